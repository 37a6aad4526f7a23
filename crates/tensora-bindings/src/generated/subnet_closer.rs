///Module containing a contract's types and functions.
/**

```solidity
library ISubnet {
    type SlashReason is uint8;
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod ISubnet {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SlashReason(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<SlashReason> for u8 {
            #[inline]
            fn stv_to_tokens(
                &self,
            ) -> <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::Token<'_> {
                alloy_sol_types::private::SolTypeValue::<
                    alloy::sol_types::sol_data::Uint<8>,
                >::stv_to_tokens(self)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::tokenize(self)
                    .0
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(self, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::abi_encoded_size(self)
            }
        }
        impl SlashReason {
            /// The Solidity type name.
            pub const NAME: &'static str = stringify!(@ name);
            /// Convert from the underlying value type.
            #[inline]
            pub const fn from_underlying(value: u8) -> Self {
                Self(value)
            }
            /// Return the underlying value.
            #[inline]
            pub const fn into_underlying(self) -> u8 {
                self.0
            }
            /// Return the single encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode(&self.0)
            }
            /// Return the packed encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode_packed(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode_packed(&self.0)
            }
        }
        #[automatically_derived]
        impl From<u8> for SlashReason {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<SlashReason> for u8 {
            fn from(value: SlashReason) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for SlashReason {
            type RustType = u8;
            type Token<'a> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = Self::NAME;
            const ENCODED_SIZE: Option<usize> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                Self::type_check(token).is_ok()
            }
            #[inline]
            fn type_check(token: &Self::Token<'_>) -> alloy_sol_types::Result<()> {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::type_check(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::detokenize(token)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for SlashReason {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::topic_preimage_length(rust)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, out)
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic(rust)
            }
        }
    };
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`ISubnet`](self) contract instance.

See the [wrapper's documentation](`ISubnetInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> ISubnetInstance<P, N> {
        ISubnetInstance::<P, N>::new(address, __provider)
    }
    /**A [`ISubnet`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`ISubnet`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct ISubnetInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for ISubnetInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("ISubnetInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > ISubnetInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`ISubnet`](self) contract instance.

See the [wrapper's documentation](`ISubnetInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> ISubnetInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> ISubnetInstance<P, N> {
            ISubnetInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > ISubnetInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > ISubnetInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
    }
}
/**

Generated by the following Solidity interface...
```solidity
library ISubnet {
    type SlashReason is uint8;
}

interface SubnetCloser {
    struct Hyperparameters {
        uint96 minMinerBond;
        uint96 minValidatorBond;
        uint32 taskTimeout;
        uint32 epochLength;
        uint32 immunityPeriod;
        uint32 unbondingDelay;
        uint32 revealWindow;
        uint16 slashingRateBps;
        uint16 maxSlots;
        uint16 maxValidators;
        bool commitReveal;
        uint16 kappaBps;
        uint8 strikeLimit;
        uint16 trustFloorBps;
        uint32 closeGracePeriod;
    }

    error CalledDirectly();
    error HyperparameterCooldown(uint64 nextAllowedAt);
    error HyperparameterFreeze(uint64 epochEndsAt);
    error MalformedConsensus(uint256 consensusBytes, uint256 cursor, uint256 slots);
    error MalformedRows(uint256 rowsBytes, uint256 expectedBytes);
    error NotCoordinator(address caller, uint64 openToAllAt);
    error NotOwner(address caller);
    error NotRegistry(address caller);
    error RowMismatch(uint256 row, uint256 uid);
    error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
    error SafeERC20FailedOperation(address token);
    error SubnetDeactivated();
    error WrongConsensus(uint256 uid, uint256 consensus, uint256 stakeAtOrAbove, uint256 stakeAbove, uint256 threshold);
    error WrongPhase(uint64 opensAt, uint64 closesAt);

    event ColumnsScored(uint64 indexed epoch, uint256 fromUid, uint256[] consensus, uint256[] incentives);
    event EpochClosed(uint64 indexed epoch, uint256 emission, uint256 distributed, uint256 minerPot, uint256 validatorPot, uint256 delegatorPot, uint256 carried, uint256 minerRewardPerPoint);
    event HyperparametersScheduled(Hyperparameters hyperparameters, uint64 effectiveFrom);
    event HyperparametersUpdated(Hyperparameters hyperparameters);
    event Initialized(uint256 indexed subnetId, address indexed owner);
    event Slashed(address indexed account, ISubnet.SlashReason reason, uint256 amount);
    event SlashedDisposed(uint256 amount, bool burned);
    event ValidatorScored(uint64 indexed epoch, address indexed validator, uint256 stake, uint256 epochTrust, uint256 validatorReward, uint256 delegatorReward);

    constructor(address registry_, address tora_, address trust_, address emissions_);

    function closeEpoch(bytes memory consensus, bytes memory rows) external returns (bool closed);
    function initialize(uint256 subnetId_, address owner_, Hyperparameters memory hyperparameters_) external;
    function registry() external view returns (address);
    function setHyperparameters(Hyperparameters memory next) external;
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "registry_",
        "type": "address",
        "internalType": "contract ISubnetRegistry"
      },
      {
        "name": "tora_",
        "type": "address",
        "internalType": "contract IERC20"
      },
      {
        "name": "trust_",
        "type": "address",
        "internalType": "contract IValidatorTrust"
      },
      {
        "name": "emissions_",
        "type": "address",
        "internalType": "contract IEmissionManager"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "closeEpoch",
    "inputs": [
      {
        "name": "consensus",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "rows",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "closed",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "initialize",
    "inputs": [
      {
        "name": "subnetId_",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "owner_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "hyperparameters_",
        "type": "tuple",
        "internalType": "struct Hyperparameters",
        "components": [
          {
            "name": "minMinerBond",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "minValidatorBond",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "taskTimeout",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "epochLength",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "immunityPeriod",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "unbondingDelay",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "revealWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "slashingRateBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "maxSlots",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "maxValidators",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "commitReveal",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "kappaBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "strikeLimit",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "trustFloorBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "closeGracePeriod",
            "type": "uint32",
            "internalType": "uint32"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "registry",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "setHyperparameters",
    "inputs": [
      {
        "name": "next",
        "type": "tuple",
        "internalType": "struct Hyperparameters",
        "components": [
          {
            "name": "minMinerBond",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "minValidatorBond",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "taskTimeout",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "epochLength",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "immunityPeriod",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "unbondingDelay",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "revealWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "slashingRateBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "maxSlots",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "maxValidators",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "commitReveal",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "kappaBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "strikeLimit",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "trustFloorBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "closeGracePeriod",
            "type": "uint32",
            "internalType": "uint32"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "ColumnsScored",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint64",
        "indexed": true,
        "internalType": "uint64"
      },
      {
        "name": "fromUid",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "consensus",
        "type": "uint256[]",
        "indexed": false,
        "internalType": "uint256[]"
      },
      {
        "name": "incentives",
        "type": "uint256[]",
        "indexed": false,
        "internalType": "uint256[]"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EpochClosed",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint64",
        "indexed": true,
        "internalType": "uint64"
      },
      {
        "name": "emission",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "distributed",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "minerPot",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "validatorPot",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "delegatorPot",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "carried",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "minerRewardPerPoint",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "HyperparametersScheduled",
    "inputs": [
      {
        "name": "hyperparameters",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct Hyperparameters",
        "components": [
          {
            "name": "minMinerBond",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "minValidatorBond",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "taskTimeout",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "epochLength",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "immunityPeriod",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "unbondingDelay",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "revealWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "slashingRateBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "maxSlots",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "maxValidators",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "commitReveal",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "kappaBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "strikeLimit",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "trustFloorBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "closeGracePeriod",
            "type": "uint32",
            "internalType": "uint32"
          }
        ]
      },
      {
        "name": "effectiveFrom",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "HyperparametersUpdated",
    "inputs": [
      {
        "name": "hyperparameters",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct Hyperparameters",
        "components": [
          {
            "name": "minMinerBond",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "minValidatorBond",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "taskTimeout",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "epochLength",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "immunityPeriod",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "unbondingDelay",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "revealWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "slashingRateBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "maxSlots",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "maxValidators",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "commitReveal",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "kappaBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "strikeLimit",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "trustFloorBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "closeGracePeriod",
            "type": "uint32",
            "internalType": "uint32"
          }
        ]
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Initialized",
    "inputs": [
      {
        "name": "subnetId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Slashed",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "reason",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum ISubnet.SlashReason"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SlashedDisposed",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "burned",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ValidatorScored",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint64",
        "indexed": true,
        "internalType": "uint64"
      },
      {
        "name": "validator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "stake",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "epochTrust",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "validatorReward",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "delegatorReward",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "CalledDirectly",
    "inputs": []
  },
  {
    "type": "error",
    "name": "HyperparameterCooldown",
    "inputs": [
      {
        "name": "nextAllowedAt",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "HyperparameterFreeze",
    "inputs": [
      {
        "name": "epochEndsAt",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "MalformedConsensus",
    "inputs": [
      {
        "name": "consensusBytes",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "cursor",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "slots",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "MalformedRows",
    "inputs": [
      {
        "name": "rowsBytes",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "expectedBytes",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotCoordinator",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "openToAllAt",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotOwner",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotRegistry",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "RowMismatch",
    "inputs": [
      {
        "name": "row",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "uid",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "SubnetDeactivated",
    "inputs": []
  },
  {
    "type": "error",
    "name": "WrongConsensus",
    "inputs": [
      {
        "name": "uid",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "consensus",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "stakeAtOrAbove",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "stakeAbove",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "threshold",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WrongPhase",
    "inputs": [
      {
        "name": "opensAt",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "closesAt",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  }
]
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod SubnetCloser {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x610120604052348015610010575f5ffd5b50604051614ef5380380614ef583398101604081905261002f91610085565b6001600160a01b0393841660805291831660a052821660c0521660e0525f805463ffffffff60b01b191663ffffffff60b01b17905530610100526100e1565b6001600160a01b0381168114610082575f5ffd5b50565b5f5f5f5f60808587031215610098575f5ffd5b84516100a38161006e565b60208601519094506100b48161006e565b60408601519093506100c58161006e565b60608601519092506100d68161006e565b939692955090935050565b60805160a05160c05160e05161010051614d856101705f395f818160de0152818161058f01526106e201525f6115b301525f8181610dea0152818161214e01528181612cfa0152612ec801525f8181611ed20152611fc201525f81816082015281816101900152818161020c0152818161031f015281816105d901528181611dfb0152611f3a0152614d855ff3fe608060405234801561000f575f5ffd5b5060043610610049575f3560e01c8062231d251461004d5780630a3c3495146100625780637b10399914610075578063c42af710146100b1575b5f5ffd5b61006061005b366004614104565b6100d4565b005b610060610070366004614136565b610585565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020015b60405180910390f35b6100c46100bf3660046141b7565b6106d7565b60405190151581526020016100a8565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361011d57604051633beab4bd60e21b815260040160405180910390fd5b5f546001600160a01b0316331461014e5760405163245aecd360e01b81523360048201526024015b60405180910390fd5b600554600160701b900460ff161561017957604051631f3ef82160e31b815260040160405180910390fd5b60405163c3631ea960e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c3631ea9906101c590849060040161440e565b5f6040518083038186803b1580156101db575f5ffd5b505afa1580156101ed573d5f5f3e3d5ffd5b505050505f60055f9054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636e4758616040518163ffffffff1660e01b8152600401602060405180830381865afa158015610266573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061028a919061441d565b63ffffffff1690506001600160401b038216158015906102bb57506102b8816001600160401b03841661444c565b42105b156102f8576102d3816001600160401b03841661444c565b604051632d6408cb60e21b81526001600160401b039091166004820152602401610145565b5f5f60169054906101000a900463ffffffff1663ffffffff169050806001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e0b165646040518163ffffffff1660e01b8152600401602060405180830381865afa158015610379573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061039d919061441d565b6103ad9063ffffffff164261444c565b106103d657604051637f4d710960e11b81526001600160401b0382166004820152602401610145565b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c08201525f6104cf82876108bd565b6104d9575f6104df565b8160a001515b6104ef9063ffffffff164261445f565b905085601f6104fe82826144ba565b505060218054600160401b6001600160401b0384811668ffffffffffffffffff1990931692909217179091556005805467ffffffffffffffff1916429092169190911790556040517ffece5e87a45cab6be8e0c75e6bc7b0091183799d2eda95f7355495c0ccff63a8906105759088908490614780565b60405180910390a1505050505050565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036105ce57604051633beab4bd60e21b815260040160405180910390fd5b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614158061061357505f54600160b01b900463ffffffff1615155b156106335760405163318d14a560e11b8152336004820152602401610145565b5f80546001600160a01b0319166001600160a01b038416179055610656836109ed565b5f805461ffff92909216600160a01b0261ffff60a01b1990921691909117905580600361068382826144ba565b5061069d9050610698368390038301836147ef565b610a1f565b6040516001600160a01b0383169084907fa7a5b80bcd3bef76524ec80559f1ad1932344089b316a7be619ed23956b5ad6c905f90a3505050565b5f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361072157604051633beab4bd60e21b815260040160405180910390fd5b610729610af1565b60055461ffff600160d01b909104166060610763604080516080810182525f80825260208201819052918101829052606081019190915290565b5f8061077060088a61492c565b9050845f0361078d57610781610bd6565b919550935091506107a5565b61079f61079a828761444c565b610f87565b90945092505b6107b060088a61493f565b1515806107cd5750606083015161ffff166107cb828761444c565b115b806107e85750801580156107e85750826060015161ffff1685105b15610820576060830151604051636127274760e01b8152600481018b90526024810187905261ffff9091166044820152606401610145565b61082f8484878d8d8d8d6111d6565b610839908361444c565b606084015190925061ffff1661084f828761444c565b101561088c5761086184848715611368565b61086b818661444c565b6005601a6101000a81548161ffff021916908361ffff1602179055506108a7565b6108968484611596565b6108a0908361444c565b9150600195505b6108b082611dee565b5050505050949350505050565b81515f906001600160601b03166108d76020840184614952565b6001600160601b03161180610913575082602001516001600160601b03168260200160208101906109089190614952565b6001600160601b0316115b8061093b57508260e0015161ffff168260e0016020810190610935919061496d565b61ffff16115b806109655750826101a0015161ffff16826101a001602081019061095f919061496d565b61ffff16115b8061099157508260a0015163ffffffff168260a00160208101906109899190614988565b63ffffffff16115b806109b9575082610180015160ff16826101800160208101906109b491906149a3565b60ff16105b806109e4575082610160015161ffff16826101600160208101906109dd919061496d565b61ffff1614155b90505b92915050565b5f61ffff821115610a1b576040516306dfcc6560e41b81526010600482015260248101839052604401610145565b5090565b5f816060015163ffffffff1642610a36919061444c565b5f805463ffffffff60b01b1916600160b01b63ffffffff841602179055610140830151909150610a665780610a75565b60c0820151610a7590826149be565b5f805461014085015164ffffffffff60d01b19909116600160d01b63ffffffff949094169390930260ff60f01b191692909217600160f01b83151502179055610abe5742610acd565b60c0820151610acd90826149be565b6005601c6101000a81548163ffffffff021916908363ffffffff1602179055505050565b600554600160701b900460ff1615610b1c57604051631f3ef82160e31b815260040160405180910390fd5b5f54600160b01b900463ffffffff1642811115610b5d5760405163d222b98960e01b81526001600160401b03821660048201525f6024820152604401610145565b6004545f90610b7990600160c01b900463ffffffff168361444c565b9050610b83611fe9565b6001600160a01b0316336001600160a01b031614158015610ba357508042105b15610bd257604051632dbc470160e01b81523360048201526001600160401b0382166024820152604401610145565b5050565b604080516080810182525f808252602082018190529181018290526060818101929092526005545f90600160c01b900461ffff16806001600160401b03811115610c2257610c226147a6565b604051908082528060200260200182016040528015610c5b57816020015b610c4861409f565b815260200190600190039081610c405790505b5093505f5f5f5b83811015610f34575f610c9c601482610c7c60108661492c565b81526020019081526020015f2054601084610c97919061493f565b612015565b61ffff165f818152601260205260409020600181015491925090600160e01b900460ff16610cef576001810154610cdc906001600160a01b03165f612036565b610ce6908861444c565b96505050610f2c565b60018101546001600160a01b03165f908152600b6020908152604091829020825160808101845290546001600160601b038116825261ffff600160601b8204169282019290925260ff600160701b8304811615801594830194909452600160781b909204909116151560608201529080610d6b57508060600151155b80610d7e575082816020015161ffff1614155b80610d915750600282015463ffffffff16155b15610d9e57505050610f2c565b60018201545f90610db7906001600160a01b03166121ad565b60018401546040516342dfc16b60e11b81526001600160a01b0391821660048201529192505f91670de0b6b3a7640000917f000000000000000000000000000000000000000000000000000000000000000016906385bf82d690602401602060405180830381865afa158015610e2f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e5391906149da565b610e5d90846149f1565b610e67919061492c565b9050805f03610e7a575050505050610f2c565b604080516101208101825260018601546001600160a01b03811682526020820188905291810184905260608101839052600286015463ffffffff9081166080830152600160a01b83041660a0820152600160f01b820461ffff1660c0820152600160e81b90910460ff16151560e08201525f6101008201528c89610efd81614a08565b9a5081518110610f0f57610f0f614a20565b6020908102919091010152610f24818861444c565b965050505050505b600101610c62565b508186526040518060800160405280610f4c83612247565b6001600160801b031681525f602082015261ffff9384166040820152600554600160601b900490931660609093019290925250939491925050565b604080516080810182525f808252602082018190529181018290526060818101929092525060408051608081018252601a546001600160801b03811682526001600160401b03600160801b82048116602084015261ffff600160c01b83048116948401859052600160d01b909204909116606083018190529192918510159190811115611016576110166147a6565b60405190808252806020026020018201604052801561104f57816020015b61103c61409f565b8152602001906001900390816110345790505b5092505f5b83518110156111cf575f818152601760209081526040808320815160a08101835290546001600160a01b03808216835261ffff600160a01b8304811684870190815263ffffffff600160b01b8504811686880152600160d01b850416606080870191909152600160f01b90940482166080860152888852601887529685902085519384018652546001600160801b03811684526001600160781b03600160801b8204168488015260ff600160f81b90910416151583860152845161012081018652845190921682529551909516938501939093529290810185611137575f611146565b5f858152601960205260409020545b8152602001825f01516001600160801b03168152602001836060015163ffffffff168152602001836040015163ffffffff168152602001836080015161ffff16815260200182604001511515815260200182602001516001600160781b03168152508684815181106111ba576111ba614a20565b60209081029190910101525050600101611054565b5050915091565b5f5f5f6111e488888861227a565b915091505f6111f7898460200151612397565b6001600160401b0381111561120e5761120e6147a6565b604051908082528060200260200182016040528015611237578160200160208202803683370190505b5090505f805b8c518110156112785761126e8d828151811061125b5761125b614a20565b60200260200101518287868c8c886123ed565b915060010161123d565b508086146112a3576040516393b2cee560e01b81526004810187905260248101829052604401610145565b5f84602001516001600160401b038111156112c0576112c06147a6565b6040519080825280602002602001820160405280156112e9578160200160208202803683370190505b5090506112f8858d838761251b565b9550600560109054906101000a90046001600160401b03166001600160401b03167f0e1cfb62a5da6e5cdf7e23bb6748db5c19489e800a35e838de1abb5651d464958c87604001518460405161135093929190614a6e565b60405180910390a25050505050979650505050505050565b5f5b835181101561151c575f84828151811061138657611386614a20565b602002602001015190508215611483576040805160a0808201835283516001600160a01b03908116835260208086015161ffff9081168286019081529387015163ffffffff9081168688019081526080808a015183166060890190815260c08b015185169189019182525f8c8152601787528a812099518a5499519451925193518716600160f01b026001600160f01b03948716600160d01b0263ffffffff60d01b1994909716600160b01b029390931667ffffffffffffffff60b01b1995909716600160a01b026001600160b01b0319909a16981697909717979097179190911692909217171692909217909255838301516019909152919020555b60408051606080820183528301516001600160801b0390811682526101008401516001600160781b03908116602080850191825260e09096015115158486019081525f88815260189097529490952092518354955194511515600160f81b026001600160f81b0395909216600160801b026001600160f81b0319909616921691909117939093179190911691909117905560010161136a565b50508051601a8054602084015160408501516060909501516001600160801b039094166001600160c01b031990921691909117600160801b6001600160401b03909216919091021763ffffffff60c01b1916600160c01b61ffff9485160261ffff60d01b191617600160d01b939092169290920217905550565b5f5f600560109054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663329eb8396040518163ffffffff1660e01b81526004016020604051808303815f875af115801561160e573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061163291906149da565b90505f60075482611643919061444c565b90505f612710611655610708846149f1565b61165f919061492c565b90505f612710611671611004856149f1565b61167b919061492c565b90505f816116898486614a98565b6116939190614a98565b60208901519091505f9081906001600160401b031615611712576116cd85670de0b6b3a76400008c602001516001600160401b0316612846565b6001600160401b03808a165f9081526016602090815260409091208390558c0151919250611705911682670de0b6b3a7640000612846565b61170f908361444c565b91505b61171e8b8986866128f6565b611728908361444c565b91506117338b612bad565b98508160065f828254611746919061444c565b909155505f90506117578388614a98565b6007819055604080518a8152602081018a9052908101889052606081018790526080810186905260a0810182905260c081018490529091506001600160401b038a16907f3ed16b93d704b8877b03837eff0f64180658225bcca5f72fe57eaf55477d5d789060e00160405180910390a26117d289600161445f565b600580546bffffffffffffffffffffffff60801b1916600160801b6001600160401b03939093169290920263ffffffff60c01b1916919091179055602154600160401b900460ff16801561183157506021546001600160401b03164210155b15611ce8575f601f604051806101e00160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601c9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600182015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160049054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160089054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201600c9054906101000a900461ffff1661ffff1661ffff16815260200160018201600e9054906101000a900461ffff1661ffff1661ffff1681526020016001820160109054906101000a900461ffff1661ffff1661ffff1681526020016001820160129054906101000a900460ff161515151581526020016001820160139054906101000a900461ffff1661ffff1661ffff1681526020016001820160159054906101000a900460ff1660ff1660ff1681526020016001820160169054906101000a900461ffff1661ffff1661ffff1681526020016001820160189054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508060035f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a8154816001600160601b0302191690836001600160601b031602179055506040820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601c6101000a81548163ffffffff021916908363ffffffff1602179055506080820151816001015f6101000a81548163ffffffff021916908363ffffffff16021790555060a08201518160010160046101000a81548163ffffffff021916908363ffffffff16021790555060c08201518160010160086101000a81548163ffffffff021916908363ffffffff16021790555060e082015181600101600c6101000a81548161ffff021916908361ffff16021790555061010082015181600101600e6101000a81548161ffff021916908361ffff1602179055506101208201518160010160106101000a81548161ffff021916908361ffff1602179055506101408201518160010160126101000a81548160ff0219169083151502179055506101608201518160010160136101000a81548161ffff021916908361ffff1602179055506101808201518160010160156101000a81548160ff021916908360ff1602179055506101a08201518160010160166101000a81548161ffff021916908361ffff1602179055506101c08201518160010160186101000a81548163ffffffff021916908363ffffffff1602179055509050505f602160086101000a81548160ff0219169083151502179055507f6d0661be217b5717e72f7f9dae7ed628d5637f66c97757a1a0f8d5bc5a68e65281604051611cde9190614aab565b60405180910390a1505b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c0820152611ddf90610a1f565b50505050505050505092915050565b805f03611df85750565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166363b0c4286040518163ffffffff1660e01b8152600401602060405180830381865afa158015611e55573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e799190614c0c565b6040805184815282151560208201529192507fc30ba5387d084e2148b2a91357a887e7b0496357514cfe33d9ff3033f676ace5910160405180910390a18015611f3557604051630852cd8d60e31b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906342966c68906024015f604051808303815f87803b158015611f1b575f5ffd5b505af1158015611f2d573d5f5f3e3d5ffd5b505050505050565b610bd27f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166361d027b36040518163ffffffff1660e01b8152600401602060405180830381865afa158015611f94573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611fb89190614c27565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169084613013565b6002545f906001600160a01b03168015612003578061200f565b5f546001600160a01b03165b91505090565b5f6120218260106149f1565b61202c9060f0614a98565b9290921c92915050565b6001600160a01b0382165f908152600b602052604081208054600160701b900460ff16612066575f9150506109e7565b60045481546127109161208e91600160601b90910461ffff16906001600160601b03166149f1565b612098919061492c565b8154909250829082905f906120b79084906001600160601b0316614c42565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550836001600160a01b03167f607adba66cff84b627e3537d1c17d088a98556bccd0536a2f3590c56329023d98484604051612116929190614c75565b60405180910390a28054600160781b900460ff16156121a6576040516314c2559360e21b81526001600160a01b0385811660048301527f00000000000000000000000000000000000000000000000000000000000000001690635309564c906024015f604051808303815f87803b15801561218f575f5ffd5b505af11580156121a1573d5f5f3e3d5ffd5b505050505b5092915050565b6001600160a01b0381165f908152601c602090815260408083208151808301909252546001600160801b03811682526001600160401b03600160801b91829004811693830193909352600554919261220b929190910416600161445f565b6001600160401b031681602001516001600160401b03160361223757516001600160801b031692915050565b6122408361304d565b9392505050565b5f6001600160801b03821115610a1b576040516306dfcc6560e41b81526080600482015260248101839052604401610145565b6122b86040518060e001604052805f81526020015f815260200160608152602001606081526020016060815260200160608152602001606081525090565b60605f6122c660088561492c565b90506122d28682613108565b9250806001600160401b038111156122ec576122ec6147a6565b604051908082528060200260200182016040528015612315578160200160208202803683370190505b5060408401516060850151600a602052919350905f5b83811015612382578060031b88013560c01c8160051b6020850101528089015f5260405f2054808260051b60208801015260ff8160301c166123795763ffffffff81168260051b6020850101525b5060010161232b565b5061238c856132e2565b505050935093915050565b5f81156123e5576123a960108461492c565b601060016123b7858761444c565b6123c19190614a98565b6123cb919061492c565b6123d59190614a98565b6123e090600161444c565b6109e4565b505f92915050565b845160208601515f91908290612403908361444c565b9050808a60c001511015612418575060c08901515b818111612429578392505050612510565b5f61243d8787878e60c0015187878e61337a565b945090508584111561246c576040516393b2cee560e01b81526004810187905260248101859052604401610145565b6020808c01515f9081526012909152604090205481146124af5760208b0151604051630d7d552b60e21b8152610145918c91600401918252602082015260400190565b6124e18960405180606001604052808e6060015181526020018e6080015181526020018e60a001518152508a85613436565b8b610100018181516124f3919061444c565b90525060e08b01511561250c5761250c8b8a858561364a565b5050505b979650505050505050565b604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b820483166101608601819052600160a81b8304909116610180860152600160b01b82049092166101a085015293909304166101c082015284515f926001600160801b0390911690839061262a9083906137ba565b600554909150600160801b90046001600160401b03165f81156126715760165f612655600185614c9f565b6001600160401b031681526020019081526020015f2054612674565b5f195b90505f805b8b60200151811015612808578b60600151818151811061269b5761269b614a20565b60200260200101515f14806126ae575085155b15612740578b6040015181815181106126c9576126c9614a20565b60200260200101515f1461273b578b516126e490829061444c565b8c6040015182815181106126fa576126fa614a20565b60209081029190910101516040516333c106c560e01b8152600481019290925260248201525f6044820181905260648201526084810186905260a401610145565b612800565b5f8661274e8e848a8a6137ca565b612758919061492c565b9050808b838151811061276d5761276d614a20565b6020908102919091010152612782818461444c565b92505f5f871180156127b15750868e60a0015184815181106127a6576127a6614a20565b602002602001015110155b90506127f1838f5f01516127c5919061444c565b8c85815181106127d7576127d7614a20565b602002602001015184848d610180015160ff168b8b613893565b6127fb908b61444c565b995050505b600101612679565b50612812816139c7565b8a602001818151612823919061445f565b6001600160401b03169052506128388b6139fc565b505050505050949350505050565b5f5f5f6128538686613b0d565b91509150815f036128775783818161286d5761286d614918565b0492505050612240565b81841161288e5761288e6003851502601118613b29565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f80805b865181101561295e5786818151811061291557612915614a20565b6020026020010151610100015187828151811061293457612934614a20565b60200260200101516060015161294a91906149f1565b612954908361444c565b91506001016128fa565b50805f0361296f575f915050612ba5565b5f5b8651811015612ba2575f87828151811061298d5761298d614a20565b602002602001015190505f81610100015182606001516129ad91906149f1565b90505f6129bb888387612846565b90505f6129c9888488612846565b90505f6129eb855f015186604001518d60016129e5919061445f565b85613b3a565b90506129f78183614a98565b612a01908461444c565b9250612a0d818461444c565b612a17908961444c565b602080870180515f908152600a8352604090819020815160e081018352905463ffffffff808216835261ffff6401000000008304169583019590955260ff660100000000000082048116151593830193909352600160381b810490921660608201526001600160601b03600160401b830416608082018190526001600160401b03600160a01b84041660a0830152600160e01b90920490931660c08401529051929a509091612ad091612acb90879061444c565b613dc4565b6001600160601b03166080820152610100860151670de0b6b3a764000090612afa9061ffff6149f1565b612b04919061492c565b61ffff16602080830191909152860151612b1e9082613dfb565b855f01516001600160a01b03168c6001600160401b03167f34fab1755407cee16aec7990ed44237d141cbdb5df37961be06512b01a9df51388606001518961010001518887604051612b89949392919093845260208401929092526040830152606082015260800190565b60405180910390a3505050505050806001019050612971565b50505b949350505050565b80515f90808203612bc057505f92915050565b5f816001600160401b03811115612bd957612bd96147a6565b604051908082528060200260200182016040528015612c02578160200160208202803683370190505b5090505f826001600160401b03811115612c1e57612c1e6147a6565b604051908082528060200260200182016040528015612c47578160200160208202803683370190505b5090505f5b83811015612ce757858181518110612c6657612c66614a20565b60200260200101515f0151838281518110612c8357612c83614a20565b60200260200101906001600160a01b031690816001600160a01b031681525050858181518110612cb557612cb5614a20565b60200260200101516101000151828281518110612cd457612cd4614a20565b6020908102919091010152600101612c4c565b50600354604051636aabe8f360e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691636aabe8f391612d479186918691600160e01b900463ffffffff1690600401614cbe565b5f604051808303815f87803b158015612d5e575f5ffd5b505af1158015612d70573d5f5f3e3d5ffd5b5050604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b82048316610160860152600160a81b820416610180850152600160b01b81049091166101a08401819052939004166101c082015292505f915061271090612e7d90670de0b6b3a7640000906149f1565b612e87919061492c565b90505f5b85811015613008575f600a5f8a8481518110612ea957612ea9614a20565b60200260200101516020015181526020019081526020015f2090505f837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166385bf82d6898681518110612f0757612f07614a20565b60200260200101516040518263ffffffff1660e01b8152600401612f3a91906001600160a01b0391909116815260200190565b602060405180830381865afa158015612f55573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612f7991906149da565b10612f84575f612f9b565b8154612f9b90600160381b900460ff166001614d2c565b905084610180015160ff168160ff1610612fe357612fd3878481518110612fc457612fc4614a20565b60200260200101516002612036565b612fdd908a61444c565b98505f90505b815460ff909116600160381b0267ff0000000000000019909116179055600101612e8b565b505050505050919050565b6130208383836001613e08565b61304857604051635274afe760e01b81526001600160a01b0384166004820152602401610145565b505050565b6001600160a01b0381165f908152600b60209081526040808320815160808101835290546001600160601b038116825261ffff600160601b8204169382019390935260ff600160701b84048116158015938301849052600160781b9094041615156060820152918391906130c2575081606001515b6130cc575f6130cf565b81515b6001600160a01b0385165f908152600d60205260409020546001600160601b03919091169150612ba5906001600160801b03168261444c565b6131466040518060e001604052805f81526020015f815260200160608152602001606081526020016060815260200160608152602001606081525090565b82815260208101829052816001600160401b03811115613168576131686147a6565b604051908082528060200260200182016040528015613191578160200160208202803683370190505b506040820152816001600160401b038111156131af576131af6147a6565b6040519080825280602002602001820160405280156131d8578160200160208202803683370190505b5060608201526131e98260036149f1565b6131f490600361444c565b6001600160401b0381111561320b5761320b6147a6565b604051908082528060200260200182016040528015613234578160200160208202803683370190505b506080820152816001600160401b03811115613252576132526147a6565b60405190808252806020026020018201604052801561327b578160200160208202803683370190505b5060a082015261328b8383612397565b6132969060026149f1565b6001600160401b038111156132ad576132ad6147a6565b6040519080825280602002602001820160405280156132d6578160200160208202803683370190505b5060c082015292915050565b80516020820151602060408401510160206060850151016020608086015101602060c0870151016010860695505f5b8581101561337057600581901b85810151606083028501528401518015613367578188018060041c60061b840161ffff600f831660041b60f0031b81511781526020810151831115613364578260208201525b50505b50600101613311565b5050505050505050565b5f5f83861015613388578593505b608080860490607f86810182900491908901045f6101008085029060028c02908502106133b8578a6002026133be565b61010084025b0390508c8b016133d18186868686613e6a565b965083830360200282866020028e01010195505f60108b816133f5576133f5614918565b04905061010086026020808802840190830201035f8260105f198e0104036001016020029050808260208d0137505050505050505097509795505050505050565b5f84515f52602060608601510160205260105f51065f5103604085015160208501805f83115f518711161561347d57600160105f510460106001890304030160051b820190505b602060c08a0151016060855f510302602060808c0151010389515b83851015613533578251866020850151106134bb576134b887898361353f565b90505b896010890111156134d2575f19888b0360041b1c19165b808651169050825f518910156134f857885f5103828160041b1b92506060810285019150505b81156135135761350e60208e0151848385613589565b8a0199505b505060208501945060408301925060108701965061060082019150613498565b50505050505050612ba5565b5f5f5b60108110156135815761ffff8160041b60f0031b8084161561357857855f518387010360051b6020510151101561357857918217915b50600101613542565b509392505050565b5f8360801b5b82156136415785670de0b6b3a76400008460f01c020484518082105f81146135c657604087018051898502019052938201936135db565b6020870180518385118a028601019052938101935b5087670de0b6b3a764000061ffff8760e01c1602049150606086015190508082105f81146136185760a0870180518985020190529382019361362d565b6080870180518385118a028601019052938101935b5050508260201b925060c08401935061358f565b50949350505050565b5f6136576101008461493f565b6136619084614a98565b90505b818110156137b3575f60138161367c6101008561492c565b602089015161368c9060046149f1565b613696919061444c565b81526020019081526020015f20549050805f036136b357506137a0565b5f8483106136c157826136c3565b845b90505f846136d38561010061444c565b116136e9576136e48461010061444c565b6136eb565b845b9050815b8181101561379b576137036101008261493f565b84901c600116156137935760608801515f9061371f8984614a98565b8151811061372f5761372f614a20565b60200260200101519050805f148061374b57508960a001518110155b156137565750613793565b60608a015160a08a015161376a8a85614a98565b8151811061377a5761377a614a20565b6020026020010181815161378e919061444c565b905250505b6001016136ef565b505050505b6137ac6101008261444c565b9050613664565b5050505050565b5f6109e483836127106001613ee1565b5f5f5f5f5f613809898960809182015160609182020160208101516040820151919092015191939281901c926001600160801b03909116918385020190565b9350935093509350835f0361381c578692505b8583108061382a5750858210155b8061383c5750670de0b6b3a764000084115b1561388757885161384e90899061444c565b6040516333c106c560e01b815260048101919091526024810185905260448101849052606481018390526084810187905260a401610145565b98975050505050505050565b5f5f6138c160a089901c6001600160401b031660e08a901c63ffffffff16866001600160401b031686613f2c565b6138d8906001600160601b0360408b901c1661444c565b90506138e48982613dc4565b90505f866138f2575f613904565b61390460ff60388b901c16600161444c565b9050858110613935575f8a81526009602052604090205461392f906001600160a01b03166001612036565b92505f90505b6139ba8a6139a98b670de0b6b3a76400006139528d61ffff6149f1565b61395c919061492c565b85878e6139718d6001600160401b0316613f99565b63ffffffff1666ff0000ffffffff8616602086901b17603885901b17604084901b1760a083901b1760e082901b179695505050505050565b5f918252600a602052604090912055565b5050979650505050505050565b5f6001600160401b03821115610a1b57604080516306dfcc6560e41b8152600481019190915260248101839052604401610145565b805160208201515f90613a0f908361444c565b60408401519091505f613a2360108561493f565b613a2d9085614a98565b90505b828110156137b3575f601581613a4760108561492c565b81526020019081526020015f205490505f858310613a655782613a67565b855b90505f85613a7685601061444c565b10613a815785613a8c565b613a8c84601061444c565b9050815b81811015613ad65784810360041b60f003670de0b6b3a764000061ffff60018b85030160051b890151020480821b61ffff831b1987161795505050600181019050613a90565b508260155f613ae660108861492c565b815260208101919091526040015f205550613b069150601090508261444c565b9050613a30565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b0384165f818152600d602090815260408083208151808301835290546001600160801b038082168352600160801b91829004811683860152868652601d85528386208451808601865290548083168252929092046001600160401b031682860152958552600e9093529083205482519394919390911615801590613bdb5750856001600160401b031682602001516001600160401b031614155b15613c78576001600160a01b0388165f908152601e60209081526040808320858301516001600160401b031684529091528120549003613c5057613c2081600161444c565b6001600160a01b0389165f908152601e60209081526040808320868301516001600160401b031684529091529020555b6001600160a01b0388165f908152601d6020526040812080546001600160c01b031916905582525b5f866001600160401b031683602001516001600160401b031614613c9c575f613c9f565b82515b8460200151613cae9190614d45565b6001600160801b031690508015801590613cc757508715155b15613d4d575f613cf182865f01516001600160801b031687602001516001600160801b0316612846565b905088811115613cfe5750875b613d0987828b612846565b9550613d25866ec097ce7bc90715b34b9f100000000084612846565b613d2f908461444c565b6001600160a01b038b165f908152600e602052604090208190559250505b82516001600160801b031615801590613d7b5750866001600160401b031683602001516001600160401b0316145b15613db857613d8b82600161444c565b6001600160a01b038a165f908152601e602090815260408083206001600160401b038c1684529091529020555b50505050949350505050565b5f6001600160601b038211613dda5750806109e7565b5f838152600960205260409020546123e5906001600160a01b031683613fc9565b610bd2826139a983613ff9565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613e5e578383151615613e52573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f60405161010081018660051b88018760051b89833786860360051b8582018860051b840137875b87811015613ecc5761010089820302808703610100811115613eb357506101005b8082850187378520600583901b85015250600101613e92565b50508460051b81209250505095945050505050565b5f613f0e613eee83614073565b8015613f0957505f8480613f0457613f04614918565b868809115b151590565b613f19868686612846565b613f23919061444c565b95945050505050565b5f841580613f3a5750828410155b15613f4657505f612ba5565b5f83613f5386600161444c565b148015613f6157505f198314155b613f78575f85815260166020526040902054613f7a565b825b9050613f8f8682670de0b6b3a7640000612846565b9695505050505050565b5f63ffffffff821115610a1b576040516306dfcc6560e41b81526020600482015260248101839052604401610145565b6001600160a01b0382165f9081526011602052604081208054839290613ff090849061444c565b90915550505050565b5f60e08260c0015163ffffffff16901b60a08360a001516001600160401b0316901b604084608001516001600160601b0316901b6038856060015160ff16901b6030866040015161404a575f61404d565b60015b901b6020876020015161ffff16901b875f015163ffffffff161717171717179050919050565b5f600282600381111561408857614088614c61565b6140929190614d64565b60ff166001149050919050565b6040518061012001604052805f6001600160a01b031681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f81525090565b5f6101e082840312156140fe575f5ffd5b50919050565b5f6101e08284031215614115575f5ffd5b6109e483836140ed565b6001600160a01b0381168114614133575f5ffd5b50565b5f5f5f6102208486031215614149575f5ffd5b83359250602084013561415b8161411f565b915061416a85604086016140ed565b90509250925092565b5f5f83601f840112614183575f5ffd5b5081356001600160401b03811115614199575f5ffd5b6020830191508360208285010111156141b0575f5ffd5b9250929050565b5f5f5f5f604085870312156141ca575f5ffd5b84356001600160401b038111156141df575f5ffd5b6141eb87828801614173565b90955093505060208501356001600160401b03811115614209575f5ffd5b61421587828801614173565b95989497509550505050565b6001600160601b0381168114614133575f5ffd5b803561424081614221565b919050565b63ffffffff81168114614133575f5ffd5b803561424081614245565b61ffff81168114614133575f5ffd5b803561424081614261565b8015158114614133575f5ffd5b80356142408161427b565b60ff81168114614133575f5ffd5b803561424081614293565b6142c6826142b983614235565b6001600160601b03169052565b6142d260208201614235565b6001600160601b031660208301526142ec60408201614256565b63ffffffff16604083015261430360608201614256565b63ffffffff16606083015261431a60808201614256565b63ffffffff16608083015261433160a08201614256565b63ffffffff1660a083015261434860c08201614256565b63ffffffff1660c083015261435f60e08201614270565b61ffff1660e08301526143756101008201614270565b61ffff1661010083015261438c6101208201614270565b61ffff166101208301526143a36101408201614288565b15156101408301526143b86101608201614270565b61ffff166101608301526143cf61018082016142a1565b60ff166101808301526143e56101a08201614270565b61ffff166101a08301526143fc6101c08201614256565b63ffffffff81166101c0840152505050565b6101e081016109e782846142ac565b5f6020828403121561442d575f5ffd5b815161224081614245565b634e487b7160e01b5f52601160045260245ffd5b808201808211156109e7576109e7614438565b6001600160401b0381811683821601908111156109e7576109e7614438565b5f81356109e781614221565b5f81356109e781614245565b5f81356109e781614261565b5f81356109e78161427b565b5f81356109e781614293565b6144e86144c68361447e565b82546bffffffffffffffffffffffff19166001600160601b0391909116178255565b61452b6144f76020840161447e565b8280546bffffffffffffffffffffffff60601b191660609290921b6bffffffffffffffffffffffff60601b16919091179055565b61455e61453a6040840161448a565b82805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055565b61459161456d6060840161448a565b8280546001600160e01b031660e09290921b6001600160e01b031916919091179055565b600181016145bb6145a46080850161448a565b825463ffffffff191663ffffffff91909116178255565b6145ec6145ca60a0850161448a565b825467ffffffff00000000191660209190911b67ffffffff0000000016178255565b6146256145fb60c0850161448a565b82546bffffffff0000000000000000191660409190911b6bffffffff000000000000000016178255565b61465461463460e08501614496565b82805461ffff60601b191660609290921b61ffff60601b16919091179055565b6146846146646101008501614496565b82805461ffff60701b191660709290921b61ffff60701b16919091179055565b6146b46146946101208501614496565b82805461ffff60801b191660809290921b61ffff60801b16919091179055565b6146e26146c461014085016144a2565b82805460ff60901b191691151560901b60ff60901b16919091179055565b6147126146f26101608501614496565b82805461ffff60981b191660989290921b61ffff60981b16919091179055565b61474061472261018085016144ae565b82805460ff60a81b191660a89290921b60ff60a81b16919091179055565b6147706147506101a08501614496565b82805461ffff60b01b191660b09290921b61ffff60b01b16919091179055565b61304861453a6101c0850161448a565b610200810161478f82856142ac565b6001600160401b0383166101e08301529392505050565b634e487b7160e01b5f52604160045260245ffd5b6040516101e081016001600160401b03811182821017156147e957634e487b7160e01b5f52604160045260245ffd5b60405290565b5f6101e0828403128015614801575f5ffd5b5061480a6147ba565b61481383614235565b815261482160208401614235565b602082015261483260408401614256565b604082015261484360608401614256565b606082015261485460808401614256565b608082015261486560a08401614256565b60a082015261487660c08401614256565b60c082015261488760e08401614270565b60e08201526148996101008401614270565b6101008201526148ac6101208401614270565b6101208201526148bf6101408401614288565b6101408201526148d26101608401614270565b6101608201526148e561018084016142a1565b6101808201526148f86101a08401614270565b6101a082015261490b6101c08401614256565b6101c08201529392505050565b634e487b7160e01b5f52601260045260245ffd5b5f8261493a5761493a614918565b500490565b5f8261494d5761494d614918565b500690565b5f60208284031215614962575f5ffd5b813561224081614221565b5f6020828403121561497d575f5ffd5b813561224081614261565b5f60208284031215614998575f5ffd5b813561224081614245565b5f602082840312156149b3575f5ffd5b813561224081614293565b63ffffffff82811682821603908111156109e7576109e7614438565b5f602082840312156149ea575f5ffd5b5051919050565b80820281158282048414176109e7576109e7614438565b5f60018201614a1957614a19614438565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b5f8151808452602084019350602083015f5b82811015614a64578151865260209586019590910190600101614a46565b5093949350505050565b838152606060208201525f614a866060830185614a34565b8281036040840152613f8f8185614a34565b818103818111156109e7576109e7614438565b81516001600160601b031681526101e081016020830151614ad760208401826001600160601b03169052565b506040830151614aef604084018263ffffffff169052565b506060830151614b07606084018263ffffffff169052565b506080830151614b1f608084018263ffffffff169052565b5060a0830151614b3760a084018263ffffffff169052565b5060c0830151614b4f60c084018263ffffffff169052565b5060e0830151614b6560e084018261ffff169052565b50610100830151614b7d61010084018261ffff169052565b50610120830151614b9561012084018261ffff169052565b50610140830151614bab61014084018215159052565b50610160830151614bc361016084018261ffff169052565b50610180830151614bda61018084018260ff169052565b506101a0830151614bf26101a084018261ffff169052565b506101c08301516121a66101c084018263ffffffff169052565b5f60208284031215614c1c575f5ffd5b81516122408161427b565b5f60208284031215614c37575f5ffd5b81516122408161411f565b6001600160601b0382811682821603908111156109e7576109e7614438565b634e487b7160e01b5f52602160045260245ffd5b6040810160038410614c9557634e487b7160e01b5f52602160045260245ffd5b9281526020015290565b6001600160401b0382811682821603908111156109e7576109e7614438565b606080825284519082018190525f9060208601906080840190835b81811015614d005783516001600160a01b0316835260209384019390920191600101614cd9565b50508381036020850152614d148187614a34565b9250505063ffffffff83166040830152949350505050565b60ff81811683821601908111156109e7576109e7614438565b6001600160801b0382811682821603908111156109e7576109e7614438565b5f60ff831680614d7657614d76614918565b8060ff8416069150509291505056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x01 `@R4\x80\x15a\0\x10W__\xFD[P`@QaN\xF58\x03\x80aN\xF5\x839\x81\x01`@\x81\x90Ra\0/\x91a\0\x85V[`\x01`\x01`\xA0\x1B\x03\x93\x84\x16`\x80R\x91\x83\x16`\xA0R\x82\x16`\xC0R\x16`\xE0R_\x80Tc\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16c\xFF\xFF\xFF\xFF`\xB0\x1B\x17\x90U0a\x01\0Ra\0\xE1V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\0\x82W__\xFD[PV[____`\x80\x85\x87\x03\x12\x15a\0\x98W__\xFD[\x84Qa\0\xA3\x81a\0nV[` \x86\x01Q\x90\x94Pa\0\xB4\x81a\0nV[`@\x86\x01Q\x90\x93Pa\0\xC5\x81a\0nV[``\x86\x01Q\x90\x92Pa\0\xD6\x81a\0nV[\x93\x96\x92\x95P\x90\x93PPV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0QaM\x85a\x01p_9_\x81\x81`\xDE\x01R\x81\x81a\x05\x8F\x01Ra\x06\xE2\x01R_a\x15\xB3\x01R_\x81\x81a\r\xEA\x01R\x81\x81a!N\x01R\x81\x81a,\xFA\x01Ra.\xC8\x01R_\x81\x81a\x1E\xD2\x01Ra\x1F\xC2\x01R_\x81\x81`\x82\x01R\x81\x81a\x01\x90\x01R\x81\x81a\x02\x0C\x01R\x81\x81a\x03\x1F\x01R\x81\x81a\x05\xD9\x01R\x81\x81a\x1D\xFB\x01Ra\x1F:\x01RaM\x85_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\0IW_5`\xE0\x1C\x80b#\x1D%\x14a\0MW\x80c\n<4\x95\x14a\0bW\x80c{\x109\x99\x14a\0uW\x80c\xC4*\xF7\x10\x14a\0\xB1W[__\xFD[a\0`a\0[6`\x04aA\x04V[a\0\xD4V[\0[a\0`a\0p6`\x04aA6V[a\x05\x85V[`@Q`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\0\xC4a\0\xBF6`\x04aA\xB7V[a\x06\xD7V[`@Q\x90\x15\x15\x81R` \x01a\0\xA8V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x01\x1DW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x01NW`@Qc$Z\xEC\xD3`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x01yW`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@Qc\xC3c\x1E\xA9`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xC3c\x1E\xA9\x90a\x01\xC5\x90\x84\x90`\x04\x01aD\x0EV[_`@Q\x80\x83\x03\x81\x86\x80;\x15\x80\x15a\x01\xDBW__\xFD[PZ\xFA\x15\x80\x15a\x01\xEDW=__>=_\xFD[PPPP_`\x05_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cnGXa`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x02fW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x02\x8A\x91\x90aD\x1DV[c\xFF\xFF\xFF\xFF\x16\x90P`\x01`\x01`@\x1B\x03\x82\x16\x15\x80\x15\x90a\x02\xBBWPa\x02\xB8\x81`\x01`\x01`@\x1B\x03\x84\x16aDLV[B\x10[\x15a\x02\xF8Wa\x02\xD3\x81`\x01`\x01`@\x1B\x03\x84\x16aDLV[`@Qc-d\x08\xCB`\xE2\x1B\x81R`\x01`\x01`@\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x01EV[__`\x16\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x90P\x80`\x01`\x01`@\x1B\x03\x16\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xE0\xB1ed`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x03yW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x03\x9D\x91\x90aD\x1DV[a\x03\xAD\x90c\xFF\xFF\xFF\xFF\x16BaDLV[\x10a\x03\xD6W`@Qc\x7FMq\t`\xE1\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x01EV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01R_a\x04\xCF\x82\x87a\x08\xBDV[a\x04\xD9W_a\x04\xDFV[\x81`\xA0\x01Q[a\x04\xEF\x90c\xFF\xFF\xFF\xFF\x16BaD_V[\x90P\x85`\x1Fa\x04\xFE\x82\x82aD\xBAV[PP`!\x80T`\x01`@\x1B`\x01`\x01`@\x1B\x03\x84\x81\x16h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16\x92\x90\x92\x17\x17\x90\x91U`\x05\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16B\x90\x92\x16\x91\x90\x91\x17\x90U`@Q\x7F\xFE\xCE^\x87\xA4\\\xABk\xE8\xE0\xC7^k\xC7\xB0\t\x11\x83y\x9D.\xDA\x95\xF75T\x95\xC0\xCC\xFFc\xA8\x90a\x05u\x90\x88\x90\x84\x90aG\x80V[`@Q\x80\x91\x03\x90\xA1PPPPPPV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x05\xCEW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x15\x80a\x06\x13WP_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x15\x15[\x15a\x063W`@Qc1\x8D\x14\xA5`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01a\x01EV[_\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90Ua\x06V\x83a\t\xEDV[_\x80Ta\xFF\xFF\x92\x90\x92\x16`\x01`\xA0\x1B\x02a\xFF\xFF`\xA0\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90U\x80`\x03a\x06\x83\x82\x82aD\xBAV[Pa\x06\x9D\x90Pa\x06\x986\x83\x90\x03\x83\x01\x83aG\xEFV[a\n\x1FV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x84\x90\x7F\xA7\xA5\xB8\x0B\xCD;\xEFvRN\xC8\x05Y\xF1\xAD\x1924@\x89\xB3\x16\xA7\xBEa\x9E\xD29V\xB5\xADl\x90_\x90\xA3PPPV[_`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x07!W`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x07)a\n\xF1V[`\x05Ta\xFF\xFF`\x01`\xD0\x1B\x90\x91\x04\x16``a\x07c`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x91\x90\x91R\x90V[_\x80a\x07p`\x08\x8AaI,V[\x90P\x84_\x03a\x07\x8DWa\x07\x81a\x0B\xD6V[\x91\x95P\x93P\x91Pa\x07\xA5V[a\x07\x9Fa\x07\x9A\x82\x87aDLV[a\x0F\x87V[\x90\x94P\x92P[a\x07\xB0`\x08\x8AaI?V[\x15\x15\x80a\x07\xCDWP``\x83\x01Qa\xFF\xFF\x16a\x07\xCB\x82\x87aDLV[\x11[\x80a\x07\xE8WP\x80\x15\x80\x15a\x07\xE8WP\x82``\x01Qa\xFF\xFF\x16\x85\x10[\x15a\x08 W``\x83\x01Q`@Qca''G`\xE0\x1B\x81R`\x04\x81\x01\x8B\x90R`$\x81\x01\x87\x90Ra\xFF\xFF\x90\x91\x16`D\x82\x01R`d\x01a\x01EV[a\x08/\x84\x84\x87\x8D\x8D\x8D\x8Da\x11\xD6V[a\x089\x90\x83aDLV[``\x84\x01Q\x90\x92Pa\xFF\xFF\x16a\x08O\x82\x87aDLV[\x10\x15a\x08\x8CWa\x08a\x84\x84\x87\x15a\x13hV[a\x08k\x81\x86aDLV[`\x05`\x1Aa\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x08\xA7V[a\x08\x96\x84\x84a\x15\x96V[a\x08\xA0\x90\x83aDLV[\x91P`\x01\x95P[a\x08\xB0\x82a\x1D\xEEV[PPPPP\x94\x93PPPPV[\x81Q_\x90`\x01`\x01``\x1B\x03\x16a\x08\xD7` \x84\x01\x84aIRV[`\x01`\x01``\x1B\x03\x16\x11\x80a\t\x13WP\x82` \x01Q`\x01`\x01``\x1B\x03\x16\x82` \x01` \x81\x01\x90a\t\x08\x91\x90aIRV[`\x01`\x01``\x1B\x03\x16\x11[\x80a\t;WP\x82`\xE0\x01Qa\xFF\xFF\x16\x82`\xE0\x01` \x81\x01\x90a\t5\x91\x90aImV[a\xFF\xFF\x16\x11[\x80a\teWP\x82a\x01\xA0\x01Qa\xFF\xFF\x16\x82a\x01\xA0\x01` \x81\x01\x90a\t_\x91\x90aImV[a\xFF\xFF\x16\x11[\x80a\t\x91WP\x82`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x82`\xA0\x01` \x81\x01\x90a\t\x89\x91\x90aI\x88V[c\xFF\xFF\xFF\xFF\x16\x11[\x80a\t\xB9WP\x82a\x01\x80\x01Q`\xFF\x16\x82a\x01\x80\x01` \x81\x01\x90a\t\xB4\x91\x90aI\xA3V[`\xFF\x16\x10[\x80a\t\xE4WP\x82a\x01`\x01Qa\xFF\xFF\x16\x82a\x01`\x01` \x81\x01\x90a\t\xDD\x91\x90aImV[a\xFF\xFF\x16\x14\x15[\x90P[\x92\x91PPV[_a\xFF\xFF\x82\x11\x15a\n\x1BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x10`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[P\x90V[_\x81``\x01Qc\xFF\xFF\xFF\xFF\x16Ba\n6\x91\x90aDLV[_\x80Tc\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1Bc\xFF\xFF\xFF\xFF\x84\x16\x02\x17\x90Ua\x01@\x83\x01Q\x90\x91Pa\nfW\x80a\nuV[`\xC0\x82\x01Qa\nu\x90\x82aI\xBEV[_\x80Ta\x01@\x85\x01Qd\xFF\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x90\x91\x16`\x01`\xD0\x1Bc\xFF\xFF\xFF\xFF\x94\x90\x94\x16\x93\x90\x93\x02`\xFF`\xF0\x1B\x19\x16\x92\x90\x92\x17`\x01`\xF0\x1B\x83\x15\x15\x02\x17\x90Ua\n\xBEWBa\n\xCDV[`\xC0\x82\x01Qa\n\xCD\x90\x82aI\xBEV[`\x05`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPPPV[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x0B\x1CW`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16B\x81\x11\x15a\x0B]W`@Qc\xD2\"\xB9\x89`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R_`$\x82\x01R`D\x01a\x01EV[`\x04T_\x90a\x0By\x90`\x01`\xC0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x83aDLV[\x90Pa\x0B\x83a\x1F\xE9V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\x0B\xA3WP\x80B\x10[\x15a\x0B\xD2W`@Qc-\xBCG\x01`\xE0\x1B\x81R3`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x82\x16`$\x82\x01R`D\x01a\x01EV[PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92R`\x05T_\x90`\x01`\xC0\x1B\x90\x04a\xFF\xFF\x16\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\x0C\"Wa\x0C\"aG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0C[W\x81` \x01[a\x0CHa@\x9FV[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x0C@W\x90P[P\x93P___[\x83\x81\x10\x15a\x0F4W_a\x0C\x9C`\x14\x82a\x0C|`\x10\x86aI,V[\x81R` \x01\x90\x81R` \x01_ T`\x10\x84a\x0C\x97\x91\x90aI?V[a \x15V[a\xFF\xFF\x16_\x81\x81R`\x12` R`@\x90 `\x01\x81\x01T\x91\x92P\x90`\x01`\xE0\x1B\x90\x04`\xFF\x16a\x0C\xEFW`\x01\x81\x01Ta\x0C\xDC\x90`\x01`\x01`\xA0\x1B\x03\x16_a 6V[a\x0C\xE6\x90\x88aDLV[\x96PPPa\x0F,V[`\x01\x81\x01T`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x0B` \x90\x81R`@\x91\x82\x90 \x82Q`\x80\x81\x01\x84R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x92\x82\x01\x92\x90\x92R`\xFF`\x01`p\x1B\x83\x04\x81\x16\x15\x80\x15\x94\x83\x01\x94\x90\x94R`\x01`x\x1B\x90\x92\x04\x90\x91\x16\x15\x15``\x82\x01R\x90\x80a\rkWP\x80``\x01Q\x15[\x80a\r~WP\x82\x81` \x01Qa\xFF\xFF\x16\x14\x15[\x80a\r\x91WP`\x02\x82\x01Tc\xFF\xFF\xFF\xFF\x16\x15[\x15a\r\x9EWPPPa\x0F,V[`\x01\x82\x01T_\x90a\r\xB7\x90`\x01`\x01`\xA0\x1B\x03\x16a!\xADV[`\x01\x84\x01T`@QcB\xDF\xC1k`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x04\x82\x01R\x91\x92P_\x91g\r\xE0\xB6\xB3\xA7d\0\0\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\x85\xBF\x82\xD6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0E/W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0ES\x91\x90aI\xDAV[a\x0E]\x90\x84aI\xF1V[a\x0Eg\x91\x90aI,V[\x90P\x80_\x03a\x0EzWPPPPPa\x0F,V[`@\x80Qa\x01 \x81\x01\x82R`\x01\x86\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x82R` \x82\x01\x88\x90R\x91\x81\x01\x84\x90R``\x81\x01\x83\x90R`\x02\x86\x01Tc\xFF\xFF\xFF\xFF\x90\x81\x16`\x80\x83\x01R`\x01`\xA0\x1B\x83\x04\x16`\xA0\x82\x01R`\x01`\xF0\x1B\x82\x04a\xFF\xFF\x16`\xC0\x82\x01R`\x01`\xE8\x1B\x90\x91\x04`\xFF\x16\x15\x15`\xE0\x82\x01R_a\x01\0\x82\x01R\x8C\x89a\x0E\xFD\x81aJ\x08V[\x9AP\x81Q\x81\x10a\x0F\x0FWa\x0F\x0FaJ V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra\x0F$\x81\x88aDLV[\x96PPPPPP[`\x01\x01a\x0CbV[P\x81\x86R`@Q\x80`\x80\x01`@R\x80a\x0FL\x83a\"GV[`\x01`\x01`\x80\x1B\x03\x16\x81R_` \x82\x01Ra\xFF\xFF\x93\x84\x16`@\x82\x01R`\x05T`\x01``\x1B\x90\x04\x90\x93\x16``\x90\x93\x01\x92\x90\x92RP\x93\x94\x91\x92PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92RP`@\x80Q`\x80\x81\x01\x82R`\x1AT`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16` \x84\x01Ra\xFF\xFF`\x01`\xC0\x1B\x83\x04\x81\x16\x94\x84\x01\x85\x90R`\x01`\xD0\x1B\x90\x92\x04\x90\x91\x16``\x83\x01\x81\x90R\x91\x92\x91\x85\x10\x15\x91\x90\x81\x11\x15a\x10\x16Wa\x10\x16aG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x10OW\x81` \x01[a\x10<a@\x9FV[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x104W\x90P[P\x92P_[\x83Q\x81\x10\x15a\x11\xCFW_\x81\x81R`\x17` \x90\x81R`@\x80\x83 \x81Q`\xA0\x81\x01\x83R\x90T`\x01`\x01`\xA0\x1B\x03\x80\x82\x16\x83Ra\xFF\xFF`\x01`\xA0\x1B\x83\x04\x81\x16\x84\x87\x01\x90\x81Rc\xFF\xFF\xFF\xFF`\x01`\xB0\x1B\x85\x04\x81\x16\x86\x88\x01R`\x01`\xD0\x1B\x85\x04\x16``\x80\x87\x01\x91\x90\x91R`\x01`\xF0\x1B\x90\x94\x04\x82\x16`\x80\x86\x01R\x88\x88R`\x18\x87R\x96\x85\x90 \x85Q\x93\x84\x01\x86RT`\x01`\x01`\x80\x1B\x03\x81\x16\x84R`\x01`\x01`x\x1B\x03`\x01`\x80\x1B\x82\x04\x16\x84\x88\x01R`\xFF`\x01`\xF8\x1B\x90\x91\x04\x16\x15\x15\x83\x86\x01R\x84Qa\x01 \x81\x01\x86R\x84Q\x90\x92\x16\x82R\x95Q\x90\x95\x16\x93\x85\x01\x93\x90\x93R\x92\x90\x81\x01\x85a\x117W_a\x11FV[_\x85\x81R`\x19` R`@\x90 T[\x81R` \x01\x82_\x01Q`\x01`\x01`\x80\x1B\x03\x16\x81R` \x01\x83``\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`@\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`\x80\x01Qa\xFF\xFF\x16\x81R` \x01\x82`@\x01Q\x15\x15\x81R` \x01\x82` \x01Q`\x01`\x01`x\x1B\x03\x16\x81RP\x86\x84\x81Q\x81\x10a\x11\xBAWa\x11\xBAaJ V[` \x90\x81\x02\x91\x90\x91\x01\x01RPP`\x01\x01a\x10TV[PP\x91P\x91V[___a\x11\xE4\x88\x88\x88a\"zV[\x91P\x91P_a\x11\xF7\x89\x84` \x01Qa#\x97V[`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\x0EWa\x12\x0EaG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x127W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x80[\x8CQ\x81\x10\x15a\x12xWa\x12n\x8D\x82\x81Q\x81\x10a\x12[Wa\x12[aJ V[` \x02` \x01\x01Q\x82\x87\x86\x8C\x8C\x88a#\xEDV[\x91P`\x01\x01a\x12=V[P\x80\x86\x14a\x12\xA3W`@Qc\x93\xB2\xCE\xE5`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x82\x90R`D\x01a\x01EV[_\x84` \x01Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\xC0Wa\x12\xC0aG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x12\xE9W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90Pa\x12\xF8\x85\x8D\x83\x87a%\x1BV[\x95P`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16`\x01`\x01`@\x1B\x03\x16\x7F\x0E\x1C\xFBb\xA5\xDAn\\\xDF~#\xBBgH\xDB\\\x19H\x9E\x80\n5\xE88\xDE\x1A\xBBVQ\xD4d\x95\x8C\x87`@\x01Q\x84`@Qa\x13P\x93\x92\x91\x90aJnV[`@Q\x80\x91\x03\x90\xA2PPPPP\x97\x96PPPPPPPV[_[\x83Q\x81\x10\x15a\x15\x1CW_\x84\x82\x81Q\x81\x10a\x13\x86Wa\x13\x86aJ V[` \x02` \x01\x01Q\x90P\x82\x15a\x14\x83W`@\x80Q`\xA0\x80\x82\x01\x83R\x83Q`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x83R` \x80\x86\x01Qa\xFF\xFF\x90\x81\x16\x82\x86\x01\x90\x81R\x93\x87\x01Qc\xFF\xFF\xFF\xFF\x90\x81\x16\x86\x88\x01\x90\x81R`\x80\x80\x8A\x01Q\x83\x16``\x89\x01\x90\x81R`\xC0\x8B\x01Q\x85\x16\x91\x89\x01\x91\x82R_\x8C\x81R`\x17\x87R\x8A\x81 \x99Q\x8AT\x99Q\x94Q\x92Q\x93Q\x87\x16`\x01`\xF0\x1B\x02`\x01`\x01`\xF0\x1B\x03\x94\x87\x16`\x01`\xD0\x1B\x02c\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x94\x90\x97\x16`\x01`\xB0\x1B\x02\x93\x90\x93\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x95\x90\x97\x16`\x01`\xA0\x1B\x02`\x01`\x01`\xB0\x1B\x03\x19\x90\x9A\x16\x98\x16\x97\x90\x97\x17\x97\x90\x97\x17\x91\x90\x91\x16\x92\x90\x92\x17\x17\x16\x92\x90\x92\x17\x90\x92U\x83\x83\x01Q`\x19\x90\x91R\x91\x90 U[`@\x80Q``\x80\x82\x01\x83R\x83\x01Q`\x01`\x01`\x80\x1B\x03\x90\x81\x16\x82Ra\x01\0\x84\x01Q`\x01`\x01`x\x1B\x03\x90\x81\x16` \x80\x85\x01\x91\x82R`\xE0\x90\x96\x01Q\x15\x15\x84\x86\x01\x90\x81R_\x88\x81R`\x18\x90\x97R\x94\x90\x95 \x92Q\x83T\x95Q\x94Q\x15\x15`\x01`\xF8\x1B\x02`\x01`\x01`\xF8\x1B\x03\x95\x90\x92\x16`\x01`\x80\x1B\x02`\x01`\x01`\xF8\x1B\x03\x19\x90\x96\x16\x92\x16\x91\x90\x91\x17\x93\x90\x93\x17\x91\x90\x91\x16\x91\x90\x91\x17\x90U`\x01\x01a\x13jV[PP\x80Q`\x1A\x80T` \x84\x01Q`@\x85\x01Q``\x90\x95\x01Q`\x01`\x01`\x80\x1B\x03\x90\x94\x16`\x01`\x01`\xC0\x1B\x03\x19\x90\x92\x16\x91\x90\x91\x17`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x90\x92\x16\x91\x90\x91\x02\x17c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\x01`\xC0\x1Ba\xFF\xFF\x94\x85\x16\x02a\xFF\xFF`\xD0\x1B\x19\x16\x17`\x01`\xD0\x1B\x93\x90\x92\x16\x92\x90\x92\x02\x17\x90UPV[__`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c2\x9E\xB89`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x16\x0EW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x162\x91\x90aI\xDAV[\x90P_`\x07T\x82a\x16C\x91\x90aDLV[\x90P_a'\x10a\x16Ua\x07\x08\x84aI\xF1V[a\x16_\x91\x90aI,V[\x90P_a'\x10a\x16qa\x10\x04\x85aI\xF1V[a\x16{\x91\x90aI,V[\x90P_\x81a\x16\x89\x84\x86aJ\x98V[a\x16\x93\x91\x90aJ\x98V[` \x89\x01Q\x90\x91P_\x90\x81\x90`\x01`\x01`@\x1B\x03\x16\x15a\x17\x12Wa\x16\xCD\x85g\r\xE0\xB6\xB3\xA7d\0\0\x8C` \x01Q`\x01`\x01`@\x1B\x03\x16a(FV[`\x01`\x01`@\x1B\x03\x80\x8A\x16_\x90\x81R`\x16` \x90\x81R`@\x90\x91 \x83\x90U\x8C\x01Q\x91\x92Pa\x17\x05\x91\x16\x82g\r\xE0\xB6\xB3\xA7d\0\0a(FV[a\x17\x0F\x90\x83aDLV[\x91P[a\x17\x1E\x8B\x89\x86\x86a(\xF6V[a\x17(\x90\x83aDLV[\x91Pa\x173\x8Ba+\xADV[\x98P\x81`\x06_\x82\x82Ta\x17F\x91\x90aDLV[\x90\x91UP_\x90Pa\x17W\x83\x88aJ\x98V[`\x07\x81\x90U`@\x80Q\x8A\x81R` \x81\x01\x8A\x90R\x90\x81\x01\x88\x90R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x84\x90R\x90\x91P`\x01`\x01`@\x1B\x03\x8A\x16\x90\x7F>\xD1k\x93\xD7\x04\xB8\x87{\x03\x83~\xFF\x0Fd\x18\x06X\"[\xCC\xA5\xF7/\xE5~\xAFUG}]x\x90`\xE0\x01`@Q\x80\x91\x03\x90\xA2a\x17\xD2\x89`\x01aD_V[`\x05\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x16`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x93\x90\x93\x16\x92\x90\x92\x02c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16\x91\x90\x91\x17\x90U`!T`\x01`@\x1B\x90\x04`\xFF\x16\x80\x15a\x181WP`!T`\x01`\x01`@\x1B\x03\x16B\x10\x15[\x15a\x1C\xE8W_`\x1F`@Q\x80a\x01\xE0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x04\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x08\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x12\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81R` \x01`\x01\x82\x01`\x13\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16`\xFF\x16\x81R` \x01`\x01\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81RPP\x90P\x80`\x03_\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x0Ca\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\x80\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01`\x04a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x08a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x01\x01`\x0Ca\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x01\x01`\x0Ea\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01@\x82\x01Q\x81`\x01\x01`\x12a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UPa\x01`\x82\x01Q\x81`\x01\x01`\x13a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\x80\x82\x01Q\x81`\x01\x01`\x15a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UPa\x01\xA0\x82\x01Q\x81`\x01\x01`\x16a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\xC0\x82\x01Q\x81`\x01\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x90PP_`!`\x08a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP\x7Fm\x06a\xBE!{W\x17\xE7/\x7F\x9D\xAE~\xD6(\xD5c\x7Ff\xC9wW\xA1\xA0\xF8\xD5\xBCZh\xE6R\x81`@Qa\x1C\xDE\x91\x90aJ\xABV[`@Q\x80\x91\x03\x90\xA1P[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01Ra\x1D\xDF\x90a\n\x1FV[PPPPPPPPP\x92\x91PPV[\x80_\x03a\x1D\xF8WPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cc\xB0\xC4(`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1EUW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1Ey\x91\x90aL\x0CV[`@\x80Q\x84\x81R\x82\x15\x15` \x82\x01R\x91\x92P\x7F\xC3\x0B\xA58}\x08N!H\xB2\xA9\x13W\xA8\x87\xE7\xB0IcWQL\xFE3\xD9\xFF03\xF6v\xAC\xE5\x91\x01`@Q\x80\x91\x03\x90\xA1\x80\x15a\x1F5W`@Qc\x08R\xCD\x8D`\xE3\x1B\x81R`\x04\x81\x01\x83\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90cB\x96lh\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x1F\x1BW__\xFD[PZ\xF1\x15\x80\x15a\x1F-W=__>=_\xFD[PPPPPPV[a\x0B\xD2\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16ca\xD0'\xB3`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1F\x94W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1F\xB8\x91\x90aL'V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x84a0\x13V[`\x02T_\x90`\x01`\x01`\xA0\x1B\x03\x16\x80\x15a \x03W\x80a \x0FV[_T`\x01`\x01`\xA0\x1B\x03\x16[\x91PP\x90V[_a !\x82`\x10aI\xF1V[a ,\x90`\xF0aJ\x98V[\x92\x90\x92\x1C\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x0B` R`@\x81 \x80T`\x01`p\x1B\x90\x04`\xFF\x16a fW_\x91PPa\t\xE7V[`\x04T\x81Ta'\x10\x91a \x8E\x91`\x01``\x1B\x90\x91\x04a\xFF\xFF\x16\x90`\x01`\x01``\x1B\x03\x16aI\xF1V[a \x98\x91\x90aI,V[\x81T\x90\x92P\x82\x90\x82\x90_\x90a \xB7\x90\x84\x90`\x01`\x01``\x1B\x03\x16aLBV[\x92Pa\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP\x83`\x01`\x01`\xA0\x1B\x03\x16\x7F`z\xDB\xA6l\xFF\x84\xB6'\xE3S}\x1C\x17\xD0\x88\xA9\x85V\xBC\xCD\x056\xA2\xF3Y\x0CV2\x90#\xD9\x84\x84`@Qa!\x16\x92\x91\x90aLuV[`@Q\x80\x91\x03\x90\xA2\x80T`\x01`x\x1B\x90\x04`\xFF\x16\x15a!\xA6W`@Qc\x14\xC2U\x93`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cS\tVL\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a!\x8FW__\xFD[PZ\xF1\x15\x80\x15a!\xA1W=__>=_\xFD[PPPP[P\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x1C` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x90\x92RT`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x93\x83\x01\x93\x90\x93R`\x05T\x91\x92a\"\x0B\x92\x91\x90\x91\x04\x16`\x01aD_V[`\x01`\x01`@\x1B\x03\x16\x81` \x01Q`\x01`\x01`@\x1B\x03\x16\x03a\"7WQ`\x01`\x01`\x80\x1B\x03\x16\x92\x91PPV[a\"@\x83a0MV[\x93\x92PPPV[_`\x01`\x01`\x80\x1B\x03\x82\x11\x15a\n\x1BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x80`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[a\"\xB8`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81RP\x90V[``_a\"\xC6`\x08\x85aI,V[\x90Pa\"\xD2\x86\x82a1\x08V[\x92P\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\"\xECWa\"\xECaG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a#\x15W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`@\x84\x01Q``\x85\x01Q`\n` R\x91\x93P\x90_[\x83\x81\x10\x15a#\x82W\x80`\x03\x1B\x88\x015`\xC0\x1C\x81`\x05\x1B` \x85\x01\x01R\x80\x89\x01_R`@_ T\x80\x82`\x05\x1B` \x88\x01\x01R`\xFF\x81`0\x1C\x16a#yWc\xFF\xFF\xFF\xFF\x81\x16\x82`\x05\x1B` \x85\x01\x01R[P`\x01\x01a#+V[Pa#\x8C\x85a2\xE2V[PPP\x93P\x93\x91PPV[_\x81\x15a#\xE5Wa#\xA9`\x10\x84aI,V[`\x10`\x01a#\xB7\x85\x87aDLV[a#\xC1\x91\x90aJ\x98V[a#\xCB\x91\x90aI,V[a#\xD5\x91\x90aJ\x98V[a#\xE0\x90`\x01aDLV[a\t\xE4V[P_\x92\x91PPV[\x84Q` \x86\x01Q_\x91\x90\x82\x90a$\x03\x90\x83aDLV[\x90P\x80\x8A`\xC0\x01Q\x10\x15a$\x18WP`\xC0\x89\x01Q[\x81\x81\x11a$)W\x83\x92PPPa%\x10V[_a$=\x87\x87\x87\x8E`\xC0\x01Q\x87\x87\x8Ea3zV[\x94P\x90P\x85\x84\x11\x15a$lW`@Qc\x93\xB2\xCE\xE5`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x85\x90R`D\x01a\x01EV[` \x80\x8C\x01Q_\x90\x81R`\x12\x90\x91R`@\x90 T\x81\x14a$\xAFW` \x8B\x01Q`@Qc\r}U+`\xE2\x1B\x81Ra\x01E\x91\x8C\x91`\x04\x01\x91\x82R` \x82\x01R`@\x01\x90V[a$\xE1\x89`@Q\x80``\x01`@R\x80\x8E``\x01Q\x81R` \x01\x8E`\x80\x01Q\x81R` \x01\x8E`\xA0\x01Q\x81RP\x8A\x85a46V[\x8Ba\x01\0\x01\x81\x81Qa$\xF3\x91\x90aDLV[\x90RP`\xE0\x8B\x01Q\x15a%\x0CWa%\x0C\x8B\x8A\x85\x85a6JV[PPP[\x97\x96PPPPPPPV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01\x81\x90R`\x01`\xA8\x1B\x83\x04\x90\x91\x16a\x01\x80\x86\x01R`\x01`\xB0\x1B\x82\x04\x90\x92\x16a\x01\xA0\x85\x01R\x93\x90\x93\x04\x16a\x01\xC0\x82\x01R\x84Q_\x92`\x01`\x01`\x80\x1B\x03\x90\x91\x16\x90\x83\x90a&*\x90\x83\x90a7\xBAV[`\x05T\x90\x91P`\x01`\x80\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16_\x81\x15a&qW`\x16_a&U`\x01\x85aL\x9FV[`\x01`\x01`@\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ Ta&tV[_\x19[\x90P_\x80[\x8B` \x01Q\x81\x10\x15a(\x08W\x8B``\x01Q\x81\x81Q\x81\x10a&\x9BWa&\x9BaJ V[` \x02` \x01\x01Q_\x14\x80a&\xAEWP\x85\x15[\x15a'@W\x8B`@\x01Q\x81\x81Q\x81\x10a&\xC9Wa&\xC9aJ V[` \x02` \x01\x01Q_\x14a';W\x8BQa&\xE4\x90\x82\x90aDLV[\x8C`@\x01Q\x82\x81Q\x81\x10a&\xFAWa&\xFAaJ V[` \x90\x81\x02\x91\x90\x91\x01\x01Q`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R_`D\x82\x01\x81\x90R`d\x82\x01R`\x84\x81\x01\x86\x90R`\xA4\x01a\x01EV[a(\0V[_\x86a'N\x8E\x84\x8A\x8Aa7\xCAV[a'X\x91\x90aI,V[\x90P\x80\x8B\x83\x81Q\x81\x10a'mWa'maJ V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra'\x82\x81\x84aDLV[\x92P__\x87\x11\x80\x15a'\xB1WP\x86\x8E`\xA0\x01Q\x84\x81Q\x81\x10a'\xA6Wa'\xA6aJ V[` \x02` \x01\x01Q\x10\x15[\x90Pa'\xF1\x83\x8F_\x01Qa'\xC5\x91\x90aDLV[\x8C\x85\x81Q\x81\x10a'\xD7Wa'\xD7aJ V[` \x02` \x01\x01Q\x84\x84\x8Da\x01\x80\x01Q`\xFF\x16\x8B\x8Ba8\x93V[a'\xFB\x90\x8BaDLV[\x99PPP[`\x01\x01a&yV[Pa(\x12\x81a9\xC7V[\x8A` \x01\x81\x81Qa(#\x91\x90aD_V[`\x01`\x01`@\x1B\x03\x16\x90RPa(8\x8Ba9\xFCV[PPPPPP\x94\x93PPPPV[___a(S\x86\x86a;\rV[\x91P\x91P\x81_\x03a(wW\x83\x81\x81a(mWa(maI\x18V[\x04\x92PPPa\"@V[\x81\x84\x11a(\x8EWa(\x8E`\x03\x85\x15\x02`\x11\x18a;)V[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[_\x80\x80[\x86Q\x81\x10\x15a)^W\x86\x81\x81Q\x81\x10a)\x15Wa)\x15aJ V[` \x02` \x01\x01Qa\x01\0\x01Q\x87\x82\x81Q\x81\x10a)4Wa)4aJ V[` \x02` \x01\x01Q``\x01Qa)J\x91\x90aI\xF1V[a)T\x90\x83aDLV[\x91P`\x01\x01a(\xFAV[P\x80_\x03a)oW_\x91PPa+\xA5V[_[\x86Q\x81\x10\x15a+\xA2W_\x87\x82\x81Q\x81\x10a)\x8DWa)\x8DaJ V[` \x02` \x01\x01Q\x90P_\x81a\x01\0\x01Q\x82``\x01Qa)\xAD\x91\x90aI\xF1V[\x90P_a)\xBB\x88\x83\x87a(FV[\x90P_a)\xC9\x88\x84\x88a(FV[\x90P_a)\xEB\x85_\x01Q\x86`@\x01Q\x8D`\x01a)\xE5\x91\x90aD_V[\x85a;:V[\x90Pa)\xF7\x81\x83aJ\x98V[a*\x01\x90\x84aDLV[\x92Pa*\r\x81\x84aDLV[a*\x17\x90\x89aDLV[` \x80\x87\x01\x80Q_\x90\x81R`\n\x83R`@\x90\x81\x90 \x81Q`\xE0\x81\x01\x83R\x90Tc\xFF\xFF\xFF\xFF\x80\x82\x16\x83Ra\xFF\xFFd\x01\0\0\0\0\x83\x04\x16\x95\x83\x01\x95\x90\x95R`\xFFf\x01\0\0\0\0\0\0\x82\x04\x81\x16\x15\x15\x93\x83\x01\x93\x90\x93R`\x01`8\x1B\x81\x04\x90\x92\x16``\x82\x01R`\x01`\x01``\x1B\x03`\x01`@\x1B\x83\x04\x16`\x80\x82\x01\x81\x90R`\x01`\x01`@\x1B\x03`\x01`\xA0\x1B\x84\x04\x16`\xA0\x83\x01R`\x01`\xE0\x1B\x90\x92\x04\x90\x93\x16`\xC0\x84\x01R\x90Q\x92\x9AP\x90\x91a*\xD0\x91a*\xCB\x90\x87\x90aDLV[a=\xC4V[`\x01`\x01``\x1B\x03\x16`\x80\x82\x01Ra\x01\0\x86\x01Qg\r\xE0\xB6\xB3\xA7d\0\0\x90a*\xFA\x90a\xFF\xFFaI\xF1V[a+\x04\x91\x90aI,V[a\xFF\xFF\x16` \x80\x83\x01\x91\x90\x91R\x86\x01Qa+\x1E\x90\x82a=\xFBV[\x85_\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x8C`\x01`\x01`@\x1B\x03\x16\x7F4\xFA\xB1uT\x07\xCE\xE1j\xECy\x90\xEDD#}\x14\x1C\xBD\xB5\xDF7\x96\x1B\xE0e\x12\xB0\x1A\x9D\xF5\x13\x88``\x01Q\x89a\x01\0\x01Q\x88\x87`@Qa+\x89\x94\x93\x92\x91\x90\x93\x84R` \x84\x01\x92\x90\x92R`@\x83\x01R``\x82\x01R`\x80\x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPPP\x80`\x01\x01\x90Pa)qV[PP[\x94\x93PPPPV[\x80Q_\x90\x80\x82\x03a+\xC0WP_\x92\x91PPV[_\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a+\xD9Wa+\xD9aG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a,\x02W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x82`\x01`\x01`@\x1B\x03\x81\x11\x15a,\x1EWa,\x1EaG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a,GW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x83\x81\x10\x15a,\xE7W\x85\x81\x81Q\x81\x10a,fWa,faJ V[` \x02` \x01\x01Q_\x01Q\x83\x82\x81Q\x81\x10a,\x83Wa,\x83aJ V[` \x02` \x01\x01\x90`\x01`\x01`\xA0\x1B\x03\x16\x90\x81`\x01`\x01`\xA0\x1B\x03\x16\x81RPP\x85\x81\x81Q\x81\x10a,\xB5Wa,\xB5aJ V[` \x02` \x01\x01Qa\x01\0\x01Q\x82\x82\x81Q\x81\x10a,\xD4Wa,\xD4aJ V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a,LV[P`\x03T`@Qcj\xAB\xE8\xF3`\xE0\x1B\x81R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x91cj\xAB\xE8\xF3\x91a-G\x91\x86\x91\x86\x91`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x90`\x04\x01aL\xBEV[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a-^W__\xFD[PZ\xF1\x15\x80\x15a-pW=__>=_\xFD[PP`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x82\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x81\x04\x90\x91\x16a\x01\xA0\x84\x01\x81\x90R\x93\x90\x04\x16a\x01\xC0\x82\x01R\x92P_\x91Pa'\x10\x90a.}\x90g\r\xE0\xB6\xB3\xA7d\0\0\x90aI\xF1V[a.\x87\x91\x90aI,V[\x90P_[\x85\x81\x10\x15a0\x08W_`\n_\x8A\x84\x81Q\x81\x10a.\xA9Wa.\xA9aJ V[` \x02` \x01\x01Q` \x01Q\x81R` \x01\x90\x81R` \x01_ \x90P_\x83\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x85\xBF\x82\xD6\x89\x86\x81Q\x81\x10a/\x07Wa/\x07aJ V[` \x02` \x01\x01Q`@Q\x82c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a/:\x91\x90`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16\x81R` \x01\x90V[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a/UW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a/y\x91\x90aI\xDAV[\x10a/\x84W_a/\x9BV[\x81Ta/\x9B\x90`\x01`8\x1B\x90\x04`\xFF\x16`\x01aM,V[\x90P\x84a\x01\x80\x01Q`\xFF\x16\x81`\xFF\x16\x10a/\xE3Wa/\xD3\x87\x84\x81Q\x81\x10a/\xC4Wa/\xC4aJ V[` \x02` \x01\x01Q`\x02a 6V[a/\xDD\x90\x8AaDLV[\x98P_\x90P[\x81T`\xFF\x90\x91\x16`\x01`8\x1B\x02g\xFF\0\0\0\0\0\0\0\x19\x90\x91\x16\x17\x90U`\x01\x01a.\x8BV[PPPPPP\x91\x90PV[a0 \x83\x83\x83`\x01a>\x08V[a0HW`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x01EV[PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x0B` \x90\x81R`@\x80\x83 \x81Q`\x80\x81\x01\x83R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x93\x82\x01\x93\x90\x93R`\xFF`\x01`p\x1B\x84\x04\x81\x16\x15\x80\x15\x93\x83\x01\x84\x90R`\x01`x\x1B\x90\x94\x04\x16\x15\x15``\x82\x01R\x91\x83\x91\x90a0\xC2WP\x81``\x01Q[a0\xCCW_a0\xCFV[\x81Q[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\r` R`@\x90 T`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x91Pa+\xA5\x90`\x01`\x01`\x80\x1B\x03\x16\x82aDLV[a1F`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81RP\x90V[\x82\x81R` \x81\x01\x82\x90R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a1hWa1haG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a1\x91W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`@\x82\x01R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a1\xAFWa1\xAFaG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a1\xD8W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P``\x82\x01Ra1\xE9\x82`\x03aI\xF1V[a1\xF4\x90`\x03aDLV[`\x01`\x01`@\x1B\x03\x81\x11\x15a2\x0BWa2\x0BaG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a24W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\x80\x82\x01R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a2RWa2RaG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a2{W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xA0\x82\x01Ra2\x8B\x83\x83a#\x97V[a2\x96\x90`\x02aI\xF1V[`\x01`\x01`@\x1B\x03\x81\x11\x15a2\xADWa2\xADaG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a2\xD6W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xC0\x82\x01R\x92\x91PPV[\x80Q` \x82\x01Q` `@\x84\x01Q\x01` ``\x85\x01Q\x01` `\x80\x86\x01Q\x01` `\xC0\x87\x01Q\x01`\x10\x86\x06\x95P_[\x85\x81\x10\x15a3pW`\x05\x81\x90\x1B\x85\x81\x01Q``\x83\x02\x85\x01R\x84\x01Q\x80\x15a3gW\x81\x88\x01\x80`\x04\x1C`\x06\x1B\x84\x01a\xFF\xFF`\x0F\x83\x16`\x04\x1B`\xF0\x03\x1B\x81Q\x17\x81R` \x81\x01Q\x83\x11\x15a3dW\x82` \x82\x01R[PP[P`\x01\x01a3\x11V[PPPPPPPPV[__\x83\x86\x10\x15a3\x88W\x85\x93P[`\x80\x80\x86\x04\x90`\x7F\x86\x81\x01\x82\x90\x04\x91\x90\x89\x01\x04_a\x01\0\x80\x85\x02\x90`\x02\x8C\x02\x90\x85\x02\x10a3\xB8W\x8A`\x02\x02a3\xBEV[a\x01\0\x84\x02[\x03\x90P\x8C\x8B\x01a3\xD1\x81\x86\x86\x86\x86a>jV[\x96P\x83\x83\x03` \x02\x82\x86` \x02\x8E\x01\x01\x01\x95P_`\x10\x8B\x81a3\xF5Wa3\xF5aI\x18V[\x04\x90Pa\x01\0\x86\x02` \x80\x88\x02\x84\x01\x90\x83\x02\x01\x03_\x82`\x10_\x19\x8E\x01\x04\x03`\x01\x01` \x02\x90P\x80\x82` \x8D\x017PPPPPPPP\x97P\x97\x95PPPPPPV[_\x84Q_R` ``\x86\x01Q\x01` R`\x10_Q\x06_Q\x03`@\x85\x01Q` \x85\x01\x80_\x83\x11_Q\x87\x11\x16\x15a4}W`\x01`\x10_Q\x04`\x10`\x01\x89\x03\x04\x03\x01`\x05\x1B\x82\x01\x90P[` `\xC0\x8A\x01Q\x01``\x85_Q\x03\x02` `\x80\x8C\x01Q\x01\x03\x89Q[\x83\x85\x10\x15a53W\x82Q\x86` \x85\x01Q\x10a4\xBBWa4\xB8\x87\x89\x83a5?V[\x90P[\x89`\x10\x89\x01\x11\x15a4\xD2W_\x19\x88\x8B\x03`\x04\x1B\x1C\x19\x16[\x80\x86Q\x16\x90P\x82_Q\x89\x10\x15a4\xF8W\x88_Q\x03\x82\x81`\x04\x1B\x1B\x92P``\x81\x02\x85\x01\x91PP[\x81\x15a5\x13Wa5\x0E` \x8E\x01Q\x84\x83\x85a5\x89V[\x8A\x01\x99P[PP` \x85\x01\x94P`@\x83\x01\x92P`\x10\x87\x01\x96Pa\x06\0\x82\x01\x91Pa4\x98V[PPPPPPPa+\xA5V[__[`\x10\x81\x10\x15a5\x81Wa\xFF\xFF\x81`\x04\x1B`\xF0\x03\x1B\x80\x84\x16\x15a5xW\x85_Q\x83\x87\x01\x03`\x05\x1B` Q\x01Q\x10\x15a5xW\x91\x82\x17\x91[P`\x01\x01a5BV[P\x93\x92PPPV[_\x83`\x80\x1B[\x82\x15a6AW\x85g\r\xE0\xB6\xB3\xA7d\0\0\x84`\xF0\x1C\x02\x04\x84Q\x80\x82\x10_\x81\x14a5\xC6W`@\x87\x01\x80Q\x89\x85\x02\x01\x90R\x93\x82\x01\x93a5\xDBV[` \x87\x01\x80Q\x83\x85\x11\x8A\x02\x86\x01\x01\x90R\x93\x81\x01\x93[P\x87g\r\xE0\xB6\xB3\xA7d\0\0a\xFF\xFF\x87`\xE0\x1C\x16\x02\x04\x91P``\x86\x01Q\x90P\x80\x82\x10_\x81\x14a6\x18W`\xA0\x87\x01\x80Q\x89\x85\x02\x01\x90R\x93\x82\x01\x93a6-V[`\x80\x87\x01\x80Q\x83\x85\x11\x8A\x02\x86\x01\x01\x90R\x93\x81\x01\x93[PPP\x82` \x1B\x92P`\xC0\x84\x01\x93Pa5\x8FV[P\x94\x93PPPPV[_a6Wa\x01\0\x84aI?V[a6a\x90\x84aJ\x98V[\x90P[\x81\x81\x10\x15a7\xB3W_`\x13\x81a6|a\x01\0\x85aI,V[` \x89\x01Qa6\x8C\x90`\x04aI\xF1V[a6\x96\x91\x90aDLV[\x81R` \x01\x90\x81R` \x01_ T\x90P\x80_\x03a6\xB3WPa7\xA0V[_\x84\x83\x10a6\xC1W\x82a6\xC3V[\x84[\x90P_\x84a6\xD3\x85a\x01\0aDLV[\x11a6\xE9Wa6\xE4\x84a\x01\0aDLV[a6\xEBV[\x84[\x90P\x81[\x81\x81\x10\x15a7\x9BWa7\x03a\x01\0\x82aI?V[\x84\x90\x1C`\x01\x16\x15a7\x93W``\x88\x01Q_\x90a7\x1F\x89\x84aJ\x98V[\x81Q\x81\x10a7/Wa7/aJ V[` \x02` \x01\x01Q\x90P\x80_\x14\x80a7KWP\x89`\xA0\x01Q\x81\x10\x15[\x15a7VWPa7\x93V[``\x8A\x01Q`\xA0\x8A\x01Qa7j\x8A\x85aJ\x98V[\x81Q\x81\x10a7zWa7zaJ V[` \x02` \x01\x01\x81\x81Qa7\x8E\x91\x90aDLV[\x90RPP[`\x01\x01a6\xEFV[PPPP[a7\xACa\x01\0\x82aDLV[\x90Pa6dV[PPPPPV[_a\t\xE4\x83\x83a'\x10`\x01a>\xE1V[_____a8\t\x89\x89`\x80\x91\x82\x01Q``\x91\x82\x02\x01` \x81\x01Q`@\x82\x01Q\x91\x90\x92\x01Q\x91\x93\x92\x81\x90\x1C\x92`\x01`\x01`\x80\x1B\x03\x90\x91\x16\x91\x83\x85\x02\x01\x90V[\x93P\x93P\x93P\x93P\x83_\x03a8\x1CW\x86\x92P[\x85\x83\x10\x80a8*WP\x85\x82\x10\x15[\x80a8<WPg\r\xE0\xB6\xB3\xA7d\0\0\x84\x11[\x15a8\x87W\x88Qa8N\x90\x89\x90aDLV[`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x85\x90R`D\x81\x01\x84\x90R`d\x81\x01\x83\x90R`\x84\x81\x01\x87\x90R`\xA4\x01a\x01EV[\x98\x97PPPPPPPPV[__a8\xC1`\xA0\x89\x90\x1C`\x01`\x01`@\x1B\x03\x16`\xE0\x8A\x90\x1Cc\xFF\xFF\xFF\xFF\x16\x86`\x01`\x01`@\x1B\x03\x16\x86a?,V[a8\xD8\x90`\x01`\x01``\x1B\x03`@\x8B\x90\x1C\x16aDLV[\x90Pa8\xE4\x89\x82a=\xC4V[\x90P_\x86a8\xF2W_a9\x04V[a9\x04`\xFF`8\x8B\x90\x1C\x16`\x01aDLV[\x90P\x85\x81\x10a95W_\x8A\x81R`\t` R`@\x90 Ta9/\x90`\x01`\x01`\xA0\x1B\x03\x16`\x01a 6V[\x92P_\x90P[a9\xBA\x8Aa9\xA9\x8Bg\r\xE0\xB6\xB3\xA7d\0\0a9R\x8Da\xFF\xFFaI\xF1V[a9\\\x91\x90aI,V[\x85\x87\x8Ea9q\x8D`\x01`\x01`@\x1B\x03\x16a?\x99V[c\xFF\xFF\xFF\xFF\x16f\xFF\0\0\xFF\xFF\xFF\xFF\x86\x16` \x86\x90\x1B\x17`8\x85\x90\x1B\x17`@\x84\x90\x1B\x17`\xA0\x83\x90\x1B\x17`\xE0\x82\x90\x1B\x17\x96\x95PPPPPPV[_\x91\x82R`\n` R`@\x90\x91 UV[PP\x97\x96PPPPPPPV[_`\x01`\x01`@\x1B\x03\x82\x11\x15a\n\x1BW`@\x80Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x83\x90R`D\x01a\x01EV[\x80Q` \x82\x01Q_\x90a:\x0F\x90\x83aDLV[`@\x84\x01Q\x90\x91P_a:#`\x10\x85aI?V[a:-\x90\x85aJ\x98V[\x90P[\x82\x81\x10\x15a7\xB3W_`\x15\x81a:G`\x10\x85aI,V[\x81R` \x01\x90\x81R` \x01_ T\x90P_\x85\x83\x10a:eW\x82a:gV[\x85[\x90P_\x85a:v\x85`\x10aDLV[\x10a:\x81W\x85a:\x8CV[a:\x8C\x84`\x10aDLV[\x90P\x81[\x81\x81\x10\x15a:\xD6W\x84\x81\x03`\x04\x1B`\xF0\x03g\r\xE0\xB6\xB3\xA7d\0\0a\xFF\xFF`\x01\x8B\x85\x03\x01`\x05\x1B\x89\x01Q\x02\x04\x80\x82\x1Ba\xFF\xFF\x83\x1B\x19\x87\x16\x17\x95PPP`\x01\x81\x01\x90Pa:\x90V[P\x82`\x15_a:\xE6`\x10\x88aI,V[\x81R` \x81\x01\x91\x90\x91R`@\x01_ UPa;\x06\x91P`\x10\x90P\x82aDLV[\x90Pa:0V[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x81\x81R`\r` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x83R\x90T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83R`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x83\x86\x01R\x86\x86R`\x1D\x85R\x83\x86 \x84Q\x80\x86\x01\x86R\x90T\x80\x83\x16\x82R\x92\x90\x92\x04`\x01`\x01`@\x1B\x03\x16\x82\x86\x01R\x95\x85R`\x0E\x90\x93R\x90\x83 T\x82Q\x93\x94\x91\x93\x90\x91\x16\x15\x80\x15\x90a;\xDBWP\x85`\x01`\x01`@\x1B\x03\x16\x82` \x01Q`\x01`\x01`@\x1B\x03\x16\x14\x15[\x15a<xW`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x1E` \x90\x81R`@\x80\x83 \x85\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x81 T\x90\x03a<PWa< \x81`\x01aDLV[`\x01`\x01`\xA0\x1B\x03\x89\x16_\x90\x81R`\x1E` \x90\x81R`@\x80\x83 \x86\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x90 U[`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x1D` R`@\x81 \x80T`\x01`\x01`\xC0\x1B\x03\x19\x16\x90U\x82R[_\x86`\x01`\x01`@\x1B\x03\x16\x83` \x01Q`\x01`\x01`@\x1B\x03\x16\x14a<\x9CW_a<\x9FV[\x82Q[\x84` \x01Qa<\xAE\x91\x90aMEV[`\x01`\x01`\x80\x1B\x03\x16\x90P\x80\x15\x80\x15\x90a<\xC7WP\x87\x15\x15[\x15a=MW_a<\xF1\x82\x86_\x01Q`\x01`\x01`\x80\x1B\x03\x16\x87` \x01Q`\x01`\x01`\x80\x1B\x03\x16a(FV[\x90P\x88\x81\x11\x15a<\xFEWP\x87[a=\t\x87\x82\x8Ba(FV[\x95Pa=%\x86n\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x84a(FV[a=/\x90\x84aDLV[`\x01`\x01`\xA0\x1B\x03\x8B\x16_\x90\x81R`\x0E` R`@\x90 \x81\x90U\x92PP[\x82Q`\x01`\x01`\x80\x1B\x03\x16\x15\x80\x15\x90a={WP\x86`\x01`\x01`@\x1B\x03\x16\x83` \x01Q`\x01`\x01`@\x1B\x03\x16\x14[\x15a=\xB8Wa=\x8B\x82`\x01aDLV[`\x01`\x01`\xA0\x1B\x03\x8A\x16_\x90\x81R`\x1E` \x90\x81R`@\x80\x83 `\x01`\x01`@\x1B\x03\x8C\x16\x84R\x90\x91R\x90 U[PPPP\x94\x93PPPPV[_`\x01`\x01``\x1B\x03\x82\x11a=\xDAWP\x80a\t\xE7V[_\x83\x81R`\t` R`@\x90 Ta#\xE5\x90`\x01`\x01`\xA0\x1B\x03\x16\x83a?\xC9V[a\x0B\xD2\x82a9\xA9\x83a?\xF9V[`@Qc\xA9\x05\x9C\xBB`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a>^W\x83\x83\x15\x16\x15a>RW=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[_`@Qa\x01\0\x81\x01\x86`\x05\x1B\x88\x01\x87`\x05\x1B\x89\x837\x86\x86\x03`\x05\x1B\x85\x82\x01\x88`\x05\x1B\x84\x017\x87[\x87\x81\x10\x15a>\xCCWa\x01\0\x89\x82\x03\x02\x80\x87\x03a\x01\0\x81\x11\x15a>\xB3WPa\x01\0[\x80\x82\x85\x01\x877\x85 `\x05\x83\x90\x1B\x85\x01RP`\x01\x01a>\x92V[PP\x84`\x05\x1B\x81 \x92PPP\x95\x94PPPPPV[_a?\x0Ea>\xEE\x83a@sV[\x80\x15a?\tWP_\x84\x80a?\x04Wa?\x04aI\x18V[\x86\x88\t\x11[\x15\x15\x90V[a?\x19\x86\x86\x86a(FV[a?#\x91\x90aDLV[\x95\x94PPPPPV[_\x84\x15\x80a?:WP\x82\x84\x10\x15[\x15a?FWP_a+\xA5V[_\x83a?S\x86`\x01aDLV[\x14\x80\x15a?aWP_\x19\x83\x14\x15[a?xW_\x85\x81R`\x16` R`@\x90 Ta?zV[\x82[\x90Pa?\x8F\x86\x82g\r\xE0\xB6\xB3\xA7d\0\0a(FV[\x96\x95PPPPPPV[_c\xFF\xFF\xFF\xFF\x82\x11\x15a\n\x1BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R` `\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x11` R`@\x81 \x80T\x83\x92\x90a?\xF0\x90\x84\x90aDLV[\x90\x91UPPPPV[_`\xE0\x82`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x90\x1B`\xA0\x83`\xA0\x01Q`\x01`\x01`@\x1B\x03\x16\x90\x1B`@\x84`\x80\x01Q`\x01`\x01``\x1B\x03\x16\x90\x1B`8\x85``\x01Q`\xFF\x16\x90\x1B`0\x86`@\x01Qa@JW_a@MV[`\x01[\x90\x1B` \x87` \x01Qa\xFF\xFF\x16\x90\x1B\x87_\x01Qc\xFF\xFF\xFF\xFF\x16\x17\x17\x17\x17\x17\x17\x90P\x91\x90PV[_`\x02\x82`\x03\x81\x11\x15a@\x88Wa@\x88aLaV[a@\x92\x91\x90aMdV[`\xFF\x16`\x01\x14\x90P\x91\x90PV[`@Q\x80a\x01 \x01`@R\x80_`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x15\x15\x81R` \x01_\x81RP\x90V[_a\x01\xE0\x82\x84\x03\x12\x15a@\xFEW__\xFD[P\x91\x90PV[_a\x01\xE0\x82\x84\x03\x12\x15aA\x15W__\xFD[a\t\xE4\x83\x83a@\xEDV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14aA3W__\xFD[PV[___a\x02 \x84\x86\x03\x12\x15aAIW__\xFD[\x835\x92P` \x84\x015aA[\x81aA\x1FV[\x91PaAj\x85`@\x86\x01a@\xEDV[\x90P\x92P\x92P\x92V[__\x83`\x1F\x84\x01\x12aA\x83W__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15aA\x99W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15aA\xB0W__\xFD[\x92P\x92\x90PV[____`@\x85\x87\x03\x12\x15aA\xCAW__\xFD[\x845`\x01`\x01`@\x1B\x03\x81\x11\x15aA\xDFW__\xFD[aA\xEB\x87\x82\x88\x01aAsV[\x90\x95P\x93PP` \x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aB\tW__\xFD[aB\x15\x87\x82\x88\x01aAsV[\x95\x98\x94\x97P\x95PPPPV[`\x01`\x01``\x1B\x03\x81\x16\x81\x14aA3W__\xFD[\x805aB@\x81aB!V[\x91\x90PV[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14aA3W__\xFD[\x805aB@\x81aBEV[a\xFF\xFF\x81\x16\x81\x14aA3W__\xFD[\x805aB@\x81aBaV[\x80\x15\x15\x81\x14aA3W__\xFD[\x805aB@\x81aB{V[`\xFF\x81\x16\x81\x14aA3W__\xFD[\x805aB@\x81aB\x93V[aB\xC6\x82aB\xB9\x83aB5V[`\x01`\x01``\x1B\x03\x16\x90RV[aB\xD2` \x82\x01aB5V[`\x01`\x01``\x1B\x03\x16` \x83\x01RaB\xEC`@\x82\x01aBVV[c\xFF\xFF\xFF\xFF\x16`@\x83\x01RaC\x03``\x82\x01aBVV[c\xFF\xFF\xFF\xFF\x16``\x83\x01RaC\x1A`\x80\x82\x01aBVV[c\xFF\xFF\xFF\xFF\x16`\x80\x83\x01RaC1`\xA0\x82\x01aBVV[c\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01RaCH`\xC0\x82\x01aBVV[c\xFF\xFF\xFF\xFF\x16`\xC0\x83\x01RaC_`\xE0\x82\x01aBpV[a\xFF\xFF\x16`\xE0\x83\x01RaCua\x01\0\x82\x01aBpV[a\xFF\xFF\x16a\x01\0\x83\x01RaC\x8Ca\x01 \x82\x01aBpV[a\xFF\xFF\x16a\x01 \x83\x01RaC\xA3a\x01@\x82\x01aB\x88V[\x15\x15a\x01@\x83\x01RaC\xB8a\x01`\x82\x01aBpV[a\xFF\xFF\x16a\x01`\x83\x01RaC\xCFa\x01\x80\x82\x01aB\xA1V[`\xFF\x16a\x01\x80\x83\x01RaC\xE5a\x01\xA0\x82\x01aBpV[a\xFF\xFF\x16a\x01\xA0\x83\x01RaC\xFCa\x01\xC0\x82\x01aBVV[c\xFF\xFF\xFF\xFF\x81\x16a\x01\xC0\x84\x01RPPPV[a\x01\xE0\x81\x01a\t\xE7\x82\x84aB\xACV[_` \x82\x84\x03\x12\x15aD-W__\xFD[\x81Qa\"@\x81aBEV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\t\xE7Wa\t\xE7aD8V[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xE7Wa\t\xE7aD8V[_\x815a\t\xE7\x81aB!V[_\x815a\t\xE7\x81aBEV[_\x815a\t\xE7\x81aBaV[_\x815a\t\xE7\x81aB{V[_\x815a\t\xE7\x81aB\x93V[aD\xE8aD\xC6\x83aD~V[\x82Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x17\x82UV[aE+aD\xF7` \x84\x01aD~V[\x82\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aE^aE:`@\x84\x01aD\x8AV[\x82\x80Tc\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\xC0\x92\x90\x92\x1Bc\xFF\xFF\xFF\xFF`\xC0\x1B\x16\x91\x90\x91\x17\x90UV[aE\x91aEm``\x84\x01aD\x8AV[\x82\x80T`\x01`\x01`\xE0\x1B\x03\x16`\xE0\x92\x90\x92\x1B`\x01`\x01`\xE0\x1B\x03\x19\x16\x91\x90\x91\x17\x90UV[`\x01\x81\x01aE\xBBaE\xA4`\x80\x85\x01aD\x8AV[\x82Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x17\x82UV[aE\xECaE\xCA`\xA0\x85\x01aD\x8AV[\x82Tg\xFF\xFF\xFF\xFF\0\0\0\0\x19\x16` \x91\x90\x91\x1Bg\xFF\xFF\xFF\xFF\0\0\0\0\x16\x17\x82UV[aF%aE\xFB`\xC0\x85\x01aD\x8AV[\x82Tk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x19\x16`@\x91\x90\x91\x1Bk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x17\x82UV[aFTaF4`\xE0\x85\x01aD\x96V[\x82\x80Ta\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Ba\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aF\x84aFda\x01\0\x85\x01aD\x96V[\x82\x80Ta\xFF\xFF`p\x1B\x19\x16`p\x92\x90\x92\x1Ba\xFF\xFF`p\x1B\x16\x91\x90\x91\x17\x90UV[aF\xB4aF\x94a\x01 \x85\x01aD\x96V[\x82\x80Ta\xFF\xFF`\x80\x1B\x19\x16`\x80\x92\x90\x92\x1Ba\xFF\xFF`\x80\x1B\x16\x91\x90\x91\x17\x90UV[aF\xE2aF\xC4a\x01@\x85\x01aD\xA2V[\x82\x80T`\xFF`\x90\x1B\x19\x16\x91\x15\x15`\x90\x1B`\xFF`\x90\x1B\x16\x91\x90\x91\x17\x90UV[aG\x12aF\xF2a\x01`\x85\x01aD\x96V[\x82\x80Ta\xFF\xFF`\x98\x1B\x19\x16`\x98\x92\x90\x92\x1Ba\xFF\xFF`\x98\x1B\x16\x91\x90\x91\x17\x90UV[aG@aG\"a\x01\x80\x85\x01aD\xAEV[\x82\x80T`\xFF`\xA8\x1B\x19\x16`\xA8\x92\x90\x92\x1B`\xFF`\xA8\x1B\x16\x91\x90\x91\x17\x90UV[aGpaGPa\x01\xA0\x85\x01aD\x96V[\x82\x80Ta\xFF\xFF`\xB0\x1B\x19\x16`\xB0\x92\x90\x92\x1Ba\xFF\xFF`\xB0\x1B\x16\x91\x90\x91\x17\x90UV[a0HaE:a\x01\xC0\x85\x01aD\x8AV[a\x02\0\x81\x01aG\x8F\x82\x85aB\xACV[`\x01`\x01`@\x1B\x03\x83\x16a\x01\xE0\x83\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Qa\x01\xE0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15aG\xE9WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90V[_a\x01\xE0\x82\x84\x03\x12\x80\x15aH\x01W__\xFD[PaH\naG\xBAV[aH\x13\x83aB5V[\x81RaH!` \x84\x01aB5V[` \x82\x01RaH2`@\x84\x01aBVV[`@\x82\x01RaHC``\x84\x01aBVV[``\x82\x01RaHT`\x80\x84\x01aBVV[`\x80\x82\x01RaHe`\xA0\x84\x01aBVV[`\xA0\x82\x01RaHv`\xC0\x84\x01aBVV[`\xC0\x82\x01RaH\x87`\xE0\x84\x01aBpV[`\xE0\x82\x01RaH\x99a\x01\0\x84\x01aBpV[a\x01\0\x82\x01RaH\xACa\x01 \x84\x01aBpV[a\x01 \x82\x01RaH\xBFa\x01@\x84\x01aB\x88V[a\x01@\x82\x01RaH\xD2a\x01`\x84\x01aBpV[a\x01`\x82\x01RaH\xE5a\x01\x80\x84\x01aB\xA1V[a\x01\x80\x82\x01RaH\xF8a\x01\xA0\x84\x01aBpV[a\x01\xA0\x82\x01RaI\x0Ba\x01\xC0\x84\x01aBVV[a\x01\xC0\x82\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[_\x82aI:WaI:aI\x18V[P\x04\x90V[_\x82aIMWaIMaI\x18V[P\x06\x90V[_` \x82\x84\x03\x12\x15aIbW__\xFD[\x815a\"@\x81aB!V[_` \x82\x84\x03\x12\x15aI}W__\xFD[\x815a\"@\x81aBaV[_` \x82\x84\x03\x12\x15aI\x98W__\xFD[\x815a\"@\x81aBEV[_` \x82\x84\x03\x12\x15aI\xB3W__\xFD[\x815a\"@\x81aB\x93V[c\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xE7Wa\t\xE7aD8V[_` \x82\x84\x03\x12\x15aI\xEAW__\xFD[PQ\x91\x90PV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\t\xE7Wa\t\xE7aD8V[_`\x01\x82\x01aJ\x19WaJ\x19aD8V[P`\x01\x01\x90V[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15aJdW\x81Q\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01aJFV[P\x93\x94\x93PPPPV[\x83\x81R``` \x82\x01R_aJ\x86``\x83\x01\x85aJ4V[\x82\x81\x03`@\x84\x01Ra?\x8F\x81\x85aJ4V[\x81\x81\x03\x81\x81\x11\x15a\t\xE7Wa\t\xE7aD8V[\x81Q`\x01`\x01``\x1B\x03\x16\x81Ra\x01\xE0\x81\x01` \x83\x01QaJ\xD7` \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[P`@\x83\x01QaJ\xEF`@\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P``\x83\x01QaK\x07``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaK\x1F`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01QaK7`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaKO`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaKe`\xE0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaK}a\x01\0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01QaK\x95a\x01 \x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01QaK\xABa\x01@\x84\x01\x82\x15\x15\x90RV[Pa\x01`\x83\x01QaK\xC3a\x01`\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01QaK\xDAa\x01\x80\x84\x01\x82`\xFF\x16\x90RV[Pa\x01\xA0\x83\x01QaK\xF2a\x01\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\xC0\x83\x01Qa!\xA6a\x01\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[_` \x82\x84\x03\x12\x15aL\x1CW__\xFD[\x81Qa\"@\x81aB{V[_` \x82\x84\x03\x12\x15aL7W__\xFD[\x81Qa\"@\x81aA\x1FV[`\x01`\x01``\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xE7Wa\t\xE7aD8V[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`@\x81\x01`\x03\x84\x10aL\x95WcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x92\x81R` \x01R\x90V[`\x01`\x01`@\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xE7Wa\t\xE7aD8V[``\x80\x82R\x84Q\x90\x82\x01\x81\x90R_\x90` \x86\x01\x90`\x80\x84\x01\x90\x83[\x81\x81\x10\x15aM\0W\x83Q`\x01`\x01`\xA0\x1B\x03\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01aL\xD9V[PP\x83\x81\x03` \x85\x01RaM\x14\x81\x87aJ4V[\x92PPPc\xFF\xFF\xFF\xFF\x83\x16`@\x83\x01R\x94\x93PPPPV[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xE7Wa\t\xE7aD8V[`\x01`\x01`\x80\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xE7Wa\t\xE7aD8V[_`\xFF\x83\x16\x80aMvWaMvaI\x18V[\x80`\xFF\x84\x16\x06\x91PP\x92\x91PPV",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b5060043610610049575f3560e01c8062231d251461004d5780630a3c3495146100625780637b10399914610075578063c42af710146100b1575b5f5ffd5b61006061005b366004614104565b6100d4565b005b610060610070366004614136565b610585565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020015b60405180910390f35b6100c46100bf3660046141b7565b6106d7565b60405190151581526020016100a8565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361011d57604051633beab4bd60e21b815260040160405180910390fd5b5f546001600160a01b0316331461014e5760405163245aecd360e01b81523360048201526024015b60405180910390fd5b600554600160701b900460ff161561017957604051631f3ef82160e31b815260040160405180910390fd5b60405163c3631ea960e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c3631ea9906101c590849060040161440e565b5f6040518083038186803b1580156101db575f5ffd5b505afa1580156101ed573d5f5f3e3d5ffd5b505050505f60055f9054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636e4758616040518163ffffffff1660e01b8152600401602060405180830381865afa158015610266573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061028a919061441d565b63ffffffff1690506001600160401b038216158015906102bb57506102b8816001600160401b03841661444c565b42105b156102f8576102d3816001600160401b03841661444c565b604051632d6408cb60e21b81526001600160401b039091166004820152602401610145565b5f5f60169054906101000a900463ffffffff1663ffffffff169050806001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e0b165646040518163ffffffff1660e01b8152600401602060405180830381865afa158015610379573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061039d919061441d565b6103ad9063ffffffff164261444c565b106103d657604051637f4d710960e11b81526001600160401b0382166004820152602401610145565b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c08201525f6104cf82876108bd565b6104d9575f6104df565b8160a001515b6104ef9063ffffffff164261445f565b905085601f6104fe82826144ba565b505060218054600160401b6001600160401b0384811668ffffffffffffffffff1990931692909217179091556005805467ffffffffffffffff1916429092169190911790556040517ffece5e87a45cab6be8e0c75e6bc7b0091183799d2eda95f7355495c0ccff63a8906105759088908490614780565b60405180910390a1505050505050565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036105ce57604051633beab4bd60e21b815260040160405180910390fd5b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614158061061357505f54600160b01b900463ffffffff1615155b156106335760405163318d14a560e11b8152336004820152602401610145565b5f80546001600160a01b0319166001600160a01b038416179055610656836109ed565b5f805461ffff92909216600160a01b0261ffff60a01b1990921691909117905580600361068382826144ba565b5061069d9050610698368390038301836147ef565b610a1f565b6040516001600160a01b0383169084907fa7a5b80bcd3bef76524ec80559f1ad1932344089b316a7be619ed23956b5ad6c905f90a3505050565b5f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361072157604051633beab4bd60e21b815260040160405180910390fd5b610729610af1565b60055461ffff600160d01b909104166060610763604080516080810182525f80825260208201819052918101829052606081019190915290565b5f8061077060088a61492c565b9050845f0361078d57610781610bd6565b919550935091506107a5565b61079f61079a828761444c565b610f87565b90945092505b6107b060088a61493f565b1515806107cd5750606083015161ffff166107cb828761444c565b115b806107e85750801580156107e85750826060015161ffff1685105b15610820576060830151604051636127274760e01b8152600481018b90526024810187905261ffff9091166044820152606401610145565b61082f8484878d8d8d8d6111d6565b610839908361444c565b606084015190925061ffff1661084f828761444c565b101561088c5761086184848715611368565b61086b818661444c565b6005601a6101000a81548161ffff021916908361ffff1602179055506108a7565b6108968484611596565b6108a0908361444c565b9150600195505b6108b082611dee565b5050505050949350505050565b81515f906001600160601b03166108d76020840184614952565b6001600160601b03161180610913575082602001516001600160601b03168260200160208101906109089190614952565b6001600160601b0316115b8061093b57508260e0015161ffff168260e0016020810190610935919061496d565b61ffff16115b806109655750826101a0015161ffff16826101a001602081019061095f919061496d565b61ffff16115b8061099157508260a0015163ffffffff168260a00160208101906109899190614988565b63ffffffff16115b806109b9575082610180015160ff16826101800160208101906109b491906149a3565b60ff16105b806109e4575082610160015161ffff16826101600160208101906109dd919061496d565b61ffff1614155b90505b92915050565b5f61ffff821115610a1b576040516306dfcc6560e41b81526010600482015260248101839052604401610145565b5090565b5f816060015163ffffffff1642610a36919061444c565b5f805463ffffffff60b01b1916600160b01b63ffffffff841602179055610140830151909150610a665780610a75565b60c0820151610a7590826149be565b5f805461014085015164ffffffffff60d01b19909116600160d01b63ffffffff949094169390930260ff60f01b191692909217600160f01b83151502179055610abe5742610acd565b60c0820151610acd90826149be565b6005601c6101000a81548163ffffffff021916908363ffffffff1602179055505050565b600554600160701b900460ff1615610b1c57604051631f3ef82160e31b815260040160405180910390fd5b5f54600160b01b900463ffffffff1642811115610b5d5760405163d222b98960e01b81526001600160401b03821660048201525f6024820152604401610145565b6004545f90610b7990600160c01b900463ffffffff168361444c565b9050610b83611fe9565b6001600160a01b0316336001600160a01b031614158015610ba357508042105b15610bd257604051632dbc470160e01b81523360048201526001600160401b0382166024820152604401610145565b5050565b604080516080810182525f808252602082018190529181018290526060818101929092526005545f90600160c01b900461ffff16806001600160401b03811115610c2257610c226147a6565b604051908082528060200260200182016040528015610c5b57816020015b610c4861409f565b815260200190600190039081610c405790505b5093505f5f5f5b83811015610f34575f610c9c601482610c7c60108661492c565b81526020019081526020015f2054601084610c97919061493f565b612015565b61ffff165f818152601260205260409020600181015491925090600160e01b900460ff16610cef576001810154610cdc906001600160a01b03165f612036565b610ce6908861444c565b96505050610f2c565b60018101546001600160a01b03165f908152600b6020908152604091829020825160808101845290546001600160601b038116825261ffff600160601b8204169282019290925260ff600160701b8304811615801594830194909452600160781b909204909116151560608201529080610d6b57508060600151155b80610d7e575082816020015161ffff1614155b80610d915750600282015463ffffffff16155b15610d9e57505050610f2c565b60018201545f90610db7906001600160a01b03166121ad565b60018401546040516342dfc16b60e11b81526001600160a01b0391821660048201529192505f91670de0b6b3a7640000917f000000000000000000000000000000000000000000000000000000000000000016906385bf82d690602401602060405180830381865afa158015610e2f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e5391906149da565b610e5d90846149f1565b610e67919061492c565b9050805f03610e7a575050505050610f2c565b604080516101208101825260018601546001600160a01b03811682526020820188905291810184905260608101839052600286015463ffffffff9081166080830152600160a01b83041660a0820152600160f01b820461ffff1660c0820152600160e81b90910460ff16151560e08201525f6101008201528c89610efd81614a08565b9a5081518110610f0f57610f0f614a20565b6020908102919091010152610f24818861444c565b965050505050505b600101610c62565b508186526040518060800160405280610f4c83612247565b6001600160801b031681525f602082015261ffff9384166040820152600554600160601b900490931660609093019290925250939491925050565b604080516080810182525f808252602082018190529181018290526060818101929092525060408051608081018252601a546001600160801b03811682526001600160401b03600160801b82048116602084015261ffff600160c01b83048116948401859052600160d01b909204909116606083018190529192918510159190811115611016576110166147a6565b60405190808252806020026020018201604052801561104f57816020015b61103c61409f565b8152602001906001900390816110345790505b5092505f5b83518110156111cf575f818152601760209081526040808320815160a08101835290546001600160a01b03808216835261ffff600160a01b8304811684870190815263ffffffff600160b01b8504811686880152600160d01b850416606080870191909152600160f01b90940482166080860152888852601887529685902085519384018652546001600160801b03811684526001600160781b03600160801b8204168488015260ff600160f81b90910416151583860152845161012081018652845190921682529551909516938501939093529290810185611137575f611146565b5f858152601960205260409020545b8152602001825f01516001600160801b03168152602001836060015163ffffffff168152602001836040015163ffffffff168152602001836080015161ffff16815260200182604001511515815260200182602001516001600160781b03168152508684815181106111ba576111ba614a20565b60209081029190910101525050600101611054565b5050915091565b5f5f5f6111e488888861227a565b915091505f6111f7898460200151612397565b6001600160401b0381111561120e5761120e6147a6565b604051908082528060200260200182016040528015611237578160200160208202803683370190505b5090505f805b8c518110156112785761126e8d828151811061125b5761125b614a20565b60200260200101518287868c8c886123ed565b915060010161123d565b508086146112a3576040516393b2cee560e01b81526004810187905260248101829052604401610145565b5f84602001516001600160401b038111156112c0576112c06147a6565b6040519080825280602002602001820160405280156112e9578160200160208202803683370190505b5090506112f8858d838761251b565b9550600560109054906101000a90046001600160401b03166001600160401b03167f0e1cfb62a5da6e5cdf7e23bb6748db5c19489e800a35e838de1abb5651d464958c87604001518460405161135093929190614a6e565b60405180910390a25050505050979650505050505050565b5f5b835181101561151c575f84828151811061138657611386614a20565b602002602001015190508215611483576040805160a0808201835283516001600160a01b03908116835260208086015161ffff9081168286019081529387015163ffffffff9081168688019081526080808a015183166060890190815260c08b015185169189019182525f8c8152601787528a812099518a5499519451925193518716600160f01b026001600160f01b03948716600160d01b0263ffffffff60d01b1994909716600160b01b029390931667ffffffffffffffff60b01b1995909716600160a01b026001600160b01b0319909a16981697909717979097179190911692909217171692909217909255838301516019909152919020555b60408051606080820183528301516001600160801b0390811682526101008401516001600160781b03908116602080850191825260e09096015115158486019081525f88815260189097529490952092518354955194511515600160f81b026001600160f81b0395909216600160801b026001600160f81b0319909616921691909117939093179190911691909117905560010161136a565b50508051601a8054602084015160408501516060909501516001600160801b039094166001600160c01b031990921691909117600160801b6001600160401b03909216919091021763ffffffff60c01b1916600160c01b61ffff9485160261ffff60d01b191617600160d01b939092169290920217905550565b5f5f600560109054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663329eb8396040518163ffffffff1660e01b81526004016020604051808303815f875af115801561160e573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061163291906149da565b90505f60075482611643919061444c565b90505f612710611655610708846149f1565b61165f919061492c565b90505f612710611671611004856149f1565b61167b919061492c565b90505f816116898486614a98565b6116939190614a98565b60208901519091505f9081906001600160401b031615611712576116cd85670de0b6b3a76400008c602001516001600160401b0316612846565b6001600160401b03808a165f9081526016602090815260409091208390558c0151919250611705911682670de0b6b3a7640000612846565b61170f908361444c565b91505b61171e8b8986866128f6565b611728908361444c565b91506117338b612bad565b98508160065f828254611746919061444c565b909155505f90506117578388614a98565b6007819055604080518a8152602081018a9052908101889052606081018790526080810186905260a0810182905260c081018490529091506001600160401b038a16907f3ed16b93d704b8877b03837eff0f64180658225bcca5f72fe57eaf55477d5d789060e00160405180910390a26117d289600161445f565b600580546bffffffffffffffffffffffff60801b1916600160801b6001600160401b03939093169290920263ffffffff60c01b1916919091179055602154600160401b900460ff16801561183157506021546001600160401b03164210155b15611ce8575f601f604051806101e00160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601c9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600182015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160049054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160089054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201600c9054906101000a900461ffff1661ffff1661ffff16815260200160018201600e9054906101000a900461ffff1661ffff1661ffff1681526020016001820160109054906101000a900461ffff1661ffff1661ffff1681526020016001820160129054906101000a900460ff161515151581526020016001820160139054906101000a900461ffff1661ffff1661ffff1681526020016001820160159054906101000a900460ff1660ff1660ff1681526020016001820160169054906101000a900461ffff1661ffff1661ffff1681526020016001820160189054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508060035f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a8154816001600160601b0302191690836001600160601b031602179055506040820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601c6101000a81548163ffffffff021916908363ffffffff1602179055506080820151816001015f6101000a81548163ffffffff021916908363ffffffff16021790555060a08201518160010160046101000a81548163ffffffff021916908363ffffffff16021790555060c08201518160010160086101000a81548163ffffffff021916908363ffffffff16021790555060e082015181600101600c6101000a81548161ffff021916908361ffff16021790555061010082015181600101600e6101000a81548161ffff021916908361ffff1602179055506101208201518160010160106101000a81548161ffff021916908361ffff1602179055506101408201518160010160126101000a81548160ff0219169083151502179055506101608201518160010160136101000a81548161ffff021916908361ffff1602179055506101808201518160010160156101000a81548160ff021916908360ff1602179055506101a08201518160010160166101000a81548161ffff021916908361ffff1602179055506101c08201518160010160186101000a81548163ffffffff021916908363ffffffff1602179055509050505f602160086101000a81548160ff0219169083151502179055507f6d0661be217b5717e72f7f9dae7ed628d5637f66c97757a1a0f8d5bc5a68e65281604051611cde9190614aab565b60405180910390a1505b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c0820152611ddf90610a1f565b50505050505050505092915050565b805f03611df85750565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166363b0c4286040518163ffffffff1660e01b8152600401602060405180830381865afa158015611e55573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e799190614c0c565b6040805184815282151560208201529192507fc30ba5387d084e2148b2a91357a887e7b0496357514cfe33d9ff3033f676ace5910160405180910390a18015611f3557604051630852cd8d60e31b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906342966c68906024015f604051808303815f87803b158015611f1b575f5ffd5b505af1158015611f2d573d5f5f3e3d5ffd5b505050505050565b610bd27f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166361d027b36040518163ffffffff1660e01b8152600401602060405180830381865afa158015611f94573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611fb89190614c27565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169084613013565b6002545f906001600160a01b03168015612003578061200f565b5f546001600160a01b03165b91505090565b5f6120218260106149f1565b61202c9060f0614a98565b9290921c92915050565b6001600160a01b0382165f908152600b602052604081208054600160701b900460ff16612066575f9150506109e7565b60045481546127109161208e91600160601b90910461ffff16906001600160601b03166149f1565b612098919061492c565b8154909250829082905f906120b79084906001600160601b0316614c42565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550836001600160a01b03167f607adba66cff84b627e3537d1c17d088a98556bccd0536a2f3590c56329023d98484604051612116929190614c75565b60405180910390a28054600160781b900460ff16156121a6576040516314c2559360e21b81526001600160a01b0385811660048301527f00000000000000000000000000000000000000000000000000000000000000001690635309564c906024015f604051808303815f87803b15801561218f575f5ffd5b505af11580156121a1573d5f5f3e3d5ffd5b505050505b5092915050565b6001600160a01b0381165f908152601c602090815260408083208151808301909252546001600160801b03811682526001600160401b03600160801b91829004811693830193909352600554919261220b929190910416600161445f565b6001600160401b031681602001516001600160401b03160361223757516001600160801b031692915050565b6122408361304d565b9392505050565b5f6001600160801b03821115610a1b576040516306dfcc6560e41b81526080600482015260248101839052604401610145565b6122b86040518060e001604052805f81526020015f815260200160608152602001606081526020016060815260200160608152602001606081525090565b60605f6122c660088561492c565b90506122d28682613108565b9250806001600160401b038111156122ec576122ec6147a6565b604051908082528060200260200182016040528015612315578160200160208202803683370190505b5060408401516060850151600a602052919350905f5b83811015612382578060031b88013560c01c8160051b6020850101528089015f5260405f2054808260051b60208801015260ff8160301c166123795763ffffffff81168260051b6020850101525b5060010161232b565b5061238c856132e2565b505050935093915050565b5f81156123e5576123a960108461492c565b601060016123b7858761444c565b6123c19190614a98565b6123cb919061492c565b6123d59190614a98565b6123e090600161444c565b6109e4565b505f92915050565b845160208601515f91908290612403908361444c565b9050808a60c001511015612418575060c08901515b818111612429578392505050612510565b5f61243d8787878e60c0015187878e61337a565b945090508584111561246c576040516393b2cee560e01b81526004810187905260248101859052604401610145565b6020808c01515f9081526012909152604090205481146124af5760208b0151604051630d7d552b60e21b8152610145918c91600401918252602082015260400190565b6124e18960405180606001604052808e6060015181526020018e6080015181526020018e60a001518152508a85613436565b8b610100018181516124f3919061444c565b90525060e08b01511561250c5761250c8b8a858561364a565b5050505b979650505050505050565b604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b820483166101608601819052600160a81b8304909116610180860152600160b01b82049092166101a085015293909304166101c082015284515f926001600160801b0390911690839061262a9083906137ba565b600554909150600160801b90046001600160401b03165f81156126715760165f612655600185614c9f565b6001600160401b031681526020019081526020015f2054612674565b5f195b90505f805b8b60200151811015612808578b60600151818151811061269b5761269b614a20565b60200260200101515f14806126ae575085155b15612740578b6040015181815181106126c9576126c9614a20565b60200260200101515f1461273b578b516126e490829061444c565b8c6040015182815181106126fa576126fa614a20565b60209081029190910101516040516333c106c560e01b8152600481019290925260248201525f6044820181905260648201526084810186905260a401610145565b612800565b5f8661274e8e848a8a6137ca565b612758919061492c565b9050808b838151811061276d5761276d614a20565b6020908102919091010152612782818461444c565b92505f5f871180156127b15750868e60a0015184815181106127a6576127a6614a20565b602002602001015110155b90506127f1838f5f01516127c5919061444c565b8c85815181106127d7576127d7614a20565b602002602001015184848d610180015160ff168b8b613893565b6127fb908b61444c565b995050505b600101612679565b50612812816139c7565b8a602001818151612823919061445f565b6001600160401b03169052506128388b6139fc565b505050505050949350505050565b5f5f5f6128538686613b0d565b91509150815f036128775783818161286d5761286d614918565b0492505050612240565b81841161288e5761288e6003851502601118613b29565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f80805b865181101561295e5786818151811061291557612915614a20565b6020026020010151610100015187828151811061293457612934614a20565b60200260200101516060015161294a91906149f1565b612954908361444c565b91506001016128fa565b50805f0361296f575f915050612ba5565b5f5b8651811015612ba2575f87828151811061298d5761298d614a20565b602002602001015190505f81610100015182606001516129ad91906149f1565b90505f6129bb888387612846565b90505f6129c9888488612846565b90505f6129eb855f015186604001518d60016129e5919061445f565b85613b3a565b90506129f78183614a98565b612a01908461444c565b9250612a0d818461444c565b612a17908961444c565b602080870180515f908152600a8352604090819020815160e081018352905463ffffffff808216835261ffff6401000000008304169583019590955260ff660100000000000082048116151593830193909352600160381b810490921660608201526001600160601b03600160401b830416608082018190526001600160401b03600160a01b84041660a0830152600160e01b90920490931660c08401529051929a509091612ad091612acb90879061444c565b613dc4565b6001600160601b03166080820152610100860151670de0b6b3a764000090612afa9061ffff6149f1565b612b04919061492c565b61ffff16602080830191909152860151612b1e9082613dfb565b855f01516001600160a01b03168c6001600160401b03167f34fab1755407cee16aec7990ed44237d141cbdb5df37961be06512b01a9df51388606001518961010001518887604051612b89949392919093845260208401929092526040830152606082015260800190565b60405180910390a3505050505050806001019050612971565b50505b949350505050565b80515f90808203612bc057505f92915050565b5f816001600160401b03811115612bd957612bd96147a6565b604051908082528060200260200182016040528015612c02578160200160208202803683370190505b5090505f826001600160401b03811115612c1e57612c1e6147a6565b604051908082528060200260200182016040528015612c47578160200160208202803683370190505b5090505f5b83811015612ce757858181518110612c6657612c66614a20565b60200260200101515f0151838281518110612c8357612c83614a20565b60200260200101906001600160a01b031690816001600160a01b031681525050858181518110612cb557612cb5614a20565b60200260200101516101000151828281518110612cd457612cd4614a20565b6020908102919091010152600101612c4c565b50600354604051636aabe8f360e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691636aabe8f391612d479186918691600160e01b900463ffffffff1690600401614cbe565b5f604051808303815f87803b158015612d5e575f5ffd5b505af1158015612d70573d5f5f3e3d5ffd5b5050604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b82048316610160860152600160a81b820416610180850152600160b01b81049091166101a08401819052939004166101c082015292505f915061271090612e7d90670de0b6b3a7640000906149f1565b612e87919061492c565b90505f5b85811015613008575f600a5f8a8481518110612ea957612ea9614a20565b60200260200101516020015181526020019081526020015f2090505f837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166385bf82d6898681518110612f0757612f07614a20565b60200260200101516040518263ffffffff1660e01b8152600401612f3a91906001600160a01b0391909116815260200190565b602060405180830381865afa158015612f55573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612f7991906149da565b10612f84575f612f9b565b8154612f9b90600160381b900460ff166001614d2c565b905084610180015160ff168160ff1610612fe357612fd3878481518110612fc457612fc4614a20565b60200260200101516002612036565b612fdd908a61444c565b98505f90505b815460ff909116600160381b0267ff0000000000000019909116179055600101612e8b565b505050505050919050565b6130208383836001613e08565b61304857604051635274afe760e01b81526001600160a01b0384166004820152602401610145565b505050565b6001600160a01b0381165f908152600b60209081526040808320815160808101835290546001600160601b038116825261ffff600160601b8204169382019390935260ff600160701b84048116158015938301849052600160781b9094041615156060820152918391906130c2575081606001515b6130cc575f6130cf565b81515b6001600160a01b0385165f908152600d60205260409020546001600160601b03919091169150612ba5906001600160801b03168261444c565b6131466040518060e001604052805f81526020015f815260200160608152602001606081526020016060815260200160608152602001606081525090565b82815260208101829052816001600160401b03811115613168576131686147a6565b604051908082528060200260200182016040528015613191578160200160208202803683370190505b506040820152816001600160401b038111156131af576131af6147a6565b6040519080825280602002602001820160405280156131d8578160200160208202803683370190505b5060608201526131e98260036149f1565b6131f490600361444c565b6001600160401b0381111561320b5761320b6147a6565b604051908082528060200260200182016040528015613234578160200160208202803683370190505b506080820152816001600160401b03811115613252576132526147a6565b60405190808252806020026020018201604052801561327b578160200160208202803683370190505b5060a082015261328b8383612397565b6132969060026149f1565b6001600160401b038111156132ad576132ad6147a6565b6040519080825280602002602001820160405280156132d6578160200160208202803683370190505b5060c082015292915050565b80516020820151602060408401510160206060850151016020608086015101602060c0870151016010860695505f5b8581101561337057600581901b85810151606083028501528401518015613367578188018060041c60061b840161ffff600f831660041b60f0031b81511781526020810151831115613364578260208201525b50505b50600101613311565b5050505050505050565b5f5f83861015613388578593505b608080860490607f86810182900491908901045f6101008085029060028c02908502106133b8578a6002026133be565b61010084025b0390508c8b016133d18186868686613e6a565b965083830360200282866020028e01010195505f60108b816133f5576133f5614918565b04905061010086026020808802840190830201035f8260105f198e0104036001016020029050808260208d0137505050505050505097509795505050505050565b5f84515f52602060608601510160205260105f51065f5103604085015160208501805f83115f518711161561347d57600160105f510460106001890304030160051b820190505b602060c08a0151016060855f510302602060808c0151010389515b83851015613533578251866020850151106134bb576134b887898361353f565b90505b896010890111156134d2575f19888b0360041b1c19165b808651169050825f518910156134f857885f5103828160041b1b92506060810285019150505b81156135135761350e60208e0151848385613589565b8a0199505b505060208501945060408301925060108701965061060082019150613498565b50505050505050612ba5565b5f5f5b60108110156135815761ffff8160041b60f0031b8084161561357857855f518387010360051b6020510151101561357857918217915b50600101613542565b509392505050565b5f8360801b5b82156136415785670de0b6b3a76400008460f01c020484518082105f81146135c657604087018051898502019052938201936135db565b6020870180518385118a028601019052938101935b5087670de0b6b3a764000061ffff8760e01c1602049150606086015190508082105f81146136185760a0870180518985020190529382019361362d565b6080870180518385118a028601019052938101935b5050508260201b925060c08401935061358f565b50949350505050565b5f6136576101008461493f565b6136619084614a98565b90505b818110156137b3575f60138161367c6101008561492c565b602089015161368c9060046149f1565b613696919061444c565b81526020019081526020015f20549050805f036136b357506137a0565b5f8483106136c157826136c3565b845b90505f846136d38561010061444c565b116136e9576136e48461010061444c565b6136eb565b845b9050815b8181101561379b576137036101008261493f565b84901c600116156137935760608801515f9061371f8984614a98565b8151811061372f5761372f614a20565b60200260200101519050805f148061374b57508960a001518110155b156137565750613793565b60608a015160a08a015161376a8a85614a98565b8151811061377a5761377a614a20565b6020026020010181815161378e919061444c565b905250505b6001016136ef565b505050505b6137ac6101008261444c565b9050613664565b5050505050565b5f6109e483836127106001613ee1565b5f5f5f5f5f613809898960809182015160609182020160208101516040820151919092015191939281901c926001600160801b03909116918385020190565b9350935093509350835f0361381c578692505b8583108061382a5750858210155b8061383c5750670de0b6b3a764000084115b1561388757885161384e90899061444c565b6040516333c106c560e01b815260048101919091526024810185905260448101849052606481018390526084810187905260a401610145565b98975050505050505050565b5f5f6138c160a089901c6001600160401b031660e08a901c63ffffffff16866001600160401b031686613f2c565b6138d8906001600160601b0360408b901c1661444c565b90506138e48982613dc4565b90505f866138f2575f613904565b61390460ff60388b901c16600161444c565b9050858110613935575f8a81526009602052604090205461392f906001600160a01b03166001612036565b92505f90505b6139ba8a6139a98b670de0b6b3a76400006139528d61ffff6149f1565b61395c919061492c565b85878e6139718d6001600160401b0316613f99565b63ffffffff1666ff0000ffffffff8616602086901b17603885901b17604084901b1760a083901b1760e082901b179695505050505050565b5f918252600a602052604090912055565b5050979650505050505050565b5f6001600160401b03821115610a1b57604080516306dfcc6560e41b8152600481019190915260248101839052604401610145565b805160208201515f90613a0f908361444c565b60408401519091505f613a2360108561493f565b613a2d9085614a98565b90505b828110156137b3575f601581613a4760108561492c565b81526020019081526020015f205490505f858310613a655782613a67565b855b90505f85613a7685601061444c565b10613a815785613a8c565b613a8c84601061444c565b9050815b81811015613ad65784810360041b60f003670de0b6b3a764000061ffff60018b85030160051b890151020480821b61ffff831b1987161795505050600181019050613a90565b508260155f613ae660108861492c565b815260208101919091526040015f205550613b069150601090508261444c565b9050613a30565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b0384165f818152600d602090815260408083208151808301835290546001600160801b038082168352600160801b91829004811683860152868652601d85528386208451808601865290548083168252929092046001600160401b031682860152958552600e9093529083205482519394919390911615801590613bdb5750856001600160401b031682602001516001600160401b031614155b15613c78576001600160a01b0388165f908152601e60209081526040808320858301516001600160401b031684529091528120549003613c5057613c2081600161444c565b6001600160a01b0389165f908152601e60209081526040808320868301516001600160401b031684529091529020555b6001600160a01b0388165f908152601d6020526040812080546001600160c01b031916905582525b5f866001600160401b031683602001516001600160401b031614613c9c575f613c9f565b82515b8460200151613cae9190614d45565b6001600160801b031690508015801590613cc757508715155b15613d4d575f613cf182865f01516001600160801b031687602001516001600160801b0316612846565b905088811115613cfe5750875b613d0987828b612846565b9550613d25866ec097ce7bc90715b34b9f100000000084612846565b613d2f908461444c565b6001600160a01b038b165f908152600e602052604090208190559250505b82516001600160801b031615801590613d7b5750866001600160401b031683602001516001600160401b0316145b15613db857613d8b82600161444c565b6001600160a01b038a165f908152601e602090815260408083206001600160401b038c1684529091529020555b50505050949350505050565b5f6001600160601b038211613dda5750806109e7565b5f838152600960205260409020546123e5906001600160a01b031683613fc9565b610bd2826139a983613ff9565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613e5e578383151615613e52573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f60405161010081018660051b88018760051b89833786860360051b8582018860051b840137875b87811015613ecc5761010089820302808703610100811115613eb357506101005b8082850187378520600583901b85015250600101613e92565b50508460051b81209250505095945050505050565b5f613f0e613eee83614073565b8015613f0957505f8480613f0457613f04614918565b868809115b151590565b613f19868686612846565b613f23919061444c565b95945050505050565b5f841580613f3a5750828410155b15613f4657505f612ba5565b5f83613f5386600161444c565b148015613f6157505f198314155b613f78575f85815260166020526040902054613f7a565b825b9050613f8f8682670de0b6b3a7640000612846565b9695505050505050565b5f63ffffffff821115610a1b576040516306dfcc6560e41b81526020600482015260248101839052604401610145565b6001600160a01b0382165f9081526011602052604081208054839290613ff090849061444c565b90915550505050565b5f60e08260c0015163ffffffff16901b60a08360a001516001600160401b0316901b604084608001516001600160601b0316901b6038856060015160ff16901b6030866040015161404a575f61404d565b60015b901b6020876020015161ffff16901b875f015163ffffffff161717171717179050919050565b5f600282600381111561408857614088614c61565b6140929190614d64565b60ff166001149050919050565b6040518061012001604052805f6001600160a01b031681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f81525090565b5f6101e082840312156140fe575f5ffd5b50919050565b5f6101e08284031215614115575f5ffd5b6109e483836140ed565b6001600160a01b0381168114614133575f5ffd5b50565b5f5f5f6102208486031215614149575f5ffd5b83359250602084013561415b8161411f565b915061416a85604086016140ed565b90509250925092565b5f5f83601f840112614183575f5ffd5b5081356001600160401b03811115614199575f5ffd5b6020830191508360208285010111156141b0575f5ffd5b9250929050565b5f5f5f5f604085870312156141ca575f5ffd5b84356001600160401b038111156141df575f5ffd5b6141eb87828801614173565b90955093505060208501356001600160401b03811115614209575f5ffd5b61421587828801614173565b95989497509550505050565b6001600160601b0381168114614133575f5ffd5b803561424081614221565b919050565b63ffffffff81168114614133575f5ffd5b803561424081614245565b61ffff81168114614133575f5ffd5b803561424081614261565b8015158114614133575f5ffd5b80356142408161427b565b60ff81168114614133575f5ffd5b803561424081614293565b6142c6826142b983614235565b6001600160601b03169052565b6142d260208201614235565b6001600160601b031660208301526142ec60408201614256565b63ffffffff16604083015261430360608201614256565b63ffffffff16606083015261431a60808201614256565b63ffffffff16608083015261433160a08201614256565b63ffffffff1660a083015261434860c08201614256565b63ffffffff1660c083015261435f60e08201614270565b61ffff1660e08301526143756101008201614270565b61ffff1661010083015261438c6101208201614270565b61ffff166101208301526143a36101408201614288565b15156101408301526143b86101608201614270565b61ffff166101608301526143cf61018082016142a1565b60ff166101808301526143e56101a08201614270565b61ffff166101a08301526143fc6101c08201614256565b63ffffffff81166101c0840152505050565b6101e081016109e782846142ac565b5f6020828403121561442d575f5ffd5b815161224081614245565b634e487b7160e01b5f52601160045260245ffd5b808201808211156109e7576109e7614438565b6001600160401b0381811683821601908111156109e7576109e7614438565b5f81356109e781614221565b5f81356109e781614245565b5f81356109e781614261565b5f81356109e78161427b565b5f81356109e781614293565b6144e86144c68361447e565b82546bffffffffffffffffffffffff19166001600160601b0391909116178255565b61452b6144f76020840161447e565b8280546bffffffffffffffffffffffff60601b191660609290921b6bffffffffffffffffffffffff60601b16919091179055565b61455e61453a6040840161448a565b82805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055565b61459161456d6060840161448a565b8280546001600160e01b031660e09290921b6001600160e01b031916919091179055565b600181016145bb6145a46080850161448a565b825463ffffffff191663ffffffff91909116178255565b6145ec6145ca60a0850161448a565b825467ffffffff00000000191660209190911b67ffffffff0000000016178255565b6146256145fb60c0850161448a565b82546bffffffff0000000000000000191660409190911b6bffffffff000000000000000016178255565b61465461463460e08501614496565b82805461ffff60601b191660609290921b61ffff60601b16919091179055565b6146846146646101008501614496565b82805461ffff60701b191660709290921b61ffff60701b16919091179055565b6146b46146946101208501614496565b82805461ffff60801b191660809290921b61ffff60801b16919091179055565b6146e26146c461014085016144a2565b82805460ff60901b191691151560901b60ff60901b16919091179055565b6147126146f26101608501614496565b82805461ffff60981b191660989290921b61ffff60981b16919091179055565b61474061472261018085016144ae565b82805460ff60a81b191660a89290921b60ff60a81b16919091179055565b6147706147506101a08501614496565b82805461ffff60b01b191660b09290921b61ffff60b01b16919091179055565b61304861453a6101c0850161448a565b610200810161478f82856142ac565b6001600160401b0383166101e08301529392505050565b634e487b7160e01b5f52604160045260245ffd5b6040516101e081016001600160401b03811182821017156147e957634e487b7160e01b5f52604160045260245ffd5b60405290565b5f6101e0828403128015614801575f5ffd5b5061480a6147ba565b61481383614235565b815261482160208401614235565b602082015261483260408401614256565b604082015261484360608401614256565b606082015261485460808401614256565b608082015261486560a08401614256565b60a082015261487660c08401614256565b60c082015261488760e08401614270565b60e08201526148996101008401614270565b6101008201526148ac6101208401614270565b6101208201526148bf6101408401614288565b6101408201526148d26101608401614270565b6101608201526148e561018084016142a1565b6101808201526148f86101a08401614270565b6101a082015261490b6101c08401614256565b6101c08201529392505050565b634e487b7160e01b5f52601260045260245ffd5b5f8261493a5761493a614918565b500490565b5f8261494d5761494d614918565b500690565b5f60208284031215614962575f5ffd5b813561224081614221565b5f6020828403121561497d575f5ffd5b813561224081614261565b5f60208284031215614998575f5ffd5b813561224081614245565b5f602082840312156149b3575f5ffd5b813561224081614293565b63ffffffff82811682821603908111156109e7576109e7614438565b5f602082840312156149ea575f5ffd5b5051919050565b80820281158282048414176109e7576109e7614438565b5f60018201614a1957614a19614438565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b5f8151808452602084019350602083015f5b82811015614a64578151865260209586019590910190600101614a46565b5093949350505050565b838152606060208201525f614a866060830185614a34565b8281036040840152613f8f8185614a34565b818103818111156109e7576109e7614438565b81516001600160601b031681526101e081016020830151614ad760208401826001600160601b03169052565b506040830151614aef604084018263ffffffff169052565b506060830151614b07606084018263ffffffff169052565b506080830151614b1f608084018263ffffffff169052565b5060a0830151614b3760a084018263ffffffff169052565b5060c0830151614b4f60c084018263ffffffff169052565b5060e0830151614b6560e084018261ffff169052565b50610100830151614b7d61010084018261ffff169052565b50610120830151614b9561012084018261ffff169052565b50610140830151614bab61014084018215159052565b50610160830151614bc361016084018261ffff169052565b50610180830151614bda61018084018260ff169052565b506101a0830151614bf26101a084018261ffff169052565b506101c08301516121a66101c084018263ffffffff169052565b5f60208284031215614c1c575f5ffd5b81516122408161427b565b5f60208284031215614c37575f5ffd5b81516122408161411f565b6001600160601b0382811682821603908111156109e7576109e7614438565b634e487b7160e01b5f52602160045260245ffd5b6040810160038410614c9557634e487b7160e01b5f52602160045260245ffd5b9281526020015290565b6001600160401b0382811682821603908111156109e7576109e7614438565b606080825284519082018190525f9060208601906080840190835b81811015614d005783516001600160a01b0316835260209384019390920191600101614cd9565b50508381036020850152614d148187614a34565b9250505063ffffffff83166040830152949350505050565b60ff81811683821601908111156109e7576109e7614438565b6001600160801b0382811682821603908111156109e7576109e7614438565b5f60ff831680614d7657614d76614918565b8060ff8416069150509291505056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\0IW_5`\xE0\x1C\x80b#\x1D%\x14a\0MW\x80c\n<4\x95\x14a\0bW\x80c{\x109\x99\x14a\0uW\x80c\xC4*\xF7\x10\x14a\0\xB1W[__\xFD[a\0`a\0[6`\x04aA\x04V[a\0\xD4V[\0[a\0`a\0p6`\x04aA6V[a\x05\x85V[`@Q`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\0\xC4a\0\xBF6`\x04aA\xB7V[a\x06\xD7V[`@Q\x90\x15\x15\x81R` \x01a\0\xA8V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x01\x1DW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x01NW`@Qc$Z\xEC\xD3`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x01yW`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@Qc\xC3c\x1E\xA9`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xC3c\x1E\xA9\x90a\x01\xC5\x90\x84\x90`\x04\x01aD\x0EV[_`@Q\x80\x83\x03\x81\x86\x80;\x15\x80\x15a\x01\xDBW__\xFD[PZ\xFA\x15\x80\x15a\x01\xEDW=__>=_\xFD[PPPP_`\x05_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cnGXa`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x02fW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x02\x8A\x91\x90aD\x1DV[c\xFF\xFF\xFF\xFF\x16\x90P`\x01`\x01`@\x1B\x03\x82\x16\x15\x80\x15\x90a\x02\xBBWPa\x02\xB8\x81`\x01`\x01`@\x1B\x03\x84\x16aDLV[B\x10[\x15a\x02\xF8Wa\x02\xD3\x81`\x01`\x01`@\x1B\x03\x84\x16aDLV[`@Qc-d\x08\xCB`\xE2\x1B\x81R`\x01`\x01`@\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x01EV[__`\x16\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x90P\x80`\x01`\x01`@\x1B\x03\x16\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xE0\xB1ed`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x03yW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x03\x9D\x91\x90aD\x1DV[a\x03\xAD\x90c\xFF\xFF\xFF\xFF\x16BaDLV[\x10a\x03\xD6W`@Qc\x7FMq\t`\xE1\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x01EV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01R_a\x04\xCF\x82\x87a\x08\xBDV[a\x04\xD9W_a\x04\xDFV[\x81`\xA0\x01Q[a\x04\xEF\x90c\xFF\xFF\xFF\xFF\x16BaD_V[\x90P\x85`\x1Fa\x04\xFE\x82\x82aD\xBAV[PP`!\x80T`\x01`@\x1B`\x01`\x01`@\x1B\x03\x84\x81\x16h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16\x92\x90\x92\x17\x17\x90\x91U`\x05\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16B\x90\x92\x16\x91\x90\x91\x17\x90U`@Q\x7F\xFE\xCE^\x87\xA4\\\xABk\xE8\xE0\xC7^k\xC7\xB0\t\x11\x83y\x9D.\xDA\x95\xF75T\x95\xC0\xCC\xFFc\xA8\x90a\x05u\x90\x88\x90\x84\x90aG\x80V[`@Q\x80\x91\x03\x90\xA1PPPPPPV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x05\xCEW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x15\x80a\x06\x13WP_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x15\x15[\x15a\x063W`@Qc1\x8D\x14\xA5`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01a\x01EV[_\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90Ua\x06V\x83a\t\xEDV[_\x80Ta\xFF\xFF\x92\x90\x92\x16`\x01`\xA0\x1B\x02a\xFF\xFF`\xA0\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90U\x80`\x03a\x06\x83\x82\x82aD\xBAV[Pa\x06\x9D\x90Pa\x06\x986\x83\x90\x03\x83\x01\x83aG\xEFV[a\n\x1FV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x84\x90\x7F\xA7\xA5\xB8\x0B\xCD;\xEFvRN\xC8\x05Y\xF1\xAD\x1924@\x89\xB3\x16\xA7\xBEa\x9E\xD29V\xB5\xADl\x90_\x90\xA3PPPV[_`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x07!W`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x07)a\n\xF1V[`\x05Ta\xFF\xFF`\x01`\xD0\x1B\x90\x91\x04\x16``a\x07c`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x91\x90\x91R\x90V[_\x80a\x07p`\x08\x8AaI,V[\x90P\x84_\x03a\x07\x8DWa\x07\x81a\x0B\xD6V[\x91\x95P\x93P\x91Pa\x07\xA5V[a\x07\x9Fa\x07\x9A\x82\x87aDLV[a\x0F\x87V[\x90\x94P\x92P[a\x07\xB0`\x08\x8AaI?V[\x15\x15\x80a\x07\xCDWP``\x83\x01Qa\xFF\xFF\x16a\x07\xCB\x82\x87aDLV[\x11[\x80a\x07\xE8WP\x80\x15\x80\x15a\x07\xE8WP\x82``\x01Qa\xFF\xFF\x16\x85\x10[\x15a\x08 W``\x83\x01Q`@Qca''G`\xE0\x1B\x81R`\x04\x81\x01\x8B\x90R`$\x81\x01\x87\x90Ra\xFF\xFF\x90\x91\x16`D\x82\x01R`d\x01a\x01EV[a\x08/\x84\x84\x87\x8D\x8D\x8D\x8Da\x11\xD6V[a\x089\x90\x83aDLV[``\x84\x01Q\x90\x92Pa\xFF\xFF\x16a\x08O\x82\x87aDLV[\x10\x15a\x08\x8CWa\x08a\x84\x84\x87\x15a\x13hV[a\x08k\x81\x86aDLV[`\x05`\x1Aa\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x08\xA7V[a\x08\x96\x84\x84a\x15\x96V[a\x08\xA0\x90\x83aDLV[\x91P`\x01\x95P[a\x08\xB0\x82a\x1D\xEEV[PPPPP\x94\x93PPPPV[\x81Q_\x90`\x01`\x01``\x1B\x03\x16a\x08\xD7` \x84\x01\x84aIRV[`\x01`\x01``\x1B\x03\x16\x11\x80a\t\x13WP\x82` \x01Q`\x01`\x01``\x1B\x03\x16\x82` \x01` \x81\x01\x90a\t\x08\x91\x90aIRV[`\x01`\x01``\x1B\x03\x16\x11[\x80a\t;WP\x82`\xE0\x01Qa\xFF\xFF\x16\x82`\xE0\x01` \x81\x01\x90a\t5\x91\x90aImV[a\xFF\xFF\x16\x11[\x80a\teWP\x82a\x01\xA0\x01Qa\xFF\xFF\x16\x82a\x01\xA0\x01` \x81\x01\x90a\t_\x91\x90aImV[a\xFF\xFF\x16\x11[\x80a\t\x91WP\x82`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x82`\xA0\x01` \x81\x01\x90a\t\x89\x91\x90aI\x88V[c\xFF\xFF\xFF\xFF\x16\x11[\x80a\t\xB9WP\x82a\x01\x80\x01Q`\xFF\x16\x82a\x01\x80\x01` \x81\x01\x90a\t\xB4\x91\x90aI\xA3V[`\xFF\x16\x10[\x80a\t\xE4WP\x82a\x01`\x01Qa\xFF\xFF\x16\x82a\x01`\x01` \x81\x01\x90a\t\xDD\x91\x90aImV[a\xFF\xFF\x16\x14\x15[\x90P[\x92\x91PPV[_a\xFF\xFF\x82\x11\x15a\n\x1BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x10`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[P\x90V[_\x81``\x01Qc\xFF\xFF\xFF\xFF\x16Ba\n6\x91\x90aDLV[_\x80Tc\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1Bc\xFF\xFF\xFF\xFF\x84\x16\x02\x17\x90Ua\x01@\x83\x01Q\x90\x91Pa\nfW\x80a\nuV[`\xC0\x82\x01Qa\nu\x90\x82aI\xBEV[_\x80Ta\x01@\x85\x01Qd\xFF\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x90\x91\x16`\x01`\xD0\x1Bc\xFF\xFF\xFF\xFF\x94\x90\x94\x16\x93\x90\x93\x02`\xFF`\xF0\x1B\x19\x16\x92\x90\x92\x17`\x01`\xF0\x1B\x83\x15\x15\x02\x17\x90Ua\n\xBEWBa\n\xCDV[`\xC0\x82\x01Qa\n\xCD\x90\x82aI\xBEV[`\x05`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPPPV[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x0B\x1CW`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16B\x81\x11\x15a\x0B]W`@Qc\xD2\"\xB9\x89`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R_`$\x82\x01R`D\x01a\x01EV[`\x04T_\x90a\x0By\x90`\x01`\xC0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x83aDLV[\x90Pa\x0B\x83a\x1F\xE9V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\x0B\xA3WP\x80B\x10[\x15a\x0B\xD2W`@Qc-\xBCG\x01`\xE0\x1B\x81R3`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x82\x16`$\x82\x01R`D\x01a\x01EV[PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92R`\x05T_\x90`\x01`\xC0\x1B\x90\x04a\xFF\xFF\x16\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\x0C\"Wa\x0C\"aG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0C[W\x81` \x01[a\x0CHa@\x9FV[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x0C@W\x90P[P\x93P___[\x83\x81\x10\x15a\x0F4W_a\x0C\x9C`\x14\x82a\x0C|`\x10\x86aI,V[\x81R` \x01\x90\x81R` \x01_ T`\x10\x84a\x0C\x97\x91\x90aI?V[a \x15V[a\xFF\xFF\x16_\x81\x81R`\x12` R`@\x90 `\x01\x81\x01T\x91\x92P\x90`\x01`\xE0\x1B\x90\x04`\xFF\x16a\x0C\xEFW`\x01\x81\x01Ta\x0C\xDC\x90`\x01`\x01`\xA0\x1B\x03\x16_a 6V[a\x0C\xE6\x90\x88aDLV[\x96PPPa\x0F,V[`\x01\x81\x01T`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x0B` \x90\x81R`@\x91\x82\x90 \x82Q`\x80\x81\x01\x84R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x92\x82\x01\x92\x90\x92R`\xFF`\x01`p\x1B\x83\x04\x81\x16\x15\x80\x15\x94\x83\x01\x94\x90\x94R`\x01`x\x1B\x90\x92\x04\x90\x91\x16\x15\x15``\x82\x01R\x90\x80a\rkWP\x80``\x01Q\x15[\x80a\r~WP\x82\x81` \x01Qa\xFF\xFF\x16\x14\x15[\x80a\r\x91WP`\x02\x82\x01Tc\xFF\xFF\xFF\xFF\x16\x15[\x15a\r\x9EWPPPa\x0F,V[`\x01\x82\x01T_\x90a\r\xB7\x90`\x01`\x01`\xA0\x1B\x03\x16a!\xADV[`\x01\x84\x01T`@QcB\xDF\xC1k`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x04\x82\x01R\x91\x92P_\x91g\r\xE0\xB6\xB3\xA7d\0\0\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\x85\xBF\x82\xD6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0E/W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0ES\x91\x90aI\xDAV[a\x0E]\x90\x84aI\xF1V[a\x0Eg\x91\x90aI,V[\x90P\x80_\x03a\x0EzWPPPPPa\x0F,V[`@\x80Qa\x01 \x81\x01\x82R`\x01\x86\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x82R` \x82\x01\x88\x90R\x91\x81\x01\x84\x90R``\x81\x01\x83\x90R`\x02\x86\x01Tc\xFF\xFF\xFF\xFF\x90\x81\x16`\x80\x83\x01R`\x01`\xA0\x1B\x83\x04\x16`\xA0\x82\x01R`\x01`\xF0\x1B\x82\x04a\xFF\xFF\x16`\xC0\x82\x01R`\x01`\xE8\x1B\x90\x91\x04`\xFF\x16\x15\x15`\xE0\x82\x01R_a\x01\0\x82\x01R\x8C\x89a\x0E\xFD\x81aJ\x08V[\x9AP\x81Q\x81\x10a\x0F\x0FWa\x0F\x0FaJ V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra\x0F$\x81\x88aDLV[\x96PPPPPP[`\x01\x01a\x0CbV[P\x81\x86R`@Q\x80`\x80\x01`@R\x80a\x0FL\x83a\"GV[`\x01`\x01`\x80\x1B\x03\x16\x81R_` \x82\x01Ra\xFF\xFF\x93\x84\x16`@\x82\x01R`\x05T`\x01``\x1B\x90\x04\x90\x93\x16``\x90\x93\x01\x92\x90\x92RP\x93\x94\x91\x92PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92RP`@\x80Q`\x80\x81\x01\x82R`\x1AT`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16` \x84\x01Ra\xFF\xFF`\x01`\xC0\x1B\x83\x04\x81\x16\x94\x84\x01\x85\x90R`\x01`\xD0\x1B\x90\x92\x04\x90\x91\x16``\x83\x01\x81\x90R\x91\x92\x91\x85\x10\x15\x91\x90\x81\x11\x15a\x10\x16Wa\x10\x16aG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x10OW\x81` \x01[a\x10<a@\x9FV[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x104W\x90P[P\x92P_[\x83Q\x81\x10\x15a\x11\xCFW_\x81\x81R`\x17` \x90\x81R`@\x80\x83 \x81Q`\xA0\x81\x01\x83R\x90T`\x01`\x01`\xA0\x1B\x03\x80\x82\x16\x83Ra\xFF\xFF`\x01`\xA0\x1B\x83\x04\x81\x16\x84\x87\x01\x90\x81Rc\xFF\xFF\xFF\xFF`\x01`\xB0\x1B\x85\x04\x81\x16\x86\x88\x01R`\x01`\xD0\x1B\x85\x04\x16``\x80\x87\x01\x91\x90\x91R`\x01`\xF0\x1B\x90\x94\x04\x82\x16`\x80\x86\x01R\x88\x88R`\x18\x87R\x96\x85\x90 \x85Q\x93\x84\x01\x86RT`\x01`\x01`\x80\x1B\x03\x81\x16\x84R`\x01`\x01`x\x1B\x03`\x01`\x80\x1B\x82\x04\x16\x84\x88\x01R`\xFF`\x01`\xF8\x1B\x90\x91\x04\x16\x15\x15\x83\x86\x01R\x84Qa\x01 \x81\x01\x86R\x84Q\x90\x92\x16\x82R\x95Q\x90\x95\x16\x93\x85\x01\x93\x90\x93R\x92\x90\x81\x01\x85a\x117W_a\x11FV[_\x85\x81R`\x19` R`@\x90 T[\x81R` \x01\x82_\x01Q`\x01`\x01`\x80\x1B\x03\x16\x81R` \x01\x83``\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`@\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`\x80\x01Qa\xFF\xFF\x16\x81R` \x01\x82`@\x01Q\x15\x15\x81R` \x01\x82` \x01Q`\x01`\x01`x\x1B\x03\x16\x81RP\x86\x84\x81Q\x81\x10a\x11\xBAWa\x11\xBAaJ V[` \x90\x81\x02\x91\x90\x91\x01\x01RPP`\x01\x01a\x10TV[PP\x91P\x91V[___a\x11\xE4\x88\x88\x88a\"zV[\x91P\x91P_a\x11\xF7\x89\x84` \x01Qa#\x97V[`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\x0EWa\x12\x0EaG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x127W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x80[\x8CQ\x81\x10\x15a\x12xWa\x12n\x8D\x82\x81Q\x81\x10a\x12[Wa\x12[aJ V[` \x02` \x01\x01Q\x82\x87\x86\x8C\x8C\x88a#\xEDV[\x91P`\x01\x01a\x12=V[P\x80\x86\x14a\x12\xA3W`@Qc\x93\xB2\xCE\xE5`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x82\x90R`D\x01a\x01EV[_\x84` \x01Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\xC0Wa\x12\xC0aG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x12\xE9W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90Pa\x12\xF8\x85\x8D\x83\x87a%\x1BV[\x95P`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16`\x01`\x01`@\x1B\x03\x16\x7F\x0E\x1C\xFBb\xA5\xDAn\\\xDF~#\xBBgH\xDB\\\x19H\x9E\x80\n5\xE88\xDE\x1A\xBBVQ\xD4d\x95\x8C\x87`@\x01Q\x84`@Qa\x13P\x93\x92\x91\x90aJnV[`@Q\x80\x91\x03\x90\xA2PPPPP\x97\x96PPPPPPPV[_[\x83Q\x81\x10\x15a\x15\x1CW_\x84\x82\x81Q\x81\x10a\x13\x86Wa\x13\x86aJ V[` \x02` \x01\x01Q\x90P\x82\x15a\x14\x83W`@\x80Q`\xA0\x80\x82\x01\x83R\x83Q`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x83R` \x80\x86\x01Qa\xFF\xFF\x90\x81\x16\x82\x86\x01\x90\x81R\x93\x87\x01Qc\xFF\xFF\xFF\xFF\x90\x81\x16\x86\x88\x01\x90\x81R`\x80\x80\x8A\x01Q\x83\x16``\x89\x01\x90\x81R`\xC0\x8B\x01Q\x85\x16\x91\x89\x01\x91\x82R_\x8C\x81R`\x17\x87R\x8A\x81 \x99Q\x8AT\x99Q\x94Q\x92Q\x93Q\x87\x16`\x01`\xF0\x1B\x02`\x01`\x01`\xF0\x1B\x03\x94\x87\x16`\x01`\xD0\x1B\x02c\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x94\x90\x97\x16`\x01`\xB0\x1B\x02\x93\x90\x93\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x95\x90\x97\x16`\x01`\xA0\x1B\x02`\x01`\x01`\xB0\x1B\x03\x19\x90\x9A\x16\x98\x16\x97\x90\x97\x17\x97\x90\x97\x17\x91\x90\x91\x16\x92\x90\x92\x17\x17\x16\x92\x90\x92\x17\x90\x92U\x83\x83\x01Q`\x19\x90\x91R\x91\x90 U[`@\x80Q``\x80\x82\x01\x83R\x83\x01Q`\x01`\x01`\x80\x1B\x03\x90\x81\x16\x82Ra\x01\0\x84\x01Q`\x01`\x01`x\x1B\x03\x90\x81\x16` \x80\x85\x01\x91\x82R`\xE0\x90\x96\x01Q\x15\x15\x84\x86\x01\x90\x81R_\x88\x81R`\x18\x90\x97R\x94\x90\x95 \x92Q\x83T\x95Q\x94Q\x15\x15`\x01`\xF8\x1B\x02`\x01`\x01`\xF8\x1B\x03\x95\x90\x92\x16`\x01`\x80\x1B\x02`\x01`\x01`\xF8\x1B\x03\x19\x90\x96\x16\x92\x16\x91\x90\x91\x17\x93\x90\x93\x17\x91\x90\x91\x16\x91\x90\x91\x17\x90U`\x01\x01a\x13jV[PP\x80Q`\x1A\x80T` \x84\x01Q`@\x85\x01Q``\x90\x95\x01Q`\x01`\x01`\x80\x1B\x03\x90\x94\x16`\x01`\x01`\xC0\x1B\x03\x19\x90\x92\x16\x91\x90\x91\x17`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x90\x92\x16\x91\x90\x91\x02\x17c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\x01`\xC0\x1Ba\xFF\xFF\x94\x85\x16\x02a\xFF\xFF`\xD0\x1B\x19\x16\x17`\x01`\xD0\x1B\x93\x90\x92\x16\x92\x90\x92\x02\x17\x90UPV[__`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c2\x9E\xB89`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x16\x0EW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x162\x91\x90aI\xDAV[\x90P_`\x07T\x82a\x16C\x91\x90aDLV[\x90P_a'\x10a\x16Ua\x07\x08\x84aI\xF1V[a\x16_\x91\x90aI,V[\x90P_a'\x10a\x16qa\x10\x04\x85aI\xF1V[a\x16{\x91\x90aI,V[\x90P_\x81a\x16\x89\x84\x86aJ\x98V[a\x16\x93\x91\x90aJ\x98V[` \x89\x01Q\x90\x91P_\x90\x81\x90`\x01`\x01`@\x1B\x03\x16\x15a\x17\x12Wa\x16\xCD\x85g\r\xE0\xB6\xB3\xA7d\0\0\x8C` \x01Q`\x01`\x01`@\x1B\x03\x16a(FV[`\x01`\x01`@\x1B\x03\x80\x8A\x16_\x90\x81R`\x16` \x90\x81R`@\x90\x91 \x83\x90U\x8C\x01Q\x91\x92Pa\x17\x05\x91\x16\x82g\r\xE0\xB6\xB3\xA7d\0\0a(FV[a\x17\x0F\x90\x83aDLV[\x91P[a\x17\x1E\x8B\x89\x86\x86a(\xF6V[a\x17(\x90\x83aDLV[\x91Pa\x173\x8Ba+\xADV[\x98P\x81`\x06_\x82\x82Ta\x17F\x91\x90aDLV[\x90\x91UP_\x90Pa\x17W\x83\x88aJ\x98V[`\x07\x81\x90U`@\x80Q\x8A\x81R` \x81\x01\x8A\x90R\x90\x81\x01\x88\x90R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x84\x90R\x90\x91P`\x01`\x01`@\x1B\x03\x8A\x16\x90\x7F>\xD1k\x93\xD7\x04\xB8\x87{\x03\x83~\xFF\x0Fd\x18\x06X\"[\xCC\xA5\xF7/\xE5~\xAFUG}]x\x90`\xE0\x01`@Q\x80\x91\x03\x90\xA2a\x17\xD2\x89`\x01aD_V[`\x05\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x16`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x93\x90\x93\x16\x92\x90\x92\x02c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16\x91\x90\x91\x17\x90U`!T`\x01`@\x1B\x90\x04`\xFF\x16\x80\x15a\x181WP`!T`\x01`\x01`@\x1B\x03\x16B\x10\x15[\x15a\x1C\xE8W_`\x1F`@Q\x80a\x01\xE0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x04\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x08\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x12\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81R` \x01`\x01\x82\x01`\x13\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16`\xFF\x16\x81R` \x01`\x01\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81RPP\x90P\x80`\x03_\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x0Ca\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\x80\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01`\x04a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x08a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x01\x01`\x0Ca\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x01\x01`\x0Ea\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01@\x82\x01Q\x81`\x01\x01`\x12a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UPa\x01`\x82\x01Q\x81`\x01\x01`\x13a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\x80\x82\x01Q\x81`\x01\x01`\x15a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UPa\x01\xA0\x82\x01Q\x81`\x01\x01`\x16a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\xC0\x82\x01Q\x81`\x01\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x90PP_`!`\x08a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP\x7Fm\x06a\xBE!{W\x17\xE7/\x7F\x9D\xAE~\xD6(\xD5c\x7Ff\xC9wW\xA1\xA0\xF8\xD5\xBCZh\xE6R\x81`@Qa\x1C\xDE\x91\x90aJ\xABV[`@Q\x80\x91\x03\x90\xA1P[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01Ra\x1D\xDF\x90a\n\x1FV[PPPPPPPPP\x92\x91PPV[\x80_\x03a\x1D\xF8WPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cc\xB0\xC4(`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1EUW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1Ey\x91\x90aL\x0CV[`@\x80Q\x84\x81R\x82\x15\x15` \x82\x01R\x91\x92P\x7F\xC3\x0B\xA58}\x08N!H\xB2\xA9\x13W\xA8\x87\xE7\xB0IcWQL\xFE3\xD9\xFF03\xF6v\xAC\xE5\x91\x01`@Q\x80\x91\x03\x90\xA1\x80\x15a\x1F5W`@Qc\x08R\xCD\x8D`\xE3\x1B\x81R`\x04\x81\x01\x83\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90cB\x96lh\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x1F\x1BW__\xFD[PZ\xF1\x15\x80\x15a\x1F-W=__>=_\xFD[PPPPPPV[a\x0B\xD2\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16ca\xD0'\xB3`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1F\x94W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1F\xB8\x91\x90aL'V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x84a0\x13V[`\x02T_\x90`\x01`\x01`\xA0\x1B\x03\x16\x80\x15a \x03W\x80a \x0FV[_T`\x01`\x01`\xA0\x1B\x03\x16[\x91PP\x90V[_a !\x82`\x10aI\xF1V[a ,\x90`\xF0aJ\x98V[\x92\x90\x92\x1C\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x0B` R`@\x81 \x80T`\x01`p\x1B\x90\x04`\xFF\x16a fW_\x91PPa\t\xE7V[`\x04T\x81Ta'\x10\x91a \x8E\x91`\x01``\x1B\x90\x91\x04a\xFF\xFF\x16\x90`\x01`\x01``\x1B\x03\x16aI\xF1V[a \x98\x91\x90aI,V[\x81T\x90\x92P\x82\x90\x82\x90_\x90a \xB7\x90\x84\x90`\x01`\x01``\x1B\x03\x16aLBV[\x92Pa\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP\x83`\x01`\x01`\xA0\x1B\x03\x16\x7F`z\xDB\xA6l\xFF\x84\xB6'\xE3S}\x1C\x17\xD0\x88\xA9\x85V\xBC\xCD\x056\xA2\xF3Y\x0CV2\x90#\xD9\x84\x84`@Qa!\x16\x92\x91\x90aLuV[`@Q\x80\x91\x03\x90\xA2\x80T`\x01`x\x1B\x90\x04`\xFF\x16\x15a!\xA6W`@Qc\x14\xC2U\x93`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cS\tVL\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a!\x8FW__\xFD[PZ\xF1\x15\x80\x15a!\xA1W=__>=_\xFD[PPPP[P\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x1C` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x90\x92RT`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x93\x83\x01\x93\x90\x93R`\x05T\x91\x92a\"\x0B\x92\x91\x90\x91\x04\x16`\x01aD_V[`\x01`\x01`@\x1B\x03\x16\x81` \x01Q`\x01`\x01`@\x1B\x03\x16\x03a\"7WQ`\x01`\x01`\x80\x1B\x03\x16\x92\x91PPV[a\"@\x83a0MV[\x93\x92PPPV[_`\x01`\x01`\x80\x1B\x03\x82\x11\x15a\n\x1BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x80`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[a\"\xB8`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81RP\x90V[``_a\"\xC6`\x08\x85aI,V[\x90Pa\"\xD2\x86\x82a1\x08V[\x92P\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\"\xECWa\"\xECaG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a#\x15W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`@\x84\x01Q``\x85\x01Q`\n` R\x91\x93P\x90_[\x83\x81\x10\x15a#\x82W\x80`\x03\x1B\x88\x015`\xC0\x1C\x81`\x05\x1B` \x85\x01\x01R\x80\x89\x01_R`@_ T\x80\x82`\x05\x1B` \x88\x01\x01R`\xFF\x81`0\x1C\x16a#yWc\xFF\xFF\xFF\xFF\x81\x16\x82`\x05\x1B` \x85\x01\x01R[P`\x01\x01a#+V[Pa#\x8C\x85a2\xE2V[PPP\x93P\x93\x91PPV[_\x81\x15a#\xE5Wa#\xA9`\x10\x84aI,V[`\x10`\x01a#\xB7\x85\x87aDLV[a#\xC1\x91\x90aJ\x98V[a#\xCB\x91\x90aI,V[a#\xD5\x91\x90aJ\x98V[a#\xE0\x90`\x01aDLV[a\t\xE4V[P_\x92\x91PPV[\x84Q` \x86\x01Q_\x91\x90\x82\x90a$\x03\x90\x83aDLV[\x90P\x80\x8A`\xC0\x01Q\x10\x15a$\x18WP`\xC0\x89\x01Q[\x81\x81\x11a$)W\x83\x92PPPa%\x10V[_a$=\x87\x87\x87\x8E`\xC0\x01Q\x87\x87\x8Ea3zV[\x94P\x90P\x85\x84\x11\x15a$lW`@Qc\x93\xB2\xCE\xE5`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x85\x90R`D\x01a\x01EV[` \x80\x8C\x01Q_\x90\x81R`\x12\x90\x91R`@\x90 T\x81\x14a$\xAFW` \x8B\x01Q`@Qc\r}U+`\xE2\x1B\x81Ra\x01E\x91\x8C\x91`\x04\x01\x91\x82R` \x82\x01R`@\x01\x90V[a$\xE1\x89`@Q\x80``\x01`@R\x80\x8E``\x01Q\x81R` \x01\x8E`\x80\x01Q\x81R` \x01\x8E`\xA0\x01Q\x81RP\x8A\x85a46V[\x8Ba\x01\0\x01\x81\x81Qa$\xF3\x91\x90aDLV[\x90RP`\xE0\x8B\x01Q\x15a%\x0CWa%\x0C\x8B\x8A\x85\x85a6JV[PPP[\x97\x96PPPPPPPV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01\x81\x90R`\x01`\xA8\x1B\x83\x04\x90\x91\x16a\x01\x80\x86\x01R`\x01`\xB0\x1B\x82\x04\x90\x92\x16a\x01\xA0\x85\x01R\x93\x90\x93\x04\x16a\x01\xC0\x82\x01R\x84Q_\x92`\x01`\x01`\x80\x1B\x03\x90\x91\x16\x90\x83\x90a&*\x90\x83\x90a7\xBAV[`\x05T\x90\x91P`\x01`\x80\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16_\x81\x15a&qW`\x16_a&U`\x01\x85aL\x9FV[`\x01`\x01`@\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ Ta&tV[_\x19[\x90P_\x80[\x8B` \x01Q\x81\x10\x15a(\x08W\x8B``\x01Q\x81\x81Q\x81\x10a&\x9BWa&\x9BaJ V[` \x02` \x01\x01Q_\x14\x80a&\xAEWP\x85\x15[\x15a'@W\x8B`@\x01Q\x81\x81Q\x81\x10a&\xC9Wa&\xC9aJ V[` \x02` \x01\x01Q_\x14a';W\x8BQa&\xE4\x90\x82\x90aDLV[\x8C`@\x01Q\x82\x81Q\x81\x10a&\xFAWa&\xFAaJ V[` \x90\x81\x02\x91\x90\x91\x01\x01Q`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R_`D\x82\x01\x81\x90R`d\x82\x01R`\x84\x81\x01\x86\x90R`\xA4\x01a\x01EV[a(\0V[_\x86a'N\x8E\x84\x8A\x8Aa7\xCAV[a'X\x91\x90aI,V[\x90P\x80\x8B\x83\x81Q\x81\x10a'mWa'maJ V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra'\x82\x81\x84aDLV[\x92P__\x87\x11\x80\x15a'\xB1WP\x86\x8E`\xA0\x01Q\x84\x81Q\x81\x10a'\xA6Wa'\xA6aJ V[` \x02` \x01\x01Q\x10\x15[\x90Pa'\xF1\x83\x8F_\x01Qa'\xC5\x91\x90aDLV[\x8C\x85\x81Q\x81\x10a'\xD7Wa'\xD7aJ V[` \x02` \x01\x01Q\x84\x84\x8Da\x01\x80\x01Q`\xFF\x16\x8B\x8Ba8\x93V[a'\xFB\x90\x8BaDLV[\x99PPP[`\x01\x01a&yV[Pa(\x12\x81a9\xC7V[\x8A` \x01\x81\x81Qa(#\x91\x90aD_V[`\x01`\x01`@\x1B\x03\x16\x90RPa(8\x8Ba9\xFCV[PPPPPP\x94\x93PPPPV[___a(S\x86\x86a;\rV[\x91P\x91P\x81_\x03a(wW\x83\x81\x81a(mWa(maI\x18V[\x04\x92PPPa\"@V[\x81\x84\x11a(\x8EWa(\x8E`\x03\x85\x15\x02`\x11\x18a;)V[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[_\x80\x80[\x86Q\x81\x10\x15a)^W\x86\x81\x81Q\x81\x10a)\x15Wa)\x15aJ V[` \x02` \x01\x01Qa\x01\0\x01Q\x87\x82\x81Q\x81\x10a)4Wa)4aJ V[` \x02` \x01\x01Q``\x01Qa)J\x91\x90aI\xF1V[a)T\x90\x83aDLV[\x91P`\x01\x01a(\xFAV[P\x80_\x03a)oW_\x91PPa+\xA5V[_[\x86Q\x81\x10\x15a+\xA2W_\x87\x82\x81Q\x81\x10a)\x8DWa)\x8DaJ V[` \x02` \x01\x01Q\x90P_\x81a\x01\0\x01Q\x82``\x01Qa)\xAD\x91\x90aI\xF1V[\x90P_a)\xBB\x88\x83\x87a(FV[\x90P_a)\xC9\x88\x84\x88a(FV[\x90P_a)\xEB\x85_\x01Q\x86`@\x01Q\x8D`\x01a)\xE5\x91\x90aD_V[\x85a;:V[\x90Pa)\xF7\x81\x83aJ\x98V[a*\x01\x90\x84aDLV[\x92Pa*\r\x81\x84aDLV[a*\x17\x90\x89aDLV[` \x80\x87\x01\x80Q_\x90\x81R`\n\x83R`@\x90\x81\x90 \x81Q`\xE0\x81\x01\x83R\x90Tc\xFF\xFF\xFF\xFF\x80\x82\x16\x83Ra\xFF\xFFd\x01\0\0\0\0\x83\x04\x16\x95\x83\x01\x95\x90\x95R`\xFFf\x01\0\0\0\0\0\0\x82\x04\x81\x16\x15\x15\x93\x83\x01\x93\x90\x93R`\x01`8\x1B\x81\x04\x90\x92\x16``\x82\x01R`\x01`\x01``\x1B\x03`\x01`@\x1B\x83\x04\x16`\x80\x82\x01\x81\x90R`\x01`\x01`@\x1B\x03`\x01`\xA0\x1B\x84\x04\x16`\xA0\x83\x01R`\x01`\xE0\x1B\x90\x92\x04\x90\x93\x16`\xC0\x84\x01R\x90Q\x92\x9AP\x90\x91a*\xD0\x91a*\xCB\x90\x87\x90aDLV[a=\xC4V[`\x01`\x01``\x1B\x03\x16`\x80\x82\x01Ra\x01\0\x86\x01Qg\r\xE0\xB6\xB3\xA7d\0\0\x90a*\xFA\x90a\xFF\xFFaI\xF1V[a+\x04\x91\x90aI,V[a\xFF\xFF\x16` \x80\x83\x01\x91\x90\x91R\x86\x01Qa+\x1E\x90\x82a=\xFBV[\x85_\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x8C`\x01`\x01`@\x1B\x03\x16\x7F4\xFA\xB1uT\x07\xCE\xE1j\xECy\x90\xEDD#}\x14\x1C\xBD\xB5\xDF7\x96\x1B\xE0e\x12\xB0\x1A\x9D\xF5\x13\x88``\x01Q\x89a\x01\0\x01Q\x88\x87`@Qa+\x89\x94\x93\x92\x91\x90\x93\x84R` \x84\x01\x92\x90\x92R`@\x83\x01R``\x82\x01R`\x80\x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPPP\x80`\x01\x01\x90Pa)qV[PP[\x94\x93PPPPV[\x80Q_\x90\x80\x82\x03a+\xC0WP_\x92\x91PPV[_\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a+\xD9Wa+\xD9aG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a,\x02W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x82`\x01`\x01`@\x1B\x03\x81\x11\x15a,\x1EWa,\x1EaG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a,GW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x83\x81\x10\x15a,\xE7W\x85\x81\x81Q\x81\x10a,fWa,faJ V[` \x02` \x01\x01Q_\x01Q\x83\x82\x81Q\x81\x10a,\x83Wa,\x83aJ V[` \x02` \x01\x01\x90`\x01`\x01`\xA0\x1B\x03\x16\x90\x81`\x01`\x01`\xA0\x1B\x03\x16\x81RPP\x85\x81\x81Q\x81\x10a,\xB5Wa,\xB5aJ V[` \x02` \x01\x01Qa\x01\0\x01Q\x82\x82\x81Q\x81\x10a,\xD4Wa,\xD4aJ V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a,LV[P`\x03T`@Qcj\xAB\xE8\xF3`\xE0\x1B\x81R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x91cj\xAB\xE8\xF3\x91a-G\x91\x86\x91\x86\x91`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x90`\x04\x01aL\xBEV[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a-^W__\xFD[PZ\xF1\x15\x80\x15a-pW=__>=_\xFD[PP`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x82\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x81\x04\x90\x91\x16a\x01\xA0\x84\x01\x81\x90R\x93\x90\x04\x16a\x01\xC0\x82\x01R\x92P_\x91Pa'\x10\x90a.}\x90g\r\xE0\xB6\xB3\xA7d\0\0\x90aI\xF1V[a.\x87\x91\x90aI,V[\x90P_[\x85\x81\x10\x15a0\x08W_`\n_\x8A\x84\x81Q\x81\x10a.\xA9Wa.\xA9aJ V[` \x02` \x01\x01Q` \x01Q\x81R` \x01\x90\x81R` \x01_ \x90P_\x83\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x85\xBF\x82\xD6\x89\x86\x81Q\x81\x10a/\x07Wa/\x07aJ V[` \x02` \x01\x01Q`@Q\x82c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a/:\x91\x90`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16\x81R` \x01\x90V[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a/UW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a/y\x91\x90aI\xDAV[\x10a/\x84W_a/\x9BV[\x81Ta/\x9B\x90`\x01`8\x1B\x90\x04`\xFF\x16`\x01aM,V[\x90P\x84a\x01\x80\x01Q`\xFF\x16\x81`\xFF\x16\x10a/\xE3Wa/\xD3\x87\x84\x81Q\x81\x10a/\xC4Wa/\xC4aJ V[` \x02` \x01\x01Q`\x02a 6V[a/\xDD\x90\x8AaDLV[\x98P_\x90P[\x81T`\xFF\x90\x91\x16`\x01`8\x1B\x02g\xFF\0\0\0\0\0\0\0\x19\x90\x91\x16\x17\x90U`\x01\x01a.\x8BV[PPPPPP\x91\x90PV[a0 \x83\x83\x83`\x01a>\x08V[a0HW`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x01EV[PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x0B` \x90\x81R`@\x80\x83 \x81Q`\x80\x81\x01\x83R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x93\x82\x01\x93\x90\x93R`\xFF`\x01`p\x1B\x84\x04\x81\x16\x15\x80\x15\x93\x83\x01\x84\x90R`\x01`x\x1B\x90\x94\x04\x16\x15\x15``\x82\x01R\x91\x83\x91\x90a0\xC2WP\x81``\x01Q[a0\xCCW_a0\xCFV[\x81Q[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\r` R`@\x90 T`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x91Pa+\xA5\x90`\x01`\x01`\x80\x1B\x03\x16\x82aDLV[a1F`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81RP\x90V[\x82\x81R` \x81\x01\x82\x90R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a1hWa1haG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a1\x91W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`@\x82\x01R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a1\xAFWa1\xAFaG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a1\xD8W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P``\x82\x01Ra1\xE9\x82`\x03aI\xF1V[a1\xF4\x90`\x03aDLV[`\x01`\x01`@\x1B\x03\x81\x11\x15a2\x0BWa2\x0BaG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a24W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\x80\x82\x01R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a2RWa2RaG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a2{W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xA0\x82\x01Ra2\x8B\x83\x83a#\x97V[a2\x96\x90`\x02aI\xF1V[`\x01`\x01`@\x1B\x03\x81\x11\x15a2\xADWa2\xADaG\xA6V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a2\xD6W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xC0\x82\x01R\x92\x91PPV[\x80Q` \x82\x01Q` `@\x84\x01Q\x01` ``\x85\x01Q\x01` `\x80\x86\x01Q\x01` `\xC0\x87\x01Q\x01`\x10\x86\x06\x95P_[\x85\x81\x10\x15a3pW`\x05\x81\x90\x1B\x85\x81\x01Q``\x83\x02\x85\x01R\x84\x01Q\x80\x15a3gW\x81\x88\x01\x80`\x04\x1C`\x06\x1B\x84\x01a\xFF\xFF`\x0F\x83\x16`\x04\x1B`\xF0\x03\x1B\x81Q\x17\x81R` \x81\x01Q\x83\x11\x15a3dW\x82` \x82\x01R[PP[P`\x01\x01a3\x11V[PPPPPPPPV[__\x83\x86\x10\x15a3\x88W\x85\x93P[`\x80\x80\x86\x04\x90`\x7F\x86\x81\x01\x82\x90\x04\x91\x90\x89\x01\x04_a\x01\0\x80\x85\x02\x90`\x02\x8C\x02\x90\x85\x02\x10a3\xB8W\x8A`\x02\x02a3\xBEV[a\x01\0\x84\x02[\x03\x90P\x8C\x8B\x01a3\xD1\x81\x86\x86\x86\x86a>jV[\x96P\x83\x83\x03` \x02\x82\x86` \x02\x8E\x01\x01\x01\x95P_`\x10\x8B\x81a3\xF5Wa3\xF5aI\x18V[\x04\x90Pa\x01\0\x86\x02` \x80\x88\x02\x84\x01\x90\x83\x02\x01\x03_\x82`\x10_\x19\x8E\x01\x04\x03`\x01\x01` \x02\x90P\x80\x82` \x8D\x017PPPPPPPP\x97P\x97\x95PPPPPPV[_\x84Q_R` ``\x86\x01Q\x01` R`\x10_Q\x06_Q\x03`@\x85\x01Q` \x85\x01\x80_\x83\x11_Q\x87\x11\x16\x15a4}W`\x01`\x10_Q\x04`\x10`\x01\x89\x03\x04\x03\x01`\x05\x1B\x82\x01\x90P[` `\xC0\x8A\x01Q\x01``\x85_Q\x03\x02` `\x80\x8C\x01Q\x01\x03\x89Q[\x83\x85\x10\x15a53W\x82Q\x86` \x85\x01Q\x10a4\xBBWa4\xB8\x87\x89\x83a5?V[\x90P[\x89`\x10\x89\x01\x11\x15a4\xD2W_\x19\x88\x8B\x03`\x04\x1B\x1C\x19\x16[\x80\x86Q\x16\x90P\x82_Q\x89\x10\x15a4\xF8W\x88_Q\x03\x82\x81`\x04\x1B\x1B\x92P``\x81\x02\x85\x01\x91PP[\x81\x15a5\x13Wa5\x0E` \x8E\x01Q\x84\x83\x85a5\x89V[\x8A\x01\x99P[PP` \x85\x01\x94P`@\x83\x01\x92P`\x10\x87\x01\x96Pa\x06\0\x82\x01\x91Pa4\x98V[PPPPPPPa+\xA5V[__[`\x10\x81\x10\x15a5\x81Wa\xFF\xFF\x81`\x04\x1B`\xF0\x03\x1B\x80\x84\x16\x15a5xW\x85_Q\x83\x87\x01\x03`\x05\x1B` Q\x01Q\x10\x15a5xW\x91\x82\x17\x91[P`\x01\x01a5BV[P\x93\x92PPPV[_\x83`\x80\x1B[\x82\x15a6AW\x85g\r\xE0\xB6\xB3\xA7d\0\0\x84`\xF0\x1C\x02\x04\x84Q\x80\x82\x10_\x81\x14a5\xC6W`@\x87\x01\x80Q\x89\x85\x02\x01\x90R\x93\x82\x01\x93a5\xDBV[` \x87\x01\x80Q\x83\x85\x11\x8A\x02\x86\x01\x01\x90R\x93\x81\x01\x93[P\x87g\r\xE0\xB6\xB3\xA7d\0\0a\xFF\xFF\x87`\xE0\x1C\x16\x02\x04\x91P``\x86\x01Q\x90P\x80\x82\x10_\x81\x14a6\x18W`\xA0\x87\x01\x80Q\x89\x85\x02\x01\x90R\x93\x82\x01\x93a6-V[`\x80\x87\x01\x80Q\x83\x85\x11\x8A\x02\x86\x01\x01\x90R\x93\x81\x01\x93[PPP\x82` \x1B\x92P`\xC0\x84\x01\x93Pa5\x8FV[P\x94\x93PPPPV[_a6Wa\x01\0\x84aI?V[a6a\x90\x84aJ\x98V[\x90P[\x81\x81\x10\x15a7\xB3W_`\x13\x81a6|a\x01\0\x85aI,V[` \x89\x01Qa6\x8C\x90`\x04aI\xF1V[a6\x96\x91\x90aDLV[\x81R` \x01\x90\x81R` \x01_ T\x90P\x80_\x03a6\xB3WPa7\xA0V[_\x84\x83\x10a6\xC1W\x82a6\xC3V[\x84[\x90P_\x84a6\xD3\x85a\x01\0aDLV[\x11a6\xE9Wa6\xE4\x84a\x01\0aDLV[a6\xEBV[\x84[\x90P\x81[\x81\x81\x10\x15a7\x9BWa7\x03a\x01\0\x82aI?V[\x84\x90\x1C`\x01\x16\x15a7\x93W``\x88\x01Q_\x90a7\x1F\x89\x84aJ\x98V[\x81Q\x81\x10a7/Wa7/aJ V[` \x02` \x01\x01Q\x90P\x80_\x14\x80a7KWP\x89`\xA0\x01Q\x81\x10\x15[\x15a7VWPa7\x93V[``\x8A\x01Q`\xA0\x8A\x01Qa7j\x8A\x85aJ\x98V[\x81Q\x81\x10a7zWa7zaJ V[` \x02` \x01\x01\x81\x81Qa7\x8E\x91\x90aDLV[\x90RPP[`\x01\x01a6\xEFV[PPPP[a7\xACa\x01\0\x82aDLV[\x90Pa6dV[PPPPPV[_a\t\xE4\x83\x83a'\x10`\x01a>\xE1V[_____a8\t\x89\x89`\x80\x91\x82\x01Q``\x91\x82\x02\x01` \x81\x01Q`@\x82\x01Q\x91\x90\x92\x01Q\x91\x93\x92\x81\x90\x1C\x92`\x01`\x01`\x80\x1B\x03\x90\x91\x16\x91\x83\x85\x02\x01\x90V[\x93P\x93P\x93P\x93P\x83_\x03a8\x1CW\x86\x92P[\x85\x83\x10\x80a8*WP\x85\x82\x10\x15[\x80a8<WPg\r\xE0\xB6\xB3\xA7d\0\0\x84\x11[\x15a8\x87W\x88Qa8N\x90\x89\x90aDLV[`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x85\x90R`D\x81\x01\x84\x90R`d\x81\x01\x83\x90R`\x84\x81\x01\x87\x90R`\xA4\x01a\x01EV[\x98\x97PPPPPPPPV[__a8\xC1`\xA0\x89\x90\x1C`\x01`\x01`@\x1B\x03\x16`\xE0\x8A\x90\x1Cc\xFF\xFF\xFF\xFF\x16\x86`\x01`\x01`@\x1B\x03\x16\x86a?,V[a8\xD8\x90`\x01`\x01``\x1B\x03`@\x8B\x90\x1C\x16aDLV[\x90Pa8\xE4\x89\x82a=\xC4V[\x90P_\x86a8\xF2W_a9\x04V[a9\x04`\xFF`8\x8B\x90\x1C\x16`\x01aDLV[\x90P\x85\x81\x10a95W_\x8A\x81R`\t` R`@\x90 Ta9/\x90`\x01`\x01`\xA0\x1B\x03\x16`\x01a 6V[\x92P_\x90P[a9\xBA\x8Aa9\xA9\x8Bg\r\xE0\xB6\xB3\xA7d\0\0a9R\x8Da\xFF\xFFaI\xF1V[a9\\\x91\x90aI,V[\x85\x87\x8Ea9q\x8D`\x01`\x01`@\x1B\x03\x16a?\x99V[c\xFF\xFF\xFF\xFF\x16f\xFF\0\0\xFF\xFF\xFF\xFF\x86\x16` \x86\x90\x1B\x17`8\x85\x90\x1B\x17`@\x84\x90\x1B\x17`\xA0\x83\x90\x1B\x17`\xE0\x82\x90\x1B\x17\x96\x95PPPPPPV[_\x91\x82R`\n` R`@\x90\x91 UV[PP\x97\x96PPPPPPPV[_`\x01`\x01`@\x1B\x03\x82\x11\x15a\n\x1BW`@\x80Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x83\x90R`D\x01a\x01EV[\x80Q` \x82\x01Q_\x90a:\x0F\x90\x83aDLV[`@\x84\x01Q\x90\x91P_a:#`\x10\x85aI?V[a:-\x90\x85aJ\x98V[\x90P[\x82\x81\x10\x15a7\xB3W_`\x15\x81a:G`\x10\x85aI,V[\x81R` \x01\x90\x81R` \x01_ T\x90P_\x85\x83\x10a:eW\x82a:gV[\x85[\x90P_\x85a:v\x85`\x10aDLV[\x10a:\x81W\x85a:\x8CV[a:\x8C\x84`\x10aDLV[\x90P\x81[\x81\x81\x10\x15a:\xD6W\x84\x81\x03`\x04\x1B`\xF0\x03g\r\xE0\xB6\xB3\xA7d\0\0a\xFF\xFF`\x01\x8B\x85\x03\x01`\x05\x1B\x89\x01Q\x02\x04\x80\x82\x1Ba\xFF\xFF\x83\x1B\x19\x87\x16\x17\x95PPP`\x01\x81\x01\x90Pa:\x90V[P\x82`\x15_a:\xE6`\x10\x88aI,V[\x81R` \x81\x01\x91\x90\x91R`@\x01_ UPa;\x06\x91P`\x10\x90P\x82aDLV[\x90Pa:0V[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x81\x81R`\r` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x83R\x90T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83R`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x83\x86\x01R\x86\x86R`\x1D\x85R\x83\x86 \x84Q\x80\x86\x01\x86R\x90T\x80\x83\x16\x82R\x92\x90\x92\x04`\x01`\x01`@\x1B\x03\x16\x82\x86\x01R\x95\x85R`\x0E\x90\x93R\x90\x83 T\x82Q\x93\x94\x91\x93\x90\x91\x16\x15\x80\x15\x90a;\xDBWP\x85`\x01`\x01`@\x1B\x03\x16\x82` \x01Q`\x01`\x01`@\x1B\x03\x16\x14\x15[\x15a<xW`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x1E` \x90\x81R`@\x80\x83 \x85\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x81 T\x90\x03a<PWa< \x81`\x01aDLV[`\x01`\x01`\xA0\x1B\x03\x89\x16_\x90\x81R`\x1E` \x90\x81R`@\x80\x83 \x86\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x90 U[`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x1D` R`@\x81 \x80T`\x01`\x01`\xC0\x1B\x03\x19\x16\x90U\x82R[_\x86`\x01`\x01`@\x1B\x03\x16\x83` \x01Q`\x01`\x01`@\x1B\x03\x16\x14a<\x9CW_a<\x9FV[\x82Q[\x84` \x01Qa<\xAE\x91\x90aMEV[`\x01`\x01`\x80\x1B\x03\x16\x90P\x80\x15\x80\x15\x90a<\xC7WP\x87\x15\x15[\x15a=MW_a<\xF1\x82\x86_\x01Q`\x01`\x01`\x80\x1B\x03\x16\x87` \x01Q`\x01`\x01`\x80\x1B\x03\x16a(FV[\x90P\x88\x81\x11\x15a<\xFEWP\x87[a=\t\x87\x82\x8Ba(FV[\x95Pa=%\x86n\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x84a(FV[a=/\x90\x84aDLV[`\x01`\x01`\xA0\x1B\x03\x8B\x16_\x90\x81R`\x0E` R`@\x90 \x81\x90U\x92PP[\x82Q`\x01`\x01`\x80\x1B\x03\x16\x15\x80\x15\x90a={WP\x86`\x01`\x01`@\x1B\x03\x16\x83` \x01Q`\x01`\x01`@\x1B\x03\x16\x14[\x15a=\xB8Wa=\x8B\x82`\x01aDLV[`\x01`\x01`\xA0\x1B\x03\x8A\x16_\x90\x81R`\x1E` \x90\x81R`@\x80\x83 `\x01`\x01`@\x1B\x03\x8C\x16\x84R\x90\x91R\x90 U[PPPP\x94\x93PPPPV[_`\x01`\x01``\x1B\x03\x82\x11a=\xDAWP\x80a\t\xE7V[_\x83\x81R`\t` R`@\x90 Ta#\xE5\x90`\x01`\x01`\xA0\x1B\x03\x16\x83a?\xC9V[a\x0B\xD2\x82a9\xA9\x83a?\xF9V[`@Qc\xA9\x05\x9C\xBB`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a>^W\x83\x83\x15\x16\x15a>RW=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[_`@Qa\x01\0\x81\x01\x86`\x05\x1B\x88\x01\x87`\x05\x1B\x89\x837\x86\x86\x03`\x05\x1B\x85\x82\x01\x88`\x05\x1B\x84\x017\x87[\x87\x81\x10\x15a>\xCCWa\x01\0\x89\x82\x03\x02\x80\x87\x03a\x01\0\x81\x11\x15a>\xB3WPa\x01\0[\x80\x82\x85\x01\x877\x85 `\x05\x83\x90\x1B\x85\x01RP`\x01\x01a>\x92V[PP\x84`\x05\x1B\x81 \x92PPP\x95\x94PPPPPV[_a?\x0Ea>\xEE\x83a@sV[\x80\x15a?\tWP_\x84\x80a?\x04Wa?\x04aI\x18V[\x86\x88\t\x11[\x15\x15\x90V[a?\x19\x86\x86\x86a(FV[a?#\x91\x90aDLV[\x95\x94PPPPPV[_\x84\x15\x80a?:WP\x82\x84\x10\x15[\x15a?FWP_a+\xA5V[_\x83a?S\x86`\x01aDLV[\x14\x80\x15a?aWP_\x19\x83\x14\x15[a?xW_\x85\x81R`\x16` R`@\x90 Ta?zV[\x82[\x90Pa?\x8F\x86\x82g\r\xE0\xB6\xB3\xA7d\0\0a(FV[\x96\x95PPPPPPV[_c\xFF\xFF\xFF\xFF\x82\x11\x15a\n\x1BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R` `\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x11` R`@\x81 \x80T\x83\x92\x90a?\xF0\x90\x84\x90aDLV[\x90\x91UPPPPV[_`\xE0\x82`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x90\x1B`\xA0\x83`\xA0\x01Q`\x01`\x01`@\x1B\x03\x16\x90\x1B`@\x84`\x80\x01Q`\x01`\x01``\x1B\x03\x16\x90\x1B`8\x85``\x01Q`\xFF\x16\x90\x1B`0\x86`@\x01Qa@JW_a@MV[`\x01[\x90\x1B` \x87` \x01Qa\xFF\xFF\x16\x90\x1B\x87_\x01Qc\xFF\xFF\xFF\xFF\x16\x17\x17\x17\x17\x17\x17\x90P\x91\x90PV[_`\x02\x82`\x03\x81\x11\x15a@\x88Wa@\x88aLaV[a@\x92\x91\x90aMdV[`\xFF\x16`\x01\x14\x90P\x91\x90PV[`@Q\x80a\x01 \x01`@R\x80_`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x15\x15\x81R` \x01_\x81RP\x90V[_a\x01\xE0\x82\x84\x03\x12\x15a@\xFEW__\xFD[P\x91\x90PV[_a\x01\xE0\x82\x84\x03\x12\x15aA\x15W__\xFD[a\t\xE4\x83\x83a@\xEDV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14aA3W__\xFD[PV[___a\x02 \x84\x86\x03\x12\x15aAIW__\xFD[\x835\x92P` \x84\x015aA[\x81aA\x1FV[\x91PaAj\x85`@\x86\x01a@\xEDV[\x90P\x92P\x92P\x92V[__\x83`\x1F\x84\x01\x12aA\x83W__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15aA\x99W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15aA\xB0W__\xFD[\x92P\x92\x90PV[____`@\x85\x87\x03\x12\x15aA\xCAW__\xFD[\x845`\x01`\x01`@\x1B\x03\x81\x11\x15aA\xDFW__\xFD[aA\xEB\x87\x82\x88\x01aAsV[\x90\x95P\x93PP` \x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aB\tW__\xFD[aB\x15\x87\x82\x88\x01aAsV[\x95\x98\x94\x97P\x95PPPPV[`\x01`\x01``\x1B\x03\x81\x16\x81\x14aA3W__\xFD[\x805aB@\x81aB!V[\x91\x90PV[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14aA3W__\xFD[\x805aB@\x81aBEV[a\xFF\xFF\x81\x16\x81\x14aA3W__\xFD[\x805aB@\x81aBaV[\x80\x15\x15\x81\x14aA3W__\xFD[\x805aB@\x81aB{V[`\xFF\x81\x16\x81\x14aA3W__\xFD[\x805aB@\x81aB\x93V[aB\xC6\x82aB\xB9\x83aB5V[`\x01`\x01``\x1B\x03\x16\x90RV[aB\xD2` \x82\x01aB5V[`\x01`\x01``\x1B\x03\x16` \x83\x01RaB\xEC`@\x82\x01aBVV[c\xFF\xFF\xFF\xFF\x16`@\x83\x01RaC\x03``\x82\x01aBVV[c\xFF\xFF\xFF\xFF\x16``\x83\x01RaC\x1A`\x80\x82\x01aBVV[c\xFF\xFF\xFF\xFF\x16`\x80\x83\x01RaC1`\xA0\x82\x01aBVV[c\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01RaCH`\xC0\x82\x01aBVV[c\xFF\xFF\xFF\xFF\x16`\xC0\x83\x01RaC_`\xE0\x82\x01aBpV[a\xFF\xFF\x16`\xE0\x83\x01RaCua\x01\0\x82\x01aBpV[a\xFF\xFF\x16a\x01\0\x83\x01RaC\x8Ca\x01 \x82\x01aBpV[a\xFF\xFF\x16a\x01 \x83\x01RaC\xA3a\x01@\x82\x01aB\x88V[\x15\x15a\x01@\x83\x01RaC\xB8a\x01`\x82\x01aBpV[a\xFF\xFF\x16a\x01`\x83\x01RaC\xCFa\x01\x80\x82\x01aB\xA1V[`\xFF\x16a\x01\x80\x83\x01RaC\xE5a\x01\xA0\x82\x01aBpV[a\xFF\xFF\x16a\x01\xA0\x83\x01RaC\xFCa\x01\xC0\x82\x01aBVV[c\xFF\xFF\xFF\xFF\x81\x16a\x01\xC0\x84\x01RPPPV[a\x01\xE0\x81\x01a\t\xE7\x82\x84aB\xACV[_` \x82\x84\x03\x12\x15aD-W__\xFD[\x81Qa\"@\x81aBEV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\t\xE7Wa\t\xE7aD8V[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xE7Wa\t\xE7aD8V[_\x815a\t\xE7\x81aB!V[_\x815a\t\xE7\x81aBEV[_\x815a\t\xE7\x81aBaV[_\x815a\t\xE7\x81aB{V[_\x815a\t\xE7\x81aB\x93V[aD\xE8aD\xC6\x83aD~V[\x82Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x17\x82UV[aE+aD\xF7` \x84\x01aD~V[\x82\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aE^aE:`@\x84\x01aD\x8AV[\x82\x80Tc\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\xC0\x92\x90\x92\x1Bc\xFF\xFF\xFF\xFF`\xC0\x1B\x16\x91\x90\x91\x17\x90UV[aE\x91aEm``\x84\x01aD\x8AV[\x82\x80T`\x01`\x01`\xE0\x1B\x03\x16`\xE0\x92\x90\x92\x1B`\x01`\x01`\xE0\x1B\x03\x19\x16\x91\x90\x91\x17\x90UV[`\x01\x81\x01aE\xBBaE\xA4`\x80\x85\x01aD\x8AV[\x82Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x17\x82UV[aE\xECaE\xCA`\xA0\x85\x01aD\x8AV[\x82Tg\xFF\xFF\xFF\xFF\0\0\0\0\x19\x16` \x91\x90\x91\x1Bg\xFF\xFF\xFF\xFF\0\0\0\0\x16\x17\x82UV[aF%aE\xFB`\xC0\x85\x01aD\x8AV[\x82Tk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x19\x16`@\x91\x90\x91\x1Bk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x17\x82UV[aFTaF4`\xE0\x85\x01aD\x96V[\x82\x80Ta\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Ba\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aF\x84aFda\x01\0\x85\x01aD\x96V[\x82\x80Ta\xFF\xFF`p\x1B\x19\x16`p\x92\x90\x92\x1Ba\xFF\xFF`p\x1B\x16\x91\x90\x91\x17\x90UV[aF\xB4aF\x94a\x01 \x85\x01aD\x96V[\x82\x80Ta\xFF\xFF`\x80\x1B\x19\x16`\x80\x92\x90\x92\x1Ba\xFF\xFF`\x80\x1B\x16\x91\x90\x91\x17\x90UV[aF\xE2aF\xC4a\x01@\x85\x01aD\xA2V[\x82\x80T`\xFF`\x90\x1B\x19\x16\x91\x15\x15`\x90\x1B`\xFF`\x90\x1B\x16\x91\x90\x91\x17\x90UV[aG\x12aF\xF2a\x01`\x85\x01aD\x96V[\x82\x80Ta\xFF\xFF`\x98\x1B\x19\x16`\x98\x92\x90\x92\x1Ba\xFF\xFF`\x98\x1B\x16\x91\x90\x91\x17\x90UV[aG@aG\"a\x01\x80\x85\x01aD\xAEV[\x82\x80T`\xFF`\xA8\x1B\x19\x16`\xA8\x92\x90\x92\x1B`\xFF`\xA8\x1B\x16\x91\x90\x91\x17\x90UV[aGpaGPa\x01\xA0\x85\x01aD\x96V[\x82\x80Ta\xFF\xFF`\xB0\x1B\x19\x16`\xB0\x92\x90\x92\x1Ba\xFF\xFF`\xB0\x1B\x16\x91\x90\x91\x17\x90UV[a0HaE:a\x01\xC0\x85\x01aD\x8AV[a\x02\0\x81\x01aG\x8F\x82\x85aB\xACV[`\x01`\x01`@\x1B\x03\x83\x16a\x01\xE0\x83\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Qa\x01\xE0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15aG\xE9WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90V[_a\x01\xE0\x82\x84\x03\x12\x80\x15aH\x01W__\xFD[PaH\naG\xBAV[aH\x13\x83aB5V[\x81RaH!` \x84\x01aB5V[` \x82\x01RaH2`@\x84\x01aBVV[`@\x82\x01RaHC``\x84\x01aBVV[``\x82\x01RaHT`\x80\x84\x01aBVV[`\x80\x82\x01RaHe`\xA0\x84\x01aBVV[`\xA0\x82\x01RaHv`\xC0\x84\x01aBVV[`\xC0\x82\x01RaH\x87`\xE0\x84\x01aBpV[`\xE0\x82\x01RaH\x99a\x01\0\x84\x01aBpV[a\x01\0\x82\x01RaH\xACa\x01 \x84\x01aBpV[a\x01 \x82\x01RaH\xBFa\x01@\x84\x01aB\x88V[a\x01@\x82\x01RaH\xD2a\x01`\x84\x01aBpV[a\x01`\x82\x01RaH\xE5a\x01\x80\x84\x01aB\xA1V[a\x01\x80\x82\x01RaH\xF8a\x01\xA0\x84\x01aBpV[a\x01\xA0\x82\x01RaI\x0Ba\x01\xC0\x84\x01aBVV[a\x01\xC0\x82\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[_\x82aI:WaI:aI\x18V[P\x04\x90V[_\x82aIMWaIMaI\x18V[P\x06\x90V[_` \x82\x84\x03\x12\x15aIbW__\xFD[\x815a\"@\x81aB!V[_` \x82\x84\x03\x12\x15aI}W__\xFD[\x815a\"@\x81aBaV[_` \x82\x84\x03\x12\x15aI\x98W__\xFD[\x815a\"@\x81aBEV[_` \x82\x84\x03\x12\x15aI\xB3W__\xFD[\x815a\"@\x81aB\x93V[c\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xE7Wa\t\xE7aD8V[_` \x82\x84\x03\x12\x15aI\xEAW__\xFD[PQ\x91\x90PV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\t\xE7Wa\t\xE7aD8V[_`\x01\x82\x01aJ\x19WaJ\x19aD8V[P`\x01\x01\x90V[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15aJdW\x81Q\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01aJFV[P\x93\x94\x93PPPPV[\x83\x81R``` \x82\x01R_aJ\x86``\x83\x01\x85aJ4V[\x82\x81\x03`@\x84\x01Ra?\x8F\x81\x85aJ4V[\x81\x81\x03\x81\x81\x11\x15a\t\xE7Wa\t\xE7aD8V[\x81Q`\x01`\x01``\x1B\x03\x16\x81Ra\x01\xE0\x81\x01` \x83\x01QaJ\xD7` \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[P`@\x83\x01QaJ\xEF`@\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P``\x83\x01QaK\x07``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaK\x1F`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01QaK7`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaKO`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaKe`\xE0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaK}a\x01\0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01QaK\x95a\x01 \x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01QaK\xABa\x01@\x84\x01\x82\x15\x15\x90RV[Pa\x01`\x83\x01QaK\xC3a\x01`\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01QaK\xDAa\x01\x80\x84\x01\x82`\xFF\x16\x90RV[Pa\x01\xA0\x83\x01QaK\xF2a\x01\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\xC0\x83\x01Qa!\xA6a\x01\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[_` \x82\x84\x03\x12\x15aL\x1CW__\xFD[\x81Qa\"@\x81aB{V[_` \x82\x84\x03\x12\x15aL7W__\xFD[\x81Qa\"@\x81aA\x1FV[`\x01`\x01``\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xE7Wa\t\xE7aD8V[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`@\x81\x01`\x03\x84\x10aL\x95WcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x92\x81R` \x01R\x90V[`\x01`\x01`@\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xE7Wa\t\xE7aD8V[``\x80\x82R\x84Q\x90\x82\x01\x81\x90R_\x90` \x86\x01\x90`\x80\x84\x01\x90\x83[\x81\x81\x10\x15aM\0W\x83Q`\x01`\x01`\xA0\x1B\x03\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01aL\xD9V[PP\x83\x81\x03` \x85\x01RaM\x14\x81\x87aJ4V[\x92PPPc\xFF\xFF\xFF\xFF\x83\x16`@\x83\x01R\x94\x93PPPPV[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xE7Wa\t\xE7aD8V[`\x01`\x01`\x80\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xE7Wa\t\xE7aD8V[_`\xFF\x83\x16\x80aMvWaMvaI\x18V[\x80`\xFF\x84\x16\x06\x91PP\x92\x91PPV",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Hyperparameters { uint96 minMinerBond; uint96 minValidatorBond; uint32 taskTimeout; uint32 epochLength; uint32 immunityPeriod; uint32 unbondingDelay; uint32 revealWindow; uint16 slashingRateBps; uint16 maxSlots; uint16 maxValidators; bool commitReveal; uint16 kappaBps; uint8 strikeLimit; uint16 trustFloorBps; uint32 closeGracePeriod; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Hyperparameters {
        #[allow(missing_docs)]
        pub minMinerBond: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub minValidatorBond: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub taskTimeout: u32,
        #[allow(missing_docs)]
        pub epochLength: u32,
        #[allow(missing_docs)]
        pub immunityPeriod: u32,
        #[allow(missing_docs)]
        pub unbondingDelay: u32,
        #[allow(missing_docs)]
        pub revealWindow: u32,
        #[allow(missing_docs)]
        pub slashingRateBps: u16,
        #[allow(missing_docs)]
        pub maxSlots: u16,
        #[allow(missing_docs)]
        pub maxValidators: u16,
        #[allow(missing_docs)]
        pub commitReveal: bool,
        #[allow(missing_docs)]
        pub kappaBps: u16,
        #[allow(missing_docs)]
        pub strikeLimit: u8,
        #[allow(missing_docs)]
        pub trustFloorBps: u16,
        #[allow(missing_docs)]
        pub closeGracePeriod: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<96>,
            alloy::sol_types::sol_data::Uint<96>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::Bool,
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::Uint<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U96,
            alloy::sol_types::private::primitives::aliases::U96,
            u32,
            u32,
            u32,
            u32,
            u32,
            u16,
            u16,
            u16,
            bool,
            u16,
            u8,
            u16,
            u32,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Hyperparameters> for UnderlyingRustTuple<'_> {
            fn from(value: Hyperparameters) -> Self {
                (
                    value.minMinerBond,
                    value.minValidatorBond,
                    value.taskTimeout,
                    value.epochLength,
                    value.immunityPeriod,
                    value.unbondingDelay,
                    value.revealWindow,
                    value.slashingRateBps,
                    value.maxSlots,
                    value.maxValidators,
                    value.commitReveal,
                    value.kappaBps,
                    value.strikeLimit,
                    value.trustFloorBps,
                    value.closeGracePeriod,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Hyperparameters {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    minMinerBond: tuple.0,
                    minValidatorBond: tuple.1,
                    taskTimeout: tuple.2,
                    epochLength: tuple.3,
                    immunityPeriod: tuple.4,
                    unbondingDelay: tuple.5,
                    revealWindow: tuple.6,
                    slashingRateBps: tuple.7,
                    maxSlots: tuple.8,
                    maxValidators: tuple.9,
                    commitReveal: tuple.10,
                    kappaBps: tuple.11,
                    strikeLimit: tuple.12,
                    trustFloorBps: tuple.13,
                    closeGracePeriod: tuple.14,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Hyperparameters {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Hyperparameters {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::tokenize(&self.minMinerBond),
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::tokenize(&self.minValidatorBond),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.taskTimeout),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.epochLength),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.immunityPeriod),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingDelay),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.revealWindow),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.slashingRateBps),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxSlots),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxValidators),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.commitReveal,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.kappaBps),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.strikeLimit),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.trustFloorBps),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.closeGracePeriod),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Hyperparameters {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Hyperparameters {
            const NAME: &'static str = "Hyperparameters";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Hyperparameters(uint96 minMinerBond,uint96 minValidatorBond,uint32 taskTimeout,uint32 epochLength,uint32 immunityPeriod,uint32 unbondingDelay,uint32 revealWindow,uint16 slashingRateBps,uint16 maxSlots,uint16 maxValidators,bool commitReveal,uint16 kappaBps,uint8 strikeLimit,uint16 trustFloorBps,uint32 closeGracePeriod)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.minMinerBond)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.minValidatorBond,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.taskTimeout)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.epochLength)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.immunityPeriod,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.unbondingDelay,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.revealWindow)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.slashingRateBps,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.maxSlots)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.maxValidators)
                        .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.commitReveal,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.kappaBps)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.strikeLimit)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.trustFloorBps)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.closeGracePeriod,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Hyperparameters {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.minMinerBond,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.minValidatorBond,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.taskTimeout,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.epochLength,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.immunityPeriod,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.unbondingDelay,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.revealWindow,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.slashingRateBps,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxSlots,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxValidators,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.commitReveal,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.kappaBps,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.strikeLimit,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.trustFloorBps,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.closeGracePeriod,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    96,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.minMinerBond,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    96,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.minValidatorBond,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.taskTimeout,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.epochLength,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.immunityPeriod,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.unbondingDelay,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.revealWindow,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    16,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.slashingRateBps,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    16,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxSlots,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    16,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxValidators,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.commitReveal,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    16,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.kappaBps,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.strikeLimit,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    16,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.trustFloorBps,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.closeGracePeriod,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `CalledDirectly()` and selector `0xefaad2f4`.
```solidity
error CalledDirectly();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CalledDirectly;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<CalledDirectly> for UnderlyingRustTuple<'_> {
            fn from(value: CalledDirectly) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for CalledDirectly {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for CalledDirectly {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "CalledDirectly()";
            const SELECTOR: [u8; 4] = [239u8, 170u8, 210u8, 244u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `HyperparameterCooldown(uint64)` and selector `0xb590232c`.
```solidity
error HyperparameterCooldown(uint64 nextAllowedAt);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct HyperparameterCooldown {
        #[allow(missing_docs)]
        pub nextAllowedAt: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<HyperparameterCooldown> for UnderlyingRustTuple<'_> {
            fn from(value: HyperparameterCooldown) -> Self {
                (value.nextAllowedAt,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for HyperparameterCooldown {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { nextAllowedAt: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for HyperparameterCooldown {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "HyperparameterCooldown(uint64)";
            const SELECTOR: [u8; 4] = [181u8, 144u8, 35u8, 44u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.nextAllowedAt),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `HyperparameterFreeze(uint64)` and selector `0xfe9ae212`.
```solidity
error HyperparameterFreeze(uint64 epochEndsAt);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct HyperparameterFreeze {
        #[allow(missing_docs)]
        pub epochEndsAt: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<HyperparameterFreeze> for UnderlyingRustTuple<'_> {
            fn from(value: HyperparameterFreeze) -> Self {
                (value.epochEndsAt,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for HyperparameterFreeze {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { epochEndsAt: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for HyperparameterFreeze {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "HyperparameterFreeze(uint64)";
            const SELECTOR: [u8; 4] = [254u8, 154u8, 226u8, 18u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.epochEndsAt),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `MalformedConsensus(uint256,uint256,uint256)` and selector `0x61272747`.
```solidity
error MalformedConsensus(uint256 consensusBytes, uint256 cursor, uint256 slots);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MalformedConsensus {
        #[allow(missing_docs)]
        pub consensusBytes: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub cursor: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub slots: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<MalformedConsensus> for UnderlyingRustTuple<'_> {
            fn from(value: MalformedConsensus) -> Self {
                (value.consensusBytes, value.cursor, value.slots)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for MalformedConsensus {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    consensusBytes: tuple.0,
                    cursor: tuple.1,
                    slots: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for MalformedConsensus {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MalformedConsensus(uint256,uint256,uint256)";
            const SELECTOR: [u8; 4] = [97u8, 39u8, 39u8, 71u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.consensusBytes),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.cursor),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.slots),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `MalformedRows(uint256,uint256)` and selector `0x93b2cee5`.
```solidity
error MalformedRows(uint256 rowsBytes, uint256 expectedBytes);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MalformedRows {
        #[allow(missing_docs)]
        pub rowsBytes: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub expectedBytes: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<MalformedRows> for UnderlyingRustTuple<'_> {
            fn from(value: MalformedRows) -> Self {
                (value.rowsBytes, value.expectedBytes)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for MalformedRows {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    rowsBytes: tuple.0,
                    expectedBytes: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for MalformedRows {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MalformedRows(uint256,uint256)";
            const SELECTOR: [u8; 4] = [147u8, 178u8, 206u8, 229u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.rowsBytes),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.expectedBytes),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotCoordinator(address,uint64)` and selector `0x2dbc4701`.
```solidity
error NotCoordinator(address caller, uint64 openToAllAt);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotCoordinator {
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub openToAllAt: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotCoordinator> for UnderlyingRustTuple<'_> {
            fn from(value: NotCoordinator) -> Self {
                (value.caller, value.openToAllAt)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotCoordinator {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    caller: tuple.0,
                    openToAllAt: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotCoordinator {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotCoordinator(address,uint64)";
            const SELECTOR: [u8; 4] = [45u8, 188u8, 71u8, 1u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.caller,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.openToAllAt),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotOwner(address)` and selector `0x245aecd3`.
```solidity
error NotOwner(address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotOwner {
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotOwner> for UnderlyingRustTuple<'_> {
            fn from(value: NotOwner) -> Self {
                (value.caller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotOwner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { caller: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotOwner {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotOwner(address)";
            const SELECTOR: [u8; 4] = [36u8, 90u8, 236u8, 211u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.caller,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotRegistry(address)` and selector `0x631a294a`.
```solidity
error NotRegistry(address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotRegistry {
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotRegistry> for UnderlyingRustTuple<'_> {
            fn from(value: NotRegistry) -> Self {
                (value.caller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotRegistry {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { caller: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotRegistry {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotRegistry(address)";
            const SELECTOR: [u8; 4] = [99u8, 26u8, 41u8, 74u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.caller,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `RowMismatch(uint256,uint256)` and selector `0x35f554ac`.
```solidity
error RowMismatch(uint256 row, uint256 uid);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RowMismatch {
        #[allow(missing_docs)]
        pub row: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub uid: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<RowMismatch> for UnderlyingRustTuple<'_> {
            fn from(value: RowMismatch) -> Self {
                (value.row, value.uid)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RowMismatch {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { row: tuple.0, uid: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RowMismatch {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RowMismatch(uint256,uint256)";
            const SELECTOR: [u8; 4] = [53u8, 245u8, 84u8, 172u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.row),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.uid),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SafeCastOverflowedUintDowncast(uint8,uint256)` and selector `0x6dfcc650`.
```solidity
error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeCastOverflowedUintDowncast {
        #[allow(missing_docs)]
        pub bits: u8,
        #[allow(missing_docs)]
        pub value: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u8,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SafeCastOverflowedUintDowncast>
        for UnderlyingRustTuple<'_> {
            fn from(value: SafeCastOverflowedUintDowncast) -> Self {
                (value.bits, value.value)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for SafeCastOverflowedUintDowncast {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    bits: tuple.0,
                    value: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeCastOverflowedUintDowncast {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeCastOverflowedUintDowncast(uint8,uint256)";
            const SELECTOR: [u8; 4] = [109u8, 252u8, 198u8, 80u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.bits),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.value),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SafeERC20FailedOperation(address)` and selector `0x5274afe7`.
```solidity
error SafeERC20FailedOperation(address token);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeERC20FailedOperation {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SafeERC20FailedOperation>
        for UnderlyingRustTuple<'_> {
            fn from(value: SafeERC20FailedOperation) -> Self {
                (value.token,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for SafeERC20FailedOperation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { token: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeERC20FailedOperation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeERC20FailedOperation(address)";
            const SELECTOR: [u8; 4] = [82u8, 116u8, 175u8, 231u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.token,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SubnetDeactivated()` and selector `0xf9f7c108`.
```solidity
error SubnetDeactivated();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SubnetDeactivated;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SubnetDeactivated> for UnderlyingRustTuple<'_> {
            fn from(value: SubnetDeactivated) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SubnetDeactivated {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SubnetDeactivated {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SubnetDeactivated()";
            const SELECTOR: [u8; 4] = [249u8, 247u8, 193u8, 8u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `WrongConsensus(uint256,uint256,uint256,uint256,uint256)` and selector `0x33c106c5`.
```solidity
error WrongConsensus(uint256 uid, uint256 consensus, uint256 stakeAtOrAbove, uint256 stakeAbove, uint256 threshold);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct WrongConsensus {
        #[allow(missing_docs)]
        pub uid: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub consensus: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub stakeAtOrAbove: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub stakeAbove: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub threshold: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<WrongConsensus> for UnderlyingRustTuple<'_> {
            fn from(value: WrongConsensus) -> Self {
                (
                    value.uid,
                    value.consensus,
                    value.stakeAtOrAbove,
                    value.stakeAbove,
                    value.threshold,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for WrongConsensus {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    uid: tuple.0,
                    consensus: tuple.1,
                    stakeAtOrAbove: tuple.2,
                    stakeAbove: tuple.3,
                    threshold: tuple.4,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for WrongConsensus {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "WrongConsensus(uint256,uint256,uint256,uint256,uint256)";
            const SELECTOR: [u8; 4] = [51u8, 193u8, 6u8, 197u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.uid),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.consensus),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.stakeAtOrAbove),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.stakeAbove),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.threshold),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `WrongPhase(uint64,uint64)` and selector `0xd222b989`.
```solidity
error WrongPhase(uint64 opensAt, uint64 closesAt);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct WrongPhase {
        #[allow(missing_docs)]
        pub opensAt: u64,
        #[allow(missing_docs)]
        pub closesAt: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<WrongPhase> for UnderlyingRustTuple<'_> {
            fn from(value: WrongPhase) -> Self {
                (value.opensAt, value.closesAt)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for WrongPhase {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    opensAt: tuple.0,
                    closesAt: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for WrongPhase {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "WrongPhase(uint64,uint64)";
            const SELECTOR: [u8; 4] = [210u8, 34u8, 185u8, 137u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.opensAt),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.closesAt),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ColumnsScored(uint64,uint256,uint256[],uint256[])` and selector `0x0e1cfb62a5da6e5cdf7e23bb6748db5c19489e800a35e838de1abb5651d46495`.
```solidity
event ColumnsScored(uint64 indexed epoch, uint256 fromUid, uint256[] consensus, uint256[] incentives);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ColumnsScored {
        #[allow(missing_docs)]
        pub epoch: u64,
        #[allow(missing_docs)]
        pub fromUid: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub consensus: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
        #[allow(missing_docs)]
        pub incentives: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ColumnsScored {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            const SIGNATURE: &'static str = "ColumnsScored(uint64,uint256,uint256[],uint256[])";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                14u8, 28u8, 251u8, 98u8, 165u8, 218u8, 110u8, 92u8, 223u8, 126u8, 35u8,
                187u8, 103u8, 72u8, 219u8, 92u8, 25u8, 72u8, 158u8, 128u8, 10u8, 53u8,
                232u8, 56u8, 222u8, 26u8, 187u8, 86u8, 81u8, 212u8, 100u8, 149u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    epoch: topics.1,
                    fromUid: data.0,
                    consensus: data.1,
                    incentives: data.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.fromUid),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.consensus),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.incentives),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.epoch.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.epoch);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ColumnsScored {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ColumnsScored> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ColumnsScored) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EpochClosed(uint64,uint256,uint256,uint256,uint256,uint256,uint256,uint256)` and selector `0x3ed16b93d704b8877b03837eff0f64180658225bcca5f72fe57eaf55477d5d78`.
```solidity
event EpochClosed(uint64 indexed epoch, uint256 emission, uint256 distributed, uint256 minerPot, uint256 validatorPot, uint256 delegatorPot, uint256 carried, uint256 minerRewardPerPoint);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct EpochClosed {
        #[allow(missing_docs)]
        pub epoch: u64,
        #[allow(missing_docs)]
        pub emission: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub distributed: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub minerPot: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub validatorPot: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub delegatorPot: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub carried: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub minerRewardPerPoint: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EpochClosed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            const SIGNATURE: &'static str = "EpochClosed(uint64,uint256,uint256,uint256,uint256,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                62u8, 209u8, 107u8, 147u8, 215u8, 4u8, 184u8, 135u8, 123u8, 3u8, 131u8,
                126u8, 255u8, 15u8, 100u8, 24u8, 6u8, 88u8, 34u8, 91u8, 204u8, 165u8,
                247u8, 47u8, 229u8, 126u8, 175u8, 85u8, 71u8, 125u8, 93u8, 120u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    epoch: topics.1,
                    emission: data.0,
                    distributed: data.1,
                    minerPot: data.2,
                    validatorPot: data.3,
                    delegatorPot: data.4,
                    carried: data.5,
                    minerRewardPerPoint: data.6,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.emission),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.distributed),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.minerPot),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.validatorPot),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.delegatorPot),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.carried),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.minerRewardPerPoint),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.epoch.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.epoch);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EpochClosed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EpochClosed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EpochClosed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `HyperparametersScheduled((uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32),uint64)` and selector `0xfece5e87a45cab6be8e0c75e6bc7b0091183799d2eda95f7355495c0ccff63a8`.
```solidity
event HyperparametersScheduled(Hyperparameters hyperparameters, uint64 effectiveFrom);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct HyperparametersScheduled {
        #[allow(missing_docs)]
        pub hyperparameters: <Hyperparameters as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub effectiveFrom: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for HyperparametersScheduled {
            type DataTuple<'a> = (Hyperparameters, alloy::sol_types::sol_data::Uint<64>);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "HyperparametersScheduled((uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32),uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                254u8, 206u8, 94u8, 135u8, 164u8, 92u8, 171u8, 107u8, 232u8, 224u8,
                199u8, 94u8, 107u8, 199u8, 176u8, 9u8, 17u8, 131u8, 121u8, 157u8, 46u8,
                218u8, 149u8, 247u8, 53u8, 84u8, 149u8, 192u8, 204u8, 255u8, 99u8, 168u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    hyperparameters: data.0,
                    effectiveFrom: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <Hyperparameters as alloy_sol_types::SolType>::tokenize(
                        &self.hyperparameters,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.effectiveFrom),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for HyperparametersScheduled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&HyperparametersScheduled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(
                this: &HyperparametersScheduled,
            ) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `HyperparametersUpdated((uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32))` and selector `0x6d0661be217b5717e72f7f9dae7ed628d5637f66c97757a1a0f8d5bc5a68e652`.
```solidity
event HyperparametersUpdated(Hyperparameters hyperparameters);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct HyperparametersUpdated {
        #[allow(missing_docs)]
        pub hyperparameters: <Hyperparameters as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for HyperparametersUpdated {
            type DataTuple<'a> = (Hyperparameters,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "HyperparametersUpdated((uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32))";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                109u8, 6u8, 97u8, 190u8, 33u8, 123u8, 87u8, 23u8, 231u8, 47u8, 127u8,
                157u8, 174u8, 126u8, 214u8, 40u8, 213u8, 99u8, 127u8, 102u8, 201u8,
                119u8, 87u8, 161u8, 160u8, 248u8, 213u8, 188u8, 90u8, 104u8, 230u8, 82u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { hyperparameters: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <Hyperparameters as alloy_sol_types::SolType>::tokenize(
                        &self.hyperparameters,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for HyperparametersUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&HyperparametersUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &HyperparametersUpdated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Initialized(uint256,address)` and selector `0xa7a5b80bcd3bef76524ec80559f1ad1932344089b316a7be619ed23956b5ad6c`.
```solidity
event Initialized(uint256 indexed subnetId, address indexed owner);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Initialized {
        #[allow(missing_docs)]
        pub subnetId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Initialized {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Initialized(uint256,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                167u8, 165u8, 184u8, 11u8, 205u8, 59u8, 239u8, 118u8, 82u8, 78u8, 200u8,
                5u8, 89u8, 241u8, 173u8, 25u8, 50u8, 52u8, 64u8, 137u8, 179u8, 22u8,
                167u8, 190u8, 97u8, 158u8, 210u8, 57u8, 86u8, 181u8, 173u8, 108u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    subnetId: topics.1,
                    owner: topics.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.subnetId.clone(), self.owner.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.subnetId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.owner,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Initialized {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Initialized> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Initialized) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Slashed(address,uint8,uint256)` and selector `0x607adba66cff84b627e3537d1c17d088a98556bccd0536a2f3590c56329023d9`.
```solidity
event Slashed(address indexed account, ISubnet.SlashReason reason, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Slashed {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub reason: <ISubnet::SlashReason as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Slashed {
            type DataTuple<'a> = (
                ISubnet::SlashReason,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Slashed(address,uint8,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                96u8, 122u8, 219u8, 166u8, 108u8, 255u8, 132u8, 182u8, 39u8, 227u8, 83u8,
                125u8, 28u8, 23u8, 208u8, 136u8, 169u8, 133u8, 86u8, 188u8, 205u8, 5u8,
                54u8, 162u8, 243u8, 89u8, 12u8, 86u8, 50u8, 144u8, 35u8, 217u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    account: topics.1,
                    reason: data.0,
                    amount: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <ISubnet::SlashReason as alloy_sol_types::SolType>::tokenize(
                        &self.reason,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.account.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Slashed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Slashed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Slashed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `SlashedDisposed(uint256,bool)` and selector `0xc30ba5387d084e2148b2a91357a887e7b0496357514cfe33d9ff3033f676ace5`.
```solidity
event SlashedDisposed(uint256 amount, bool burned);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SlashedDisposed {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub burned: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for SlashedDisposed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bool,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "SlashedDisposed(uint256,bool)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                195u8, 11u8, 165u8, 56u8, 125u8, 8u8, 78u8, 33u8, 72u8, 178u8, 169u8,
                19u8, 87u8, 168u8, 135u8, 231u8, 176u8, 73u8, 99u8, 87u8, 81u8, 76u8,
                254u8, 51u8, 217u8, 255u8, 48u8, 51u8, 246u8, 118u8, 172u8, 229u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    amount: data.0,
                    burned: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.burned,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SlashedDisposed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SlashedDisposed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SlashedDisposed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ValidatorScored(uint64,address,uint256,uint256,uint256,uint256)` and selector `0x34fab1755407cee16aec7990ed44237d141cbdb5df37961be06512b01a9df513`.
```solidity
event ValidatorScored(uint64 indexed epoch, address indexed validator, uint256 stake, uint256 epochTrust, uint256 validatorReward, uint256 delegatorReward);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ValidatorScored {
        #[allow(missing_docs)]
        pub epoch: u64,
        #[allow(missing_docs)]
        pub validator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub stake: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub epochTrust: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub validatorReward: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub delegatorReward: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ValidatorScored {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ValidatorScored(uint64,address,uint256,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                52u8, 250u8, 177u8, 117u8, 84u8, 7u8, 206u8, 225u8, 106u8, 236u8, 121u8,
                144u8, 237u8, 68u8, 35u8, 125u8, 20u8, 28u8, 189u8, 181u8, 223u8, 55u8,
                150u8, 27u8, 224u8, 101u8, 18u8, 176u8, 26u8, 157u8, 245u8, 19u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    epoch: topics.1,
                    validator: topics.2,
                    stake: data.0,
                    epochTrust: data.1,
                    validatorReward: data.2,
                    delegatorReward: data.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.stake),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.epochTrust),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.validatorReward),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.delegatorReward),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.epoch.clone(), self.validator.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.epoch);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.validator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ValidatorScored {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ValidatorScored> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ValidatorScored) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor(address registry_, address tora_, address trust_, address emissions_);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub registry_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub tora_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub trust_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub emissions_: alloy::sol_types::private::Address,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (value.registry_, value.tora_, value.trust_, value.emissions_)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        registry_: tuple.0,
                        tora_: tuple.1,
                        trust_: tuple.2,
                        emissions_: tuple.3,
                    }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.registry_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.tora_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.trust_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.emissions_,
                    ),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `closeEpoch(bytes,bytes)` and selector `0xc42af710`.
```solidity
function closeEpoch(bytes memory consensus, bytes memory rows) external returns (bool closed);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct closeEpochCall {
        #[allow(missing_docs)]
        pub consensus: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub rows: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`closeEpoch(bytes,bytes)`](closeEpochCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct closeEpochReturn {
        #[allow(missing_docs)]
        pub closed: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Bytes,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<closeEpochCall> for UnderlyingRustTuple<'_> {
                fn from(value: closeEpochCall) -> Self {
                    (value.consensus, value.rows)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for closeEpochCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        consensus: tuple.0,
                        rows: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<closeEpochReturn> for UnderlyingRustTuple<'_> {
                fn from(value: closeEpochReturn) -> Self {
                    (value.closed,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for closeEpochReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { closed: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for closeEpochCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "closeEpoch(bytes,bytes)";
            const SELECTOR: [u8; 4] = [196u8, 42u8, 247u8, 16u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.consensus,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.rows,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: closeEpochReturn = r.into();
                        r.closed
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: closeEpochReturn = r.into();
                        r.closed
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `initialize(uint256,address,(uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32))` and selector `0x0a3c3495`.
```solidity
function initialize(uint256 subnetId_, address owner_, Hyperparameters memory hyperparameters_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct initializeCall {
        #[allow(missing_docs)]
        pub subnetId_: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub owner_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub hyperparameters_: <Hyperparameters as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`initialize(uint256,address,(uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32))`](initializeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct initializeReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                Hyperparameters,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
                <Hyperparameters as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<initializeCall> for UnderlyingRustTuple<'_> {
                fn from(value: initializeCall) -> Self {
                    (value.subnetId_, value.owner_, value.hyperparameters_)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for initializeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        subnetId_: tuple.0,
                        owner_: tuple.1,
                        hyperparameters_: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<initializeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: initializeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for initializeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl initializeReturn {
            fn _tokenize(
                &self,
            ) -> <initializeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for initializeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                Hyperparameters,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = initializeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "initialize(uint256,address,(uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32))";
            const SELECTOR: [u8; 4] = [10u8, 60u8, 52u8, 149u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.subnetId_),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner_,
                    ),
                    <Hyperparameters as alloy_sol_types::SolType>::tokenize(
                        &self.hyperparameters_,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                initializeReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `registry()` and selector `0x7b103999`.
```solidity
function registry() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct registryCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`registry()`](registryCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct registryReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<registryCall> for UnderlyingRustTuple<'_> {
                fn from(value: registryCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for registryCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<registryReturn> for UnderlyingRustTuple<'_> {
                fn from(value: registryReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for registryReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for registryCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "registry()";
            const SELECTOR: [u8; 4] = [123u8, 16u8, 57u8, 153u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: registryReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: registryReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setHyperparameters((uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32))` and selector `0x00231d25`.
```solidity
function setHyperparameters(Hyperparameters memory next) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setHyperparametersCall {
        #[allow(missing_docs)]
        pub next: <Hyperparameters as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`setHyperparameters((uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32))`](setHyperparametersCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setHyperparametersReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (Hyperparameters,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <Hyperparameters as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setHyperparametersCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setHyperparametersCall) -> Self {
                    (value.next,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setHyperparametersCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { next: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setHyperparametersReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setHyperparametersReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setHyperparametersReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setHyperparametersReturn {
            fn _tokenize(
                &self,
            ) -> <setHyperparametersCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setHyperparametersCall {
            type Parameters<'a> = (Hyperparameters,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setHyperparametersReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setHyperparameters((uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32))";
            const SELECTOR: [u8; 4] = [0u8, 35u8, 29u8, 37u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<Hyperparameters as alloy_sol_types::SolType>::tokenize(&self.next),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setHyperparametersReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    ///Container for all the [`SubnetCloser`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum SubnetCloserCalls {
        #[allow(missing_docs)]
        closeEpoch(closeEpochCall),
        #[allow(missing_docs)]
        initialize(initializeCall),
        #[allow(missing_docs)]
        registry(registryCall),
        #[allow(missing_docs)]
        setHyperparameters(setHyperparametersCall),
    }
    impl SubnetCloserCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [0u8, 35u8, 29u8, 37u8],
            [10u8, 60u8, 52u8, 149u8],
            [123u8, 16u8, 57u8, 153u8],
            [196u8, 42u8, 247u8, 16u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(setHyperparameters),
            ::core::stringify!(initialize),
            ::core::stringify!(registry),
            ::core::stringify!(closeEpoch),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <setHyperparametersCall as alloy_sol_types::SolCall>::SIGNATURE,
            <initializeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <registryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <closeEpochCall as alloy_sol_types::SolCall>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for SubnetCloserCalls {
        const NAME: &'static str = "SubnetCloserCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 4usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::closeEpoch(_) => {
                    <closeEpochCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::initialize(_) => {
                    <initializeCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::registry(_) => <registryCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::setHyperparameters(_) => {
                    <setHyperparametersCall as alloy_sol_types::SolCall>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<SubnetCloserCalls>] = &[
                {
                    fn setHyperparameters(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserCalls> {
                        <setHyperparametersCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetCloserCalls::setHyperparameters)
                    }
                    setHyperparameters
                },
                {
                    fn initialize(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserCalls> {
                        <initializeCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetCloserCalls::initialize)
                    }
                    initialize
                },
                {
                    fn registry(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserCalls> {
                        <registryCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SubnetCloserCalls::registry)
                    }
                    registry
                },
                {
                    fn closeEpoch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserCalls> {
                        <closeEpochCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetCloserCalls::closeEpoch)
                    }
                    closeEpoch
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<SubnetCloserCalls>] = &[
                {
                    fn setHyperparameters(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserCalls> {
                        <setHyperparametersCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetCloserCalls::setHyperparameters)
                    }
                    setHyperparameters
                },
                {
                    fn initialize(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserCalls> {
                        <initializeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetCloserCalls::initialize)
                    }
                    initialize
                },
                {
                    fn registry(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserCalls> {
                        <registryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetCloserCalls::registry)
                    }
                    registry
                },
                {
                    fn closeEpoch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserCalls> {
                        <closeEpochCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetCloserCalls::closeEpoch)
                    }
                    closeEpoch
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::closeEpoch(inner) => {
                    <closeEpochCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::initialize(inner) => {
                    <initializeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::registry(inner) => {
                    <registryCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setHyperparameters(inner) => {
                    <setHyperparametersCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::closeEpoch(inner) => {
                    <closeEpochCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::initialize(inner) => {
                    <initializeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::registry(inner) => {
                    <registryCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setHyperparameters(inner) => {
                    <setHyperparametersCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`SubnetCloser`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum SubnetCloserErrors {
        #[allow(missing_docs)]
        CalledDirectly(CalledDirectly),
        #[allow(missing_docs)]
        HyperparameterCooldown(HyperparameterCooldown),
        #[allow(missing_docs)]
        HyperparameterFreeze(HyperparameterFreeze),
        #[allow(missing_docs)]
        MalformedConsensus(MalformedConsensus),
        #[allow(missing_docs)]
        MalformedRows(MalformedRows),
        #[allow(missing_docs)]
        NotCoordinator(NotCoordinator),
        #[allow(missing_docs)]
        NotOwner(NotOwner),
        #[allow(missing_docs)]
        NotRegistry(NotRegistry),
        #[allow(missing_docs)]
        RowMismatch(RowMismatch),
        #[allow(missing_docs)]
        SafeCastOverflowedUintDowncast(SafeCastOverflowedUintDowncast),
        #[allow(missing_docs)]
        SafeERC20FailedOperation(SafeERC20FailedOperation),
        #[allow(missing_docs)]
        SubnetDeactivated(SubnetDeactivated),
        #[allow(missing_docs)]
        WrongConsensus(WrongConsensus),
        #[allow(missing_docs)]
        WrongPhase(WrongPhase),
    }
    impl SubnetCloserErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [36u8, 90u8, 236u8, 211u8],
            [45u8, 188u8, 71u8, 1u8],
            [51u8, 193u8, 6u8, 197u8],
            [53u8, 245u8, 84u8, 172u8],
            [82u8, 116u8, 175u8, 231u8],
            [97u8, 39u8, 39u8, 71u8],
            [99u8, 26u8, 41u8, 74u8],
            [109u8, 252u8, 198u8, 80u8],
            [147u8, 178u8, 206u8, 229u8],
            [181u8, 144u8, 35u8, 44u8],
            [210u8, 34u8, 185u8, 137u8],
            [239u8, 170u8, 210u8, 244u8],
            [249u8, 247u8, 193u8, 8u8],
            [254u8, 154u8, 226u8, 18u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(NotOwner),
            ::core::stringify!(NotCoordinator),
            ::core::stringify!(WrongConsensus),
            ::core::stringify!(RowMismatch),
            ::core::stringify!(SafeERC20FailedOperation),
            ::core::stringify!(MalformedConsensus),
            ::core::stringify!(NotRegistry),
            ::core::stringify!(SafeCastOverflowedUintDowncast),
            ::core::stringify!(MalformedRows),
            ::core::stringify!(HyperparameterCooldown),
            ::core::stringify!(WrongPhase),
            ::core::stringify!(CalledDirectly),
            ::core::stringify!(SubnetDeactivated),
            ::core::stringify!(HyperparameterFreeze),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <NotOwner as alloy_sol_types::SolError>::SIGNATURE,
            <NotCoordinator as alloy_sol_types::SolError>::SIGNATURE,
            <WrongConsensus as alloy_sol_types::SolError>::SIGNATURE,
            <RowMismatch as alloy_sol_types::SolError>::SIGNATURE,
            <SafeERC20FailedOperation as alloy_sol_types::SolError>::SIGNATURE,
            <MalformedConsensus as alloy_sol_types::SolError>::SIGNATURE,
            <NotRegistry as alloy_sol_types::SolError>::SIGNATURE,
            <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SIGNATURE,
            <MalformedRows as alloy_sol_types::SolError>::SIGNATURE,
            <HyperparameterCooldown as alloy_sol_types::SolError>::SIGNATURE,
            <WrongPhase as alloy_sol_types::SolError>::SIGNATURE,
            <CalledDirectly as alloy_sol_types::SolError>::SIGNATURE,
            <SubnetDeactivated as alloy_sol_types::SolError>::SIGNATURE,
            <HyperparameterFreeze as alloy_sol_types::SolError>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for SubnetCloserErrors {
        const NAME: &'static str = "SubnetCloserErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 14usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::CalledDirectly(_) => {
                    <CalledDirectly as alloy_sol_types::SolError>::SELECTOR
                }
                Self::HyperparameterCooldown(_) => {
                    <HyperparameterCooldown as alloy_sol_types::SolError>::SELECTOR
                }
                Self::HyperparameterFreeze(_) => {
                    <HyperparameterFreeze as alloy_sol_types::SolError>::SELECTOR
                }
                Self::MalformedConsensus(_) => {
                    <MalformedConsensus as alloy_sol_types::SolError>::SELECTOR
                }
                Self::MalformedRows(_) => {
                    <MalformedRows as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotCoordinator(_) => {
                    <NotCoordinator as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotOwner(_) => <NotOwner as alloy_sol_types::SolError>::SELECTOR,
                Self::NotRegistry(_) => {
                    <NotRegistry as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RowMismatch(_) => {
                    <RowMismatch as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeCastOverflowedUintDowncast(_) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeERC20FailedOperation(_) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SubnetDeactivated(_) => {
                    <SubnetDeactivated as alloy_sol_types::SolError>::SELECTOR
                }
                Self::WrongConsensus(_) => {
                    <WrongConsensus as alloy_sol_types::SolError>::SELECTOR
                }
                Self::WrongPhase(_) => {
                    <WrongPhase as alloy_sol_types::SolError>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<SubnetCloserErrors>] = &[
                {
                    fn NotOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <NotOwner as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SubnetCloserErrors::NotOwner)
                    }
                    NotOwner
                },
                {
                    fn NotCoordinator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <NotCoordinator as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetCloserErrors::NotCoordinator)
                    }
                    NotCoordinator
                },
                {
                    fn WrongConsensus(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <WrongConsensus as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetCloserErrors::WrongConsensus)
                    }
                    WrongConsensus
                },
                {
                    fn RowMismatch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <RowMismatch as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SubnetCloserErrors::RowMismatch)
                    }
                    RowMismatch
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetCloserErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn MalformedConsensus(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <MalformedConsensus as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetCloserErrors::MalformedConsensus)
                    }
                    MalformedConsensus
                },
                {
                    fn NotRegistry(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <NotRegistry as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SubnetCloserErrors::NotRegistry)
                    }
                    NotRegistry
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetCloserErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn MalformedRows(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <MalformedRows as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetCloserErrors::MalformedRows)
                    }
                    MalformedRows
                },
                {
                    fn HyperparameterCooldown(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <HyperparameterCooldown as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetCloserErrors::HyperparameterCooldown)
                    }
                    HyperparameterCooldown
                },
                {
                    fn WrongPhase(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <WrongPhase as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SubnetCloserErrors::WrongPhase)
                    }
                    WrongPhase
                },
                {
                    fn CalledDirectly(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <CalledDirectly as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetCloserErrors::CalledDirectly)
                    }
                    CalledDirectly
                },
                {
                    fn SubnetDeactivated(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <SubnetDeactivated as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetCloserErrors::SubnetDeactivated)
                    }
                    SubnetDeactivated
                },
                {
                    fn HyperparameterFreeze(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <HyperparameterFreeze as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetCloserErrors::HyperparameterFreeze)
                    }
                    HyperparameterFreeze
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<SubnetCloserErrors>] = &[
                {
                    fn NotOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <NotOwner as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetCloserErrors::NotOwner)
                    }
                    NotOwner
                },
                {
                    fn NotCoordinator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <NotCoordinator as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetCloserErrors::NotCoordinator)
                    }
                    NotCoordinator
                },
                {
                    fn WrongConsensus(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <WrongConsensus as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetCloserErrors::WrongConsensus)
                    }
                    WrongConsensus
                },
                {
                    fn RowMismatch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <RowMismatch as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetCloserErrors::RowMismatch)
                    }
                    RowMismatch
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetCloserErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn MalformedConsensus(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <MalformedConsensus as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetCloserErrors::MalformedConsensus)
                    }
                    MalformedConsensus
                },
                {
                    fn NotRegistry(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <NotRegistry as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetCloserErrors::NotRegistry)
                    }
                    NotRegistry
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetCloserErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn MalformedRows(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <MalformedRows as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetCloserErrors::MalformedRows)
                    }
                    MalformedRows
                },
                {
                    fn HyperparameterCooldown(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <HyperparameterCooldown as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetCloserErrors::HyperparameterCooldown)
                    }
                    HyperparameterCooldown
                },
                {
                    fn WrongPhase(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <WrongPhase as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetCloserErrors::WrongPhase)
                    }
                    WrongPhase
                },
                {
                    fn CalledDirectly(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <CalledDirectly as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetCloserErrors::CalledDirectly)
                    }
                    CalledDirectly
                },
                {
                    fn SubnetDeactivated(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <SubnetDeactivated as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetCloserErrors::SubnetDeactivated)
                    }
                    SubnetDeactivated
                },
                {
                    fn HyperparameterFreeze(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetCloserErrors> {
                        <HyperparameterFreeze as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetCloserErrors::HyperparameterFreeze)
                    }
                    HyperparameterFreeze
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::CalledDirectly(inner) => {
                    <CalledDirectly as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::HyperparameterCooldown(inner) => {
                    <HyperparameterCooldown as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::HyperparameterFreeze(inner) => {
                    <HyperparameterFreeze as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MalformedConsensus(inner) => {
                    <MalformedConsensus as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MalformedRows(inner) => {
                    <MalformedRows as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotCoordinator(inner) => {
                    <NotCoordinator as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotOwner(inner) => {
                    <NotOwner as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotRegistry(inner) => {
                    <NotRegistry as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::RowMismatch(inner) => {
                    <RowMismatch as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SubnetDeactivated(inner) => {
                    <SubnetDeactivated as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::WrongConsensus(inner) => {
                    <WrongConsensus as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::WrongPhase(inner) => {
                    <WrongPhase as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::CalledDirectly(inner) => {
                    <CalledDirectly as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::HyperparameterCooldown(inner) => {
                    <HyperparameterCooldown as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::HyperparameterFreeze(inner) => {
                    <HyperparameterFreeze as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MalformedConsensus(inner) => {
                    <MalformedConsensus as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MalformedRows(inner) => {
                    <MalformedRows as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotCoordinator(inner) => {
                    <NotCoordinator as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotOwner(inner) => {
                    <NotOwner as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotRegistry(inner) => {
                    <NotRegistry as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RowMismatch(inner) => {
                    <RowMismatch as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SubnetDeactivated(inner) => {
                    <SubnetDeactivated as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::WrongConsensus(inner) => {
                    <WrongConsensus as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::WrongPhase(inner) => {
                    <WrongPhase as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`SubnetCloser`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum SubnetCloserEvents {
        #[allow(missing_docs)]
        ColumnsScored(ColumnsScored),
        #[allow(missing_docs)]
        EpochClosed(EpochClosed),
        #[allow(missing_docs)]
        HyperparametersScheduled(HyperparametersScheduled),
        #[allow(missing_docs)]
        HyperparametersUpdated(HyperparametersUpdated),
        #[allow(missing_docs)]
        Initialized(Initialized),
        #[allow(missing_docs)]
        Slashed(Slashed),
        #[allow(missing_docs)]
        SlashedDisposed(SlashedDisposed),
        #[allow(missing_docs)]
        ValidatorScored(ValidatorScored),
    }
    impl SubnetCloserEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                14u8, 28u8, 251u8, 98u8, 165u8, 218u8, 110u8, 92u8, 223u8, 126u8, 35u8,
                187u8, 103u8, 72u8, 219u8, 92u8, 25u8, 72u8, 158u8, 128u8, 10u8, 53u8,
                232u8, 56u8, 222u8, 26u8, 187u8, 86u8, 81u8, 212u8, 100u8, 149u8,
            ],
            [
                52u8, 250u8, 177u8, 117u8, 84u8, 7u8, 206u8, 225u8, 106u8, 236u8, 121u8,
                144u8, 237u8, 68u8, 35u8, 125u8, 20u8, 28u8, 189u8, 181u8, 223u8, 55u8,
                150u8, 27u8, 224u8, 101u8, 18u8, 176u8, 26u8, 157u8, 245u8, 19u8,
            ],
            [
                62u8, 209u8, 107u8, 147u8, 215u8, 4u8, 184u8, 135u8, 123u8, 3u8, 131u8,
                126u8, 255u8, 15u8, 100u8, 24u8, 6u8, 88u8, 34u8, 91u8, 204u8, 165u8,
                247u8, 47u8, 229u8, 126u8, 175u8, 85u8, 71u8, 125u8, 93u8, 120u8,
            ],
            [
                96u8, 122u8, 219u8, 166u8, 108u8, 255u8, 132u8, 182u8, 39u8, 227u8, 83u8,
                125u8, 28u8, 23u8, 208u8, 136u8, 169u8, 133u8, 86u8, 188u8, 205u8, 5u8,
                54u8, 162u8, 243u8, 89u8, 12u8, 86u8, 50u8, 144u8, 35u8, 217u8,
            ],
            [
                109u8, 6u8, 97u8, 190u8, 33u8, 123u8, 87u8, 23u8, 231u8, 47u8, 127u8,
                157u8, 174u8, 126u8, 214u8, 40u8, 213u8, 99u8, 127u8, 102u8, 201u8,
                119u8, 87u8, 161u8, 160u8, 248u8, 213u8, 188u8, 90u8, 104u8, 230u8, 82u8,
            ],
            [
                167u8, 165u8, 184u8, 11u8, 205u8, 59u8, 239u8, 118u8, 82u8, 78u8, 200u8,
                5u8, 89u8, 241u8, 173u8, 25u8, 50u8, 52u8, 64u8, 137u8, 179u8, 22u8,
                167u8, 190u8, 97u8, 158u8, 210u8, 57u8, 86u8, 181u8, 173u8, 108u8,
            ],
            [
                195u8, 11u8, 165u8, 56u8, 125u8, 8u8, 78u8, 33u8, 72u8, 178u8, 169u8,
                19u8, 87u8, 168u8, 135u8, 231u8, 176u8, 73u8, 99u8, 87u8, 81u8, 76u8,
                254u8, 51u8, 217u8, 255u8, 48u8, 51u8, 246u8, 118u8, 172u8, 229u8,
            ],
            [
                254u8, 206u8, 94u8, 135u8, 164u8, 92u8, 171u8, 107u8, 232u8, 224u8,
                199u8, 94u8, 107u8, 199u8, 176u8, 9u8, 17u8, 131u8, 121u8, 157u8, 46u8,
                218u8, 149u8, 247u8, 53u8, 84u8, 149u8, 192u8, 204u8, 255u8, 99u8, 168u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(ColumnsScored),
            ::core::stringify!(ValidatorScored),
            ::core::stringify!(EpochClosed),
            ::core::stringify!(Slashed),
            ::core::stringify!(HyperparametersUpdated),
            ::core::stringify!(Initialized),
            ::core::stringify!(SlashedDisposed),
            ::core::stringify!(HyperparametersScheduled),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <ColumnsScored as alloy_sol_types::SolEvent>::SIGNATURE,
            <ValidatorScored as alloy_sol_types::SolEvent>::SIGNATURE,
            <EpochClosed as alloy_sol_types::SolEvent>::SIGNATURE,
            <Slashed as alloy_sol_types::SolEvent>::SIGNATURE,
            <HyperparametersUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <Initialized as alloy_sol_types::SolEvent>::SIGNATURE,
            <SlashedDisposed as alloy_sol_types::SolEvent>::SIGNATURE,
            <HyperparametersScheduled as alloy_sol_types::SolEvent>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolEventInterface for SubnetCloserEvents {
        const NAME: &'static str = "SubnetCloserEvents";
        const COUNT: usize = 8usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<ColumnsScored as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ColumnsScored as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ColumnsScored)
                }
                Some(<EpochClosed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EpochClosed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::EpochClosed)
                }
                Some(
                    <HyperparametersScheduled as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <HyperparametersScheduled as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::HyperparametersScheduled)
                }
                Some(
                    <HyperparametersUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <HyperparametersUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::HyperparametersUpdated)
                }
                Some(<Initialized as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Initialized as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::Initialized)
                }
                Some(<Slashed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Slashed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Slashed)
                }
                Some(<SlashedDisposed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <SlashedDisposed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::SlashedDisposed)
                }
                Some(<ValidatorScored as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ValidatorScored as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ValidatorScored)
                }
                _ => {
                    alloy_sol_types::private::Err(alloy_sol_types::Error::InvalidLog {
                        name: <Self as alloy_sol_types::SolEventInterface>::NAME,
                        log: alloy_sol_types::private::Box::new(
                            alloy_sol_types::private::LogData::new_unchecked(
                                topics.to_vec(),
                                data.to_vec().into(),
                            ),
                        ),
                    })
                }
            }
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::private::IntoLogData for SubnetCloserEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::ColumnsScored(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EpochClosed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::HyperparametersScheduled(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::HyperparametersUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Initialized(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Slashed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::SlashedDisposed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ValidatorScored(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::ColumnsScored(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EpochClosed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::HyperparametersScheduled(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::HyperparametersUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Initialized(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Slashed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::SlashedDisposed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ValidatorScored(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`SubnetCloser`](self) contract instance.

See the [wrapper's documentation](`SubnetCloserInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> SubnetCloserInstance<P, N> {
        SubnetCloserInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
        registry_: alloy::sol_types::private::Address,
        tora_: alloy::sol_types::private::Address,
        trust_: alloy::sol_types::private::Address,
        emissions_: alloy::sol_types::private::Address,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<SubnetCloserInstance<P, N>>,
    > {
        SubnetCloserInstance::<
            P,
            N,
        >::deploy(__provider, registry_, tora_, trust_, emissions_)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
        registry_: alloy::sol_types::private::Address,
        tora_: alloy::sol_types::private::Address,
        trust_: alloy::sol_types::private::Address,
        emissions_: alloy::sol_types::private::Address,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        SubnetCloserInstance::<
            P,
            N,
        >::deploy_builder(__provider, registry_, tora_, trust_, emissions_)
    }
    /**A [`SubnetCloser`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`SubnetCloser`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct SubnetCloserInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for SubnetCloserInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("SubnetCloserInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > SubnetCloserInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`SubnetCloser`](self) contract instance.

See the [wrapper's documentation](`SubnetCloserInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
        #[inline]
        pub async fn deploy(
            __provider: P,
            registry_: alloy::sol_types::private::Address,
            tora_: alloy::sol_types::private::Address,
            trust_: alloy::sol_types::private::Address,
            emissions_: alloy::sol_types::private::Address,
        ) -> alloy_contract::Result<SubnetCloserInstance<P, N>> {
            let call_builder = Self::deploy_builder(
                __provider,
                registry_,
                tora_,
                trust_,
                emissions_,
            );
            let contract_address = call_builder.deploy().await?;
            Ok(Self::new(contract_address, call_builder.provider))
        }
        /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
        #[inline]
        pub fn deploy_builder(
            __provider: P,
            registry_: alloy::sol_types::private::Address,
            tora_: alloy::sol_types::private::Address,
            trust_: alloy::sol_types::private::Address,
            emissions_: alloy::sol_types::private::Address,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(
                        &constructorCall {
                            registry_,
                            tora_,
                            trust_,
                            emissions_,
                        },
                    )[..],
                ]
                    .concat()
                    .into(),
            )
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> SubnetCloserInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> SubnetCloserInstance<P, N> {
            SubnetCloserInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > SubnetCloserInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
        ///Creates a new call builder for the [`closeEpoch`] function.
        pub fn closeEpoch(
            &self,
            consensus: alloy::sol_types::private::Bytes,
            rows: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, closeEpochCall, N> {
            self.call_builder(&closeEpochCall { consensus, rows })
        }
        ///Creates a new call builder for the [`initialize`] function.
        pub fn initialize(
            &self,
            subnetId_: alloy::sol_types::private::primitives::aliases::U256,
            owner_: alloy::sol_types::private::Address,
            hyperparameters_: <Hyperparameters as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, initializeCall, N> {
            self.call_builder(
                &initializeCall {
                    subnetId_,
                    owner_,
                    hyperparameters_,
                },
            )
        }
        ///Creates a new call builder for the [`registry`] function.
        pub fn registry(&self) -> alloy_contract::SolCallBuilder<&P, registryCall, N> {
            self.call_builder(&registryCall)
        }
        ///Creates a new call builder for the [`setHyperparameters`] function.
        pub fn setHyperparameters(
            &self,
            next: <Hyperparameters as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, setHyperparametersCall, N> {
            self.call_builder(&setHyperparametersCall { next })
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > SubnetCloserInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`ColumnsScored`] event.
        pub fn ColumnsScored_filter(
            &self,
        ) -> alloy_contract::Event<&P, ColumnsScored, N> {
            self.event_filter::<ColumnsScored>()
        }
        ///Creates a new event filter for the [`EpochClosed`] event.
        pub fn EpochClosed_filter(&self) -> alloy_contract::Event<&P, EpochClosed, N> {
            self.event_filter::<EpochClosed>()
        }
        ///Creates a new event filter for the [`HyperparametersScheduled`] event.
        pub fn HyperparametersScheduled_filter(
            &self,
        ) -> alloy_contract::Event<&P, HyperparametersScheduled, N> {
            self.event_filter::<HyperparametersScheduled>()
        }
        ///Creates a new event filter for the [`HyperparametersUpdated`] event.
        pub fn HyperparametersUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, HyperparametersUpdated, N> {
            self.event_filter::<HyperparametersUpdated>()
        }
        ///Creates a new event filter for the [`Initialized`] event.
        pub fn Initialized_filter(&self) -> alloy_contract::Event<&P, Initialized, N> {
            self.event_filter::<Initialized>()
        }
        ///Creates a new event filter for the [`Slashed`] event.
        pub fn Slashed_filter(&self) -> alloy_contract::Event<&P, Slashed, N> {
            self.event_filter::<Slashed>()
        }
        ///Creates a new event filter for the [`SlashedDisposed`] event.
        pub fn SlashedDisposed_filter(
            &self,
        ) -> alloy_contract::Event<&P, SlashedDisposed, N> {
            self.event_filter::<SlashedDisposed>()
        }
        ///Creates a new event filter for the [`ValidatorScored`] event.
        pub fn ValidatorScored_filter(
            &self,
        ) -> alloy_contract::Event<&P, ValidatorScored, N> {
            self.event_filter::<ValidatorScored>()
        }
    }
}
