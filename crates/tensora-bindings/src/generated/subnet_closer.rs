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
    ///0x610120604052348015610010575f5ffd5b50604051614eaf380380614eaf83398101604081905261002f91610085565b6001600160a01b0393841660805291831660a052821660c0521660e0525f805463ffffffff60b01b191663ffffffff60b01b17905530610100526100e1565b6001600160a01b0381168114610082575f5ffd5b50565b5f5f5f5f60808587031215610098575f5ffd5b84516100a38161006e565b60208601519094506100b48161006e565b60408601519093506100c58161006e565b60608601519092506100d68161006e565b939692955090935050565b60805160a05160c05160e05161010051614d3f6101705f395f818160de0152818161058f01526106e201525f61155a01525f8181610db8015281816120f501528181612bc80152612d9601525f8181611e790152611f6901525f81816082015281816101900152818161020c0152818161031f015281816105d901528181611da20152611ee10152614d3f5ff3fe608060405234801561000f575f5ffd5b5060043610610049575f3560e01c8062231d251461004d5780630a3c3495146100625780637b10399914610075578063c42af710146100b1575b5f5ffd5b61006061005b3660046140b4565b6100d4565b005b6100606100703660046140e6565b610585565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020015b60405180910390f35b6100c46100bf366004614167565b6106d7565b60405190151581526020016100a8565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361011d57604051633beab4bd60e21b815260040160405180910390fd5b5f546001600160a01b0316331461014e5760405163245aecd360e01b81523360048201526024015b60405180910390fd5b600554600160701b900460ff161561017957604051631f3ef82160e31b815260040160405180910390fd5b60405163c3631ea960e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c3631ea9906101c59084906004016143be565b5f6040518083038186803b1580156101db575f5ffd5b505afa1580156101ed573d5f5f3e3d5ffd5b505050505f60055f9054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636e4758616040518163ffffffff1660e01b8152600401602060405180830381865afa158015610266573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061028a91906143cd565b63ffffffff1690506001600160401b038216158015906102bb57506102b8816001600160401b0384166143fc565b42105b156102f8576102d3816001600160401b0384166143fc565b604051632d6408cb60e21b81526001600160401b039091166004820152602401610145565b5f5f60169054906101000a900463ffffffff1663ffffffff169050806001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e0b165646040518163ffffffff1660e01b8152600401602060405180830381865afa158015610379573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061039d91906143cd565b6103ad9063ffffffff16426143fc565b106103d657604051637f4d710960e11b81526001600160401b0382166004820152602401610145565b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c08201525f6104cf82876108a7565b6104d9575f6104df565b8160a001515b6104ef9063ffffffff164261440f565b905085601d6104fe828261446a565b5050601f8054600160401b6001600160401b0384811668ffffffffffffffffff1990931692909217179091556005805467ffffffffffffffff1916429092169190911790556040517ffece5e87a45cab6be8e0c75e6bc7b0091183799d2eda95f7355495c0ccff63a8906105759088908490614730565b60405180910390a1505050505050565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036105ce57604051633beab4bd60e21b815260040160405180910390fd5b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614158061061357505f54600160b01b900463ffffffff1615155b156106335760405163318d14a560e11b8152336004820152602401610145565b5f80546001600160a01b0319166001600160a01b038416179055610656836109d7565b5f805461ffff92909216600160a01b0261ffff60a01b19909216919091179055806003610683828261446a565b5061069d90506106983683900383018361479f565b610a09565b6040516001600160a01b0383169084907fa7a5b80bcd3bef76524ec80559f1ad1932344089b316a7be619ed23956b5ad6c905f90a3505050565b5f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361072157604051633beab4bd60e21b815260040160405180910390fd5b610729610adb565b60055461ffff600160d01b909104166060610763604080516080810182525f80825260208201819052918101829052606081019190915290565b5f83810361077f57610773610bc0565b9194509250905061078d565b610787610f64565b90935091505b5f61079960088a6148dc565b90506107a660088a6148ef565b1515806107c35750606083015161ffff166107c182876143fc565b115b806107de5750801580156107de5750826060015161ffff1685105b15610816576060830151604051636127274760e01b8152600481018b90526024810187905261ffff9091166044820152606401610145565b6108258484878d8d8d8d6111df565b61082f90836143fc565b915061083b81866143fc565b9450826060015161ffff16851015610876576108578484611371565b6005805461ffff60d01b1916600160d01b61ffff881602179055610891565b610880848461153d565b61088a90836143fc565b9150600195505b61089a82611d95565b5050505050949350505050565b81515f906001600160601b03166108c16020840184614902565b6001600160601b031611806108fd575082602001516001600160601b03168260200160208101906108f29190614902565b6001600160601b0316115b8061092557508260e0015161ffff168260e001602081019061091f919061491d565b61ffff16115b8061094f5750826101a0015161ffff16826101a0016020810190610949919061491d565b61ffff16115b8061097b57508260a0015163ffffffff168260a00160208101906109739190614938565b63ffffffff16115b806109a3575082610180015160ff168261018001602081019061099e9190614953565b60ff16105b806109ce575082610160015161ffff16826101600160208101906109c7919061491d565b61ffff1614155b90505b92915050565b5f61ffff821115610a05576040516306dfcc6560e41b81526010600482015260248101839052604401610145565b5090565b5f816060015163ffffffff1642610a2091906143fc565b5f805463ffffffff60b01b1916600160b01b63ffffffff841602179055610140830151909150610a505780610a5f565b60c0820151610a5f908261496e565b5f805461014085015164ffffffffff60d01b19909116600160d01b63ffffffff949094169390930260ff60f01b191692909217600160f01b83151502179055610aa85742610ab7565b60c0820151610ab7908261496e565b6005601c6101000a81548163ffffffff021916908363ffffffff1602179055505050565b600554600160701b900460ff1615610b0657604051631f3ef82160e31b815260040160405180910390fd5b5f54600160b01b900463ffffffff1642811115610b475760405163d222b98960e01b81526001600160401b03821660048201525f6024820152604401610145565b6004545f90610b6390600160c01b900463ffffffff16836143fc565b9050610b6d611f90565b6001600160a01b0316336001600160a01b031614158015610b8d57508042105b15610bbc57604051632dbc470160e01b81523360048201526001600160401b0382166024820152604401610145565b5050565b604080516080810182525f808252602082018190529181018290526060818101929092526005545f90600160c01b900461ffff16806001600160401b03811115610c0c57610c0c614756565b604051908082528060200260200182016040528015610c4557816020015b610c32614055565b815260200190600190039081610c2a5790505b5093505f5f5f5b83811015610f11575f610c86601382610c666010866148dc565b81526020019081526020015f2054601084610c8191906148ef565b611fbc565b61ffff165f818152601160205260409020600181015491925090600160e01b900460ff16610cd9576001810154610cc6906001600160a01b03165f611fdd565b610cd090886143fc565b96505050610f09565b60018101546001600160a01b03165f908152600a6020908152604091829020825160808101845290546001600160601b038116825261ffff600160601b8204169282019290925260ff600160701b8304811615801594830194909452600160781b909204909116151560608201529080610d5557508060600151155b80610d68575082816020015161ffff1614155b80610d7b5750600282015463ffffffff16155b15610d8857505050610f09565b60018201546040516342dfc16b60e11b81526001600160a01b0391821660048201525f91670de0b6b3a7640000917f0000000000000000000000000000000000000000000000000000000000000000909116906385bf82d690602401602060405180830381865afa158015610dff573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e23919061498a565b6001850154610e3a906001600160a01b0316612154565b610e4491906149a1565b610e4e91906148dc565b9050805f03610e605750505050610f09565b604080516101008101825260018501546001600160a01b038116825260208201879052918101839052600285015463ffffffff9081166060830152600160a01b8304166080820152600160f01b820461ffff1660a0820152600160e81b90910460ff16151560c08201525f60e08201528b88610edb816149b8565b995081518110610eed57610eed6149d0565b6020908102919091010152610f0281876143fc565b9550505050505b600101610c4c565b508186526040518060800160405280610f29836121ee565b6001600160801b031681525f602082015261ffff9384166040820152600554600160601b900490931660609093019290925250939491925050565b604080516080810182525f8082526020820181905291810182905260608181019290925250604080516080810182526018546001600160801b03811682526001600160401b03600160801b82048116602084015261ffff600160c01b83048116948401859052600160d01b9092049091166060830152909190811115610fec57610fec614756565b60405190808252806020026020018201604052801561102557816020015b611012614055565b81526020019060019003908161100a5790505b5091505f5b82518110156111da575f60165f8381526020019081526020015f206040518060c00160405290815f82015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b031681526020015f820160149054906101000a900461ffff1661ffff1661ffff1681526020015f820160169054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601a9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601e9054906101000a900461ffff1661ffff1661ffff168152602001600182015f9054906101000a900460ff16151515158152505090505f60175f8481526020019081526020015f20549050604051806101000160405280835f01516001600160a01b03168152602001836020015161ffff168152602001608083901c8152602001836060015163ffffffff168152602001836040015163ffffffff168152602001836080015161ffff1681526020018360a0015115158152602001826001600160801b03168152508584815181106111c5576111c56149d0565b6020908102919091010152505060010161102a565b509091565b5f5f5f6111ed888888612221565b915091505f611200898460200151612350565b6001600160401b0381111561121757611217614756565b604051908082528060200260200182016040528015611240578160200160208202803683370190505b5090505f805b8c51811015611281576112778d8281518110611264576112646149d0565b60200260200101518287868c8c886123a6565b9150600101611246565b508086146112ac576040516393b2cee560e01b81526004810187905260248101829052604401610145565b5f84602001516001600160401b038111156112c9576112c9614756565b6040519080825280602002602001820160405280156112f2578160200160208202803683370190505b509050611301858d83876124d3565b9550600560109054906101000a90046001600160401b03166001600160401b03167f0e1cfb62a5da6e5cdf7e23bb6748db5c19489e800a35e838de1abb5651d464958c87604001518460405161135993929190614a1e565b60405180910390a25050505050979650505050505050565b5f5b82518110156114c4575f83828151811061138f5761138f6149d0565b6020908102919091018101516040805160c0808201835283516001600160a01b0390811683528486015161ffff90811684880190815260808088015163ffffffff9081168789019081526060808b0151831690890190815260a0808c01518716858b01908152988c01511515908a019081525f8f815260168e528b81209a518b549751945193519a5199166001600160b01b031990971696909617600160a01b938816939093029290921767ffffffffffffffff60b01b1916600160b01b9184169190910263ffffffff60d01b191617600160d01b9790921696909602176001600160f01b0316600160f01b949093169390930291909117845591516001938401805460ff191691151591909117905560e08501519484015160179096529290209390911b9091179091559091019050611373565b50805160188054602084015160408501516060909501516001600160801b039094166001600160c01b031990921691909117600160801b6001600160401b03909216919091021763ffffffff60c01b1916600160c01b61ffff9485160261ffff60d01b191617600160d01b939092169290920217905550565b5f5f600560109054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663329eb8396040518163ffffffff1660e01b81526004016020604051808303815f875af11580156115b5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115d9919061498a565b90505f600754826115ea91906143fc565b90505f6127106115fc610708846149a1565b61160691906148dc565b90505f612710611618611004856149a1565b61162291906148dc565b90505f816116308486614a52565b61163a9190614a52565b60208901519091505f9081906001600160401b0316156116b95761167485670de0b6b3a76400008c602001516001600160401b03166127c3565b6001600160401b03808a165f9081526015602090815260409091208390558c01519192506116ac911682670de0b6b3a76400006127c3565b6116b690836143fc565b91505b6116c58b898686612873565b6116cf90836143fc565b91506116da8b612a7c565b98508160065f8282546116ed91906143fc565b909155505f90506116fe8388614a52565b6007819055604080518a8152602081018a9052908101889052606081018790526080810186905260a0810182905260c081018490529091506001600160401b038a16907f3ed16b93d704b8877b03837eff0f64180658225bcca5f72fe57eaf55477d5d789060e00160405180910390a261177989600161440f565b600580546bffffffffffffffffffffffff60801b1916600160801b6001600160401b03939093169290920263ffffffff60c01b1916919091179055601f54600160401b900460ff1680156117d85750601f546001600160401b03164210155b15611c8f575f601d604051806101e00160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601c9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600182015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160049054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160089054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201600c9054906101000a900461ffff1661ffff1661ffff16815260200160018201600e9054906101000a900461ffff1661ffff1661ffff1681526020016001820160109054906101000a900461ffff1661ffff1661ffff1681526020016001820160129054906101000a900460ff161515151581526020016001820160139054906101000a900461ffff1661ffff1661ffff1681526020016001820160159054906101000a900460ff1660ff1660ff1681526020016001820160169054906101000a900461ffff1661ffff1661ffff1681526020016001820160189054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508060035f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a8154816001600160601b0302191690836001600160601b031602179055506040820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601c6101000a81548163ffffffff021916908363ffffffff1602179055506080820151816001015f6101000a81548163ffffffff021916908363ffffffff16021790555060a08201518160010160046101000a81548163ffffffff021916908363ffffffff16021790555060c08201518160010160086101000a81548163ffffffff021916908363ffffffff16021790555060e082015181600101600c6101000a81548161ffff021916908361ffff16021790555061010082015181600101600e6101000a81548161ffff021916908361ffff1602179055506101208201518160010160106101000a81548161ffff021916908361ffff1602179055506101408201518160010160126101000a81548160ff0219169083151502179055506101608201518160010160136101000a81548161ffff021916908361ffff1602179055506101808201518160010160156101000a81548160ff021916908360ff1602179055506101a08201518160010160166101000a81548161ffff021916908361ffff1602179055506101c08201518160010160186101000a81548163ffffffff021916908363ffffffff1602179055509050505f601f60086101000a81548160ff0219169083151502179055507f6d0661be217b5717e72f7f9dae7ed628d5637f66c97757a1a0f8d5bc5a68e65281604051611c859190614a65565b60405180910390a1505b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c0820152611d8690610a09565b50505050505050505092915050565b805f03611d9f5750565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166363b0c4286040518163ffffffff1660e01b8152600401602060405180830381865afa158015611dfc573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e209190614bc6565b6040805184815282151560208201529192507fc30ba5387d084e2148b2a91357a887e7b0496357514cfe33d9ff3033f676ace5910160405180910390a18015611edc57604051630852cd8d60e31b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906342966c68906024015f604051808303815f87803b158015611ec2575f5ffd5b505af1158015611ed4573d5f5f3e3d5ffd5b505050505050565b610bbc7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166361d027b36040518163ffffffff1660e01b8152600401602060405180830381865afa158015611f3b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f5f9190614be1565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169084612edd565b6002545f906001600160a01b03168015611faa5780611fb6565b5f546001600160a01b03165b91505090565b5f611fc88260106149a1565b611fd39060f0614a52565b9290921c92915050565b6001600160a01b0382165f908152600a602052604081208054600160701b900460ff1661200d575f9150506109d1565b60045481546127109161203591600160601b90910461ffff16906001600160601b03166149a1565b61203f91906148dc565b8154909250829082905f9061205e9084906001600160601b0316614bfc565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550836001600160a01b03167f607adba66cff84b627e3537d1c17d088a98556bccd0536a2f3590c56329023d984846040516120bd929190614c2f565b60405180910390a28054600160781b900460ff161561214d576040516314c2559360e21b81526001600160a01b0385811660048301527f00000000000000000000000000000000000000000000000000000000000000001690635309564c906024015f604051808303815f87803b158015612136575f5ffd5b505af1158015612148573d5f5f3e3d5ffd5b505050505b5092915050565b6001600160a01b0381165f908152601a602090815260408083208151808301909252546001600160801b03811682526001600160401b03600160801b9182900481169383019390935260055491926121b2929190910416600161440f565b6001600160401b031681602001516001600160401b0316036121de57516001600160801b031692915050565b6121e783612f17565b9392505050565b5f6001600160801b03821115610a05576040516306dfcc6560e41b81526080600482015260248101839052604401610145565b61225f6040518060e001604052805f81526020015f815260200160608152602001606081526020016060815260200160608152602001606081525090565b60605f61226d6008856148dc565b90506122798682612fd2565b9250806001600160401b0381111561229357612293614756565b6040519080825280602002602001820160405280156122bc578160200160208202803683370190505b50604084015160608501516009602052919350905f5b8381101561233b578060031b88013560c01c8160051b6020850101528089015f5260405f2054808260051b60208801015260ff8160d01c16155f6001600160a01b0383161116156123325763ffffffff8160a01c168260051b6020850101525b506001016122d2565b50612345856131ac565b505050935093915050565b5f811561239e576123626010846148dc565b6010600161237085876143fc565b61237a9190614a52565b61238491906148dc565b61238e9190614a52565b6123999060016143fc565b6109ce565b505f92915050565b845160208601515f919082906123bc90836143fc565b9050808a60a0015110156123d1575060a08901515b8181116123e25783925050506124c8565b5f6123f68787878e60a0015187878e613244565b9450905085841115612425576040516393b2cee560e01b81526004810187905260248101859052604401610145565b6020808c01515f9081526011909152604090205481146124685760208b0151604051630d7d552b60e21b8152610145918c91600401918252602082015260400190565b61249a8960405180606001604052808e6040015181526020018e6060015181526020018e608001518152508a85613300565b8b60e0018181516124ab91906143fc565b90525060c08b0151156124c4576124c48b8a8585613514565b5050505b979650505050505050565b604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b820483166101608601819052600160a81b8304909116610180860152600160b01b82049092166101a085015293909304166101c082015284515f926001600160801b039091169083906125e2908390613684565b600554909150600160801b90046001600160401b03165f805b8a60200151811015612793578a60600151818151811061261d5761261d6149d0565b60200260200101515f1480612630575084155b156126c2578a60400151818151811061264b5761264b6149d0565b60200260200101515f146126bd578a516126669082906143fc565b8b60400151828151811061267c5761267c6149d0565b60209081029190910101516040516333c106c560e01b8152600481019290925260248201525f6044820181905260648201526084810185905260a401610145565b61278b565b6126ce8b828787613694565b5f856126da8d84613751565b6126e491906148dc565b9050808a83815181106126f9576126f96149d0565b602090810291909101015261270e81846143fc565b92505f5f8611801561273d5750858d60a001518481518110612732576127326149d0565b602002602001015110155b905061277c838e5f015161275191906143fc565b8b8581518110612763576127636149d0565b602002602001015184848c610180015160ff168a6137fc565b612786908a6143fc565b985050505b6001016125fb565b5061279d8161399b565b896020018181516127ae919061440f565b6001600160401b031690525061089a8a6139d0565b5f5f5f6127d08686613ae1565b91509150815f036127f4578381816127ea576127ea6148c8565b04925050506121e7565b81841161280b5761280b6003851502601118613afd565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f80805b86518110156128da57868181518110612892576128926149d0565b602002602001015160e001518782815181106128b0576128b06149d0565b6020026020010151604001516128c691906149a1565b6128d090836143fc565b9150600101612877565b50805f036128eb575f915050612a74565b5f5b8651811015612a71575f878281518110612909576129096149d0565b602002602001015190505f8160e00151826040015161292891906149a1565b90505f6129368883876127c3565b90505f6129448884886127c3565b84519091505f906129609061295a8d600161440f565b84613b0e565b905061296c8183614a52565b61297690846143fc565b9250821561298a57845161298a9084613da4565b61299481846143fc565b61299e90896143fc565b9750670de0b6b3a76400008560e0015161ffff6129bb91906149a1565b6129c591906148dc565b6020808701515f90815260098252604090819020805461ffff94909416600160c01b0261ffff60c01b199094169390931790925586518288015160e0890151845191825292810192909252918101859052606081018390526001600160a01b03909116906001600160401b038d16907f34fab1755407cee16aec7990ed44237d141cbdb5df37961be06512b01a9df5139060800160405180910390a350505050508060010190506128ed565b50505b949350505050565b80515f90808203612a8f57505f92915050565b5f816001600160401b03811115612aa857612aa8614756565b604051908082528060200260200182016040528015612ad1578160200160208202803683370190505b5090505f826001600160401b03811115612aed57612aed614756565b604051908082528060200260200182016040528015612b16578160200160208202803683370190505b5090505f5b83811015612bb557858181518110612b3557612b356149d0565b60200260200101515f0151838281518110612b5257612b526149d0565b60200260200101906001600160a01b031690816001600160a01b031681525050858181518110612b8457612b846149d0565b602002602001015160e00151828281518110612ba257612ba26149d0565b6020908102919091010152600101612b1b565b50600354604051636aabe8f360e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691636aabe8f391612c159186918691600160e01b900463ffffffff1690600401614c59565b5f604051808303815f87803b158015612c2c575f5ffd5b505af1158015612c3e573d5f5f3e3d5ffd5b5050604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b82048316610160860152600160a81b820416610180850152600160b01b81049091166101a08401819052939004166101c082015292505f915061271090612d4b90670de0b6b3a7640000906149a1565b612d5591906148dc565b90505f5b85811015612ed2575f60095f8a8481518110612d7757612d776149d0565b60200260200101516020015181526020019081526020015f2090505f837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166385bf82d6898681518110612dd557612dd56149d0565b60200260200101516040518263ffffffff1660e01b8152600401612e0891906001600160a01b0391909116815260200190565b602060405180830381865afa158015612e23573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612e47919061498a565b10612e52575f612e69565b8154612e6990600160d81b900460ff166001614cc7565b905084610180015160ff168160ff1610612eb157612ea1878481518110612e9257612e926149d0565b60200260200101516002611fdd565b612eab908a6143fc565b98505f90505b815460ff909116600160d81b0260ff60d81b19909116179055600101612d59565b505050505050919050565b612eea8383836001613dfd565b612f1257604051635274afe760e01b81526001600160a01b0384166004820152602401610145565b505050565b6001600160a01b0381165f908152600a60209081526040808320815160808101835290546001600160601b038116825261ffff600160601b8204169382019390935260ff600160701b84048116158015938301849052600160781b909404161515606082015291839190612f8c575081606001515b612f96575f612f99565b81515b6001600160a01b0385165f908152600c60205260409020546001600160601b03919091169150612a74906001600160801b0316826143fc565b6130106040518060e001604052805f81526020015f815260200160608152602001606081526020016060815260200160608152602001606081525090565b82815260208101829052816001600160401b0381111561303257613032614756565b60405190808252806020026020018201604052801561305b578160200160208202803683370190505b506040820152816001600160401b0381111561307957613079614756565b6040519080825280602002602001820160405280156130a2578160200160208202803683370190505b5060608201526130b38260036149a1565b6130be9060036143fc565b6001600160401b038111156130d5576130d5614756565b6040519080825280602002602001820160405280156130fe578160200160208202803683370190505b506080820152816001600160401b0381111561311c5761311c614756565b604051908082528060200260200182016040528015613145578160200160208202803683370190505b5060a08201526131558383612350565b6131609060026149a1565b6001600160401b0381111561317757613177614756565b6040519080825280602002602001820160405280156131a0578160200160208202803683370190505b5060c082015292915050565b80516020820151602060408401510160206060850151016020608086015101602060c0870151016010860695505f5b8581101561323a57600581901b85810151606083028501528401518015613231578188018060041c60061b840161ffff600f831660041b60f0031b8151178152602081015183111561322e578260208201525b50505b506001016131db565b5050505050505050565b5f5f83861015613252578593505b608080860490607f86810182900491908901045f6101008085029060028c0290850210613282578a600202613288565b61010084025b0390508c8b0161329b8186868686613e5f565b965083830360200282866020028e01010195505f60108b816132bf576132bf6148c8565b04905061010086026020808802840190830201035f8260105f198e0104036001016020029050808260208d0137505050505050505097509795505050505050565b5f84515f52602060608601510160205260105f51065f5103604085015160208501805f83115f518711161561334757600160105f510460106001890304030160051b820190505b602060c08a0151016060855f510302602060808c0151010389515b838510156133fd5782518660208501511061338557613382878983613409565b90505b8960108901111561339c575f19888b0360041b1c19165b808651169050825f518910156133c257885f5103828160041b1b92506060810285019150505b81156133dd576133d860208e0151848385613453565b8a0199505b505060208501945060408301925060108701965061060082019150613362565b50505050505050612a74565b5f5f5b601081101561344b5761ffff8160041b60f0031b8084161561344257855f518387010360051b6020510151101561344257918217915b5060010161340c565b509392505050565b5f8360801b5b821561350b5785670de0b6b3a76400008460f01c020484518082105f811461349057604087018051898502019052938201936134a5565b6020870180518385118a028601019052938101935b5087670de0b6b3a764000061ffff8760e01c1602049150606086015190508082105f81146134e25760a087018051898502019052938201936134f7565b6080870180518385118a028601019052938101935b5050508260201b925060c084019350613459565b50949350505050565b5f613521610100846148ef565b61352b9084614a52565b90505b8181101561367d575f601281613546610100856148dc565b60208901516135569060046149a1565b61356091906143fc565b81526020019081526020015f20549050805f0361357d575061366a565b5f84831061358b578261358d565b845b90505f8461359d856101006143fc565b116135b3576135ae846101006143fc565b6135b5565b845b9050815b81811015613665576135cd610100826148ef565b84901c6001161561365d5760608801515f906135e98984614a52565b815181106135f9576135f96149d0565b60200260200101519050805f1480613615575089608001518110155b15613620575061365d565b60408a015160a08a01516136348a85614a52565b81518110613644576136446149d0565b6020026020010181815161365891906143fc565b905250505b6001016135b9565b505050505b613676610100826143fc565b905061352e565b5050505050565b5f6109ce83836127106001613ed6565b5f846040015184815181106136ab576136ab6149d0565b602002602001015190505f815f146136cc576136c78686613f21565b6136ce565b835b90505f6136db8787613f63565b9050838210806136eb5750838110155b806136fd5750670de0b6b3a764000083115b1561374857865161370f9087906143fc565b6040516333c106c560e01b815260048101919091526024810184905260448101839052606481018290526084810185905260a401610145565b50505050505050565b5f6080836080015183600361376691906149a1565b6137719060016143fc565b81518110613781576137816149d0565b6020026020010151901c836080015183600361379d91906149a1565b815181106137ad576137ad6149d0565b60200260200101516137bf91906149a1565b60808401516137cf8460036149a1565b6137da9060026143fc565b815181106137ea576137ea6149d0565b60200260200101516109ce91906143fc565b6001600160a01b0385165f908152601060209081526040808320815160608101835290546001600160801b03811682526001600160401b03600160801b8204811694830194909452600160c01b900490921690820152869061386561386082613fa9565b6121ee565b81518290613874908390614ce0565b6001600160801b03169052506001600160401b0380881660208301528416604082015261390182825f60105f846001600160a01b03166001600160a01b031681526020019081526020015f2090505f60c083604001516001600160401b0316901b608084602001516001600160401b0316901b845f01516001600160801b03161717905080825550505050565b5f8661390d575f61391f565b61391f60ff60d88b901c1660016143fc565b905085811061393957613933836001611fdd565b93505f90505b61398e8a8a670de0b6b3a76400006139538c61ffff6149a1565b61395d91906148dc565b845f9384526009602052604090932063ff00ffff60c01b199290921660c09190911b1760d89290921b919091179055565b5050509695505050505050565b5f6001600160401b03821115610a0557604080516306dfcc6560e41b8152600481019190915260248101839052604401610145565b805160208201515f906139e390836143fc565b60408401519091505f6139f76010856148ef565b613a019085614a52565b90505b8281101561367d575f601481613a1b6010856148dc565b81526020019081526020015f205490505f858310613a395782613a3b565b855b90505f85613a4a8560106143fc565b10613a555785613a60565b613a608460106143fc565b9050815b81811015613aaa5784810360041b60f003670de0b6b3a764000061ffff60018b85030160051b890151020480821b61ffff831b1987161795505050600181019050613a64565b508260145f613aba6010886148dc565b815260208101919091526040015f205550613ada915060109050826143fc565b9050613a04565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b0383165f818152600c602090815260408083208151808301835290546001600160801b038082168352600160801b91829004811683860152868652601b85528386208451808601865290548083168252929092046001600160401b031682860152958552600d9093529083205482519394919390911615801590613baf5750856001600160401b031682602001516001600160401b031614155b15613c4c576001600160a01b0387165f908152601c60209081526040808320858301516001600160401b031684529091528120549003613c2457613bf48160016143fc565b6001600160a01b0388165f908152601c60209081526040808320868301516001600160401b031684529091529020555b6001600160a01b0387165f908152601b6020526040812080546001600160c01b031916905582525b5f866001600160401b031683602001516001600160401b031614613c70575f613c73565b82515b8460200151613c829190614cff565b6001600160801b031690505f613c9789612154565b90508115801590613ca757508015155b15613d2d575f613cd183875f01516001600160801b031688602001516001600160801b03166127c3565b905081811115613cde5750805b613ce98882846127c3565b9650613d05876ec097ce7bc90715b34b9f1000000000856127c3565b613d0f90856143fc565b6001600160a01b038b165f908152600d602052604090208190559350505b83516001600160801b031615801590613d5b5750876001600160401b031684602001516001600160401b0316145b15613d9857613d6b8360016143fc565b6001600160a01b038a165f908152601c602090815260408083206001600160401b038d1684529091529020555b50505050509392505050565b6001600160a01b0382165f9081526010602052604090208054613dd5906138609084906001600160801b03166143fc565b81546fffffffffffffffffffffffffffffffff19166001600160801b03919091161790555050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613e53578383151615613e47573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f60405161010081018660051b88018760051b89833786860360051b8582018860051b840137875b87811015613ec15761010089820302808703610100811115613ea857506101005b8082850187378520600583901b85015250600101613e87565b50508460051b81209250505095945050505050565b5f613f03613ee383614029565b8015613efe57505f8480613ef957613ef96148c8565b868809115b151590565b613f0e8686866127c3565b613f1891906143fc565b95945050505050565b5f60808360800151836003613f3691906149a1565b613f419060016143fc565b81518110613f5157613f516149d0565b6020026020010151901c905092915050565b60808201515f90613f758360036149a1565b613f809060016143fc565b81518110613f9057613f906149d0565b60200260200101516001600160801b0316905092915050565b5f81602001516001600160401b03165f1480613fdf575060055460408301516001600160401b03600160801b9092048216911610155b15613feb57505f919050565b6109d182602001516001600160401b031660155f85604001516001600160401b031681526020019081526020015f2054670de0b6b3a76400006127c3565b5f600282600381111561403e5761403e614c1b565b6140489190614d1e565b60ff166001149050919050565b6040518061010001604052805f6001600160a01b031681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f81525090565b5f6101e082840312156140ae575f5ffd5b50919050565b5f6101e082840312156140c5575f5ffd5b6109ce838361409d565b6001600160a01b03811681146140e3575f5ffd5b50565b5f5f5f61022084860312156140f9575f5ffd5b83359250602084013561410b816140cf565b915061411a856040860161409d565b90509250925092565b5f5f83601f840112614133575f5ffd5b5081356001600160401b03811115614149575f5ffd5b602083019150836020828501011115614160575f5ffd5b9250929050565b5f5f5f5f6040858703121561417a575f5ffd5b84356001600160401b0381111561418f575f5ffd5b61419b87828801614123565b90955093505060208501356001600160401b038111156141b9575f5ffd5b6141c587828801614123565b95989497509550505050565b6001600160601b03811681146140e3575f5ffd5b80356141f0816141d1565b919050565b63ffffffff811681146140e3575f5ffd5b80356141f0816141f5565b61ffff811681146140e3575f5ffd5b80356141f081614211565b80151581146140e3575f5ffd5b80356141f08161422b565b60ff811681146140e3575f5ffd5b80356141f081614243565b61427682614269836141e5565b6001600160601b03169052565b614282602082016141e5565b6001600160601b0316602083015261429c60408201614206565b63ffffffff1660408301526142b360608201614206565b63ffffffff1660608301526142ca60808201614206565b63ffffffff1660808301526142e160a08201614206565b63ffffffff1660a08301526142f860c08201614206565b63ffffffff1660c083015261430f60e08201614220565b61ffff1660e08301526143256101008201614220565b61ffff1661010083015261433c6101208201614220565b61ffff166101208301526143536101408201614238565b15156101408301526143686101608201614220565b61ffff1661016083015261437f6101808201614251565b60ff166101808301526143956101a08201614220565b61ffff166101a08301526143ac6101c08201614206565b63ffffffff81166101c0840152505050565b6101e081016109d1828461425c565b5f602082840312156143dd575f5ffd5b81516121e7816141f5565b634e487b7160e01b5f52601160045260245ffd5b808201808211156109d1576109d16143e8565b6001600160401b0381811683821601908111156109d1576109d16143e8565b5f81356109d1816141d1565b5f81356109d1816141f5565b5f81356109d181614211565b5f81356109d18161422b565b5f81356109d181614243565b6144986144768361442e565b82546bffffffffffffffffffffffff19166001600160601b0391909116178255565b6144db6144a76020840161442e565b8280546bffffffffffffffffffffffff60601b191660609290921b6bffffffffffffffffffffffff60601b16919091179055565b61450e6144ea6040840161443a565b82805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055565b61454161451d6060840161443a565b8280546001600160e01b031660e09290921b6001600160e01b031916919091179055565b6001810161456b6145546080850161443a565b825463ffffffff191663ffffffff91909116178255565b61459c61457a60a0850161443a565b825467ffffffff00000000191660209190911b67ffffffff0000000016178255565b6145d56145ab60c0850161443a565b82546bffffffff0000000000000000191660409190911b6bffffffff000000000000000016178255565b6146046145e460e08501614446565b82805461ffff60601b191660609290921b61ffff60601b16919091179055565b6146346146146101008501614446565b82805461ffff60701b191660709290921b61ffff60701b16919091179055565b6146646146446101208501614446565b82805461ffff60801b191660809290921b61ffff60801b16919091179055565b6146926146746101408501614452565b82805460ff60901b191691151560901b60ff60901b16919091179055565b6146c26146a26101608501614446565b82805461ffff60981b191660989290921b61ffff60981b16919091179055565b6146f06146d2610180850161445e565b82805460ff60a81b191660a89290921b60ff60a81b16919091179055565b6147206147006101a08501614446565b82805461ffff60b01b191660b09290921b61ffff60b01b16919091179055565b612f126144ea6101c0850161443a565b610200810161473f828561425c565b6001600160401b0383166101e08301529392505050565b634e487b7160e01b5f52604160045260245ffd5b6040516101e081016001600160401b038111828210171561479957634e487b7160e01b5f52604160045260245ffd5b60405290565b5f6101e08284031280156147b1575f5ffd5b506147ba61476a565b6147c3836141e5565b81526147d1602084016141e5565b60208201526147e260408401614206565b60408201526147f360608401614206565b606082015261480460808401614206565b608082015261481560a08401614206565b60a082015261482660c08401614206565b60c082015261483760e08401614220565b60e08201526148496101008401614220565b61010082015261485c6101208401614220565b61012082015261486f6101408401614238565b6101408201526148826101608401614220565b6101608201526148956101808401614251565b6101808201526148a86101a08401614220565b6101a08201526148bb6101c08401614206565b6101c08201529392505050565b634e487b7160e01b5f52601260045260245ffd5b5f826148ea576148ea6148c8565b500490565b5f826148fd576148fd6148c8565b500690565b5f60208284031215614912575f5ffd5b81356121e7816141d1565b5f6020828403121561492d575f5ffd5b81356121e781614211565b5f60208284031215614948575f5ffd5b81356121e7816141f5565b5f60208284031215614963575f5ffd5b81356121e781614243565b63ffffffff82811682821603908111156109d1576109d16143e8565b5f6020828403121561499a575f5ffd5b5051919050565b80820281158282048414176109d1576109d16143e8565b5f600182016149c9576149c96143e8565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b5f8151808452602084019350602083015f5b82811015614a145781518652602095860195909101906001016149f6565b5093949350505050565b838152606060208201525f614a3660608301856149e4565b8281036040840152614a4881856149e4565b9695505050505050565b818103818111156109d1576109d16143e8565b81516001600160601b031681526101e081016020830151614a9160208401826001600160601b03169052565b506040830151614aa9604084018263ffffffff169052565b506060830151614ac1606084018263ffffffff169052565b506080830151614ad9608084018263ffffffff169052565b5060a0830151614af160a084018263ffffffff169052565b5060c0830151614b0960c084018263ffffffff169052565b5060e0830151614b1f60e084018261ffff169052565b50610100830151614b3761010084018261ffff169052565b50610120830151614b4f61012084018261ffff169052565b50610140830151614b6561014084018215159052565b50610160830151614b7d61016084018261ffff169052565b50610180830151614b9461018084018260ff169052565b506101a0830151614bac6101a084018261ffff169052565b506101c083015161214d6101c084018263ffffffff169052565b5f60208284031215614bd6575f5ffd5b81516121e78161422b565b5f60208284031215614bf1575f5ffd5b81516121e7816140cf565b6001600160601b0382811682821603908111156109d1576109d16143e8565b634e487b7160e01b5f52602160045260245ffd5b6040810160038410614c4f57634e487b7160e01b5f52602160045260245ffd5b9281526020015290565b606080825284519082018190525f9060208601906080840190835b81811015614c9b5783516001600160a01b0316835260209384019390920191600101614c74565b50508381036020850152614caf81876149e4565b9250505063ffffffff83166040830152949350505050565b60ff81811683821601908111156109d1576109d16143e8565b6001600160801b0381811683821601908111156109d1576109d16143e8565b6001600160801b0382811682821603908111156109d1576109d16143e8565b5f60ff831680614d3057614d306148c8565b8060ff8416069150509291505056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x01 `@R4\x80\x15a\0\x10W__\xFD[P`@QaN\xAF8\x03\x80aN\xAF\x839\x81\x01`@\x81\x90Ra\0/\x91a\0\x85V[`\x01`\x01`\xA0\x1B\x03\x93\x84\x16`\x80R\x91\x83\x16`\xA0R\x82\x16`\xC0R\x16`\xE0R_\x80Tc\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16c\xFF\xFF\xFF\xFF`\xB0\x1B\x17\x90U0a\x01\0Ra\0\xE1V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\0\x82W__\xFD[PV[____`\x80\x85\x87\x03\x12\x15a\0\x98W__\xFD[\x84Qa\0\xA3\x81a\0nV[` \x86\x01Q\x90\x94Pa\0\xB4\x81a\0nV[`@\x86\x01Q\x90\x93Pa\0\xC5\x81a\0nV[``\x86\x01Q\x90\x92Pa\0\xD6\x81a\0nV[\x93\x96\x92\x95P\x90\x93PPV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0QaM?a\x01p_9_\x81\x81`\xDE\x01R\x81\x81a\x05\x8F\x01Ra\x06\xE2\x01R_a\x15Z\x01R_\x81\x81a\r\xB8\x01R\x81\x81a \xF5\x01R\x81\x81a+\xC8\x01Ra-\x96\x01R_\x81\x81a\x1Ey\x01Ra\x1Fi\x01R_\x81\x81`\x82\x01R\x81\x81a\x01\x90\x01R\x81\x81a\x02\x0C\x01R\x81\x81a\x03\x1F\x01R\x81\x81a\x05\xD9\x01R\x81\x81a\x1D\xA2\x01Ra\x1E\xE1\x01RaM?_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\0IW_5`\xE0\x1C\x80b#\x1D%\x14a\0MW\x80c\n<4\x95\x14a\0bW\x80c{\x109\x99\x14a\0uW\x80c\xC4*\xF7\x10\x14a\0\xB1W[__\xFD[a\0`a\0[6`\x04a@\xB4V[a\0\xD4V[\0[a\0`a\0p6`\x04a@\xE6V[a\x05\x85V[`@Q`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\0\xC4a\0\xBF6`\x04aAgV[a\x06\xD7V[`@Q\x90\x15\x15\x81R` \x01a\0\xA8V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x01\x1DW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x01NW`@Qc$Z\xEC\xD3`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x01yW`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@Qc\xC3c\x1E\xA9`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xC3c\x1E\xA9\x90a\x01\xC5\x90\x84\x90`\x04\x01aC\xBEV[_`@Q\x80\x83\x03\x81\x86\x80;\x15\x80\x15a\x01\xDBW__\xFD[PZ\xFA\x15\x80\x15a\x01\xEDW=__>=_\xFD[PPPP_`\x05_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cnGXa`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x02fW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x02\x8A\x91\x90aC\xCDV[c\xFF\xFF\xFF\xFF\x16\x90P`\x01`\x01`@\x1B\x03\x82\x16\x15\x80\x15\x90a\x02\xBBWPa\x02\xB8\x81`\x01`\x01`@\x1B\x03\x84\x16aC\xFCV[B\x10[\x15a\x02\xF8Wa\x02\xD3\x81`\x01`\x01`@\x1B\x03\x84\x16aC\xFCV[`@Qc-d\x08\xCB`\xE2\x1B\x81R`\x01`\x01`@\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x01EV[__`\x16\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x90P\x80`\x01`\x01`@\x1B\x03\x16\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xE0\xB1ed`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x03yW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x03\x9D\x91\x90aC\xCDV[a\x03\xAD\x90c\xFF\xFF\xFF\xFF\x16BaC\xFCV[\x10a\x03\xD6W`@Qc\x7FMq\t`\xE1\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x01EV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01R_a\x04\xCF\x82\x87a\x08\xA7V[a\x04\xD9W_a\x04\xDFV[\x81`\xA0\x01Q[a\x04\xEF\x90c\xFF\xFF\xFF\xFF\x16BaD\x0FV[\x90P\x85`\x1Da\x04\xFE\x82\x82aDjV[PP`\x1F\x80T`\x01`@\x1B`\x01`\x01`@\x1B\x03\x84\x81\x16h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16\x92\x90\x92\x17\x17\x90\x91U`\x05\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16B\x90\x92\x16\x91\x90\x91\x17\x90U`@Q\x7F\xFE\xCE^\x87\xA4\\\xABk\xE8\xE0\xC7^k\xC7\xB0\t\x11\x83y\x9D.\xDA\x95\xF75T\x95\xC0\xCC\xFFc\xA8\x90a\x05u\x90\x88\x90\x84\x90aG0V[`@Q\x80\x91\x03\x90\xA1PPPPPPV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x05\xCEW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x15\x80a\x06\x13WP_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x15\x15[\x15a\x063W`@Qc1\x8D\x14\xA5`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01a\x01EV[_\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90Ua\x06V\x83a\t\xD7V[_\x80Ta\xFF\xFF\x92\x90\x92\x16`\x01`\xA0\x1B\x02a\xFF\xFF`\xA0\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90U\x80`\x03a\x06\x83\x82\x82aDjV[Pa\x06\x9D\x90Pa\x06\x986\x83\x90\x03\x83\x01\x83aG\x9FV[a\n\tV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x84\x90\x7F\xA7\xA5\xB8\x0B\xCD;\xEFvRN\xC8\x05Y\xF1\xAD\x1924@\x89\xB3\x16\xA7\xBEa\x9E\xD29V\xB5\xADl\x90_\x90\xA3PPPV[_`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x07!W`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x07)a\n\xDBV[`\x05Ta\xFF\xFF`\x01`\xD0\x1B\x90\x91\x04\x16``a\x07c`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x91\x90\x91R\x90V[_\x83\x81\x03a\x07\x7FWa\x07sa\x0B\xC0V[\x91\x94P\x92P\x90Pa\x07\x8DV[a\x07\x87a\x0FdV[\x90\x93P\x91P[_a\x07\x99`\x08\x8AaH\xDCV[\x90Pa\x07\xA6`\x08\x8AaH\xEFV[\x15\x15\x80a\x07\xC3WP``\x83\x01Qa\xFF\xFF\x16a\x07\xC1\x82\x87aC\xFCV[\x11[\x80a\x07\xDEWP\x80\x15\x80\x15a\x07\xDEWP\x82``\x01Qa\xFF\xFF\x16\x85\x10[\x15a\x08\x16W``\x83\x01Q`@Qca''G`\xE0\x1B\x81R`\x04\x81\x01\x8B\x90R`$\x81\x01\x87\x90Ra\xFF\xFF\x90\x91\x16`D\x82\x01R`d\x01a\x01EV[a\x08%\x84\x84\x87\x8D\x8D\x8D\x8Da\x11\xDFV[a\x08/\x90\x83aC\xFCV[\x91Pa\x08;\x81\x86aC\xFCV[\x94P\x82``\x01Qa\xFF\xFF\x16\x85\x10\x15a\x08vWa\x08W\x84\x84a\x13qV[`\x05\x80Ta\xFF\xFF`\xD0\x1B\x19\x16`\x01`\xD0\x1Ba\xFF\xFF\x88\x16\x02\x17\x90Ua\x08\x91V[a\x08\x80\x84\x84a\x15=V[a\x08\x8A\x90\x83aC\xFCV[\x91P`\x01\x95P[a\x08\x9A\x82a\x1D\x95V[PPPPP\x94\x93PPPPV[\x81Q_\x90`\x01`\x01``\x1B\x03\x16a\x08\xC1` \x84\x01\x84aI\x02V[`\x01`\x01``\x1B\x03\x16\x11\x80a\x08\xFDWP\x82` \x01Q`\x01`\x01``\x1B\x03\x16\x82` \x01` \x81\x01\x90a\x08\xF2\x91\x90aI\x02V[`\x01`\x01``\x1B\x03\x16\x11[\x80a\t%WP\x82`\xE0\x01Qa\xFF\xFF\x16\x82`\xE0\x01` \x81\x01\x90a\t\x1F\x91\x90aI\x1DV[a\xFF\xFF\x16\x11[\x80a\tOWP\x82a\x01\xA0\x01Qa\xFF\xFF\x16\x82a\x01\xA0\x01` \x81\x01\x90a\tI\x91\x90aI\x1DV[a\xFF\xFF\x16\x11[\x80a\t{WP\x82`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x82`\xA0\x01` \x81\x01\x90a\ts\x91\x90aI8V[c\xFF\xFF\xFF\xFF\x16\x11[\x80a\t\xA3WP\x82a\x01\x80\x01Q`\xFF\x16\x82a\x01\x80\x01` \x81\x01\x90a\t\x9E\x91\x90aISV[`\xFF\x16\x10[\x80a\t\xCEWP\x82a\x01`\x01Qa\xFF\xFF\x16\x82a\x01`\x01` \x81\x01\x90a\t\xC7\x91\x90aI\x1DV[a\xFF\xFF\x16\x14\x15[\x90P[\x92\x91PPV[_a\xFF\xFF\x82\x11\x15a\n\x05W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x10`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[P\x90V[_\x81``\x01Qc\xFF\xFF\xFF\xFF\x16Ba\n \x91\x90aC\xFCV[_\x80Tc\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1Bc\xFF\xFF\xFF\xFF\x84\x16\x02\x17\x90Ua\x01@\x83\x01Q\x90\x91Pa\nPW\x80a\n_V[`\xC0\x82\x01Qa\n_\x90\x82aInV[_\x80Ta\x01@\x85\x01Qd\xFF\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x90\x91\x16`\x01`\xD0\x1Bc\xFF\xFF\xFF\xFF\x94\x90\x94\x16\x93\x90\x93\x02`\xFF`\xF0\x1B\x19\x16\x92\x90\x92\x17`\x01`\xF0\x1B\x83\x15\x15\x02\x17\x90Ua\n\xA8WBa\n\xB7V[`\xC0\x82\x01Qa\n\xB7\x90\x82aInV[`\x05`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPPPV[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x0B\x06W`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16B\x81\x11\x15a\x0BGW`@Qc\xD2\"\xB9\x89`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R_`$\x82\x01R`D\x01a\x01EV[`\x04T_\x90a\x0Bc\x90`\x01`\xC0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x83aC\xFCV[\x90Pa\x0Bma\x1F\x90V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\x0B\x8DWP\x80B\x10[\x15a\x0B\xBCW`@Qc-\xBCG\x01`\xE0\x1B\x81R3`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x82\x16`$\x82\x01R`D\x01a\x01EV[PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92R`\x05T_\x90`\x01`\xC0\x1B\x90\x04a\xFF\xFF\x16\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\x0C\x0CWa\x0C\x0CaGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0CEW\x81` \x01[a\x0C2a@UV[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x0C*W\x90P[P\x93P___[\x83\x81\x10\x15a\x0F\x11W_a\x0C\x86`\x13\x82a\x0Cf`\x10\x86aH\xDCV[\x81R` \x01\x90\x81R` \x01_ T`\x10\x84a\x0C\x81\x91\x90aH\xEFV[a\x1F\xBCV[a\xFF\xFF\x16_\x81\x81R`\x11` R`@\x90 `\x01\x81\x01T\x91\x92P\x90`\x01`\xE0\x1B\x90\x04`\xFF\x16a\x0C\xD9W`\x01\x81\x01Ta\x0C\xC6\x90`\x01`\x01`\xA0\x1B\x03\x16_a\x1F\xDDV[a\x0C\xD0\x90\x88aC\xFCV[\x96PPPa\x0F\tV[`\x01\x81\x01T`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\n` \x90\x81R`@\x91\x82\x90 \x82Q`\x80\x81\x01\x84R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x92\x82\x01\x92\x90\x92R`\xFF`\x01`p\x1B\x83\x04\x81\x16\x15\x80\x15\x94\x83\x01\x94\x90\x94R`\x01`x\x1B\x90\x92\x04\x90\x91\x16\x15\x15``\x82\x01R\x90\x80a\rUWP\x80``\x01Q\x15[\x80a\rhWP\x82\x81` \x01Qa\xFF\xFF\x16\x14\x15[\x80a\r{WP`\x02\x82\x01Tc\xFF\xFF\xFF\xFF\x16\x15[\x15a\r\x88WPPPa\x0F\tV[`\x01\x82\x01T`@QcB\xDF\xC1k`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x04\x82\x01R_\x91g\r\xE0\xB6\xB3\xA7d\0\0\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\x85\xBF\x82\xD6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\r\xFFW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E#\x91\x90aI\x8AV[`\x01\x85\x01Ta\x0E:\x90`\x01`\x01`\xA0\x1B\x03\x16a!TV[a\x0ED\x91\x90aI\xA1V[a\x0EN\x91\x90aH\xDCV[\x90P\x80_\x03a\x0E`WPPPPa\x0F\tV[`@\x80Qa\x01\0\x81\x01\x82R`\x01\x85\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x82R` \x82\x01\x87\x90R\x91\x81\x01\x83\x90R`\x02\x85\x01Tc\xFF\xFF\xFF\xFF\x90\x81\x16``\x83\x01R`\x01`\xA0\x1B\x83\x04\x16`\x80\x82\x01R`\x01`\xF0\x1B\x82\x04a\xFF\xFF\x16`\xA0\x82\x01R`\x01`\xE8\x1B\x90\x91\x04`\xFF\x16\x15\x15`\xC0\x82\x01R_`\xE0\x82\x01R\x8B\x88a\x0E\xDB\x81aI\xB8V[\x99P\x81Q\x81\x10a\x0E\xEDWa\x0E\xEDaI\xD0V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra\x0F\x02\x81\x87aC\xFCV[\x95PPPPP[`\x01\x01a\x0CLV[P\x81\x86R`@Q\x80`\x80\x01`@R\x80a\x0F)\x83a!\xEEV[`\x01`\x01`\x80\x1B\x03\x16\x81R_` \x82\x01Ra\xFF\xFF\x93\x84\x16`@\x82\x01R`\x05T`\x01``\x1B\x90\x04\x90\x93\x16``\x90\x93\x01\x92\x90\x92RP\x93\x94\x91\x92PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92RP`@\x80Q`\x80\x81\x01\x82R`\x18T`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16` \x84\x01Ra\xFF\xFF`\x01`\xC0\x1B\x83\x04\x81\x16\x94\x84\x01\x85\x90R`\x01`\xD0\x1B\x90\x92\x04\x90\x91\x16``\x83\x01R\x90\x91\x90\x81\x11\x15a\x0F\xECWa\x0F\xECaGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x10%W\x81` \x01[a\x10\x12a@UV[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x10\nW\x90P[P\x91P_[\x82Q\x81\x10\x15a\x11\xDAW_`\x16_\x83\x81R` \x01\x90\x81R` \x01_ `@Q\x80`\xC0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_\x82\x01`\x14\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01_\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1A\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81RPP\x90P_`\x17_\x84\x81R` \x01\x90\x81R` \x01_ T\x90P`@Q\x80a\x01\0\x01`@R\x80\x83_\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x83` \x01Qa\xFF\xFF\x16\x81R` \x01`\x80\x83\x90\x1C\x81R` \x01\x83``\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`@\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`\x80\x01Qa\xFF\xFF\x16\x81R` \x01\x83`\xA0\x01Q\x15\x15\x81R` \x01\x82`\x01`\x01`\x80\x1B\x03\x16\x81RP\x85\x84\x81Q\x81\x10a\x11\xC5Wa\x11\xC5aI\xD0V[` \x90\x81\x02\x91\x90\x91\x01\x01RPP`\x01\x01a\x10*V[P\x90\x91V[___a\x11\xED\x88\x88\x88a\"!V[\x91P\x91P_a\x12\0\x89\x84` \x01Qa#PV[`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\x17Wa\x12\x17aGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x12@W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x80[\x8CQ\x81\x10\x15a\x12\x81Wa\x12w\x8D\x82\x81Q\x81\x10a\x12dWa\x12daI\xD0V[` \x02` \x01\x01Q\x82\x87\x86\x8C\x8C\x88a#\xA6V[\x91P`\x01\x01a\x12FV[P\x80\x86\x14a\x12\xACW`@Qc\x93\xB2\xCE\xE5`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x82\x90R`D\x01a\x01EV[_\x84` \x01Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\xC9Wa\x12\xC9aGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x12\xF2W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90Pa\x13\x01\x85\x8D\x83\x87a$\xD3V[\x95P`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16`\x01`\x01`@\x1B\x03\x16\x7F\x0E\x1C\xFBb\xA5\xDAn\\\xDF~#\xBBgH\xDB\\\x19H\x9E\x80\n5\xE88\xDE\x1A\xBBVQ\xD4d\x95\x8C\x87`@\x01Q\x84`@Qa\x13Y\x93\x92\x91\x90aJ\x1EV[`@Q\x80\x91\x03\x90\xA2PPPPP\x97\x96PPPPPPPV[_[\x82Q\x81\x10\x15a\x14\xC4W_\x83\x82\x81Q\x81\x10a\x13\x8FWa\x13\x8FaI\xD0V[` \x90\x81\x02\x91\x90\x91\x01\x81\x01Q`@\x80Q`\xC0\x80\x82\x01\x83R\x83Q`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x83R\x84\x86\x01Qa\xFF\xFF\x90\x81\x16\x84\x88\x01\x90\x81R`\x80\x80\x88\x01Qc\xFF\xFF\xFF\xFF\x90\x81\x16\x87\x89\x01\x90\x81R``\x80\x8B\x01Q\x83\x16\x90\x89\x01\x90\x81R`\xA0\x80\x8C\x01Q\x87\x16\x85\x8B\x01\x90\x81R\x98\x8C\x01Q\x15\x15\x90\x8A\x01\x90\x81R_\x8F\x81R`\x16\x8ER\x8B\x81 \x9AQ\x8BT\x97Q\x94Q\x93Q\x9AQ\x99\x16`\x01`\x01`\xB0\x1B\x03\x19\x90\x97\x16\x96\x90\x96\x17`\x01`\xA0\x1B\x93\x88\x16\x93\x90\x93\x02\x92\x90\x92\x17g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1B\x91\x84\x16\x91\x90\x91\x02c\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x16\x17`\x01`\xD0\x1B\x97\x90\x92\x16\x96\x90\x96\x02\x17`\x01`\x01`\xF0\x1B\x03\x16`\x01`\xF0\x1B\x94\x90\x93\x16\x93\x90\x93\x02\x91\x90\x91\x17\x84U\x91Q`\x01\x93\x84\x01\x80T`\xFF\x19\x16\x91\x15\x15\x91\x90\x91\x17\x90U`\xE0\x85\x01Q\x94\x84\x01Q`\x17\x90\x96R\x92\x90 \x93\x90\x91\x1B\x90\x91\x17\x90\x91U\x90\x91\x01\x90Pa\x13sV[P\x80Q`\x18\x80T` \x84\x01Q`@\x85\x01Q``\x90\x95\x01Q`\x01`\x01`\x80\x1B\x03\x90\x94\x16`\x01`\x01`\xC0\x1B\x03\x19\x90\x92\x16\x91\x90\x91\x17`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x90\x92\x16\x91\x90\x91\x02\x17c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\x01`\xC0\x1Ba\xFF\xFF\x94\x85\x16\x02a\xFF\xFF`\xD0\x1B\x19\x16\x17`\x01`\xD0\x1B\x93\x90\x92\x16\x92\x90\x92\x02\x17\x90UPV[__`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c2\x9E\xB89`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x15\xB5W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x15\xD9\x91\x90aI\x8AV[\x90P_`\x07T\x82a\x15\xEA\x91\x90aC\xFCV[\x90P_a'\x10a\x15\xFCa\x07\x08\x84aI\xA1V[a\x16\x06\x91\x90aH\xDCV[\x90P_a'\x10a\x16\x18a\x10\x04\x85aI\xA1V[a\x16\"\x91\x90aH\xDCV[\x90P_\x81a\x160\x84\x86aJRV[a\x16:\x91\x90aJRV[` \x89\x01Q\x90\x91P_\x90\x81\x90`\x01`\x01`@\x1B\x03\x16\x15a\x16\xB9Wa\x16t\x85g\r\xE0\xB6\xB3\xA7d\0\0\x8C` \x01Q`\x01`\x01`@\x1B\x03\x16a'\xC3V[`\x01`\x01`@\x1B\x03\x80\x8A\x16_\x90\x81R`\x15` \x90\x81R`@\x90\x91 \x83\x90U\x8C\x01Q\x91\x92Pa\x16\xAC\x91\x16\x82g\r\xE0\xB6\xB3\xA7d\0\0a'\xC3V[a\x16\xB6\x90\x83aC\xFCV[\x91P[a\x16\xC5\x8B\x89\x86\x86a(sV[a\x16\xCF\x90\x83aC\xFCV[\x91Pa\x16\xDA\x8Ba*|V[\x98P\x81`\x06_\x82\x82Ta\x16\xED\x91\x90aC\xFCV[\x90\x91UP_\x90Pa\x16\xFE\x83\x88aJRV[`\x07\x81\x90U`@\x80Q\x8A\x81R` \x81\x01\x8A\x90R\x90\x81\x01\x88\x90R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x84\x90R\x90\x91P`\x01`\x01`@\x1B\x03\x8A\x16\x90\x7F>\xD1k\x93\xD7\x04\xB8\x87{\x03\x83~\xFF\x0Fd\x18\x06X\"[\xCC\xA5\xF7/\xE5~\xAFUG}]x\x90`\xE0\x01`@Q\x80\x91\x03\x90\xA2a\x17y\x89`\x01aD\x0FV[`\x05\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x16`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x93\x90\x93\x16\x92\x90\x92\x02c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16\x91\x90\x91\x17\x90U`\x1FT`\x01`@\x1B\x90\x04`\xFF\x16\x80\x15a\x17\xD8WP`\x1FT`\x01`\x01`@\x1B\x03\x16B\x10\x15[\x15a\x1C\x8FW_`\x1D`@Q\x80a\x01\xE0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x04\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x08\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x12\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81R` \x01`\x01\x82\x01`\x13\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16`\xFF\x16\x81R` \x01`\x01\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81RPP\x90P\x80`\x03_\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x0Ca\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\x80\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01`\x04a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x08a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x01\x01`\x0Ca\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x01\x01`\x0Ea\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01@\x82\x01Q\x81`\x01\x01`\x12a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UPa\x01`\x82\x01Q\x81`\x01\x01`\x13a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\x80\x82\x01Q\x81`\x01\x01`\x15a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UPa\x01\xA0\x82\x01Q\x81`\x01\x01`\x16a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\xC0\x82\x01Q\x81`\x01\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x90PP_`\x1F`\x08a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP\x7Fm\x06a\xBE!{W\x17\xE7/\x7F\x9D\xAE~\xD6(\xD5c\x7Ff\xC9wW\xA1\xA0\xF8\xD5\xBCZh\xE6R\x81`@Qa\x1C\x85\x91\x90aJeV[`@Q\x80\x91\x03\x90\xA1P[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01Ra\x1D\x86\x90a\n\tV[PPPPPPPPP\x92\x91PPV[\x80_\x03a\x1D\x9FWPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cc\xB0\xC4(`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1D\xFCW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1E \x91\x90aK\xC6V[`@\x80Q\x84\x81R\x82\x15\x15` \x82\x01R\x91\x92P\x7F\xC3\x0B\xA58}\x08N!H\xB2\xA9\x13W\xA8\x87\xE7\xB0IcWQL\xFE3\xD9\xFF03\xF6v\xAC\xE5\x91\x01`@Q\x80\x91\x03\x90\xA1\x80\x15a\x1E\xDCW`@Qc\x08R\xCD\x8D`\xE3\x1B\x81R`\x04\x81\x01\x83\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90cB\x96lh\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x1E\xC2W__\xFD[PZ\xF1\x15\x80\x15a\x1E\xD4W=__>=_\xFD[PPPPPPV[a\x0B\xBC\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16ca\xD0'\xB3`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1F;W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1F_\x91\x90aK\xE1V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x84a.\xDDV[`\x02T_\x90`\x01`\x01`\xA0\x1B\x03\x16\x80\x15a\x1F\xAAW\x80a\x1F\xB6V[_T`\x01`\x01`\xA0\x1B\x03\x16[\x91PP\x90V[_a\x1F\xC8\x82`\x10aI\xA1V[a\x1F\xD3\x90`\xF0aJRV[\x92\x90\x92\x1C\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\n` R`@\x81 \x80T`\x01`p\x1B\x90\x04`\xFF\x16a \rW_\x91PPa\t\xD1V[`\x04T\x81Ta'\x10\x91a 5\x91`\x01``\x1B\x90\x91\x04a\xFF\xFF\x16\x90`\x01`\x01``\x1B\x03\x16aI\xA1V[a ?\x91\x90aH\xDCV[\x81T\x90\x92P\x82\x90\x82\x90_\x90a ^\x90\x84\x90`\x01`\x01``\x1B\x03\x16aK\xFCV[\x92Pa\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP\x83`\x01`\x01`\xA0\x1B\x03\x16\x7F`z\xDB\xA6l\xFF\x84\xB6'\xE3S}\x1C\x17\xD0\x88\xA9\x85V\xBC\xCD\x056\xA2\xF3Y\x0CV2\x90#\xD9\x84\x84`@Qa \xBD\x92\x91\x90aL/V[`@Q\x80\x91\x03\x90\xA2\x80T`\x01`x\x1B\x90\x04`\xFF\x16\x15a!MW`@Qc\x14\xC2U\x93`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cS\tVL\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a!6W__\xFD[PZ\xF1\x15\x80\x15a!HW=__>=_\xFD[PPPP[P\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x1A` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x90\x92RT`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x93\x83\x01\x93\x90\x93R`\x05T\x91\x92a!\xB2\x92\x91\x90\x91\x04\x16`\x01aD\x0FV[`\x01`\x01`@\x1B\x03\x16\x81` \x01Q`\x01`\x01`@\x1B\x03\x16\x03a!\xDEWQ`\x01`\x01`\x80\x1B\x03\x16\x92\x91PPV[a!\xE7\x83a/\x17V[\x93\x92PPPV[_`\x01`\x01`\x80\x1B\x03\x82\x11\x15a\n\x05W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x80`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[a\"_`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81RP\x90V[``_a\"m`\x08\x85aH\xDCV[\x90Pa\"y\x86\x82a/\xD2V[\x92P\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\"\x93Wa\"\x93aGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\"\xBCW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`@\x84\x01Q``\x85\x01Q`\t` R\x91\x93P\x90_[\x83\x81\x10\x15a#;W\x80`\x03\x1B\x88\x015`\xC0\x1C\x81`\x05\x1B` \x85\x01\x01R\x80\x89\x01_R`@_ T\x80\x82`\x05\x1B` \x88\x01\x01R`\xFF\x81`\xD0\x1C\x16\x15_`\x01`\x01`\xA0\x1B\x03\x83\x16\x11\x16\x15a#2Wc\xFF\xFF\xFF\xFF\x81`\xA0\x1C\x16\x82`\x05\x1B` \x85\x01\x01R[P`\x01\x01a\"\xD2V[Pa#E\x85a1\xACV[PPP\x93P\x93\x91PPV[_\x81\x15a#\x9EWa#b`\x10\x84aH\xDCV[`\x10`\x01a#p\x85\x87aC\xFCV[a#z\x91\x90aJRV[a#\x84\x91\x90aH\xDCV[a#\x8E\x91\x90aJRV[a#\x99\x90`\x01aC\xFCV[a\t\xCEV[P_\x92\x91PPV[\x84Q` \x86\x01Q_\x91\x90\x82\x90a#\xBC\x90\x83aC\xFCV[\x90P\x80\x8A`\xA0\x01Q\x10\x15a#\xD1WP`\xA0\x89\x01Q[\x81\x81\x11a#\xE2W\x83\x92PPPa$\xC8V[_a#\xF6\x87\x87\x87\x8E`\xA0\x01Q\x87\x87\x8Ea2DV[\x94P\x90P\x85\x84\x11\x15a$%W`@Qc\x93\xB2\xCE\xE5`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x85\x90R`D\x01a\x01EV[` \x80\x8C\x01Q_\x90\x81R`\x11\x90\x91R`@\x90 T\x81\x14a$hW` \x8B\x01Q`@Qc\r}U+`\xE2\x1B\x81Ra\x01E\x91\x8C\x91`\x04\x01\x91\x82R` \x82\x01R`@\x01\x90V[a$\x9A\x89`@Q\x80``\x01`@R\x80\x8E`@\x01Q\x81R` \x01\x8E``\x01Q\x81R` \x01\x8E`\x80\x01Q\x81RP\x8A\x85a3\0V[\x8B`\xE0\x01\x81\x81Qa$\xAB\x91\x90aC\xFCV[\x90RP`\xC0\x8B\x01Q\x15a$\xC4Wa$\xC4\x8B\x8A\x85\x85a5\x14V[PPP[\x97\x96PPPPPPPV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01\x81\x90R`\x01`\xA8\x1B\x83\x04\x90\x91\x16a\x01\x80\x86\x01R`\x01`\xB0\x1B\x82\x04\x90\x92\x16a\x01\xA0\x85\x01R\x93\x90\x93\x04\x16a\x01\xC0\x82\x01R\x84Q_\x92`\x01`\x01`\x80\x1B\x03\x90\x91\x16\x90\x83\x90a%\xE2\x90\x83\x90a6\x84V[`\x05T\x90\x91P`\x01`\x80\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16_\x80[\x8A` \x01Q\x81\x10\x15a'\x93W\x8A``\x01Q\x81\x81Q\x81\x10a&\x1DWa&\x1DaI\xD0V[` \x02` \x01\x01Q_\x14\x80a&0WP\x84\x15[\x15a&\xC2W\x8A`@\x01Q\x81\x81Q\x81\x10a&KWa&KaI\xD0V[` \x02` \x01\x01Q_\x14a&\xBDW\x8AQa&f\x90\x82\x90aC\xFCV[\x8B`@\x01Q\x82\x81Q\x81\x10a&|Wa&|aI\xD0V[` \x90\x81\x02\x91\x90\x91\x01\x01Q`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R_`D\x82\x01\x81\x90R`d\x82\x01R`\x84\x81\x01\x85\x90R`\xA4\x01a\x01EV[a'\x8BV[a&\xCE\x8B\x82\x87\x87a6\x94V[_\x85a&\xDA\x8D\x84a7QV[a&\xE4\x91\x90aH\xDCV[\x90P\x80\x8A\x83\x81Q\x81\x10a&\xF9Wa&\xF9aI\xD0V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra'\x0E\x81\x84aC\xFCV[\x92P__\x86\x11\x80\x15a'=WP\x85\x8D`\xA0\x01Q\x84\x81Q\x81\x10a'2Wa'2aI\xD0V[` \x02` \x01\x01Q\x10\x15[\x90Pa'|\x83\x8E_\x01Qa'Q\x91\x90aC\xFCV[\x8B\x85\x81Q\x81\x10a'cWa'caI\xD0V[` \x02` \x01\x01Q\x84\x84\x8Ca\x01\x80\x01Q`\xFF\x16\x8Aa7\xFCV[a'\x86\x90\x8AaC\xFCV[\x98PPP[`\x01\x01a%\xFBV[Pa'\x9D\x81a9\x9BV[\x89` \x01\x81\x81Qa'\xAE\x91\x90aD\x0FV[`\x01`\x01`@\x1B\x03\x16\x90RPa\x08\x9A\x8Aa9\xD0V[___a'\xD0\x86\x86a:\xE1V[\x91P\x91P\x81_\x03a'\xF4W\x83\x81\x81a'\xEAWa'\xEAaH\xC8V[\x04\x92PPPa!\xE7V[\x81\x84\x11a(\x0BWa(\x0B`\x03\x85\x15\x02`\x11\x18a:\xFDV[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[_\x80\x80[\x86Q\x81\x10\x15a(\xDAW\x86\x81\x81Q\x81\x10a(\x92Wa(\x92aI\xD0V[` \x02` \x01\x01Q`\xE0\x01Q\x87\x82\x81Q\x81\x10a(\xB0Wa(\xB0aI\xD0V[` \x02` \x01\x01Q`@\x01Qa(\xC6\x91\x90aI\xA1V[a(\xD0\x90\x83aC\xFCV[\x91P`\x01\x01a(wV[P\x80_\x03a(\xEBW_\x91PPa*tV[_[\x86Q\x81\x10\x15a*qW_\x87\x82\x81Q\x81\x10a)\tWa)\taI\xD0V[` \x02` \x01\x01Q\x90P_\x81`\xE0\x01Q\x82`@\x01Qa)(\x91\x90aI\xA1V[\x90P_a)6\x88\x83\x87a'\xC3V[\x90P_a)D\x88\x84\x88a'\xC3V[\x84Q\x90\x91P_\x90a)`\x90a)Z\x8D`\x01aD\x0FV[\x84a;\x0EV[\x90Pa)l\x81\x83aJRV[a)v\x90\x84aC\xFCV[\x92P\x82\x15a)\x8AW\x84Qa)\x8A\x90\x84a=\xA4V[a)\x94\x81\x84aC\xFCV[a)\x9E\x90\x89aC\xFCV[\x97Pg\r\xE0\xB6\xB3\xA7d\0\0\x85`\xE0\x01Qa\xFF\xFFa)\xBB\x91\x90aI\xA1V[a)\xC5\x91\x90aH\xDCV[` \x80\x87\x01Q_\x90\x81R`\t\x82R`@\x90\x81\x90 \x80Ta\xFF\xFF\x94\x90\x94\x16`\x01`\xC0\x1B\x02a\xFF\xFF`\xC0\x1B\x19\x90\x94\x16\x93\x90\x93\x17\x90\x92U\x86Q\x82\x88\x01Q`\xE0\x89\x01Q\x84Q\x91\x82R\x92\x81\x01\x92\x90\x92R\x91\x81\x01\x85\x90R``\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90`\x01`\x01`@\x1B\x03\x8D\x16\x90\x7F4\xFA\xB1uT\x07\xCE\xE1j\xECy\x90\xEDD#}\x14\x1C\xBD\xB5\xDF7\x96\x1B\xE0e\x12\xB0\x1A\x9D\xF5\x13\x90`\x80\x01`@Q\x80\x91\x03\x90\xA3PPPPP\x80`\x01\x01\x90Pa(\xEDV[PP[\x94\x93PPPPV[\x80Q_\x90\x80\x82\x03a*\x8FWP_\x92\x91PPV[_\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a*\xA8Wa*\xA8aGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a*\xD1W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x82`\x01`\x01`@\x1B\x03\x81\x11\x15a*\xEDWa*\xEDaGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a+\x16W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x83\x81\x10\x15a+\xB5W\x85\x81\x81Q\x81\x10a+5Wa+5aI\xD0V[` \x02` \x01\x01Q_\x01Q\x83\x82\x81Q\x81\x10a+RWa+RaI\xD0V[` \x02` \x01\x01\x90`\x01`\x01`\xA0\x1B\x03\x16\x90\x81`\x01`\x01`\xA0\x1B\x03\x16\x81RPP\x85\x81\x81Q\x81\x10a+\x84Wa+\x84aI\xD0V[` \x02` \x01\x01Q`\xE0\x01Q\x82\x82\x81Q\x81\x10a+\xA2Wa+\xA2aI\xD0V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a+\x1BV[P`\x03T`@Qcj\xAB\xE8\xF3`\xE0\x1B\x81R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x91cj\xAB\xE8\xF3\x91a,\x15\x91\x86\x91\x86\x91`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x90`\x04\x01aLYV[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a,,W__\xFD[PZ\xF1\x15\x80\x15a,>W=__>=_\xFD[PP`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x82\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x81\x04\x90\x91\x16a\x01\xA0\x84\x01\x81\x90R\x93\x90\x04\x16a\x01\xC0\x82\x01R\x92P_\x91Pa'\x10\x90a-K\x90g\r\xE0\xB6\xB3\xA7d\0\0\x90aI\xA1V[a-U\x91\x90aH\xDCV[\x90P_[\x85\x81\x10\x15a.\xD2W_`\t_\x8A\x84\x81Q\x81\x10a-wWa-waI\xD0V[` \x02` \x01\x01Q` \x01Q\x81R` \x01\x90\x81R` \x01_ \x90P_\x83\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x85\xBF\x82\xD6\x89\x86\x81Q\x81\x10a-\xD5Wa-\xD5aI\xD0V[` \x02` \x01\x01Q`@Q\x82c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a.\x08\x91\x90`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16\x81R` \x01\x90V[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a.#W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a.G\x91\x90aI\x8AV[\x10a.RW_a.iV[\x81Ta.i\x90`\x01`\xD8\x1B\x90\x04`\xFF\x16`\x01aL\xC7V[\x90P\x84a\x01\x80\x01Q`\xFF\x16\x81`\xFF\x16\x10a.\xB1Wa.\xA1\x87\x84\x81Q\x81\x10a.\x92Wa.\x92aI\xD0V[` \x02` \x01\x01Q`\x02a\x1F\xDDV[a.\xAB\x90\x8AaC\xFCV[\x98P_\x90P[\x81T`\xFF\x90\x91\x16`\x01`\xD8\x1B\x02`\xFF`\xD8\x1B\x19\x90\x91\x16\x17\x90U`\x01\x01a-YV[PPPPPP\x91\x90PV[a.\xEA\x83\x83\x83`\x01a=\xFDV[a/\x12W`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x01EV[PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\n` \x90\x81R`@\x80\x83 \x81Q`\x80\x81\x01\x83R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x93\x82\x01\x93\x90\x93R`\xFF`\x01`p\x1B\x84\x04\x81\x16\x15\x80\x15\x93\x83\x01\x84\x90R`\x01`x\x1B\x90\x94\x04\x16\x15\x15``\x82\x01R\x91\x83\x91\x90a/\x8CWP\x81``\x01Q[a/\x96W_a/\x99V[\x81Q[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\x0C` R`@\x90 T`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x91Pa*t\x90`\x01`\x01`\x80\x1B\x03\x16\x82aC\xFCV[a0\x10`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81RP\x90V[\x82\x81R` \x81\x01\x82\x90R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a02Wa02aGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a0[W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`@\x82\x01R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a0yWa0yaGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a0\xA2W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P``\x82\x01Ra0\xB3\x82`\x03aI\xA1V[a0\xBE\x90`\x03aC\xFCV[`\x01`\x01`@\x1B\x03\x81\x11\x15a0\xD5Wa0\xD5aGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a0\xFEW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\x80\x82\x01R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a1\x1CWa1\x1CaGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a1EW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xA0\x82\x01Ra1U\x83\x83a#PV[a1`\x90`\x02aI\xA1V[`\x01`\x01`@\x1B\x03\x81\x11\x15a1wWa1waGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a1\xA0W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xC0\x82\x01R\x92\x91PPV[\x80Q` \x82\x01Q` `@\x84\x01Q\x01` ``\x85\x01Q\x01` `\x80\x86\x01Q\x01` `\xC0\x87\x01Q\x01`\x10\x86\x06\x95P_[\x85\x81\x10\x15a2:W`\x05\x81\x90\x1B\x85\x81\x01Q``\x83\x02\x85\x01R\x84\x01Q\x80\x15a21W\x81\x88\x01\x80`\x04\x1C`\x06\x1B\x84\x01a\xFF\xFF`\x0F\x83\x16`\x04\x1B`\xF0\x03\x1B\x81Q\x17\x81R` \x81\x01Q\x83\x11\x15a2.W\x82` \x82\x01R[PP[P`\x01\x01a1\xDBV[PPPPPPPPV[__\x83\x86\x10\x15a2RW\x85\x93P[`\x80\x80\x86\x04\x90`\x7F\x86\x81\x01\x82\x90\x04\x91\x90\x89\x01\x04_a\x01\0\x80\x85\x02\x90`\x02\x8C\x02\x90\x85\x02\x10a2\x82W\x8A`\x02\x02a2\x88V[a\x01\0\x84\x02[\x03\x90P\x8C\x8B\x01a2\x9B\x81\x86\x86\x86\x86a>_V[\x96P\x83\x83\x03` \x02\x82\x86` \x02\x8E\x01\x01\x01\x95P_`\x10\x8B\x81a2\xBFWa2\xBFaH\xC8V[\x04\x90Pa\x01\0\x86\x02` \x80\x88\x02\x84\x01\x90\x83\x02\x01\x03_\x82`\x10_\x19\x8E\x01\x04\x03`\x01\x01` \x02\x90P\x80\x82` \x8D\x017PPPPPPPP\x97P\x97\x95PPPPPPV[_\x84Q_R` ``\x86\x01Q\x01` R`\x10_Q\x06_Q\x03`@\x85\x01Q` \x85\x01\x80_\x83\x11_Q\x87\x11\x16\x15a3GW`\x01`\x10_Q\x04`\x10`\x01\x89\x03\x04\x03\x01`\x05\x1B\x82\x01\x90P[` `\xC0\x8A\x01Q\x01``\x85_Q\x03\x02` `\x80\x8C\x01Q\x01\x03\x89Q[\x83\x85\x10\x15a3\xFDW\x82Q\x86` \x85\x01Q\x10a3\x85Wa3\x82\x87\x89\x83a4\tV[\x90P[\x89`\x10\x89\x01\x11\x15a3\x9CW_\x19\x88\x8B\x03`\x04\x1B\x1C\x19\x16[\x80\x86Q\x16\x90P\x82_Q\x89\x10\x15a3\xC2W\x88_Q\x03\x82\x81`\x04\x1B\x1B\x92P``\x81\x02\x85\x01\x91PP[\x81\x15a3\xDDWa3\xD8` \x8E\x01Q\x84\x83\x85a4SV[\x8A\x01\x99P[PP` \x85\x01\x94P`@\x83\x01\x92P`\x10\x87\x01\x96Pa\x06\0\x82\x01\x91Pa3bV[PPPPPPPa*tV[__[`\x10\x81\x10\x15a4KWa\xFF\xFF\x81`\x04\x1B`\xF0\x03\x1B\x80\x84\x16\x15a4BW\x85_Q\x83\x87\x01\x03`\x05\x1B` Q\x01Q\x10\x15a4BW\x91\x82\x17\x91[P`\x01\x01a4\x0CV[P\x93\x92PPPV[_\x83`\x80\x1B[\x82\x15a5\x0BW\x85g\r\xE0\xB6\xB3\xA7d\0\0\x84`\xF0\x1C\x02\x04\x84Q\x80\x82\x10_\x81\x14a4\x90W`@\x87\x01\x80Q\x89\x85\x02\x01\x90R\x93\x82\x01\x93a4\xA5V[` \x87\x01\x80Q\x83\x85\x11\x8A\x02\x86\x01\x01\x90R\x93\x81\x01\x93[P\x87g\r\xE0\xB6\xB3\xA7d\0\0a\xFF\xFF\x87`\xE0\x1C\x16\x02\x04\x91P``\x86\x01Q\x90P\x80\x82\x10_\x81\x14a4\xE2W`\xA0\x87\x01\x80Q\x89\x85\x02\x01\x90R\x93\x82\x01\x93a4\xF7V[`\x80\x87\x01\x80Q\x83\x85\x11\x8A\x02\x86\x01\x01\x90R\x93\x81\x01\x93[PPP\x82` \x1B\x92P`\xC0\x84\x01\x93Pa4YV[P\x94\x93PPPPV[_a5!a\x01\0\x84aH\xEFV[a5+\x90\x84aJRV[\x90P[\x81\x81\x10\x15a6}W_`\x12\x81a5Fa\x01\0\x85aH\xDCV[` \x89\x01Qa5V\x90`\x04aI\xA1V[a5`\x91\x90aC\xFCV[\x81R` \x01\x90\x81R` \x01_ T\x90P\x80_\x03a5}WPa6jV[_\x84\x83\x10a5\x8BW\x82a5\x8DV[\x84[\x90P_\x84a5\x9D\x85a\x01\0aC\xFCV[\x11a5\xB3Wa5\xAE\x84a\x01\0aC\xFCV[a5\xB5V[\x84[\x90P\x81[\x81\x81\x10\x15a6eWa5\xCDa\x01\0\x82aH\xEFV[\x84\x90\x1C`\x01\x16\x15a6]W``\x88\x01Q_\x90a5\xE9\x89\x84aJRV[\x81Q\x81\x10a5\xF9Wa5\xF9aI\xD0V[` \x02` \x01\x01Q\x90P\x80_\x14\x80a6\x15WP\x89`\x80\x01Q\x81\x10\x15[\x15a6 WPa6]V[`@\x8A\x01Q`\xA0\x8A\x01Qa64\x8A\x85aJRV[\x81Q\x81\x10a6DWa6DaI\xD0V[` \x02` \x01\x01\x81\x81Qa6X\x91\x90aC\xFCV[\x90RPP[`\x01\x01a5\xB9V[PPPP[a6va\x01\0\x82aC\xFCV[\x90Pa5.V[PPPPPV[_a\t\xCE\x83\x83a'\x10`\x01a>\xD6V[_\x84`@\x01Q\x84\x81Q\x81\x10a6\xABWa6\xABaI\xD0V[` \x02` \x01\x01Q\x90P_\x81_\x14a6\xCCWa6\xC7\x86\x86a?!V[a6\xCEV[\x83[\x90P_a6\xDB\x87\x87a?cV[\x90P\x83\x82\x10\x80a6\xEBWP\x83\x81\x10\x15[\x80a6\xFDWPg\r\xE0\xB6\xB3\xA7d\0\0\x83\x11[\x15a7HW\x86Qa7\x0F\x90\x87\x90aC\xFCV[`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x84\x90R`D\x81\x01\x83\x90R`d\x81\x01\x82\x90R`\x84\x81\x01\x85\x90R`\xA4\x01a\x01EV[PPPPPPPV[_`\x80\x83`\x80\x01Q\x83`\x03a7f\x91\x90aI\xA1V[a7q\x90`\x01aC\xFCV[\x81Q\x81\x10a7\x81Wa7\x81aI\xD0V[` \x02` \x01\x01Q\x90\x1C\x83`\x80\x01Q\x83`\x03a7\x9D\x91\x90aI\xA1V[\x81Q\x81\x10a7\xADWa7\xADaI\xD0V[` \x02` \x01\x01Qa7\xBF\x91\x90aI\xA1V[`\x80\x84\x01Qa7\xCF\x84`\x03aI\xA1V[a7\xDA\x90`\x02aC\xFCV[\x81Q\x81\x10a7\xEAWa7\xEAaI\xD0V[` \x02` \x01\x01Qa\t\xCE\x91\x90aC\xFCV[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\x10` \x90\x81R`@\x80\x83 \x81Q``\x81\x01\x83R\x90T`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16\x94\x83\x01\x94\x90\x94R`\x01`\xC0\x1B\x90\x04\x90\x92\x16\x90\x82\x01R\x86\x90a8ea8`\x82a?\xA9V[a!\xEEV[\x81Q\x82\x90a8t\x90\x83\x90aL\xE0V[`\x01`\x01`\x80\x1B\x03\x16\x90RP`\x01`\x01`@\x1B\x03\x80\x88\x16` \x83\x01R\x84\x16`@\x82\x01Ra9\x01\x82\x82_`\x10_\x84`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ \x90P_`\xC0\x83`@\x01Q`\x01`\x01`@\x1B\x03\x16\x90\x1B`\x80\x84` \x01Q`\x01`\x01`@\x1B\x03\x16\x90\x1B\x84_\x01Q`\x01`\x01`\x80\x1B\x03\x16\x17\x17\x90P\x80\x82UPPPPV[_\x86a9\rW_a9\x1FV[a9\x1F`\xFF`\xD8\x8B\x90\x1C\x16`\x01aC\xFCV[\x90P\x85\x81\x10a99Wa93\x83`\x01a\x1F\xDDV[\x93P_\x90P[a9\x8E\x8A\x8Ag\r\xE0\xB6\xB3\xA7d\0\0a9S\x8Ca\xFF\xFFaI\xA1V[a9]\x91\x90aH\xDCV[\x84_\x93\x84R`\t` R`@\x90\x93 c\xFF\0\xFF\xFF`\xC0\x1B\x19\x92\x90\x92\x16`\xC0\x91\x90\x91\x1B\x17`\xD8\x92\x90\x92\x1B\x91\x90\x91\x17\x90UV[PPP\x96\x95PPPPPPV[_`\x01`\x01`@\x1B\x03\x82\x11\x15a\n\x05W`@\x80Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x83\x90R`D\x01a\x01EV[\x80Q` \x82\x01Q_\x90a9\xE3\x90\x83aC\xFCV[`@\x84\x01Q\x90\x91P_a9\xF7`\x10\x85aH\xEFV[a:\x01\x90\x85aJRV[\x90P[\x82\x81\x10\x15a6}W_`\x14\x81a:\x1B`\x10\x85aH\xDCV[\x81R` \x01\x90\x81R` \x01_ T\x90P_\x85\x83\x10a:9W\x82a:;V[\x85[\x90P_\x85a:J\x85`\x10aC\xFCV[\x10a:UW\x85a:`V[a:`\x84`\x10aC\xFCV[\x90P\x81[\x81\x81\x10\x15a:\xAAW\x84\x81\x03`\x04\x1B`\xF0\x03g\r\xE0\xB6\xB3\xA7d\0\0a\xFF\xFF`\x01\x8B\x85\x03\x01`\x05\x1B\x89\x01Q\x02\x04\x80\x82\x1Ba\xFF\xFF\x83\x1B\x19\x87\x16\x17\x95PPP`\x01\x81\x01\x90Pa:dV[P\x82`\x14_a:\xBA`\x10\x88aH\xDCV[\x81R` \x81\x01\x91\x90\x91R`@\x01_ UPa:\xDA\x91P`\x10\x90P\x82aC\xFCV[\x90Pa:\x04V[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x81\x81R`\x0C` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x83R\x90T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83R`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x83\x86\x01R\x86\x86R`\x1B\x85R\x83\x86 \x84Q\x80\x86\x01\x86R\x90T\x80\x83\x16\x82R\x92\x90\x92\x04`\x01`\x01`@\x1B\x03\x16\x82\x86\x01R\x95\x85R`\r\x90\x93R\x90\x83 T\x82Q\x93\x94\x91\x93\x90\x91\x16\x15\x80\x15\x90a;\xAFWP\x85`\x01`\x01`@\x1B\x03\x16\x82` \x01Q`\x01`\x01`@\x1B\x03\x16\x14\x15[\x15a<LW`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x1C` \x90\x81R`@\x80\x83 \x85\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x81 T\x90\x03a<$Wa;\xF4\x81`\x01aC\xFCV[`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x1C` \x90\x81R`@\x80\x83 \x86\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x90 U[`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x1B` R`@\x81 \x80T`\x01`\x01`\xC0\x1B\x03\x19\x16\x90U\x82R[_\x86`\x01`\x01`@\x1B\x03\x16\x83` \x01Q`\x01`\x01`@\x1B\x03\x16\x14a<pW_a<sV[\x82Q[\x84` \x01Qa<\x82\x91\x90aL\xFFV[`\x01`\x01`\x80\x1B\x03\x16\x90P_a<\x97\x89a!TV[\x90P\x81\x15\x80\x15\x90a<\xA7WP\x80\x15\x15[\x15a=-W_a<\xD1\x83\x87_\x01Q`\x01`\x01`\x80\x1B\x03\x16\x88` \x01Q`\x01`\x01`\x80\x1B\x03\x16a'\xC3V[\x90P\x81\x81\x11\x15a<\xDEWP\x80[a<\xE9\x88\x82\x84a'\xC3V[\x96Pa=\x05\x87n\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x85a'\xC3V[a=\x0F\x90\x85aC\xFCV[`\x01`\x01`\xA0\x1B\x03\x8B\x16_\x90\x81R`\r` R`@\x90 \x81\x90U\x93PP[\x83Q`\x01`\x01`\x80\x1B\x03\x16\x15\x80\x15\x90a=[WP\x87`\x01`\x01`@\x1B\x03\x16\x84` \x01Q`\x01`\x01`@\x1B\x03\x16\x14[\x15a=\x98Wa=k\x83`\x01aC\xFCV[`\x01`\x01`\xA0\x1B\x03\x8A\x16_\x90\x81R`\x1C` \x90\x81R`@\x80\x83 `\x01`\x01`@\x1B\x03\x8D\x16\x84R\x90\x91R\x90 U[PPPPP\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x10` R`@\x90 \x80Ta=\xD5\x90a8`\x90\x84\x90`\x01`\x01`\x80\x1B\x03\x16aC\xFCV[\x81To\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01`\x80\x1B\x03\x91\x90\x91\x16\x17\x90UPPV[`@Qc\xA9\x05\x9C\xBB`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a>SW\x83\x83\x15\x16\x15a>GW=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[_`@Qa\x01\0\x81\x01\x86`\x05\x1B\x88\x01\x87`\x05\x1B\x89\x837\x86\x86\x03`\x05\x1B\x85\x82\x01\x88`\x05\x1B\x84\x017\x87[\x87\x81\x10\x15a>\xC1Wa\x01\0\x89\x82\x03\x02\x80\x87\x03a\x01\0\x81\x11\x15a>\xA8WPa\x01\0[\x80\x82\x85\x01\x877\x85 `\x05\x83\x90\x1B\x85\x01RP`\x01\x01a>\x87V[PP\x84`\x05\x1B\x81 \x92PPP\x95\x94PPPPPV[_a?\x03a>\xE3\x83a@)V[\x80\x15a>\xFEWP_\x84\x80a>\xF9Wa>\xF9aH\xC8V[\x86\x88\t\x11[\x15\x15\x90V[a?\x0E\x86\x86\x86a'\xC3V[a?\x18\x91\x90aC\xFCV[\x95\x94PPPPPV[_`\x80\x83`\x80\x01Q\x83`\x03a?6\x91\x90aI\xA1V[a?A\x90`\x01aC\xFCV[\x81Q\x81\x10a?QWa?QaI\xD0V[` \x02` \x01\x01Q\x90\x1C\x90P\x92\x91PPV[`\x80\x82\x01Q_\x90a?u\x83`\x03aI\xA1V[a?\x80\x90`\x01aC\xFCV[\x81Q\x81\x10a?\x90Wa?\x90aI\xD0V[` \x02` \x01\x01Q`\x01`\x01`\x80\x1B\x03\x16\x90P\x92\x91PPV[_\x81` \x01Q`\x01`\x01`@\x1B\x03\x16_\x14\x80a?\xDFWP`\x05T`@\x83\x01Q`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x90\x92\x04\x82\x16\x91\x16\x10\x15[\x15a?\xEBWP_\x91\x90PV[a\t\xD1\x82` \x01Q`\x01`\x01`@\x1B\x03\x16`\x15_\x85`@\x01Q`\x01`\x01`@\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ Tg\r\xE0\xB6\xB3\xA7d\0\0a'\xC3V[_`\x02\x82`\x03\x81\x11\x15a@>Wa@>aL\x1BV[a@H\x91\x90aM\x1EV[`\xFF\x16`\x01\x14\x90P\x91\x90PV[`@Q\x80a\x01\0\x01`@R\x80_`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x15\x15\x81R` \x01_\x81RP\x90V[_a\x01\xE0\x82\x84\x03\x12\x15a@\xAEW__\xFD[P\x91\x90PV[_a\x01\xE0\x82\x84\x03\x12\x15a@\xC5W__\xFD[a\t\xCE\x83\x83a@\x9DV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a@\xE3W__\xFD[PV[___a\x02 \x84\x86\x03\x12\x15a@\xF9W__\xFD[\x835\x92P` \x84\x015aA\x0B\x81a@\xCFV[\x91PaA\x1A\x85`@\x86\x01a@\x9DV[\x90P\x92P\x92P\x92V[__\x83`\x1F\x84\x01\x12aA3W__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15aAIW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15aA`W__\xFD[\x92P\x92\x90PV[____`@\x85\x87\x03\x12\x15aAzW__\xFD[\x845`\x01`\x01`@\x1B\x03\x81\x11\x15aA\x8FW__\xFD[aA\x9B\x87\x82\x88\x01aA#V[\x90\x95P\x93PP` \x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aA\xB9W__\xFD[aA\xC5\x87\x82\x88\x01aA#V[\x95\x98\x94\x97P\x95PPPPV[`\x01`\x01``\x1B\x03\x81\x16\x81\x14a@\xE3W__\xFD[\x805aA\xF0\x81aA\xD1V[\x91\x90PV[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a@\xE3W__\xFD[\x805aA\xF0\x81aA\xF5V[a\xFF\xFF\x81\x16\x81\x14a@\xE3W__\xFD[\x805aA\xF0\x81aB\x11V[\x80\x15\x15\x81\x14a@\xE3W__\xFD[\x805aA\xF0\x81aB+V[`\xFF\x81\x16\x81\x14a@\xE3W__\xFD[\x805aA\xF0\x81aBCV[aBv\x82aBi\x83aA\xE5V[`\x01`\x01``\x1B\x03\x16\x90RV[aB\x82` \x82\x01aA\xE5V[`\x01`\x01``\x1B\x03\x16` \x83\x01RaB\x9C`@\x82\x01aB\x06V[c\xFF\xFF\xFF\xFF\x16`@\x83\x01RaB\xB3``\x82\x01aB\x06V[c\xFF\xFF\xFF\xFF\x16``\x83\x01RaB\xCA`\x80\x82\x01aB\x06V[c\xFF\xFF\xFF\xFF\x16`\x80\x83\x01RaB\xE1`\xA0\x82\x01aB\x06V[c\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01RaB\xF8`\xC0\x82\x01aB\x06V[c\xFF\xFF\xFF\xFF\x16`\xC0\x83\x01RaC\x0F`\xE0\x82\x01aB V[a\xFF\xFF\x16`\xE0\x83\x01RaC%a\x01\0\x82\x01aB V[a\xFF\xFF\x16a\x01\0\x83\x01RaC<a\x01 \x82\x01aB V[a\xFF\xFF\x16a\x01 \x83\x01RaCSa\x01@\x82\x01aB8V[\x15\x15a\x01@\x83\x01RaCha\x01`\x82\x01aB V[a\xFF\xFF\x16a\x01`\x83\x01RaC\x7Fa\x01\x80\x82\x01aBQV[`\xFF\x16a\x01\x80\x83\x01RaC\x95a\x01\xA0\x82\x01aB V[a\xFF\xFF\x16a\x01\xA0\x83\x01RaC\xACa\x01\xC0\x82\x01aB\x06V[c\xFF\xFF\xFF\xFF\x81\x16a\x01\xC0\x84\x01RPPPV[a\x01\xE0\x81\x01a\t\xD1\x82\x84aB\\V[_` \x82\x84\x03\x12\x15aC\xDDW__\xFD[\x81Qa!\xE7\x81aA\xF5V[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\t\xD1Wa\t\xD1aC\xE8V[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xD1Wa\t\xD1aC\xE8V[_\x815a\t\xD1\x81aA\xD1V[_\x815a\t\xD1\x81aA\xF5V[_\x815a\t\xD1\x81aB\x11V[_\x815a\t\xD1\x81aB+V[_\x815a\t\xD1\x81aBCV[aD\x98aDv\x83aD.V[\x82Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x17\x82UV[aD\xDBaD\xA7` \x84\x01aD.V[\x82\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aE\x0EaD\xEA`@\x84\x01aD:V[\x82\x80Tc\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\xC0\x92\x90\x92\x1Bc\xFF\xFF\xFF\xFF`\xC0\x1B\x16\x91\x90\x91\x17\x90UV[aEAaE\x1D``\x84\x01aD:V[\x82\x80T`\x01`\x01`\xE0\x1B\x03\x16`\xE0\x92\x90\x92\x1B`\x01`\x01`\xE0\x1B\x03\x19\x16\x91\x90\x91\x17\x90UV[`\x01\x81\x01aEkaET`\x80\x85\x01aD:V[\x82Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x17\x82UV[aE\x9CaEz`\xA0\x85\x01aD:V[\x82Tg\xFF\xFF\xFF\xFF\0\0\0\0\x19\x16` \x91\x90\x91\x1Bg\xFF\xFF\xFF\xFF\0\0\0\0\x16\x17\x82UV[aE\xD5aE\xAB`\xC0\x85\x01aD:V[\x82Tk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x19\x16`@\x91\x90\x91\x1Bk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x17\x82UV[aF\x04aE\xE4`\xE0\x85\x01aDFV[\x82\x80Ta\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Ba\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aF4aF\x14a\x01\0\x85\x01aDFV[\x82\x80Ta\xFF\xFF`p\x1B\x19\x16`p\x92\x90\x92\x1Ba\xFF\xFF`p\x1B\x16\x91\x90\x91\x17\x90UV[aFdaFDa\x01 \x85\x01aDFV[\x82\x80Ta\xFF\xFF`\x80\x1B\x19\x16`\x80\x92\x90\x92\x1Ba\xFF\xFF`\x80\x1B\x16\x91\x90\x91\x17\x90UV[aF\x92aFta\x01@\x85\x01aDRV[\x82\x80T`\xFF`\x90\x1B\x19\x16\x91\x15\x15`\x90\x1B`\xFF`\x90\x1B\x16\x91\x90\x91\x17\x90UV[aF\xC2aF\xA2a\x01`\x85\x01aDFV[\x82\x80Ta\xFF\xFF`\x98\x1B\x19\x16`\x98\x92\x90\x92\x1Ba\xFF\xFF`\x98\x1B\x16\x91\x90\x91\x17\x90UV[aF\xF0aF\xD2a\x01\x80\x85\x01aD^V[\x82\x80T`\xFF`\xA8\x1B\x19\x16`\xA8\x92\x90\x92\x1B`\xFF`\xA8\x1B\x16\x91\x90\x91\x17\x90UV[aG aG\0a\x01\xA0\x85\x01aDFV[\x82\x80Ta\xFF\xFF`\xB0\x1B\x19\x16`\xB0\x92\x90\x92\x1Ba\xFF\xFF`\xB0\x1B\x16\x91\x90\x91\x17\x90UV[a/\x12aD\xEAa\x01\xC0\x85\x01aD:V[a\x02\0\x81\x01aG?\x82\x85aB\\V[`\x01`\x01`@\x1B\x03\x83\x16a\x01\xE0\x83\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Qa\x01\xE0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15aG\x99WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90V[_a\x01\xE0\x82\x84\x03\x12\x80\x15aG\xB1W__\xFD[PaG\xBAaGjV[aG\xC3\x83aA\xE5V[\x81RaG\xD1` \x84\x01aA\xE5V[` \x82\x01RaG\xE2`@\x84\x01aB\x06V[`@\x82\x01RaG\xF3``\x84\x01aB\x06V[``\x82\x01RaH\x04`\x80\x84\x01aB\x06V[`\x80\x82\x01RaH\x15`\xA0\x84\x01aB\x06V[`\xA0\x82\x01RaH&`\xC0\x84\x01aB\x06V[`\xC0\x82\x01RaH7`\xE0\x84\x01aB V[`\xE0\x82\x01RaHIa\x01\0\x84\x01aB V[a\x01\0\x82\x01RaH\\a\x01 \x84\x01aB V[a\x01 \x82\x01RaHoa\x01@\x84\x01aB8V[a\x01@\x82\x01RaH\x82a\x01`\x84\x01aB V[a\x01`\x82\x01RaH\x95a\x01\x80\x84\x01aBQV[a\x01\x80\x82\x01RaH\xA8a\x01\xA0\x84\x01aB V[a\x01\xA0\x82\x01RaH\xBBa\x01\xC0\x84\x01aB\x06V[a\x01\xC0\x82\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[_\x82aH\xEAWaH\xEAaH\xC8V[P\x04\x90V[_\x82aH\xFDWaH\xFDaH\xC8V[P\x06\x90V[_` \x82\x84\x03\x12\x15aI\x12W__\xFD[\x815a!\xE7\x81aA\xD1V[_` \x82\x84\x03\x12\x15aI-W__\xFD[\x815a!\xE7\x81aB\x11V[_` \x82\x84\x03\x12\x15aIHW__\xFD[\x815a!\xE7\x81aA\xF5V[_` \x82\x84\x03\x12\x15aIcW__\xFD[\x815a!\xE7\x81aBCV[c\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xD1Wa\t\xD1aC\xE8V[_` \x82\x84\x03\x12\x15aI\x9AW__\xFD[PQ\x91\x90PV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\t\xD1Wa\t\xD1aC\xE8V[_`\x01\x82\x01aI\xC9WaI\xC9aC\xE8V[P`\x01\x01\x90V[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15aJ\x14W\x81Q\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01aI\xF6V[P\x93\x94\x93PPPPV[\x83\x81R``` \x82\x01R_aJ6``\x83\x01\x85aI\xE4V[\x82\x81\x03`@\x84\x01RaJH\x81\x85aI\xE4V[\x96\x95PPPPPPV[\x81\x81\x03\x81\x81\x11\x15a\t\xD1Wa\t\xD1aC\xE8V[\x81Q`\x01`\x01``\x1B\x03\x16\x81Ra\x01\xE0\x81\x01` \x83\x01QaJ\x91` \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[P`@\x83\x01QaJ\xA9`@\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P``\x83\x01QaJ\xC1``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaJ\xD9`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01QaJ\xF1`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaK\t`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaK\x1F`\xE0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaK7a\x01\0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01QaKOa\x01 \x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01QaKea\x01@\x84\x01\x82\x15\x15\x90RV[Pa\x01`\x83\x01QaK}a\x01`\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01QaK\x94a\x01\x80\x84\x01\x82`\xFF\x16\x90RV[Pa\x01\xA0\x83\x01QaK\xACa\x01\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\xC0\x83\x01Qa!Ma\x01\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[_` \x82\x84\x03\x12\x15aK\xD6W__\xFD[\x81Qa!\xE7\x81aB+V[_` \x82\x84\x03\x12\x15aK\xF1W__\xFD[\x81Qa!\xE7\x81a@\xCFV[`\x01`\x01``\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xD1Wa\t\xD1aC\xE8V[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`@\x81\x01`\x03\x84\x10aLOWcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x92\x81R` \x01R\x90V[``\x80\x82R\x84Q\x90\x82\x01\x81\x90R_\x90` \x86\x01\x90`\x80\x84\x01\x90\x83[\x81\x81\x10\x15aL\x9BW\x83Q`\x01`\x01`\xA0\x1B\x03\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01aLtV[PP\x83\x81\x03` \x85\x01RaL\xAF\x81\x87aI\xE4V[\x92PPPc\xFF\xFF\xFF\xFF\x83\x16`@\x83\x01R\x94\x93PPPPV[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xD1Wa\t\xD1aC\xE8V[`\x01`\x01`\x80\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xD1Wa\t\xD1aC\xE8V[`\x01`\x01`\x80\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xD1Wa\t\xD1aC\xE8V[_`\xFF\x83\x16\x80aM0WaM0aH\xC8V[\x80`\xFF\x84\x16\x06\x91PP\x92\x91PPV",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b5060043610610049575f3560e01c8062231d251461004d5780630a3c3495146100625780637b10399914610075578063c42af710146100b1575b5f5ffd5b61006061005b3660046140b4565b6100d4565b005b6100606100703660046140e6565b610585565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020015b60405180910390f35b6100c46100bf366004614167565b6106d7565b60405190151581526020016100a8565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361011d57604051633beab4bd60e21b815260040160405180910390fd5b5f546001600160a01b0316331461014e5760405163245aecd360e01b81523360048201526024015b60405180910390fd5b600554600160701b900460ff161561017957604051631f3ef82160e31b815260040160405180910390fd5b60405163c3631ea960e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c3631ea9906101c59084906004016143be565b5f6040518083038186803b1580156101db575f5ffd5b505afa1580156101ed573d5f5f3e3d5ffd5b505050505f60055f9054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636e4758616040518163ffffffff1660e01b8152600401602060405180830381865afa158015610266573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061028a91906143cd565b63ffffffff1690506001600160401b038216158015906102bb57506102b8816001600160401b0384166143fc565b42105b156102f8576102d3816001600160401b0384166143fc565b604051632d6408cb60e21b81526001600160401b039091166004820152602401610145565b5f5f60169054906101000a900463ffffffff1663ffffffff169050806001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e0b165646040518163ffffffff1660e01b8152600401602060405180830381865afa158015610379573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061039d91906143cd565b6103ad9063ffffffff16426143fc565b106103d657604051637f4d710960e11b81526001600160401b0382166004820152602401610145565b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c08201525f6104cf82876108a7565b6104d9575f6104df565b8160a001515b6104ef9063ffffffff164261440f565b905085601d6104fe828261446a565b5050601f8054600160401b6001600160401b0384811668ffffffffffffffffff1990931692909217179091556005805467ffffffffffffffff1916429092169190911790556040517ffece5e87a45cab6be8e0c75e6bc7b0091183799d2eda95f7355495c0ccff63a8906105759088908490614730565b60405180910390a1505050505050565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036105ce57604051633beab4bd60e21b815260040160405180910390fd5b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614158061061357505f54600160b01b900463ffffffff1615155b156106335760405163318d14a560e11b8152336004820152602401610145565b5f80546001600160a01b0319166001600160a01b038416179055610656836109d7565b5f805461ffff92909216600160a01b0261ffff60a01b19909216919091179055806003610683828261446a565b5061069d90506106983683900383018361479f565b610a09565b6040516001600160a01b0383169084907fa7a5b80bcd3bef76524ec80559f1ad1932344089b316a7be619ed23956b5ad6c905f90a3505050565b5f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361072157604051633beab4bd60e21b815260040160405180910390fd5b610729610adb565b60055461ffff600160d01b909104166060610763604080516080810182525f80825260208201819052918101829052606081019190915290565b5f83810361077f57610773610bc0565b9194509250905061078d565b610787610f64565b90935091505b5f61079960088a6148dc565b90506107a660088a6148ef565b1515806107c35750606083015161ffff166107c182876143fc565b115b806107de5750801580156107de5750826060015161ffff1685105b15610816576060830151604051636127274760e01b8152600481018b90526024810187905261ffff9091166044820152606401610145565b6108258484878d8d8d8d6111df565b61082f90836143fc565b915061083b81866143fc565b9450826060015161ffff16851015610876576108578484611371565b6005805461ffff60d01b1916600160d01b61ffff881602179055610891565b610880848461153d565b61088a90836143fc565b9150600195505b61089a82611d95565b5050505050949350505050565b81515f906001600160601b03166108c16020840184614902565b6001600160601b031611806108fd575082602001516001600160601b03168260200160208101906108f29190614902565b6001600160601b0316115b8061092557508260e0015161ffff168260e001602081019061091f919061491d565b61ffff16115b8061094f5750826101a0015161ffff16826101a0016020810190610949919061491d565b61ffff16115b8061097b57508260a0015163ffffffff168260a00160208101906109739190614938565b63ffffffff16115b806109a3575082610180015160ff168261018001602081019061099e9190614953565b60ff16105b806109ce575082610160015161ffff16826101600160208101906109c7919061491d565b61ffff1614155b90505b92915050565b5f61ffff821115610a05576040516306dfcc6560e41b81526010600482015260248101839052604401610145565b5090565b5f816060015163ffffffff1642610a2091906143fc565b5f805463ffffffff60b01b1916600160b01b63ffffffff841602179055610140830151909150610a505780610a5f565b60c0820151610a5f908261496e565b5f805461014085015164ffffffffff60d01b19909116600160d01b63ffffffff949094169390930260ff60f01b191692909217600160f01b83151502179055610aa85742610ab7565b60c0820151610ab7908261496e565b6005601c6101000a81548163ffffffff021916908363ffffffff1602179055505050565b600554600160701b900460ff1615610b0657604051631f3ef82160e31b815260040160405180910390fd5b5f54600160b01b900463ffffffff1642811115610b475760405163d222b98960e01b81526001600160401b03821660048201525f6024820152604401610145565b6004545f90610b6390600160c01b900463ffffffff16836143fc565b9050610b6d611f90565b6001600160a01b0316336001600160a01b031614158015610b8d57508042105b15610bbc57604051632dbc470160e01b81523360048201526001600160401b0382166024820152604401610145565b5050565b604080516080810182525f808252602082018190529181018290526060818101929092526005545f90600160c01b900461ffff16806001600160401b03811115610c0c57610c0c614756565b604051908082528060200260200182016040528015610c4557816020015b610c32614055565b815260200190600190039081610c2a5790505b5093505f5f5f5b83811015610f11575f610c86601382610c666010866148dc565b81526020019081526020015f2054601084610c8191906148ef565b611fbc565b61ffff165f818152601160205260409020600181015491925090600160e01b900460ff16610cd9576001810154610cc6906001600160a01b03165f611fdd565b610cd090886143fc565b96505050610f09565b60018101546001600160a01b03165f908152600a6020908152604091829020825160808101845290546001600160601b038116825261ffff600160601b8204169282019290925260ff600160701b8304811615801594830194909452600160781b909204909116151560608201529080610d5557508060600151155b80610d68575082816020015161ffff1614155b80610d7b5750600282015463ffffffff16155b15610d8857505050610f09565b60018201546040516342dfc16b60e11b81526001600160a01b0391821660048201525f91670de0b6b3a7640000917f0000000000000000000000000000000000000000000000000000000000000000909116906385bf82d690602401602060405180830381865afa158015610dff573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e23919061498a565b6001850154610e3a906001600160a01b0316612154565b610e4491906149a1565b610e4e91906148dc565b9050805f03610e605750505050610f09565b604080516101008101825260018501546001600160a01b038116825260208201879052918101839052600285015463ffffffff9081166060830152600160a01b8304166080820152600160f01b820461ffff1660a0820152600160e81b90910460ff16151560c08201525f60e08201528b88610edb816149b8565b995081518110610eed57610eed6149d0565b6020908102919091010152610f0281876143fc565b9550505050505b600101610c4c565b508186526040518060800160405280610f29836121ee565b6001600160801b031681525f602082015261ffff9384166040820152600554600160601b900490931660609093019290925250939491925050565b604080516080810182525f8082526020820181905291810182905260608181019290925250604080516080810182526018546001600160801b03811682526001600160401b03600160801b82048116602084015261ffff600160c01b83048116948401859052600160d01b9092049091166060830152909190811115610fec57610fec614756565b60405190808252806020026020018201604052801561102557816020015b611012614055565b81526020019060019003908161100a5790505b5091505f5b82518110156111da575f60165f8381526020019081526020015f206040518060c00160405290815f82015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b031681526020015f820160149054906101000a900461ffff1661ffff1661ffff1681526020015f820160169054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601a9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601e9054906101000a900461ffff1661ffff1661ffff168152602001600182015f9054906101000a900460ff16151515158152505090505f60175f8481526020019081526020015f20549050604051806101000160405280835f01516001600160a01b03168152602001836020015161ffff168152602001608083901c8152602001836060015163ffffffff168152602001836040015163ffffffff168152602001836080015161ffff1681526020018360a0015115158152602001826001600160801b03168152508584815181106111c5576111c56149d0565b6020908102919091010152505060010161102a565b509091565b5f5f5f6111ed888888612221565b915091505f611200898460200151612350565b6001600160401b0381111561121757611217614756565b604051908082528060200260200182016040528015611240578160200160208202803683370190505b5090505f805b8c51811015611281576112778d8281518110611264576112646149d0565b60200260200101518287868c8c886123a6565b9150600101611246565b508086146112ac576040516393b2cee560e01b81526004810187905260248101829052604401610145565b5f84602001516001600160401b038111156112c9576112c9614756565b6040519080825280602002602001820160405280156112f2578160200160208202803683370190505b509050611301858d83876124d3565b9550600560109054906101000a90046001600160401b03166001600160401b03167f0e1cfb62a5da6e5cdf7e23bb6748db5c19489e800a35e838de1abb5651d464958c87604001518460405161135993929190614a1e565b60405180910390a25050505050979650505050505050565b5f5b82518110156114c4575f83828151811061138f5761138f6149d0565b6020908102919091018101516040805160c0808201835283516001600160a01b0390811683528486015161ffff90811684880190815260808088015163ffffffff9081168789019081526060808b0151831690890190815260a0808c01518716858b01908152988c01511515908a019081525f8f815260168e528b81209a518b549751945193519a5199166001600160b01b031990971696909617600160a01b938816939093029290921767ffffffffffffffff60b01b1916600160b01b9184169190910263ffffffff60d01b191617600160d01b9790921696909602176001600160f01b0316600160f01b949093169390930291909117845591516001938401805460ff191691151591909117905560e08501519484015160179096529290209390911b9091179091559091019050611373565b50805160188054602084015160408501516060909501516001600160801b039094166001600160c01b031990921691909117600160801b6001600160401b03909216919091021763ffffffff60c01b1916600160c01b61ffff9485160261ffff60d01b191617600160d01b939092169290920217905550565b5f5f600560109054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663329eb8396040518163ffffffff1660e01b81526004016020604051808303815f875af11580156115b5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115d9919061498a565b90505f600754826115ea91906143fc565b90505f6127106115fc610708846149a1565b61160691906148dc565b90505f612710611618611004856149a1565b61162291906148dc565b90505f816116308486614a52565b61163a9190614a52565b60208901519091505f9081906001600160401b0316156116b95761167485670de0b6b3a76400008c602001516001600160401b03166127c3565b6001600160401b03808a165f9081526015602090815260409091208390558c01519192506116ac911682670de0b6b3a76400006127c3565b6116b690836143fc565b91505b6116c58b898686612873565b6116cf90836143fc565b91506116da8b612a7c565b98508160065f8282546116ed91906143fc565b909155505f90506116fe8388614a52565b6007819055604080518a8152602081018a9052908101889052606081018790526080810186905260a0810182905260c081018490529091506001600160401b038a16907f3ed16b93d704b8877b03837eff0f64180658225bcca5f72fe57eaf55477d5d789060e00160405180910390a261177989600161440f565b600580546bffffffffffffffffffffffff60801b1916600160801b6001600160401b03939093169290920263ffffffff60c01b1916919091179055601f54600160401b900460ff1680156117d85750601f546001600160401b03164210155b15611c8f575f601d604051806101e00160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601c9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600182015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160049054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160089054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201600c9054906101000a900461ffff1661ffff1661ffff16815260200160018201600e9054906101000a900461ffff1661ffff1661ffff1681526020016001820160109054906101000a900461ffff1661ffff1661ffff1681526020016001820160129054906101000a900460ff161515151581526020016001820160139054906101000a900461ffff1661ffff1661ffff1681526020016001820160159054906101000a900460ff1660ff1660ff1681526020016001820160169054906101000a900461ffff1661ffff1661ffff1681526020016001820160189054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508060035f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a8154816001600160601b0302191690836001600160601b031602179055506040820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601c6101000a81548163ffffffff021916908363ffffffff1602179055506080820151816001015f6101000a81548163ffffffff021916908363ffffffff16021790555060a08201518160010160046101000a81548163ffffffff021916908363ffffffff16021790555060c08201518160010160086101000a81548163ffffffff021916908363ffffffff16021790555060e082015181600101600c6101000a81548161ffff021916908361ffff16021790555061010082015181600101600e6101000a81548161ffff021916908361ffff1602179055506101208201518160010160106101000a81548161ffff021916908361ffff1602179055506101408201518160010160126101000a81548160ff0219169083151502179055506101608201518160010160136101000a81548161ffff021916908361ffff1602179055506101808201518160010160156101000a81548160ff021916908360ff1602179055506101a08201518160010160166101000a81548161ffff021916908361ffff1602179055506101c08201518160010160186101000a81548163ffffffff021916908363ffffffff1602179055509050505f601f60086101000a81548160ff0219169083151502179055507f6d0661be217b5717e72f7f9dae7ed628d5637f66c97757a1a0f8d5bc5a68e65281604051611c859190614a65565b60405180910390a1505b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c0820152611d8690610a09565b50505050505050505092915050565b805f03611d9f5750565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166363b0c4286040518163ffffffff1660e01b8152600401602060405180830381865afa158015611dfc573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e209190614bc6565b6040805184815282151560208201529192507fc30ba5387d084e2148b2a91357a887e7b0496357514cfe33d9ff3033f676ace5910160405180910390a18015611edc57604051630852cd8d60e31b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906342966c68906024015f604051808303815f87803b158015611ec2575f5ffd5b505af1158015611ed4573d5f5f3e3d5ffd5b505050505050565b610bbc7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166361d027b36040518163ffffffff1660e01b8152600401602060405180830381865afa158015611f3b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f5f9190614be1565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169084612edd565b6002545f906001600160a01b03168015611faa5780611fb6565b5f546001600160a01b03165b91505090565b5f611fc88260106149a1565b611fd39060f0614a52565b9290921c92915050565b6001600160a01b0382165f908152600a602052604081208054600160701b900460ff1661200d575f9150506109d1565b60045481546127109161203591600160601b90910461ffff16906001600160601b03166149a1565b61203f91906148dc565b8154909250829082905f9061205e9084906001600160601b0316614bfc565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550836001600160a01b03167f607adba66cff84b627e3537d1c17d088a98556bccd0536a2f3590c56329023d984846040516120bd929190614c2f565b60405180910390a28054600160781b900460ff161561214d576040516314c2559360e21b81526001600160a01b0385811660048301527f00000000000000000000000000000000000000000000000000000000000000001690635309564c906024015f604051808303815f87803b158015612136575f5ffd5b505af1158015612148573d5f5f3e3d5ffd5b505050505b5092915050565b6001600160a01b0381165f908152601a602090815260408083208151808301909252546001600160801b03811682526001600160401b03600160801b9182900481169383019390935260055491926121b2929190910416600161440f565b6001600160401b031681602001516001600160401b0316036121de57516001600160801b031692915050565b6121e783612f17565b9392505050565b5f6001600160801b03821115610a05576040516306dfcc6560e41b81526080600482015260248101839052604401610145565b61225f6040518060e001604052805f81526020015f815260200160608152602001606081526020016060815260200160608152602001606081525090565b60605f61226d6008856148dc565b90506122798682612fd2565b9250806001600160401b0381111561229357612293614756565b6040519080825280602002602001820160405280156122bc578160200160208202803683370190505b50604084015160608501516009602052919350905f5b8381101561233b578060031b88013560c01c8160051b6020850101528089015f5260405f2054808260051b60208801015260ff8160d01c16155f6001600160a01b0383161116156123325763ffffffff8160a01c168260051b6020850101525b506001016122d2565b50612345856131ac565b505050935093915050565b5f811561239e576123626010846148dc565b6010600161237085876143fc565b61237a9190614a52565b61238491906148dc565b61238e9190614a52565b6123999060016143fc565b6109ce565b505f92915050565b845160208601515f919082906123bc90836143fc565b9050808a60a0015110156123d1575060a08901515b8181116123e25783925050506124c8565b5f6123f68787878e60a0015187878e613244565b9450905085841115612425576040516393b2cee560e01b81526004810187905260248101859052604401610145565b6020808c01515f9081526011909152604090205481146124685760208b0151604051630d7d552b60e21b8152610145918c91600401918252602082015260400190565b61249a8960405180606001604052808e6040015181526020018e6060015181526020018e608001518152508a85613300565b8b60e0018181516124ab91906143fc565b90525060c08b0151156124c4576124c48b8a8585613514565b5050505b979650505050505050565b604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b820483166101608601819052600160a81b8304909116610180860152600160b01b82049092166101a085015293909304166101c082015284515f926001600160801b039091169083906125e2908390613684565b600554909150600160801b90046001600160401b03165f805b8a60200151811015612793578a60600151818151811061261d5761261d6149d0565b60200260200101515f1480612630575084155b156126c2578a60400151818151811061264b5761264b6149d0565b60200260200101515f146126bd578a516126669082906143fc565b8b60400151828151811061267c5761267c6149d0565b60209081029190910101516040516333c106c560e01b8152600481019290925260248201525f6044820181905260648201526084810185905260a401610145565b61278b565b6126ce8b828787613694565b5f856126da8d84613751565b6126e491906148dc565b9050808a83815181106126f9576126f96149d0565b602090810291909101015261270e81846143fc565b92505f5f8611801561273d5750858d60a001518481518110612732576127326149d0565b602002602001015110155b905061277c838e5f015161275191906143fc565b8b8581518110612763576127636149d0565b602002602001015184848c610180015160ff168a6137fc565b612786908a6143fc565b985050505b6001016125fb565b5061279d8161399b565b896020018181516127ae919061440f565b6001600160401b031690525061089a8a6139d0565b5f5f5f6127d08686613ae1565b91509150815f036127f4578381816127ea576127ea6148c8565b04925050506121e7565b81841161280b5761280b6003851502601118613afd565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f80805b86518110156128da57868181518110612892576128926149d0565b602002602001015160e001518782815181106128b0576128b06149d0565b6020026020010151604001516128c691906149a1565b6128d090836143fc565b9150600101612877565b50805f036128eb575f915050612a74565b5f5b8651811015612a71575f878281518110612909576129096149d0565b602002602001015190505f8160e00151826040015161292891906149a1565b90505f6129368883876127c3565b90505f6129448884886127c3565b84519091505f906129609061295a8d600161440f565b84613b0e565b905061296c8183614a52565b61297690846143fc565b9250821561298a57845161298a9084613da4565b61299481846143fc565b61299e90896143fc565b9750670de0b6b3a76400008560e0015161ffff6129bb91906149a1565b6129c591906148dc565b6020808701515f90815260098252604090819020805461ffff94909416600160c01b0261ffff60c01b199094169390931790925586518288015160e0890151845191825292810192909252918101859052606081018390526001600160a01b03909116906001600160401b038d16907f34fab1755407cee16aec7990ed44237d141cbdb5df37961be06512b01a9df5139060800160405180910390a350505050508060010190506128ed565b50505b949350505050565b80515f90808203612a8f57505f92915050565b5f816001600160401b03811115612aa857612aa8614756565b604051908082528060200260200182016040528015612ad1578160200160208202803683370190505b5090505f826001600160401b03811115612aed57612aed614756565b604051908082528060200260200182016040528015612b16578160200160208202803683370190505b5090505f5b83811015612bb557858181518110612b3557612b356149d0565b60200260200101515f0151838281518110612b5257612b526149d0565b60200260200101906001600160a01b031690816001600160a01b031681525050858181518110612b8457612b846149d0565b602002602001015160e00151828281518110612ba257612ba26149d0565b6020908102919091010152600101612b1b565b50600354604051636aabe8f360e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691636aabe8f391612c159186918691600160e01b900463ffffffff1690600401614c59565b5f604051808303815f87803b158015612c2c575f5ffd5b505af1158015612c3e573d5f5f3e3d5ffd5b5050604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b82048316610160860152600160a81b820416610180850152600160b01b81049091166101a08401819052939004166101c082015292505f915061271090612d4b90670de0b6b3a7640000906149a1565b612d5591906148dc565b90505f5b85811015612ed2575f60095f8a8481518110612d7757612d776149d0565b60200260200101516020015181526020019081526020015f2090505f837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166385bf82d6898681518110612dd557612dd56149d0565b60200260200101516040518263ffffffff1660e01b8152600401612e0891906001600160a01b0391909116815260200190565b602060405180830381865afa158015612e23573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612e47919061498a565b10612e52575f612e69565b8154612e6990600160d81b900460ff166001614cc7565b905084610180015160ff168160ff1610612eb157612ea1878481518110612e9257612e926149d0565b60200260200101516002611fdd565b612eab908a6143fc565b98505f90505b815460ff909116600160d81b0260ff60d81b19909116179055600101612d59565b505050505050919050565b612eea8383836001613dfd565b612f1257604051635274afe760e01b81526001600160a01b0384166004820152602401610145565b505050565b6001600160a01b0381165f908152600a60209081526040808320815160808101835290546001600160601b038116825261ffff600160601b8204169382019390935260ff600160701b84048116158015938301849052600160781b909404161515606082015291839190612f8c575081606001515b612f96575f612f99565b81515b6001600160a01b0385165f908152600c60205260409020546001600160601b03919091169150612a74906001600160801b0316826143fc565b6130106040518060e001604052805f81526020015f815260200160608152602001606081526020016060815260200160608152602001606081525090565b82815260208101829052816001600160401b0381111561303257613032614756565b60405190808252806020026020018201604052801561305b578160200160208202803683370190505b506040820152816001600160401b0381111561307957613079614756565b6040519080825280602002602001820160405280156130a2578160200160208202803683370190505b5060608201526130b38260036149a1565b6130be9060036143fc565b6001600160401b038111156130d5576130d5614756565b6040519080825280602002602001820160405280156130fe578160200160208202803683370190505b506080820152816001600160401b0381111561311c5761311c614756565b604051908082528060200260200182016040528015613145578160200160208202803683370190505b5060a08201526131558383612350565b6131609060026149a1565b6001600160401b0381111561317757613177614756565b6040519080825280602002602001820160405280156131a0578160200160208202803683370190505b5060c082015292915050565b80516020820151602060408401510160206060850151016020608086015101602060c0870151016010860695505f5b8581101561323a57600581901b85810151606083028501528401518015613231578188018060041c60061b840161ffff600f831660041b60f0031b8151178152602081015183111561322e578260208201525b50505b506001016131db565b5050505050505050565b5f5f83861015613252578593505b608080860490607f86810182900491908901045f6101008085029060028c0290850210613282578a600202613288565b61010084025b0390508c8b0161329b8186868686613e5f565b965083830360200282866020028e01010195505f60108b816132bf576132bf6148c8565b04905061010086026020808802840190830201035f8260105f198e0104036001016020029050808260208d0137505050505050505097509795505050505050565b5f84515f52602060608601510160205260105f51065f5103604085015160208501805f83115f518711161561334757600160105f510460106001890304030160051b820190505b602060c08a0151016060855f510302602060808c0151010389515b838510156133fd5782518660208501511061338557613382878983613409565b90505b8960108901111561339c575f19888b0360041b1c19165b808651169050825f518910156133c257885f5103828160041b1b92506060810285019150505b81156133dd576133d860208e0151848385613453565b8a0199505b505060208501945060408301925060108701965061060082019150613362565b50505050505050612a74565b5f5f5b601081101561344b5761ffff8160041b60f0031b8084161561344257855f518387010360051b6020510151101561344257918217915b5060010161340c565b509392505050565b5f8360801b5b821561350b5785670de0b6b3a76400008460f01c020484518082105f811461349057604087018051898502019052938201936134a5565b6020870180518385118a028601019052938101935b5087670de0b6b3a764000061ffff8760e01c1602049150606086015190508082105f81146134e25760a087018051898502019052938201936134f7565b6080870180518385118a028601019052938101935b5050508260201b925060c084019350613459565b50949350505050565b5f613521610100846148ef565b61352b9084614a52565b90505b8181101561367d575f601281613546610100856148dc565b60208901516135569060046149a1565b61356091906143fc565b81526020019081526020015f20549050805f0361357d575061366a565b5f84831061358b578261358d565b845b90505f8461359d856101006143fc565b116135b3576135ae846101006143fc565b6135b5565b845b9050815b81811015613665576135cd610100826148ef565b84901c6001161561365d5760608801515f906135e98984614a52565b815181106135f9576135f96149d0565b60200260200101519050805f1480613615575089608001518110155b15613620575061365d565b60408a015160a08a01516136348a85614a52565b81518110613644576136446149d0565b6020026020010181815161365891906143fc565b905250505b6001016135b9565b505050505b613676610100826143fc565b905061352e565b5050505050565b5f6109ce83836127106001613ed6565b5f846040015184815181106136ab576136ab6149d0565b602002602001015190505f815f146136cc576136c78686613f21565b6136ce565b835b90505f6136db8787613f63565b9050838210806136eb5750838110155b806136fd5750670de0b6b3a764000083115b1561374857865161370f9087906143fc565b6040516333c106c560e01b815260048101919091526024810184905260448101839052606481018290526084810185905260a401610145565b50505050505050565b5f6080836080015183600361376691906149a1565b6137719060016143fc565b81518110613781576137816149d0565b6020026020010151901c836080015183600361379d91906149a1565b815181106137ad576137ad6149d0565b60200260200101516137bf91906149a1565b60808401516137cf8460036149a1565b6137da9060026143fc565b815181106137ea576137ea6149d0565b60200260200101516109ce91906143fc565b6001600160a01b0385165f908152601060209081526040808320815160608101835290546001600160801b03811682526001600160401b03600160801b8204811694830194909452600160c01b900490921690820152869061386561386082613fa9565b6121ee565b81518290613874908390614ce0565b6001600160801b03169052506001600160401b0380881660208301528416604082015261390182825f60105f846001600160a01b03166001600160a01b031681526020019081526020015f2090505f60c083604001516001600160401b0316901b608084602001516001600160401b0316901b845f01516001600160801b03161717905080825550505050565b5f8661390d575f61391f565b61391f60ff60d88b901c1660016143fc565b905085811061393957613933836001611fdd565b93505f90505b61398e8a8a670de0b6b3a76400006139538c61ffff6149a1565b61395d91906148dc565b845f9384526009602052604090932063ff00ffff60c01b199290921660c09190911b1760d89290921b919091179055565b5050509695505050505050565b5f6001600160401b03821115610a0557604080516306dfcc6560e41b8152600481019190915260248101839052604401610145565b805160208201515f906139e390836143fc565b60408401519091505f6139f76010856148ef565b613a019085614a52565b90505b8281101561367d575f601481613a1b6010856148dc565b81526020019081526020015f205490505f858310613a395782613a3b565b855b90505f85613a4a8560106143fc565b10613a555785613a60565b613a608460106143fc565b9050815b81811015613aaa5784810360041b60f003670de0b6b3a764000061ffff60018b85030160051b890151020480821b61ffff831b1987161795505050600181019050613a64565b508260145f613aba6010886148dc565b815260208101919091526040015f205550613ada915060109050826143fc565b9050613a04565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b0383165f818152600c602090815260408083208151808301835290546001600160801b038082168352600160801b91829004811683860152868652601b85528386208451808601865290548083168252929092046001600160401b031682860152958552600d9093529083205482519394919390911615801590613baf5750856001600160401b031682602001516001600160401b031614155b15613c4c576001600160a01b0387165f908152601c60209081526040808320858301516001600160401b031684529091528120549003613c2457613bf48160016143fc565b6001600160a01b0388165f908152601c60209081526040808320868301516001600160401b031684529091529020555b6001600160a01b0387165f908152601b6020526040812080546001600160c01b031916905582525b5f866001600160401b031683602001516001600160401b031614613c70575f613c73565b82515b8460200151613c829190614cff565b6001600160801b031690505f613c9789612154565b90508115801590613ca757508015155b15613d2d575f613cd183875f01516001600160801b031688602001516001600160801b03166127c3565b905081811115613cde5750805b613ce98882846127c3565b9650613d05876ec097ce7bc90715b34b9f1000000000856127c3565b613d0f90856143fc565b6001600160a01b038b165f908152600d602052604090208190559350505b83516001600160801b031615801590613d5b5750876001600160401b031684602001516001600160401b0316145b15613d9857613d6b8360016143fc565b6001600160a01b038a165f908152601c602090815260408083206001600160401b038d1684529091529020555b50505050509392505050565b6001600160a01b0382165f9081526010602052604090208054613dd5906138609084906001600160801b03166143fc565b81546fffffffffffffffffffffffffffffffff19166001600160801b03919091161790555050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613e53578383151615613e47573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f60405161010081018660051b88018760051b89833786860360051b8582018860051b840137875b87811015613ec15761010089820302808703610100811115613ea857506101005b8082850187378520600583901b85015250600101613e87565b50508460051b81209250505095945050505050565b5f613f03613ee383614029565b8015613efe57505f8480613ef957613ef96148c8565b868809115b151590565b613f0e8686866127c3565b613f1891906143fc565b95945050505050565b5f60808360800151836003613f3691906149a1565b613f419060016143fc565b81518110613f5157613f516149d0565b6020026020010151901c905092915050565b60808201515f90613f758360036149a1565b613f809060016143fc565b81518110613f9057613f906149d0565b60200260200101516001600160801b0316905092915050565b5f81602001516001600160401b03165f1480613fdf575060055460408301516001600160401b03600160801b9092048216911610155b15613feb57505f919050565b6109d182602001516001600160401b031660155f85604001516001600160401b031681526020019081526020015f2054670de0b6b3a76400006127c3565b5f600282600381111561403e5761403e614c1b565b6140489190614d1e565b60ff166001149050919050565b6040518061010001604052805f6001600160a01b031681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f81525090565b5f6101e082840312156140ae575f5ffd5b50919050565b5f6101e082840312156140c5575f5ffd5b6109ce838361409d565b6001600160a01b03811681146140e3575f5ffd5b50565b5f5f5f61022084860312156140f9575f5ffd5b83359250602084013561410b816140cf565b915061411a856040860161409d565b90509250925092565b5f5f83601f840112614133575f5ffd5b5081356001600160401b03811115614149575f5ffd5b602083019150836020828501011115614160575f5ffd5b9250929050565b5f5f5f5f6040858703121561417a575f5ffd5b84356001600160401b0381111561418f575f5ffd5b61419b87828801614123565b90955093505060208501356001600160401b038111156141b9575f5ffd5b6141c587828801614123565b95989497509550505050565b6001600160601b03811681146140e3575f5ffd5b80356141f0816141d1565b919050565b63ffffffff811681146140e3575f5ffd5b80356141f0816141f5565b61ffff811681146140e3575f5ffd5b80356141f081614211565b80151581146140e3575f5ffd5b80356141f08161422b565b60ff811681146140e3575f5ffd5b80356141f081614243565b61427682614269836141e5565b6001600160601b03169052565b614282602082016141e5565b6001600160601b0316602083015261429c60408201614206565b63ffffffff1660408301526142b360608201614206565b63ffffffff1660608301526142ca60808201614206565b63ffffffff1660808301526142e160a08201614206565b63ffffffff1660a08301526142f860c08201614206565b63ffffffff1660c083015261430f60e08201614220565b61ffff1660e08301526143256101008201614220565b61ffff1661010083015261433c6101208201614220565b61ffff166101208301526143536101408201614238565b15156101408301526143686101608201614220565b61ffff1661016083015261437f6101808201614251565b60ff166101808301526143956101a08201614220565b61ffff166101a08301526143ac6101c08201614206565b63ffffffff81166101c0840152505050565b6101e081016109d1828461425c565b5f602082840312156143dd575f5ffd5b81516121e7816141f5565b634e487b7160e01b5f52601160045260245ffd5b808201808211156109d1576109d16143e8565b6001600160401b0381811683821601908111156109d1576109d16143e8565b5f81356109d1816141d1565b5f81356109d1816141f5565b5f81356109d181614211565b5f81356109d18161422b565b5f81356109d181614243565b6144986144768361442e565b82546bffffffffffffffffffffffff19166001600160601b0391909116178255565b6144db6144a76020840161442e565b8280546bffffffffffffffffffffffff60601b191660609290921b6bffffffffffffffffffffffff60601b16919091179055565b61450e6144ea6040840161443a565b82805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055565b61454161451d6060840161443a565b8280546001600160e01b031660e09290921b6001600160e01b031916919091179055565b6001810161456b6145546080850161443a565b825463ffffffff191663ffffffff91909116178255565b61459c61457a60a0850161443a565b825467ffffffff00000000191660209190911b67ffffffff0000000016178255565b6145d56145ab60c0850161443a565b82546bffffffff0000000000000000191660409190911b6bffffffff000000000000000016178255565b6146046145e460e08501614446565b82805461ffff60601b191660609290921b61ffff60601b16919091179055565b6146346146146101008501614446565b82805461ffff60701b191660709290921b61ffff60701b16919091179055565b6146646146446101208501614446565b82805461ffff60801b191660809290921b61ffff60801b16919091179055565b6146926146746101408501614452565b82805460ff60901b191691151560901b60ff60901b16919091179055565b6146c26146a26101608501614446565b82805461ffff60981b191660989290921b61ffff60981b16919091179055565b6146f06146d2610180850161445e565b82805460ff60a81b191660a89290921b60ff60a81b16919091179055565b6147206147006101a08501614446565b82805461ffff60b01b191660b09290921b61ffff60b01b16919091179055565b612f126144ea6101c0850161443a565b610200810161473f828561425c565b6001600160401b0383166101e08301529392505050565b634e487b7160e01b5f52604160045260245ffd5b6040516101e081016001600160401b038111828210171561479957634e487b7160e01b5f52604160045260245ffd5b60405290565b5f6101e08284031280156147b1575f5ffd5b506147ba61476a565b6147c3836141e5565b81526147d1602084016141e5565b60208201526147e260408401614206565b60408201526147f360608401614206565b606082015261480460808401614206565b608082015261481560a08401614206565b60a082015261482660c08401614206565b60c082015261483760e08401614220565b60e08201526148496101008401614220565b61010082015261485c6101208401614220565b61012082015261486f6101408401614238565b6101408201526148826101608401614220565b6101608201526148956101808401614251565b6101808201526148a86101a08401614220565b6101a08201526148bb6101c08401614206565b6101c08201529392505050565b634e487b7160e01b5f52601260045260245ffd5b5f826148ea576148ea6148c8565b500490565b5f826148fd576148fd6148c8565b500690565b5f60208284031215614912575f5ffd5b81356121e7816141d1565b5f6020828403121561492d575f5ffd5b81356121e781614211565b5f60208284031215614948575f5ffd5b81356121e7816141f5565b5f60208284031215614963575f5ffd5b81356121e781614243565b63ffffffff82811682821603908111156109d1576109d16143e8565b5f6020828403121561499a575f5ffd5b5051919050565b80820281158282048414176109d1576109d16143e8565b5f600182016149c9576149c96143e8565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b5f8151808452602084019350602083015f5b82811015614a145781518652602095860195909101906001016149f6565b5093949350505050565b838152606060208201525f614a3660608301856149e4565b8281036040840152614a4881856149e4565b9695505050505050565b818103818111156109d1576109d16143e8565b81516001600160601b031681526101e081016020830151614a9160208401826001600160601b03169052565b506040830151614aa9604084018263ffffffff169052565b506060830151614ac1606084018263ffffffff169052565b506080830151614ad9608084018263ffffffff169052565b5060a0830151614af160a084018263ffffffff169052565b5060c0830151614b0960c084018263ffffffff169052565b5060e0830151614b1f60e084018261ffff169052565b50610100830151614b3761010084018261ffff169052565b50610120830151614b4f61012084018261ffff169052565b50610140830151614b6561014084018215159052565b50610160830151614b7d61016084018261ffff169052565b50610180830151614b9461018084018260ff169052565b506101a0830151614bac6101a084018261ffff169052565b506101c083015161214d6101c084018263ffffffff169052565b5f60208284031215614bd6575f5ffd5b81516121e78161422b565b5f60208284031215614bf1575f5ffd5b81516121e7816140cf565b6001600160601b0382811682821603908111156109d1576109d16143e8565b634e487b7160e01b5f52602160045260245ffd5b6040810160038410614c4f57634e487b7160e01b5f52602160045260245ffd5b9281526020015290565b606080825284519082018190525f9060208601906080840190835b81811015614c9b5783516001600160a01b0316835260209384019390920191600101614c74565b50508381036020850152614caf81876149e4565b9250505063ffffffff83166040830152949350505050565b60ff81811683821601908111156109d1576109d16143e8565b6001600160801b0381811683821601908111156109d1576109d16143e8565b6001600160801b0382811682821603908111156109d1576109d16143e8565b5f60ff831680614d3057614d306148c8565b8060ff8416069150509291505056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\0IW_5`\xE0\x1C\x80b#\x1D%\x14a\0MW\x80c\n<4\x95\x14a\0bW\x80c{\x109\x99\x14a\0uW\x80c\xC4*\xF7\x10\x14a\0\xB1W[__\xFD[a\0`a\0[6`\x04a@\xB4V[a\0\xD4V[\0[a\0`a\0p6`\x04a@\xE6V[a\x05\x85V[`@Q`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\0\xC4a\0\xBF6`\x04aAgV[a\x06\xD7V[`@Q\x90\x15\x15\x81R` \x01a\0\xA8V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x01\x1DW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x01NW`@Qc$Z\xEC\xD3`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x01yW`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@Qc\xC3c\x1E\xA9`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xC3c\x1E\xA9\x90a\x01\xC5\x90\x84\x90`\x04\x01aC\xBEV[_`@Q\x80\x83\x03\x81\x86\x80;\x15\x80\x15a\x01\xDBW__\xFD[PZ\xFA\x15\x80\x15a\x01\xEDW=__>=_\xFD[PPPP_`\x05_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cnGXa`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x02fW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x02\x8A\x91\x90aC\xCDV[c\xFF\xFF\xFF\xFF\x16\x90P`\x01`\x01`@\x1B\x03\x82\x16\x15\x80\x15\x90a\x02\xBBWPa\x02\xB8\x81`\x01`\x01`@\x1B\x03\x84\x16aC\xFCV[B\x10[\x15a\x02\xF8Wa\x02\xD3\x81`\x01`\x01`@\x1B\x03\x84\x16aC\xFCV[`@Qc-d\x08\xCB`\xE2\x1B\x81R`\x01`\x01`@\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x01EV[__`\x16\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x90P\x80`\x01`\x01`@\x1B\x03\x16\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xE0\xB1ed`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x03yW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x03\x9D\x91\x90aC\xCDV[a\x03\xAD\x90c\xFF\xFF\xFF\xFF\x16BaC\xFCV[\x10a\x03\xD6W`@Qc\x7FMq\t`\xE1\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x01EV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01R_a\x04\xCF\x82\x87a\x08\xA7V[a\x04\xD9W_a\x04\xDFV[\x81`\xA0\x01Q[a\x04\xEF\x90c\xFF\xFF\xFF\xFF\x16BaD\x0FV[\x90P\x85`\x1Da\x04\xFE\x82\x82aDjV[PP`\x1F\x80T`\x01`@\x1B`\x01`\x01`@\x1B\x03\x84\x81\x16h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16\x92\x90\x92\x17\x17\x90\x91U`\x05\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16B\x90\x92\x16\x91\x90\x91\x17\x90U`@Q\x7F\xFE\xCE^\x87\xA4\\\xABk\xE8\xE0\xC7^k\xC7\xB0\t\x11\x83y\x9D.\xDA\x95\xF75T\x95\xC0\xCC\xFFc\xA8\x90a\x05u\x90\x88\x90\x84\x90aG0V[`@Q\x80\x91\x03\x90\xA1PPPPPPV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x05\xCEW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x15\x80a\x06\x13WP_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x15\x15[\x15a\x063W`@Qc1\x8D\x14\xA5`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01a\x01EV[_\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90Ua\x06V\x83a\t\xD7V[_\x80Ta\xFF\xFF\x92\x90\x92\x16`\x01`\xA0\x1B\x02a\xFF\xFF`\xA0\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90U\x80`\x03a\x06\x83\x82\x82aDjV[Pa\x06\x9D\x90Pa\x06\x986\x83\x90\x03\x83\x01\x83aG\x9FV[a\n\tV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x84\x90\x7F\xA7\xA5\xB8\x0B\xCD;\xEFvRN\xC8\x05Y\xF1\xAD\x1924@\x89\xB3\x16\xA7\xBEa\x9E\xD29V\xB5\xADl\x90_\x90\xA3PPPV[_`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x07!W`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x07)a\n\xDBV[`\x05Ta\xFF\xFF`\x01`\xD0\x1B\x90\x91\x04\x16``a\x07c`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x91\x90\x91R\x90V[_\x83\x81\x03a\x07\x7FWa\x07sa\x0B\xC0V[\x91\x94P\x92P\x90Pa\x07\x8DV[a\x07\x87a\x0FdV[\x90\x93P\x91P[_a\x07\x99`\x08\x8AaH\xDCV[\x90Pa\x07\xA6`\x08\x8AaH\xEFV[\x15\x15\x80a\x07\xC3WP``\x83\x01Qa\xFF\xFF\x16a\x07\xC1\x82\x87aC\xFCV[\x11[\x80a\x07\xDEWP\x80\x15\x80\x15a\x07\xDEWP\x82``\x01Qa\xFF\xFF\x16\x85\x10[\x15a\x08\x16W``\x83\x01Q`@Qca''G`\xE0\x1B\x81R`\x04\x81\x01\x8B\x90R`$\x81\x01\x87\x90Ra\xFF\xFF\x90\x91\x16`D\x82\x01R`d\x01a\x01EV[a\x08%\x84\x84\x87\x8D\x8D\x8D\x8Da\x11\xDFV[a\x08/\x90\x83aC\xFCV[\x91Pa\x08;\x81\x86aC\xFCV[\x94P\x82``\x01Qa\xFF\xFF\x16\x85\x10\x15a\x08vWa\x08W\x84\x84a\x13qV[`\x05\x80Ta\xFF\xFF`\xD0\x1B\x19\x16`\x01`\xD0\x1Ba\xFF\xFF\x88\x16\x02\x17\x90Ua\x08\x91V[a\x08\x80\x84\x84a\x15=V[a\x08\x8A\x90\x83aC\xFCV[\x91P`\x01\x95P[a\x08\x9A\x82a\x1D\x95V[PPPPP\x94\x93PPPPV[\x81Q_\x90`\x01`\x01``\x1B\x03\x16a\x08\xC1` \x84\x01\x84aI\x02V[`\x01`\x01``\x1B\x03\x16\x11\x80a\x08\xFDWP\x82` \x01Q`\x01`\x01``\x1B\x03\x16\x82` \x01` \x81\x01\x90a\x08\xF2\x91\x90aI\x02V[`\x01`\x01``\x1B\x03\x16\x11[\x80a\t%WP\x82`\xE0\x01Qa\xFF\xFF\x16\x82`\xE0\x01` \x81\x01\x90a\t\x1F\x91\x90aI\x1DV[a\xFF\xFF\x16\x11[\x80a\tOWP\x82a\x01\xA0\x01Qa\xFF\xFF\x16\x82a\x01\xA0\x01` \x81\x01\x90a\tI\x91\x90aI\x1DV[a\xFF\xFF\x16\x11[\x80a\t{WP\x82`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x82`\xA0\x01` \x81\x01\x90a\ts\x91\x90aI8V[c\xFF\xFF\xFF\xFF\x16\x11[\x80a\t\xA3WP\x82a\x01\x80\x01Q`\xFF\x16\x82a\x01\x80\x01` \x81\x01\x90a\t\x9E\x91\x90aISV[`\xFF\x16\x10[\x80a\t\xCEWP\x82a\x01`\x01Qa\xFF\xFF\x16\x82a\x01`\x01` \x81\x01\x90a\t\xC7\x91\x90aI\x1DV[a\xFF\xFF\x16\x14\x15[\x90P[\x92\x91PPV[_a\xFF\xFF\x82\x11\x15a\n\x05W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x10`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[P\x90V[_\x81``\x01Qc\xFF\xFF\xFF\xFF\x16Ba\n \x91\x90aC\xFCV[_\x80Tc\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1Bc\xFF\xFF\xFF\xFF\x84\x16\x02\x17\x90Ua\x01@\x83\x01Q\x90\x91Pa\nPW\x80a\n_V[`\xC0\x82\x01Qa\n_\x90\x82aInV[_\x80Ta\x01@\x85\x01Qd\xFF\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x90\x91\x16`\x01`\xD0\x1Bc\xFF\xFF\xFF\xFF\x94\x90\x94\x16\x93\x90\x93\x02`\xFF`\xF0\x1B\x19\x16\x92\x90\x92\x17`\x01`\xF0\x1B\x83\x15\x15\x02\x17\x90Ua\n\xA8WBa\n\xB7V[`\xC0\x82\x01Qa\n\xB7\x90\x82aInV[`\x05`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPPPV[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x0B\x06W`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16B\x81\x11\x15a\x0BGW`@Qc\xD2\"\xB9\x89`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R_`$\x82\x01R`D\x01a\x01EV[`\x04T_\x90a\x0Bc\x90`\x01`\xC0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x83aC\xFCV[\x90Pa\x0Bma\x1F\x90V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\x0B\x8DWP\x80B\x10[\x15a\x0B\xBCW`@Qc-\xBCG\x01`\xE0\x1B\x81R3`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x82\x16`$\x82\x01R`D\x01a\x01EV[PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92R`\x05T_\x90`\x01`\xC0\x1B\x90\x04a\xFF\xFF\x16\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\x0C\x0CWa\x0C\x0CaGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0CEW\x81` \x01[a\x0C2a@UV[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x0C*W\x90P[P\x93P___[\x83\x81\x10\x15a\x0F\x11W_a\x0C\x86`\x13\x82a\x0Cf`\x10\x86aH\xDCV[\x81R` \x01\x90\x81R` \x01_ T`\x10\x84a\x0C\x81\x91\x90aH\xEFV[a\x1F\xBCV[a\xFF\xFF\x16_\x81\x81R`\x11` R`@\x90 `\x01\x81\x01T\x91\x92P\x90`\x01`\xE0\x1B\x90\x04`\xFF\x16a\x0C\xD9W`\x01\x81\x01Ta\x0C\xC6\x90`\x01`\x01`\xA0\x1B\x03\x16_a\x1F\xDDV[a\x0C\xD0\x90\x88aC\xFCV[\x96PPPa\x0F\tV[`\x01\x81\x01T`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\n` \x90\x81R`@\x91\x82\x90 \x82Q`\x80\x81\x01\x84R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x92\x82\x01\x92\x90\x92R`\xFF`\x01`p\x1B\x83\x04\x81\x16\x15\x80\x15\x94\x83\x01\x94\x90\x94R`\x01`x\x1B\x90\x92\x04\x90\x91\x16\x15\x15``\x82\x01R\x90\x80a\rUWP\x80``\x01Q\x15[\x80a\rhWP\x82\x81` \x01Qa\xFF\xFF\x16\x14\x15[\x80a\r{WP`\x02\x82\x01Tc\xFF\xFF\xFF\xFF\x16\x15[\x15a\r\x88WPPPa\x0F\tV[`\x01\x82\x01T`@QcB\xDF\xC1k`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x04\x82\x01R_\x91g\r\xE0\xB6\xB3\xA7d\0\0\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\x85\xBF\x82\xD6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\r\xFFW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E#\x91\x90aI\x8AV[`\x01\x85\x01Ta\x0E:\x90`\x01`\x01`\xA0\x1B\x03\x16a!TV[a\x0ED\x91\x90aI\xA1V[a\x0EN\x91\x90aH\xDCV[\x90P\x80_\x03a\x0E`WPPPPa\x0F\tV[`@\x80Qa\x01\0\x81\x01\x82R`\x01\x85\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x82R` \x82\x01\x87\x90R\x91\x81\x01\x83\x90R`\x02\x85\x01Tc\xFF\xFF\xFF\xFF\x90\x81\x16``\x83\x01R`\x01`\xA0\x1B\x83\x04\x16`\x80\x82\x01R`\x01`\xF0\x1B\x82\x04a\xFF\xFF\x16`\xA0\x82\x01R`\x01`\xE8\x1B\x90\x91\x04`\xFF\x16\x15\x15`\xC0\x82\x01R_`\xE0\x82\x01R\x8B\x88a\x0E\xDB\x81aI\xB8V[\x99P\x81Q\x81\x10a\x0E\xEDWa\x0E\xEDaI\xD0V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra\x0F\x02\x81\x87aC\xFCV[\x95PPPPP[`\x01\x01a\x0CLV[P\x81\x86R`@Q\x80`\x80\x01`@R\x80a\x0F)\x83a!\xEEV[`\x01`\x01`\x80\x1B\x03\x16\x81R_` \x82\x01Ra\xFF\xFF\x93\x84\x16`@\x82\x01R`\x05T`\x01``\x1B\x90\x04\x90\x93\x16``\x90\x93\x01\x92\x90\x92RP\x93\x94\x91\x92PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92RP`@\x80Q`\x80\x81\x01\x82R`\x18T`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16` \x84\x01Ra\xFF\xFF`\x01`\xC0\x1B\x83\x04\x81\x16\x94\x84\x01\x85\x90R`\x01`\xD0\x1B\x90\x92\x04\x90\x91\x16``\x83\x01R\x90\x91\x90\x81\x11\x15a\x0F\xECWa\x0F\xECaGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x10%W\x81` \x01[a\x10\x12a@UV[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x10\nW\x90P[P\x91P_[\x82Q\x81\x10\x15a\x11\xDAW_`\x16_\x83\x81R` \x01\x90\x81R` \x01_ `@Q\x80`\xC0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_\x82\x01`\x14\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01_\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1A\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81RPP\x90P_`\x17_\x84\x81R` \x01\x90\x81R` \x01_ T\x90P`@Q\x80a\x01\0\x01`@R\x80\x83_\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x83` \x01Qa\xFF\xFF\x16\x81R` \x01`\x80\x83\x90\x1C\x81R` \x01\x83``\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`@\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`\x80\x01Qa\xFF\xFF\x16\x81R` \x01\x83`\xA0\x01Q\x15\x15\x81R` \x01\x82`\x01`\x01`\x80\x1B\x03\x16\x81RP\x85\x84\x81Q\x81\x10a\x11\xC5Wa\x11\xC5aI\xD0V[` \x90\x81\x02\x91\x90\x91\x01\x01RPP`\x01\x01a\x10*V[P\x90\x91V[___a\x11\xED\x88\x88\x88a\"!V[\x91P\x91P_a\x12\0\x89\x84` \x01Qa#PV[`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\x17Wa\x12\x17aGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x12@W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x80[\x8CQ\x81\x10\x15a\x12\x81Wa\x12w\x8D\x82\x81Q\x81\x10a\x12dWa\x12daI\xD0V[` \x02` \x01\x01Q\x82\x87\x86\x8C\x8C\x88a#\xA6V[\x91P`\x01\x01a\x12FV[P\x80\x86\x14a\x12\xACW`@Qc\x93\xB2\xCE\xE5`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x82\x90R`D\x01a\x01EV[_\x84` \x01Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\xC9Wa\x12\xC9aGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x12\xF2W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90Pa\x13\x01\x85\x8D\x83\x87a$\xD3V[\x95P`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16`\x01`\x01`@\x1B\x03\x16\x7F\x0E\x1C\xFBb\xA5\xDAn\\\xDF~#\xBBgH\xDB\\\x19H\x9E\x80\n5\xE88\xDE\x1A\xBBVQ\xD4d\x95\x8C\x87`@\x01Q\x84`@Qa\x13Y\x93\x92\x91\x90aJ\x1EV[`@Q\x80\x91\x03\x90\xA2PPPPP\x97\x96PPPPPPPV[_[\x82Q\x81\x10\x15a\x14\xC4W_\x83\x82\x81Q\x81\x10a\x13\x8FWa\x13\x8FaI\xD0V[` \x90\x81\x02\x91\x90\x91\x01\x81\x01Q`@\x80Q`\xC0\x80\x82\x01\x83R\x83Q`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x83R\x84\x86\x01Qa\xFF\xFF\x90\x81\x16\x84\x88\x01\x90\x81R`\x80\x80\x88\x01Qc\xFF\xFF\xFF\xFF\x90\x81\x16\x87\x89\x01\x90\x81R``\x80\x8B\x01Q\x83\x16\x90\x89\x01\x90\x81R`\xA0\x80\x8C\x01Q\x87\x16\x85\x8B\x01\x90\x81R\x98\x8C\x01Q\x15\x15\x90\x8A\x01\x90\x81R_\x8F\x81R`\x16\x8ER\x8B\x81 \x9AQ\x8BT\x97Q\x94Q\x93Q\x9AQ\x99\x16`\x01`\x01`\xB0\x1B\x03\x19\x90\x97\x16\x96\x90\x96\x17`\x01`\xA0\x1B\x93\x88\x16\x93\x90\x93\x02\x92\x90\x92\x17g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1B\x91\x84\x16\x91\x90\x91\x02c\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x16\x17`\x01`\xD0\x1B\x97\x90\x92\x16\x96\x90\x96\x02\x17`\x01`\x01`\xF0\x1B\x03\x16`\x01`\xF0\x1B\x94\x90\x93\x16\x93\x90\x93\x02\x91\x90\x91\x17\x84U\x91Q`\x01\x93\x84\x01\x80T`\xFF\x19\x16\x91\x15\x15\x91\x90\x91\x17\x90U`\xE0\x85\x01Q\x94\x84\x01Q`\x17\x90\x96R\x92\x90 \x93\x90\x91\x1B\x90\x91\x17\x90\x91U\x90\x91\x01\x90Pa\x13sV[P\x80Q`\x18\x80T` \x84\x01Q`@\x85\x01Q``\x90\x95\x01Q`\x01`\x01`\x80\x1B\x03\x90\x94\x16`\x01`\x01`\xC0\x1B\x03\x19\x90\x92\x16\x91\x90\x91\x17`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x90\x92\x16\x91\x90\x91\x02\x17c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\x01`\xC0\x1Ba\xFF\xFF\x94\x85\x16\x02a\xFF\xFF`\xD0\x1B\x19\x16\x17`\x01`\xD0\x1B\x93\x90\x92\x16\x92\x90\x92\x02\x17\x90UPV[__`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c2\x9E\xB89`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x15\xB5W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x15\xD9\x91\x90aI\x8AV[\x90P_`\x07T\x82a\x15\xEA\x91\x90aC\xFCV[\x90P_a'\x10a\x15\xFCa\x07\x08\x84aI\xA1V[a\x16\x06\x91\x90aH\xDCV[\x90P_a'\x10a\x16\x18a\x10\x04\x85aI\xA1V[a\x16\"\x91\x90aH\xDCV[\x90P_\x81a\x160\x84\x86aJRV[a\x16:\x91\x90aJRV[` \x89\x01Q\x90\x91P_\x90\x81\x90`\x01`\x01`@\x1B\x03\x16\x15a\x16\xB9Wa\x16t\x85g\r\xE0\xB6\xB3\xA7d\0\0\x8C` \x01Q`\x01`\x01`@\x1B\x03\x16a'\xC3V[`\x01`\x01`@\x1B\x03\x80\x8A\x16_\x90\x81R`\x15` \x90\x81R`@\x90\x91 \x83\x90U\x8C\x01Q\x91\x92Pa\x16\xAC\x91\x16\x82g\r\xE0\xB6\xB3\xA7d\0\0a'\xC3V[a\x16\xB6\x90\x83aC\xFCV[\x91P[a\x16\xC5\x8B\x89\x86\x86a(sV[a\x16\xCF\x90\x83aC\xFCV[\x91Pa\x16\xDA\x8Ba*|V[\x98P\x81`\x06_\x82\x82Ta\x16\xED\x91\x90aC\xFCV[\x90\x91UP_\x90Pa\x16\xFE\x83\x88aJRV[`\x07\x81\x90U`@\x80Q\x8A\x81R` \x81\x01\x8A\x90R\x90\x81\x01\x88\x90R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x84\x90R\x90\x91P`\x01`\x01`@\x1B\x03\x8A\x16\x90\x7F>\xD1k\x93\xD7\x04\xB8\x87{\x03\x83~\xFF\x0Fd\x18\x06X\"[\xCC\xA5\xF7/\xE5~\xAFUG}]x\x90`\xE0\x01`@Q\x80\x91\x03\x90\xA2a\x17y\x89`\x01aD\x0FV[`\x05\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x16`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x93\x90\x93\x16\x92\x90\x92\x02c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16\x91\x90\x91\x17\x90U`\x1FT`\x01`@\x1B\x90\x04`\xFF\x16\x80\x15a\x17\xD8WP`\x1FT`\x01`\x01`@\x1B\x03\x16B\x10\x15[\x15a\x1C\x8FW_`\x1D`@Q\x80a\x01\xE0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x04\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x08\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x12\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81R` \x01`\x01\x82\x01`\x13\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16`\xFF\x16\x81R` \x01`\x01\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81RPP\x90P\x80`\x03_\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x0Ca\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\x80\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01`\x04a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x08a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x01\x01`\x0Ca\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x01\x01`\x0Ea\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01@\x82\x01Q\x81`\x01\x01`\x12a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UPa\x01`\x82\x01Q\x81`\x01\x01`\x13a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\x80\x82\x01Q\x81`\x01\x01`\x15a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UPa\x01\xA0\x82\x01Q\x81`\x01\x01`\x16a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\xC0\x82\x01Q\x81`\x01\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x90PP_`\x1F`\x08a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP\x7Fm\x06a\xBE!{W\x17\xE7/\x7F\x9D\xAE~\xD6(\xD5c\x7Ff\xC9wW\xA1\xA0\xF8\xD5\xBCZh\xE6R\x81`@Qa\x1C\x85\x91\x90aJeV[`@Q\x80\x91\x03\x90\xA1P[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01Ra\x1D\x86\x90a\n\tV[PPPPPPPPP\x92\x91PPV[\x80_\x03a\x1D\x9FWPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cc\xB0\xC4(`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1D\xFCW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1E \x91\x90aK\xC6V[`@\x80Q\x84\x81R\x82\x15\x15` \x82\x01R\x91\x92P\x7F\xC3\x0B\xA58}\x08N!H\xB2\xA9\x13W\xA8\x87\xE7\xB0IcWQL\xFE3\xD9\xFF03\xF6v\xAC\xE5\x91\x01`@Q\x80\x91\x03\x90\xA1\x80\x15a\x1E\xDCW`@Qc\x08R\xCD\x8D`\xE3\x1B\x81R`\x04\x81\x01\x83\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90cB\x96lh\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x1E\xC2W__\xFD[PZ\xF1\x15\x80\x15a\x1E\xD4W=__>=_\xFD[PPPPPPV[a\x0B\xBC\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16ca\xD0'\xB3`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1F;W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1F_\x91\x90aK\xE1V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x84a.\xDDV[`\x02T_\x90`\x01`\x01`\xA0\x1B\x03\x16\x80\x15a\x1F\xAAW\x80a\x1F\xB6V[_T`\x01`\x01`\xA0\x1B\x03\x16[\x91PP\x90V[_a\x1F\xC8\x82`\x10aI\xA1V[a\x1F\xD3\x90`\xF0aJRV[\x92\x90\x92\x1C\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\n` R`@\x81 \x80T`\x01`p\x1B\x90\x04`\xFF\x16a \rW_\x91PPa\t\xD1V[`\x04T\x81Ta'\x10\x91a 5\x91`\x01``\x1B\x90\x91\x04a\xFF\xFF\x16\x90`\x01`\x01``\x1B\x03\x16aI\xA1V[a ?\x91\x90aH\xDCV[\x81T\x90\x92P\x82\x90\x82\x90_\x90a ^\x90\x84\x90`\x01`\x01``\x1B\x03\x16aK\xFCV[\x92Pa\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP\x83`\x01`\x01`\xA0\x1B\x03\x16\x7F`z\xDB\xA6l\xFF\x84\xB6'\xE3S}\x1C\x17\xD0\x88\xA9\x85V\xBC\xCD\x056\xA2\xF3Y\x0CV2\x90#\xD9\x84\x84`@Qa \xBD\x92\x91\x90aL/V[`@Q\x80\x91\x03\x90\xA2\x80T`\x01`x\x1B\x90\x04`\xFF\x16\x15a!MW`@Qc\x14\xC2U\x93`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cS\tVL\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a!6W__\xFD[PZ\xF1\x15\x80\x15a!HW=__>=_\xFD[PPPP[P\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x1A` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x90\x92RT`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x93\x83\x01\x93\x90\x93R`\x05T\x91\x92a!\xB2\x92\x91\x90\x91\x04\x16`\x01aD\x0FV[`\x01`\x01`@\x1B\x03\x16\x81` \x01Q`\x01`\x01`@\x1B\x03\x16\x03a!\xDEWQ`\x01`\x01`\x80\x1B\x03\x16\x92\x91PPV[a!\xE7\x83a/\x17V[\x93\x92PPPV[_`\x01`\x01`\x80\x1B\x03\x82\x11\x15a\n\x05W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x80`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[a\"_`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81RP\x90V[``_a\"m`\x08\x85aH\xDCV[\x90Pa\"y\x86\x82a/\xD2V[\x92P\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\"\x93Wa\"\x93aGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\"\xBCW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`@\x84\x01Q``\x85\x01Q`\t` R\x91\x93P\x90_[\x83\x81\x10\x15a#;W\x80`\x03\x1B\x88\x015`\xC0\x1C\x81`\x05\x1B` \x85\x01\x01R\x80\x89\x01_R`@_ T\x80\x82`\x05\x1B` \x88\x01\x01R`\xFF\x81`\xD0\x1C\x16\x15_`\x01`\x01`\xA0\x1B\x03\x83\x16\x11\x16\x15a#2Wc\xFF\xFF\xFF\xFF\x81`\xA0\x1C\x16\x82`\x05\x1B` \x85\x01\x01R[P`\x01\x01a\"\xD2V[Pa#E\x85a1\xACV[PPP\x93P\x93\x91PPV[_\x81\x15a#\x9EWa#b`\x10\x84aH\xDCV[`\x10`\x01a#p\x85\x87aC\xFCV[a#z\x91\x90aJRV[a#\x84\x91\x90aH\xDCV[a#\x8E\x91\x90aJRV[a#\x99\x90`\x01aC\xFCV[a\t\xCEV[P_\x92\x91PPV[\x84Q` \x86\x01Q_\x91\x90\x82\x90a#\xBC\x90\x83aC\xFCV[\x90P\x80\x8A`\xA0\x01Q\x10\x15a#\xD1WP`\xA0\x89\x01Q[\x81\x81\x11a#\xE2W\x83\x92PPPa$\xC8V[_a#\xF6\x87\x87\x87\x8E`\xA0\x01Q\x87\x87\x8Ea2DV[\x94P\x90P\x85\x84\x11\x15a$%W`@Qc\x93\xB2\xCE\xE5`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x85\x90R`D\x01a\x01EV[` \x80\x8C\x01Q_\x90\x81R`\x11\x90\x91R`@\x90 T\x81\x14a$hW` \x8B\x01Q`@Qc\r}U+`\xE2\x1B\x81Ra\x01E\x91\x8C\x91`\x04\x01\x91\x82R` \x82\x01R`@\x01\x90V[a$\x9A\x89`@Q\x80``\x01`@R\x80\x8E`@\x01Q\x81R` \x01\x8E``\x01Q\x81R` \x01\x8E`\x80\x01Q\x81RP\x8A\x85a3\0V[\x8B`\xE0\x01\x81\x81Qa$\xAB\x91\x90aC\xFCV[\x90RP`\xC0\x8B\x01Q\x15a$\xC4Wa$\xC4\x8B\x8A\x85\x85a5\x14V[PPP[\x97\x96PPPPPPPV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01\x81\x90R`\x01`\xA8\x1B\x83\x04\x90\x91\x16a\x01\x80\x86\x01R`\x01`\xB0\x1B\x82\x04\x90\x92\x16a\x01\xA0\x85\x01R\x93\x90\x93\x04\x16a\x01\xC0\x82\x01R\x84Q_\x92`\x01`\x01`\x80\x1B\x03\x90\x91\x16\x90\x83\x90a%\xE2\x90\x83\x90a6\x84V[`\x05T\x90\x91P`\x01`\x80\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16_\x80[\x8A` \x01Q\x81\x10\x15a'\x93W\x8A``\x01Q\x81\x81Q\x81\x10a&\x1DWa&\x1DaI\xD0V[` \x02` \x01\x01Q_\x14\x80a&0WP\x84\x15[\x15a&\xC2W\x8A`@\x01Q\x81\x81Q\x81\x10a&KWa&KaI\xD0V[` \x02` \x01\x01Q_\x14a&\xBDW\x8AQa&f\x90\x82\x90aC\xFCV[\x8B`@\x01Q\x82\x81Q\x81\x10a&|Wa&|aI\xD0V[` \x90\x81\x02\x91\x90\x91\x01\x01Q`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R_`D\x82\x01\x81\x90R`d\x82\x01R`\x84\x81\x01\x85\x90R`\xA4\x01a\x01EV[a'\x8BV[a&\xCE\x8B\x82\x87\x87a6\x94V[_\x85a&\xDA\x8D\x84a7QV[a&\xE4\x91\x90aH\xDCV[\x90P\x80\x8A\x83\x81Q\x81\x10a&\xF9Wa&\xF9aI\xD0V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra'\x0E\x81\x84aC\xFCV[\x92P__\x86\x11\x80\x15a'=WP\x85\x8D`\xA0\x01Q\x84\x81Q\x81\x10a'2Wa'2aI\xD0V[` \x02` \x01\x01Q\x10\x15[\x90Pa'|\x83\x8E_\x01Qa'Q\x91\x90aC\xFCV[\x8B\x85\x81Q\x81\x10a'cWa'caI\xD0V[` \x02` \x01\x01Q\x84\x84\x8Ca\x01\x80\x01Q`\xFF\x16\x8Aa7\xFCV[a'\x86\x90\x8AaC\xFCV[\x98PPP[`\x01\x01a%\xFBV[Pa'\x9D\x81a9\x9BV[\x89` \x01\x81\x81Qa'\xAE\x91\x90aD\x0FV[`\x01`\x01`@\x1B\x03\x16\x90RPa\x08\x9A\x8Aa9\xD0V[___a'\xD0\x86\x86a:\xE1V[\x91P\x91P\x81_\x03a'\xF4W\x83\x81\x81a'\xEAWa'\xEAaH\xC8V[\x04\x92PPPa!\xE7V[\x81\x84\x11a(\x0BWa(\x0B`\x03\x85\x15\x02`\x11\x18a:\xFDV[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[_\x80\x80[\x86Q\x81\x10\x15a(\xDAW\x86\x81\x81Q\x81\x10a(\x92Wa(\x92aI\xD0V[` \x02` \x01\x01Q`\xE0\x01Q\x87\x82\x81Q\x81\x10a(\xB0Wa(\xB0aI\xD0V[` \x02` \x01\x01Q`@\x01Qa(\xC6\x91\x90aI\xA1V[a(\xD0\x90\x83aC\xFCV[\x91P`\x01\x01a(wV[P\x80_\x03a(\xEBW_\x91PPa*tV[_[\x86Q\x81\x10\x15a*qW_\x87\x82\x81Q\x81\x10a)\tWa)\taI\xD0V[` \x02` \x01\x01Q\x90P_\x81`\xE0\x01Q\x82`@\x01Qa)(\x91\x90aI\xA1V[\x90P_a)6\x88\x83\x87a'\xC3V[\x90P_a)D\x88\x84\x88a'\xC3V[\x84Q\x90\x91P_\x90a)`\x90a)Z\x8D`\x01aD\x0FV[\x84a;\x0EV[\x90Pa)l\x81\x83aJRV[a)v\x90\x84aC\xFCV[\x92P\x82\x15a)\x8AW\x84Qa)\x8A\x90\x84a=\xA4V[a)\x94\x81\x84aC\xFCV[a)\x9E\x90\x89aC\xFCV[\x97Pg\r\xE0\xB6\xB3\xA7d\0\0\x85`\xE0\x01Qa\xFF\xFFa)\xBB\x91\x90aI\xA1V[a)\xC5\x91\x90aH\xDCV[` \x80\x87\x01Q_\x90\x81R`\t\x82R`@\x90\x81\x90 \x80Ta\xFF\xFF\x94\x90\x94\x16`\x01`\xC0\x1B\x02a\xFF\xFF`\xC0\x1B\x19\x90\x94\x16\x93\x90\x93\x17\x90\x92U\x86Q\x82\x88\x01Q`\xE0\x89\x01Q\x84Q\x91\x82R\x92\x81\x01\x92\x90\x92R\x91\x81\x01\x85\x90R``\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90`\x01`\x01`@\x1B\x03\x8D\x16\x90\x7F4\xFA\xB1uT\x07\xCE\xE1j\xECy\x90\xEDD#}\x14\x1C\xBD\xB5\xDF7\x96\x1B\xE0e\x12\xB0\x1A\x9D\xF5\x13\x90`\x80\x01`@Q\x80\x91\x03\x90\xA3PPPPP\x80`\x01\x01\x90Pa(\xEDV[PP[\x94\x93PPPPV[\x80Q_\x90\x80\x82\x03a*\x8FWP_\x92\x91PPV[_\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a*\xA8Wa*\xA8aGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a*\xD1W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x82`\x01`\x01`@\x1B\x03\x81\x11\x15a*\xEDWa*\xEDaGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a+\x16W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x83\x81\x10\x15a+\xB5W\x85\x81\x81Q\x81\x10a+5Wa+5aI\xD0V[` \x02` \x01\x01Q_\x01Q\x83\x82\x81Q\x81\x10a+RWa+RaI\xD0V[` \x02` \x01\x01\x90`\x01`\x01`\xA0\x1B\x03\x16\x90\x81`\x01`\x01`\xA0\x1B\x03\x16\x81RPP\x85\x81\x81Q\x81\x10a+\x84Wa+\x84aI\xD0V[` \x02` \x01\x01Q`\xE0\x01Q\x82\x82\x81Q\x81\x10a+\xA2Wa+\xA2aI\xD0V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a+\x1BV[P`\x03T`@Qcj\xAB\xE8\xF3`\xE0\x1B\x81R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x91cj\xAB\xE8\xF3\x91a,\x15\x91\x86\x91\x86\x91`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x90`\x04\x01aLYV[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a,,W__\xFD[PZ\xF1\x15\x80\x15a,>W=__>=_\xFD[PP`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x82\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x81\x04\x90\x91\x16a\x01\xA0\x84\x01\x81\x90R\x93\x90\x04\x16a\x01\xC0\x82\x01R\x92P_\x91Pa'\x10\x90a-K\x90g\r\xE0\xB6\xB3\xA7d\0\0\x90aI\xA1V[a-U\x91\x90aH\xDCV[\x90P_[\x85\x81\x10\x15a.\xD2W_`\t_\x8A\x84\x81Q\x81\x10a-wWa-waI\xD0V[` \x02` \x01\x01Q` \x01Q\x81R` \x01\x90\x81R` \x01_ \x90P_\x83\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x85\xBF\x82\xD6\x89\x86\x81Q\x81\x10a-\xD5Wa-\xD5aI\xD0V[` \x02` \x01\x01Q`@Q\x82c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a.\x08\x91\x90`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16\x81R` \x01\x90V[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a.#W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a.G\x91\x90aI\x8AV[\x10a.RW_a.iV[\x81Ta.i\x90`\x01`\xD8\x1B\x90\x04`\xFF\x16`\x01aL\xC7V[\x90P\x84a\x01\x80\x01Q`\xFF\x16\x81`\xFF\x16\x10a.\xB1Wa.\xA1\x87\x84\x81Q\x81\x10a.\x92Wa.\x92aI\xD0V[` \x02` \x01\x01Q`\x02a\x1F\xDDV[a.\xAB\x90\x8AaC\xFCV[\x98P_\x90P[\x81T`\xFF\x90\x91\x16`\x01`\xD8\x1B\x02`\xFF`\xD8\x1B\x19\x90\x91\x16\x17\x90U`\x01\x01a-YV[PPPPPP\x91\x90PV[a.\xEA\x83\x83\x83`\x01a=\xFDV[a/\x12W`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x01EV[PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\n` \x90\x81R`@\x80\x83 \x81Q`\x80\x81\x01\x83R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x93\x82\x01\x93\x90\x93R`\xFF`\x01`p\x1B\x84\x04\x81\x16\x15\x80\x15\x93\x83\x01\x84\x90R`\x01`x\x1B\x90\x94\x04\x16\x15\x15``\x82\x01R\x91\x83\x91\x90a/\x8CWP\x81``\x01Q[a/\x96W_a/\x99V[\x81Q[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\x0C` R`@\x90 T`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x91Pa*t\x90`\x01`\x01`\x80\x1B\x03\x16\x82aC\xFCV[a0\x10`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81RP\x90V[\x82\x81R` \x81\x01\x82\x90R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a02Wa02aGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a0[W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`@\x82\x01R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a0yWa0yaGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a0\xA2W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P``\x82\x01Ra0\xB3\x82`\x03aI\xA1V[a0\xBE\x90`\x03aC\xFCV[`\x01`\x01`@\x1B\x03\x81\x11\x15a0\xD5Wa0\xD5aGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a0\xFEW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\x80\x82\x01R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a1\x1CWa1\x1CaGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a1EW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xA0\x82\x01Ra1U\x83\x83a#PV[a1`\x90`\x02aI\xA1V[`\x01`\x01`@\x1B\x03\x81\x11\x15a1wWa1waGVV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a1\xA0W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xC0\x82\x01R\x92\x91PPV[\x80Q` \x82\x01Q` `@\x84\x01Q\x01` ``\x85\x01Q\x01` `\x80\x86\x01Q\x01` `\xC0\x87\x01Q\x01`\x10\x86\x06\x95P_[\x85\x81\x10\x15a2:W`\x05\x81\x90\x1B\x85\x81\x01Q``\x83\x02\x85\x01R\x84\x01Q\x80\x15a21W\x81\x88\x01\x80`\x04\x1C`\x06\x1B\x84\x01a\xFF\xFF`\x0F\x83\x16`\x04\x1B`\xF0\x03\x1B\x81Q\x17\x81R` \x81\x01Q\x83\x11\x15a2.W\x82` \x82\x01R[PP[P`\x01\x01a1\xDBV[PPPPPPPPV[__\x83\x86\x10\x15a2RW\x85\x93P[`\x80\x80\x86\x04\x90`\x7F\x86\x81\x01\x82\x90\x04\x91\x90\x89\x01\x04_a\x01\0\x80\x85\x02\x90`\x02\x8C\x02\x90\x85\x02\x10a2\x82W\x8A`\x02\x02a2\x88V[a\x01\0\x84\x02[\x03\x90P\x8C\x8B\x01a2\x9B\x81\x86\x86\x86\x86a>_V[\x96P\x83\x83\x03` \x02\x82\x86` \x02\x8E\x01\x01\x01\x95P_`\x10\x8B\x81a2\xBFWa2\xBFaH\xC8V[\x04\x90Pa\x01\0\x86\x02` \x80\x88\x02\x84\x01\x90\x83\x02\x01\x03_\x82`\x10_\x19\x8E\x01\x04\x03`\x01\x01` \x02\x90P\x80\x82` \x8D\x017PPPPPPPP\x97P\x97\x95PPPPPPV[_\x84Q_R` ``\x86\x01Q\x01` R`\x10_Q\x06_Q\x03`@\x85\x01Q` \x85\x01\x80_\x83\x11_Q\x87\x11\x16\x15a3GW`\x01`\x10_Q\x04`\x10`\x01\x89\x03\x04\x03\x01`\x05\x1B\x82\x01\x90P[` `\xC0\x8A\x01Q\x01``\x85_Q\x03\x02` `\x80\x8C\x01Q\x01\x03\x89Q[\x83\x85\x10\x15a3\xFDW\x82Q\x86` \x85\x01Q\x10a3\x85Wa3\x82\x87\x89\x83a4\tV[\x90P[\x89`\x10\x89\x01\x11\x15a3\x9CW_\x19\x88\x8B\x03`\x04\x1B\x1C\x19\x16[\x80\x86Q\x16\x90P\x82_Q\x89\x10\x15a3\xC2W\x88_Q\x03\x82\x81`\x04\x1B\x1B\x92P``\x81\x02\x85\x01\x91PP[\x81\x15a3\xDDWa3\xD8` \x8E\x01Q\x84\x83\x85a4SV[\x8A\x01\x99P[PP` \x85\x01\x94P`@\x83\x01\x92P`\x10\x87\x01\x96Pa\x06\0\x82\x01\x91Pa3bV[PPPPPPPa*tV[__[`\x10\x81\x10\x15a4KWa\xFF\xFF\x81`\x04\x1B`\xF0\x03\x1B\x80\x84\x16\x15a4BW\x85_Q\x83\x87\x01\x03`\x05\x1B` Q\x01Q\x10\x15a4BW\x91\x82\x17\x91[P`\x01\x01a4\x0CV[P\x93\x92PPPV[_\x83`\x80\x1B[\x82\x15a5\x0BW\x85g\r\xE0\xB6\xB3\xA7d\0\0\x84`\xF0\x1C\x02\x04\x84Q\x80\x82\x10_\x81\x14a4\x90W`@\x87\x01\x80Q\x89\x85\x02\x01\x90R\x93\x82\x01\x93a4\xA5V[` \x87\x01\x80Q\x83\x85\x11\x8A\x02\x86\x01\x01\x90R\x93\x81\x01\x93[P\x87g\r\xE0\xB6\xB3\xA7d\0\0a\xFF\xFF\x87`\xE0\x1C\x16\x02\x04\x91P``\x86\x01Q\x90P\x80\x82\x10_\x81\x14a4\xE2W`\xA0\x87\x01\x80Q\x89\x85\x02\x01\x90R\x93\x82\x01\x93a4\xF7V[`\x80\x87\x01\x80Q\x83\x85\x11\x8A\x02\x86\x01\x01\x90R\x93\x81\x01\x93[PPP\x82` \x1B\x92P`\xC0\x84\x01\x93Pa4YV[P\x94\x93PPPPV[_a5!a\x01\0\x84aH\xEFV[a5+\x90\x84aJRV[\x90P[\x81\x81\x10\x15a6}W_`\x12\x81a5Fa\x01\0\x85aH\xDCV[` \x89\x01Qa5V\x90`\x04aI\xA1V[a5`\x91\x90aC\xFCV[\x81R` \x01\x90\x81R` \x01_ T\x90P\x80_\x03a5}WPa6jV[_\x84\x83\x10a5\x8BW\x82a5\x8DV[\x84[\x90P_\x84a5\x9D\x85a\x01\0aC\xFCV[\x11a5\xB3Wa5\xAE\x84a\x01\0aC\xFCV[a5\xB5V[\x84[\x90P\x81[\x81\x81\x10\x15a6eWa5\xCDa\x01\0\x82aH\xEFV[\x84\x90\x1C`\x01\x16\x15a6]W``\x88\x01Q_\x90a5\xE9\x89\x84aJRV[\x81Q\x81\x10a5\xF9Wa5\xF9aI\xD0V[` \x02` \x01\x01Q\x90P\x80_\x14\x80a6\x15WP\x89`\x80\x01Q\x81\x10\x15[\x15a6 WPa6]V[`@\x8A\x01Q`\xA0\x8A\x01Qa64\x8A\x85aJRV[\x81Q\x81\x10a6DWa6DaI\xD0V[` \x02` \x01\x01\x81\x81Qa6X\x91\x90aC\xFCV[\x90RPP[`\x01\x01a5\xB9V[PPPP[a6va\x01\0\x82aC\xFCV[\x90Pa5.V[PPPPPV[_a\t\xCE\x83\x83a'\x10`\x01a>\xD6V[_\x84`@\x01Q\x84\x81Q\x81\x10a6\xABWa6\xABaI\xD0V[` \x02` \x01\x01Q\x90P_\x81_\x14a6\xCCWa6\xC7\x86\x86a?!V[a6\xCEV[\x83[\x90P_a6\xDB\x87\x87a?cV[\x90P\x83\x82\x10\x80a6\xEBWP\x83\x81\x10\x15[\x80a6\xFDWPg\r\xE0\xB6\xB3\xA7d\0\0\x83\x11[\x15a7HW\x86Qa7\x0F\x90\x87\x90aC\xFCV[`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x84\x90R`D\x81\x01\x83\x90R`d\x81\x01\x82\x90R`\x84\x81\x01\x85\x90R`\xA4\x01a\x01EV[PPPPPPPV[_`\x80\x83`\x80\x01Q\x83`\x03a7f\x91\x90aI\xA1V[a7q\x90`\x01aC\xFCV[\x81Q\x81\x10a7\x81Wa7\x81aI\xD0V[` \x02` \x01\x01Q\x90\x1C\x83`\x80\x01Q\x83`\x03a7\x9D\x91\x90aI\xA1V[\x81Q\x81\x10a7\xADWa7\xADaI\xD0V[` \x02` \x01\x01Qa7\xBF\x91\x90aI\xA1V[`\x80\x84\x01Qa7\xCF\x84`\x03aI\xA1V[a7\xDA\x90`\x02aC\xFCV[\x81Q\x81\x10a7\xEAWa7\xEAaI\xD0V[` \x02` \x01\x01Qa\t\xCE\x91\x90aC\xFCV[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\x10` \x90\x81R`@\x80\x83 \x81Q``\x81\x01\x83R\x90T`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16\x94\x83\x01\x94\x90\x94R`\x01`\xC0\x1B\x90\x04\x90\x92\x16\x90\x82\x01R\x86\x90a8ea8`\x82a?\xA9V[a!\xEEV[\x81Q\x82\x90a8t\x90\x83\x90aL\xE0V[`\x01`\x01`\x80\x1B\x03\x16\x90RP`\x01`\x01`@\x1B\x03\x80\x88\x16` \x83\x01R\x84\x16`@\x82\x01Ra9\x01\x82\x82_`\x10_\x84`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ \x90P_`\xC0\x83`@\x01Q`\x01`\x01`@\x1B\x03\x16\x90\x1B`\x80\x84` \x01Q`\x01`\x01`@\x1B\x03\x16\x90\x1B\x84_\x01Q`\x01`\x01`\x80\x1B\x03\x16\x17\x17\x90P\x80\x82UPPPPV[_\x86a9\rW_a9\x1FV[a9\x1F`\xFF`\xD8\x8B\x90\x1C\x16`\x01aC\xFCV[\x90P\x85\x81\x10a99Wa93\x83`\x01a\x1F\xDDV[\x93P_\x90P[a9\x8E\x8A\x8Ag\r\xE0\xB6\xB3\xA7d\0\0a9S\x8Ca\xFF\xFFaI\xA1V[a9]\x91\x90aH\xDCV[\x84_\x93\x84R`\t` R`@\x90\x93 c\xFF\0\xFF\xFF`\xC0\x1B\x19\x92\x90\x92\x16`\xC0\x91\x90\x91\x1B\x17`\xD8\x92\x90\x92\x1B\x91\x90\x91\x17\x90UV[PPP\x96\x95PPPPPPV[_`\x01`\x01`@\x1B\x03\x82\x11\x15a\n\x05W`@\x80Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x83\x90R`D\x01a\x01EV[\x80Q` \x82\x01Q_\x90a9\xE3\x90\x83aC\xFCV[`@\x84\x01Q\x90\x91P_a9\xF7`\x10\x85aH\xEFV[a:\x01\x90\x85aJRV[\x90P[\x82\x81\x10\x15a6}W_`\x14\x81a:\x1B`\x10\x85aH\xDCV[\x81R` \x01\x90\x81R` \x01_ T\x90P_\x85\x83\x10a:9W\x82a:;V[\x85[\x90P_\x85a:J\x85`\x10aC\xFCV[\x10a:UW\x85a:`V[a:`\x84`\x10aC\xFCV[\x90P\x81[\x81\x81\x10\x15a:\xAAW\x84\x81\x03`\x04\x1B`\xF0\x03g\r\xE0\xB6\xB3\xA7d\0\0a\xFF\xFF`\x01\x8B\x85\x03\x01`\x05\x1B\x89\x01Q\x02\x04\x80\x82\x1Ba\xFF\xFF\x83\x1B\x19\x87\x16\x17\x95PPP`\x01\x81\x01\x90Pa:dV[P\x82`\x14_a:\xBA`\x10\x88aH\xDCV[\x81R` \x81\x01\x91\x90\x91R`@\x01_ UPa:\xDA\x91P`\x10\x90P\x82aC\xFCV[\x90Pa:\x04V[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x81\x81R`\x0C` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x83R\x90T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83R`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x83\x86\x01R\x86\x86R`\x1B\x85R\x83\x86 \x84Q\x80\x86\x01\x86R\x90T\x80\x83\x16\x82R\x92\x90\x92\x04`\x01`\x01`@\x1B\x03\x16\x82\x86\x01R\x95\x85R`\r\x90\x93R\x90\x83 T\x82Q\x93\x94\x91\x93\x90\x91\x16\x15\x80\x15\x90a;\xAFWP\x85`\x01`\x01`@\x1B\x03\x16\x82` \x01Q`\x01`\x01`@\x1B\x03\x16\x14\x15[\x15a<LW`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x1C` \x90\x81R`@\x80\x83 \x85\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x81 T\x90\x03a<$Wa;\xF4\x81`\x01aC\xFCV[`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x1C` \x90\x81R`@\x80\x83 \x86\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x90 U[`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x1B` R`@\x81 \x80T`\x01`\x01`\xC0\x1B\x03\x19\x16\x90U\x82R[_\x86`\x01`\x01`@\x1B\x03\x16\x83` \x01Q`\x01`\x01`@\x1B\x03\x16\x14a<pW_a<sV[\x82Q[\x84` \x01Qa<\x82\x91\x90aL\xFFV[`\x01`\x01`\x80\x1B\x03\x16\x90P_a<\x97\x89a!TV[\x90P\x81\x15\x80\x15\x90a<\xA7WP\x80\x15\x15[\x15a=-W_a<\xD1\x83\x87_\x01Q`\x01`\x01`\x80\x1B\x03\x16\x88` \x01Q`\x01`\x01`\x80\x1B\x03\x16a'\xC3V[\x90P\x81\x81\x11\x15a<\xDEWP\x80[a<\xE9\x88\x82\x84a'\xC3V[\x96Pa=\x05\x87n\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x85a'\xC3V[a=\x0F\x90\x85aC\xFCV[`\x01`\x01`\xA0\x1B\x03\x8B\x16_\x90\x81R`\r` R`@\x90 \x81\x90U\x93PP[\x83Q`\x01`\x01`\x80\x1B\x03\x16\x15\x80\x15\x90a=[WP\x87`\x01`\x01`@\x1B\x03\x16\x84` \x01Q`\x01`\x01`@\x1B\x03\x16\x14[\x15a=\x98Wa=k\x83`\x01aC\xFCV[`\x01`\x01`\xA0\x1B\x03\x8A\x16_\x90\x81R`\x1C` \x90\x81R`@\x80\x83 `\x01`\x01`@\x1B\x03\x8D\x16\x84R\x90\x91R\x90 U[PPPPP\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x10` R`@\x90 \x80Ta=\xD5\x90a8`\x90\x84\x90`\x01`\x01`\x80\x1B\x03\x16aC\xFCV[\x81To\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01`\x80\x1B\x03\x91\x90\x91\x16\x17\x90UPPV[`@Qc\xA9\x05\x9C\xBB`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a>SW\x83\x83\x15\x16\x15a>GW=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[_`@Qa\x01\0\x81\x01\x86`\x05\x1B\x88\x01\x87`\x05\x1B\x89\x837\x86\x86\x03`\x05\x1B\x85\x82\x01\x88`\x05\x1B\x84\x017\x87[\x87\x81\x10\x15a>\xC1Wa\x01\0\x89\x82\x03\x02\x80\x87\x03a\x01\0\x81\x11\x15a>\xA8WPa\x01\0[\x80\x82\x85\x01\x877\x85 `\x05\x83\x90\x1B\x85\x01RP`\x01\x01a>\x87V[PP\x84`\x05\x1B\x81 \x92PPP\x95\x94PPPPPV[_a?\x03a>\xE3\x83a@)V[\x80\x15a>\xFEWP_\x84\x80a>\xF9Wa>\xF9aH\xC8V[\x86\x88\t\x11[\x15\x15\x90V[a?\x0E\x86\x86\x86a'\xC3V[a?\x18\x91\x90aC\xFCV[\x95\x94PPPPPV[_`\x80\x83`\x80\x01Q\x83`\x03a?6\x91\x90aI\xA1V[a?A\x90`\x01aC\xFCV[\x81Q\x81\x10a?QWa?QaI\xD0V[` \x02` \x01\x01Q\x90\x1C\x90P\x92\x91PPV[`\x80\x82\x01Q_\x90a?u\x83`\x03aI\xA1V[a?\x80\x90`\x01aC\xFCV[\x81Q\x81\x10a?\x90Wa?\x90aI\xD0V[` \x02` \x01\x01Q`\x01`\x01`\x80\x1B\x03\x16\x90P\x92\x91PPV[_\x81` \x01Q`\x01`\x01`@\x1B\x03\x16_\x14\x80a?\xDFWP`\x05T`@\x83\x01Q`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x90\x92\x04\x82\x16\x91\x16\x10\x15[\x15a?\xEBWP_\x91\x90PV[a\t\xD1\x82` \x01Q`\x01`\x01`@\x1B\x03\x16`\x15_\x85`@\x01Q`\x01`\x01`@\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ Tg\r\xE0\xB6\xB3\xA7d\0\0a'\xC3V[_`\x02\x82`\x03\x81\x11\x15a@>Wa@>aL\x1BV[a@H\x91\x90aM\x1EV[`\xFF\x16`\x01\x14\x90P\x91\x90PV[`@Q\x80a\x01\0\x01`@R\x80_`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x15\x15\x81R` \x01_\x81RP\x90V[_a\x01\xE0\x82\x84\x03\x12\x15a@\xAEW__\xFD[P\x91\x90PV[_a\x01\xE0\x82\x84\x03\x12\x15a@\xC5W__\xFD[a\t\xCE\x83\x83a@\x9DV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a@\xE3W__\xFD[PV[___a\x02 \x84\x86\x03\x12\x15a@\xF9W__\xFD[\x835\x92P` \x84\x015aA\x0B\x81a@\xCFV[\x91PaA\x1A\x85`@\x86\x01a@\x9DV[\x90P\x92P\x92P\x92V[__\x83`\x1F\x84\x01\x12aA3W__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15aAIW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15aA`W__\xFD[\x92P\x92\x90PV[____`@\x85\x87\x03\x12\x15aAzW__\xFD[\x845`\x01`\x01`@\x1B\x03\x81\x11\x15aA\x8FW__\xFD[aA\x9B\x87\x82\x88\x01aA#V[\x90\x95P\x93PP` \x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aA\xB9W__\xFD[aA\xC5\x87\x82\x88\x01aA#V[\x95\x98\x94\x97P\x95PPPPV[`\x01`\x01``\x1B\x03\x81\x16\x81\x14a@\xE3W__\xFD[\x805aA\xF0\x81aA\xD1V[\x91\x90PV[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a@\xE3W__\xFD[\x805aA\xF0\x81aA\xF5V[a\xFF\xFF\x81\x16\x81\x14a@\xE3W__\xFD[\x805aA\xF0\x81aB\x11V[\x80\x15\x15\x81\x14a@\xE3W__\xFD[\x805aA\xF0\x81aB+V[`\xFF\x81\x16\x81\x14a@\xE3W__\xFD[\x805aA\xF0\x81aBCV[aBv\x82aBi\x83aA\xE5V[`\x01`\x01``\x1B\x03\x16\x90RV[aB\x82` \x82\x01aA\xE5V[`\x01`\x01``\x1B\x03\x16` \x83\x01RaB\x9C`@\x82\x01aB\x06V[c\xFF\xFF\xFF\xFF\x16`@\x83\x01RaB\xB3``\x82\x01aB\x06V[c\xFF\xFF\xFF\xFF\x16``\x83\x01RaB\xCA`\x80\x82\x01aB\x06V[c\xFF\xFF\xFF\xFF\x16`\x80\x83\x01RaB\xE1`\xA0\x82\x01aB\x06V[c\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01RaB\xF8`\xC0\x82\x01aB\x06V[c\xFF\xFF\xFF\xFF\x16`\xC0\x83\x01RaC\x0F`\xE0\x82\x01aB V[a\xFF\xFF\x16`\xE0\x83\x01RaC%a\x01\0\x82\x01aB V[a\xFF\xFF\x16a\x01\0\x83\x01RaC<a\x01 \x82\x01aB V[a\xFF\xFF\x16a\x01 \x83\x01RaCSa\x01@\x82\x01aB8V[\x15\x15a\x01@\x83\x01RaCha\x01`\x82\x01aB V[a\xFF\xFF\x16a\x01`\x83\x01RaC\x7Fa\x01\x80\x82\x01aBQV[`\xFF\x16a\x01\x80\x83\x01RaC\x95a\x01\xA0\x82\x01aB V[a\xFF\xFF\x16a\x01\xA0\x83\x01RaC\xACa\x01\xC0\x82\x01aB\x06V[c\xFF\xFF\xFF\xFF\x81\x16a\x01\xC0\x84\x01RPPPV[a\x01\xE0\x81\x01a\t\xD1\x82\x84aB\\V[_` \x82\x84\x03\x12\x15aC\xDDW__\xFD[\x81Qa!\xE7\x81aA\xF5V[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\t\xD1Wa\t\xD1aC\xE8V[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xD1Wa\t\xD1aC\xE8V[_\x815a\t\xD1\x81aA\xD1V[_\x815a\t\xD1\x81aA\xF5V[_\x815a\t\xD1\x81aB\x11V[_\x815a\t\xD1\x81aB+V[_\x815a\t\xD1\x81aBCV[aD\x98aDv\x83aD.V[\x82Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x17\x82UV[aD\xDBaD\xA7` \x84\x01aD.V[\x82\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aE\x0EaD\xEA`@\x84\x01aD:V[\x82\x80Tc\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\xC0\x92\x90\x92\x1Bc\xFF\xFF\xFF\xFF`\xC0\x1B\x16\x91\x90\x91\x17\x90UV[aEAaE\x1D``\x84\x01aD:V[\x82\x80T`\x01`\x01`\xE0\x1B\x03\x16`\xE0\x92\x90\x92\x1B`\x01`\x01`\xE0\x1B\x03\x19\x16\x91\x90\x91\x17\x90UV[`\x01\x81\x01aEkaET`\x80\x85\x01aD:V[\x82Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x17\x82UV[aE\x9CaEz`\xA0\x85\x01aD:V[\x82Tg\xFF\xFF\xFF\xFF\0\0\0\0\x19\x16` \x91\x90\x91\x1Bg\xFF\xFF\xFF\xFF\0\0\0\0\x16\x17\x82UV[aE\xD5aE\xAB`\xC0\x85\x01aD:V[\x82Tk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x19\x16`@\x91\x90\x91\x1Bk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x17\x82UV[aF\x04aE\xE4`\xE0\x85\x01aDFV[\x82\x80Ta\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Ba\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aF4aF\x14a\x01\0\x85\x01aDFV[\x82\x80Ta\xFF\xFF`p\x1B\x19\x16`p\x92\x90\x92\x1Ba\xFF\xFF`p\x1B\x16\x91\x90\x91\x17\x90UV[aFdaFDa\x01 \x85\x01aDFV[\x82\x80Ta\xFF\xFF`\x80\x1B\x19\x16`\x80\x92\x90\x92\x1Ba\xFF\xFF`\x80\x1B\x16\x91\x90\x91\x17\x90UV[aF\x92aFta\x01@\x85\x01aDRV[\x82\x80T`\xFF`\x90\x1B\x19\x16\x91\x15\x15`\x90\x1B`\xFF`\x90\x1B\x16\x91\x90\x91\x17\x90UV[aF\xC2aF\xA2a\x01`\x85\x01aDFV[\x82\x80Ta\xFF\xFF`\x98\x1B\x19\x16`\x98\x92\x90\x92\x1Ba\xFF\xFF`\x98\x1B\x16\x91\x90\x91\x17\x90UV[aF\xF0aF\xD2a\x01\x80\x85\x01aD^V[\x82\x80T`\xFF`\xA8\x1B\x19\x16`\xA8\x92\x90\x92\x1B`\xFF`\xA8\x1B\x16\x91\x90\x91\x17\x90UV[aG aG\0a\x01\xA0\x85\x01aDFV[\x82\x80Ta\xFF\xFF`\xB0\x1B\x19\x16`\xB0\x92\x90\x92\x1Ba\xFF\xFF`\xB0\x1B\x16\x91\x90\x91\x17\x90UV[a/\x12aD\xEAa\x01\xC0\x85\x01aD:V[a\x02\0\x81\x01aG?\x82\x85aB\\V[`\x01`\x01`@\x1B\x03\x83\x16a\x01\xE0\x83\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Qa\x01\xE0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15aG\x99WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90V[_a\x01\xE0\x82\x84\x03\x12\x80\x15aG\xB1W__\xFD[PaG\xBAaGjV[aG\xC3\x83aA\xE5V[\x81RaG\xD1` \x84\x01aA\xE5V[` \x82\x01RaG\xE2`@\x84\x01aB\x06V[`@\x82\x01RaG\xF3``\x84\x01aB\x06V[``\x82\x01RaH\x04`\x80\x84\x01aB\x06V[`\x80\x82\x01RaH\x15`\xA0\x84\x01aB\x06V[`\xA0\x82\x01RaH&`\xC0\x84\x01aB\x06V[`\xC0\x82\x01RaH7`\xE0\x84\x01aB V[`\xE0\x82\x01RaHIa\x01\0\x84\x01aB V[a\x01\0\x82\x01RaH\\a\x01 \x84\x01aB V[a\x01 \x82\x01RaHoa\x01@\x84\x01aB8V[a\x01@\x82\x01RaH\x82a\x01`\x84\x01aB V[a\x01`\x82\x01RaH\x95a\x01\x80\x84\x01aBQV[a\x01\x80\x82\x01RaH\xA8a\x01\xA0\x84\x01aB V[a\x01\xA0\x82\x01RaH\xBBa\x01\xC0\x84\x01aB\x06V[a\x01\xC0\x82\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[_\x82aH\xEAWaH\xEAaH\xC8V[P\x04\x90V[_\x82aH\xFDWaH\xFDaH\xC8V[P\x06\x90V[_` \x82\x84\x03\x12\x15aI\x12W__\xFD[\x815a!\xE7\x81aA\xD1V[_` \x82\x84\x03\x12\x15aI-W__\xFD[\x815a!\xE7\x81aB\x11V[_` \x82\x84\x03\x12\x15aIHW__\xFD[\x815a!\xE7\x81aA\xF5V[_` \x82\x84\x03\x12\x15aIcW__\xFD[\x815a!\xE7\x81aBCV[c\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xD1Wa\t\xD1aC\xE8V[_` \x82\x84\x03\x12\x15aI\x9AW__\xFD[PQ\x91\x90PV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\t\xD1Wa\t\xD1aC\xE8V[_`\x01\x82\x01aI\xC9WaI\xC9aC\xE8V[P`\x01\x01\x90V[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15aJ\x14W\x81Q\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01aI\xF6V[P\x93\x94\x93PPPPV[\x83\x81R``` \x82\x01R_aJ6``\x83\x01\x85aI\xE4V[\x82\x81\x03`@\x84\x01RaJH\x81\x85aI\xE4V[\x96\x95PPPPPPV[\x81\x81\x03\x81\x81\x11\x15a\t\xD1Wa\t\xD1aC\xE8V[\x81Q`\x01`\x01``\x1B\x03\x16\x81Ra\x01\xE0\x81\x01` \x83\x01QaJ\x91` \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[P`@\x83\x01QaJ\xA9`@\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P``\x83\x01QaJ\xC1``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaJ\xD9`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01QaJ\xF1`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaK\t`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaK\x1F`\xE0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaK7a\x01\0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01QaKOa\x01 \x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01QaKea\x01@\x84\x01\x82\x15\x15\x90RV[Pa\x01`\x83\x01QaK}a\x01`\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01QaK\x94a\x01\x80\x84\x01\x82`\xFF\x16\x90RV[Pa\x01\xA0\x83\x01QaK\xACa\x01\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\xC0\x83\x01Qa!Ma\x01\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[_` \x82\x84\x03\x12\x15aK\xD6W__\xFD[\x81Qa!\xE7\x81aB+V[_` \x82\x84\x03\x12\x15aK\xF1W__\xFD[\x81Qa!\xE7\x81a@\xCFV[`\x01`\x01``\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xD1Wa\t\xD1aC\xE8V[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`@\x81\x01`\x03\x84\x10aLOWcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x92\x81R` \x01R\x90V[``\x80\x82R\x84Q\x90\x82\x01\x81\x90R_\x90` \x86\x01\x90`\x80\x84\x01\x90\x83[\x81\x81\x10\x15aL\x9BW\x83Q`\x01`\x01`\xA0\x1B\x03\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01aLtV[PP\x83\x81\x03` \x85\x01RaL\xAF\x81\x87aI\xE4V[\x92PPPc\xFF\xFF\xFF\xFF\x83\x16`@\x83\x01R\x94\x93PPPPV[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xD1Wa\t\xD1aC\xE8V[`\x01`\x01`\x80\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xD1Wa\t\xD1aC\xE8V[`\x01`\x01`\x80\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xD1Wa\t\xD1aC\xE8V[_`\xFF\x83\x16\x80aM0WaM0aH\xC8V[\x80`\xFF\x84\x16\x06\x91PP\x92\x91PPV",
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
