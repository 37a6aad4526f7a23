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
    error NotCoordinator(address caller, uint64 openToAllAt);
    error NotOwner(address caller);
    error NotRegistry(address caller);
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

    function closeEpoch(bytes memory consensus) external returns (bool closed);
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
    ///0x610120604052348015610010575f5ffd5b50604051614b23380380614b2383398101604081905261002f91610085565b6001600160a01b0393841660805291831660a052821660c0521660e0525f805463ffffffff60b01b191663ffffffff60b01b17905530610100526100e1565b6001600160a01b0381168114610082575f5ffd5b50565b5f5f5f5f60808587031215610098575f5ffd5b84516100a38161006e565b60208601519094506100b48161006e565b60408601519093506100c58161006e565b60608601519092506100d68161006e565b939692955090935050565b60805160a05160c05160e051610100516149b36101705f395f818160de0152818161058f01526106e201525f61153d01525f8181610e38015281816120d801528181612da90152612f7701525f8181611e5c0152611f4c01525f81816082015281816101900152818161020c0152818161031f015281816105d901528181611d850152611ec401526149b35ff3fe608060405234801561000f575f5ffd5b5060043610610049575f3560e01c8062231d251461004d5780630a3c3495146100625780637b10399914610075578063b0a8d599146100b1575b5f5ffd5b61006061005b366004613d0d565b6100d4565b005b610060610070366004613d3f565b610585565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020015b60405180910390f35b6100c46100bf366004613d7c565b6106d7565b60405190151581526020016100a8565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361011d57604051633beab4bd60e21b815260040160405180910390fd5b5f546001600160a01b0316331461014e5760405163245aecd360e01b81523360048201526024015b60405180910390fd5b600554600160701b900460ff161561017957604051631f3ef82160e31b815260040160405180910390fd5b60405163c3631ea960e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c3631ea9906101c5908490600401613fd5565b5f6040518083038186803b1580156101db575f5ffd5b505afa1580156101ed573d5f5f3e3d5ffd5b505050505f60055f9054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636e4758616040518163ffffffff1660e01b8152600401602060405180830381865afa158015610266573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061028a9190613fe4565b63ffffffff1690506001600160401b038216158015906102bb57506102b8816001600160401b038416614013565b42105b156102f8576102d3816001600160401b038416614013565b604051632d6408cb60e21b81526001600160401b039091166004820152602401610145565b5f5f60169054906101000a900463ffffffff1663ffffffff169050806001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e0b165646040518163ffffffff1660e01b8152600401602060405180830381865afa158015610379573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061039d9190613fe4565b6103ad9063ffffffff1642614013565b106103d657604051637f4d710960e11b81526001600160401b0382166004820152602401610145565b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c08201525f6104cf82876108a3565b6104d9575f6104df565b8160a001515b6104ef9063ffffffff1642614026565b905085601e6104fe8282614081565b505060208054600160401b6001600160401b0384811668ffffffffffffffffff1990931692909217179091556005805467ffffffffffffffff1916429092169190911790556040517ffece5e87a45cab6be8e0c75e6bc7b0091183799d2eda95f7355495c0ccff63a8906105759088908490614347565b60405180910390a1505050505050565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036105ce57604051633beab4bd60e21b815260040160405180910390fd5b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614158061061357505f54600160b01b900463ffffffff1615155b156106335760405163318d14a560e11b8152336004820152602401610145565b5f80546001600160a01b0319166001600160a01b038416179055610656836109d3565b5f805461ffff92909216600160a01b0261ffff60a01b199092169190911790558060036106838282614081565b5061069d9050610698368390038301836143b6565b610a05565b6040516001600160a01b0383169084907fa7a5b80bcd3bef76524ec80559f1ad1932344089b316a7be619ed23956b5ad6c905f90a3505050565b5f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361072157604051633beab4bd60e21b815260040160405180910390fd5b610729610ad7565b60055461ffff600160d01b909104166060610763604080516080810182525f80825260208201819052918101829052606081019190915290565b5f83810361077f57610773610bbc565b9194509250905061078d565b610787610fd4565b90935091505b5f6107996008886144f3565b90506107a6600888614506565b1515806107c35750606083015161ffff166107c18287614013565b115b806107de5750801580156107de5750826060015161ffff1685105b15610816576060830151604051636127274760e01b8152600481018990526024810187905261ffff9091166044820152606401610145565b6108238484878b8b61124f565b61082d9083614013565b91506108398186614013565b9450826060015161ffff16851015610874576108558484611354565b6005805461ffff60d01b1916600160d01b61ffff88160217905561088f565b61087e8484611520565b6108889083614013565b9150600195505b61089882611d78565b505050505092915050565b81515f906001600160601b03166108bd6020840184614519565b6001600160601b031611806108f9575082602001516001600160601b03168260200160208101906108ee9190614519565b6001600160601b0316115b8061092157508260e0015161ffff168260e001602081019061091b9190614534565b61ffff16115b8061094b5750826101a0015161ffff16826101a00160208101906109459190614534565b61ffff16115b8061097757508260a0015163ffffffff168260a001602081019061096f919061454f565b63ffffffff16115b8061099f575082610180015160ff168261018001602081019061099a919061456a565b60ff16105b806109ca575082610160015161ffff16826101600160208101906109c39190614534565b61ffff1614155b90505b92915050565b5f61ffff821115610a01576040516306dfcc6560e41b81526010600482015260248101839052604401610145565b5090565b5f816060015163ffffffff1642610a1c9190614013565b5f805463ffffffff60b01b1916600160b01b63ffffffff841602179055610140830151909150610a4c5780610a5b565b60c0820151610a5b9082614585565b5f805461014085015164ffffffffff60d01b19909116600160d01b63ffffffff949094169390930260ff60f01b191692909217600160f01b83151502179055610aa45742610ab3565b60c0820151610ab39082614585565b6005601c6101000a81548163ffffffff021916908363ffffffff1602179055505050565b600554600160701b900460ff1615610b0257604051631f3ef82160e31b815260040160405180910390fd5b5f54600160b01b900463ffffffff1642811115610b435760405163d222b98960e01b81526001600160401b03821660048201525f6024820152604401610145565b6004545f90610b5f90600160c01b900463ffffffff1683614013565b9050610b69611f73565b6001600160a01b0316336001600160a01b031614158015610b8957508042105b15610bb857604051632dbc470160e01b81523360048201526001600160401b0382166024820152604401610145565b5050565b604080516080810182525f808252602082018190529181018290526060818101929092526005545f90600160c01b900461ffff16806001600160401b03811115610c0857610c0861436d565b604051908082528060200260200182016040528015610c4157816020015b610c2e613cae565b815260200190600190039081610c265790505b5093505f5f5f5b83811015610f81575f610c82601482610c626010866144f3565b81526020019081526020015f2054601084610c7d9190614506565b611f9f565b61ffff9081165f818152601160209081526040918290208251610120810184528154815260018201546001600160a01b0381169382019390935263ffffffff600160a01b8404811694820194909452600160c01b83048416606082015260ff600160e01b84048116151560808301819052600160e81b8504909116151560a0830152600160f01b909304861660c082015260029091015492831660e082015264010000000090920490931661010082015290925090610d5c57610d4981602001515f611fc0565b610d539088614013565b96505050610f79565b6020808201516001600160a01b03165f908152600a8252604090819020815160808101835290546001600160601b038116825261ffff600160601b8204169382019390935260ff600160701b8404811615801593830193909352600160781b9093049092161515606083015280610dd557508060600151155b80610de8575082816020015161ffff1614155b80610dfb575060e082015163ffffffff16155b15610e0857505050610f79565b60208201516040516342dfc16b60e11b81526001600160a01b0391821660048201525f91670de0b6b3a7640000917f0000000000000000000000000000000000000000000000000000000000000000909116906385bf82d690602401602060405180830381865afa158015610e7f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ea391906145a1565b610eb08560200151612132565b610eba91906145b8565b610ec491906144f3565b9050805f03610ed65750505050610f79565b60405180610100016040528084602001516001600160a01b031681526020018581526020018281526020018460e0015163ffffffff168152602001846040015163ffffffff1681526020018460c0015161ffff1681526020018460a00151151581526020015f8152508b8880610f4b906145cf565b995081518110610f5d57610f5d6145e7565b6020908102919091010152610f728187614013565b9550505050505b600101610c48565b508186526040518060800160405280610f99836121cc565b6001600160801b031681525f602082015261ffff9384166040820152600554600160601b900490931660609093019290925250939491925050565b604080516080810182525f8082526020820181905291810182905260608181019290925250604080516080810182526019546001600160801b03811682526001600160401b03600160801b82048116602084015261ffff600160c01b83048116948401859052600160d01b909204909116606083015290919081111561105c5761105c61436d565b60405190808252806020026020018201604052801561109557816020015b611082613cae565b81526020019060019003908161107a5790505b5091505f5b825181101561124a575f60175f8381526020019081526020015f206040518060c00160405290815f82015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b031681526020015f820160149054906101000a900461ffff1661ffff1661ffff1681526020015f820160169054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601a9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601e9054906101000a900461ffff1661ffff1661ffff168152602001600182015f9054906101000a900460ff16151515158152505090505f60185f8481526020019081526020015f20549050604051806101000160405280835f01516001600160a01b03168152602001836020015161ffff168152602001608083901c8152602001836060015163ffffffff168152602001836040015163ffffffff168152602001836080015161ffff1681526020018360a0015115158152602001826001600160801b0316815250858481518110611235576112356145e7565b6020908102919091010152505060010161109a565b509091565b5f5f61125c8585856121ff565b90505f5b87518110156112945761128c88828151811061127e5761127e6145e7565b60200260200101518361254e565b600101611260565b505f81602001516001600160401b038111156112b2576112b261436d565b6040519080825280602002602001820160405280156112db578160200160208202803683370190505b5090506112e98288836126b6565b9250600560109054906101000a90046001600160401b03166001600160401b03167f0e1cfb62a5da6e5cdf7e23bb6748db5c19489e800a35e838de1abb5651d464958784604001518460405161134193929190614635565b60405180910390a2505095945050505050565b5f5b82518110156114a7575f838281518110611372576113726145e7565b6020908102919091018101516040805160c0808201835283516001600160a01b0390811683528486015161ffff90811684880190815260808088015163ffffffff9081168789019081526060808b0151831690890190815260a0808c01518716858b01908152988c01511515908a019081525f8f815260178e528b81209a518b549751945193519a5199166001600160b01b031990971696909617600160a01b938816939093029290921767ffffffffffffffff60b01b1916600160b01b9184169190910263ffffffff60d01b191617600160d01b9790921696909602176001600160f01b0316600160f01b949093169390930291909117845591516001938401805460ff191691151591909117905560e08501519484015160189096529290209390911b9091179091559091019050611356565b50805160198054602084015160408501516060909501516001600160801b039094166001600160c01b031990921691909117600160801b6001600160401b03909216919091021763ffffffff60c01b1916600160c01b61ffff9485160261ffff60d01b191617600160d01b939092169290920217905550565b5f5f600560109054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663329eb8396040518163ffffffff1660e01b81526004016020604051808303815f875af1158015611598573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115bc91906145a1565b90505f600754826115cd9190614013565b90505f6127106115df610708846145b8565b6115e991906144f3565b90505f6127106115fb611004856145b8565b61160591906144f3565b90505f816116138486614669565b61161d9190614669565b60208901519091505f9081906001600160401b03161561169c5761165785670de0b6b3a76400008c602001516001600160401b03166129a4565b6001600160401b03808a165f9081526016602090815260409091208390558c015191925061168f911682670de0b6b3a76400006129a4565b6116999083614013565b91505b6116a88b898686612a54565b6116b29083614013565b91506116bd8b612c5d565b98508160065f8282546116d09190614013565b909155505f90506116e18388614669565b6007819055604080518a8152602081018a9052908101889052606081018790526080810186905260a0810182905260c081018490529091506001600160401b038a16907f3ed16b93d704b8877b03837eff0f64180658225bcca5f72fe57eaf55477d5d789060e00160405180910390a261175c896001614026565b600580546bffffffffffffffffffffffff60801b1916600160801b6001600160401b03939093169290920263ffffffff60c01b1916919091179055602054600160401b900460ff1680156117bb57506020546001600160401b03164210155b15611c72575f601e604051806101e00160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601c9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600182015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160049054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160089054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201600c9054906101000a900461ffff1661ffff1661ffff16815260200160018201600e9054906101000a900461ffff1661ffff1661ffff1681526020016001820160109054906101000a900461ffff1661ffff1661ffff1681526020016001820160129054906101000a900460ff161515151581526020016001820160139054906101000a900461ffff1661ffff1661ffff1681526020016001820160159054906101000a900460ff1660ff1660ff1681526020016001820160169054906101000a900461ffff1661ffff1661ffff1681526020016001820160189054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508060035f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a8154816001600160601b0302191690836001600160601b031602179055506040820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601c6101000a81548163ffffffff021916908363ffffffff1602179055506080820151816001015f6101000a81548163ffffffff021916908363ffffffff16021790555060a08201518160010160046101000a81548163ffffffff021916908363ffffffff16021790555060c08201518160010160086101000a81548163ffffffff021916908363ffffffff16021790555060e082015181600101600c6101000a81548161ffff021916908361ffff16021790555061010082015181600101600e6101000a81548161ffff021916908361ffff1602179055506101208201518160010160106101000a81548161ffff021916908361ffff1602179055506101408201518160010160126101000a81548160ff0219169083151502179055506101608201518160010160136101000a81548161ffff021916908361ffff1602179055506101808201518160010160156101000a81548160ff021916908360ff1602179055506101a08201518160010160166101000a81548161ffff021916908361ffff1602179055506101c08201518160010160186101000a81548163ffffffff021916908363ffffffff1602179055509050505f602060086101000a81548160ff0219169083151502179055507f6d0661be217b5717e72f7f9dae7ed628d5637f66c97757a1a0f8d5bc5a68e65281604051611c68919061467c565b60405180910390a1505b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c0820152611d6990610a05565b50505050505050505092915050565b805f03611d825750565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166363b0c4286040518163ffffffff1660e01b8152600401602060405180830381865afa158015611ddf573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e0391906147dd565b6040805184815282151560208201529192507fc30ba5387d084e2148b2a91357a887e7b0496357514cfe33d9ff3033f676ace5910160405180910390a18015611ebf57604051630852cd8d60e31b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906342966c68906024015f604051808303815f87803b158015611ea5575f5ffd5b505af1158015611eb7573d5f5f3e3d5ffd5b505050505050565b610bb87f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166361d027b36040518163ffffffff1660e01b8152600401602060405180830381865afa158015611f1e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f4291906147f8565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690846130be565b6002545f906001600160a01b03168015611f8d5780611f99565b5f546001600160a01b03165b91505090565b5f611fab8260106145b8565b611fb69060f0614669565b9290921c92915050565b6001600160a01b0382165f908152600a602052604081208054600160701b900460ff16611ff0575f9150506109cd565b60045481546127109161201891600160601b90910461ffff16906001600160601b03166145b8565b61202291906144f3565b8154909250829082905f906120419084906001600160601b0316614813565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550836001600160a01b03167f607adba66cff84b627e3537d1c17d088a98556bccd0536a2f3590c56329023d984846040516120a0929190614846565b60405180910390a28054600160781b900460ff161561212b576040516314c2559360e21b81526001600160a01b0385811660048301527f00000000000000000000000000000000000000000000000000000000000000001690635309564c906024015f604051808303815f87803b158015612119575f5ffd5b505af1158015610898573d5f5f3e3d5ffd5b5092915050565b6001600160a01b0381165f908152601b602090815260408083208151808301909252546001600160801b03811682526001600160401b03600160801b9182900481169383019390935260055491926121909291909104166001614026565b6001600160401b031681602001516001600160401b0316036121bc57516001600160801b031692915050565b6121c5836130f8565b9392505050565b5f6001600160801b03821115610a01576040516306dfcc6560e41b81526080600482015260248101839052604401610145565b6122456040518061010001604052805f81526020015f81526020016060815260200160608152602001606081526020016060815260200160608152602001606081525090565b5f6122516008846144f3565b858352602083018190529050806001600160401b038111156122755761227561436d565b60405190808252806020026020018201604052801561229e578160200160208202803683370190505b506040830152806001600160401b038111156122bc576122bc61436d565b6040519080825280602002602001820160405280156122e5578160200160208202803683370190505b506060830152806001600160401b038111156123035761230361436d565b60405190808252806020026020018201604052801561232c578160200160208202803683370190505b506080830152806001600160401b0381111561234a5761234a61436d565b604051908082528060200260200182016040528015612373578160200160208202803683370190505b5060a0830152806001600160401b038111156123915761239161436d565b6040519080825280602002602001820160405280156123ba578160200160208202803683370190505b5060c0830152806001600160401b038111156123d8576123d861436d565b604051908082528060200260200182016040528015612401578160200160208202803683370190505b5060e08301525f5b8181101561254557848461241e8360086145b8565b9061242a8460086145b8565b612435906008614013565b9261244293929190614870565b61244b91614897565b60c01c6001600160401b03168360400151828151811061246d5761246d6145e7565b60209081029190910101525f600981612486848a614013565b815260208082019290925260409081015f20815160a08101835290546001600160a01b03811680835263ffffffff600160a01b8304169483019490945261ffff600160c01b8204169282019290925260ff600160d01b8304811615156060830152600160d81b909204909116608082015291501580159061250957508060600151155b1561253c57806020015163ffffffff168460600151838151811061252f5761252f6145e7565b6020026020010181815250505b50600101612409565b50509392505050565b805160208201515f906125619083614013565b9050808460a001511015612576575060a08301515b8181116125835750505050565b5f60405180606001604052808660400151815260200186606001518152602001866080015181525090505f856020015160406125bf91906145b8565b90505f806125ce601087614506565b6125d89087614669565b90505b84811015612681575f6012816125f26010856144f3565b6125fc9087614013565b81526020019081526020015f20549050805f03612619575061266f565b5f8783106126275782612629565b875b90505f87612638856010614013565b1161264d57612648846010614013565b61264f565b875b905061265f8a88858786866131b3565b6126699086614013565b94505050505b61267a601082614013565b90506125db565b50808760e0018181516126949190614013565b90525060c0870151156126ad576126ad87878787613293565b50505050505050565b604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b820483166101608601819052600160a81b8304909116610180860152600160b01b82049092166101a085015293909304166101c082015283515f926001600160801b039091169083906127c5908390613403565b600554909150600160801b90046001600160401b03165f805b89602001518110156129685789606001518181518110612800576128006145e7565b60200260200101515f1480612813575084155b156128a5578960400151818151811061282e5761282e6145e7565b60200260200101515f146128a0578951612849908290614013565b8a60400151828151811061285f5761285f6145e7565b60209081029190910101516040516333c106c560e01b8152600481019290925260248201525f6044820181905260648201526084810185905260a401610145565b612960565b6128b18a828787613413565b5f858b60c0015183815181106128c9576128c96145e7565b60200260200101516128db91906144f3565b9050808983815181106128f0576128f06145e7565b60209081029190910101526129058184614013565b92505f5f861180156129345750858c60e001518481518110612929576129296145e7565b602002602001015110155b9050612951838d5f01516129489190614013565b83838b896134ef565b61295b908a614013565b985050505b6001016127de565b50612972816136a0565b886020018181516129839190614026565b6001600160401b0316905250612998896136d5565b50505050509392505050565b5f5f5f6129b18686613808565b91509150815f036129d5578381816129cb576129cb6144df565b04925050506121c5565b8184116129ec576129ec6003851502601118613824565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f80805b8651811015612abb57868181518110612a7357612a736145e7565b602002602001015160e00151878281518110612a9157612a916145e7565b602002602001015160400151612aa791906145b8565b612ab19083614013565b9150600101612a58565b50805f03612acc575f915050612c55565b5f5b8651811015612c52575f878281518110612aea57612aea6145e7565b602002602001015190505f8160e001518260400151612b0991906145b8565b90505f612b178883876129a4565b90505f612b258884886129a4565b84519091505f90612b4190612b3b8d6001614026565b84613835565b9050612b4d8183614669565b612b579084614013565b92508215612b6b578451612b6b9084613aca565b612b758184614013565b612b7f9089614013565b9750670de0b6b3a76400008560e0015161ffff612b9c91906145b8565b612ba691906144f3565b6020808701515f90815260098252604090819020805461ffff94909416600160c01b0261ffff60c01b199094169390931790925586518288015160e0890151845191825292810192909252918101859052606081018390526001600160a01b03909116906001600160401b038d16907f34fab1755407cee16aec7990ed44237d141cbdb5df37961be06512b01a9df5139060800160405180910390a35050505050806001019050612ace565b50505b949350505050565b80515f90808203612c7057505f92915050565b5f816001600160401b03811115612c8957612c8961436d565b604051908082528060200260200182016040528015612cb2578160200160208202803683370190505b5090505f826001600160401b03811115612cce57612cce61436d565b604051908082528060200260200182016040528015612cf7578160200160208202803683370190505b5090505f5b83811015612d9657858181518110612d1657612d166145e7565b60200260200101515f0151838281518110612d3357612d336145e7565b60200260200101906001600160a01b031690816001600160a01b031681525050858181518110612d6557612d656145e7565b602002602001015160e00151828281518110612d8357612d836145e7565b6020908102919091010152600101612cfc565b50600354604051636aabe8f360e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691636aabe8f391612df69186918691600160e01b900463ffffffff16906004016148cd565b5f604051808303815f87803b158015612e0d575f5ffd5b505af1158015612e1f573d5f5f3e3d5ffd5b5050604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b82048316610160860152600160a81b820416610180850152600160b01b81049091166101a08401819052939004166101c082015292505f915061271090612f2c90670de0b6b3a7640000906145b8565b612f3691906144f3565b90505f5b858110156130b3575f60095f8a8481518110612f5857612f586145e7565b60200260200101516020015181526020019081526020015f2090505f837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166385bf82d6898681518110612fb657612fb66145e7565b60200260200101516040518263ffffffff1660e01b8152600401612fe991906001600160a01b0391909116815260200190565b602060405180830381865afa158015613004573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061302891906145a1565b10613033575f61304a565b815461304a90600160d81b900460ff16600161493b565b905084610180015160ff168160ff161061309257613082878481518110613073576130736145e7565b60200260200101516002611fc0565b61308c908a614013565b98505f90505b815460ff909116600160d81b0260ff60d81b19909116179055600101612f3a565b505050505050919050565b6130cb8383836001613b23565b6130f357604051635274afe760e01b81526001600160a01b0384166004820152602401610145565b505050565b6001600160a01b0381165f908152600a60209081526040808320815160808101835290546001600160601b038116825261ffff600160601b8204169382019390935260ff600160701b84048116158015938301849052600160781b90940416151560608201529183919061316d575081606001515b613177575f61317a565b81515b6001600160a01b0385165f908152600c60205260409020546001600160601b03919091169150612c55906001600160801b031682614013565b5f86516020604089015101602060608a015101602060808b015101602060a08c015101602060c08d0151018b5160208d015160408e01518b5b8b81101561327f5761ffff8f8f830360041b60f0031c168061320e5750613277565b8a820360051b808a0151848110158115171561322c57505050613277565b5084670de0b6b3a76400008302049150808b0151808310613251578982018051880190525b80831115613266578882018051880190529150815b50860180518683020190529a909a01995b6001016131ec565b505050505050505050509695505050505050565b5f6132a061010084614506565b6132aa9084614669565b90505b818110156133fc575f6013816132c5610100856144f3565b60208901516132d59060046145b8565b6132df9190614013565b81526020019081526020015f20549050805f036132fc57506133e9565b5f84831061330a578261330c565b845b90505f8461331c85610100614013565b116133325761332d84610100614013565b613334565b845b9050815b818110156133e45761334c61010082614506565b84901c600116156133dc5760608801515f906133688984614669565b81518110613378576133786145e7565b60200260200101519050805f1480613394575089608001518110155b1561339f57506133dc565b60408a015160e08a01516133b38a85614669565b815181106133c3576133c36145e7565b602002602001018181516133d79190614013565b905250505b600101613338565b505050505b6133f561010082614013565b90506132ad565b5050505050565b5f6109ca83836127106001613b85565b5f8460400151848151811061342a5761342a6145e7565b602002602001015190505f815f1461345f5785608001518581518110613452576134526145e7565b6020026020010151613461565b835b90505f8660a00151868151811061347a5761347a6145e7565b60200260200101519050838210806134925750838110155b806134a45750670de0b6b3a764000083115b156126ad5786516134b6908790614013565b6040516333c106c560e01b815260048101919091526024810184905260448101839052606481018290526084810185905260a401610145565b5f85815260096020908152604080832080546001600160a01b031680855260108452828520835160608101855290546001600160801b03811682526001600160401b03600160801b8204811696830196909652600160c01b9004909416928401929092529161356561356082613bd0565b6121cc565b81518290613574908390614954565b6001600160801b039081169091526001600160401b03808b16602080860191825289831660408088019182526001600160a01b0389165f9081526010909352822087518154945192518616600160c01b026001600160c01b0393909616600160801b026001600160c01b0319909516961695909517929092179190911691909117909155905087613605575f61361c565b835461361c90600160d81b900460ff16600161493b565b905086610180015160ff168160ff16106136415761363b836001611fc0565b94505f90505b835460ff60d81b1916600160d81b60ff831602178455670de0b6b3a764000061366c8a61ffff6145b8565b61367691906144f3565b845461ffff91909116600160c01b0261ffff60c01b19909116179093555091979650505050505050565b5f6001600160401b03821115610a0157604080516306dfcc6560e41b8152600481019190915260248101839052604401610145565b602081015181515f916136e791614013565b90505f6010835f01516136fa9190614506565b83516137069190614669565b90505b818110156130f3575f6015816137206010856144f3565b81526020019081526020015f205490505f845f015183106137415782613744565b84515b90505b613752836010614013565b8110801561375f57508381105b156137d5576137c382613773601084614506565b60408801518851670de0b6b3a7640000919061378f9087614669565b8151811061379f5761379f6145e7565b602002602001015161ffff6137b491906145b8565b6137be91906144f3565b613c50565b91506137ce816145cf565b9050613747565b508060155f6137e56010866144f3565b815260208101919091526040015f205550613801601082614013565b9050613709565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b0383165f818152600c602090815260408083208151808301835290546001600160801b038082168352600160801b91829004811683860152868652601c85528386208451808601865290548083168252929092046001600160401b031682860152958552600d90935290832054825193949193909116158015906138d65750856001600160401b031682602001516001600160401b031614155b15613973576001600160a01b0387165f908152601d60209081526040808320858301516001600160401b03168452909152812054900361394b5761391b816001614013565b6001600160a01b0388165f908152601d60209081526040808320868301516001600160401b031684529091529020555b6001600160a01b0387165f908152601c6020526040812080546001600160c01b031916905582525b5f866001600160401b031683602001516001600160401b031614613997575f61399a565b82515b84602001516139a99190614973565b6001600160801b031690505f6139be89612132565b905081158015906139ce57508015155b15613a54575f6139f883875f01516001600160801b031688602001516001600160801b03166129a4565b905081811115613a055750805b613a108882846129a4565b9650613a2c876ec097ce7bc90715b34b9f1000000000856129a4565b613a369085614013565b6001600160a01b038b165f908152600d602052604090208190559350505b83516001600160801b031615801590613a825750876001600160401b031684602001516001600160401b0316145b1561299857613a92836001614013565b6001600160a01b038a165f908152601d602090815260408083206001600160401b038d16845290915290205550505050509392505050565b6001600160a01b0382165f9081526010602052604090208054613afb906135609084906001600160801b0316614013565b81546fffffffffffffffffffffffffffffffff19166001600160801b03919091161790555050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613b79578383151615613b6d573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f613bb2613b9283613c82565b8015613bad57505f8480613ba857613ba86144df565b868809115b151590565b613bbd8686866129a4565b613bc79190614013565b95945050505050565b5f81602001516001600160401b03165f1480613c06575060055460408301516001600160401b03600160801b9092048216911610155b15613c1257505f919050565b6109cd82602001516001600160401b031660165f85604001516001600160401b031681526020019081526020015f2054670de0b6b3a76400006129a4565b5f80613c5d8460106145b8565b613c689060f0614669565b61ffff80821b19871690851690911b179150509392505050565b5f6002826003811115613c9757613c97614832565b613ca19190614992565b60ff166001149050919050565b6040518061010001604052805f6001600160a01b031681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f81525090565b5f6101e08284031215613d07575f5ffd5b50919050565b5f6101e08284031215613d1e575f5ffd5b6109ca8383613cf6565b6001600160a01b0381168114613d3c575f5ffd5b50565b5f5f5f6102208486031215613d52575f5ffd5b833592506020840135613d6481613d28565b9150613d738560408601613cf6565b90509250925092565b5f5f60208385031215613d8d575f5ffd5b82356001600160401b03811115613da2575f5ffd5b8301601f81018513613db2575f5ffd5b80356001600160401b03811115613dc7575f5ffd5b856020828401011115613dd8575f5ffd5b6020919091019590945092505050565b6001600160601b0381168114613d3c575f5ffd5b8035613e0781613de8565b919050565b63ffffffff81168114613d3c575f5ffd5b8035613e0781613e0c565b61ffff81168114613d3c575f5ffd5b8035613e0781613e28565b8015158114613d3c575f5ffd5b8035613e0781613e42565b60ff81168114613d3c575f5ffd5b8035613e0781613e5a565b613e8d82613e8083613dfc565b6001600160601b03169052565b613e9960208201613dfc565b6001600160601b03166020830152613eb360408201613e1d565b63ffffffff166040830152613eca60608201613e1d565b63ffffffff166060830152613ee160808201613e1d565b63ffffffff166080830152613ef860a08201613e1d565b63ffffffff1660a0830152613f0f60c08201613e1d565b63ffffffff1660c0830152613f2660e08201613e37565b61ffff1660e0830152613f3c6101008201613e37565b61ffff16610100830152613f536101208201613e37565b61ffff16610120830152613f6a6101408201613e4f565b1515610140830152613f7f6101608201613e37565b61ffff16610160830152613f966101808201613e68565b60ff16610180830152613fac6101a08201613e37565b61ffff166101a0830152613fc36101c08201613e1d565b63ffffffff81166101c0840152505050565b6101e081016109cd8284613e73565b5f60208284031215613ff4575f5ffd5b81516121c581613e0c565b634e487b7160e01b5f52601160045260245ffd5b808201808211156109cd576109cd613fff565b6001600160401b0381811683821601908111156109cd576109cd613fff565b5f81356109cd81613de8565b5f81356109cd81613e0c565b5f81356109cd81613e28565b5f81356109cd81613e42565b5f81356109cd81613e5a565b6140af61408d83614045565b82546bffffffffffffffffffffffff19166001600160601b0391909116178255565b6140f26140be60208401614045565b8280546bffffffffffffffffffffffff60601b191660609290921b6bffffffffffffffffffffffff60601b16919091179055565b61412561410160408401614051565b82805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055565b61415861413460608401614051565b8280546001600160e01b031660e09290921b6001600160e01b031916919091179055565b6001810161418261416b60808501614051565b825463ffffffff191663ffffffff91909116178255565b6141b361419160a08501614051565b825467ffffffff00000000191660209190911b67ffffffff0000000016178255565b6141ec6141c260c08501614051565b82546bffffffff0000000000000000191660409190911b6bffffffff000000000000000016178255565b61421b6141fb60e0850161405d565b82805461ffff60601b191660609290921b61ffff60601b16919091179055565b61424b61422b610100850161405d565b82805461ffff60701b191660709290921b61ffff60701b16919091179055565b61427b61425b610120850161405d565b82805461ffff60801b191660809290921b61ffff60801b16919091179055565b6142a961428b6101408501614069565b82805460ff60901b191691151560901b60ff60901b16919091179055565b6142d96142b9610160850161405d565b82805461ffff60981b191660989290921b61ffff60981b16919091179055565b6143076142e96101808501614075565b82805460ff60a81b191660a89290921b60ff60a81b16919091179055565b6143376143176101a0850161405d565b82805461ffff60b01b191660b09290921b61ffff60b01b16919091179055565b6130f36141016101c08501614051565b61020081016143568285613e73565b6001600160401b0383166101e08301529392505050565b634e487b7160e01b5f52604160045260245ffd5b6040516101e081016001600160401b03811182821017156143b057634e487b7160e01b5f52604160045260245ffd5b60405290565b5f6101e08284031280156143c8575f5ffd5b506143d1614381565b6143da83613dfc565b81526143e860208401613dfc565b60208201526143f960408401613e1d565b604082015261440a60608401613e1d565b606082015261441b60808401613e1d565b608082015261442c60a08401613e1d565b60a082015261443d60c08401613e1d565b60c082015261444e60e08401613e37565b60e08201526144606101008401613e37565b6101008201526144736101208401613e37565b6101208201526144866101408401613e4f565b6101408201526144996101608401613e37565b6101608201526144ac6101808401613e68565b6101808201526144bf6101a08401613e37565b6101a08201526144d26101c08401613e1d565b6101c08201529392505050565b634e487b7160e01b5f52601260045260245ffd5b5f82614501576145016144df565b500490565b5f82614514576145146144df565b500690565b5f60208284031215614529575f5ffd5b81356121c581613de8565b5f60208284031215614544575f5ffd5b81356121c581613e28565b5f6020828403121561455f575f5ffd5b81356121c581613e0c565b5f6020828403121561457a575f5ffd5b81356121c581613e5a565b63ffffffff82811682821603908111156109cd576109cd613fff565b5f602082840312156145b1575f5ffd5b5051919050565b80820281158282048414176109cd576109cd613fff565b5f600182016145e0576145e0613fff565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b5f8151808452602084019350602083015f5b8281101561462b57815186526020958601959091019060010161460d565b5093949350505050565b838152606060208201525f61464d60608301856145fb565b828103604084015261465f81856145fb565b9695505050505050565b818103818111156109cd576109cd613fff565b81516001600160601b031681526101e0810160208301516146a860208401826001600160601b03169052565b5060408301516146c0604084018263ffffffff169052565b5060608301516146d8606084018263ffffffff169052565b5060808301516146f0608084018263ffffffff169052565b5060a083015161470860a084018263ffffffff169052565b5060c083015161472060c084018263ffffffff169052565b5060e083015161473660e084018261ffff169052565b5061010083015161474e61010084018261ffff169052565b5061012083015161476661012084018261ffff169052565b5061014083015161477c61014084018215159052565b5061016083015161479461016084018261ffff169052565b506101808301516147ab61018084018260ff169052565b506101a08301516147c36101a084018261ffff169052565b506101c083015161212b6101c084018263ffffffff169052565b5f602082840312156147ed575f5ffd5b81516121c581613e42565b5f60208284031215614808575f5ffd5b81516121c581613d28565b6001600160601b0382811682821603908111156109cd576109cd613fff565b634e487b7160e01b5f52602160045260245ffd5b604081016003841061486657634e487b7160e01b5f52602160045260245ffd5b9281526020015290565b5f5f8585111561487e575f5ffd5b8386111561488a575f5ffd5b5050820193919092039150565b80356001600160c01b0319811690600884101561212b576001600160c01b031960089490940360031b84901b1690921692915050565b606080825284519082018190525f9060208601906080840190835b8181101561490f5783516001600160a01b03168352602093840193909201916001016148e8565b5050838103602085015261492381876145fb565b9250505063ffffffff83166040830152949350505050565b60ff81811683821601908111156109cd576109cd613fff565b6001600160801b0381811683821601908111156109cd576109cd613fff565b6001600160801b0382811682821603908111156109cd576109cd613fff565b5f60ff8316806149a4576149a46144df565b8060ff8416069150509291505056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x01 `@R4\x80\x15a\0\x10W__\xFD[P`@QaK#8\x03\x80aK#\x839\x81\x01`@\x81\x90Ra\0/\x91a\0\x85V[`\x01`\x01`\xA0\x1B\x03\x93\x84\x16`\x80R\x91\x83\x16`\xA0R\x82\x16`\xC0R\x16`\xE0R_\x80Tc\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16c\xFF\xFF\xFF\xFF`\xB0\x1B\x17\x90U0a\x01\0Ra\0\xE1V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\0\x82W__\xFD[PV[____`\x80\x85\x87\x03\x12\x15a\0\x98W__\xFD[\x84Qa\0\xA3\x81a\0nV[` \x86\x01Q\x90\x94Pa\0\xB4\x81a\0nV[`@\x86\x01Q\x90\x93Pa\0\xC5\x81a\0nV[``\x86\x01Q\x90\x92Pa\0\xD6\x81a\0nV[\x93\x96\x92\x95P\x90\x93PPV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0QaI\xB3a\x01p_9_\x81\x81`\xDE\x01R\x81\x81a\x05\x8F\x01Ra\x06\xE2\x01R_a\x15=\x01R_\x81\x81a\x0E8\x01R\x81\x81a \xD8\x01R\x81\x81a-\xA9\x01Ra/w\x01R_\x81\x81a\x1E\\\x01Ra\x1FL\x01R_\x81\x81`\x82\x01R\x81\x81a\x01\x90\x01R\x81\x81a\x02\x0C\x01R\x81\x81a\x03\x1F\x01R\x81\x81a\x05\xD9\x01R\x81\x81a\x1D\x85\x01Ra\x1E\xC4\x01RaI\xB3_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\0IW_5`\xE0\x1C\x80b#\x1D%\x14a\0MW\x80c\n<4\x95\x14a\0bW\x80c{\x109\x99\x14a\0uW\x80c\xB0\xA8\xD5\x99\x14a\0\xB1W[__\xFD[a\0`a\0[6`\x04a=\rV[a\0\xD4V[\0[a\0`a\0p6`\x04a=?V[a\x05\x85V[`@Q`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\0\xC4a\0\xBF6`\x04a=|V[a\x06\xD7V[`@Q\x90\x15\x15\x81R` \x01a\0\xA8V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x01\x1DW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x01NW`@Qc$Z\xEC\xD3`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x01yW`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@Qc\xC3c\x1E\xA9`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xC3c\x1E\xA9\x90a\x01\xC5\x90\x84\x90`\x04\x01a?\xD5V[_`@Q\x80\x83\x03\x81\x86\x80;\x15\x80\x15a\x01\xDBW__\xFD[PZ\xFA\x15\x80\x15a\x01\xEDW=__>=_\xFD[PPPP_`\x05_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cnGXa`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x02fW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x02\x8A\x91\x90a?\xE4V[c\xFF\xFF\xFF\xFF\x16\x90P`\x01`\x01`@\x1B\x03\x82\x16\x15\x80\x15\x90a\x02\xBBWPa\x02\xB8\x81`\x01`\x01`@\x1B\x03\x84\x16a@\x13V[B\x10[\x15a\x02\xF8Wa\x02\xD3\x81`\x01`\x01`@\x1B\x03\x84\x16a@\x13V[`@Qc-d\x08\xCB`\xE2\x1B\x81R`\x01`\x01`@\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x01EV[__`\x16\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x90P\x80`\x01`\x01`@\x1B\x03\x16\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xE0\xB1ed`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x03yW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x03\x9D\x91\x90a?\xE4V[a\x03\xAD\x90c\xFF\xFF\xFF\xFF\x16Ba@\x13V[\x10a\x03\xD6W`@Qc\x7FMq\t`\xE1\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x01EV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01R_a\x04\xCF\x82\x87a\x08\xA3V[a\x04\xD9W_a\x04\xDFV[\x81`\xA0\x01Q[a\x04\xEF\x90c\xFF\xFF\xFF\xFF\x16Ba@&V[\x90P\x85`\x1Ea\x04\xFE\x82\x82a@\x81V[PP` \x80T`\x01`@\x1B`\x01`\x01`@\x1B\x03\x84\x81\x16h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16\x92\x90\x92\x17\x17\x90\x91U`\x05\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16B\x90\x92\x16\x91\x90\x91\x17\x90U`@Q\x7F\xFE\xCE^\x87\xA4\\\xABk\xE8\xE0\xC7^k\xC7\xB0\t\x11\x83y\x9D.\xDA\x95\xF75T\x95\xC0\xCC\xFFc\xA8\x90a\x05u\x90\x88\x90\x84\x90aCGV[`@Q\x80\x91\x03\x90\xA1PPPPPPV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x05\xCEW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x15\x80a\x06\x13WP_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x15\x15[\x15a\x063W`@Qc1\x8D\x14\xA5`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01a\x01EV[_\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90Ua\x06V\x83a\t\xD3V[_\x80Ta\xFF\xFF\x92\x90\x92\x16`\x01`\xA0\x1B\x02a\xFF\xFF`\xA0\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90U\x80`\x03a\x06\x83\x82\x82a@\x81V[Pa\x06\x9D\x90Pa\x06\x986\x83\x90\x03\x83\x01\x83aC\xB6V[a\n\x05V[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x84\x90\x7F\xA7\xA5\xB8\x0B\xCD;\xEFvRN\xC8\x05Y\xF1\xAD\x1924@\x89\xB3\x16\xA7\xBEa\x9E\xD29V\xB5\xADl\x90_\x90\xA3PPPV[_`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x07!W`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x07)a\n\xD7V[`\x05Ta\xFF\xFF`\x01`\xD0\x1B\x90\x91\x04\x16``a\x07c`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x91\x90\x91R\x90V[_\x83\x81\x03a\x07\x7FWa\x07sa\x0B\xBCV[\x91\x94P\x92P\x90Pa\x07\x8DV[a\x07\x87a\x0F\xD4V[\x90\x93P\x91P[_a\x07\x99`\x08\x88aD\xF3V[\x90Pa\x07\xA6`\x08\x88aE\x06V[\x15\x15\x80a\x07\xC3WP``\x83\x01Qa\xFF\xFF\x16a\x07\xC1\x82\x87a@\x13V[\x11[\x80a\x07\xDEWP\x80\x15\x80\x15a\x07\xDEWP\x82``\x01Qa\xFF\xFF\x16\x85\x10[\x15a\x08\x16W``\x83\x01Q`@Qca''G`\xE0\x1B\x81R`\x04\x81\x01\x89\x90R`$\x81\x01\x87\x90Ra\xFF\xFF\x90\x91\x16`D\x82\x01R`d\x01a\x01EV[a\x08#\x84\x84\x87\x8B\x8Ba\x12OV[a\x08-\x90\x83a@\x13V[\x91Pa\x089\x81\x86a@\x13V[\x94P\x82``\x01Qa\xFF\xFF\x16\x85\x10\x15a\x08tWa\x08U\x84\x84a\x13TV[`\x05\x80Ta\xFF\xFF`\xD0\x1B\x19\x16`\x01`\xD0\x1Ba\xFF\xFF\x88\x16\x02\x17\x90Ua\x08\x8FV[a\x08~\x84\x84a\x15 V[a\x08\x88\x90\x83a@\x13V[\x91P`\x01\x95P[a\x08\x98\x82a\x1DxV[PPPPP\x92\x91PPV[\x81Q_\x90`\x01`\x01``\x1B\x03\x16a\x08\xBD` \x84\x01\x84aE\x19V[`\x01`\x01``\x1B\x03\x16\x11\x80a\x08\xF9WP\x82` \x01Q`\x01`\x01``\x1B\x03\x16\x82` \x01` \x81\x01\x90a\x08\xEE\x91\x90aE\x19V[`\x01`\x01``\x1B\x03\x16\x11[\x80a\t!WP\x82`\xE0\x01Qa\xFF\xFF\x16\x82`\xE0\x01` \x81\x01\x90a\t\x1B\x91\x90aE4V[a\xFF\xFF\x16\x11[\x80a\tKWP\x82a\x01\xA0\x01Qa\xFF\xFF\x16\x82a\x01\xA0\x01` \x81\x01\x90a\tE\x91\x90aE4V[a\xFF\xFF\x16\x11[\x80a\twWP\x82`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x82`\xA0\x01` \x81\x01\x90a\to\x91\x90aEOV[c\xFF\xFF\xFF\xFF\x16\x11[\x80a\t\x9FWP\x82a\x01\x80\x01Q`\xFF\x16\x82a\x01\x80\x01` \x81\x01\x90a\t\x9A\x91\x90aEjV[`\xFF\x16\x10[\x80a\t\xCAWP\x82a\x01`\x01Qa\xFF\xFF\x16\x82a\x01`\x01` \x81\x01\x90a\t\xC3\x91\x90aE4V[a\xFF\xFF\x16\x14\x15[\x90P[\x92\x91PPV[_a\xFF\xFF\x82\x11\x15a\n\x01W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x10`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[P\x90V[_\x81``\x01Qc\xFF\xFF\xFF\xFF\x16Ba\n\x1C\x91\x90a@\x13V[_\x80Tc\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1Bc\xFF\xFF\xFF\xFF\x84\x16\x02\x17\x90Ua\x01@\x83\x01Q\x90\x91Pa\nLW\x80a\n[V[`\xC0\x82\x01Qa\n[\x90\x82aE\x85V[_\x80Ta\x01@\x85\x01Qd\xFF\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x90\x91\x16`\x01`\xD0\x1Bc\xFF\xFF\xFF\xFF\x94\x90\x94\x16\x93\x90\x93\x02`\xFF`\xF0\x1B\x19\x16\x92\x90\x92\x17`\x01`\xF0\x1B\x83\x15\x15\x02\x17\x90Ua\n\xA4WBa\n\xB3V[`\xC0\x82\x01Qa\n\xB3\x90\x82aE\x85V[`\x05`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPPPV[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x0B\x02W`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16B\x81\x11\x15a\x0BCW`@Qc\xD2\"\xB9\x89`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R_`$\x82\x01R`D\x01a\x01EV[`\x04T_\x90a\x0B_\x90`\x01`\xC0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x83a@\x13V[\x90Pa\x0Bia\x1FsV[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\x0B\x89WP\x80B\x10[\x15a\x0B\xB8W`@Qc-\xBCG\x01`\xE0\x1B\x81R3`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x82\x16`$\x82\x01R`D\x01a\x01EV[PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92R`\x05T_\x90`\x01`\xC0\x1B\x90\x04a\xFF\xFF\x16\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\x0C\x08Wa\x0C\x08aCmV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0CAW\x81` \x01[a\x0C.a<\xAEV[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x0C&W\x90P[P\x93P___[\x83\x81\x10\x15a\x0F\x81W_a\x0C\x82`\x14\x82a\x0Cb`\x10\x86aD\xF3V[\x81R` \x01\x90\x81R` \x01_ T`\x10\x84a\x0C}\x91\x90aE\x06V[a\x1F\x9FV[a\xFF\xFF\x90\x81\x16_\x81\x81R`\x11` \x90\x81R`@\x91\x82\x90 \x82Qa\x01 \x81\x01\x84R\x81T\x81R`\x01\x82\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x93\x82\x01\x93\x90\x93Rc\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x84\x04\x81\x16\x94\x82\x01\x94\x90\x94R`\x01`\xC0\x1B\x83\x04\x84\x16``\x82\x01R`\xFF`\x01`\xE0\x1B\x84\x04\x81\x16\x15\x15`\x80\x83\x01\x81\x90R`\x01`\xE8\x1B\x85\x04\x90\x91\x16\x15\x15`\xA0\x83\x01R`\x01`\xF0\x1B\x90\x93\x04\x86\x16`\xC0\x82\x01R`\x02\x90\x91\x01T\x92\x83\x16`\xE0\x82\x01Rd\x01\0\0\0\0\x90\x92\x04\x90\x93\x16a\x01\0\x82\x01R\x90\x92P\x90a\r\\Wa\rI\x81` \x01Q_a\x1F\xC0V[a\rS\x90\x88a@\x13V[\x96PPPa\x0FyV[` \x80\x82\x01Q`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\n\x82R`@\x90\x81\x90 \x81Q`\x80\x81\x01\x83R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x93\x82\x01\x93\x90\x93R`\xFF`\x01`p\x1B\x84\x04\x81\x16\x15\x80\x15\x93\x83\x01\x93\x90\x93R`\x01`x\x1B\x90\x93\x04\x90\x92\x16\x15\x15``\x83\x01R\x80a\r\xD5WP\x80``\x01Q\x15[\x80a\r\xE8WP\x82\x81` \x01Qa\xFF\xFF\x16\x14\x15[\x80a\r\xFBWP`\xE0\x82\x01Qc\xFF\xFF\xFF\xFF\x16\x15[\x15a\x0E\x08WPPPa\x0FyV[` \x82\x01Q`@QcB\xDF\xC1k`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x04\x82\x01R_\x91g\r\xE0\xB6\xB3\xA7d\0\0\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\x85\xBF\x82\xD6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0E\x7FW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E\xA3\x91\x90aE\xA1V[a\x0E\xB0\x85` \x01Qa!2V[a\x0E\xBA\x91\x90aE\xB8V[a\x0E\xC4\x91\x90aD\xF3V[\x90P\x80_\x03a\x0E\xD6WPPPPa\x0FyV[`@Q\x80a\x01\0\x01`@R\x80\x84` \x01Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x85\x81R` \x01\x82\x81R` \x01\x84`\xE0\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x84`@\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x84`\xC0\x01Qa\xFF\xFF\x16\x81R` \x01\x84`\xA0\x01Q\x15\x15\x81R` \x01_\x81RP\x8B\x88\x80a\x0FK\x90aE\xCFV[\x99P\x81Q\x81\x10a\x0F]Wa\x0F]aE\xE7V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra\x0Fr\x81\x87a@\x13V[\x95PPPPP[`\x01\x01a\x0CHV[P\x81\x86R`@Q\x80`\x80\x01`@R\x80a\x0F\x99\x83a!\xCCV[`\x01`\x01`\x80\x1B\x03\x16\x81R_` \x82\x01Ra\xFF\xFF\x93\x84\x16`@\x82\x01R`\x05T`\x01``\x1B\x90\x04\x90\x93\x16``\x90\x93\x01\x92\x90\x92RP\x93\x94\x91\x92PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92RP`@\x80Q`\x80\x81\x01\x82R`\x19T`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16` \x84\x01Ra\xFF\xFF`\x01`\xC0\x1B\x83\x04\x81\x16\x94\x84\x01\x85\x90R`\x01`\xD0\x1B\x90\x92\x04\x90\x91\x16``\x83\x01R\x90\x91\x90\x81\x11\x15a\x10\\Wa\x10\\aCmV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x10\x95W\x81` \x01[a\x10\x82a<\xAEV[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x10zW\x90P[P\x91P_[\x82Q\x81\x10\x15a\x12JW_`\x17_\x83\x81R` \x01\x90\x81R` \x01_ `@Q\x80`\xC0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_\x82\x01`\x14\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01_\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1A\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81RPP\x90P_`\x18_\x84\x81R` \x01\x90\x81R` \x01_ T\x90P`@Q\x80a\x01\0\x01`@R\x80\x83_\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x83` \x01Qa\xFF\xFF\x16\x81R` \x01`\x80\x83\x90\x1C\x81R` \x01\x83``\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`@\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`\x80\x01Qa\xFF\xFF\x16\x81R` \x01\x83`\xA0\x01Q\x15\x15\x81R` \x01\x82`\x01`\x01`\x80\x1B\x03\x16\x81RP\x85\x84\x81Q\x81\x10a\x125Wa\x125aE\xE7V[` \x90\x81\x02\x91\x90\x91\x01\x01RPP`\x01\x01a\x10\x9AV[P\x90\x91V[__a\x12\\\x85\x85\x85a!\xFFV[\x90P_[\x87Q\x81\x10\x15a\x12\x94Wa\x12\x8C\x88\x82\x81Q\x81\x10a\x12~Wa\x12~aE\xE7V[` \x02` \x01\x01Q\x83a%NV[`\x01\x01a\x12`V[P_\x81` \x01Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\xB2Wa\x12\xB2aCmV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x12\xDBW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90Pa\x12\xE9\x82\x88\x83a&\xB6V[\x92P`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16`\x01`\x01`@\x1B\x03\x16\x7F\x0E\x1C\xFBb\xA5\xDAn\\\xDF~#\xBBgH\xDB\\\x19H\x9E\x80\n5\xE88\xDE\x1A\xBBVQ\xD4d\x95\x87\x84`@\x01Q\x84`@Qa\x13A\x93\x92\x91\x90aF5V[`@Q\x80\x91\x03\x90\xA2PP\x95\x94PPPPPV[_[\x82Q\x81\x10\x15a\x14\xA7W_\x83\x82\x81Q\x81\x10a\x13rWa\x13raE\xE7V[` \x90\x81\x02\x91\x90\x91\x01\x81\x01Q`@\x80Q`\xC0\x80\x82\x01\x83R\x83Q`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x83R\x84\x86\x01Qa\xFF\xFF\x90\x81\x16\x84\x88\x01\x90\x81R`\x80\x80\x88\x01Qc\xFF\xFF\xFF\xFF\x90\x81\x16\x87\x89\x01\x90\x81R``\x80\x8B\x01Q\x83\x16\x90\x89\x01\x90\x81R`\xA0\x80\x8C\x01Q\x87\x16\x85\x8B\x01\x90\x81R\x98\x8C\x01Q\x15\x15\x90\x8A\x01\x90\x81R_\x8F\x81R`\x17\x8ER\x8B\x81 \x9AQ\x8BT\x97Q\x94Q\x93Q\x9AQ\x99\x16`\x01`\x01`\xB0\x1B\x03\x19\x90\x97\x16\x96\x90\x96\x17`\x01`\xA0\x1B\x93\x88\x16\x93\x90\x93\x02\x92\x90\x92\x17g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1B\x91\x84\x16\x91\x90\x91\x02c\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x16\x17`\x01`\xD0\x1B\x97\x90\x92\x16\x96\x90\x96\x02\x17`\x01`\x01`\xF0\x1B\x03\x16`\x01`\xF0\x1B\x94\x90\x93\x16\x93\x90\x93\x02\x91\x90\x91\x17\x84U\x91Q`\x01\x93\x84\x01\x80T`\xFF\x19\x16\x91\x15\x15\x91\x90\x91\x17\x90U`\xE0\x85\x01Q\x94\x84\x01Q`\x18\x90\x96R\x92\x90 \x93\x90\x91\x1B\x90\x91\x17\x90\x91U\x90\x91\x01\x90Pa\x13VV[P\x80Q`\x19\x80T` \x84\x01Q`@\x85\x01Q``\x90\x95\x01Q`\x01`\x01`\x80\x1B\x03\x90\x94\x16`\x01`\x01`\xC0\x1B\x03\x19\x90\x92\x16\x91\x90\x91\x17`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x90\x92\x16\x91\x90\x91\x02\x17c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\x01`\xC0\x1Ba\xFF\xFF\x94\x85\x16\x02a\xFF\xFF`\xD0\x1B\x19\x16\x17`\x01`\xD0\x1B\x93\x90\x92\x16\x92\x90\x92\x02\x17\x90UPV[__`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c2\x9E\xB89`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x15\x98W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x15\xBC\x91\x90aE\xA1V[\x90P_`\x07T\x82a\x15\xCD\x91\x90a@\x13V[\x90P_a'\x10a\x15\xDFa\x07\x08\x84aE\xB8V[a\x15\xE9\x91\x90aD\xF3V[\x90P_a'\x10a\x15\xFBa\x10\x04\x85aE\xB8V[a\x16\x05\x91\x90aD\xF3V[\x90P_\x81a\x16\x13\x84\x86aFiV[a\x16\x1D\x91\x90aFiV[` \x89\x01Q\x90\x91P_\x90\x81\x90`\x01`\x01`@\x1B\x03\x16\x15a\x16\x9CWa\x16W\x85g\r\xE0\xB6\xB3\xA7d\0\0\x8C` \x01Q`\x01`\x01`@\x1B\x03\x16a)\xA4V[`\x01`\x01`@\x1B\x03\x80\x8A\x16_\x90\x81R`\x16` \x90\x81R`@\x90\x91 \x83\x90U\x8C\x01Q\x91\x92Pa\x16\x8F\x91\x16\x82g\r\xE0\xB6\xB3\xA7d\0\0a)\xA4V[a\x16\x99\x90\x83a@\x13V[\x91P[a\x16\xA8\x8B\x89\x86\x86a*TV[a\x16\xB2\x90\x83a@\x13V[\x91Pa\x16\xBD\x8Ba,]V[\x98P\x81`\x06_\x82\x82Ta\x16\xD0\x91\x90a@\x13V[\x90\x91UP_\x90Pa\x16\xE1\x83\x88aFiV[`\x07\x81\x90U`@\x80Q\x8A\x81R` \x81\x01\x8A\x90R\x90\x81\x01\x88\x90R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x84\x90R\x90\x91P`\x01`\x01`@\x1B\x03\x8A\x16\x90\x7F>\xD1k\x93\xD7\x04\xB8\x87{\x03\x83~\xFF\x0Fd\x18\x06X\"[\xCC\xA5\xF7/\xE5~\xAFUG}]x\x90`\xE0\x01`@Q\x80\x91\x03\x90\xA2a\x17\\\x89`\x01a@&V[`\x05\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x16`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x93\x90\x93\x16\x92\x90\x92\x02c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16\x91\x90\x91\x17\x90U` T`\x01`@\x1B\x90\x04`\xFF\x16\x80\x15a\x17\xBBWP` T`\x01`\x01`@\x1B\x03\x16B\x10\x15[\x15a\x1CrW_`\x1E`@Q\x80a\x01\xE0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x04\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x08\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x12\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81R` \x01`\x01\x82\x01`\x13\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16`\xFF\x16\x81R` \x01`\x01\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81RPP\x90P\x80`\x03_\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x0Ca\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\x80\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01`\x04a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x08a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x01\x01`\x0Ca\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x01\x01`\x0Ea\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01@\x82\x01Q\x81`\x01\x01`\x12a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UPa\x01`\x82\x01Q\x81`\x01\x01`\x13a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\x80\x82\x01Q\x81`\x01\x01`\x15a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UPa\x01\xA0\x82\x01Q\x81`\x01\x01`\x16a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\xC0\x82\x01Q\x81`\x01\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x90PP_` `\x08a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP\x7Fm\x06a\xBE!{W\x17\xE7/\x7F\x9D\xAE~\xD6(\xD5c\x7Ff\xC9wW\xA1\xA0\xF8\xD5\xBCZh\xE6R\x81`@Qa\x1Ch\x91\x90aF|V[`@Q\x80\x91\x03\x90\xA1P[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01Ra\x1Di\x90a\n\x05V[PPPPPPPPP\x92\x91PPV[\x80_\x03a\x1D\x82WPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cc\xB0\xC4(`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1D\xDFW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1E\x03\x91\x90aG\xDDV[`@\x80Q\x84\x81R\x82\x15\x15` \x82\x01R\x91\x92P\x7F\xC3\x0B\xA58}\x08N!H\xB2\xA9\x13W\xA8\x87\xE7\xB0IcWQL\xFE3\xD9\xFF03\xF6v\xAC\xE5\x91\x01`@Q\x80\x91\x03\x90\xA1\x80\x15a\x1E\xBFW`@Qc\x08R\xCD\x8D`\xE3\x1B\x81R`\x04\x81\x01\x83\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90cB\x96lh\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x1E\xA5W__\xFD[PZ\xF1\x15\x80\x15a\x1E\xB7W=__>=_\xFD[PPPPPPV[a\x0B\xB8\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16ca\xD0'\xB3`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1F\x1EW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1FB\x91\x90aG\xF8V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x84a0\xBEV[`\x02T_\x90`\x01`\x01`\xA0\x1B\x03\x16\x80\x15a\x1F\x8DW\x80a\x1F\x99V[_T`\x01`\x01`\xA0\x1B\x03\x16[\x91PP\x90V[_a\x1F\xAB\x82`\x10aE\xB8V[a\x1F\xB6\x90`\xF0aFiV[\x92\x90\x92\x1C\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\n` R`@\x81 \x80T`\x01`p\x1B\x90\x04`\xFF\x16a\x1F\xF0W_\x91PPa\t\xCDV[`\x04T\x81Ta'\x10\x91a \x18\x91`\x01``\x1B\x90\x91\x04a\xFF\xFF\x16\x90`\x01`\x01``\x1B\x03\x16aE\xB8V[a \"\x91\x90aD\xF3V[\x81T\x90\x92P\x82\x90\x82\x90_\x90a A\x90\x84\x90`\x01`\x01``\x1B\x03\x16aH\x13V[\x92Pa\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP\x83`\x01`\x01`\xA0\x1B\x03\x16\x7F`z\xDB\xA6l\xFF\x84\xB6'\xE3S}\x1C\x17\xD0\x88\xA9\x85V\xBC\xCD\x056\xA2\xF3Y\x0CV2\x90#\xD9\x84\x84`@Qa \xA0\x92\x91\x90aHFV[`@Q\x80\x91\x03\x90\xA2\x80T`\x01`x\x1B\x90\x04`\xFF\x16\x15a!+W`@Qc\x14\xC2U\x93`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cS\tVL\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a!\x19W__\xFD[PZ\xF1\x15\x80\x15a\x08\x98W=__>=_\xFD[P\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x1B` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x90\x92RT`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x93\x83\x01\x93\x90\x93R`\x05T\x91\x92a!\x90\x92\x91\x90\x91\x04\x16`\x01a@&V[`\x01`\x01`@\x1B\x03\x16\x81` \x01Q`\x01`\x01`@\x1B\x03\x16\x03a!\xBCWQ`\x01`\x01`\x80\x1B\x03\x16\x92\x91PPV[a!\xC5\x83a0\xF8V[\x93\x92PPPV[_`\x01`\x01`\x80\x1B\x03\x82\x11\x15a\n\x01W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x80`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[a\"E`@Q\x80a\x01\0\x01`@R\x80_\x81R` \x01_\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81RP\x90V[_a\"Q`\x08\x84aD\xF3V[\x85\x83R` \x83\x01\x81\x90R\x90P\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\"uWa\"uaCmV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\"\x9EW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`@\x83\x01R\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\"\xBCWa\"\xBCaCmV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\"\xE5W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P``\x83\x01R\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a#\x03Wa#\x03aCmV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a#,W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\x80\x83\x01R\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a#JWa#JaCmV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a#sW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xA0\x83\x01R\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a#\x91Wa#\x91aCmV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a#\xBAW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xC0\x83\x01R\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a#\xD8Wa#\xD8aCmV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a$\x01W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xE0\x83\x01R_[\x81\x81\x10\x15a%EW\x84\x84a$\x1E\x83`\x08aE\xB8V[\x90a$*\x84`\x08aE\xB8V[a$5\x90`\x08a@\x13V[\x92a$B\x93\x92\x91\x90aHpV[a$K\x91aH\x97V[`\xC0\x1C`\x01`\x01`@\x1B\x03\x16\x83`@\x01Q\x82\x81Q\x81\x10a$mWa$maE\xE7V[` \x90\x81\x02\x91\x90\x91\x01\x01R_`\t\x81a$\x86\x84\x8Aa@\x13V[\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x81Q`\xA0\x81\x01\x83R\x90T`\x01`\x01`\xA0\x1B\x03\x81\x16\x80\x83Rc\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x83\x04\x16\x94\x83\x01\x94\x90\x94Ra\xFF\xFF`\x01`\xC0\x1B\x82\x04\x16\x92\x82\x01\x92\x90\x92R`\xFF`\x01`\xD0\x1B\x83\x04\x81\x16\x15\x15``\x83\x01R`\x01`\xD8\x1B\x90\x92\x04\x90\x91\x16`\x80\x82\x01R\x91P\x15\x80\x15\x90a%\tWP\x80``\x01Q\x15[\x15a%<W\x80` \x01Qc\xFF\xFF\xFF\xFF\x16\x84``\x01Q\x83\x81Q\x81\x10a%/Wa%/aE\xE7V[` \x02` \x01\x01\x81\x81RPP[P`\x01\x01a$\tV[PP\x93\x92PPPV[\x80Q` \x82\x01Q_\x90a%a\x90\x83a@\x13V[\x90P\x80\x84`\xA0\x01Q\x10\x15a%vWP`\xA0\x83\x01Q[\x81\x81\x11a%\x83WPPPPV[_`@Q\x80``\x01`@R\x80\x86`@\x01Q\x81R` \x01\x86``\x01Q\x81R` \x01\x86`\x80\x01Q\x81RP\x90P_\x85` \x01Q`@a%\xBF\x91\x90aE\xB8V[\x90P_\x80a%\xCE`\x10\x87aE\x06V[a%\xD8\x90\x87aFiV[\x90P[\x84\x81\x10\x15a&\x81W_`\x12\x81a%\xF2`\x10\x85aD\xF3V[a%\xFC\x90\x87a@\x13V[\x81R` \x01\x90\x81R` \x01_ T\x90P\x80_\x03a&\x19WPa&oV[_\x87\x83\x10a&'W\x82a&)V[\x87[\x90P_\x87a&8\x85`\x10a@\x13V[\x11a&MWa&H\x84`\x10a@\x13V[a&OV[\x87[\x90Pa&_\x8A\x88\x85\x87\x86\x86a1\xB3V[a&i\x90\x86a@\x13V[\x94PPPP[a&z`\x10\x82a@\x13V[\x90Pa%\xDBV[P\x80\x87`\xE0\x01\x81\x81Qa&\x94\x91\x90a@\x13V[\x90RP`\xC0\x87\x01Q\x15a&\xADWa&\xAD\x87\x87\x87\x87a2\x93V[PPPPPPPV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01\x81\x90R`\x01`\xA8\x1B\x83\x04\x90\x91\x16a\x01\x80\x86\x01R`\x01`\xB0\x1B\x82\x04\x90\x92\x16a\x01\xA0\x85\x01R\x93\x90\x93\x04\x16a\x01\xC0\x82\x01R\x83Q_\x92`\x01`\x01`\x80\x1B\x03\x90\x91\x16\x90\x83\x90a'\xC5\x90\x83\x90a4\x03V[`\x05T\x90\x91P`\x01`\x80\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16_\x80[\x89` \x01Q\x81\x10\x15a)hW\x89``\x01Q\x81\x81Q\x81\x10a(\0Wa(\0aE\xE7V[` \x02` \x01\x01Q_\x14\x80a(\x13WP\x84\x15[\x15a(\xA5W\x89`@\x01Q\x81\x81Q\x81\x10a(.Wa(.aE\xE7V[` \x02` \x01\x01Q_\x14a(\xA0W\x89Qa(I\x90\x82\x90a@\x13V[\x8A`@\x01Q\x82\x81Q\x81\x10a(_Wa(_aE\xE7V[` \x90\x81\x02\x91\x90\x91\x01\x01Q`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R_`D\x82\x01\x81\x90R`d\x82\x01R`\x84\x81\x01\x85\x90R`\xA4\x01a\x01EV[a)`V[a(\xB1\x8A\x82\x87\x87a4\x13V[_\x85\x8B`\xC0\x01Q\x83\x81Q\x81\x10a(\xC9Wa(\xC9aE\xE7V[` \x02` \x01\x01Qa(\xDB\x91\x90aD\xF3V[\x90P\x80\x89\x83\x81Q\x81\x10a(\xF0Wa(\xF0aE\xE7V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra)\x05\x81\x84a@\x13V[\x92P__\x86\x11\x80\x15a)4WP\x85\x8C`\xE0\x01Q\x84\x81Q\x81\x10a))Wa))aE\xE7V[` \x02` \x01\x01Q\x10\x15[\x90Pa)Q\x83\x8D_\x01Qa)H\x91\x90a@\x13V[\x83\x83\x8B\x89a4\xEFV[a)[\x90\x8Aa@\x13V[\x98PPP[`\x01\x01a'\xDEV[Pa)r\x81a6\xA0V[\x88` \x01\x81\x81Qa)\x83\x91\x90a@&V[`\x01`\x01`@\x1B\x03\x16\x90RPa)\x98\x89a6\xD5V[PPPPP\x93\x92PPPV[___a)\xB1\x86\x86a8\x08V[\x91P\x91P\x81_\x03a)\xD5W\x83\x81\x81a)\xCBWa)\xCBaD\xDFV[\x04\x92PPPa!\xC5V[\x81\x84\x11a)\xECWa)\xEC`\x03\x85\x15\x02`\x11\x18a8$V[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[_\x80\x80[\x86Q\x81\x10\x15a*\xBBW\x86\x81\x81Q\x81\x10a*sWa*saE\xE7V[` \x02` \x01\x01Q`\xE0\x01Q\x87\x82\x81Q\x81\x10a*\x91Wa*\x91aE\xE7V[` \x02` \x01\x01Q`@\x01Qa*\xA7\x91\x90aE\xB8V[a*\xB1\x90\x83a@\x13V[\x91P`\x01\x01a*XV[P\x80_\x03a*\xCCW_\x91PPa,UV[_[\x86Q\x81\x10\x15a,RW_\x87\x82\x81Q\x81\x10a*\xEAWa*\xEAaE\xE7V[` \x02` \x01\x01Q\x90P_\x81`\xE0\x01Q\x82`@\x01Qa+\t\x91\x90aE\xB8V[\x90P_a+\x17\x88\x83\x87a)\xA4V[\x90P_a+%\x88\x84\x88a)\xA4V[\x84Q\x90\x91P_\x90a+A\x90a+;\x8D`\x01a@&V[\x84a85V[\x90Pa+M\x81\x83aFiV[a+W\x90\x84a@\x13V[\x92P\x82\x15a+kW\x84Qa+k\x90\x84a:\xCAV[a+u\x81\x84a@\x13V[a+\x7F\x90\x89a@\x13V[\x97Pg\r\xE0\xB6\xB3\xA7d\0\0\x85`\xE0\x01Qa\xFF\xFFa+\x9C\x91\x90aE\xB8V[a+\xA6\x91\x90aD\xF3V[` \x80\x87\x01Q_\x90\x81R`\t\x82R`@\x90\x81\x90 \x80Ta\xFF\xFF\x94\x90\x94\x16`\x01`\xC0\x1B\x02a\xFF\xFF`\xC0\x1B\x19\x90\x94\x16\x93\x90\x93\x17\x90\x92U\x86Q\x82\x88\x01Q`\xE0\x89\x01Q\x84Q\x91\x82R\x92\x81\x01\x92\x90\x92R\x91\x81\x01\x85\x90R``\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90`\x01`\x01`@\x1B\x03\x8D\x16\x90\x7F4\xFA\xB1uT\x07\xCE\xE1j\xECy\x90\xEDD#}\x14\x1C\xBD\xB5\xDF7\x96\x1B\xE0e\x12\xB0\x1A\x9D\xF5\x13\x90`\x80\x01`@Q\x80\x91\x03\x90\xA3PPPPP\x80`\x01\x01\x90Pa*\xCEV[PP[\x94\x93PPPPV[\x80Q_\x90\x80\x82\x03a,pWP_\x92\x91PPV[_\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a,\x89Wa,\x89aCmV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a,\xB2W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x82`\x01`\x01`@\x1B\x03\x81\x11\x15a,\xCEWa,\xCEaCmV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a,\xF7W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x83\x81\x10\x15a-\x96W\x85\x81\x81Q\x81\x10a-\x16Wa-\x16aE\xE7V[` \x02` \x01\x01Q_\x01Q\x83\x82\x81Q\x81\x10a-3Wa-3aE\xE7V[` \x02` \x01\x01\x90`\x01`\x01`\xA0\x1B\x03\x16\x90\x81`\x01`\x01`\xA0\x1B\x03\x16\x81RPP\x85\x81\x81Q\x81\x10a-eWa-eaE\xE7V[` \x02` \x01\x01Q`\xE0\x01Q\x82\x82\x81Q\x81\x10a-\x83Wa-\x83aE\xE7V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a,\xFCV[P`\x03T`@Qcj\xAB\xE8\xF3`\xE0\x1B\x81R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x91cj\xAB\xE8\xF3\x91a-\xF6\x91\x86\x91\x86\x91`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x90`\x04\x01aH\xCDV[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a.\rW__\xFD[PZ\xF1\x15\x80\x15a.\x1FW=__>=_\xFD[PP`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x82\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x81\x04\x90\x91\x16a\x01\xA0\x84\x01\x81\x90R\x93\x90\x04\x16a\x01\xC0\x82\x01R\x92P_\x91Pa'\x10\x90a/,\x90g\r\xE0\xB6\xB3\xA7d\0\0\x90aE\xB8V[a/6\x91\x90aD\xF3V[\x90P_[\x85\x81\x10\x15a0\xB3W_`\t_\x8A\x84\x81Q\x81\x10a/XWa/XaE\xE7V[` \x02` \x01\x01Q` \x01Q\x81R` \x01\x90\x81R` \x01_ \x90P_\x83\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x85\xBF\x82\xD6\x89\x86\x81Q\x81\x10a/\xB6Wa/\xB6aE\xE7V[` \x02` \x01\x01Q`@Q\x82c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a/\xE9\x91\x90`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16\x81R` \x01\x90V[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a0\x04W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a0(\x91\x90aE\xA1V[\x10a03W_a0JV[\x81Ta0J\x90`\x01`\xD8\x1B\x90\x04`\xFF\x16`\x01aI;V[\x90P\x84a\x01\x80\x01Q`\xFF\x16\x81`\xFF\x16\x10a0\x92Wa0\x82\x87\x84\x81Q\x81\x10a0sWa0saE\xE7V[` \x02` \x01\x01Q`\x02a\x1F\xC0V[a0\x8C\x90\x8Aa@\x13V[\x98P_\x90P[\x81T`\xFF\x90\x91\x16`\x01`\xD8\x1B\x02`\xFF`\xD8\x1B\x19\x90\x91\x16\x17\x90U`\x01\x01a/:V[PPPPPP\x91\x90PV[a0\xCB\x83\x83\x83`\x01a;#V[a0\xF3W`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x01EV[PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\n` \x90\x81R`@\x80\x83 \x81Q`\x80\x81\x01\x83R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x93\x82\x01\x93\x90\x93R`\xFF`\x01`p\x1B\x84\x04\x81\x16\x15\x80\x15\x93\x83\x01\x84\x90R`\x01`x\x1B\x90\x94\x04\x16\x15\x15``\x82\x01R\x91\x83\x91\x90a1mWP\x81``\x01Q[a1wW_a1zV[\x81Q[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\x0C` R`@\x90 T`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x91Pa,U\x90`\x01`\x01`\x80\x1B\x03\x16\x82a@\x13V[_\x86Q` `@\x89\x01Q\x01` ``\x8A\x01Q\x01` `\x80\x8B\x01Q\x01` `\xA0\x8C\x01Q\x01` `\xC0\x8D\x01Q\x01\x8BQ` \x8D\x01Q`@\x8E\x01Q\x8B[\x8B\x81\x10\x15a2\x7FWa\xFF\xFF\x8F\x8F\x83\x03`\x04\x1B`\xF0\x03\x1C\x16\x80a2\x0EWPa2wV[\x8A\x82\x03`\x05\x1B\x80\x8A\x01Q\x84\x81\x10\x15\x81\x15\x17\x15a2,WPPPa2wV[P\x84g\r\xE0\xB6\xB3\xA7d\0\0\x83\x02\x04\x91P\x80\x8B\x01Q\x80\x83\x10a2QW\x89\x82\x01\x80Q\x88\x01\x90R[\x80\x83\x11\x15a2fW\x88\x82\x01\x80Q\x88\x01\x90R\x91P\x81[P\x86\x01\x80Q\x86\x83\x02\x01\x90R\x9A\x90\x9A\x01\x99[`\x01\x01a1\xECV[PPPPPPPPPP\x96\x95PPPPPPV[_a2\xA0a\x01\0\x84aE\x06V[a2\xAA\x90\x84aFiV[\x90P[\x81\x81\x10\x15a3\xFCW_`\x13\x81a2\xC5a\x01\0\x85aD\xF3V[` \x89\x01Qa2\xD5\x90`\x04aE\xB8V[a2\xDF\x91\x90a@\x13V[\x81R` \x01\x90\x81R` \x01_ T\x90P\x80_\x03a2\xFCWPa3\xE9V[_\x84\x83\x10a3\nW\x82a3\x0CV[\x84[\x90P_\x84a3\x1C\x85a\x01\0a@\x13V[\x11a32Wa3-\x84a\x01\0a@\x13V[a34V[\x84[\x90P\x81[\x81\x81\x10\x15a3\xE4Wa3La\x01\0\x82aE\x06V[\x84\x90\x1C`\x01\x16\x15a3\xDCW``\x88\x01Q_\x90a3h\x89\x84aFiV[\x81Q\x81\x10a3xWa3xaE\xE7V[` \x02` \x01\x01Q\x90P\x80_\x14\x80a3\x94WP\x89`\x80\x01Q\x81\x10\x15[\x15a3\x9FWPa3\xDCV[`@\x8A\x01Q`\xE0\x8A\x01Qa3\xB3\x8A\x85aFiV[\x81Q\x81\x10a3\xC3Wa3\xC3aE\xE7V[` \x02` \x01\x01\x81\x81Qa3\xD7\x91\x90a@\x13V[\x90RPP[`\x01\x01a38V[PPPP[a3\xF5a\x01\0\x82a@\x13V[\x90Pa2\xADV[PPPPPV[_a\t\xCA\x83\x83a'\x10`\x01a;\x85V[_\x84`@\x01Q\x84\x81Q\x81\x10a4*Wa4*aE\xE7V[` \x02` \x01\x01Q\x90P_\x81_\x14a4_W\x85`\x80\x01Q\x85\x81Q\x81\x10a4RWa4RaE\xE7V[` \x02` \x01\x01Qa4aV[\x83[\x90P_\x86`\xA0\x01Q\x86\x81Q\x81\x10a4zWa4zaE\xE7V[` \x02` \x01\x01Q\x90P\x83\x82\x10\x80a4\x92WP\x83\x81\x10\x15[\x80a4\xA4WPg\r\xE0\xB6\xB3\xA7d\0\0\x83\x11[\x15a&\xADW\x86Qa4\xB6\x90\x87\x90a@\x13V[`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x84\x90R`D\x81\x01\x83\x90R`d\x81\x01\x82\x90R`\x84\x81\x01\x85\x90R`\xA4\x01a\x01EV[_\x85\x81R`\t` \x90\x81R`@\x80\x83 \x80T`\x01`\x01`\xA0\x1B\x03\x16\x80\x85R`\x10\x84R\x82\x85 \x83Q``\x81\x01\x85R\x90T`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16\x96\x83\x01\x96\x90\x96R`\x01`\xC0\x1B\x90\x04\x90\x94\x16\x92\x84\x01\x92\x90\x92R\x91a5ea5`\x82a;\xD0V[a!\xCCV[\x81Q\x82\x90a5t\x90\x83\x90aITV[`\x01`\x01`\x80\x1B\x03\x90\x81\x16\x90\x91R`\x01`\x01`@\x1B\x03\x80\x8B\x16` \x80\x86\x01\x91\x82R\x89\x83\x16`@\x80\x88\x01\x91\x82R`\x01`\x01`\xA0\x1B\x03\x89\x16_\x90\x81R`\x10\x90\x93R\x82 \x87Q\x81T\x94Q\x92Q\x86\x16`\x01`\xC0\x1B\x02`\x01`\x01`\xC0\x1B\x03\x93\x90\x96\x16`\x01`\x80\x1B\x02`\x01`\x01`\xC0\x1B\x03\x19\x90\x95\x16\x96\x16\x95\x90\x95\x17\x92\x90\x92\x17\x91\x90\x91\x16\x91\x90\x91\x17\x90\x91U\x90P\x87a6\x05W_a6\x1CV[\x83Ta6\x1C\x90`\x01`\xD8\x1B\x90\x04`\xFF\x16`\x01aI;V[\x90P\x86a\x01\x80\x01Q`\xFF\x16\x81`\xFF\x16\x10a6AWa6;\x83`\x01a\x1F\xC0V[\x94P_\x90P[\x83T`\xFF`\xD8\x1B\x19\x16`\x01`\xD8\x1B`\xFF\x83\x16\x02\x17\x84Ug\r\xE0\xB6\xB3\xA7d\0\0a6l\x8Aa\xFF\xFFaE\xB8V[a6v\x91\x90aD\xF3V[\x84Ta\xFF\xFF\x91\x90\x91\x16`\x01`\xC0\x1B\x02a\xFF\xFF`\xC0\x1B\x19\x90\x91\x16\x17\x90\x93UP\x91\x97\x96PPPPPPPV[_`\x01`\x01`@\x1B\x03\x82\x11\x15a\n\x01W`@\x80Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x83\x90R`D\x01a\x01EV[` \x81\x01Q\x81Q_\x91a6\xE7\x91a@\x13V[\x90P_`\x10\x83_\x01Qa6\xFA\x91\x90aE\x06V[\x83Qa7\x06\x91\x90aFiV[\x90P[\x81\x81\x10\x15a0\xF3W_`\x15\x81a7 `\x10\x85aD\xF3V[\x81R` \x01\x90\x81R` \x01_ T\x90P_\x84_\x01Q\x83\x10a7AW\x82a7DV[\x84Q[\x90P[a7R\x83`\x10a@\x13V[\x81\x10\x80\x15a7_WP\x83\x81\x10[\x15a7\xD5Wa7\xC3\x82a7s`\x10\x84aE\x06V[`@\x88\x01Q\x88Qg\r\xE0\xB6\xB3\xA7d\0\0\x91\x90a7\x8F\x90\x87aFiV[\x81Q\x81\x10a7\x9FWa7\x9FaE\xE7V[` \x02` \x01\x01Qa\xFF\xFFa7\xB4\x91\x90aE\xB8V[a7\xBE\x91\x90aD\xF3V[a<PV[\x91Pa7\xCE\x81aE\xCFV[\x90Pa7GV[P\x80`\x15_a7\xE5`\x10\x86aD\xF3V[\x81R` \x81\x01\x91\x90\x91R`@\x01_ UPa8\x01`\x10\x82a@\x13V[\x90Pa7\tV[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x81\x81R`\x0C` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x83R\x90T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83R`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x83\x86\x01R\x86\x86R`\x1C\x85R\x83\x86 \x84Q\x80\x86\x01\x86R\x90T\x80\x83\x16\x82R\x92\x90\x92\x04`\x01`\x01`@\x1B\x03\x16\x82\x86\x01R\x95\x85R`\r\x90\x93R\x90\x83 T\x82Q\x93\x94\x91\x93\x90\x91\x16\x15\x80\x15\x90a8\xD6WP\x85`\x01`\x01`@\x1B\x03\x16\x82` \x01Q`\x01`\x01`@\x1B\x03\x16\x14\x15[\x15a9sW`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x1D` \x90\x81R`@\x80\x83 \x85\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x81 T\x90\x03a9KWa9\x1B\x81`\x01a@\x13V[`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x1D` \x90\x81R`@\x80\x83 \x86\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x90 U[`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x1C` R`@\x81 \x80T`\x01`\x01`\xC0\x1B\x03\x19\x16\x90U\x82R[_\x86`\x01`\x01`@\x1B\x03\x16\x83` \x01Q`\x01`\x01`@\x1B\x03\x16\x14a9\x97W_a9\x9AV[\x82Q[\x84` \x01Qa9\xA9\x91\x90aIsV[`\x01`\x01`\x80\x1B\x03\x16\x90P_a9\xBE\x89a!2V[\x90P\x81\x15\x80\x15\x90a9\xCEWP\x80\x15\x15[\x15a:TW_a9\xF8\x83\x87_\x01Q`\x01`\x01`\x80\x1B\x03\x16\x88` \x01Q`\x01`\x01`\x80\x1B\x03\x16a)\xA4V[\x90P\x81\x81\x11\x15a:\x05WP\x80[a:\x10\x88\x82\x84a)\xA4V[\x96Pa:,\x87n\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x85a)\xA4V[a:6\x90\x85a@\x13V[`\x01`\x01`\xA0\x1B\x03\x8B\x16_\x90\x81R`\r` R`@\x90 \x81\x90U\x93PP[\x83Q`\x01`\x01`\x80\x1B\x03\x16\x15\x80\x15\x90a:\x82WP\x87`\x01`\x01`@\x1B\x03\x16\x84` \x01Q`\x01`\x01`@\x1B\x03\x16\x14[\x15a)\x98Wa:\x92\x83`\x01a@\x13V[`\x01`\x01`\xA0\x1B\x03\x8A\x16_\x90\x81R`\x1D` \x90\x81R`@\x80\x83 `\x01`\x01`@\x1B\x03\x8D\x16\x84R\x90\x91R\x90 UPPPPP\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x10` R`@\x90 \x80Ta:\xFB\x90a5`\x90\x84\x90`\x01`\x01`\x80\x1B\x03\x16a@\x13V[\x81To\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01`\x80\x1B\x03\x91\x90\x91\x16\x17\x90UPPV[`@Qc\xA9\x05\x9C\xBB`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a;yW\x83\x83\x15\x16\x15a;mW=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[_a;\xB2a;\x92\x83a<\x82V[\x80\x15a;\xADWP_\x84\x80a;\xA8Wa;\xA8aD\xDFV[\x86\x88\t\x11[\x15\x15\x90V[a;\xBD\x86\x86\x86a)\xA4V[a;\xC7\x91\x90a@\x13V[\x95\x94PPPPPV[_\x81` \x01Q`\x01`\x01`@\x1B\x03\x16_\x14\x80a<\x06WP`\x05T`@\x83\x01Q`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x90\x92\x04\x82\x16\x91\x16\x10\x15[\x15a<\x12WP_\x91\x90PV[a\t\xCD\x82` \x01Q`\x01`\x01`@\x1B\x03\x16`\x16_\x85`@\x01Q`\x01`\x01`@\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ Tg\r\xE0\xB6\xB3\xA7d\0\0a)\xA4V[_\x80a<]\x84`\x10aE\xB8V[a<h\x90`\xF0aFiV[a\xFF\xFF\x80\x82\x1B\x19\x87\x16\x90\x85\x16\x90\x91\x1B\x17\x91PP\x93\x92PPPV[_`\x02\x82`\x03\x81\x11\x15a<\x97Wa<\x97aH2V[a<\xA1\x91\x90aI\x92V[`\xFF\x16`\x01\x14\x90P\x91\x90PV[`@Q\x80a\x01\0\x01`@R\x80_`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x15\x15\x81R` \x01_\x81RP\x90V[_a\x01\xE0\x82\x84\x03\x12\x15a=\x07W__\xFD[P\x91\x90PV[_a\x01\xE0\x82\x84\x03\x12\x15a=\x1EW__\xFD[a\t\xCA\x83\x83a<\xF6V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a=<W__\xFD[PV[___a\x02 \x84\x86\x03\x12\x15a=RW__\xFD[\x835\x92P` \x84\x015a=d\x81a=(V[\x91Pa=s\x85`@\x86\x01a<\xF6V[\x90P\x92P\x92P\x92V[__` \x83\x85\x03\x12\x15a=\x8DW__\xFD[\x825`\x01`\x01`@\x1B\x03\x81\x11\x15a=\xA2W__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a=\xB2W__\xFD[\x805`\x01`\x01`@\x1B\x03\x81\x11\x15a=\xC7W__\xFD[\x85` \x82\x84\x01\x01\x11\x15a=\xD8W__\xFD[` \x91\x90\x91\x01\x95\x90\x94P\x92PPPV[`\x01`\x01``\x1B\x03\x81\x16\x81\x14a=<W__\xFD[\x805a>\x07\x81a=\xE8V[\x91\x90PV[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a=<W__\xFD[\x805a>\x07\x81a>\x0CV[a\xFF\xFF\x81\x16\x81\x14a=<W__\xFD[\x805a>\x07\x81a>(V[\x80\x15\x15\x81\x14a=<W__\xFD[\x805a>\x07\x81a>BV[`\xFF\x81\x16\x81\x14a=<W__\xFD[\x805a>\x07\x81a>ZV[a>\x8D\x82a>\x80\x83a=\xFCV[`\x01`\x01``\x1B\x03\x16\x90RV[a>\x99` \x82\x01a=\xFCV[`\x01`\x01``\x1B\x03\x16` \x83\x01Ra>\xB3`@\x82\x01a>\x1DV[c\xFF\xFF\xFF\xFF\x16`@\x83\x01Ra>\xCA``\x82\x01a>\x1DV[c\xFF\xFF\xFF\xFF\x16``\x83\x01Ra>\xE1`\x80\x82\x01a>\x1DV[c\xFF\xFF\xFF\xFF\x16`\x80\x83\x01Ra>\xF8`\xA0\x82\x01a>\x1DV[c\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01Ra?\x0F`\xC0\x82\x01a>\x1DV[c\xFF\xFF\xFF\xFF\x16`\xC0\x83\x01Ra?&`\xE0\x82\x01a>7V[a\xFF\xFF\x16`\xE0\x83\x01Ra?<a\x01\0\x82\x01a>7V[a\xFF\xFF\x16a\x01\0\x83\x01Ra?Sa\x01 \x82\x01a>7V[a\xFF\xFF\x16a\x01 \x83\x01Ra?ja\x01@\x82\x01a>OV[\x15\x15a\x01@\x83\x01Ra?\x7Fa\x01`\x82\x01a>7V[a\xFF\xFF\x16a\x01`\x83\x01Ra?\x96a\x01\x80\x82\x01a>hV[`\xFF\x16a\x01\x80\x83\x01Ra?\xACa\x01\xA0\x82\x01a>7V[a\xFF\xFF\x16a\x01\xA0\x83\x01Ra?\xC3a\x01\xC0\x82\x01a>\x1DV[c\xFF\xFF\xFF\xFF\x81\x16a\x01\xC0\x84\x01RPPPV[a\x01\xE0\x81\x01a\t\xCD\x82\x84a>sV[_` \x82\x84\x03\x12\x15a?\xF4W__\xFD[\x81Qa!\xC5\x81a>\x0CV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\t\xCDWa\t\xCDa?\xFFV[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xCDWa\t\xCDa?\xFFV[_\x815a\t\xCD\x81a=\xE8V[_\x815a\t\xCD\x81a>\x0CV[_\x815a\t\xCD\x81a>(V[_\x815a\t\xCD\x81a>BV[_\x815a\t\xCD\x81a>ZV[a@\xAFa@\x8D\x83a@EV[\x82Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x17\x82UV[a@\xF2a@\xBE` \x84\x01a@EV[\x82\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aA%aA\x01`@\x84\x01a@QV[\x82\x80Tc\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\xC0\x92\x90\x92\x1Bc\xFF\xFF\xFF\xFF`\xC0\x1B\x16\x91\x90\x91\x17\x90UV[aAXaA4``\x84\x01a@QV[\x82\x80T`\x01`\x01`\xE0\x1B\x03\x16`\xE0\x92\x90\x92\x1B`\x01`\x01`\xE0\x1B\x03\x19\x16\x91\x90\x91\x17\x90UV[`\x01\x81\x01aA\x82aAk`\x80\x85\x01a@QV[\x82Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x17\x82UV[aA\xB3aA\x91`\xA0\x85\x01a@QV[\x82Tg\xFF\xFF\xFF\xFF\0\0\0\0\x19\x16` \x91\x90\x91\x1Bg\xFF\xFF\xFF\xFF\0\0\0\0\x16\x17\x82UV[aA\xECaA\xC2`\xC0\x85\x01a@QV[\x82Tk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x19\x16`@\x91\x90\x91\x1Bk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x17\x82UV[aB\x1BaA\xFB`\xE0\x85\x01a@]V[\x82\x80Ta\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Ba\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aBKaB+a\x01\0\x85\x01a@]V[\x82\x80Ta\xFF\xFF`p\x1B\x19\x16`p\x92\x90\x92\x1Ba\xFF\xFF`p\x1B\x16\x91\x90\x91\x17\x90UV[aB{aB[a\x01 \x85\x01a@]V[\x82\x80Ta\xFF\xFF`\x80\x1B\x19\x16`\x80\x92\x90\x92\x1Ba\xFF\xFF`\x80\x1B\x16\x91\x90\x91\x17\x90UV[aB\xA9aB\x8Ba\x01@\x85\x01a@iV[\x82\x80T`\xFF`\x90\x1B\x19\x16\x91\x15\x15`\x90\x1B`\xFF`\x90\x1B\x16\x91\x90\x91\x17\x90UV[aB\xD9aB\xB9a\x01`\x85\x01a@]V[\x82\x80Ta\xFF\xFF`\x98\x1B\x19\x16`\x98\x92\x90\x92\x1Ba\xFF\xFF`\x98\x1B\x16\x91\x90\x91\x17\x90UV[aC\x07aB\xE9a\x01\x80\x85\x01a@uV[\x82\x80T`\xFF`\xA8\x1B\x19\x16`\xA8\x92\x90\x92\x1B`\xFF`\xA8\x1B\x16\x91\x90\x91\x17\x90UV[aC7aC\x17a\x01\xA0\x85\x01a@]V[\x82\x80Ta\xFF\xFF`\xB0\x1B\x19\x16`\xB0\x92\x90\x92\x1Ba\xFF\xFF`\xB0\x1B\x16\x91\x90\x91\x17\x90UV[a0\xF3aA\x01a\x01\xC0\x85\x01a@QV[a\x02\0\x81\x01aCV\x82\x85a>sV[`\x01`\x01`@\x1B\x03\x83\x16a\x01\xE0\x83\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Qa\x01\xE0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15aC\xB0WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90V[_a\x01\xE0\x82\x84\x03\x12\x80\x15aC\xC8W__\xFD[PaC\xD1aC\x81V[aC\xDA\x83a=\xFCV[\x81RaC\xE8` \x84\x01a=\xFCV[` \x82\x01RaC\xF9`@\x84\x01a>\x1DV[`@\x82\x01RaD\n``\x84\x01a>\x1DV[``\x82\x01RaD\x1B`\x80\x84\x01a>\x1DV[`\x80\x82\x01RaD,`\xA0\x84\x01a>\x1DV[`\xA0\x82\x01RaD=`\xC0\x84\x01a>\x1DV[`\xC0\x82\x01RaDN`\xE0\x84\x01a>7V[`\xE0\x82\x01RaD`a\x01\0\x84\x01a>7V[a\x01\0\x82\x01RaDsa\x01 \x84\x01a>7V[a\x01 \x82\x01RaD\x86a\x01@\x84\x01a>OV[a\x01@\x82\x01RaD\x99a\x01`\x84\x01a>7V[a\x01`\x82\x01RaD\xACa\x01\x80\x84\x01a>hV[a\x01\x80\x82\x01RaD\xBFa\x01\xA0\x84\x01a>7V[a\x01\xA0\x82\x01RaD\xD2a\x01\xC0\x84\x01a>\x1DV[a\x01\xC0\x82\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[_\x82aE\x01WaE\x01aD\xDFV[P\x04\x90V[_\x82aE\x14WaE\x14aD\xDFV[P\x06\x90V[_` \x82\x84\x03\x12\x15aE)W__\xFD[\x815a!\xC5\x81a=\xE8V[_` \x82\x84\x03\x12\x15aEDW__\xFD[\x815a!\xC5\x81a>(V[_` \x82\x84\x03\x12\x15aE_W__\xFD[\x815a!\xC5\x81a>\x0CV[_` \x82\x84\x03\x12\x15aEzW__\xFD[\x815a!\xC5\x81a>ZV[c\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xCDWa\t\xCDa?\xFFV[_` \x82\x84\x03\x12\x15aE\xB1W__\xFD[PQ\x91\x90PV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\t\xCDWa\t\xCDa?\xFFV[_`\x01\x82\x01aE\xE0WaE\xE0a?\xFFV[P`\x01\x01\x90V[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15aF+W\x81Q\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01aF\rV[P\x93\x94\x93PPPPV[\x83\x81R``` \x82\x01R_aFM``\x83\x01\x85aE\xFBV[\x82\x81\x03`@\x84\x01RaF_\x81\x85aE\xFBV[\x96\x95PPPPPPV[\x81\x81\x03\x81\x81\x11\x15a\t\xCDWa\t\xCDa?\xFFV[\x81Q`\x01`\x01``\x1B\x03\x16\x81Ra\x01\xE0\x81\x01` \x83\x01QaF\xA8` \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[P`@\x83\x01QaF\xC0`@\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P``\x83\x01QaF\xD8``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaF\xF0`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01QaG\x08`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaG `\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaG6`\xE0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaGNa\x01\0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01QaGfa\x01 \x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01QaG|a\x01@\x84\x01\x82\x15\x15\x90RV[Pa\x01`\x83\x01QaG\x94a\x01`\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01QaG\xABa\x01\x80\x84\x01\x82`\xFF\x16\x90RV[Pa\x01\xA0\x83\x01QaG\xC3a\x01\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\xC0\x83\x01Qa!+a\x01\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[_` \x82\x84\x03\x12\x15aG\xEDW__\xFD[\x81Qa!\xC5\x81a>BV[_` \x82\x84\x03\x12\x15aH\x08W__\xFD[\x81Qa!\xC5\x81a=(V[`\x01`\x01``\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xCDWa\t\xCDa?\xFFV[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`@\x81\x01`\x03\x84\x10aHfWcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x92\x81R` \x01R\x90V[__\x85\x85\x11\x15aH~W__\xFD[\x83\x86\x11\x15aH\x8AW__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805`\x01`\x01`\xC0\x1B\x03\x19\x81\x16\x90`\x08\x84\x10\x15a!+W`\x01`\x01`\xC0\x1B\x03\x19`\x08\x94\x90\x94\x03`\x03\x1B\x84\x90\x1B\x16\x90\x92\x16\x92\x91PPV[``\x80\x82R\x84Q\x90\x82\x01\x81\x90R_\x90` \x86\x01\x90`\x80\x84\x01\x90\x83[\x81\x81\x10\x15aI\x0FW\x83Q`\x01`\x01`\xA0\x1B\x03\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01aH\xE8V[PP\x83\x81\x03` \x85\x01RaI#\x81\x87aE\xFBV[\x92PPPc\xFF\xFF\xFF\xFF\x83\x16`@\x83\x01R\x94\x93PPPPV[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xCDWa\t\xCDa?\xFFV[`\x01`\x01`\x80\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xCDWa\t\xCDa?\xFFV[`\x01`\x01`\x80\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xCDWa\t\xCDa?\xFFV[_`\xFF\x83\x16\x80aI\xA4WaI\xA4aD\xDFV[\x80`\xFF\x84\x16\x06\x91PP\x92\x91PPV",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b5060043610610049575f3560e01c8062231d251461004d5780630a3c3495146100625780637b10399914610075578063b0a8d599146100b1575b5f5ffd5b61006061005b366004613d0d565b6100d4565b005b610060610070366004613d3f565b610585565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020015b60405180910390f35b6100c46100bf366004613d7c565b6106d7565b60405190151581526020016100a8565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361011d57604051633beab4bd60e21b815260040160405180910390fd5b5f546001600160a01b0316331461014e5760405163245aecd360e01b81523360048201526024015b60405180910390fd5b600554600160701b900460ff161561017957604051631f3ef82160e31b815260040160405180910390fd5b60405163c3631ea960e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c3631ea9906101c5908490600401613fd5565b5f6040518083038186803b1580156101db575f5ffd5b505afa1580156101ed573d5f5f3e3d5ffd5b505050505f60055f9054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636e4758616040518163ffffffff1660e01b8152600401602060405180830381865afa158015610266573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061028a9190613fe4565b63ffffffff1690506001600160401b038216158015906102bb57506102b8816001600160401b038416614013565b42105b156102f8576102d3816001600160401b038416614013565b604051632d6408cb60e21b81526001600160401b039091166004820152602401610145565b5f5f60169054906101000a900463ffffffff1663ffffffff169050806001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e0b165646040518163ffffffff1660e01b8152600401602060405180830381865afa158015610379573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061039d9190613fe4565b6103ad9063ffffffff1642614013565b106103d657604051637f4d710960e11b81526001600160401b0382166004820152602401610145565b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c08201525f6104cf82876108a3565b6104d9575f6104df565b8160a001515b6104ef9063ffffffff1642614026565b905085601e6104fe8282614081565b505060208054600160401b6001600160401b0384811668ffffffffffffffffff1990931692909217179091556005805467ffffffffffffffff1916429092169190911790556040517ffece5e87a45cab6be8e0c75e6bc7b0091183799d2eda95f7355495c0ccff63a8906105759088908490614347565b60405180910390a1505050505050565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036105ce57604051633beab4bd60e21b815260040160405180910390fd5b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614158061061357505f54600160b01b900463ffffffff1615155b156106335760405163318d14a560e11b8152336004820152602401610145565b5f80546001600160a01b0319166001600160a01b038416179055610656836109d3565b5f805461ffff92909216600160a01b0261ffff60a01b199092169190911790558060036106838282614081565b5061069d9050610698368390038301836143b6565b610a05565b6040516001600160a01b0383169084907fa7a5b80bcd3bef76524ec80559f1ad1932344089b316a7be619ed23956b5ad6c905f90a3505050565b5f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361072157604051633beab4bd60e21b815260040160405180910390fd5b610729610ad7565b60055461ffff600160d01b909104166060610763604080516080810182525f80825260208201819052918101829052606081019190915290565b5f83810361077f57610773610bbc565b9194509250905061078d565b610787610fd4565b90935091505b5f6107996008886144f3565b90506107a6600888614506565b1515806107c35750606083015161ffff166107c18287614013565b115b806107de5750801580156107de5750826060015161ffff1685105b15610816576060830151604051636127274760e01b8152600481018990526024810187905261ffff9091166044820152606401610145565b6108238484878b8b61124f565b61082d9083614013565b91506108398186614013565b9450826060015161ffff16851015610874576108558484611354565b6005805461ffff60d01b1916600160d01b61ffff88160217905561088f565b61087e8484611520565b6108889083614013565b9150600195505b61089882611d78565b505050505092915050565b81515f906001600160601b03166108bd6020840184614519565b6001600160601b031611806108f9575082602001516001600160601b03168260200160208101906108ee9190614519565b6001600160601b0316115b8061092157508260e0015161ffff168260e001602081019061091b9190614534565b61ffff16115b8061094b5750826101a0015161ffff16826101a00160208101906109459190614534565b61ffff16115b8061097757508260a0015163ffffffff168260a001602081019061096f919061454f565b63ffffffff16115b8061099f575082610180015160ff168261018001602081019061099a919061456a565b60ff16105b806109ca575082610160015161ffff16826101600160208101906109c39190614534565b61ffff1614155b90505b92915050565b5f61ffff821115610a01576040516306dfcc6560e41b81526010600482015260248101839052604401610145565b5090565b5f816060015163ffffffff1642610a1c9190614013565b5f805463ffffffff60b01b1916600160b01b63ffffffff841602179055610140830151909150610a4c5780610a5b565b60c0820151610a5b9082614585565b5f805461014085015164ffffffffff60d01b19909116600160d01b63ffffffff949094169390930260ff60f01b191692909217600160f01b83151502179055610aa45742610ab3565b60c0820151610ab39082614585565b6005601c6101000a81548163ffffffff021916908363ffffffff1602179055505050565b600554600160701b900460ff1615610b0257604051631f3ef82160e31b815260040160405180910390fd5b5f54600160b01b900463ffffffff1642811115610b435760405163d222b98960e01b81526001600160401b03821660048201525f6024820152604401610145565b6004545f90610b5f90600160c01b900463ffffffff1683614013565b9050610b69611f73565b6001600160a01b0316336001600160a01b031614158015610b8957508042105b15610bb857604051632dbc470160e01b81523360048201526001600160401b0382166024820152604401610145565b5050565b604080516080810182525f808252602082018190529181018290526060818101929092526005545f90600160c01b900461ffff16806001600160401b03811115610c0857610c0861436d565b604051908082528060200260200182016040528015610c4157816020015b610c2e613cae565b815260200190600190039081610c265790505b5093505f5f5f5b83811015610f81575f610c82601482610c626010866144f3565b81526020019081526020015f2054601084610c7d9190614506565b611f9f565b61ffff9081165f818152601160209081526040918290208251610120810184528154815260018201546001600160a01b0381169382019390935263ffffffff600160a01b8404811694820194909452600160c01b83048416606082015260ff600160e01b84048116151560808301819052600160e81b8504909116151560a0830152600160f01b909304861660c082015260029091015492831660e082015264010000000090920490931661010082015290925090610d5c57610d4981602001515f611fc0565b610d539088614013565b96505050610f79565b6020808201516001600160a01b03165f908152600a8252604090819020815160808101835290546001600160601b038116825261ffff600160601b8204169382019390935260ff600160701b8404811615801593830193909352600160781b9093049092161515606083015280610dd557508060600151155b80610de8575082816020015161ffff1614155b80610dfb575060e082015163ffffffff16155b15610e0857505050610f79565b60208201516040516342dfc16b60e11b81526001600160a01b0391821660048201525f91670de0b6b3a7640000917f0000000000000000000000000000000000000000000000000000000000000000909116906385bf82d690602401602060405180830381865afa158015610e7f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ea391906145a1565b610eb08560200151612132565b610eba91906145b8565b610ec491906144f3565b9050805f03610ed65750505050610f79565b60405180610100016040528084602001516001600160a01b031681526020018581526020018281526020018460e0015163ffffffff168152602001846040015163ffffffff1681526020018460c0015161ffff1681526020018460a00151151581526020015f8152508b8880610f4b906145cf565b995081518110610f5d57610f5d6145e7565b6020908102919091010152610f728187614013565b9550505050505b600101610c48565b508186526040518060800160405280610f99836121cc565b6001600160801b031681525f602082015261ffff9384166040820152600554600160601b900490931660609093019290925250939491925050565b604080516080810182525f8082526020820181905291810182905260608181019290925250604080516080810182526019546001600160801b03811682526001600160401b03600160801b82048116602084015261ffff600160c01b83048116948401859052600160d01b909204909116606083015290919081111561105c5761105c61436d565b60405190808252806020026020018201604052801561109557816020015b611082613cae565b81526020019060019003908161107a5790505b5091505f5b825181101561124a575f60175f8381526020019081526020015f206040518060c00160405290815f82015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b031681526020015f820160149054906101000a900461ffff1661ffff1661ffff1681526020015f820160169054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601a9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601e9054906101000a900461ffff1661ffff1661ffff168152602001600182015f9054906101000a900460ff16151515158152505090505f60185f8481526020019081526020015f20549050604051806101000160405280835f01516001600160a01b03168152602001836020015161ffff168152602001608083901c8152602001836060015163ffffffff168152602001836040015163ffffffff168152602001836080015161ffff1681526020018360a0015115158152602001826001600160801b0316815250858481518110611235576112356145e7565b6020908102919091010152505060010161109a565b509091565b5f5f61125c8585856121ff565b90505f5b87518110156112945761128c88828151811061127e5761127e6145e7565b60200260200101518361254e565b600101611260565b505f81602001516001600160401b038111156112b2576112b261436d565b6040519080825280602002602001820160405280156112db578160200160208202803683370190505b5090506112e98288836126b6565b9250600560109054906101000a90046001600160401b03166001600160401b03167f0e1cfb62a5da6e5cdf7e23bb6748db5c19489e800a35e838de1abb5651d464958784604001518460405161134193929190614635565b60405180910390a2505095945050505050565b5f5b82518110156114a7575f838281518110611372576113726145e7565b6020908102919091018101516040805160c0808201835283516001600160a01b0390811683528486015161ffff90811684880190815260808088015163ffffffff9081168789019081526060808b0151831690890190815260a0808c01518716858b01908152988c01511515908a019081525f8f815260178e528b81209a518b549751945193519a5199166001600160b01b031990971696909617600160a01b938816939093029290921767ffffffffffffffff60b01b1916600160b01b9184169190910263ffffffff60d01b191617600160d01b9790921696909602176001600160f01b0316600160f01b949093169390930291909117845591516001938401805460ff191691151591909117905560e08501519484015160189096529290209390911b9091179091559091019050611356565b50805160198054602084015160408501516060909501516001600160801b039094166001600160c01b031990921691909117600160801b6001600160401b03909216919091021763ffffffff60c01b1916600160c01b61ffff9485160261ffff60d01b191617600160d01b939092169290920217905550565b5f5f600560109054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663329eb8396040518163ffffffff1660e01b81526004016020604051808303815f875af1158015611598573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115bc91906145a1565b90505f600754826115cd9190614013565b90505f6127106115df610708846145b8565b6115e991906144f3565b90505f6127106115fb611004856145b8565b61160591906144f3565b90505f816116138486614669565b61161d9190614669565b60208901519091505f9081906001600160401b03161561169c5761165785670de0b6b3a76400008c602001516001600160401b03166129a4565b6001600160401b03808a165f9081526016602090815260409091208390558c015191925061168f911682670de0b6b3a76400006129a4565b6116999083614013565b91505b6116a88b898686612a54565b6116b29083614013565b91506116bd8b612c5d565b98508160065f8282546116d09190614013565b909155505f90506116e18388614669565b6007819055604080518a8152602081018a9052908101889052606081018790526080810186905260a0810182905260c081018490529091506001600160401b038a16907f3ed16b93d704b8877b03837eff0f64180658225bcca5f72fe57eaf55477d5d789060e00160405180910390a261175c896001614026565b600580546bffffffffffffffffffffffff60801b1916600160801b6001600160401b03939093169290920263ffffffff60c01b1916919091179055602054600160401b900460ff1680156117bb57506020546001600160401b03164210155b15611c72575f601e604051806101e00160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601c9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600182015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160049054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160089054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201600c9054906101000a900461ffff1661ffff1661ffff16815260200160018201600e9054906101000a900461ffff1661ffff1661ffff1681526020016001820160109054906101000a900461ffff1661ffff1661ffff1681526020016001820160129054906101000a900460ff161515151581526020016001820160139054906101000a900461ffff1661ffff1661ffff1681526020016001820160159054906101000a900460ff1660ff1660ff1681526020016001820160169054906101000a900461ffff1661ffff1661ffff1681526020016001820160189054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508060035f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a8154816001600160601b0302191690836001600160601b031602179055506040820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601c6101000a81548163ffffffff021916908363ffffffff1602179055506080820151816001015f6101000a81548163ffffffff021916908363ffffffff16021790555060a08201518160010160046101000a81548163ffffffff021916908363ffffffff16021790555060c08201518160010160086101000a81548163ffffffff021916908363ffffffff16021790555060e082015181600101600c6101000a81548161ffff021916908361ffff16021790555061010082015181600101600e6101000a81548161ffff021916908361ffff1602179055506101208201518160010160106101000a81548161ffff021916908361ffff1602179055506101408201518160010160126101000a81548160ff0219169083151502179055506101608201518160010160136101000a81548161ffff021916908361ffff1602179055506101808201518160010160156101000a81548160ff021916908360ff1602179055506101a08201518160010160166101000a81548161ffff021916908361ffff1602179055506101c08201518160010160186101000a81548163ffffffff021916908363ffffffff1602179055509050505f602060086101000a81548160ff0219169083151502179055507f6d0661be217b5717e72f7f9dae7ed628d5637f66c97757a1a0f8d5bc5a68e65281604051611c68919061467c565b60405180910390a1505b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c0820152611d6990610a05565b50505050505050505092915050565b805f03611d825750565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166363b0c4286040518163ffffffff1660e01b8152600401602060405180830381865afa158015611ddf573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e0391906147dd565b6040805184815282151560208201529192507fc30ba5387d084e2148b2a91357a887e7b0496357514cfe33d9ff3033f676ace5910160405180910390a18015611ebf57604051630852cd8d60e31b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906342966c68906024015f604051808303815f87803b158015611ea5575f5ffd5b505af1158015611eb7573d5f5f3e3d5ffd5b505050505050565b610bb87f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166361d027b36040518163ffffffff1660e01b8152600401602060405180830381865afa158015611f1e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f4291906147f8565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690846130be565b6002545f906001600160a01b03168015611f8d5780611f99565b5f546001600160a01b03165b91505090565b5f611fab8260106145b8565b611fb69060f0614669565b9290921c92915050565b6001600160a01b0382165f908152600a602052604081208054600160701b900460ff16611ff0575f9150506109cd565b60045481546127109161201891600160601b90910461ffff16906001600160601b03166145b8565b61202291906144f3565b8154909250829082905f906120419084906001600160601b0316614813565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550836001600160a01b03167f607adba66cff84b627e3537d1c17d088a98556bccd0536a2f3590c56329023d984846040516120a0929190614846565b60405180910390a28054600160781b900460ff161561212b576040516314c2559360e21b81526001600160a01b0385811660048301527f00000000000000000000000000000000000000000000000000000000000000001690635309564c906024015f604051808303815f87803b158015612119575f5ffd5b505af1158015610898573d5f5f3e3d5ffd5b5092915050565b6001600160a01b0381165f908152601b602090815260408083208151808301909252546001600160801b03811682526001600160401b03600160801b9182900481169383019390935260055491926121909291909104166001614026565b6001600160401b031681602001516001600160401b0316036121bc57516001600160801b031692915050565b6121c5836130f8565b9392505050565b5f6001600160801b03821115610a01576040516306dfcc6560e41b81526080600482015260248101839052604401610145565b6122456040518061010001604052805f81526020015f81526020016060815260200160608152602001606081526020016060815260200160608152602001606081525090565b5f6122516008846144f3565b858352602083018190529050806001600160401b038111156122755761227561436d565b60405190808252806020026020018201604052801561229e578160200160208202803683370190505b506040830152806001600160401b038111156122bc576122bc61436d565b6040519080825280602002602001820160405280156122e5578160200160208202803683370190505b506060830152806001600160401b038111156123035761230361436d565b60405190808252806020026020018201604052801561232c578160200160208202803683370190505b506080830152806001600160401b0381111561234a5761234a61436d565b604051908082528060200260200182016040528015612373578160200160208202803683370190505b5060a0830152806001600160401b038111156123915761239161436d565b6040519080825280602002602001820160405280156123ba578160200160208202803683370190505b5060c0830152806001600160401b038111156123d8576123d861436d565b604051908082528060200260200182016040528015612401578160200160208202803683370190505b5060e08301525f5b8181101561254557848461241e8360086145b8565b9061242a8460086145b8565b612435906008614013565b9261244293929190614870565b61244b91614897565b60c01c6001600160401b03168360400151828151811061246d5761246d6145e7565b60209081029190910101525f600981612486848a614013565b815260208082019290925260409081015f20815160a08101835290546001600160a01b03811680835263ffffffff600160a01b8304169483019490945261ffff600160c01b8204169282019290925260ff600160d01b8304811615156060830152600160d81b909204909116608082015291501580159061250957508060600151155b1561253c57806020015163ffffffff168460600151838151811061252f5761252f6145e7565b6020026020010181815250505b50600101612409565b50509392505050565b805160208201515f906125619083614013565b9050808460a001511015612576575060a08301515b8181116125835750505050565b5f60405180606001604052808660400151815260200186606001518152602001866080015181525090505f856020015160406125bf91906145b8565b90505f806125ce601087614506565b6125d89087614669565b90505b84811015612681575f6012816125f26010856144f3565b6125fc9087614013565b81526020019081526020015f20549050805f03612619575061266f565b5f8783106126275782612629565b875b90505f87612638856010614013565b1161264d57612648846010614013565b61264f565b875b905061265f8a88858786866131b3565b6126699086614013565b94505050505b61267a601082614013565b90506125db565b50808760e0018181516126949190614013565b90525060c0870151156126ad576126ad87878787613293565b50505050505050565b604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b820483166101608601819052600160a81b8304909116610180860152600160b01b82049092166101a085015293909304166101c082015283515f926001600160801b039091169083906127c5908390613403565b600554909150600160801b90046001600160401b03165f805b89602001518110156129685789606001518181518110612800576128006145e7565b60200260200101515f1480612813575084155b156128a5578960400151818151811061282e5761282e6145e7565b60200260200101515f146128a0578951612849908290614013565b8a60400151828151811061285f5761285f6145e7565b60209081029190910101516040516333c106c560e01b8152600481019290925260248201525f6044820181905260648201526084810185905260a401610145565b612960565b6128b18a828787613413565b5f858b60c0015183815181106128c9576128c96145e7565b60200260200101516128db91906144f3565b9050808983815181106128f0576128f06145e7565b60209081029190910101526129058184614013565b92505f5f861180156129345750858c60e001518481518110612929576129296145e7565b602002602001015110155b9050612951838d5f01516129489190614013565b83838b896134ef565b61295b908a614013565b985050505b6001016127de565b50612972816136a0565b886020018181516129839190614026565b6001600160401b0316905250612998896136d5565b50505050509392505050565b5f5f5f6129b18686613808565b91509150815f036129d5578381816129cb576129cb6144df565b04925050506121c5565b8184116129ec576129ec6003851502601118613824565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f80805b8651811015612abb57868181518110612a7357612a736145e7565b602002602001015160e00151878281518110612a9157612a916145e7565b602002602001015160400151612aa791906145b8565b612ab19083614013565b9150600101612a58565b50805f03612acc575f915050612c55565b5f5b8651811015612c52575f878281518110612aea57612aea6145e7565b602002602001015190505f8160e001518260400151612b0991906145b8565b90505f612b178883876129a4565b90505f612b258884886129a4565b84519091505f90612b4190612b3b8d6001614026565b84613835565b9050612b4d8183614669565b612b579084614013565b92508215612b6b578451612b6b9084613aca565b612b758184614013565b612b7f9089614013565b9750670de0b6b3a76400008560e0015161ffff612b9c91906145b8565b612ba691906144f3565b6020808701515f90815260098252604090819020805461ffff94909416600160c01b0261ffff60c01b199094169390931790925586518288015160e0890151845191825292810192909252918101859052606081018390526001600160a01b03909116906001600160401b038d16907f34fab1755407cee16aec7990ed44237d141cbdb5df37961be06512b01a9df5139060800160405180910390a35050505050806001019050612ace565b50505b949350505050565b80515f90808203612c7057505f92915050565b5f816001600160401b03811115612c8957612c8961436d565b604051908082528060200260200182016040528015612cb2578160200160208202803683370190505b5090505f826001600160401b03811115612cce57612cce61436d565b604051908082528060200260200182016040528015612cf7578160200160208202803683370190505b5090505f5b83811015612d9657858181518110612d1657612d166145e7565b60200260200101515f0151838281518110612d3357612d336145e7565b60200260200101906001600160a01b031690816001600160a01b031681525050858181518110612d6557612d656145e7565b602002602001015160e00151828281518110612d8357612d836145e7565b6020908102919091010152600101612cfc565b50600354604051636aabe8f360e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691636aabe8f391612df69186918691600160e01b900463ffffffff16906004016148cd565b5f604051808303815f87803b158015612e0d575f5ffd5b505af1158015612e1f573d5f5f3e3d5ffd5b5050604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b82048316610160860152600160a81b820416610180850152600160b01b81049091166101a08401819052939004166101c082015292505f915061271090612f2c90670de0b6b3a7640000906145b8565b612f3691906144f3565b90505f5b858110156130b3575f60095f8a8481518110612f5857612f586145e7565b60200260200101516020015181526020019081526020015f2090505f837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166385bf82d6898681518110612fb657612fb66145e7565b60200260200101516040518263ffffffff1660e01b8152600401612fe991906001600160a01b0391909116815260200190565b602060405180830381865afa158015613004573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061302891906145a1565b10613033575f61304a565b815461304a90600160d81b900460ff16600161493b565b905084610180015160ff168160ff161061309257613082878481518110613073576130736145e7565b60200260200101516002611fc0565b61308c908a614013565b98505f90505b815460ff909116600160d81b0260ff60d81b19909116179055600101612f3a565b505050505050919050565b6130cb8383836001613b23565b6130f357604051635274afe760e01b81526001600160a01b0384166004820152602401610145565b505050565b6001600160a01b0381165f908152600a60209081526040808320815160808101835290546001600160601b038116825261ffff600160601b8204169382019390935260ff600160701b84048116158015938301849052600160781b90940416151560608201529183919061316d575081606001515b613177575f61317a565b81515b6001600160a01b0385165f908152600c60205260409020546001600160601b03919091169150612c55906001600160801b031682614013565b5f86516020604089015101602060608a015101602060808b015101602060a08c015101602060c08d0151018b5160208d015160408e01518b5b8b81101561327f5761ffff8f8f830360041b60f0031c168061320e5750613277565b8a820360051b808a0151848110158115171561322c57505050613277565b5084670de0b6b3a76400008302049150808b0151808310613251578982018051880190525b80831115613266578882018051880190529150815b50860180518683020190529a909a01995b6001016131ec565b505050505050505050509695505050505050565b5f6132a061010084614506565b6132aa9084614669565b90505b818110156133fc575f6013816132c5610100856144f3565b60208901516132d59060046145b8565b6132df9190614013565b81526020019081526020015f20549050805f036132fc57506133e9565b5f84831061330a578261330c565b845b90505f8461331c85610100614013565b116133325761332d84610100614013565b613334565b845b9050815b818110156133e45761334c61010082614506565b84901c600116156133dc5760608801515f906133688984614669565b81518110613378576133786145e7565b60200260200101519050805f1480613394575089608001518110155b1561339f57506133dc565b60408a015160e08a01516133b38a85614669565b815181106133c3576133c36145e7565b602002602001018181516133d79190614013565b905250505b600101613338565b505050505b6133f561010082614013565b90506132ad565b5050505050565b5f6109ca83836127106001613b85565b5f8460400151848151811061342a5761342a6145e7565b602002602001015190505f815f1461345f5785608001518581518110613452576134526145e7565b6020026020010151613461565b835b90505f8660a00151868151811061347a5761347a6145e7565b60200260200101519050838210806134925750838110155b806134a45750670de0b6b3a764000083115b156126ad5786516134b6908790614013565b6040516333c106c560e01b815260048101919091526024810184905260448101839052606481018290526084810185905260a401610145565b5f85815260096020908152604080832080546001600160a01b031680855260108452828520835160608101855290546001600160801b03811682526001600160401b03600160801b8204811696830196909652600160c01b9004909416928401929092529161356561356082613bd0565b6121cc565b81518290613574908390614954565b6001600160801b039081169091526001600160401b03808b16602080860191825289831660408088019182526001600160a01b0389165f9081526010909352822087518154945192518616600160c01b026001600160c01b0393909616600160801b026001600160c01b0319909516961695909517929092179190911691909117909155905087613605575f61361c565b835461361c90600160d81b900460ff16600161493b565b905086610180015160ff168160ff16106136415761363b836001611fc0565b94505f90505b835460ff60d81b1916600160d81b60ff831602178455670de0b6b3a764000061366c8a61ffff6145b8565b61367691906144f3565b845461ffff91909116600160c01b0261ffff60c01b19909116179093555091979650505050505050565b5f6001600160401b03821115610a0157604080516306dfcc6560e41b8152600481019190915260248101839052604401610145565b602081015181515f916136e791614013565b90505f6010835f01516136fa9190614506565b83516137069190614669565b90505b818110156130f3575f6015816137206010856144f3565b81526020019081526020015f205490505f845f015183106137415782613744565b84515b90505b613752836010614013565b8110801561375f57508381105b156137d5576137c382613773601084614506565b60408801518851670de0b6b3a7640000919061378f9087614669565b8151811061379f5761379f6145e7565b602002602001015161ffff6137b491906145b8565b6137be91906144f3565b613c50565b91506137ce816145cf565b9050613747565b508060155f6137e56010866144f3565b815260208101919091526040015f205550613801601082614013565b9050613709565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b0383165f818152600c602090815260408083208151808301835290546001600160801b038082168352600160801b91829004811683860152868652601c85528386208451808601865290548083168252929092046001600160401b031682860152958552600d90935290832054825193949193909116158015906138d65750856001600160401b031682602001516001600160401b031614155b15613973576001600160a01b0387165f908152601d60209081526040808320858301516001600160401b03168452909152812054900361394b5761391b816001614013565b6001600160a01b0388165f908152601d60209081526040808320868301516001600160401b031684529091529020555b6001600160a01b0387165f908152601c6020526040812080546001600160c01b031916905582525b5f866001600160401b031683602001516001600160401b031614613997575f61399a565b82515b84602001516139a99190614973565b6001600160801b031690505f6139be89612132565b905081158015906139ce57508015155b15613a54575f6139f883875f01516001600160801b031688602001516001600160801b03166129a4565b905081811115613a055750805b613a108882846129a4565b9650613a2c876ec097ce7bc90715b34b9f1000000000856129a4565b613a369085614013565b6001600160a01b038b165f908152600d602052604090208190559350505b83516001600160801b031615801590613a825750876001600160401b031684602001516001600160401b0316145b1561299857613a92836001614013565b6001600160a01b038a165f908152601d602090815260408083206001600160401b038d16845290915290205550505050509392505050565b6001600160a01b0382165f9081526010602052604090208054613afb906135609084906001600160801b0316614013565b81546fffffffffffffffffffffffffffffffff19166001600160801b03919091161790555050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613b79578383151615613b6d573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f613bb2613b9283613c82565b8015613bad57505f8480613ba857613ba86144df565b868809115b151590565b613bbd8686866129a4565b613bc79190614013565b95945050505050565b5f81602001516001600160401b03165f1480613c06575060055460408301516001600160401b03600160801b9092048216911610155b15613c1257505f919050565b6109cd82602001516001600160401b031660165f85604001516001600160401b031681526020019081526020015f2054670de0b6b3a76400006129a4565b5f80613c5d8460106145b8565b613c689060f0614669565b61ffff80821b19871690851690911b179150509392505050565b5f6002826003811115613c9757613c97614832565b613ca19190614992565b60ff166001149050919050565b6040518061010001604052805f6001600160a01b031681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f81525090565b5f6101e08284031215613d07575f5ffd5b50919050565b5f6101e08284031215613d1e575f5ffd5b6109ca8383613cf6565b6001600160a01b0381168114613d3c575f5ffd5b50565b5f5f5f6102208486031215613d52575f5ffd5b833592506020840135613d6481613d28565b9150613d738560408601613cf6565b90509250925092565b5f5f60208385031215613d8d575f5ffd5b82356001600160401b03811115613da2575f5ffd5b8301601f81018513613db2575f5ffd5b80356001600160401b03811115613dc7575f5ffd5b856020828401011115613dd8575f5ffd5b6020919091019590945092505050565b6001600160601b0381168114613d3c575f5ffd5b8035613e0781613de8565b919050565b63ffffffff81168114613d3c575f5ffd5b8035613e0781613e0c565b61ffff81168114613d3c575f5ffd5b8035613e0781613e28565b8015158114613d3c575f5ffd5b8035613e0781613e42565b60ff81168114613d3c575f5ffd5b8035613e0781613e5a565b613e8d82613e8083613dfc565b6001600160601b03169052565b613e9960208201613dfc565b6001600160601b03166020830152613eb360408201613e1d565b63ffffffff166040830152613eca60608201613e1d565b63ffffffff166060830152613ee160808201613e1d565b63ffffffff166080830152613ef860a08201613e1d565b63ffffffff1660a0830152613f0f60c08201613e1d565b63ffffffff1660c0830152613f2660e08201613e37565b61ffff1660e0830152613f3c6101008201613e37565b61ffff16610100830152613f536101208201613e37565b61ffff16610120830152613f6a6101408201613e4f565b1515610140830152613f7f6101608201613e37565b61ffff16610160830152613f966101808201613e68565b60ff16610180830152613fac6101a08201613e37565b61ffff166101a0830152613fc36101c08201613e1d565b63ffffffff81166101c0840152505050565b6101e081016109cd8284613e73565b5f60208284031215613ff4575f5ffd5b81516121c581613e0c565b634e487b7160e01b5f52601160045260245ffd5b808201808211156109cd576109cd613fff565b6001600160401b0381811683821601908111156109cd576109cd613fff565b5f81356109cd81613de8565b5f81356109cd81613e0c565b5f81356109cd81613e28565b5f81356109cd81613e42565b5f81356109cd81613e5a565b6140af61408d83614045565b82546bffffffffffffffffffffffff19166001600160601b0391909116178255565b6140f26140be60208401614045565b8280546bffffffffffffffffffffffff60601b191660609290921b6bffffffffffffffffffffffff60601b16919091179055565b61412561410160408401614051565b82805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055565b61415861413460608401614051565b8280546001600160e01b031660e09290921b6001600160e01b031916919091179055565b6001810161418261416b60808501614051565b825463ffffffff191663ffffffff91909116178255565b6141b361419160a08501614051565b825467ffffffff00000000191660209190911b67ffffffff0000000016178255565b6141ec6141c260c08501614051565b82546bffffffff0000000000000000191660409190911b6bffffffff000000000000000016178255565b61421b6141fb60e0850161405d565b82805461ffff60601b191660609290921b61ffff60601b16919091179055565b61424b61422b610100850161405d565b82805461ffff60701b191660709290921b61ffff60701b16919091179055565b61427b61425b610120850161405d565b82805461ffff60801b191660809290921b61ffff60801b16919091179055565b6142a961428b6101408501614069565b82805460ff60901b191691151560901b60ff60901b16919091179055565b6142d96142b9610160850161405d565b82805461ffff60981b191660989290921b61ffff60981b16919091179055565b6143076142e96101808501614075565b82805460ff60a81b191660a89290921b60ff60a81b16919091179055565b6143376143176101a0850161405d565b82805461ffff60b01b191660b09290921b61ffff60b01b16919091179055565b6130f36141016101c08501614051565b61020081016143568285613e73565b6001600160401b0383166101e08301529392505050565b634e487b7160e01b5f52604160045260245ffd5b6040516101e081016001600160401b03811182821017156143b057634e487b7160e01b5f52604160045260245ffd5b60405290565b5f6101e08284031280156143c8575f5ffd5b506143d1614381565b6143da83613dfc565b81526143e860208401613dfc565b60208201526143f960408401613e1d565b604082015261440a60608401613e1d565b606082015261441b60808401613e1d565b608082015261442c60a08401613e1d565b60a082015261443d60c08401613e1d565b60c082015261444e60e08401613e37565b60e08201526144606101008401613e37565b6101008201526144736101208401613e37565b6101208201526144866101408401613e4f565b6101408201526144996101608401613e37565b6101608201526144ac6101808401613e68565b6101808201526144bf6101a08401613e37565b6101a08201526144d26101c08401613e1d565b6101c08201529392505050565b634e487b7160e01b5f52601260045260245ffd5b5f82614501576145016144df565b500490565b5f82614514576145146144df565b500690565b5f60208284031215614529575f5ffd5b81356121c581613de8565b5f60208284031215614544575f5ffd5b81356121c581613e28565b5f6020828403121561455f575f5ffd5b81356121c581613e0c565b5f6020828403121561457a575f5ffd5b81356121c581613e5a565b63ffffffff82811682821603908111156109cd576109cd613fff565b5f602082840312156145b1575f5ffd5b5051919050565b80820281158282048414176109cd576109cd613fff565b5f600182016145e0576145e0613fff565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b5f8151808452602084019350602083015f5b8281101561462b57815186526020958601959091019060010161460d565b5093949350505050565b838152606060208201525f61464d60608301856145fb565b828103604084015261465f81856145fb565b9695505050505050565b818103818111156109cd576109cd613fff565b81516001600160601b031681526101e0810160208301516146a860208401826001600160601b03169052565b5060408301516146c0604084018263ffffffff169052565b5060608301516146d8606084018263ffffffff169052565b5060808301516146f0608084018263ffffffff169052565b5060a083015161470860a084018263ffffffff169052565b5060c083015161472060c084018263ffffffff169052565b5060e083015161473660e084018261ffff169052565b5061010083015161474e61010084018261ffff169052565b5061012083015161476661012084018261ffff169052565b5061014083015161477c61014084018215159052565b5061016083015161479461016084018261ffff169052565b506101808301516147ab61018084018260ff169052565b506101a08301516147c36101a084018261ffff169052565b506101c083015161212b6101c084018263ffffffff169052565b5f602082840312156147ed575f5ffd5b81516121c581613e42565b5f60208284031215614808575f5ffd5b81516121c581613d28565b6001600160601b0382811682821603908111156109cd576109cd613fff565b634e487b7160e01b5f52602160045260245ffd5b604081016003841061486657634e487b7160e01b5f52602160045260245ffd5b9281526020015290565b5f5f8585111561487e575f5ffd5b8386111561488a575f5ffd5b5050820193919092039150565b80356001600160c01b0319811690600884101561212b576001600160c01b031960089490940360031b84901b1690921692915050565b606080825284519082018190525f9060208601906080840190835b8181101561490f5783516001600160a01b03168352602093840193909201916001016148e8565b5050838103602085015261492381876145fb565b9250505063ffffffff83166040830152949350505050565b60ff81811683821601908111156109cd576109cd613fff565b6001600160801b0381811683821601908111156109cd576109cd613fff565b6001600160801b0382811682821603908111156109cd576109cd613fff565b5f60ff8316806149a4576149a46144df565b8060ff8416069150509291505056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\0IW_5`\xE0\x1C\x80b#\x1D%\x14a\0MW\x80c\n<4\x95\x14a\0bW\x80c{\x109\x99\x14a\0uW\x80c\xB0\xA8\xD5\x99\x14a\0\xB1W[__\xFD[a\0`a\0[6`\x04a=\rV[a\0\xD4V[\0[a\0`a\0p6`\x04a=?V[a\x05\x85V[`@Q`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\0\xC4a\0\xBF6`\x04a=|V[a\x06\xD7V[`@Q\x90\x15\x15\x81R` \x01a\0\xA8V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x01\x1DW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x01NW`@Qc$Z\xEC\xD3`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x01yW`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@Qc\xC3c\x1E\xA9`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xC3c\x1E\xA9\x90a\x01\xC5\x90\x84\x90`\x04\x01a?\xD5V[_`@Q\x80\x83\x03\x81\x86\x80;\x15\x80\x15a\x01\xDBW__\xFD[PZ\xFA\x15\x80\x15a\x01\xEDW=__>=_\xFD[PPPP_`\x05_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cnGXa`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x02fW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x02\x8A\x91\x90a?\xE4V[c\xFF\xFF\xFF\xFF\x16\x90P`\x01`\x01`@\x1B\x03\x82\x16\x15\x80\x15\x90a\x02\xBBWPa\x02\xB8\x81`\x01`\x01`@\x1B\x03\x84\x16a@\x13V[B\x10[\x15a\x02\xF8Wa\x02\xD3\x81`\x01`\x01`@\x1B\x03\x84\x16a@\x13V[`@Qc-d\x08\xCB`\xE2\x1B\x81R`\x01`\x01`@\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x01EV[__`\x16\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x90P\x80`\x01`\x01`@\x1B\x03\x16\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xE0\xB1ed`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x03yW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x03\x9D\x91\x90a?\xE4V[a\x03\xAD\x90c\xFF\xFF\xFF\xFF\x16Ba@\x13V[\x10a\x03\xD6W`@Qc\x7FMq\t`\xE1\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x01EV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01R_a\x04\xCF\x82\x87a\x08\xA3V[a\x04\xD9W_a\x04\xDFV[\x81`\xA0\x01Q[a\x04\xEF\x90c\xFF\xFF\xFF\xFF\x16Ba@&V[\x90P\x85`\x1Ea\x04\xFE\x82\x82a@\x81V[PP` \x80T`\x01`@\x1B`\x01`\x01`@\x1B\x03\x84\x81\x16h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16\x92\x90\x92\x17\x17\x90\x91U`\x05\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16B\x90\x92\x16\x91\x90\x91\x17\x90U`@Q\x7F\xFE\xCE^\x87\xA4\\\xABk\xE8\xE0\xC7^k\xC7\xB0\t\x11\x83y\x9D.\xDA\x95\xF75T\x95\xC0\xCC\xFFc\xA8\x90a\x05u\x90\x88\x90\x84\x90aCGV[`@Q\x80\x91\x03\x90\xA1PPPPPPV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x05\xCEW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x15\x80a\x06\x13WP_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x15\x15[\x15a\x063W`@Qc1\x8D\x14\xA5`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01a\x01EV[_\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90Ua\x06V\x83a\t\xD3V[_\x80Ta\xFF\xFF\x92\x90\x92\x16`\x01`\xA0\x1B\x02a\xFF\xFF`\xA0\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90U\x80`\x03a\x06\x83\x82\x82a@\x81V[Pa\x06\x9D\x90Pa\x06\x986\x83\x90\x03\x83\x01\x83aC\xB6V[a\n\x05V[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x84\x90\x7F\xA7\xA5\xB8\x0B\xCD;\xEFvRN\xC8\x05Y\xF1\xAD\x1924@\x89\xB3\x16\xA7\xBEa\x9E\xD29V\xB5\xADl\x90_\x90\xA3PPPV[_`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x07!W`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x07)a\n\xD7V[`\x05Ta\xFF\xFF`\x01`\xD0\x1B\x90\x91\x04\x16``a\x07c`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x91\x90\x91R\x90V[_\x83\x81\x03a\x07\x7FWa\x07sa\x0B\xBCV[\x91\x94P\x92P\x90Pa\x07\x8DV[a\x07\x87a\x0F\xD4V[\x90\x93P\x91P[_a\x07\x99`\x08\x88aD\xF3V[\x90Pa\x07\xA6`\x08\x88aE\x06V[\x15\x15\x80a\x07\xC3WP``\x83\x01Qa\xFF\xFF\x16a\x07\xC1\x82\x87a@\x13V[\x11[\x80a\x07\xDEWP\x80\x15\x80\x15a\x07\xDEWP\x82``\x01Qa\xFF\xFF\x16\x85\x10[\x15a\x08\x16W``\x83\x01Q`@Qca''G`\xE0\x1B\x81R`\x04\x81\x01\x89\x90R`$\x81\x01\x87\x90Ra\xFF\xFF\x90\x91\x16`D\x82\x01R`d\x01a\x01EV[a\x08#\x84\x84\x87\x8B\x8Ba\x12OV[a\x08-\x90\x83a@\x13V[\x91Pa\x089\x81\x86a@\x13V[\x94P\x82``\x01Qa\xFF\xFF\x16\x85\x10\x15a\x08tWa\x08U\x84\x84a\x13TV[`\x05\x80Ta\xFF\xFF`\xD0\x1B\x19\x16`\x01`\xD0\x1Ba\xFF\xFF\x88\x16\x02\x17\x90Ua\x08\x8FV[a\x08~\x84\x84a\x15 V[a\x08\x88\x90\x83a@\x13V[\x91P`\x01\x95P[a\x08\x98\x82a\x1DxV[PPPPP\x92\x91PPV[\x81Q_\x90`\x01`\x01``\x1B\x03\x16a\x08\xBD` \x84\x01\x84aE\x19V[`\x01`\x01``\x1B\x03\x16\x11\x80a\x08\xF9WP\x82` \x01Q`\x01`\x01``\x1B\x03\x16\x82` \x01` \x81\x01\x90a\x08\xEE\x91\x90aE\x19V[`\x01`\x01``\x1B\x03\x16\x11[\x80a\t!WP\x82`\xE0\x01Qa\xFF\xFF\x16\x82`\xE0\x01` \x81\x01\x90a\t\x1B\x91\x90aE4V[a\xFF\xFF\x16\x11[\x80a\tKWP\x82a\x01\xA0\x01Qa\xFF\xFF\x16\x82a\x01\xA0\x01` \x81\x01\x90a\tE\x91\x90aE4V[a\xFF\xFF\x16\x11[\x80a\twWP\x82`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x82`\xA0\x01` \x81\x01\x90a\to\x91\x90aEOV[c\xFF\xFF\xFF\xFF\x16\x11[\x80a\t\x9FWP\x82a\x01\x80\x01Q`\xFF\x16\x82a\x01\x80\x01` \x81\x01\x90a\t\x9A\x91\x90aEjV[`\xFF\x16\x10[\x80a\t\xCAWP\x82a\x01`\x01Qa\xFF\xFF\x16\x82a\x01`\x01` \x81\x01\x90a\t\xC3\x91\x90aE4V[a\xFF\xFF\x16\x14\x15[\x90P[\x92\x91PPV[_a\xFF\xFF\x82\x11\x15a\n\x01W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x10`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[P\x90V[_\x81``\x01Qc\xFF\xFF\xFF\xFF\x16Ba\n\x1C\x91\x90a@\x13V[_\x80Tc\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1Bc\xFF\xFF\xFF\xFF\x84\x16\x02\x17\x90Ua\x01@\x83\x01Q\x90\x91Pa\nLW\x80a\n[V[`\xC0\x82\x01Qa\n[\x90\x82aE\x85V[_\x80Ta\x01@\x85\x01Qd\xFF\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x90\x91\x16`\x01`\xD0\x1Bc\xFF\xFF\xFF\xFF\x94\x90\x94\x16\x93\x90\x93\x02`\xFF`\xF0\x1B\x19\x16\x92\x90\x92\x17`\x01`\xF0\x1B\x83\x15\x15\x02\x17\x90Ua\n\xA4WBa\n\xB3V[`\xC0\x82\x01Qa\n\xB3\x90\x82aE\x85V[`\x05`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPPPV[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x0B\x02W`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16B\x81\x11\x15a\x0BCW`@Qc\xD2\"\xB9\x89`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R_`$\x82\x01R`D\x01a\x01EV[`\x04T_\x90a\x0B_\x90`\x01`\xC0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x83a@\x13V[\x90Pa\x0Bia\x1FsV[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\x0B\x89WP\x80B\x10[\x15a\x0B\xB8W`@Qc-\xBCG\x01`\xE0\x1B\x81R3`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x82\x16`$\x82\x01R`D\x01a\x01EV[PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92R`\x05T_\x90`\x01`\xC0\x1B\x90\x04a\xFF\xFF\x16\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\x0C\x08Wa\x0C\x08aCmV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0CAW\x81` \x01[a\x0C.a<\xAEV[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x0C&W\x90P[P\x93P___[\x83\x81\x10\x15a\x0F\x81W_a\x0C\x82`\x14\x82a\x0Cb`\x10\x86aD\xF3V[\x81R` \x01\x90\x81R` \x01_ T`\x10\x84a\x0C}\x91\x90aE\x06V[a\x1F\x9FV[a\xFF\xFF\x90\x81\x16_\x81\x81R`\x11` \x90\x81R`@\x91\x82\x90 \x82Qa\x01 \x81\x01\x84R\x81T\x81R`\x01\x82\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x93\x82\x01\x93\x90\x93Rc\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x84\x04\x81\x16\x94\x82\x01\x94\x90\x94R`\x01`\xC0\x1B\x83\x04\x84\x16``\x82\x01R`\xFF`\x01`\xE0\x1B\x84\x04\x81\x16\x15\x15`\x80\x83\x01\x81\x90R`\x01`\xE8\x1B\x85\x04\x90\x91\x16\x15\x15`\xA0\x83\x01R`\x01`\xF0\x1B\x90\x93\x04\x86\x16`\xC0\x82\x01R`\x02\x90\x91\x01T\x92\x83\x16`\xE0\x82\x01Rd\x01\0\0\0\0\x90\x92\x04\x90\x93\x16a\x01\0\x82\x01R\x90\x92P\x90a\r\\Wa\rI\x81` \x01Q_a\x1F\xC0V[a\rS\x90\x88a@\x13V[\x96PPPa\x0FyV[` \x80\x82\x01Q`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\n\x82R`@\x90\x81\x90 \x81Q`\x80\x81\x01\x83R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x93\x82\x01\x93\x90\x93R`\xFF`\x01`p\x1B\x84\x04\x81\x16\x15\x80\x15\x93\x83\x01\x93\x90\x93R`\x01`x\x1B\x90\x93\x04\x90\x92\x16\x15\x15``\x83\x01R\x80a\r\xD5WP\x80``\x01Q\x15[\x80a\r\xE8WP\x82\x81` \x01Qa\xFF\xFF\x16\x14\x15[\x80a\r\xFBWP`\xE0\x82\x01Qc\xFF\xFF\xFF\xFF\x16\x15[\x15a\x0E\x08WPPPa\x0FyV[` \x82\x01Q`@QcB\xDF\xC1k`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x04\x82\x01R_\x91g\r\xE0\xB6\xB3\xA7d\0\0\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\x85\xBF\x82\xD6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0E\x7FW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E\xA3\x91\x90aE\xA1V[a\x0E\xB0\x85` \x01Qa!2V[a\x0E\xBA\x91\x90aE\xB8V[a\x0E\xC4\x91\x90aD\xF3V[\x90P\x80_\x03a\x0E\xD6WPPPPa\x0FyV[`@Q\x80a\x01\0\x01`@R\x80\x84` \x01Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x85\x81R` \x01\x82\x81R` \x01\x84`\xE0\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x84`@\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x84`\xC0\x01Qa\xFF\xFF\x16\x81R` \x01\x84`\xA0\x01Q\x15\x15\x81R` \x01_\x81RP\x8B\x88\x80a\x0FK\x90aE\xCFV[\x99P\x81Q\x81\x10a\x0F]Wa\x0F]aE\xE7V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra\x0Fr\x81\x87a@\x13V[\x95PPPPP[`\x01\x01a\x0CHV[P\x81\x86R`@Q\x80`\x80\x01`@R\x80a\x0F\x99\x83a!\xCCV[`\x01`\x01`\x80\x1B\x03\x16\x81R_` \x82\x01Ra\xFF\xFF\x93\x84\x16`@\x82\x01R`\x05T`\x01``\x1B\x90\x04\x90\x93\x16``\x90\x93\x01\x92\x90\x92RP\x93\x94\x91\x92PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92RP`@\x80Q`\x80\x81\x01\x82R`\x19T`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16` \x84\x01Ra\xFF\xFF`\x01`\xC0\x1B\x83\x04\x81\x16\x94\x84\x01\x85\x90R`\x01`\xD0\x1B\x90\x92\x04\x90\x91\x16``\x83\x01R\x90\x91\x90\x81\x11\x15a\x10\\Wa\x10\\aCmV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x10\x95W\x81` \x01[a\x10\x82a<\xAEV[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x10zW\x90P[P\x91P_[\x82Q\x81\x10\x15a\x12JW_`\x17_\x83\x81R` \x01\x90\x81R` \x01_ `@Q\x80`\xC0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_\x82\x01`\x14\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01_\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1A\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81RPP\x90P_`\x18_\x84\x81R` \x01\x90\x81R` \x01_ T\x90P`@Q\x80a\x01\0\x01`@R\x80\x83_\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x83` \x01Qa\xFF\xFF\x16\x81R` \x01`\x80\x83\x90\x1C\x81R` \x01\x83``\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`@\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`\x80\x01Qa\xFF\xFF\x16\x81R` \x01\x83`\xA0\x01Q\x15\x15\x81R` \x01\x82`\x01`\x01`\x80\x1B\x03\x16\x81RP\x85\x84\x81Q\x81\x10a\x125Wa\x125aE\xE7V[` \x90\x81\x02\x91\x90\x91\x01\x01RPP`\x01\x01a\x10\x9AV[P\x90\x91V[__a\x12\\\x85\x85\x85a!\xFFV[\x90P_[\x87Q\x81\x10\x15a\x12\x94Wa\x12\x8C\x88\x82\x81Q\x81\x10a\x12~Wa\x12~aE\xE7V[` \x02` \x01\x01Q\x83a%NV[`\x01\x01a\x12`V[P_\x81` \x01Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\xB2Wa\x12\xB2aCmV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x12\xDBW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90Pa\x12\xE9\x82\x88\x83a&\xB6V[\x92P`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16`\x01`\x01`@\x1B\x03\x16\x7F\x0E\x1C\xFBb\xA5\xDAn\\\xDF~#\xBBgH\xDB\\\x19H\x9E\x80\n5\xE88\xDE\x1A\xBBVQ\xD4d\x95\x87\x84`@\x01Q\x84`@Qa\x13A\x93\x92\x91\x90aF5V[`@Q\x80\x91\x03\x90\xA2PP\x95\x94PPPPPV[_[\x82Q\x81\x10\x15a\x14\xA7W_\x83\x82\x81Q\x81\x10a\x13rWa\x13raE\xE7V[` \x90\x81\x02\x91\x90\x91\x01\x81\x01Q`@\x80Q`\xC0\x80\x82\x01\x83R\x83Q`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x83R\x84\x86\x01Qa\xFF\xFF\x90\x81\x16\x84\x88\x01\x90\x81R`\x80\x80\x88\x01Qc\xFF\xFF\xFF\xFF\x90\x81\x16\x87\x89\x01\x90\x81R``\x80\x8B\x01Q\x83\x16\x90\x89\x01\x90\x81R`\xA0\x80\x8C\x01Q\x87\x16\x85\x8B\x01\x90\x81R\x98\x8C\x01Q\x15\x15\x90\x8A\x01\x90\x81R_\x8F\x81R`\x17\x8ER\x8B\x81 \x9AQ\x8BT\x97Q\x94Q\x93Q\x9AQ\x99\x16`\x01`\x01`\xB0\x1B\x03\x19\x90\x97\x16\x96\x90\x96\x17`\x01`\xA0\x1B\x93\x88\x16\x93\x90\x93\x02\x92\x90\x92\x17g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1B\x91\x84\x16\x91\x90\x91\x02c\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x16\x17`\x01`\xD0\x1B\x97\x90\x92\x16\x96\x90\x96\x02\x17`\x01`\x01`\xF0\x1B\x03\x16`\x01`\xF0\x1B\x94\x90\x93\x16\x93\x90\x93\x02\x91\x90\x91\x17\x84U\x91Q`\x01\x93\x84\x01\x80T`\xFF\x19\x16\x91\x15\x15\x91\x90\x91\x17\x90U`\xE0\x85\x01Q\x94\x84\x01Q`\x18\x90\x96R\x92\x90 \x93\x90\x91\x1B\x90\x91\x17\x90\x91U\x90\x91\x01\x90Pa\x13VV[P\x80Q`\x19\x80T` \x84\x01Q`@\x85\x01Q``\x90\x95\x01Q`\x01`\x01`\x80\x1B\x03\x90\x94\x16`\x01`\x01`\xC0\x1B\x03\x19\x90\x92\x16\x91\x90\x91\x17`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x90\x92\x16\x91\x90\x91\x02\x17c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\x01`\xC0\x1Ba\xFF\xFF\x94\x85\x16\x02a\xFF\xFF`\xD0\x1B\x19\x16\x17`\x01`\xD0\x1B\x93\x90\x92\x16\x92\x90\x92\x02\x17\x90UPV[__`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c2\x9E\xB89`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x15\x98W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x15\xBC\x91\x90aE\xA1V[\x90P_`\x07T\x82a\x15\xCD\x91\x90a@\x13V[\x90P_a'\x10a\x15\xDFa\x07\x08\x84aE\xB8V[a\x15\xE9\x91\x90aD\xF3V[\x90P_a'\x10a\x15\xFBa\x10\x04\x85aE\xB8V[a\x16\x05\x91\x90aD\xF3V[\x90P_\x81a\x16\x13\x84\x86aFiV[a\x16\x1D\x91\x90aFiV[` \x89\x01Q\x90\x91P_\x90\x81\x90`\x01`\x01`@\x1B\x03\x16\x15a\x16\x9CWa\x16W\x85g\r\xE0\xB6\xB3\xA7d\0\0\x8C` \x01Q`\x01`\x01`@\x1B\x03\x16a)\xA4V[`\x01`\x01`@\x1B\x03\x80\x8A\x16_\x90\x81R`\x16` \x90\x81R`@\x90\x91 \x83\x90U\x8C\x01Q\x91\x92Pa\x16\x8F\x91\x16\x82g\r\xE0\xB6\xB3\xA7d\0\0a)\xA4V[a\x16\x99\x90\x83a@\x13V[\x91P[a\x16\xA8\x8B\x89\x86\x86a*TV[a\x16\xB2\x90\x83a@\x13V[\x91Pa\x16\xBD\x8Ba,]V[\x98P\x81`\x06_\x82\x82Ta\x16\xD0\x91\x90a@\x13V[\x90\x91UP_\x90Pa\x16\xE1\x83\x88aFiV[`\x07\x81\x90U`@\x80Q\x8A\x81R` \x81\x01\x8A\x90R\x90\x81\x01\x88\x90R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x84\x90R\x90\x91P`\x01`\x01`@\x1B\x03\x8A\x16\x90\x7F>\xD1k\x93\xD7\x04\xB8\x87{\x03\x83~\xFF\x0Fd\x18\x06X\"[\xCC\xA5\xF7/\xE5~\xAFUG}]x\x90`\xE0\x01`@Q\x80\x91\x03\x90\xA2a\x17\\\x89`\x01a@&V[`\x05\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x16`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x93\x90\x93\x16\x92\x90\x92\x02c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16\x91\x90\x91\x17\x90U` T`\x01`@\x1B\x90\x04`\xFF\x16\x80\x15a\x17\xBBWP` T`\x01`\x01`@\x1B\x03\x16B\x10\x15[\x15a\x1CrW_`\x1E`@Q\x80a\x01\xE0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x04\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x08\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x12\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81R` \x01`\x01\x82\x01`\x13\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16`\xFF\x16\x81R` \x01`\x01\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81RPP\x90P\x80`\x03_\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x0Ca\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\x80\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01`\x04a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x08a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x01\x01`\x0Ca\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x01\x01`\x0Ea\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01@\x82\x01Q\x81`\x01\x01`\x12a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UPa\x01`\x82\x01Q\x81`\x01\x01`\x13a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\x80\x82\x01Q\x81`\x01\x01`\x15a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UPa\x01\xA0\x82\x01Q\x81`\x01\x01`\x16a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\xC0\x82\x01Q\x81`\x01\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x90PP_` `\x08a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP\x7Fm\x06a\xBE!{W\x17\xE7/\x7F\x9D\xAE~\xD6(\xD5c\x7Ff\xC9wW\xA1\xA0\xF8\xD5\xBCZh\xE6R\x81`@Qa\x1Ch\x91\x90aF|V[`@Q\x80\x91\x03\x90\xA1P[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01Ra\x1Di\x90a\n\x05V[PPPPPPPPP\x92\x91PPV[\x80_\x03a\x1D\x82WPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cc\xB0\xC4(`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1D\xDFW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1E\x03\x91\x90aG\xDDV[`@\x80Q\x84\x81R\x82\x15\x15` \x82\x01R\x91\x92P\x7F\xC3\x0B\xA58}\x08N!H\xB2\xA9\x13W\xA8\x87\xE7\xB0IcWQL\xFE3\xD9\xFF03\xF6v\xAC\xE5\x91\x01`@Q\x80\x91\x03\x90\xA1\x80\x15a\x1E\xBFW`@Qc\x08R\xCD\x8D`\xE3\x1B\x81R`\x04\x81\x01\x83\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90cB\x96lh\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x1E\xA5W__\xFD[PZ\xF1\x15\x80\x15a\x1E\xB7W=__>=_\xFD[PPPPPPV[a\x0B\xB8\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16ca\xD0'\xB3`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1F\x1EW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1FB\x91\x90aG\xF8V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x84a0\xBEV[`\x02T_\x90`\x01`\x01`\xA0\x1B\x03\x16\x80\x15a\x1F\x8DW\x80a\x1F\x99V[_T`\x01`\x01`\xA0\x1B\x03\x16[\x91PP\x90V[_a\x1F\xAB\x82`\x10aE\xB8V[a\x1F\xB6\x90`\xF0aFiV[\x92\x90\x92\x1C\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\n` R`@\x81 \x80T`\x01`p\x1B\x90\x04`\xFF\x16a\x1F\xF0W_\x91PPa\t\xCDV[`\x04T\x81Ta'\x10\x91a \x18\x91`\x01``\x1B\x90\x91\x04a\xFF\xFF\x16\x90`\x01`\x01``\x1B\x03\x16aE\xB8V[a \"\x91\x90aD\xF3V[\x81T\x90\x92P\x82\x90\x82\x90_\x90a A\x90\x84\x90`\x01`\x01``\x1B\x03\x16aH\x13V[\x92Pa\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP\x83`\x01`\x01`\xA0\x1B\x03\x16\x7F`z\xDB\xA6l\xFF\x84\xB6'\xE3S}\x1C\x17\xD0\x88\xA9\x85V\xBC\xCD\x056\xA2\xF3Y\x0CV2\x90#\xD9\x84\x84`@Qa \xA0\x92\x91\x90aHFV[`@Q\x80\x91\x03\x90\xA2\x80T`\x01`x\x1B\x90\x04`\xFF\x16\x15a!+W`@Qc\x14\xC2U\x93`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cS\tVL\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a!\x19W__\xFD[PZ\xF1\x15\x80\x15a\x08\x98W=__>=_\xFD[P\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x1B` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x90\x92RT`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x93\x83\x01\x93\x90\x93R`\x05T\x91\x92a!\x90\x92\x91\x90\x91\x04\x16`\x01a@&V[`\x01`\x01`@\x1B\x03\x16\x81` \x01Q`\x01`\x01`@\x1B\x03\x16\x03a!\xBCWQ`\x01`\x01`\x80\x1B\x03\x16\x92\x91PPV[a!\xC5\x83a0\xF8V[\x93\x92PPPV[_`\x01`\x01`\x80\x1B\x03\x82\x11\x15a\n\x01W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x80`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[a\"E`@Q\x80a\x01\0\x01`@R\x80_\x81R` \x01_\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81RP\x90V[_a\"Q`\x08\x84aD\xF3V[\x85\x83R` \x83\x01\x81\x90R\x90P\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\"uWa\"uaCmV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\"\x9EW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`@\x83\x01R\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\"\xBCWa\"\xBCaCmV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\"\xE5W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P``\x83\x01R\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a#\x03Wa#\x03aCmV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a#,W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\x80\x83\x01R\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a#JWa#JaCmV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a#sW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xA0\x83\x01R\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a#\x91Wa#\x91aCmV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a#\xBAW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xC0\x83\x01R\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a#\xD8Wa#\xD8aCmV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a$\x01W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xE0\x83\x01R_[\x81\x81\x10\x15a%EW\x84\x84a$\x1E\x83`\x08aE\xB8V[\x90a$*\x84`\x08aE\xB8V[a$5\x90`\x08a@\x13V[\x92a$B\x93\x92\x91\x90aHpV[a$K\x91aH\x97V[`\xC0\x1C`\x01`\x01`@\x1B\x03\x16\x83`@\x01Q\x82\x81Q\x81\x10a$mWa$maE\xE7V[` \x90\x81\x02\x91\x90\x91\x01\x01R_`\t\x81a$\x86\x84\x8Aa@\x13V[\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x81Q`\xA0\x81\x01\x83R\x90T`\x01`\x01`\xA0\x1B\x03\x81\x16\x80\x83Rc\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x83\x04\x16\x94\x83\x01\x94\x90\x94Ra\xFF\xFF`\x01`\xC0\x1B\x82\x04\x16\x92\x82\x01\x92\x90\x92R`\xFF`\x01`\xD0\x1B\x83\x04\x81\x16\x15\x15``\x83\x01R`\x01`\xD8\x1B\x90\x92\x04\x90\x91\x16`\x80\x82\x01R\x91P\x15\x80\x15\x90a%\tWP\x80``\x01Q\x15[\x15a%<W\x80` \x01Qc\xFF\xFF\xFF\xFF\x16\x84``\x01Q\x83\x81Q\x81\x10a%/Wa%/aE\xE7V[` \x02` \x01\x01\x81\x81RPP[P`\x01\x01a$\tV[PP\x93\x92PPPV[\x80Q` \x82\x01Q_\x90a%a\x90\x83a@\x13V[\x90P\x80\x84`\xA0\x01Q\x10\x15a%vWP`\xA0\x83\x01Q[\x81\x81\x11a%\x83WPPPPV[_`@Q\x80``\x01`@R\x80\x86`@\x01Q\x81R` \x01\x86``\x01Q\x81R` \x01\x86`\x80\x01Q\x81RP\x90P_\x85` \x01Q`@a%\xBF\x91\x90aE\xB8V[\x90P_\x80a%\xCE`\x10\x87aE\x06V[a%\xD8\x90\x87aFiV[\x90P[\x84\x81\x10\x15a&\x81W_`\x12\x81a%\xF2`\x10\x85aD\xF3V[a%\xFC\x90\x87a@\x13V[\x81R` \x01\x90\x81R` \x01_ T\x90P\x80_\x03a&\x19WPa&oV[_\x87\x83\x10a&'W\x82a&)V[\x87[\x90P_\x87a&8\x85`\x10a@\x13V[\x11a&MWa&H\x84`\x10a@\x13V[a&OV[\x87[\x90Pa&_\x8A\x88\x85\x87\x86\x86a1\xB3V[a&i\x90\x86a@\x13V[\x94PPPP[a&z`\x10\x82a@\x13V[\x90Pa%\xDBV[P\x80\x87`\xE0\x01\x81\x81Qa&\x94\x91\x90a@\x13V[\x90RP`\xC0\x87\x01Q\x15a&\xADWa&\xAD\x87\x87\x87\x87a2\x93V[PPPPPPPV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01\x81\x90R`\x01`\xA8\x1B\x83\x04\x90\x91\x16a\x01\x80\x86\x01R`\x01`\xB0\x1B\x82\x04\x90\x92\x16a\x01\xA0\x85\x01R\x93\x90\x93\x04\x16a\x01\xC0\x82\x01R\x83Q_\x92`\x01`\x01`\x80\x1B\x03\x90\x91\x16\x90\x83\x90a'\xC5\x90\x83\x90a4\x03V[`\x05T\x90\x91P`\x01`\x80\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16_\x80[\x89` \x01Q\x81\x10\x15a)hW\x89``\x01Q\x81\x81Q\x81\x10a(\0Wa(\0aE\xE7V[` \x02` \x01\x01Q_\x14\x80a(\x13WP\x84\x15[\x15a(\xA5W\x89`@\x01Q\x81\x81Q\x81\x10a(.Wa(.aE\xE7V[` \x02` \x01\x01Q_\x14a(\xA0W\x89Qa(I\x90\x82\x90a@\x13V[\x8A`@\x01Q\x82\x81Q\x81\x10a(_Wa(_aE\xE7V[` \x90\x81\x02\x91\x90\x91\x01\x01Q`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R_`D\x82\x01\x81\x90R`d\x82\x01R`\x84\x81\x01\x85\x90R`\xA4\x01a\x01EV[a)`V[a(\xB1\x8A\x82\x87\x87a4\x13V[_\x85\x8B`\xC0\x01Q\x83\x81Q\x81\x10a(\xC9Wa(\xC9aE\xE7V[` \x02` \x01\x01Qa(\xDB\x91\x90aD\xF3V[\x90P\x80\x89\x83\x81Q\x81\x10a(\xF0Wa(\xF0aE\xE7V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra)\x05\x81\x84a@\x13V[\x92P__\x86\x11\x80\x15a)4WP\x85\x8C`\xE0\x01Q\x84\x81Q\x81\x10a))Wa))aE\xE7V[` \x02` \x01\x01Q\x10\x15[\x90Pa)Q\x83\x8D_\x01Qa)H\x91\x90a@\x13V[\x83\x83\x8B\x89a4\xEFV[a)[\x90\x8Aa@\x13V[\x98PPP[`\x01\x01a'\xDEV[Pa)r\x81a6\xA0V[\x88` \x01\x81\x81Qa)\x83\x91\x90a@&V[`\x01`\x01`@\x1B\x03\x16\x90RPa)\x98\x89a6\xD5V[PPPPP\x93\x92PPPV[___a)\xB1\x86\x86a8\x08V[\x91P\x91P\x81_\x03a)\xD5W\x83\x81\x81a)\xCBWa)\xCBaD\xDFV[\x04\x92PPPa!\xC5V[\x81\x84\x11a)\xECWa)\xEC`\x03\x85\x15\x02`\x11\x18a8$V[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[_\x80\x80[\x86Q\x81\x10\x15a*\xBBW\x86\x81\x81Q\x81\x10a*sWa*saE\xE7V[` \x02` \x01\x01Q`\xE0\x01Q\x87\x82\x81Q\x81\x10a*\x91Wa*\x91aE\xE7V[` \x02` \x01\x01Q`@\x01Qa*\xA7\x91\x90aE\xB8V[a*\xB1\x90\x83a@\x13V[\x91P`\x01\x01a*XV[P\x80_\x03a*\xCCW_\x91PPa,UV[_[\x86Q\x81\x10\x15a,RW_\x87\x82\x81Q\x81\x10a*\xEAWa*\xEAaE\xE7V[` \x02` \x01\x01Q\x90P_\x81`\xE0\x01Q\x82`@\x01Qa+\t\x91\x90aE\xB8V[\x90P_a+\x17\x88\x83\x87a)\xA4V[\x90P_a+%\x88\x84\x88a)\xA4V[\x84Q\x90\x91P_\x90a+A\x90a+;\x8D`\x01a@&V[\x84a85V[\x90Pa+M\x81\x83aFiV[a+W\x90\x84a@\x13V[\x92P\x82\x15a+kW\x84Qa+k\x90\x84a:\xCAV[a+u\x81\x84a@\x13V[a+\x7F\x90\x89a@\x13V[\x97Pg\r\xE0\xB6\xB3\xA7d\0\0\x85`\xE0\x01Qa\xFF\xFFa+\x9C\x91\x90aE\xB8V[a+\xA6\x91\x90aD\xF3V[` \x80\x87\x01Q_\x90\x81R`\t\x82R`@\x90\x81\x90 \x80Ta\xFF\xFF\x94\x90\x94\x16`\x01`\xC0\x1B\x02a\xFF\xFF`\xC0\x1B\x19\x90\x94\x16\x93\x90\x93\x17\x90\x92U\x86Q\x82\x88\x01Q`\xE0\x89\x01Q\x84Q\x91\x82R\x92\x81\x01\x92\x90\x92R\x91\x81\x01\x85\x90R``\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90`\x01`\x01`@\x1B\x03\x8D\x16\x90\x7F4\xFA\xB1uT\x07\xCE\xE1j\xECy\x90\xEDD#}\x14\x1C\xBD\xB5\xDF7\x96\x1B\xE0e\x12\xB0\x1A\x9D\xF5\x13\x90`\x80\x01`@Q\x80\x91\x03\x90\xA3PPPPP\x80`\x01\x01\x90Pa*\xCEV[PP[\x94\x93PPPPV[\x80Q_\x90\x80\x82\x03a,pWP_\x92\x91PPV[_\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a,\x89Wa,\x89aCmV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a,\xB2W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x82`\x01`\x01`@\x1B\x03\x81\x11\x15a,\xCEWa,\xCEaCmV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a,\xF7W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x83\x81\x10\x15a-\x96W\x85\x81\x81Q\x81\x10a-\x16Wa-\x16aE\xE7V[` \x02` \x01\x01Q_\x01Q\x83\x82\x81Q\x81\x10a-3Wa-3aE\xE7V[` \x02` \x01\x01\x90`\x01`\x01`\xA0\x1B\x03\x16\x90\x81`\x01`\x01`\xA0\x1B\x03\x16\x81RPP\x85\x81\x81Q\x81\x10a-eWa-eaE\xE7V[` \x02` \x01\x01Q`\xE0\x01Q\x82\x82\x81Q\x81\x10a-\x83Wa-\x83aE\xE7V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a,\xFCV[P`\x03T`@Qcj\xAB\xE8\xF3`\xE0\x1B\x81R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x91cj\xAB\xE8\xF3\x91a-\xF6\x91\x86\x91\x86\x91`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x90`\x04\x01aH\xCDV[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a.\rW__\xFD[PZ\xF1\x15\x80\x15a.\x1FW=__>=_\xFD[PP`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x82\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x81\x04\x90\x91\x16a\x01\xA0\x84\x01\x81\x90R\x93\x90\x04\x16a\x01\xC0\x82\x01R\x92P_\x91Pa'\x10\x90a/,\x90g\r\xE0\xB6\xB3\xA7d\0\0\x90aE\xB8V[a/6\x91\x90aD\xF3V[\x90P_[\x85\x81\x10\x15a0\xB3W_`\t_\x8A\x84\x81Q\x81\x10a/XWa/XaE\xE7V[` \x02` \x01\x01Q` \x01Q\x81R` \x01\x90\x81R` \x01_ \x90P_\x83\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x85\xBF\x82\xD6\x89\x86\x81Q\x81\x10a/\xB6Wa/\xB6aE\xE7V[` \x02` \x01\x01Q`@Q\x82c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a/\xE9\x91\x90`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16\x81R` \x01\x90V[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a0\x04W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a0(\x91\x90aE\xA1V[\x10a03W_a0JV[\x81Ta0J\x90`\x01`\xD8\x1B\x90\x04`\xFF\x16`\x01aI;V[\x90P\x84a\x01\x80\x01Q`\xFF\x16\x81`\xFF\x16\x10a0\x92Wa0\x82\x87\x84\x81Q\x81\x10a0sWa0saE\xE7V[` \x02` \x01\x01Q`\x02a\x1F\xC0V[a0\x8C\x90\x8Aa@\x13V[\x98P_\x90P[\x81T`\xFF\x90\x91\x16`\x01`\xD8\x1B\x02`\xFF`\xD8\x1B\x19\x90\x91\x16\x17\x90U`\x01\x01a/:V[PPPPPP\x91\x90PV[a0\xCB\x83\x83\x83`\x01a;#V[a0\xF3W`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x01EV[PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\n` \x90\x81R`@\x80\x83 \x81Q`\x80\x81\x01\x83R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x93\x82\x01\x93\x90\x93R`\xFF`\x01`p\x1B\x84\x04\x81\x16\x15\x80\x15\x93\x83\x01\x84\x90R`\x01`x\x1B\x90\x94\x04\x16\x15\x15``\x82\x01R\x91\x83\x91\x90a1mWP\x81``\x01Q[a1wW_a1zV[\x81Q[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\x0C` R`@\x90 T`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x91Pa,U\x90`\x01`\x01`\x80\x1B\x03\x16\x82a@\x13V[_\x86Q` `@\x89\x01Q\x01` ``\x8A\x01Q\x01` `\x80\x8B\x01Q\x01` `\xA0\x8C\x01Q\x01` `\xC0\x8D\x01Q\x01\x8BQ` \x8D\x01Q`@\x8E\x01Q\x8B[\x8B\x81\x10\x15a2\x7FWa\xFF\xFF\x8F\x8F\x83\x03`\x04\x1B`\xF0\x03\x1C\x16\x80a2\x0EWPa2wV[\x8A\x82\x03`\x05\x1B\x80\x8A\x01Q\x84\x81\x10\x15\x81\x15\x17\x15a2,WPPPa2wV[P\x84g\r\xE0\xB6\xB3\xA7d\0\0\x83\x02\x04\x91P\x80\x8B\x01Q\x80\x83\x10a2QW\x89\x82\x01\x80Q\x88\x01\x90R[\x80\x83\x11\x15a2fW\x88\x82\x01\x80Q\x88\x01\x90R\x91P\x81[P\x86\x01\x80Q\x86\x83\x02\x01\x90R\x9A\x90\x9A\x01\x99[`\x01\x01a1\xECV[PPPPPPPPPP\x96\x95PPPPPPV[_a2\xA0a\x01\0\x84aE\x06V[a2\xAA\x90\x84aFiV[\x90P[\x81\x81\x10\x15a3\xFCW_`\x13\x81a2\xC5a\x01\0\x85aD\xF3V[` \x89\x01Qa2\xD5\x90`\x04aE\xB8V[a2\xDF\x91\x90a@\x13V[\x81R` \x01\x90\x81R` \x01_ T\x90P\x80_\x03a2\xFCWPa3\xE9V[_\x84\x83\x10a3\nW\x82a3\x0CV[\x84[\x90P_\x84a3\x1C\x85a\x01\0a@\x13V[\x11a32Wa3-\x84a\x01\0a@\x13V[a34V[\x84[\x90P\x81[\x81\x81\x10\x15a3\xE4Wa3La\x01\0\x82aE\x06V[\x84\x90\x1C`\x01\x16\x15a3\xDCW``\x88\x01Q_\x90a3h\x89\x84aFiV[\x81Q\x81\x10a3xWa3xaE\xE7V[` \x02` \x01\x01Q\x90P\x80_\x14\x80a3\x94WP\x89`\x80\x01Q\x81\x10\x15[\x15a3\x9FWPa3\xDCV[`@\x8A\x01Q`\xE0\x8A\x01Qa3\xB3\x8A\x85aFiV[\x81Q\x81\x10a3\xC3Wa3\xC3aE\xE7V[` \x02` \x01\x01\x81\x81Qa3\xD7\x91\x90a@\x13V[\x90RPP[`\x01\x01a38V[PPPP[a3\xF5a\x01\0\x82a@\x13V[\x90Pa2\xADV[PPPPPV[_a\t\xCA\x83\x83a'\x10`\x01a;\x85V[_\x84`@\x01Q\x84\x81Q\x81\x10a4*Wa4*aE\xE7V[` \x02` \x01\x01Q\x90P_\x81_\x14a4_W\x85`\x80\x01Q\x85\x81Q\x81\x10a4RWa4RaE\xE7V[` \x02` \x01\x01Qa4aV[\x83[\x90P_\x86`\xA0\x01Q\x86\x81Q\x81\x10a4zWa4zaE\xE7V[` \x02` \x01\x01Q\x90P\x83\x82\x10\x80a4\x92WP\x83\x81\x10\x15[\x80a4\xA4WPg\r\xE0\xB6\xB3\xA7d\0\0\x83\x11[\x15a&\xADW\x86Qa4\xB6\x90\x87\x90a@\x13V[`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x84\x90R`D\x81\x01\x83\x90R`d\x81\x01\x82\x90R`\x84\x81\x01\x85\x90R`\xA4\x01a\x01EV[_\x85\x81R`\t` \x90\x81R`@\x80\x83 \x80T`\x01`\x01`\xA0\x1B\x03\x16\x80\x85R`\x10\x84R\x82\x85 \x83Q``\x81\x01\x85R\x90T`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16\x96\x83\x01\x96\x90\x96R`\x01`\xC0\x1B\x90\x04\x90\x94\x16\x92\x84\x01\x92\x90\x92R\x91a5ea5`\x82a;\xD0V[a!\xCCV[\x81Q\x82\x90a5t\x90\x83\x90aITV[`\x01`\x01`\x80\x1B\x03\x90\x81\x16\x90\x91R`\x01`\x01`@\x1B\x03\x80\x8B\x16` \x80\x86\x01\x91\x82R\x89\x83\x16`@\x80\x88\x01\x91\x82R`\x01`\x01`\xA0\x1B\x03\x89\x16_\x90\x81R`\x10\x90\x93R\x82 \x87Q\x81T\x94Q\x92Q\x86\x16`\x01`\xC0\x1B\x02`\x01`\x01`\xC0\x1B\x03\x93\x90\x96\x16`\x01`\x80\x1B\x02`\x01`\x01`\xC0\x1B\x03\x19\x90\x95\x16\x96\x16\x95\x90\x95\x17\x92\x90\x92\x17\x91\x90\x91\x16\x91\x90\x91\x17\x90\x91U\x90P\x87a6\x05W_a6\x1CV[\x83Ta6\x1C\x90`\x01`\xD8\x1B\x90\x04`\xFF\x16`\x01aI;V[\x90P\x86a\x01\x80\x01Q`\xFF\x16\x81`\xFF\x16\x10a6AWa6;\x83`\x01a\x1F\xC0V[\x94P_\x90P[\x83T`\xFF`\xD8\x1B\x19\x16`\x01`\xD8\x1B`\xFF\x83\x16\x02\x17\x84Ug\r\xE0\xB6\xB3\xA7d\0\0a6l\x8Aa\xFF\xFFaE\xB8V[a6v\x91\x90aD\xF3V[\x84Ta\xFF\xFF\x91\x90\x91\x16`\x01`\xC0\x1B\x02a\xFF\xFF`\xC0\x1B\x19\x90\x91\x16\x17\x90\x93UP\x91\x97\x96PPPPPPPV[_`\x01`\x01`@\x1B\x03\x82\x11\x15a\n\x01W`@\x80Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x83\x90R`D\x01a\x01EV[` \x81\x01Q\x81Q_\x91a6\xE7\x91a@\x13V[\x90P_`\x10\x83_\x01Qa6\xFA\x91\x90aE\x06V[\x83Qa7\x06\x91\x90aFiV[\x90P[\x81\x81\x10\x15a0\xF3W_`\x15\x81a7 `\x10\x85aD\xF3V[\x81R` \x01\x90\x81R` \x01_ T\x90P_\x84_\x01Q\x83\x10a7AW\x82a7DV[\x84Q[\x90P[a7R\x83`\x10a@\x13V[\x81\x10\x80\x15a7_WP\x83\x81\x10[\x15a7\xD5Wa7\xC3\x82a7s`\x10\x84aE\x06V[`@\x88\x01Q\x88Qg\r\xE0\xB6\xB3\xA7d\0\0\x91\x90a7\x8F\x90\x87aFiV[\x81Q\x81\x10a7\x9FWa7\x9FaE\xE7V[` \x02` \x01\x01Qa\xFF\xFFa7\xB4\x91\x90aE\xB8V[a7\xBE\x91\x90aD\xF3V[a<PV[\x91Pa7\xCE\x81aE\xCFV[\x90Pa7GV[P\x80`\x15_a7\xE5`\x10\x86aD\xF3V[\x81R` \x81\x01\x91\x90\x91R`@\x01_ UPa8\x01`\x10\x82a@\x13V[\x90Pa7\tV[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x81\x81R`\x0C` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x83R\x90T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83R`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x83\x86\x01R\x86\x86R`\x1C\x85R\x83\x86 \x84Q\x80\x86\x01\x86R\x90T\x80\x83\x16\x82R\x92\x90\x92\x04`\x01`\x01`@\x1B\x03\x16\x82\x86\x01R\x95\x85R`\r\x90\x93R\x90\x83 T\x82Q\x93\x94\x91\x93\x90\x91\x16\x15\x80\x15\x90a8\xD6WP\x85`\x01`\x01`@\x1B\x03\x16\x82` \x01Q`\x01`\x01`@\x1B\x03\x16\x14\x15[\x15a9sW`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x1D` \x90\x81R`@\x80\x83 \x85\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x81 T\x90\x03a9KWa9\x1B\x81`\x01a@\x13V[`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x1D` \x90\x81R`@\x80\x83 \x86\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x90 U[`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x1C` R`@\x81 \x80T`\x01`\x01`\xC0\x1B\x03\x19\x16\x90U\x82R[_\x86`\x01`\x01`@\x1B\x03\x16\x83` \x01Q`\x01`\x01`@\x1B\x03\x16\x14a9\x97W_a9\x9AV[\x82Q[\x84` \x01Qa9\xA9\x91\x90aIsV[`\x01`\x01`\x80\x1B\x03\x16\x90P_a9\xBE\x89a!2V[\x90P\x81\x15\x80\x15\x90a9\xCEWP\x80\x15\x15[\x15a:TW_a9\xF8\x83\x87_\x01Q`\x01`\x01`\x80\x1B\x03\x16\x88` \x01Q`\x01`\x01`\x80\x1B\x03\x16a)\xA4V[\x90P\x81\x81\x11\x15a:\x05WP\x80[a:\x10\x88\x82\x84a)\xA4V[\x96Pa:,\x87n\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x85a)\xA4V[a:6\x90\x85a@\x13V[`\x01`\x01`\xA0\x1B\x03\x8B\x16_\x90\x81R`\r` R`@\x90 \x81\x90U\x93PP[\x83Q`\x01`\x01`\x80\x1B\x03\x16\x15\x80\x15\x90a:\x82WP\x87`\x01`\x01`@\x1B\x03\x16\x84` \x01Q`\x01`\x01`@\x1B\x03\x16\x14[\x15a)\x98Wa:\x92\x83`\x01a@\x13V[`\x01`\x01`\xA0\x1B\x03\x8A\x16_\x90\x81R`\x1D` \x90\x81R`@\x80\x83 `\x01`\x01`@\x1B\x03\x8D\x16\x84R\x90\x91R\x90 UPPPPP\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x10` R`@\x90 \x80Ta:\xFB\x90a5`\x90\x84\x90`\x01`\x01`\x80\x1B\x03\x16a@\x13V[\x81To\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01`\x80\x1B\x03\x91\x90\x91\x16\x17\x90UPPV[`@Qc\xA9\x05\x9C\xBB`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a;yW\x83\x83\x15\x16\x15a;mW=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[_a;\xB2a;\x92\x83a<\x82V[\x80\x15a;\xADWP_\x84\x80a;\xA8Wa;\xA8aD\xDFV[\x86\x88\t\x11[\x15\x15\x90V[a;\xBD\x86\x86\x86a)\xA4V[a;\xC7\x91\x90a@\x13V[\x95\x94PPPPPV[_\x81` \x01Q`\x01`\x01`@\x1B\x03\x16_\x14\x80a<\x06WP`\x05T`@\x83\x01Q`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x90\x92\x04\x82\x16\x91\x16\x10\x15[\x15a<\x12WP_\x91\x90PV[a\t\xCD\x82` \x01Q`\x01`\x01`@\x1B\x03\x16`\x16_\x85`@\x01Q`\x01`\x01`@\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ Tg\r\xE0\xB6\xB3\xA7d\0\0a)\xA4V[_\x80a<]\x84`\x10aE\xB8V[a<h\x90`\xF0aFiV[a\xFF\xFF\x80\x82\x1B\x19\x87\x16\x90\x85\x16\x90\x91\x1B\x17\x91PP\x93\x92PPPV[_`\x02\x82`\x03\x81\x11\x15a<\x97Wa<\x97aH2V[a<\xA1\x91\x90aI\x92V[`\xFF\x16`\x01\x14\x90P\x91\x90PV[`@Q\x80a\x01\0\x01`@R\x80_`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x15\x15\x81R` \x01_\x81RP\x90V[_a\x01\xE0\x82\x84\x03\x12\x15a=\x07W__\xFD[P\x91\x90PV[_a\x01\xE0\x82\x84\x03\x12\x15a=\x1EW__\xFD[a\t\xCA\x83\x83a<\xF6V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a=<W__\xFD[PV[___a\x02 \x84\x86\x03\x12\x15a=RW__\xFD[\x835\x92P` \x84\x015a=d\x81a=(V[\x91Pa=s\x85`@\x86\x01a<\xF6V[\x90P\x92P\x92P\x92V[__` \x83\x85\x03\x12\x15a=\x8DW__\xFD[\x825`\x01`\x01`@\x1B\x03\x81\x11\x15a=\xA2W__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a=\xB2W__\xFD[\x805`\x01`\x01`@\x1B\x03\x81\x11\x15a=\xC7W__\xFD[\x85` \x82\x84\x01\x01\x11\x15a=\xD8W__\xFD[` \x91\x90\x91\x01\x95\x90\x94P\x92PPPV[`\x01`\x01``\x1B\x03\x81\x16\x81\x14a=<W__\xFD[\x805a>\x07\x81a=\xE8V[\x91\x90PV[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a=<W__\xFD[\x805a>\x07\x81a>\x0CV[a\xFF\xFF\x81\x16\x81\x14a=<W__\xFD[\x805a>\x07\x81a>(V[\x80\x15\x15\x81\x14a=<W__\xFD[\x805a>\x07\x81a>BV[`\xFF\x81\x16\x81\x14a=<W__\xFD[\x805a>\x07\x81a>ZV[a>\x8D\x82a>\x80\x83a=\xFCV[`\x01`\x01``\x1B\x03\x16\x90RV[a>\x99` \x82\x01a=\xFCV[`\x01`\x01``\x1B\x03\x16` \x83\x01Ra>\xB3`@\x82\x01a>\x1DV[c\xFF\xFF\xFF\xFF\x16`@\x83\x01Ra>\xCA``\x82\x01a>\x1DV[c\xFF\xFF\xFF\xFF\x16``\x83\x01Ra>\xE1`\x80\x82\x01a>\x1DV[c\xFF\xFF\xFF\xFF\x16`\x80\x83\x01Ra>\xF8`\xA0\x82\x01a>\x1DV[c\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01Ra?\x0F`\xC0\x82\x01a>\x1DV[c\xFF\xFF\xFF\xFF\x16`\xC0\x83\x01Ra?&`\xE0\x82\x01a>7V[a\xFF\xFF\x16`\xE0\x83\x01Ra?<a\x01\0\x82\x01a>7V[a\xFF\xFF\x16a\x01\0\x83\x01Ra?Sa\x01 \x82\x01a>7V[a\xFF\xFF\x16a\x01 \x83\x01Ra?ja\x01@\x82\x01a>OV[\x15\x15a\x01@\x83\x01Ra?\x7Fa\x01`\x82\x01a>7V[a\xFF\xFF\x16a\x01`\x83\x01Ra?\x96a\x01\x80\x82\x01a>hV[`\xFF\x16a\x01\x80\x83\x01Ra?\xACa\x01\xA0\x82\x01a>7V[a\xFF\xFF\x16a\x01\xA0\x83\x01Ra?\xC3a\x01\xC0\x82\x01a>\x1DV[c\xFF\xFF\xFF\xFF\x81\x16a\x01\xC0\x84\x01RPPPV[a\x01\xE0\x81\x01a\t\xCD\x82\x84a>sV[_` \x82\x84\x03\x12\x15a?\xF4W__\xFD[\x81Qa!\xC5\x81a>\x0CV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\t\xCDWa\t\xCDa?\xFFV[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xCDWa\t\xCDa?\xFFV[_\x815a\t\xCD\x81a=\xE8V[_\x815a\t\xCD\x81a>\x0CV[_\x815a\t\xCD\x81a>(V[_\x815a\t\xCD\x81a>BV[_\x815a\t\xCD\x81a>ZV[a@\xAFa@\x8D\x83a@EV[\x82Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x17\x82UV[a@\xF2a@\xBE` \x84\x01a@EV[\x82\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aA%aA\x01`@\x84\x01a@QV[\x82\x80Tc\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\xC0\x92\x90\x92\x1Bc\xFF\xFF\xFF\xFF`\xC0\x1B\x16\x91\x90\x91\x17\x90UV[aAXaA4``\x84\x01a@QV[\x82\x80T`\x01`\x01`\xE0\x1B\x03\x16`\xE0\x92\x90\x92\x1B`\x01`\x01`\xE0\x1B\x03\x19\x16\x91\x90\x91\x17\x90UV[`\x01\x81\x01aA\x82aAk`\x80\x85\x01a@QV[\x82Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x17\x82UV[aA\xB3aA\x91`\xA0\x85\x01a@QV[\x82Tg\xFF\xFF\xFF\xFF\0\0\0\0\x19\x16` \x91\x90\x91\x1Bg\xFF\xFF\xFF\xFF\0\0\0\0\x16\x17\x82UV[aA\xECaA\xC2`\xC0\x85\x01a@QV[\x82Tk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x19\x16`@\x91\x90\x91\x1Bk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x17\x82UV[aB\x1BaA\xFB`\xE0\x85\x01a@]V[\x82\x80Ta\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Ba\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aBKaB+a\x01\0\x85\x01a@]V[\x82\x80Ta\xFF\xFF`p\x1B\x19\x16`p\x92\x90\x92\x1Ba\xFF\xFF`p\x1B\x16\x91\x90\x91\x17\x90UV[aB{aB[a\x01 \x85\x01a@]V[\x82\x80Ta\xFF\xFF`\x80\x1B\x19\x16`\x80\x92\x90\x92\x1Ba\xFF\xFF`\x80\x1B\x16\x91\x90\x91\x17\x90UV[aB\xA9aB\x8Ba\x01@\x85\x01a@iV[\x82\x80T`\xFF`\x90\x1B\x19\x16\x91\x15\x15`\x90\x1B`\xFF`\x90\x1B\x16\x91\x90\x91\x17\x90UV[aB\xD9aB\xB9a\x01`\x85\x01a@]V[\x82\x80Ta\xFF\xFF`\x98\x1B\x19\x16`\x98\x92\x90\x92\x1Ba\xFF\xFF`\x98\x1B\x16\x91\x90\x91\x17\x90UV[aC\x07aB\xE9a\x01\x80\x85\x01a@uV[\x82\x80T`\xFF`\xA8\x1B\x19\x16`\xA8\x92\x90\x92\x1B`\xFF`\xA8\x1B\x16\x91\x90\x91\x17\x90UV[aC7aC\x17a\x01\xA0\x85\x01a@]V[\x82\x80Ta\xFF\xFF`\xB0\x1B\x19\x16`\xB0\x92\x90\x92\x1Ba\xFF\xFF`\xB0\x1B\x16\x91\x90\x91\x17\x90UV[a0\xF3aA\x01a\x01\xC0\x85\x01a@QV[a\x02\0\x81\x01aCV\x82\x85a>sV[`\x01`\x01`@\x1B\x03\x83\x16a\x01\xE0\x83\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Qa\x01\xE0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15aC\xB0WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90V[_a\x01\xE0\x82\x84\x03\x12\x80\x15aC\xC8W__\xFD[PaC\xD1aC\x81V[aC\xDA\x83a=\xFCV[\x81RaC\xE8` \x84\x01a=\xFCV[` \x82\x01RaC\xF9`@\x84\x01a>\x1DV[`@\x82\x01RaD\n``\x84\x01a>\x1DV[``\x82\x01RaD\x1B`\x80\x84\x01a>\x1DV[`\x80\x82\x01RaD,`\xA0\x84\x01a>\x1DV[`\xA0\x82\x01RaD=`\xC0\x84\x01a>\x1DV[`\xC0\x82\x01RaDN`\xE0\x84\x01a>7V[`\xE0\x82\x01RaD`a\x01\0\x84\x01a>7V[a\x01\0\x82\x01RaDsa\x01 \x84\x01a>7V[a\x01 \x82\x01RaD\x86a\x01@\x84\x01a>OV[a\x01@\x82\x01RaD\x99a\x01`\x84\x01a>7V[a\x01`\x82\x01RaD\xACa\x01\x80\x84\x01a>hV[a\x01\x80\x82\x01RaD\xBFa\x01\xA0\x84\x01a>7V[a\x01\xA0\x82\x01RaD\xD2a\x01\xC0\x84\x01a>\x1DV[a\x01\xC0\x82\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[_\x82aE\x01WaE\x01aD\xDFV[P\x04\x90V[_\x82aE\x14WaE\x14aD\xDFV[P\x06\x90V[_` \x82\x84\x03\x12\x15aE)W__\xFD[\x815a!\xC5\x81a=\xE8V[_` \x82\x84\x03\x12\x15aEDW__\xFD[\x815a!\xC5\x81a>(V[_` \x82\x84\x03\x12\x15aE_W__\xFD[\x815a!\xC5\x81a>\x0CV[_` \x82\x84\x03\x12\x15aEzW__\xFD[\x815a!\xC5\x81a>ZV[c\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xCDWa\t\xCDa?\xFFV[_` \x82\x84\x03\x12\x15aE\xB1W__\xFD[PQ\x91\x90PV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\t\xCDWa\t\xCDa?\xFFV[_`\x01\x82\x01aE\xE0WaE\xE0a?\xFFV[P`\x01\x01\x90V[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15aF+W\x81Q\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01aF\rV[P\x93\x94\x93PPPPV[\x83\x81R``` \x82\x01R_aFM``\x83\x01\x85aE\xFBV[\x82\x81\x03`@\x84\x01RaF_\x81\x85aE\xFBV[\x96\x95PPPPPPV[\x81\x81\x03\x81\x81\x11\x15a\t\xCDWa\t\xCDa?\xFFV[\x81Q`\x01`\x01``\x1B\x03\x16\x81Ra\x01\xE0\x81\x01` \x83\x01QaF\xA8` \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[P`@\x83\x01QaF\xC0`@\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P``\x83\x01QaF\xD8``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaF\xF0`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01QaG\x08`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaG `\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaG6`\xE0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaGNa\x01\0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01QaGfa\x01 \x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01QaG|a\x01@\x84\x01\x82\x15\x15\x90RV[Pa\x01`\x83\x01QaG\x94a\x01`\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01QaG\xABa\x01\x80\x84\x01\x82`\xFF\x16\x90RV[Pa\x01\xA0\x83\x01QaG\xC3a\x01\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\xC0\x83\x01Qa!+a\x01\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[_` \x82\x84\x03\x12\x15aG\xEDW__\xFD[\x81Qa!\xC5\x81a>BV[_` \x82\x84\x03\x12\x15aH\x08W__\xFD[\x81Qa!\xC5\x81a=(V[`\x01`\x01``\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xCDWa\t\xCDa?\xFFV[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`@\x81\x01`\x03\x84\x10aHfWcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x92\x81R` \x01R\x90V[__\x85\x85\x11\x15aH~W__\xFD[\x83\x86\x11\x15aH\x8AW__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805`\x01`\x01`\xC0\x1B\x03\x19\x81\x16\x90`\x08\x84\x10\x15a!+W`\x01`\x01`\xC0\x1B\x03\x19`\x08\x94\x90\x94\x03`\x03\x1B\x84\x90\x1B\x16\x90\x92\x16\x92\x91PPV[``\x80\x82R\x84Q\x90\x82\x01\x81\x90R_\x90` \x86\x01\x90`\x80\x84\x01\x90\x83[\x81\x81\x10\x15aI\x0FW\x83Q`\x01`\x01`\xA0\x1B\x03\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01aH\xE8V[PP\x83\x81\x03` \x85\x01RaI#\x81\x87aE\xFBV[\x92PPPc\xFF\xFF\xFF\xFF\x83\x16`@\x83\x01R\x94\x93PPPPV[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xCDWa\t\xCDa?\xFFV[`\x01`\x01`\x80\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xCDWa\t\xCDa?\xFFV[`\x01`\x01`\x80\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xCDWa\t\xCDa?\xFFV[_`\xFF\x83\x16\x80aI\xA4WaI\xA4aD\xDFV[\x80`\xFF\x84\x16\x06\x91PP\x92\x91PPV",
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
    /**Function with signature `closeEpoch(bytes)` and selector `0xb0a8d599`.
```solidity
function closeEpoch(bytes memory consensus) external returns (bool closed);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct closeEpochCall {
        #[allow(missing_docs)]
        pub consensus: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`closeEpoch(bytes)`](closeEpochCall) function.
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
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bytes,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Bytes,);
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
                    (value.consensus,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for closeEpochCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { consensus: tuple.0 }
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
            type Parameters<'a> = (alloy::sol_types::sol_data::Bytes,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "closeEpoch(bytes)";
            const SELECTOR: [u8; 4] = [176u8, 168u8, 213u8, 153u8];
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
            [176u8, 168u8, 213u8, 153u8],
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
        NotCoordinator(NotCoordinator),
        #[allow(missing_docs)]
        NotOwner(NotOwner),
        #[allow(missing_docs)]
        NotRegistry(NotRegistry),
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
            [82u8, 116u8, 175u8, 231u8],
            [97u8, 39u8, 39u8, 71u8],
            [99u8, 26u8, 41u8, 74u8],
            [109u8, 252u8, 198u8, 80u8],
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
            ::core::stringify!(SafeERC20FailedOperation),
            ::core::stringify!(MalformedConsensus),
            ::core::stringify!(NotRegistry),
            ::core::stringify!(SafeCastOverflowedUintDowncast),
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
            <SafeERC20FailedOperation as alloy_sol_types::SolError>::SIGNATURE,
            <MalformedConsensus as alloy_sol_types::SolError>::SIGNATURE,
            <NotRegistry as alloy_sol_types::SolError>::SIGNATURE,
            <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SIGNATURE,
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
        const COUNT: usize = 12usize;
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
                Self::NotCoordinator(_) => {
                    <NotCoordinator as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotOwner(_) => <NotOwner as alloy_sol_types::SolError>::SELECTOR,
                Self::NotRegistry(_) => {
                    <NotRegistry as alloy_sol_types::SolError>::SELECTOR
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
        ) -> alloy_contract::SolCallBuilder<&P, closeEpochCall, N> {
            self.call_builder(&closeEpochCall { consensus })
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
