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
    ///0x610120604052348015610010575f5ffd5b50604051614c94380380614c9483398101604081905261002f91610085565b6001600160a01b0393841660805291831660a052821660c0521660e0525f805463ffffffff60b01b191663ffffffff60b01b17905530610100526100e1565b6001600160a01b0381168114610082575f5ffd5b50565b5f5f5f5f60808587031215610098575f5ffd5b84516100a38161006e565b60208601519094506100b48161006e565b60408601519093506100c58161006e565b60608601519092506100d68161006e565b939692955090935050565b60805160a05160c05160e05161010051614b246101705f395f818160de0152818161058f01526106e201525f61151d01525f8181610db4015281816120b801528181612b1f0152612ced01525f8181611e3c0152611f2c01525f81816082015281816101900152818161020c0152818161031f015281816105d901528181611d650152611ea40152614b245ff3fe608060405234801561000f575f5ffd5b5060043610610049575f3560e01c8062231d251461004d5780630a3c3495146100625780637b10399914610075578063b0a8d599146100b1575b5f5ffd5b61006061005b366004613edb565b6100d4565b005b610060610070366004613f0d565b610585565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020015b60405180910390f35b6100c46100bf366004613f4a565b6106d7565b60405190151581526020016100a8565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361011d57604051633beab4bd60e21b815260040160405180910390fd5b5f546001600160a01b0316331461014e5760405163245aecd360e01b81523360048201526024015b60405180910390fd5b600554600160701b900460ff161561017957604051631f3ef82160e31b815260040160405180910390fd5b60405163c3631ea960e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c3631ea9906101c59084906004016141a3565b5f6040518083038186803b1580156101db575f5ffd5b505afa1580156101ed573d5f5f3e3d5ffd5b505050505f60055f9054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636e4758616040518163ffffffff1660e01b8152600401602060405180830381865afa158015610266573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061028a91906141b2565b63ffffffff1690506001600160401b038216158015906102bb57506102b8816001600160401b0384166141e1565b42105b156102f8576102d3816001600160401b0384166141e1565b604051632d6408cb60e21b81526001600160401b039091166004820152602401610145565b5f5f60169054906101000a900463ffffffff1663ffffffff169050806001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e0b165646040518163ffffffff1660e01b8152600401602060405180830381865afa158015610379573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061039d91906141b2565b6103ad9063ffffffff16426141e1565b106103d657604051637f4d710960e11b81526001600160401b0382166004820152602401610145565b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c08201525f6104cf82876108a3565b6104d9575f6104df565b8160a001515b6104ef9063ffffffff16426141f4565b905085601e6104fe828261424f565b505060208054600160401b6001600160401b0384811668ffffffffffffffffff1990931692909217179091556005805467ffffffffffffffff1916429092169190911790556040517ffece5e87a45cab6be8e0c75e6bc7b0091183799d2eda95f7355495c0ccff63a8906105759088908490614515565b60405180910390a1505050505050565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036105ce57604051633beab4bd60e21b815260040160405180910390fd5b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614158061061357505f54600160b01b900463ffffffff1615155b156106335760405163318d14a560e11b8152336004820152602401610145565b5f80546001600160a01b0319166001600160a01b038416179055610656836109d3565b5f805461ffff92909216600160a01b0261ffff60a01b19909216919091179055806003610683828261424f565b5061069d905061069836839003830183614584565b610a05565b6040516001600160a01b0383169084907fa7a5b80bcd3bef76524ec80559f1ad1932344089b316a7be619ed23956b5ad6c905f90a3505050565b5f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361072157604051633beab4bd60e21b815260040160405180910390fd5b610729610ad7565b60055461ffff600160d01b909104166060610763604080516080810182525f80825260208201819052918101829052606081019190915290565b5f83810361077f57610773610bbc565b9194509250905061078d565b610787610f60565b90935091505b5f6107996008886146c1565b90506107a66008886146d4565b1515806107c35750606083015161ffff166107c182876141e1565b115b806107de5750801580156107de5750826060015161ffff1685105b15610816576060830151604051636127274760e01b8152600481018990526024810187905261ffff9091166044820152606401610145565b6108238484878b8b6111db565b61082d90836141e1565b915061083981866141e1565b9450826060015161ffff16851015610874576108558484611334565b6005805461ffff60d01b1916600160d01b61ffff88160217905561088f565b61087e8484611500565b61088890836141e1565b9150600195505b61089882611d58565b505050505092915050565b81515f906001600160601b03166108bd60208401846146e7565b6001600160601b031611806108f9575082602001516001600160601b03168260200160208101906108ee91906146e7565b6001600160601b0316115b8061092157508260e0015161ffff168260e001602081019061091b9190614702565b61ffff16115b8061094b5750826101a0015161ffff16826101a00160208101906109459190614702565b61ffff16115b8061097757508260a0015163ffffffff168260a001602081019061096f919061471d565b63ffffffff16115b8061099f575082610180015160ff168261018001602081019061099a9190614738565b60ff16105b806109ca575082610160015161ffff16826101600160208101906109c39190614702565b61ffff1614155b90505b92915050565b5f61ffff821115610a01576040516306dfcc6560e41b81526010600482015260248101839052604401610145565b5090565b5f816060015163ffffffff1642610a1c91906141e1565b5f805463ffffffff60b01b1916600160b01b63ffffffff841602179055610140830151909150610a4c5780610a5b565b60c0820151610a5b9082614753565b5f805461014085015164ffffffffff60d01b19909116600160d01b63ffffffff949094169390930260ff60f01b191692909217600160f01b83151502179055610aa45742610ab3565b60c0820151610ab39082614753565b6005601c6101000a81548163ffffffff021916908363ffffffff1602179055505050565b600554600160701b900460ff1615610b0257604051631f3ef82160e31b815260040160405180910390fd5b5f54600160b01b900463ffffffff1642811115610b435760405163d222b98960e01b81526001600160401b03821660048201525f6024820152604401610145565b6004545f90610b5f90600160c01b900463ffffffff16836141e1565b9050610b69611f53565b6001600160a01b0316336001600160a01b031614158015610b8957508042105b15610bb857604051632dbc470160e01b81523360048201526001600160401b0382166024820152604401610145565b5050565b604080516080810182525f808252602082018190529181018290526060818101929092526005545f90600160c01b900461ffff16806001600160401b03811115610c0857610c0861453b565b604051908082528060200260200182016040528015610c4157816020015b610c2e613e7c565b815260200190600190039081610c265790505b5093505f5f5f5b83811015610f0d575f610c82601482610c626010866146c1565b81526020019081526020015f2054601084610c7d91906146d4565b611f7f565b61ffff165f818152601160205260409020600181015491925090600160e01b900460ff16610cd5576001810154610cc2906001600160a01b03165f611fa0565b610ccc90886141e1565b96505050610f05565b60018101546001600160a01b03165f908152600a6020908152604091829020825160808101845290546001600160601b038116825261ffff600160601b8204169282019290925260ff600160701b8304811615801594830194909452600160781b909204909116151560608201529080610d5157508060600151155b80610d64575082816020015161ffff1614155b80610d775750600282015463ffffffff16155b15610d8457505050610f05565b60018201546040516342dfc16b60e11b81526001600160a01b0391821660048201525f91670de0b6b3a7640000917f0000000000000000000000000000000000000000000000000000000000000000909116906385bf82d690602401602060405180830381865afa158015610dfb573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e1f919061476f565b6001850154610e36906001600160a01b0316612112565b610e409190614786565b610e4a91906146c1565b9050805f03610e5c5750505050610f05565b604080516101008101825260018501546001600160a01b038116825260208201879052918101839052600285015463ffffffff9081166060830152600160a01b8304166080820152600160f01b820461ffff1660a0820152600160e81b90910460ff16151560c08201525f60e08201528b88610ed78161479d565b995081518110610ee957610ee96147b5565b6020908102919091010152610efe81876141e1565b9550505050505b600101610c48565b508186526040518060800160405280610f25836121ac565b6001600160801b031681525f602082015261ffff9384166040820152600554600160601b900490931660609093019290925250939491925050565b604080516080810182525f8082526020820181905291810182905260608181019290925250604080516080810182526019546001600160801b03811682526001600160401b03600160801b82048116602084015261ffff600160c01b83048116948401859052600160d01b9092049091166060830152909190811115610fe857610fe861453b565b60405190808252806020026020018201604052801561102157816020015b61100e613e7c565b8152602001906001900390816110065790505b5091505f5b82518110156111d6575f60175f8381526020019081526020015f206040518060c00160405290815f82015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b031681526020015f820160149054906101000a900461ffff1661ffff1661ffff1681526020015f820160169054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601a9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601e9054906101000a900461ffff1661ffff1661ffff168152602001600182015f9054906101000a900460ff16151515158152505090505f60185f8481526020019081526020015f20549050604051806101000160405280835f01516001600160a01b03168152602001836020015161ffff168152602001608083901c8152602001836060015163ffffffff168152602001836040015163ffffffff168152602001836080015161ffff1681526020018360a0015115158152602001826001600160801b03168152508584815181106111c1576111c16147b5565b60209081029190910101525050600101611026565b509091565b5f5f6111e88585856121df565b90505f6111f98683602001516122bc565b6001600160401b038111156112105761121061453b565b604051908082528060200260200182016040528015611239578160200160208202803683370190505b5090505f5b88518110156112735761126b89828151811061125c5761125c6147b5565b60200260200101518484612312565b60010161123e565b505f82602001516001600160401b038111156112915761129161453b565b6040519080825280602002602001820160405280156112ba578160200160208202803683370190505b5090506112c8838983612440565b9350600560109054906101000a90046001600160401b03166001600160401b03167f0e1cfb62a5da6e5cdf7e23bb6748db5c19489e800a35e838de1abb5651d464958885604001518460405161132093929190614803565b60405180910390a250505095945050505050565b5f5b8251811015611487575f838281518110611352576113526147b5565b6020908102919091018101516040805160c0808201835283516001600160a01b0390811683528486015161ffff90811684880190815260808088015163ffffffff9081168789019081526060808b0151831690890190815260a0808c01518716858b01908152988c01511515908a019081525f8f815260178e528b81209a518b549751945193519a5199166001600160b01b031990971696909617600160a01b938816939093029290921767ffffffffffffffff60b01b1916600160b01b9184169190910263ffffffff60d01b191617600160d01b9790921696909602176001600160f01b0316600160f01b949093169390930291909117845591516001938401805460ff191691151591909117905560e08501519484015160189096529290209390911b9091179091559091019050611336565b50805160198054602084015160408501516060909501516001600160801b039094166001600160c01b031990921691909117600160801b6001600160401b03909216919091021763ffffffff60c01b1916600160c01b61ffff9485160261ffff60d01b191617600160d01b939092169290920217905550565b5f5f600560109054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663329eb8396040518163ffffffff1660e01b81526004016020604051808303815f875af1158015611578573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061159c919061476f565b90505f600754826115ad91906141e1565b90505f6127106115bf61070884614786565b6115c991906146c1565b90505f6127106115db61100485614786565b6115e591906146c1565b90505f816115f38486614837565b6115fd9190614837565b60208901519091505f9081906001600160401b03161561167c5761163785670de0b6b3a76400008c602001516001600160401b031661271a565b6001600160401b03808a165f9081526016602090815260409091208390558c015191925061166f911682670de0b6b3a764000061271a565b61167990836141e1565b91505b6116888b8986866127ca565b61169290836141e1565b915061169d8b6129d3565b98508160065f8282546116b091906141e1565b909155505f90506116c18388614837565b6007819055604080518a8152602081018a9052908101889052606081018790526080810186905260a0810182905260c081018490529091506001600160401b038a16907f3ed16b93d704b8877b03837eff0f64180658225bcca5f72fe57eaf55477d5d789060e00160405180910390a261173c8960016141f4565b600580546bffffffffffffffffffffffff60801b1916600160801b6001600160401b03939093169290920263ffffffff60c01b1916919091179055602054600160401b900460ff16801561179b57506020546001600160401b03164210155b15611c52575f601e604051806101e00160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601c9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600182015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160049054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160089054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201600c9054906101000a900461ffff1661ffff1661ffff16815260200160018201600e9054906101000a900461ffff1661ffff1661ffff1681526020016001820160109054906101000a900461ffff1661ffff1661ffff1681526020016001820160129054906101000a900460ff161515151581526020016001820160139054906101000a900461ffff1661ffff1661ffff1681526020016001820160159054906101000a900460ff1660ff1660ff1681526020016001820160169054906101000a900461ffff1661ffff1661ffff1681526020016001820160189054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508060035f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a8154816001600160601b0302191690836001600160601b031602179055506040820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601c6101000a81548163ffffffff021916908363ffffffff1602179055506080820151816001015f6101000a81548163ffffffff021916908363ffffffff16021790555060a08201518160010160046101000a81548163ffffffff021916908363ffffffff16021790555060c08201518160010160086101000a81548163ffffffff021916908363ffffffff16021790555060e082015181600101600c6101000a81548161ffff021916908361ffff16021790555061010082015181600101600e6101000a81548161ffff021916908361ffff1602179055506101208201518160010160106101000a81548161ffff021916908361ffff1602179055506101408201518160010160126101000a81548160ff0219169083151502179055506101608201518160010160136101000a81548161ffff021916908361ffff1602179055506101808201518160010160156101000a81548160ff021916908360ff1602179055506101a08201518160010160166101000a81548161ffff021916908361ffff1602179055506101c08201518160010160186101000a81548163ffffffff021916908363ffffffff1602179055509050505f602060086101000a81548160ff0219169083151502179055507f6d0661be217b5717e72f7f9dae7ed628d5637f66c97757a1a0f8d5bc5a68e65281604051611c48919061484a565b60405180910390a1505b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c0820152611d4990610a05565b50505050505050505092915050565b805f03611d625750565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166363b0c4286040518163ffffffff1660e01b8152600401602060405180830381865afa158015611dbf573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611de391906149ab565b6040805184815282151560208201529192507fc30ba5387d084e2148b2a91357a887e7b0496357514cfe33d9ff3033f676ace5910160405180910390a18015611e9f57604051630852cd8d60e31b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906342966c68906024015f604051808303815f87803b158015611e85575f5ffd5b505af1158015611e97573d5f5f3e3d5ffd5b505050505050565b610bb87f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166361d027b36040518163ffffffff1660e01b8152600401602060405180830381865afa158015611efe573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f2291906149c6565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169084612e34565b6002545f906001600160a01b03168015611f6d5780611f79565b5f546001600160a01b03165b91505090565b5f611f8b826010614786565b611f969060f0614837565b9290921c92915050565b6001600160a01b0382165f908152600a602052604081208054600160701b900460ff16611fd0575f9150506109cd565b600454815461271091611ff891600160601b90910461ffff16906001600160601b0316614786565b61200291906146c1565b8154909250829082905f906120219084906001600160601b03166149e1565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550836001600160a01b03167f607adba66cff84b627e3537d1c17d088a98556bccd0536a2f3590c56329023d98484604051612080929190614a14565b60405180910390a28054600160781b900460ff161561210b576040516314c2559360e21b81526001600160a01b0385811660048301527f00000000000000000000000000000000000000000000000000000000000000001690635309564c906024015f604051808303815f87803b1580156120f9575f5ffd5b505af1158015610898573d5f5f3e3d5ffd5b5092915050565b6001600160a01b0381165f908152601b602090815260408083208151808301909252546001600160801b03811682526001600160401b03600160801b91829004811693830193909352600554919261217092919091041660016141f4565b6001600160401b031681602001516001600160401b03160361219c57516001600160801b031692915050565b6121a583612e6e565b9392505050565b5f6001600160801b03821115610a01576040516306dfcc6560e41b81526080600482015260248101839052604401610145565b61221d6040518060e001604052805f81526020015f815260200160608152602001606081526020016060815260200160608152602001606081525090565b5f6122296008846146c1565b90506122358582612f29565b604081015160608201516009602052919350905f5b838110156122a8578060031b87013560c01c8160051b6020850101528088015f5260405f205460ff8160d01c16155f6001600160a01b03831611161561229f5763ffffffff8160a01c168260051b6020850101525b5060010161224a565b506122b284613103565b5050509392505050565b5f811561230a576122ce6010846146c1565b601060016122dc85876141e1565b6122e69190614837565b6122f091906146c1565b6122fa9190614837565b6123059060016141e1565b6109ca565b505f92915050565b815160208301515f9061232590836141e1565b9050808560a00151101561233a575060a08401515b818111612348575050505050565b5f6123546010846146c1565b6020870151612364906040614786565b61236e91906141e1565b90505f61237c6010856146c1565b6010612389600186614837565b61239391906146c1565b61239d9190614837565b6123a89060016141e1565b90506012602052602085015f5b828110156123d9578084015f5260405f20548160051b8301526001810190506123b5565b505061240d8660405180606001604052808a6040015181526020018a6060015181526020018a60800151815250878661319b565b8760e00181815161241e91906141e1565b90525060c08701511561243757612437878786866133c4565b50505050505050565b604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b820483166101608601819052600160a81b8304909116610180860152600160b01b82049092166101a085015293909304166101c082015283515f926001600160801b0390911690839061254f908390613534565b600554909150600160801b90046001600160401b03165f805b89602001518110156126de578960600151818151811061258a5761258a6147b5565b60200260200101515f148061259d575084155b1561262f57896040015181815181106125b8576125b86147b5565b60200260200101515f1461262a5789516125d39082906141e1565b8a6040015182815181106125e9576125e96147b5565b60209081029190910101516040516333c106c560e01b8152600481019290925260248201525f6044820181905260648201526084810185905260a401610145565b6126d6565b61263b8a828787613544565b5f856126478c846135f8565b61265191906146c1565b905080898381518110612666576126666147b5565b602090810291909101015261267b81846141e1565b92505f5f861180156126aa5750858c60a00151848151811061269f5761269f6147b5565b602002602001015110155b90506126c7838d5f01516126be91906141e1565b83838b89613635565b6126d1908a6141e1565b985050505b600101612568565b506126e8816137e6565b886020018181516126f991906141f4565b6001600160401b031690525061270e8961381b565b50505050509392505050565b5f5f5f612727868661394e565b91509150815f0361274b57838181612741576127416146ad565b04925050506121a5565b81841161276257612762600385150260111861396a565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f80805b8651811015612831578681815181106127e9576127e96147b5565b602002602001015160e00151878281518110612807576128076147b5565b60200260200101516040015161281d9190614786565b61282790836141e1565b91506001016127ce565b50805f03612842575f9150506129cb565b5f5b86518110156129c8575f878281518110612860576128606147b5565b602002602001015190505f8160e00151826040015161287f9190614786565b90505f61288d88838761271a565b90505f61289b88848861271a565b84519091505f906128b7906128b18d60016141f4565b8461397b565b90506128c38183614837565b6128cd90846141e1565b925082156128e15784516128e19084613c10565b6128eb81846141e1565b6128f590896141e1565b9750670de0b6b3a76400008560e0015161ffff6129129190614786565b61291c91906146c1565b6020808701515f90815260098252604090819020805461ffff94909416600160c01b0261ffff60c01b199094169390931790925586518288015160e0890151845191825292810192909252918101859052606081018390526001600160a01b03909116906001600160401b038d16907f34fab1755407cee16aec7990ed44237d141cbdb5df37961be06512b01a9df5139060800160405180910390a35050505050806001019050612844565b50505b949350505050565b80515f908082036129e657505f92915050565b5f816001600160401b038111156129ff576129ff61453b565b604051908082528060200260200182016040528015612a28578160200160208202803683370190505b5090505f826001600160401b03811115612a4457612a4461453b565b604051908082528060200260200182016040528015612a6d578160200160208202803683370190505b5090505f5b83811015612b0c57858181518110612a8c57612a8c6147b5565b60200260200101515f0151838281518110612aa957612aa96147b5565b60200260200101906001600160a01b031690816001600160a01b031681525050858181518110612adb57612adb6147b5565b602002602001015160e00151828281518110612af957612af96147b5565b6020908102919091010152600101612a72565b50600354604051636aabe8f360e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691636aabe8f391612b6c9186918691600160e01b900463ffffffff1690600401614a3e565b5f604051808303815f87803b158015612b83575f5ffd5b505af1158015612b95573d5f5f3e3d5ffd5b5050604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b82048316610160860152600160a81b820416610180850152600160b01b81049091166101a08401819052939004166101c082015292505f915061271090612ca290670de0b6b3a764000090614786565b612cac91906146c1565b90505f5b85811015612e29575f60095f8a8481518110612cce57612cce6147b5565b60200260200101516020015181526020019081526020015f2090505f837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166385bf82d6898681518110612d2c57612d2c6147b5565b60200260200101516040518263ffffffff1660e01b8152600401612d5f91906001600160a01b0391909116815260200190565b602060405180830381865afa158015612d7a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612d9e919061476f565b10612da9575f612dc0565b8154612dc090600160d81b900460ff166001614aac565b905084610180015160ff168160ff1610612e0857612df8878481518110612de957612de96147b5565b60200260200101516002611fa0565b612e02908a6141e1565b98505f90505b815460ff909116600160d81b0260ff60d81b19909116179055600101612cb0565b505050505050919050565b612e418383836001613c69565b612e6957604051635274afe760e01b81526001600160a01b0384166004820152602401610145565b505050565b6001600160a01b0381165f908152600a60209081526040808320815160808101835290546001600160601b038116825261ffff600160601b8204169382019390935260ff600160701b84048116158015938301849052600160781b909404161515606082015291839190612ee3575081606001515b612eed575f612ef0565b81515b6001600160a01b0385165f908152600c60205260409020546001600160601b039190911691506129cb906001600160801b0316826141e1565b612f676040518060e001604052805f81526020015f815260200160608152602001606081526020016060815260200160608152602001606081525090565b82815260208101829052816001600160401b03811115612f8957612f8961453b565b604051908082528060200260200182016040528015612fb2578160200160208202803683370190505b506040820152816001600160401b03811115612fd057612fd061453b565b604051908082528060200260200182016040528015612ff9578160200160208202803683370190505b50606082015261300a826003614786565b6130159060036141e1565b6001600160401b0381111561302c5761302c61453b565b604051908082528060200260200182016040528015613055578160200160208202803683370190505b506080820152816001600160401b038111156130735761307361453b565b60405190808252806020026020018201604052801561309c578160200160208202803683370190505b5060a08201526130ac83836122bc565b6130b7906002614786565b6001600160401b038111156130ce576130ce61453b565b6040519080825280602002602001820160405280156130f7578160200160208202803683370190505b5060c082015292915050565b80516020820151602060408401510160206060850151016020608086015101602060c0870151016010860695505f5b8581101561319157600581901b85810151606083028501528401518015613188578188018060041c60061b840161ffff600f831660041b60f0031b81511781526020810151831115613185578260208201525b50505b50600101613132565b5050505050505050565b5f84515f52602060608601510160205260105f51065f510360208401845160051b8101602060c089015101602060808a0151016040890151806131dc578493505b838510156133b6575f5f5f5f518910156131f757885f510390505b60108b60108b0111156132095750888b035b8082121561328f5786518560208901511061326157505f825b8281101561325f575f51818d010360051b6020510160018803600182510310156132565761ffff8260041b60f0031b831792505b50600101613222565b505b5f198260041b1c195f198460041b1c1681169050808a51168360041b1b94505060605f51838c010302860192505b5050811561339d578b5160208d01515f5b84156133955781670de0b6b3a76400008660f01c020484518082115f81146132e757602087018051608088901b880101905260408701805183880201905292810192613309565b60208701805184841460801b8802019052604087018051878502019052928201925b5083670de0b6b3a764000061ffff8960e01c1602049150606086015190508082115f811461335a57858660801b01608088015101608088015281860260a08801510160a08801528184019350613381565b81831460801b8602608088015101608088015282860260a08801510160a088015282840193505b5050508460201b945060c0840193506132a0565b9a909a019950505b50506020850194506040830192506010860195506131dc565b505050505050949350505050565b5f6133d1610100846146d4565b6133db9084614837565b90505b8181101561352d575f6013816133f6610100856146c1565b6020890151613406906004614786565b61341091906141e1565b81526020019081526020015f20549050805f0361342d575061351a565b5f84831061343b578261343d565b845b90505f8461344d856101006141e1565b116134635761345e846101006141e1565b613465565b845b9050815b818110156135155761347d610100826146d4565b84901c6001161561350d5760608801515f906134998984614837565b815181106134a9576134a96147b5565b60200260200101519050805f14806134c5575089608001518110155b156134d0575061350d565b60408a015160a08a01516134e48a85614837565b815181106134f4576134f46147b5565b6020026020010181815161350891906141e1565b905250505b600101613469565b505050505b613526610100826141e1565b90506133de565b5050505050565b5f6109ca83836127106001613ccb565b5f8460400151848151811061355b5761355b6147b5565b602002602001015190505f815f1461357c576135778686613d16565b61357e565b835b90505f61358b8787613d58565b90508382108061359b5750838110155b806135ad5750670de0b6b3a764000083115b156124375786516135bf9087906141e1565b6040516333c106c560e01b815260048101919091526024810184905260448101839052606481018290526084810185905260a401610145565b60808201515f9061360a836003614786565b6136159060026141e1565b81518110613625576136256147b5565b6020026020010151905092915050565b5f85815260096020908152604080832080546001600160a01b031680855260108452828520835160608101855290546001600160801b03811682526001600160401b03600160801b8204811696830196909652600160c01b900490941692840192909252916136ab6136a682613d9e565b6121ac565b815182906136ba908390614ac5565b6001600160801b039081169091526001600160401b03808b16602080860191825289831660408088019182526001600160a01b0389165f9081526010909352822087518154945192518616600160c01b026001600160c01b0393909616600160801b026001600160c01b031990951696169590951792909217919091169190911790915590508761374b575f613762565b835461376290600160d81b900460ff166001614aac565b905086610180015160ff168160ff161061378757613781836001611fa0565b94505f90505b835460ff60d81b1916600160d81b60ff831602178455670de0b6b3a76400006137b28a61ffff614786565b6137bc91906146c1565b845461ffff91909116600160c01b0261ffff60c01b19909116179093555091979650505050505050565b5f6001600160401b03821115610a0157604080516306dfcc6560e41b8152600481019190915260248101839052604401610145565b602081015181515f9161382d916141e1565b90505f6010835f015161384091906146d4565b835161384c9190614837565b90505b81811015612e69575f6015816138666010856146c1565b81526020019081526020015f205490505f845f01518310613887578261388a565b84515b90505b6138988360106141e1565b811080156138a557508381105b1561391b57613909826138b96010846146d4565b60408801518851670de0b6b3a764000091906138d59087614837565b815181106138e5576138e56147b5565b602002602001015161ffff6138fa9190614786565b61390491906146c1565b613e1e565b91506139148161479d565b905061388d565b508060155f61392b6010866146c1565b815260208101919091526040015f2055506139476010826141e1565b905061384f565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b0383165f818152600c602090815260408083208151808301835290546001600160801b038082168352600160801b91829004811683860152868652601c85528386208451808601865290548083168252929092046001600160401b031682860152958552600d9093529083205482519394919390911615801590613a1c5750856001600160401b031682602001516001600160401b031614155b15613ab9576001600160a01b0387165f908152601d60209081526040808320858301516001600160401b031684529091528120549003613a9157613a618160016141e1565b6001600160a01b0388165f908152601d60209081526040808320868301516001600160401b031684529091529020555b6001600160a01b0387165f908152601c6020526040812080546001600160c01b031916905582525b5f866001600160401b031683602001516001600160401b031614613add575f613ae0565b82515b8460200151613aef9190614ae4565b6001600160801b031690505f613b0489612112565b90508115801590613b1457508015155b15613b9a575f613b3e83875f01516001600160801b031688602001516001600160801b031661271a565b905081811115613b4b5750805b613b5688828461271a565b9650613b72876ec097ce7bc90715b34b9f10000000008561271a565b613b7c90856141e1565b6001600160a01b038b165f908152600d602052604090208190559350505b83516001600160801b031615801590613bc85750876001600160401b031684602001516001600160401b0316145b1561270e57613bd88360016141e1565b6001600160a01b038a165f908152601d602090815260408083206001600160401b038d16845290915290205550505050509392505050565b6001600160a01b0382165f9081526010602052604090208054613c41906136a69084906001600160801b03166141e1565b81546fffffffffffffffffffffffffffffffff19166001600160801b03919091161790555050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613cbf578383151615613cb3573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f613cf8613cd883613e50565b8015613cf357505f8480613cee57613cee6146ad565b868809115b151590565b613d0386868661271a565b613d0d91906141e1565b95945050505050565b5f60808360800151836003613d2b9190614786565b613d369060016141e1565b81518110613d4657613d466147b5565b6020026020010151901c905092915050565b60808201515f90613d6a836003614786565b613d759060016141e1565b81518110613d8557613d856147b5565b60200260200101516001600160801b0316905092915050565b5f81602001516001600160401b03165f1480613dd4575060055460408301516001600160401b03600160801b9092048216911610155b15613de057505f919050565b6109cd82602001516001600160401b031660165f85604001516001600160401b031681526020019081526020015f2054670de0b6b3a764000061271a565b5f80613e2b846010614786565b613e369060f0614837565b61ffff80821b19871690851690911b179150509392505050565b5f6002826003811115613e6557613e65614a00565b613e6f9190614b03565b60ff166001149050919050565b6040518061010001604052805f6001600160a01b031681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f81525090565b5f6101e08284031215613ed5575f5ffd5b50919050565b5f6101e08284031215613eec575f5ffd5b6109ca8383613ec4565b6001600160a01b0381168114613f0a575f5ffd5b50565b5f5f5f6102208486031215613f20575f5ffd5b833592506020840135613f3281613ef6565b9150613f418560408601613ec4565b90509250925092565b5f5f60208385031215613f5b575f5ffd5b82356001600160401b03811115613f70575f5ffd5b8301601f81018513613f80575f5ffd5b80356001600160401b03811115613f95575f5ffd5b856020828401011115613fa6575f5ffd5b6020919091019590945092505050565b6001600160601b0381168114613f0a575f5ffd5b8035613fd581613fb6565b919050565b63ffffffff81168114613f0a575f5ffd5b8035613fd581613fda565b61ffff81168114613f0a575f5ffd5b8035613fd581613ff6565b8015158114613f0a575f5ffd5b8035613fd581614010565b60ff81168114613f0a575f5ffd5b8035613fd581614028565b61405b8261404e83613fca565b6001600160601b03169052565b61406760208201613fca565b6001600160601b0316602083015261408160408201613feb565b63ffffffff16604083015261409860608201613feb565b63ffffffff1660608301526140af60808201613feb565b63ffffffff1660808301526140c660a08201613feb565b63ffffffff1660a08301526140dd60c08201613feb565b63ffffffff1660c08301526140f460e08201614005565b61ffff1660e083015261410a6101008201614005565b61ffff166101008301526141216101208201614005565b61ffff16610120830152614138610140820161401d565b151561014083015261414d6101608201614005565b61ffff166101608301526141646101808201614036565b60ff1661018083015261417a6101a08201614005565b61ffff166101a08301526141916101c08201613feb565b63ffffffff81166101c0840152505050565b6101e081016109cd8284614041565b5f602082840312156141c2575f5ffd5b81516121a581613fda565b634e487b7160e01b5f52601160045260245ffd5b808201808211156109cd576109cd6141cd565b6001600160401b0381811683821601908111156109cd576109cd6141cd565b5f81356109cd81613fb6565b5f81356109cd81613fda565b5f81356109cd81613ff6565b5f81356109cd81614010565b5f81356109cd81614028565b61427d61425b83614213565b82546bffffffffffffffffffffffff19166001600160601b0391909116178255565b6142c061428c60208401614213565b8280546bffffffffffffffffffffffff60601b191660609290921b6bffffffffffffffffffffffff60601b16919091179055565b6142f36142cf6040840161421f565b82805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055565b6143266143026060840161421f565b8280546001600160e01b031660e09290921b6001600160e01b031916919091179055565b600181016143506143396080850161421f565b825463ffffffff191663ffffffff91909116178255565b61438161435f60a0850161421f565b825467ffffffff00000000191660209190911b67ffffffff0000000016178255565b6143ba61439060c0850161421f565b82546bffffffff0000000000000000191660409190911b6bffffffff000000000000000016178255565b6143e96143c960e0850161422b565b82805461ffff60601b191660609290921b61ffff60601b16919091179055565b6144196143f9610100850161422b565b82805461ffff60701b191660709290921b61ffff60701b16919091179055565b614449614429610120850161422b565b82805461ffff60801b191660809290921b61ffff60801b16919091179055565b6144776144596101408501614237565b82805460ff60901b191691151560901b60ff60901b16919091179055565b6144a7614487610160850161422b565b82805461ffff60981b191660989290921b61ffff60981b16919091179055565b6144d56144b76101808501614243565b82805460ff60a81b191660a89290921b60ff60a81b16919091179055565b6145056144e56101a0850161422b565b82805461ffff60b01b191660b09290921b61ffff60b01b16919091179055565b612e696142cf6101c0850161421f565b61020081016145248285614041565b6001600160401b0383166101e08301529392505050565b634e487b7160e01b5f52604160045260245ffd5b6040516101e081016001600160401b038111828210171561457e57634e487b7160e01b5f52604160045260245ffd5b60405290565b5f6101e0828403128015614596575f5ffd5b5061459f61454f565b6145a883613fca565b81526145b660208401613fca565b60208201526145c760408401613feb565b60408201526145d860608401613feb565b60608201526145e960808401613feb565b60808201526145fa60a08401613feb565b60a082015261460b60c08401613feb565b60c082015261461c60e08401614005565b60e082015261462e6101008401614005565b6101008201526146416101208401614005565b610120820152614654610140840161401d565b6101408201526146676101608401614005565b61016082015261467a6101808401614036565b61018082015261468d6101a08401614005565b6101a08201526146a06101c08401613feb565b6101c08201529392505050565b634e487b7160e01b5f52601260045260245ffd5b5f826146cf576146cf6146ad565b500490565b5f826146e2576146e26146ad565b500690565b5f602082840312156146f7575f5ffd5b81356121a581613fb6565b5f60208284031215614712575f5ffd5b81356121a581613ff6565b5f6020828403121561472d575f5ffd5b81356121a581613fda565b5f60208284031215614748575f5ffd5b81356121a581614028565b63ffffffff82811682821603908111156109cd576109cd6141cd565b5f6020828403121561477f575f5ffd5b5051919050565b80820281158282048414176109cd576109cd6141cd565b5f600182016147ae576147ae6141cd565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b5f8151808452602084019350602083015f5b828110156147f95781518652602095860195909101906001016147db565b5093949350505050565b838152606060208201525f61481b60608301856147c9565b828103604084015261482d81856147c9565b9695505050505050565b818103818111156109cd576109cd6141cd565b81516001600160601b031681526101e08101602083015161487660208401826001600160601b03169052565b50604083015161488e604084018263ffffffff169052565b5060608301516148a6606084018263ffffffff169052565b5060808301516148be608084018263ffffffff169052565b5060a08301516148d660a084018263ffffffff169052565b5060c08301516148ee60c084018263ffffffff169052565b5060e083015161490460e084018261ffff169052565b5061010083015161491c61010084018261ffff169052565b5061012083015161493461012084018261ffff169052565b5061014083015161494a61014084018215159052565b5061016083015161496261016084018261ffff169052565b5061018083015161497961018084018260ff169052565b506101a08301516149916101a084018261ffff169052565b506101c083015161210b6101c084018263ffffffff169052565b5f602082840312156149bb575f5ffd5b81516121a581614010565b5f602082840312156149d6575f5ffd5b81516121a581613ef6565b6001600160601b0382811682821603908111156109cd576109cd6141cd565b634e487b7160e01b5f52602160045260245ffd5b6040810160038410614a3457634e487b7160e01b5f52602160045260245ffd5b9281526020015290565b606080825284519082018190525f9060208601906080840190835b81811015614a805783516001600160a01b0316835260209384019390920191600101614a59565b50508381036020850152614a9481876147c9565b9250505063ffffffff83166040830152949350505050565b60ff81811683821601908111156109cd576109cd6141cd565b6001600160801b0381811683821601908111156109cd576109cd6141cd565b6001600160801b0382811682821603908111156109cd576109cd6141cd565b5f60ff831680614b1557614b156146ad565b8060ff8416069150509291505056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x01 `@R4\x80\x15a\0\x10W__\xFD[P`@QaL\x948\x03\x80aL\x94\x839\x81\x01`@\x81\x90Ra\0/\x91a\0\x85V[`\x01`\x01`\xA0\x1B\x03\x93\x84\x16`\x80R\x91\x83\x16`\xA0R\x82\x16`\xC0R\x16`\xE0R_\x80Tc\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16c\xFF\xFF\xFF\xFF`\xB0\x1B\x17\x90U0a\x01\0Ra\0\xE1V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\0\x82W__\xFD[PV[____`\x80\x85\x87\x03\x12\x15a\0\x98W__\xFD[\x84Qa\0\xA3\x81a\0nV[` \x86\x01Q\x90\x94Pa\0\xB4\x81a\0nV[`@\x86\x01Q\x90\x93Pa\0\xC5\x81a\0nV[``\x86\x01Q\x90\x92Pa\0\xD6\x81a\0nV[\x93\x96\x92\x95P\x90\x93PPV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0QaK$a\x01p_9_\x81\x81`\xDE\x01R\x81\x81a\x05\x8F\x01Ra\x06\xE2\x01R_a\x15\x1D\x01R_\x81\x81a\r\xB4\x01R\x81\x81a \xB8\x01R\x81\x81a+\x1F\x01Ra,\xED\x01R_\x81\x81a\x1E<\x01Ra\x1F,\x01R_\x81\x81`\x82\x01R\x81\x81a\x01\x90\x01R\x81\x81a\x02\x0C\x01R\x81\x81a\x03\x1F\x01R\x81\x81a\x05\xD9\x01R\x81\x81a\x1De\x01Ra\x1E\xA4\x01RaK$_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\0IW_5`\xE0\x1C\x80b#\x1D%\x14a\0MW\x80c\n<4\x95\x14a\0bW\x80c{\x109\x99\x14a\0uW\x80c\xB0\xA8\xD5\x99\x14a\0\xB1W[__\xFD[a\0`a\0[6`\x04a>\xDBV[a\0\xD4V[\0[a\0`a\0p6`\x04a?\rV[a\x05\x85V[`@Q`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\0\xC4a\0\xBF6`\x04a?JV[a\x06\xD7V[`@Q\x90\x15\x15\x81R` \x01a\0\xA8V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x01\x1DW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x01NW`@Qc$Z\xEC\xD3`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x01yW`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@Qc\xC3c\x1E\xA9`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xC3c\x1E\xA9\x90a\x01\xC5\x90\x84\x90`\x04\x01aA\xA3V[_`@Q\x80\x83\x03\x81\x86\x80;\x15\x80\x15a\x01\xDBW__\xFD[PZ\xFA\x15\x80\x15a\x01\xEDW=__>=_\xFD[PPPP_`\x05_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cnGXa`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x02fW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x02\x8A\x91\x90aA\xB2V[c\xFF\xFF\xFF\xFF\x16\x90P`\x01`\x01`@\x1B\x03\x82\x16\x15\x80\x15\x90a\x02\xBBWPa\x02\xB8\x81`\x01`\x01`@\x1B\x03\x84\x16aA\xE1V[B\x10[\x15a\x02\xF8Wa\x02\xD3\x81`\x01`\x01`@\x1B\x03\x84\x16aA\xE1V[`@Qc-d\x08\xCB`\xE2\x1B\x81R`\x01`\x01`@\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x01EV[__`\x16\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x90P\x80`\x01`\x01`@\x1B\x03\x16\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xE0\xB1ed`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x03yW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x03\x9D\x91\x90aA\xB2V[a\x03\xAD\x90c\xFF\xFF\xFF\xFF\x16BaA\xE1V[\x10a\x03\xD6W`@Qc\x7FMq\t`\xE1\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x01EV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01R_a\x04\xCF\x82\x87a\x08\xA3V[a\x04\xD9W_a\x04\xDFV[\x81`\xA0\x01Q[a\x04\xEF\x90c\xFF\xFF\xFF\xFF\x16BaA\xF4V[\x90P\x85`\x1Ea\x04\xFE\x82\x82aBOV[PP` \x80T`\x01`@\x1B`\x01`\x01`@\x1B\x03\x84\x81\x16h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16\x92\x90\x92\x17\x17\x90\x91U`\x05\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16B\x90\x92\x16\x91\x90\x91\x17\x90U`@Q\x7F\xFE\xCE^\x87\xA4\\\xABk\xE8\xE0\xC7^k\xC7\xB0\t\x11\x83y\x9D.\xDA\x95\xF75T\x95\xC0\xCC\xFFc\xA8\x90a\x05u\x90\x88\x90\x84\x90aE\x15V[`@Q\x80\x91\x03\x90\xA1PPPPPPV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x05\xCEW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x15\x80a\x06\x13WP_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x15\x15[\x15a\x063W`@Qc1\x8D\x14\xA5`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01a\x01EV[_\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90Ua\x06V\x83a\t\xD3V[_\x80Ta\xFF\xFF\x92\x90\x92\x16`\x01`\xA0\x1B\x02a\xFF\xFF`\xA0\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90U\x80`\x03a\x06\x83\x82\x82aBOV[Pa\x06\x9D\x90Pa\x06\x986\x83\x90\x03\x83\x01\x83aE\x84V[a\n\x05V[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x84\x90\x7F\xA7\xA5\xB8\x0B\xCD;\xEFvRN\xC8\x05Y\xF1\xAD\x1924@\x89\xB3\x16\xA7\xBEa\x9E\xD29V\xB5\xADl\x90_\x90\xA3PPPV[_`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x07!W`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x07)a\n\xD7V[`\x05Ta\xFF\xFF`\x01`\xD0\x1B\x90\x91\x04\x16``a\x07c`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x91\x90\x91R\x90V[_\x83\x81\x03a\x07\x7FWa\x07sa\x0B\xBCV[\x91\x94P\x92P\x90Pa\x07\x8DV[a\x07\x87a\x0F`V[\x90\x93P\x91P[_a\x07\x99`\x08\x88aF\xC1V[\x90Pa\x07\xA6`\x08\x88aF\xD4V[\x15\x15\x80a\x07\xC3WP``\x83\x01Qa\xFF\xFF\x16a\x07\xC1\x82\x87aA\xE1V[\x11[\x80a\x07\xDEWP\x80\x15\x80\x15a\x07\xDEWP\x82``\x01Qa\xFF\xFF\x16\x85\x10[\x15a\x08\x16W``\x83\x01Q`@Qca''G`\xE0\x1B\x81R`\x04\x81\x01\x89\x90R`$\x81\x01\x87\x90Ra\xFF\xFF\x90\x91\x16`D\x82\x01R`d\x01a\x01EV[a\x08#\x84\x84\x87\x8B\x8Ba\x11\xDBV[a\x08-\x90\x83aA\xE1V[\x91Pa\x089\x81\x86aA\xE1V[\x94P\x82``\x01Qa\xFF\xFF\x16\x85\x10\x15a\x08tWa\x08U\x84\x84a\x134V[`\x05\x80Ta\xFF\xFF`\xD0\x1B\x19\x16`\x01`\xD0\x1Ba\xFF\xFF\x88\x16\x02\x17\x90Ua\x08\x8FV[a\x08~\x84\x84a\x15\0V[a\x08\x88\x90\x83aA\xE1V[\x91P`\x01\x95P[a\x08\x98\x82a\x1DXV[PPPPP\x92\x91PPV[\x81Q_\x90`\x01`\x01``\x1B\x03\x16a\x08\xBD` \x84\x01\x84aF\xE7V[`\x01`\x01``\x1B\x03\x16\x11\x80a\x08\xF9WP\x82` \x01Q`\x01`\x01``\x1B\x03\x16\x82` \x01` \x81\x01\x90a\x08\xEE\x91\x90aF\xE7V[`\x01`\x01``\x1B\x03\x16\x11[\x80a\t!WP\x82`\xE0\x01Qa\xFF\xFF\x16\x82`\xE0\x01` \x81\x01\x90a\t\x1B\x91\x90aG\x02V[a\xFF\xFF\x16\x11[\x80a\tKWP\x82a\x01\xA0\x01Qa\xFF\xFF\x16\x82a\x01\xA0\x01` \x81\x01\x90a\tE\x91\x90aG\x02V[a\xFF\xFF\x16\x11[\x80a\twWP\x82`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x82`\xA0\x01` \x81\x01\x90a\to\x91\x90aG\x1DV[c\xFF\xFF\xFF\xFF\x16\x11[\x80a\t\x9FWP\x82a\x01\x80\x01Q`\xFF\x16\x82a\x01\x80\x01` \x81\x01\x90a\t\x9A\x91\x90aG8V[`\xFF\x16\x10[\x80a\t\xCAWP\x82a\x01`\x01Qa\xFF\xFF\x16\x82a\x01`\x01` \x81\x01\x90a\t\xC3\x91\x90aG\x02V[a\xFF\xFF\x16\x14\x15[\x90P[\x92\x91PPV[_a\xFF\xFF\x82\x11\x15a\n\x01W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x10`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[P\x90V[_\x81``\x01Qc\xFF\xFF\xFF\xFF\x16Ba\n\x1C\x91\x90aA\xE1V[_\x80Tc\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1Bc\xFF\xFF\xFF\xFF\x84\x16\x02\x17\x90Ua\x01@\x83\x01Q\x90\x91Pa\nLW\x80a\n[V[`\xC0\x82\x01Qa\n[\x90\x82aGSV[_\x80Ta\x01@\x85\x01Qd\xFF\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x90\x91\x16`\x01`\xD0\x1Bc\xFF\xFF\xFF\xFF\x94\x90\x94\x16\x93\x90\x93\x02`\xFF`\xF0\x1B\x19\x16\x92\x90\x92\x17`\x01`\xF0\x1B\x83\x15\x15\x02\x17\x90Ua\n\xA4WBa\n\xB3V[`\xC0\x82\x01Qa\n\xB3\x90\x82aGSV[`\x05`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPPPV[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x0B\x02W`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16B\x81\x11\x15a\x0BCW`@Qc\xD2\"\xB9\x89`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R_`$\x82\x01R`D\x01a\x01EV[`\x04T_\x90a\x0B_\x90`\x01`\xC0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x83aA\xE1V[\x90Pa\x0Bia\x1FSV[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\x0B\x89WP\x80B\x10[\x15a\x0B\xB8W`@Qc-\xBCG\x01`\xE0\x1B\x81R3`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x82\x16`$\x82\x01R`D\x01a\x01EV[PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92R`\x05T_\x90`\x01`\xC0\x1B\x90\x04a\xFF\xFF\x16\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\x0C\x08Wa\x0C\x08aE;V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0CAW\x81` \x01[a\x0C.a>|V[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x0C&W\x90P[P\x93P___[\x83\x81\x10\x15a\x0F\rW_a\x0C\x82`\x14\x82a\x0Cb`\x10\x86aF\xC1V[\x81R` \x01\x90\x81R` \x01_ T`\x10\x84a\x0C}\x91\x90aF\xD4V[a\x1F\x7FV[a\xFF\xFF\x16_\x81\x81R`\x11` R`@\x90 `\x01\x81\x01T\x91\x92P\x90`\x01`\xE0\x1B\x90\x04`\xFF\x16a\x0C\xD5W`\x01\x81\x01Ta\x0C\xC2\x90`\x01`\x01`\xA0\x1B\x03\x16_a\x1F\xA0V[a\x0C\xCC\x90\x88aA\xE1V[\x96PPPa\x0F\x05V[`\x01\x81\x01T`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\n` \x90\x81R`@\x91\x82\x90 \x82Q`\x80\x81\x01\x84R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x92\x82\x01\x92\x90\x92R`\xFF`\x01`p\x1B\x83\x04\x81\x16\x15\x80\x15\x94\x83\x01\x94\x90\x94R`\x01`x\x1B\x90\x92\x04\x90\x91\x16\x15\x15``\x82\x01R\x90\x80a\rQWP\x80``\x01Q\x15[\x80a\rdWP\x82\x81` \x01Qa\xFF\xFF\x16\x14\x15[\x80a\rwWP`\x02\x82\x01Tc\xFF\xFF\xFF\xFF\x16\x15[\x15a\r\x84WPPPa\x0F\x05V[`\x01\x82\x01T`@QcB\xDF\xC1k`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x04\x82\x01R_\x91g\r\xE0\xB6\xB3\xA7d\0\0\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\x85\xBF\x82\xD6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\r\xFBW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E\x1F\x91\x90aGoV[`\x01\x85\x01Ta\x0E6\x90`\x01`\x01`\xA0\x1B\x03\x16a!\x12V[a\x0E@\x91\x90aG\x86V[a\x0EJ\x91\x90aF\xC1V[\x90P\x80_\x03a\x0E\\WPPPPa\x0F\x05V[`@\x80Qa\x01\0\x81\x01\x82R`\x01\x85\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x82R` \x82\x01\x87\x90R\x91\x81\x01\x83\x90R`\x02\x85\x01Tc\xFF\xFF\xFF\xFF\x90\x81\x16``\x83\x01R`\x01`\xA0\x1B\x83\x04\x16`\x80\x82\x01R`\x01`\xF0\x1B\x82\x04a\xFF\xFF\x16`\xA0\x82\x01R`\x01`\xE8\x1B\x90\x91\x04`\xFF\x16\x15\x15`\xC0\x82\x01R_`\xE0\x82\x01R\x8B\x88a\x0E\xD7\x81aG\x9DV[\x99P\x81Q\x81\x10a\x0E\xE9Wa\x0E\xE9aG\xB5V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra\x0E\xFE\x81\x87aA\xE1V[\x95PPPPP[`\x01\x01a\x0CHV[P\x81\x86R`@Q\x80`\x80\x01`@R\x80a\x0F%\x83a!\xACV[`\x01`\x01`\x80\x1B\x03\x16\x81R_` \x82\x01Ra\xFF\xFF\x93\x84\x16`@\x82\x01R`\x05T`\x01``\x1B\x90\x04\x90\x93\x16``\x90\x93\x01\x92\x90\x92RP\x93\x94\x91\x92PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92RP`@\x80Q`\x80\x81\x01\x82R`\x19T`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16` \x84\x01Ra\xFF\xFF`\x01`\xC0\x1B\x83\x04\x81\x16\x94\x84\x01\x85\x90R`\x01`\xD0\x1B\x90\x92\x04\x90\x91\x16``\x83\x01R\x90\x91\x90\x81\x11\x15a\x0F\xE8Wa\x0F\xE8aE;V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x10!W\x81` \x01[a\x10\x0Ea>|V[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x10\x06W\x90P[P\x91P_[\x82Q\x81\x10\x15a\x11\xD6W_`\x17_\x83\x81R` \x01\x90\x81R` \x01_ `@Q\x80`\xC0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_\x82\x01`\x14\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01_\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1A\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81RPP\x90P_`\x18_\x84\x81R` \x01\x90\x81R` \x01_ T\x90P`@Q\x80a\x01\0\x01`@R\x80\x83_\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x83` \x01Qa\xFF\xFF\x16\x81R` \x01`\x80\x83\x90\x1C\x81R` \x01\x83``\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`@\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`\x80\x01Qa\xFF\xFF\x16\x81R` \x01\x83`\xA0\x01Q\x15\x15\x81R` \x01\x82`\x01`\x01`\x80\x1B\x03\x16\x81RP\x85\x84\x81Q\x81\x10a\x11\xC1Wa\x11\xC1aG\xB5V[` \x90\x81\x02\x91\x90\x91\x01\x01RPP`\x01\x01a\x10&V[P\x90\x91V[__a\x11\xE8\x85\x85\x85a!\xDFV[\x90P_a\x11\xF9\x86\x83` \x01Qa\"\xBCV[`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\x10Wa\x12\x10aE;V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x129W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x88Q\x81\x10\x15a\x12sWa\x12k\x89\x82\x81Q\x81\x10a\x12\\Wa\x12\\aG\xB5V[` \x02` \x01\x01Q\x84\x84a#\x12V[`\x01\x01a\x12>V[P_\x82` \x01Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\x91Wa\x12\x91aE;V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x12\xBAW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90Pa\x12\xC8\x83\x89\x83a$@V[\x93P`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16`\x01`\x01`@\x1B\x03\x16\x7F\x0E\x1C\xFBb\xA5\xDAn\\\xDF~#\xBBgH\xDB\\\x19H\x9E\x80\n5\xE88\xDE\x1A\xBBVQ\xD4d\x95\x88\x85`@\x01Q\x84`@Qa\x13 \x93\x92\x91\x90aH\x03V[`@Q\x80\x91\x03\x90\xA2PPP\x95\x94PPPPPV[_[\x82Q\x81\x10\x15a\x14\x87W_\x83\x82\x81Q\x81\x10a\x13RWa\x13RaG\xB5V[` \x90\x81\x02\x91\x90\x91\x01\x81\x01Q`@\x80Q`\xC0\x80\x82\x01\x83R\x83Q`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x83R\x84\x86\x01Qa\xFF\xFF\x90\x81\x16\x84\x88\x01\x90\x81R`\x80\x80\x88\x01Qc\xFF\xFF\xFF\xFF\x90\x81\x16\x87\x89\x01\x90\x81R``\x80\x8B\x01Q\x83\x16\x90\x89\x01\x90\x81R`\xA0\x80\x8C\x01Q\x87\x16\x85\x8B\x01\x90\x81R\x98\x8C\x01Q\x15\x15\x90\x8A\x01\x90\x81R_\x8F\x81R`\x17\x8ER\x8B\x81 \x9AQ\x8BT\x97Q\x94Q\x93Q\x9AQ\x99\x16`\x01`\x01`\xB0\x1B\x03\x19\x90\x97\x16\x96\x90\x96\x17`\x01`\xA0\x1B\x93\x88\x16\x93\x90\x93\x02\x92\x90\x92\x17g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1B\x91\x84\x16\x91\x90\x91\x02c\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x16\x17`\x01`\xD0\x1B\x97\x90\x92\x16\x96\x90\x96\x02\x17`\x01`\x01`\xF0\x1B\x03\x16`\x01`\xF0\x1B\x94\x90\x93\x16\x93\x90\x93\x02\x91\x90\x91\x17\x84U\x91Q`\x01\x93\x84\x01\x80T`\xFF\x19\x16\x91\x15\x15\x91\x90\x91\x17\x90U`\xE0\x85\x01Q\x94\x84\x01Q`\x18\x90\x96R\x92\x90 \x93\x90\x91\x1B\x90\x91\x17\x90\x91U\x90\x91\x01\x90Pa\x136V[P\x80Q`\x19\x80T` \x84\x01Q`@\x85\x01Q``\x90\x95\x01Q`\x01`\x01`\x80\x1B\x03\x90\x94\x16`\x01`\x01`\xC0\x1B\x03\x19\x90\x92\x16\x91\x90\x91\x17`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x90\x92\x16\x91\x90\x91\x02\x17c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\x01`\xC0\x1Ba\xFF\xFF\x94\x85\x16\x02a\xFF\xFF`\xD0\x1B\x19\x16\x17`\x01`\xD0\x1B\x93\x90\x92\x16\x92\x90\x92\x02\x17\x90UPV[__`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c2\x9E\xB89`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x15xW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x15\x9C\x91\x90aGoV[\x90P_`\x07T\x82a\x15\xAD\x91\x90aA\xE1V[\x90P_a'\x10a\x15\xBFa\x07\x08\x84aG\x86V[a\x15\xC9\x91\x90aF\xC1V[\x90P_a'\x10a\x15\xDBa\x10\x04\x85aG\x86V[a\x15\xE5\x91\x90aF\xC1V[\x90P_\x81a\x15\xF3\x84\x86aH7V[a\x15\xFD\x91\x90aH7V[` \x89\x01Q\x90\x91P_\x90\x81\x90`\x01`\x01`@\x1B\x03\x16\x15a\x16|Wa\x167\x85g\r\xE0\xB6\xB3\xA7d\0\0\x8C` \x01Q`\x01`\x01`@\x1B\x03\x16a'\x1AV[`\x01`\x01`@\x1B\x03\x80\x8A\x16_\x90\x81R`\x16` \x90\x81R`@\x90\x91 \x83\x90U\x8C\x01Q\x91\x92Pa\x16o\x91\x16\x82g\r\xE0\xB6\xB3\xA7d\0\0a'\x1AV[a\x16y\x90\x83aA\xE1V[\x91P[a\x16\x88\x8B\x89\x86\x86a'\xCAV[a\x16\x92\x90\x83aA\xE1V[\x91Pa\x16\x9D\x8Ba)\xD3V[\x98P\x81`\x06_\x82\x82Ta\x16\xB0\x91\x90aA\xE1V[\x90\x91UP_\x90Pa\x16\xC1\x83\x88aH7V[`\x07\x81\x90U`@\x80Q\x8A\x81R` \x81\x01\x8A\x90R\x90\x81\x01\x88\x90R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x84\x90R\x90\x91P`\x01`\x01`@\x1B\x03\x8A\x16\x90\x7F>\xD1k\x93\xD7\x04\xB8\x87{\x03\x83~\xFF\x0Fd\x18\x06X\"[\xCC\xA5\xF7/\xE5~\xAFUG}]x\x90`\xE0\x01`@Q\x80\x91\x03\x90\xA2a\x17<\x89`\x01aA\xF4V[`\x05\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x16`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x93\x90\x93\x16\x92\x90\x92\x02c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16\x91\x90\x91\x17\x90U` T`\x01`@\x1B\x90\x04`\xFF\x16\x80\x15a\x17\x9BWP` T`\x01`\x01`@\x1B\x03\x16B\x10\x15[\x15a\x1CRW_`\x1E`@Q\x80a\x01\xE0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x04\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x08\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x12\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81R` \x01`\x01\x82\x01`\x13\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16`\xFF\x16\x81R` \x01`\x01\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81RPP\x90P\x80`\x03_\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x0Ca\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\x80\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01`\x04a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x08a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x01\x01`\x0Ca\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x01\x01`\x0Ea\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01@\x82\x01Q\x81`\x01\x01`\x12a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UPa\x01`\x82\x01Q\x81`\x01\x01`\x13a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\x80\x82\x01Q\x81`\x01\x01`\x15a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UPa\x01\xA0\x82\x01Q\x81`\x01\x01`\x16a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\xC0\x82\x01Q\x81`\x01\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x90PP_` `\x08a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP\x7Fm\x06a\xBE!{W\x17\xE7/\x7F\x9D\xAE~\xD6(\xD5c\x7Ff\xC9wW\xA1\xA0\xF8\xD5\xBCZh\xE6R\x81`@Qa\x1CH\x91\x90aHJV[`@Q\x80\x91\x03\x90\xA1P[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01Ra\x1DI\x90a\n\x05V[PPPPPPPPP\x92\x91PPV[\x80_\x03a\x1DbWPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cc\xB0\xC4(`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1D\xBFW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1D\xE3\x91\x90aI\xABV[`@\x80Q\x84\x81R\x82\x15\x15` \x82\x01R\x91\x92P\x7F\xC3\x0B\xA58}\x08N!H\xB2\xA9\x13W\xA8\x87\xE7\xB0IcWQL\xFE3\xD9\xFF03\xF6v\xAC\xE5\x91\x01`@Q\x80\x91\x03\x90\xA1\x80\x15a\x1E\x9FW`@Qc\x08R\xCD\x8D`\xE3\x1B\x81R`\x04\x81\x01\x83\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90cB\x96lh\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x1E\x85W__\xFD[PZ\xF1\x15\x80\x15a\x1E\x97W=__>=_\xFD[PPPPPPV[a\x0B\xB8\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16ca\xD0'\xB3`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1E\xFEW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1F\"\x91\x90aI\xC6V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x84a.4V[`\x02T_\x90`\x01`\x01`\xA0\x1B\x03\x16\x80\x15a\x1FmW\x80a\x1FyV[_T`\x01`\x01`\xA0\x1B\x03\x16[\x91PP\x90V[_a\x1F\x8B\x82`\x10aG\x86V[a\x1F\x96\x90`\xF0aH7V[\x92\x90\x92\x1C\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\n` R`@\x81 \x80T`\x01`p\x1B\x90\x04`\xFF\x16a\x1F\xD0W_\x91PPa\t\xCDV[`\x04T\x81Ta'\x10\x91a\x1F\xF8\x91`\x01``\x1B\x90\x91\x04a\xFF\xFF\x16\x90`\x01`\x01``\x1B\x03\x16aG\x86V[a \x02\x91\x90aF\xC1V[\x81T\x90\x92P\x82\x90\x82\x90_\x90a !\x90\x84\x90`\x01`\x01``\x1B\x03\x16aI\xE1V[\x92Pa\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP\x83`\x01`\x01`\xA0\x1B\x03\x16\x7F`z\xDB\xA6l\xFF\x84\xB6'\xE3S}\x1C\x17\xD0\x88\xA9\x85V\xBC\xCD\x056\xA2\xF3Y\x0CV2\x90#\xD9\x84\x84`@Qa \x80\x92\x91\x90aJ\x14V[`@Q\x80\x91\x03\x90\xA2\x80T`\x01`x\x1B\x90\x04`\xFF\x16\x15a!\x0BW`@Qc\x14\xC2U\x93`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cS\tVL\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a \xF9W__\xFD[PZ\xF1\x15\x80\x15a\x08\x98W=__>=_\xFD[P\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x1B` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x90\x92RT`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x93\x83\x01\x93\x90\x93R`\x05T\x91\x92a!p\x92\x91\x90\x91\x04\x16`\x01aA\xF4V[`\x01`\x01`@\x1B\x03\x16\x81` \x01Q`\x01`\x01`@\x1B\x03\x16\x03a!\x9CWQ`\x01`\x01`\x80\x1B\x03\x16\x92\x91PPV[a!\xA5\x83a.nV[\x93\x92PPPV[_`\x01`\x01`\x80\x1B\x03\x82\x11\x15a\n\x01W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x80`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[a\"\x1D`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81RP\x90V[_a\")`\x08\x84aF\xC1V[\x90Pa\"5\x85\x82a/)V[`@\x81\x01Q``\x82\x01Q`\t` R\x91\x93P\x90_[\x83\x81\x10\x15a\"\xA8W\x80`\x03\x1B\x87\x015`\xC0\x1C\x81`\x05\x1B` \x85\x01\x01R\x80\x88\x01_R`@_ T`\xFF\x81`\xD0\x1C\x16\x15_`\x01`\x01`\xA0\x1B\x03\x83\x16\x11\x16\x15a\"\x9FWc\xFF\xFF\xFF\xFF\x81`\xA0\x1C\x16\x82`\x05\x1B` \x85\x01\x01R[P`\x01\x01a\"JV[Pa\"\xB2\x84a1\x03V[PPP\x93\x92PPPV[_\x81\x15a#\nWa\"\xCE`\x10\x84aF\xC1V[`\x10`\x01a\"\xDC\x85\x87aA\xE1V[a\"\xE6\x91\x90aH7V[a\"\xF0\x91\x90aF\xC1V[a\"\xFA\x91\x90aH7V[a#\x05\x90`\x01aA\xE1V[a\t\xCAV[P_\x92\x91PPV[\x81Q` \x83\x01Q_\x90a#%\x90\x83aA\xE1V[\x90P\x80\x85`\xA0\x01Q\x10\x15a#:WP`\xA0\x84\x01Q[\x81\x81\x11a#HWPPPPPV[_a#T`\x10\x84aF\xC1V[` \x87\x01Qa#d\x90`@aG\x86V[a#n\x91\x90aA\xE1V[\x90P_a#|`\x10\x85aF\xC1V[`\x10a#\x89`\x01\x86aH7V[a#\x93\x91\x90aF\xC1V[a#\x9D\x91\x90aH7V[a#\xA8\x90`\x01aA\xE1V[\x90P`\x12` R` \x85\x01_[\x82\x81\x10\x15a#\xD9W\x80\x84\x01_R`@_ T\x81`\x05\x1B\x83\x01R`\x01\x81\x01\x90Pa#\xB5V[PPa$\r\x86`@Q\x80``\x01`@R\x80\x8A`@\x01Q\x81R` \x01\x8A``\x01Q\x81R` \x01\x8A`\x80\x01Q\x81RP\x87\x86a1\x9BV[\x87`\xE0\x01\x81\x81Qa$\x1E\x91\x90aA\xE1V[\x90RP`\xC0\x87\x01Q\x15a$7Wa$7\x87\x87\x86\x86a3\xC4V[PPPPPPPV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01\x81\x90R`\x01`\xA8\x1B\x83\x04\x90\x91\x16a\x01\x80\x86\x01R`\x01`\xB0\x1B\x82\x04\x90\x92\x16a\x01\xA0\x85\x01R\x93\x90\x93\x04\x16a\x01\xC0\x82\x01R\x83Q_\x92`\x01`\x01`\x80\x1B\x03\x90\x91\x16\x90\x83\x90a%O\x90\x83\x90a54V[`\x05T\x90\x91P`\x01`\x80\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16_\x80[\x89` \x01Q\x81\x10\x15a&\xDEW\x89``\x01Q\x81\x81Q\x81\x10a%\x8AWa%\x8AaG\xB5V[` \x02` \x01\x01Q_\x14\x80a%\x9DWP\x84\x15[\x15a&/W\x89`@\x01Q\x81\x81Q\x81\x10a%\xB8Wa%\xB8aG\xB5V[` \x02` \x01\x01Q_\x14a&*W\x89Qa%\xD3\x90\x82\x90aA\xE1V[\x8A`@\x01Q\x82\x81Q\x81\x10a%\xE9Wa%\xE9aG\xB5V[` \x90\x81\x02\x91\x90\x91\x01\x01Q`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R_`D\x82\x01\x81\x90R`d\x82\x01R`\x84\x81\x01\x85\x90R`\xA4\x01a\x01EV[a&\xD6V[a&;\x8A\x82\x87\x87a5DV[_\x85a&G\x8C\x84a5\xF8V[a&Q\x91\x90aF\xC1V[\x90P\x80\x89\x83\x81Q\x81\x10a&fWa&faG\xB5V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra&{\x81\x84aA\xE1V[\x92P__\x86\x11\x80\x15a&\xAAWP\x85\x8C`\xA0\x01Q\x84\x81Q\x81\x10a&\x9FWa&\x9FaG\xB5V[` \x02` \x01\x01Q\x10\x15[\x90Pa&\xC7\x83\x8D_\x01Qa&\xBE\x91\x90aA\xE1V[\x83\x83\x8B\x89a65V[a&\xD1\x90\x8AaA\xE1V[\x98PPP[`\x01\x01a%hV[Pa&\xE8\x81a7\xE6V[\x88` \x01\x81\x81Qa&\xF9\x91\x90aA\xF4V[`\x01`\x01`@\x1B\x03\x16\x90RPa'\x0E\x89a8\x1BV[PPPPP\x93\x92PPPV[___a''\x86\x86a9NV[\x91P\x91P\x81_\x03a'KW\x83\x81\x81a'AWa'AaF\xADV[\x04\x92PPPa!\xA5V[\x81\x84\x11a'bWa'b`\x03\x85\x15\x02`\x11\x18a9jV[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[_\x80\x80[\x86Q\x81\x10\x15a(1W\x86\x81\x81Q\x81\x10a'\xE9Wa'\xE9aG\xB5V[` \x02` \x01\x01Q`\xE0\x01Q\x87\x82\x81Q\x81\x10a(\x07Wa(\x07aG\xB5V[` \x02` \x01\x01Q`@\x01Qa(\x1D\x91\x90aG\x86V[a('\x90\x83aA\xE1V[\x91P`\x01\x01a'\xCEV[P\x80_\x03a(BW_\x91PPa)\xCBV[_[\x86Q\x81\x10\x15a)\xC8W_\x87\x82\x81Q\x81\x10a(`Wa(`aG\xB5V[` \x02` \x01\x01Q\x90P_\x81`\xE0\x01Q\x82`@\x01Qa(\x7F\x91\x90aG\x86V[\x90P_a(\x8D\x88\x83\x87a'\x1AV[\x90P_a(\x9B\x88\x84\x88a'\x1AV[\x84Q\x90\x91P_\x90a(\xB7\x90a(\xB1\x8D`\x01aA\xF4V[\x84a9{V[\x90Pa(\xC3\x81\x83aH7V[a(\xCD\x90\x84aA\xE1V[\x92P\x82\x15a(\xE1W\x84Qa(\xE1\x90\x84a<\x10V[a(\xEB\x81\x84aA\xE1V[a(\xF5\x90\x89aA\xE1V[\x97Pg\r\xE0\xB6\xB3\xA7d\0\0\x85`\xE0\x01Qa\xFF\xFFa)\x12\x91\x90aG\x86V[a)\x1C\x91\x90aF\xC1V[` \x80\x87\x01Q_\x90\x81R`\t\x82R`@\x90\x81\x90 \x80Ta\xFF\xFF\x94\x90\x94\x16`\x01`\xC0\x1B\x02a\xFF\xFF`\xC0\x1B\x19\x90\x94\x16\x93\x90\x93\x17\x90\x92U\x86Q\x82\x88\x01Q`\xE0\x89\x01Q\x84Q\x91\x82R\x92\x81\x01\x92\x90\x92R\x91\x81\x01\x85\x90R``\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90`\x01`\x01`@\x1B\x03\x8D\x16\x90\x7F4\xFA\xB1uT\x07\xCE\xE1j\xECy\x90\xEDD#}\x14\x1C\xBD\xB5\xDF7\x96\x1B\xE0e\x12\xB0\x1A\x9D\xF5\x13\x90`\x80\x01`@Q\x80\x91\x03\x90\xA3PPPPP\x80`\x01\x01\x90Pa(DV[PP[\x94\x93PPPPV[\x80Q_\x90\x80\x82\x03a)\xE6WP_\x92\x91PPV[_\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a)\xFFWa)\xFFaE;V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a*(W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x82`\x01`\x01`@\x1B\x03\x81\x11\x15a*DWa*DaE;V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a*mW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x83\x81\x10\x15a+\x0CW\x85\x81\x81Q\x81\x10a*\x8CWa*\x8CaG\xB5V[` \x02` \x01\x01Q_\x01Q\x83\x82\x81Q\x81\x10a*\xA9Wa*\xA9aG\xB5V[` \x02` \x01\x01\x90`\x01`\x01`\xA0\x1B\x03\x16\x90\x81`\x01`\x01`\xA0\x1B\x03\x16\x81RPP\x85\x81\x81Q\x81\x10a*\xDBWa*\xDBaG\xB5V[` \x02` \x01\x01Q`\xE0\x01Q\x82\x82\x81Q\x81\x10a*\xF9Wa*\xF9aG\xB5V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a*rV[P`\x03T`@Qcj\xAB\xE8\xF3`\xE0\x1B\x81R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x91cj\xAB\xE8\xF3\x91a+l\x91\x86\x91\x86\x91`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x90`\x04\x01aJ>V[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a+\x83W__\xFD[PZ\xF1\x15\x80\x15a+\x95W=__>=_\xFD[PP`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x82\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x81\x04\x90\x91\x16a\x01\xA0\x84\x01\x81\x90R\x93\x90\x04\x16a\x01\xC0\x82\x01R\x92P_\x91Pa'\x10\x90a,\xA2\x90g\r\xE0\xB6\xB3\xA7d\0\0\x90aG\x86V[a,\xAC\x91\x90aF\xC1V[\x90P_[\x85\x81\x10\x15a.)W_`\t_\x8A\x84\x81Q\x81\x10a,\xCEWa,\xCEaG\xB5V[` \x02` \x01\x01Q` \x01Q\x81R` \x01\x90\x81R` \x01_ \x90P_\x83\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x85\xBF\x82\xD6\x89\x86\x81Q\x81\x10a-,Wa-,aG\xB5V[` \x02` \x01\x01Q`@Q\x82c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a-_\x91\x90`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16\x81R` \x01\x90V[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a-zW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a-\x9E\x91\x90aGoV[\x10a-\xA9W_a-\xC0V[\x81Ta-\xC0\x90`\x01`\xD8\x1B\x90\x04`\xFF\x16`\x01aJ\xACV[\x90P\x84a\x01\x80\x01Q`\xFF\x16\x81`\xFF\x16\x10a.\x08Wa-\xF8\x87\x84\x81Q\x81\x10a-\xE9Wa-\xE9aG\xB5V[` \x02` \x01\x01Q`\x02a\x1F\xA0V[a.\x02\x90\x8AaA\xE1V[\x98P_\x90P[\x81T`\xFF\x90\x91\x16`\x01`\xD8\x1B\x02`\xFF`\xD8\x1B\x19\x90\x91\x16\x17\x90U`\x01\x01a,\xB0V[PPPPPP\x91\x90PV[a.A\x83\x83\x83`\x01a<iV[a.iW`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x01EV[PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\n` \x90\x81R`@\x80\x83 \x81Q`\x80\x81\x01\x83R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x93\x82\x01\x93\x90\x93R`\xFF`\x01`p\x1B\x84\x04\x81\x16\x15\x80\x15\x93\x83\x01\x84\x90R`\x01`x\x1B\x90\x94\x04\x16\x15\x15``\x82\x01R\x91\x83\x91\x90a.\xE3WP\x81``\x01Q[a.\xEDW_a.\xF0V[\x81Q[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\x0C` R`@\x90 T`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x91Pa)\xCB\x90`\x01`\x01`\x80\x1B\x03\x16\x82aA\xE1V[a/g`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81RP\x90V[\x82\x81R` \x81\x01\x82\x90R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a/\x89Wa/\x89aE;V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a/\xB2W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`@\x82\x01R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a/\xD0Wa/\xD0aE;V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a/\xF9W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P``\x82\x01Ra0\n\x82`\x03aG\x86V[a0\x15\x90`\x03aA\xE1V[`\x01`\x01`@\x1B\x03\x81\x11\x15a0,Wa0,aE;V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a0UW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\x80\x82\x01R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a0sWa0saE;V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a0\x9CW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xA0\x82\x01Ra0\xAC\x83\x83a\"\xBCV[a0\xB7\x90`\x02aG\x86V[`\x01`\x01`@\x1B\x03\x81\x11\x15a0\xCEWa0\xCEaE;V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a0\xF7W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xC0\x82\x01R\x92\x91PPV[\x80Q` \x82\x01Q` `@\x84\x01Q\x01` ``\x85\x01Q\x01` `\x80\x86\x01Q\x01` `\xC0\x87\x01Q\x01`\x10\x86\x06\x95P_[\x85\x81\x10\x15a1\x91W`\x05\x81\x90\x1B\x85\x81\x01Q``\x83\x02\x85\x01R\x84\x01Q\x80\x15a1\x88W\x81\x88\x01\x80`\x04\x1C`\x06\x1B\x84\x01a\xFF\xFF`\x0F\x83\x16`\x04\x1B`\xF0\x03\x1B\x81Q\x17\x81R` \x81\x01Q\x83\x11\x15a1\x85W\x82` \x82\x01R[PP[P`\x01\x01a12V[PPPPPPPPV[_\x84Q_R` ``\x86\x01Q\x01` R`\x10_Q\x06_Q\x03` \x84\x01\x84Q`\x05\x1B\x81\x01` `\xC0\x89\x01Q\x01` `\x80\x8A\x01Q\x01`@\x89\x01Q\x80a1\xDCW\x84\x93P[\x83\x85\x10\x15a3\xB6W____Q\x89\x10\x15a1\xF7W\x88_Q\x03\x90P[`\x10\x8B`\x10\x8B\x01\x11\x15a2\tWP\x88\x8B\x03[\x80\x82\x12\x15a2\x8FW\x86Q\x85` \x89\x01Q\x10a2aWP_\x82[\x82\x81\x10\x15a2_W_Q\x81\x8D\x01\x03`\x05\x1B` Q\x01`\x01\x88\x03`\x01\x82Q\x03\x10\x15a2VWa\xFF\xFF\x82`\x04\x1B`\xF0\x03\x1B\x83\x17\x92P[P`\x01\x01a2\"V[P[_\x19\x82`\x04\x1B\x1C\x19_\x19\x84`\x04\x1B\x1C\x16\x81\x16\x90P\x80\x8AQ\x16\x83`\x04\x1B\x1B\x94PP``_Q\x83\x8C\x01\x03\x02\x86\x01\x92P[PP\x81\x15a3\x9DW\x8BQ` \x8D\x01Q_[\x84\x15a3\x95W\x81g\r\xE0\xB6\xB3\xA7d\0\0\x86`\xF0\x1C\x02\x04\x84Q\x80\x82\x11_\x81\x14a2\xE7W` \x87\x01\x80Q`\x80\x88\x90\x1B\x88\x01\x01\x90R`@\x87\x01\x80Q\x83\x88\x02\x01\x90R\x92\x81\x01\x92a3\tV[` \x87\x01\x80Q\x84\x84\x14`\x80\x1B\x88\x02\x01\x90R`@\x87\x01\x80Q\x87\x85\x02\x01\x90R\x92\x82\x01\x92[P\x83g\r\xE0\xB6\xB3\xA7d\0\0a\xFF\xFF\x89`\xE0\x1C\x16\x02\x04\x91P``\x86\x01Q\x90P\x80\x82\x11_\x81\x14a3ZW\x85\x86`\x80\x1B\x01`\x80\x88\x01Q\x01`\x80\x88\x01R\x81\x86\x02`\xA0\x88\x01Q\x01`\xA0\x88\x01R\x81\x84\x01\x93Pa3\x81V[\x81\x83\x14`\x80\x1B\x86\x02`\x80\x88\x01Q\x01`\x80\x88\x01R\x82\x86\x02`\xA0\x88\x01Q\x01`\xA0\x88\x01R\x82\x84\x01\x93P[PPP\x84` \x1B\x94P`\xC0\x84\x01\x93Pa2\xA0V[\x9A\x90\x9A\x01\x99PP[PP` \x85\x01\x94P`@\x83\x01\x92P`\x10\x86\x01\x95Pa1\xDCV[PPPPPP\x94\x93PPPPV[_a3\xD1a\x01\0\x84aF\xD4V[a3\xDB\x90\x84aH7V[\x90P[\x81\x81\x10\x15a5-W_`\x13\x81a3\xF6a\x01\0\x85aF\xC1V[` \x89\x01Qa4\x06\x90`\x04aG\x86V[a4\x10\x91\x90aA\xE1V[\x81R` \x01\x90\x81R` \x01_ T\x90P\x80_\x03a4-WPa5\x1AV[_\x84\x83\x10a4;W\x82a4=V[\x84[\x90P_\x84a4M\x85a\x01\0aA\xE1V[\x11a4cWa4^\x84a\x01\0aA\xE1V[a4eV[\x84[\x90P\x81[\x81\x81\x10\x15a5\x15Wa4}a\x01\0\x82aF\xD4V[\x84\x90\x1C`\x01\x16\x15a5\rW``\x88\x01Q_\x90a4\x99\x89\x84aH7V[\x81Q\x81\x10a4\xA9Wa4\xA9aG\xB5V[` \x02` \x01\x01Q\x90P\x80_\x14\x80a4\xC5WP\x89`\x80\x01Q\x81\x10\x15[\x15a4\xD0WPa5\rV[`@\x8A\x01Q`\xA0\x8A\x01Qa4\xE4\x8A\x85aH7V[\x81Q\x81\x10a4\xF4Wa4\xF4aG\xB5V[` \x02` \x01\x01\x81\x81Qa5\x08\x91\x90aA\xE1V[\x90RPP[`\x01\x01a4iV[PPPP[a5&a\x01\0\x82aA\xE1V[\x90Pa3\xDEV[PPPPPV[_a\t\xCA\x83\x83a'\x10`\x01a<\xCBV[_\x84`@\x01Q\x84\x81Q\x81\x10a5[Wa5[aG\xB5V[` \x02` \x01\x01Q\x90P_\x81_\x14a5|Wa5w\x86\x86a=\x16V[a5~V[\x83[\x90P_a5\x8B\x87\x87a=XV[\x90P\x83\x82\x10\x80a5\x9BWP\x83\x81\x10\x15[\x80a5\xADWPg\r\xE0\xB6\xB3\xA7d\0\0\x83\x11[\x15a$7W\x86Qa5\xBF\x90\x87\x90aA\xE1V[`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x84\x90R`D\x81\x01\x83\x90R`d\x81\x01\x82\x90R`\x84\x81\x01\x85\x90R`\xA4\x01a\x01EV[`\x80\x82\x01Q_\x90a6\n\x83`\x03aG\x86V[a6\x15\x90`\x02aA\xE1V[\x81Q\x81\x10a6%Wa6%aG\xB5V[` \x02` \x01\x01Q\x90P\x92\x91PPV[_\x85\x81R`\t` \x90\x81R`@\x80\x83 \x80T`\x01`\x01`\xA0\x1B\x03\x16\x80\x85R`\x10\x84R\x82\x85 \x83Q``\x81\x01\x85R\x90T`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16\x96\x83\x01\x96\x90\x96R`\x01`\xC0\x1B\x90\x04\x90\x94\x16\x92\x84\x01\x92\x90\x92R\x91a6\xABa6\xA6\x82a=\x9EV[a!\xACV[\x81Q\x82\x90a6\xBA\x90\x83\x90aJ\xC5V[`\x01`\x01`\x80\x1B\x03\x90\x81\x16\x90\x91R`\x01`\x01`@\x1B\x03\x80\x8B\x16` \x80\x86\x01\x91\x82R\x89\x83\x16`@\x80\x88\x01\x91\x82R`\x01`\x01`\xA0\x1B\x03\x89\x16_\x90\x81R`\x10\x90\x93R\x82 \x87Q\x81T\x94Q\x92Q\x86\x16`\x01`\xC0\x1B\x02`\x01`\x01`\xC0\x1B\x03\x93\x90\x96\x16`\x01`\x80\x1B\x02`\x01`\x01`\xC0\x1B\x03\x19\x90\x95\x16\x96\x16\x95\x90\x95\x17\x92\x90\x92\x17\x91\x90\x91\x16\x91\x90\x91\x17\x90\x91U\x90P\x87a7KW_a7bV[\x83Ta7b\x90`\x01`\xD8\x1B\x90\x04`\xFF\x16`\x01aJ\xACV[\x90P\x86a\x01\x80\x01Q`\xFF\x16\x81`\xFF\x16\x10a7\x87Wa7\x81\x83`\x01a\x1F\xA0V[\x94P_\x90P[\x83T`\xFF`\xD8\x1B\x19\x16`\x01`\xD8\x1B`\xFF\x83\x16\x02\x17\x84Ug\r\xE0\xB6\xB3\xA7d\0\0a7\xB2\x8Aa\xFF\xFFaG\x86V[a7\xBC\x91\x90aF\xC1V[\x84Ta\xFF\xFF\x91\x90\x91\x16`\x01`\xC0\x1B\x02a\xFF\xFF`\xC0\x1B\x19\x90\x91\x16\x17\x90\x93UP\x91\x97\x96PPPPPPPV[_`\x01`\x01`@\x1B\x03\x82\x11\x15a\n\x01W`@\x80Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x83\x90R`D\x01a\x01EV[` \x81\x01Q\x81Q_\x91a8-\x91aA\xE1V[\x90P_`\x10\x83_\x01Qa8@\x91\x90aF\xD4V[\x83Qa8L\x91\x90aH7V[\x90P[\x81\x81\x10\x15a.iW_`\x15\x81a8f`\x10\x85aF\xC1V[\x81R` \x01\x90\x81R` \x01_ T\x90P_\x84_\x01Q\x83\x10a8\x87W\x82a8\x8AV[\x84Q[\x90P[a8\x98\x83`\x10aA\xE1V[\x81\x10\x80\x15a8\xA5WP\x83\x81\x10[\x15a9\x1BWa9\t\x82a8\xB9`\x10\x84aF\xD4V[`@\x88\x01Q\x88Qg\r\xE0\xB6\xB3\xA7d\0\0\x91\x90a8\xD5\x90\x87aH7V[\x81Q\x81\x10a8\xE5Wa8\xE5aG\xB5V[` \x02` \x01\x01Qa\xFF\xFFa8\xFA\x91\x90aG\x86V[a9\x04\x91\x90aF\xC1V[a>\x1EV[\x91Pa9\x14\x81aG\x9DV[\x90Pa8\x8DV[P\x80`\x15_a9+`\x10\x86aF\xC1V[\x81R` \x81\x01\x91\x90\x91R`@\x01_ UPa9G`\x10\x82aA\xE1V[\x90Pa8OV[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x81\x81R`\x0C` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x83R\x90T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83R`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x83\x86\x01R\x86\x86R`\x1C\x85R\x83\x86 \x84Q\x80\x86\x01\x86R\x90T\x80\x83\x16\x82R\x92\x90\x92\x04`\x01`\x01`@\x1B\x03\x16\x82\x86\x01R\x95\x85R`\r\x90\x93R\x90\x83 T\x82Q\x93\x94\x91\x93\x90\x91\x16\x15\x80\x15\x90a:\x1CWP\x85`\x01`\x01`@\x1B\x03\x16\x82` \x01Q`\x01`\x01`@\x1B\x03\x16\x14\x15[\x15a:\xB9W`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x1D` \x90\x81R`@\x80\x83 \x85\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x81 T\x90\x03a:\x91Wa:a\x81`\x01aA\xE1V[`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x1D` \x90\x81R`@\x80\x83 \x86\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x90 U[`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x1C` R`@\x81 \x80T`\x01`\x01`\xC0\x1B\x03\x19\x16\x90U\x82R[_\x86`\x01`\x01`@\x1B\x03\x16\x83` \x01Q`\x01`\x01`@\x1B\x03\x16\x14a:\xDDW_a:\xE0V[\x82Q[\x84` \x01Qa:\xEF\x91\x90aJ\xE4V[`\x01`\x01`\x80\x1B\x03\x16\x90P_a;\x04\x89a!\x12V[\x90P\x81\x15\x80\x15\x90a;\x14WP\x80\x15\x15[\x15a;\x9AW_a;>\x83\x87_\x01Q`\x01`\x01`\x80\x1B\x03\x16\x88` \x01Q`\x01`\x01`\x80\x1B\x03\x16a'\x1AV[\x90P\x81\x81\x11\x15a;KWP\x80[a;V\x88\x82\x84a'\x1AV[\x96Pa;r\x87n\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x85a'\x1AV[a;|\x90\x85aA\xE1V[`\x01`\x01`\xA0\x1B\x03\x8B\x16_\x90\x81R`\r` R`@\x90 \x81\x90U\x93PP[\x83Q`\x01`\x01`\x80\x1B\x03\x16\x15\x80\x15\x90a;\xC8WP\x87`\x01`\x01`@\x1B\x03\x16\x84` \x01Q`\x01`\x01`@\x1B\x03\x16\x14[\x15a'\x0EWa;\xD8\x83`\x01aA\xE1V[`\x01`\x01`\xA0\x1B\x03\x8A\x16_\x90\x81R`\x1D` \x90\x81R`@\x80\x83 `\x01`\x01`@\x1B\x03\x8D\x16\x84R\x90\x91R\x90 UPPPPP\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x10` R`@\x90 \x80Ta<A\x90a6\xA6\x90\x84\x90`\x01`\x01`\x80\x1B\x03\x16aA\xE1V[\x81To\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01`\x80\x1B\x03\x91\x90\x91\x16\x17\x90UPPV[`@Qc\xA9\x05\x9C\xBB`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a<\xBFW\x83\x83\x15\x16\x15a<\xB3W=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[_a<\xF8a<\xD8\x83a>PV[\x80\x15a<\xF3WP_\x84\x80a<\xEEWa<\xEEaF\xADV[\x86\x88\t\x11[\x15\x15\x90V[a=\x03\x86\x86\x86a'\x1AV[a=\r\x91\x90aA\xE1V[\x95\x94PPPPPV[_`\x80\x83`\x80\x01Q\x83`\x03a=+\x91\x90aG\x86V[a=6\x90`\x01aA\xE1V[\x81Q\x81\x10a=FWa=FaG\xB5V[` \x02` \x01\x01Q\x90\x1C\x90P\x92\x91PPV[`\x80\x82\x01Q_\x90a=j\x83`\x03aG\x86V[a=u\x90`\x01aA\xE1V[\x81Q\x81\x10a=\x85Wa=\x85aG\xB5V[` \x02` \x01\x01Q`\x01`\x01`\x80\x1B\x03\x16\x90P\x92\x91PPV[_\x81` \x01Q`\x01`\x01`@\x1B\x03\x16_\x14\x80a=\xD4WP`\x05T`@\x83\x01Q`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x90\x92\x04\x82\x16\x91\x16\x10\x15[\x15a=\xE0WP_\x91\x90PV[a\t\xCD\x82` \x01Q`\x01`\x01`@\x1B\x03\x16`\x16_\x85`@\x01Q`\x01`\x01`@\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ Tg\r\xE0\xB6\xB3\xA7d\0\0a'\x1AV[_\x80a>+\x84`\x10aG\x86V[a>6\x90`\xF0aH7V[a\xFF\xFF\x80\x82\x1B\x19\x87\x16\x90\x85\x16\x90\x91\x1B\x17\x91PP\x93\x92PPPV[_`\x02\x82`\x03\x81\x11\x15a>eWa>eaJ\0V[a>o\x91\x90aK\x03V[`\xFF\x16`\x01\x14\x90P\x91\x90PV[`@Q\x80a\x01\0\x01`@R\x80_`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x15\x15\x81R` \x01_\x81RP\x90V[_a\x01\xE0\x82\x84\x03\x12\x15a>\xD5W__\xFD[P\x91\x90PV[_a\x01\xE0\x82\x84\x03\x12\x15a>\xECW__\xFD[a\t\xCA\x83\x83a>\xC4V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a?\nW__\xFD[PV[___a\x02 \x84\x86\x03\x12\x15a? W__\xFD[\x835\x92P` \x84\x015a?2\x81a>\xF6V[\x91Pa?A\x85`@\x86\x01a>\xC4V[\x90P\x92P\x92P\x92V[__` \x83\x85\x03\x12\x15a?[W__\xFD[\x825`\x01`\x01`@\x1B\x03\x81\x11\x15a?pW__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a?\x80W__\xFD[\x805`\x01`\x01`@\x1B\x03\x81\x11\x15a?\x95W__\xFD[\x85` \x82\x84\x01\x01\x11\x15a?\xA6W__\xFD[` \x91\x90\x91\x01\x95\x90\x94P\x92PPPV[`\x01`\x01``\x1B\x03\x81\x16\x81\x14a?\nW__\xFD[\x805a?\xD5\x81a?\xB6V[\x91\x90PV[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a?\nW__\xFD[\x805a?\xD5\x81a?\xDAV[a\xFF\xFF\x81\x16\x81\x14a?\nW__\xFD[\x805a?\xD5\x81a?\xF6V[\x80\x15\x15\x81\x14a?\nW__\xFD[\x805a?\xD5\x81a@\x10V[`\xFF\x81\x16\x81\x14a?\nW__\xFD[\x805a?\xD5\x81a@(V[a@[\x82a@N\x83a?\xCAV[`\x01`\x01``\x1B\x03\x16\x90RV[a@g` \x82\x01a?\xCAV[`\x01`\x01``\x1B\x03\x16` \x83\x01Ra@\x81`@\x82\x01a?\xEBV[c\xFF\xFF\xFF\xFF\x16`@\x83\x01Ra@\x98``\x82\x01a?\xEBV[c\xFF\xFF\xFF\xFF\x16``\x83\x01Ra@\xAF`\x80\x82\x01a?\xEBV[c\xFF\xFF\xFF\xFF\x16`\x80\x83\x01Ra@\xC6`\xA0\x82\x01a?\xEBV[c\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01Ra@\xDD`\xC0\x82\x01a?\xEBV[c\xFF\xFF\xFF\xFF\x16`\xC0\x83\x01Ra@\xF4`\xE0\x82\x01a@\x05V[a\xFF\xFF\x16`\xE0\x83\x01RaA\na\x01\0\x82\x01a@\x05V[a\xFF\xFF\x16a\x01\0\x83\x01RaA!a\x01 \x82\x01a@\x05V[a\xFF\xFF\x16a\x01 \x83\x01RaA8a\x01@\x82\x01a@\x1DV[\x15\x15a\x01@\x83\x01RaAMa\x01`\x82\x01a@\x05V[a\xFF\xFF\x16a\x01`\x83\x01RaAda\x01\x80\x82\x01a@6V[`\xFF\x16a\x01\x80\x83\x01RaAza\x01\xA0\x82\x01a@\x05V[a\xFF\xFF\x16a\x01\xA0\x83\x01RaA\x91a\x01\xC0\x82\x01a?\xEBV[c\xFF\xFF\xFF\xFF\x81\x16a\x01\xC0\x84\x01RPPPV[a\x01\xE0\x81\x01a\t\xCD\x82\x84a@AV[_` \x82\x84\x03\x12\x15aA\xC2W__\xFD[\x81Qa!\xA5\x81a?\xDAV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\t\xCDWa\t\xCDaA\xCDV[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xCDWa\t\xCDaA\xCDV[_\x815a\t\xCD\x81a?\xB6V[_\x815a\t\xCD\x81a?\xDAV[_\x815a\t\xCD\x81a?\xF6V[_\x815a\t\xCD\x81a@\x10V[_\x815a\t\xCD\x81a@(V[aB}aB[\x83aB\x13V[\x82Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x17\x82UV[aB\xC0aB\x8C` \x84\x01aB\x13V[\x82\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aB\xF3aB\xCF`@\x84\x01aB\x1FV[\x82\x80Tc\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\xC0\x92\x90\x92\x1Bc\xFF\xFF\xFF\xFF`\xC0\x1B\x16\x91\x90\x91\x17\x90UV[aC&aC\x02``\x84\x01aB\x1FV[\x82\x80T`\x01`\x01`\xE0\x1B\x03\x16`\xE0\x92\x90\x92\x1B`\x01`\x01`\xE0\x1B\x03\x19\x16\x91\x90\x91\x17\x90UV[`\x01\x81\x01aCPaC9`\x80\x85\x01aB\x1FV[\x82Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x17\x82UV[aC\x81aC_`\xA0\x85\x01aB\x1FV[\x82Tg\xFF\xFF\xFF\xFF\0\0\0\0\x19\x16` \x91\x90\x91\x1Bg\xFF\xFF\xFF\xFF\0\0\0\0\x16\x17\x82UV[aC\xBAaC\x90`\xC0\x85\x01aB\x1FV[\x82Tk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x19\x16`@\x91\x90\x91\x1Bk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x17\x82UV[aC\xE9aC\xC9`\xE0\x85\x01aB+V[\x82\x80Ta\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Ba\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aD\x19aC\xF9a\x01\0\x85\x01aB+V[\x82\x80Ta\xFF\xFF`p\x1B\x19\x16`p\x92\x90\x92\x1Ba\xFF\xFF`p\x1B\x16\x91\x90\x91\x17\x90UV[aDIaD)a\x01 \x85\x01aB+V[\x82\x80Ta\xFF\xFF`\x80\x1B\x19\x16`\x80\x92\x90\x92\x1Ba\xFF\xFF`\x80\x1B\x16\x91\x90\x91\x17\x90UV[aDwaDYa\x01@\x85\x01aB7V[\x82\x80T`\xFF`\x90\x1B\x19\x16\x91\x15\x15`\x90\x1B`\xFF`\x90\x1B\x16\x91\x90\x91\x17\x90UV[aD\xA7aD\x87a\x01`\x85\x01aB+V[\x82\x80Ta\xFF\xFF`\x98\x1B\x19\x16`\x98\x92\x90\x92\x1Ba\xFF\xFF`\x98\x1B\x16\x91\x90\x91\x17\x90UV[aD\xD5aD\xB7a\x01\x80\x85\x01aBCV[\x82\x80T`\xFF`\xA8\x1B\x19\x16`\xA8\x92\x90\x92\x1B`\xFF`\xA8\x1B\x16\x91\x90\x91\x17\x90UV[aE\x05aD\xE5a\x01\xA0\x85\x01aB+V[\x82\x80Ta\xFF\xFF`\xB0\x1B\x19\x16`\xB0\x92\x90\x92\x1Ba\xFF\xFF`\xB0\x1B\x16\x91\x90\x91\x17\x90UV[a.iaB\xCFa\x01\xC0\x85\x01aB\x1FV[a\x02\0\x81\x01aE$\x82\x85a@AV[`\x01`\x01`@\x1B\x03\x83\x16a\x01\xE0\x83\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Qa\x01\xE0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15aE~WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90V[_a\x01\xE0\x82\x84\x03\x12\x80\x15aE\x96W__\xFD[PaE\x9FaEOV[aE\xA8\x83a?\xCAV[\x81RaE\xB6` \x84\x01a?\xCAV[` \x82\x01RaE\xC7`@\x84\x01a?\xEBV[`@\x82\x01RaE\xD8``\x84\x01a?\xEBV[``\x82\x01RaE\xE9`\x80\x84\x01a?\xEBV[`\x80\x82\x01RaE\xFA`\xA0\x84\x01a?\xEBV[`\xA0\x82\x01RaF\x0B`\xC0\x84\x01a?\xEBV[`\xC0\x82\x01RaF\x1C`\xE0\x84\x01a@\x05V[`\xE0\x82\x01RaF.a\x01\0\x84\x01a@\x05V[a\x01\0\x82\x01RaFAa\x01 \x84\x01a@\x05V[a\x01 \x82\x01RaFTa\x01@\x84\x01a@\x1DV[a\x01@\x82\x01RaFga\x01`\x84\x01a@\x05V[a\x01`\x82\x01RaFza\x01\x80\x84\x01a@6V[a\x01\x80\x82\x01RaF\x8Da\x01\xA0\x84\x01a@\x05V[a\x01\xA0\x82\x01RaF\xA0a\x01\xC0\x84\x01a?\xEBV[a\x01\xC0\x82\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[_\x82aF\xCFWaF\xCFaF\xADV[P\x04\x90V[_\x82aF\xE2WaF\xE2aF\xADV[P\x06\x90V[_` \x82\x84\x03\x12\x15aF\xF7W__\xFD[\x815a!\xA5\x81a?\xB6V[_` \x82\x84\x03\x12\x15aG\x12W__\xFD[\x815a!\xA5\x81a?\xF6V[_` \x82\x84\x03\x12\x15aG-W__\xFD[\x815a!\xA5\x81a?\xDAV[_` \x82\x84\x03\x12\x15aGHW__\xFD[\x815a!\xA5\x81a@(V[c\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xCDWa\t\xCDaA\xCDV[_` \x82\x84\x03\x12\x15aG\x7FW__\xFD[PQ\x91\x90PV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\t\xCDWa\t\xCDaA\xCDV[_`\x01\x82\x01aG\xAEWaG\xAEaA\xCDV[P`\x01\x01\x90V[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15aG\xF9W\x81Q\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01aG\xDBV[P\x93\x94\x93PPPPV[\x83\x81R``` \x82\x01R_aH\x1B``\x83\x01\x85aG\xC9V[\x82\x81\x03`@\x84\x01RaH-\x81\x85aG\xC9V[\x96\x95PPPPPPV[\x81\x81\x03\x81\x81\x11\x15a\t\xCDWa\t\xCDaA\xCDV[\x81Q`\x01`\x01``\x1B\x03\x16\x81Ra\x01\xE0\x81\x01` \x83\x01QaHv` \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[P`@\x83\x01QaH\x8E`@\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P``\x83\x01QaH\xA6``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaH\xBE`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01QaH\xD6`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaH\xEE`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaI\x04`\xE0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaI\x1Ca\x01\0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01QaI4a\x01 \x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01QaIJa\x01@\x84\x01\x82\x15\x15\x90RV[Pa\x01`\x83\x01QaIba\x01`\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01QaIya\x01\x80\x84\x01\x82`\xFF\x16\x90RV[Pa\x01\xA0\x83\x01QaI\x91a\x01\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\xC0\x83\x01Qa!\x0Ba\x01\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[_` \x82\x84\x03\x12\x15aI\xBBW__\xFD[\x81Qa!\xA5\x81a@\x10V[_` \x82\x84\x03\x12\x15aI\xD6W__\xFD[\x81Qa!\xA5\x81a>\xF6V[`\x01`\x01``\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xCDWa\t\xCDaA\xCDV[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`@\x81\x01`\x03\x84\x10aJ4WcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x92\x81R` \x01R\x90V[``\x80\x82R\x84Q\x90\x82\x01\x81\x90R_\x90` \x86\x01\x90`\x80\x84\x01\x90\x83[\x81\x81\x10\x15aJ\x80W\x83Q`\x01`\x01`\xA0\x1B\x03\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01aJYV[PP\x83\x81\x03` \x85\x01RaJ\x94\x81\x87aG\xC9V[\x92PPPc\xFF\xFF\xFF\xFF\x83\x16`@\x83\x01R\x94\x93PPPPV[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xCDWa\t\xCDaA\xCDV[`\x01`\x01`\x80\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xCDWa\t\xCDaA\xCDV[`\x01`\x01`\x80\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xCDWa\t\xCDaA\xCDV[_`\xFF\x83\x16\x80aK\x15WaK\x15aF\xADV[\x80`\xFF\x84\x16\x06\x91PP\x92\x91PPV",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b5060043610610049575f3560e01c8062231d251461004d5780630a3c3495146100625780637b10399914610075578063b0a8d599146100b1575b5f5ffd5b61006061005b366004613edb565b6100d4565b005b610060610070366004613f0d565b610585565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020015b60405180910390f35b6100c46100bf366004613f4a565b6106d7565b60405190151581526020016100a8565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361011d57604051633beab4bd60e21b815260040160405180910390fd5b5f546001600160a01b0316331461014e5760405163245aecd360e01b81523360048201526024015b60405180910390fd5b600554600160701b900460ff161561017957604051631f3ef82160e31b815260040160405180910390fd5b60405163c3631ea960e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c3631ea9906101c59084906004016141a3565b5f6040518083038186803b1580156101db575f5ffd5b505afa1580156101ed573d5f5f3e3d5ffd5b505050505f60055f9054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636e4758616040518163ffffffff1660e01b8152600401602060405180830381865afa158015610266573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061028a91906141b2565b63ffffffff1690506001600160401b038216158015906102bb57506102b8816001600160401b0384166141e1565b42105b156102f8576102d3816001600160401b0384166141e1565b604051632d6408cb60e21b81526001600160401b039091166004820152602401610145565b5f5f60169054906101000a900463ffffffff1663ffffffff169050806001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e0b165646040518163ffffffff1660e01b8152600401602060405180830381865afa158015610379573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061039d91906141b2565b6103ad9063ffffffff16426141e1565b106103d657604051637f4d710960e11b81526001600160401b0382166004820152602401610145565b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c08201525f6104cf82876108a3565b6104d9575f6104df565b8160a001515b6104ef9063ffffffff16426141f4565b905085601e6104fe828261424f565b505060208054600160401b6001600160401b0384811668ffffffffffffffffff1990931692909217179091556005805467ffffffffffffffff1916429092169190911790556040517ffece5e87a45cab6be8e0c75e6bc7b0091183799d2eda95f7355495c0ccff63a8906105759088908490614515565b60405180910390a1505050505050565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036105ce57604051633beab4bd60e21b815260040160405180910390fd5b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614158061061357505f54600160b01b900463ffffffff1615155b156106335760405163318d14a560e11b8152336004820152602401610145565b5f80546001600160a01b0319166001600160a01b038416179055610656836109d3565b5f805461ffff92909216600160a01b0261ffff60a01b19909216919091179055806003610683828261424f565b5061069d905061069836839003830183614584565b610a05565b6040516001600160a01b0383169084907fa7a5b80bcd3bef76524ec80559f1ad1932344089b316a7be619ed23956b5ad6c905f90a3505050565b5f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361072157604051633beab4bd60e21b815260040160405180910390fd5b610729610ad7565b60055461ffff600160d01b909104166060610763604080516080810182525f80825260208201819052918101829052606081019190915290565b5f83810361077f57610773610bbc565b9194509250905061078d565b610787610f60565b90935091505b5f6107996008886146c1565b90506107a66008886146d4565b1515806107c35750606083015161ffff166107c182876141e1565b115b806107de5750801580156107de5750826060015161ffff1685105b15610816576060830151604051636127274760e01b8152600481018990526024810187905261ffff9091166044820152606401610145565b6108238484878b8b6111db565b61082d90836141e1565b915061083981866141e1565b9450826060015161ffff16851015610874576108558484611334565b6005805461ffff60d01b1916600160d01b61ffff88160217905561088f565b61087e8484611500565b61088890836141e1565b9150600195505b61089882611d58565b505050505092915050565b81515f906001600160601b03166108bd60208401846146e7565b6001600160601b031611806108f9575082602001516001600160601b03168260200160208101906108ee91906146e7565b6001600160601b0316115b8061092157508260e0015161ffff168260e001602081019061091b9190614702565b61ffff16115b8061094b5750826101a0015161ffff16826101a00160208101906109459190614702565b61ffff16115b8061097757508260a0015163ffffffff168260a001602081019061096f919061471d565b63ffffffff16115b8061099f575082610180015160ff168261018001602081019061099a9190614738565b60ff16105b806109ca575082610160015161ffff16826101600160208101906109c39190614702565b61ffff1614155b90505b92915050565b5f61ffff821115610a01576040516306dfcc6560e41b81526010600482015260248101839052604401610145565b5090565b5f816060015163ffffffff1642610a1c91906141e1565b5f805463ffffffff60b01b1916600160b01b63ffffffff841602179055610140830151909150610a4c5780610a5b565b60c0820151610a5b9082614753565b5f805461014085015164ffffffffff60d01b19909116600160d01b63ffffffff949094169390930260ff60f01b191692909217600160f01b83151502179055610aa45742610ab3565b60c0820151610ab39082614753565b6005601c6101000a81548163ffffffff021916908363ffffffff1602179055505050565b600554600160701b900460ff1615610b0257604051631f3ef82160e31b815260040160405180910390fd5b5f54600160b01b900463ffffffff1642811115610b435760405163d222b98960e01b81526001600160401b03821660048201525f6024820152604401610145565b6004545f90610b5f90600160c01b900463ffffffff16836141e1565b9050610b69611f53565b6001600160a01b0316336001600160a01b031614158015610b8957508042105b15610bb857604051632dbc470160e01b81523360048201526001600160401b0382166024820152604401610145565b5050565b604080516080810182525f808252602082018190529181018290526060818101929092526005545f90600160c01b900461ffff16806001600160401b03811115610c0857610c0861453b565b604051908082528060200260200182016040528015610c4157816020015b610c2e613e7c565b815260200190600190039081610c265790505b5093505f5f5f5b83811015610f0d575f610c82601482610c626010866146c1565b81526020019081526020015f2054601084610c7d91906146d4565b611f7f565b61ffff165f818152601160205260409020600181015491925090600160e01b900460ff16610cd5576001810154610cc2906001600160a01b03165f611fa0565b610ccc90886141e1565b96505050610f05565b60018101546001600160a01b03165f908152600a6020908152604091829020825160808101845290546001600160601b038116825261ffff600160601b8204169282019290925260ff600160701b8304811615801594830194909452600160781b909204909116151560608201529080610d5157508060600151155b80610d64575082816020015161ffff1614155b80610d775750600282015463ffffffff16155b15610d8457505050610f05565b60018201546040516342dfc16b60e11b81526001600160a01b0391821660048201525f91670de0b6b3a7640000917f0000000000000000000000000000000000000000000000000000000000000000909116906385bf82d690602401602060405180830381865afa158015610dfb573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e1f919061476f565b6001850154610e36906001600160a01b0316612112565b610e409190614786565b610e4a91906146c1565b9050805f03610e5c5750505050610f05565b604080516101008101825260018501546001600160a01b038116825260208201879052918101839052600285015463ffffffff9081166060830152600160a01b8304166080820152600160f01b820461ffff1660a0820152600160e81b90910460ff16151560c08201525f60e08201528b88610ed78161479d565b995081518110610ee957610ee96147b5565b6020908102919091010152610efe81876141e1565b9550505050505b600101610c48565b508186526040518060800160405280610f25836121ac565b6001600160801b031681525f602082015261ffff9384166040820152600554600160601b900490931660609093019290925250939491925050565b604080516080810182525f8082526020820181905291810182905260608181019290925250604080516080810182526019546001600160801b03811682526001600160401b03600160801b82048116602084015261ffff600160c01b83048116948401859052600160d01b9092049091166060830152909190811115610fe857610fe861453b565b60405190808252806020026020018201604052801561102157816020015b61100e613e7c565b8152602001906001900390816110065790505b5091505f5b82518110156111d6575f60175f8381526020019081526020015f206040518060c00160405290815f82015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b031681526020015f820160149054906101000a900461ffff1661ffff1661ffff1681526020015f820160169054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601a9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601e9054906101000a900461ffff1661ffff1661ffff168152602001600182015f9054906101000a900460ff16151515158152505090505f60185f8481526020019081526020015f20549050604051806101000160405280835f01516001600160a01b03168152602001836020015161ffff168152602001608083901c8152602001836060015163ffffffff168152602001836040015163ffffffff168152602001836080015161ffff1681526020018360a0015115158152602001826001600160801b03168152508584815181106111c1576111c16147b5565b60209081029190910101525050600101611026565b509091565b5f5f6111e88585856121df565b90505f6111f98683602001516122bc565b6001600160401b038111156112105761121061453b565b604051908082528060200260200182016040528015611239578160200160208202803683370190505b5090505f5b88518110156112735761126b89828151811061125c5761125c6147b5565b60200260200101518484612312565b60010161123e565b505f82602001516001600160401b038111156112915761129161453b565b6040519080825280602002602001820160405280156112ba578160200160208202803683370190505b5090506112c8838983612440565b9350600560109054906101000a90046001600160401b03166001600160401b03167f0e1cfb62a5da6e5cdf7e23bb6748db5c19489e800a35e838de1abb5651d464958885604001518460405161132093929190614803565b60405180910390a250505095945050505050565b5f5b8251811015611487575f838281518110611352576113526147b5565b6020908102919091018101516040805160c0808201835283516001600160a01b0390811683528486015161ffff90811684880190815260808088015163ffffffff9081168789019081526060808b0151831690890190815260a0808c01518716858b01908152988c01511515908a019081525f8f815260178e528b81209a518b549751945193519a5199166001600160b01b031990971696909617600160a01b938816939093029290921767ffffffffffffffff60b01b1916600160b01b9184169190910263ffffffff60d01b191617600160d01b9790921696909602176001600160f01b0316600160f01b949093169390930291909117845591516001938401805460ff191691151591909117905560e08501519484015160189096529290209390911b9091179091559091019050611336565b50805160198054602084015160408501516060909501516001600160801b039094166001600160c01b031990921691909117600160801b6001600160401b03909216919091021763ffffffff60c01b1916600160c01b61ffff9485160261ffff60d01b191617600160d01b939092169290920217905550565b5f5f600560109054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663329eb8396040518163ffffffff1660e01b81526004016020604051808303815f875af1158015611578573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061159c919061476f565b90505f600754826115ad91906141e1565b90505f6127106115bf61070884614786565b6115c991906146c1565b90505f6127106115db61100485614786565b6115e591906146c1565b90505f816115f38486614837565b6115fd9190614837565b60208901519091505f9081906001600160401b03161561167c5761163785670de0b6b3a76400008c602001516001600160401b031661271a565b6001600160401b03808a165f9081526016602090815260409091208390558c015191925061166f911682670de0b6b3a764000061271a565b61167990836141e1565b91505b6116888b8986866127ca565b61169290836141e1565b915061169d8b6129d3565b98508160065f8282546116b091906141e1565b909155505f90506116c18388614837565b6007819055604080518a8152602081018a9052908101889052606081018790526080810186905260a0810182905260c081018490529091506001600160401b038a16907f3ed16b93d704b8877b03837eff0f64180658225bcca5f72fe57eaf55477d5d789060e00160405180910390a261173c8960016141f4565b600580546bffffffffffffffffffffffff60801b1916600160801b6001600160401b03939093169290920263ffffffff60c01b1916919091179055602054600160401b900460ff16801561179b57506020546001600160401b03164210155b15611c52575f601e604051806101e00160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601c9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600182015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160049054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160089054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201600c9054906101000a900461ffff1661ffff1661ffff16815260200160018201600e9054906101000a900461ffff1661ffff1661ffff1681526020016001820160109054906101000a900461ffff1661ffff1661ffff1681526020016001820160129054906101000a900460ff161515151581526020016001820160139054906101000a900461ffff1661ffff1661ffff1681526020016001820160159054906101000a900460ff1660ff1660ff1681526020016001820160169054906101000a900461ffff1661ffff1661ffff1681526020016001820160189054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508060035f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a8154816001600160601b0302191690836001600160601b031602179055506040820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601c6101000a81548163ffffffff021916908363ffffffff1602179055506080820151816001015f6101000a81548163ffffffff021916908363ffffffff16021790555060a08201518160010160046101000a81548163ffffffff021916908363ffffffff16021790555060c08201518160010160086101000a81548163ffffffff021916908363ffffffff16021790555060e082015181600101600c6101000a81548161ffff021916908361ffff16021790555061010082015181600101600e6101000a81548161ffff021916908361ffff1602179055506101208201518160010160106101000a81548161ffff021916908361ffff1602179055506101408201518160010160126101000a81548160ff0219169083151502179055506101608201518160010160136101000a81548161ffff021916908361ffff1602179055506101808201518160010160156101000a81548160ff021916908360ff1602179055506101a08201518160010160166101000a81548161ffff021916908361ffff1602179055506101c08201518160010160186101000a81548163ffffffff021916908363ffffffff1602179055509050505f602060086101000a81548160ff0219169083151502179055507f6d0661be217b5717e72f7f9dae7ed628d5637f66c97757a1a0f8d5bc5a68e65281604051611c48919061484a565b60405180910390a1505b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c0820152611d4990610a05565b50505050505050505092915050565b805f03611d625750565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166363b0c4286040518163ffffffff1660e01b8152600401602060405180830381865afa158015611dbf573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611de391906149ab565b6040805184815282151560208201529192507fc30ba5387d084e2148b2a91357a887e7b0496357514cfe33d9ff3033f676ace5910160405180910390a18015611e9f57604051630852cd8d60e31b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906342966c68906024015f604051808303815f87803b158015611e85575f5ffd5b505af1158015611e97573d5f5f3e3d5ffd5b505050505050565b610bb87f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166361d027b36040518163ffffffff1660e01b8152600401602060405180830381865afa158015611efe573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f2291906149c6565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169084612e34565b6002545f906001600160a01b03168015611f6d5780611f79565b5f546001600160a01b03165b91505090565b5f611f8b826010614786565b611f969060f0614837565b9290921c92915050565b6001600160a01b0382165f908152600a602052604081208054600160701b900460ff16611fd0575f9150506109cd565b600454815461271091611ff891600160601b90910461ffff16906001600160601b0316614786565b61200291906146c1565b8154909250829082905f906120219084906001600160601b03166149e1565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550836001600160a01b03167f607adba66cff84b627e3537d1c17d088a98556bccd0536a2f3590c56329023d98484604051612080929190614a14565b60405180910390a28054600160781b900460ff161561210b576040516314c2559360e21b81526001600160a01b0385811660048301527f00000000000000000000000000000000000000000000000000000000000000001690635309564c906024015f604051808303815f87803b1580156120f9575f5ffd5b505af1158015610898573d5f5f3e3d5ffd5b5092915050565b6001600160a01b0381165f908152601b602090815260408083208151808301909252546001600160801b03811682526001600160401b03600160801b91829004811693830193909352600554919261217092919091041660016141f4565b6001600160401b031681602001516001600160401b03160361219c57516001600160801b031692915050565b6121a583612e6e565b9392505050565b5f6001600160801b03821115610a01576040516306dfcc6560e41b81526080600482015260248101839052604401610145565b61221d6040518060e001604052805f81526020015f815260200160608152602001606081526020016060815260200160608152602001606081525090565b5f6122296008846146c1565b90506122358582612f29565b604081015160608201516009602052919350905f5b838110156122a8578060031b87013560c01c8160051b6020850101528088015f5260405f205460ff8160d01c16155f6001600160a01b03831611161561229f5763ffffffff8160a01c168260051b6020850101525b5060010161224a565b506122b284613103565b5050509392505050565b5f811561230a576122ce6010846146c1565b601060016122dc85876141e1565b6122e69190614837565b6122f091906146c1565b6122fa9190614837565b6123059060016141e1565b6109ca565b505f92915050565b815160208301515f9061232590836141e1565b9050808560a00151101561233a575060a08401515b818111612348575050505050565b5f6123546010846146c1565b6020870151612364906040614786565b61236e91906141e1565b90505f61237c6010856146c1565b6010612389600186614837565b61239391906146c1565b61239d9190614837565b6123a89060016141e1565b90506012602052602085015f5b828110156123d9578084015f5260405f20548160051b8301526001810190506123b5565b505061240d8660405180606001604052808a6040015181526020018a6060015181526020018a60800151815250878661319b565b8760e00181815161241e91906141e1565b90525060c08701511561243757612437878786866133c4565b50505050505050565b604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b820483166101608601819052600160a81b8304909116610180860152600160b01b82049092166101a085015293909304166101c082015283515f926001600160801b0390911690839061254f908390613534565b600554909150600160801b90046001600160401b03165f805b89602001518110156126de578960600151818151811061258a5761258a6147b5565b60200260200101515f148061259d575084155b1561262f57896040015181815181106125b8576125b86147b5565b60200260200101515f1461262a5789516125d39082906141e1565b8a6040015182815181106125e9576125e96147b5565b60209081029190910101516040516333c106c560e01b8152600481019290925260248201525f6044820181905260648201526084810185905260a401610145565b6126d6565b61263b8a828787613544565b5f856126478c846135f8565b61265191906146c1565b905080898381518110612666576126666147b5565b602090810291909101015261267b81846141e1565b92505f5f861180156126aa5750858c60a00151848151811061269f5761269f6147b5565b602002602001015110155b90506126c7838d5f01516126be91906141e1565b83838b89613635565b6126d1908a6141e1565b985050505b600101612568565b506126e8816137e6565b886020018181516126f991906141f4565b6001600160401b031690525061270e8961381b565b50505050509392505050565b5f5f5f612727868661394e565b91509150815f0361274b57838181612741576127416146ad565b04925050506121a5565b81841161276257612762600385150260111861396a565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f80805b8651811015612831578681815181106127e9576127e96147b5565b602002602001015160e00151878281518110612807576128076147b5565b60200260200101516040015161281d9190614786565b61282790836141e1565b91506001016127ce565b50805f03612842575f9150506129cb565b5f5b86518110156129c8575f878281518110612860576128606147b5565b602002602001015190505f8160e00151826040015161287f9190614786565b90505f61288d88838761271a565b90505f61289b88848861271a565b84519091505f906128b7906128b18d60016141f4565b8461397b565b90506128c38183614837565b6128cd90846141e1565b925082156128e15784516128e19084613c10565b6128eb81846141e1565b6128f590896141e1565b9750670de0b6b3a76400008560e0015161ffff6129129190614786565b61291c91906146c1565b6020808701515f90815260098252604090819020805461ffff94909416600160c01b0261ffff60c01b199094169390931790925586518288015160e0890151845191825292810192909252918101859052606081018390526001600160a01b03909116906001600160401b038d16907f34fab1755407cee16aec7990ed44237d141cbdb5df37961be06512b01a9df5139060800160405180910390a35050505050806001019050612844565b50505b949350505050565b80515f908082036129e657505f92915050565b5f816001600160401b038111156129ff576129ff61453b565b604051908082528060200260200182016040528015612a28578160200160208202803683370190505b5090505f826001600160401b03811115612a4457612a4461453b565b604051908082528060200260200182016040528015612a6d578160200160208202803683370190505b5090505f5b83811015612b0c57858181518110612a8c57612a8c6147b5565b60200260200101515f0151838281518110612aa957612aa96147b5565b60200260200101906001600160a01b031690816001600160a01b031681525050858181518110612adb57612adb6147b5565b602002602001015160e00151828281518110612af957612af96147b5565b6020908102919091010152600101612a72565b50600354604051636aabe8f360e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691636aabe8f391612b6c9186918691600160e01b900463ffffffff1690600401614a3e565b5f604051808303815f87803b158015612b83575f5ffd5b505af1158015612b95573d5f5f3e3d5ffd5b5050604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b82048316610160860152600160a81b820416610180850152600160b01b81049091166101a08401819052939004166101c082015292505f915061271090612ca290670de0b6b3a764000090614786565b612cac91906146c1565b90505f5b85811015612e29575f60095f8a8481518110612cce57612cce6147b5565b60200260200101516020015181526020019081526020015f2090505f837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166385bf82d6898681518110612d2c57612d2c6147b5565b60200260200101516040518263ffffffff1660e01b8152600401612d5f91906001600160a01b0391909116815260200190565b602060405180830381865afa158015612d7a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612d9e919061476f565b10612da9575f612dc0565b8154612dc090600160d81b900460ff166001614aac565b905084610180015160ff168160ff1610612e0857612df8878481518110612de957612de96147b5565b60200260200101516002611fa0565b612e02908a6141e1565b98505f90505b815460ff909116600160d81b0260ff60d81b19909116179055600101612cb0565b505050505050919050565b612e418383836001613c69565b612e6957604051635274afe760e01b81526001600160a01b0384166004820152602401610145565b505050565b6001600160a01b0381165f908152600a60209081526040808320815160808101835290546001600160601b038116825261ffff600160601b8204169382019390935260ff600160701b84048116158015938301849052600160781b909404161515606082015291839190612ee3575081606001515b612eed575f612ef0565b81515b6001600160a01b0385165f908152600c60205260409020546001600160601b039190911691506129cb906001600160801b0316826141e1565b612f676040518060e001604052805f81526020015f815260200160608152602001606081526020016060815260200160608152602001606081525090565b82815260208101829052816001600160401b03811115612f8957612f8961453b565b604051908082528060200260200182016040528015612fb2578160200160208202803683370190505b506040820152816001600160401b03811115612fd057612fd061453b565b604051908082528060200260200182016040528015612ff9578160200160208202803683370190505b50606082015261300a826003614786565b6130159060036141e1565b6001600160401b0381111561302c5761302c61453b565b604051908082528060200260200182016040528015613055578160200160208202803683370190505b506080820152816001600160401b038111156130735761307361453b565b60405190808252806020026020018201604052801561309c578160200160208202803683370190505b5060a08201526130ac83836122bc565b6130b7906002614786565b6001600160401b038111156130ce576130ce61453b565b6040519080825280602002602001820160405280156130f7578160200160208202803683370190505b5060c082015292915050565b80516020820151602060408401510160206060850151016020608086015101602060c0870151016010860695505f5b8581101561319157600581901b85810151606083028501528401518015613188578188018060041c60061b840161ffff600f831660041b60f0031b81511781526020810151831115613185578260208201525b50505b50600101613132565b5050505050505050565b5f84515f52602060608601510160205260105f51065f510360208401845160051b8101602060c089015101602060808a0151016040890151806131dc578493505b838510156133b6575f5f5f5f518910156131f757885f510390505b60108b60108b0111156132095750888b035b8082121561328f5786518560208901511061326157505f825b8281101561325f575f51818d010360051b6020510160018803600182510310156132565761ffff8260041b60f0031b831792505b50600101613222565b505b5f198260041b1c195f198460041b1c1681169050808a51168360041b1b94505060605f51838c010302860192505b5050811561339d578b5160208d01515f5b84156133955781670de0b6b3a76400008660f01c020484518082115f81146132e757602087018051608088901b880101905260408701805183880201905292810192613309565b60208701805184841460801b8802019052604087018051878502019052928201925b5083670de0b6b3a764000061ffff8960e01c1602049150606086015190508082115f811461335a57858660801b01608088015101608088015281860260a08801510160a08801528184019350613381565b81831460801b8602608088015101608088015282860260a08801510160a088015282840193505b5050508460201b945060c0840193506132a0565b9a909a019950505b50506020850194506040830192506010860195506131dc565b505050505050949350505050565b5f6133d1610100846146d4565b6133db9084614837565b90505b8181101561352d575f6013816133f6610100856146c1565b6020890151613406906004614786565b61341091906141e1565b81526020019081526020015f20549050805f0361342d575061351a565b5f84831061343b578261343d565b845b90505f8461344d856101006141e1565b116134635761345e846101006141e1565b613465565b845b9050815b818110156135155761347d610100826146d4565b84901c6001161561350d5760608801515f906134998984614837565b815181106134a9576134a96147b5565b60200260200101519050805f14806134c5575089608001518110155b156134d0575061350d565b60408a015160a08a01516134e48a85614837565b815181106134f4576134f46147b5565b6020026020010181815161350891906141e1565b905250505b600101613469565b505050505b613526610100826141e1565b90506133de565b5050505050565b5f6109ca83836127106001613ccb565b5f8460400151848151811061355b5761355b6147b5565b602002602001015190505f815f1461357c576135778686613d16565b61357e565b835b90505f61358b8787613d58565b90508382108061359b5750838110155b806135ad5750670de0b6b3a764000083115b156124375786516135bf9087906141e1565b6040516333c106c560e01b815260048101919091526024810184905260448101839052606481018290526084810185905260a401610145565b60808201515f9061360a836003614786565b6136159060026141e1565b81518110613625576136256147b5565b6020026020010151905092915050565b5f85815260096020908152604080832080546001600160a01b031680855260108452828520835160608101855290546001600160801b03811682526001600160401b03600160801b8204811696830196909652600160c01b900490941692840192909252916136ab6136a682613d9e565b6121ac565b815182906136ba908390614ac5565b6001600160801b039081169091526001600160401b03808b16602080860191825289831660408088019182526001600160a01b0389165f9081526010909352822087518154945192518616600160c01b026001600160c01b0393909616600160801b026001600160c01b031990951696169590951792909217919091169190911790915590508761374b575f613762565b835461376290600160d81b900460ff166001614aac565b905086610180015160ff168160ff161061378757613781836001611fa0565b94505f90505b835460ff60d81b1916600160d81b60ff831602178455670de0b6b3a76400006137b28a61ffff614786565b6137bc91906146c1565b845461ffff91909116600160c01b0261ffff60c01b19909116179093555091979650505050505050565b5f6001600160401b03821115610a0157604080516306dfcc6560e41b8152600481019190915260248101839052604401610145565b602081015181515f9161382d916141e1565b90505f6010835f015161384091906146d4565b835161384c9190614837565b90505b81811015612e69575f6015816138666010856146c1565b81526020019081526020015f205490505f845f01518310613887578261388a565b84515b90505b6138988360106141e1565b811080156138a557508381105b1561391b57613909826138b96010846146d4565b60408801518851670de0b6b3a764000091906138d59087614837565b815181106138e5576138e56147b5565b602002602001015161ffff6138fa9190614786565b61390491906146c1565b613e1e565b91506139148161479d565b905061388d565b508060155f61392b6010866146c1565b815260208101919091526040015f2055506139476010826141e1565b905061384f565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b0383165f818152600c602090815260408083208151808301835290546001600160801b038082168352600160801b91829004811683860152868652601c85528386208451808601865290548083168252929092046001600160401b031682860152958552600d9093529083205482519394919390911615801590613a1c5750856001600160401b031682602001516001600160401b031614155b15613ab9576001600160a01b0387165f908152601d60209081526040808320858301516001600160401b031684529091528120549003613a9157613a618160016141e1565b6001600160a01b0388165f908152601d60209081526040808320868301516001600160401b031684529091529020555b6001600160a01b0387165f908152601c6020526040812080546001600160c01b031916905582525b5f866001600160401b031683602001516001600160401b031614613add575f613ae0565b82515b8460200151613aef9190614ae4565b6001600160801b031690505f613b0489612112565b90508115801590613b1457508015155b15613b9a575f613b3e83875f01516001600160801b031688602001516001600160801b031661271a565b905081811115613b4b5750805b613b5688828461271a565b9650613b72876ec097ce7bc90715b34b9f10000000008561271a565b613b7c90856141e1565b6001600160a01b038b165f908152600d602052604090208190559350505b83516001600160801b031615801590613bc85750876001600160401b031684602001516001600160401b0316145b1561270e57613bd88360016141e1565b6001600160a01b038a165f908152601d602090815260408083206001600160401b038d16845290915290205550505050509392505050565b6001600160a01b0382165f9081526010602052604090208054613c41906136a69084906001600160801b03166141e1565b81546fffffffffffffffffffffffffffffffff19166001600160801b03919091161790555050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613cbf578383151615613cb3573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f613cf8613cd883613e50565b8015613cf357505f8480613cee57613cee6146ad565b868809115b151590565b613d0386868661271a565b613d0d91906141e1565b95945050505050565b5f60808360800151836003613d2b9190614786565b613d369060016141e1565b81518110613d4657613d466147b5565b6020026020010151901c905092915050565b60808201515f90613d6a836003614786565b613d759060016141e1565b81518110613d8557613d856147b5565b60200260200101516001600160801b0316905092915050565b5f81602001516001600160401b03165f1480613dd4575060055460408301516001600160401b03600160801b9092048216911610155b15613de057505f919050565b6109cd82602001516001600160401b031660165f85604001516001600160401b031681526020019081526020015f2054670de0b6b3a764000061271a565b5f80613e2b846010614786565b613e369060f0614837565b61ffff80821b19871690851690911b179150509392505050565b5f6002826003811115613e6557613e65614a00565b613e6f9190614b03565b60ff166001149050919050565b6040518061010001604052805f6001600160a01b031681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f81525090565b5f6101e08284031215613ed5575f5ffd5b50919050565b5f6101e08284031215613eec575f5ffd5b6109ca8383613ec4565b6001600160a01b0381168114613f0a575f5ffd5b50565b5f5f5f6102208486031215613f20575f5ffd5b833592506020840135613f3281613ef6565b9150613f418560408601613ec4565b90509250925092565b5f5f60208385031215613f5b575f5ffd5b82356001600160401b03811115613f70575f5ffd5b8301601f81018513613f80575f5ffd5b80356001600160401b03811115613f95575f5ffd5b856020828401011115613fa6575f5ffd5b6020919091019590945092505050565b6001600160601b0381168114613f0a575f5ffd5b8035613fd581613fb6565b919050565b63ffffffff81168114613f0a575f5ffd5b8035613fd581613fda565b61ffff81168114613f0a575f5ffd5b8035613fd581613ff6565b8015158114613f0a575f5ffd5b8035613fd581614010565b60ff81168114613f0a575f5ffd5b8035613fd581614028565b61405b8261404e83613fca565b6001600160601b03169052565b61406760208201613fca565b6001600160601b0316602083015261408160408201613feb565b63ffffffff16604083015261409860608201613feb565b63ffffffff1660608301526140af60808201613feb565b63ffffffff1660808301526140c660a08201613feb565b63ffffffff1660a08301526140dd60c08201613feb565b63ffffffff1660c08301526140f460e08201614005565b61ffff1660e083015261410a6101008201614005565b61ffff166101008301526141216101208201614005565b61ffff16610120830152614138610140820161401d565b151561014083015261414d6101608201614005565b61ffff166101608301526141646101808201614036565b60ff1661018083015261417a6101a08201614005565b61ffff166101a08301526141916101c08201613feb565b63ffffffff81166101c0840152505050565b6101e081016109cd8284614041565b5f602082840312156141c2575f5ffd5b81516121a581613fda565b634e487b7160e01b5f52601160045260245ffd5b808201808211156109cd576109cd6141cd565b6001600160401b0381811683821601908111156109cd576109cd6141cd565b5f81356109cd81613fb6565b5f81356109cd81613fda565b5f81356109cd81613ff6565b5f81356109cd81614010565b5f81356109cd81614028565b61427d61425b83614213565b82546bffffffffffffffffffffffff19166001600160601b0391909116178255565b6142c061428c60208401614213565b8280546bffffffffffffffffffffffff60601b191660609290921b6bffffffffffffffffffffffff60601b16919091179055565b6142f36142cf6040840161421f565b82805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055565b6143266143026060840161421f565b8280546001600160e01b031660e09290921b6001600160e01b031916919091179055565b600181016143506143396080850161421f565b825463ffffffff191663ffffffff91909116178255565b61438161435f60a0850161421f565b825467ffffffff00000000191660209190911b67ffffffff0000000016178255565b6143ba61439060c0850161421f565b82546bffffffff0000000000000000191660409190911b6bffffffff000000000000000016178255565b6143e96143c960e0850161422b565b82805461ffff60601b191660609290921b61ffff60601b16919091179055565b6144196143f9610100850161422b565b82805461ffff60701b191660709290921b61ffff60701b16919091179055565b614449614429610120850161422b565b82805461ffff60801b191660809290921b61ffff60801b16919091179055565b6144776144596101408501614237565b82805460ff60901b191691151560901b60ff60901b16919091179055565b6144a7614487610160850161422b565b82805461ffff60981b191660989290921b61ffff60981b16919091179055565b6144d56144b76101808501614243565b82805460ff60a81b191660a89290921b60ff60a81b16919091179055565b6145056144e56101a0850161422b565b82805461ffff60b01b191660b09290921b61ffff60b01b16919091179055565b612e696142cf6101c0850161421f565b61020081016145248285614041565b6001600160401b0383166101e08301529392505050565b634e487b7160e01b5f52604160045260245ffd5b6040516101e081016001600160401b038111828210171561457e57634e487b7160e01b5f52604160045260245ffd5b60405290565b5f6101e0828403128015614596575f5ffd5b5061459f61454f565b6145a883613fca565b81526145b660208401613fca565b60208201526145c760408401613feb565b60408201526145d860608401613feb565b60608201526145e960808401613feb565b60808201526145fa60a08401613feb565b60a082015261460b60c08401613feb565b60c082015261461c60e08401614005565b60e082015261462e6101008401614005565b6101008201526146416101208401614005565b610120820152614654610140840161401d565b6101408201526146676101608401614005565b61016082015261467a6101808401614036565b61018082015261468d6101a08401614005565b6101a08201526146a06101c08401613feb565b6101c08201529392505050565b634e487b7160e01b5f52601260045260245ffd5b5f826146cf576146cf6146ad565b500490565b5f826146e2576146e26146ad565b500690565b5f602082840312156146f7575f5ffd5b81356121a581613fb6565b5f60208284031215614712575f5ffd5b81356121a581613ff6565b5f6020828403121561472d575f5ffd5b81356121a581613fda565b5f60208284031215614748575f5ffd5b81356121a581614028565b63ffffffff82811682821603908111156109cd576109cd6141cd565b5f6020828403121561477f575f5ffd5b5051919050565b80820281158282048414176109cd576109cd6141cd565b5f600182016147ae576147ae6141cd565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b5f8151808452602084019350602083015f5b828110156147f95781518652602095860195909101906001016147db565b5093949350505050565b838152606060208201525f61481b60608301856147c9565b828103604084015261482d81856147c9565b9695505050505050565b818103818111156109cd576109cd6141cd565b81516001600160601b031681526101e08101602083015161487660208401826001600160601b03169052565b50604083015161488e604084018263ffffffff169052565b5060608301516148a6606084018263ffffffff169052565b5060808301516148be608084018263ffffffff169052565b5060a08301516148d660a084018263ffffffff169052565b5060c08301516148ee60c084018263ffffffff169052565b5060e083015161490460e084018261ffff169052565b5061010083015161491c61010084018261ffff169052565b5061012083015161493461012084018261ffff169052565b5061014083015161494a61014084018215159052565b5061016083015161496261016084018261ffff169052565b5061018083015161497961018084018260ff169052565b506101a08301516149916101a084018261ffff169052565b506101c083015161210b6101c084018263ffffffff169052565b5f602082840312156149bb575f5ffd5b81516121a581614010565b5f602082840312156149d6575f5ffd5b81516121a581613ef6565b6001600160601b0382811682821603908111156109cd576109cd6141cd565b634e487b7160e01b5f52602160045260245ffd5b6040810160038410614a3457634e487b7160e01b5f52602160045260245ffd5b9281526020015290565b606080825284519082018190525f9060208601906080840190835b81811015614a805783516001600160a01b0316835260209384019390920191600101614a59565b50508381036020850152614a9481876147c9565b9250505063ffffffff83166040830152949350505050565b60ff81811683821601908111156109cd576109cd6141cd565b6001600160801b0381811683821601908111156109cd576109cd6141cd565b6001600160801b0382811682821603908111156109cd576109cd6141cd565b5f60ff831680614b1557614b156146ad565b8060ff8416069150509291505056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\0IW_5`\xE0\x1C\x80b#\x1D%\x14a\0MW\x80c\n<4\x95\x14a\0bW\x80c{\x109\x99\x14a\0uW\x80c\xB0\xA8\xD5\x99\x14a\0\xB1W[__\xFD[a\0`a\0[6`\x04a>\xDBV[a\0\xD4V[\0[a\0`a\0p6`\x04a?\rV[a\x05\x85V[`@Q`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\0\xC4a\0\xBF6`\x04a?JV[a\x06\xD7V[`@Q\x90\x15\x15\x81R` \x01a\0\xA8V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x01\x1DW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x01NW`@Qc$Z\xEC\xD3`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x01yW`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@Qc\xC3c\x1E\xA9`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xC3c\x1E\xA9\x90a\x01\xC5\x90\x84\x90`\x04\x01aA\xA3V[_`@Q\x80\x83\x03\x81\x86\x80;\x15\x80\x15a\x01\xDBW__\xFD[PZ\xFA\x15\x80\x15a\x01\xEDW=__>=_\xFD[PPPP_`\x05_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cnGXa`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x02fW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x02\x8A\x91\x90aA\xB2V[c\xFF\xFF\xFF\xFF\x16\x90P`\x01`\x01`@\x1B\x03\x82\x16\x15\x80\x15\x90a\x02\xBBWPa\x02\xB8\x81`\x01`\x01`@\x1B\x03\x84\x16aA\xE1V[B\x10[\x15a\x02\xF8Wa\x02\xD3\x81`\x01`\x01`@\x1B\x03\x84\x16aA\xE1V[`@Qc-d\x08\xCB`\xE2\x1B\x81R`\x01`\x01`@\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x01EV[__`\x16\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x90P\x80`\x01`\x01`@\x1B\x03\x16\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xE0\xB1ed`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x03yW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x03\x9D\x91\x90aA\xB2V[a\x03\xAD\x90c\xFF\xFF\xFF\xFF\x16BaA\xE1V[\x10a\x03\xD6W`@Qc\x7FMq\t`\xE1\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x01EV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01R_a\x04\xCF\x82\x87a\x08\xA3V[a\x04\xD9W_a\x04\xDFV[\x81`\xA0\x01Q[a\x04\xEF\x90c\xFF\xFF\xFF\xFF\x16BaA\xF4V[\x90P\x85`\x1Ea\x04\xFE\x82\x82aBOV[PP` \x80T`\x01`@\x1B`\x01`\x01`@\x1B\x03\x84\x81\x16h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16\x92\x90\x92\x17\x17\x90\x91U`\x05\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16B\x90\x92\x16\x91\x90\x91\x17\x90U`@Q\x7F\xFE\xCE^\x87\xA4\\\xABk\xE8\xE0\xC7^k\xC7\xB0\t\x11\x83y\x9D.\xDA\x95\xF75T\x95\xC0\xCC\xFFc\xA8\x90a\x05u\x90\x88\x90\x84\x90aE\x15V[`@Q\x80\x91\x03\x90\xA1PPPPPPV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x05\xCEW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x15\x80a\x06\x13WP_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x15\x15[\x15a\x063W`@Qc1\x8D\x14\xA5`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01a\x01EV[_\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90Ua\x06V\x83a\t\xD3V[_\x80Ta\xFF\xFF\x92\x90\x92\x16`\x01`\xA0\x1B\x02a\xFF\xFF`\xA0\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90U\x80`\x03a\x06\x83\x82\x82aBOV[Pa\x06\x9D\x90Pa\x06\x986\x83\x90\x03\x83\x01\x83aE\x84V[a\n\x05V[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x84\x90\x7F\xA7\xA5\xB8\x0B\xCD;\xEFvRN\xC8\x05Y\xF1\xAD\x1924@\x89\xB3\x16\xA7\xBEa\x9E\xD29V\xB5\xADl\x90_\x90\xA3PPPV[_`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x07!W`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x07)a\n\xD7V[`\x05Ta\xFF\xFF`\x01`\xD0\x1B\x90\x91\x04\x16``a\x07c`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x91\x90\x91R\x90V[_\x83\x81\x03a\x07\x7FWa\x07sa\x0B\xBCV[\x91\x94P\x92P\x90Pa\x07\x8DV[a\x07\x87a\x0F`V[\x90\x93P\x91P[_a\x07\x99`\x08\x88aF\xC1V[\x90Pa\x07\xA6`\x08\x88aF\xD4V[\x15\x15\x80a\x07\xC3WP``\x83\x01Qa\xFF\xFF\x16a\x07\xC1\x82\x87aA\xE1V[\x11[\x80a\x07\xDEWP\x80\x15\x80\x15a\x07\xDEWP\x82``\x01Qa\xFF\xFF\x16\x85\x10[\x15a\x08\x16W``\x83\x01Q`@Qca''G`\xE0\x1B\x81R`\x04\x81\x01\x89\x90R`$\x81\x01\x87\x90Ra\xFF\xFF\x90\x91\x16`D\x82\x01R`d\x01a\x01EV[a\x08#\x84\x84\x87\x8B\x8Ba\x11\xDBV[a\x08-\x90\x83aA\xE1V[\x91Pa\x089\x81\x86aA\xE1V[\x94P\x82``\x01Qa\xFF\xFF\x16\x85\x10\x15a\x08tWa\x08U\x84\x84a\x134V[`\x05\x80Ta\xFF\xFF`\xD0\x1B\x19\x16`\x01`\xD0\x1Ba\xFF\xFF\x88\x16\x02\x17\x90Ua\x08\x8FV[a\x08~\x84\x84a\x15\0V[a\x08\x88\x90\x83aA\xE1V[\x91P`\x01\x95P[a\x08\x98\x82a\x1DXV[PPPPP\x92\x91PPV[\x81Q_\x90`\x01`\x01``\x1B\x03\x16a\x08\xBD` \x84\x01\x84aF\xE7V[`\x01`\x01``\x1B\x03\x16\x11\x80a\x08\xF9WP\x82` \x01Q`\x01`\x01``\x1B\x03\x16\x82` \x01` \x81\x01\x90a\x08\xEE\x91\x90aF\xE7V[`\x01`\x01``\x1B\x03\x16\x11[\x80a\t!WP\x82`\xE0\x01Qa\xFF\xFF\x16\x82`\xE0\x01` \x81\x01\x90a\t\x1B\x91\x90aG\x02V[a\xFF\xFF\x16\x11[\x80a\tKWP\x82a\x01\xA0\x01Qa\xFF\xFF\x16\x82a\x01\xA0\x01` \x81\x01\x90a\tE\x91\x90aG\x02V[a\xFF\xFF\x16\x11[\x80a\twWP\x82`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x82`\xA0\x01` \x81\x01\x90a\to\x91\x90aG\x1DV[c\xFF\xFF\xFF\xFF\x16\x11[\x80a\t\x9FWP\x82a\x01\x80\x01Q`\xFF\x16\x82a\x01\x80\x01` \x81\x01\x90a\t\x9A\x91\x90aG8V[`\xFF\x16\x10[\x80a\t\xCAWP\x82a\x01`\x01Qa\xFF\xFF\x16\x82a\x01`\x01` \x81\x01\x90a\t\xC3\x91\x90aG\x02V[a\xFF\xFF\x16\x14\x15[\x90P[\x92\x91PPV[_a\xFF\xFF\x82\x11\x15a\n\x01W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x10`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[P\x90V[_\x81``\x01Qc\xFF\xFF\xFF\xFF\x16Ba\n\x1C\x91\x90aA\xE1V[_\x80Tc\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1Bc\xFF\xFF\xFF\xFF\x84\x16\x02\x17\x90Ua\x01@\x83\x01Q\x90\x91Pa\nLW\x80a\n[V[`\xC0\x82\x01Qa\n[\x90\x82aGSV[_\x80Ta\x01@\x85\x01Qd\xFF\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x90\x91\x16`\x01`\xD0\x1Bc\xFF\xFF\xFF\xFF\x94\x90\x94\x16\x93\x90\x93\x02`\xFF`\xF0\x1B\x19\x16\x92\x90\x92\x17`\x01`\xF0\x1B\x83\x15\x15\x02\x17\x90Ua\n\xA4WBa\n\xB3V[`\xC0\x82\x01Qa\n\xB3\x90\x82aGSV[`\x05`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPPPV[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x0B\x02W`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16B\x81\x11\x15a\x0BCW`@Qc\xD2\"\xB9\x89`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R_`$\x82\x01R`D\x01a\x01EV[`\x04T_\x90a\x0B_\x90`\x01`\xC0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x83aA\xE1V[\x90Pa\x0Bia\x1FSV[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\x0B\x89WP\x80B\x10[\x15a\x0B\xB8W`@Qc-\xBCG\x01`\xE0\x1B\x81R3`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x82\x16`$\x82\x01R`D\x01a\x01EV[PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92R`\x05T_\x90`\x01`\xC0\x1B\x90\x04a\xFF\xFF\x16\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\x0C\x08Wa\x0C\x08aE;V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0CAW\x81` \x01[a\x0C.a>|V[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x0C&W\x90P[P\x93P___[\x83\x81\x10\x15a\x0F\rW_a\x0C\x82`\x14\x82a\x0Cb`\x10\x86aF\xC1V[\x81R` \x01\x90\x81R` \x01_ T`\x10\x84a\x0C}\x91\x90aF\xD4V[a\x1F\x7FV[a\xFF\xFF\x16_\x81\x81R`\x11` R`@\x90 `\x01\x81\x01T\x91\x92P\x90`\x01`\xE0\x1B\x90\x04`\xFF\x16a\x0C\xD5W`\x01\x81\x01Ta\x0C\xC2\x90`\x01`\x01`\xA0\x1B\x03\x16_a\x1F\xA0V[a\x0C\xCC\x90\x88aA\xE1V[\x96PPPa\x0F\x05V[`\x01\x81\x01T`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\n` \x90\x81R`@\x91\x82\x90 \x82Q`\x80\x81\x01\x84R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x92\x82\x01\x92\x90\x92R`\xFF`\x01`p\x1B\x83\x04\x81\x16\x15\x80\x15\x94\x83\x01\x94\x90\x94R`\x01`x\x1B\x90\x92\x04\x90\x91\x16\x15\x15``\x82\x01R\x90\x80a\rQWP\x80``\x01Q\x15[\x80a\rdWP\x82\x81` \x01Qa\xFF\xFF\x16\x14\x15[\x80a\rwWP`\x02\x82\x01Tc\xFF\xFF\xFF\xFF\x16\x15[\x15a\r\x84WPPPa\x0F\x05V[`\x01\x82\x01T`@QcB\xDF\xC1k`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x04\x82\x01R_\x91g\r\xE0\xB6\xB3\xA7d\0\0\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\x85\xBF\x82\xD6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\r\xFBW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E\x1F\x91\x90aGoV[`\x01\x85\x01Ta\x0E6\x90`\x01`\x01`\xA0\x1B\x03\x16a!\x12V[a\x0E@\x91\x90aG\x86V[a\x0EJ\x91\x90aF\xC1V[\x90P\x80_\x03a\x0E\\WPPPPa\x0F\x05V[`@\x80Qa\x01\0\x81\x01\x82R`\x01\x85\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x82R` \x82\x01\x87\x90R\x91\x81\x01\x83\x90R`\x02\x85\x01Tc\xFF\xFF\xFF\xFF\x90\x81\x16``\x83\x01R`\x01`\xA0\x1B\x83\x04\x16`\x80\x82\x01R`\x01`\xF0\x1B\x82\x04a\xFF\xFF\x16`\xA0\x82\x01R`\x01`\xE8\x1B\x90\x91\x04`\xFF\x16\x15\x15`\xC0\x82\x01R_`\xE0\x82\x01R\x8B\x88a\x0E\xD7\x81aG\x9DV[\x99P\x81Q\x81\x10a\x0E\xE9Wa\x0E\xE9aG\xB5V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra\x0E\xFE\x81\x87aA\xE1V[\x95PPPPP[`\x01\x01a\x0CHV[P\x81\x86R`@Q\x80`\x80\x01`@R\x80a\x0F%\x83a!\xACV[`\x01`\x01`\x80\x1B\x03\x16\x81R_` \x82\x01Ra\xFF\xFF\x93\x84\x16`@\x82\x01R`\x05T`\x01``\x1B\x90\x04\x90\x93\x16``\x90\x93\x01\x92\x90\x92RP\x93\x94\x91\x92PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92RP`@\x80Q`\x80\x81\x01\x82R`\x19T`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16` \x84\x01Ra\xFF\xFF`\x01`\xC0\x1B\x83\x04\x81\x16\x94\x84\x01\x85\x90R`\x01`\xD0\x1B\x90\x92\x04\x90\x91\x16``\x83\x01R\x90\x91\x90\x81\x11\x15a\x0F\xE8Wa\x0F\xE8aE;V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x10!W\x81` \x01[a\x10\x0Ea>|V[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x10\x06W\x90P[P\x91P_[\x82Q\x81\x10\x15a\x11\xD6W_`\x17_\x83\x81R` \x01\x90\x81R` \x01_ `@Q\x80`\xC0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_\x82\x01`\x14\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01_\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1A\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81RPP\x90P_`\x18_\x84\x81R` \x01\x90\x81R` \x01_ T\x90P`@Q\x80a\x01\0\x01`@R\x80\x83_\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x83` \x01Qa\xFF\xFF\x16\x81R` \x01`\x80\x83\x90\x1C\x81R` \x01\x83``\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`@\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`\x80\x01Qa\xFF\xFF\x16\x81R` \x01\x83`\xA0\x01Q\x15\x15\x81R` \x01\x82`\x01`\x01`\x80\x1B\x03\x16\x81RP\x85\x84\x81Q\x81\x10a\x11\xC1Wa\x11\xC1aG\xB5V[` \x90\x81\x02\x91\x90\x91\x01\x01RPP`\x01\x01a\x10&V[P\x90\x91V[__a\x11\xE8\x85\x85\x85a!\xDFV[\x90P_a\x11\xF9\x86\x83` \x01Qa\"\xBCV[`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\x10Wa\x12\x10aE;V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x129W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x88Q\x81\x10\x15a\x12sWa\x12k\x89\x82\x81Q\x81\x10a\x12\\Wa\x12\\aG\xB5V[` \x02` \x01\x01Q\x84\x84a#\x12V[`\x01\x01a\x12>V[P_\x82` \x01Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\x91Wa\x12\x91aE;V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x12\xBAW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90Pa\x12\xC8\x83\x89\x83a$@V[\x93P`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16`\x01`\x01`@\x1B\x03\x16\x7F\x0E\x1C\xFBb\xA5\xDAn\\\xDF~#\xBBgH\xDB\\\x19H\x9E\x80\n5\xE88\xDE\x1A\xBBVQ\xD4d\x95\x88\x85`@\x01Q\x84`@Qa\x13 \x93\x92\x91\x90aH\x03V[`@Q\x80\x91\x03\x90\xA2PPP\x95\x94PPPPPV[_[\x82Q\x81\x10\x15a\x14\x87W_\x83\x82\x81Q\x81\x10a\x13RWa\x13RaG\xB5V[` \x90\x81\x02\x91\x90\x91\x01\x81\x01Q`@\x80Q`\xC0\x80\x82\x01\x83R\x83Q`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x83R\x84\x86\x01Qa\xFF\xFF\x90\x81\x16\x84\x88\x01\x90\x81R`\x80\x80\x88\x01Qc\xFF\xFF\xFF\xFF\x90\x81\x16\x87\x89\x01\x90\x81R``\x80\x8B\x01Q\x83\x16\x90\x89\x01\x90\x81R`\xA0\x80\x8C\x01Q\x87\x16\x85\x8B\x01\x90\x81R\x98\x8C\x01Q\x15\x15\x90\x8A\x01\x90\x81R_\x8F\x81R`\x17\x8ER\x8B\x81 \x9AQ\x8BT\x97Q\x94Q\x93Q\x9AQ\x99\x16`\x01`\x01`\xB0\x1B\x03\x19\x90\x97\x16\x96\x90\x96\x17`\x01`\xA0\x1B\x93\x88\x16\x93\x90\x93\x02\x92\x90\x92\x17g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1B\x91\x84\x16\x91\x90\x91\x02c\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x16\x17`\x01`\xD0\x1B\x97\x90\x92\x16\x96\x90\x96\x02\x17`\x01`\x01`\xF0\x1B\x03\x16`\x01`\xF0\x1B\x94\x90\x93\x16\x93\x90\x93\x02\x91\x90\x91\x17\x84U\x91Q`\x01\x93\x84\x01\x80T`\xFF\x19\x16\x91\x15\x15\x91\x90\x91\x17\x90U`\xE0\x85\x01Q\x94\x84\x01Q`\x18\x90\x96R\x92\x90 \x93\x90\x91\x1B\x90\x91\x17\x90\x91U\x90\x91\x01\x90Pa\x136V[P\x80Q`\x19\x80T` \x84\x01Q`@\x85\x01Q``\x90\x95\x01Q`\x01`\x01`\x80\x1B\x03\x90\x94\x16`\x01`\x01`\xC0\x1B\x03\x19\x90\x92\x16\x91\x90\x91\x17`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x90\x92\x16\x91\x90\x91\x02\x17c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\x01`\xC0\x1Ba\xFF\xFF\x94\x85\x16\x02a\xFF\xFF`\xD0\x1B\x19\x16\x17`\x01`\xD0\x1B\x93\x90\x92\x16\x92\x90\x92\x02\x17\x90UPV[__`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c2\x9E\xB89`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x15xW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x15\x9C\x91\x90aGoV[\x90P_`\x07T\x82a\x15\xAD\x91\x90aA\xE1V[\x90P_a'\x10a\x15\xBFa\x07\x08\x84aG\x86V[a\x15\xC9\x91\x90aF\xC1V[\x90P_a'\x10a\x15\xDBa\x10\x04\x85aG\x86V[a\x15\xE5\x91\x90aF\xC1V[\x90P_\x81a\x15\xF3\x84\x86aH7V[a\x15\xFD\x91\x90aH7V[` \x89\x01Q\x90\x91P_\x90\x81\x90`\x01`\x01`@\x1B\x03\x16\x15a\x16|Wa\x167\x85g\r\xE0\xB6\xB3\xA7d\0\0\x8C` \x01Q`\x01`\x01`@\x1B\x03\x16a'\x1AV[`\x01`\x01`@\x1B\x03\x80\x8A\x16_\x90\x81R`\x16` \x90\x81R`@\x90\x91 \x83\x90U\x8C\x01Q\x91\x92Pa\x16o\x91\x16\x82g\r\xE0\xB6\xB3\xA7d\0\0a'\x1AV[a\x16y\x90\x83aA\xE1V[\x91P[a\x16\x88\x8B\x89\x86\x86a'\xCAV[a\x16\x92\x90\x83aA\xE1V[\x91Pa\x16\x9D\x8Ba)\xD3V[\x98P\x81`\x06_\x82\x82Ta\x16\xB0\x91\x90aA\xE1V[\x90\x91UP_\x90Pa\x16\xC1\x83\x88aH7V[`\x07\x81\x90U`@\x80Q\x8A\x81R` \x81\x01\x8A\x90R\x90\x81\x01\x88\x90R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x84\x90R\x90\x91P`\x01`\x01`@\x1B\x03\x8A\x16\x90\x7F>\xD1k\x93\xD7\x04\xB8\x87{\x03\x83~\xFF\x0Fd\x18\x06X\"[\xCC\xA5\xF7/\xE5~\xAFUG}]x\x90`\xE0\x01`@Q\x80\x91\x03\x90\xA2a\x17<\x89`\x01aA\xF4V[`\x05\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x16`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x93\x90\x93\x16\x92\x90\x92\x02c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16\x91\x90\x91\x17\x90U` T`\x01`@\x1B\x90\x04`\xFF\x16\x80\x15a\x17\x9BWP` T`\x01`\x01`@\x1B\x03\x16B\x10\x15[\x15a\x1CRW_`\x1E`@Q\x80a\x01\xE0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x04\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x08\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x12\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81R` \x01`\x01\x82\x01`\x13\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16`\xFF\x16\x81R` \x01`\x01\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81RPP\x90P\x80`\x03_\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x0Ca\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\x80\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01`\x04a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x08a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x01\x01`\x0Ca\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x01\x01`\x0Ea\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01@\x82\x01Q\x81`\x01\x01`\x12a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UPa\x01`\x82\x01Q\x81`\x01\x01`\x13a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\x80\x82\x01Q\x81`\x01\x01`\x15a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UPa\x01\xA0\x82\x01Q\x81`\x01\x01`\x16a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\xC0\x82\x01Q\x81`\x01\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x90PP_` `\x08a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP\x7Fm\x06a\xBE!{W\x17\xE7/\x7F\x9D\xAE~\xD6(\xD5c\x7Ff\xC9wW\xA1\xA0\xF8\xD5\xBCZh\xE6R\x81`@Qa\x1CH\x91\x90aHJV[`@Q\x80\x91\x03\x90\xA1P[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01Ra\x1DI\x90a\n\x05V[PPPPPPPPP\x92\x91PPV[\x80_\x03a\x1DbWPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cc\xB0\xC4(`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1D\xBFW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1D\xE3\x91\x90aI\xABV[`@\x80Q\x84\x81R\x82\x15\x15` \x82\x01R\x91\x92P\x7F\xC3\x0B\xA58}\x08N!H\xB2\xA9\x13W\xA8\x87\xE7\xB0IcWQL\xFE3\xD9\xFF03\xF6v\xAC\xE5\x91\x01`@Q\x80\x91\x03\x90\xA1\x80\x15a\x1E\x9FW`@Qc\x08R\xCD\x8D`\xE3\x1B\x81R`\x04\x81\x01\x83\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90cB\x96lh\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x1E\x85W__\xFD[PZ\xF1\x15\x80\x15a\x1E\x97W=__>=_\xFD[PPPPPPV[a\x0B\xB8\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16ca\xD0'\xB3`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1E\xFEW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1F\"\x91\x90aI\xC6V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x84a.4V[`\x02T_\x90`\x01`\x01`\xA0\x1B\x03\x16\x80\x15a\x1FmW\x80a\x1FyV[_T`\x01`\x01`\xA0\x1B\x03\x16[\x91PP\x90V[_a\x1F\x8B\x82`\x10aG\x86V[a\x1F\x96\x90`\xF0aH7V[\x92\x90\x92\x1C\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\n` R`@\x81 \x80T`\x01`p\x1B\x90\x04`\xFF\x16a\x1F\xD0W_\x91PPa\t\xCDV[`\x04T\x81Ta'\x10\x91a\x1F\xF8\x91`\x01``\x1B\x90\x91\x04a\xFF\xFF\x16\x90`\x01`\x01``\x1B\x03\x16aG\x86V[a \x02\x91\x90aF\xC1V[\x81T\x90\x92P\x82\x90\x82\x90_\x90a !\x90\x84\x90`\x01`\x01``\x1B\x03\x16aI\xE1V[\x92Pa\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP\x83`\x01`\x01`\xA0\x1B\x03\x16\x7F`z\xDB\xA6l\xFF\x84\xB6'\xE3S}\x1C\x17\xD0\x88\xA9\x85V\xBC\xCD\x056\xA2\xF3Y\x0CV2\x90#\xD9\x84\x84`@Qa \x80\x92\x91\x90aJ\x14V[`@Q\x80\x91\x03\x90\xA2\x80T`\x01`x\x1B\x90\x04`\xFF\x16\x15a!\x0BW`@Qc\x14\xC2U\x93`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cS\tVL\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a \xF9W__\xFD[PZ\xF1\x15\x80\x15a\x08\x98W=__>=_\xFD[P\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x1B` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x90\x92RT`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x93\x83\x01\x93\x90\x93R`\x05T\x91\x92a!p\x92\x91\x90\x91\x04\x16`\x01aA\xF4V[`\x01`\x01`@\x1B\x03\x16\x81` \x01Q`\x01`\x01`@\x1B\x03\x16\x03a!\x9CWQ`\x01`\x01`\x80\x1B\x03\x16\x92\x91PPV[a!\xA5\x83a.nV[\x93\x92PPPV[_`\x01`\x01`\x80\x1B\x03\x82\x11\x15a\n\x01W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x80`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[a\"\x1D`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81RP\x90V[_a\")`\x08\x84aF\xC1V[\x90Pa\"5\x85\x82a/)V[`@\x81\x01Q``\x82\x01Q`\t` R\x91\x93P\x90_[\x83\x81\x10\x15a\"\xA8W\x80`\x03\x1B\x87\x015`\xC0\x1C\x81`\x05\x1B` \x85\x01\x01R\x80\x88\x01_R`@_ T`\xFF\x81`\xD0\x1C\x16\x15_`\x01`\x01`\xA0\x1B\x03\x83\x16\x11\x16\x15a\"\x9FWc\xFF\xFF\xFF\xFF\x81`\xA0\x1C\x16\x82`\x05\x1B` \x85\x01\x01R[P`\x01\x01a\"JV[Pa\"\xB2\x84a1\x03V[PPP\x93\x92PPPV[_\x81\x15a#\nWa\"\xCE`\x10\x84aF\xC1V[`\x10`\x01a\"\xDC\x85\x87aA\xE1V[a\"\xE6\x91\x90aH7V[a\"\xF0\x91\x90aF\xC1V[a\"\xFA\x91\x90aH7V[a#\x05\x90`\x01aA\xE1V[a\t\xCAV[P_\x92\x91PPV[\x81Q` \x83\x01Q_\x90a#%\x90\x83aA\xE1V[\x90P\x80\x85`\xA0\x01Q\x10\x15a#:WP`\xA0\x84\x01Q[\x81\x81\x11a#HWPPPPPV[_a#T`\x10\x84aF\xC1V[` \x87\x01Qa#d\x90`@aG\x86V[a#n\x91\x90aA\xE1V[\x90P_a#|`\x10\x85aF\xC1V[`\x10a#\x89`\x01\x86aH7V[a#\x93\x91\x90aF\xC1V[a#\x9D\x91\x90aH7V[a#\xA8\x90`\x01aA\xE1V[\x90P`\x12` R` \x85\x01_[\x82\x81\x10\x15a#\xD9W\x80\x84\x01_R`@_ T\x81`\x05\x1B\x83\x01R`\x01\x81\x01\x90Pa#\xB5V[PPa$\r\x86`@Q\x80``\x01`@R\x80\x8A`@\x01Q\x81R` \x01\x8A``\x01Q\x81R` \x01\x8A`\x80\x01Q\x81RP\x87\x86a1\x9BV[\x87`\xE0\x01\x81\x81Qa$\x1E\x91\x90aA\xE1V[\x90RP`\xC0\x87\x01Q\x15a$7Wa$7\x87\x87\x86\x86a3\xC4V[PPPPPPPV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01\x81\x90R`\x01`\xA8\x1B\x83\x04\x90\x91\x16a\x01\x80\x86\x01R`\x01`\xB0\x1B\x82\x04\x90\x92\x16a\x01\xA0\x85\x01R\x93\x90\x93\x04\x16a\x01\xC0\x82\x01R\x83Q_\x92`\x01`\x01`\x80\x1B\x03\x90\x91\x16\x90\x83\x90a%O\x90\x83\x90a54V[`\x05T\x90\x91P`\x01`\x80\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16_\x80[\x89` \x01Q\x81\x10\x15a&\xDEW\x89``\x01Q\x81\x81Q\x81\x10a%\x8AWa%\x8AaG\xB5V[` \x02` \x01\x01Q_\x14\x80a%\x9DWP\x84\x15[\x15a&/W\x89`@\x01Q\x81\x81Q\x81\x10a%\xB8Wa%\xB8aG\xB5V[` \x02` \x01\x01Q_\x14a&*W\x89Qa%\xD3\x90\x82\x90aA\xE1V[\x8A`@\x01Q\x82\x81Q\x81\x10a%\xE9Wa%\xE9aG\xB5V[` \x90\x81\x02\x91\x90\x91\x01\x01Q`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R_`D\x82\x01\x81\x90R`d\x82\x01R`\x84\x81\x01\x85\x90R`\xA4\x01a\x01EV[a&\xD6V[a&;\x8A\x82\x87\x87a5DV[_\x85a&G\x8C\x84a5\xF8V[a&Q\x91\x90aF\xC1V[\x90P\x80\x89\x83\x81Q\x81\x10a&fWa&faG\xB5V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra&{\x81\x84aA\xE1V[\x92P__\x86\x11\x80\x15a&\xAAWP\x85\x8C`\xA0\x01Q\x84\x81Q\x81\x10a&\x9FWa&\x9FaG\xB5V[` \x02` \x01\x01Q\x10\x15[\x90Pa&\xC7\x83\x8D_\x01Qa&\xBE\x91\x90aA\xE1V[\x83\x83\x8B\x89a65V[a&\xD1\x90\x8AaA\xE1V[\x98PPP[`\x01\x01a%hV[Pa&\xE8\x81a7\xE6V[\x88` \x01\x81\x81Qa&\xF9\x91\x90aA\xF4V[`\x01`\x01`@\x1B\x03\x16\x90RPa'\x0E\x89a8\x1BV[PPPPP\x93\x92PPPV[___a''\x86\x86a9NV[\x91P\x91P\x81_\x03a'KW\x83\x81\x81a'AWa'AaF\xADV[\x04\x92PPPa!\xA5V[\x81\x84\x11a'bWa'b`\x03\x85\x15\x02`\x11\x18a9jV[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[_\x80\x80[\x86Q\x81\x10\x15a(1W\x86\x81\x81Q\x81\x10a'\xE9Wa'\xE9aG\xB5V[` \x02` \x01\x01Q`\xE0\x01Q\x87\x82\x81Q\x81\x10a(\x07Wa(\x07aG\xB5V[` \x02` \x01\x01Q`@\x01Qa(\x1D\x91\x90aG\x86V[a('\x90\x83aA\xE1V[\x91P`\x01\x01a'\xCEV[P\x80_\x03a(BW_\x91PPa)\xCBV[_[\x86Q\x81\x10\x15a)\xC8W_\x87\x82\x81Q\x81\x10a(`Wa(`aG\xB5V[` \x02` \x01\x01Q\x90P_\x81`\xE0\x01Q\x82`@\x01Qa(\x7F\x91\x90aG\x86V[\x90P_a(\x8D\x88\x83\x87a'\x1AV[\x90P_a(\x9B\x88\x84\x88a'\x1AV[\x84Q\x90\x91P_\x90a(\xB7\x90a(\xB1\x8D`\x01aA\xF4V[\x84a9{V[\x90Pa(\xC3\x81\x83aH7V[a(\xCD\x90\x84aA\xE1V[\x92P\x82\x15a(\xE1W\x84Qa(\xE1\x90\x84a<\x10V[a(\xEB\x81\x84aA\xE1V[a(\xF5\x90\x89aA\xE1V[\x97Pg\r\xE0\xB6\xB3\xA7d\0\0\x85`\xE0\x01Qa\xFF\xFFa)\x12\x91\x90aG\x86V[a)\x1C\x91\x90aF\xC1V[` \x80\x87\x01Q_\x90\x81R`\t\x82R`@\x90\x81\x90 \x80Ta\xFF\xFF\x94\x90\x94\x16`\x01`\xC0\x1B\x02a\xFF\xFF`\xC0\x1B\x19\x90\x94\x16\x93\x90\x93\x17\x90\x92U\x86Q\x82\x88\x01Q`\xE0\x89\x01Q\x84Q\x91\x82R\x92\x81\x01\x92\x90\x92R\x91\x81\x01\x85\x90R``\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90`\x01`\x01`@\x1B\x03\x8D\x16\x90\x7F4\xFA\xB1uT\x07\xCE\xE1j\xECy\x90\xEDD#}\x14\x1C\xBD\xB5\xDF7\x96\x1B\xE0e\x12\xB0\x1A\x9D\xF5\x13\x90`\x80\x01`@Q\x80\x91\x03\x90\xA3PPPPP\x80`\x01\x01\x90Pa(DV[PP[\x94\x93PPPPV[\x80Q_\x90\x80\x82\x03a)\xE6WP_\x92\x91PPV[_\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a)\xFFWa)\xFFaE;V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a*(W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x82`\x01`\x01`@\x1B\x03\x81\x11\x15a*DWa*DaE;V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a*mW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x83\x81\x10\x15a+\x0CW\x85\x81\x81Q\x81\x10a*\x8CWa*\x8CaG\xB5V[` \x02` \x01\x01Q_\x01Q\x83\x82\x81Q\x81\x10a*\xA9Wa*\xA9aG\xB5V[` \x02` \x01\x01\x90`\x01`\x01`\xA0\x1B\x03\x16\x90\x81`\x01`\x01`\xA0\x1B\x03\x16\x81RPP\x85\x81\x81Q\x81\x10a*\xDBWa*\xDBaG\xB5V[` \x02` \x01\x01Q`\xE0\x01Q\x82\x82\x81Q\x81\x10a*\xF9Wa*\xF9aG\xB5V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a*rV[P`\x03T`@Qcj\xAB\xE8\xF3`\xE0\x1B\x81R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x91cj\xAB\xE8\xF3\x91a+l\x91\x86\x91\x86\x91`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x90`\x04\x01aJ>V[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a+\x83W__\xFD[PZ\xF1\x15\x80\x15a+\x95W=__>=_\xFD[PP`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x82\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x81\x04\x90\x91\x16a\x01\xA0\x84\x01\x81\x90R\x93\x90\x04\x16a\x01\xC0\x82\x01R\x92P_\x91Pa'\x10\x90a,\xA2\x90g\r\xE0\xB6\xB3\xA7d\0\0\x90aG\x86V[a,\xAC\x91\x90aF\xC1V[\x90P_[\x85\x81\x10\x15a.)W_`\t_\x8A\x84\x81Q\x81\x10a,\xCEWa,\xCEaG\xB5V[` \x02` \x01\x01Q` \x01Q\x81R` \x01\x90\x81R` \x01_ \x90P_\x83\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x85\xBF\x82\xD6\x89\x86\x81Q\x81\x10a-,Wa-,aG\xB5V[` \x02` \x01\x01Q`@Q\x82c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a-_\x91\x90`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16\x81R` \x01\x90V[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a-zW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a-\x9E\x91\x90aGoV[\x10a-\xA9W_a-\xC0V[\x81Ta-\xC0\x90`\x01`\xD8\x1B\x90\x04`\xFF\x16`\x01aJ\xACV[\x90P\x84a\x01\x80\x01Q`\xFF\x16\x81`\xFF\x16\x10a.\x08Wa-\xF8\x87\x84\x81Q\x81\x10a-\xE9Wa-\xE9aG\xB5V[` \x02` \x01\x01Q`\x02a\x1F\xA0V[a.\x02\x90\x8AaA\xE1V[\x98P_\x90P[\x81T`\xFF\x90\x91\x16`\x01`\xD8\x1B\x02`\xFF`\xD8\x1B\x19\x90\x91\x16\x17\x90U`\x01\x01a,\xB0V[PPPPPP\x91\x90PV[a.A\x83\x83\x83`\x01a<iV[a.iW`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x01EV[PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\n` \x90\x81R`@\x80\x83 \x81Q`\x80\x81\x01\x83R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x93\x82\x01\x93\x90\x93R`\xFF`\x01`p\x1B\x84\x04\x81\x16\x15\x80\x15\x93\x83\x01\x84\x90R`\x01`x\x1B\x90\x94\x04\x16\x15\x15``\x82\x01R\x91\x83\x91\x90a.\xE3WP\x81``\x01Q[a.\xEDW_a.\xF0V[\x81Q[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\x0C` R`@\x90 T`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x91Pa)\xCB\x90`\x01`\x01`\x80\x1B\x03\x16\x82aA\xE1V[a/g`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81RP\x90V[\x82\x81R` \x81\x01\x82\x90R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a/\x89Wa/\x89aE;V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a/\xB2W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`@\x82\x01R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a/\xD0Wa/\xD0aE;V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a/\xF9W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P``\x82\x01Ra0\n\x82`\x03aG\x86V[a0\x15\x90`\x03aA\xE1V[`\x01`\x01`@\x1B\x03\x81\x11\x15a0,Wa0,aE;V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a0UW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\x80\x82\x01R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a0sWa0saE;V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a0\x9CW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xA0\x82\x01Ra0\xAC\x83\x83a\"\xBCV[a0\xB7\x90`\x02aG\x86V[`\x01`\x01`@\x1B\x03\x81\x11\x15a0\xCEWa0\xCEaE;V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a0\xF7W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xC0\x82\x01R\x92\x91PPV[\x80Q` \x82\x01Q` `@\x84\x01Q\x01` ``\x85\x01Q\x01` `\x80\x86\x01Q\x01` `\xC0\x87\x01Q\x01`\x10\x86\x06\x95P_[\x85\x81\x10\x15a1\x91W`\x05\x81\x90\x1B\x85\x81\x01Q``\x83\x02\x85\x01R\x84\x01Q\x80\x15a1\x88W\x81\x88\x01\x80`\x04\x1C`\x06\x1B\x84\x01a\xFF\xFF`\x0F\x83\x16`\x04\x1B`\xF0\x03\x1B\x81Q\x17\x81R` \x81\x01Q\x83\x11\x15a1\x85W\x82` \x82\x01R[PP[P`\x01\x01a12V[PPPPPPPPV[_\x84Q_R` ``\x86\x01Q\x01` R`\x10_Q\x06_Q\x03` \x84\x01\x84Q`\x05\x1B\x81\x01` `\xC0\x89\x01Q\x01` `\x80\x8A\x01Q\x01`@\x89\x01Q\x80a1\xDCW\x84\x93P[\x83\x85\x10\x15a3\xB6W____Q\x89\x10\x15a1\xF7W\x88_Q\x03\x90P[`\x10\x8B`\x10\x8B\x01\x11\x15a2\tWP\x88\x8B\x03[\x80\x82\x12\x15a2\x8FW\x86Q\x85` \x89\x01Q\x10a2aWP_\x82[\x82\x81\x10\x15a2_W_Q\x81\x8D\x01\x03`\x05\x1B` Q\x01`\x01\x88\x03`\x01\x82Q\x03\x10\x15a2VWa\xFF\xFF\x82`\x04\x1B`\xF0\x03\x1B\x83\x17\x92P[P`\x01\x01a2\"V[P[_\x19\x82`\x04\x1B\x1C\x19_\x19\x84`\x04\x1B\x1C\x16\x81\x16\x90P\x80\x8AQ\x16\x83`\x04\x1B\x1B\x94PP``_Q\x83\x8C\x01\x03\x02\x86\x01\x92P[PP\x81\x15a3\x9DW\x8BQ` \x8D\x01Q_[\x84\x15a3\x95W\x81g\r\xE0\xB6\xB3\xA7d\0\0\x86`\xF0\x1C\x02\x04\x84Q\x80\x82\x11_\x81\x14a2\xE7W` \x87\x01\x80Q`\x80\x88\x90\x1B\x88\x01\x01\x90R`@\x87\x01\x80Q\x83\x88\x02\x01\x90R\x92\x81\x01\x92a3\tV[` \x87\x01\x80Q\x84\x84\x14`\x80\x1B\x88\x02\x01\x90R`@\x87\x01\x80Q\x87\x85\x02\x01\x90R\x92\x82\x01\x92[P\x83g\r\xE0\xB6\xB3\xA7d\0\0a\xFF\xFF\x89`\xE0\x1C\x16\x02\x04\x91P``\x86\x01Q\x90P\x80\x82\x11_\x81\x14a3ZW\x85\x86`\x80\x1B\x01`\x80\x88\x01Q\x01`\x80\x88\x01R\x81\x86\x02`\xA0\x88\x01Q\x01`\xA0\x88\x01R\x81\x84\x01\x93Pa3\x81V[\x81\x83\x14`\x80\x1B\x86\x02`\x80\x88\x01Q\x01`\x80\x88\x01R\x82\x86\x02`\xA0\x88\x01Q\x01`\xA0\x88\x01R\x82\x84\x01\x93P[PPP\x84` \x1B\x94P`\xC0\x84\x01\x93Pa2\xA0V[\x9A\x90\x9A\x01\x99PP[PP` \x85\x01\x94P`@\x83\x01\x92P`\x10\x86\x01\x95Pa1\xDCV[PPPPPP\x94\x93PPPPV[_a3\xD1a\x01\0\x84aF\xD4V[a3\xDB\x90\x84aH7V[\x90P[\x81\x81\x10\x15a5-W_`\x13\x81a3\xF6a\x01\0\x85aF\xC1V[` \x89\x01Qa4\x06\x90`\x04aG\x86V[a4\x10\x91\x90aA\xE1V[\x81R` \x01\x90\x81R` \x01_ T\x90P\x80_\x03a4-WPa5\x1AV[_\x84\x83\x10a4;W\x82a4=V[\x84[\x90P_\x84a4M\x85a\x01\0aA\xE1V[\x11a4cWa4^\x84a\x01\0aA\xE1V[a4eV[\x84[\x90P\x81[\x81\x81\x10\x15a5\x15Wa4}a\x01\0\x82aF\xD4V[\x84\x90\x1C`\x01\x16\x15a5\rW``\x88\x01Q_\x90a4\x99\x89\x84aH7V[\x81Q\x81\x10a4\xA9Wa4\xA9aG\xB5V[` \x02` \x01\x01Q\x90P\x80_\x14\x80a4\xC5WP\x89`\x80\x01Q\x81\x10\x15[\x15a4\xD0WPa5\rV[`@\x8A\x01Q`\xA0\x8A\x01Qa4\xE4\x8A\x85aH7V[\x81Q\x81\x10a4\xF4Wa4\xF4aG\xB5V[` \x02` \x01\x01\x81\x81Qa5\x08\x91\x90aA\xE1V[\x90RPP[`\x01\x01a4iV[PPPP[a5&a\x01\0\x82aA\xE1V[\x90Pa3\xDEV[PPPPPV[_a\t\xCA\x83\x83a'\x10`\x01a<\xCBV[_\x84`@\x01Q\x84\x81Q\x81\x10a5[Wa5[aG\xB5V[` \x02` \x01\x01Q\x90P_\x81_\x14a5|Wa5w\x86\x86a=\x16V[a5~V[\x83[\x90P_a5\x8B\x87\x87a=XV[\x90P\x83\x82\x10\x80a5\x9BWP\x83\x81\x10\x15[\x80a5\xADWPg\r\xE0\xB6\xB3\xA7d\0\0\x83\x11[\x15a$7W\x86Qa5\xBF\x90\x87\x90aA\xE1V[`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x84\x90R`D\x81\x01\x83\x90R`d\x81\x01\x82\x90R`\x84\x81\x01\x85\x90R`\xA4\x01a\x01EV[`\x80\x82\x01Q_\x90a6\n\x83`\x03aG\x86V[a6\x15\x90`\x02aA\xE1V[\x81Q\x81\x10a6%Wa6%aG\xB5V[` \x02` \x01\x01Q\x90P\x92\x91PPV[_\x85\x81R`\t` \x90\x81R`@\x80\x83 \x80T`\x01`\x01`\xA0\x1B\x03\x16\x80\x85R`\x10\x84R\x82\x85 \x83Q``\x81\x01\x85R\x90T`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16\x96\x83\x01\x96\x90\x96R`\x01`\xC0\x1B\x90\x04\x90\x94\x16\x92\x84\x01\x92\x90\x92R\x91a6\xABa6\xA6\x82a=\x9EV[a!\xACV[\x81Q\x82\x90a6\xBA\x90\x83\x90aJ\xC5V[`\x01`\x01`\x80\x1B\x03\x90\x81\x16\x90\x91R`\x01`\x01`@\x1B\x03\x80\x8B\x16` \x80\x86\x01\x91\x82R\x89\x83\x16`@\x80\x88\x01\x91\x82R`\x01`\x01`\xA0\x1B\x03\x89\x16_\x90\x81R`\x10\x90\x93R\x82 \x87Q\x81T\x94Q\x92Q\x86\x16`\x01`\xC0\x1B\x02`\x01`\x01`\xC0\x1B\x03\x93\x90\x96\x16`\x01`\x80\x1B\x02`\x01`\x01`\xC0\x1B\x03\x19\x90\x95\x16\x96\x16\x95\x90\x95\x17\x92\x90\x92\x17\x91\x90\x91\x16\x91\x90\x91\x17\x90\x91U\x90P\x87a7KW_a7bV[\x83Ta7b\x90`\x01`\xD8\x1B\x90\x04`\xFF\x16`\x01aJ\xACV[\x90P\x86a\x01\x80\x01Q`\xFF\x16\x81`\xFF\x16\x10a7\x87Wa7\x81\x83`\x01a\x1F\xA0V[\x94P_\x90P[\x83T`\xFF`\xD8\x1B\x19\x16`\x01`\xD8\x1B`\xFF\x83\x16\x02\x17\x84Ug\r\xE0\xB6\xB3\xA7d\0\0a7\xB2\x8Aa\xFF\xFFaG\x86V[a7\xBC\x91\x90aF\xC1V[\x84Ta\xFF\xFF\x91\x90\x91\x16`\x01`\xC0\x1B\x02a\xFF\xFF`\xC0\x1B\x19\x90\x91\x16\x17\x90\x93UP\x91\x97\x96PPPPPPPV[_`\x01`\x01`@\x1B\x03\x82\x11\x15a\n\x01W`@\x80Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x83\x90R`D\x01a\x01EV[` \x81\x01Q\x81Q_\x91a8-\x91aA\xE1V[\x90P_`\x10\x83_\x01Qa8@\x91\x90aF\xD4V[\x83Qa8L\x91\x90aH7V[\x90P[\x81\x81\x10\x15a.iW_`\x15\x81a8f`\x10\x85aF\xC1V[\x81R` \x01\x90\x81R` \x01_ T\x90P_\x84_\x01Q\x83\x10a8\x87W\x82a8\x8AV[\x84Q[\x90P[a8\x98\x83`\x10aA\xE1V[\x81\x10\x80\x15a8\xA5WP\x83\x81\x10[\x15a9\x1BWa9\t\x82a8\xB9`\x10\x84aF\xD4V[`@\x88\x01Q\x88Qg\r\xE0\xB6\xB3\xA7d\0\0\x91\x90a8\xD5\x90\x87aH7V[\x81Q\x81\x10a8\xE5Wa8\xE5aG\xB5V[` \x02` \x01\x01Qa\xFF\xFFa8\xFA\x91\x90aG\x86V[a9\x04\x91\x90aF\xC1V[a>\x1EV[\x91Pa9\x14\x81aG\x9DV[\x90Pa8\x8DV[P\x80`\x15_a9+`\x10\x86aF\xC1V[\x81R` \x81\x01\x91\x90\x91R`@\x01_ UPa9G`\x10\x82aA\xE1V[\x90Pa8OV[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x81\x81R`\x0C` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x83R\x90T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83R`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x83\x86\x01R\x86\x86R`\x1C\x85R\x83\x86 \x84Q\x80\x86\x01\x86R\x90T\x80\x83\x16\x82R\x92\x90\x92\x04`\x01`\x01`@\x1B\x03\x16\x82\x86\x01R\x95\x85R`\r\x90\x93R\x90\x83 T\x82Q\x93\x94\x91\x93\x90\x91\x16\x15\x80\x15\x90a:\x1CWP\x85`\x01`\x01`@\x1B\x03\x16\x82` \x01Q`\x01`\x01`@\x1B\x03\x16\x14\x15[\x15a:\xB9W`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x1D` \x90\x81R`@\x80\x83 \x85\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x81 T\x90\x03a:\x91Wa:a\x81`\x01aA\xE1V[`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x1D` \x90\x81R`@\x80\x83 \x86\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x90 U[`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x1C` R`@\x81 \x80T`\x01`\x01`\xC0\x1B\x03\x19\x16\x90U\x82R[_\x86`\x01`\x01`@\x1B\x03\x16\x83` \x01Q`\x01`\x01`@\x1B\x03\x16\x14a:\xDDW_a:\xE0V[\x82Q[\x84` \x01Qa:\xEF\x91\x90aJ\xE4V[`\x01`\x01`\x80\x1B\x03\x16\x90P_a;\x04\x89a!\x12V[\x90P\x81\x15\x80\x15\x90a;\x14WP\x80\x15\x15[\x15a;\x9AW_a;>\x83\x87_\x01Q`\x01`\x01`\x80\x1B\x03\x16\x88` \x01Q`\x01`\x01`\x80\x1B\x03\x16a'\x1AV[\x90P\x81\x81\x11\x15a;KWP\x80[a;V\x88\x82\x84a'\x1AV[\x96Pa;r\x87n\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x85a'\x1AV[a;|\x90\x85aA\xE1V[`\x01`\x01`\xA0\x1B\x03\x8B\x16_\x90\x81R`\r` R`@\x90 \x81\x90U\x93PP[\x83Q`\x01`\x01`\x80\x1B\x03\x16\x15\x80\x15\x90a;\xC8WP\x87`\x01`\x01`@\x1B\x03\x16\x84` \x01Q`\x01`\x01`@\x1B\x03\x16\x14[\x15a'\x0EWa;\xD8\x83`\x01aA\xE1V[`\x01`\x01`\xA0\x1B\x03\x8A\x16_\x90\x81R`\x1D` \x90\x81R`@\x80\x83 `\x01`\x01`@\x1B\x03\x8D\x16\x84R\x90\x91R\x90 UPPPPP\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x10` R`@\x90 \x80Ta<A\x90a6\xA6\x90\x84\x90`\x01`\x01`\x80\x1B\x03\x16aA\xE1V[\x81To\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01`\x80\x1B\x03\x91\x90\x91\x16\x17\x90UPPV[`@Qc\xA9\x05\x9C\xBB`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a<\xBFW\x83\x83\x15\x16\x15a<\xB3W=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[_a<\xF8a<\xD8\x83a>PV[\x80\x15a<\xF3WP_\x84\x80a<\xEEWa<\xEEaF\xADV[\x86\x88\t\x11[\x15\x15\x90V[a=\x03\x86\x86\x86a'\x1AV[a=\r\x91\x90aA\xE1V[\x95\x94PPPPPV[_`\x80\x83`\x80\x01Q\x83`\x03a=+\x91\x90aG\x86V[a=6\x90`\x01aA\xE1V[\x81Q\x81\x10a=FWa=FaG\xB5V[` \x02` \x01\x01Q\x90\x1C\x90P\x92\x91PPV[`\x80\x82\x01Q_\x90a=j\x83`\x03aG\x86V[a=u\x90`\x01aA\xE1V[\x81Q\x81\x10a=\x85Wa=\x85aG\xB5V[` \x02` \x01\x01Q`\x01`\x01`\x80\x1B\x03\x16\x90P\x92\x91PPV[_\x81` \x01Q`\x01`\x01`@\x1B\x03\x16_\x14\x80a=\xD4WP`\x05T`@\x83\x01Q`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x90\x92\x04\x82\x16\x91\x16\x10\x15[\x15a=\xE0WP_\x91\x90PV[a\t\xCD\x82` \x01Q`\x01`\x01`@\x1B\x03\x16`\x16_\x85`@\x01Q`\x01`\x01`@\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ Tg\r\xE0\xB6\xB3\xA7d\0\0a'\x1AV[_\x80a>+\x84`\x10aG\x86V[a>6\x90`\xF0aH7V[a\xFF\xFF\x80\x82\x1B\x19\x87\x16\x90\x85\x16\x90\x91\x1B\x17\x91PP\x93\x92PPPV[_`\x02\x82`\x03\x81\x11\x15a>eWa>eaJ\0V[a>o\x91\x90aK\x03V[`\xFF\x16`\x01\x14\x90P\x91\x90PV[`@Q\x80a\x01\0\x01`@R\x80_`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x15\x15\x81R` \x01_\x81RP\x90V[_a\x01\xE0\x82\x84\x03\x12\x15a>\xD5W__\xFD[P\x91\x90PV[_a\x01\xE0\x82\x84\x03\x12\x15a>\xECW__\xFD[a\t\xCA\x83\x83a>\xC4V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a?\nW__\xFD[PV[___a\x02 \x84\x86\x03\x12\x15a? W__\xFD[\x835\x92P` \x84\x015a?2\x81a>\xF6V[\x91Pa?A\x85`@\x86\x01a>\xC4V[\x90P\x92P\x92P\x92V[__` \x83\x85\x03\x12\x15a?[W__\xFD[\x825`\x01`\x01`@\x1B\x03\x81\x11\x15a?pW__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a?\x80W__\xFD[\x805`\x01`\x01`@\x1B\x03\x81\x11\x15a?\x95W__\xFD[\x85` \x82\x84\x01\x01\x11\x15a?\xA6W__\xFD[` \x91\x90\x91\x01\x95\x90\x94P\x92PPPV[`\x01`\x01``\x1B\x03\x81\x16\x81\x14a?\nW__\xFD[\x805a?\xD5\x81a?\xB6V[\x91\x90PV[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a?\nW__\xFD[\x805a?\xD5\x81a?\xDAV[a\xFF\xFF\x81\x16\x81\x14a?\nW__\xFD[\x805a?\xD5\x81a?\xF6V[\x80\x15\x15\x81\x14a?\nW__\xFD[\x805a?\xD5\x81a@\x10V[`\xFF\x81\x16\x81\x14a?\nW__\xFD[\x805a?\xD5\x81a@(V[a@[\x82a@N\x83a?\xCAV[`\x01`\x01``\x1B\x03\x16\x90RV[a@g` \x82\x01a?\xCAV[`\x01`\x01``\x1B\x03\x16` \x83\x01Ra@\x81`@\x82\x01a?\xEBV[c\xFF\xFF\xFF\xFF\x16`@\x83\x01Ra@\x98``\x82\x01a?\xEBV[c\xFF\xFF\xFF\xFF\x16``\x83\x01Ra@\xAF`\x80\x82\x01a?\xEBV[c\xFF\xFF\xFF\xFF\x16`\x80\x83\x01Ra@\xC6`\xA0\x82\x01a?\xEBV[c\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01Ra@\xDD`\xC0\x82\x01a?\xEBV[c\xFF\xFF\xFF\xFF\x16`\xC0\x83\x01Ra@\xF4`\xE0\x82\x01a@\x05V[a\xFF\xFF\x16`\xE0\x83\x01RaA\na\x01\0\x82\x01a@\x05V[a\xFF\xFF\x16a\x01\0\x83\x01RaA!a\x01 \x82\x01a@\x05V[a\xFF\xFF\x16a\x01 \x83\x01RaA8a\x01@\x82\x01a@\x1DV[\x15\x15a\x01@\x83\x01RaAMa\x01`\x82\x01a@\x05V[a\xFF\xFF\x16a\x01`\x83\x01RaAda\x01\x80\x82\x01a@6V[`\xFF\x16a\x01\x80\x83\x01RaAza\x01\xA0\x82\x01a@\x05V[a\xFF\xFF\x16a\x01\xA0\x83\x01RaA\x91a\x01\xC0\x82\x01a?\xEBV[c\xFF\xFF\xFF\xFF\x81\x16a\x01\xC0\x84\x01RPPPV[a\x01\xE0\x81\x01a\t\xCD\x82\x84a@AV[_` \x82\x84\x03\x12\x15aA\xC2W__\xFD[\x81Qa!\xA5\x81a?\xDAV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\t\xCDWa\t\xCDaA\xCDV[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xCDWa\t\xCDaA\xCDV[_\x815a\t\xCD\x81a?\xB6V[_\x815a\t\xCD\x81a?\xDAV[_\x815a\t\xCD\x81a?\xF6V[_\x815a\t\xCD\x81a@\x10V[_\x815a\t\xCD\x81a@(V[aB}aB[\x83aB\x13V[\x82Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x17\x82UV[aB\xC0aB\x8C` \x84\x01aB\x13V[\x82\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aB\xF3aB\xCF`@\x84\x01aB\x1FV[\x82\x80Tc\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\xC0\x92\x90\x92\x1Bc\xFF\xFF\xFF\xFF`\xC0\x1B\x16\x91\x90\x91\x17\x90UV[aC&aC\x02``\x84\x01aB\x1FV[\x82\x80T`\x01`\x01`\xE0\x1B\x03\x16`\xE0\x92\x90\x92\x1B`\x01`\x01`\xE0\x1B\x03\x19\x16\x91\x90\x91\x17\x90UV[`\x01\x81\x01aCPaC9`\x80\x85\x01aB\x1FV[\x82Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x17\x82UV[aC\x81aC_`\xA0\x85\x01aB\x1FV[\x82Tg\xFF\xFF\xFF\xFF\0\0\0\0\x19\x16` \x91\x90\x91\x1Bg\xFF\xFF\xFF\xFF\0\0\0\0\x16\x17\x82UV[aC\xBAaC\x90`\xC0\x85\x01aB\x1FV[\x82Tk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x19\x16`@\x91\x90\x91\x1Bk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x17\x82UV[aC\xE9aC\xC9`\xE0\x85\x01aB+V[\x82\x80Ta\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Ba\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aD\x19aC\xF9a\x01\0\x85\x01aB+V[\x82\x80Ta\xFF\xFF`p\x1B\x19\x16`p\x92\x90\x92\x1Ba\xFF\xFF`p\x1B\x16\x91\x90\x91\x17\x90UV[aDIaD)a\x01 \x85\x01aB+V[\x82\x80Ta\xFF\xFF`\x80\x1B\x19\x16`\x80\x92\x90\x92\x1Ba\xFF\xFF`\x80\x1B\x16\x91\x90\x91\x17\x90UV[aDwaDYa\x01@\x85\x01aB7V[\x82\x80T`\xFF`\x90\x1B\x19\x16\x91\x15\x15`\x90\x1B`\xFF`\x90\x1B\x16\x91\x90\x91\x17\x90UV[aD\xA7aD\x87a\x01`\x85\x01aB+V[\x82\x80Ta\xFF\xFF`\x98\x1B\x19\x16`\x98\x92\x90\x92\x1Ba\xFF\xFF`\x98\x1B\x16\x91\x90\x91\x17\x90UV[aD\xD5aD\xB7a\x01\x80\x85\x01aBCV[\x82\x80T`\xFF`\xA8\x1B\x19\x16`\xA8\x92\x90\x92\x1B`\xFF`\xA8\x1B\x16\x91\x90\x91\x17\x90UV[aE\x05aD\xE5a\x01\xA0\x85\x01aB+V[\x82\x80Ta\xFF\xFF`\xB0\x1B\x19\x16`\xB0\x92\x90\x92\x1Ba\xFF\xFF`\xB0\x1B\x16\x91\x90\x91\x17\x90UV[a.iaB\xCFa\x01\xC0\x85\x01aB\x1FV[a\x02\0\x81\x01aE$\x82\x85a@AV[`\x01`\x01`@\x1B\x03\x83\x16a\x01\xE0\x83\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Qa\x01\xE0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15aE~WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90V[_a\x01\xE0\x82\x84\x03\x12\x80\x15aE\x96W__\xFD[PaE\x9FaEOV[aE\xA8\x83a?\xCAV[\x81RaE\xB6` \x84\x01a?\xCAV[` \x82\x01RaE\xC7`@\x84\x01a?\xEBV[`@\x82\x01RaE\xD8``\x84\x01a?\xEBV[``\x82\x01RaE\xE9`\x80\x84\x01a?\xEBV[`\x80\x82\x01RaE\xFA`\xA0\x84\x01a?\xEBV[`\xA0\x82\x01RaF\x0B`\xC0\x84\x01a?\xEBV[`\xC0\x82\x01RaF\x1C`\xE0\x84\x01a@\x05V[`\xE0\x82\x01RaF.a\x01\0\x84\x01a@\x05V[a\x01\0\x82\x01RaFAa\x01 \x84\x01a@\x05V[a\x01 \x82\x01RaFTa\x01@\x84\x01a@\x1DV[a\x01@\x82\x01RaFga\x01`\x84\x01a@\x05V[a\x01`\x82\x01RaFza\x01\x80\x84\x01a@6V[a\x01\x80\x82\x01RaF\x8Da\x01\xA0\x84\x01a@\x05V[a\x01\xA0\x82\x01RaF\xA0a\x01\xC0\x84\x01a?\xEBV[a\x01\xC0\x82\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[_\x82aF\xCFWaF\xCFaF\xADV[P\x04\x90V[_\x82aF\xE2WaF\xE2aF\xADV[P\x06\x90V[_` \x82\x84\x03\x12\x15aF\xF7W__\xFD[\x815a!\xA5\x81a?\xB6V[_` \x82\x84\x03\x12\x15aG\x12W__\xFD[\x815a!\xA5\x81a?\xF6V[_` \x82\x84\x03\x12\x15aG-W__\xFD[\x815a!\xA5\x81a?\xDAV[_` \x82\x84\x03\x12\x15aGHW__\xFD[\x815a!\xA5\x81a@(V[c\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xCDWa\t\xCDaA\xCDV[_` \x82\x84\x03\x12\x15aG\x7FW__\xFD[PQ\x91\x90PV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\t\xCDWa\t\xCDaA\xCDV[_`\x01\x82\x01aG\xAEWaG\xAEaA\xCDV[P`\x01\x01\x90V[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15aG\xF9W\x81Q\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01aG\xDBV[P\x93\x94\x93PPPPV[\x83\x81R``` \x82\x01R_aH\x1B``\x83\x01\x85aG\xC9V[\x82\x81\x03`@\x84\x01RaH-\x81\x85aG\xC9V[\x96\x95PPPPPPV[\x81\x81\x03\x81\x81\x11\x15a\t\xCDWa\t\xCDaA\xCDV[\x81Q`\x01`\x01``\x1B\x03\x16\x81Ra\x01\xE0\x81\x01` \x83\x01QaHv` \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[P`@\x83\x01QaH\x8E`@\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P``\x83\x01QaH\xA6``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaH\xBE`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01QaH\xD6`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaH\xEE`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaI\x04`\xE0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaI\x1Ca\x01\0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01QaI4a\x01 \x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01QaIJa\x01@\x84\x01\x82\x15\x15\x90RV[Pa\x01`\x83\x01QaIba\x01`\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01QaIya\x01\x80\x84\x01\x82`\xFF\x16\x90RV[Pa\x01\xA0\x83\x01QaI\x91a\x01\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\xC0\x83\x01Qa!\x0Ba\x01\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[_` \x82\x84\x03\x12\x15aI\xBBW__\xFD[\x81Qa!\xA5\x81a@\x10V[_` \x82\x84\x03\x12\x15aI\xD6W__\xFD[\x81Qa!\xA5\x81a>\xF6V[`\x01`\x01``\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xCDWa\t\xCDaA\xCDV[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`@\x81\x01`\x03\x84\x10aJ4WcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x92\x81R` \x01R\x90V[``\x80\x82R\x84Q\x90\x82\x01\x81\x90R_\x90` \x86\x01\x90`\x80\x84\x01\x90\x83[\x81\x81\x10\x15aJ\x80W\x83Q`\x01`\x01`\xA0\x1B\x03\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01aJYV[PP\x83\x81\x03` \x85\x01RaJ\x94\x81\x87aG\xC9V[\x92PPPc\xFF\xFF\xFF\xFF\x83\x16`@\x83\x01R\x94\x93PPPPV[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xCDWa\t\xCDaA\xCDV[`\x01`\x01`\x80\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xCDWa\t\xCDaA\xCDV[`\x01`\x01`\x80\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xCDWa\t\xCDaA\xCDV[_`\xFF\x83\x16\x80aK\x15WaK\x15aF\xADV[\x80`\xFF\x84\x16\x06\x91PP\x92\x91PPV",
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
