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
    ///0x610120604052348015610010575f5ffd5b50604051614f1e380380614f1e83398101604081905261002f91610085565b6001600160a01b0393841660805291831660a052821660c0521660e0525f805463ffffffff60b01b191663ffffffff60b01b17905530610100526100e1565b6001600160a01b0381168114610082575f5ffd5b50565b5f5f5f5f60808587031215610098575f5ffd5b84516100a38161006e565b60208601519094506100b48161006e565b60408601519093506100c58161006e565b60608601519092506100d68161006e565b939692955090935050565b60805160a05160c05160e05161010051614dae6101705f395f818160de0152818161058f01526106e201525f61155a01525f8181610db8015281816120f501528181612bb80152612d8601525f8181611e790152611f6901525f81816082015281816101900152818161020c0152818161031f015281816105d901528181611da20152611ee10152614dae5ff3fe608060405234801561000f575f5ffd5b5060043610610049575f3560e01c8062231d251461004d5780630a3c3495146100625780637b10399914610075578063c42af710146100b1575b5f5ffd5b61006061005b366004614142565b6100d4565b005b610060610070366004614174565b610585565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020015b60405180910390f35b6100c46100bf3660046141f5565b6106d7565b60405190151581526020016100a8565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361011d57604051633beab4bd60e21b815260040160405180910390fd5b5f546001600160a01b0316331461014e5760405163245aecd360e01b81523360048201526024015b60405180910390fd5b600554600160701b900460ff161561017957604051631f3ef82160e31b815260040160405180910390fd5b60405163c3631ea960e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c3631ea9906101c590849060040161444c565b5f6040518083038186803b1580156101db575f5ffd5b505afa1580156101ed573d5f5f3e3d5ffd5b505050505f60055f9054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636e4758616040518163ffffffff1660e01b8152600401602060405180830381865afa158015610266573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061028a919061445b565b63ffffffff1690506001600160401b038216158015906102bb57506102b8816001600160401b03841661448a565b42105b156102f8576102d3816001600160401b03841661448a565b604051632d6408cb60e21b81526001600160401b039091166004820152602401610145565b5f5f60169054906101000a900463ffffffff1663ffffffff169050806001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e0b165646040518163ffffffff1660e01b8152600401602060405180830381865afa158015610379573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061039d919061445b565b6103ad9063ffffffff164261448a565b106103d657604051637f4d710960e11b81526001600160401b0382166004820152602401610145565b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c08201525f6104cf82876108a7565b6104d9575f6104df565b8160a001515b6104ef9063ffffffff164261449d565b905085601e6104fe82826144f8565b505060208054600160401b6001600160401b0384811668ffffffffffffffffff1990931692909217179091556005805467ffffffffffffffff1916429092169190911790556040517ffece5e87a45cab6be8e0c75e6bc7b0091183799d2eda95f7355495c0ccff63a89061057590889084906147be565b60405180910390a1505050505050565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036105ce57604051633beab4bd60e21b815260040160405180910390fd5b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614158061061357505f54600160b01b900463ffffffff1615155b156106335760405163318d14a560e11b8152336004820152602401610145565b5f80546001600160a01b0319166001600160a01b038416179055610656836109d7565b5f805461ffff92909216600160a01b0261ffff60a01b1990921691909117905580600361068382826144f8565b5061069d90506106983683900383018361482d565b610a09565b6040516001600160a01b0383169084907fa7a5b80bcd3bef76524ec80559f1ad1932344089b316a7be619ed23956b5ad6c905f90a3505050565b5f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361072157604051633beab4bd60e21b815260040160405180910390fd5b610729610adb565b60055461ffff600160d01b909104166060610763604080516080810182525f80825260208201819052918101829052606081019190915290565b5f83810361077f57610773610bc0565b9194509250905061078d565b610787610f64565b90935091505b5f61079960088a61496a565b90506107a660088a61497d565b1515806107c35750606083015161ffff166107c1828761448a565b115b806107de5750801580156107de5750826060015161ffff1685105b15610816576060830151604051636127274760e01b8152600481018b90526024810187905261ffff9091166044820152606401610145565b6108258484878d8d8d8d6111df565b61082f908361448a565b915061083b818661448a565b9450826060015161ffff16851015610876576108578484611371565b6005805461ffff60d01b1916600160d01b61ffff881602179055610891565b610880848461153d565b61088a908361448a565b9150600195505b61089a82611d95565b5050505050949350505050565b81515f906001600160601b03166108c16020840184614990565b6001600160601b031611806108fd575082602001516001600160601b03168260200160208101906108f29190614990565b6001600160601b0316115b8061092557508260e0015161ffff168260e001602081019061091f91906149ab565b61ffff16115b8061094f5750826101a0015161ffff16826101a001602081019061094991906149ab565b61ffff16115b8061097b57508260a0015163ffffffff168260a001602081019061097391906149c6565b63ffffffff16115b806109a3575082610180015160ff168261018001602081019061099e91906149e1565b60ff16105b806109ce575082610160015161ffff16826101600160208101906109c791906149ab565b61ffff1614155b90505b92915050565b5f61ffff821115610a05576040516306dfcc6560e41b81526010600482015260248101839052604401610145565b5090565b5f816060015163ffffffff1642610a20919061448a565b5f805463ffffffff60b01b1916600160b01b63ffffffff841602179055610140830151909150610a505780610a5f565b60c0820151610a5f90826149fc565b5f805461014085015164ffffffffff60d01b19909116600160d01b63ffffffff949094169390930260ff60f01b191692909217600160f01b83151502179055610aa85742610ab7565b60c0820151610ab790826149fc565b6005601c6101000a81548163ffffffff021916908363ffffffff1602179055505050565b600554600160701b900460ff1615610b0657604051631f3ef82160e31b815260040160405180910390fd5b5f54600160b01b900463ffffffff1642811115610b475760405163d222b98960e01b81526001600160401b03821660048201525f6024820152604401610145565b6004545f90610b6390600160c01b900463ffffffff168361448a565b9050610b6d611f90565b6001600160a01b0316336001600160a01b031614158015610b8d57508042105b15610bbc57604051632dbc470160e01b81523360048201526001600160401b0382166024820152604401610145565b5050565b604080516080810182525f808252602082018190529181018290526060818101929092526005545f90600160c01b900461ffff16806001600160401b03811115610c0c57610c0c6147e4565b604051908082528060200260200182016040528015610c4557816020015b610c326140e3565b815260200190600190039081610c2a5790505b5093505f5f5f5b83811015610f11575f610c86601482610c6660108661496a565b81526020019081526020015f2054601084610c81919061497d565b611fbc565b61ffff165f818152601260205260409020600181015491925090600160e01b900460ff16610cd9576001810154610cc6906001600160a01b03165f611fdd565b610cd0908861448a565b96505050610f09565b60018101546001600160a01b03165f908152600b6020908152604091829020825160808101845290546001600160601b038116825261ffff600160601b8204169282019290925260ff600160701b8304811615801594830194909452600160781b909204909116151560608201529080610d5557508060600151155b80610d68575082816020015161ffff1614155b80610d7b5750600282015463ffffffff16155b15610d8857505050610f09565b60018201546040516342dfc16b60e11b81526001600160a01b0391821660048201525f91670de0b6b3a7640000917f0000000000000000000000000000000000000000000000000000000000000000909116906385bf82d690602401602060405180830381865afa158015610dff573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e239190614a18565b6001850154610e3a906001600160a01b0316612154565b610e449190614a2f565b610e4e919061496a565b9050805f03610e605750505050610f09565b604080516101008101825260018501546001600160a01b038116825260208201879052918101839052600285015463ffffffff9081166060830152600160a01b8304166080820152600160f01b820461ffff1660a0820152600160e81b90910460ff16151560c08201525f60e08201528b88610edb81614a46565b995081518110610eed57610eed614a5e565b6020908102919091010152610f02818761448a565b9550505050505b600101610c4c565b508186526040518060800160405280610f29836121ee565b6001600160801b031681525f602082015261ffff9384166040820152600554600160601b900490931660609093019290925250939491925050565b604080516080810182525f8082526020820181905291810182905260608181019290925250604080516080810182526019546001600160801b03811682526001600160401b03600160801b82048116602084015261ffff600160c01b83048116948401859052600160d01b9092049091166060830152909190811115610fec57610fec6147e4565b60405190808252806020026020018201604052801561102557816020015b6110126140e3565b81526020019060019003908161100a5790505b5091505f5b82518110156111da575f60175f8381526020019081526020015f206040518060c00160405290815f82015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b031681526020015f820160149054906101000a900461ffff1661ffff1661ffff1681526020015f820160169054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601a9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601e9054906101000a900461ffff1661ffff1661ffff168152602001600182015f9054906101000a900460ff16151515158152505090505f60185f8481526020019081526020015f20549050604051806101000160405280835f01516001600160a01b03168152602001836020015161ffff168152602001608083901c8152602001836060015163ffffffff168152602001836040015163ffffffff168152602001836080015161ffff1681526020018360a0015115158152602001826001600160801b03168152508584815181106111c5576111c5614a5e565b6020908102919091010152505060010161102a565b509091565b5f5f5f6111ed888888612221565b915091505f61120089846020015161233e565b6001600160401b03811115611217576112176147e4565b604051908082528060200260200182016040528015611240578160200160208202803683370190505b5090505f805b8c51811015611281576112778d828151811061126457611264614a5e565b60200260200101518287868c8c88612394565b9150600101611246565b508086146112ac576040516393b2cee560e01b81526004810187905260248101829052604401610145565b5f84602001516001600160401b038111156112c9576112c96147e4565b6040519080825280602002602001820160405280156112f2578160200160208202803683370190505b509050611301858d83876124c1565b9550600560109054906101000a90046001600160401b03166001600160401b03167f0e1cfb62a5da6e5cdf7e23bb6748db5c19489e800a35e838de1abb5651d464958c87604001518460405161135993929190614aac565b60405180910390a25050505050979650505050505050565b5f5b82518110156114c4575f83828151811061138f5761138f614a5e565b6020908102919091018101516040805160c0808201835283516001600160a01b0390811683528486015161ffff90811684880190815260808088015163ffffffff9081168789019081526060808b0151831690890190815260a0808c01518716858b01908152988c01511515908a019081525f8f815260178e528b81209a518b549751945193519a5199166001600160b01b031990971696909617600160a01b938816939093029290921767ffffffffffffffff60b01b1916600160b01b9184169190910263ffffffff60d01b191617600160d01b9790921696909602176001600160f01b0316600160f01b949093169390930291909117845591516001938401805460ff191691151591909117905560e08501519484015160189096529290209390911b9091179091559091019050611373565b50805160198054602084015160408501516060909501516001600160801b039094166001600160c01b031990921691909117600160801b6001600160401b03909216919091021763ffffffff60c01b1916600160c01b61ffff9485160261ffff60d01b191617600160d01b939092169290920217905550565b5f5f600560109054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663329eb8396040518163ffffffff1660e01b81526004016020604051808303815f875af11580156115b5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115d99190614a18565b90505f600754826115ea919061448a565b90505f6127106115fc61070884614a2f565b611606919061496a565b90505f61271061161861100485614a2f565b611622919061496a565b90505f816116308486614ae0565b61163a9190614ae0565b60208901519091505f9081906001600160401b0316156116b95761167485670de0b6b3a76400008c602001516001600160401b03166127b1565b6001600160401b03808a165f9081526016602090815260409091208390558c01519192506116ac911682670de0b6b3a76400006127b1565b6116b6908361448a565b91505b6116c58b898686612861565b6116cf908361448a565b91506116da8b612a6c565b98508160065f8282546116ed919061448a565b909155505f90506116fe8388614ae0565b6007819055604080518a8152602081018a9052908101889052606081018790526080810186905260a0810182905260c081018490529091506001600160401b038a16907f3ed16b93d704b8877b03837eff0f64180658225bcca5f72fe57eaf55477d5d789060e00160405180910390a261177989600161449d565b600580546bffffffffffffffffffffffff60801b1916600160801b6001600160401b03939093169290920263ffffffff60c01b1916919091179055602054600160401b900460ff1680156117d857506020546001600160401b03164210155b15611c8f575f601e604051806101e00160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601c9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600182015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160049054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160089054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201600c9054906101000a900461ffff1661ffff1661ffff16815260200160018201600e9054906101000a900461ffff1661ffff1661ffff1681526020016001820160109054906101000a900461ffff1661ffff1661ffff1681526020016001820160129054906101000a900460ff161515151581526020016001820160139054906101000a900461ffff1661ffff1661ffff1681526020016001820160159054906101000a900460ff1660ff1660ff1681526020016001820160169054906101000a900461ffff1661ffff1661ffff1681526020016001820160189054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508060035f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a8154816001600160601b0302191690836001600160601b031602179055506040820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601c6101000a81548163ffffffff021916908363ffffffff1602179055506080820151816001015f6101000a81548163ffffffff021916908363ffffffff16021790555060a08201518160010160046101000a81548163ffffffff021916908363ffffffff16021790555060c08201518160010160086101000a81548163ffffffff021916908363ffffffff16021790555060e082015181600101600c6101000a81548161ffff021916908361ffff16021790555061010082015181600101600e6101000a81548161ffff021916908361ffff1602179055506101208201518160010160106101000a81548161ffff021916908361ffff1602179055506101408201518160010160126101000a81548160ff0219169083151502179055506101608201518160010160136101000a81548161ffff021916908361ffff1602179055506101808201518160010160156101000a81548160ff021916908360ff1602179055506101a08201518160010160166101000a81548161ffff021916908361ffff1602179055506101c08201518160010160186101000a81548163ffffffff021916908363ffffffff1602179055509050505f602060086101000a81548160ff0219169083151502179055507f6d0661be217b5717e72f7f9dae7ed628d5637f66c97757a1a0f8d5bc5a68e65281604051611c859190614af3565b60405180910390a1505b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c0820152611d8690610a09565b50505050505050505092915050565b805f03611d9f5750565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166363b0c4286040518163ffffffff1660e01b8152600401602060405180830381865afa158015611dfc573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e209190614c54565b6040805184815282151560208201529192507fc30ba5387d084e2148b2a91357a887e7b0496357514cfe33d9ff3033f676ace5910160405180910390a18015611edc57604051630852cd8d60e31b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906342966c68906024015f604051808303815f87803b158015611ec2575f5ffd5b505af1158015611ed4573d5f5f3e3d5ffd5b505050505050565b610bbc7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166361d027b36040518163ffffffff1660e01b8152600401602060405180830381865afa158015611f3b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f5f9190614c6f565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169084612ed1565b6002545f906001600160a01b03168015611faa5780611fb6565b5f546001600160a01b03165b91505090565b5f611fc8826010614a2f565b611fd39060f0614ae0565b9290921c92915050565b6001600160a01b0382165f908152600b602052604081208054600160701b900460ff1661200d575f9150506109d1565b60045481546127109161203591600160601b90910461ffff16906001600160601b0316614a2f565b61203f919061496a565b8154909250829082905f9061205e9084906001600160601b0316614c8a565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550836001600160a01b03167f607adba66cff84b627e3537d1c17d088a98556bccd0536a2f3590c56329023d984846040516120bd929190614cbd565b60405180910390a28054600160781b900460ff161561214d576040516314c2559360e21b81526001600160a01b0385811660048301527f00000000000000000000000000000000000000000000000000000000000000001690635309564c906024015f604051808303815f87803b158015612136575f5ffd5b505af1158015612148573d5f5f3e3d5ffd5b505050505b5092915050565b6001600160a01b0381165f908152601b602090815260408083208151808301909252546001600160801b03811682526001600160401b03600160801b9182900481169383019390935260055491926121b2929190910416600161449d565b6001600160401b031681602001516001600160401b0316036121de57516001600160801b031692915050565b6121e783612f0b565b9392505050565b5f6001600160801b03821115610a05576040516306dfcc6560e41b81526080600482015260248101839052604401610145565b61225f6040518060e001604052805f81526020015f815260200160608152602001606081526020016060815260200160608152602001606081525090565b60605f61226d60088561496a565b90506122798682612fc6565b9250806001600160401b03811115612293576122936147e4565b6040519080825280602002602001820160405280156122bc578160200160208202803683370190505b5060408401516060850151600a602052919350905f5b83811015612329578060031b88013560c01c8160051b6020850101528089015f5260405f2054808260051b60208801015260ff8160301c166123205763ffffffff81168260051b6020850101525b506001016122d2565b50612333856131a0565b505050935093915050565b5f811561238c5761235060108461496a565b6010600161235e858761448a565b6123689190614ae0565b612372919061496a565b61237c9190614ae0565b61238790600161448a565b6109ce565b505f92915050565b845160208601515f919082906123aa908361448a565b9050808a60a0015110156123bf575060a08901515b8181116123d05783925050506124b6565b5f6123e48787878e60a0015187878e613238565b9450905085841115612413576040516393b2cee560e01b81526004810187905260248101859052604401610145565b6020808c01515f9081526012909152604090205481146124565760208b0151604051630d7d552b60e21b8152610145918c91600401918252602082015260400190565b6124888960405180606001604052808e6040015181526020018e6060015181526020018e608001518152508a856132f4565b8b60e001818151612499919061448a565b90525060c08b0151156124b2576124b28b8a8585613508565b5050505b979650505050505050565b604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b820483166101608601819052600160a81b8304909116610180860152600160b01b82049092166101a085015293909304166101c082015284515f926001600160801b039091169083906125d0908390613678565b600554909150600160801b90046001600160401b03165f805b8a60200151811015612781578a60600151818151811061260b5761260b614a5e565b60200260200101515f148061261e575084155b156126b0578a60400151818151811061263957612639614a5e565b60200260200101515f146126ab578a5161265490829061448a565b8b60400151828151811061266a5761266a614a5e565b60209081029190910101516040516333c106c560e01b8152600481019290925260248201525f6044820181905260648201526084810185905260a401610145565b612779565b6126bc8b828787613688565b5f856126c88d84613745565b6126d2919061496a565b9050808a83815181106126e7576126e7614a5e565b60209081029190910101526126fc818461448a565b92505f5f8611801561272b5750858d60a00151848151811061272057612720614a5e565b602002602001015110155b905061276a838e5f015161273f919061448a565b8b858151811061275157612751614a5e565b602002602001015184848c610180015160ff168a6137f0565b612774908a61448a565b985050505b6001016125e9565b5061278b8161397f565b8960200181815161279c919061449d565b6001600160401b031690525061089a8a6139b4565b5f5f5f6127be8686613ac5565b91509150815f036127e2578381816127d8576127d8614956565b04925050506121e7565b8184116127f9576127f96003851502601118613ae1565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f80805b86518110156128c85786818151811061288057612880614a5e565b602002602001015160e0015187828151811061289e5761289e614a5e565b6020026020010151604001516128b49190614a2f565b6128be908361448a565b9150600101612865565b50805f036128d9575f915050612a64565b5f5b8651811015612a61575f8782815181106128f7576128f7614a5e565b602002602001015190505f8160e0015182604001516129169190614a2f565b90505f6129248883876127b1565b90505f6129328884886127b1565b84519091505f9061294e906129488d600161449d565b84613af2565b905061295a8183614ae0565b612964908461448a565b925082156129785784516129789084613d88565b612982818461448a565b61298c908961448a565b9750670de0b6b3a76400008560e0015161ffff6129a99190614a2f565b6129b3919061496a565b6020808701515f908152600a8252604090819020805461ffff949094166401000000000265ffff00000000199094169390931790925586518288015160e0890151845191825292810192909252918101859052606081018390526001600160a01b03909116906001600160401b038d16907f34fab1755407cee16aec7990ed44237d141cbdb5df37961be06512b01a9df5139060800160405180910390a350505050508060010190506128db565b50505b949350505050565b80515f90808203612a7f57505f92915050565b5f816001600160401b03811115612a9857612a986147e4565b604051908082528060200260200182016040528015612ac1578160200160208202803683370190505b5090505f826001600160401b03811115612add57612add6147e4565b604051908082528060200260200182016040528015612b06578160200160208202803683370190505b5090505f5b83811015612ba557858181518110612b2557612b25614a5e565b60200260200101515f0151838281518110612b4257612b42614a5e565b60200260200101906001600160a01b031690816001600160a01b031681525050858181518110612b7457612b74614a5e565b602002602001015160e00151828281518110612b9257612b92614a5e565b6020908102919091010152600101612b0b565b50600354604051636aabe8f360e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691636aabe8f391612c059186918691600160e01b900463ffffffff1690600401614ce7565b5f604051808303815f87803b158015612c1c575f5ffd5b505af1158015612c2e573d5f5f3e3d5ffd5b5050604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b82048316610160860152600160a81b820416610180850152600160b01b81049091166101a08401819052939004166101c082015292505f915061271090612d3b90670de0b6b3a764000090614a2f565b612d45919061496a565b90505f5b85811015612ec6575f600a5f8a8481518110612d6757612d67614a5e565b60200260200101516020015181526020019081526020015f2090505f837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166385bf82d6898681518110612dc557612dc5614a5e565b60200260200101516040518263ffffffff1660e01b8152600401612df891906001600160a01b0391909116815260200190565b602060405180830381865afa158015612e13573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612e379190614a18565b10612e42575f612e59565b8154612e5990600160381b900460ff166001614d55565b905084610180015160ff168160ff1610612ea157612e91878481518110612e8257612e82614a5e565b60200260200101516002611fdd565b612e9b908a61448a565b98505f90505b815460ff909116600160381b0267ff0000000000000019909116179055600101612d49565b505050505050919050565b612ede8383836001613db8565b612f0657604051635274afe760e01b81526001600160a01b0384166004820152602401610145565b505050565b6001600160a01b0381165f908152600b60209081526040808320815160808101835290546001600160601b038116825261ffff600160601b8204169382019390935260ff600160701b84048116158015938301849052600160781b909404161515606082015291839190612f80575081606001515b612f8a575f612f8d565b81515b6001600160a01b0385165f908152600d60205260409020546001600160601b03919091169150612a64906001600160801b03168261448a565b6130046040518060e001604052805f81526020015f815260200160608152602001606081526020016060815260200160608152602001606081525090565b82815260208101829052816001600160401b03811115613026576130266147e4565b60405190808252806020026020018201604052801561304f578160200160208202803683370190505b506040820152816001600160401b0381111561306d5761306d6147e4565b604051908082528060200260200182016040528015613096578160200160208202803683370190505b5060608201526130a7826003614a2f565b6130b290600361448a565b6001600160401b038111156130c9576130c96147e4565b6040519080825280602002602001820160405280156130f2578160200160208202803683370190505b506080820152816001600160401b03811115613110576131106147e4565b604051908082528060200260200182016040528015613139578160200160208202803683370190505b5060a0820152613149838361233e565b613154906002614a2f565b6001600160401b0381111561316b5761316b6147e4565b604051908082528060200260200182016040528015613194578160200160208202803683370190505b5060c082015292915050565b80516020820151602060408401510160206060850151016020608086015101602060c0870151016010860695505f5b8581101561322e57600581901b85810151606083028501528401518015613225578188018060041c60061b840161ffff600f831660041b60f0031b81511781526020810151831115613222578260208201525b50505b506001016131cf565b5050505050505050565b5f5f83861015613246578593505b608080860490607f86810182900491908901045f6101008085029060028c0290850210613276578a60020261327c565b61010084025b0390508c8b0161328f8186868686613e1a565b965083830360200282866020028e01010195505f60108b816132b3576132b3614956565b04905061010086026020808802840190830201035f8260105f198e0104036001016020029050808260208d0137505050505050505097509795505050505050565b5f84515f52602060608601510160205260105f51065f5103604085015160208501805f83115f518711161561333b57600160105f510460106001890304030160051b820190505b602060c08a0151016060855f510302602060808c0151010389515b838510156133f157825186602085015110613379576133768789836133fd565b90505b89601089011115613390575f19888b0360041b1c19165b808651169050825f518910156133b657885f5103828160041b1b92506060810285019150505b81156133d1576133cc60208e0151848385613447565b8a0199505b505060208501945060408301925060108701965061060082019150613356565b50505050505050612a64565b5f5f5b601081101561343f5761ffff8160041b60f0031b8084161561343657855f518387010360051b6020510151101561343657918217915b50600101613400565b509392505050565b5f8360801b5b82156134ff5785670de0b6b3a76400008460f01c020484518082105f81146134845760408701805189850201905293820193613499565b6020870180518385118a028601019052938101935b5087670de0b6b3a764000061ffff8760e01c1602049150606086015190508082105f81146134d65760a087018051898502019052938201936134eb565b6080870180518385118a028601019052938101935b5050508260201b925060c08401935061344d565b50949350505050565b5f6135156101008461497d565b61351f9084614ae0565b90505b81811015613671575f60138161353a6101008561496a565b602089015161354a906004614a2f565b613554919061448a565b81526020019081526020015f20549050805f03613571575061365e565b5f84831061357f5782613581565b845b90505f846135918561010061448a565b116135a7576135a28461010061448a565b6135a9565b845b9050815b81811015613659576135c16101008261497d565b84901c600116156136515760608801515f906135dd8984614ae0565b815181106135ed576135ed614a5e565b60200260200101519050805f1480613609575089608001518110155b156136145750613651565b60408a015160a08a01516136288a85614ae0565b8151811061363857613638614a5e565b6020026020010181815161364c919061448a565b905250505b6001016135ad565b505050505b61366a6101008261448a565b9050613522565b5050505050565b5f6109ce83836127106001613e91565b5f8460400151848151811061369f5761369f614a5e565b602002602001015190505f815f146136c0576136bb8686613edc565b6136c2565b835b90505f6136cf8787613f1e565b9050838210806136df5750838110155b806136f15750670de0b6b3a764000083115b1561373c57865161370390879061448a565b6040516333c106c560e01b815260048101919091526024810184905260448101839052606481018290526084810185905260a401610145565b50505050505050565b5f6080836080015183600361375a9190614a2f565b61376590600161448a565b8151811061377557613775614a5e565b6020026020010151901c83608001518360036137919190614a2f565b815181106137a1576137a1614a5e565b60200260200101516137b39190614a2f565b60808401516137c3846003614a2f565b6137ce90600261448a565b815181106137de576137de614a5e565b60200260200101516109ce919061448a565b6040805160e0808201835263ffffffff88168252602088811c61ffff1690830152603088901c60ff908116151583850152603889901c1660608301529187901c6001600160601b0316608082015260a087811c6001600160401b0316908201529086901c60c08201525f905f61386582613f64565b82608001516001600160601b031661387d919061448a565b90506001600160601b038111156138b2575f898152600960205260409020546138af906001600160a01b031682613d88565b505f5b6001600160601b03811660808301526001600160401b0380881660a08401526138dc908516613fee565b63ffffffff1660c08301525f866138f3575f613906565b60608301516139069060ff16600161448a565b9050858110613937575f8a815260096020526040902054613931906001600160a01b03166001611fdd565b93505f90505b60ff81166060840152670de0b6b3a76400006139558961ffff614a2f565b61395f919061496a565b61ffff1660208401526139728a8461401e565b5050509695505050505050565b5f6001600160401b03821115610a0557604080516306dfcc6560e41b8152600481019190915260248101839052604401610145565b805160208201515f906139c7908361448a565b60408401519091505f6139db60108561497d565b6139e59085614ae0565b90505b82811015613671575f6015816139ff60108561496a565b81526020019081526020015f205490505f858310613a1d5782613a1f565b855b90505f85613a2e85601061448a565b10613a395785613a44565b613a4484601061448a565b9050815b81811015613a8e5784810360041b60f003670de0b6b3a764000061ffff60018b85030160051b890151020480821b61ffff831b1987161795505050600181019050613a48565b508260155f613a9e60108861496a565b815260208101919091526040015f205550613abe9150601090508261448a565b90506139e8565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b0383165f818152600d602090815260408083208151808301835290546001600160801b038082168352600160801b91829004811683860152868652601c85528386208451808601865290548083168252929092046001600160401b031682860152958552600e9093529083205482519394919390911615801590613b935750856001600160401b031682602001516001600160401b031614155b15613c30576001600160a01b0387165f908152601d60209081526040808320858301516001600160401b031684529091528120549003613c0857613bd881600161448a565b6001600160a01b0388165f908152601d60209081526040808320868301516001600160401b031684529091529020555b6001600160a01b0387165f908152601c6020526040812080546001600160c01b031916905582525b5f866001600160401b031683602001516001600160401b031614613c54575f613c57565b82515b8460200151613c669190614d6e565b6001600160801b031690505f613c7b89612154565b90508115801590613c8b57508015155b15613d11575f613cb583875f01516001600160801b031688602001516001600160801b03166127b1565b905081811115613cc25750805b613ccd8882846127b1565b9650613ce9876ec097ce7bc90715b34b9f1000000000856127b1565b613cf3908561448a565b6001600160a01b038b165f908152600e602052604090208190559350505b83516001600160801b031615801590613d3f5750876001600160401b031684602001516001600160401b0316145b15613d7c57613d4f83600161448a565b6001600160a01b038a165f908152601d602090815260408083206001600160401b038d1684529091529020555b50505050509392505050565b6001600160a01b0382165f9081526011602052604081208054839290613daf90849061448a565b90915550505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613e0e578383151615613e02573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f60405161010081018660051b88018760051b89833786860360051b8582018860051b840137875b87811015613e7c5761010089820302808703610100811115613e6357506101005b8082850187378520600583901b85015250600101613e42565b50508460051b81209250505095945050505050565b5f613ebe613e9e8361403d565b8015613eb957505f8480613eb457613eb4614956565b868809115b151590565b613ec98686866127b1565b613ed3919061448a565b95945050505050565b5f60808360800151836003613ef19190614a2f565b613efc90600161448a565b81518110613f0c57613f0c614a5e565b6020026020010151901c905092915050565b60808201515f90613f30836003614a2f565b613f3b90600161448a565b81518110613f4b57613f4b614a5e565b60200260200101516001600160801b0316905092915050565b5f8160a001516001600160401b03165f1480613fa85750600560109054906101000a90046001600160401b03166001600160401b03168260c0015163ffffffff1610155b15613fb457505f919050565b60a082015160c083015163ffffffff165f908152601660205260409020546109d1916001600160401b031690670de0b6b3a76400006127b1565b5f63ffffffff821115610a05576040516306dfcc6560e41b81526020600482015260248101839052604401610145565b5f828152600a602052604081209061403583614069565b909155505050565b5f600282600381111561405257614052614ca9565b61405c9190614d8d565b60ff166001149050919050565b5f60e08260c0015163ffffffff16901b60a08360a001516001600160401b0316901b604084608001516001600160601b0316901b6038856060015160ff16901b603086604001516140ba575f6140bd565b60015b901b6020876020015161ffff16901b875f015163ffffffff161717171717179050919050565b6040518061010001604052805f6001600160a01b031681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f81525090565b5f6101e0828403121561413c575f5ffd5b50919050565b5f6101e08284031215614153575f5ffd5b6109ce838361412b565b6001600160a01b0381168114614171575f5ffd5b50565b5f5f5f6102208486031215614187575f5ffd5b8335925060208401356141998161415d565b91506141a8856040860161412b565b90509250925092565b5f5f83601f8401126141c1575f5ffd5b5081356001600160401b038111156141d7575f5ffd5b6020830191508360208285010111156141ee575f5ffd5b9250929050565b5f5f5f5f60408587031215614208575f5ffd5b84356001600160401b0381111561421d575f5ffd5b614229878288016141b1565b90955093505060208501356001600160401b03811115614247575f5ffd5b614253878288016141b1565b95989497509550505050565b6001600160601b0381168114614171575f5ffd5b803561427e8161425f565b919050565b63ffffffff81168114614171575f5ffd5b803561427e81614283565b61ffff81168114614171575f5ffd5b803561427e8161429f565b8015158114614171575f5ffd5b803561427e816142b9565b60ff81168114614171575f5ffd5b803561427e816142d1565b614304826142f783614273565b6001600160601b03169052565b61431060208201614273565b6001600160601b0316602083015261432a60408201614294565b63ffffffff16604083015261434160608201614294565b63ffffffff16606083015261435860808201614294565b63ffffffff16608083015261436f60a08201614294565b63ffffffff1660a083015261438660c08201614294565b63ffffffff1660c083015261439d60e082016142ae565b61ffff1660e08301526143b361010082016142ae565b61ffff166101008301526143ca61012082016142ae565b61ffff166101208301526143e161014082016142c6565b15156101408301526143f661016082016142ae565b61ffff1661016083015261440d61018082016142df565b60ff166101808301526144236101a082016142ae565b61ffff166101a083015261443a6101c08201614294565b63ffffffff81166101c0840152505050565b6101e081016109d182846142ea565b5f6020828403121561446b575f5ffd5b81516121e781614283565b634e487b7160e01b5f52601160045260245ffd5b808201808211156109d1576109d1614476565b6001600160401b0381811683821601908111156109d1576109d1614476565b5f81356109d18161425f565b5f81356109d181614283565b5f81356109d18161429f565b5f81356109d1816142b9565b5f81356109d1816142d1565b614526614504836144bc565b82546bffffffffffffffffffffffff19166001600160601b0391909116178255565b614569614535602084016144bc565b8280546bffffffffffffffffffffffff60601b191660609290921b6bffffffffffffffffffffffff60601b16919091179055565b61459c614578604084016144c8565b82805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055565b6145cf6145ab606084016144c8565b8280546001600160e01b031660e09290921b6001600160e01b031916919091179055565b600181016145f96145e2608085016144c8565b825463ffffffff191663ffffffff91909116178255565b61462a61460860a085016144c8565b825467ffffffff00000000191660209190911b67ffffffff0000000016178255565b61466361463960c085016144c8565b82546bffffffff0000000000000000191660409190911b6bffffffff000000000000000016178255565b61469261467260e085016144d4565b82805461ffff60601b191660609290921b61ffff60601b16919091179055565b6146c26146a261010085016144d4565b82805461ffff60701b191660709290921b61ffff60701b16919091179055565b6146f26146d261012085016144d4565b82805461ffff60801b191660809290921b61ffff60801b16919091179055565b61472061470261014085016144e0565b82805460ff60901b191691151560901b60ff60901b16919091179055565b61475061473061016085016144d4565b82805461ffff60981b191660989290921b61ffff60981b16919091179055565b61477e61476061018085016144ec565b82805460ff60a81b191660a89290921b60ff60a81b16919091179055565b6147ae61478e6101a085016144d4565b82805461ffff60b01b191660b09290921b61ffff60b01b16919091179055565b612f066145786101c085016144c8565b61020081016147cd82856142ea565b6001600160401b0383166101e08301529392505050565b634e487b7160e01b5f52604160045260245ffd5b6040516101e081016001600160401b038111828210171561482757634e487b7160e01b5f52604160045260245ffd5b60405290565b5f6101e082840312801561483f575f5ffd5b506148486147f8565b61485183614273565b815261485f60208401614273565b602082015261487060408401614294565b604082015261488160608401614294565b606082015261489260808401614294565b60808201526148a360a08401614294565b60a08201526148b460c08401614294565b60c08201526148c560e084016142ae565b60e08201526148d761010084016142ae565b6101008201526148ea61012084016142ae565b6101208201526148fd61014084016142c6565b61014082015261491061016084016142ae565b61016082015261492361018084016142df565b6101808201526149366101a084016142ae565b6101a08201526149496101c08401614294565b6101c08201529392505050565b634e487b7160e01b5f52601260045260245ffd5b5f8261497857614978614956565b500490565b5f8261498b5761498b614956565b500690565b5f602082840312156149a0575f5ffd5b81356121e78161425f565b5f602082840312156149bb575f5ffd5b81356121e78161429f565b5f602082840312156149d6575f5ffd5b81356121e781614283565b5f602082840312156149f1575f5ffd5b81356121e7816142d1565b63ffffffff82811682821603908111156109d1576109d1614476565b5f60208284031215614a28575f5ffd5b5051919050565b80820281158282048414176109d1576109d1614476565b5f60018201614a5757614a57614476565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b5f8151808452602084019350602083015f5b82811015614aa2578151865260209586019590910190600101614a84565b5093949350505050565b838152606060208201525f614ac46060830185614a72565b8281036040840152614ad68185614a72565b9695505050505050565b818103818111156109d1576109d1614476565b81516001600160601b031681526101e081016020830151614b1f60208401826001600160601b03169052565b506040830151614b37604084018263ffffffff169052565b506060830151614b4f606084018263ffffffff169052565b506080830151614b67608084018263ffffffff169052565b5060a0830151614b7f60a084018263ffffffff169052565b5060c0830151614b9760c084018263ffffffff169052565b5060e0830151614bad60e084018261ffff169052565b50610100830151614bc561010084018261ffff169052565b50610120830151614bdd61012084018261ffff169052565b50610140830151614bf361014084018215159052565b50610160830151614c0b61016084018261ffff169052565b50610180830151614c2261018084018260ff169052565b506101a0830151614c3a6101a084018261ffff169052565b506101c083015161214d6101c084018263ffffffff169052565b5f60208284031215614c64575f5ffd5b81516121e7816142b9565b5f60208284031215614c7f575f5ffd5b81516121e78161415d565b6001600160601b0382811682821603908111156109d1576109d1614476565b634e487b7160e01b5f52602160045260245ffd5b6040810160038410614cdd57634e487b7160e01b5f52602160045260245ffd5b9281526020015290565b606080825284519082018190525f9060208601906080840190835b81811015614d295783516001600160a01b0316835260209384019390920191600101614d02565b50508381036020850152614d3d8187614a72565b9250505063ffffffff83166040830152949350505050565b60ff81811683821601908111156109d1576109d1614476565b6001600160801b0382811682821603908111156109d1576109d1614476565b5f60ff831680614d9f57614d9f614956565b8060ff8416069150509291505056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x01 `@R4\x80\x15a\0\x10W__\xFD[P`@QaO\x1E8\x03\x80aO\x1E\x839\x81\x01`@\x81\x90Ra\0/\x91a\0\x85V[`\x01`\x01`\xA0\x1B\x03\x93\x84\x16`\x80R\x91\x83\x16`\xA0R\x82\x16`\xC0R\x16`\xE0R_\x80Tc\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16c\xFF\xFF\xFF\xFF`\xB0\x1B\x17\x90U0a\x01\0Ra\0\xE1V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\0\x82W__\xFD[PV[____`\x80\x85\x87\x03\x12\x15a\0\x98W__\xFD[\x84Qa\0\xA3\x81a\0nV[` \x86\x01Q\x90\x94Pa\0\xB4\x81a\0nV[`@\x86\x01Q\x90\x93Pa\0\xC5\x81a\0nV[``\x86\x01Q\x90\x92Pa\0\xD6\x81a\0nV[\x93\x96\x92\x95P\x90\x93PPV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0QaM\xAEa\x01p_9_\x81\x81`\xDE\x01R\x81\x81a\x05\x8F\x01Ra\x06\xE2\x01R_a\x15Z\x01R_\x81\x81a\r\xB8\x01R\x81\x81a \xF5\x01R\x81\x81a+\xB8\x01Ra-\x86\x01R_\x81\x81a\x1Ey\x01Ra\x1Fi\x01R_\x81\x81`\x82\x01R\x81\x81a\x01\x90\x01R\x81\x81a\x02\x0C\x01R\x81\x81a\x03\x1F\x01R\x81\x81a\x05\xD9\x01R\x81\x81a\x1D\xA2\x01Ra\x1E\xE1\x01RaM\xAE_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\0IW_5`\xE0\x1C\x80b#\x1D%\x14a\0MW\x80c\n<4\x95\x14a\0bW\x80c{\x109\x99\x14a\0uW\x80c\xC4*\xF7\x10\x14a\0\xB1W[__\xFD[a\0`a\0[6`\x04aABV[a\0\xD4V[\0[a\0`a\0p6`\x04aAtV[a\x05\x85V[`@Q`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\0\xC4a\0\xBF6`\x04aA\xF5V[a\x06\xD7V[`@Q\x90\x15\x15\x81R` \x01a\0\xA8V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x01\x1DW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x01NW`@Qc$Z\xEC\xD3`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x01yW`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@Qc\xC3c\x1E\xA9`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xC3c\x1E\xA9\x90a\x01\xC5\x90\x84\x90`\x04\x01aDLV[_`@Q\x80\x83\x03\x81\x86\x80;\x15\x80\x15a\x01\xDBW__\xFD[PZ\xFA\x15\x80\x15a\x01\xEDW=__>=_\xFD[PPPP_`\x05_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cnGXa`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x02fW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x02\x8A\x91\x90aD[V[c\xFF\xFF\xFF\xFF\x16\x90P`\x01`\x01`@\x1B\x03\x82\x16\x15\x80\x15\x90a\x02\xBBWPa\x02\xB8\x81`\x01`\x01`@\x1B\x03\x84\x16aD\x8AV[B\x10[\x15a\x02\xF8Wa\x02\xD3\x81`\x01`\x01`@\x1B\x03\x84\x16aD\x8AV[`@Qc-d\x08\xCB`\xE2\x1B\x81R`\x01`\x01`@\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x01EV[__`\x16\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x90P\x80`\x01`\x01`@\x1B\x03\x16\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xE0\xB1ed`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x03yW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x03\x9D\x91\x90aD[V[a\x03\xAD\x90c\xFF\xFF\xFF\xFF\x16BaD\x8AV[\x10a\x03\xD6W`@Qc\x7FMq\t`\xE1\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x01EV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01R_a\x04\xCF\x82\x87a\x08\xA7V[a\x04\xD9W_a\x04\xDFV[\x81`\xA0\x01Q[a\x04\xEF\x90c\xFF\xFF\xFF\xFF\x16BaD\x9DV[\x90P\x85`\x1Ea\x04\xFE\x82\x82aD\xF8V[PP` \x80T`\x01`@\x1B`\x01`\x01`@\x1B\x03\x84\x81\x16h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16\x92\x90\x92\x17\x17\x90\x91U`\x05\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16B\x90\x92\x16\x91\x90\x91\x17\x90U`@Q\x7F\xFE\xCE^\x87\xA4\\\xABk\xE8\xE0\xC7^k\xC7\xB0\t\x11\x83y\x9D.\xDA\x95\xF75T\x95\xC0\xCC\xFFc\xA8\x90a\x05u\x90\x88\x90\x84\x90aG\xBEV[`@Q\x80\x91\x03\x90\xA1PPPPPPV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x05\xCEW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x15\x80a\x06\x13WP_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x15\x15[\x15a\x063W`@Qc1\x8D\x14\xA5`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01a\x01EV[_\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90Ua\x06V\x83a\t\xD7V[_\x80Ta\xFF\xFF\x92\x90\x92\x16`\x01`\xA0\x1B\x02a\xFF\xFF`\xA0\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90U\x80`\x03a\x06\x83\x82\x82aD\xF8V[Pa\x06\x9D\x90Pa\x06\x986\x83\x90\x03\x83\x01\x83aH-V[a\n\tV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x84\x90\x7F\xA7\xA5\xB8\x0B\xCD;\xEFvRN\xC8\x05Y\xF1\xAD\x1924@\x89\xB3\x16\xA7\xBEa\x9E\xD29V\xB5\xADl\x90_\x90\xA3PPPV[_`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x07!W`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x07)a\n\xDBV[`\x05Ta\xFF\xFF`\x01`\xD0\x1B\x90\x91\x04\x16``a\x07c`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x91\x90\x91R\x90V[_\x83\x81\x03a\x07\x7FWa\x07sa\x0B\xC0V[\x91\x94P\x92P\x90Pa\x07\x8DV[a\x07\x87a\x0FdV[\x90\x93P\x91P[_a\x07\x99`\x08\x8AaIjV[\x90Pa\x07\xA6`\x08\x8AaI}V[\x15\x15\x80a\x07\xC3WP``\x83\x01Qa\xFF\xFF\x16a\x07\xC1\x82\x87aD\x8AV[\x11[\x80a\x07\xDEWP\x80\x15\x80\x15a\x07\xDEWP\x82``\x01Qa\xFF\xFF\x16\x85\x10[\x15a\x08\x16W``\x83\x01Q`@Qca''G`\xE0\x1B\x81R`\x04\x81\x01\x8B\x90R`$\x81\x01\x87\x90Ra\xFF\xFF\x90\x91\x16`D\x82\x01R`d\x01a\x01EV[a\x08%\x84\x84\x87\x8D\x8D\x8D\x8Da\x11\xDFV[a\x08/\x90\x83aD\x8AV[\x91Pa\x08;\x81\x86aD\x8AV[\x94P\x82``\x01Qa\xFF\xFF\x16\x85\x10\x15a\x08vWa\x08W\x84\x84a\x13qV[`\x05\x80Ta\xFF\xFF`\xD0\x1B\x19\x16`\x01`\xD0\x1Ba\xFF\xFF\x88\x16\x02\x17\x90Ua\x08\x91V[a\x08\x80\x84\x84a\x15=V[a\x08\x8A\x90\x83aD\x8AV[\x91P`\x01\x95P[a\x08\x9A\x82a\x1D\x95V[PPPPP\x94\x93PPPPV[\x81Q_\x90`\x01`\x01``\x1B\x03\x16a\x08\xC1` \x84\x01\x84aI\x90V[`\x01`\x01``\x1B\x03\x16\x11\x80a\x08\xFDWP\x82` \x01Q`\x01`\x01``\x1B\x03\x16\x82` \x01` \x81\x01\x90a\x08\xF2\x91\x90aI\x90V[`\x01`\x01``\x1B\x03\x16\x11[\x80a\t%WP\x82`\xE0\x01Qa\xFF\xFF\x16\x82`\xE0\x01` \x81\x01\x90a\t\x1F\x91\x90aI\xABV[a\xFF\xFF\x16\x11[\x80a\tOWP\x82a\x01\xA0\x01Qa\xFF\xFF\x16\x82a\x01\xA0\x01` \x81\x01\x90a\tI\x91\x90aI\xABV[a\xFF\xFF\x16\x11[\x80a\t{WP\x82`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x82`\xA0\x01` \x81\x01\x90a\ts\x91\x90aI\xC6V[c\xFF\xFF\xFF\xFF\x16\x11[\x80a\t\xA3WP\x82a\x01\x80\x01Q`\xFF\x16\x82a\x01\x80\x01` \x81\x01\x90a\t\x9E\x91\x90aI\xE1V[`\xFF\x16\x10[\x80a\t\xCEWP\x82a\x01`\x01Qa\xFF\xFF\x16\x82a\x01`\x01` \x81\x01\x90a\t\xC7\x91\x90aI\xABV[a\xFF\xFF\x16\x14\x15[\x90P[\x92\x91PPV[_a\xFF\xFF\x82\x11\x15a\n\x05W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x10`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[P\x90V[_\x81``\x01Qc\xFF\xFF\xFF\xFF\x16Ba\n \x91\x90aD\x8AV[_\x80Tc\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1Bc\xFF\xFF\xFF\xFF\x84\x16\x02\x17\x90Ua\x01@\x83\x01Q\x90\x91Pa\nPW\x80a\n_V[`\xC0\x82\x01Qa\n_\x90\x82aI\xFCV[_\x80Ta\x01@\x85\x01Qd\xFF\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x90\x91\x16`\x01`\xD0\x1Bc\xFF\xFF\xFF\xFF\x94\x90\x94\x16\x93\x90\x93\x02`\xFF`\xF0\x1B\x19\x16\x92\x90\x92\x17`\x01`\xF0\x1B\x83\x15\x15\x02\x17\x90Ua\n\xA8WBa\n\xB7V[`\xC0\x82\x01Qa\n\xB7\x90\x82aI\xFCV[`\x05`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPPPV[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x0B\x06W`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16B\x81\x11\x15a\x0BGW`@Qc\xD2\"\xB9\x89`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R_`$\x82\x01R`D\x01a\x01EV[`\x04T_\x90a\x0Bc\x90`\x01`\xC0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x83aD\x8AV[\x90Pa\x0Bma\x1F\x90V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\x0B\x8DWP\x80B\x10[\x15a\x0B\xBCW`@Qc-\xBCG\x01`\xE0\x1B\x81R3`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x82\x16`$\x82\x01R`D\x01a\x01EV[PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92R`\x05T_\x90`\x01`\xC0\x1B\x90\x04a\xFF\xFF\x16\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\x0C\x0CWa\x0C\x0CaG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0CEW\x81` \x01[a\x0C2a@\xE3V[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x0C*W\x90P[P\x93P___[\x83\x81\x10\x15a\x0F\x11W_a\x0C\x86`\x14\x82a\x0Cf`\x10\x86aIjV[\x81R` \x01\x90\x81R` \x01_ T`\x10\x84a\x0C\x81\x91\x90aI}V[a\x1F\xBCV[a\xFF\xFF\x16_\x81\x81R`\x12` R`@\x90 `\x01\x81\x01T\x91\x92P\x90`\x01`\xE0\x1B\x90\x04`\xFF\x16a\x0C\xD9W`\x01\x81\x01Ta\x0C\xC6\x90`\x01`\x01`\xA0\x1B\x03\x16_a\x1F\xDDV[a\x0C\xD0\x90\x88aD\x8AV[\x96PPPa\x0F\tV[`\x01\x81\x01T`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x0B` \x90\x81R`@\x91\x82\x90 \x82Q`\x80\x81\x01\x84R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x92\x82\x01\x92\x90\x92R`\xFF`\x01`p\x1B\x83\x04\x81\x16\x15\x80\x15\x94\x83\x01\x94\x90\x94R`\x01`x\x1B\x90\x92\x04\x90\x91\x16\x15\x15``\x82\x01R\x90\x80a\rUWP\x80``\x01Q\x15[\x80a\rhWP\x82\x81` \x01Qa\xFF\xFF\x16\x14\x15[\x80a\r{WP`\x02\x82\x01Tc\xFF\xFF\xFF\xFF\x16\x15[\x15a\r\x88WPPPa\x0F\tV[`\x01\x82\x01T`@QcB\xDF\xC1k`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x04\x82\x01R_\x91g\r\xE0\xB6\xB3\xA7d\0\0\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\x85\xBF\x82\xD6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\r\xFFW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E#\x91\x90aJ\x18V[`\x01\x85\x01Ta\x0E:\x90`\x01`\x01`\xA0\x1B\x03\x16a!TV[a\x0ED\x91\x90aJ/V[a\x0EN\x91\x90aIjV[\x90P\x80_\x03a\x0E`WPPPPa\x0F\tV[`@\x80Qa\x01\0\x81\x01\x82R`\x01\x85\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x82R` \x82\x01\x87\x90R\x91\x81\x01\x83\x90R`\x02\x85\x01Tc\xFF\xFF\xFF\xFF\x90\x81\x16``\x83\x01R`\x01`\xA0\x1B\x83\x04\x16`\x80\x82\x01R`\x01`\xF0\x1B\x82\x04a\xFF\xFF\x16`\xA0\x82\x01R`\x01`\xE8\x1B\x90\x91\x04`\xFF\x16\x15\x15`\xC0\x82\x01R_`\xE0\x82\x01R\x8B\x88a\x0E\xDB\x81aJFV[\x99P\x81Q\x81\x10a\x0E\xEDWa\x0E\xEDaJ^V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra\x0F\x02\x81\x87aD\x8AV[\x95PPPPP[`\x01\x01a\x0CLV[P\x81\x86R`@Q\x80`\x80\x01`@R\x80a\x0F)\x83a!\xEEV[`\x01`\x01`\x80\x1B\x03\x16\x81R_` \x82\x01Ra\xFF\xFF\x93\x84\x16`@\x82\x01R`\x05T`\x01``\x1B\x90\x04\x90\x93\x16``\x90\x93\x01\x92\x90\x92RP\x93\x94\x91\x92PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92RP`@\x80Q`\x80\x81\x01\x82R`\x19T`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16` \x84\x01Ra\xFF\xFF`\x01`\xC0\x1B\x83\x04\x81\x16\x94\x84\x01\x85\x90R`\x01`\xD0\x1B\x90\x92\x04\x90\x91\x16``\x83\x01R\x90\x91\x90\x81\x11\x15a\x0F\xECWa\x0F\xECaG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x10%W\x81` \x01[a\x10\x12a@\xE3V[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x10\nW\x90P[P\x91P_[\x82Q\x81\x10\x15a\x11\xDAW_`\x17_\x83\x81R` \x01\x90\x81R` \x01_ `@Q\x80`\xC0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_\x82\x01`\x14\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01_\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1A\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81RPP\x90P_`\x18_\x84\x81R` \x01\x90\x81R` \x01_ T\x90P`@Q\x80a\x01\0\x01`@R\x80\x83_\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x83` \x01Qa\xFF\xFF\x16\x81R` \x01`\x80\x83\x90\x1C\x81R` \x01\x83``\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`@\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`\x80\x01Qa\xFF\xFF\x16\x81R` \x01\x83`\xA0\x01Q\x15\x15\x81R` \x01\x82`\x01`\x01`\x80\x1B\x03\x16\x81RP\x85\x84\x81Q\x81\x10a\x11\xC5Wa\x11\xC5aJ^V[` \x90\x81\x02\x91\x90\x91\x01\x01RPP`\x01\x01a\x10*V[P\x90\x91V[___a\x11\xED\x88\x88\x88a\"!V[\x91P\x91P_a\x12\0\x89\x84` \x01Qa#>V[`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\x17Wa\x12\x17aG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x12@W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x80[\x8CQ\x81\x10\x15a\x12\x81Wa\x12w\x8D\x82\x81Q\x81\x10a\x12dWa\x12daJ^V[` \x02` \x01\x01Q\x82\x87\x86\x8C\x8C\x88a#\x94V[\x91P`\x01\x01a\x12FV[P\x80\x86\x14a\x12\xACW`@Qc\x93\xB2\xCE\xE5`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x82\x90R`D\x01a\x01EV[_\x84` \x01Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\xC9Wa\x12\xC9aG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x12\xF2W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90Pa\x13\x01\x85\x8D\x83\x87a$\xC1V[\x95P`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16`\x01`\x01`@\x1B\x03\x16\x7F\x0E\x1C\xFBb\xA5\xDAn\\\xDF~#\xBBgH\xDB\\\x19H\x9E\x80\n5\xE88\xDE\x1A\xBBVQ\xD4d\x95\x8C\x87`@\x01Q\x84`@Qa\x13Y\x93\x92\x91\x90aJ\xACV[`@Q\x80\x91\x03\x90\xA2PPPPP\x97\x96PPPPPPPV[_[\x82Q\x81\x10\x15a\x14\xC4W_\x83\x82\x81Q\x81\x10a\x13\x8FWa\x13\x8FaJ^V[` \x90\x81\x02\x91\x90\x91\x01\x81\x01Q`@\x80Q`\xC0\x80\x82\x01\x83R\x83Q`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x83R\x84\x86\x01Qa\xFF\xFF\x90\x81\x16\x84\x88\x01\x90\x81R`\x80\x80\x88\x01Qc\xFF\xFF\xFF\xFF\x90\x81\x16\x87\x89\x01\x90\x81R``\x80\x8B\x01Q\x83\x16\x90\x89\x01\x90\x81R`\xA0\x80\x8C\x01Q\x87\x16\x85\x8B\x01\x90\x81R\x98\x8C\x01Q\x15\x15\x90\x8A\x01\x90\x81R_\x8F\x81R`\x17\x8ER\x8B\x81 \x9AQ\x8BT\x97Q\x94Q\x93Q\x9AQ\x99\x16`\x01`\x01`\xB0\x1B\x03\x19\x90\x97\x16\x96\x90\x96\x17`\x01`\xA0\x1B\x93\x88\x16\x93\x90\x93\x02\x92\x90\x92\x17g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1B\x91\x84\x16\x91\x90\x91\x02c\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x16\x17`\x01`\xD0\x1B\x97\x90\x92\x16\x96\x90\x96\x02\x17`\x01`\x01`\xF0\x1B\x03\x16`\x01`\xF0\x1B\x94\x90\x93\x16\x93\x90\x93\x02\x91\x90\x91\x17\x84U\x91Q`\x01\x93\x84\x01\x80T`\xFF\x19\x16\x91\x15\x15\x91\x90\x91\x17\x90U`\xE0\x85\x01Q\x94\x84\x01Q`\x18\x90\x96R\x92\x90 \x93\x90\x91\x1B\x90\x91\x17\x90\x91U\x90\x91\x01\x90Pa\x13sV[P\x80Q`\x19\x80T` \x84\x01Q`@\x85\x01Q``\x90\x95\x01Q`\x01`\x01`\x80\x1B\x03\x90\x94\x16`\x01`\x01`\xC0\x1B\x03\x19\x90\x92\x16\x91\x90\x91\x17`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x90\x92\x16\x91\x90\x91\x02\x17c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\x01`\xC0\x1Ba\xFF\xFF\x94\x85\x16\x02a\xFF\xFF`\xD0\x1B\x19\x16\x17`\x01`\xD0\x1B\x93\x90\x92\x16\x92\x90\x92\x02\x17\x90UPV[__`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c2\x9E\xB89`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x15\xB5W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x15\xD9\x91\x90aJ\x18V[\x90P_`\x07T\x82a\x15\xEA\x91\x90aD\x8AV[\x90P_a'\x10a\x15\xFCa\x07\x08\x84aJ/V[a\x16\x06\x91\x90aIjV[\x90P_a'\x10a\x16\x18a\x10\x04\x85aJ/V[a\x16\"\x91\x90aIjV[\x90P_\x81a\x160\x84\x86aJ\xE0V[a\x16:\x91\x90aJ\xE0V[` \x89\x01Q\x90\x91P_\x90\x81\x90`\x01`\x01`@\x1B\x03\x16\x15a\x16\xB9Wa\x16t\x85g\r\xE0\xB6\xB3\xA7d\0\0\x8C` \x01Q`\x01`\x01`@\x1B\x03\x16a'\xB1V[`\x01`\x01`@\x1B\x03\x80\x8A\x16_\x90\x81R`\x16` \x90\x81R`@\x90\x91 \x83\x90U\x8C\x01Q\x91\x92Pa\x16\xAC\x91\x16\x82g\r\xE0\xB6\xB3\xA7d\0\0a'\xB1V[a\x16\xB6\x90\x83aD\x8AV[\x91P[a\x16\xC5\x8B\x89\x86\x86a(aV[a\x16\xCF\x90\x83aD\x8AV[\x91Pa\x16\xDA\x8Ba*lV[\x98P\x81`\x06_\x82\x82Ta\x16\xED\x91\x90aD\x8AV[\x90\x91UP_\x90Pa\x16\xFE\x83\x88aJ\xE0V[`\x07\x81\x90U`@\x80Q\x8A\x81R` \x81\x01\x8A\x90R\x90\x81\x01\x88\x90R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x84\x90R\x90\x91P`\x01`\x01`@\x1B\x03\x8A\x16\x90\x7F>\xD1k\x93\xD7\x04\xB8\x87{\x03\x83~\xFF\x0Fd\x18\x06X\"[\xCC\xA5\xF7/\xE5~\xAFUG}]x\x90`\xE0\x01`@Q\x80\x91\x03\x90\xA2a\x17y\x89`\x01aD\x9DV[`\x05\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x16`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x93\x90\x93\x16\x92\x90\x92\x02c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16\x91\x90\x91\x17\x90U` T`\x01`@\x1B\x90\x04`\xFF\x16\x80\x15a\x17\xD8WP` T`\x01`\x01`@\x1B\x03\x16B\x10\x15[\x15a\x1C\x8FW_`\x1E`@Q\x80a\x01\xE0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x04\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x08\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x12\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81R` \x01`\x01\x82\x01`\x13\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16`\xFF\x16\x81R` \x01`\x01\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81RPP\x90P\x80`\x03_\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x0Ca\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\x80\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01`\x04a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x08a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x01\x01`\x0Ca\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x01\x01`\x0Ea\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01@\x82\x01Q\x81`\x01\x01`\x12a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UPa\x01`\x82\x01Q\x81`\x01\x01`\x13a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\x80\x82\x01Q\x81`\x01\x01`\x15a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UPa\x01\xA0\x82\x01Q\x81`\x01\x01`\x16a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\xC0\x82\x01Q\x81`\x01\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x90PP_` `\x08a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP\x7Fm\x06a\xBE!{W\x17\xE7/\x7F\x9D\xAE~\xD6(\xD5c\x7Ff\xC9wW\xA1\xA0\xF8\xD5\xBCZh\xE6R\x81`@Qa\x1C\x85\x91\x90aJ\xF3V[`@Q\x80\x91\x03\x90\xA1P[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01Ra\x1D\x86\x90a\n\tV[PPPPPPPPP\x92\x91PPV[\x80_\x03a\x1D\x9FWPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cc\xB0\xC4(`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1D\xFCW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1E \x91\x90aLTV[`@\x80Q\x84\x81R\x82\x15\x15` \x82\x01R\x91\x92P\x7F\xC3\x0B\xA58}\x08N!H\xB2\xA9\x13W\xA8\x87\xE7\xB0IcWQL\xFE3\xD9\xFF03\xF6v\xAC\xE5\x91\x01`@Q\x80\x91\x03\x90\xA1\x80\x15a\x1E\xDCW`@Qc\x08R\xCD\x8D`\xE3\x1B\x81R`\x04\x81\x01\x83\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90cB\x96lh\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x1E\xC2W__\xFD[PZ\xF1\x15\x80\x15a\x1E\xD4W=__>=_\xFD[PPPPPPV[a\x0B\xBC\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16ca\xD0'\xB3`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1F;W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1F_\x91\x90aLoV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x84a.\xD1V[`\x02T_\x90`\x01`\x01`\xA0\x1B\x03\x16\x80\x15a\x1F\xAAW\x80a\x1F\xB6V[_T`\x01`\x01`\xA0\x1B\x03\x16[\x91PP\x90V[_a\x1F\xC8\x82`\x10aJ/V[a\x1F\xD3\x90`\xF0aJ\xE0V[\x92\x90\x92\x1C\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x0B` R`@\x81 \x80T`\x01`p\x1B\x90\x04`\xFF\x16a \rW_\x91PPa\t\xD1V[`\x04T\x81Ta'\x10\x91a 5\x91`\x01``\x1B\x90\x91\x04a\xFF\xFF\x16\x90`\x01`\x01``\x1B\x03\x16aJ/V[a ?\x91\x90aIjV[\x81T\x90\x92P\x82\x90\x82\x90_\x90a ^\x90\x84\x90`\x01`\x01``\x1B\x03\x16aL\x8AV[\x92Pa\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP\x83`\x01`\x01`\xA0\x1B\x03\x16\x7F`z\xDB\xA6l\xFF\x84\xB6'\xE3S}\x1C\x17\xD0\x88\xA9\x85V\xBC\xCD\x056\xA2\xF3Y\x0CV2\x90#\xD9\x84\x84`@Qa \xBD\x92\x91\x90aL\xBDV[`@Q\x80\x91\x03\x90\xA2\x80T`\x01`x\x1B\x90\x04`\xFF\x16\x15a!MW`@Qc\x14\xC2U\x93`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cS\tVL\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a!6W__\xFD[PZ\xF1\x15\x80\x15a!HW=__>=_\xFD[PPPP[P\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x1B` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x90\x92RT`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x93\x83\x01\x93\x90\x93R`\x05T\x91\x92a!\xB2\x92\x91\x90\x91\x04\x16`\x01aD\x9DV[`\x01`\x01`@\x1B\x03\x16\x81` \x01Q`\x01`\x01`@\x1B\x03\x16\x03a!\xDEWQ`\x01`\x01`\x80\x1B\x03\x16\x92\x91PPV[a!\xE7\x83a/\x0BV[\x93\x92PPPV[_`\x01`\x01`\x80\x1B\x03\x82\x11\x15a\n\x05W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x80`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[a\"_`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81RP\x90V[``_a\"m`\x08\x85aIjV[\x90Pa\"y\x86\x82a/\xC6V[\x92P\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\"\x93Wa\"\x93aG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\"\xBCW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`@\x84\x01Q``\x85\x01Q`\n` R\x91\x93P\x90_[\x83\x81\x10\x15a#)W\x80`\x03\x1B\x88\x015`\xC0\x1C\x81`\x05\x1B` \x85\x01\x01R\x80\x89\x01_R`@_ T\x80\x82`\x05\x1B` \x88\x01\x01R`\xFF\x81`0\x1C\x16a# Wc\xFF\xFF\xFF\xFF\x81\x16\x82`\x05\x1B` \x85\x01\x01R[P`\x01\x01a\"\xD2V[Pa#3\x85a1\xA0V[PPP\x93P\x93\x91PPV[_\x81\x15a#\x8CWa#P`\x10\x84aIjV[`\x10`\x01a#^\x85\x87aD\x8AV[a#h\x91\x90aJ\xE0V[a#r\x91\x90aIjV[a#|\x91\x90aJ\xE0V[a#\x87\x90`\x01aD\x8AV[a\t\xCEV[P_\x92\x91PPV[\x84Q` \x86\x01Q_\x91\x90\x82\x90a#\xAA\x90\x83aD\x8AV[\x90P\x80\x8A`\xA0\x01Q\x10\x15a#\xBFWP`\xA0\x89\x01Q[\x81\x81\x11a#\xD0W\x83\x92PPPa$\xB6V[_a#\xE4\x87\x87\x87\x8E`\xA0\x01Q\x87\x87\x8Ea28V[\x94P\x90P\x85\x84\x11\x15a$\x13W`@Qc\x93\xB2\xCE\xE5`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x85\x90R`D\x01a\x01EV[` \x80\x8C\x01Q_\x90\x81R`\x12\x90\x91R`@\x90 T\x81\x14a$VW` \x8B\x01Q`@Qc\r}U+`\xE2\x1B\x81Ra\x01E\x91\x8C\x91`\x04\x01\x91\x82R` \x82\x01R`@\x01\x90V[a$\x88\x89`@Q\x80``\x01`@R\x80\x8E`@\x01Q\x81R` \x01\x8E``\x01Q\x81R` \x01\x8E`\x80\x01Q\x81RP\x8A\x85a2\xF4V[\x8B`\xE0\x01\x81\x81Qa$\x99\x91\x90aD\x8AV[\x90RP`\xC0\x8B\x01Q\x15a$\xB2Wa$\xB2\x8B\x8A\x85\x85a5\x08V[PPP[\x97\x96PPPPPPPV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01\x81\x90R`\x01`\xA8\x1B\x83\x04\x90\x91\x16a\x01\x80\x86\x01R`\x01`\xB0\x1B\x82\x04\x90\x92\x16a\x01\xA0\x85\x01R\x93\x90\x93\x04\x16a\x01\xC0\x82\x01R\x84Q_\x92`\x01`\x01`\x80\x1B\x03\x90\x91\x16\x90\x83\x90a%\xD0\x90\x83\x90a6xV[`\x05T\x90\x91P`\x01`\x80\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16_\x80[\x8A` \x01Q\x81\x10\x15a'\x81W\x8A``\x01Q\x81\x81Q\x81\x10a&\x0BWa&\x0BaJ^V[` \x02` \x01\x01Q_\x14\x80a&\x1EWP\x84\x15[\x15a&\xB0W\x8A`@\x01Q\x81\x81Q\x81\x10a&9Wa&9aJ^V[` \x02` \x01\x01Q_\x14a&\xABW\x8AQa&T\x90\x82\x90aD\x8AV[\x8B`@\x01Q\x82\x81Q\x81\x10a&jWa&jaJ^V[` \x90\x81\x02\x91\x90\x91\x01\x01Q`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R_`D\x82\x01\x81\x90R`d\x82\x01R`\x84\x81\x01\x85\x90R`\xA4\x01a\x01EV[a'yV[a&\xBC\x8B\x82\x87\x87a6\x88V[_\x85a&\xC8\x8D\x84a7EV[a&\xD2\x91\x90aIjV[\x90P\x80\x8A\x83\x81Q\x81\x10a&\xE7Wa&\xE7aJ^V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra&\xFC\x81\x84aD\x8AV[\x92P__\x86\x11\x80\x15a'+WP\x85\x8D`\xA0\x01Q\x84\x81Q\x81\x10a' Wa' aJ^V[` \x02` \x01\x01Q\x10\x15[\x90Pa'j\x83\x8E_\x01Qa'?\x91\x90aD\x8AV[\x8B\x85\x81Q\x81\x10a'QWa'QaJ^V[` \x02` \x01\x01Q\x84\x84\x8Ca\x01\x80\x01Q`\xFF\x16\x8Aa7\xF0V[a't\x90\x8AaD\x8AV[\x98PPP[`\x01\x01a%\xE9V[Pa'\x8B\x81a9\x7FV[\x89` \x01\x81\x81Qa'\x9C\x91\x90aD\x9DV[`\x01`\x01`@\x1B\x03\x16\x90RPa\x08\x9A\x8Aa9\xB4V[___a'\xBE\x86\x86a:\xC5V[\x91P\x91P\x81_\x03a'\xE2W\x83\x81\x81a'\xD8Wa'\xD8aIVV[\x04\x92PPPa!\xE7V[\x81\x84\x11a'\xF9Wa'\xF9`\x03\x85\x15\x02`\x11\x18a:\xE1V[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[_\x80\x80[\x86Q\x81\x10\x15a(\xC8W\x86\x81\x81Q\x81\x10a(\x80Wa(\x80aJ^V[` \x02` \x01\x01Q`\xE0\x01Q\x87\x82\x81Q\x81\x10a(\x9EWa(\x9EaJ^V[` \x02` \x01\x01Q`@\x01Qa(\xB4\x91\x90aJ/V[a(\xBE\x90\x83aD\x8AV[\x91P`\x01\x01a(eV[P\x80_\x03a(\xD9W_\x91PPa*dV[_[\x86Q\x81\x10\x15a*aW_\x87\x82\x81Q\x81\x10a(\xF7Wa(\xF7aJ^V[` \x02` \x01\x01Q\x90P_\x81`\xE0\x01Q\x82`@\x01Qa)\x16\x91\x90aJ/V[\x90P_a)$\x88\x83\x87a'\xB1V[\x90P_a)2\x88\x84\x88a'\xB1V[\x84Q\x90\x91P_\x90a)N\x90a)H\x8D`\x01aD\x9DV[\x84a:\xF2V[\x90Pa)Z\x81\x83aJ\xE0V[a)d\x90\x84aD\x8AV[\x92P\x82\x15a)xW\x84Qa)x\x90\x84a=\x88V[a)\x82\x81\x84aD\x8AV[a)\x8C\x90\x89aD\x8AV[\x97Pg\r\xE0\xB6\xB3\xA7d\0\0\x85`\xE0\x01Qa\xFF\xFFa)\xA9\x91\x90aJ/V[a)\xB3\x91\x90aIjV[` \x80\x87\x01Q_\x90\x81R`\n\x82R`@\x90\x81\x90 \x80Ta\xFF\xFF\x94\x90\x94\x16d\x01\0\0\0\0\x02e\xFF\xFF\0\0\0\0\x19\x90\x94\x16\x93\x90\x93\x17\x90\x92U\x86Q\x82\x88\x01Q`\xE0\x89\x01Q\x84Q\x91\x82R\x92\x81\x01\x92\x90\x92R\x91\x81\x01\x85\x90R``\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90`\x01`\x01`@\x1B\x03\x8D\x16\x90\x7F4\xFA\xB1uT\x07\xCE\xE1j\xECy\x90\xEDD#}\x14\x1C\xBD\xB5\xDF7\x96\x1B\xE0e\x12\xB0\x1A\x9D\xF5\x13\x90`\x80\x01`@Q\x80\x91\x03\x90\xA3PPPPP\x80`\x01\x01\x90Pa(\xDBV[PP[\x94\x93PPPPV[\x80Q_\x90\x80\x82\x03a*\x7FWP_\x92\x91PPV[_\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a*\x98Wa*\x98aG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a*\xC1W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x82`\x01`\x01`@\x1B\x03\x81\x11\x15a*\xDDWa*\xDDaG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a+\x06W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x83\x81\x10\x15a+\xA5W\x85\x81\x81Q\x81\x10a+%Wa+%aJ^V[` \x02` \x01\x01Q_\x01Q\x83\x82\x81Q\x81\x10a+BWa+BaJ^V[` \x02` \x01\x01\x90`\x01`\x01`\xA0\x1B\x03\x16\x90\x81`\x01`\x01`\xA0\x1B\x03\x16\x81RPP\x85\x81\x81Q\x81\x10a+tWa+taJ^V[` \x02` \x01\x01Q`\xE0\x01Q\x82\x82\x81Q\x81\x10a+\x92Wa+\x92aJ^V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a+\x0BV[P`\x03T`@Qcj\xAB\xE8\xF3`\xE0\x1B\x81R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x91cj\xAB\xE8\xF3\x91a,\x05\x91\x86\x91\x86\x91`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x90`\x04\x01aL\xE7V[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a,\x1CW__\xFD[PZ\xF1\x15\x80\x15a,.W=__>=_\xFD[PP`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x82\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x81\x04\x90\x91\x16a\x01\xA0\x84\x01\x81\x90R\x93\x90\x04\x16a\x01\xC0\x82\x01R\x92P_\x91Pa'\x10\x90a-;\x90g\r\xE0\xB6\xB3\xA7d\0\0\x90aJ/V[a-E\x91\x90aIjV[\x90P_[\x85\x81\x10\x15a.\xC6W_`\n_\x8A\x84\x81Q\x81\x10a-gWa-gaJ^V[` \x02` \x01\x01Q` \x01Q\x81R` \x01\x90\x81R` \x01_ \x90P_\x83\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x85\xBF\x82\xD6\x89\x86\x81Q\x81\x10a-\xC5Wa-\xC5aJ^V[` \x02` \x01\x01Q`@Q\x82c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a-\xF8\x91\x90`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16\x81R` \x01\x90V[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a.\x13W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a.7\x91\x90aJ\x18V[\x10a.BW_a.YV[\x81Ta.Y\x90`\x01`8\x1B\x90\x04`\xFF\x16`\x01aMUV[\x90P\x84a\x01\x80\x01Q`\xFF\x16\x81`\xFF\x16\x10a.\xA1Wa.\x91\x87\x84\x81Q\x81\x10a.\x82Wa.\x82aJ^V[` \x02` \x01\x01Q`\x02a\x1F\xDDV[a.\x9B\x90\x8AaD\x8AV[\x98P_\x90P[\x81T`\xFF\x90\x91\x16`\x01`8\x1B\x02g\xFF\0\0\0\0\0\0\0\x19\x90\x91\x16\x17\x90U`\x01\x01a-IV[PPPPPP\x91\x90PV[a.\xDE\x83\x83\x83`\x01a=\xB8V[a/\x06W`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x01EV[PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x0B` \x90\x81R`@\x80\x83 \x81Q`\x80\x81\x01\x83R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x93\x82\x01\x93\x90\x93R`\xFF`\x01`p\x1B\x84\x04\x81\x16\x15\x80\x15\x93\x83\x01\x84\x90R`\x01`x\x1B\x90\x94\x04\x16\x15\x15``\x82\x01R\x91\x83\x91\x90a/\x80WP\x81``\x01Q[a/\x8AW_a/\x8DV[\x81Q[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\r` R`@\x90 T`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x91Pa*d\x90`\x01`\x01`\x80\x1B\x03\x16\x82aD\x8AV[a0\x04`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81RP\x90V[\x82\x81R` \x81\x01\x82\x90R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a0&Wa0&aG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a0OW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`@\x82\x01R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a0mWa0maG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a0\x96W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P``\x82\x01Ra0\xA7\x82`\x03aJ/V[a0\xB2\x90`\x03aD\x8AV[`\x01`\x01`@\x1B\x03\x81\x11\x15a0\xC9Wa0\xC9aG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a0\xF2W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\x80\x82\x01R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a1\x10Wa1\x10aG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a19W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xA0\x82\x01Ra1I\x83\x83a#>V[a1T\x90`\x02aJ/V[`\x01`\x01`@\x1B\x03\x81\x11\x15a1kWa1kaG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a1\x94W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xC0\x82\x01R\x92\x91PPV[\x80Q` \x82\x01Q` `@\x84\x01Q\x01` ``\x85\x01Q\x01` `\x80\x86\x01Q\x01` `\xC0\x87\x01Q\x01`\x10\x86\x06\x95P_[\x85\x81\x10\x15a2.W`\x05\x81\x90\x1B\x85\x81\x01Q``\x83\x02\x85\x01R\x84\x01Q\x80\x15a2%W\x81\x88\x01\x80`\x04\x1C`\x06\x1B\x84\x01a\xFF\xFF`\x0F\x83\x16`\x04\x1B`\xF0\x03\x1B\x81Q\x17\x81R` \x81\x01Q\x83\x11\x15a2\"W\x82` \x82\x01R[PP[P`\x01\x01a1\xCFV[PPPPPPPPV[__\x83\x86\x10\x15a2FW\x85\x93P[`\x80\x80\x86\x04\x90`\x7F\x86\x81\x01\x82\x90\x04\x91\x90\x89\x01\x04_a\x01\0\x80\x85\x02\x90`\x02\x8C\x02\x90\x85\x02\x10a2vW\x8A`\x02\x02a2|V[a\x01\0\x84\x02[\x03\x90P\x8C\x8B\x01a2\x8F\x81\x86\x86\x86\x86a>\x1AV[\x96P\x83\x83\x03` \x02\x82\x86` \x02\x8E\x01\x01\x01\x95P_`\x10\x8B\x81a2\xB3Wa2\xB3aIVV[\x04\x90Pa\x01\0\x86\x02` \x80\x88\x02\x84\x01\x90\x83\x02\x01\x03_\x82`\x10_\x19\x8E\x01\x04\x03`\x01\x01` \x02\x90P\x80\x82` \x8D\x017PPPPPPPP\x97P\x97\x95PPPPPPV[_\x84Q_R` ``\x86\x01Q\x01` R`\x10_Q\x06_Q\x03`@\x85\x01Q` \x85\x01\x80_\x83\x11_Q\x87\x11\x16\x15a3;W`\x01`\x10_Q\x04`\x10`\x01\x89\x03\x04\x03\x01`\x05\x1B\x82\x01\x90P[` `\xC0\x8A\x01Q\x01``\x85_Q\x03\x02` `\x80\x8C\x01Q\x01\x03\x89Q[\x83\x85\x10\x15a3\xF1W\x82Q\x86` \x85\x01Q\x10a3yWa3v\x87\x89\x83a3\xFDV[\x90P[\x89`\x10\x89\x01\x11\x15a3\x90W_\x19\x88\x8B\x03`\x04\x1B\x1C\x19\x16[\x80\x86Q\x16\x90P\x82_Q\x89\x10\x15a3\xB6W\x88_Q\x03\x82\x81`\x04\x1B\x1B\x92P``\x81\x02\x85\x01\x91PP[\x81\x15a3\xD1Wa3\xCC` \x8E\x01Q\x84\x83\x85a4GV[\x8A\x01\x99P[PP` \x85\x01\x94P`@\x83\x01\x92P`\x10\x87\x01\x96Pa\x06\0\x82\x01\x91Pa3VV[PPPPPPPa*dV[__[`\x10\x81\x10\x15a4?Wa\xFF\xFF\x81`\x04\x1B`\xF0\x03\x1B\x80\x84\x16\x15a46W\x85_Q\x83\x87\x01\x03`\x05\x1B` Q\x01Q\x10\x15a46W\x91\x82\x17\x91[P`\x01\x01a4\0V[P\x93\x92PPPV[_\x83`\x80\x1B[\x82\x15a4\xFFW\x85g\r\xE0\xB6\xB3\xA7d\0\0\x84`\xF0\x1C\x02\x04\x84Q\x80\x82\x10_\x81\x14a4\x84W`@\x87\x01\x80Q\x89\x85\x02\x01\x90R\x93\x82\x01\x93a4\x99V[` \x87\x01\x80Q\x83\x85\x11\x8A\x02\x86\x01\x01\x90R\x93\x81\x01\x93[P\x87g\r\xE0\xB6\xB3\xA7d\0\0a\xFF\xFF\x87`\xE0\x1C\x16\x02\x04\x91P``\x86\x01Q\x90P\x80\x82\x10_\x81\x14a4\xD6W`\xA0\x87\x01\x80Q\x89\x85\x02\x01\x90R\x93\x82\x01\x93a4\xEBV[`\x80\x87\x01\x80Q\x83\x85\x11\x8A\x02\x86\x01\x01\x90R\x93\x81\x01\x93[PPP\x82` \x1B\x92P`\xC0\x84\x01\x93Pa4MV[P\x94\x93PPPPV[_a5\x15a\x01\0\x84aI}V[a5\x1F\x90\x84aJ\xE0V[\x90P[\x81\x81\x10\x15a6qW_`\x13\x81a5:a\x01\0\x85aIjV[` \x89\x01Qa5J\x90`\x04aJ/V[a5T\x91\x90aD\x8AV[\x81R` \x01\x90\x81R` \x01_ T\x90P\x80_\x03a5qWPa6^V[_\x84\x83\x10a5\x7FW\x82a5\x81V[\x84[\x90P_\x84a5\x91\x85a\x01\0aD\x8AV[\x11a5\xA7Wa5\xA2\x84a\x01\0aD\x8AV[a5\xA9V[\x84[\x90P\x81[\x81\x81\x10\x15a6YWa5\xC1a\x01\0\x82aI}V[\x84\x90\x1C`\x01\x16\x15a6QW``\x88\x01Q_\x90a5\xDD\x89\x84aJ\xE0V[\x81Q\x81\x10a5\xEDWa5\xEDaJ^V[` \x02` \x01\x01Q\x90P\x80_\x14\x80a6\tWP\x89`\x80\x01Q\x81\x10\x15[\x15a6\x14WPa6QV[`@\x8A\x01Q`\xA0\x8A\x01Qa6(\x8A\x85aJ\xE0V[\x81Q\x81\x10a68Wa68aJ^V[` \x02` \x01\x01\x81\x81Qa6L\x91\x90aD\x8AV[\x90RPP[`\x01\x01a5\xADV[PPPP[a6ja\x01\0\x82aD\x8AV[\x90Pa5\"V[PPPPPV[_a\t\xCE\x83\x83a'\x10`\x01a>\x91V[_\x84`@\x01Q\x84\x81Q\x81\x10a6\x9FWa6\x9FaJ^V[` \x02` \x01\x01Q\x90P_\x81_\x14a6\xC0Wa6\xBB\x86\x86a>\xDCV[a6\xC2V[\x83[\x90P_a6\xCF\x87\x87a?\x1EV[\x90P\x83\x82\x10\x80a6\xDFWP\x83\x81\x10\x15[\x80a6\xF1WPg\r\xE0\xB6\xB3\xA7d\0\0\x83\x11[\x15a7<W\x86Qa7\x03\x90\x87\x90aD\x8AV[`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x84\x90R`D\x81\x01\x83\x90R`d\x81\x01\x82\x90R`\x84\x81\x01\x85\x90R`\xA4\x01a\x01EV[PPPPPPPV[_`\x80\x83`\x80\x01Q\x83`\x03a7Z\x91\x90aJ/V[a7e\x90`\x01aD\x8AV[\x81Q\x81\x10a7uWa7uaJ^V[` \x02` \x01\x01Q\x90\x1C\x83`\x80\x01Q\x83`\x03a7\x91\x91\x90aJ/V[\x81Q\x81\x10a7\xA1Wa7\xA1aJ^V[` \x02` \x01\x01Qa7\xB3\x91\x90aJ/V[`\x80\x84\x01Qa7\xC3\x84`\x03aJ/V[a7\xCE\x90`\x02aD\x8AV[\x81Q\x81\x10a7\xDEWa7\xDEaJ^V[` \x02` \x01\x01Qa\t\xCE\x91\x90aD\x8AV[`@\x80Q`\xE0\x80\x82\x01\x83Rc\xFF\xFF\xFF\xFF\x88\x16\x82R` \x88\x81\x1Ca\xFF\xFF\x16\x90\x83\x01R`0\x88\x90\x1C`\xFF\x90\x81\x16\x15\x15\x83\x85\x01R`8\x89\x90\x1C\x16``\x83\x01R\x91\x87\x90\x1C`\x01`\x01``\x1B\x03\x16`\x80\x82\x01R`\xA0\x87\x81\x1C`\x01`\x01`@\x1B\x03\x16\x90\x82\x01R\x90\x86\x90\x1C`\xC0\x82\x01R_\x90_a8e\x82a?dV[\x82`\x80\x01Q`\x01`\x01``\x1B\x03\x16a8}\x91\x90aD\x8AV[\x90P`\x01`\x01``\x1B\x03\x81\x11\x15a8\xB2W_\x89\x81R`\t` R`@\x90 Ta8\xAF\x90`\x01`\x01`\xA0\x1B\x03\x16\x82a=\x88V[P_[`\x01`\x01``\x1B\x03\x81\x16`\x80\x83\x01R`\x01`\x01`@\x1B\x03\x80\x88\x16`\xA0\x84\x01Ra8\xDC\x90\x85\x16a?\xEEV[c\xFF\xFF\xFF\xFF\x16`\xC0\x83\x01R_\x86a8\xF3W_a9\x06V[``\x83\x01Qa9\x06\x90`\xFF\x16`\x01aD\x8AV[\x90P\x85\x81\x10a97W_\x8A\x81R`\t` R`@\x90 Ta91\x90`\x01`\x01`\xA0\x1B\x03\x16`\x01a\x1F\xDDV[\x93P_\x90P[`\xFF\x81\x16``\x84\x01Rg\r\xE0\xB6\xB3\xA7d\0\0a9U\x89a\xFF\xFFaJ/V[a9_\x91\x90aIjV[a\xFF\xFF\x16` \x84\x01Ra9r\x8A\x84a@\x1EV[PPP\x96\x95PPPPPPV[_`\x01`\x01`@\x1B\x03\x82\x11\x15a\n\x05W`@\x80Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x83\x90R`D\x01a\x01EV[\x80Q` \x82\x01Q_\x90a9\xC7\x90\x83aD\x8AV[`@\x84\x01Q\x90\x91P_a9\xDB`\x10\x85aI}V[a9\xE5\x90\x85aJ\xE0V[\x90P[\x82\x81\x10\x15a6qW_`\x15\x81a9\xFF`\x10\x85aIjV[\x81R` \x01\x90\x81R` \x01_ T\x90P_\x85\x83\x10a:\x1DW\x82a:\x1FV[\x85[\x90P_\x85a:.\x85`\x10aD\x8AV[\x10a:9W\x85a:DV[a:D\x84`\x10aD\x8AV[\x90P\x81[\x81\x81\x10\x15a:\x8EW\x84\x81\x03`\x04\x1B`\xF0\x03g\r\xE0\xB6\xB3\xA7d\0\0a\xFF\xFF`\x01\x8B\x85\x03\x01`\x05\x1B\x89\x01Q\x02\x04\x80\x82\x1Ba\xFF\xFF\x83\x1B\x19\x87\x16\x17\x95PPP`\x01\x81\x01\x90Pa:HV[P\x82`\x15_a:\x9E`\x10\x88aIjV[\x81R` \x81\x01\x91\x90\x91R`@\x01_ UPa:\xBE\x91P`\x10\x90P\x82aD\x8AV[\x90Pa9\xE8V[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x81\x81R`\r` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x83R\x90T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83R`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x83\x86\x01R\x86\x86R`\x1C\x85R\x83\x86 \x84Q\x80\x86\x01\x86R\x90T\x80\x83\x16\x82R\x92\x90\x92\x04`\x01`\x01`@\x1B\x03\x16\x82\x86\x01R\x95\x85R`\x0E\x90\x93R\x90\x83 T\x82Q\x93\x94\x91\x93\x90\x91\x16\x15\x80\x15\x90a;\x93WP\x85`\x01`\x01`@\x1B\x03\x16\x82` \x01Q`\x01`\x01`@\x1B\x03\x16\x14\x15[\x15a<0W`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x1D` \x90\x81R`@\x80\x83 \x85\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x81 T\x90\x03a<\x08Wa;\xD8\x81`\x01aD\x8AV[`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x1D` \x90\x81R`@\x80\x83 \x86\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x90 U[`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x1C` R`@\x81 \x80T`\x01`\x01`\xC0\x1B\x03\x19\x16\x90U\x82R[_\x86`\x01`\x01`@\x1B\x03\x16\x83` \x01Q`\x01`\x01`@\x1B\x03\x16\x14a<TW_a<WV[\x82Q[\x84` \x01Qa<f\x91\x90aMnV[`\x01`\x01`\x80\x1B\x03\x16\x90P_a<{\x89a!TV[\x90P\x81\x15\x80\x15\x90a<\x8BWP\x80\x15\x15[\x15a=\x11W_a<\xB5\x83\x87_\x01Q`\x01`\x01`\x80\x1B\x03\x16\x88` \x01Q`\x01`\x01`\x80\x1B\x03\x16a'\xB1V[\x90P\x81\x81\x11\x15a<\xC2WP\x80[a<\xCD\x88\x82\x84a'\xB1V[\x96Pa<\xE9\x87n\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x85a'\xB1V[a<\xF3\x90\x85aD\x8AV[`\x01`\x01`\xA0\x1B\x03\x8B\x16_\x90\x81R`\x0E` R`@\x90 \x81\x90U\x93PP[\x83Q`\x01`\x01`\x80\x1B\x03\x16\x15\x80\x15\x90a=?WP\x87`\x01`\x01`@\x1B\x03\x16\x84` \x01Q`\x01`\x01`@\x1B\x03\x16\x14[\x15a=|Wa=O\x83`\x01aD\x8AV[`\x01`\x01`\xA0\x1B\x03\x8A\x16_\x90\x81R`\x1D` \x90\x81R`@\x80\x83 `\x01`\x01`@\x1B\x03\x8D\x16\x84R\x90\x91R\x90 U[PPPPP\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x11` R`@\x81 \x80T\x83\x92\x90a=\xAF\x90\x84\x90aD\x8AV[\x90\x91UPPPPV[`@Qc\xA9\x05\x9C\xBB`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a>\x0EW\x83\x83\x15\x16\x15a>\x02W=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[_`@Qa\x01\0\x81\x01\x86`\x05\x1B\x88\x01\x87`\x05\x1B\x89\x837\x86\x86\x03`\x05\x1B\x85\x82\x01\x88`\x05\x1B\x84\x017\x87[\x87\x81\x10\x15a>|Wa\x01\0\x89\x82\x03\x02\x80\x87\x03a\x01\0\x81\x11\x15a>cWPa\x01\0[\x80\x82\x85\x01\x877\x85 `\x05\x83\x90\x1B\x85\x01RP`\x01\x01a>BV[PP\x84`\x05\x1B\x81 \x92PPP\x95\x94PPPPPV[_a>\xBEa>\x9E\x83a@=V[\x80\x15a>\xB9WP_\x84\x80a>\xB4Wa>\xB4aIVV[\x86\x88\t\x11[\x15\x15\x90V[a>\xC9\x86\x86\x86a'\xB1V[a>\xD3\x91\x90aD\x8AV[\x95\x94PPPPPV[_`\x80\x83`\x80\x01Q\x83`\x03a>\xF1\x91\x90aJ/V[a>\xFC\x90`\x01aD\x8AV[\x81Q\x81\x10a?\x0CWa?\x0CaJ^V[` \x02` \x01\x01Q\x90\x1C\x90P\x92\x91PPV[`\x80\x82\x01Q_\x90a?0\x83`\x03aJ/V[a?;\x90`\x01aD\x8AV[\x81Q\x81\x10a?KWa?KaJ^V[` \x02` \x01\x01Q`\x01`\x01`\x80\x1B\x03\x16\x90P\x92\x91PPV[_\x81`\xA0\x01Q`\x01`\x01`@\x1B\x03\x16_\x14\x80a?\xA8WP`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16`\x01`\x01`@\x1B\x03\x16\x82`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a?\xB4WP_\x91\x90PV[`\xA0\x82\x01Q`\xC0\x83\x01Qc\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x16` R`@\x90 Ta\t\xD1\x91`\x01`\x01`@\x1B\x03\x16\x90g\r\xE0\xB6\xB3\xA7d\0\0a'\xB1V[_c\xFF\xFF\xFF\xFF\x82\x11\x15a\n\x05W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R` `\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[_\x82\x81R`\n` R`@\x81 \x90a@5\x83a@iV[\x90\x91UPPPV[_`\x02\x82`\x03\x81\x11\x15a@RWa@RaL\xA9V[a@\\\x91\x90aM\x8DV[`\xFF\x16`\x01\x14\x90P\x91\x90PV[_`\xE0\x82`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x90\x1B`\xA0\x83`\xA0\x01Q`\x01`\x01`@\x1B\x03\x16\x90\x1B`@\x84`\x80\x01Q`\x01`\x01``\x1B\x03\x16\x90\x1B`8\x85``\x01Q`\xFF\x16\x90\x1B`0\x86`@\x01Qa@\xBAW_a@\xBDV[`\x01[\x90\x1B` \x87` \x01Qa\xFF\xFF\x16\x90\x1B\x87_\x01Qc\xFF\xFF\xFF\xFF\x16\x17\x17\x17\x17\x17\x17\x90P\x91\x90PV[`@Q\x80a\x01\0\x01`@R\x80_`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x15\x15\x81R` \x01_\x81RP\x90V[_a\x01\xE0\x82\x84\x03\x12\x15aA<W__\xFD[P\x91\x90PV[_a\x01\xE0\x82\x84\x03\x12\x15aASW__\xFD[a\t\xCE\x83\x83aA+V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14aAqW__\xFD[PV[___a\x02 \x84\x86\x03\x12\x15aA\x87W__\xFD[\x835\x92P` \x84\x015aA\x99\x81aA]V[\x91PaA\xA8\x85`@\x86\x01aA+V[\x90P\x92P\x92P\x92V[__\x83`\x1F\x84\x01\x12aA\xC1W__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15aA\xD7W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15aA\xEEW__\xFD[\x92P\x92\x90PV[____`@\x85\x87\x03\x12\x15aB\x08W__\xFD[\x845`\x01`\x01`@\x1B\x03\x81\x11\x15aB\x1DW__\xFD[aB)\x87\x82\x88\x01aA\xB1V[\x90\x95P\x93PP` \x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aBGW__\xFD[aBS\x87\x82\x88\x01aA\xB1V[\x95\x98\x94\x97P\x95PPPPV[`\x01`\x01``\x1B\x03\x81\x16\x81\x14aAqW__\xFD[\x805aB~\x81aB_V[\x91\x90PV[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14aAqW__\xFD[\x805aB~\x81aB\x83V[a\xFF\xFF\x81\x16\x81\x14aAqW__\xFD[\x805aB~\x81aB\x9FV[\x80\x15\x15\x81\x14aAqW__\xFD[\x805aB~\x81aB\xB9V[`\xFF\x81\x16\x81\x14aAqW__\xFD[\x805aB~\x81aB\xD1V[aC\x04\x82aB\xF7\x83aBsV[`\x01`\x01``\x1B\x03\x16\x90RV[aC\x10` \x82\x01aBsV[`\x01`\x01``\x1B\x03\x16` \x83\x01RaC*`@\x82\x01aB\x94V[c\xFF\xFF\xFF\xFF\x16`@\x83\x01RaCA``\x82\x01aB\x94V[c\xFF\xFF\xFF\xFF\x16``\x83\x01RaCX`\x80\x82\x01aB\x94V[c\xFF\xFF\xFF\xFF\x16`\x80\x83\x01RaCo`\xA0\x82\x01aB\x94V[c\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01RaC\x86`\xC0\x82\x01aB\x94V[c\xFF\xFF\xFF\xFF\x16`\xC0\x83\x01RaC\x9D`\xE0\x82\x01aB\xAEV[a\xFF\xFF\x16`\xE0\x83\x01RaC\xB3a\x01\0\x82\x01aB\xAEV[a\xFF\xFF\x16a\x01\0\x83\x01RaC\xCAa\x01 \x82\x01aB\xAEV[a\xFF\xFF\x16a\x01 \x83\x01RaC\xE1a\x01@\x82\x01aB\xC6V[\x15\x15a\x01@\x83\x01RaC\xF6a\x01`\x82\x01aB\xAEV[a\xFF\xFF\x16a\x01`\x83\x01RaD\ra\x01\x80\x82\x01aB\xDFV[`\xFF\x16a\x01\x80\x83\x01RaD#a\x01\xA0\x82\x01aB\xAEV[a\xFF\xFF\x16a\x01\xA0\x83\x01RaD:a\x01\xC0\x82\x01aB\x94V[c\xFF\xFF\xFF\xFF\x81\x16a\x01\xC0\x84\x01RPPPV[a\x01\xE0\x81\x01a\t\xD1\x82\x84aB\xEAV[_` \x82\x84\x03\x12\x15aDkW__\xFD[\x81Qa!\xE7\x81aB\x83V[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\t\xD1Wa\t\xD1aDvV[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xD1Wa\t\xD1aDvV[_\x815a\t\xD1\x81aB_V[_\x815a\t\xD1\x81aB\x83V[_\x815a\t\xD1\x81aB\x9FV[_\x815a\t\xD1\x81aB\xB9V[_\x815a\t\xD1\x81aB\xD1V[aE&aE\x04\x83aD\xBCV[\x82Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x17\x82UV[aEiaE5` \x84\x01aD\xBCV[\x82\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aE\x9CaEx`@\x84\x01aD\xC8V[\x82\x80Tc\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\xC0\x92\x90\x92\x1Bc\xFF\xFF\xFF\xFF`\xC0\x1B\x16\x91\x90\x91\x17\x90UV[aE\xCFaE\xAB``\x84\x01aD\xC8V[\x82\x80T`\x01`\x01`\xE0\x1B\x03\x16`\xE0\x92\x90\x92\x1B`\x01`\x01`\xE0\x1B\x03\x19\x16\x91\x90\x91\x17\x90UV[`\x01\x81\x01aE\xF9aE\xE2`\x80\x85\x01aD\xC8V[\x82Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x17\x82UV[aF*aF\x08`\xA0\x85\x01aD\xC8V[\x82Tg\xFF\xFF\xFF\xFF\0\0\0\0\x19\x16` \x91\x90\x91\x1Bg\xFF\xFF\xFF\xFF\0\0\0\0\x16\x17\x82UV[aFcaF9`\xC0\x85\x01aD\xC8V[\x82Tk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x19\x16`@\x91\x90\x91\x1Bk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x17\x82UV[aF\x92aFr`\xE0\x85\x01aD\xD4V[\x82\x80Ta\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Ba\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aF\xC2aF\xA2a\x01\0\x85\x01aD\xD4V[\x82\x80Ta\xFF\xFF`p\x1B\x19\x16`p\x92\x90\x92\x1Ba\xFF\xFF`p\x1B\x16\x91\x90\x91\x17\x90UV[aF\xF2aF\xD2a\x01 \x85\x01aD\xD4V[\x82\x80Ta\xFF\xFF`\x80\x1B\x19\x16`\x80\x92\x90\x92\x1Ba\xFF\xFF`\x80\x1B\x16\x91\x90\x91\x17\x90UV[aG aG\x02a\x01@\x85\x01aD\xE0V[\x82\x80T`\xFF`\x90\x1B\x19\x16\x91\x15\x15`\x90\x1B`\xFF`\x90\x1B\x16\x91\x90\x91\x17\x90UV[aGPaG0a\x01`\x85\x01aD\xD4V[\x82\x80Ta\xFF\xFF`\x98\x1B\x19\x16`\x98\x92\x90\x92\x1Ba\xFF\xFF`\x98\x1B\x16\x91\x90\x91\x17\x90UV[aG~aG`a\x01\x80\x85\x01aD\xECV[\x82\x80T`\xFF`\xA8\x1B\x19\x16`\xA8\x92\x90\x92\x1B`\xFF`\xA8\x1B\x16\x91\x90\x91\x17\x90UV[aG\xAEaG\x8Ea\x01\xA0\x85\x01aD\xD4V[\x82\x80Ta\xFF\xFF`\xB0\x1B\x19\x16`\xB0\x92\x90\x92\x1Ba\xFF\xFF`\xB0\x1B\x16\x91\x90\x91\x17\x90UV[a/\x06aExa\x01\xC0\x85\x01aD\xC8V[a\x02\0\x81\x01aG\xCD\x82\x85aB\xEAV[`\x01`\x01`@\x1B\x03\x83\x16a\x01\xE0\x83\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Qa\x01\xE0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15aH'WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90V[_a\x01\xE0\x82\x84\x03\x12\x80\x15aH?W__\xFD[PaHHaG\xF8V[aHQ\x83aBsV[\x81RaH_` \x84\x01aBsV[` \x82\x01RaHp`@\x84\x01aB\x94V[`@\x82\x01RaH\x81``\x84\x01aB\x94V[``\x82\x01RaH\x92`\x80\x84\x01aB\x94V[`\x80\x82\x01RaH\xA3`\xA0\x84\x01aB\x94V[`\xA0\x82\x01RaH\xB4`\xC0\x84\x01aB\x94V[`\xC0\x82\x01RaH\xC5`\xE0\x84\x01aB\xAEV[`\xE0\x82\x01RaH\xD7a\x01\0\x84\x01aB\xAEV[a\x01\0\x82\x01RaH\xEAa\x01 \x84\x01aB\xAEV[a\x01 \x82\x01RaH\xFDa\x01@\x84\x01aB\xC6V[a\x01@\x82\x01RaI\x10a\x01`\x84\x01aB\xAEV[a\x01`\x82\x01RaI#a\x01\x80\x84\x01aB\xDFV[a\x01\x80\x82\x01RaI6a\x01\xA0\x84\x01aB\xAEV[a\x01\xA0\x82\x01RaIIa\x01\xC0\x84\x01aB\x94V[a\x01\xC0\x82\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[_\x82aIxWaIxaIVV[P\x04\x90V[_\x82aI\x8BWaI\x8BaIVV[P\x06\x90V[_` \x82\x84\x03\x12\x15aI\xA0W__\xFD[\x815a!\xE7\x81aB_V[_` \x82\x84\x03\x12\x15aI\xBBW__\xFD[\x815a!\xE7\x81aB\x9FV[_` \x82\x84\x03\x12\x15aI\xD6W__\xFD[\x815a!\xE7\x81aB\x83V[_` \x82\x84\x03\x12\x15aI\xF1W__\xFD[\x815a!\xE7\x81aB\xD1V[c\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xD1Wa\t\xD1aDvV[_` \x82\x84\x03\x12\x15aJ(W__\xFD[PQ\x91\x90PV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\t\xD1Wa\t\xD1aDvV[_`\x01\x82\x01aJWWaJWaDvV[P`\x01\x01\x90V[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15aJ\xA2W\x81Q\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01aJ\x84V[P\x93\x94\x93PPPPV[\x83\x81R``` \x82\x01R_aJ\xC4``\x83\x01\x85aJrV[\x82\x81\x03`@\x84\x01RaJ\xD6\x81\x85aJrV[\x96\x95PPPPPPV[\x81\x81\x03\x81\x81\x11\x15a\t\xD1Wa\t\xD1aDvV[\x81Q`\x01`\x01``\x1B\x03\x16\x81Ra\x01\xE0\x81\x01` \x83\x01QaK\x1F` \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[P`@\x83\x01QaK7`@\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P``\x83\x01QaKO``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaKg`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01QaK\x7F`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaK\x97`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaK\xAD`\xE0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaK\xC5a\x01\0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01QaK\xDDa\x01 \x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01QaK\xF3a\x01@\x84\x01\x82\x15\x15\x90RV[Pa\x01`\x83\x01QaL\x0Ba\x01`\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01QaL\"a\x01\x80\x84\x01\x82`\xFF\x16\x90RV[Pa\x01\xA0\x83\x01QaL:a\x01\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\xC0\x83\x01Qa!Ma\x01\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[_` \x82\x84\x03\x12\x15aLdW__\xFD[\x81Qa!\xE7\x81aB\xB9V[_` \x82\x84\x03\x12\x15aL\x7FW__\xFD[\x81Qa!\xE7\x81aA]V[`\x01`\x01``\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xD1Wa\t\xD1aDvV[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`@\x81\x01`\x03\x84\x10aL\xDDWcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x92\x81R` \x01R\x90V[``\x80\x82R\x84Q\x90\x82\x01\x81\x90R_\x90` \x86\x01\x90`\x80\x84\x01\x90\x83[\x81\x81\x10\x15aM)W\x83Q`\x01`\x01`\xA0\x1B\x03\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01aM\x02V[PP\x83\x81\x03` \x85\x01RaM=\x81\x87aJrV[\x92PPPc\xFF\xFF\xFF\xFF\x83\x16`@\x83\x01R\x94\x93PPPPV[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xD1Wa\t\xD1aDvV[`\x01`\x01`\x80\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xD1Wa\t\xD1aDvV[_`\xFF\x83\x16\x80aM\x9FWaM\x9FaIVV[\x80`\xFF\x84\x16\x06\x91PP\x92\x91PPV",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b5060043610610049575f3560e01c8062231d251461004d5780630a3c3495146100625780637b10399914610075578063c42af710146100b1575b5f5ffd5b61006061005b366004614142565b6100d4565b005b610060610070366004614174565b610585565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020015b60405180910390f35b6100c46100bf3660046141f5565b6106d7565b60405190151581526020016100a8565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361011d57604051633beab4bd60e21b815260040160405180910390fd5b5f546001600160a01b0316331461014e5760405163245aecd360e01b81523360048201526024015b60405180910390fd5b600554600160701b900460ff161561017957604051631f3ef82160e31b815260040160405180910390fd5b60405163c3631ea960e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c3631ea9906101c590849060040161444c565b5f6040518083038186803b1580156101db575f5ffd5b505afa1580156101ed573d5f5f3e3d5ffd5b505050505f60055f9054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636e4758616040518163ffffffff1660e01b8152600401602060405180830381865afa158015610266573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061028a919061445b565b63ffffffff1690506001600160401b038216158015906102bb57506102b8816001600160401b03841661448a565b42105b156102f8576102d3816001600160401b03841661448a565b604051632d6408cb60e21b81526001600160401b039091166004820152602401610145565b5f5f60169054906101000a900463ffffffff1663ffffffff169050806001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e0b165646040518163ffffffff1660e01b8152600401602060405180830381865afa158015610379573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061039d919061445b565b6103ad9063ffffffff164261448a565b106103d657604051637f4d710960e11b81526001600160401b0382166004820152602401610145565b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c08201525f6104cf82876108a7565b6104d9575f6104df565b8160a001515b6104ef9063ffffffff164261449d565b905085601e6104fe82826144f8565b505060208054600160401b6001600160401b0384811668ffffffffffffffffff1990931692909217179091556005805467ffffffffffffffff1916429092169190911790556040517ffece5e87a45cab6be8e0c75e6bc7b0091183799d2eda95f7355495c0ccff63a89061057590889084906147be565b60405180910390a1505050505050565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036105ce57604051633beab4bd60e21b815260040160405180910390fd5b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614158061061357505f54600160b01b900463ffffffff1615155b156106335760405163318d14a560e11b8152336004820152602401610145565b5f80546001600160a01b0319166001600160a01b038416179055610656836109d7565b5f805461ffff92909216600160a01b0261ffff60a01b1990921691909117905580600361068382826144f8565b5061069d90506106983683900383018361482d565b610a09565b6040516001600160a01b0383169084907fa7a5b80bcd3bef76524ec80559f1ad1932344089b316a7be619ed23956b5ad6c905f90a3505050565b5f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361072157604051633beab4bd60e21b815260040160405180910390fd5b610729610adb565b60055461ffff600160d01b909104166060610763604080516080810182525f80825260208201819052918101829052606081019190915290565b5f83810361077f57610773610bc0565b9194509250905061078d565b610787610f64565b90935091505b5f61079960088a61496a565b90506107a660088a61497d565b1515806107c35750606083015161ffff166107c1828761448a565b115b806107de5750801580156107de5750826060015161ffff1685105b15610816576060830151604051636127274760e01b8152600481018b90526024810187905261ffff9091166044820152606401610145565b6108258484878d8d8d8d6111df565b61082f908361448a565b915061083b818661448a565b9450826060015161ffff16851015610876576108578484611371565b6005805461ffff60d01b1916600160d01b61ffff881602179055610891565b610880848461153d565b61088a908361448a565b9150600195505b61089a82611d95565b5050505050949350505050565b81515f906001600160601b03166108c16020840184614990565b6001600160601b031611806108fd575082602001516001600160601b03168260200160208101906108f29190614990565b6001600160601b0316115b8061092557508260e0015161ffff168260e001602081019061091f91906149ab565b61ffff16115b8061094f5750826101a0015161ffff16826101a001602081019061094991906149ab565b61ffff16115b8061097b57508260a0015163ffffffff168260a001602081019061097391906149c6565b63ffffffff16115b806109a3575082610180015160ff168261018001602081019061099e91906149e1565b60ff16105b806109ce575082610160015161ffff16826101600160208101906109c791906149ab565b61ffff1614155b90505b92915050565b5f61ffff821115610a05576040516306dfcc6560e41b81526010600482015260248101839052604401610145565b5090565b5f816060015163ffffffff1642610a20919061448a565b5f805463ffffffff60b01b1916600160b01b63ffffffff841602179055610140830151909150610a505780610a5f565b60c0820151610a5f90826149fc565b5f805461014085015164ffffffffff60d01b19909116600160d01b63ffffffff949094169390930260ff60f01b191692909217600160f01b83151502179055610aa85742610ab7565b60c0820151610ab790826149fc565b6005601c6101000a81548163ffffffff021916908363ffffffff1602179055505050565b600554600160701b900460ff1615610b0657604051631f3ef82160e31b815260040160405180910390fd5b5f54600160b01b900463ffffffff1642811115610b475760405163d222b98960e01b81526001600160401b03821660048201525f6024820152604401610145565b6004545f90610b6390600160c01b900463ffffffff168361448a565b9050610b6d611f90565b6001600160a01b0316336001600160a01b031614158015610b8d57508042105b15610bbc57604051632dbc470160e01b81523360048201526001600160401b0382166024820152604401610145565b5050565b604080516080810182525f808252602082018190529181018290526060818101929092526005545f90600160c01b900461ffff16806001600160401b03811115610c0c57610c0c6147e4565b604051908082528060200260200182016040528015610c4557816020015b610c326140e3565b815260200190600190039081610c2a5790505b5093505f5f5f5b83811015610f11575f610c86601482610c6660108661496a565b81526020019081526020015f2054601084610c81919061497d565b611fbc565b61ffff165f818152601260205260409020600181015491925090600160e01b900460ff16610cd9576001810154610cc6906001600160a01b03165f611fdd565b610cd0908861448a565b96505050610f09565b60018101546001600160a01b03165f908152600b6020908152604091829020825160808101845290546001600160601b038116825261ffff600160601b8204169282019290925260ff600160701b8304811615801594830194909452600160781b909204909116151560608201529080610d5557508060600151155b80610d68575082816020015161ffff1614155b80610d7b5750600282015463ffffffff16155b15610d8857505050610f09565b60018201546040516342dfc16b60e11b81526001600160a01b0391821660048201525f91670de0b6b3a7640000917f0000000000000000000000000000000000000000000000000000000000000000909116906385bf82d690602401602060405180830381865afa158015610dff573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e239190614a18565b6001850154610e3a906001600160a01b0316612154565b610e449190614a2f565b610e4e919061496a565b9050805f03610e605750505050610f09565b604080516101008101825260018501546001600160a01b038116825260208201879052918101839052600285015463ffffffff9081166060830152600160a01b8304166080820152600160f01b820461ffff1660a0820152600160e81b90910460ff16151560c08201525f60e08201528b88610edb81614a46565b995081518110610eed57610eed614a5e565b6020908102919091010152610f02818761448a565b9550505050505b600101610c4c565b508186526040518060800160405280610f29836121ee565b6001600160801b031681525f602082015261ffff9384166040820152600554600160601b900490931660609093019290925250939491925050565b604080516080810182525f8082526020820181905291810182905260608181019290925250604080516080810182526019546001600160801b03811682526001600160401b03600160801b82048116602084015261ffff600160c01b83048116948401859052600160d01b9092049091166060830152909190811115610fec57610fec6147e4565b60405190808252806020026020018201604052801561102557816020015b6110126140e3565b81526020019060019003908161100a5790505b5091505f5b82518110156111da575f60175f8381526020019081526020015f206040518060c00160405290815f82015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b031681526020015f820160149054906101000a900461ffff1661ffff1661ffff1681526020015f820160169054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601a9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601e9054906101000a900461ffff1661ffff1661ffff168152602001600182015f9054906101000a900460ff16151515158152505090505f60185f8481526020019081526020015f20549050604051806101000160405280835f01516001600160a01b03168152602001836020015161ffff168152602001608083901c8152602001836060015163ffffffff168152602001836040015163ffffffff168152602001836080015161ffff1681526020018360a0015115158152602001826001600160801b03168152508584815181106111c5576111c5614a5e565b6020908102919091010152505060010161102a565b509091565b5f5f5f6111ed888888612221565b915091505f61120089846020015161233e565b6001600160401b03811115611217576112176147e4565b604051908082528060200260200182016040528015611240578160200160208202803683370190505b5090505f805b8c51811015611281576112778d828151811061126457611264614a5e565b60200260200101518287868c8c88612394565b9150600101611246565b508086146112ac576040516393b2cee560e01b81526004810187905260248101829052604401610145565b5f84602001516001600160401b038111156112c9576112c96147e4565b6040519080825280602002602001820160405280156112f2578160200160208202803683370190505b509050611301858d83876124c1565b9550600560109054906101000a90046001600160401b03166001600160401b03167f0e1cfb62a5da6e5cdf7e23bb6748db5c19489e800a35e838de1abb5651d464958c87604001518460405161135993929190614aac565b60405180910390a25050505050979650505050505050565b5f5b82518110156114c4575f83828151811061138f5761138f614a5e565b6020908102919091018101516040805160c0808201835283516001600160a01b0390811683528486015161ffff90811684880190815260808088015163ffffffff9081168789019081526060808b0151831690890190815260a0808c01518716858b01908152988c01511515908a019081525f8f815260178e528b81209a518b549751945193519a5199166001600160b01b031990971696909617600160a01b938816939093029290921767ffffffffffffffff60b01b1916600160b01b9184169190910263ffffffff60d01b191617600160d01b9790921696909602176001600160f01b0316600160f01b949093169390930291909117845591516001938401805460ff191691151591909117905560e08501519484015160189096529290209390911b9091179091559091019050611373565b50805160198054602084015160408501516060909501516001600160801b039094166001600160c01b031990921691909117600160801b6001600160401b03909216919091021763ffffffff60c01b1916600160c01b61ffff9485160261ffff60d01b191617600160d01b939092169290920217905550565b5f5f600560109054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663329eb8396040518163ffffffff1660e01b81526004016020604051808303815f875af11580156115b5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115d99190614a18565b90505f600754826115ea919061448a565b90505f6127106115fc61070884614a2f565b611606919061496a565b90505f61271061161861100485614a2f565b611622919061496a565b90505f816116308486614ae0565b61163a9190614ae0565b60208901519091505f9081906001600160401b0316156116b95761167485670de0b6b3a76400008c602001516001600160401b03166127b1565b6001600160401b03808a165f9081526016602090815260409091208390558c01519192506116ac911682670de0b6b3a76400006127b1565b6116b6908361448a565b91505b6116c58b898686612861565b6116cf908361448a565b91506116da8b612a6c565b98508160065f8282546116ed919061448a565b909155505f90506116fe8388614ae0565b6007819055604080518a8152602081018a9052908101889052606081018790526080810186905260a0810182905260c081018490529091506001600160401b038a16907f3ed16b93d704b8877b03837eff0f64180658225bcca5f72fe57eaf55477d5d789060e00160405180910390a261177989600161449d565b600580546bffffffffffffffffffffffff60801b1916600160801b6001600160401b03939093169290920263ffffffff60c01b1916919091179055602054600160401b900460ff1680156117d857506020546001600160401b03164210155b15611c8f575f601e604051806101e00160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601c9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600182015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160049054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160089054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201600c9054906101000a900461ffff1661ffff1661ffff16815260200160018201600e9054906101000a900461ffff1661ffff1661ffff1681526020016001820160109054906101000a900461ffff1661ffff1661ffff1681526020016001820160129054906101000a900460ff161515151581526020016001820160139054906101000a900461ffff1661ffff1661ffff1681526020016001820160159054906101000a900460ff1660ff1660ff1681526020016001820160169054906101000a900461ffff1661ffff1661ffff1681526020016001820160189054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508060035f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a8154816001600160601b0302191690836001600160601b031602179055506040820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601c6101000a81548163ffffffff021916908363ffffffff1602179055506080820151816001015f6101000a81548163ffffffff021916908363ffffffff16021790555060a08201518160010160046101000a81548163ffffffff021916908363ffffffff16021790555060c08201518160010160086101000a81548163ffffffff021916908363ffffffff16021790555060e082015181600101600c6101000a81548161ffff021916908361ffff16021790555061010082015181600101600e6101000a81548161ffff021916908361ffff1602179055506101208201518160010160106101000a81548161ffff021916908361ffff1602179055506101408201518160010160126101000a81548160ff0219169083151502179055506101608201518160010160136101000a81548161ffff021916908361ffff1602179055506101808201518160010160156101000a81548160ff021916908360ff1602179055506101a08201518160010160166101000a81548161ffff021916908361ffff1602179055506101c08201518160010160186101000a81548163ffffffff021916908363ffffffff1602179055509050505f602060086101000a81548160ff0219169083151502179055507f6d0661be217b5717e72f7f9dae7ed628d5637f66c97757a1a0f8d5bc5a68e65281604051611c859190614af3565b60405180910390a1505b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c0820152611d8690610a09565b50505050505050505092915050565b805f03611d9f5750565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166363b0c4286040518163ffffffff1660e01b8152600401602060405180830381865afa158015611dfc573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e209190614c54565b6040805184815282151560208201529192507fc30ba5387d084e2148b2a91357a887e7b0496357514cfe33d9ff3033f676ace5910160405180910390a18015611edc57604051630852cd8d60e31b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906342966c68906024015f604051808303815f87803b158015611ec2575f5ffd5b505af1158015611ed4573d5f5f3e3d5ffd5b505050505050565b610bbc7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166361d027b36040518163ffffffff1660e01b8152600401602060405180830381865afa158015611f3b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f5f9190614c6f565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169084612ed1565b6002545f906001600160a01b03168015611faa5780611fb6565b5f546001600160a01b03165b91505090565b5f611fc8826010614a2f565b611fd39060f0614ae0565b9290921c92915050565b6001600160a01b0382165f908152600b602052604081208054600160701b900460ff1661200d575f9150506109d1565b60045481546127109161203591600160601b90910461ffff16906001600160601b0316614a2f565b61203f919061496a565b8154909250829082905f9061205e9084906001600160601b0316614c8a565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550836001600160a01b03167f607adba66cff84b627e3537d1c17d088a98556bccd0536a2f3590c56329023d984846040516120bd929190614cbd565b60405180910390a28054600160781b900460ff161561214d576040516314c2559360e21b81526001600160a01b0385811660048301527f00000000000000000000000000000000000000000000000000000000000000001690635309564c906024015f604051808303815f87803b158015612136575f5ffd5b505af1158015612148573d5f5f3e3d5ffd5b505050505b5092915050565b6001600160a01b0381165f908152601b602090815260408083208151808301909252546001600160801b03811682526001600160401b03600160801b9182900481169383019390935260055491926121b2929190910416600161449d565b6001600160401b031681602001516001600160401b0316036121de57516001600160801b031692915050565b6121e783612f0b565b9392505050565b5f6001600160801b03821115610a05576040516306dfcc6560e41b81526080600482015260248101839052604401610145565b61225f6040518060e001604052805f81526020015f815260200160608152602001606081526020016060815260200160608152602001606081525090565b60605f61226d60088561496a565b90506122798682612fc6565b9250806001600160401b03811115612293576122936147e4565b6040519080825280602002602001820160405280156122bc578160200160208202803683370190505b5060408401516060850151600a602052919350905f5b83811015612329578060031b88013560c01c8160051b6020850101528089015f5260405f2054808260051b60208801015260ff8160301c166123205763ffffffff81168260051b6020850101525b506001016122d2565b50612333856131a0565b505050935093915050565b5f811561238c5761235060108461496a565b6010600161235e858761448a565b6123689190614ae0565b612372919061496a565b61237c9190614ae0565b61238790600161448a565b6109ce565b505f92915050565b845160208601515f919082906123aa908361448a565b9050808a60a0015110156123bf575060a08901515b8181116123d05783925050506124b6565b5f6123e48787878e60a0015187878e613238565b9450905085841115612413576040516393b2cee560e01b81526004810187905260248101859052604401610145565b6020808c01515f9081526012909152604090205481146124565760208b0151604051630d7d552b60e21b8152610145918c91600401918252602082015260400190565b6124888960405180606001604052808e6040015181526020018e6060015181526020018e608001518152508a856132f4565b8b60e001818151612499919061448a565b90525060c08b0151156124b2576124b28b8a8585613508565b5050505b979650505050505050565b604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b820483166101608601819052600160a81b8304909116610180860152600160b01b82049092166101a085015293909304166101c082015284515f926001600160801b039091169083906125d0908390613678565b600554909150600160801b90046001600160401b03165f805b8a60200151811015612781578a60600151818151811061260b5761260b614a5e565b60200260200101515f148061261e575084155b156126b0578a60400151818151811061263957612639614a5e565b60200260200101515f146126ab578a5161265490829061448a565b8b60400151828151811061266a5761266a614a5e565b60209081029190910101516040516333c106c560e01b8152600481019290925260248201525f6044820181905260648201526084810185905260a401610145565b612779565b6126bc8b828787613688565b5f856126c88d84613745565b6126d2919061496a565b9050808a83815181106126e7576126e7614a5e565b60209081029190910101526126fc818461448a565b92505f5f8611801561272b5750858d60a00151848151811061272057612720614a5e565b602002602001015110155b905061276a838e5f015161273f919061448a565b8b858151811061275157612751614a5e565b602002602001015184848c610180015160ff168a6137f0565b612774908a61448a565b985050505b6001016125e9565b5061278b8161397f565b8960200181815161279c919061449d565b6001600160401b031690525061089a8a6139b4565b5f5f5f6127be8686613ac5565b91509150815f036127e2578381816127d8576127d8614956565b04925050506121e7565b8184116127f9576127f96003851502601118613ae1565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f80805b86518110156128c85786818151811061288057612880614a5e565b602002602001015160e0015187828151811061289e5761289e614a5e565b6020026020010151604001516128b49190614a2f565b6128be908361448a565b9150600101612865565b50805f036128d9575f915050612a64565b5f5b8651811015612a61575f8782815181106128f7576128f7614a5e565b602002602001015190505f8160e0015182604001516129169190614a2f565b90505f6129248883876127b1565b90505f6129328884886127b1565b84519091505f9061294e906129488d600161449d565b84613af2565b905061295a8183614ae0565b612964908461448a565b925082156129785784516129789084613d88565b612982818461448a565b61298c908961448a565b9750670de0b6b3a76400008560e0015161ffff6129a99190614a2f565b6129b3919061496a565b6020808701515f908152600a8252604090819020805461ffff949094166401000000000265ffff00000000199094169390931790925586518288015160e0890151845191825292810192909252918101859052606081018390526001600160a01b03909116906001600160401b038d16907f34fab1755407cee16aec7990ed44237d141cbdb5df37961be06512b01a9df5139060800160405180910390a350505050508060010190506128db565b50505b949350505050565b80515f90808203612a7f57505f92915050565b5f816001600160401b03811115612a9857612a986147e4565b604051908082528060200260200182016040528015612ac1578160200160208202803683370190505b5090505f826001600160401b03811115612add57612add6147e4565b604051908082528060200260200182016040528015612b06578160200160208202803683370190505b5090505f5b83811015612ba557858181518110612b2557612b25614a5e565b60200260200101515f0151838281518110612b4257612b42614a5e565b60200260200101906001600160a01b031690816001600160a01b031681525050858181518110612b7457612b74614a5e565b602002602001015160e00151828281518110612b9257612b92614a5e565b6020908102919091010152600101612b0b565b50600354604051636aabe8f360e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691636aabe8f391612c059186918691600160e01b900463ffffffff1690600401614ce7565b5f604051808303815f87803b158015612c1c575f5ffd5b505af1158015612c2e573d5f5f3e3d5ffd5b5050604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b82048316610160860152600160a81b820416610180850152600160b01b81049091166101a08401819052939004166101c082015292505f915061271090612d3b90670de0b6b3a764000090614a2f565b612d45919061496a565b90505f5b85811015612ec6575f600a5f8a8481518110612d6757612d67614a5e565b60200260200101516020015181526020019081526020015f2090505f837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166385bf82d6898681518110612dc557612dc5614a5e565b60200260200101516040518263ffffffff1660e01b8152600401612df891906001600160a01b0391909116815260200190565b602060405180830381865afa158015612e13573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612e379190614a18565b10612e42575f612e59565b8154612e5990600160381b900460ff166001614d55565b905084610180015160ff168160ff1610612ea157612e91878481518110612e8257612e82614a5e565b60200260200101516002611fdd565b612e9b908a61448a565b98505f90505b815460ff909116600160381b0267ff0000000000000019909116179055600101612d49565b505050505050919050565b612ede8383836001613db8565b612f0657604051635274afe760e01b81526001600160a01b0384166004820152602401610145565b505050565b6001600160a01b0381165f908152600b60209081526040808320815160808101835290546001600160601b038116825261ffff600160601b8204169382019390935260ff600160701b84048116158015938301849052600160781b909404161515606082015291839190612f80575081606001515b612f8a575f612f8d565b81515b6001600160a01b0385165f908152600d60205260409020546001600160601b03919091169150612a64906001600160801b03168261448a565b6130046040518060e001604052805f81526020015f815260200160608152602001606081526020016060815260200160608152602001606081525090565b82815260208101829052816001600160401b03811115613026576130266147e4565b60405190808252806020026020018201604052801561304f578160200160208202803683370190505b506040820152816001600160401b0381111561306d5761306d6147e4565b604051908082528060200260200182016040528015613096578160200160208202803683370190505b5060608201526130a7826003614a2f565b6130b290600361448a565b6001600160401b038111156130c9576130c96147e4565b6040519080825280602002602001820160405280156130f2578160200160208202803683370190505b506080820152816001600160401b03811115613110576131106147e4565b604051908082528060200260200182016040528015613139578160200160208202803683370190505b5060a0820152613149838361233e565b613154906002614a2f565b6001600160401b0381111561316b5761316b6147e4565b604051908082528060200260200182016040528015613194578160200160208202803683370190505b5060c082015292915050565b80516020820151602060408401510160206060850151016020608086015101602060c0870151016010860695505f5b8581101561322e57600581901b85810151606083028501528401518015613225578188018060041c60061b840161ffff600f831660041b60f0031b81511781526020810151831115613222578260208201525b50505b506001016131cf565b5050505050505050565b5f5f83861015613246578593505b608080860490607f86810182900491908901045f6101008085029060028c0290850210613276578a60020261327c565b61010084025b0390508c8b0161328f8186868686613e1a565b965083830360200282866020028e01010195505f60108b816132b3576132b3614956565b04905061010086026020808802840190830201035f8260105f198e0104036001016020029050808260208d0137505050505050505097509795505050505050565b5f84515f52602060608601510160205260105f51065f5103604085015160208501805f83115f518711161561333b57600160105f510460106001890304030160051b820190505b602060c08a0151016060855f510302602060808c0151010389515b838510156133f157825186602085015110613379576133768789836133fd565b90505b89601089011115613390575f19888b0360041b1c19165b808651169050825f518910156133b657885f5103828160041b1b92506060810285019150505b81156133d1576133cc60208e0151848385613447565b8a0199505b505060208501945060408301925060108701965061060082019150613356565b50505050505050612a64565b5f5f5b601081101561343f5761ffff8160041b60f0031b8084161561343657855f518387010360051b6020510151101561343657918217915b50600101613400565b509392505050565b5f8360801b5b82156134ff5785670de0b6b3a76400008460f01c020484518082105f81146134845760408701805189850201905293820193613499565b6020870180518385118a028601019052938101935b5087670de0b6b3a764000061ffff8760e01c1602049150606086015190508082105f81146134d65760a087018051898502019052938201936134eb565b6080870180518385118a028601019052938101935b5050508260201b925060c08401935061344d565b50949350505050565b5f6135156101008461497d565b61351f9084614ae0565b90505b81811015613671575f60138161353a6101008561496a565b602089015161354a906004614a2f565b613554919061448a565b81526020019081526020015f20549050805f03613571575061365e565b5f84831061357f5782613581565b845b90505f846135918561010061448a565b116135a7576135a28461010061448a565b6135a9565b845b9050815b81811015613659576135c16101008261497d565b84901c600116156136515760608801515f906135dd8984614ae0565b815181106135ed576135ed614a5e565b60200260200101519050805f1480613609575089608001518110155b156136145750613651565b60408a015160a08a01516136288a85614ae0565b8151811061363857613638614a5e565b6020026020010181815161364c919061448a565b905250505b6001016135ad565b505050505b61366a6101008261448a565b9050613522565b5050505050565b5f6109ce83836127106001613e91565b5f8460400151848151811061369f5761369f614a5e565b602002602001015190505f815f146136c0576136bb8686613edc565b6136c2565b835b90505f6136cf8787613f1e565b9050838210806136df5750838110155b806136f15750670de0b6b3a764000083115b1561373c57865161370390879061448a565b6040516333c106c560e01b815260048101919091526024810184905260448101839052606481018290526084810185905260a401610145565b50505050505050565b5f6080836080015183600361375a9190614a2f565b61376590600161448a565b8151811061377557613775614a5e565b6020026020010151901c83608001518360036137919190614a2f565b815181106137a1576137a1614a5e565b60200260200101516137b39190614a2f565b60808401516137c3846003614a2f565b6137ce90600261448a565b815181106137de576137de614a5e565b60200260200101516109ce919061448a565b6040805160e0808201835263ffffffff88168252602088811c61ffff1690830152603088901c60ff908116151583850152603889901c1660608301529187901c6001600160601b0316608082015260a087811c6001600160401b0316908201529086901c60c08201525f905f61386582613f64565b82608001516001600160601b031661387d919061448a565b90506001600160601b038111156138b2575f898152600960205260409020546138af906001600160a01b031682613d88565b505f5b6001600160601b03811660808301526001600160401b0380881660a08401526138dc908516613fee565b63ffffffff1660c08301525f866138f3575f613906565b60608301516139069060ff16600161448a565b9050858110613937575f8a815260096020526040902054613931906001600160a01b03166001611fdd565b93505f90505b60ff81166060840152670de0b6b3a76400006139558961ffff614a2f565b61395f919061496a565b61ffff1660208401526139728a8461401e565b5050509695505050505050565b5f6001600160401b03821115610a0557604080516306dfcc6560e41b8152600481019190915260248101839052604401610145565b805160208201515f906139c7908361448a565b60408401519091505f6139db60108561497d565b6139e59085614ae0565b90505b82811015613671575f6015816139ff60108561496a565b81526020019081526020015f205490505f858310613a1d5782613a1f565b855b90505f85613a2e85601061448a565b10613a395785613a44565b613a4484601061448a565b9050815b81811015613a8e5784810360041b60f003670de0b6b3a764000061ffff60018b85030160051b890151020480821b61ffff831b1987161795505050600181019050613a48565b508260155f613a9e60108861496a565b815260208101919091526040015f205550613abe9150601090508261448a565b90506139e8565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b0383165f818152600d602090815260408083208151808301835290546001600160801b038082168352600160801b91829004811683860152868652601c85528386208451808601865290548083168252929092046001600160401b031682860152958552600e9093529083205482519394919390911615801590613b935750856001600160401b031682602001516001600160401b031614155b15613c30576001600160a01b0387165f908152601d60209081526040808320858301516001600160401b031684529091528120549003613c0857613bd881600161448a565b6001600160a01b0388165f908152601d60209081526040808320868301516001600160401b031684529091529020555b6001600160a01b0387165f908152601c6020526040812080546001600160c01b031916905582525b5f866001600160401b031683602001516001600160401b031614613c54575f613c57565b82515b8460200151613c669190614d6e565b6001600160801b031690505f613c7b89612154565b90508115801590613c8b57508015155b15613d11575f613cb583875f01516001600160801b031688602001516001600160801b03166127b1565b905081811115613cc25750805b613ccd8882846127b1565b9650613ce9876ec097ce7bc90715b34b9f1000000000856127b1565b613cf3908561448a565b6001600160a01b038b165f908152600e602052604090208190559350505b83516001600160801b031615801590613d3f5750876001600160401b031684602001516001600160401b0316145b15613d7c57613d4f83600161448a565b6001600160a01b038a165f908152601d602090815260408083206001600160401b038d1684529091529020555b50505050509392505050565b6001600160a01b0382165f9081526011602052604081208054839290613daf90849061448a565b90915550505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613e0e578383151615613e02573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f60405161010081018660051b88018760051b89833786860360051b8582018860051b840137875b87811015613e7c5761010089820302808703610100811115613e6357506101005b8082850187378520600583901b85015250600101613e42565b50508460051b81209250505095945050505050565b5f613ebe613e9e8361403d565b8015613eb957505f8480613eb457613eb4614956565b868809115b151590565b613ec98686866127b1565b613ed3919061448a565b95945050505050565b5f60808360800151836003613ef19190614a2f565b613efc90600161448a565b81518110613f0c57613f0c614a5e565b6020026020010151901c905092915050565b60808201515f90613f30836003614a2f565b613f3b90600161448a565b81518110613f4b57613f4b614a5e565b60200260200101516001600160801b0316905092915050565b5f8160a001516001600160401b03165f1480613fa85750600560109054906101000a90046001600160401b03166001600160401b03168260c0015163ffffffff1610155b15613fb457505f919050565b60a082015160c083015163ffffffff165f908152601660205260409020546109d1916001600160401b031690670de0b6b3a76400006127b1565b5f63ffffffff821115610a05576040516306dfcc6560e41b81526020600482015260248101839052604401610145565b5f828152600a602052604081209061403583614069565b909155505050565b5f600282600381111561405257614052614ca9565b61405c9190614d8d565b60ff166001149050919050565b5f60e08260c0015163ffffffff16901b60a08360a001516001600160401b0316901b604084608001516001600160601b0316901b6038856060015160ff16901b603086604001516140ba575f6140bd565b60015b901b6020876020015161ffff16901b875f015163ffffffff161717171717179050919050565b6040518061010001604052805f6001600160a01b031681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f81525090565b5f6101e0828403121561413c575f5ffd5b50919050565b5f6101e08284031215614153575f5ffd5b6109ce838361412b565b6001600160a01b0381168114614171575f5ffd5b50565b5f5f5f6102208486031215614187575f5ffd5b8335925060208401356141998161415d565b91506141a8856040860161412b565b90509250925092565b5f5f83601f8401126141c1575f5ffd5b5081356001600160401b038111156141d7575f5ffd5b6020830191508360208285010111156141ee575f5ffd5b9250929050565b5f5f5f5f60408587031215614208575f5ffd5b84356001600160401b0381111561421d575f5ffd5b614229878288016141b1565b90955093505060208501356001600160401b03811115614247575f5ffd5b614253878288016141b1565b95989497509550505050565b6001600160601b0381168114614171575f5ffd5b803561427e8161425f565b919050565b63ffffffff81168114614171575f5ffd5b803561427e81614283565b61ffff81168114614171575f5ffd5b803561427e8161429f565b8015158114614171575f5ffd5b803561427e816142b9565b60ff81168114614171575f5ffd5b803561427e816142d1565b614304826142f783614273565b6001600160601b03169052565b61431060208201614273565b6001600160601b0316602083015261432a60408201614294565b63ffffffff16604083015261434160608201614294565b63ffffffff16606083015261435860808201614294565b63ffffffff16608083015261436f60a08201614294565b63ffffffff1660a083015261438660c08201614294565b63ffffffff1660c083015261439d60e082016142ae565b61ffff1660e08301526143b361010082016142ae565b61ffff166101008301526143ca61012082016142ae565b61ffff166101208301526143e161014082016142c6565b15156101408301526143f661016082016142ae565b61ffff1661016083015261440d61018082016142df565b60ff166101808301526144236101a082016142ae565b61ffff166101a083015261443a6101c08201614294565b63ffffffff81166101c0840152505050565b6101e081016109d182846142ea565b5f6020828403121561446b575f5ffd5b81516121e781614283565b634e487b7160e01b5f52601160045260245ffd5b808201808211156109d1576109d1614476565b6001600160401b0381811683821601908111156109d1576109d1614476565b5f81356109d18161425f565b5f81356109d181614283565b5f81356109d18161429f565b5f81356109d1816142b9565b5f81356109d1816142d1565b614526614504836144bc565b82546bffffffffffffffffffffffff19166001600160601b0391909116178255565b614569614535602084016144bc565b8280546bffffffffffffffffffffffff60601b191660609290921b6bffffffffffffffffffffffff60601b16919091179055565b61459c614578604084016144c8565b82805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055565b6145cf6145ab606084016144c8565b8280546001600160e01b031660e09290921b6001600160e01b031916919091179055565b600181016145f96145e2608085016144c8565b825463ffffffff191663ffffffff91909116178255565b61462a61460860a085016144c8565b825467ffffffff00000000191660209190911b67ffffffff0000000016178255565b61466361463960c085016144c8565b82546bffffffff0000000000000000191660409190911b6bffffffff000000000000000016178255565b61469261467260e085016144d4565b82805461ffff60601b191660609290921b61ffff60601b16919091179055565b6146c26146a261010085016144d4565b82805461ffff60701b191660709290921b61ffff60701b16919091179055565b6146f26146d261012085016144d4565b82805461ffff60801b191660809290921b61ffff60801b16919091179055565b61472061470261014085016144e0565b82805460ff60901b191691151560901b60ff60901b16919091179055565b61475061473061016085016144d4565b82805461ffff60981b191660989290921b61ffff60981b16919091179055565b61477e61476061018085016144ec565b82805460ff60a81b191660a89290921b60ff60a81b16919091179055565b6147ae61478e6101a085016144d4565b82805461ffff60b01b191660b09290921b61ffff60b01b16919091179055565b612f066145786101c085016144c8565b61020081016147cd82856142ea565b6001600160401b0383166101e08301529392505050565b634e487b7160e01b5f52604160045260245ffd5b6040516101e081016001600160401b038111828210171561482757634e487b7160e01b5f52604160045260245ffd5b60405290565b5f6101e082840312801561483f575f5ffd5b506148486147f8565b61485183614273565b815261485f60208401614273565b602082015261487060408401614294565b604082015261488160608401614294565b606082015261489260808401614294565b60808201526148a360a08401614294565b60a08201526148b460c08401614294565b60c08201526148c560e084016142ae565b60e08201526148d761010084016142ae565b6101008201526148ea61012084016142ae565b6101208201526148fd61014084016142c6565b61014082015261491061016084016142ae565b61016082015261492361018084016142df565b6101808201526149366101a084016142ae565b6101a08201526149496101c08401614294565b6101c08201529392505050565b634e487b7160e01b5f52601260045260245ffd5b5f8261497857614978614956565b500490565b5f8261498b5761498b614956565b500690565b5f602082840312156149a0575f5ffd5b81356121e78161425f565b5f602082840312156149bb575f5ffd5b81356121e78161429f565b5f602082840312156149d6575f5ffd5b81356121e781614283565b5f602082840312156149f1575f5ffd5b81356121e7816142d1565b63ffffffff82811682821603908111156109d1576109d1614476565b5f60208284031215614a28575f5ffd5b5051919050565b80820281158282048414176109d1576109d1614476565b5f60018201614a5757614a57614476565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b5f8151808452602084019350602083015f5b82811015614aa2578151865260209586019590910190600101614a84565b5093949350505050565b838152606060208201525f614ac46060830185614a72565b8281036040840152614ad68185614a72565b9695505050505050565b818103818111156109d1576109d1614476565b81516001600160601b031681526101e081016020830151614b1f60208401826001600160601b03169052565b506040830151614b37604084018263ffffffff169052565b506060830151614b4f606084018263ffffffff169052565b506080830151614b67608084018263ffffffff169052565b5060a0830151614b7f60a084018263ffffffff169052565b5060c0830151614b9760c084018263ffffffff169052565b5060e0830151614bad60e084018261ffff169052565b50610100830151614bc561010084018261ffff169052565b50610120830151614bdd61012084018261ffff169052565b50610140830151614bf361014084018215159052565b50610160830151614c0b61016084018261ffff169052565b50610180830151614c2261018084018260ff169052565b506101a0830151614c3a6101a084018261ffff169052565b506101c083015161214d6101c084018263ffffffff169052565b5f60208284031215614c64575f5ffd5b81516121e7816142b9565b5f60208284031215614c7f575f5ffd5b81516121e78161415d565b6001600160601b0382811682821603908111156109d1576109d1614476565b634e487b7160e01b5f52602160045260245ffd5b6040810160038410614cdd57634e487b7160e01b5f52602160045260245ffd5b9281526020015290565b606080825284519082018190525f9060208601906080840190835b81811015614d295783516001600160a01b0316835260209384019390920191600101614d02565b50508381036020850152614d3d8187614a72565b9250505063ffffffff83166040830152949350505050565b60ff81811683821601908111156109d1576109d1614476565b6001600160801b0382811682821603908111156109d1576109d1614476565b5f60ff831680614d9f57614d9f614956565b8060ff8416069150509291505056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\0IW_5`\xE0\x1C\x80b#\x1D%\x14a\0MW\x80c\n<4\x95\x14a\0bW\x80c{\x109\x99\x14a\0uW\x80c\xC4*\xF7\x10\x14a\0\xB1W[__\xFD[a\0`a\0[6`\x04aABV[a\0\xD4V[\0[a\0`a\0p6`\x04aAtV[a\x05\x85V[`@Q`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\0\xC4a\0\xBF6`\x04aA\xF5V[a\x06\xD7V[`@Q\x90\x15\x15\x81R` \x01a\0\xA8V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x01\x1DW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x01NW`@Qc$Z\xEC\xD3`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x01yW`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@Qc\xC3c\x1E\xA9`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xC3c\x1E\xA9\x90a\x01\xC5\x90\x84\x90`\x04\x01aDLV[_`@Q\x80\x83\x03\x81\x86\x80;\x15\x80\x15a\x01\xDBW__\xFD[PZ\xFA\x15\x80\x15a\x01\xEDW=__>=_\xFD[PPPP_`\x05_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cnGXa`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x02fW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x02\x8A\x91\x90aD[V[c\xFF\xFF\xFF\xFF\x16\x90P`\x01`\x01`@\x1B\x03\x82\x16\x15\x80\x15\x90a\x02\xBBWPa\x02\xB8\x81`\x01`\x01`@\x1B\x03\x84\x16aD\x8AV[B\x10[\x15a\x02\xF8Wa\x02\xD3\x81`\x01`\x01`@\x1B\x03\x84\x16aD\x8AV[`@Qc-d\x08\xCB`\xE2\x1B\x81R`\x01`\x01`@\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x01EV[__`\x16\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x90P\x80`\x01`\x01`@\x1B\x03\x16\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xE0\xB1ed`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x03yW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x03\x9D\x91\x90aD[V[a\x03\xAD\x90c\xFF\xFF\xFF\xFF\x16BaD\x8AV[\x10a\x03\xD6W`@Qc\x7FMq\t`\xE1\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x01EV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01R_a\x04\xCF\x82\x87a\x08\xA7V[a\x04\xD9W_a\x04\xDFV[\x81`\xA0\x01Q[a\x04\xEF\x90c\xFF\xFF\xFF\xFF\x16BaD\x9DV[\x90P\x85`\x1Ea\x04\xFE\x82\x82aD\xF8V[PP` \x80T`\x01`@\x1B`\x01`\x01`@\x1B\x03\x84\x81\x16h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16\x92\x90\x92\x17\x17\x90\x91U`\x05\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16B\x90\x92\x16\x91\x90\x91\x17\x90U`@Q\x7F\xFE\xCE^\x87\xA4\\\xABk\xE8\xE0\xC7^k\xC7\xB0\t\x11\x83y\x9D.\xDA\x95\xF75T\x95\xC0\xCC\xFFc\xA8\x90a\x05u\x90\x88\x90\x84\x90aG\xBEV[`@Q\x80\x91\x03\x90\xA1PPPPPPV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x05\xCEW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x15\x80a\x06\x13WP_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x15\x15[\x15a\x063W`@Qc1\x8D\x14\xA5`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01a\x01EV[_\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90Ua\x06V\x83a\t\xD7V[_\x80Ta\xFF\xFF\x92\x90\x92\x16`\x01`\xA0\x1B\x02a\xFF\xFF`\xA0\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90U\x80`\x03a\x06\x83\x82\x82aD\xF8V[Pa\x06\x9D\x90Pa\x06\x986\x83\x90\x03\x83\x01\x83aH-V[a\n\tV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x84\x90\x7F\xA7\xA5\xB8\x0B\xCD;\xEFvRN\xC8\x05Y\xF1\xAD\x1924@\x89\xB3\x16\xA7\xBEa\x9E\xD29V\xB5\xADl\x90_\x90\xA3PPPV[_`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x07!W`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x07)a\n\xDBV[`\x05Ta\xFF\xFF`\x01`\xD0\x1B\x90\x91\x04\x16``a\x07c`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x91\x90\x91R\x90V[_\x83\x81\x03a\x07\x7FWa\x07sa\x0B\xC0V[\x91\x94P\x92P\x90Pa\x07\x8DV[a\x07\x87a\x0FdV[\x90\x93P\x91P[_a\x07\x99`\x08\x8AaIjV[\x90Pa\x07\xA6`\x08\x8AaI}V[\x15\x15\x80a\x07\xC3WP``\x83\x01Qa\xFF\xFF\x16a\x07\xC1\x82\x87aD\x8AV[\x11[\x80a\x07\xDEWP\x80\x15\x80\x15a\x07\xDEWP\x82``\x01Qa\xFF\xFF\x16\x85\x10[\x15a\x08\x16W``\x83\x01Q`@Qca''G`\xE0\x1B\x81R`\x04\x81\x01\x8B\x90R`$\x81\x01\x87\x90Ra\xFF\xFF\x90\x91\x16`D\x82\x01R`d\x01a\x01EV[a\x08%\x84\x84\x87\x8D\x8D\x8D\x8Da\x11\xDFV[a\x08/\x90\x83aD\x8AV[\x91Pa\x08;\x81\x86aD\x8AV[\x94P\x82``\x01Qa\xFF\xFF\x16\x85\x10\x15a\x08vWa\x08W\x84\x84a\x13qV[`\x05\x80Ta\xFF\xFF`\xD0\x1B\x19\x16`\x01`\xD0\x1Ba\xFF\xFF\x88\x16\x02\x17\x90Ua\x08\x91V[a\x08\x80\x84\x84a\x15=V[a\x08\x8A\x90\x83aD\x8AV[\x91P`\x01\x95P[a\x08\x9A\x82a\x1D\x95V[PPPPP\x94\x93PPPPV[\x81Q_\x90`\x01`\x01``\x1B\x03\x16a\x08\xC1` \x84\x01\x84aI\x90V[`\x01`\x01``\x1B\x03\x16\x11\x80a\x08\xFDWP\x82` \x01Q`\x01`\x01``\x1B\x03\x16\x82` \x01` \x81\x01\x90a\x08\xF2\x91\x90aI\x90V[`\x01`\x01``\x1B\x03\x16\x11[\x80a\t%WP\x82`\xE0\x01Qa\xFF\xFF\x16\x82`\xE0\x01` \x81\x01\x90a\t\x1F\x91\x90aI\xABV[a\xFF\xFF\x16\x11[\x80a\tOWP\x82a\x01\xA0\x01Qa\xFF\xFF\x16\x82a\x01\xA0\x01` \x81\x01\x90a\tI\x91\x90aI\xABV[a\xFF\xFF\x16\x11[\x80a\t{WP\x82`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x82`\xA0\x01` \x81\x01\x90a\ts\x91\x90aI\xC6V[c\xFF\xFF\xFF\xFF\x16\x11[\x80a\t\xA3WP\x82a\x01\x80\x01Q`\xFF\x16\x82a\x01\x80\x01` \x81\x01\x90a\t\x9E\x91\x90aI\xE1V[`\xFF\x16\x10[\x80a\t\xCEWP\x82a\x01`\x01Qa\xFF\xFF\x16\x82a\x01`\x01` \x81\x01\x90a\t\xC7\x91\x90aI\xABV[a\xFF\xFF\x16\x14\x15[\x90P[\x92\x91PPV[_a\xFF\xFF\x82\x11\x15a\n\x05W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x10`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[P\x90V[_\x81``\x01Qc\xFF\xFF\xFF\xFF\x16Ba\n \x91\x90aD\x8AV[_\x80Tc\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1Bc\xFF\xFF\xFF\xFF\x84\x16\x02\x17\x90Ua\x01@\x83\x01Q\x90\x91Pa\nPW\x80a\n_V[`\xC0\x82\x01Qa\n_\x90\x82aI\xFCV[_\x80Ta\x01@\x85\x01Qd\xFF\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x90\x91\x16`\x01`\xD0\x1Bc\xFF\xFF\xFF\xFF\x94\x90\x94\x16\x93\x90\x93\x02`\xFF`\xF0\x1B\x19\x16\x92\x90\x92\x17`\x01`\xF0\x1B\x83\x15\x15\x02\x17\x90Ua\n\xA8WBa\n\xB7V[`\xC0\x82\x01Qa\n\xB7\x90\x82aI\xFCV[`\x05`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPPPV[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x0B\x06W`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16B\x81\x11\x15a\x0BGW`@Qc\xD2\"\xB9\x89`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R_`$\x82\x01R`D\x01a\x01EV[`\x04T_\x90a\x0Bc\x90`\x01`\xC0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x83aD\x8AV[\x90Pa\x0Bma\x1F\x90V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\x0B\x8DWP\x80B\x10[\x15a\x0B\xBCW`@Qc-\xBCG\x01`\xE0\x1B\x81R3`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x82\x16`$\x82\x01R`D\x01a\x01EV[PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92R`\x05T_\x90`\x01`\xC0\x1B\x90\x04a\xFF\xFF\x16\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\x0C\x0CWa\x0C\x0CaG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0CEW\x81` \x01[a\x0C2a@\xE3V[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x0C*W\x90P[P\x93P___[\x83\x81\x10\x15a\x0F\x11W_a\x0C\x86`\x14\x82a\x0Cf`\x10\x86aIjV[\x81R` \x01\x90\x81R` \x01_ T`\x10\x84a\x0C\x81\x91\x90aI}V[a\x1F\xBCV[a\xFF\xFF\x16_\x81\x81R`\x12` R`@\x90 `\x01\x81\x01T\x91\x92P\x90`\x01`\xE0\x1B\x90\x04`\xFF\x16a\x0C\xD9W`\x01\x81\x01Ta\x0C\xC6\x90`\x01`\x01`\xA0\x1B\x03\x16_a\x1F\xDDV[a\x0C\xD0\x90\x88aD\x8AV[\x96PPPa\x0F\tV[`\x01\x81\x01T`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x0B` \x90\x81R`@\x91\x82\x90 \x82Q`\x80\x81\x01\x84R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x92\x82\x01\x92\x90\x92R`\xFF`\x01`p\x1B\x83\x04\x81\x16\x15\x80\x15\x94\x83\x01\x94\x90\x94R`\x01`x\x1B\x90\x92\x04\x90\x91\x16\x15\x15``\x82\x01R\x90\x80a\rUWP\x80``\x01Q\x15[\x80a\rhWP\x82\x81` \x01Qa\xFF\xFF\x16\x14\x15[\x80a\r{WP`\x02\x82\x01Tc\xFF\xFF\xFF\xFF\x16\x15[\x15a\r\x88WPPPa\x0F\tV[`\x01\x82\x01T`@QcB\xDF\xC1k`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x04\x82\x01R_\x91g\r\xE0\xB6\xB3\xA7d\0\0\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\x85\xBF\x82\xD6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\r\xFFW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E#\x91\x90aJ\x18V[`\x01\x85\x01Ta\x0E:\x90`\x01`\x01`\xA0\x1B\x03\x16a!TV[a\x0ED\x91\x90aJ/V[a\x0EN\x91\x90aIjV[\x90P\x80_\x03a\x0E`WPPPPa\x0F\tV[`@\x80Qa\x01\0\x81\x01\x82R`\x01\x85\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x82R` \x82\x01\x87\x90R\x91\x81\x01\x83\x90R`\x02\x85\x01Tc\xFF\xFF\xFF\xFF\x90\x81\x16``\x83\x01R`\x01`\xA0\x1B\x83\x04\x16`\x80\x82\x01R`\x01`\xF0\x1B\x82\x04a\xFF\xFF\x16`\xA0\x82\x01R`\x01`\xE8\x1B\x90\x91\x04`\xFF\x16\x15\x15`\xC0\x82\x01R_`\xE0\x82\x01R\x8B\x88a\x0E\xDB\x81aJFV[\x99P\x81Q\x81\x10a\x0E\xEDWa\x0E\xEDaJ^V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra\x0F\x02\x81\x87aD\x8AV[\x95PPPPP[`\x01\x01a\x0CLV[P\x81\x86R`@Q\x80`\x80\x01`@R\x80a\x0F)\x83a!\xEEV[`\x01`\x01`\x80\x1B\x03\x16\x81R_` \x82\x01Ra\xFF\xFF\x93\x84\x16`@\x82\x01R`\x05T`\x01``\x1B\x90\x04\x90\x93\x16``\x90\x93\x01\x92\x90\x92RP\x93\x94\x91\x92PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92RP`@\x80Q`\x80\x81\x01\x82R`\x19T`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16` \x84\x01Ra\xFF\xFF`\x01`\xC0\x1B\x83\x04\x81\x16\x94\x84\x01\x85\x90R`\x01`\xD0\x1B\x90\x92\x04\x90\x91\x16``\x83\x01R\x90\x91\x90\x81\x11\x15a\x0F\xECWa\x0F\xECaG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x10%W\x81` \x01[a\x10\x12a@\xE3V[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x10\nW\x90P[P\x91P_[\x82Q\x81\x10\x15a\x11\xDAW_`\x17_\x83\x81R` \x01\x90\x81R` \x01_ `@Q\x80`\xC0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_\x82\x01`\x14\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01_\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1A\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81RPP\x90P_`\x18_\x84\x81R` \x01\x90\x81R` \x01_ T\x90P`@Q\x80a\x01\0\x01`@R\x80\x83_\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x83` \x01Qa\xFF\xFF\x16\x81R` \x01`\x80\x83\x90\x1C\x81R` \x01\x83``\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`@\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`\x80\x01Qa\xFF\xFF\x16\x81R` \x01\x83`\xA0\x01Q\x15\x15\x81R` \x01\x82`\x01`\x01`\x80\x1B\x03\x16\x81RP\x85\x84\x81Q\x81\x10a\x11\xC5Wa\x11\xC5aJ^V[` \x90\x81\x02\x91\x90\x91\x01\x01RPP`\x01\x01a\x10*V[P\x90\x91V[___a\x11\xED\x88\x88\x88a\"!V[\x91P\x91P_a\x12\0\x89\x84` \x01Qa#>V[`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\x17Wa\x12\x17aG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x12@W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x80[\x8CQ\x81\x10\x15a\x12\x81Wa\x12w\x8D\x82\x81Q\x81\x10a\x12dWa\x12daJ^V[` \x02` \x01\x01Q\x82\x87\x86\x8C\x8C\x88a#\x94V[\x91P`\x01\x01a\x12FV[P\x80\x86\x14a\x12\xACW`@Qc\x93\xB2\xCE\xE5`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x82\x90R`D\x01a\x01EV[_\x84` \x01Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\xC9Wa\x12\xC9aG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x12\xF2W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90Pa\x13\x01\x85\x8D\x83\x87a$\xC1V[\x95P`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16`\x01`\x01`@\x1B\x03\x16\x7F\x0E\x1C\xFBb\xA5\xDAn\\\xDF~#\xBBgH\xDB\\\x19H\x9E\x80\n5\xE88\xDE\x1A\xBBVQ\xD4d\x95\x8C\x87`@\x01Q\x84`@Qa\x13Y\x93\x92\x91\x90aJ\xACV[`@Q\x80\x91\x03\x90\xA2PPPPP\x97\x96PPPPPPPV[_[\x82Q\x81\x10\x15a\x14\xC4W_\x83\x82\x81Q\x81\x10a\x13\x8FWa\x13\x8FaJ^V[` \x90\x81\x02\x91\x90\x91\x01\x81\x01Q`@\x80Q`\xC0\x80\x82\x01\x83R\x83Q`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x83R\x84\x86\x01Qa\xFF\xFF\x90\x81\x16\x84\x88\x01\x90\x81R`\x80\x80\x88\x01Qc\xFF\xFF\xFF\xFF\x90\x81\x16\x87\x89\x01\x90\x81R``\x80\x8B\x01Q\x83\x16\x90\x89\x01\x90\x81R`\xA0\x80\x8C\x01Q\x87\x16\x85\x8B\x01\x90\x81R\x98\x8C\x01Q\x15\x15\x90\x8A\x01\x90\x81R_\x8F\x81R`\x17\x8ER\x8B\x81 \x9AQ\x8BT\x97Q\x94Q\x93Q\x9AQ\x99\x16`\x01`\x01`\xB0\x1B\x03\x19\x90\x97\x16\x96\x90\x96\x17`\x01`\xA0\x1B\x93\x88\x16\x93\x90\x93\x02\x92\x90\x92\x17g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1B\x91\x84\x16\x91\x90\x91\x02c\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x16\x17`\x01`\xD0\x1B\x97\x90\x92\x16\x96\x90\x96\x02\x17`\x01`\x01`\xF0\x1B\x03\x16`\x01`\xF0\x1B\x94\x90\x93\x16\x93\x90\x93\x02\x91\x90\x91\x17\x84U\x91Q`\x01\x93\x84\x01\x80T`\xFF\x19\x16\x91\x15\x15\x91\x90\x91\x17\x90U`\xE0\x85\x01Q\x94\x84\x01Q`\x18\x90\x96R\x92\x90 \x93\x90\x91\x1B\x90\x91\x17\x90\x91U\x90\x91\x01\x90Pa\x13sV[P\x80Q`\x19\x80T` \x84\x01Q`@\x85\x01Q``\x90\x95\x01Q`\x01`\x01`\x80\x1B\x03\x90\x94\x16`\x01`\x01`\xC0\x1B\x03\x19\x90\x92\x16\x91\x90\x91\x17`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x90\x92\x16\x91\x90\x91\x02\x17c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\x01`\xC0\x1Ba\xFF\xFF\x94\x85\x16\x02a\xFF\xFF`\xD0\x1B\x19\x16\x17`\x01`\xD0\x1B\x93\x90\x92\x16\x92\x90\x92\x02\x17\x90UPV[__`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c2\x9E\xB89`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x15\xB5W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x15\xD9\x91\x90aJ\x18V[\x90P_`\x07T\x82a\x15\xEA\x91\x90aD\x8AV[\x90P_a'\x10a\x15\xFCa\x07\x08\x84aJ/V[a\x16\x06\x91\x90aIjV[\x90P_a'\x10a\x16\x18a\x10\x04\x85aJ/V[a\x16\"\x91\x90aIjV[\x90P_\x81a\x160\x84\x86aJ\xE0V[a\x16:\x91\x90aJ\xE0V[` \x89\x01Q\x90\x91P_\x90\x81\x90`\x01`\x01`@\x1B\x03\x16\x15a\x16\xB9Wa\x16t\x85g\r\xE0\xB6\xB3\xA7d\0\0\x8C` \x01Q`\x01`\x01`@\x1B\x03\x16a'\xB1V[`\x01`\x01`@\x1B\x03\x80\x8A\x16_\x90\x81R`\x16` \x90\x81R`@\x90\x91 \x83\x90U\x8C\x01Q\x91\x92Pa\x16\xAC\x91\x16\x82g\r\xE0\xB6\xB3\xA7d\0\0a'\xB1V[a\x16\xB6\x90\x83aD\x8AV[\x91P[a\x16\xC5\x8B\x89\x86\x86a(aV[a\x16\xCF\x90\x83aD\x8AV[\x91Pa\x16\xDA\x8Ba*lV[\x98P\x81`\x06_\x82\x82Ta\x16\xED\x91\x90aD\x8AV[\x90\x91UP_\x90Pa\x16\xFE\x83\x88aJ\xE0V[`\x07\x81\x90U`@\x80Q\x8A\x81R` \x81\x01\x8A\x90R\x90\x81\x01\x88\x90R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x84\x90R\x90\x91P`\x01`\x01`@\x1B\x03\x8A\x16\x90\x7F>\xD1k\x93\xD7\x04\xB8\x87{\x03\x83~\xFF\x0Fd\x18\x06X\"[\xCC\xA5\xF7/\xE5~\xAFUG}]x\x90`\xE0\x01`@Q\x80\x91\x03\x90\xA2a\x17y\x89`\x01aD\x9DV[`\x05\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x16`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x93\x90\x93\x16\x92\x90\x92\x02c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16\x91\x90\x91\x17\x90U` T`\x01`@\x1B\x90\x04`\xFF\x16\x80\x15a\x17\xD8WP` T`\x01`\x01`@\x1B\x03\x16B\x10\x15[\x15a\x1C\x8FW_`\x1E`@Q\x80a\x01\xE0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x04\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x08\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x12\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81R` \x01`\x01\x82\x01`\x13\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16`\xFF\x16\x81R` \x01`\x01\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81RPP\x90P\x80`\x03_\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x0Ca\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\x80\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01`\x04a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x08a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x01\x01`\x0Ca\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x01\x01`\x0Ea\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01@\x82\x01Q\x81`\x01\x01`\x12a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UPa\x01`\x82\x01Q\x81`\x01\x01`\x13a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\x80\x82\x01Q\x81`\x01\x01`\x15a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UPa\x01\xA0\x82\x01Q\x81`\x01\x01`\x16a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\xC0\x82\x01Q\x81`\x01\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x90PP_` `\x08a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP\x7Fm\x06a\xBE!{W\x17\xE7/\x7F\x9D\xAE~\xD6(\xD5c\x7Ff\xC9wW\xA1\xA0\xF8\xD5\xBCZh\xE6R\x81`@Qa\x1C\x85\x91\x90aJ\xF3V[`@Q\x80\x91\x03\x90\xA1P[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01Ra\x1D\x86\x90a\n\tV[PPPPPPPPP\x92\x91PPV[\x80_\x03a\x1D\x9FWPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cc\xB0\xC4(`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1D\xFCW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1E \x91\x90aLTV[`@\x80Q\x84\x81R\x82\x15\x15` \x82\x01R\x91\x92P\x7F\xC3\x0B\xA58}\x08N!H\xB2\xA9\x13W\xA8\x87\xE7\xB0IcWQL\xFE3\xD9\xFF03\xF6v\xAC\xE5\x91\x01`@Q\x80\x91\x03\x90\xA1\x80\x15a\x1E\xDCW`@Qc\x08R\xCD\x8D`\xE3\x1B\x81R`\x04\x81\x01\x83\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90cB\x96lh\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x1E\xC2W__\xFD[PZ\xF1\x15\x80\x15a\x1E\xD4W=__>=_\xFD[PPPPPPV[a\x0B\xBC\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16ca\xD0'\xB3`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1F;W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1F_\x91\x90aLoV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x84a.\xD1V[`\x02T_\x90`\x01`\x01`\xA0\x1B\x03\x16\x80\x15a\x1F\xAAW\x80a\x1F\xB6V[_T`\x01`\x01`\xA0\x1B\x03\x16[\x91PP\x90V[_a\x1F\xC8\x82`\x10aJ/V[a\x1F\xD3\x90`\xF0aJ\xE0V[\x92\x90\x92\x1C\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x0B` R`@\x81 \x80T`\x01`p\x1B\x90\x04`\xFF\x16a \rW_\x91PPa\t\xD1V[`\x04T\x81Ta'\x10\x91a 5\x91`\x01``\x1B\x90\x91\x04a\xFF\xFF\x16\x90`\x01`\x01``\x1B\x03\x16aJ/V[a ?\x91\x90aIjV[\x81T\x90\x92P\x82\x90\x82\x90_\x90a ^\x90\x84\x90`\x01`\x01``\x1B\x03\x16aL\x8AV[\x92Pa\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP\x83`\x01`\x01`\xA0\x1B\x03\x16\x7F`z\xDB\xA6l\xFF\x84\xB6'\xE3S}\x1C\x17\xD0\x88\xA9\x85V\xBC\xCD\x056\xA2\xF3Y\x0CV2\x90#\xD9\x84\x84`@Qa \xBD\x92\x91\x90aL\xBDV[`@Q\x80\x91\x03\x90\xA2\x80T`\x01`x\x1B\x90\x04`\xFF\x16\x15a!MW`@Qc\x14\xC2U\x93`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cS\tVL\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a!6W__\xFD[PZ\xF1\x15\x80\x15a!HW=__>=_\xFD[PPPP[P\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x1B` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x90\x92RT`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x93\x83\x01\x93\x90\x93R`\x05T\x91\x92a!\xB2\x92\x91\x90\x91\x04\x16`\x01aD\x9DV[`\x01`\x01`@\x1B\x03\x16\x81` \x01Q`\x01`\x01`@\x1B\x03\x16\x03a!\xDEWQ`\x01`\x01`\x80\x1B\x03\x16\x92\x91PPV[a!\xE7\x83a/\x0BV[\x93\x92PPPV[_`\x01`\x01`\x80\x1B\x03\x82\x11\x15a\n\x05W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x80`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[a\"_`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81RP\x90V[``_a\"m`\x08\x85aIjV[\x90Pa\"y\x86\x82a/\xC6V[\x92P\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\"\x93Wa\"\x93aG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\"\xBCW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`@\x84\x01Q``\x85\x01Q`\n` R\x91\x93P\x90_[\x83\x81\x10\x15a#)W\x80`\x03\x1B\x88\x015`\xC0\x1C\x81`\x05\x1B` \x85\x01\x01R\x80\x89\x01_R`@_ T\x80\x82`\x05\x1B` \x88\x01\x01R`\xFF\x81`0\x1C\x16a# Wc\xFF\xFF\xFF\xFF\x81\x16\x82`\x05\x1B` \x85\x01\x01R[P`\x01\x01a\"\xD2V[Pa#3\x85a1\xA0V[PPP\x93P\x93\x91PPV[_\x81\x15a#\x8CWa#P`\x10\x84aIjV[`\x10`\x01a#^\x85\x87aD\x8AV[a#h\x91\x90aJ\xE0V[a#r\x91\x90aIjV[a#|\x91\x90aJ\xE0V[a#\x87\x90`\x01aD\x8AV[a\t\xCEV[P_\x92\x91PPV[\x84Q` \x86\x01Q_\x91\x90\x82\x90a#\xAA\x90\x83aD\x8AV[\x90P\x80\x8A`\xA0\x01Q\x10\x15a#\xBFWP`\xA0\x89\x01Q[\x81\x81\x11a#\xD0W\x83\x92PPPa$\xB6V[_a#\xE4\x87\x87\x87\x8E`\xA0\x01Q\x87\x87\x8Ea28V[\x94P\x90P\x85\x84\x11\x15a$\x13W`@Qc\x93\xB2\xCE\xE5`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x85\x90R`D\x01a\x01EV[` \x80\x8C\x01Q_\x90\x81R`\x12\x90\x91R`@\x90 T\x81\x14a$VW` \x8B\x01Q`@Qc\r}U+`\xE2\x1B\x81Ra\x01E\x91\x8C\x91`\x04\x01\x91\x82R` \x82\x01R`@\x01\x90V[a$\x88\x89`@Q\x80``\x01`@R\x80\x8E`@\x01Q\x81R` \x01\x8E``\x01Q\x81R` \x01\x8E`\x80\x01Q\x81RP\x8A\x85a2\xF4V[\x8B`\xE0\x01\x81\x81Qa$\x99\x91\x90aD\x8AV[\x90RP`\xC0\x8B\x01Q\x15a$\xB2Wa$\xB2\x8B\x8A\x85\x85a5\x08V[PPP[\x97\x96PPPPPPPV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01\x81\x90R`\x01`\xA8\x1B\x83\x04\x90\x91\x16a\x01\x80\x86\x01R`\x01`\xB0\x1B\x82\x04\x90\x92\x16a\x01\xA0\x85\x01R\x93\x90\x93\x04\x16a\x01\xC0\x82\x01R\x84Q_\x92`\x01`\x01`\x80\x1B\x03\x90\x91\x16\x90\x83\x90a%\xD0\x90\x83\x90a6xV[`\x05T\x90\x91P`\x01`\x80\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16_\x80[\x8A` \x01Q\x81\x10\x15a'\x81W\x8A``\x01Q\x81\x81Q\x81\x10a&\x0BWa&\x0BaJ^V[` \x02` \x01\x01Q_\x14\x80a&\x1EWP\x84\x15[\x15a&\xB0W\x8A`@\x01Q\x81\x81Q\x81\x10a&9Wa&9aJ^V[` \x02` \x01\x01Q_\x14a&\xABW\x8AQa&T\x90\x82\x90aD\x8AV[\x8B`@\x01Q\x82\x81Q\x81\x10a&jWa&jaJ^V[` \x90\x81\x02\x91\x90\x91\x01\x01Q`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R_`D\x82\x01\x81\x90R`d\x82\x01R`\x84\x81\x01\x85\x90R`\xA4\x01a\x01EV[a'yV[a&\xBC\x8B\x82\x87\x87a6\x88V[_\x85a&\xC8\x8D\x84a7EV[a&\xD2\x91\x90aIjV[\x90P\x80\x8A\x83\x81Q\x81\x10a&\xE7Wa&\xE7aJ^V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra&\xFC\x81\x84aD\x8AV[\x92P__\x86\x11\x80\x15a'+WP\x85\x8D`\xA0\x01Q\x84\x81Q\x81\x10a' Wa' aJ^V[` \x02` \x01\x01Q\x10\x15[\x90Pa'j\x83\x8E_\x01Qa'?\x91\x90aD\x8AV[\x8B\x85\x81Q\x81\x10a'QWa'QaJ^V[` \x02` \x01\x01Q\x84\x84\x8Ca\x01\x80\x01Q`\xFF\x16\x8Aa7\xF0V[a't\x90\x8AaD\x8AV[\x98PPP[`\x01\x01a%\xE9V[Pa'\x8B\x81a9\x7FV[\x89` \x01\x81\x81Qa'\x9C\x91\x90aD\x9DV[`\x01`\x01`@\x1B\x03\x16\x90RPa\x08\x9A\x8Aa9\xB4V[___a'\xBE\x86\x86a:\xC5V[\x91P\x91P\x81_\x03a'\xE2W\x83\x81\x81a'\xD8Wa'\xD8aIVV[\x04\x92PPPa!\xE7V[\x81\x84\x11a'\xF9Wa'\xF9`\x03\x85\x15\x02`\x11\x18a:\xE1V[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[_\x80\x80[\x86Q\x81\x10\x15a(\xC8W\x86\x81\x81Q\x81\x10a(\x80Wa(\x80aJ^V[` \x02` \x01\x01Q`\xE0\x01Q\x87\x82\x81Q\x81\x10a(\x9EWa(\x9EaJ^V[` \x02` \x01\x01Q`@\x01Qa(\xB4\x91\x90aJ/V[a(\xBE\x90\x83aD\x8AV[\x91P`\x01\x01a(eV[P\x80_\x03a(\xD9W_\x91PPa*dV[_[\x86Q\x81\x10\x15a*aW_\x87\x82\x81Q\x81\x10a(\xF7Wa(\xF7aJ^V[` \x02` \x01\x01Q\x90P_\x81`\xE0\x01Q\x82`@\x01Qa)\x16\x91\x90aJ/V[\x90P_a)$\x88\x83\x87a'\xB1V[\x90P_a)2\x88\x84\x88a'\xB1V[\x84Q\x90\x91P_\x90a)N\x90a)H\x8D`\x01aD\x9DV[\x84a:\xF2V[\x90Pa)Z\x81\x83aJ\xE0V[a)d\x90\x84aD\x8AV[\x92P\x82\x15a)xW\x84Qa)x\x90\x84a=\x88V[a)\x82\x81\x84aD\x8AV[a)\x8C\x90\x89aD\x8AV[\x97Pg\r\xE0\xB6\xB3\xA7d\0\0\x85`\xE0\x01Qa\xFF\xFFa)\xA9\x91\x90aJ/V[a)\xB3\x91\x90aIjV[` \x80\x87\x01Q_\x90\x81R`\n\x82R`@\x90\x81\x90 \x80Ta\xFF\xFF\x94\x90\x94\x16d\x01\0\0\0\0\x02e\xFF\xFF\0\0\0\0\x19\x90\x94\x16\x93\x90\x93\x17\x90\x92U\x86Q\x82\x88\x01Q`\xE0\x89\x01Q\x84Q\x91\x82R\x92\x81\x01\x92\x90\x92R\x91\x81\x01\x85\x90R``\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90`\x01`\x01`@\x1B\x03\x8D\x16\x90\x7F4\xFA\xB1uT\x07\xCE\xE1j\xECy\x90\xEDD#}\x14\x1C\xBD\xB5\xDF7\x96\x1B\xE0e\x12\xB0\x1A\x9D\xF5\x13\x90`\x80\x01`@Q\x80\x91\x03\x90\xA3PPPPP\x80`\x01\x01\x90Pa(\xDBV[PP[\x94\x93PPPPV[\x80Q_\x90\x80\x82\x03a*\x7FWP_\x92\x91PPV[_\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a*\x98Wa*\x98aG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a*\xC1W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x82`\x01`\x01`@\x1B\x03\x81\x11\x15a*\xDDWa*\xDDaG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a+\x06W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x83\x81\x10\x15a+\xA5W\x85\x81\x81Q\x81\x10a+%Wa+%aJ^V[` \x02` \x01\x01Q_\x01Q\x83\x82\x81Q\x81\x10a+BWa+BaJ^V[` \x02` \x01\x01\x90`\x01`\x01`\xA0\x1B\x03\x16\x90\x81`\x01`\x01`\xA0\x1B\x03\x16\x81RPP\x85\x81\x81Q\x81\x10a+tWa+taJ^V[` \x02` \x01\x01Q`\xE0\x01Q\x82\x82\x81Q\x81\x10a+\x92Wa+\x92aJ^V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a+\x0BV[P`\x03T`@Qcj\xAB\xE8\xF3`\xE0\x1B\x81R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x91cj\xAB\xE8\xF3\x91a,\x05\x91\x86\x91\x86\x91`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x90`\x04\x01aL\xE7V[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a,\x1CW__\xFD[PZ\xF1\x15\x80\x15a,.W=__>=_\xFD[PP`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x82\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x81\x04\x90\x91\x16a\x01\xA0\x84\x01\x81\x90R\x93\x90\x04\x16a\x01\xC0\x82\x01R\x92P_\x91Pa'\x10\x90a-;\x90g\r\xE0\xB6\xB3\xA7d\0\0\x90aJ/V[a-E\x91\x90aIjV[\x90P_[\x85\x81\x10\x15a.\xC6W_`\n_\x8A\x84\x81Q\x81\x10a-gWa-gaJ^V[` \x02` \x01\x01Q` \x01Q\x81R` \x01\x90\x81R` \x01_ \x90P_\x83\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x85\xBF\x82\xD6\x89\x86\x81Q\x81\x10a-\xC5Wa-\xC5aJ^V[` \x02` \x01\x01Q`@Q\x82c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a-\xF8\x91\x90`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16\x81R` \x01\x90V[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a.\x13W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a.7\x91\x90aJ\x18V[\x10a.BW_a.YV[\x81Ta.Y\x90`\x01`8\x1B\x90\x04`\xFF\x16`\x01aMUV[\x90P\x84a\x01\x80\x01Q`\xFF\x16\x81`\xFF\x16\x10a.\xA1Wa.\x91\x87\x84\x81Q\x81\x10a.\x82Wa.\x82aJ^V[` \x02` \x01\x01Q`\x02a\x1F\xDDV[a.\x9B\x90\x8AaD\x8AV[\x98P_\x90P[\x81T`\xFF\x90\x91\x16`\x01`8\x1B\x02g\xFF\0\0\0\0\0\0\0\x19\x90\x91\x16\x17\x90U`\x01\x01a-IV[PPPPPP\x91\x90PV[a.\xDE\x83\x83\x83`\x01a=\xB8V[a/\x06W`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x01EV[PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x0B` \x90\x81R`@\x80\x83 \x81Q`\x80\x81\x01\x83R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x93\x82\x01\x93\x90\x93R`\xFF`\x01`p\x1B\x84\x04\x81\x16\x15\x80\x15\x93\x83\x01\x84\x90R`\x01`x\x1B\x90\x94\x04\x16\x15\x15``\x82\x01R\x91\x83\x91\x90a/\x80WP\x81``\x01Q[a/\x8AW_a/\x8DV[\x81Q[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\r` R`@\x90 T`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x91Pa*d\x90`\x01`\x01`\x80\x1B\x03\x16\x82aD\x8AV[a0\x04`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81RP\x90V[\x82\x81R` \x81\x01\x82\x90R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a0&Wa0&aG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a0OW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`@\x82\x01R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a0mWa0maG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a0\x96W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P``\x82\x01Ra0\xA7\x82`\x03aJ/V[a0\xB2\x90`\x03aD\x8AV[`\x01`\x01`@\x1B\x03\x81\x11\x15a0\xC9Wa0\xC9aG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a0\xF2W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\x80\x82\x01R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a1\x10Wa1\x10aG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a19W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xA0\x82\x01Ra1I\x83\x83a#>V[a1T\x90`\x02aJ/V[`\x01`\x01`@\x1B\x03\x81\x11\x15a1kWa1kaG\xE4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a1\x94W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xC0\x82\x01R\x92\x91PPV[\x80Q` \x82\x01Q` `@\x84\x01Q\x01` ``\x85\x01Q\x01` `\x80\x86\x01Q\x01` `\xC0\x87\x01Q\x01`\x10\x86\x06\x95P_[\x85\x81\x10\x15a2.W`\x05\x81\x90\x1B\x85\x81\x01Q``\x83\x02\x85\x01R\x84\x01Q\x80\x15a2%W\x81\x88\x01\x80`\x04\x1C`\x06\x1B\x84\x01a\xFF\xFF`\x0F\x83\x16`\x04\x1B`\xF0\x03\x1B\x81Q\x17\x81R` \x81\x01Q\x83\x11\x15a2\"W\x82` \x82\x01R[PP[P`\x01\x01a1\xCFV[PPPPPPPPV[__\x83\x86\x10\x15a2FW\x85\x93P[`\x80\x80\x86\x04\x90`\x7F\x86\x81\x01\x82\x90\x04\x91\x90\x89\x01\x04_a\x01\0\x80\x85\x02\x90`\x02\x8C\x02\x90\x85\x02\x10a2vW\x8A`\x02\x02a2|V[a\x01\0\x84\x02[\x03\x90P\x8C\x8B\x01a2\x8F\x81\x86\x86\x86\x86a>\x1AV[\x96P\x83\x83\x03` \x02\x82\x86` \x02\x8E\x01\x01\x01\x95P_`\x10\x8B\x81a2\xB3Wa2\xB3aIVV[\x04\x90Pa\x01\0\x86\x02` \x80\x88\x02\x84\x01\x90\x83\x02\x01\x03_\x82`\x10_\x19\x8E\x01\x04\x03`\x01\x01` \x02\x90P\x80\x82` \x8D\x017PPPPPPPP\x97P\x97\x95PPPPPPV[_\x84Q_R` ``\x86\x01Q\x01` R`\x10_Q\x06_Q\x03`@\x85\x01Q` \x85\x01\x80_\x83\x11_Q\x87\x11\x16\x15a3;W`\x01`\x10_Q\x04`\x10`\x01\x89\x03\x04\x03\x01`\x05\x1B\x82\x01\x90P[` `\xC0\x8A\x01Q\x01``\x85_Q\x03\x02` `\x80\x8C\x01Q\x01\x03\x89Q[\x83\x85\x10\x15a3\xF1W\x82Q\x86` \x85\x01Q\x10a3yWa3v\x87\x89\x83a3\xFDV[\x90P[\x89`\x10\x89\x01\x11\x15a3\x90W_\x19\x88\x8B\x03`\x04\x1B\x1C\x19\x16[\x80\x86Q\x16\x90P\x82_Q\x89\x10\x15a3\xB6W\x88_Q\x03\x82\x81`\x04\x1B\x1B\x92P``\x81\x02\x85\x01\x91PP[\x81\x15a3\xD1Wa3\xCC` \x8E\x01Q\x84\x83\x85a4GV[\x8A\x01\x99P[PP` \x85\x01\x94P`@\x83\x01\x92P`\x10\x87\x01\x96Pa\x06\0\x82\x01\x91Pa3VV[PPPPPPPa*dV[__[`\x10\x81\x10\x15a4?Wa\xFF\xFF\x81`\x04\x1B`\xF0\x03\x1B\x80\x84\x16\x15a46W\x85_Q\x83\x87\x01\x03`\x05\x1B` Q\x01Q\x10\x15a46W\x91\x82\x17\x91[P`\x01\x01a4\0V[P\x93\x92PPPV[_\x83`\x80\x1B[\x82\x15a4\xFFW\x85g\r\xE0\xB6\xB3\xA7d\0\0\x84`\xF0\x1C\x02\x04\x84Q\x80\x82\x10_\x81\x14a4\x84W`@\x87\x01\x80Q\x89\x85\x02\x01\x90R\x93\x82\x01\x93a4\x99V[` \x87\x01\x80Q\x83\x85\x11\x8A\x02\x86\x01\x01\x90R\x93\x81\x01\x93[P\x87g\r\xE0\xB6\xB3\xA7d\0\0a\xFF\xFF\x87`\xE0\x1C\x16\x02\x04\x91P``\x86\x01Q\x90P\x80\x82\x10_\x81\x14a4\xD6W`\xA0\x87\x01\x80Q\x89\x85\x02\x01\x90R\x93\x82\x01\x93a4\xEBV[`\x80\x87\x01\x80Q\x83\x85\x11\x8A\x02\x86\x01\x01\x90R\x93\x81\x01\x93[PPP\x82` \x1B\x92P`\xC0\x84\x01\x93Pa4MV[P\x94\x93PPPPV[_a5\x15a\x01\0\x84aI}V[a5\x1F\x90\x84aJ\xE0V[\x90P[\x81\x81\x10\x15a6qW_`\x13\x81a5:a\x01\0\x85aIjV[` \x89\x01Qa5J\x90`\x04aJ/V[a5T\x91\x90aD\x8AV[\x81R` \x01\x90\x81R` \x01_ T\x90P\x80_\x03a5qWPa6^V[_\x84\x83\x10a5\x7FW\x82a5\x81V[\x84[\x90P_\x84a5\x91\x85a\x01\0aD\x8AV[\x11a5\xA7Wa5\xA2\x84a\x01\0aD\x8AV[a5\xA9V[\x84[\x90P\x81[\x81\x81\x10\x15a6YWa5\xC1a\x01\0\x82aI}V[\x84\x90\x1C`\x01\x16\x15a6QW``\x88\x01Q_\x90a5\xDD\x89\x84aJ\xE0V[\x81Q\x81\x10a5\xEDWa5\xEDaJ^V[` \x02` \x01\x01Q\x90P\x80_\x14\x80a6\tWP\x89`\x80\x01Q\x81\x10\x15[\x15a6\x14WPa6QV[`@\x8A\x01Q`\xA0\x8A\x01Qa6(\x8A\x85aJ\xE0V[\x81Q\x81\x10a68Wa68aJ^V[` \x02` \x01\x01\x81\x81Qa6L\x91\x90aD\x8AV[\x90RPP[`\x01\x01a5\xADV[PPPP[a6ja\x01\0\x82aD\x8AV[\x90Pa5\"V[PPPPPV[_a\t\xCE\x83\x83a'\x10`\x01a>\x91V[_\x84`@\x01Q\x84\x81Q\x81\x10a6\x9FWa6\x9FaJ^V[` \x02` \x01\x01Q\x90P_\x81_\x14a6\xC0Wa6\xBB\x86\x86a>\xDCV[a6\xC2V[\x83[\x90P_a6\xCF\x87\x87a?\x1EV[\x90P\x83\x82\x10\x80a6\xDFWP\x83\x81\x10\x15[\x80a6\xF1WPg\r\xE0\xB6\xB3\xA7d\0\0\x83\x11[\x15a7<W\x86Qa7\x03\x90\x87\x90aD\x8AV[`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x84\x90R`D\x81\x01\x83\x90R`d\x81\x01\x82\x90R`\x84\x81\x01\x85\x90R`\xA4\x01a\x01EV[PPPPPPPV[_`\x80\x83`\x80\x01Q\x83`\x03a7Z\x91\x90aJ/V[a7e\x90`\x01aD\x8AV[\x81Q\x81\x10a7uWa7uaJ^V[` \x02` \x01\x01Q\x90\x1C\x83`\x80\x01Q\x83`\x03a7\x91\x91\x90aJ/V[\x81Q\x81\x10a7\xA1Wa7\xA1aJ^V[` \x02` \x01\x01Qa7\xB3\x91\x90aJ/V[`\x80\x84\x01Qa7\xC3\x84`\x03aJ/V[a7\xCE\x90`\x02aD\x8AV[\x81Q\x81\x10a7\xDEWa7\xDEaJ^V[` \x02` \x01\x01Qa\t\xCE\x91\x90aD\x8AV[`@\x80Q`\xE0\x80\x82\x01\x83Rc\xFF\xFF\xFF\xFF\x88\x16\x82R` \x88\x81\x1Ca\xFF\xFF\x16\x90\x83\x01R`0\x88\x90\x1C`\xFF\x90\x81\x16\x15\x15\x83\x85\x01R`8\x89\x90\x1C\x16``\x83\x01R\x91\x87\x90\x1C`\x01`\x01``\x1B\x03\x16`\x80\x82\x01R`\xA0\x87\x81\x1C`\x01`\x01`@\x1B\x03\x16\x90\x82\x01R\x90\x86\x90\x1C`\xC0\x82\x01R_\x90_a8e\x82a?dV[\x82`\x80\x01Q`\x01`\x01``\x1B\x03\x16a8}\x91\x90aD\x8AV[\x90P`\x01`\x01``\x1B\x03\x81\x11\x15a8\xB2W_\x89\x81R`\t` R`@\x90 Ta8\xAF\x90`\x01`\x01`\xA0\x1B\x03\x16\x82a=\x88V[P_[`\x01`\x01``\x1B\x03\x81\x16`\x80\x83\x01R`\x01`\x01`@\x1B\x03\x80\x88\x16`\xA0\x84\x01Ra8\xDC\x90\x85\x16a?\xEEV[c\xFF\xFF\xFF\xFF\x16`\xC0\x83\x01R_\x86a8\xF3W_a9\x06V[``\x83\x01Qa9\x06\x90`\xFF\x16`\x01aD\x8AV[\x90P\x85\x81\x10a97W_\x8A\x81R`\t` R`@\x90 Ta91\x90`\x01`\x01`\xA0\x1B\x03\x16`\x01a\x1F\xDDV[\x93P_\x90P[`\xFF\x81\x16``\x84\x01Rg\r\xE0\xB6\xB3\xA7d\0\0a9U\x89a\xFF\xFFaJ/V[a9_\x91\x90aIjV[a\xFF\xFF\x16` \x84\x01Ra9r\x8A\x84a@\x1EV[PPP\x96\x95PPPPPPV[_`\x01`\x01`@\x1B\x03\x82\x11\x15a\n\x05W`@\x80Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x83\x90R`D\x01a\x01EV[\x80Q` \x82\x01Q_\x90a9\xC7\x90\x83aD\x8AV[`@\x84\x01Q\x90\x91P_a9\xDB`\x10\x85aI}V[a9\xE5\x90\x85aJ\xE0V[\x90P[\x82\x81\x10\x15a6qW_`\x15\x81a9\xFF`\x10\x85aIjV[\x81R` \x01\x90\x81R` \x01_ T\x90P_\x85\x83\x10a:\x1DW\x82a:\x1FV[\x85[\x90P_\x85a:.\x85`\x10aD\x8AV[\x10a:9W\x85a:DV[a:D\x84`\x10aD\x8AV[\x90P\x81[\x81\x81\x10\x15a:\x8EW\x84\x81\x03`\x04\x1B`\xF0\x03g\r\xE0\xB6\xB3\xA7d\0\0a\xFF\xFF`\x01\x8B\x85\x03\x01`\x05\x1B\x89\x01Q\x02\x04\x80\x82\x1Ba\xFF\xFF\x83\x1B\x19\x87\x16\x17\x95PPP`\x01\x81\x01\x90Pa:HV[P\x82`\x15_a:\x9E`\x10\x88aIjV[\x81R` \x81\x01\x91\x90\x91R`@\x01_ UPa:\xBE\x91P`\x10\x90P\x82aD\x8AV[\x90Pa9\xE8V[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x81\x81R`\r` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x83R\x90T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83R`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x83\x86\x01R\x86\x86R`\x1C\x85R\x83\x86 \x84Q\x80\x86\x01\x86R\x90T\x80\x83\x16\x82R\x92\x90\x92\x04`\x01`\x01`@\x1B\x03\x16\x82\x86\x01R\x95\x85R`\x0E\x90\x93R\x90\x83 T\x82Q\x93\x94\x91\x93\x90\x91\x16\x15\x80\x15\x90a;\x93WP\x85`\x01`\x01`@\x1B\x03\x16\x82` \x01Q`\x01`\x01`@\x1B\x03\x16\x14\x15[\x15a<0W`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x1D` \x90\x81R`@\x80\x83 \x85\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x81 T\x90\x03a<\x08Wa;\xD8\x81`\x01aD\x8AV[`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x1D` \x90\x81R`@\x80\x83 \x86\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x90 U[`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x1C` R`@\x81 \x80T`\x01`\x01`\xC0\x1B\x03\x19\x16\x90U\x82R[_\x86`\x01`\x01`@\x1B\x03\x16\x83` \x01Q`\x01`\x01`@\x1B\x03\x16\x14a<TW_a<WV[\x82Q[\x84` \x01Qa<f\x91\x90aMnV[`\x01`\x01`\x80\x1B\x03\x16\x90P_a<{\x89a!TV[\x90P\x81\x15\x80\x15\x90a<\x8BWP\x80\x15\x15[\x15a=\x11W_a<\xB5\x83\x87_\x01Q`\x01`\x01`\x80\x1B\x03\x16\x88` \x01Q`\x01`\x01`\x80\x1B\x03\x16a'\xB1V[\x90P\x81\x81\x11\x15a<\xC2WP\x80[a<\xCD\x88\x82\x84a'\xB1V[\x96Pa<\xE9\x87n\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x85a'\xB1V[a<\xF3\x90\x85aD\x8AV[`\x01`\x01`\xA0\x1B\x03\x8B\x16_\x90\x81R`\x0E` R`@\x90 \x81\x90U\x93PP[\x83Q`\x01`\x01`\x80\x1B\x03\x16\x15\x80\x15\x90a=?WP\x87`\x01`\x01`@\x1B\x03\x16\x84` \x01Q`\x01`\x01`@\x1B\x03\x16\x14[\x15a=|Wa=O\x83`\x01aD\x8AV[`\x01`\x01`\xA0\x1B\x03\x8A\x16_\x90\x81R`\x1D` \x90\x81R`@\x80\x83 `\x01`\x01`@\x1B\x03\x8D\x16\x84R\x90\x91R\x90 U[PPPPP\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x11` R`@\x81 \x80T\x83\x92\x90a=\xAF\x90\x84\x90aD\x8AV[\x90\x91UPPPPV[`@Qc\xA9\x05\x9C\xBB`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a>\x0EW\x83\x83\x15\x16\x15a>\x02W=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[_`@Qa\x01\0\x81\x01\x86`\x05\x1B\x88\x01\x87`\x05\x1B\x89\x837\x86\x86\x03`\x05\x1B\x85\x82\x01\x88`\x05\x1B\x84\x017\x87[\x87\x81\x10\x15a>|Wa\x01\0\x89\x82\x03\x02\x80\x87\x03a\x01\0\x81\x11\x15a>cWPa\x01\0[\x80\x82\x85\x01\x877\x85 `\x05\x83\x90\x1B\x85\x01RP`\x01\x01a>BV[PP\x84`\x05\x1B\x81 \x92PPP\x95\x94PPPPPV[_a>\xBEa>\x9E\x83a@=V[\x80\x15a>\xB9WP_\x84\x80a>\xB4Wa>\xB4aIVV[\x86\x88\t\x11[\x15\x15\x90V[a>\xC9\x86\x86\x86a'\xB1V[a>\xD3\x91\x90aD\x8AV[\x95\x94PPPPPV[_`\x80\x83`\x80\x01Q\x83`\x03a>\xF1\x91\x90aJ/V[a>\xFC\x90`\x01aD\x8AV[\x81Q\x81\x10a?\x0CWa?\x0CaJ^V[` \x02` \x01\x01Q\x90\x1C\x90P\x92\x91PPV[`\x80\x82\x01Q_\x90a?0\x83`\x03aJ/V[a?;\x90`\x01aD\x8AV[\x81Q\x81\x10a?KWa?KaJ^V[` \x02` \x01\x01Q`\x01`\x01`\x80\x1B\x03\x16\x90P\x92\x91PPV[_\x81`\xA0\x01Q`\x01`\x01`@\x1B\x03\x16_\x14\x80a?\xA8WP`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16`\x01`\x01`@\x1B\x03\x16\x82`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a?\xB4WP_\x91\x90PV[`\xA0\x82\x01Q`\xC0\x83\x01Qc\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x16` R`@\x90 Ta\t\xD1\x91`\x01`\x01`@\x1B\x03\x16\x90g\r\xE0\xB6\xB3\xA7d\0\0a'\xB1V[_c\xFF\xFF\xFF\xFF\x82\x11\x15a\n\x05W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R` `\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[_\x82\x81R`\n` R`@\x81 \x90a@5\x83a@iV[\x90\x91UPPPV[_`\x02\x82`\x03\x81\x11\x15a@RWa@RaL\xA9V[a@\\\x91\x90aM\x8DV[`\xFF\x16`\x01\x14\x90P\x91\x90PV[_`\xE0\x82`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x90\x1B`\xA0\x83`\xA0\x01Q`\x01`\x01`@\x1B\x03\x16\x90\x1B`@\x84`\x80\x01Q`\x01`\x01``\x1B\x03\x16\x90\x1B`8\x85``\x01Q`\xFF\x16\x90\x1B`0\x86`@\x01Qa@\xBAW_a@\xBDV[`\x01[\x90\x1B` \x87` \x01Qa\xFF\xFF\x16\x90\x1B\x87_\x01Qc\xFF\xFF\xFF\xFF\x16\x17\x17\x17\x17\x17\x17\x90P\x91\x90PV[`@Q\x80a\x01\0\x01`@R\x80_`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x15\x15\x81R` \x01_\x81RP\x90V[_a\x01\xE0\x82\x84\x03\x12\x15aA<W__\xFD[P\x91\x90PV[_a\x01\xE0\x82\x84\x03\x12\x15aASW__\xFD[a\t\xCE\x83\x83aA+V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14aAqW__\xFD[PV[___a\x02 \x84\x86\x03\x12\x15aA\x87W__\xFD[\x835\x92P` \x84\x015aA\x99\x81aA]V[\x91PaA\xA8\x85`@\x86\x01aA+V[\x90P\x92P\x92P\x92V[__\x83`\x1F\x84\x01\x12aA\xC1W__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15aA\xD7W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15aA\xEEW__\xFD[\x92P\x92\x90PV[____`@\x85\x87\x03\x12\x15aB\x08W__\xFD[\x845`\x01`\x01`@\x1B\x03\x81\x11\x15aB\x1DW__\xFD[aB)\x87\x82\x88\x01aA\xB1V[\x90\x95P\x93PP` \x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aBGW__\xFD[aBS\x87\x82\x88\x01aA\xB1V[\x95\x98\x94\x97P\x95PPPPV[`\x01`\x01``\x1B\x03\x81\x16\x81\x14aAqW__\xFD[\x805aB~\x81aB_V[\x91\x90PV[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14aAqW__\xFD[\x805aB~\x81aB\x83V[a\xFF\xFF\x81\x16\x81\x14aAqW__\xFD[\x805aB~\x81aB\x9FV[\x80\x15\x15\x81\x14aAqW__\xFD[\x805aB~\x81aB\xB9V[`\xFF\x81\x16\x81\x14aAqW__\xFD[\x805aB~\x81aB\xD1V[aC\x04\x82aB\xF7\x83aBsV[`\x01`\x01``\x1B\x03\x16\x90RV[aC\x10` \x82\x01aBsV[`\x01`\x01``\x1B\x03\x16` \x83\x01RaC*`@\x82\x01aB\x94V[c\xFF\xFF\xFF\xFF\x16`@\x83\x01RaCA``\x82\x01aB\x94V[c\xFF\xFF\xFF\xFF\x16``\x83\x01RaCX`\x80\x82\x01aB\x94V[c\xFF\xFF\xFF\xFF\x16`\x80\x83\x01RaCo`\xA0\x82\x01aB\x94V[c\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01RaC\x86`\xC0\x82\x01aB\x94V[c\xFF\xFF\xFF\xFF\x16`\xC0\x83\x01RaC\x9D`\xE0\x82\x01aB\xAEV[a\xFF\xFF\x16`\xE0\x83\x01RaC\xB3a\x01\0\x82\x01aB\xAEV[a\xFF\xFF\x16a\x01\0\x83\x01RaC\xCAa\x01 \x82\x01aB\xAEV[a\xFF\xFF\x16a\x01 \x83\x01RaC\xE1a\x01@\x82\x01aB\xC6V[\x15\x15a\x01@\x83\x01RaC\xF6a\x01`\x82\x01aB\xAEV[a\xFF\xFF\x16a\x01`\x83\x01RaD\ra\x01\x80\x82\x01aB\xDFV[`\xFF\x16a\x01\x80\x83\x01RaD#a\x01\xA0\x82\x01aB\xAEV[a\xFF\xFF\x16a\x01\xA0\x83\x01RaD:a\x01\xC0\x82\x01aB\x94V[c\xFF\xFF\xFF\xFF\x81\x16a\x01\xC0\x84\x01RPPPV[a\x01\xE0\x81\x01a\t\xD1\x82\x84aB\xEAV[_` \x82\x84\x03\x12\x15aDkW__\xFD[\x81Qa!\xE7\x81aB\x83V[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\t\xD1Wa\t\xD1aDvV[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xD1Wa\t\xD1aDvV[_\x815a\t\xD1\x81aB_V[_\x815a\t\xD1\x81aB\x83V[_\x815a\t\xD1\x81aB\x9FV[_\x815a\t\xD1\x81aB\xB9V[_\x815a\t\xD1\x81aB\xD1V[aE&aE\x04\x83aD\xBCV[\x82Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x17\x82UV[aEiaE5` \x84\x01aD\xBCV[\x82\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aE\x9CaEx`@\x84\x01aD\xC8V[\x82\x80Tc\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\xC0\x92\x90\x92\x1Bc\xFF\xFF\xFF\xFF`\xC0\x1B\x16\x91\x90\x91\x17\x90UV[aE\xCFaE\xAB``\x84\x01aD\xC8V[\x82\x80T`\x01`\x01`\xE0\x1B\x03\x16`\xE0\x92\x90\x92\x1B`\x01`\x01`\xE0\x1B\x03\x19\x16\x91\x90\x91\x17\x90UV[`\x01\x81\x01aE\xF9aE\xE2`\x80\x85\x01aD\xC8V[\x82Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x17\x82UV[aF*aF\x08`\xA0\x85\x01aD\xC8V[\x82Tg\xFF\xFF\xFF\xFF\0\0\0\0\x19\x16` \x91\x90\x91\x1Bg\xFF\xFF\xFF\xFF\0\0\0\0\x16\x17\x82UV[aFcaF9`\xC0\x85\x01aD\xC8V[\x82Tk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x19\x16`@\x91\x90\x91\x1Bk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x17\x82UV[aF\x92aFr`\xE0\x85\x01aD\xD4V[\x82\x80Ta\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Ba\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aF\xC2aF\xA2a\x01\0\x85\x01aD\xD4V[\x82\x80Ta\xFF\xFF`p\x1B\x19\x16`p\x92\x90\x92\x1Ba\xFF\xFF`p\x1B\x16\x91\x90\x91\x17\x90UV[aF\xF2aF\xD2a\x01 \x85\x01aD\xD4V[\x82\x80Ta\xFF\xFF`\x80\x1B\x19\x16`\x80\x92\x90\x92\x1Ba\xFF\xFF`\x80\x1B\x16\x91\x90\x91\x17\x90UV[aG aG\x02a\x01@\x85\x01aD\xE0V[\x82\x80T`\xFF`\x90\x1B\x19\x16\x91\x15\x15`\x90\x1B`\xFF`\x90\x1B\x16\x91\x90\x91\x17\x90UV[aGPaG0a\x01`\x85\x01aD\xD4V[\x82\x80Ta\xFF\xFF`\x98\x1B\x19\x16`\x98\x92\x90\x92\x1Ba\xFF\xFF`\x98\x1B\x16\x91\x90\x91\x17\x90UV[aG~aG`a\x01\x80\x85\x01aD\xECV[\x82\x80T`\xFF`\xA8\x1B\x19\x16`\xA8\x92\x90\x92\x1B`\xFF`\xA8\x1B\x16\x91\x90\x91\x17\x90UV[aG\xAEaG\x8Ea\x01\xA0\x85\x01aD\xD4V[\x82\x80Ta\xFF\xFF`\xB0\x1B\x19\x16`\xB0\x92\x90\x92\x1Ba\xFF\xFF`\xB0\x1B\x16\x91\x90\x91\x17\x90UV[a/\x06aExa\x01\xC0\x85\x01aD\xC8V[a\x02\0\x81\x01aG\xCD\x82\x85aB\xEAV[`\x01`\x01`@\x1B\x03\x83\x16a\x01\xE0\x83\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Qa\x01\xE0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15aH'WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90V[_a\x01\xE0\x82\x84\x03\x12\x80\x15aH?W__\xFD[PaHHaG\xF8V[aHQ\x83aBsV[\x81RaH_` \x84\x01aBsV[` \x82\x01RaHp`@\x84\x01aB\x94V[`@\x82\x01RaH\x81``\x84\x01aB\x94V[``\x82\x01RaH\x92`\x80\x84\x01aB\x94V[`\x80\x82\x01RaH\xA3`\xA0\x84\x01aB\x94V[`\xA0\x82\x01RaH\xB4`\xC0\x84\x01aB\x94V[`\xC0\x82\x01RaH\xC5`\xE0\x84\x01aB\xAEV[`\xE0\x82\x01RaH\xD7a\x01\0\x84\x01aB\xAEV[a\x01\0\x82\x01RaH\xEAa\x01 \x84\x01aB\xAEV[a\x01 \x82\x01RaH\xFDa\x01@\x84\x01aB\xC6V[a\x01@\x82\x01RaI\x10a\x01`\x84\x01aB\xAEV[a\x01`\x82\x01RaI#a\x01\x80\x84\x01aB\xDFV[a\x01\x80\x82\x01RaI6a\x01\xA0\x84\x01aB\xAEV[a\x01\xA0\x82\x01RaIIa\x01\xC0\x84\x01aB\x94V[a\x01\xC0\x82\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[_\x82aIxWaIxaIVV[P\x04\x90V[_\x82aI\x8BWaI\x8BaIVV[P\x06\x90V[_` \x82\x84\x03\x12\x15aI\xA0W__\xFD[\x815a!\xE7\x81aB_V[_` \x82\x84\x03\x12\x15aI\xBBW__\xFD[\x815a!\xE7\x81aB\x9FV[_` \x82\x84\x03\x12\x15aI\xD6W__\xFD[\x815a!\xE7\x81aB\x83V[_` \x82\x84\x03\x12\x15aI\xF1W__\xFD[\x815a!\xE7\x81aB\xD1V[c\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xD1Wa\t\xD1aDvV[_` \x82\x84\x03\x12\x15aJ(W__\xFD[PQ\x91\x90PV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\t\xD1Wa\t\xD1aDvV[_`\x01\x82\x01aJWWaJWaDvV[P`\x01\x01\x90V[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15aJ\xA2W\x81Q\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01aJ\x84V[P\x93\x94\x93PPPPV[\x83\x81R``` \x82\x01R_aJ\xC4``\x83\x01\x85aJrV[\x82\x81\x03`@\x84\x01RaJ\xD6\x81\x85aJrV[\x96\x95PPPPPPV[\x81\x81\x03\x81\x81\x11\x15a\t\xD1Wa\t\xD1aDvV[\x81Q`\x01`\x01``\x1B\x03\x16\x81Ra\x01\xE0\x81\x01` \x83\x01QaK\x1F` \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[P`@\x83\x01QaK7`@\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P``\x83\x01QaKO``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaKg`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01QaK\x7F`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaK\x97`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaK\xAD`\xE0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaK\xC5a\x01\0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01QaK\xDDa\x01 \x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01QaK\xF3a\x01@\x84\x01\x82\x15\x15\x90RV[Pa\x01`\x83\x01QaL\x0Ba\x01`\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01QaL\"a\x01\x80\x84\x01\x82`\xFF\x16\x90RV[Pa\x01\xA0\x83\x01QaL:a\x01\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\xC0\x83\x01Qa!Ma\x01\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[_` \x82\x84\x03\x12\x15aLdW__\xFD[\x81Qa!\xE7\x81aB\xB9V[_` \x82\x84\x03\x12\x15aL\x7FW__\xFD[\x81Qa!\xE7\x81aA]V[`\x01`\x01``\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xD1Wa\t\xD1aDvV[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`@\x81\x01`\x03\x84\x10aL\xDDWcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x92\x81R` \x01R\x90V[``\x80\x82R\x84Q\x90\x82\x01\x81\x90R_\x90` \x86\x01\x90`\x80\x84\x01\x90\x83[\x81\x81\x10\x15aM)W\x83Q`\x01`\x01`\xA0\x1B\x03\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01aM\x02V[PP\x83\x81\x03` \x85\x01RaM=\x81\x87aJrV[\x92PPPc\xFF\xFF\xFF\xFF\x83\x16`@\x83\x01R\x94\x93PPPPV[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xD1Wa\t\xD1aDvV[`\x01`\x01`\x80\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xD1Wa\t\xD1aDvV[_`\xFF\x83\x16\x80aM\x9FWaM\x9FaIVV[\x80`\xFF\x84\x16\x06\x91PP\x92\x91PPV",
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
