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
    ///0x610120604052348015610010575f5ffd5b50604051614f7e380380614f7e83398101604081905261002f91610085565b6001600160a01b0393841660805291831660a052821660c0521660e0525f805463ffffffff60b01b191663ffffffff60b01b17905530610100526100e1565b6001600160a01b0381168114610082575f5ffd5b50565b5f5f5f5f60808587031215610098575f5ffd5b84516100a38161006e565b60208601519094506100b48161006e565b60408601519093506100c58161006e565b60608601519092506100d68161006e565b939692955090935050565b60805160a05160c05160e05161010051614e0e6101705f395f818160de0152818161058f01526106e201525f6115b301525f8181610dea0152818161214e01528181612c1e0152612dec01525f8181611ed20152611fc201525f81816082015281816101900152818161020c0152818161031f015281816105d901528181611dfb0152611f3a0152614e0e5ff3fe608060405234801561000f575f5ffd5b5060043610610049575f3560e01c8062231d251461004d5780630a3c3495146100625780637b10399914610075578063c42af710146100b1575b5f5ffd5b61006061005b3660046141a2565b6100d4565b005b6100606100703660046141d4565b610585565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020015b60405180910390f35b6100c46100bf366004614255565b6106d7565b60405190151581526020016100a8565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361011d57604051633beab4bd60e21b815260040160405180910390fd5b5f546001600160a01b0316331461014e5760405163245aecd360e01b81523360048201526024015b60405180910390fd5b600554600160701b900460ff161561017957604051631f3ef82160e31b815260040160405180910390fd5b60405163c3631ea960e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c3631ea9906101c59084906004016144ac565b5f6040518083038186803b1580156101db575f5ffd5b505afa1580156101ed573d5f5f3e3d5ffd5b505050505f60055f9054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636e4758616040518163ffffffff1660e01b8152600401602060405180830381865afa158015610266573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061028a91906144bb565b63ffffffff1690506001600160401b038216158015906102bb57506102b8816001600160401b0384166144ea565b42105b156102f8576102d3816001600160401b0384166144ea565b604051632d6408cb60e21b81526001600160401b039091166004820152602401610145565b5f5f60169054906101000a900463ffffffff1663ffffffff169050806001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e0b165646040518163ffffffff1660e01b8152600401602060405180830381865afa158015610379573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061039d91906144bb565b6103ad9063ffffffff16426144ea565b106103d657604051637f4d710960e11b81526001600160401b0382166004820152602401610145565b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c08201525f6104cf82876108bd565b6104d9575f6104df565b8160a001515b6104ef9063ffffffff16426144fd565b905085601f6104fe8282614558565b505060218054600160401b6001600160401b0384811668ffffffffffffffffff1990931692909217179091556005805467ffffffffffffffff1916429092169190911790556040517ffece5e87a45cab6be8e0c75e6bc7b0091183799d2eda95f7355495c0ccff63a890610575908890849061481e565b60405180910390a1505050505050565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036105ce57604051633beab4bd60e21b815260040160405180910390fd5b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614158061061357505f54600160b01b900463ffffffff1615155b156106335760405163318d14a560e11b8152336004820152602401610145565b5f80546001600160a01b0319166001600160a01b038416179055610656836109ed565b5f805461ffff92909216600160a01b0261ffff60a01b199092169190911790558060036106838282614558565b5061069d90506106983683900383018361488d565b610a1f565b6040516001600160a01b0383169084907fa7a5b80bcd3bef76524ec80559f1ad1932344089b316a7be619ed23956b5ad6c905f90a3505050565b5f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361072157604051633beab4bd60e21b815260040160405180910390fd5b610729610af1565b60055461ffff600160d01b909104166060610763604080516080810182525f80825260208201819052918101829052606081019190915290565b5f8061077060088a6149ca565b9050845f0361078d57610781610bd6565b919550935091506107a5565b61079f61079a82876144ea565b610f87565b90945092505b6107b060088a6149dd565b1515806107cd5750606083015161ffff166107cb82876144ea565b115b806107e85750801580156107e85750826060015161ffff1685105b15610820576060830151604051636127274760e01b8152600481018b90526024810187905261ffff9091166044820152606401610145565b61082f8484878d8d8d8d6111d6565b61083990836144ea565b606084015190925061ffff1661084f82876144ea565b101561088c5761086184848715611368565b61086b81866144ea565b6005601a6101000a81548161ffff021916908361ffff1602179055506108a7565b6108968484611596565b6108a090836144ea565b9150600195505b6108b082611dee565b5050505050949350505050565b81515f906001600160601b03166108d760208401846149f0565b6001600160601b03161180610913575082602001516001600160601b031682602001602081019061090891906149f0565b6001600160601b0316115b8061093b57508260e0015161ffff168260e00160208101906109359190614a0b565b61ffff16115b806109655750826101a0015161ffff16826101a001602081019061095f9190614a0b565b61ffff16115b8061099157508260a0015163ffffffff168260a00160208101906109899190614a26565b63ffffffff16115b806109b9575082610180015160ff16826101800160208101906109b49190614a41565b60ff16105b806109e4575082610160015161ffff16826101600160208101906109dd9190614a0b565b61ffff1614155b90505b92915050565b5f61ffff821115610a1b576040516306dfcc6560e41b81526010600482015260248101839052604401610145565b5090565b5f816060015163ffffffff1642610a3691906144ea565b5f805463ffffffff60b01b1916600160b01b63ffffffff841602179055610140830151909150610a665780610a75565b60c0820151610a759082614a5c565b5f805461014085015164ffffffffff60d01b19909116600160d01b63ffffffff949094169390930260ff60f01b191692909217600160f01b83151502179055610abe5742610acd565b60c0820151610acd9082614a5c565b6005601c6101000a81548163ffffffff021916908363ffffffff1602179055505050565b600554600160701b900460ff1615610b1c57604051631f3ef82160e31b815260040160405180910390fd5b5f54600160b01b900463ffffffff1642811115610b5d5760405163d222b98960e01b81526001600160401b03821660048201525f6024820152604401610145565b6004545f90610b7990600160c01b900463ffffffff16836144ea565b9050610b83611fe9565b6001600160a01b0316336001600160a01b031614158015610ba357508042105b15610bd257604051632dbc470160e01b81523360048201526001600160401b0382166024820152604401610145565b5050565b604080516080810182525f808252602082018190529181018290526060818101929092526005545f90600160c01b900461ffff16806001600160401b03811115610c2257610c22614844565b604051908082528060200260200182016040528015610c5b57816020015b610c4861413d565b815260200190600190039081610c405790505b5093505f5f5f5b83811015610f34575f610c9c601482610c7c6010866149ca565b81526020019081526020015f2054601084610c9791906149dd565b612015565b61ffff165f818152601260205260409020600181015491925090600160e01b900460ff16610cef576001810154610cdc906001600160a01b03165f612036565b610ce690886144ea565b96505050610f2c565b60018101546001600160a01b03165f908152600b6020908152604091829020825160808101845290546001600160601b038116825261ffff600160601b8204169282019290925260ff600160701b8304811615801594830194909452600160781b909204909116151560608201529080610d6b57508060600151155b80610d7e575082816020015161ffff1614155b80610d915750600282015463ffffffff16155b15610d9e57505050610f2c565b60018201545f90610db7906001600160a01b03166121ad565b60018401546040516342dfc16b60e11b81526001600160a01b0391821660048201529192505f91670de0b6b3a7640000917f000000000000000000000000000000000000000000000000000000000000000016906385bf82d690602401602060405180830381865afa158015610e2f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e539190614a78565b610e5d9084614a8f565b610e6791906149ca565b9050805f03610e7a575050505050610f2c565b604080516101208101825260018601546001600160a01b03811682526020820188905291810184905260608101839052600286015463ffffffff9081166080830152600160a01b83041660a0820152600160f01b820461ffff1660c0820152600160e81b90910460ff16151560e08201525f6101008201528c89610efd81614aa6565b9a5081518110610f0f57610f0f614abe565b6020908102919091010152610f2481886144ea565b965050505050505b600101610c62565b508186526040518060800160405280610f4c83612247565b6001600160801b031681525f602082015261ffff9384166040820152600554600160601b900490931660609093019290925250939491925050565b604080516080810182525f808252602082018190529181018290526060818101929092525060408051608081018252601a546001600160801b03811682526001600160401b03600160801b82048116602084015261ffff600160c01b83048116948401859052600160d01b90920490911660608301819052919291851015919081111561101657611016614844565b60405190808252806020026020018201604052801561104f57816020015b61103c61413d565b8152602001906001900390816110345790505b5092505f5b83518110156111cf575f818152601760209081526040808320815160a08101835290546001600160a01b03808216835261ffff600160a01b8304811684870190815263ffffffff600160b01b8504811686880152600160d01b850416606080870191909152600160f01b90940482166080860152888852601887529685902085519384018652546001600160801b03811684526001600160781b03600160801b8204168488015260ff600160f81b90910416151583860152845161012081018652845190921682529551909516938501939093529290810185611137575f611146565b5f858152601960205260409020545b8152602001825f01516001600160801b03168152602001836060015163ffffffff168152602001836040015163ffffffff168152602001836080015161ffff16815260200182604001511515815260200182602001516001600160781b03168152508684815181106111ba576111ba614abe565b60209081029190910101525050600101611054565b5050915091565b5f5f5f6111e488888861227a565b915091505f6111f7898460200151612397565b6001600160401b0381111561120e5761120e614844565b604051908082528060200260200182016040528015611237578160200160208202803683370190505b5090505f805b8c518110156112785761126e8d828151811061125b5761125b614abe565b60200260200101518287868c8c886123ed565b915060010161123d565b508086146112a3576040516393b2cee560e01b81526004810187905260248101829052604401610145565b5f84602001516001600160401b038111156112c0576112c0614844565b6040519080825280602002602001820160405280156112e9578160200160208202803683370190505b5090506112f8858d838761251b565b9550600560109054906101000a90046001600160401b03166001600160401b03167f0e1cfb62a5da6e5cdf7e23bb6748db5c19489e800a35e838de1abb5651d464958c87604001518460405161135093929190614b0c565b60405180910390a25050505050979650505050505050565b5f5b835181101561151c575f84828151811061138657611386614abe565b602002602001015190508215611483576040805160a0808201835283516001600160a01b03908116835260208086015161ffff9081168286019081529387015163ffffffff9081168688019081526080808a015183166060890190815260c08b015185169189019182525f8c8152601787528a812099518a5499519451925193518716600160f01b026001600160f01b03948716600160d01b0263ffffffff60d01b1994909716600160b01b029390931667ffffffffffffffff60b01b1995909716600160a01b026001600160b01b0319909a16981697909717979097179190911692909217171692909217909255838301516019909152919020555b60408051606080820183528301516001600160801b0390811682526101008401516001600160781b03908116602080850191825260e09096015115158486019081525f88815260189097529490952092518354955194511515600160f81b026001600160f81b0395909216600160801b026001600160f81b0319909616921691909117939093179190911691909117905560010161136a565b50508051601a8054602084015160408501516060909501516001600160801b039094166001600160c01b031990921691909117600160801b6001600160401b03909216919091021763ffffffff60c01b1916600160c01b61ffff9485160261ffff60d01b191617600160d01b939092169290920217905550565b5f5f600560109054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663329eb8396040518163ffffffff1660e01b81526004016020604051808303815f875af115801561160e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116329190614a78565b90505f6007548261164391906144ea565b90505f61271061165561070884614a8f565b61165f91906149ca565b90505f61271061167161100485614a8f565b61167b91906149ca565b90505f816116898486614b40565b6116939190614b40565b60208901519091505f9081906001600160401b031615611712576116cd85670de0b6b3a76400008c602001516001600160401b031661280b565b6001600160401b03808a165f9081526016602090815260409091208390558c0151919250611705911682670de0b6b3a764000061280b565b61170f90836144ea565b91505b61171e8b8986866128bb565b61172890836144ea565b91506117338b612ad1565b98508160065f82825461174691906144ea565b909155505f90506117578388614b40565b6007819055604080518a8152602081018a9052908101889052606081018790526080810186905260a0810182905260c081018490529091506001600160401b038a16907f3ed16b93d704b8877b03837eff0f64180658225bcca5f72fe57eaf55477d5d789060e00160405180910390a26117d28960016144fd565b600580546bffffffffffffffffffffffff60801b1916600160801b6001600160401b03939093169290920263ffffffff60c01b1916919091179055602154600160401b900460ff16801561183157506021546001600160401b03164210155b15611ce8575f601f604051806101e00160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601c9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600182015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160049054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160089054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201600c9054906101000a900461ffff1661ffff1661ffff16815260200160018201600e9054906101000a900461ffff1661ffff1661ffff1681526020016001820160109054906101000a900461ffff1661ffff1661ffff1681526020016001820160129054906101000a900460ff161515151581526020016001820160139054906101000a900461ffff1661ffff1661ffff1681526020016001820160159054906101000a900460ff1660ff1660ff1681526020016001820160169054906101000a900461ffff1661ffff1661ffff1681526020016001820160189054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508060035f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a8154816001600160601b0302191690836001600160601b031602179055506040820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601c6101000a81548163ffffffff021916908363ffffffff1602179055506080820151816001015f6101000a81548163ffffffff021916908363ffffffff16021790555060a08201518160010160046101000a81548163ffffffff021916908363ffffffff16021790555060c08201518160010160086101000a81548163ffffffff021916908363ffffffff16021790555060e082015181600101600c6101000a81548161ffff021916908361ffff16021790555061010082015181600101600e6101000a81548161ffff021916908361ffff1602179055506101208201518160010160106101000a81548161ffff021916908361ffff1602179055506101408201518160010160126101000a81548160ff0219169083151502179055506101608201518160010160136101000a81548161ffff021916908361ffff1602179055506101808201518160010160156101000a81548160ff021916908360ff1602179055506101a08201518160010160166101000a81548161ffff021916908361ffff1602179055506101c08201518160010160186101000a81548163ffffffff021916908363ffffffff1602179055509050505f602160086101000a81548160ff0219169083151502179055507f6d0661be217b5717e72f7f9dae7ed628d5637f66c97757a1a0f8d5bc5a68e65281604051611cde9190614b53565b60405180910390a1505b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c0820152611ddf90610a1f565b50505050505050505092915050565b805f03611df85750565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166363b0c4286040518163ffffffff1660e01b8152600401602060405180830381865afa158015611e55573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e799190614cb4565b6040805184815282151560208201529192507fc30ba5387d084e2148b2a91357a887e7b0496357514cfe33d9ff3033f676ace5910160405180910390a18015611f3557604051630852cd8d60e31b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906342966c68906024015f604051808303815f87803b158015611f1b575f5ffd5b505af1158015611f2d573d5f5f3e3d5ffd5b505050505050565b610bd27f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166361d027b36040518163ffffffff1660e01b8152600401602060405180830381865afa158015611f94573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611fb89190614ccf565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169084612f37565b6002545f906001600160a01b03168015612003578061200f565b5f546001600160a01b03165b91505090565b5f612021826010614a8f565b61202c9060f0614b40565b9290921c92915050565b6001600160a01b0382165f908152600b602052604081208054600160701b900460ff16612066575f9150506109e7565b60045481546127109161208e91600160601b90910461ffff16906001600160601b0316614a8f565b61209891906149ca565b8154909250829082905f906120b79084906001600160601b0316614cea565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550836001600160a01b03167f607adba66cff84b627e3537d1c17d088a98556bccd0536a2f3590c56329023d98484604051612116929190614d1d565b60405180910390a28054600160781b900460ff16156121a6576040516314c2559360e21b81526001600160a01b0385811660048301527f00000000000000000000000000000000000000000000000000000000000000001690635309564c906024015f604051808303815f87803b15801561218f575f5ffd5b505af11580156121a1573d5f5f3e3d5ffd5b505050505b5092915050565b6001600160a01b0381165f908152601c602090815260408083208151808301909252546001600160801b03811682526001600160401b03600160801b91829004811693830193909352600554919261220b92919091041660016144fd565b6001600160401b031681602001516001600160401b03160361223757516001600160801b031692915050565b61224083612f71565b9392505050565b5f6001600160801b03821115610a1b576040516306dfcc6560e41b81526080600482015260248101839052604401610145565b6122b86040518060e001604052805f81526020015f815260200160608152602001606081526020016060815260200160608152602001606081525090565b60605f6122c66008856149ca565b90506122d2868261302c565b9250806001600160401b038111156122ec576122ec614844565b604051908082528060200260200182016040528015612315578160200160208202803683370190505b5060408401516060850151600a602052919350905f5b83811015612382578060031b88013560c01c8160051b6020850101528089015f5260405f2054808260051b60208801015260ff8160301c166123795763ffffffff81168260051b6020850101525b5060010161232b565b5061238c85613206565b505050935093915050565b5f81156123e5576123a96010846149ca565b601060016123b785876144ea565b6123c19190614b40565b6123cb91906149ca565b6123d59190614b40565b6123e09060016144ea565b6109e4565b505f92915050565b845160208601515f9190829061240390836144ea565b9050808a60c001511015612418575060c08901515b818111612429578392505050612510565b5f61243d8787878e60c0015187878e61329e565b945090508584111561246c576040516393b2cee560e01b81526004810187905260248101859052604401610145565b6020808c01515f9081526012909152604090205481146124af5760208b0151604051630d7d552b60e21b8152610145918c91600401918252602082015260400190565b6124e18960405180606001604052808e6060015181526020018e6080015181526020018e60a001518152508a8561335a565b8b610100018181516124f391906144ea565b90525060e08b01511561250c5761250c8b8a858561356e565b5050505b979650505050505050565b604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b820483166101608601819052600160a81b8304909116610180860152600160b01b82049092166101a085015293909304166101c082015284515f926001600160801b0390911690839061262a9083906136de565b600554909150600160801b90046001600160401b03165f805b8a602001518110156127db578a60600151818151811061266557612665614abe565b60200260200101515f1480612678575084155b1561270a578a60400151818151811061269357612693614abe565b60200260200101515f14612705578a516126ae9082906144ea565b8b6040015182815181106126c4576126c4614abe565b60209081029190910101516040516333c106c560e01b8152600481019290925260248201525f6044820181905260648201526084810185905260a401610145565b6127d3565b6127168b8287876136ee565b5f856127228d846137ab565b61272c91906149ca565b9050808a838151811061274157612741614abe565b602090810291909101015261275681846144ea565b92505f5f861180156127855750858d60a00151848151811061277a5761277a614abe565b602002602001015110155b90506127c4838e5f015161279991906144ea565b8b85815181106127ab576127ab614abe565b602002602001015184848c610180015160ff168a613856565b6127ce908a6144ea565b985050505b600101612643565b506127e5816139e5565b896020018181516127f691906144fd565b6001600160401b03169052506108b08a613a1a565b5f5f5f6128188686613b2b565b91509150815f0361283c57838181612832576128326149b6565b0492505050612240565b818411612853576128536003851502601118613b47565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f80805b8651811015612923578681815181106128da576128da614abe565b602002602001015161010001518782815181106128f9576128f9614abe565b60200260200101516060015161290f9190614a8f565b61291990836144ea565b91506001016128bf565b50805f03612934575f915050612ac9565b5f5b8651811015612ac6575f87828151811061295257612952614abe565b602002602001015190505f81610100015182606001516129729190614a8f565b90505f61298088838761280b565b90505f61298e88848861280b565b90505f6129b0855f015186604001518d60016129aa91906144fd565b85613b58565b90506129bc8183614b40565b6129c690846144ea565b925082156129da5784516129da9084613de2565b6129e481846144ea565b6129ee90896144ea565b9750670de0b6b3a764000085610100015161ffff612a0c9190614a8f565b612a1691906149ca565b6020808701515f908152600a8252604090819020805461ffff949094166401000000000265ffff00000000199094169390931790925586516060808901516101008a01518551918252938101939093529282018690529181018390526001600160a01b03909116906001600160401b038d16907f34fab1755407cee16aec7990ed44237d141cbdb5df37961be06512b01a9df5139060800160405180910390a35050505050806001019050612936565b50505b949350505050565b80515f90808203612ae457505f92915050565b5f816001600160401b03811115612afd57612afd614844565b604051908082528060200260200182016040528015612b26578160200160208202803683370190505b5090505f826001600160401b03811115612b4257612b42614844565b604051908082528060200260200182016040528015612b6b578160200160208202803683370190505b5090505f5b83811015612c0b57858181518110612b8a57612b8a614abe565b60200260200101515f0151838281518110612ba757612ba7614abe565b60200260200101906001600160a01b031690816001600160a01b031681525050858181518110612bd957612bd9614abe565b60200260200101516101000151828281518110612bf857612bf8614abe565b6020908102919091010152600101612b70565b50600354604051636aabe8f360e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691636aabe8f391612c6b9186918691600160e01b900463ffffffff1690600401614d47565b5f604051808303815f87803b158015612c82575f5ffd5b505af1158015612c94573d5f5f3e3d5ffd5b5050604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b82048316610160860152600160a81b820416610180850152600160b01b81049091166101a08401819052939004166101c082015292505f915061271090612da190670de0b6b3a764000090614a8f565b612dab91906149ca565b90505f5b85811015612f2c575f600a5f8a8481518110612dcd57612dcd614abe565b60200260200101516020015181526020019081526020015f2090505f837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166385bf82d6898681518110612e2b57612e2b614abe565b60200260200101516040518263ffffffff1660e01b8152600401612e5e91906001600160a01b0391909116815260200190565b602060405180830381865afa158015612e79573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612e9d9190614a78565b10612ea8575f612ebf565b8154612ebf90600160381b900460ff166001614db5565b905084610180015160ff168160ff1610612f0757612ef7878481518110612ee857612ee8614abe565b60200260200101516002612036565b612f01908a6144ea565b98505f90505b815460ff909116600160381b0267ff0000000000000019909116179055600101612daf565b505050505050919050565b612f448383836001613e12565b612f6c57604051635274afe760e01b81526001600160a01b0384166004820152602401610145565b505050565b6001600160a01b0381165f908152600b60209081526040808320815160808101835290546001600160601b038116825261ffff600160601b8204169382019390935260ff600160701b84048116158015938301849052600160781b909404161515606082015291839190612fe6575081606001515b612ff0575f612ff3565b81515b6001600160a01b0385165f908152600d60205260409020546001600160601b03919091169150612ac9906001600160801b0316826144ea565b61306a6040518060e001604052805f81526020015f815260200160608152602001606081526020016060815260200160608152602001606081525090565b82815260208101829052816001600160401b0381111561308c5761308c614844565b6040519080825280602002602001820160405280156130b5578160200160208202803683370190505b506040820152816001600160401b038111156130d3576130d3614844565b6040519080825280602002602001820160405280156130fc578160200160208202803683370190505b50606082015261310d826003614a8f565b6131189060036144ea565b6001600160401b0381111561312f5761312f614844565b604051908082528060200260200182016040528015613158578160200160208202803683370190505b506080820152816001600160401b0381111561317657613176614844565b60405190808252806020026020018201604052801561319f578160200160208202803683370190505b5060a08201526131af8383612397565b6131ba906002614a8f565b6001600160401b038111156131d1576131d1614844565b6040519080825280602002602001820160405280156131fa578160200160208202803683370190505b5060c082015292915050565b80516020820151602060408401510160206060850151016020608086015101602060c0870151016010860695505f5b8581101561329457600581901b8581015160608302850152840151801561328b578188018060041c60061b840161ffff600f831660041b60f0031b81511781526020810151831115613288578260208201525b50505b50600101613235565b5050505050505050565b5f5f838610156132ac578593505b608080860490607f86810182900491908901045f6101008085029060028c02908502106132dc578a6002026132e2565b61010084025b0390508c8b016132f58186868686613e74565b965083830360200282866020028e01010195505f60108b81613319576133196149b6565b04905061010086026020808802840190830201035f8260105f198e0104036001016020029050808260208d0137505050505050505097509795505050505050565b5f84515f52602060608601510160205260105f51065f5103604085015160208501805f83115f51871116156133a157600160105f510460106001890304030160051b820190505b602060c08a0151016060855f510302602060808c0151010389515b83851015613457578251866020850151106133df576133dc878983613463565b90505b896010890111156133f6575f19888b0360041b1c19165b808651169050825f5189101561341c57885f5103828160041b1b92506060810285019150505b81156134375761343260208e01518483856134ad565b8a0199505b5050602085019450604083019250601087019650610600820191506133bc565b50505050505050612ac9565b5f5f5b60108110156134a55761ffff8160041b60f0031b8084161561349c57855f518387010360051b6020510151101561349c57918217915b50600101613466565b509392505050565b5f8360801b5b82156135655785670de0b6b3a76400008460f01c020484518082105f81146134ea57604087018051898502019052938201936134ff565b6020870180518385118a028601019052938101935b5087670de0b6b3a764000061ffff8760e01c1602049150606086015190508082105f811461353c5760a08701805189850201905293820193613551565b6080870180518385118a028601019052938101935b5050508260201b925060c0840193506134b3565b50949350505050565b5f61357b610100846149dd565b6135859084614b40565b90505b818110156136d7575f6013816135a0610100856149ca565b60208901516135b0906004614a8f565b6135ba91906144ea565b81526020019081526020015f20549050805f036135d757506136c4565b5f8483106135e557826135e7565b845b90505f846135f7856101006144ea565b1161360d57613608846101006144ea565b61360f565b845b9050815b818110156136bf57613627610100826149dd565b84901c600116156136b75760608801515f906136438984614b40565b8151811061365357613653614abe565b60200260200101519050805f148061366f57508960a001518110155b1561367a57506136b7565b60608a015160a08a015161368e8a85614b40565b8151811061369e5761369e614abe565b602002602001018181516136b291906144ea565b905250505b600101613613565b505050505b6136d0610100826144ea565b9050613588565b5050505050565b5f6109e483836127106001613eeb565b5f8460400151848151811061370557613705614abe565b602002602001015190505f815f14613726576137218686613f36565b613728565b835b90505f6137358787613f78565b9050838210806137455750838110155b806137575750670de0b6b3a764000083115b156137a25786516137699087906144ea565b6040516333c106c560e01b815260048101919091526024810184905260448101839052606481018290526084810185905260a401610145565b50505050505050565b5f608083608001518360036137c09190614a8f565b6137cb9060016144ea565b815181106137db576137db614abe565b6020026020010151901c83608001518360036137f79190614a8f565b8151811061380757613807614abe565b60200260200101516138199190614a8f565b6080840151613829846003614a8f565b6138349060026144ea565b8151811061384457613844614abe565b60200260200101516109e491906144ea565b6040805160e0808201835263ffffffff88168252602088811c61ffff1690830152603088901c60ff908116151583850152603889901c1660608301529187901c6001600160601b0316608082015260a087811c6001600160401b0316908201529086901c60c08201525f905f6138cb82613fbe565b82608001516001600160601b03166138e391906144ea565b90506001600160601b03811115613918575f89815260096020526040902054613915906001600160a01b031682613de2565b505f5b6001600160601b03811660808301526001600160401b0380881660a0840152613942908516614048565b63ffffffff1660c08301525f86613959575f61396c565b606083015161396c9060ff1660016144ea565b905085811061399d575f8a815260096020526040902054613997906001600160a01b03166001612036565b93505f90505b60ff81166060840152670de0b6b3a76400006139bb8961ffff614a8f565b6139c591906149ca565b61ffff1660208401526139d88a84614078565b5050509695505050505050565b5f6001600160401b03821115610a1b57604080516306dfcc6560e41b8152600481019190915260248101839052604401610145565b805160208201515f90613a2d90836144ea565b60408401519091505f613a416010856149dd565b613a4b9085614b40565b90505b828110156136d7575f601581613a656010856149ca565b81526020019081526020015f205490505f858310613a835782613a85565b855b90505f85613a948560106144ea565b10613a9f5785613aaa565b613aaa8460106144ea565b9050815b81811015613af45784810360041b60f003670de0b6b3a764000061ffff60018b85030160051b890151020480821b61ffff831b1987161795505050600181019050613aae565b508260155f613b046010886149ca565b815260208101919091526040015f205550613b24915060109050826144ea565b9050613a4e565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b0384165f818152600d602090815260408083208151808301835290546001600160801b038082168352600160801b91829004811683860152868652601d85528386208451808601865290548083168252929092046001600160401b031682860152958552600e9093529083205482519394919390911615801590613bf95750856001600160401b031682602001516001600160401b031614155b15613c96576001600160a01b0388165f908152601e60209081526040808320858301516001600160401b031684529091528120549003613c6e57613c3e8160016144ea565b6001600160a01b0389165f908152601e60209081526040808320868301516001600160401b031684529091529020555b6001600160a01b0388165f908152601d6020526040812080546001600160c01b031916905582525b5f866001600160401b031683602001516001600160401b031614613cba575f613cbd565b82515b8460200151613ccc9190614dce565b6001600160801b031690508015801590613ce557508715155b15613d6b575f613d0f82865f01516001600160801b031687602001516001600160801b031661280b565b905088811115613d1c5750875b613d2787828b61280b565b9550613d43866ec097ce7bc90715b34b9f10000000008461280b565b613d4d90846144ea565b6001600160a01b038b165f908152600e602052604090208190559250505b82516001600160801b031615801590613d995750866001600160401b031683602001516001600160401b0316145b15613dd657613da98260016144ea565b6001600160a01b038a165f908152601e602090815260408083206001600160401b038c1684529091529020555b50505050949350505050565b6001600160a01b0382165f9081526011602052604081208054839290613e099084906144ea565b90915550505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613e68578383151615613e5c573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f60405161010081018660051b88018760051b89833786860360051b8582018860051b840137875b87811015613ed65761010089820302808703610100811115613ebd57506101005b8082850187378520600583901b85015250600101613e9c565b50508460051b81209250505095945050505050565b5f613f18613ef883614097565b8015613f1357505f8480613f0e57613f0e6149b6565b868809115b151590565b613f2386868661280b565b613f2d91906144ea565b95945050505050565b5f60808360800151836003613f4b9190614a8f565b613f569060016144ea565b81518110613f6657613f66614abe565b6020026020010151901c905092915050565b60808201515f90613f8a836003614a8f565b613f959060016144ea565b81518110613fa557613fa5614abe565b60200260200101516001600160801b0316905092915050565b5f8160a001516001600160401b03165f14806140025750600560109054906101000a90046001600160401b03166001600160401b03168260c0015163ffffffff1610155b1561400e57505f919050565b60a082015160c083015163ffffffff165f908152601660205260409020546109e7916001600160401b031690670de0b6b3a764000061280b565b5f63ffffffff821115610a1b576040516306dfcc6560e41b81526020600482015260248101839052604401610145565b5f828152600a602052604081209061408f836140c3565b909155505050565b5f60028260038111156140ac576140ac614d09565b6140b69190614ded565b60ff166001149050919050565b5f60e08260c0015163ffffffff16901b60a08360a001516001600160401b0316901b604084608001516001600160601b0316901b6038856060015160ff16901b60308660400151614114575f614117565b60015b901b6020876020015161ffff16901b875f015163ffffffff161717171717179050919050565b6040518061012001604052805f6001600160a01b031681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f81525090565b5f6101e0828403121561419c575f5ffd5b50919050565b5f6101e082840312156141b3575f5ffd5b6109e4838361418b565b6001600160a01b03811681146141d1575f5ffd5b50565b5f5f5f61022084860312156141e7575f5ffd5b8335925060208401356141f9816141bd565b9150614208856040860161418b565b90509250925092565b5f5f83601f840112614221575f5ffd5b5081356001600160401b03811115614237575f5ffd5b60208301915083602082850101111561424e575f5ffd5b9250929050565b5f5f5f5f60408587031215614268575f5ffd5b84356001600160401b0381111561427d575f5ffd5b61428987828801614211565b90955093505060208501356001600160401b038111156142a7575f5ffd5b6142b387828801614211565b95989497509550505050565b6001600160601b03811681146141d1575f5ffd5b80356142de816142bf565b919050565b63ffffffff811681146141d1575f5ffd5b80356142de816142e3565b61ffff811681146141d1575f5ffd5b80356142de816142ff565b80151581146141d1575f5ffd5b80356142de81614319565b60ff811681146141d1575f5ffd5b80356142de81614331565b61436482614357836142d3565b6001600160601b03169052565b614370602082016142d3565b6001600160601b0316602083015261438a604082016142f4565b63ffffffff1660408301526143a1606082016142f4565b63ffffffff1660608301526143b8608082016142f4565b63ffffffff1660808301526143cf60a082016142f4565b63ffffffff1660a08301526143e660c082016142f4565b63ffffffff1660c08301526143fd60e0820161430e565b61ffff1660e0830152614413610100820161430e565b61ffff1661010083015261442a610120820161430e565b61ffff166101208301526144416101408201614326565b1515610140830152614456610160820161430e565b61ffff1661016083015261446d610180820161433f565b60ff166101808301526144836101a0820161430e565b61ffff166101a083015261449a6101c082016142f4565b63ffffffff81166101c0840152505050565b6101e081016109e7828461434a565b5f602082840312156144cb575f5ffd5b8151612240816142e3565b634e487b7160e01b5f52601160045260245ffd5b808201808211156109e7576109e76144d6565b6001600160401b0381811683821601908111156109e7576109e76144d6565b5f81356109e7816142bf565b5f81356109e7816142e3565b5f81356109e7816142ff565b5f81356109e781614319565b5f81356109e781614331565b6145866145648361451c565b82546bffffffffffffffffffffffff19166001600160601b0391909116178255565b6145c96145956020840161451c565b8280546bffffffffffffffffffffffff60601b191660609290921b6bffffffffffffffffffffffff60601b16919091179055565b6145fc6145d860408401614528565b82805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055565b61462f61460b60608401614528565b8280546001600160e01b031660e09290921b6001600160e01b031916919091179055565b6001810161465961464260808501614528565b825463ffffffff191663ffffffff91909116178255565b61468a61466860a08501614528565b825467ffffffff00000000191660209190911b67ffffffff0000000016178255565b6146c361469960c08501614528565b82546bffffffff0000000000000000191660409190911b6bffffffff000000000000000016178255565b6146f26146d260e08501614534565b82805461ffff60601b191660609290921b61ffff60601b16919091179055565b6147226147026101008501614534565b82805461ffff60701b191660709290921b61ffff60701b16919091179055565b6147526147326101208501614534565b82805461ffff60801b191660809290921b61ffff60801b16919091179055565b6147806147626101408501614540565b82805460ff60901b191691151560901b60ff60901b16919091179055565b6147b06147906101608501614534565b82805461ffff60981b191660989290921b61ffff60981b16919091179055565b6147de6147c0610180850161454c565b82805460ff60a81b191660a89290921b60ff60a81b16919091179055565b61480e6147ee6101a08501614534565b82805461ffff60b01b191660b09290921b61ffff60b01b16919091179055565b612f6c6145d86101c08501614528565b610200810161482d828561434a565b6001600160401b0383166101e08301529392505050565b634e487b7160e01b5f52604160045260245ffd5b6040516101e081016001600160401b038111828210171561488757634e487b7160e01b5f52604160045260245ffd5b60405290565b5f6101e082840312801561489f575f5ffd5b506148a8614858565b6148b1836142d3565b81526148bf602084016142d3565b60208201526148d0604084016142f4565b60408201526148e1606084016142f4565b60608201526148f2608084016142f4565b608082015261490360a084016142f4565b60a082015261491460c084016142f4565b60c082015261492560e0840161430e565b60e0820152614937610100840161430e565b61010082015261494a610120840161430e565b61012082015261495d6101408401614326565b610140820152614970610160840161430e565b610160820152614983610180840161433f565b6101808201526149966101a0840161430e565b6101a08201526149a96101c084016142f4565b6101c08201529392505050565b634e487b7160e01b5f52601260045260245ffd5b5f826149d8576149d86149b6565b500490565b5f826149eb576149eb6149b6565b500690565b5f60208284031215614a00575f5ffd5b8135612240816142bf565b5f60208284031215614a1b575f5ffd5b8135612240816142ff565b5f60208284031215614a36575f5ffd5b8135612240816142e3565b5f60208284031215614a51575f5ffd5b813561224081614331565b63ffffffff82811682821603908111156109e7576109e76144d6565b5f60208284031215614a88575f5ffd5b5051919050565b80820281158282048414176109e7576109e76144d6565b5f60018201614ab757614ab76144d6565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b5f8151808452602084019350602083015f5b82811015614b02578151865260209586019590910190600101614ae4565b5093949350505050565b838152606060208201525f614b246060830185614ad2565b8281036040840152614b368185614ad2565b9695505050505050565b818103818111156109e7576109e76144d6565b81516001600160601b031681526101e081016020830151614b7f60208401826001600160601b03169052565b506040830151614b97604084018263ffffffff169052565b506060830151614baf606084018263ffffffff169052565b506080830151614bc7608084018263ffffffff169052565b5060a0830151614bdf60a084018263ffffffff169052565b5060c0830151614bf760c084018263ffffffff169052565b5060e0830151614c0d60e084018261ffff169052565b50610100830151614c2561010084018261ffff169052565b50610120830151614c3d61012084018261ffff169052565b50610140830151614c5361014084018215159052565b50610160830151614c6b61016084018261ffff169052565b50610180830151614c8261018084018260ff169052565b506101a0830151614c9a6101a084018261ffff169052565b506101c08301516121a66101c084018263ffffffff169052565b5f60208284031215614cc4575f5ffd5b815161224081614319565b5f60208284031215614cdf575f5ffd5b8151612240816141bd565b6001600160601b0382811682821603908111156109e7576109e76144d6565b634e487b7160e01b5f52602160045260245ffd5b6040810160038410614d3d57634e487b7160e01b5f52602160045260245ffd5b9281526020015290565b606080825284519082018190525f9060208601906080840190835b81811015614d895783516001600160a01b0316835260209384019390920191600101614d62565b50508381036020850152614d9d8187614ad2565b9250505063ffffffff83166040830152949350505050565b60ff81811683821601908111156109e7576109e76144d6565b6001600160801b0382811682821603908111156109e7576109e76144d6565b5f60ff831680614dff57614dff6149b6565b8060ff8416069150509291505056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x01 `@R4\x80\x15a\0\x10W__\xFD[P`@QaO~8\x03\x80aO~\x839\x81\x01`@\x81\x90Ra\0/\x91a\0\x85V[`\x01`\x01`\xA0\x1B\x03\x93\x84\x16`\x80R\x91\x83\x16`\xA0R\x82\x16`\xC0R\x16`\xE0R_\x80Tc\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16c\xFF\xFF\xFF\xFF`\xB0\x1B\x17\x90U0a\x01\0Ra\0\xE1V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\0\x82W__\xFD[PV[____`\x80\x85\x87\x03\x12\x15a\0\x98W__\xFD[\x84Qa\0\xA3\x81a\0nV[` \x86\x01Q\x90\x94Pa\0\xB4\x81a\0nV[`@\x86\x01Q\x90\x93Pa\0\xC5\x81a\0nV[``\x86\x01Q\x90\x92Pa\0\xD6\x81a\0nV[\x93\x96\x92\x95P\x90\x93PPV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0QaN\x0Ea\x01p_9_\x81\x81`\xDE\x01R\x81\x81a\x05\x8F\x01Ra\x06\xE2\x01R_a\x15\xB3\x01R_\x81\x81a\r\xEA\x01R\x81\x81a!N\x01R\x81\x81a,\x1E\x01Ra-\xEC\x01R_\x81\x81a\x1E\xD2\x01Ra\x1F\xC2\x01R_\x81\x81`\x82\x01R\x81\x81a\x01\x90\x01R\x81\x81a\x02\x0C\x01R\x81\x81a\x03\x1F\x01R\x81\x81a\x05\xD9\x01R\x81\x81a\x1D\xFB\x01Ra\x1F:\x01RaN\x0E_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\0IW_5`\xE0\x1C\x80b#\x1D%\x14a\0MW\x80c\n<4\x95\x14a\0bW\x80c{\x109\x99\x14a\0uW\x80c\xC4*\xF7\x10\x14a\0\xB1W[__\xFD[a\0`a\0[6`\x04aA\xA2V[a\0\xD4V[\0[a\0`a\0p6`\x04aA\xD4V[a\x05\x85V[`@Q`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\0\xC4a\0\xBF6`\x04aBUV[a\x06\xD7V[`@Q\x90\x15\x15\x81R` \x01a\0\xA8V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x01\x1DW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x01NW`@Qc$Z\xEC\xD3`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x01yW`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@Qc\xC3c\x1E\xA9`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xC3c\x1E\xA9\x90a\x01\xC5\x90\x84\x90`\x04\x01aD\xACV[_`@Q\x80\x83\x03\x81\x86\x80;\x15\x80\x15a\x01\xDBW__\xFD[PZ\xFA\x15\x80\x15a\x01\xEDW=__>=_\xFD[PPPP_`\x05_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cnGXa`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x02fW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x02\x8A\x91\x90aD\xBBV[c\xFF\xFF\xFF\xFF\x16\x90P`\x01`\x01`@\x1B\x03\x82\x16\x15\x80\x15\x90a\x02\xBBWPa\x02\xB8\x81`\x01`\x01`@\x1B\x03\x84\x16aD\xEAV[B\x10[\x15a\x02\xF8Wa\x02\xD3\x81`\x01`\x01`@\x1B\x03\x84\x16aD\xEAV[`@Qc-d\x08\xCB`\xE2\x1B\x81R`\x01`\x01`@\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x01EV[__`\x16\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x90P\x80`\x01`\x01`@\x1B\x03\x16\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xE0\xB1ed`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x03yW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x03\x9D\x91\x90aD\xBBV[a\x03\xAD\x90c\xFF\xFF\xFF\xFF\x16BaD\xEAV[\x10a\x03\xD6W`@Qc\x7FMq\t`\xE1\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x01EV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01R_a\x04\xCF\x82\x87a\x08\xBDV[a\x04\xD9W_a\x04\xDFV[\x81`\xA0\x01Q[a\x04\xEF\x90c\xFF\xFF\xFF\xFF\x16BaD\xFDV[\x90P\x85`\x1Fa\x04\xFE\x82\x82aEXV[PP`!\x80T`\x01`@\x1B`\x01`\x01`@\x1B\x03\x84\x81\x16h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16\x92\x90\x92\x17\x17\x90\x91U`\x05\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16B\x90\x92\x16\x91\x90\x91\x17\x90U`@Q\x7F\xFE\xCE^\x87\xA4\\\xABk\xE8\xE0\xC7^k\xC7\xB0\t\x11\x83y\x9D.\xDA\x95\xF75T\x95\xC0\xCC\xFFc\xA8\x90a\x05u\x90\x88\x90\x84\x90aH\x1EV[`@Q\x80\x91\x03\x90\xA1PPPPPPV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x05\xCEW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x15\x80a\x06\x13WP_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x15\x15[\x15a\x063W`@Qc1\x8D\x14\xA5`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01a\x01EV[_\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90Ua\x06V\x83a\t\xEDV[_\x80Ta\xFF\xFF\x92\x90\x92\x16`\x01`\xA0\x1B\x02a\xFF\xFF`\xA0\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90U\x80`\x03a\x06\x83\x82\x82aEXV[Pa\x06\x9D\x90Pa\x06\x986\x83\x90\x03\x83\x01\x83aH\x8DV[a\n\x1FV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x84\x90\x7F\xA7\xA5\xB8\x0B\xCD;\xEFvRN\xC8\x05Y\xF1\xAD\x1924@\x89\xB3\x16\xA7\xBEa\x9E\xD29V\xB5\xADl\x90_\x90\xA3PPPV[_`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x07!W`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x07)a\n\xF1V[`\x05Ta\xFF\xFF`\x01`\xD0\x1B\x90\x91\x04\x16``a\x07c`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x91\x90\x91R\x90V[_\x80a\x07p`\x08\x8AaI\xCAV[\x90P\x84_\x03a\x07\x8DWa\x07\x81a\x0B\xD6V[\x91\x95P\x93P\x91Pa\x07\xA5V[a\x07\x9Fa\x07\x9A\x82\x87aD\xEAV[a\x0F\x87V[\x90\x94P\x92P[a\x07\xB0`\x08\x8AaI\xDDV[\x15\x15\x80a\x07\xCDWP``\x83\x01Qa\xFF\xFF\x16a\x07\xCB\x82\x87aD\xEAV[\x11[\x80a\x07\xE8WP\x80\x15\x80\x15a\x07\xE8WP\x82``\x01Qa\xFF\xFF\x16\x85\x10[\x15a\x08 W``\x83\x01Q`@Qca''G`\xE0\x1B\x81R`\x04\x81\x01\x8B\x90R`$\x81\x01\x87\x90Ra\xFF\xFF\x90\x91\x16`D\x82\x01R`d\x01a\x01EV[a\x08/\x84\x84\x87\x8D\x8D\x8D\x8Da\x11\xD6V[a\x089\x90\x83aD\xEAV[``\x84\x01Q\x90\x92Pa\xFF\xFF\x16a\x08O\x82\x87aD\xEAV[\x10\x15a\x08\x8CWa\x08a\x84\x84\x87\x15a\x13hV[a\x08k\x81\x86aD\xEAV[`\x05`\x1Aa\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x08\xA7V[a\x08\x96\x84\x84a\x15\x96V[a\x08\xA0\x90\x83aD\xEAV[\x91P`\x01\x95P[a\x08\xB0\x82a\x1D\xEEV[PPPPP\x94\x93PPPPV[\x81Q_\x90`\x01`\x01``\x1B\x03\x16a\x08\xD7` \x84\x01\x84aI\xF0V[`\x01`\x01``\x1B\x03\x16\x11\x80a\t\x13WP\x82` \x01Q`\x01`\x01``\x1B\x03\x16\x82` \x01` \x81\x01\x90a\t\x08\x91\x90aI\xF0V[`\x01`\x01``\x1B\x03\x16\x11[\x80a\t;WP\x82`\xE0\x01Qa\xFF\xFF\x16\x82`\xE0\x01` \x81\x01\x90a\t5\x91\x90aJ\x0BV[a\xFF\xFF\x16\x11[\x80a\teWP\x82a\x01\xA0\x01Qa\xFF\xFF\x16\x82a\x01\xA0\x01` \x81\x01\x90a\t_\x91\x90aJ\x0BV[a\xFF\xFF\x16\x11[\x80a\t\x91WP\x82`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x82`\xA0\x01` \x81\x01\x90a\t\x89\x91\x90aJ&V[c\xFF\xFF\xFF\xFF\x16\x11[\x80a\t\xB9WP\x82a\x01\x80\x01Q`\xFF\x16\x82a\x01\x80\x01` \x81\x01\x90a\t\xB4\x91\x90aJAV[`\xFF\x16\x10[\x80a\t\xE4WP\x82a\x01`\x01Qa\xFF\xFF\x16\x82a\x01`\x01` \x81\x01\x90a\t\xDD\x91\x90aJ\x0BV[a\xFF\xFF\x16\x14\x15[\x90P[\x92\x91PPV[_a\xFF\xFF\x82\x11\x15a\n\x1BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x10`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[P\x90V[_\x81``\x01Qc\xFF\xFF\xFF\xFF\x16Ba\n6\x91\x90aD\xEAV[_\x80Tc\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1Bc\xFF\xFF\xFF\xFF\x84\x16\x02\x17\x90Ua\x01@\x83\x01Q\x90\x91Pa\nfW\x80a\nuV[`\xC0\x82\x01Qa\nu\x90\x82aJ\\V[_\x80Ta\x01@\x85\x01Qd\xFF\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x90\x91\x16`\x01`\xD0\x1Bc\xFF\xFF\xFF\xFF\x94\x90\x94\x16\x93\x90\x93\x02`\xFF`\xF0\x1B\x19\x16\x92\x90\x92\x17`\x01`\xF0\x1B\x83\x15\x15\x02\x17\x90Ua\n\xBEWBa\n\xCDV[`\xC0\x82\x01Qa\n\xCD\x90\x82aJ\\V[`\x05`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPPPV[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x0B\x1CW`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16B\x81\x11\x15a\x0B]W`@Qc\xD2\"\xB9\x89`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R_`$\x82\x01R`D\x01a\x01EV[`\x04T_\x90a\x0By\x90`\x01`\xC0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x83aD\xEAV[\x90Pa\x0B\x83a\x1F\xE9V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\x0B\xA3WP\x80B\x10[\x15a\x0B\xD2W`@Qc-\xBCG\x01`\xE0\x1B\x81R3`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x82\x16`$\x82\x01R`D\x01a\x01EV[PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92R`\x05T_\x90`\x01`\xC0\x1B\x90\x04a\xFF\xFF\x16\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\x0C\"Wa\x0C\"aHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0C[W\x81` \x01[a\x0CHaA=V[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x0C@W\x90P[P\x93P___[\x83\x81\x10\x15a\x0F4W_a\x0C\x9C`\x14\x82a\x0C|`\x10\x86aI\xCAV[\x81R` \x01\x90\x81R` \x01_ T`\x10\x84a\x0C\x97\x91\x90aI\xDDV[a \x15V[a\xFF\xFF\x16_\x81\x81R`\x12` R`@\x90 `\x01\x81\x01T\x91\x92P\x90`\x01`\xE0\x1B\x90\x04`\xFF\x16a\x0C\xEFW`\x01\x81\x01Ta\x0C\xDC\x90`\x01`\x01`\xA0\x1B\x03\x16_a 6V[a\x0C\xE6\x90\x88aD\xEAV[\x96PPPa\x0F,V[`\x01\x81\x01T`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x0B` \x90\x81R`@\x91\x82\x90 \x82Q`\x80\x81\x01\x84R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x92\x82\x01\x92\x90\x92R`\xFF`\x01`p\x1B\x83\x04\x81\x16\x15\x80\x15\x94\x83\x01\x94\x90\x94R`\x01`x\x1B\x90\x92\x04\x90\x91\x16\x15\x15``\x82\x01R\x90\x80a\rkWP\x80``\x01Q\x15[\x80a\r~WP\x82\x81` \x01Qa\xFF\xFF\x16\x14\x15[\x80a\r\x91WP`\x02\x82\x01Tc\xFF\xFF\xFF\xFF\x16\x15[\x15a\r\x9EWPPPa\x0F,V[`\x01\x82\x01T_\x90a\r\xB7\x90`\x01`\x01`\xA0\x1B\x03\x16a!\xADV[`\x01\x84\x01T`@QcB\xDF\xC1k`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x04\x82\x01R\x91\x92P_\x91g\r\xE0\xB6\xB3\xA7d\0\0\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\x85\xBF\x82\xD6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0E/W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0ES\x91\x90aJxV[a\x0E]\x90\x84aJ\x8FV[a\x0Eg\x91\x90aI\xCAV[\x90P\x80_\x03a\x0EzWPPPPPa\x0F,V[`@\x80Qa\x01 \x81\x01\x82R`\x01\x86\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x82R` \x82\x01\x88\x90R\x91\x81\x01\x84\x90R``\x81\x01\x83\x90R`\x02\x86\x01Tc\xFF\xFF\xFF\xFF\x90\x81\x16`\x80\x83\x01R`\x01`\xA0\x1B\x83\x04\x16`\xA0\x82\x01R`\x01`\xF0\x1B\x82\x04a\xFF\xFF\x16`\xC0\x82\x01R`\x01`\xE8\x1B\x90\x91\x04`\xFF\x16\x15\x15`\xE0\x82\x01R_a\x01\0\x82\x01R\x8C\x89a\x0E\xFD\x81aJ\xA6V[\x9AP\x81Q\x81\x10a\x0F\x0FWa\x0F\x0FaJ\xBEV[` \x90\x81\x02\x91\x90\x91\x01\x01Ra\x0F$\x81\x88aD\xEAV[\x96PPPPPP[`\x01\x01a\x0CbV[P\x81\x86R`@Q\x80`\x80\x01`@R\x80a\x0FL\x83a\"GV[`\x01`\x01`\x80\x1B\x03\x16\x81R_` \x82\x01Ra\xFF\xFF\x93\x84\x16`@\x82\x01R`\x05T`\x01``\x1B\x90\x04\x90\x93\x16``\x90\x93\x01\x92\x90\x92RP\x93\x94\x91\x92PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92RP`@\x80Q`\x80\x81\x01\x82R`\x1AT`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16` \x84\x01Ra\xFF\xFF`\x01`\xC0\x1B\x83\x04\x81\x16\x94\x84\x01\x85\x90R`\x01`\xD0\x1B\x90\x92\x04\x90\x91\x16``\x83\x01\x81\x90R\x91\x92\x91\x85\x10\x15\x91\x90\x81\x11\x15a\x10\x16Wa\x10\x16aHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x10OW\x81` \x01[a\x10<aA=V[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x104W\x90P[P\x92P_[\x83Q\x81\x10\x15a\x11\xCFW_\x81\x81R`\x17` \x90\x81R`@\x80\x83 \x81Q`\xA0\x81\x01\x83R\x90T`\x01`\x01`\xA0\x1B\x03\x80\x82\x16\x83Ra\xFF\xFF`\x01`\xA0\x1B\x83\x04\x81\x16\x84\x87\x01\x90\x81Rc\xFF\xFF\xFF\xFF`\x01`\xB0\x1B\x85\x04\x81\x16\x86\x88\x01R`\x01`\xD0\x1B\x85\x04\x16``\x80\x87\x01\x91\x90\x91R`\x01`\xF0\x1B\x90\x94\x04\x82\x16`\x80\x86\x01R\x88\x88R`\x18\x87R\x96\x85\x90 \x85Q\x93\x84\x01\x86RT`\x01`\x01`\x80\x1B\x03\x81\x16\x84R`\x01`\x01`x\x1B\x03`\x01`\x80\x1B\x82\x04\x16\x84\x88\x01R`\xFF`\x01`\xF8\x1B\x90\x91\x04\x16\x15\x15\x83\x86\x01R\x84Qa\x01 \x81\x01\x86R\x84Q\x90\x92\x16\x82R\x95Q\x90\x95\x16\x93\x85\x01\x93\x90\x93R\x92\x90\x81\x01\x85a\x117W_a\x11FV[_\x85\x81R`\x19` R`@\x90 T[\x81R` \x01\x82_\x01Q`\x01`\x01`\x80\x1B\x03\x16\x81R` \x01\x83``\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`@\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`\x80\x01Qa\xFF\xFF\x16\x81R` \x01\x82`@\x01Q\x15\x15\x81R` \x01\x82` \x01Q`\x01`\x01`x\x1B\x03\x16\x81RP\x86\x84\x81Q\x81\x10a\x11\xBAWa\x11\xBAaJ\xBEV[` \x90\x81\x02\x91\x90\x91\x01\x01RPP`\x01\x01a\x10TV[PP\x91P\x91V[___a\x11\xE4\x88\x88\x88a\"zV[\x91P\x91P_a\x11\xF7\x89\x84` \x01Qa#\x97V[`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\x0EWa\x12\x0EaHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x127W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x80[\x8CQ\x81\x10\x15a\x12xWa\x12n\x8D\x82\x81Q\x81\x10a\x12[Wa\x12[aJ\xBEV[` \x02` \x01\x01Q\x82\x87\x86\x8C\x8C\x88a#\xEDV[\x91P`\x01\x01a\x12=V[P\x80\x86\x14a\x12\xA3W`@Qc\x93\xB2\xCE\xE5`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x82\x90R`D\x01a\x01EV[_\x84` \x01Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\xC0Wa\x12\xC0aHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x12\xE9W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90Pa\x12\xF8\x85\x8D\x83\x87a%\x1BV[\x95P`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16`\x01`\x01`@\x1B\x03\x16\x7F\x0E\x1C\xFBb\xA5\xDAn\\\xDF~#\xBBgH\xDB\\\x19H\x9E\x80\n5\xE88\xDE\x1A\xBBVQ\xD4d\x95\x8C\x87`@\x01Q\x84`@Qa\x13P\x93\x92\x91\x90aK\x0CV[`@Q\x80\x91\x03\x90\xA2PPPPP\x97\x96PPPPPPPV[_[\x83Q\x81\x10\x15a\x15\x1CW_\x84\x82\x81Q\x81\x10a\x13\x86Wa\x13\x86aJ\xBEV[` \x02` \x01\x01Q\x90P\x82\x15a\x14\x83W`@\x80Q`\xA0\x80\x82\x01\x83R\x83Q`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x83R` \x80\x86\x01Qa\xFF\xFF\x90\x81\x16\x82\x86\x01\x90\x81R\x93\x87\x01Qc\xFF\xFF\xFF\xFF\x90\x81\x16\x86\x88\x01\x90\x81R`\x80\x80\x8A\x01Q\x83\x16``\x89\x01\x90\x81R`\xC0\x8B\x01Q\x85\x16\x91\x89\x01\x91\x82R_\x8C\x81R`\x17\x87R\x8A\x81 \x99Q\x8AT\x99Q\x94Q\x92Q\x93Q\x87\x16`\x01`\xF0\x1B\x02`\x01`\x01`\xF0\x1B\x03\x94\x87\x16`\x01`\xD0\x1B\x02c\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x94\x90\x97\x16`\x01`\xB0\x1B\x02\x93\x90\x93\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x95\x90\x97\x16`\x01`\xA0\x1B\x02`\x01`\x01`\xB0\x1B\x03\x19\x90\x9A\x16\x98\x16\x97\x90\x97\x17\x97\x90\x97\x17\x91\x90\x91\x16\x92\x90\x92\x17\x17\x16\x92\x90\x92\x17\x90\x92U\x83\x83\x01Q`\x19\x90\x91R\x91\x90 U[`@\x80Q``\x80\x82\x01\x83R\x83\x01Q`\x01`\x01`\x80\x1B\x03\x90\x81\x16\x82Ra\x01\0\x84\x01Q`\x01`\x01`x\x1B\x03\x90\x81\x16` \x80\x85\x01\x91\x82R`\xE0\x90\x96\x01Q\x15\x15\x84\x86\x01\x90\x81R_\x88\x81R`\x18\x90\x97R\x94\x90\x95 \x92Q\x83T\x95Q\x94Q\x15\x15`\x01`\xF8\x1B\x02`\x01`\x01`\xF8\x1B\x03\x95\x90\x92\x16`\x01`\x80\x1B\x02`\x01`\x01`\xF8\x1B\x03\x19\x90\x96\x16\x92\x16\x91\x90\x91\x17\x93\x90\x93\x17\x91\x90\x91\x16\x91\x90\x91\x17\x90U`\x01\x01a\x13jV[PP\x80Q`\x1A\x80T` \x84\x01Q`@\x85\x01Q``\x90\x95\x01Q`\x01`\x01`\x80\x1B\x03\x90\x94\x16`\x01`\x01`\xC0\x1B\x03\x19\x90\x92\x16\x91\x90\x91\x17`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x90\x92\x16\x91\x90\x91\x02\x17c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\x01`\xC0\x1Ba\xFF\xFF\x94\x85\x16\x02a\xFF\xFF`\xD0\x1B\x19\x16\x17`\x01`\xD0\x1B\x93\x90\x92\x16\x92\x90\x92\x02\x17\x90UPV[__`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c2\x9E\xB89`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x16\x0EW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x162\x91\x90aJxV[\x90P_`\x07T\x82a\x16C\x91\x90aD\xEAV[\x90P_a'\x10a\x16Ua\x07\x08\x84aJ\x8FV[a\x16_\x91\x90aI\xCAV[\x90P_a'\x10a\x16qa\x10\x04\x85aJ\x8FV[a\x16{\x91\x90aI\xCAV[\x90P_\x81a\x16\x89\x84\x86aK@V[a\x16\x93\x91\x90aK@V[` \x89\x01Q\x90\x91P_\x90\x81\x90`\x01`\x01`@\x1B\x03\x16\x15a\x17\x12Wa\x16\xCD\x85g\r\xE0\xB6\xB3\xA7d\0\0\x8C` \x01Q`\x01`\x01`@\x1B\x03\x16a(\x0BV[`\x01`\x01`@\x1B\x03\x80\x8A\x16_\x90\x81R`\x16` \x90\x81R`@\x90\x91 \x83\x90U\x8C\x01Q\x91\x92Pa\x17\x05\x91\x16\x82g\r\xE0\xB6\xB3\xA7d\0\0a(\x0BV[a\x17\x0F\x90\x83aD\xEAV[\x91P[a\x17\x1E\x8B\x89\x86\x86a(\xBBV[a\x17(\x90\x83aD\xEAV[\x91Pa\x173\x8Ba*\xD1V[\x98P\x81`\x06_\x82\x82Ta\x17F\x91\x90aD\xEAV[\x90\x91UP_\x90Pa\x17W\x83\x88aK@V[`\x07\x81\x90U`@\x80Q\x8A\x81R` \x81\x01\x8A\x90R\x90\x81\x01\x88\x90R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x84\x90R\x90\x91P`\x01`\x01`@\x1B\x03\x8A\x16\x90\x7F>\xD1k\x93\xD7\x04\xB8\x87{\x03\x83~\xFF\x0Fd\x18\x06X\"[\xCC\xA5\xF7/\xE5~\xAFUG}]x\x90`\xE0\x01`@Q\x80\x91\x03\x90\xA2a\x17\xD2\x89`\x01aD\xFDV[`\x05\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x16`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x93\x90\x93\x16\x92\x90\x92\x02c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16\x91\x90\x91\x17\x90U`!T`\x01`@\x1B\x90\x04`\xFF\x16\x80\x15a\x181WP`!T`\x01`\x01`@\x1B\x03\x16B\x10\x15[\x15a\x1C\xE8W_`\x1F`@Q\x80a\x01\xE0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x04\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x08\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x12\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81R` \x01`\x01\x82\x01`\x13\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16`\xFF\x16\x81R` \x01`\x01\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81RPP\x90P\x80`\x03_\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x0Ca\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\x80\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01`\x04a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x08a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x01\x01`\x0Ca\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x01\x01`\x0Ea\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01@\x82\x01Q\x81`\x01\x01`\x12a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UPa\x01`\x82\x01Q\x81`\x01\x01`\x13a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\x80\x82\x01Q\x81`\x01\x01`\x15a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UPa\x01\xA0\x82\x01Q\x81`\x01\x01`\x16a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\xC0\x82\x01Q\x81`\x01\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x90PP_`!`\x08a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP\x7Fm\x06a\xBE!{W\x17\xE7/\x7F\x9D\xAE~\xD6(\xD5c\x7Ff\xC9wW\xA1\xA0\xF8\xD5\xBCZh\xE6R\x81`@Qa\x1C\xDE\x91\x90aKSV[`@Q\x80\x91\x03\x90\xA1P[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01Ra\x1D\xDF\x90a\n\x1FV[PPPPPPPPP\x92\x91PPV[\x80_\x03a\x1D\xF8WPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cc\xB0\xC4(`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1EUW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1Ey\x91\x90aL\xB4V[`@\x80Q\x84\x81R\x82\x15\x15` \x82\x01R\x91\x92P\x7F\xC3\x0B\xA58}\x08N!H\xB2\xA9\x13W\xA8\x87\xE7\xB0IcWQL\xFE3\xD9\xFF03\xF6v\xAC\xE5\x91\x01`@Q\x80\x91\x03\x90\xA1\x80\x15a\x1F5W`@Qc\x08R\xCD\x8D`\xE3\x1B\x81R`\x04\x81\x01\x83\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90cB\x96lh\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x1F\x1BW__\xFD[PZ\xF1\x15\x80\x15a\x1F-W=__>=_\xFD[PPPPPPV[a\x0B\xD2\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16ca\xD0'\xB3`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1F\x94W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1F\xB8\x91\x90aL\xCFV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x84a/7V[`\x02T_\x90`\x01`\x01`\xA0\x1B\x03\x16\x80\x15a \x03W\x80a \x0FV[_T`\x01`\x01`\xA0\x1B\x03\x16[\x91PP\x90V[_a !\x82`\x10aJ\x8FV[a ,\x90`\xF0aK@V[\x92\x90\x92\x1C\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x0B` R`@\x81 \x80T`\x01`p\x1B\x90\x04`\xFF\x16a fW_\x91PPa\t\xE7V[`\x04T\x81Ta'\x10\x91a \x8E\x91`\x01``\x1B\x90\x91\x04a\xFF\xFF\x16\x90`\x01`\x01``\x1B\x03\x16aJ\x8FV[a \x98\x91\x90aI\xCAV[\x81T\x90\x92P\x82\x90\x82\x90_\x90a \xB7\x90\x84\x90`\x01`\x01``\x1B\x03\x16aL\xEAV[\x92Pa\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP\x83`\x01`\x01`\xA0\x1B\x03\x16\x7F`z\xDB\xA6l\xFF\x84\xB6'\xE3S}\x1C\x17\xD0\x88\xA9\x85V\xBC\xCD\x056\xA2\xF3Y\x0CV2\x90#\xD9\x84\x84`@Qa!\x16\x92\x91\x90aM\x1DV[`@Q\x80\x91\x03\x90\xA2\x80T`\x01`x\x1B\x90\x04`\xFF\x16\x15a!\xA6W`@Qc\x14\xC2U\x93`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cS\tVL\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a!\x8FW__\xFD[PZ\xF1\x15\x80\x15a!\xA1W=__>=_\xFD[PPPP[P\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x1C` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x90\x92RT`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x93\x83\x01\x93\x90\x93R`\x05T\x91\x92a\"\x0B\x92\x91\x90\x91\x04\x16`\x01aD\xFDV[`\x01`\x01`@\x1B\x03\x16\x81` \x01Q`\x01`\x01`@\x1B\x03\x16\x03a\"7WQ`\x01`\x01`\x80\x1B\x03\x16\x92\x91PPV[a\"@\x83a/qV[\x93\x92PPPV[_`\x01`\x01`\x80\x1B\x03\x82\x11\x15a\n\x1BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x80`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[a\"\xB8`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81RP\x90V[``_a\"\xC6`\x08\x85aI\xCAV[\x90Pa\"\xD2\x86\x82a0,V[\x92P\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\"\xECWa\"\xECaHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a#\x15W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`@\x84\x01Q``\x85\x01Q`\n` R\x91\x93P\x90_[\x83\x81\x10\x15a#\x82W\x80`\x03\x1B\x88\x015`\xC0\x1C\x81`\x05\x1B` \x85\x01\x01R\x80\x89\x01_R`@_ T\x80\x82`\x05\x1B` \x88\x01\x01R`\xFF\x81`0\x1C\x16a#yWc\xFF\xFF\xFF\xFF\x81\x16\x82`\x05\x1B` \x85\x01\x01R[P`\x01\x01a#+V[Pa#\x8C\x85a2\x06V[PPP\x93P\x93\x91PPV[_\x81\x15a#\xE5Wa#\xA9`\x10\x84aI\xCAV[`\x10`\x01a#\xB7\x85\x87aD\xEAV[a#\xC1\x91\x90aK@V[a#\xCB\x91\x90aI\xCAV[a#\xD5\x91\x90aK@V[a#\xE0\x90`\x01aD\xEAV[a\t\xE4V[P_\x92\x91PPV[\x84Q` \x86\x01Q_\x91\x90\x82\x90a$\x03\x90\x83aD\xEAV[\x90P\x80\x8A`\xC0\x01Q\x10\x15a$\x18WP`\xC0\x89\x01Q[\x81\x81\x11a$)W\x83\x92PPPa%\x10V[_a$=\x87\x87\x87\x8E`\xC0\x01Q\x87\x87\x8Ea2\x9EV[\x94P\x90P\x85\x84\x11\x15a$lW`@Qc\x93\xB2\xCE\xE5`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x85\x90R`D\x01a\x01EV[` \x80\x8C\x01Q_\x90\x81R`\x12\x90\x91R`@\x90 T\x81\x14a$\xAFW` \x8B\x01Q`@Qc\r}U+`\xE2\x1B\x81Ra\x01E\x91\x8C\x91`\x04\x01\x91\x82R` \x82\x01R`@\x01\x90V[a$\xE1\x89`@Q\x80``\x01`@R\x80\x8E``\x01Q\x81R` \x01\x8E`\x80\x01Q\x81R` \x01\x8E`\xA0\x01Q\x81RP\x8A\x85a3ZV[\x8Ba\x01\0\x01\x81\x81Qa$\xF3\x91\x90aD\xEAV[\x90RP`\xE0\x8B\x01Q\x15a%\x0CWa%\x0C\x8B\x8A\x85\x85a5nV[PPP[\x97\x96PPPPPPPV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01\x81\x90R`\x01`\xA8\x1B\x83\x04\x90\x91\x16a\x01\x80\x86\x01R`\x01`\xB0\x1B\x82\x04\x90\x92\x16a\x01\xA0\x85\x01R\x93\x90\x93\x04\x16a\x01\xC0\x82\x01R\x84Q_\x92`\x01`\x01`\x80\x1B\x03\x90\x91\x16\x90\x83\x90a&*\x90\x83\x90a6\xDEV[`\x05T\x90\x91P`\x01`\x80\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16_\x80[\x8A` \x01Q\x81\x10\x15a'\xDBW\x8A``\x01Q\x81\x81Q\x81\x10a&eWa&eaJ\xBEV[` \x02` \x01\x01Q_\x14\x80a&xWP\x84\x15[\x15a'\nW\x8A`@\x01Q\x81\x81Q\x81\x10a&\x93Wa&\x93aJ\xBEV[` \x02` \x01\x01Q_\x14a'\x05W\x8AQa&\xAE\x90\x82\x90aD\xEAV[\x8B`@\x01Q\x82\x81Q\x81\x10a&\xC4Wa&\xC4aJ\xBEV[` \x90\x81\x02\x91\x90\x91\x01\x01Q`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R_`D\x82\x01\x81\x90R`d\x82\x01R`\x84\x81\x01\x85\x90R`\xA4\x01a\x01EV[a'\xD3V[a'\x16\x8B\x82\x87\x87a6\xEEV[_\x85a'\"\x8D\x84a7\xABV[a',\x91\x90aI\xCAV[\x90P\x80\x8A\x83\x81Q\x81\x10a'AWa'AaJ\xBEV[` \x90\x81\x02\x91\x90\x91\x01\x01Ra'V\x81\x84aD\xEAV[\x92P__\x86\x11\x80\x15a'\x85WP\x85\x8D`\xA0\x01Q\x84\x81Q\x81\x10a'zWa'zaJ\xBEV[` \x02` \x01\x01Q\x10\x15[\x90Pa'\xC4\x83\x8E_\x01Qa'\x99\x91\x90aD\xEAV[\x8B\x85\x81Q\x81\x10a'\xABWa'\xABaJ\xBEV[` \x02` \x01\x01Q\x84\x84\x8Ca\x01\x80\x01Q`\xFF\x16\x8Aa8VV[a'\xCE\x90\x8AaD\xEAV[\x98PPP[`\x01\x01a&CV[Pa'\xE5\x81a9\xE5V[\x89` \x01\x81\x81Qa'\xF6\x91\x90aD\xFDV[`\x01`\x01`@\x1B\x03\x16\x90RPa\x08\xB0\x8Aa:\x1AV[___a(\x18\x86\x86a;+V[\x91P\x91P\x81_\x03a(<W\x83\x81\x81a(2Wa(2aI\xB6V[\x04\x92PPPa\"@V[\x81\x84\x11a(SWa(S`\x03\x85\x15\x02`\x11\x18a;GV[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[_\x80\x80[\x86Q\x81\x10\x15a)#W\x86\x81\x81Q\x81\x10a(\xDAWa(\xDAaJ\xBEV[` \x02` \x01\x01Qa\x01\0\x01Q\x87\x82\x81Q\x81\x10a(\xF9Wa(\xF9aJ\xBEV[` \x02` \x01\x01Q``\x01Qa)\x0F\x91\x90aJ\x8FV[a)\x19\x90\x83aD\xEAV[\x91P`\x01\x01a(\xBFV[P\x80_\x03a)4W_\x91PPa*\xC9V[_[\x86Q\x81\x10\x15a*\xC6W_\x87\x82\x81Q\x81\x10a)RWa)RaJ\xBEV[` \x02` \x01\x01Q\x90P_\x81a\x01\0\x01Q\x82``\x01Qa)r\x91\x90aJ\x8FV[\x90P_a)\x80\x88\x83\x87a(\x0BV[\x90P_a)\x8E\x88\x84\x88a(\x0BV[\x90P_a)\xB0\x85_\x01Q\x86`@\x01Q\x8D`\x01a)\xAA\x91\x90aD\xFDV[\x85a;XV[\x90Pa)\xBC\x81\x83aK@V[a)\xC6\x90\x84aD\xEAV[\x92P\x82\x15a)\xDAW\x84Qa)\xDA\x90\x84a=\xE2V[a)\xE4\x81\x84aD\xEAV[a)\xEE\x90\x89aD\xEAV[\x97Pg\r\xE0\xB6\xB3\xA7d\0\0\x85a\x01\0\x01Qa\xFF\xFFa*\x0C\x91\x90aJ\x8FV[a*\x16\x91\x90aI\xCAV[` \x80\x87\x01Q_\x90\x81R`\n\x82R`@\x90\x81\x90 \x80Ta\xFF\xFF\x94\x90\x94\x16d\x01\0\0\0\0\x02e\xFF\xFF\0\0\0\0\x19\x90\x94\x16\x93\x90\x93\x17\x90\x92U\x86Q``\x80\x89\x01Qa\x01\0\x8A\x01Q\x85Q\x91\x82R\x93\x81\x01\x93\x90\x93R\x92\x82\x01\x86\x90R\x91\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90`\x01`\x01`@\x1B\x03\x8D\x16\x90\x7F4\xFA\xB1uT\x07\xCE\xE1j\xECy\x90\xEDD#}\x14\x1C\xBD\xB5\xDF7\x96\x1B\xE0e\x12\xB0\x1A\x9D\xF5\x13\x90`\x80\x01`@Q\x80\x91\x03\x90\xA3PPPPP\x80`\x01\x01\x90Pa)6V[PP[\x94\x93PPPPV[\x80Q_\x90\x80\x82\x03a*\xE4WP_\x92\x91PPV[_\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a*\xFDWa*\xFDaHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a+&W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x82`\x01`\x01`@\x1B\x03\x81\x11\x15a+BWa+BaHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a+kW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x83\x81\x10\x15a,\x0BW\x85\x81\x81Q\x81\x10a+\x8AWa+\x8AaJ\xBEV[` \x02` \x01\x01Q_\x01Q\x83\x82\x81Q\x81\x10a+\xA7Wa+\xA7aJ\xBEV[` \x02` \x01\x01\x90`\x01`\x01`\xA0\x1B\x03\x16\x90\x81`\x01`\x01`\xA0\x1B\x03\x16\x81RPP\x85\x81\x81Q\x81\x10a+\xD9Wa+\xD9aJ\xBEV[` \x02` \x01\x01Qa\x01\0\x01Q\x82\x82\x81Q\x81\x10a+\xF8Wa+\xF8aJ\xBEV[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a+pV[P`\x03T`@Qcj\xAB\xE8\xF3`\xE0\x1B\x81R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x91cj\xAB\xE8\xF3\x91a,k\x91\x86\x91\x86\x91`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x90`\x04\x01aMGV[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a,\x82W__\xFD[PZ\xF1\x15\x80\x15a,\x94W=__>=_\xFD[PP`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x82\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x81\x04\x90\x91\x16a\x01\xA0\x84\x01\x81\x90R\x93\x90\x04\x16a\x01\xC0\x82\x01R\x92P_\x91Pa'\x10\x90a-\xA1\x90g\r\xE0\xB6\xB3\xA7d\0\0\x90aJ\x8FV[a-\xAB\x91\x90aI\xCAV[\x90P_[\x85\x81\x10\x15a/,W_`\n_\x8A\x84\x81Q\x81\x10a-\xCDWa-\xCDaJ\xBEV[` \x02` \x01\x01Q` \x01Q\x81R` \x01\x90\x81R` \x01_ \x90P_\x83\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x85\xBF\x82\xD6\x89\x86\x81Q\x81\x10a.+Wa.+aJ\xBEV[` \x02` \x01\x01Q`@Q\x82c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a.^\x91\x90`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16\x81R` \x01\x90V[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a.yW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a.\x9D\x91\x90aJxV[\x10a.\xA8W_a.\xBFV[\x81Ta.\xBF\x90`\x01`8\x1B\x90\x04`\xFF\x16`\x01aM\xB5V[\x90P\x84a\x01\x80\x01Q`\xFF\x16\x81`\xFF\x16\x10a/\x07Wa.\xF7\x87\x84\x81Q\x81\x10a.\xE8Wa.\xE8aJ\xBEV[` \x02` \x01\x01Q`\x02a 6V[a/\x01\x90\x8AaD\xEAV[\x98P_\x90P[\x81T`\xFF\x90\x91\x16`\x01`8\x1B\x02g\xFF\0\0\0\0\0\0\0\x19\x90\x91\x16\x17\x90U`\x01\x01a-\xAFV[PPPPPP\x91\x90PV[a/D\x83\x83\x83`\x01a>\x12V[a/lW`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x01EV[PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x0B` \x90\x81R`@\x80\x83 \x81Q`\x80\x81\x01\x83R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x93\x82\x01\x93\x90\x93R`\xFF`\x01`p\x1B\x84\x04\x81\x16\x15\x80\x15\x93\x83\x01\x84\x90R`\x01`x\x1B\x90\x94\x04\x16\x15\x15``\x82\x01R\x91\x83\x91\x90a/\xE6WP\x81``\x01Q[a/\xF0W_a/\xF3V[\x81Q[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\r` R`@\x90 T`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x91Pa*\xC9\x90`\x01`\x01`\x80\x1B\x03\x16\x82aD\xEAV[a0j`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81RP\x90V[\x82\x81R` \x81\x01\x82\x90R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a0\x8CWa0\x8CaHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a0\xB5W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`@\x82\x01R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a0\xD3Wa0\xD3aHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a0\xFCW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P``\x82\x01Ra1\r\x82`\x03aJ\x8FV[a1\x18\x90`\x03aD\xEAV[`\x01`\x01`@\x1B\x03\x81\x11\x15a1/Wa1/aHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a1XW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\x80\x82\x01R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a1vWa1vaHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a1\x9FW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xA0\x82\x01Ra1\xAF\x83\x83a#\x97V[a1\xBA\x90`\x02aJ\x8FV[`\x01`\x01`@\x1B\x03\x81\x11\x15a1\xD1Wa1\xD1aHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a1\xFAW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xC0\x82\x01R\x92\x91PPV[\x80Q` \x82\x01Q` `@\x84\x01Q\x01` ``\x85\x01Q\x01` `\x80\x86\x01Q\x01` `\xC0\x87\x01Q\x01`\x10\x86\x06\x95P_[\x85\x81\x10\x15a2\x94W`\x05\x81\x90\x1B\x85\x81\x01Q``\x83\x02\x85\x01R\x84\x01Q\x80\x15a2\x8BW\x81\x88\x01\x80`\x04\x1C`\x06\x1B\x84\x01a\xFF\xFF`\x0F\x83\x16`\x04\x1B`\xF0\x03\x1B\x81Q\x17\x81R` \x81\x01Q\x83\x11\x15a2\x88W\x82` \x82\x01R[PP[P`\x01\x01a25V[PPPPPPPPV[__\x83\x86\x10\x15a2\xACW\x85\x93P[`\x80\x80\x86\x04\x90`\x7F\x86\x81\x01\x82\x90\x04\x91\x90\x89\x01\x04_a\x01\0\x80\x85\x02\x90`\x02\x8C\x02\x90\x85\x02\x10a2\xDCW\x8A`\x02\x02a2\xE2V[a\x01\0\x84\x02[\x03\x90P\x8C\x8B\x01a2\xF5\x81\x86\x86\x86\x86a>tV[\x96P\x83\x83\x03` \x02\x82\x86` \x02\x8E\x01\x01\x01\x95P_`\x10\x8B\x81a3\x19Wa3\x19aI\xB6V[\x04\x90Pa\x01\0\x86\x02` \x80\x88\x02\x84\x01\x90\x83\x02\x01\x03_\x82`\x10_\x19\x8E\x01\x04\x03`\x01\x01` \x02\x90P\x80\x82` \x8D\x017PPPPPPPP\x97P\x97\x95PPPPPPV[_\x84Q_R` ``\x86\x01Q\x01` R`\x10_Q\x06_Q\x03`@\x85\x01Q` \x85\x01\x80_\x83\x11_Q\x87\x11\x16\x15a3\xA1W`\x01`\x10_Q\x04`\x10`\x01\x89\x03\x04\x03\x01`\x05\x1B\x82\x01\x90P[` `\xC0\x8A\x01Q\x01``\x85_Q\x03\x02` `\x80\x8C\x01Q\x01\x03\x89Q[\x83\x85\x10\x15a4WW\x82Q\x86` \x85\x01Q\x10a3\xDFWa3\xDC\x87\x89\x83a4cV[\x90P[\x89`\x10\x89\x01\x11\x15a3\xF6W_\x19\x88\x8B\x03`\x04\x1B\x1C\x19\x16[\x80\x86Q\x16\x90P\x82_Q\x89\x10\x15a4\x1CW\x88_Q\x03\x82\x81`\x04\x1B\x1B\x92P``\x81\x02\x85\x01\x91PP[\x81\x15a47Wa42` \x8E\x01Q\x84\x83\x85a4\xADV[\x8A\x01\x99P[PP` \x85\x01\x94P`@\x83\x01\x92P`\x10\x87\x01\x96Pa\x06\0\x82\x01\x91Pa3\xBCV[PPPPPPPa*\xC9V[__[`\x10\x81\x10\x15a4\xA5Wa\xFF\xFF\x81`\x04\x1B`\xF0\x03\x1B\x80\x84\x16\x15a4\x9CW\x85_Q\x83\x87\x01\x03`\x05\x1B` Q\x01Q\x10\x15a4\x9CW\x91\x82\x17\x91[P`\x01\x01a4fV[P\x93\x92PPPV[_\x83`\x80\x1B[\x82\x15a5eW\x85g\r\xE0\xB6\xB3\xA7d\0\0\x84`\xF0\x1C\x02\x04\x84Q\x80\x82\x10_\x81\x14a4\xEAW`@\x87\x01\x80Q\x89\x85\x02\x01\x90R\x93\x82\x01\x93a4\xFFV[` \x87\x01\x80Q\x83\x85\x11\x8A\x02\x86\x01\x01\x90R\x93\x81\x01\x93[P\x87g\r\xE0\xB6\xB3\xA7d\0\0a\xFF\xFF\x87`\xE0\x1C\x16\x02\x04\x91P``\x86\x01Q\x90P\x80\x82\x10_\x81\x14a5<W`\xA0\x87\x01\x80Q\x89\x85\x02\x01\x90R\x93\x82\x01\x93a5QV[`\x80\x87\x01\x80Q\x83\x85\x11\x8A\x02\x86\x01\x01\x90R\x93\x81\x01\x93[PPP\x82` \x1B\x92P`\xC0\x84\x01\x93Pa4\xB3V[P\x94\x93PPPPV[_a5{a\x01\0\x84aI\xDDV[a5\x85\x90\x84aK@V[\x90P[\x81\x81\x10\x15a6\xD7W_`\x13\x81a5\xA0a\x01\0\x85aI\xCAV[` \x89\x01Qa5\xB0\x90`\x04aJ\x8FV[a5\xBA\x91\x90aD\xEAV[\x81R` \x01\x90\x81R` \x01_ T\x90P\x80_\x03a5\xD7WPa6\xC4V[_\x84\x83\x10a5\xE5W\x82a5\xE7V[\x84[\x90P_\x84a5\xF7\x85a\x01\0aD\xEAV[\x11a6\rWa6\x08\x84a\x01\0aD\xEAV[a6\x0FV[\x84[\x90P\x81[\x81\x81\x10\x15a6\xBFWa6'a\x01\0\x82aI\xDDV[\x84\x90\x1C`\x01\x16\x15a6\xB7W``\x88\x01Q_\x90a6C\x89\x84aK@V[\x81Q\x81\x10a6SWa6SaJ\xBEV[` \x02` \x01\x01Q\x90P\x80_\x14\x80a6oWP\x89`\xA0\x01Q\x81\x10\x15[\x15a6zWPa6\xB7V[``\x8A\x01Q`\xA0\x8A\x01Qa6\x8E\x8A\x85aK@V[\x81Q\x81\x10a6\x9EWa6\x9EaJ\xBEV[` \x02` \x01\x01\x81\x81Qa6\xB2\x91\x90aD\xEAV[\x90RPP[`\x01\x01a6\x13V[PPPP[a6\xD0a\x01\0\x82aD\xEAV[\x90Pa5\x88V[PPPPPV[_a\t\xE4\x83\x83a'\x10`\x01a>\xEBV[_\x84`@\x01Q\x84\x81Q\x81\x10a7\x05Wa7\x05aJ\xBEV[` \x02` \x01\x01Q\x90P_\x81_\x14a7&Wa7!\x86\x86a?6V[a7(V[\x83[\x90P_a75\x87\x87a?xV[\x90P\x83\x82\x10\x80a7EWP\x83\x81\x10\x15[\x80a7WWPg\r\xE0\xB6\xB3\xA7d\0\0\x83\x11[\x15a7\xA2W\x86Qa7i\x90\x87\x90aD\xEAV[`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x84\x90R`D\x81\x01\x83\x90R`d\x81\x01\x82\x90R`\x84\x81\x01\x85\x90R`\xA4\x01a\x01EV[PPPPPPPV[_`\x80\x83`\x80\x01Q\x83`\x03a7\xC0\x91\x90aJ\x8FV[a7\xCB\x90`\x01aD\xEAV[\x81Q\x81\x10a7\xDBWa7\xDBaJ\xBEV[` \x02` \x01\x01Q\x90\x1C\x83`\x80\x01Q\x83`\x03a7\xF7\x91\x90aJ\x8FV[\x81Q\x81\x10a8\x07Wa8\x07aJ\xBEV[` \x02` \x01\x01Qa8\x19\x91\x90aJ\x8FV[`\x80\x84\x01Qa8)\x84`\x03aJ\x8FV[a84\x90`\x02aD\xEAV[\x81Q\x81\x10a8DWa8DaJ\xBEV[` \x02` \x01\x01Qa\t\xE4\x91\x90aD\xEAV[`@\x80Q`\xE0\x80\x82\x01\x83Rc\xFF\xFF\xFF\xFF\x88\x16\x82R` \x88\x81\x1Ca\xFF\xFF\x16\x90\x83\x01R`0\x88\x90\x1C`\xFF\x90\x81\x16\x15\x15\x83\x85\x01R`8\x89\x90\x1C\x16``\x83\x01R\x91\x87\x90\x1C`\x01`\x01``\x1B\x03\x16`\x80\x82\x01R`\xA0\x87\x81\x1C`\x01`\x01`@\x1B\x03\x16\x90\x82\x01R\x90\x86\x90\x1C`\xC0\x82\x01R_\x90_a8\xCB\x82a?\xBEV[\x82`\x80\x01Q`\x01`\x01``\x1B\x03\x16a8\xE3\x91\x90aD\xEAV[\x90P`\x01`\x01``\x1B\x03\x81\x11\x15a9\x18W_\x89\x81R`\t` R`@\x90 Ta9\x15\x90`\x01`\x01`\xA0\x1B\x03\x16\x82a=\xE2V[P_[`\x01`\x01``\x1B\x03\x81\x16`\x80\x83\x01R`\x01`\x01`@\x1B\x03\x80\x88\x16`\xA0\x84\x01Ra9B\x90\x85\x16a@HV[c\xFF\xFF\xFF\xFF\x16`\xC0\x83\x01R_\x86a9YW_a9lV[``\x83\x01Qa9l\x90`\xFF\x16`\x01aD\xEAV[\x90P\x85\x81\x10a9\x9DW_\x8A\x81R`\t` R`@\x90 Ta9\x97\x90`\x01`\x01`\xA0\x1B\x03\x16`\x01a 6V[\x93P_\x90P[`\xFF\x81\x16``\x84\x01Rg\r\xE0\xB6\xB3\xA7d\0\0a9\xBB\x89a\xFF\xFFaJ\x8FV[a9\xC5\x91\x90aI\xCAV[a\xFF\xFF\x16` \x84\x01Ra9\xD8\x8A\x84a@xV[PPP\x96\x95PPPPPPV[_`\x01`\x01`@\x1B\x03\x82\x11\x15a\n\x1BW`@\x80Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x83\x90R`D\x01a\x01EV[\x80Q` \x82\x01Q_\x90a:-\x90\x83aD\xEAV[`@\x84\x01Q\x90\x91P_a:A`\x10\x85aI\xDDV[a:K\x90\x85aK@V[\x90P[\x82\x81\x10\x15a6\xD7W_`\x15\x81a:e`\x10\x85aI\xCAV[\x81R` \x01\x90\x81R` \x01_ T\x90P_\x85\x83\x10a:\x83W\x82a:\x85V[\x85[\x90P_\x85a:\x94\x85`\x10aD\xEAV[\x10a:\x9FW\x85a:\xAAV[a:\xAA\x84`\x10aD\xEAV[\x90P\x81[\x81\x81\x10\x15a:\xF4W\x84\x81\x03`\x04\x1B`\xF0\x03g\r\xE0\xB6\xB3\xA7d\0\0a\xFF\xFF`\x01\x8B\x85\x03\x01`\x05\x1B\x89\x01Q\x02\x04\x80\x82\x1Ba\xFF\xFF\x83\x1B\x19\x87\x16\x17\x95PPP`\x01\x81\x01\x90Pa:\xAEV[P\x82`\x15_a;\x04`\x10\x88aI\xCAV[\x81R` \x81\x01\x91\x90\x91R`@\x01_ UPa;$\x91P`\x10\x90P\x82aD\xEAV[\x90Pa:NV[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x81\x81R`\r` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x83R\x90T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83R`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x83\x86\x01R\x86\x86R`\x1D\x85R\x83\x86 \x84Q\x80\x86\x01\x86R\x90T\x80\x83\x16\x82R\x92\x90\x92\x04`\x01`\x01`@\x1B\x03\x16\x82\x86\x01R\x95\x85R`\x0E\x90\x93R\x90\x83 T\x82Q\x93\x94\x91\x93\x90\x91\x16\x15\x80\x15\x90a;\xF9WP\x85`\x01`\x01`@\x1B\x03\x16\x82` \x01Q`\x01`\x01`@\x1B\x03\x16\x14\x15[\x15a<\x96W`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x1E` \x90\x81R`@\x80\x83 \x85\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x81 T\x90\x03a<nWa<>\x81`\x01aD\xEAV[`\x01`\x01`\xA0\x1B\x03\x89\x16_\x90\x81R`\x1E` \x90\x81R`@\x80\x83 \x86\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x90 U[`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x1D` R`@\x81 \x80T`\x01`\x01`\xC0\x1B\x03\x19\x16\x90U\x82R[_\x86`\x01`\x01`@\x1B\x03\x16\x83` \x01Q`\x01`\x01`@\x1B\x03\x16\x14a<\xBAW_a<\xBDV[\x82Q[\x84` \x01Qa<\xCC\x91\x90aM\xCEV[`\x01`\x01`\x80\x1B\x03\x16\x90P\x80\x15\x80\x15\x90a<\xE5WP\x87\x15\x15[\x15a=kW_a=\x0F\x82\x86_\x01Q`\x01`\x01`\x80\x1B\x03\x16\x87` \x01Q`\x01`\x01`\x80\x1B\x03\x16a(\x0BV[\x90P\x88\x81\x11\x15a=\x1CWP\x87[a='\x87\x82\x8Ba(\x0BV[\x95Pa=C\x86n\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x84a(\x0BV[a=M\x90\x84aD\xEAV[`\x01`\x01`\xA0\x1B\x03\x8B\x16_\x90\x81R`\x0E` R`@\x90 \x81\x90U\x92PP[\x82Q`\x01`\x01`\x80\x1B\x03\x16\x15\x80\x15\x90a=\x99WP\x86`\x01`\x01`@\x1B\x03\x16\x83` \x01Q`\x01`\x01`@\x1B\x03\x16\x14[\x15a=\xD6Wa=\xA9\x82`\x01aD\xEAV[`\x01`\x01`\xA0\x1B\x03\x8A\x16_\x90\x81R`\x1E` \x90\x81R`@\x80\x83 `\x01`\x01`@\x1B\x03\x8C\x16\x84R\x90\x91R\x90 U[PPPP\x94\x93PPPPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x11` R`@\x81 \x80T\x83\x92\x90a>\t\x90\x84\x90aD\xEAV[\x90\x91UPPPPV[`@Qc\xA9\x05\x9C\xBB`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a>hW\x83\x83\x15\x16\x15a>\\W=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[_`@Qa\x01\0\x81\x01\x86`\x05\x1B\x88\x01\x87`\x05\x1B\x89\x837\x86\x86\x03`\x05\x1B\x85\x82\x01\x88`\x05\x1B\x84\x017\x87[\x87\x81\x10\x15a>\xD6Wa\x01\0\x89\x82\x03\x02\x80\x87\x03a\x01\0\x81\x11\x15a>\xBDWPa\x01\0[\x80\x82\x85\x01\x877\x85 `\x05\x83\x90\x1B\x85\x01RP`\x01\x01a>\x9CV[PP\x84`\x05\x1B\x81 \x92PPP\x95\x94PPPPPV[_a?\x18a>\xF8\x83a@\x97V[\x80\x15a?\x13WP_\x84\x80a?\x0EWa?\x0EaI\xB6V[\x86\x88\t\x11[\x15\x15\x90V[a?#\x86\x86\x86a(\x0BV[a?-\x91\x90aD\xEAV[\x95\x94PPPPPV[_`\x80\x83`\x80\x01Q\x83`\x03a?K\x91\x90aJ\x8FV[a?V\x90`\x01aD\xEAV[\x81Q\x81\x10a?fWa?faJ\xBEV[` \x02` \x01\x01Q\x90\x1C\x90P\x92\x91PPV[`\x80\x82\x01Q_\x90a?\x8A\x83`\x03aJ\x8FV[a?\x95\x90`\x01aD\xEAV[\x81Q\x81\x10a?\xA5Wa?\xA5aJ\xBEV[` \x02` \x01\x01Q`\x01`\x01`\x80\x1B\x03\x16\x90P\x92\x91PPV[_\x81`\xA0\x01Q`\x01`\x01`@\x1B\x03\x16_\x14\x80a@\x02WP`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16`\x01`\x01`@\x1B\x03\x16\x82`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a@\x0EWP_\x91\x90PV[`\xA0\x82\x01Q`\xC0\x83\x01Qc\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x16` R`@\x90 Ta\t\xE7\x91`\x01`\x01`@\x1B\x03\x16\x90g\r\xE0\xB6\xB3\xA7d\0\0a(\x0BV[_c\xFF\xFF\xFF\xFF\x82\x11\x15a\n\x1BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R` `\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[_\x82\x81R`\n` R`@\x81 \x90a@\x8F\x83a@\xC3V[\x90\x91UPPPV[_`\x02\x82`\x03\x81\x11\x15a@\xACWa@\xACaM\tV[a@\xB6\x91\x90aM\xEDV[`\xFF\x16`\x01\x14\x90P\x91\x90PV[_`\xE0\x82`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x90\x1B`\xA0\x83`\xA0\x01Q`\x01`\x01`@\x1B\x03\x16\x90\x1B`@\x84`\x80\x01Q`\x01`\x01``\x1B\x03\x16\x90\x1B`8\x85``\x01Q`\xFF\x16\x90\x1B`0\x86`@\x01QaA\x14W_aA\x17V[`\x01[\x90\x1B` \x87` \x01Qa\xFF\xFF\x16\x90\x1B\x87_\x01Qc\xFF\xFF\xFF\xFF\x16\x17\x17\x17\x17\x17\x17\x90P\x91\x90PV[`@Q\x80a\x01 \x01`@R\x80_`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x15\x15\x81R` \x01_\x81RP\x90V[_a\x01\xE0\x82\x84\x03\x12\x15aA\x9CW__\xFD[P\x91\x90PV[_a\x01\xE0\x82\x84\x03\x12\x15aA\xB3W__\xFD[a\t\xE4\x83\x83aA\x8BV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14aA\xD1W__\xFD[PV[___a\x02 \x84\x86\x03\x12\x15aA\xE7W__\xFD[\x835\x92P` \x84\x015aA\xF9\x81aA\xBDV[\x91PaB\x08\x85`@\x86\x01aA\x8BV[\x90P\x92P\x92P\x92V[__\x83`\x1F\x84\x01\x12aB!W__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15aB7W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15aBNW__\xFD[\x92P\x92\x90PV[____`@\x85\x87\x03\x12\x15aBhW__\xFD[\x845`\x01`\x01`@\x1B\x03\x81\x11\x15aB}W__\xFD[aB\x89\x87\x82\x88\x01aB\x11V[\x90\x95P\x93PP` \x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aB\xA7W__\xFD[aB\xB3\x87\x82\x88\x01aB\x11V[\x95\x98\x94\x97P\x95PPPPV[`\x01`\x01``\x1B\x03\x81\x16\x81\x14aA\xD1W__\xFD[\x805aB\xDE\x81aB\xBFV[\x91\x90PV[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14aA\xD1W__\xFD[\x805aB\xDE\x81aB\xE3V[a\xFF\xFF\x81\x16\x81\x14aA\xD1W__\xFD[\x805aB\xDE\x81aB\xFFV[\x80\x15\x15\x81\x14aA\xD1W__\xFD[\x805aB\xDE\x81aC\x19V[`\xFF\x81\x16\x81\x14aA\xD1W__\xFD[\x805aB\xDE\x81aC1V[aCd\x82aCW\x83aB\xD3V[`\x01`\x01``\x1B\x03\x16\x90RV[aCp` \x82\x01aB\xD3V[`\x01`\x01``\x1B\x03\x16` \x83\x01RaC\x8A`@\x82\x01aB\xF4V[c\xFF\xFF\xFF\xFF\x16`@\x83\x01RaC\xA1``\x82\x01aB\xF4V[c\xFF\xFF\xFF\xFF\x16``\x83\x01RaC\xB8`\x80\x82\x01aB\xF4V[c\xFF\xFF\xFF\xFF\x16`\x80\x83\x01RaC\xCF`\xA0\x82\x01aB\xF4V[c\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01RaC\xE6`\xC0\x82\x01aB\xF4V[c\xFF\xFF\xFF\xFF\x16`\xC0\x83\x01RaC\xFD`\xE0\x82\x01aC\x0EV[a\xFF\xFF\x16`\xE0\x83\x01RaD\x13a\x01\0\x82\x01aC\x0EV[a\xFF\xFF\x16a\x01\0\x83\x01RaD*a\x01 \x82\x01aC\x0EV[a\xFF\xFF\x16a\x01 \x83\x01RaDAa\x01@\x82\x01aC&V[\x15\x15a\x01@\x83\x01RaDVa\x01`\x82\x01aC\x0EV[a\xFF\xFF\x16a\x01`\x83\x01RaDma\x01\x80\x82\x01aC?V[`\xFF\x16a\x01\x80\x83\x01RaD\x83a\x01\xA0\x82\x01aC\x0EV[a\xFF\xFF\x16a\x01\xA0\x83\x01RaD\x9Aa\x01\xC0\x82\x01aB\xF4V[c\xFF\xFF\xFF\xFF\x81\x16a\x01\xC0\x84\x01RPPPV[a\x01\xE0\x81\x01a\t\xE7\x82\x84aCJV[_` \x82\x84\x03\x12\x15aD\xCBW__\xFD[\x81Qa\"@\x81aB\xE3V[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\t\xE7Wa\t\xE7aD\xD6V[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xE7Wa\t\xE7aD\xD6V[_\x815a\t\xE7\x81aB\xBFV[_\x815a\t\xE7\x81aB\xE3V[_\x815a\t\xE7\x81aB\xFFV[_\x815a\t\xE7\x81aC\x19V[_\x815a\t\xE7\x81aC1V[aE\x86aEd\x83aE\x1CV[\x82Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x17\x82UV[aE\xC9aE\x95` \x84\x01aE\x1CV[\x82\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aE\xFCaE\xD8`@\x84\x01aE(V[\x82\x80Tc\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\xC0\x92\x90\x92\x1Bc\xFF\xFF\xFF\xFF`\xC0\x1B\x16\x91\x90\x91\x17\x90UV[aF/aF\x0B``\x84\x01aE(V[\x82\x80T`\x01`\x01`\xE0\x1B\x03\x16`\xE0\x92\x90\x92\x1B`\x01`\x01`\xE0\x1B\x03\x19\x16\x91\x90\x91\x17\x90UV[`\x01\x81\x01aFYaFB`\x80\x85\x01aE(V[\x82Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x17\x82UV[aF\x8AaFh`\xA0\x85\x01aE(V[\x82Tg\xFF\xFF\xFF\xFF\0\0\0\0\x19\x16` \x91\x90\x91\x1Bg\xFF\xFF\xFF\xFF\0\0\0\0\x16\x17\x82UV[aF\xC3aF\x99`\xC0\x85\x01aE(V[\x82Tk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x19\x16`@\x91\x90\x91\x1Bk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x17\x82UV[aF\xF2aF\xD2`\xE0\x85\x01aE4V[\x82\x80Ta\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Ba\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aG\"aG\x02a\x01\0\x85\x01aE4V[\x82\x80Ta\xFF\xFF`p\x1B\x19\x16`p\x92\x90\x92\x1Ba\xFF\xFF`p\x1B\x16\x91\x90\x91\x17\x90UV[aGRaG2a\x01 \x85\x01aE4V[\x82\x80Ta\xFF\xFF`\x80\x1B\x19\x16`\x80\x92\x90\x92\x1Ba\xFF\xFF`\x80\x1B\x16\x91\x90\x91\x17\x90UV[aG\x80aGba\x01@\x85\x01aE@V[\x82\x80T`\xFF`\x90\x1B\x19\x16\x91\x15\x15`\x90\x1B`\xFF`\x90\x1B\x16\x91\x90\x91\x17\x90UV[aG\xB0aG\x90a\x01`\x85\x01aE4V[\x82\x80Ta\xFF\xFF`\x98\x1B\x19\x16`\x98\x92\x90\x92\x1Ba\xFF\xFF`\x98\x1B\x16\x91\x90\x91\x17\x90UV[aG\xDEaG\xC0a\x01\x80\x85\x01aELV[\x82\x80T`\xFF`\xA8\x1B\x19\x16`\xA8\x92\x90\x92\x1B`\xFF`\xA8\x1B\x16\x91\x90\x91\x17\x90UV[aH\x0EaG\xEEa\x01\xA0\x85\x01aE4V[\x82\x80Ta\xFF\xFF`\xB0\x1B\x19\x16`\xB0\x92\x90\x92\x1Ba\xFF\xFF`\xB0\x1B\x16\x91\x90\x91\x17\x90UV[a/laE\xD8a\x01\xC0\x85\x01aE(V[a\x02\0\x81\x01aH-\x82\x85aCJV[`\x01`\x01`@\x1B\x03\x83\x16a\x01\xE0\x83\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Qa\x01\xE0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15aH\x87WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90V[_a\x01\xE0\x82\x84\x03\x12\x80\x15aH\x9FW__\xFD[PaH\xA8aHXV[aH\xB1\x83aB\xD3V[\x81RaH\xBF` \x84\x01aB\xD3V[` \x82\x01RaH\xD0`@\x84\x01aB\xF4V[`@\x82\x01RaH\xE1``\x84\x01aB\xF4V[``\x82\x01RaH\xF2`\x80\x84\x01aB\xF4V[`\x80\x82\x01RaI\x03`\xA0\x84\x01aB\xF4V[`\xA0\x82\x01RaI\x14`\xC0\x84\x01aB\xF4V[`\xC0\x82\x01RaI%`\xE0\x84\x01aC\x0EV[`\xE0\x82\x01RaI7a\x01\0\x84\x01aC\x0EV[a\x01\0\x82\x01RaIJa\x01 \x84\x01aC\x0EV[a\x01 \x82\x01RaI]a\x01@\x84\x01aC&V[a\x01@\x82\x01RaIpa\x01`\x84\x01aC\x0EV[a\x01`\x82\x01RaI\x83a\x01\x80\x84\x01aC?V[a\x01\x80\x82\x01RaI\x96a\x01\xA0\x84\x01aC\x0EV[a\x01\xA0\x82\x01RaI\xA9a\x01\xC0\x84\x01aB\xF4V[a\x01\xC0\x82\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[_\x82aI\xD8WaI\xD8aI\xB6V[P\x04\x90V[_\x82aI\xEBWaI\xEBaI\xB6V[P\x06\x90V[_` \x82\x84\x03\x12\x15aJ\0W__\xFD[\x815a\"@\x81aB\xBFV[_` \x82\x84\x03\x12\x15aJ\x1BW__\xFD[\x815a\"@\x81aB\xFFV[_` \x82\x84\x03\x12\x15aJ6W__\xFD[\x815a\"@\x81aB\xE3V[_` \x82\x84\x03\x12\x15aJQW__\xFD[\x815a\"@\x81aC1V[c\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xE7Wa\t\xE7aD\xD6V[_` \x82\x84\x03\x12\x15aJ\x88W__\xFD[PQ\x91\x90PV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\t\xE7Wa\t\xE7aD\xD6V[_`\x01\x82\x01aJ\xB7WaJ\xB7aD\xD6V[P`\x01\x01\x90V[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15aK\x02W\x81Q\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01aJ\xE4V[P\x93\x94\x93PPPPV[\x83\x81R``` \x82\x01R_aK$``\x83\x01\x85aJ\xD2V[\x82\x81\x03`@\x84\x01RaK6\x81\x85aJ\xD2V[\x96\x95PPPPPPV[\x81\x81\x03\x81\x81\x11\x15a\t\xE7Wa\t\xE7aD\xD6V[\x81Q`\x01`\x01``\x1B\x03\x16\x81Ra\x01\xE0\x81\x01` \x83\x01QaK\x7F` \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[P`@\x83\x01QaK\x97`@\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P``\x83\x01QaK\xAF``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaK\xC7`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01QaK\xDF`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaK\xF7`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaL\r`\xE0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaL%a\x01\0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01QaL=a\x01 \x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01QaLSa\x01@\x84\x01\x82\x15\x15\x90RV[Pa\x01`\x83\x01QaLka\x01`\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01QaL\x82a\x01\x80\x84\x01\x82`\xFF\x16\x90RV[Pa\x01\xA0\x83\x01QaL\x9Aa\x01\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\xC0\x83\x01Qa!\xA6a\x01\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[_` \x82\x84\x03\x12\x15aL\xC4W__\xFD[\x81Qa\"@\x81aC\x19V[_` \x82\x84\x03\x12\x15aL\xDFW__\xFD[\x81Qa\"@\x81aA\xBDV[`\x01`\x01``\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xE7Wa\t\xE7aD\xD6V[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`@\x81\x01`\x03\x84\x10aM=WcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x92\x81R` \x01R\x90V[``\x80\x82R\x84Q\x90\x82\x01\x81\x90R_\x90` \x86\x01\x90`\x80\x84\x01\x90\x83[\x81\x81\x10\x15aM\x89W\x83Q`\x01`\x01`\xA0\x1B\x03\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01aMbV[PP\x83\x81\x03` \x85\x01RaM\x9D\x81\x87aJ\xD2V[\x92PPPc\xFF\xFF\xFF\xFF\x83\x16`@\x83\x01R\x94\x93PPPPV[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xE7Wa\t\xE7aD\xD6V[`\x01`\x01`\x80\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xE7Wa\t\xE7aD\xD6V[_`\xFF\x83\x16\x80aM\xFFWaM\xFFaI\xB6V[\x80`\xFF\x84\x16\x06\x91PP\x92\x91PPV",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b5060043610610049575f3560e01c8062231d251461004d5780630a3c3495146100625780637b10399914610075578063c42af710146100b1575b5f5ffd5b61006061005b3660046141a2565b6100d4565b005b6100606100703660046141d4565b610585565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020015b60405180910390f35b6100c46100bf366004614255565b6106d7565b60405190151581526020016100a8565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361011d57604051633beab4bd60e21b815260040160405180910390fd5b5f546001600160a01b0316331461014e5760405163245aecd360e01b81523360048201526024015b60405180910390fd5b600554600160701b900460ff161561017957604051631f3ef82160e31b815260040160405180910390fd5b60405163c3631ea960e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c3631ea9906101c59084906004016144ac565b5f6040518083038186803b1580156101db575f5ffd5b505afa1580156101ed573d5f5f3e3d5ffd5b505050505f60055f9054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636e4758616040518163ffffffff1660e01b8152600401602060405180830381865afa158015610266573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061028a91906144bb565b63ffffffff1690506001600160401b038216158015906102bb57506102b8816001600160401b0384166144ea565b42105b156102f8576102d3816001600160401b0384166144ea565b604051632d6408cb60e21b81526001600160401b039091166004820152602401610145565b5f5f60169054906101000a900463ffffffff1663ffffffff169050806001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e0b165646040518163ffffffff1660e01b8152600401602060405180830381865afa158015610379573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061039d91906144bb565b6103ad9063ffffffff16426144ea565b106103d657604051637f4d710960e11b81526001600160401b0382166004820152602401610145565b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c08201525f6104cf82876108bd565b6104d9575f6104df565b8160a001515b6104ef9063ffffffff16426144fd565b905085601f6104fe8282614558565b505060218054600160401b6001600160401b0384811668ffffffffffffffffff1990931692909217179091556005805467ffffffffffffffff1916429092169190911790556040517ffece5e87a45cab6be8e0c75e6bc7b0091183799d2eda95f7355495c0ccff63a890610575908890849061481e565b60405180910390a1505050505050565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036105ce57604051633beab4bd60e21b815260040160405180910390fd5b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614158061061357505f54600160b01b900463ffffffff1615155b156106335760405163318d14a560e11b8152336004820152602401610145565b5f80546001600160a01b0319166001600160a01b038416179055610656836109ed565b5f805461ffff92909216600160a01b0261ffff60a01b199092169190911790558060036106838282614558565b5061069d90506106983683900383018361488d565b610a1f565b6040516001600160a01b0383169084907fa7a5b80bcd3bef76524ec80559f1ad1932344089b316a7be619ed23956b5ad6c905f90a3505050565b5f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361072157604051633beab4bd60e21b815260040160405180910390fd5b610729610af1565b60055461ffff600160d01b909104166060610763604080516080810182525f80825260208201819052918101829052606081019190915290565b5f8061077060088a6149ca565b9050845f0361078d57610781610bd6565b919550935091506107a5565b61079f61079a82876144ea565b610f87565b90945092505b6107b060088a6149dd565b1515806107cd5750606083015161ffff166107cb82876144ea565b115b806107e85750801580156107e85750826060015161ffff1685105b15610820576060830151604051636127274760e01b8152600481018b90526024810187905261ffff9091166044820152606401610145565b61082f8484878d8d8d8d6111d6565b61083990836144ea565b606084015190925061ffff1661084f82876144ea565b101561088c5761086184848715611368565b61086b81866144ea565b6005601a6101000a81548161ffff021916908361ffff1602179055506108a7565b6108968484611596565b6108a090836144ea565b9150600195505b6108b082611dee565b5050505050949350505050565b81515f906001600160601b03166108d760208401846149f0565b6001600160601b03161180610913575082602001516001600160601b031682602001602081019061090891906149f0565b6001600160601b0316115b8061093b57508260e0015161ffff168260e00160208101906109359190614a0b565b61ffff16115b806109655750826101a0015161ffff16826101a001602081019061095f9190614a0b565b61ffff16115b8061099157508260a0015163ffffffff168260a00160208101906109899190614a26565b63ffffffff16115b806109b9575082610180015160ff16826101800160208101906109b49190614a41565b60ff16105b806109e4575082610160015161ffff16826101600160208101906109dd9190614a0b565b61ffff1614155b90505b92915050565b5f61ffff821115610a1b576040516306dfcc6560e41b81526010600482015260248101839052604401610145565b5090565b5f816060015163ffffffff1642610a3691906144ea565b5f805463ffffffff60b01b1916600160b01b63ffffffff841602179055610140830151909150610a665780610a75565b60c0820151610a759082614a5c565b5f805461014085015164ffffffffff60d01b19909116600160d01b63ffffffff949094169390930260ff60f01b191692909217600160f01b83151502179055610abe5742610acd565b60c0820151610acd9082614a5c565b6005601c6101000a81548163ffffffff021916908363ffffffff1602179055505050565b600554600160701b900460ff1615610b1c57604051631f3ef82160e31b815260040160405180910390fd5b5f54600160b01b900463ffffffff1642811115610b5d5760405163d222b98960e01b81526001600160401b03821660048201525f6024820152604401610145565b6004545f90610b7990600160c01b900463ffffffff16836144ea565b9050610b83611fe9565b6001600160a01b0316336001600160a01b031614158015610ba357508042105b15610bd257604051632dbc470160e01b81523360048201526001600160401b0382166024820152604401610145565b5050565b604080516080810182525f808252602082018190529181018290526060818101929092526005545f90600160c01b900461ffff16806001600160401b03811115610c2257610c22614844565b604051908082528060200260200182016040528015610c5b57816020015b610c4861413d565b815260200190600190039081610c405790505b5093505f5f5f5b83811015610f34575f610c9c601482610c7c6010866149ca565b81526020019081526020015f2054601084610c9791906149dd565b612015565b61ffff165f818152601260205260409020600181015491925090600160e01b900460ff16610cef576001810154610cdc906001600160a01b03165f612036565b610ce690886144ea565b96505050610f2c565b60018101546001600160a01b03165f908152600b6020908152604091829020825160808101845290546001600160601b038116825261ffff600160601b8204169282019290925260ff600160701b8304811615801594830194909452600160781b909204909116151560608201529080610d6b57508060600151155b80610d7e575082816020015161ffff1614155b80610d915750600282015463ffffffff16155b15610d9e57505050610f2c565b60018201545f90610db7906001600160a01b03166121ad565b60018401546040516342dfc16b60e11b81526001600160a01b0391821660048201529192505f91670de0b6b3a7640000917f000000000000000000000000000000000000000000000000000000000000000016906385bf82d690602401602060405180830381865afa158015610e2f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e539190614a78565b610e5d9084614a8f565b610e6791906149ca565b9050805f03610e7a575050505050610f2c565b604080516101208101825260018601546001600160a01b03811682526020820188905291810184905260608101839052600286015463ffffffff9081166080830152600160a01b83041660a0820152600160f01b820461ffff1660c0820152600160e81b90910460ff16151560e08201525f6101008201528c89610efd81614aa6565b9a5081518110610f0f57610f0f614abe565b6020908102919091010152610f2481886144ea565b965050505050505b600101610c62565b508186526040518060800160405280610f4c83612247565b6001600160801b031681525f602082015261ffff9384166040820152600554600160601b900490931660609093019290925250939491925050565b604080516080810182525f808252602082018190529181018290526060818101929092525060408051608081018252601a546001600160801b03811682526001600160401b03600160801b82048116602084015261ffff600160c01b83048116948401859052600160d01b90920490911660608301819052919291851015919081111561101657611016614844565b60405190808252806020026020018201604052801561104f57816020015b61103c61413d565b8152602001906001900390816110345790505b5092505f5b83518110156111cf575f818152601760209081526040808320815160a08101835290546001600160a01b03808216835261ffff600160a01b8304811684870190815263ffffffff600160b01b8504811686880152600160d01b850416606080870191909152600160f01b90940482166080860152888852601887529685902085519384018652546001600160801b03811684526001600160781b03600160801b8204168488015260ff600160f81b90910416151583860152845161012081018652845190921682529551909516938501939093529290810185611137575f611146565b5f858152601960205260409020545b8152602001825f01516001600160801b03168152602001836060015163ffffffff168152602001836040015163ffffffff168152602001836080015161ffff16815260200182604001511515815260200182602001516001600160781b03168152508684815181106111ba576111ba614abe565b60209081029190910101525050600101611054565b5050915091565b5f5f5f6111e488888861227a565b915091505f6111f7898460200151612397565b6001600160401b0381111561120e5761120e614844565b604051908082528060200260200182016040528015611237578160200160208202803683370190505b5090505f805b8c518110156112785761126e8d828151811061125b5761125b614abe565b60200260200101518287868c8c886123ed565b915060010161123d565b508086146112a3576040516393b2cee560e01b81526004810187905260248101829052604401610145565b5f84602001516001600160401b038111156112c0576112c0614844565b6040519080825280602002602001820160405280156112e9578160200160208202803683370190505b5090506112f8858d838761251b565b9550600560109054906101000a90046001600160401b03166001600160401b03167f0e1cfb62a5da6e5cdf7e23bb6748db5c19489e800a35e838de1abb5651d464958c87604001518460405161135093929190614b0c565b60405180910390a25050505050979650505050505050565b5f5b835181101561151c575f84828151811061138657611386614abe565b602002602001015190508215611483576040805160a0808201835283516001600160a01b03908116835260208086015161ffff9081168286019081529387015163ffffffff9081168688019081526080808a015183166060890190815260c08b015185169189019182525f8c8152601787528a812099518a5499519451925193518716600160f01b026001600160f01b03948716600160d01b0263ffffffff60d01b1994909716600160b01b029390931667ffffffffffffffff60b01b1995909716600160a01b026001600160b01b0319909a16981697909717979097179190911692909217171692909217909255838301516019909152919020555b60408051606080820183528301516001600160801b0390811682526101008401516001600160781b03908116602080850191825260e09096015115158486019081525f88815260189097529490952092518354955194511515600160f81b026001600160f81b0395909216600160801b026001600160f81b0319909616921691909117939093179190911691909117905560010161136a565b50508051601a8054602084015160408501516060909501516001600160801b039094166001600160c01b031990921691909117600160801b6001600160401b03909216919091021763ffffffff60c01b1916600160c01b61ffff9485160261ffff60d01b191617600160d01b939092169290920217905550565b5f5f600560109054906101000a90046001600160401b031690505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663329eb8396040518163ffffffff1660e01b81526004016020604051808303815f875af115801561160e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116329190614a78565b90505f6007548261164391906144ea565b90505f61271061165561070884614a8f565b61165f91906149ca565b90505f61271061167161100485614a8f565b61167b91906149ca565b90505f816116898486614b40565b6116939190614b40565b60208901519091505f9081906001600160401b031615611712576116cd85670de0b6b3a76400008c602001516001600160401b031661280b565b6001600160401b03808a165f9081526016602090815260409091208390558c0151919250611705911682670de0b6b3a764000061280b565b61170f90836144ea565b91505b61171e8b8986866128bb565b61172890836144ea565b91506117338b612ad1565b98508160065f82825461174691906144ea565b909155505f90506117578388614b40565b6007819055604080518a8152602081018a9052908101889052606081018790526080810186905260a0810182905260c081018490529091506001600160401b038a16907f3ed16b93d704b8877b03837eff0f64180658225bcca5f72fe57eaf55477d5d789060e00160405180910390a26117d28960016144fd565b600580546bffffffffffffffffffffffff60801b1916600160801b6001600160401b03939093169290920263ffffffff60c01b1916919091179055602154600160401b900460ff16801561183157506021546001600160401b03164210155b15611ce8575f601f604051806101e00160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601c9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600182015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160049054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160089054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201600c9054906101000a900461ffff1661ffff1661ffff16815260200160018201600e9054906101000a900461ffff1661ffff1661ffff1681526020016001820160109054906101000a900461ffff1661ffff1661ffff1681526020016001820160129054906101000a900460ff161515151581526020016001820160139054906101000a900461ffff1661ffff1661ffff1681526020016001820160159054906101000a900460ff1660ff1660ff1681526020016001820160169054906101000a900461ffff1661ffff1661ffff1681526020016001820160189054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508060035f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a8154816001600160601b0302191690836001600160601b031602179055506040820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601c6101000a81548163ffffffff021916908363ffffffff1602179055506080820151816001015f6101000a81548163ffffffff021916908363ffffffff16021790555060a08201518160010160046101000a81548163ffffffff021916908363ffffffff16021790555060c08201518160010160086101000a81548163ffffffff021916908363ffffffff16021790555060e082015181600101600c6101000a81548161ffff021916908361ffff16021790555061010082015181600101600e6101000a81548161ffff021916908361ffff1602179055506101208201518160010160106101000a81548161ffff021916908361ffff1602179055506101408201518160010160126101000a81548160ff0219169083151502179055506101608201518160010160136101000a81548161ffff021916908361ffff1602179055506101808201518160010160156101000a81548160ff021916908360ff1602179055506101a08201518160010160166101000a81548161ffff021916908361ffff1602179055506101c08201518160010160186101000a81548163ffffffff021916908363ffffffff1602179055509050505f602160086101000a81548160ff0219169083151502179055507f6d0661be217b5717e72f7f9dae7ed628d5637f66c97757a1a0f8d5bc5a68e65281604051611cde9190614b53565b60405180910390a1505b604080516101e0810182526003546001600160601b038082168352600160601b8083049091166020840152600160c01b80830463ffffffff90811695850195909552600160e01b9092048416606084015260045480851660808501526401000000008104851660a0850152600160401b8104851660c085015290810461ffff90811660e0850152600160701b82048116610100850152600160801b82048116610120850152600160901b820460ff9081161515610140860152600160981b83048216610160860152600160a81b830416610180850152600160b01b8204166101a0840152049091166101c0820152611ddf90610a1f565b50505050505050505092915050565b805f03611df85750565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166363b0c4286040518163ffffffff1660e01b8152600401602060405180830381865afa158015611e55573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e799190614cb4565b6040805184815282151560208201529192507fc30ba5387d084e2148b2a91357a887e7b0496357514cfe33d9ff3033f676ace5910160405180910390a18015611f3557604051630852cd8d60e31b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906342966c68906024015f604051808303815f87803b158015611f1b575f5ffd5b505af1158015611f2d573d5f5f3e3d5ffd5b505050505050565b610bd27f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166361d027b36040518163ffffffff1660e01b8152600401602060405180830381865afa158015611f94573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611fb89190614ccf565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169084612f37565b6002545f906001600160a01b03168015612003578061200f565b5f546001600160a01b03165b91505090565b5f612021826010614a8f565b61202c9060f0614b40565b9290921c92915050565b6001600160a01b0382165f908152600b602052604081208054600160701b900460ff16612066575f9150506109e7565b60045481546127109161208e91600160601b90910461ffff16906001600160601b0316614a8f565b61209891906149ca565b8154909250829082905f906120b79084906001600160601b0316614cea565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550836001600160a01b03167f607adba66cff84b627e3537d1c17d088a98556bccd0536a2f3590c56329023d98484604051612116929190614d1d565b60405180910390a28054600160781b900460ff16156121a6576040516314c2559360e21b81526001600160a01b0385811660048301527f00000000000000000000000000000000000000000000000000000000000000001690635309564c906024015f604051808303815f87803b15801561218f575f5ffd5b505af11580156121a1573d5f5f3e3d5ffd5b505050505b5092915050565b6001600160a01b0381165f908152601c602090815260408083208151808301909252546001600160801b03811682526001600160401b03600160801b91829004811693830193909352600554919261220b92919091041660016144fd565b6001600160401b031681602001516001600160401b03160361223757516001600160801b031692915050565b61224083612f71565b9392505050565b5f6001600160801b03821115610a1b576040516306dfcc6560e41b81526080600482015260248101839052604401610145565b6122b86040518060e001604052805f81526020015f815260200160608152602001606081526020016060815260200160608152602001606081525090565b60605f6122c66008856149ca565b90506122d2868261302c565b9250806001600160401b038111156122ec576122ec614844565b604051908082528060200260200182016040528015612315578160200160208202803683370190505b5060408401516060850151600a602052919350905f5b83811015612382578060031b88013560c01c8160051b6020850101528089015f5260405f2054808260051b60208801015260ff8160301c166123795763ffffffff81168260051b6020850101525b5060010161232b565b5061238c85613206565b505050935093915050565b5f81156123e5576123a96010846149ca565b601060016123b785876144ea565b6123c19190614b40565b6123cb91906149ca565b6123d59190614b40565b6123e09060016144ea565b6109e4565b505f92915050565b845160208601515f9190829061240390836144ea565b9050808a60c001511015612418575060c08901515b818111612429578392505050612510565b5f61243d8787878e60c0015187878e61329e565b945090508584111561246c576040516393b2cee560e01b81526004810187905260248101859052604401610145565b6020808c01515f9081526012909152604090205481146124af5760208b0151604051630d7d552b60e21b8152610145918c91600401918252602082015260400190565b6124e18960405180606001604052808e6060015181526020018e6080015181526020018e60a001518152508a8561335a565b8b610100018181516124f391906144ea565b90525060e08b01511561250c5761250c8b8a858561356e565b5050505b979650505050505050565b604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b820483166101608601819052600160a81b8304909116610180860152600160b01b82049092166101a085015293909304166101c082015284515f926001600160801b0390911690839061262a9083906136de565b600554909150600160801b90046001600160401b03165f805b8a602001518110156127db578a60600151818151811061266557612665614abe565b60200260200101515f1480612678575084155b1561270a578a60400151818151811061269357612693614abe565b60200260200101515f14612705578a516126ae9082906144ea565b8b6040015182815181106126c4576126c4614abe565b60209081029190910101516040516333c106c560e01b8152600481019290925260248201525f6044820181905260648201526084810185905260a401610145565b6127d3565b6127168b8287876136ee565b5f856127228d846137ab565b61272c91906149ca565b9050808a838151811061274157612741614abe565b602090810291909101015261275681846144ea565b92505f5f861180156127855750858d60a00151848151811061277a5761277a614abe565b602002602001015110155b90506127c4838e5f015161279991906144ea565b8b85815181106127ab576127ab614abe565b602002602001015184848c610180015160ff168a613856565b6127ce908a6144ea565b985050505b600101612643565b506127e5816139e5565b896020018181516127f691906144fd565b6001600160401b03169052506108b08a613a1a565b5f5f5f6128188686613b2b565b91509150815f0361283c57838181612832576128326149b6565b0492505050612240565b818411612853576128536003851502601118613b47565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f80805b8651811015612923578681815181106128da576128da614abe565b602002602001015161010001518782815181106128f9576128f9614abe565b60200260200101516060015161290f9190614a8f565b61291990836144ea565b91506001016128bf565b50805f03612934575f915050612ac9565b5f5b8651811015612ac6575f87828151811061295257612952614abe565b602002602001015190505f81610100015182606001516129729190614a8f565b90505f61298088838761280b565b90505f61298e88848861280b565b90505f6129b0855f015186604001518d60016129aa91906144fd565b85613b58565b90506129bc8183614b40565b6129c690846144ea565b925082156129da5784516129da9084613de2565b6129e481846144ea565b6129ee90896144ea565b9750670de0b6b3a764000085610100015161ffff612a0c9190614a8f565b612a1691906149ca565b6020808701515f908152600a8252604090819020805461ffff949094166401000000000265ffff00000000199094169390931790925586516060808901516101008a01518551918252938101939093529282018690529181018390526001600160a01b03909116906001600160401b038d16907f34fab1755407cee16aec7990ed44237d141cbdb5df37961be06512b01a9df5139060800160405180910390a35050505050806001019050612936565b50505b949350505050565b80515f90808203612ae457505f92915050565b5f816001600160401b03811115612afd57612afd614844565b604051908082528060200260200182016040528015612b26578160200160208202803683370190505b5090505f826001600160401b03811115612b4257612b42614844565b604051908082528060200260200182016040528015612b6b578160200160208202803683370190505b5090505f5b83811015612c0b57858181518110612b8a57612b8a614abe565b60200260200101515f0151838281518110612ba757612ba7614abe565b60200260200101906001600160a01b031690816001600160a01b031681525050858181518110612bd957612bd9614abe565b60200260200101516101000151828281518110612bf857612bf8614abe565b6020908102919091010152600101612b70565b50600354604051636aabe8f360e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691636aabe8f391612c6b9186918691600160e01b900463ffffffff1690600401614d47565b5f604051808303815f87803b158015612c82575f5ffd5b505af1158015612c94573d5f5f3e3d5ffd5b5050604080516101e0810182526003546001600160601b038082168352600160601b808304909116602084015263ffffffff600160c01b808404821695850195909552600160e01b9092048216606084015260045480831660808501526401000000008104831660a0850152600160401b8104831660c085015261ffff918104821660e0850152600160701b81048216610100850152600160801b8104821661012085015260ff600160901b820481161515610140860152600160981b82048316610160860152600160a81b820416610180850152600160b01b81049091166101a08401819052939004166101c082015292505f915061271090612da190670de0b6b3a764000090614a8f565b612dab91906149ca565b90505f5b85811015612f2c575f600a5f8a8481518110612dcd57612dcd614abe565b60200260200101516020015181526020019081526020015f2090505f837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166385bf82d6898681518110612e2b57612e2b614abe565b60200260200101516040518263ffffffff1660e01b8152600401612e5e91906001600160a01b0391909116815260200190565b602060405180830381865afa158015612e79573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612e9d9190614a78565b10612ea8575f612ebf565b8154612ebf90600160381b900460ff166001614db5565b905084610180015160ff168160ff1610612f0757612ef7878481518110612ee857612ee8614abe565b60200260200101516002612036565b612f01908a6144ea565b98505f90505b815460ff909116600160381b0267ff0000000000000019909116179055600101612daf565b505050505050919050565b612f448383836001613e12565b612f6c57604051635274afe760e01b81526001600160a01b0384166004820152602401610145565b505050565b6001600160a01b0381165f908152600b60209081526040808320815160808101835290546001600160601b038116825261ffff600160601b8204169382019390935260ff600160701b84048116158015938301849052600160781b909404161515606082015291839190612fe6575081606001515b612ff0575f612ff3565b81515b6001600160a01b0385165f908152600d60205260409020546001600160601b03919091169150612ac9906001600160801b0316826144ea565b61306a6040518060e001604052805f81526020015f815260200160608152602001606081526020016060815260200160608152602001606081525090565b82815260208101829052816001600160401b0381111561308c5761308c614844565b6040519080825280602002602001820160405280156130b5578160200160208202803683370190505b506040820152816001600160401b038111156130d3576130d3614844565b6040519080825280602002602001820160405280156130fc578160200160208202803683370190505b50606082015261310d826003614a8f565b6131189060036144ea565b6001600160401b0381111561312f5761312f614844565b604051908082528060200260200182016040528015613158578160200160208202803683370190505b506080820152816001600160401b0381111561317657613176614844565b60405190808252806020026020018201604052801561319f578160200160208202803683370190505b5060a08201526131af8383612397565b6131ba906002614a8f565b6001600160401b038111156131d1576131d1614844565b6040519080825280602002602001820160405280156131fa578160200160208202803683370190505b5060c082015292915050565b80516020820151602060408401510160206060850151016020608086015101602060c0870151016010860695505f5b8581101561329457600581901b8581015160608302850152840151801561328b578188018060041c60061b840161ffff600f831660041b60f0031b81511781526020810151831115613288578260208201525b50505b50600101613235565b5050505050505050565b5f5f838610156132ac578593505b608080860490607f86810182900491908901045f6101008085029060028c02908502106132dc578a6002026132e2565b61010084025b0390508c8b016132f58186868686613e74565b965083830360200282866020028e01010195505f60108b81613319576133196149b6565b04905061010086026020808802840190830201035f8260105f198e0104036001016020029050808260208d0137505050505050505097509795505050505050565b5f84515f52602060608601510160205260105f51065f5103604085015160208501805f83115f51871116156133a157600160105f510460106001890304030160051b820190505b602060c08a0151016060855f510302602060808c0151010389515b83851015613457578251866020850151106133df576133dc878983613463565b90505b896010890111156133f6575f19888b0360041b1c19165b808651169050825f5189101561341c57885f5103828160041b1b92506060810285019150505b81156134375761343260208e01518483856134ad565b8a0199505b5050602085019450604083019250601087019650610600820191506133bc565b50505050505050612ac9565b5f5f5b60108110156134a55761ffff8160041b60f0031b8084161561349c57855f518387010360051b6020510151101561349c57918217915b50600101613466565b509392505050565b5f8360801b5b82156135655785670de0b6b3a76400008460f01c020484518082105f81146134ea57604087018051898502019052938201936134ff565b6020870180518385118a028601019052938101935b5087670de0b6b3a764000061ffff8760e01c1602049150606086015190508082105f811461353c5760a08701805189850201905293820193613551565b6080870180518385118a028601019052938101935b5050508260201b925060c0840193506134b3565b50949350505050565b5f61357b610100846149dd565b6135859084614b40565b90505b818110156136d7575f6013816135a0610100856149ca565b60208901516135b0906004614a8f565b6135ba91906144ea565b81526020019081526020015f20549050805f036135d757506136c4565b5f8483106135e557826135e7565b845b90505f846135f7856101006144ea565b1161360d57613608846101006144ea565b61360f565b845b9050815b818110156136bf57613627610100826149dd565b84901c600116156136b75760608801515f906136438984614b40565b8151811061365357613653614abe565b60200260200101519050805f148061366f57508960a001518110155b1561367a57506136b7565b60608a015160a08a015161368e8a85614b40565b8151811061369e5761369e614abe565b602002602001018181516136b291906144ea565b905250505b600101613613565b505050505b6136d0610100826144ea565b9050613588565b5050505050565b5f6109e483836127106001613eeb565b5f8460400151848151811061370557613705614abe565b602002602001015190505f815f14613726576137218686613f36565b613728565b835b90505f6137358787613f78565b9050838210806137455750838110155b806137575750670de0b6b3a764000083115b156137a25786516137699087906144ea565b6040516333c106c560e01b815260048101919091526024810184905260448101839052606481018290526084810185905260a401610145565b50505050505050565b5f608083608001518360036137c09190614a8f565b6137cb9060016144ea565b815181106137db576137db614abe565b6020026020010151901c83608001518360036137f79190614a8f565b8151811061380757613807614abe565b60200260200101516138199190614a8f565b6080840151613829846003614a8f565b6138349060026144ea565b8151811061384457613844614abe565b60200260200101516109e491906144ea565b6040805160e0808201835263ffffffff88168252602088811c61ffff1690830152603088901c60ff908116151583850152603889901c1660608301529187901c6001600160601b0316608082015260a087811c6001600160401b0316908201529086901c60c08201525f905f6138cb82613fbe565b82608001516001600160601b03166138e391906144ea565b90506001600160601b03811115613918575f89815260096020526040902054613915906001600160a01b031682613de2565b505f5b6001600160601b03811660808301526001600160401b0380881660a0840152613942908516614048565b63ffffffff1660c08301525f86613959575f61396c565b606083015161396c9060ff1660016144ea565b905085811061399d575f8a815260096020526040902054613997906001600160a01b03166001612036565b93505f90505b60ff81166060840152670de0b6b3a76400006139bb8961ffff614a8f565b6139c591906149ca565b61ffff1660208401526139d88a84614078565b5050509695505050505050565b5f6001600160401b03821115610a1b57604080516306dfcc6560e41b8152600481019190915260248101839052604401610145565b805160208201515f90613a2d90836144ea565b60408401519091505f613a416010856149dd565b613a4b9085614b40565b90505b828110156136d7575f601581613a656010856149ca565b81526020019081526020015f205490505f858310613a835782613a85565b855b90505f85613a948560106144ea565b10613a9f5785613aaa565b613aaa8460106144ea565b9050815b81811015613af45784810360041b60f003670de0b6b3a764000061ffff60018b85030160051b890151020480821b61ffff831b1987161795505050600181019050613aae565b508260155f613b046010886149ca565b815260208101919091526040015f205550613b24915060109050826144ea565b9050613a4e565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b0384165f818152600d602090815260408083208151808301835290546001600160801b038082168352600160801b91829004811683860152868652601d85528386208451808601865290548083168252929092046001600160401b031682860152958552600e9093529083205482519394919390911615801590613bf95750856001600160401b031682602001516001600160401b031614155b15613c96576001600160a01b0388165f908152601e60209081526040808320858301516001600160401b031684529091528120549003613c6e57613c3e8160016144ea565b6001600160a01b0389165f908152601e60209081526040808320868301516001600160401b031684529091529020555b6001600160a01b0388165f908152601d6020526040812080546001600160c01b031916905582525b5f866001600160401b031683602001516001600160401b031614613cba575f613cbd565b82515b8460200151613ccc9190614dce565b6001600160801b031690508015801590613ce557508715155b15613d6b575f613d0f82865f01516001600160801b031687602001516001600160801b031661280b565b905088811115613d1c5750875b613d2787828b61280b565b9550613d43866ec097ce7bc90715b34b9f10000000008461280b565b613d4d90846144ea565b6001600160a01b038b165f908152600e602052604090208190559250505b82516001600160801b031615801590613d995750866001600160401b031683602001516001600160401b0316145b15613dd657613da98260016144ea565b6001600160a01b038a165f908152601e602090815260408083206001600160401b038c1684529091529020555b50505050949350505050565b6001600160a01b0382165f9081526011602052604081208054839290613e099084906144ea565b90915550505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613e68578383151615613e5c573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f60405161010081018660051b88018760051b89833786860360051b8582018860051b840137875b87811015613ed65761010089820302808703610100811115613ebd57506101005b8082850187378520600583901b85015250600101613e9c565b50508460051b81209250505095945050505050565b5f613f18613ef883614097565b8015613f1357505f8480613f0e57613f0e6149b6565b868809115b151590565b613f2386868661280b565b613f2d91906144ea565b95945050505050565b5f60808360800151836003613f4b9190614a8f565b613f569060016144ea565b81518110613f6657613f66614abe565b6020026020010151901c905092915050565b60808201515f90613f8a836003614a8f565b613f959060016144ea565b81518110613fa557613fa5614abe565b60200260200101516001600160801b0316905092915050565b5f8160a001516001600160401b03165f14806140025750600560109054906101000a90046001600160401b03166001600160401b03168260c0015163ffffffff1610155b1561400e57505f919050565b60a082015160c083015163ffffffff165f908152601660205260409020546109e7916001600160401b031690670de0b6b3a764000061280b565b5f63ffffffff821115610a1b576040516306dfcc6560e41b81526020600482015260248101839052604401610145565b5f828152600a602052604081209061408f836140c3565b909155505050565b5f60028260038111156140ac576140ac614d09565b6140b69190614ded565b60ff166001149050919050565b5f60e08260c0015163ffffffff16901b60a08360a001516001600160401b0316901b604084608001516001600160601b0316901b6038856060015160ff16901b60308660400151614114575f614117565b60015b901b6020876020015161ffff16901b875f015163ffffffff161717171717179050919050565b6040518061012001604052805f6001600160a01b031681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f81525090565b5f6101e0828403121561419c575f5ffd5b50919050565b5f6101e082840312156141b3575f5ffd5b6109e4838361418b565b6001600160a01b03811681146141d1575f5ffd5b50565b5f5f5f61022084860312156141e7575f5ffd5b8335925060208401356141f9816141bd565b9150614208856040860161418b565b90509250925092565b5f5f83601f840112614221575f5ffd5b5081356001600160401b03811115614237575f5ffd5b60208301915083602082850101111561424e575f5ffd5b9250929050565b5f5f5f5f60408587031215614268575f5ffd5b84356001600160401b0381111561427d575f5ffd5b61428987828801614211565b90955093505060208501356001600160401b038111156142a7575f5ffd5b6142b387828801614211565b95989497509550505050565b6001600160601b03811681146141d1575f5ffd5b80356142de816142bf565b919050565b63ffffffff811681146141d1575f5ffd5b80356142de816142e3565b61ffff811681146141d1575f5ffd5b80356142de816142ff565b80151581146141d1575f5ffd5b80356142de81614319565b60ff811681146141d1575f5ffd5b80356142de81614331565b61436482614357836142d3565b6001600160601b03169052565b614370602082016142d3565b6001600160601b0316602083015261438a604082016142f4565b63ffffffff1660408301526143a1606082016142f4565b63ffffffff1660608301526143b8608082016142f4565b63ffffffff1660808301526143cf60a082016142f4565b63ffffffff1660a08301526143e660c082016142f4565b63ffffffff1660c08301526143fd60e0820161430e565b61ffff1660e0830152614413610100820161430e565b61ffff1661010083015261442a610120820161430e565b61ffff166101208301526144416101408201614326565b1515610140830152614456610160820161430e565b61ffff1661016083015261446d610180820161433f565b60ff166101808301526144836101a0820161430e565b61ffff166101a083015261449a6101c082016142f4565b63ffffffff81166101c0840152505050565b6101e081016109e7828461434a565b5f602082840312156144cb575f5ffd5b8151612240816142e3565b634e487b7160e01b5f52601160045260245ffd5b808201808211156109e7576109e76144d6565b6001600160401b0381811683821601908111156109e7576109e76144d6565b5f81356109e7816142bf565b5f81356109e7816142e3565b5f81356109e7816142ff565b5f81356109e781614319565b5f81356109e781614331565b6145866145648361451c565b82546bffffffffffffffffffffffff19166001600160601b0391909116178255565b6145c96145956020840161451c565b8280546bffffffffffffffffffffffff60601b191660609290921b6bffffffffffffffffffffffff60601b16919091179055565b6145fc6145d860408401614528565b82805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055565b61462f61460b60608401614528565b8280546001600160e01b031660e09290921b6001600160e01b031916919091179055565b6001810161465961464260808501614528565b825463ffffffff191663ffffffff91909116178255565b61468a61466860a08501614528565b825467ffffffff00000000191660209190911b67ffffffff0000000016178255565b6146c361469960c08501614528565b82546bffffffff0000000000000000191660409190911b6bffffffff000000000000000016178255565b6146f26146d260e08501614534565b82805461ffff60601b191660609290921b61ffff60601b16919091179055565b6147226147026101008501614534565b82805461ffff60701b191660709290921b61ffff60701b16919091179055565b6147526147326101208501614534565b82805461ffff60801b191660809290921b61ffff60801b16919091179055565b6147806147626101408501614540565b82805460ff60901b191691151560901b60ff60901b16919091179055565b6147b06147906101608501614534565b82805461ffff60981b191660989290921b61ffff60981b16919091179055565b6147de6147c0610180850161454c565b82805460ff60a81b191660a89290921b60ff60a81b16919091179055565b61480e6147ee6101a08501614534565b82805461ffff60b01b191660b09290921b61ffff60b01b16919091179055565b612f6c6145d86101c08501614528565b610200810161482d828561434a565b6001600160401b0383166101e08301529392505050565b634e487b7160e01b5f52604160045260245ffd5b6040516101e081016001600160401b038111828210171561488757634e487b7160e01b5f52604160045260245ffd5b60405290565b5f6101e082840312801561489f575f5ffd5b506148a8614858565b6148b1836142d3565b81526148bf602084016142d3565b60208201526148d0604084016142f4565b60408201526148e1606084016142f4565b60608201526148f2608084016142f4565b608082015261490360a084016142f4565b60a082015261491460c084016142f4565b60c082015261492560e0840161430e565b60e0820152614937610100840161430e565b61010082015261494a610120840161430e565b61012082015261495d6101408401614326565b610140820152614970610160840161430e565b610160820152614983610180840161433f565b6101808201526149966101a0840161430e565b6101a08201526149a96101c084016142f4565b6101c08201529392505050565b634e487b7160e01b5f52601260045260245ffd5b5f826149d8576149d86149b6565b500490565b5f826149eb576149eb6149b6565b500690565b5f60208284031215614a00575f5ffd5b8135612240816142bf565b5f60208284031215614a1b575f5ffd5b8135612240816142ff565b5f60208284031215614a36575f5ffd5b8135612240816142e3565b5f60208284031215614a51575f5ffd5b813561224081614331565b63ffffffff82811682821603908111156109e7576109e76144d6565b5f60208284031215614a88575f5ffd5b5051919050565b80820281158282048414176109e7576109e76144d6565b5f60018201614ab757614ab76144d6565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b5f8151808452602084019350602083015f5b82811015614b02578151865260209586019590910190600101614ae4565b5093949350505050565b838152606060208201525f614b246060830185614ad2565b8281036040840152614b368185614ad2565b9695505050505050565b818103818111156109e7576109e76144d6565b81516001600160601b031681526101e081016020830151614b7f60208401826001600160601b03169052565b506040830151614b97604084018263ffffffff169052565b506060830151614baf606084018263ffffffff169052565b506080830151614bc7608084018263ffffffff169052565b5060a0830151614bdf60a084018263ffffffff169052565b5060c0830151614bf760c084018263ffffffff169052565b5060e0830151614c0d60e084018261ffff169052565b50610100830151614c2561010084018261ffff169052565b50610120830151614c3d61012084018261ffff169052565b50610140830151614c5361014084018215159052565b50610160830151614c6b61016084018261ffff169052565b50610180830151614c8261018084018260ff169052565b506101a0830151614c9a6101a084018261ffff169052565b506101c08301516121a66101c084018263ffffffff169052565b5f60208284031215614cc4575f5ffd5b815161224081614319565b5f60208284031215614cdf575f5ffd5b8151612240816141bd565b6001600160601b0382811682821603908111156109e7576109e76144d6565b634e487b7160e01b5f52602160045260245ffd5b6040810160038410614d3d57634e487b7160e01b5f52602160045260245ffd5b9281526020015290565b606080825284519082018190525f9060208601906080840190835b81811015614d895783516001600160a01b0316835260209384019390920191600101614d62565b50508381036020850152614d9d8187614ad2565b9250505063ffffffff83166040830152949350505050565b60ff81811683821601908111156109e7576109e76144d6565b6001600160801b0382811682821603908111156109e7576109e76144d6565b5f60ff831680614dff57614dff6149b6565b8060ff8416069150509291505056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\0IW_5`\xE0\x1C\x80b#\x1D%\x14a\0MW\x80c\n<4\x95\x14a\0bW\x80c{\x109\x99\x14a\0uW\x80c\xC4*\xF7\x10\x14a\0\xB1W[__\xFD[a\0`a\0[6`\x04aA\xA2V[a\0\xD4V[\0[a\0`a\0p6`\x04aA\xD4V[a\x05\x85V[`@Q`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\0\xC4a\0\xBF6`\x04aBUV[a\x06\xD7V[`@Q\x90\x15\x15\x81R` \x01a\0\xA8V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x01\x1DW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x01NW`@Qc$Z\xEC\xD3`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x01yW`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@Qc\xC3c\x1E\xA9`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xC3c\x1E\xA9\x90a\x01\xC5\x90\x84\x90`\x04\x01aD\xACV[_`@Q\x80\x83\x03\x81\x86\x80;\x15\x80\x15a\x01\xDBW__\xFD[PZ\xFA\x15\x80\x15a\x01\xEDW=__>=_\xFD[PPPP_`\x05_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cnGXa`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x02fW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x02\x8A\x91\x90aD\xBBV[c\xFF\xFF\xFF\xFF\x16\x90P`\x01`\x01`@\x1B\x03\x82\x16\x15\x80\x15\x90a\x02\xBBWPa\x02\xB8\x81`\x01`\x01`@\x1B\x03\x84\x16aD\xEAV[B\x10[\x15a\x02\xF8Wa\x02\xD3\x81`\x01`\x01`@\x1B\x03\x84\x16aD\xEAV[`@Qc-d\x08\xCB`\xE2\x1B\x81R`\x01`\x01`@\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x01EV[__`\x16\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x90P\x80`\x01`\x01`@\x1B\x03\x16\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xE0\xB1ed`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x03yW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x03\x9D\x91\x90aD\xBBV[a\x03\xAD\x90c\xFF\xFF\xFF\xFF\x16BaD\xEAV[\x10a\x03\xD6W`@Qc\x7FMq\t`\xE1\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x01EV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01R_a\x04\xCF\x82\x87a\x08\xBDV[a\x04\xD9W_a\x04\xDFV[\x81`\xA0\x01Q[a\x04\xEF\x90c\xFF\xFF\xFF\xFF\x16BaD\xFDV[\x90P\x85`\x1Fa\x04\xFE\x82\x82aEXV[PP`!\x80T`\x01`@\x1B`\x01`\x01`@\x1B\x03\x84\x81\x16h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16\x92\x90\x92\x17\x17\x90\x91U`\x05\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16B\x90\x92\x16\x91\x90\x91\x17\x90U`@Q\x7F\xFE\xCE^\x87\xA4\\\xABk\xE8\xE0\xC7^k\xC7\xB0\t\x11\x83y\x9D.\xDA\x95\xF75T\x95\xC0\xCC\xFFc\xA8\x90a\x05u\x90\x88\x90\x84\x90aH\x1EV[`@Q\x80\x91\x03\x90\xA1PPPPPPV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x05\xCEW`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x15\x80a\x06\x13WP_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x15\x15[\x15a\x063W`@Qc1\x8D\x14\xA5`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01a\x01EV[_\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90Ua\x06V\x83a\t\xEDV[_\x80Ta\xFF\xFF\x92\x90\x92\x16`\x01`\xA0\x1B\x02a\xFF\xFF`\xA0\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90U\x80`\x03a\x06\x83\x82\x82aEXV[Pa\x06\x9D\x90Pa\x06\x986\x83\x90\x03\x83\x01\x83aH\x8DV[a\n\x1FV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x84\x90\x7F\xA7\xA5\xB8\x0B\xCD;\xEFvRN\xC8\x05Y\xF1\xAD\x1924@\x89\xB3\x16\xA7\xBEa\x9E\xD29V\xB5\xADl\x90_\x90\xA3PPPV[_`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x03a\x07!W`@Qc;\xEA\xB4\xBD`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x07)a\n\xF1V[`\x05Ta\xFF\xFF`\x01`\xD0\x1B\x90\x91\x04\x16``a\x07c`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x91\x90\x91R\x90V[_\x80a\x07p`\x08\x8AaI\xCAV[\x90P\x84_\x03a\x07\x8DWa\x07\x81a\x0B\xD6V[\x91\x95P\x93P\x91Pa\x07\xA5V[a\x07\x9Fa\x07\x9A\x82\x87aD\xEAV[a\x0F\x87V[\x90\x94P\x92P[a\x07\xB0`\x08\x8AaI\xDDV[\x15\x15\x80a\x07\xCDWP``\x83\x01Qa\xFF\xFF\x16a\x07\xCB\x82\x87aD\xEAV[\x11[\x80a\x07\xE8WP\x80\x15\x80\x15a\x07\xE8WP\x82``\x01Qa\xFF\xFF\x16\x85\x10[\x15a\x08 W``\x83\x01Q`@Qca''G`\xE0\x1B\x81R`\x04\x81\x01\x8B\x90R`$\x81\x01\x87\x90Ra\xFF\xFF\x90\x91\x16`D\x82\x01R`d\x01a\x01EV[a\x08/\x84\x84\x87\x8D\x8D\x8D\x8Da\x11\xD6V[a\x089\x90\x83aD\xEAV[``\x84\x01Q\x90\x92Pa\xFF\xFF\x16a\x08O\x82\x87aD\xEAV[\x10\x15a\x08\x8CWa\x08a\x84\x84\x87\x15a\x13hV[a\x08k\x81\x86aD\xEAV[`\x05`\x1Aa\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x08\xA7V[a\x08\x96\x84\x84a\x15\x96V[a\x08\xA0\x90\x83aD\xEAV[\x91P`\x01\x95P[a\x08\xB0\x82a\x1D\xEEV[PPPPP\x94\x93PPPPV[\x81Q_\x90`\x01`\x01``\x1B\x03\x16a\x08\xD7` \x84\x01\x84aI\xF0V[`\x01`\x01``\x1B\x03\x16\x11\x80a\t\x13WP\x82` \x01Q`\x01`\x01``\x1B\x03\x16\x82` \x01` \x81\x01\x90a\t\x08\x91\x90aI\xF0V[`\x01`\x01``\x1B\x03\x16\x11[\x80a\t;WP\x82`\xE0\x01Qa\xFF\xFF\x16\x82`\xE0\x01` \x81\x01\x90a\t5\x91\x90aJ\x0BV[a\xFF\xFF\x16\x11[\x80a\teWP\x82a\x01\xA0\x01Qa\xFF\xFF\x16\x82a\x01\xA0\x01` \x81\x01\x90a\t_\x91\x90aJ\x0BV[a\xFF\xFF\x16\x11[\x80a\t\x91WP\x82`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x82`\xA0\x01` \x81\x01\x90a\t\x89\x91\x90aJ&V[c\xFF\xFF\xFF\xFF\x16\x11[\x80a\t\xB9WP\x82a\x01\x80\x01Q`\xFF\x16\x82a\x01\x80\x01` \x81\x01\x90a\t\xB4\x91\x90aJAV[`\xFF\x16\x10[\x80a\t\xE4WP\x82a\x01`\x01Qa\xFF\xFF\x16\x82a\x01`\x01` \x81\x01\x90a\t\xDD\x91\x90aJ\x0BV[a\xFF\xFF\x16\x14\x15[\x90P[\x92\x91PPV[_a\xFF\xFF\x82\x11\x15a\n\x1BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x10`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[P\x90V[_\x81``\x01Qc\xFF\xFF\xFF\xFF\x16Ba\n6\x91\x90aD\xEAV[_\x80Tc\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1Bc\xFF\xFF\xFF\xFF\x84\x16\x02\x17\x90Ua\x01@\x83\x01Q\x90\x91Pa\nfW\x80a\nuV[`\xC0\x82\x01Qa\nu\x90\x82aJ\\V[_\x80Ta\x01@\x85\x01Qd\xFF\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x90\x91\x16`\x01`\xD0\x1Bc\xFF\xFF\xFF\xFF\x94\x90\x94\x16\x93\x90\x93\x02`\xFF`\xF0\x1B\x19\x16\x92\x90\x92\x17`\x01`\xF0\x1B\x83\x15\x15\x02\x17\x90Ua\n\xBEWBa\n\xCDV[`\xC0\x82\x01Qa\n\xCD\x90\x82aJ\\V[`\x05`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPPPV[`\x05T`\x01`p\x1B\x90\x04`\xFF\x16\x15a\x0B\x1CW`@Qc\x1F>\xF8!`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_T`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16B\x81\x11\x15a\x0B]W`@Qc\xD2\"\xB9\x89`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R_`$\x82\x01R`D\x01a\x01EV[`\x04T_\x90a\x0By\x90`\x01`\xC0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x83aD\xEAV[\x90Pa\x0B\x83a\x1F\xE9V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\x0B\xA3WP\x80B\x10[\x15a\x0B\xD2W`@Qc-\xBCG\x01`\xE0\x1B\x81R3`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x82\x16`$\x82\x01R`D\x01a\x01EV[PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92R`\x05T_\x90`\x01`\xC0\x1B\x90\x04a\xFF\xFF\x16\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\x0C\"Wa\x0C\"aHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0C[W\x81` \x01[a\x0CHaA=V[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x0C@W\x90P[P\x93P___[\x83\x81\x10\x15a\x0F4W_a\x0C\x9C`\x14\x82a\x0C|`\x10\x86aI\xCAV[\x81R` \x01\x90\x81R` \x01_ T`\x10\x84a\x0C\x97\x91\x90aI\xDDV[a \x15V[a\xFF\xFF\x16_\x81\x81R`\x12` R`@\x90 `\x01\x81\x01T\x91\x92P\x90`\x01`\xE0\x1B\x90\x04`\xFF\x16a\x0C\xEFW`\x01\x81\x01Ta\x0C\xDC\x90`\x01`\x01`\xA0\x1B\x03\x16_a 6V[a\x0C\xE6\x90\x88aD\xEAV[\x96PPPa\x0F,V[`\x01\x81\x01T`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x0B` \x90\x81R`@\x91\x82\x90 \x82Q`\x80\x81\x01\x84R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x92\x82\x01\x92\x90\x92R`\xFF`\x01`p\x1B\x83\x04\x81\x16\x15\x80\x15\x94\x83\x01\x94\x90\x94R`\x01`x\x1B\x90\x92\x04\x90\x91\x16\x15\x15``\x82\x01R\x90\x80a\rkWP\x80``\x01Q\x15[\x80a\r~WP\x82\x81` \x01Qa\xFF\xFF\x16\x14\x15[\x80a\r\x91WP`\x02\x82\x01Tc\xFF\xFF\xFF\xFF\x16\x15[\x15a\r\x9EWPPPa\x0F,V[`\x01\x82\x01T_\x90a\r\xB7\x90`\x01`\x01`\xA0\x1B\x03\x16a!\xADV[`\x01\x84\x01T`@QcB\xDF\xC1k`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x04\x82\x01R\x91\x92P_\x91g\r\xE0\xB6\xB3\xA7d\0\0\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\x85\xBF\x82\xD6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0E/W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0ES\x91\x90aJxV[a\x0E]\x90\x84aJ\x8FV[a\x0Eg\x91\x90aI\xCAV[\x90P\x80_\x03a\x0EzWPPPPPa\x0F,V[`@\x80Qa\x01 \x81\x01\x82R`\x01\x86\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x82R` \x82\x01\x88\x90R\x91\x81\x01\x84\x90R``\x81\x01\x83\x90R`\x02\x86\x01Tc\xFF\xFF\xFF\xFF\x90\x81\x16`\x80\x83\x01R`\x01`\xA0\x1B\x83\x04\x16`\xA0\x82\x01R`\x01`\xF0\x1B\x82\x04a\xFF\xFF\x16`\xC0\x82\x01R`\x01`\xE8\x1B\x90\x91\x04`\xFF\x16\x15\x15`\xE0\x82\x01R_a\x01\0\x82\x01R\x8C\x89a\x0E\xFD\x81aJ\xA6V[\x9AP\x81Q\x81\x10a\x0F\x0FWa\x0F\x0FaJ\xBEV[` \x90\x81\x02\x91\x90\x91\x01\x01Ra\x0F$\x81\x88aD\xEAV[\x96PPPPPP[`\x01\x01a\x0CbV[P\x81\x86R`@Q\x80`\x80\x01`@R\x80a\x0FL\x83a\"GV[`\x01`\x01`\x80\x1B\x03\x16\x81R_` \x82\x01Ra\xFF\xFF\x93\x84\x16`@\x82\x01R`\x05T`\x01``\x1B\x90\x04\x90\x93\x16``\x90\x93\x01\x92\x90\x92RP\x93\x94\x91\x92PPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x81\x01\x92\x90\x92RP`@\x80Q`\x80\x81\x01\x82R`\x1AT`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16` \x84\x01Ra\xFF\xFF`\x01`\xC0\x1B\x83\x04\x81\x16\x94\x84\x01\x85\x90R`\x01`\xD0\x1B\x90\x92\x04\x90\x91\x16``\x83\x01\x81\x90R\x91\x92\x91\x85\x10\x15\x91\x90\x81\x11\x15a\x10\x16Wa\x10\x16aHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x10OW\x81` \x01[a\x10<aA=V[\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x104W\x90P[P\x92P_[\x83Q\x81\x10\x15a\x11\xCFW_\x81\x81R`\x17` \x90\x81R`@\x80\x83 \x81Q`\xA0\x81\x01\x83R\x90T`\x01`\x01`\xA0\x1B\x03\x80\x82\x16\x83Ra\xFF\xFF`\x01`\xA0\x1B\x83\x04\x81\x16\x84\x87\x01\x90\x81Rc\xFF\xFF\xFF\xFF`\x01`\xB0\x1B\x85\x04\x81\x16\x86\x88\x01R`\x01`\xD0\x1B\x85\x04\x16``\x80\x87\x01\x91\x90\x91R`\x01`\xF0\x1B\x90\x94\x04\x82\x16`\x80\x86\x01R\x88\x88R`\x18\x87R\x96\x85\x90 \x85Q\x93\x84\x01\x86RT`\x01`\x01`\x80\x1B\x03\x81\x16\x84R`\x01`\x01`x\x1B\x03`\x01`\x80\x1B\x82\x04\x16\x84\x88\x01R`\xFF`\x01`\xF8\x1B\x90\x91\x04\x16\x15\x15\x83\x86\x01R\x84Qa\x01 \x81\x01\x86R\x84Q\x90\x92\x16\x82R\x95Q\x90\x95\x16\x93\x85\x01\x93\x90\x93R\x92\x90\x81\x01\x85a\x117W_a\x11FV[_\x85\x81R`\x19` R`@\x90 T[\x81R` \x01\x82_\x01Q`\x01`\x01`\x80\x1B\x03\x16\x81R` \x01\x83``\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`@\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`\x80\x01Qa\xFF\xFF\x16\x81R` \x01\x82`@\x01Q\x15\x15\x81R` \x01\x82` \x01Q`\x01`\x01`x\x1B\x03\x16\x81RP\x86\x84\x81Q\x81\x10a\x11\xBAWa\x11\xBAaJ\xBEV[` \x90\x81\x02\x91\x90\x91\x01\x01RPP`\x01\x01a\x10TV[PP\x91P\x91V[___a\x11\xE4\x88\x88\x88a\"zV[\x91P\x91P_a\x11\xF7\x89\x84` \x01Qa#\x97V[`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\x0EWa\x12\x0EaHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x127W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x80[\x8CQ\x81\x10\x15a\x12xWa\x12n\x8D\x82\x81Q\x81\x10a\x12[Wa\x12[aJ\xBEV[` \x02` \x01\x01Q\x82\x87\x86\x8C\x8C\x88a#\xEDV[\x91P`\x01\x01a\x12=V[P\x80\x86\x14a\x12\xA3W`@Qc\x93\xB2\xCE\xE5`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x82\x90R`D\x01a\x01EV[_\x84` \x01Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\xC0Wa\x12\xC0aHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x12\xE9W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90Pa\x12\xF8\x85\x8D\x83\x87a%\x1BV[\x95P`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16`\x01`\x01`@\x1B\x03\x16\x7F\x0E\x1C\xFBb\xA5\xDAn\\\xDF~#\xBBgH\xDB\\\x19H\x9E\x80\n5\xE88\xDE\x1A\xBBVQ\xD4d\x95\x8C\x87`@\x01Q\x84`@Qa\x13P\x93\x92\x91\x90aK\x0CV[`@Q\x80\x91\x03\x90\xA2PPPPP\x97\x96PPPPPPPV[_[\x83Q\x81\x10\x15a\x15\x1CW_\x84\x82\x81Q\x81\x10a\x13\x86Wa\x13\x86aJ\xBEV[` \x02` \x01\x01Q\x90P\x82\x15a\x14\x83W`@\x80Q`\xA0\x80\x82\x01\x83R\x83Q`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x83R` \x80\x86\x01Qa\xFF\xFF\x90\x81\x16\x82\x86\x01\x90\x81R\x93\x87\x01Qc\xFF\xFF\xFF\xFF\x90\x81\x16\x86\x88\x01\x90\x81R`\x80\x80\x8A\x01Q\x83\x16``\x89\x01\x90\x81R`\xC0\x8B\x01Q\x85\x16\x91\x89\x01\x91\x82R_\x8C\x81R`\x17\x87R\x8A\x81 \x99Q\x8AT\x99Q\x94Q\x92Q\x93Q\x87\x16`\x01`\xF0\x1B\x02`\x01`\x01`\xF0\x1B\x03\x94\x87\x16`\x01`\xD0\x1B\x02c\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x94\x90\x97\x16`\x01`\xB0\x1B\x02\x93\x90\x93\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x95\x90\x97\x16`\x01`\xA0\x1B\x02`\x01`\x01`\xB0\x1B\x03\x19\x90\x9A\x16\x98\x16\x97\x90\x97\x17\x97\x90\x97\x17\x91\x90\x91\x16\x92\x90\x92\x17\x17\x16\x92\x90\x92\x17\x90\x92U\x83\x83\x01Q`\x19\x90\x91R\x91\x90 U[`@\x80Q``\x80\x82\x01\x83R\x83\x01Q`\x01`\x01`\x80\x1B\x03\x90\x81\x16\x82Ra\x01\0\x84\x01Q`\x01`\x01`x\x1B\x03\x90\x81\x16` \x80\x85\x01\x91\x82R`\xE0\x90\x96\x01Q\x15\x15\x84\x86\x01\x90\x81R_\x88\x81R`\x18\x90\x97R\x94\x90\x95 \x92Q\x83T\x95Q\x94Q\x15\x15`\x01`\xF8\x1B\x02`\x01`\x01`\xF8\x1B\x03\x95\x90\x92\x16`\x01`\x80\x1B\x02`\x01`\x01`\xF8\x1B\x03\x19\x90\x96\x16\x92\x16\x91\x90\x91\x17\x93\x90\x93\x17\x91\x90\x91\x16\x91\x90\x91\x17\x90U`\x01\x01a\x13jV[PP\x80Q`\x1A\x80T` \x84\x01Q`@\x85\x01Q``\x90\x95\x01Q`\x01`\x01`\x80\x1B\x03\x90\x94\x16`\x01`\x01`\xC0\x1B\x03\x19\x90\x92\x16\x91\x90\x91\x17`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x90\x92\x16\x91\x90\x91\x02\x17c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\x01`\xC0\x1Ba\xFF\xFF\x94\x85\x16\x02a\xFF\xFF`\xD0\x1B\x19\x16\x17`\x01`\xD0\x1B\x93\x90\x92\x16\x92\x90\x92\x02\x17\x90UPV[__`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c2\x9E\xB89`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x16\x0EW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x162\x91\x90aJxV[\x90P_`\x07T\x82a\x16C\x91\x90aD\xEAV[\x90P_a'\x10a\x16Ua\x07\x08\x84aJ\x8FV[a\x16_\x91\x90aI\xCAV[\x90P_a'\x10a\x16qa\x10\x04\x85aJ\x8FV[a\x16{\x91\x90aI\xCAV[\x90P_\x81a\x16\x89\x84\x86aK@V[a\x16\x93\x91\x90aK@V[` \x89\x01Q\x90\x91P_\x90\x81\x90`\x01`\x01`@\x1B\x03\x16\x15a\x17\x12Wa\x16\xCD\x85g\r\xE0\xB6\xB3\xA7d\0\0\x8C` \x01Q`\x01`\x01`@\x1B\x03\x16a(\x0BV[`\x01`\x01`@\x1B\x03\x80\x8A\x16_\x90\x81R`\x16` \x90\x81R`@\x90\x91 \x83\x90U\x8C\x01Q\x91\x92Pa\x17\x05\x91\x16\x82g\r\xE0\xB6\xB3\xA7d\0\0a(\x0BV[a\x17\x0F\x90\x83aD\xEAV[\x91P[a\x17\x1E\x8B\x89\x86\x86a(\xBBV[a\x17(\x90\x83aD\xEAV[\x91Pa\x173\x8Ba*\xD1V[\x98P\x81`\x06_\x82\x82Ta\x17F\x91\x90aD\xEAV[\x90\x91UP_\x90Pa\x17W\x83\x88aK@V[`\x07\x81\x90U`@\x80Q\x8A\x81R` \x81\x01\x8A\x90R\x90\x81\x01\x88\x90R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x84\x90R\x90\x91P`\x01`\x01`@\x1B\x03\x8A\x16\x90\x7F>\xD1k\x93\xD7\x04\xB8\x87{\x03\x83~\xFF\x0Fd\x18\x06X\"[\xCC\xA5\xF7/\xE5~\xAFUG}]x\x90`\xE0\x01`@Q\x80\x91\x03\x90\xA2a\x17\xD2\x89`\x01aD\xFDV[`\x05\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x16`\x01`\x80\x1B`\x01`\x01`@\x1B\x03\x93\x90\x93\x16\x92\x90\x92\x02c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16\x91\x90\x91\x17\x90U`!T`\x01`@\x1B\x90\x04`\xFF\x16\x80\x15a\x181WP`!T`\x01`\x01`@\x1B\x03\x16B\x10\x15[\x15a\x1C\xE8W_`\x1F`@Q\x80a\x01\xE0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x04\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x08\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x12\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81R` \x01`\x01\x82\x01`\x13\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16`\xFF\x16\x81R` \x01`\x01\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81RPP\x90P\x80`\x03_\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x0Ca\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\x80\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01`\x04a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x08a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x01\x01`\x0Ca\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x01\x01`\x0Ea\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01@\x82\x01Q\x81`\x01\x01`\x12a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UPa\x01`\x82\x01Q\x81`\x01\x01`\x13a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\x80\x82\x01Q\x81`\x01\x01`\x15a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UPa\x01\xA0\x82\x01Q\x81`\x01\x01`\x16a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\xC0\x82\x01Q\x81`\x01\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x90PP_`!`\x08a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP\x7Fm\x06a\xBE!{W\x17\xE7/\x7F\x9D\xAE~\xD6(\xD5c\x7Ff\xC9wW\xA1\xA0\xF8\xD5\xBCZh\xE6R\x81`@Qa\x1C\xDE\x91\x90aKSV[`@Q\x80\x91\x03\x90\xA1P[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01R`\x01`\xC0\x1B\x80\x83\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x84\x16``\x84\x01R`\x04T\x80\x85\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x85\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x85\x16`\xC0\x85\x01R\x90\x81\x04a\xFF\xFF\x90\x81\x16`\xE0\x85\x01R`\x01`p\x1B\x82\x04\x81\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x82\x04\x81\x16a\x01 \x85\x01R`\x01`\x90\x1B\x82\x04`\xFF\x90\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x83\x04\x82\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x83\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x82\x04\x16a\x01\xA0\x84\x01R\x04\x90\x91\x16a\x01\xC0\x82\x01Ra\x1D\xDF\x90a\n\x1FV[PPPPPPPPP\x92\x91PPV[\x80_\x03a\x1D\xF8WPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cc\xB0\xC4(`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1EUW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1Ey\x91\x90aL\xB4V[`@\x80Q\x84\x81R\x82\x15\x15` \x82\x01R\x91\x92P\x7F\xC3\x0B\xA58}\x08N!H\xB2\xA9\x13W\xA8\x87\xE7\xB0IcWQL\xFE3\xD9\xFF03\xF6v\xAC\xE5\x91\x01`@Q\x80\x91\x03\x90\xA1\x80\x15a\x1F5W`@Qc\x08R\xCD\x8D`\xE3\x1B\x81R`\x04\x81\x01\x83\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90cB\x96lh\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x1F\x1BW__\xFD[PZ\xF1\x15\x80\x15a\x1F-W=__>=_\xFD[PPPPPPV[a\x0B\xD2\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16ca\xD0'\xB3`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1F\x94W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1F\xB8\x91\x90aL\xCFV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x84a/7V[`\x02T_\x90`\x01`\x01`\xA0\x1B\x03\x16\x80\x15a \x03W\x80a \x0FV[_T`\x01`\x01`\xA0\x1B\x03\x16[\x91PP\x90V[_a !\x82`\x10aJ\x8FV[a ,\x90`\xF0aK@V[\x92\x90\x92\x1C\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x0B` R`@\x81 \x80T`\x01`p\x1B\x90\x04`\xFF\x16a fW_\x91PPa\t\xE7V[`\x04T\x81Ta'\x10\x91a \x8E\x91`\x01``\x1B\x90\x91\x04a\xFF\xFF\x16\x90`\x01`\x01``\x1B\x03\x16aJ\x8FV[a \x98\x91\x90aI\xCAV[\x81T\x90\x92P\x82\x90\x82\x90_\x90a \xB7\x90\x84\x90`\x01`\x01``\x1B\x03\x16aL\xEAV[\x92Pa\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP\x83`\x01`\x01`\xA0\x1B\x03\x16\x7F`z\xDB\xA6l\xFF\x84\xB6'\xE3S}\x1C\x17\xD0\x88\xA9\x85V\xBC\xCD\x056\xA2\xF3Y\x0CV2\x90#\xD9\x84\x84`@Qa!\x16\x92\x91\x90aM\x1DV[`@Q\x80\x91\x03\x90\xA2\x80T`\x01`x\x1B\x90\x04`\xFF\x16\x15a!\xA6W`@Qc\x14\xC2U\x93`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cS\tVL\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a!\x8FW__\xFD[PZ\xF1\x15\x80\x15a!\xA1W=__>=_\xFD[PPPP[P\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x1C` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x90\x92RT`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x01`@\x1B\x03`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x93\x83\x01\x93\x90\x93R`\x05T\x91\x92a\"\x0B\x92\x91\x90\x91\x04\x16`\x01aD\xFDV[`\x01`\x01`@\x1B\x03\x16\x81` \x01Q`\x01`\x01`@\x1B\x03\x16\x03a\"7WQ`\x01`\x01`\x80\x1B\x03\x16\x92\x91PPV[a\"@\x83a/qV[\x93\x92PPPV[_`\x01`\x01`\x80\x1B\x03\x82\x11\x15a\n\x1BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x80`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[a\"\xB8`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81RP\x90V[``_a\"\xC6`\x08\x85aI\xCAV[\x90Pa\"\xD2\x86\x82a0,V[\x92P\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\"\xECWa\"\xECaHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a#\x15W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`@\x84\x01Q``\x85\x01Q`\n` R\x91\x93P\x90_[\x83\x81\x10\x15a#\x82W\x80`\x03\x1B\x88\x015`\xC0\x1C\x81`\x05\x1B` \x85\x01\x01R\x80\x89\x01_R`@_ T\x80\x82`\x05\x1B` \x88\x01\x01R`\xFF\x81`0\x1C\x16a#yWc\xFF\xFF\xFF\xFF\x81\x16\x82`\x05\x1B` \x85\x01\x01R[P`\x01\x01a#+V[Pa#\x8C\x85a2\x06V[PPP\x93P\x93\x91PPV[_\x81\x15a#\xE5Wa#\xA9`\x10\x84aI\xCAV[`\x10`\x01a#\xB7\x85\x87aD\xEAV[a#\xC1\x91\x90aK@V[a#\xCB\x91\x90aI\xCAV[a#\xD5\x91\x90aK@V[a#\xE0\x90`\x01aD\xEAV[a\t\xE4V[P_\x92\x91PPV[\x84Q` \x86\x01Q_\x91\x90\x82\x90a$\x03\x90\x83aD\xEAV[\x90P\x80\x8A`\xC0\x01Q\x10\x15a$\x18WP`\xC0\x89\x01Q[\x81\x81\x11a$)W\x83\x92PPPa%\x10V[_a$=\x87\x87\x87\x8E`\xC0\x01Q\x87\x87\x8Ea2\x9EV[\x94P\x90P\x85\x84\x11\x15a$lW`@Qc\x93\xB2\xCE\xE5`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x85\x90R`D\x01a\x01EV[` \x80\x8C\x01Q_\x90\x81R`\x12\x90\x91R`@\x90 T\x81\x14a$\xAFW` \x8B\x01Q`@Qc\r}U+`\xE2\x1B\x81Ra\x01E\x91\x8C\x91`\x04\x01\x91\x82R` \x82\x01R`@\x01\x90V[a$\xE1\x89`@Q\x80``\x01`@R\x80\x8E``\x01Q\x81R` \x01\x8E`\x80\x01Q\x81R` \x01\x8E`\xA0\x01Q\x81RP\x8A\x85a3ZV[\x8Ba\x01\0\x01\x81\x81Qa$\xF3\x91\x90aD\xEAV[\x90RP`\xE0\x8B\x01Q\x15a%\x0CWa%\x0C\x8B\x8A\x85\x85a5nV[PPP[\x97\x96PPPPPPPV[`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01\x81\x90R`\x01`\xA8\x1B\x83\x04\x90\x91\x16a\x01\x80\x86\x01R`\x01`\xB0\x1B\x82\x04\x90\x92\x16a\x01\xA0\x85\x01R\x93\x90\x93\x04\x16a\x01\xC0\x82\x01R\x84Q_\x92`\x01`\x01`\x80\x1B\x03\x90\x91\x16\x90\x83\x90a&*\x90\x83\x90a6\xDEV[`\x05T\x90\x91P`\x01`\x80\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16_\x80[\x8A` \x01Q\x81\x10\x15a'\xDBW\x8A``\x01Q\x81\x81Q\x81\x10a&eWa&eaJ\xBEV[` \x02` \x01\x01Q_\x14\x80a&xWP\x84\x15[\x15a'\nW\x8A`@\x01Q\x81\x81Q\x81\x10a&\x93Wa&\x93aJ\xBEV[` \x02` \x01\x01Q_\x14a'\x05W\x8AQa&\xAE\x90\x82\x90aD\xEAV[\x8B`@\x01Q\x82\x81Q\x81\x10a&\xC4Wa&\xC4aJ\xBEV[` \x90\x81\x02\x91\x90\x91\x01\x01Q`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R_`D\x82\x01\x81\x90R`d\x82\x01R`\x84\x81\x01\x85\x90R`\xA4\x01a\x01EV[a'\xD3V[a'\x16\x8B\x82\x87\x87a6\xEEV[_\x85a'\"\x8D\x84a7\xABV[a',\x91\x90aI\xCAV[\x90P\x80\x8A\x83\x81Q\x81\x10a'AWa'AaJ\xBEV[` \x90\x81\x02\x91\x90\x91\x01\x01Ra'V\x81\x84aD\xEAV[\x92P__\x86\x11\x80\x15a'\x85WP\x85\x8D`\xA0\x01Q\x84\x81Q\x81\x10a'zWa'zaJ\xBEV[` \x02` \x01\x01Q\x10\x15[\x90Pa'\xC4\x83\x8E_\x01Qa'\x99\x91\x90aD\xEAV[\x8B\x85\x81Q\x81\x10a'\xABWa'\xABaJ\xBEV[` \x02` \x01\x01Q\x84\x84\x8Ca\x01\x80\x01Q`\xFF\x16\x8Aa8VV[a'\xCE\x90\x8AaD\xEAV[\x98PPP[`\x01\x01a&CV[Pa'\xE5\x81a9\xE5V[\x89` \x01\x81\x81Qa'\xF6\x91\x90aD\xFDV[`\x01`\x01`@\x1B\x03\x16\x90RPa\x08\xB0\x8Aa:\x1AV[___a(\x18\x86\x86a;+V[\x91P\x91P\x81_\x03a(<W\x83\x81\x81a(2Wa(2aI\xB6V[\x04\x92PPPa\"@V[\x81\x84\x11a(SWa(S`\x03\x85\x15\x02`\x11\x18a;GV[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[_\x80\x80[\x86Q\x81\x10\x15a)#W\x86\x81\x81Q\x81\x10a(\xDAWa(\xDAaJ\xBEV[` \x02` \x01\x01Qa\x01\0\x01Q\x87\x82\x81Q\x81\x10a(\xF9Wa(\xF9aJ\xBEV[` \x02` \x01\x01Q``\x01Qa)\x0F\x91\x90aJ\x8FV[a)\x19\x90\x83aD\xEAV[\x91P`\x01\x01a(\xBFV[P\x80_\x03a)4W_\x91PPa*\xC9V[_[\x86Q\x81\x10\x15a*\xC6W_\x87\x82\x81Q\x81\x10a)RWa)RaJ\xBEV[` \x02` \x01\x01Q\x90P_\x81a\x01\0\x01Q\x82``\x01Qa)r\x91\x90aJ\x8FV[\x90P_a)\x80\x88\x83\x87a(\x0BV[\x90P_a)\x8E\x88\x84\x88a(\x0BV[\x90P_a)\xB0\x85_\x01Q\x86`@\x01Q\x8D`\x01a)\xAA\x91\x90aD\xFDV[\x85a;XV[\x90Pa)\xBC\x81\x83aK@V[a)\xC6\x90\x84aD\xEAV[\x92P\x82\x15a)\xDAW\x84Qa)\xDA\x90\x84a=\xE2V[a)\xE4\x81\x84aD\xEAV[a)\xEE\x90\x89aD\xEAV[\x97Pg\r\xE0\xB6\xB3\xA7d\0\0\x85a\x01\0\x01Qa\xFF\xFFa*\x0C\x91\x90aJ\x8FV[a*\x16\x91\x90aI\xCAV[` \x80\x87\x01Q_\x90\x81R`\n\x82R`@\x90\x81\x90 \x80Ta\xFF\xFF\x94\x90\x94\x16d\x01\0\0\0\0\x02e\xFF\xFF\0\0\0\0\x19\x90\x94\x16\x93\x90\x93\x17\x90\x92U\x86Q``\x80\x89\x01Qa\x01\0\x8A\x01Q\x85Q\x91\x82R\x93\x81\x01\x93\x90\x93R\x92\x82\x01\x86\x90R\x91\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90`\x01`\x01`@\x1B\x03\x8D\x16\x90\x7F4\xFA\xB1uT\x07\xCE\xE1j\xECy\x90\xEDD#}\x14\x1C\xBD\xB5\xDF7\x96\x1B\xE0e\x12\xB0\x1A\x9D\xF5\x13\x90`\x80\x01`@Q\x80\x91\x03\x90\xA3PPPPP\x80`\x01\x01\x90Pa)6V[PP[\x94\x93PPPPV[\x80Q_\x90\x80\x82\x03a*\xE4WP_\x92\x91PPV[_\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a*\xFDWa*\xFDaHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a+&W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x82`\x01`\x01`@\x1B\x03\x81\x11\x15a+BWa+BaHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a+kW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x83\x81\x10\x15a,\x0BW\x85\x81\x81Q\x81\x10a+\x8AWa+\x8AaJ\xBEV[` \x02` \x01\x01Q_\x01Q\x83\x82\x81Q\x81\x10a+\xA7Wa+\xA7aJ\xBEV[` \x02` \x01\x01\x90`\x01`\x01`\xA0\x1B\x03\x16\x90\x81`\x01`\x01`\xA0\x1B\x03\x16\x81RPP\x85\x81\x81Q\x81\x10a+\xD9Wa+\xD9aJ\xBEV[` \x02` \x01\x01Qa\x01\0\x01Q\x82\x82\x81Q\x81\x10a+\xF8Wa+\xF8aJ\xBEV[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a+pV[P`\x03T`@Qcj\xAB\xE8\xF3`\xE0\x1B\x81R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x91cj\xAB\xE8\xF3\x91a,k\x91\x86\x91\x86\x91`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x90`\x04\x01aMGV[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a,\x82W__\xFD[PZ\xF1\x15\x80\x15a,\x94W=__>=_\xFD[PP`@\x80Qa\x01\xE0\x81\x01\x82R`\x03T`\x01`\x01``\x1B\x03\x80\x82\x16\x83R`\x01``\x1B\x80\x83\x04\x90\x91\x16` \x84\x01Rc\xFF\xFF\xFF\xFF`\x01`\xC0\x1B\x80\x84\x04\x82\x16\x95\x85\x01\x95\x90\x95R`\x01`\xE0\x1B\x90\x92\x04\x82\x16``\x84\x01R`\x04T\x80\x83\x16`\x80\x85\x01Rd\x01\0\0\0\0\x81\x04\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x81\x04\x83\x16`\xC0\x85\x01Ra\xFF\xFF\x91\x81\x04\x82\x16`\xE0\x85\x01R`\x01`p\x1B\x81\x04\x82\x16a\x01\0\x85\x01R`\x01`\x80\x1B\x81\x04\x82\x16a\x01 \x85\x01R`\xFF`\x01`\x90\x1B\x82\x04\x81\x16\x15\x15a\x01@\x86\x01R`\x01`\x98\x1B\x82\x04\x83\x16a\x01`\x86\x01R`\x01`\xA8\x1B\x82\x04\x16a\x01\x80\x85\x01R`\x01`\xB0\x1B\x81\x04\x90\x91\x16a\x01\xA0\x84\x01\x81\x90R\x93\x90\x04\x16a\x01\xC0\x82\x01R\x92P_\x91Pa'\x10\x90a-\xA1\x90g\r\xE0\xB6\xB3\xA7d\0\0\x90aJ\x8FV[a-\xAB\x91\x90aI\xCAV[\x90P_[\x85\x81\x10\x15a/,W_`\n_\x8A\x84\x81Q\x81\x10a-\xCDWa-\xCDaJ\xBEV[` \x02` \x01\x01Q` \x01Q\x81R` \x01\x90\x81R` \x01_ \x90P_\x83\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x85\xBF\x82\xD6\x89\x86\x81Q\x81\x10a.+Wa.+aJ\xBEV[` \x02` \x01\x01Q`@Q\x82c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a.^\x91\x90`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16\x81R` \x01\x90V[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a.yW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a.\x9D\x91\x90aJxV[\x10a.\xA8W_a.\xBFV[\x81Ta.\xBF\x90`\x01`8\x1B\x90\x04`\xFF\x16`\x01aM\xB5V[\x90P\x84a\x01\x80\x01Q`\xFF\x16\x81`\xFF\x16\x10a/\x07Wa.\xF7\x87\x84\x81Q\x81\x10a.\xE8Wa.\xE8aJ\xBEV[` \x02` \x01\x01Q`\x02a 6V[a/\x01\x90\x8AaD\xEAV[\x98P_\x90P[\x81T`\xFF\x90\x91\x16`\x01`8\x1B\x02g\xFF\0\0\0\0\0\0\0\x19\x90\x91\x16\x17\x90U`\x01\x01a-\xAFV[PPPPPP\x91\x90PV[a/D\x83\x83\x83`\x01a>\x12V[a/lW`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x01EV[PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x0B` \x90\x81R`@\x80\x83 \x81Q`\x80\x81\x01\x83R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82Ra\xFF\xFF`\x01``\x1B\x82\x04\x16\x93\x82\x01\x93\x90\x93R`\xFF`\x01`p\x1B\x84\x04\x81\x16\x15\x80\x15\x93\x83\x01\x84\x90R`\x01`x\x1B\x90\x94\x04\x16\x15\x15``\x82\x01R\x91\x83\x91\x90a/\xE6WP\x81``\x01Q[a/\xF0W_a/\xF3V[\x81Q[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\r` R`@\x90 T`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x91Pa*\xC9\x90`\x01`\x01`\x80\x1B\x03\x16\x82aD\xEAV[a0j`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81R` \x01``\x81RP\x90V[\x82\x81R` \x81\x01\x82\x90R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a0\x8CWa0\x8CaHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a0\xB5W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`@\x82\x01R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a0\xD3Wa0\xD3aHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a0\xFCW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P``\x82\x01Ra1\r\x82`\x03aJ\x8FV[a1\x18\x90`\x03aD\xEAV[`\x01`\x01`@\x1B\x03\x81\x11\x15a1/Wa1/aHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a1XW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\x80\x82\x01R\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a1vWa1vaHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a1\x9FW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xA0\x82\x01Ra1\xAF\x83\x83a#\x97V[a1\xBA\x90`\x02aJ\x8FV[`\x01`\x01`@\x1B\x03\x81\x11\x15a1\xD1Wa1\xD1aHDV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a1\xFAW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P`\xC0\x82\x01R\x92\x91PPV[\x80Q` \x82\x01Q` `@\x84\x01Q\x01` ``\x85\x01Q\x01` `\x80\x86\x01Q\x01` `\xC0\x87\x01Q\x01`\x10\x86\x06\x95P_[\x85\x81\x10\x15a2\x94W`\x05\x81\x90\x1B\x85\x81\x01Q``\x83\x02\x85\x01R\x84\x01Q\x80\x15a2\x8BW\x81\x88\x01\x80`\x04\x1C`\x06\x1B\x84\x01a\xFF\xFF`\x0F\x83\x16`\x04\x1B`\xF0\x03\x1B\x81Q\x17\x81R` \x81\x01Q\x83\x11\x15a2\x88W\x82` \x82\x01R[PP[P`\x01\x01a25V[PPPPPPPPV[__\x83\x86\x10\x15a2\xACW\x85\x93P[`\x80\x80\x86\x04\x90`\x7F\x86\x81\x01\x82\x90\x04\x91\x90\x89\x01\x04_a\x01\0\x80\x85\x02\x90`\x02\x8C\x02\x90\x85\x02\x10a2\xDCW\x8A`\x02\x02a2\xE2V[a\x01\0\x84\x02[\x03\x90P\x8C\x8B\x01a2\xF5\x81\x86\x86\x86\x86a>tV[\x96P\x83\x83\x03` \x02\x82\x86` \x02\x8E\x01\x01\x01\x95P_`\x10\x8B\x81a3\x19Wa3\x19aI\xB6V[\x04\x90Pa\x01\0\x86\x02` \x80\x88\x02\x84\x01\x90\x83\x02\x01\x03_\x82`\x10_\x19\x8E\x01\x04\x03`\x01\x01` \x02\x90P\x80\x82` \x8D\x017PPPPPPPP\x97P\x97\x95PPPPPPV[_\x84Q_R` ``\x86\x01Q\x01` R`\x10_Q\x06_Q\x03`@\x85\x01Q` \x85\x01\x80_\x83\x11_Q\x87\x11\x16\x15a3\xA1W`\x01`\x10_Q\x04`\x10`\x01\x89\x03\x04\x03\x01`\x05\x1B\x82\x01\x90P[` `\xC0\x8A\x01Q\x01``\x85_Q\x03\x02` `\x80\x8C\x01Q\x01\x03\x89Q[\x83\x85\x10\x15a4WW\x82Q\x86` \x85\x01Q\x10a3\xDFWa3\xDC\x87\x89\x83a4cV[\x90P[\x89`\x10\x89\x01\x11\x15a3\xF6W_\x19\x88\x8B\x03`\x04\x1B\x1C\x19\x16[\x80\x86Q\x16\x90P\x82_Q\x89\x10\x15a4\x1CW\x88_Q\x03\x82\x81`\x04\x1B\x1B\x92P``\x81\x02\x85\x01\x91PP[\x81\x15a47Wa42` \x8E\x01Q\x84\x83\x85a4\xADV[\x8A\x01\x99P[PP` \x85\x01\x94P`@\x83\x01\x92P`\x10\x87\x01\x96Pa\x06\0\x82\x01\x91Pa3\xBCV[PPPPPPPa*\xC9V[__[`\x10\x81\x10\x15a4\xA5Wa\xFF\xFF\x81`\x04\x1B`\xF0\x03\x1B\x80\x84\x16\x15a4\x9CW\x85_Q\x83\x87\x01\x03`\x05\x1B` Q\x01Q\x10\x15a4\x9CW\x91\x82\x17\x91[P`\x01\x01a4fV[P\x93\x92PPPV[_\x83`\x80\x1B[\x82\x15a5eW\x85g\r\xE0\xB6\xB3\xA7d\0\0\x84`\xF0\x1C\x02\x04\x84Q\x80\x82\x10_\x81\x14a4\xEAW`@\x87\x01\x80Q\x89\x85\x02\x01\x90R\x93\x82\x01\x93a4\xFFV[` \x87\x01\x80Q\x83\x85\x11\x8A\x02\x86\x01\x01\x90R\x93\x81\x01\x93[P\x87g\r\xE0\xB6\xB3\xA7d\0\0a\xFF\xFF\x87`\xE0\x1C\x16\x02\x04\x91P``\x86\x01Q\x90P\x80\x82\x10_\x81\x14a5<W`\xA0\x87\x01\x80Q\x89\x85\x02\x01\x90R\x93\x82\x01\x93a5QV[`\x80\x87\x01\x80Q\x83\x85\x11\x8A\x02\x86\x01\x01\x90R\x93\x81\x01\x93[PPP\x82` \x1B\x92P`\xC0\x84\x01\x93Pa4\xB3V[P\x94\x93PPPPV[_a5{a\x01\0\x84aI\xDDV[a5\x85\x90\x84aK@V[\x90P[\x81\x81\x10\x15a6\xD7W_`\x13\x81a5\xA0a\x01\0\x85aI\xCAV[` \x89\x01Qa5\xB0\x90`\x04aJ\x8FV[a5\xBA\x91\x90aD\xEAV[\x81R` \x01\x90\x81R` \x01_ T\x90P\x80_\x03a5\xD7WPa6\xC4V[_\x84\x83\x10a5\xE5W\x82a5\xE7V[\x84[\x90P_\x84a5\xF7\x85a\x01\0aD\xEAV[\x11a6\rWa6\x08\x84a\x01\0aD\xEAV[a6\x0FV[\x84[\x90P\x81[\x81\x81\x10\x15a6\xBFWa6'a\x01\0\x82aI\xDDV[\x84\x90\x1C`\x01\x16\x15a6\xB7W``\x88\x01Q_\x90a6C\x89\x84aK@V[\x81Q\x81\x10a6SWa6SaJ\xBEV[` \x02` \x01\x01Q\x90P\x80_\x14\x80a6oWP\x89`\xA0\x01Q\x81\x10\x15[\x15a6zWPa6\xB7V[``\x8A\x01Q`\xA0\x8A\x01Qa6\x8E\x8A\x85aK@V[\x81Q\x81\x10a6\x9EWa6\x9EaJ\xBEV[` \x02` \x01\x01\x81\x81Qa6\xB2\x91\x90aD\xEAV[\x90RPP[`\x01\x01a6\x13V[PPPP[a6\xD0a\x01\0\x82aD\xEAV[\x90Pa5\x88V[PPPPPV[_a\t\xE4\x83\x83a'\x10`\x01a>\xEBV[_\x84`@\x01Q\x84\x81Q\x81\x10a7\x05Wa7\x05aJ\xBEV[` \x02` \x01\x01Q\x90P_\x81_\x14a7&Wa7!\x86\x86a?6V[a7(V[\x83[\x90P_a75\x87\x87a?xV[\x90P\x83\x82\x10\x80a7EWP\x83\x81\x10\x15[\x80a7WWPg\r\xE0\xB6\xB3\xA7d\0\0\x83\x11[\x15a7\xA2W\x86Qa7i\x90\x87\x90aD\xEAV[`@Qc3\xC1\x06\xC5`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x84\x90R`D\x81\x01\x83\x90R`d\x81\x01\x82\x90R`\x84\x81\x01\x85\x90R`\xA4\x01a\x01EV[PPPPPPPV[_`\x80\x83`\x80\x01Q\x83`\x03a7\xC0\x91\x90aJ\x8FV[a7\xCB\x90`\x01aD\xEAV[\x81Q\x81\x10a7\xDBWa7\xDBaJ\xBEV[` \x02` \x01\x01Q\x90\x1C\x83`\x80\x01Q\x83`\x03a7\xF7\x91\x90aJ\x8FV[\x81Q\x81\x10a8\x07Wa8\x07aJ\xBEV[` \x02` \x01\x01Qa8\x19\x91\x90aJ\x8FV[`\x80\x84\x01Qa8)\x84`\x03aJ\x8FV[a84\x90`\x02aD\xEAV[\x81Q\x81\x10a8DWa8DaJ\xBEV[` \x02` \x01\x01Qa\t\xE4\x91\x90aD\xEAV[`@\x80Q`\xE0\x80\x82\x01\x83Rc\xFF\xFF\xFF\xFF\x88\x16\x82R` \x88\x81\x1Ca\xFF\xFF\x16\x90\x83\x01R`0\x88\x90\x1C`\xFF\x90\x81\x16\x15\x15\x83\x85\x01R`8\x89\x90\x1C\x16``\x83\x01R\x91\x87\x90\x1C`\x01`\x01``\x1B\x03\x16`\x80\x82\x01R`\xA0\x87\x81\x1C`\x01`\x01`@\x1B\x03\x16\x90\x82\x01R\x90\x86\x90\x1C`\xC0\x82\x01R_\x90_a8\xCB\x82a?\xBEV[\x82`\x80\x01Q`\x01`\x01``\x1B\x03\x16a8\xE3\x91\x90aD\xEAV[\x90P`\x01`\x01``\x1B\x03\x81\x11\x15a9\x18W_\x89\x81R`\t` R`@\x90 Ta9\x15\x90`\x01`\x01`\xA0\x1B\x03\x16\x82a=\xE2V[P_[`\x01`\x01``\x1B\x03\x81\x16`\x80\x83\x01R`\x01`\x01`@\x1B\x03\x80\x88\x16`\xA0\x84\x01Ra9B\x90\x85\x16a@HV[c\xFF\xFF\xFF\xFF\x16`\xC0\x83\x01R_\x86a9YW_a9lV[``\x83\x01Qa9l\x90`\xFF\x16`\x01aD\xEAV[\x90P\x85\x81\x10a9\x9DW_\x8A\x81R`\t` R`@\x90 Ta9\x97\x90`\x01`\x01`\xA0\x1B\x03\x16`\x01a 6V[\x93P_\x90P[`\xFF\x81\x16``\x84\x01Rg\r\xE0\xB6\xB3\xA7d\0\0a9\xBB\x89a\xFF\xFFaJ\x8FV[a9\xC5\x91\x90aI\xCAV[a\xFF\xFF\x16` \x84\x01Ra9\xD8\x8A\x84a@xV[PPP\x96\x95PPPPPPV[_`\x01`\x01`@\x1B\x03\x82\x11\x15a\n\x1BW`@\x80Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x83\x90R`D\x01a\x01EV[\x80Q` \x82\x01Q_\x90a:-\x90\x83aD\xEAV[`@\x84\x01Q\x90\x91P_a:A`\x10\x85aI\xDDV[a:K\x90\x85aK@V[\x90P[\x82\x81\x10\x15a6\xD7W_`\x15\x81a:e`\x10\x85aI\xCAV[\x81R` \x01\x90\x81R` \x01_ T\x90P_\x85\x83\x10a:\x83W\x82a:\x85V[\x85[\x90P_\x85a:\x94\x85`\x10aD\xEAV[\x10a:\x9FW\x85a:\xAAV[a:\xAA\x84`\x10aD\xEAV[\x90P\x81[\x81\x81\x10\x15a:\xF4W\x84\x81\x03`\x04\x1B`\xF0\x03g\r\xE0\xB6\xB3\xA7d\0\0a\xFF\xFF`\x01\x8B\x85\x03\x01`\x05\x1B\x89\x01Q\x02\x04\x80\x82\x1Ba\xFF\xFF\x83\x1B\x19\x87\x16\x17\x95PPP`\x01\x81\x01\x90Pa:\xAEV[P\x82`\x15_a;\x04`\x10\x88aI\xCAV[\x81R` \x81\x01\x91\x90\x91R`@\x01_ UPa;$\x91P`\x10\x90P\x82aD\xEAV[\x90Pa:NV[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x81\x81R`\r` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x83R\x90T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83R`\x01`\x80\x1B\x91\x82\x90\x04\x81\x16\x83\x86\x01R\x86\x86R`\x1D\x85R\x83\x86 \x84Q\x80\x86\x01\x86R\x90T\x80\x83\x16\x82R\x92\x90\x92\x04`\x01`\x01`@\x1B\x03\x16\x82\x86\x01R\x95\x85R`\x0E\x90\x93R\x90\x83 T\x82Q\x93\x94\x91\x93\x90\x91\x16\x15\x80\x15\x90a;\xF9WP\x85`\x01`\x01`@\x1B\x03\x16\x82` \x01Q`\x01`\x01`@\x1B\x03\x16\x14\x15[\x15a<\x96W`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x1E` \x90\x81R`@\x80\x83 \x85\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x81 T\x90\x03a<nWa<>\x81`\x01aD\xEAV[`\x01`\x01`\xA0\x1B\x03\x89\x16_\x90\x81R`\x1E` \x90\x81R`@\x80\x83 \x86\x83\x01Q`\x01`\x01`@\x1B\x03\x16\x84R\x90\x91R\x90 U[`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x1D` R`@\x81 \x80T`\x01`\x01`\xC0\x1B\x03\x19\x16\x90U\x82R[_\x86`\x01`\x01`@\x1B\x03\x16\x83` \x01Q`\x01`\x01`@\x1B\x03\x16\x14a<\xBAW_a<\xBDV[\x82Q[\x84` \x01Qa<\xCC\x91\x90aM\xCEV[`\x01`\x01`\x80\x1B\x03\x16\x90P\x80\x15\x80\x15\x90a<\xE5WP\x87\x15\x15[\x15a=kW_a=\x0F\x82\x86_\x01Q`\x01`\x01`\x80\x1B\x03\x16\x87` \x01Q`\x01`\x01`\x80\x1B\x03\x16a(\x0BV[\x90P\x88\x81\x11\x15a=\x1CWP\x87[a='\x87\x82\x8Ba(\x0BV[\x95Pa=C\x86n\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x84a(\x0BV[a=M\x90\x84aD\xEAV[`\x01`\x01`\xA0\x1B\x03\x8B\x16_\x90\x81R`\x0E` R`@\x90 \x81\x90U\x92PP[\x82Q`\x01`\x01`\x80\x1B\x03\x16\x15\x80\x15\x90a=\x99WP\x86`\x01`\x01`@\x1B\x03\x16\x83` \x01Q`\x01`\x01`@\x1B\x03\x16\x14[\x15a=\xD6Wa=\xA9\x82`\x01aD\xEAV[`\x01`\x01`\xA0\x1B\x03\x8A\x16_\x90\x81R`\x1E` \x90\x81R`@\x80\x83 `\x01`\x01`@\x1B\x03\x8C\x16\x84R\x90\x91R\x90 U[PPPP\x94\x93PPPPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x11` R`@\x81 \x80T\x83\x92\x90a>\t\x90\x84\x90aD\xEAV[\x90\x91UPPPPV[`@Qc\xA9\x05\x9C\xBB`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a>hW\x83\x83\x15\x16\x15a>\\W=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[_`@Qa\x01\0\x81\x01\x86`\x05\x1B\x88\x01\x87`\x05\x1B\x89\x837\x86\x86\x03`\x05\x1B\x85\x82\x01\x88`\x05\x1B\x84\x017\x87[\x87\x81\x10\x15a>\xD6Wa\x01\0\x89\x82\x03\x02\x80\x87\x03a\x01\0\x81\x11\x15a>\xBDWPa\x01\0[\x80\x82\x85\x01\x877\x85 `\x05\x83\x90\x1B\x85\x01RP`\x01\x01a>\x9CV[PP\x84`\x05\x1B\x81 \x92PPP\x95\x94PPPPPV[_a?\x18a>\xF8\x83a@\x97V[\x80\x15a?\x13WP_\x84\x80a?\x0EWa?\x0EaI\xB6V[\x86\x88\t\x11[\x15\x15\x90V[a?#\x86\x86\x86a(\x0BV[a?-\x91\x90aD\xEAV[\x95\x94PPPPPV[_`\x80\x83`\x80\x01Q\x83`\x03a?K\x91\x90aJ\x8FV[a?V\x90`\x01aD\xEAV[\x81Q\x81\x10a?fWa?faJ\xBEV[` \x02` \x01\x01Q\x90\x1C\x90P\x92\x91PPV[`\x80\x82\x01Q_\x90a?\x8A\x83`\x03aJ\x8FV[a?\x95\x90`\x01aD\xEAV[\x81Q\x81\x10a?\xA5Wa?\xA5aJ\xBEV[` \x02` \x01\x01Q`\x01`\x01`\x80\x1B\x03\x16\x90P\x92\x91PPV[_\x81`\xA0\x01Q`\x01`\x01`@\x1B\x03\x16_\x14\x80a@\x02WP`\x05`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16`\x01`\x01`@\x1B\x03\x16\x82`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a@\x0EWP_\x91\x90PV[`\xA0\x82\x01Q`\xC0\x83\x01Qc\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x16` R`@\x90 Ta\t\xE7\x91`\x01`\x01`@\x1B\x03\x16\x90g\r\xE0\xB6\xB3\xA7d\0\0a(\x0BV[_c\xFF\xFF\xFF\xFF\x82\x11\x15a\n\x1BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R` `\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01EV[_\x82\x81R`\n` R`@\x81 \x90a@\x8F\x83a@\xC3V[\x90\x91UPPPV[_`\x02\x82`\x03\x81\x11\x15a@\xACWa@\xACaM\tV[a@\xB6\x91\x90aM\xEDV[`\xFF\x16`\x01\x14\x90P\x91\x90PV[_`\xE0\x82`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x90\x1B`\xA0\x83`\xA0\x01Q`\x01`\x01`@\x1B\x03\x16\x90\x1B`@\x84`\x80\x01Q`\x01`\x01``\x1B\x03\x16\x90\x1B`8\x85``\x01Q`\xFF\x16\x90\x1B`0\x86`@\x01QaA\x14W_aA\x17V[`\x01[\x90\x1B` \x87` \x01Qa\xFF\xFF\x16\x90\x1B\x87_\x01Qc\xFF\xFF\xFF\xFF\x16\x17\x17\x17\x17\x17\x17\x90P\x91\x90PV[`@Q\x80a\x01 \x01`@R\x80_`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x15\x15\x81R` \x01_\x81RP\x90V[_a\x01\xE0\x82\x84\x03\x12\x15aA\x9CW__\xFD[P\x91\x90PV[_a\x01\xE0\x82\x84\x03\x12\x15aA\xB3W__\xFD[a\t\xE4\x83\x83aA\x8BV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14aA\xD1W__\xFD[PV[___a\x02 \x84\x86\x03\x12\x15aA\xE7W__\xFD[\x835\x92P` \x84\x015aA\xF9\x81aA\xBDV[\x91PaB\x08\x85`@\x86\x01aA\x8BV[\x90P\x92P\x92P\x92V[__\x83`\x1F\x84\x01\x12aB!W__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15aB7W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15aBNW__\xFD[\x92P\x92\x90PV[____`@\x85\x87\x03\x12\x15aBhW__\xFD[\x845`\x01`\x01`@\x1B\x03\x81\x11\x15aB}W__\xFD[aB\x89\x87\x82\x88\x01aB\x11V[\x90\x95P\x93PP` \x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aB\xA7W__\xFD[aB\xB3\x87\x82\x88\x01aB\x11V[\x95\x98\x94\x97P\x95PPPPV[`\x01`\x01``\x1B\x03\x81\x16\x81\x14aA\xD1W__\xFD[\x805aB\xDE\x81aB\xBFV[\x91\x90PV[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14aA\xD1W__\xFD[\x805aB\xDE\x81aB\xE3V[a\xFF\xFF\x81\x16\x81\x14aA\xD1W__\xFD[\x805aB\xDE\x81aB\xFFV[\x80\x15\x15\x81\x14aA\xD1W__\xFD[\x805aB\xDE\x81aC\x19V[`\xFF\x81\x16\x81\x14aA\xD1W__\xFD[\x805aB\xDE\x81aC1V[aCd\x82aCW\x83aB\xD3V[`\x01`\x01``\x1B\x03\x16\x90RV[aCp` \x82\x01aB\xD3V[`\x01`\x01``\x1B\x03\x16` \x83\x01RaC\x8A`@\x82\x01aB\xF4V[c\xFF\xFF\xFF\xFF\x16`@\x83\x01RaC\xA1``\x82\x01aB\xF4V[c\xFF\xFF\xFF\xFF\x16``\x83\x01RaC\xB8`\x80\x82\x01aB\xF4V[c\xFF\xFF\xFF\xFF\x16`\x80\x83\x01RaC\xCF`\xA0\x82\x01aB\xF4V[c\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01RaC\xE6`\xC0\x82\x01aB\xF4V[c\xFF\xFF\xFF\xFF\x16`\xC0\x83\x01RaC\xFD`\xE0\x82\x01aC\x0EV[a\xFF\xFF\x16`\xE0\x83\x01RaD\x13a\x01\0\x82\x01aC\x0EV[a\xFF\xFF\x16a\x01\0\x83\x01RaD*a\x01 \x82\x01aC\x0EV[a\xFF\xFF\x16a\x01 \x83\x01RaDAa\x01@\x82\x01aC&V[\x15\x15a\x01@\x83\x01RaDVa\x01`\x82\x01aC\x0EV[a\xFF\xFF\x16a\x01`\x83\x01RaDma\x01\x80\x82\x01aC?V[`\xFF\x16a\x01\x80\x83\x01RaD\x83a\x01\xA0\x82\x01aC\x0EV[a\xFF\xFF\x16a\x01\xA0\x83\x01RaD\x9Aa\x01\xC0\x82\x01aB\xF4V[c\xFF\xFF\xFF\xFF\x81\x16a\x01\xC0\x84\x01RPPPV[a\x01\xE0\x81\x01a\t\xE7\x82\x84aCJV[_` \x82\x84\x03\x12\x15aD\xCBW__\xFD[\x81Qa\"@\x81aB\xE3V[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\t\xE7Wa\t\xE7aD\xD6V[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xE7Wa\t\xE7aD\xD6V[_\x815a\t\xE7\x81aB\xBFV[_\x815a\t\xE7\x81aB\xE3V[_\x815a\t\xE7\x81aB\xFFV[_\x815a\t\xE7\x81aC\x19V[_\x815a\t\xE7\x81aC1V[aE\x86aEd\x83aE\x1CV[\x82Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01``\x1B\x03\x91\x90\x91\x16\x17\x82UV[aE\xC9aE\x95` \x84\x01aE\x1CV[\x82\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aE\xFCaE\xD8`@\x84\x01aE(V[\x82\x80Tc\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\xC0\x92\x90\x92\x1Bc\xFF\xFF\xFF\xFF`\xC0\x1B\x16\x91\x90\x91\x17\x90UV[aF/aF\x0B``\x84\x01aE(V[\x82\x80T`\x01`\x01`\xE0\x1B\x03\x16`\xE0\x92\x90\x92\x1B`\x01`\x01`\xE0\x1B\x03\x19\x16\x91\x90\x91\x17\x90UV[`\x01\x81\x01aFYaFB`\x80\x85\x01aE(V[\x82Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x17\x82UV[aF\x8AaFh`\xA0\x85\x01aE(V[\x82Tg\xFF\xFF\xFF\xFF\0\0\0\0\x19\x16` \x91\x90\x91\x1Bg\xFF\xFF\xFF\xFF\0\0\0\0\x16\x17\x82UV[aF\xC3aF\x99`\xC0\x85\x01aE(V[\x82Tk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x19\x16`@\x91\x90\x91\x1Bk\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x17\x82UV[aF\xF2aF\xD2`\xE0\x85\x01aE4V[\x82\x80Ta\xFF\xFF``\x1B\x19\x16``\x92\x90\x92\x1Ba\xFF\xFF``\x1B\x16\x91\x90\x91\x17\x90UV[aG\"aG\x02a\x01\0\x85\x01aE4V[\x82\x80Ta\xFF\xFF`p\x1B\x19\x16`p\x92\x90\x92\x1Ba\xFF\xFF`p\x1B\x16\x91\x90\x91\x17\x90UV[aGRaG2a\x01 \x85\x01aE4V[\x82\x80Ta\xFF\xFF`\x80\x1B\x19\x16`\x80\x92\x90\x92\x1Ba\xFF\xFF`\x80\x1B\x16\x91\x90\x91\x17\x90UV[aG\x80aGba\x01@\x85\x01aE@V[\x82\x80T`\xFF`\x90\x1B\x19\x16\x91\x15\x15`\x90\x1B`\xFF`\x90\x1B\x16\x91\x90\x91\x17\x90UV[aG\xB0aG\x90a\x01`\x85\x01aE4V[\x82\x80Ta\xFF\xFF`\x98\x1B\x19\x16`\x98\x92\x90\x92\x1Ba\xFF\xFF`\x98\x1B\x16\x91\x90\x91\x17\x90UV[aG\xDEaG\xC0a\x01\x80\x85\x01aELV[\x82\x80T`\xFF`\xA8\x1B\x19\x16`\xA8\x92\x90\x92\x1B`\xFF`\xA8\x1B\x16\x91\x90\x91\x17\x90UV[aH\x0EaG\xEEa\x01\xA0\x85\x01aE4V[\x82\x80Ta\xFF\xFF`\xB0\x1B\x19\x16`\xB0\x92\x90\x92\x1Ba\xFF\xFF`\xB0\x1B\x16\x91\x90\x91\x17\x90UV[a/laE\xD8a\x01\xC0\x85\x01aE(V[a\x02\0\x81\x01aH-\x82\x85aCJV[`\x01`\x01`@\x1B\x03\x83\x16a\x01\xE0\x83\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Qa\x01\xE0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15aH\x87WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90V[_a\x01\xE0\x82\x84\x03\x12\x80\x15aH\x9FW__\xFD[PaH\xA8aHXV[aH\xB1\x83aB\xD3V[\x81RaH\xBF` \x84\x01aB\xD3V[` \x82\x01RaH\xD0`@\x84\x01aB\xF4V[`@\x82\x01RaH\xE1``\x84\x01aB\xF4V[``\x82\x01RaH\xF2`\x80\x84\x01aB\xF4V[`\x80\x82\x01RaI\x03`\xA0\x84\x01aB\xF4V[`\xA0\x82\x01RaI\x14`\xC0\x84\x01aB\xF4V[`\xC0\x82\x01RaI%`\xE0\x84\x01aC\x0EV[`\xE0\x82\x01RaI7a\x01\0\x84\x01aC\x0EV[a\x01\0\x82\x01RaIJa\x01 \x84\x01aC\x0EV[a\x01 \x82\x01RaI]a\x01@\x84\x01aC&V[a\x01@\x82\x01RaIpa\x01`\x84\x01aC\x0EV[a\x01`\x82\x01RaI\x83a\x01\x80\x84\x01aC?V[a\x01\x80\x82\x01RaI\x96a\x01\xA0\x84\x01aC\x0EV[a\x01\xA0\x82\x01RaI\xA9a\x01\xC0\x84\x01aB\xF4V[a\x01\xC0\x82\x01R\x93\x92PPPV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[_\x82aI\xD8WaI\xD8aI\xB6V[P\x04\x90V[_\x82aI\xEBWaI\xEBaI\xB6V[P\x06\x90V[_` \x82\x84\x03\x12\x15aJ\0W__\xFD[\x815a\"@\x81aB\xBFV[_` \x82\x84\x03\x12\x15aJ\x1BW__\xFD[\x815a\"@\x81aB\xFFV[_` \x82\x84\x03\x12\x15aJ6W__\xFD[\x815a\"@\x81aB\xE3V[_` \x82\x84\x03\x12\x15aJQW__\xFD[\x815a\"@\x81aC1V[c\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xE7Wa\t\xE7aD\xD6V[_` \x82\x84\x03\x12\x15aJ\x88W__\xFD[PQ\x91\x90PV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\t\xE7Wa\t\xE7aD\xD6V[_`\x01\x82\x01aJ\xB7WaJ\xB7aD\xD6V[P`\x01\x01\x90V[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15aK\x02W\x81Q\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01aJ\xE4V[P\x93\x94\x93PPPPV[\x83\x81R``` \x82\x01R_aK$``\x83\x01\x85aJ\xD2V[\x82\x81\x03`@\x84\x01RaK6\x81\x85aJ\xD2V[\x96\x95PPPPPPV[\x81\x81\x03\x81\x81\x11\x15a\t\xE7Wa\t\xE7aD\xD6V[\x81Q`\x01`\x01``\x1B\x03\x16\x81Ra\x01\xE0\x81\x01` \x83\x01QaK\x7F` \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[P`@\x83\x01QaK\x97`@\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P``\x83\x01QaK\xAF``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaK\xC7`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01QaK\xDF`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaK\xF7`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaL\r`\xE0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaL%a\x01\0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01QaL=a\x01 \x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01QaLSa\x01@\x84\x01\x82\x15\x15\x90RV[Pa\x01`\x83\x01QaLka\x01`\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01QaL\x82a\x01\x80\x84\x01\x82`\xFF\x16\x90RV[Pa\x01\xA0\x83\x01QaL\x9Aa\x01\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\xC0\x83\x01Qa!\xA6a\x01\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[_` \x82\x84\x03\x12\x15aL\xC4W__\xFD[\x81Qa\"@\x81aC\x19V[_` \x82\x84\x03\x12\x15aL\xDFW__\xFD[\x81Qa\"@\x81aA\xBDV[`\x01`\x01``\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xE7Wa\t\xE7aD\xD6V[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`@\x81\x01`\x03\x84\x10aM=WcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x92\x81R` \x01R\x90V[``\x80\x82R\x84Q\x90\x82\x01\x81\x90R_\x90` \x86\x01\x90`\x80\x84\x01\x90\x83[\x81\x81\x10\x15aM\x89W\x83Q`\x01`\x01`\xA0\x1B\x03\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01aMbV[PP\x83\x81\x03` \x85\x01RaM\x9D\x81\x87aJ\xD2V[\x92PPPc\xFF\xFF\xFF\xFF\x83\x16`@\x83\x01R\x94\x93PPPPV[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xE7Wa\t\xE7aD\xD6V[`\x01`\x01`\x80\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xE7Wa\t\xE7aD\xD6V[_`\xFF\x83\x16\x80aM\xFFWaM\xFFaI\xB6V[\x80`\xFF\x84\x16\x06\x91PP\x92\x91PPV",
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
