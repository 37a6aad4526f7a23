///Module containing a contract's types and functions.
/**

```solidity
library IGovernor {
    type ProposalState is uint8;
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IGovernor {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ProposalState(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<ProposalState> for u8 {
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
        impl ProposalState {
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
        impl From<u8> for ProposalState {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<ProposalState> for u8 {
            fn from(value: ProposalState) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for ProposalState {
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
        impl alloy_sol_types::EventTopic for ProposalState {
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
    /**Creates a new wrapper around an on-chain [`IGovernor`](self) contract instance.

See the [wrapper's documentation](`IGovernorInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IGovernorInstance<P, N> {
        IGovernorInstance::<P, N>::new(address, __provider)
    }
    /**A [`IGovernor`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`IGovernor`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IGovernorInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IGovernorInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IGovernorInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IGovernorInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IGovernor`](self) contract instance.

See the [wrapper's documentation](`IGovernorInstance`) for more details.*/
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
    impl<P: ::core::clone::Clone, N> IGovernorInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IGovernorInstance<P, N> {
            IGovernorInstance {
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
    > IGovernorInstance<P, N> {
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
    > IGovernorInstance<P, N> {
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
library IGovernor {
    type ProposalState is uint8;
}

interface TensoraGovernor {
    struct Params {
        uint48 votingDelay;
        uint32 votingPeriod;
        uint256 proposalThreshold;
        uint256 quorumNumerator;
        uint48 lateQuorumExtension;
    }

    error CheckpointUnorderedInsertion();
    error ERC6372InconsistentClock();
    error FailedCall();
    error GovernorAlreadyCastVote(address voter);
    error GovernorAlreadyQueuedProposal(uint256 proposalId);
    error GovernorDisabledDeposit();
    error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold);
    error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values);
    error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator);
    error GovernorInvalidSignature(address voter);
    error GovernorInvalidVoteParams();
    error GovernorInvalidVoteType();
    error GovernorInvalidVotingPeriod(uint256 votingPeriod);
    error GovernorNonexistentProposal(uint256 proposalId);
    error GovernorOnlyExecutor(address account);
    error GovernorPreventLateQuorumVoteExtensionTooLarge(uint256 newVoteExtension, uint256 maxVoteExtension);
    error GovernorProposalQueueingFailed(uint256 proposalId);
    error GovernorProposalQueueingNotRequired(uint256 proposalId);
    error GovernorRestrictedProposer(address proposer);
    error GovernorUnableToCancel(uint256 proposalId, address account);
    error GovernorUnexpectedProposalState(uint256 proposalId, IGovernor.ProposalState current, bytes32 expectedStates);
    error GuardianCannotCancel(uint256 proposalId);
    error InvalidAccountNonce(address account, uint256 currentNonce);
    error InvalidShortString();
    error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
    error StringTooLong(string str);

    event EIP712DomainChanged();
    event LateQuorumVoteExtensionSet(uint64 oldVoteExtension, uint64 newVoteExtension);
    event ProposalCanceled(uint256 proposalId);
    event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description);
    event ProposalExecuted(uint256 proposalId);
    event ProposalExtended(uint256 indexed proposalId, uint64 extendedDeadline);
    event ProposalGuardianSet(address oldProposalGuardian, address newProposalGuardian);
    event ProposalQueued(uint256 proposalId, uint256 etaSeconds);
    event ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold);
    event QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator);
    event TimelockChange(address oldTimelock, address newTimelock);
    event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason);
    event VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params);
    event VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay);
    event VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod);

    constructor(address token, address timelock, Params params, address guardian);

    receive() external payable;

    function BALLOT_TYPEHASH() external view returns (bytes32);
    function CLOCK_MODE() external view returns (string memory);
    function COUNTING_MODE() external pure returns (string memory);
    function EXTENDED_BALLOT_TYPEHASH() external view returns (bytes32);
    function cancel(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash) external returns (uint256);
    function castVote(uint256 proposalId, uint8 support) external returns (uint256);
    function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes memory signature) external returns (uint256);
    function castVoteWithReason(uint256 proposalId, uint8 support, string memory reason) external returns (uint256);
    function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string memory reason, bytes memory params) external returns (uint256);
    function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string memory reason, bytes memory params, bytes memory signature) external returns (uint256);
    function clock() external view returns (uint48);
    function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);
    function execute(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash) external payable returns (uint256);
    function getProposalId(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash) external view returns (uint256);
    function getVotes(address account, uint256 timepoint) external view returns (uint256);
    function getVotesWithParams(address account, uint256 timepoint, bytes memory params) external view returns (uint256);
    function hasVoted(uint256 proposalId, address account) external view returns (bool);
    function hashProposal(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash) external pure returns (uint256);
    function lateQuorumVoteExtension() external view returns (uint48);
    function name() external view returns (string memory);
    function nonces(address owner) external view returns (uint256);
    function onERC1155BatchReceived(address, address, uint256[] memory, uint256[] memory, bytes memory) external returns (bytes4);
    function onERC1155Received(address, address, uint256, uint256, bytes memory) external returns (bytes4);
    function onERC721Received(address, address, uint256, bytes memory) external returns (bytes4);
    function proposalDeadline(uint256 proposalId) external view returns (uint256);
    function proposalEta(uint256 proposalId) external view returns (uint256);
    function proposalGuardian() external view returns (address);
    function proposalNeedsQueuing(uint256 proposalId) external view returns (bool);
    function proposalProposer(uint256 proposalId) external view returns (address);
    function proposalSnapshot(uint256 proposalId) external view returns (uint256);
    function proposalThreshold() external view returns (uint256);
    function proposalVotes(uint256 proposalId) external view returns (uint256 againstVotes, uint256 forVotes, uint256 abstainVotes);
    function propose(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, string memory description) external returns (uint256);
    function queue(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash) external returns (uint256);
    function quorum(uint256 timepoint) external view returns (uint256);
    function quorumDenominator() external view returns (uint256);
    function quorumNumerator(uint256 timepoint) external view returns (uint256);
    function quorumNumerator() external view returns (uint256);
    function relay(address target, uint256 value, bytes memory data) external payable;
    function setLateQuorumVoteExtension(uint48 newVoteExtension) external;
    function setProposalGuardian(address newProposalGuardian) external;
    function setProposalThreshold(uint256 newProposalThreshold) external;
    function setVotingDelay(uint48 newVotingDelay) external;
    function setVotingPeriod(uint32 newVotingPeriod) external;
    function state(uint256 proposalId) external view returns (IGovernor.ProposalState);
    function supportsInterface(bytes4 interfaceId) external view returns (bool);
    function timelock() external view returns (address);
    function token() external view returns (address);
    function updateQuorumNumerator(uint256 newQuorumNumerator) external;
    function updateTimelock(address newTimelock) external;
    function version() external pure returns (string memory);
    function votingDelay() external view returns (uint256);
    function votingPeriod() external view returns (uint256);
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "contract IVotes"
      },
      {
        "name": "timelock",
        "type": "address",
        "internalType": "contract TimelockController"
      },
      {
        "name": "params",
        "type": "tuple",
        "internalType": "struct TensoraGovernor.Params",
        "components": [
          {
            "name": "votingDelay",
            "type": "uint48",
            "internalType": "uint48"
          },
          {
            "name": "votingPeriod",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "proposalThreshold",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "quorumNumerator",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "lateQuorumExtension",
            "type": "uint48",
            "internalType": "uint48"
          }
        ]
      },
      {
        "name": "guardian",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "receive",
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "BALLOT_TYPEHASH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "CLOCK_MODE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "COUNTING_MODE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "EXTENDED_BALLOT_TYPEHASH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "cancel",
    "inputs": [
      {
        "name": "targets",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "calldatas",
        "type": "bytes[]",
        "internalType": "bytes[]"
      },
      {
        "name": "descriptionHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "castVote",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "support",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "castVoteBySig",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "support",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "voter",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "signature",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "castVoteWithReason",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "support",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "reason",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "castVoteWithReasonAndParams",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "support",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "reason",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "params",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "castVoteWithReasonAndParamsBySig",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "support",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "voter",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "reason",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "params",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "signature",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "clock",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint48",
        "internalType": "uint48"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "eip712Domain",
    "inputs": [],
    "outputs": [
      {
        "name": "fields",
        "type": "bytes1",
        "internalType": "bytes1"
      },
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "version",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "chainId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "verifyingContract",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "extensions",
        "type": "uint256[]",
        "internalType": "uint256[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "execute",
    "inputs": [
      {
        "name": "targets",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "calldatas",
        "type": "bytes[]",
        "internalType": "bytes[]"
      },
      {
        "name": "descriptionHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "getProposalId",
    "inputs": [
      {
        "name": "targets",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "calldatas",
        "type": "bytes[]",
        "internalType": "bytes[]"
      },
      {
        "name": "descriptionHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getVotes",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "timepoint",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getVotesWithParams",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "timepoint",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "params",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "hasVoted",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "hashProposal",
    "inputs": [
      {
        "name": "targets",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "calldatas",
        "type": "bytes[]",
        "internalType": "bytes[]"
      },
      {
        "name": "descriptionHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "lateQuorumVoteExtension",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint48",
        "internalType": "uint48"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "name",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "nonces",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "onERC1155BatchReceived",
    "inputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "onERC1155Received",
    "inputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "onERC721Received",
    "inputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "proposalDeadline",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "proposalEta",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "proposalGuardian",
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
    "name": "proposalNeedsQueuing",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "proposalProposer",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
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
    "name": "proposalSnapshot",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "proposalThreshold",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "proposalVotes",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "againstVotes",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "forVotes",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "abstainVotes",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "propose",
    "inputs": [
      {
        "name": "targets",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "calldatas",
        "type": "bytes[]",
        "internalType": "bytes[]"
      },
      {
        "name": "description",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "queue",
    "inputs": [
      {
        "name": "targets",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "calldatas",
        "type": "bytes[]",
        "internalType": "bytes[]"
      },
      {
        "name": "descriptionHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "quorum",
    "inputs": [
      {
        "name": "timepoint",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "quorumDenominator",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "quorumNumerator",
    "inputs": [
      {
        "name": "timepoint",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "quorumNumerator",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "relay",
    "inputs": [
      {
        "name": "target",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "data",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "setLateQuorumVoteExtension",
    "inputs": [
      {
        "name": "newVoteExtension",
        "type": "uint48",
        "internalType": "uint48"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setProposalGuardian",
    "inputs": [
      {
        "name": "newProposalGuardian",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setProposalThreshold",
    "inputs": [
      {
        "name": "newProposalThreshold",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setVotingDelay",
    "inputs": [
      {
        "name": "newVotingDelay",
        "type": "uint48",
        "internalType": "uint48"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setVotingPeriod",
    "inputs": [
      {
        "name": "newVotingPeriod",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "state",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "enum IGovernor.ProposalState"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "timelock",
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
    "name": "token",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IERC5805"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "updateQuorumNumerator",
    "inputs": [
      {
        "name": "newQuorumNumerator",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "updateTimelock",
    "inputs": [
      {
        "name": "newTimelock",
        "type": "address",
        "internalType": "contract TimelockController"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "version",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "votingDelay",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "votingPeriod",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "event",
    "name": "EIP712DomainChanged",
    "inputs": [],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "LateQuorumVoteExtensionSet",
    "inputs": [
      {
        "name": "oldVoteExtension",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "newVoteExtension",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ProposalCanceled",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ProposalCreated",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "proposer",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "targets",
        "type": "address[]",
        "indexed": false,
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "indexed": false,
        "internalType": "uint256[]"
      },
      {
        "name": "signatures",
        "type": "string[]",
        "indexed": false,
        "internalType": "string[]"
      },
      {
        "name": "calldatas",
        "type": "bytes[]",
        "indexed": false,
        "internalType": "bytes[]"
      },
      {
        "name": "voteStart",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "voteEnd",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "description",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ProposalExecuted",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ProposalExtended",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "extendedDeadline",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ProposalGuardianSet",
    "inputs": [
      {
        "name": "oldProposalGuardian",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "newProposalGuardian",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ProposalQueued",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "etaSeconds",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ProposalThresholdSet",
    "inputs": [
      {
        "name": "oldProposalThreshold",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newProposalThreshold",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "QuorumNumeratorUpdated",
    "inputs": [
      {
        "name": "oldQuorumNumerator",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newQuorumNumerator",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TimelockChange",
    "inputs": [
      {
        "name": "oldTimelock",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "newTimelock",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "VoteCast",
    "inputs": [
      {
        "name": "voter",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "proposalId",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "support",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "weight",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reason",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "VoteCastWithParams",
    "inputs": [
      {
        "name": "voter",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "proposalId",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "support",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "weight",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reason",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      },
      {
        "name": "params",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "VotingDelaySet",
    "inputs": [
      {
        "name": "oldVotingDelay",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newVotingDelay",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "VotingPeriodSet",
    "inputs": [
      {
        "name": "oldVotingPeriod",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newVotingPeriod",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "CheckpointUnorderedInsertion",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ERC6372InconsistentClock",
    "inputs": []
  },
  {
    "type": "error",
    "name": "FailedCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "GovernorAlreadyCastVote",
    "inputs": [
      {
        "name": "voter",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorAlreadyQueuedProposal",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorDisabledDeposit",
    "inputs": []
  },
  {
    "type": "error",
    "name": "GovernorInsufficientProposerVotes",
    "inputs": [
      {
        "name": "proposer",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "votes",
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
    "name": "GovernorInvalidProposalLength",
    "inputs": [
      {
        "name": "targets",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "calldatas",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "values",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorInvalidQuorumFraction",
    "inputs": [
      {
        "name": "quorumNumerator",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "quorumDenominator",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorInvalidSignature",
    "inputs": [
      {
        "name": "voter",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorInvalidVoteParams",
    "inputs": []
  },
  {
    "type": "error",
    "name": "GovernorInvalidVoteType",
    "inputs": []
  },
  {
    "type": "error",
    "name": "GovernorInvalidVotingPeriod",
    "inputs": [
      {
        "name": "votingPeriod",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorNonexistentProposal",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorOnlyExecutor",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorPreventLateQuorumVoteExtensionTooLarge",
    "inputs": [
      {
        "name": "newVoteExtension",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maxVoteExtension",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorProposalQueueingFailed",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorProposalQueueingNotRequired",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorRestrictedProposer",
    "inputs": [
      {
        "name": "proposer",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorUnableToCancel",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorUnexpectedProposalState",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "current",
        "type": "uint8",
        "internalType": "enum IGovernor.ProposalState"
      },
      {
        "name": "expectedStates",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "GuardianCannotCancel",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidAccountNonce",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "currentNonce",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidShortString",
    "inputs": []
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
    "name": "StringTooLong",
    "inputs": [
      {
        "name": "str",
        "type": "string",
        "internalType": "string"
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
pub mod TensoraGovernor {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x610180604052348015610010575f5ffd5b506040516153f23803806153f283398101604081905261002f9161087c565b828260800151836060015186855f0151866020015187604001516040518060400160405280600f81526020016e2a32b739b7b930a3b7bb32b93737b960891b8152508061008061019560201b60201c565b610089826101b4565b61012052610096816101b4565b61014052815160208084019190912060e052815190820120610100524660a05261012260e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052600361013782826109d3565b506101439050836101fa565b61014c82610260565b610155816102ff565b5050506001600160a01b03166101605261016e81610340565b50610178816103d5565b5061018281610481565b5061018c816104ea565b50505050610b23565b6040805180820190915260058152640312e302e360dc1b602082015290565b5f5f829050601f815111156101e7578260405163305a27a960e01b81526004016101de9190610a8d565b60405180910390fd5b80516101f282610ac2565b179392505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b8063ffffffff165f036102885760405163f1cfbf0560e01b81525f60048201526024016101de565b6008546040805163ffffffff66010000000000009093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff90921666010000000000000263ffffffff60301b19909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b60648082111561036d5760405163243e544560e01b815260048101839052602481018290526044016101de565b5f610376610553565b905061039561038361056c565b61038c856105e6565b600a919061061d565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f6103de610637565b9050808265ffffffffffff16111561041a57604051633211876d60e11b815265ffffffffffff83166004820152602481018290526044016101de565b600b546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a150600b805465ffffffffffff191665ffffffffffff92909216919091179055565b600e54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600e80546001600160a01b0319166001600160a01b0392909216919091179055565b600d54604080516001600160a01b03928316815291831660208301527feabe7d6d9720bd3fde29f0fbd6af94debeea74c6d5508c31ee6b07631e06e69b910160405180910390a1600d80546001600160a01b0319166001600160a01b0392909216919091179055565b5f61055e600a610651565b6001600160d01b0316905090565b5f6105776101605190565b6001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156105d0575060408051601f3d908101601f191682019092526105cd91810190610ae5565b60015b6105e1576105dc610699565b905090565b919050565b5f6001600160d01b03821115610619576040516306dfcc6560e41b815260d06004820152602481018390526044016101de565b5090565b5f8061062a8585856106a3565b915091505b935093915050565b5f6105dc6008546601000000000000900463ffffffff1690565b80545f908015610690576106778361066a600184610afe565b5f91825260209091200190565b54660100000000000090046001600160d01b0316610692565b5f5b9392505050565b5f6105dc436107ff565b82545f90819080156107a2575f6106bf8761066a600185610afe565b805490915065ffffffffffff80821691660100000000000090046001600160d01b031690881682111561070557604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361074157825465ffffffffffff1666010000000000006001600160d01b03891602178355610794565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b945085935061062f92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316660100000000000002919093161792019190915590508161062f565b5f65ffffffffffff821115610619576040516306dfcc6560e41b815260306004820152602481018390526044016101de565b6001600160a01b0381168114610845575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b805165ffffffffffff811681146105e1575f5ffd5b80516105e181610831565b5f5f5f5f848603610100811215610891575f5ffd5b855161089c81610831565b60208701519095506108ad81610831565b935060a0603f19820112156108c0575f5ffd5b5060405160a081016001600160401b03811182821017156108e3576108e3610848565b80604052506108f46040870161085c565b8152606086015163ffffffff8116811461090c575f5ffd5b60208201526080860151604082015260a0860151606082015261093160c0870161085c565b6080820152915061094460e08601610871565b905092959194509250565b600181811c9082168061096357607f821691505b60208210810361098157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156109ce57805f5260205f20601f840160051c810160208510156109ac5750805b601f840160051c820191505b818110156109cb575f81556001016109b8565b50505b505050565b81516001600160401b038111156109ec576109ec610848565b610a00816109fa845461094f565b84610987565b6020601f821160018114610a32575f8315610a1b5750848201515b5f19600385901b1c1916600184901b1784556109cb565b5f84815260208120601f198516915b82811015610a615787850151825560209485019460019092019101610a41565b5084821015610a7e57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610981575f1960209190910360031b1b16919050565b5f60208284031215610af5575f5ffd5b6106928261085c565b81810381811115610b1d57634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05160c05160e05161010051610120516101405161016051614858610b9a5f395f8181610a8b01528181610f49015281816112e901528181611587015261205401525f611f9a01525f611f6f01525f6132ea01525f6132c201525f61321d01525f61324701525f61327101526148585ff3fe608060405260043610610310575f3560e01c80637ecebe00116101a3578063bc197c81116100f2578063e540d01d11610092578063f23a6e611161006d578063f23a6e6114610a3f578063f8ce560a14610a5e578063fc0c546a14610a7d578063fc47361614610aaf575f5ffd5b8063e540d01d146109e2578063eb9019d414610a01578063ece40cc114610a20575f5ffd5b8063c59057e4116100cd578063c59057e41461092e578063d33219b41461094d578063dd4e2ba51461096a578063deaaa7cc146109af575f5ffd5b8063bc197c81146108dd578063c01f9e37146108fc578063c28bc2fa1461091b575f5ffd5b8063a660aca51161015d578063a8f8a66811610138578063a8f8a66814610855578063a9a9529414610874578063ab58fb8e14610893578063b58131b0146108c9575f5ffd5b8063a660aca514610803578063a7713a7014610822578063a890c91014610836575f5ffd5b80637ecebe001461074357806384b0196e146107775780638ff262e31461079e57806391ddadf4146107bd57806397c3d334146107d15780639a802a6d146107e4575f5ffd5b80633e4f49e61161025f578063567813881161021957806360c4247f116101f457806360c4247f146106c757806379051887146106e65780637b3c71d3146107055780637d5e81e214610724575f5ffd5b8063567813881461066a5780635b8d0e0d146106895780635f398a14146106a8575f5ffd5b80633e4f49e61461055c5780634385963214610588578063452115d6146105d05780634bf5d7e9146105ef578063544ffc9c1461060357806354fd4d501461063d575f5ffd5b8063160cbed7116102ca5780632fe3e261116102a55780632fe3e261146104bf57806332b8113e146104f2578063330df7ff146105215780633932abb114610540575f5ffd5b8063160cbed71461046e5780632656227d1461048d5780632d63f693146104a0575f5ffd5b806301ffc9a71461034b57806302a251a31461037f57806306f3f9e6146103aa57806306fdde03146103c9578063143489d0146103ea578063150b7a0214610436575f5ffd5b36610347573061031e610acc565b6001600160a01b03161461034557604051637485328f60e11b815260040160405180910390fd5b005b5f5ffd5b348015610356575f5ffd5b5061036a610365366004613892565b610ae4565b60405190151581526020015b60405180910390f35b34801561038a575f5ffd5b50600854600160301b900463ffffffff165b604051908152602001610376565b3480156103b5575f5ffd5b506103456103c43660046138b9565b610b50565b3480156103d4575f5ffd5b506103dd610b64565b60405161037691906138fe565b3480156103f5575f5ffd5b5061041e6104043660046138b9565b5f908152600460205260409020546001600160a01b031690565b6040516001600160a01b039091168152602001610376565b348015610441575f5ffd5b506104556104503660046139e7565b610bf4565b6040516001600160e01b03199091168152602001610376565b348015610479575f5ffd5b5061039c610488366004613bad565b610c36565b61039c61049b366004613bad565b610d39565b3480156104ab575f5ffd5b5061039c6104ba3660046138b9565b610ea9565b3480156104ca575f5ffd5b5061039c7f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81181565b3480156104fd575f5ffd5b50600b5465ffffffffffff165b60405165ffffffffffff9091168152602001610376565b34801561052c575f5ffd5b5061034561053b366004613c53565b610ec9565b34801561054b575f5ffd5b5060085465ffffffffffff1661039c565b348015610567575f5ffd5b5061057b6105763660046138b9565b610eda565b6040516103769190613ca2565b348015610593575f5ffd5b5061036a6105a2366004613cb0565b5f8281526009602090815260408083206001600160a01b038516845260030190915290205460ff1692915050565b3480156105db575f5ffd5b5061039c6105ea366004613bad565b610ee4565b3480156105fa575f5ffd5b506103dd610f45565b34801561060e575f5ffd5b5061062261061d3660046138b9565b610fd8565b60408051938452602084019290925290820152606001610376565b348015610648575f5ffd5b506040805180820190915260058152640312e302e360dc1b60208201526103dd565b348015610675575f5ffd5b5061039c610684366004613cee565b610ffd565b348015610694575f5ffd5b5061039c6106a3366004613d5c565b611024565b3480156106b3575f5ffd5b5061039c6106c2366004613e18565b6110e1565b3480156106d2575f5ffd5b5061039c6106e13660046138b9565b611129565b3480156106f1575f5ffd5b50610345610700366004613c53565b611135565b348015610710575f5ffd5b5061039c61071f366004613e99565b611146565b34801561072f575f5ffd5b5061039c61073e366004613eee565b611196565b34801561074e575f5ffd5b5061039c61075d366004613faa565b6001600160a01b03165f9081526002602052604090205490565b348015610782575f5ffd5b5061078b61124c565b6040516103769796959493929190613fff565b3480156107a9575f5ffd5b5061039c6107b836600461406e565b61128e565b3480156107c8575f5ffd5b5061050a6112e6565b3480156107dc575f5ffd5b50606461039c565b3480156107ef575f5ffd5b5061039c6107fe3660046140bb565b61136d565b34801561080e575f5ffd5b5061034561081d366004613faa565b611383565b34801561082d575f5ffd5b5061039c611394565b348015610841575f5ffd5b50610345610850366004613faa565b6113ad565b348015610860575f5ffd5b5061039c61086f366004613bad565b6113be565b34801561087f575f5ffd5b5061036a61088e3660046138b9565b6113cb565b34801561089e575f5ffd5b5061039c6108ad3660046138b9565b5f9081526004602052604090206001015465ffffffffffff1690565b3480156108d4575f5ffd5b5061039c6113d3565b3480156108e8575f5ffd5b506104556108f736600461410f565b6113dd565b348015610907575f5ffd5b5061039c6109163660046138b9565b611420565b6103456109293660046141a6565b61142a565b348015610939575f5ffd5b5061039c610948366004613bad565b6114a6565b348015610958575f5ffd5b50600e546001600160a01b031661041e565b348015610975575f5ffd5b506040805180820190915260208082527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e908201526103dd565b3480156109ba575f5ffd5b5061039c7ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d781565b3480156109ed575f5ffd5b506103456109fc3660046141e5565b6114df565b348015610a0c575f5ffd5b5061039c610a1b366004614208565b6114f0565b348015610a2b575f5ffd5b50610345610a3a3660046138b9565b61150f565b348015610a4a575f5ffd5b50610455610a59366004614232565b611520565b348015610a69575f5ffd5b5061039c610a783660046138b9565b611563565b348015610a88575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061041e565b348015610aba575f5ffd5b50600d546001600160a01b031661041e565b5f610adf600e546001600160a01b031690565b905090565b5f6001600160e01b031982166366defe7760e11b1480610b1457506001600160e01b031982166332a2ad4360e11b145b80610b2f57506001600160e01b03198216630271189760e51b145b80610b4a57506301ffc9a760e01b6001600160e01b03198316145b92915050565b610b58611600565b610b6181611679565b50565b606060038054610b7390614289565b80601f0160208091040260200160405190810160405280929190818152602001828054610b9f90614289565b8015610bea5780601f10610bc157610100808354040283529160200191610bea565b820191905f5260205f20905b815481529060010190602001808311610bcd57829003601f168201915b5050505050905090565b5f30610bfe610acc565b6001600160a01b031614610c2557604051637485328f60e11b815260040160405180910390fd5b50630a85bd0160e11b949350505050565b5f5f610c44868686866113be565b90505f610c50826113cb565b9050610c6582610c60600461170e565b611730565b5080610c8c5760405163d838bcb760e01b8152600481018390526024015b60405180910390fd5b5f610c9a838989898961176d565b905065ffffffffffff811615610d11575f83815260046020908152604091829020600101805465ffffffffffff191665ffffffffffff85169081179091558251868152918201527f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892910160405180910390a1610d2d565b60405163ab2d031160e01b815260048101849052602401610c83565b50909695505050505050565b5f5f610d47868686866113be565b90505f610d53826113cb565b9050610d6f82610c6083610d6857600461170e565b600561170e565b505f828152600460205260409020805460ff60f01b1916600160f01b17905530610d97610acc565b6001600160a01b031614610e20575f5b8751811015610e1e57306001600160a01b0316888281518110610dcc57610dcc6142c1565b60200260200101516001600160a01b031603610e1657610e16868281518110610df757610df76142c1565b602002602001015180519060200120600561177b90919063ffffffff16565b600101610da7565b505b610e2d828888888861179c565b30610e36610acc565b6001600160a01b031614158015610e6257506005546001600160801b03808216600160801b9092041614155b15610e6c575f6005555b6040518281527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f9060200160405180910390a15095945050505050565b5f90815260046020526040902054600160a01b900465ffffffffffff1690565b610ed1611600565b610b61816117b0565b5f610b4a82611861565b5f5f610ef2868686866113be565b905033610eff82826119a1565b610f2e57604051638fe5d8a960e01b8152600481018390526001600160a01b0382166024820152604401610c83565b610f3a878787876119ac565b979650505050505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa925050508015610fc457506040513d5f823e601f3d908101601f19168201604052610fc191908101906142d5565b60015b610fd357610adf6112e6611a2d565b919050565b5f818152600960205260409020805460018201546002909201549091905b9193909250565b5f8033905061101c84828560405180602001604052805f815250611a43565b949350505050565b5f61106a88888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250899150611a649050565b611092576040516394ab6c0760e01b81526001600160a01b0387166004820152602401610c83565b6110d588878988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611b31915050565b98975050505050505050565b5f80339050610f3a87828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611b31915050565b5f610b4a600a83611c0e565b61113d611600565b610b6181611c5b565b5f8033905061118c86828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611a4392505050565b9695505050505050565b5f336111a28184611cc1565b6111ca5760405163d9b3955760e01b81526001600160a01b0382166004820152602401610c83565b5f6111d36113d3565b9050801561123f575f6112018360016111ea6112e6565b6111f4919061435d565b65ffffffffffff166114f0565b90508181101561123d57604051636121770b60e11b81526001600160a01b03841660048201526024810182905260448101839052606401610c83565b505b610f3a8787878786611d45565b5f6060805f5f5f606061125d611f68565b611265611f93565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61129b85858585611fbe565b6112c3576040516394ab6c0760e01b81526001600160a01b0384166004820152602401610c83565b6112dd85848660405180602001604052805f815250611a43565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015611361575060408051601f3d908101601f1916820190925261135e9181019061437b565b60015b610fd357610adf612047565b5f611379848484612051565b90505b9392505050565b61138b611600565b610b61816120e4565b5f61139f600a61214d565b6001600160d01b0316905090565b6113b5611600565b610b6181612191565b5f6112dd858585856114a6565b5f6001610b4a565b5f610adf60075490565b5f306113e7610acc565b6001600160a01b03161461140e57604051637485328f60e11b815260040160405180910390fd5b5063bc197c8160e01b95945050505050565b5f610b4a826121fa565b611432611600565b5f5f856001600160a01b031685858560405161144f929190614396565b5f6040518083038185875af1925050503d805f8114611489576040519150601f19603f3d011682016040523d82523d5f602084013e61148e565b606091505b509150915061149d8282612222565b50505050505050565b5f848484846040516020016114be949392919061442c565b60408051601f19818403018152919052805160209091012095945050505050565b6114e7611600565b610b618161225f565b5f61137c838361150a60408051602081019091525f815290565b612051565b611517611600565b610b61816122fb565b5f3061152a610acc565b6001600160a01b03161461155157604051637485328f60e11b815260040160405180910390fd5b5063f23a6e6160e01b95945050505050565b604051632394e7a360e21b8152600481018290525f90610b4a906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638e539e8c90602401602060405180830381865afa1580156115cc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115f09190614476565b6115f984611129565b606461233c565b33611609610acc565b6001600160a01b031614611632576040516347096e4760e01b8152336004820152602401610c83565b3061163b610acc565b6001600160a01b031614611677575f803660405161165a929190614396565b604051809103902090505b8061167060056123ec565b0361166557505b565b6064808211156116a65760405163243e544560e01b81526004810183905260248101829052604401610c83565b5f6116af611394565b90506116ce6116bc6112e6565b6116c58561240b565b600a9190612442565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f81600781111561172157611721613c6e565b600160ff919091161b92915050565b5f5f61173b84610eda565b90505f836117488361170e565b160361137c578381846040516331b75e4d60e01b8152600401610c839392919061448d565b5f61118c868686868661245c565b5f61178683836125ed565b905080611797576117976041612652565b505050565b6117a98585858585612663565b5050505050565b600854600160301b900463ffffffff1665ffffffffffff82168110156117fa57604051633211876d60e11b815265ffffffffffff8316600482015260248101829052604401610c83565b600b546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a150600b805465ffffffffffff191665ffffffffffff92909216919091179055565b5f5f61186c836126f3565b9050600581600781111561188257611882613c6e565b1461188d5792915050565b5f838152600f60205260409081902054600e549151632c258a9f60e11b81526004810182905290916001600160a01b03169063584b153e90602401602060405180830381865afa1580156118e3573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061190791906144af565b15611916575060059392505050565b600e54604051632ab0f52960e01b8152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa15801561195d573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061198191906144af565b15611990575060079392505050565b5060029392505050565b5050919050565b5f61137c8383612824565b600d545f9033906001600160a01b0316811480156119ce57506119ce84612894565b15611a21575f6119e0878787876113be565b5f818152600460205260409020549091506001600160a01b03838116911614611a1f5760405163153adba760e11b815260048101829052602401610c83565b505b61118c868686866128e0565b6060610b4a611a3e8363ffffffff16565b612977565b5f6112dd85858585611a5f60408051602081019091525f815290565b611b31565b5f610f3a85611b2b7f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a8a8a611ab68c6001600160a01b03165f90815260026020526040902080546001810190915590565b8b516020808e01919091208c518d830120604051611b1098979695949301968752602087019590955260ff9390931660408601526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b604051602081830303815290604052805190602001206129e9565b84612a15565b5f611b4086610c60600161170e565b505f611b5586611b4f89610ea9565b85612051565b90505f611b658888888588612a85565b905083515f03611bbb57866001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda489888489604051611bae94939291906144ce565b60405180910390a2611c05565b866001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb87128988848989604051611bfc9594939291906144f5565b60405180910390a25b610f3a88612b81565b5f5f5f611c1a85612b8a565b9250925050838265ffffffffffff161115611c4757611c42611c3b85612be2565b8690612c14565b611c49565b805b6001600160d01b031695945050505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b80515f906034811015611cd8576001915050610b4a565b60131981840101516001600160b01b03198116692370726f706f7365723d60b01b14611d0957600192505050610b4a565b5f5f611d1986602a860386612cb6565b91509150811580610f3a5750866001600160a01b0316816001600160a01b031614979650505050505050565b5f611d5986868686805190602001206113be565b905084518651141580611d6e57508351865114155b80611d7857508551155b15611dad57855184518651604051630447b05d60e41b8152600481019390935260248301919091526044820152606401610c83565b5f81815260046020526040902054600160a01b900465ffffffffffff1615611df65780611dd982610eda565b6040516331b75e4d60e01b8152610c839291905f9060040161448d565b5f611e0860085465ffffffffffff1690565b611e106112e6565b65ffffffffffff16611e22919061452e565b90505f611e3c60085463ffffffff600160301b9091041690565b5f84815260046020526040902080546001600160a01b0319166001600160a01b038716178155909150611e6e83612be2565b815465ffffffffffff91909116600160a01b0265ffffffffffff60a01b19909116178155611e9b82612d5f565b815463ffffffff91909116600160d01b0263ffffffff60d01b1990911617815588517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e090859087908c908c906001600160401b03811115611efe57611efe613924565b604051908082528060200260200182016040528015611f3157816020015b6060815260200190600190039081611f1c5790505b508c89611f3e8a8261452e565b8e604051611f5499989796959493929190614541565b60405180910390a150505095945050505050565b6060610adf7f0000000000000000000000000000000000000000000000000000000000000000612d8f565b6060610adf7f0000000000000000000000000000000000000000000000000000000000000000612d8f565b5f6112dd83611b2b7ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d78888886120108a6001600160a01b03165f90815260026020526040902080546001810190915590565b60408051602081019690965285019390935260ff90911660608401526001600160a01b0316608083015260a082015260c001611b10565b5f610adf43612be2565b5f7f0000000000000000000000000000000000000000000000000000000000000000604051630748d63560e31b81526001600160a01b038681166004830152602482018690529190911690633a46b1a890604401602060405180830381865afa1580156120c0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113799190614476565b600d54604080516001600160a01b03928316815291831660208301527feabe7d6d9720bd3fde29f0fbd6af94debeea74c6d5508c31ee6b07631e06e69b910160405180910390a1600d80546001600160a01b0319166001600160a01b0392909216919091179055565b80545f908015612189576121738361216660018461461c565b5f91825260209091200190565b54600160301b90046001600160d01b031661137c565b5f9392505050565b600e54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600e80546001600160a01b0319166001600160a01b0392909216919091179055565b5f610b4a61220783612dcc565b5f848152600c602052604090205465ffffffffffff16612e0e565b60608215612231575080610b4a565b8151156122465761224182612e1d565b610b4a565b60405163d6bda27560e01b815260040160405180910390fd5b8063ffffffff165f036122875760405163f1cfbf0560e01b81525f6004820152602401610c83565b6008546040805163ffffffff600160301b9093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff909216600160301b0269ffffffff00000000000019909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b5f5f5f6123498686612e25565b91509150815f0361236d578381816123635761236361462f565b049250505061137c565b818411612384576123846003851502601118612652565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f5f5f6123f884612e41565b915091508161137c5761137c6031612652565b5f6001600160d01b0382111561243e576040516306dfcc6560e41b815260d0600482015260248101839052604401610c83565b5090565b5f8061244f858585612eb5565b915091505b935093915050565b5f5f600e5f9054906101000a90046001600160a01b03166001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa1580156124ae573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906124d29190614476565b90505f3060601b6bffffffffffffffffffffffff19168418600e5460405163b1c5f42760e01b81529192506001600160a01b03169063b1c5f42790612523908a908a908a905f908890600401614643565b602060405180830381865afa15801561253e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125629190614476565b5f898152600f602052604080822092909255600e5491516308f2a0bb60e41b81526001600160a01b0390921691638f2a0bb0916125ac918b918b918b919088908a90600401614690565b5f604051808303815f87803b1580156125c3575f5ffd5b505af11580156125d5573d5f5f3e3d5ffd5b505050506110d582426125e8919061452e565b612be2565b81545f906001600160801b03600160801b82048116918116600183019091160361261a575f915050610b4a565b6001600160801b038181165f908152600186810160205260409091209490945584549184018116600160801b02911617909255919050565b634e487b715f52806020526024601cfd5b600e546001600160a01b031663e38335e5348686865f3060601b6bffffffffffffffffffffffff191688186040518763ffffffff1660e01b81526004016126ae959493929190614643565b5f604051808303818588803b1580156126c5575f5ffd5b505af11580156126d7573d5f5f3e3d5ffd5b5050505f9687525050600f602052505060408320929092555050565b5f818152600460205260408120805460ff600160f01b8204811691600160f81b900416811561272757506007949350505050565b801561273857506002949350505050565b5f61274286610ea9565b9050805f0361276757604051636ad0607560e01b815260048101879052602401610c83565b5f6127706112e6565b65ffffffffffff16905080821061278d57505f9695505050505050565b5f61279788611420565b90508181106127ae57506001979650505050505050565b6127b788613005565b15806127d657505f888152600960205260409020805460019091015411155b156127e957506003979650505050505050565b5f8881526004602052604090206001015465ffffffffffff165f0361281657506004979650505050505050565b506005979650505050505050565b5f5f612838600d546001600160a01b031690565b9050826001600160a01b0316816001600160a01b0316148061288457506001600160a01b03811615801561288457505f848152600460205260409020546001600160a01b038481169116145b8061101c575061101c848461303b565b5f5f5b82518110156128d8576128c28382815181106128b5576128b56142c1565b6020026020010151613080565b156128d05750600192915050565b600101612897565b505f92915050565b5f5f6128ee86868686613151565b5f818152600f6020526040902054909150801561296d57600e5460405163c4d252f560e01b8152600481018390526001600160a01b039091169063c4d252f5906024015f604051808303815f87803b158015612948575f5ffd5b505af115801561295a573d5f5f3e3d5ffd5b5050505f838152600f6020526040812055505b5095945050505050565b6060612981612047565b65ffffffffffff168265ffffffffffff16146129b0576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f610b4a6129f5613211565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f03612a73575f5f612a33858561333a565b5090925090505f816003811115612a4c57612a4c613c6e565b148015612a6a5750856001600160a01b0316826001600160a01b0316145b9250505061137c565b612a7e848484613383565b905061137c565b5f8581526009602090815260408083206001600160a01b03881684526003810190925282205460ff1615612ad7576040516371c6af4960e01b81526001600160a01b0387166004820152602401610c83565b6001600160a01b0386165f9081526003820160205260409020805460ff1916600117905560ff8516612b205783815f015f828254612b15919061452e565b90915550612b769050565b5f1960ff861601612b3e5783816001015f828254612b15919061452e565b60011960ff861601612b5d5783816002015f828254612b15919061452e565b6040516303599be160e11b815260040160405180910390fd5b509195945050505050565b610b61816133e8565b80545f9081908190808203612ba8575f5f5f93509350935050610ff6565b5f612bb88661216660018561461c565b546001955065ffffffffffff81169450600160301b90046001600160d01b03169250610ff6915050565b5f65ffffffffffff82111561243e576040516306dfcc6560e41b81526030600482015260248101839052604401610c83565b81545f9081816005811115612c70575f612c2d846134bc565b612c37908561461c565b5f8881526020902090915081015465ffffffffffff9081169087161015612c6057809150612c6e565b612c6b81600161452e565b92505b505b5f612c7d87878585613614565b90508015612caa57612c948761216660018461461c565b54600160301b90046001600160d01b0316610f3a565b505f9695505050505050565b5f5f8451831180612cc657508284115b15612cd557505f905080612454565b5f612ce185600161452e565b84118015612d09575061060f60f31b612cfd8787016020015190565b6001600160f01b031916145b90505f612d1982151560026146e7565b612d2490602861452e565b905080612d31878761461c565b03612d52575f5f612d4389898961366a565b90965094506124549350505050565b5f5f935093505050612454565b5f63ffffffff82111561243e576040516306dfcc6560e41b81526020600482015260248101839052604401610c83565b60605f612d9b8361372b565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f81815260046020526040812054612e0090600160d01b810463ffffffff1690600160a01b900465ffffffffffff166146fe565b65ffffffffffff1692915050565b5f82821882841102821861137c565b805160208201fd5b5f805f1983850993909202808410938190039390930393915050565b80545f9081906001600160801b0380821691600160801b9004168103612e6c57505f93849350915050565b6001600160801b038181165f908152600186810160205260408220805492905586546fffffffffffffffffffffffffffffffff1916938101909216929092179094559293915050565b82545f9081908015612fab575f612ed18761216660018561461c565b805490915065ffffffffffff80821691600160301b90046001600160d01b0316908816821115612f1457604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603612f4d57825465ffffffffffff16600160301b6001600160d01b03891602178355612f9d565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b945085935061245492505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b029190931617920191909155905081612454565b5f81815260096020526040812060028101546001820154613026919061452e565b613032610a7885610ea9565b11159392505050565b5f8061304684610eda565b600781111561305757613057613c6e565b14801561137c5750505f91825260046020526040909120546001600160a01b0391821691161490565b5f60048251101561309257505f919050565b5f61309c8361471c565b9050633af929db60e11b6001600160e01b03198216016130bf5750600192915050565b63599f535b60e01b6001600160e01b03198216016130e05750600192915050565b6001600160e01b03198116632f2ff15d60e01b148061310f57506001600160e01b0319811663d547741f60e01b145b156121895760248351101561312657505f92915050565b5050602401517ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f7831490565b5f5f61315f868686866113be565b90506131ad8161316f600761170e565b613179600661170e565b613183600261170e565b6001613190600782614756565b61319b90600261484a565b6131a5919061461c565b181818611730565b505f818152600460205260409081902080546001600160f81b0316600160f81b179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c906132009083815260200190565b60405180910390a195945050505050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561326957507f000000000000000000000000000000000000000000000000000000000000000046145b1561329357507f000000000000000000000000000000000000000000000000000000000000000090565b610adf604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103613371576020840151604085015160608601515f1a61336388828585613752565b95509550955050505061337c565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f818152600c602052604090205465ffffffffffff1615801561340f575061340f81613005565b15610b61575f613426600b5465ffffffffffff1690565b61342e6112e6565b61343891906146fe565b905061344382611420565b8165ffffffffffff1611156134905760405165ffffffffffff8216815282907f541f725fb9f7c98a30cc9c0ff32fbb14358cd7159c847a3aa20a2bdc442ba5119060200160405180910390a25b5f918252600c6020526040909120805465ffffffffffff191665ffffffffffff92909216919091179055565b5f600182116134c9575090565b816001600160801b82106134e25760809190911c9060401b5b6801000000000000000082106134fd5760409190911c9060201b5b64010000000082106135145760209190911c9060101b5b6201000082106135295760109190911c9060081b5b610100821061353d5760089190911c9060041b5b601082106135505760049190911c9060021b5b6004821061355c5760011b5b600302600190811c908185816135745761357461462f565b048201901c9050600181858161358c5761358c61462f565b048201901c905060018185816135a4576135a461462f565b048201901c905060018185816135bc576135bc61462f565b048201901c905060018185816135d4576135d461462f565b048201901c905060018185816135ec576135ec61462f565b048201901c905061360b8185816136055761360561462f565b04821190565b90039392505050565b5f5b81831015613662575f85815260209020838316600285851804019081015465ffffffffffff8681169116111561364e5780925061365c565b61365981600161452e565b93505b50613616565b509392505050565b5f80848161367986600161452e565b851180156136a1575061060f60f31b6136958388016020015190565b6001600160f01b031916145b90505f6136b182151560026146e7565b90505f806136bf838a61452e565b90505b8781101561371a575f6136e06136db8784016020015190565b61381a565b9050600f8160ff1611156136ff575f5f97509750505050505050612454565b61370a6010846146e7565b60ff9091160191506001016136c2565b506001999098509650505050505050565b5f60ff8216601f811115610b4a57604051632cd44ac360e21b815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561378b57505f91506003905082613810565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156137dc573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661380757505f925060019150829050613810565b92505f91508190505b9450945094915050565b5f60f882901c602f811180156138335750603a8160ff16105b1561384157602f1901610b4a565b60608160ff16118015613857575060678160ff16105b156138655760561901610b4a565b60408160ff1611801561387b575060478160ff16105b156138895760361901610b4a565b5060ff92915050565b5f602082840312156138a2575f5ffd5b81356001600160e01b03198116811461137c575f5ffd5b5f602082840312156138c9575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61137c60208301846138d0565b6001600160a01b0381168114610b61575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561396057613960613924565b604052919050565b5f6001600160401b0382111561398057613980613924565b50601f01601f191660200190565b5f6139a061399b84613968565b613938565b90508281528383830111156139b3575f5ffd5b828260208301375f602084830101529392505050565b5f82601f8301126139d8575f5ffd5b61137c8383356020850161398e565b5f5f5f5f608085870312156139fa575f5ffd5b8435613a0581613910565b93506020850135613a1581613910565b92506040850135915060608501356001600160401b03811115613a36575f5ffd5b613a42878288016139c9565b91505092959194509250565b5f6001600160401b03821115613a6657613a66613924565b5060051b60200190565b5f82601f830112613a7f575f5ffd5b8135613a8d61399b82613a4e565b8082825260208201915060208360051b860101925085831115613aae575f5ffd5b602085015b8381101561296d578035613ac681613910565b835260209283019201613ab3565b5f82601f830112613ae3575f5ffd5b8135613af161399b82613a4e565b8082825260208201915060208360051b860101925085831115613b12575f5ffd5b602085015b8381101561296d578035835260209283019201613b17565b5f82601f830112613b3e575f5ffd5b8135613b4c61399b82613a4e565b8082825260208201915060208360051b860101925085831115613b6d575f5ffd5b602085015b8381101561296d5780356001600160401b03811115613b8f575f5ffd5b613b9e886020838a01016139c9565b84525060209283019201613b72565b5f5f5f5f60808587031215613bc0575f5ffd5b84356001600160401b03811115613bd5575f5ffd5b613be187828801613a70565b94505060208501356001600160401b03811115613bfc575f5ffd5b613c0887828801613ad4565b93505060408501356001600160401b03811115613c23575f5ffd5b613c2f87828801613b2f565b949793965093946060013593505050565b65ffffffffffff81168114610b61575f5ffd5b5f60208284031215613c63575f5ffd5b813561137c81613c40565b634e487b7160e01b5f52602160045260245ffd5b60088110613c9e57634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610b4a8284613c82565b5f5f60408385031215613cc1575f5ffd5b823591506020830135613cd381613910565b809150509250929050565b803560ff81168114610fd3575f5ffd5b5f5f60408385031215613cff575f5ffd5b82359150613d0f60208401613cde565b90509250929050565b5f5f83601f840112613d28575f5ffd5b5081356001600160401b03811115613d3e575f5ffd5b602083019150836020828501011115613d55575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215613d72575f5ffd5b87359650613d8260208901613cde565b95506040880135613d9281613910565b945060608801356001600160401b03811115613dac575f5ffd5b613db88a828b01613d18565b90955093505060808801356001600160401b03811115613dd6575f5ffd5b613de28a828b016139c9565b92505060a08801356001600160401b03811115613dfd575f5ffd5b613e098a828b016139c9565b91505092959891949750929550565b5f5f5f5f5f60808688031215613e2c575f5ffd5b85359450613e3c60208701613cde565b935060408601356001600160401b03811115613e56575f5ffd5b613e6288828901613d18565b90945092505060608601356001600160401b03811115613e80575f5ffd5b613e8c888289016139c9565b9150509295509295909350565b5f5f5f5f60608587031215613eac575f5ffd5b84359350613ebc60208601613cde565b925060408501356001600160401b03811115613ed6575f5ffd5b613ee287828801613d18565b95989497509550505050565b5f5f5f5f60808587031215613f01575f5ffd5b84356001600160401b03811115613f16575f5ffd5b613f2287828801613a70565b94505060208501356001600160401b03811115613f3d575f5ffd5b613f4987828801613ad4565b93505060408501356001600160401b03811115613f64575f5ffd5b613f7087828801613b2f565b92505060608501356001600160401b03811115613f8b575f5ffd5b8501601f81018713613f9b575f5ffd5b613a428782356020840161398e565b5f60208284031215613fba575f5ffd5b813561137c81613910565b5f8151808452602084019350602083015f5b82811015613ff5578151865260209586019590910190600101613fd7565b5093949350505050565b60ff60f81b8816815260e060208201525f61401d60e08301896138d0565b828103604084015261402f81896138d0565b606084018890526001600160a01b038716608085015260a0840186905283810360c085015290506140608185613fc5565b9a9950505050505050505050565b5f5f5f5f60808587031215614081575f5ffd5b8435935061409160208601613cde565b925060408501356140a181613910565b915060608501356001600160401b03811115613a36575f5ffd5b5f5f5f606084860312156140cd575f5ffd5b83356140d881613910565b92506020840135915060408401356001600160401b038111156140f9575f5ffd5b614105868287016139c9565b9150509250925092565b5f5f5f5f5f60a08688031215614123575f5ffd5b853561412e81613910565b9450602086013561413e81613910565b935060408601356001600160401b03811115614158575f5ffd5b61416488828901613ad4565b93505060608601356001600160401b0381111561417f575f5ffd5b61418b88828901613ad4565b92505060808601356001600160401b03811115613e80575f5ffd5b5f5f5f5f606085870312156141b9575f5ffd5b84356141c481613910565b93506020850135925060408501356001600160401b03811115613ed6575f5ffd5b5f602082840312156141f5575f5ffd5b813563ffffffff8116811461137c575f5ffd5b5f5f60408385031215614219575f5ffd5b823561422481613910565b946020939093013593505050565b5f5f5f5f5f60a08688031215614246575f5ffd5b853561425181613910565b9450602086013561426181613910565b9350604086013592506060860135915060808601356001600160401b03811115613e80575f5ffd5b600181811c9082168061429d57607f821691505b6020821081036142bb57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156142e5575f5ffd5b81516001600160401b038111156142fa575f5ffd5b8201601f8101841361430a575f5ffd5b805161431861399b82613968565b81815285602083850101111561432c575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b634e487b7160e01b5f52601160045260245ffd5b65ffffffffffff8281168282160390811115610b4a57610b4a614349565b5f6020828403121561438b575f5ffd5b815161137c81613c40565b818382375f9101908152919050565b5f8151808452602084019350602083015f5b82811015613ff55781516001600160a01b03168652602095860195909101906001016143b7565b5f82825180855260208501945060208160051b830101602085015f5b83811015610d2d57601f198584030188526144168383516138d0565b60209889019890935091909101906001016143fa565b608081525f61443e60808301876143a5565b82810360208401526144508187613fc5565b9050828103604084015261446481866143de565b91505082606083015295945050505050565b5f60208284031215614486575f5ffd5b5051919050565b838152606081016144a16020830185613c82565b826040830152949350505050565b5f602082840312156144bf575f5ffd5b8151801515811461137c575f5ffd5b84815260ff84166020820152826040820152608060608201525f61118c60808301846138d0565b85815260ff8516602082015283604082015260a060608201525f61451c60a08301856138d0565b82810360808401526110d581856138d0565b80820180821115610b4a57610b4a614349565b8981526001600160a01b0389166020820152610120604082018190525f9061456b9083018a6143a5565b828103606084015261457d818a613fc5565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b838110156145d457601f198684030185526145be8383516138d0565b60209586019590935091909101906001016145a2565b505085810360a08701526145e8818b6143de565b93505050508560c08401528460e084015282810361010084015261460c81856138d0565b9c9b505050505050505050505050565b81810381811115610b4a57610b4a614349565b634e487b7160e01b5f52601260045260245ffd5b60a081525f61465560a08301886143a5565b82810360208401526146678188613fc5565b9050828103604084015261467b81876143de565b60608401959095525050608001529392505050565b60c081525f6146a260c08301896143a5565b82810360208401526146b48189613fc5565b905082810360408401526146c881886143de565b60608401969096525050608081019290925260a0909101529392505050565b8082028115828204841417610b4a57610b4a614349565b65ffffffffffff8181168382160190811115610b4a57610b4a614349565b805160208201516001600160e01b031981169190600482101561199a576001600160e01b031960049290920360031b82901b161692915050565b60ff8181168382160190811115610b4a57610b4a614349565b6001815b60018411156124545780850481111561478e5761478e614349565b600184161561479c57908102905b60019390931c928002614773565b5f826147b857506001610b4a565b816147c457505f610b4a565b81600181146147da57600281146147e457614800565b6001915050610b4a565b60ff8411156147f5576147f5614349565b50506001821b610b4a565b5060208310610133831016604e8410600b8410161715614823575081810a610b4a565b61482f5f19848461476f565b805f190482111561484257614842614349565b029392505050565b5f61137c60ff8416836147aa56
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x01\x80`@R4\x80\x15a\0\x10W__\xFD[P`@QaS\xF28\x03\x80aS\xF2\x839\x81\x01`@\x81\x90Ra\0/\x91a\x08|V[\x82\x82`\x80\x01Q\x83``\x01Q\x86\x85_\x01Q\x86` \x01Q\x87`@\x01Q`@Q\x80`@\x01`@R\x80`\x0F\x81R` \x01n*2\xB79\xB7\xB90\xA3\xB7\xBB2\xB977\xB9`\x89\x1B\x81RP\x80a\0\x80a\x01\x95` \x1B` \x1CV[a\0\x89\x82a\x01\xB4V[a\x01 Ra\0\x96\x81a\x01\xB4V[a\x01@R\x81Q` \x80\x84\x01\x91\x90\x91 `\xE0R\x81Q\x90\x82\x01 a\x01\0RF`\xA0Ra\x01\"`\xE0Qa\x01\0Q`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x90\x81\x01\x92\x90\x92R``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[`\x80RPP0`\xC0R`\x03a\x017\x82\x82a\t\xD3V[Pa\x01C\x90P\x83a\x01\xFAV[a\x01L\x82a\x02`V[a\x01U\x81a\x02\xFFV[PPP`\x01`\x01`\xA0\x1B\x03\x16a\x01`Ra\x01n\x81a\x03@V[Pa\x01x\x81a\x03\xD5V[Pa\x01\x82\x81a\x04\x81V[Pa\x01\x8C\x81a\x04\xEAV[PPPPa\x0B#V[`@\x80Q\x80\x82\x01\x90\x91R`\x05\x81Rd\x03\x12\xE3\x02\xE3`\xDC\x1B` \x82\x01R\x90V[__\x82\x90P`\x1F\x81Q\x11\x15a\x01\xE7W\x82`@Qc0Z'\xA9`\xE0\x1B\x81R`\x04\x01a\x01\xDE\x91\x90a\n\x8DV[`@Q\x80\x91\x03\x90\xFD[\x80Qa\x01\xF2\x82a\n\xC2V[\x17\x93\x92PPPV[`\x08T`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16\x81R\x91\x83\x16` \x83\x01R\x7F\xC5e\xB0E@=\xC0<.\xEA\x82\xB8\x1A\x04e\xED\xAD\x9E.\x7F\xC4\xD9~\x11B\x1C \x9D\xA9=z\x93\x91\x01`@Q\x80\x91\x03\x90\xA1`\x08\x80Te\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[\x80c\xFF\xFF\xFF\xFF\x16_\x03a\x02\x88W`@Qc\xF1\xCF\xBF\x05`\xE0\x1B\x81R_`\x04\x82\x01R`$\x01a\x01\xDEV[`\x08T`@\x80Qc\xFF\xFF\xFF\xFFf\x01\0\0\0\0\0\0\x90\x93\x04\x83\x16\x81R\x91\x83\x16` \x83\x01R\x7F~?\x7F\x07\x08\xA8M\xE9 06\xAB\xAAE\r\xCC\xC8Z\xD5\xFFR\xF7\x8C\x17\x0F>\xDBU\xCF^\x88(\x91\x01`@Q\x80\x91\x03\x90\xA1`\x08\x80Tc\xFF\xFF\xFF\xFF\x90\x92\x16f\x01\0\0\0\0\0\0\x02c\xFF\xFF\xFF\xFF`0\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[`\x07T`@\x80Q\x91\x82R` \x82\x01\x83\x90R\x7F\xCC\xB4]\xA8\xD5q~lEDiB\x97\xC4\xBA\\\xF1Q\xD4U\xC9\xBB\x0E\xD4\xFCz8A\x1B\xC0Ta\x91\x01`@Q\x80\x91\x03\x90\xA1`\x07UV[`d\x80\x82\x11\x15a\x03mW`@Qc$>TE`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`$\x81\x01\x82\x90R`D\x01a\x01\xDEV[_a\x03va\x05SV[\x90Pa\x03\x95a\x03\x83a\x05lV[a\x03\x8C\x85a\x05\xE6V[`\n\x91\x90a\x06\x1DV[PP`@\x80Q\x82\x81R` \x81\x01\x85\x90R\x7F\x05SGk\xF0.\xF2rn\x8C\xE5\xCE\xD7\x8Dc\xE2n`.J\"W\xB1\xF5YA\x8E$\xB4c9\x97\x91\x01`@Q\x80\x91\x03\x90\xA1PPPV[_a\x03\xDEa\x067V[\x90P\x80\x82e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\x04\x1AW`@Qc2\x11\x87m`\xE1\x1B\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x01\xDEV[`\x0BT`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16\x81R\x91\x84\x16` \x83\x01R\x7F|\xA4\xAC\x11~\xD3\xCD\xCEu\xC1\x16\x1D\x82\x07\xC4@8\x9B\x1A\x15\xD6\x9D\th1fFW\xC0}\xAF\xC2\x91\x01`@Q\x80\x91\x03\x90\xA1P`\x0B\x80Te\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[`\x0ET`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01R\x7F\x08\xF7N\xA4n\xF7\x89Oe\xEA\xBF\xB5\xE6\xE6\x95\xDEw:\0\x0BG\xC5)\xABU\x91x\x06\x9B\"d\x01\x91\x01`@Q\x80\x91\x03\x90\xA1`\x0E\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[`\rT`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01R\x7F\xEA\xBE}m\x97 \xBD?\xDE)\xF0\xFB\xD6\xAF\x94\xDE\xBE\xEAt\xC6\xD5P\x8C1\xEEk\x07c\x1E\x06\xE6\x9B\x91\x01`@Q\x80\x91\x03\x90\xA1`\r\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[_a\x05^`\na\x06QV[`\x01`\x01`\xD0\x1B\x03\x16\x90P\x90V[_a\x05wa\x01`Q\x90V[`\x01`\x01`\xA0\x1B\x03\x16c\x91\xDD\xAD\xF4`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x92PPP\x80\x15a\x05\xD0WP`@\x80Q`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01\x90\x92Ra\x05\xCD\x91\x81\x01\x90a\n\xE5V[`\x01[a\x05\xE1Wa\x05\xDCa\x06\x99V[\x90P\x90V[\x91\x90PV[_`\x01`\x01`\xD0\x1B\x03\x82\x11\x15a\x06\x19W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\xD0`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01\xDEV[P\x90V[_\x80a\x06*\x85\x85\x85a\x06\xA3V[\x91P\x91P[\x93P\x93\x91PPV[_a\x05\xDC`\x08Tf\x01\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16\x90V[\x80T_\x90\x80\x15a\x06\x90Wa\x06w\x83a\x06j`\x01\x84a\n\xFEV[_\x91\x82R` \x90\x91 \x01\x90V[Tf\x01\0\0\0\0\0\0\x90\x04`\x01`\x01`\xD0\x1B\x03\x16a\x06\x92V[_[\x93\x92PPPV[_a\x05\xDCCa\x07\xFFV[\x82T_\x90\x81\x90\x80\x15a\x07\xA2W_a\x06\xBF\x87a\x06j`\x01\x85a\n\xFEV[\x80T\x90\x91Pe\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x91f\x01\0\0\0\0\0\0\x90\x04`\x01`\x01`\xD0\x1B\x03\x16\x90\x88\x16\x82\x11\x15a\x07\x05W`@Qc% `\x1D`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x87e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x03a\x07AW\x82Te\xFF\xFF\xFF\xFF\xFF\xFF\x16f\x01\0\0\0\0\0\0`\x01`\x01`\xD0\x1B\x03\x89\x16\x02\x17\x83Ua\x07\x94V[`@\x80Q\x80\x82\x01\x90\x91Re\xFF\xFF\xFF\xFF\xFF\xFF\x80\x8A\x16\x82R`\x01`\x01`\xD0\x1B\x03\x80\x8A\x16` \x80\x85\x01\x91\x82R\x8DT`\x01\x81\x01\x8FU_\x8F\x81R\x91\x90\x91 \x94Q\x91Q\x90\x92\x16f\x01\0\0\0\0\0\0\x02\x92\x16\x91\x90\x91\x17\x91\x01U[\x94P\x85\x93Pa\x06/\x92PPPV[PP`@\x80Q\x80\x82\x01\x90\x91Re\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16\x82R`\x01`\x01`\xD0\x1B\x03\x80\x85\x16` \x80\x85\x01\x91\x82R\x88T`\x01\x81\x01\x8AU_\x8A\x81R\x91\x82 \x95Q\x92Q\x90\x93\x16f\x01\0\0\0\0\0\0\x02\x91\x90\x93\x16\x17\x92\x01\x91\x90\x91U\x90P\x81a\x06/V[_e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a\x06\x19W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`0`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01\xDEV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x08EW__\xFD[PV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x05\xE1W__\xFD[\x80Qa\x05\xE1\x81a\x081V[____\x84\x86\x03a\x01\0\x81\x12\x15a\x08\x91W__\xFD[\x85Qa\x08\x9C\x81a\x081V[` \x87\x01Q\x90\x95Pa\x08\xAD\x81a\x081V[\x93P`\xA0`?\x19\x82\x01\x12\x15a\x08\xC0W__\xFD[P`@Q`\xA0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a\x08\xE3Wa\x08\xE3a\x08HV[\x80`@RPa\x08\xF4`@\x87\x01a\x08\\V[\x81R``\x86\x01Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\t\x0CW__\xFD[` \x82\x01R`\x80\x86\x01Q`@\x82\x01R`\xA0\x86\x01Q``\x82\x01Ra\t1`\xC0\x87\x01a\x08\\V[`\x80\x82\x01R\x91Pa\tD`\xE0\x86\x01a\x08qV[\x90P\x92\x95\x91\x94P\x92PV[`\x01\x81\x81\x1C\x90\x82\x16\x80a\tcW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a\t\x81WcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[P\x91\x90PV[`\x1F\x82\x11\x15a\t\xCEW\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a\t\xACWP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\t\xCBW_\x81U`\x01\x01a\t\xB8V[PP[PPPV[\x81Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\t\xECWa\t\xECa\x08HV[a\n\0\x81a\t\xFA\x84Ta\tOV[\x84a\t\x87V[` `\x1F\x82\x11`\x01\x81\x14a\n2W_\x83\x15a\n\x1BWP\x84\x82\x01Q[_\x19`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x84Ua\t\xCBV[_\x84\x81R` \x81 `\x1F\x19\x85\x16\x91[\x82\x81\x10\x15a\naW\x87\x85\x01Q\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a\nAV[P\x84\x82\x10\x15a\n~W\x86\x84\x01Q_\x19`\x03\x87\x90\x1B`\xF8\x16\x1C\x19\x16\x81U[PPPP`\x01\x90\x81\x1B\x01\x90UPV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[\x80Q` \x80\x83\x01Q\x91\x90\x81\x10\x15a\t\x81W_\x19` \x91\x90\x91\x03`\x03\x1B\x1B\x16\x91\x90PV[_` \x82\x84\x03\x12\x15a\n\xF5W__\xFD[a\x06\x92\x82a\x08\\V[\x81\x81\x03\x81\x81\x11\x15a\x0B\x1DWcNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x92\x91PPV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`QaHXa\x0B\x9A_9_\x81\x81a\n\x8B\x01R\x81\x81a\x0FI\x01R\x81\x81a\x12\xE9\x01R\x81\x81a\x15\x87\x01Ra T\x01R_a\x1F\x9A\x01R_a\x1Fo\x01R_a2\xEA\x01R_a2\xC2\x01R_a2\x1D\x01R_a2G\x01R_a2q\x01RaHX_\xF3\xFE`\x80`@R`\x046\x10a\x03\x10W_5`\xE0\x1C\x80c~\xCE\xBE\0\x11a\x01\xA3W\x80c\xBC\x19|\x81\x11a\0\xF2W\x80c\xE5@\xD0\x1D\x11a\0\x92W\x80c\xF2:na\x11a\0mW\x80c\xF2:na\x14a\n?W\x80c\xF8\xCEV\n\x14a\n^W\x80c\xFC\x0CTj\x14a\n}W\x80c\xFCG6\x16\x14a\n\xAFW__\xFD[\x80c\xE5@\xD0\x1D\x14a\t\xE2W\x80c\xEB\x90\x19\xD4\x14a\n\x01W\x80c\xEC\xE4\x0C\xC1\x14a\n W__\xFD[\x80c\xC5\x90W\xE4\x11a\0\xCDW\x80c\xC5\x90W\xE4\x14a\t.W\x80c\xD32\x19\xB4\x14a\tMW\x80c\xDDN+\xA5\x14a\tjW\x80c\xDE\xAA\xA7\xCC\x14a\t\xAFW__\xFD[\x80c\xBC\x19|\x81\x14a\x08\xDDW\x80c\xC0\x1F\x9E7\x14a\x08\xFCW\x80c\xC2\x8B\xC2\xFA\x14a\t\x1BW__\xFD[\x80c\xA6`\xAC\xA5\x11a\x01]W\x80c\xA8\xF8\xA6h\x11a\x018W\x80c\xA8\xF8\xA6h\x14a\x08UW\x80c\xA9\xA9R\x94\x14a\x08tW\x80c\xABX\xFB\x8E\x14a\x08\x93W\x80c\xB5\x811\xB0\x14a\x08\xC9W__\xFD[\x80c\xA6`\xAC\xA5\x14a\x08\x03W\x80c\xA7q:p\x14a\x08\"W\x80c\xA8\x90\xC9\x10\x14a\x086W__\xFD[\x80c~\xCE\xBE\0\x14a\x07CW\x80c\x84\xB0\x19n\x14a\x07wW\x80c\x8F\xF2b\xE3\x14a\x07\x9EW\x80c\x91\xDD\xAD\xF4\x14a\x07\xBDW\x80c\x97\xC3\xD34\x14a\x07\xD1W\x80c\x9A\x80*m\x14a\x07\xE4W__\xFD[\x80c>OI\xE6\x11a\x02_W\x80cVx\x13\x88\x11a\x02\x19W\x80c`\xC4$\x7F\x11a\x01\xF4W\x80c`\xC4$\x7F\x14a\x06\xC7W\x80cy\x05\x18\x87\x14a\x06\xE6W\x80c{<q\xD3\x14a\x07\x05W\x80c}^\x81\xE2\x14a\x07$W__\xFD[\x80cVx\x13\x88\x14a\x06jW\x80c[\x8D\x0E\r\x14a\x06\x89W\x80c_9\x8A\x14\x14a\x06\xA8W__\xFD[\x80c>OI\xE6\x14a\x05\\W\x80cC\x85\x962\x14a\x05\x88W\x80cE!\x15\xD6\x14a\x05\xD0W\x80cK\xF5\xD7\xE9\x14a\x05\xEFW\x80cTO\xFC\x9C\x14a\x06\x03W\x80cT\xFDMP\x14a\x06=W__\xFD[\x80c\x16\x0C\xBE\xD7\x11a\x02\xCAW\x80c/\xE3\xE2a\x11a\x02\xA5W\x80c/\xE3\xE2a\x14a\x04\xBFW\x80c2\xB8\x11>\x14a\x04\xF2W\x80c3\r\xF7\xFF\x14a\x05!W\x80c92\xAB\xB1\x14a\x05@W__\xFD[\x80c\x16\x0C\xBE\xD7\x14a\x04nW\x80c&V\"}\x14a\x04\x8DW\x80c-c\xF6\x93\x14a\x04\xA0W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x03KW\x80c\x02\xA2Q\xA3\x14a\x03\x7FW\x80c\x06\xF3\xF9\xE6\x14a\x03\xAAW\x80c\x06\xFD\xDE\x03\x14a\x03\xC9W\x80c\x144\x89\xD0\x14a\x03\xEAW\x80c\x15\x0Bz\x02\x14a\x046W__\xFD[6a\x03GW0a\x03\x1Ea\n\xCCV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x03EW`@Qct\x852\x8F`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\0[__\xFD[4\x80\x15a\x03VW__\xFD[Pa\x03ja\x03e6`\x04a8\x92V[a\n\xE4V[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x03\x8AW__\xFD[P`\x08T`\x01`0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16[`@Q\x90\x81R` \x01a\x03vV[4\x80\x15a\x03\xB5W__\xFD[Pa\x03Ea\x03\xC46`\x04a8\xB9V[a\x0BPV[4\x80\x15a\x03\xD4W__\xFD[Pa\x03\xDDa\x0BdV[`@Qa\x03v\x91\x90a8\xFEV[4\x80\x15a\x03\xF5W__\xFD[Pa\x04\x1Ea\x04\x046`\x04a8\xB9V[_\x90\x81R`\x04` R`@\x90 T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x03vV[4\x80\x15a\x04AW__\xFD[Pa\x04Ua\x04P6`\x04a9\xE7V[a\x0B\xF4V[`@Q`\x01`\x01`\xE0\x1B\x03\x19\x90\x91\x16\x81R` \x01a\x03vV[4\x80\x15a\x04yW__\xFD[Pa\x03\x9Ca\x04\x886`\x04a;\xADV[a\x0C6V[a\x03\x9Ca\x04\x9B6`\x04a;\xADV[a\r9V[4\x80\x15a\x04\xABW__\xFD[Pa\x03\x9Ca\x04\xBA6`\x04a8\xB9V[a\x0E\xA9V[4\x80\x15a\x04\xCAW__\xFD[Pa\x03\x9C\x7F>\x83\x94fSW_\x9A9\0^\x15E\x18V)\xE9'6\xB7R\x8A\xB2\x0C\xA3\x81o1T$\xA8\x11\x81V[4\x80\x15a\x04\xFDW__\xFD[P`\x0BTe\xFF\xFF\xFF\xFF\xFF\xFF\x16[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x03vV[4\x80\x15a\x05,W__\xFD[Pa\x03Ea\x05;6`\x04a<SV[a\x0E\xC9V[4\x80\x15a\x05KW__\xFD[P`\x08Te\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x03\x9CV[4\x80\x15a\x05gW__\xFD[Pa\x05{a\x05v6`\x04a8\xB9V[a\x0E\xDAV[`@Qa\x03v\x91\x90a<\xA2V[4\x80\x15a\x05\x93W__\xFD[Pa\x03ja\x05\xA26`\x04a<\xB0V[_\x82\x81R`\t` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R`\x03\x01\x90\x91R\x90 T`\xFF\x16\x92\x91PPV[4\x80\x15a\x05\xDBW__\xFD[Pa\x03\x9Ca\x05\xEA6`\x04a;\xADV[a\x0E\xE4V[4\x80\x15a\x05\xFAW__\xFD[Pa\x03\xDDa\x0FEV[4\x80\x15a\x06\x0EW__\xFD[Pa\x06\"a\x06\x1D6`\x04a8\xB9V[a\x0F\xD8V[`@\x80Q\x93\x84R` \x84\x01\x92\x90\x92R\x90\x82\x01R``\x01a\x03vV[4\x80\x15a\x06HW__\xFD[P`@\x80Q\x80\x82\x01\x90\x91R`\x05\x81Rd\x03\x12\xE3\x02\xE3`\xDC\x1B` \x82\x01Ra\x03\xDDV[4\x80\x15a\x06uW__\xFD[Pa\x03\x9Ca\x06\x846`\x04a<\xEEV[a\x0F\xFDV[4\x80\x15a\x06\x94W__\xFD[Pa\x03\x9Ca\x06\xA36`\x04a=\\V[a\x10$V[4\x80\x15a\x06\xB3W__\xFD[Pa\x03\x9Ca\x06\xC26`\x04a>\x18V[a\x10\xE1V[4\x80\x15a\x06\xD2W__\xFD[Pa\x03\x9Ca\x06\xE16`\x04a8\xB9V[a\x11)V[4\x80\x15a\x06\xF1W__\xFD[Pa\x03Ea\x07\x006`\x04a<SV[a\x115V[4\x80\x15a\x07\x10W__\xFD[Pa\x03\x9Ca\x07\x1F6`\x04a>\x99V[a\x11FV[4\x80\x15a\x07/W__\xFD[Pa\x03\x9Ca\x07>6`\x04a>\xEEV[a\x11\x96V[4\x80\x15a\x07NW__\xFD[Pa\x03\x9Ca\x07]6`\x04a?\xAAV[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x02` R`@\x90 T\x90V[4\x80\x15a\x07\x82W__\xFD[Pa\x07\x8Ba\x12LV[`@Qa\x03v\x97\x96\x95\x94\x93\x92\x91\x90a?\xFFV[4\x80\x15a\x07\xA9W__\xFD[Pa\x03\x9Ca\x07\xB86`\x04a@nV[a\x12\x8EV[4\x80\x15a\x07\xC8W__\xFD[Pa\x05\na\x12\xE6V[4\x80\x15a\x07\xDCW__\xFD[P`da\x03\x9CV[4\x80\x15a\x07\xEFW__\xFD[Pa\x03\x9Ca\x07\xFE6`\x04a@\xBBV[a\x13mV[4\x80\x15a\x08\x0EW__\xFD[Pa\x03Ea\x08\x1D6`\x04a?\xAAV[a\x13\x83V[4\x80\x15a\x08-W__\xFD[Pa\x03\x9Ca\x13\x94V[4\x80\x15a\x08AW__\xFD[Pa\x03Ea\x08P6`\x04a?\xAAV[a\x13\xADV[4\x80\x15a\x08`W__\xFD[Pa\x03\x9Ca\x08o6`\x04a;\xADV[a\x13\xBEV[4\x80\x15a\x08\x7FW__\xFD[Pa\x03ja\x08\x8E6`\x04a8\xB9V[a\x13\xCBV[4\x80\x15a\x08\x9EW__\xFD[Pa\x03\x9Ca\x08\xAD6`\x04a8\xB9V[_\x90\x81R`\x04` R`@\x90 `\x01\x01Te\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[4\x80\x15a\x08\xD4W__\xFD[Pa\x03\x9Ca\x13\xD3V[4\x80\x15a\x08\xE8W__\xFD[Pa\x04Ua\x08\xF76`\x04aA\x0FV[a\x13\xDDV[4\x80\x15a\t\x07W__\xFD[Pa\x03\x9Ca\t\x166`\x04a8\xB9V[a\x14 V[a\x03Ea\t)6`\x04aA\xA6V[a\x14*V[4\x80\x15a\t9W__\xFD[Pa\x03\x9Ca\tH6`\x04a;\xADV[a\x14\xA6V[4\x80\x15a\tXW__\xFD[P`\x0ET`\x01`\x01`\xA0\x1B\x03\x16a\x04\x1EV[4\x80\x15a\tuW__\xFD[P`@\x80Q\x80\x82\x01\x90\x91R` \x80\x82R\x7Fsupport=bravo&quorum=for,abstain\x90\x82\x01Ra\x03\xDDV[4\x80\x15a\t\xBAW__\xFD[Pa\x03\x9C\x7F\xF2\xAA\xD5P\xCFU\xF0E\xCB'\xE9\xC5Y\xF9\x88\x9F\xDF\xB6\xE6\xCD\xAA\x03#\x01\xD6\xEA9w\x84\xAEQ\xD7\x81V[4\x80\x15a\t\xEDW__\xFD[Pa\x03Ea\t\xFC6`\x04aA\xE5V[a\x14\xDFV[4\x80\x15a\n\x0CW__\xFD[Pa\x03\x9Ca\n\x1B6`\x04aB\x08V[a\x14\xF0V[4\x80\x15a\n+W__\xFD[Pa\x03Ea\n:6`\x04a8\xB9V[a\x15\x0FV[4\x80\x15a\nJW__\xFD[Pa\x04Ua\nY6`\x04aB2V[a\x15 V[4\x80\x15a\niW__\xFD[Pa\x03\x9Ca\nx6`\x04a8\xB9V[a\x15cV[4\x80\x15a\n\x88W__\xFD[P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x04\x1EV[4\x80\x15a\n\xBAW__\xFD[P`\rT`\x01`\x01`\xA0\x1B\x03\x16a\x04\x1EV[_a\n\xDF`\x0ET`\x01`\x01`\xA0\x1B\x03\x16\x90V[\x90P\x90V[_`\x01`\x01`\xE0\x1B\x03\x19\x82\x16cf\xDE\xFEw`\xE1\x1B\x14\x80a\x0B\x14WP`\x01`\x01`\xE0\x1B\x03\x19\x82\x16c2\xA2\xADC`\xE1\x1B\x14[\x80a\x0B/WP`\x01`\x01`\xE0\x1B\x03\x19\x82\x16c\x02q\x18\x97`\xE5\x1B\x14[\x80a\x0BJWPc\x01\xFF\xC9\xA7`\xE0\x1B`\x01`\x01`\xE0\x1B\x03\x19\x83\x16\x14[\x92\x91PPV[a\x0BXa\x16\0V[a\x0Ba\x81a\x16yV[PV[```\x03\x80Ta\x0Bs\x90aB\x89V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x0B\x9F\x90aB\x89V[\x80\x15a\x0B\xEAW\x80`\x1F\x10a\x0B\xC1Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x0B\xEAV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x0B\xCDW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x90P\x90V[_0a\x0B\xFEa\n\xCCV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0C%W`@Qct\x852\x8F`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[Pc\n\x85\xBD\x01`\xE1\x1B\x94\x93PPPPV[__a\x0CD\x86\x86\x86\x86a\x13\xBEV[\x90P_a\x0CP\x82a\x13\xCBV[\x90Pa\x0Ce\x82a\x0C``\x04a\x17\x0EV[a\x170V[P\x80a\x0C\x8CW`@Qc\xD88\xBC\xB7`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`$\x01[`@Q\x80\x91\x03\x90\xFD[_a\x0C\x9A\x83\x89\x89\x89\x89a\x17mV[\x90Pe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15a\r\x11W_\x83\x81R`\x04` \x90\x81R`@\x91\x82\x90 `\x01\x01\x80Te\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x90\x81\x17\x90\x91U\x82Q\x86\x81R\x91\x82\x01R\x7F\x9A.B\xFDg\"\x81=i\x11>}\0y\xD3\xD9@\x17\x14(\xDFss\xDF\x9C\x7Fv\x17\xCF\xDA(\x92\x91\x01`@Q\x80\x91\x03\x90\xA1a\r-V[`@Qc\xAB-\x03\x11`\xE0\x1B\x81R`\x04\x81\x01\x84\x90R`$\x01a\x0C\x83V[P\x90\x96\x95PPPPPPV[__a\rG\x86\x86\x86\x86a\x13\xBEV[\x90P_a\rS\x82a\x13\xCBV[\x90Pa\ro\x82a\x0C`\x83a\rhW`\x04a\x17\x0EV[`\x05a\x17\x0EV[P_\x82\x81R`\x04` R`@\x90 \x80T`\xFF`\xF0\x1B\x19\x16`\x01`\xF0\x1B\x17\x90U0a\r\x97a\n\xCCV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0E W_[\x87Q\x81\x10\x15a\x0E\x1EW0`\x01`\x01`\xA0\x1B\x03\x16\x88\x82\x81Q\x81\x10a\r\xCCWa\r\xCCaB\xC1V[` \x02` \x01\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x03a\x0E\x16Wa\x0E\x16\x86\x82\x81Q\x81\x10a\r\xF7Wa\r\xF7aB\xC1V[` \x02` \x01\x01Q\x80Q\x90` \x01 `\x05a\x17{\x90\x91\x90c\xFF\xFF\xFF\xFF\x16V[`\x01\x01a\r\xA7V[P[a\x0E-\x82\x88\x88\x88\x88a\x17\x9CV[0a\x0E6a\n\xCCV[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\x0EbWP`\x05T`\x01`\x01`\x80\x1B\x03\x80\x82\x16`\x01`\x80\x1B\x90\x92\x04\x16\x14\x15[\x15a\x0ElW_`\x05U[`@Q\x82\x81R\x7Fq*\xE18?y\xAC\x85?\x8D\x88!Sw\x8E\x02`\xEF\x8F\x03\xB5\x04\xE2\x86n\x05\x93\xE0M+)\x1F\x90` \x01`@Q\x80\x91\x03\x90\xA1P\x95\x94PPPPPV[_\x90\x81R`\x04` R`@\x90 T`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a\x0E\xD1a\x16\0V[a\x0Ba\x81a\x17\xB0V[_a\x0BJ\x82a\x18aV[__a\x0E\xF2\x86\x86\x86\x86a\x13\xBEV[\x90P3a\x0E\xFF\x82\x82a\x19\xA1V[a\x0F.W`@Qc\x8F\xE5\xD8\xA9`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x82\x16`$\x82\x01R`D\x01a\x0C\x83V[a\x0F:\x87\x87\x87\x87a\x19\xACV[\x97\x96PPPPPPPV[``\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cK\xF5\xD7\xE9`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01_`@Q\x80\x83\x03\x81\x86Z\xFA\x92PPP\x80\x15a\x0F\xC4WP`@Q=_\x82>`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01`@Ra\x0F\xC1\x91\x90\x81\x01\x90aB\xD5V[`\x01[a\x0F\xD3Wa\n\xDFa\x12\xE6a\x1A-V[\x91\x90PV[_\x81\x81R`\t` R`@\x90 \x80T`\x01\x82\x01T`\x02\x90\x92\x01T\x90\x91\x90[\x91\x93\x90\x92PV[_\x803\x90Pa\x10\x1C\x84\x82\x85`@Q\x80` \x01`@R\x80_\x81RPa\x1ACV[\x94\x93PPPPV[_a\x10j\x88\x88\x88\x88\x88\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RP\x8A\x92P\x89\x91Pa\x1Ad\x90PV[a\x10\x92W`@Qc\x94\xABl\x07`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x04\x82\x01R`$\x01a\x0C\x83V[a\x10\xD5\x88\x87\x89\x88\x88\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RP\x8A\x92Pa\x1B1\x91PPV[\x98\x97PPPPPPPPV[_\x803\x90Pa\x0F:\x87\x82\x88\x88\x88\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RP\x8A\x92Pa\x1B1\x91PPV[_a\x0BJ`\n\x83a\x1C\x0EV[a\x11=a\x16\0V[a\x0Ba\x81a\x1C[V[_\x803\x90Pa\x11\x8C\x86\x82\x87\x87\x87\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x1AC\x92PPPV[\x96\x95PPPPPPV[_3a\x11\xA2\x81\x84a\x1C\xC1V[a\x11\xCAW`@Qc\xD9\xB3\x95W`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x0C\x83V[_a\x11\xD3a\x13\xD3V[\x90P\x80\x15a\x12?W_a\x12\x01\x83`\x01a\x11\xEAa\x12\xE6V[a\x11\xF4\x91\x90aC]V[e\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x14\xF0V[\x90P\x81\x81\x10\x15a\x12=W`@Qca!w\x0B`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x81\x01\x83\x90R`d\x01a\x0C\x83V[P[a\x0F:\x87\x87\x87\x87\x86a\x1DEV[_``\x80___``a\x12]a\x1FhV[a\x12ea\x1F\x93V[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R`\x0F`\xF8\x1B\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[_a\x12\x9B\x85\x85\x85\x85a\x1F\xBEV[a\x12\xC3W`@Qc\x94\xABl\x07`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x0C\x83V[a\x12\xDD\x85\x84\x86`@Q\x80` \x01`@R\x80_\x81RPa\x1ACV[\x95\x94PPPPPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x91\xDD\xAD\xF4`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x92PPP\x80\x15a\x13aWP`@\x80Q`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01\x90\x92Ra\x13^\x91\x81\x01\x90aC{V[`\x01[a\x0F\xD3Wa\n\xDFa GV[_a\x13y\x84\x84\x84a QV[\x90P[\x93\x92PPPV[a\x13\x8Ba\x16\0V[a\x0Ba\x81a \xE4V[_a\x13\x9F`\na!MV[`\x01`\x01`\xD0\x1B\x03\x16\x90P\x90V[a\x13\xB5a\x16\0V[a\x0Ba\x81a!\x91V[_a\x12\xDD\x85\x85\x85\x85a\x14\xA6V[_`\x01a\x0BJV[_a\n\xDF`\x07T\x90V[_0a\x13\xE7a\n\xCCV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x14\x0EW`@Qct\x852\x8F`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[Pc\xBC\x19|\x81`\xE0\x1B\x95\x94PPPPPV[_a\x0BJ\x82a!\xFAV[a\x142a\x16\0V[__\x85`\x01`\x01`\xA0\x1B\x03\x16\x85\x85\x85`@Qa\x14O\x92\x91\x90aC\x96V[_`@Q\x80\x83\x03\x81\x85\x87Z\xF1\x92PPP=\x80_\x81\x14a\x14\x89W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\x14\x8EV[``\x91P[P\x91P\x91Pa\x14\x9D\x82\x82a\"\"V[PPPPPPPV[_\x84\x84\x84\x84`@Q` \x01a\x14\xBE\x94\x93\x92\x91\x90aD,V[`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x91\x90R\x80Q` \x90\x91\x01 \x95\x94PPPPPV[a\x14\xE7a\x16\0V[a\x0Ba\x81a\"_V[_a\x13|\x83\x83a\x15\n`@\x80Q` \x81\x01\x90\x91R_\x81R\x90V[a QV[a\x15\x17a\x16\0V[a\x0Ba\x81a\"\xFBV[_0a\x15*a\n\xCCV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x15QW`@Qct\x852\x8F`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[Pc\xF2:na`\xE0\x1B\x95\x94PPPPPV[`@Qc#\x94\xE7\xA3`\xE2\x1B\x81R`\x04\x81\x01\x82\x90R_\x90a\x0BJ\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\x8ES\x9E\x8C\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x15\xCCW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x15\xF0\x91\x90aDvV[a\x15\xF9\x84a\x11)V[`da#<V[3a\x16\ta\n\xCCV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x162W`@QcG\tnG`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x0C\x83V[0a\x16;a\n\xCCV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x16wW_\x806`@Qa\x16Z\x92\x91\x90aC\x96V[`@Q\x80\x91\x03\x90 \x90P[\x80a\x16p`\x05a#\xECV[\x03a\x16eWP[V[`d\x80\x82\x11\x15a\x16\xA6W`@Qc$>TE`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`$\x81\x01\x82\x90R`D\x01a\x0C\x83V[_a\x16\xAFa\x13\x94V[\x90Pa\x16\xCEa\x16\xBCa\x12\xE6V[a\x16\xC5\x85a$\x0BV[`\n\x91\x90a$BV[PP`@\x80Q\x82\x81R` \x81\x01\x85\x90R\x7F\x05SGk\xF0.\xF2rn\x8C\xE5\xCE\xD7\x8Dc\xE2n`.J\"W\xB1\xF5YA\x8E$\xB4c9\x97\x91\x01`@Q\x80\x91\x03\x90\xA1PPPV[_\x81`\x07\x81\x11\x15a\x17!Wa\x17!a<nV[`\x01`\xFF\x91\x90\x91\x16\x1B\x92\x91PPV[__a\x17;\x84a\x0E\xDAV[\x90P_\x83a\x17H\x83a\x17\x0EV[\x16\x03a\x13|W\x83\x81\x84`@Qc1\xB7^M`\xE0\x1B\x81R`\x04\x01a\x0C\x83\x93\x92\x91\x90aD\x8DV[_a\x11\x8C\x86\x86\x86\x86\x86a$\\V[_a\x17\x86\x83\x83a%\xEDV[\x90P\x80a\x17\x97Wa\x17\x97`Aa&RV[PPPV[a\x17\xA9\x85\x85\x85\x85\x85a&cV[PPPPPV[`\x08T`\x01`0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x81\x10\x15a\x17\xFAW`@Qc2\x11\x87m`\xE1\x1B\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x0C\x83V[`\x0BT`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16\x81R\x91\x84\x16` \x83\x01R\x7F|\xA4\xAC\x11~\xD3\xCD\xCEu\xC1\x16\x1D\x82\x07\xC4@8\x9B\x1A\x15\xD6\x9D\th1fFW\xC0}\xAF\xC2\x91\x01`@Q\x80\x91\x03\x90\xA1P`\x0B\x80Te\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[__a\x18l\x83a&\xF3V[\x90P`\x05\x81`\x07\x81\x11\x15a\x18\x82Wa\x18\x82a<nV[\x14a\x18\x8DW\x92\x91PPV[_\x83\x81R`\x0F` R`@\x90\x81\x90 T`\x0ET\x91Qc,%\x8A\x9F`\xE1\x1B\x81R`\x04\x81\x01\x82\x90R\x90\x91`\x01`\x01`\xA0\x1B\x03\x16\x90cXK\x15>\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x18\xE3W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x19\x07\x91\x90aD\xAFV[\x15a\x19\x16WP`\x05\x93\x92PPPV[`\x0ET`@Qc*\xB0\xF5)`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90c*\xB0\xF5)\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x19]W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x19\x81\x91\x90aD\xAFV[\x15a\x19\x90WP`\x07\x93\x92PPPV[P`\x02\x93\x92PPPV[PP\x91\x90PV[_a\x13|\x83\x83a($V[`\rT_\x903\x90`\x01`\x01`\xA0\x1B\x03\x16\x81\x14\x80\x15a\x19\xCEWPa\x19\xCE\x84a(\x94V[\x15a\x1A!W_a\x19\xE0\x87\x87\x87\x87a\x13\xBEV[_\x81\x81R`\x04` R`@\x90 T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x83\x81\x16\x91\x16\x14a\x1A\x1FW`@Qc\x15:\xDB\xA7`\xE1\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\x0C\x83V[P[a\x11\x8C\x86\x86\x86\x86a(\xE0V[``a\x0BJa\x1A>\x83c\xFF\xFF\xFF\xFF\x16V[a)wV[_a\x12\xDD\x85\x85\x85\x85a\x1A_`@\x80Q` \x81\x01\x90\x91R_\x81R\x90V[a\x1B1V[_a\x0F:\x85a\x1B+\x7F>\x83\x94fSW_\x9A9\0^\x15E\x18V)\xE9'6\xB7R\x8A\xB2\x0C\xA3\x81o1T$\xA8\x11\x8A\x8A\x8Aa\x1A\xB6\x8C`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x02` R`@\x90 \x80T`\x01\x81\x01\x90\x91U\x90V[\x8BQ` \x80\x8E\x01\x91\x90\x91 \x8CQ\x8D\x83\x01 `@Qa\x1B\x10\x98\x97\x96\x95\x94\x93\x01\x96\x87R` \x87\x01\x95\x90\x95R`\xFF\x93\x90\x93\x16`@\x86\x01R`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16``\x85\x01R`\x80\x84\x01R`\xA0\x83\x01R`\xC0\x82\x01R`\xE0\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 a)\xE9V[\x84a*\x15V[_a\x1B@\x86a\x0C``\x01a\x17\x0EV[P_a\x1BU\x86a\x1BO\x89a\x0E\xA9V[\x85a QV[\x90P_a\x1Be\x88\x88\x88\x85\x88a*\x85V[\x90P\x83Q_\x03a\x1B\xBBW\x86`\x01`\x01`\xA0\x1B\x03\x16\x7F\xB8\xE18\x88}\n\xA1;\xABD~\x82\xDE\x9D\\\x17w\x04\x1E\xCD!\xCA6\xBA\x82O\xF1\xE6\xC0}\xDD\xA4\x89\x88\x84\x89`@Qa\x1B\xAE\x94\x93\x92\x91\x90aD\xCEV[`@Q\x80\x91\x03\x90\xA2a\x1C\x05V[\x86`\x01`\x01`\xA0\x1B\x03\x16\x7F\xE2\xBA\xBF\xBA\xC5\x88\x9Ap\x9Bc\xBB\x7FY\x8B2N\x08\xBCZO\xB9\xECd\x7F\xB3\xCB\xC9\xEC\x07\xEB\x87\x12\x89\x88\x84\x89\x89`@Qa\x1B\xFC\x95\x94\x93\x92\x91\x90aD\xF5V[`@Q\x80\x91\x03\x90\xA2[a\x0F:\x88a+\x81V[___a\x1C\x1A\x85a+\x8AV[\x92P\x92PP\x83\x82e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\x1CGWa\x1CBa\x1C;\x85a+\xE2V[\x86\x90a,\x14V[a\x1CIV[\x80[`\x01`\x01`\xD0\x1B\x03\x16\x95\x94PPPPPV[`\x08T`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16\x81R\x91\x83\x16` \x83\x01R\x7F\xC5e\xB0E@=\xC0<.\xEA\x82\xB8\x1A\x04e\xED\xAD\x9E.\x7F\xC4\xD9~\x11B\x1C \x9D\xA9=z\x93\x91\x01`@Q\x80\x91\x03\x90\xA1`\x08\x80Te\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[\x80Q_\x90`4\x81\x10\x15a\x1C\xD8W`\x01\x91PPa\x0BJV[`\x13\x19\x81\x84\x01\x01Q`\x01`\x01`\xB0\x1B\x03\x19\x81\x16i#proposer=`\xB0\x1B\x14a\x1D\tW`\x01\x92PPPa\x0BJV[__a\x1D\x19\x86`*\x86\x03\x86a,\xB6V[\x91P\x91P\x81\x15\x80a\x0F:WP\x86`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14\x97\x96PPPPPPPV[_a\x1DY\x86\x86\x86\x86\x80Q\x90` \x01 a\x13\xBEV[\x90P\x84Q\x86Q\x14\x15\x80a\x1DnWP\x83Q\x86Q\x14\x15[\x80a\x1DxWP\x85Q\x15[\x15a\x1D\xADW\x85Q\x84Q\x86Q`@Qc\x04G\xB0]`\xE4\x1B\x81R`\x04\x81\x01\x93\x90\x93R`$\x83\x01\x91\x90\x91R`D\x82\x01R`d\x01a\x0C\x83V[_\x81\x81R`\x04` R`@\x90 T`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a\x1D\xF6W\x80a\x1D\xD9\x82a\x0E\xDAV[`@Qc1\xB7^M`\xE0\x1B\x81Ra\x0C\x83\x92\x91\x90_\x90`\x04\x01aD\x8DV[_a\x1E\x08`\x08Te\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a\x1E\x10a\x12\xE6V[e\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x1E\"\x91\x90aE.V[\x90P_a\x1E<`\x08Tc\xFF\xFF\xFF\xFF`\x01`0\x1B\x90\x91\x04\x16\x90V[_\x84\x81R`\x04` R`@\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x87\x16\x17\x81U\x90\x91Pa\x1En\x83a+\xE2V[\x81Te\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x01`\xA0\x1B\x02e\xFF\xFF\xFF\xFF\xFF\xFF`\xA0\x1B\x19\x90\x91\x16\x17\x81Ua\x1E\x9B\x82a-_V[\x81Tc\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x01`\xD0\x1B\x02c\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x90\x91\x16\x17\x81U\x88Q\x7F}\x84\xA6&:\xE0\xD9\x8D3)\xBD{F\xBBN\x8Do\x98\xCD5\xA7\xAD\xB4\\'L\x8B\x7F\xD5\xEB\xD5\xE0\x90\x85\x90\x87\x90\x8C\x90\x8C\x90`\x01`\x01`@\x1B\x03\x81\x11\x15a\x1E\xFEWa\x1E\xFEa9$V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x1F1W\x81` \x01[``\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x1F\x1CW\x90P[P\x8C\x89a\x1F>\x8A\x82aE.V[\x8E`@Qa\x1FT\x99\x98\x97\x96\x95\x94\x93\x92\x91\x90aEAV[`@Q\x80\x91\x03\x90\xA1PPP\x95\x94PPPPPV[``a\n\xDF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a-\x8FV[``a\n\xDF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a-\x8FV[_a\x12\xDD\x83a\x1B+\x7F\xF2\xAA\xD5P\xCFU\xF0E\xCB'\xE9\xC5Y\xF9\x88\x9F\xDF\xB6\xE6\xCD\xAA\x03#\x01\xD6\xEA9w\x84\xAEQ\xD7\x88\x88\x88a \x10\x8A`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x02` R`@\x90 \x80T`\x01\x81\x01\x90\x91U\x90V[`@\x80Q` \x81\x01\x96\x90\x96R\x85\x01\x93\x90\x93R`\xFF\x90\x91\x16``\x84\x01R`\x01`\x01`\xA0\x1B\x03\x16`\x80\x83\x01R`\xA0\x82\x01R`\xC0\x01a\x1B\x10V[_a\n\xDFCa+\xE2V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`@Qc\x07H\xD65`\xE3\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x86\x81\x16`\x04\x83\x01R`$\x82\x01\x86\x90R\x91\x90\x91\x16\x90c:F\xB1\xA8\x90`D\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a \xC0W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x13y\x91\x90aDvV[`\rT`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01R\x7F\xEA\xBE}m\x97 \xBD?\xDE)\xF0\xFB\xD6\xAF\x94\xDE\xBE\xEAt\xC6\xD5P\x8C1\xEEk\x07c\x1E\x06\xE6\x9B\x91\x01`@Q\x80\x91\x03\x90\xA1`\r\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[\x80T_\x90\x80\x15a!\x89Wa!s\x83a!f`\x01\x84aF\x1CV[_\x91\x82R` \x90\x91 \x01\x90V[T`\x01`0\x1B\x90\x04`\x01`\x01`\xD0\x1B\x03\x16a\x13|V[_\x93\x92PPPV[`\x0ET`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01R\x7F\x08\xF7N\xA4n\xF7\x89Oe\xEA\xBF\xB5\xE6\xE6\x95\xDEw:\0\x0BG\xC5)\xABU\x91x\x06\x9B\"d\x01\x91\x01`@Q\x80\x91\x03\x90\xA1`\x0E\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[_a\x0BJa\"\x07\x83a-\xCCV[_\x84\x81R`\x0C` R`@\x90 Te\xFF\xFF\xFF\xFF\xFF\xFF\x16a.\x0EV[``\x82\x15a\"1WP\x80a\x0BJV[\x81Q\x15a\"FWa\"A\x82a.\x1DV[a\x0BJV[`@Qc\xD6\xBD\xA2u`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80c\xFF\xFF\xFF\xFF\x16_\x03a\"\x87W`@Qc\xF1\xCF\xBF\x05`\xE0\x1B\x81R_`\x04\x82\x01R`$\x01a\x0C\x83V[`\x08T`@\x80Qc\xFF\xFF\xFF\xFF`\x01`0\x1B\x90\x93\x04\x83\x16\x81R\x91\x83\x16` \x83\x01R\x7F~?\x7F\x07\x08\xA8M\xE9 06\xAB\xAAE\r\xCC\xC8Z\xD5\xFFR\xF7\x8C\x17\x0F>\xDBU\xCF^\x88(\x91\x01`@Q\x80\x91\x03\x90\xA1`\x08\x80Tc\xFF\xFF\xFF\xFF\x90\x92\x16`\x01`0\x1B\x02i\xFF\xFF\xFF\xFF\0\0\0\0\0\0\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[`\x07T`@\x80Q\x91\x82R` \x82\x01\x83\x90R\x7F\xCC\xB4]\xA8\xD5q~lEDiB\x97\xC4\xBA\\\xF1Q\xD4U\xC9\xBB\x0E\xD4\xFCz8A\x1B\xC0Ta\x91\x01`@Q\x80\x91\x03\x90\xA1`\x07UV[___a#I\x86\x86a.%V[\x91P\x91P\x81_\x03a#mW\x83\x81\x81a#cWa#caF/V[\x04\x92PPPa\x13|V[\x81\x84\x11a#\x84Wa#\x84`\x03\x85\x15\x02`\x11\x18a&RV[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[___a#\xF8\x84a.AV[\x91P\x91P\x81a\x13|Wa\x13|`1a&RV[_`\x01`\x01`\xD0\x1B\x03\x82\x11\x15a$>W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\xD0`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x0C\x83V[P\x90V[_\x80a$O\x85\x85\x85a.\xB5V[\x91P\x91P[\x93P\x93\x91PPV[__`\x0E_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16c\xF2z\x0C\x92`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a$\xAEW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a$\xD2\x91\x90aDvV[\x90P_0``\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x84\x18`\x0ET`@Qc\xB1\xC5\xF4'`\xE0\x1B\x81R\x91\x92P`\x01`\x01`\xA0\x1B\x03\x16\x90c\xB1\xC5\xF4'\x90a%#\x90\x8A\x90\x8A\x90\x8A\x90_\x90\x88\x90`\x04\x01aFCV[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a%>W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a%b\x91\x90aDvV[_\x89\x81R`\x0F` R`@\x80\x82 \x92\x90\x92U`\x0ET\x91Qc\x08\xF2\xA0\xBB`\xE4\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x90\x92\x16\x91c\x8F*\x0B\xB0\x91a%\xAC\x91\x8B\x91\x8B\x91\x8B\x91\x90\x88\x90\x8A\x90`\x04\x01aF\x90V[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a%\xC3W__\xFD[PZ\xF1\x15\x80\x15a%\xD5W=__>=_\xFD[PPPPa\x10\xD5\x82Ba%\xE8\x91\x90aE.V[a+\xE2V[\x81T_\x90`\x01`\x01`\x80\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16\x91\x81\x16`\x01\x83\x01\x90\x91\x16\x03a&\x1AW_\x91PPa\x0BJV[`\x01`\x01`\x80\x1B\x03\x81\x81\x16_\x90\x81R`\x01\x86\x81\x01` R`@\x90\x91 \x94\x90\x94U\x84T\x91\x84\x01\x81\x16`\x01`\x80\x1B\x02\x91\x16\x17\x90\x92U\x91\x90PV[cNH{q_R\x80` R`$`\x1C\xFD[`\x0ET`\x01`\x01`\xA0\x1B\x03\x16c\xE3\x835\xE54\x86\x86\x86_0``\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x88\x18`@Q\x87c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a&\xAE\x95\x94\x93\x92\x91\x90aFCV[_`@Q\x80\x83\x03\x81\x85\x88\x80;\x15\x80\x15a&\xC5W__\xFD[PZ\xF1\x15\x80\x15a&\xD7W=__>=_\xFD[PPP_\x96\x87RPP`\x0F` RPP`@\x83 \x92\x90\x92UPPV[_\x81\x81R`\x04` R`@\x81 \x80T`\xFF`\x01`\xF0\x1B\x82\x04\x81\x16\x91`\x01`\xF8\x1B\x90\x04\x16\x81\x15a''WP`\x07\x94\x93PPPPV[\x80\x15a'8WP`\x02\x94\x93PPPPV[_a'B\x86a\x0E\xA9V[\x90P\x80_\x03a'gW`@Qcj\xD0`u`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x01a\x0C\x83V[_a'pa\x12\xE6V[e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P\x80\x82\x10a'\x8DWP_\x96\x95PPPPPPV[_a'\x97\x88a\x14 V[\x90P\x81\x81\x10a'\xAEWP`\x01\x97\x96PPPPPPPV[a'\xB7\x88a0\x05V[\x15\x80a'\xD6WP_\x88\x81R`\t` R`@\x90 \x80T`\x01\x90\x91\x01T\x11\x15[\x15a'\xE9WP`\x03\x97\x96PPPPPPPV[_\x88\x81R`\x04` R`@\x90 `\x01\x01Te\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x03a(\x16WP`\x04\x97\x96PPPPPPPV[P`\x05\x97\x96PPPPPPPV[__a(8`\rT`\x01`\x01`\xA0\x1B\x03\x16\x90V[\x90P\x82`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14\x80a(\x84WP`\x01`\x01`\xA0\x1B\x03\x81\x16\x15\x80\x15a(\x84WP_\x84\x81R`\x04` R`@\x90 T`\x01`\x01`\xA0\x1B\x03\x84\x81\x16\x91\x16\x14[\x80a\x10\x1CWPa\x10\x1C\x84\x84a0;V[__[\x82Q\x81\x10\x15a(\xD8Wa(\xC2\x83\x82\x81Q\x81\x10a(\xB5Wa(\xB5aB\xC1V[` \x02` \x01\x01Qa0\x80V[\x15a(\xD0WP`\x01\x92\x91PPV[`\x01\x01a(\x97V[P_\x92\x91PPV[__a(\xEE\x86\x86\x86\x86a1QV[_\x81\x81R`\x0F` R`@\x90 T\x90\x91P\x80\x15a)mW`\x0ET`@Qc\xC4\xD2R\xF5`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90c\xC4\xD2R\xF5\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a)HW__\xFD[PZ\xF1\x15\x80\x15a)ZW=__>=_\xFD[PPP_\x83\x81R`\x0F` R`@\x81 UP[P\x95\x94PPPPPV[``a)\x81a GV[e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a)\xB0W`@Qc\x01\xBF\xC1\xC5`\xE6\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PP`@\x80Q\x80\x82\x01\x90\x91R`\x1D\x81R\x7Fmode=blocknumber&from=default\0\0\0` \x82\x01R\x90V[_a\x0BJa)\xF5a2\x11V[\x83`@Qa\x19\x01`\xF0\x1B\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[_\x83`\x01`\x01`\xA0\x1B\x03\x16;_\x03a*sW__a*3\x85\x85a3:V[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a*LWa*La<nV[\x14\x80\x15a*jWP\x85`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14[\x92PPPa\x13|V[a*~\x84\x84\x84a3\x83V[\x90Pa\x13|V[_\x85\x81R`\t` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x88\x16\x84R`\x03\x81\x01\x90\x92R\x82 T`\xFF\x16\x15a*\xD7W`@Qcq\xC6\xAFI`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x04\x82\x01R`$\x01a\x0C\x83V[`\x01`\x01`\xA0\x1B\x03\x86\x16_\x90\x81R`\x03\x82\x01` R`@\x90 \x80T`\xFF\x19\x16`\x01\x17\x90U`\xFF\x85\x16a+ W\x83\x81_\x01_\x82\x82Ta+\x15\x91\x90aE.V[\x90\x91UPa+v\x90PV[_\x19`\xFF\x86\x16\x01a+>W\x83\x81`\x01\x01_\x82\x82Ta+\x15\x91\x90aE.V[`\x01\x19`\xFF\x86\x16\x01a+]W\x83\x81`\x02\x01_\x82\x82Ta+\x15\x91\x90aE.V[`@Qc\x03Y\x9B\xE1`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[P\x91\x95\x94PPPPPV[a\x0Ba\x81a3\xE8V[\x80T_\x90\x81\x90\x81\x90\x80\x82\x03a+\xA8W___\x93P\x93P\x93PPa\x0F\xF6V[_a+\xB8\x86a!f`\x01\x85aF\x1CV[T`\x01\x95Pe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x94P`\x01`0\x1B\x90\x04`\x01`\x01`\xD0\x1B\x03\x16\x92Pa\x0F\xF6\x91PPV[_e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a$>W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`0`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x0C\x83V[\x81T_\x90\x81\x81`\x05\x81\x11\x15a,pW_a,-\x84a4\xBCV[a,7\x90\x85aF\x1CV[_\x88\x81R` \x90 \x90\x91P\x81\x01Te\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x87\x16\x10\x15a,`W\x80\x91Pa,nV[a,k\x81`\x01aE.V[\x92P[P[_a,}\x87\x87\x85\x85a6\x14V[\x90P\x80\x15a,\xAAWa,\x94\x87a!f`\x01\x84aF\x1CV[T`\x01`0\x1B\x90\x04`\x01`\x01`\xD0\x1B\x03\x16a\x0F:V[P_\x96\x95PPPPPPV[__\x84Q\x83\x11\x80a,\xC6WP\x82\x84\x11[\x15a,\xD5WP_\x90P\x80a$TV[_a,\xE1\x85`\x01aE.V[\x84\x11\x80\x15a-\tWPa\x06\x0F`\xF3\x1Ba,\xFD\x87\x87\x01` \x01Q\x90V[`\x01`\x01`\xF0\x1B\x03\x19\x16\x14[\x90P_a-\x19\x82\x15\x15`\x02aF\xE7V[a-$\x90`(aE.V[\x90P\x80a-1\x87\x87aF\x1CV[\x03a-RW__a-C\x89\x89\x89a6jV[\x90\x96P\x94Pa$T\x93PPPPV[__\x93P\x93PPPa$TV[_c\xFF\xFF\xFF\xFF\x82\x11\x15a$>W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R` `\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x0C\x83V[``_a-\x9B\x83a7+V[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_\x81\x81R`\x04` R`@\x81 Ta.\0\x90`\x01`\xD0\x1B\x81\x04c\xFF\xFF\xFF\xFF\x16\x90`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16aF\xFEV[e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x92\x91PPV[_\x82\x82\x18\x82\x84\x11\x02\x82\x18a\x13|V[\x80Q` \x82\x01\xFD[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[\x80T_\x90\x81\x90`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x91`\x01`\x80\x1B\x90\x04\x16\x81\x03a.lWP_\x93\x84\x93P\x91PPV[`\x01`\x01`\x80\x1B\x03\x81\x81\x16_\x90\x81R`\x01\x86\x81\x01` R`@\x82 \x80T\x92\x90U\x86To\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x93\x81\x01\x90\x92\x16\x92\x90\x92\x17\x90\x94U\x92\x93\x91PPV[\x82T_\x90\x81\x90\x80\x15a/\xABW_a.\xD1\x87a!f`\x01\x85aF\x1CV[\x80T\x90\x91Pe\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x91`\x01`0\x1B\x90\x04`\x01`\x01`\xD0\x1B\x03\x16\x90\x88\x16\x82\x11\x15a/\x14W`@Qc% `\x1D`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x87e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x03a/MW\x82Te\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`0\x1B`\x01`\x01`\xD0\x1B\x03\x89\x16\x02\x17\x83Ua/\x9DV[`@\x80Q\x80\x82\x01\x90\x91Re\xFF\xFF\xFF\xFF\xFF\xFF\x80\x8A\x16\x82R`\x01`\x01`\xD0\x1B\x03\x80\x8A\x16` \x80\x85\x01\x91\x82R\x8DT`\x01\x81\x01\x8FU_\x8F\x81R\x91\x90\x91 \x94Q\x91Q\x90\x92\x16`\x01`0\x1B\x02\x92\x16\x91\x90\x91\x17\x91\x01U[\x94P\x85\x93Pa$T\x92PPPV[PP`@\x80Q\x80\x82\x01\x90\x91Re\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16\x82R`\x01`\x01`\xD0\x1B\x03\x80\x85\x16` \x80\x85\x01\x91\x82R\x88T`\x01\x81\x01\x8AU_\x8A\x81R\x91\x82 \x95Q\x92Q\x90\x93\x16`\x01`0\x1B\x02\x91\x90\x93\x16\x17\x92\x01\x91\x90\x91U\x90P\x81a$TV[_\x81\x81R`\t` R`@\x81 `\x02\x81\x01T`\x01\x82\x01Ta0&\x91\x90aE.V[a02a\nx\x85a\x0E\xA9V[\x11\x15\x93\x92PPPV[_\x80a0F\x84a\x0E\xDAV[`\x07\x81\x11\x15a0WWa0Wa<nV[\x14\x80\x15a\x13|WPP_\x91\x82R`\x04` R`@\x90\x91 T`\x01`\x01`\xA0\x1B\x03\x91\x82\x16\x91\x16\x14\x90V[_`\x04\x82Q\x10\x15a0\x92WP_\x91\x90PV[_a0\x9C\x83aG\x1CV[\x90Pc:\xF9)\xDB`\xE1\x1B`\x01`\x01`\xE0\x1B\x03\x19\x82\x16\x01a0\xBFWP`\x01\x92\x91PPV[cY\x9FS[`\xE0\x1B`\x01`\x01`\xE0\x1B\x03\x19\x82\x16\x01a0\xE0WP`\x01\x92\x91PPV[`\x01`\x01`\xE0\x1B\x03\x19\x81\x16c//\xF1]`\xE0\x1B\x14\x80a1\x0FWP`\x01`\x01`\xE0\x1B\x03\x19\x81\x16c\xD5Gt\x1F`\xE0\x1B\x14[\x15a!\x89W`$\x83Q\x10\x15a1&WP_\x92\x91PPV[PP`$\x01Q\x7F\xFDd<rq\x0Cc\xC0\x18\x02Y\xAB\xA6\xB2\xD0TQ\xE3Y\x1A$\xE5\x8Bb#\x93x\x08W&\xF7\x83\x14\x90V[__a1_\x86\x86\x86\x86a\x13\xBEV[\x90Pa1\xAD\x81a1o`\x07a\x17\x0EV[a1y`\x06a\x17\x0EV[a1\x83`\x02a\x17\x0EV[`\x01a1\x90`\x07\x82aGVV[a1\x9B\x90`\x02aHJV[a1\xA5\x91\x90aF\x1CV[\x18\x18\x18a\x170V[P_\x81\x81R`\x04` R`@\x90\x81\x90 \x80T`\x01`\x01`\xF8\x1B\x03\x16`\x01`\xF8\x1B\x17\x90UQ\x7Fx\x9C\xF5[\xE9\x80s\x9D\xAD\x1D\x06\x99\xB9;X\xE8\x06\xB5\x1C\x9D\x96a\x9B\xFA\x8F\xE0\xA2\x8A\xBA\xA7\xB3\x0C\x90a2\0\x90\x83\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA1\x95\x94PPPPPV[_0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a2iWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a2\x93WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\n\xDF`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[___\x83Q`A\x03a3qW` \x84\x01Q`@\x85\x01Q``\x86\x01Q_\x1Aa3c\x88\x82\x85\x85a7RV[\x95P\x95P\x95PPPPa3|V[PP\x81Q_\x91P`\x02\x90[\x92P\x92P\x92V[\x80Q`@\x80Qc\x0B\x13]?`\xE1\x1B\x80\x82R`\x04\x82\x01\x86\x90R`$\x82\x01\x92\x90\x92R_\x92\x90` \x82\x01\x85`D\x83\x01^_\x82`d\x83\x01\x01R`\x1F\x82\x01`\x05\x1C`\x05\x1B\x91P` _`d\x84\x01\x83\x8AZ\xFA\x90P\x82_Q\x14`\x1F=\x11\x16\x81\x16\x93PPPP\x93\x92PPPV[_\x81\x81R`\x0C` R`@\x90 Te\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15a4\x0FWPa4\x0F\x81a0\x05V[\x15a\x0BaW_a4&`\x0BTe\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a4.a\x12\xE6V[a48\x91\x90aF\xFEV[\x90Pa4C\x82a\x14 V[\x81e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a4\x90W`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x81R\x82\x90\x7FT\x1Fr_\xB9\xF7\xC9\x8A0\xCC\x9C\x0F\xF3/\xBB\x145\x8C\xD7\x15\x9C\x84z:\xA2\n+\xDCD+\xA5\x11\x90` \x01`@Q\x80\x91\x03\x90\xA2[_\x91\x82R`\x0C` R`@\x90\x91 \x80Te\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[_`\x01\x82\x11a4\xC9WP\x90V[\x81`\x01`\x01`\x80\x1B\x82\x10a4\xE2W`\x80\x91\x90\x91\x1C\x90`@\x1B[h\x01\0\0\0\0\0\0\0\0\x82\x10a4\xFDW`@\x91\x90\x91\x1C\x90` \x1B[d\x01\0\0\0\0\x82\x10a5\x14W` \x91\x90\x91\x1C\x90`\x10\x1B[b\x01\0\0\x82\x10a5)W`\x10\x91\x90\x91\x1C\x90`\x08\x1B[a\x01\0\x82\x10a5=W`\x08\x91\x90\x91\x1C\x90`\x04\x1B[`\x10\x82\x10a5PW`\x04\x91\x90\x91\x1C\x90`\x02\x1B[`\x04\x82\x10a5\\W`\x01\x1B[`\x03\x02`\x01\x90\x81\x1C\x90\x81\x85\x81a5tWa5taF/V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a5\x8CWa5\x8CaF/V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a5\xA4Wa5\xA4aF/V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a5\xBCWa5\xBCaF/V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a5\xD4Wa5\xD4aF/V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a5\xECWa5\xECaF/V[\x04\x82\x01\x90\x1C\x90Pa6\x0B\x81\x85\x81a6\x05Wa6\x05aF/V[\x04\x82\x11\x90V[\x90\x03\x93\x92PPPV[_[\x81\x83\x10\x15a6bW_\x85\x81R` \x90 \x83\x83\x16`\x02\x85\x85\x18\x04\x01\x90\x81\x01Te\xFF\xFF\xFF\xFF\xFF\xFF\x86\x81\x16\x91\x16\x11\x15a6NW\x80\x92Pa6\\V[a6Y\x81`\x01aE.V[\x93P[Pa6\x16V[P\x93\x92PPPV[_\x80\x84\x81a6y\x86`\x01aE.V[\x85\x11\x80\x15a6\xA1WPa\x06\x0F`\xF3\x1Ba6\x95\x83\x88\x01` \x01Q\x90V[`\x01`\x01`\xF0\x1B\x03\x19\x16\x14[\x90P_a6\xB1\x82\x15\x15`\x02aF\xE7V[\x90P_\x80a6\xBF\x83\x8AaE.V[\x90P[\x87\x81\x10\x15a7\x1AW_a6\xE0a6\xDB\x87\x84\x01` \x01Q\x90V[a8\x1AV[\x90P`\x0F\x81`\xFF\x16\x11\x15a6\xFFW__\x97P\x97PPPPPPPa$TV[a7\n`\x10\x84aF\xE7V[`\xFF\x90\x91\x16\x01\x91P`\x01\x01a6\xC2V[P`\x01\x99\x90\x98P\x96PPPPPPPV[_`\xFF\x82\x16`\x1F\x81\x11\x15a\x0BJW`@Qc,\xD4J\xC3`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a7\x8BWP_\x91P`\x03\x90P\x82a8\x10V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a7\xDCW=__>=_\xFD[PP`@Q`\x1F\x19\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16a8\x07WP_\x92P`\x01\x91P\x82\x90Pa8\x10V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[_`\xF8\x82\x90\x1C`/\x81\x11\x80\x15a83WP`:\x81`\xFF\x16\x10[\x15a8AW`/\x19\x01a\x0BJV[``\x81`\xFF\x16\x11\x80\x15a8WWP`g\x81`\xFF\x16\x10[\x15a8eW`V\x19\x01a\x0BJV[`@\x81`\xFF\x16\x11\x80\x15a8{WP`G\x81`\xFF\x16\x10[\x15a8\x89W`6\x19\x01a\x0BJV[P`\xFF\x92\x91PPV[_` \x82\x84\x03\x12\x15a8\xA2W__\xFD[\x815`\x01`\x01`\xE0\x1B\x03\x19\x81\x16\x81\x14a\x13|W__\xFD[_` \x82\x84\x03\x12\x15a8\xC9W__\xFD[P5\x91\x90PV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[` \x81R_a\x13|` \x83\x01\x84a8\xD0V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x0BaW__\xFD[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Q`\x1F\x82\x01`\x1F\x19\x16\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a9`Wa9`a9$V[`@R\x91\x90PV[_`\x01`\x01`@\x1B\x03\x82\x11\x15a9\x80Wa9\x80a9$V[P`\x1F\x01`\x1F\x19\x16` \x01\x90V[_a9\xA0a9\x9B\x84a9hV[a98V[\x90P\x82\x81R\x83\x83\x83\x01\x11\x15a9\xB3W__\xFD[\x82\x82` \x83\x017_` \x84\x83\x01\x01R\x93\x92PPPV[_\x82`\x1F\x83\x01\x12a9\xD8W__\xFD[a\x13|\x83\x835` \x85\x01a9\x8EV[____`\x80\x85\x87\x03\x12\x15a9\xFAW__\xFD[\x845a:\x05\x81a9\x10V[\x93P` \x85\x015a:\x15\x81a9\x10V[\x92P`@\x85\x015\x91P``\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a:6W__\xFD[a:B\x87\x82\x88\x01a9\xC9V[\x91PP\x92\x95\x91\x94P\x92PV[_`\x01`\x01`@\x1B\x03\x82\x11\x15a:fWa:fa9$V[P`\x05\x1B` \x01\x90V[_\x82`\x1F\x83\x01\x12a:\x7FW__\xFD[\x815a:\x8Da9\x9B\x82a:NV[\x80\x82\x82R` \x82\x01\x91P` \x83`\x05\x1B\x86\x01\x01\x92P\x85\x83\x11\x15a:\xAEW__\xFD[` \x85\x01[\x83\x81\x10\x15a)mW\x805a:\xC6\x81a9\x10V[\x83R` \x92\x83\x01\x92\x01a:\xB3V[_\x82`\x1F\x83\x01\x12a:\xE3W__\xFD[\x815a:\xF1a9\x9B\x82a:NV[\x80\x82\x82R` \x82\x01\x91P` \x83`\x05\x1B\x86\x01\x01\x92P\x85\x83\x11\x15a;\x12W__\xFD[` \x85\x01[\x83\x81\x10\x15a)mW\x805\x83R` \x92\x83\x01\x92\x01a;\x17V[_\x82`\x1F\x83\x01\x12a;>W__\xFD[\x815a;La9\x9B\x82a:NV[\x80\x82\x82R` \x82\x01\x91P` \x83`\x05\x1B\x86\x01\x01\x92P\x85\x83\x11\x15a;mW__\xFD[` \x85\x01[\x83\x81\x10\x15a)mW\x805`\x01`\x01`@\x1B\x03\x81\x11\x15a;\x8FW__\xFD[a;\x9E\x88` \x83\x8A\x01\x01a9\xC9V[\x84RP` \x92\x83\x01\x92\x01a;rV[____`\x80\x85\x87\x03\x12\x15a;\xC0W__\xFD[\x845`\x01`\x01`@\x1B\x03\x81\x11\x15a;\xD5W__\xFD[a;\xE1\x87\x82\x88\x01a:pV[\x94PP` \x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a;\xFCW__\xFD[a<\x08\x87\x82\x88\x01a:\xD4V[\x93PP`@\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a<#W__\xFD[a</\x87\x82\x88\x01a;/V[\x94\x97\x93\x96P\x93\x94``\x015\x93PPPV[e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0BaW__\xFD[_` \x82\x84\x03\x12\x15a<cW__\xFD[\x815a\x13|\x81a<@V[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`\x08\x81\x10a<\x9EWcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x90RV[` \x81\x01a\x0BJ\x82\x84a<\x82V[__`@\x83\x85\x03\x12\x15a<\xC1W__\xFD[\x825\x91P` \x83\x015a<\xD3\x81a9\x10V[\x80\x91PP\x92P\x92\x90PV[\x805`\xFF\x81\x16\x81\x14a\x0F\xD3W__\xFD[__`@\x83\x85\x03\x12\x15a<\xFFW__\xFD[\x825\x91Pa=\x0F` \x84\x01a<\xDEV[\x90P\x92P\x92\x90PV[__\x83`\x1F\x84\x01\x12a=(W__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15a=>W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a=UW__\xFD[\x92P\x92\x90PV[_______`\xC0\x88\x8A\x03\x12\x15a=rW__\xFD[\x875\x96Pa=\x82` \x89\x01a<\xDEV[\x95P`@\x88\x015a=\x92\x81a9\x10V[\x94P``\x88\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a=\xACW__\xFD[a=\xB8\x8A\x82\x8B\x01a=\x18V[\x90\x95P\x93PP`\x80\x88\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a=\xD6W__\xFD[a=\xE2\x8A\x82\x8B\x01a9\xC9V[\x92PP`\xA0\x88\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a=\xFDW__\xFD[a>\t\x8A\x82\x8B\x01a9\xC9V[\x91PP\x92\x95\x98\x91\x94\x97P\x92\x95PV[_____`\x80\x86\x88\x03\x12\x15a>,W__\xFD[\x855\x94Pa><` \x87\x01a<\xDEV[\x93P`@\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a>VW__\xFD[a>b\x88\x82\x89\x01a=\x18V[\x90\x94P\x92PP``\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a>\x80W__\xFD[a>\x8C\x88\x82\x89\x01a9\xC9V[\x91PP\x92\x95P\x92\x95\x90\x93PV[____``\x85\x87\x03\x12\x15a>\xACW__\xFD[\x845\x93Pa>\xBC` \x86\x01a<\xDEV[\x92P`@\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a>\xD6W__\xFD[a>\xE2\x87\x82\x88\x01a=\x18V[\x95\x98\x94\x97P\x95PPPPV[____`\x80\x85\x87\x03\x12\x15a?\x01W__\xFD[\x845`\x01`\x01`@\x1B\x03\x81\x11\x15a?\x16W__\xFD[a?\"\x87\x82\x88\x01a:pV[\x94PP` \x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a?=W__\xFD[a?I\x87\x82\x88\x01a:\xD4V[\x93PP`@\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a?dW__\xFD[a?p\x87\x82\x88\x01a;/V[\x92PP``\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a?\x8BW__\xFD[\x85\x01`\x1F\x81\x01\x87\x13a?\x9BW__\xFD[a:B\x87\x825` \x84\x01a9\x8EV[_` \x82\x84\x03\x12\x15a?\xBAW__\xFD[\x815a\x13|\x81a9\x10V[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15a?\xF5W\x81Q\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01a?\xD7V[P\x93\x94\x93PPPPV[`\xFF`\xF8\x1B\x88\x16\x81R`\xE0` \x82\x01R_a@\x1D`\xE0\x83\x01\x89a8\xD0V[\x82\x81\x03`@\x84\x01Ra@/\x81\x89a8\xD0V[``\x84\x01\x88\x90R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x90Pa@`\x81\x85a?\xC5V[\x9A\x99PPPPPPPPPPV[____`\x80\x85\x87\x03\x12\x15a@\x81W__\xFD[\x845\x93Pa@\x91` \x86\x01a<\xDEV[\x92P`@\x85\x015a@\xA1\x81a9\x10V[\x91P``\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a:6W__\xFD[___``\x84\x86\x03\x12\x15a@\xCDW__\xFD[\x835a@\xD8\x81a9\x10V[\x92P` \x84\x015\x91P`@\x84\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a@\xF9W__\xFD[aA\x05\x86\x82\x87\x01a9\xC9V[\x91PP\x92P\x92P\x92V[_____`\xA0\x86\x88\x03\x12\x15aA#W__\xFD[\x855aA.\x81a9\x10V[\x94P` \x86\x015aA>\x81a9\x10V[\x93P`@\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aAXW__\xFD[aAd\x88\x82\x89\x01a:\xD4V[\x93PP``\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aA\x7FW__\xFD[aA\x8B\x88\x82\x89\x01a:\xD4V[\x92PP`\x80\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a>\x80W__\xFD[____``\x85\x87\x03\x12\x15aA\xB9W__\xFD[\x845aA\xC4\x81a9\x10V[\x93P` \x85\x015\x92P`@\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a>\xD6W__\xFD[_` \x82\x84\x03\x12\x15aA\xF5W__\xFD[\x815c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x13|W__\xFD[__`@\x83\x85\x03\x12\x15aB\x19W__\xFD[\x825aB$\x81a9\x10V[\x94` \x93\x90\x93\x015\x93PPPV[_____`\xA0\x86\x88\x03\x12\x15aBFW__\xFD[\x855aBQ\x81a9\x10V[\x94P` \x86\x015aBa\x81a9\x10V[\x93P`@\x86\x015\x92P``\x86\x015\x91P`\x80\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a>\x80W__\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80aB\x9DW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03aB\xBBWcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[P\x91\x90PV[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[_` \x82\x84\x03\x12\x15aB\xE5W__\xFD[\x81Q`\x01`\x01`@\x1B\x03\x81\x11\x15aB\xFAW__\xFD[\x82\x01`\x1F\x81\x01\x84\x13aC\nW__\xFD[\x80QaC\x18a9\x9B\x82a9hV[\x81\x81R\x85` \x83\x85\x01\x01\x11\x15aC,W__\xFD[\x81` \x84\x01` \x83\x01^_\x91\x81\x01` \x01\x91\x90\x91R\x94\x93PPPPV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x0BJWa\x0BJaCIV[_` \x82\x84\x03\x12\x15aC\x8BW__\xFD[\x81Qa\x13|\x81a<@V[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15a?\xF5W\x81Q`\x01`\x01`\xA0\x1B\x03\x16\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01aC\xB7V[_\x82\x82Q\x80\x85R` \x85\x01\x94P` \x81`\x05\x1B\x83\x01\x01` \x85\x01_[\x83\x81\x10\x15a\r-W`\x1F\x19\x85\x84\x03\x01\x88RaD\x16\x83\x83Qa8\xD0V[` \x98\x89\x01\x98\x90\x93P\x91\x90\x91\x01\x90`\x01\x01aC\xFAV[`\x80\x81R_aD>`\x80\x83\x01\x87aC\xA5V[\x82\x81\x03` \x84\x01RaDP\x81\x87a?\xC5V[\x90P\x82\x81\x03`@\x84\x01RaDd\x81\x86aC\xDEV[\x91PP\x82``\x83\x01R\x95\x94PPPPPV[_` \x82\x84\x03\x12\x15aD\x86W__\xFD[PQ\x91\x90PV[\x83\x81R``\x81\x01aD\xA1` \x83\x01\x85a<\x82V[\x82`@\x83\x01R\x94\x93PPPPV[_` \x82\x84\x03\x12\x15aD\xBFW__\xFD[\x81Q\x80\x15\x15\x81\x14a\x13|W__\xFD[\x84\x81R`\xFF\x84\x16` \x82\x01R\x82`@\x82\x01R`\x80``\x82\x01R_a\x11\x8C`\x80\x83\x01\x84a8\xD0V[\x85\x81R`\xFF\x85\x16` \x82\x01R\x83`@\x82\x01R`\xA0``\x82\x01R_aE\x1C`\xA0\x83\x01\x85a8\xD0V[\x82\x81\x03`\x80\x84\x01Ra\x10\xD5\x81\x85a8\xD0V[\x80\x82\x01\x80\x82\x11\x15a\x0BJWa\x0BJaCIV[\x89\x81R`\x01`\x01`\xA0\x1B\x03\x89\x16` \x82\x01Ra\x01 `@\x82\x01\x81\x90R_\x90aEk\x90\x83\x01\x8AaC\xA5V[\x82\x81\x03``\x84\x01RaE}\x81\x8Aa?\xC5V[\x90P\x82\x81\x03`\x80\x84\x01R\x80\x88Q\x80\x83R` \x83\x01\x91P` \x81`\x05\x1B\x84\x01\x01` \x8B\x01_[\x83\x81\x10\x15aE\xD4W`\x1F\x19\x86\x84\x03\x01\x85RaE\xBE\x83\x83Qa8\xD0V[` \x95\x86\x01\x95\x90\x93P\x91\x90\x91\x01\x90`\x01\x01aE\xA2V[PP\x85\x81\x03`\xA0\x87\x01RaE\xE8\x81\x8BaC\xDEV[\x93PPPP\x85`\xC0\x84\x01R\x84`\xE0\x84\x01R\x82\x81\x03a\x01\0\x84\x01RaF\x0C\x81\x85a8\xD0V[\x9C\x9BPPPPPPPPPPPPV[\x81\x81\x03\x81\x81\x11\x15a\x0BJWa\x0BJaCIV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[`\xA0\x81R_aFU`\xA0\x83\x01\x88aC\xA5V[\x82\x81\x03` \x84\x01RaFg\x81\x88a?\xC5V[\x90P\x82\x81\x03`@\x84\x01RaF{\x81\x87aC\xDEV[``\x84\x01\x95\x90\x95RPP`\x80\x01R\x93\x92PPPV[`\xC0\x81R_aF\xA2`\xC0\x83\x01\x89aC\xA5V[\x82\x81\x03` \x84\x01RaF\xB4\x81\x89a?\xC5V[\x90P\x82\x81\x03`@\x84\x01RaF\xC8\x81\x88aC\xDEV[``\x84\x01\x96\x90\x96RPP`\x80\x81\x01\x92\x90\x92R`\xA0\x90\x91\x01R\x93\x92PPPV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x0BJWa\x0BJaCIV[e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x0BJWa\x0BJaCIV[\x80Q` \x82\x01Q`\x01`\x01`\xE0\x1B\x03\x19\x81\x16\x91\x90`\x04\x82\x10\x15a\x19\x9AW`\x01`\x01`\xE0\x1B\x03\x19`\x04\x92\x90\x92\x03`\x03\x1B\x82\x90\x1B\x16\x16\x92\x91PPV[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x0BJWa\x0BJaCIV[`\x01\x81[`\x01\x84\x11\x15a$TW\x80\x85\x04\x81\x11\x15aG\x8EWaG\x8EaCIV[`\x01\x84\x16\x15aG\x9CW\x90\x81\x02\x90[`\x01\x93\x90\x93\x1C\x92\x80\x02aGsV[_\x82aG\xB8WP`\x01a\x0BJV[\x81aG\xC4WP_a\x0BJV[\x81`\x01\x81\x14aG\xDAW`\x02\x81\x14aG\xE4WaH\0V[`\x01\x91PPa\x0BJV[`\xFF\x84\x11\x15aG\xF5WaG\xF5aCIV[PP`\x01\x82\x1Ba\x0BJV[P` \x83\x10a\x013\x83\x10\x16`N\x84\x10`\x0B\x84\x10\x16\x17\x15aH#WP\x81\x81\na\x0BJV[aH/_\x19\x84\x84aGoV[\x80_\x19\x04\x82\x11\x15aHBWaHBaCIV[\x02\x93\x92PPPV[_a\x13|`\xFF\x84\x16\x83aG\xAAV",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405260043610610310575f3560e01c80637ecebe00116101a3578063bc197c81116100f2578063e540d01d11610092578063f23a6e611161006d578063f23a6e6114610a3f578063f8ce560a14610a5e578063fc0c546a14610a7d578063fc47361614610aaf575f5ffd5b8063e540d01d146109e2578063eb9019d414610a01578063ece40cc114610a20575f5ffd5b8063c59057e4116100cd578063c59057e41461092e578063d33219b41461094d578063dd4e2ba51461096a578063deaaa7cc146109af575f5ffd5b8063bc197c81146108dd578063c01f9e37146108fc578063c28bc2fa1461091b575f5ffd5b8063a660aca51161015d578063a8f8a66811610138578063a8f8a66814610855578063a9a9529414610874578063ab58fb8e14610893578063b58131b0146108c9575f5ffd5b8063a660aca514610803578063a7713a7014610822578063a890c91014610836575f5ffd5b80637ecebe001461074357806384b0196e146107775780638ff262e31461079e57806391ddadf4146107bd57806397c3d334146107d15780639a802a6d146107e4575f5ffd5b80633e4f49e61161025f578063567813881161021957806360c4247f116101f457806360c4247f146106c757806379051887146106e65780637b3c71d3146107055780637d5e81e214610724575f5ffd5b8063567813881461066a5780635b8d0e0d146106895780635f398a14146106a8575f5ffd5b80633e4f49e61461055c5780634385963214610588578063452115d6146105d05780634bf5d7e9146105ef578063544ffc9c1461060357806354fd4d501461063d575f5ffd5b8063160cbed7116102ca5780632fe3e261116102a55780632fe3e261146104bf57806332b8113e146104f2578063330df7ff146105215780633932abb114610540575f5ffd5b8063160cbed71461046e5780632656227d1461048d5780632d63f693146104a0575f5ffd5b806301ffc9a71461034b57806302a251a31461037f57806306f3f9e6146103aa57806306fdde03146103c9578063143489d0146103ea578063150b7a0214610436575f5ffd5b36610347573061031e610acc565b6001600160a01b03161461034557604051637485328f60e11b815260040160405180910390fd5b005b5f5ffd5b348015610356575f5ffd5b5061036a610365366004613892565b610ae4565b60405190151581526020015b60405180910390f35b34801561038a575f5ffd5b50600854600160301b900463ffffffff165b604051908152602001610376565b3480156103b5575f5ffd5b506103456103c43660046138b9565b610b50565b3480156103d4575f5ffd5b506103dd610b64565b60405161037691906138fe565b3480156103f5575f5ffd5b5061041e6104043660046138b9565b5f908152600460205260409020546001600160a01b031690565b6040516001600160a01b039091168152602001610376565b348015610441575f5ffd5b506104556104503660046139e7565b610bf4565b6040516001600160e01b03199091168152602001610376565b348015610479575f5ffd5b5061039c610488366004613bad565b610c36565b61039c61049b366004613bad565b610d39565b3480156104ab575f5ffd5b5061039c6104ba3660046138b9565b610ea9565b3480156104ca575f5ffd5b5061039c7f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81181565b3480156104fd575f5ffd5b50600b5465ffffffffffff165b60405165ffffffffffff9091168152602001610376565b34801561052c575f5ffd5b5061034561053b366004613c53565b610ec9565b34801561054b575f5ffd5b5060085465ffffffffffff1661039c565b348015610567575f5ffd5b5061057b6105763660046138b9565b610eda565b6040516103769190613ca2565b348015610593575f5ffd5b5061036a6105a2366004613cb0565b5f8281526009602090815260408083206001600160a01b038516845260030190915290205460ff1692915050565b3480156105db575f5ffd5b5061039c6105ea366004613bad565b610ee4565b3480156105fa575f5ffd5b506103dd610f45565b34801561060e575f5ffd5b5061062261061d3660046138b9565b610fd8565b60408051938452602084019290925290820152606001610376565b348015610648575f5ffd5b506040805180820190915260058152640312e302e360dc1b60208201526103dd565b348015610675575f5ffd5b5061039c610684366004613cee565b610ffd565b348015610694575f5ffd5b5061039c6106a3366004613d5c565b611024565b3480156106b3575f5ffd5b5061039c6106c2366004613e18565b6110e1565b3480156106d2575f5ffd5b5061039c6106e13660046138b9565b611129565b3480156106f1575f5ffd5b50610345610700366004613c53565b611135565b348015610710575f5ffd5b5061039c61071f366004613e99565b611146565b34801561072f575f5ffd5b5061039c61073e366004613eee565b611196565b34801561074e575f5ffd5b5061039c61075d366004613faa565b6001600160a01b03165f9081526002602052604090205490565b348015610782575f5ffd5b5061078b61124c565b6040516103769796959493929190613fff565b3480156107a9575f5ffd5b5061039c6107b836600461406e565b61128e565b3480156107c8575f5ffd5b5061050a6112e6565b3480156107dc575f5ffd5b50606461039c565b3480156107ef575f5ffd5b5061039c6107fe3660046140bb565b61136d565b34801561080e575f5ffd5b5061034561081d366004613faa565b611383565b34801561082d575f5ffd5b5061039c611394565b348015610841575f5ffd5b50610345610850366004613faa565b6113ad565b348015610860575f5ffd5b5061039c61086f366004613bad565b6113be565b34801561087f575f5ffd5b5061036a61088e3660046138b9565b6113cb565b34801561089e575f5ffd5b5061039c6108ad3660046138b9565b5f9081526004602052604090206001015465ffffffffffff1690565b3480156108d4575f5ffd5b5061039c6113d3565b3480156108e8575f5ffd5b506104556108f736600461410f565b6113dd565b348015610907575f5ffd5b5061039c6109163660046138b9565b611420565b6103456109293660046141a6565b61142a565b348015610939575f5ffd5b5061039c610948366004613bad565b6114a6565b348015610958575f5ffd5b50600e546001600160a01b031661041e565b348015610975575f5ffd5b506040805180820190915260208082527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e908201526103dd565b3480156109ba575f5ffd5b5061039c7ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d781565b3480156109ed575f5ffd5b506103456109fc3660046141e5565b6114df565b348015610a0c575f5ffd5b5061039c610a1b366004614208565b6114f0565b348015610a2b575f5ffd5b50610345610a3a3660046138b9565b61150f565b348015610a4a575f5ffd5b50610455610a59366004614232565b611520565b348015610a69575f5ffd5b5061039c610a783660046138b9565b611563565b348015610a88575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061041e565b348015610aba575f5ffd5b50600d546001600160a01b031661041e565b5f610adf600e546001600160a01b031690565b905090565b5f6001600160e01b031982166366defe7760e11b1480610b1457506001600160e01b031982166332a2ad4360e11b145b80610b2f57506001600160e01b03198216630271189760e51b145b80610b4a57506301ffc9a760e01b6001600160e01b03198316145b92915050565b610b58611600565b610b6181611679565b50565b606060038054610b7390614289565b80601f0160208091040260200160405190810160405280929190818152602001828054610b9f90614289565b8015610bea5780601f10610bc157610100808354040283529160200191610bea565b820191905f5260205f20905b815481529060010190602001808311610bcd57829003601f168201915b5050505050905090565b5f30610bfe610acc565b6001600160a01b031614610c2557604051637485328f60e11b815260040160405180910390fd5b50630a85bd0160e11b949350505050565b5f5f610c44868686866113be565b90505f610c50826113cb565b9050610c6582610c60600461170e565b611730565b5080610c8c5760405163d838bcb760e01b8152600481018390526024015b60405180910390fd5b5f610c9a838989898961176d565b905065ffffffffffff811615610d11575f83815260046020908152604091829020600101805465ffffffffffff191665ffffffffffff85169081179091558251868152918201527f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892910160405180910390a1610d2d565b60405163ab2d031160e01b815260048101849052602401610c83565b50909695505050505050565b5f5f610d47868686866113be565b90505f610d53826113cb565b9050610d6f82610c6083610d6857600461170e565b600561170e565b505f828152600460205260409020805460ff60f01b1916600160f01b17905530610d97610acc565b6001600160a01b031614610e20575f5b8751811015610e1e57306001600160a01b0316888281518110610dcc57610dcc6142c1565b60200260200101516001600160a01b031603610e1657610e16868281518110610df757610df76142c1565b602002602001015180519060200120600561177b90919063ffffffff16565b600101610da7565b505b610e2d828888888861179c565b30610e36610acc565b6001600160a01b031614158015610e6257506005546001600160801b03808216600160801b9092041614155b15610e6c575f6005555b6040518281527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f9060200160405180910390a15095945050505050565b5f90815260046020526040902054600160a01b900465ffffffffffff1690565b610ed1611600565b610b61816117b0565b5f610b4a82611861565b5f5f610ef2868686866113be565b905033610eff82826119a1565b610f2e57604051638fe5d8a960e01b8152600481018390526001600160a01b0382166024820152604401610c83565b610f3a878787876119ac565b979650505050505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa925050508015610fc457506040513d5f823e601f3d908101601f19168201604052610fc191908101906142d5565b60015b610fd357610adf6112e6611a2d565b919050565b5f818152600960205260409020805460018201546002909201549091905b9193909250565b5f8033905061101c84828560405180602001604052805f815250611a43565b949350505050565b5f61106a88888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250899150611a649050565b611092576040516394ab6c0760e01b81526001600160a01b0387166004820152602401610c83565b6110d588878988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611b31915050565b98975050505050505050565b5f80339050610f3a87828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611b31915050565b5f610b4a600a83611c0e565b61113d611600565b610b6181611c5b565b5f8033905061118c86828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611a4392505050565b9695505050505050565b5f336111a28184611cc1565b6111ca5760405163d9b3955760e01b81526001600160a01b0382166004820152602401610c83565b5f6111d36113d3565b9050801561123f575f6112018360016111ea6112e6565b6111f4919061435d565b65ffffffffffff166114f0565b90508181101561123d57604051636121770b60e11b81526001600160a01b03841660048201526024810182905260448101839052606401610c83565b505b610f3a8787878786611d45565b5f6060805f5f5f606061125d611f68565b611265611f93565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61129b85858585611fbe565b6112c3576040516394ab6c0760e01b81526001600160a01b0384166004820152602401610c83565b6112dd85848660405180602001604052805f815250611a43565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015611361575060408051601f3d908101601f1916820190925261135e9181019061437b565b60015b610fd357610adf612047565b5f611379848484612051565b90505b9392505050565b61138b611600565b610b61816120e4565b5f61139f600a61214d565b6001600160d01b0316905090565b6113b5611600565b610b6181612191565b5f6112dd858585856114a6565b5f6001610b4a565b5f610adf60075490565b5f306113e7610acc565b6001600160a01b03161461140e57604051637485328f60e11b815260040160405180910390fd5b5063bc197c8160e01b95945050505050565b5f610b4a826121fa565b611432611600565b5f5f856001600160a01b031685858560405161144f929190614396565b5f6040518083038185875af1925050503d805f8114611489576040519150601f19603f3d011682016040523d82523d5f602084013e61148e565b606091505b509150915061149d8282612222565b50505050505050565b5f848484846040516020016114be949392919061442c565b60408051601f19818403018152919052805160209091012095945050505050565b6114e7611600565b610b618161225f565b5f61137c838361150a60408051602081019091525f815290565b612051565b611517611600565b610b61816122fb565b5f3061152a610acc565b6001600160a01b03161461155157604051637485328f60e11b815260040160405180910390fd5b5063f23a6e6160e01b95945050505050565b604051632394e7a360e21b8152600481018290525f90610b4a906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638e539e8c90602401602060405180830381865afa1580156115cc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115f09190614476565b6115f984611129565b606461233c565b33611609610acc565b6001600160a01b031614611632576040516347096e4760e01b8152336004820152602401610c83565b3061163b610acc565b6001600160a01b031614611677575f803660405161165a929190614396565b604051809103902090505b8061167060056123ec565b0361166557505b565b6064808211156116a65760405163243e544560e01b81526004810183905260248101829052604401610c83565b5f6116af611394565b90506116ce6116bc6112e6565b6116c58561240b565b600a9190612442565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f81600781111561172157611721613c6e565b600160ff919091161b92915050565b5f5f61173b84610eda565b90505f836117488361170e565b160361137c578381846040516331b75e4d60e01b8152600401610c839392919061448d565b5f61118c868686868661245c565b5f61178683836125ed565b905080611797576117976041612652565b505050565b6117a98585858585612663565b5050505050565b600854600160301b900463ffffffff1665ffffffffffff82168110156117fa57604051633211876d60e11b815265ffffffffffff8316600482015260248101829052604401610c83565b600b546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a150600b805465ffffffffffff191665ffffffffffff92909216919091179055565b5f5f61186c836126f3565b9050600581600781111561188257611882613c6e565b1461188d5792915050565b5f838152600f60205260409081902054600e549151632c258a9f60e11b81526004810182905290916001600160a01b03169063584b153e90602401602060405180830381865afa1580156118e3573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061190791906144af565b15611916575060059392505050565b600e54604051632ab0f52960e01b8152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa15801561195d573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061198191906144af565b15611990575060079392505050565b5060029392505050565b5050919050565b5f61137c8383612824565b600d545f9033906001600160a01b0316811480156119ce57506119ce84612894565b15611a21575f6119e0878787876113be565b5f818152600460205260409020549091506001600160a01b03838116911614611a1f5760405163153adba760e11b815260048101829052602401610c83565b505b61118c868686866128e0565b6060610b4a611a3e8363ffffffff16565b612977565b5f6112dd85858585611a5f60408051602081019091525f815290565b611b31565b5f610f3a85611b2b7f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a8a8a611ab68c6001600160a01b03165f90815260026020526040902080546001810190915590565b8b516020808e01919091208c518d830120604051611b1098979695949301968752602087019590955260ff9390931660408601526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b604051602081830303815290604052805190602001206129e9565b84612a15565b5f611b4086610c60600161170e565b505f611b5586611b4f89610ea9565b85612051565b90505f611b658888888588612a85565b905083515f03611bbb57866001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda489888489604051611bae94939291906144ce565b60405180910390a2611c05565b866001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb87128988848989604051611bfc9594939291906144f5565b60405180910390a25b610f3a88612b81565b5f5f5f611c1a85612b8a565b9250925050838265ffffffffffff161115611c4757611c42611c3b85612be2565b8690612c14565b611c49565b805b6001600160d01b031695945050505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b80515f906034811015611cd8576001915050610b4a565b60131981840101516001600160b01b03198116692370726f706f7365723d60b01b14611d0957600192505050610b4a565b5f5f611d1986602a860386612cb6565b91509150811580610f3a5750866001600160a01b0316816001600160a01b031614979650505050505050565b5f611d5986868686805190602001206113be565b905084518651141580611d6e57508351865114155b80611d7857508551155b15611dad57855184518651604051630447b05d60e41b8152600481019390935260248301919091526044820152606401610c83565b5f81815260046020526040902054600160a01b900465ffffffffffff1615611df65780611dd982610eda565b6040516331b75e4d60e01b8152610c839291905f9060040161448d565b5f611e0860085465ffffffffffff1690565b611e106112e6565b65ffffffffffff16611e22919061452e565b90505f611e3c60085463ffffffff600160301b9091041690565b5f84815260046020526040902080546001600160a01b0319166001600160a01b038716178155909150611e6e83612be2565b815465ffffffffffff91909116600160a01b0265ffffffffffff60a01b19909116178155611e9b82612d5f565b815463ffffffff91909116600160d01b0263ffffffff60d01b1990911617815588517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e090859087908c908c906001600160401b03811115611efe57611efe613924565b604051908082528060200260200182016040528015611f3157816020015b6060815260200190600190039081611f1c5790505b508c89611f3e8a8261452e565b8e604051611f5499989796959493929190614541565b60405180910390a150505095945050505050565b6060610adf7f0000000000000000000000000000000000000000000000000000000000000000612d8f565b6060610adf7f0000000000000000000000000000000000000000000000000000000000000000612d8f565b5f6112dd83611b2b7ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d78888886120108a6001600160a01b03165f90815260026020526040902080546001810190915590565b60408051602081019690965285019390935260ff90911660608401526001600160a01b0316608083015260a082015260c001611b10565b5f610adf43612be2565b5f7f0000000000000000000000000000000000000000000000000000000000000000604051630748d63560e31b81526001600160a01b038681166004830152602482018690529190911690633a46b1a890604401602060405180830381865afa1580156120c0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113799190614476565b600d54604080516001600160a01b03928316815291831660208301527feabe7d6d9720bd3fde29f0fbd6af94debeea74c6d5508c31ee6b07631e06e69b910160405180910390a1600d80546001600160a01b0319166001600160a01b0392909216919091179055565b80545f908015612189576121738361216660018461461c565b5f91825260209091200190565b54600160301b90046001600160d01b031661137c565b5f9392505050565b600e54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600e80546001600160a01b0319166001600160a01b0392909216919091179055565b5f610b4a61220783612dcc565b5f848152600c602052604090205465ffffffffffff16612e0e565b60608215612231575080610b4a565b8151156122465761224182612e1d565b610b4a565b60405163d6bda27560e01b815260040160405180910390fd5b8063ffffffff165f036122875760405163f1cfbf0560e01b81525f6004820152602401610c83565b6008546040805163ffffffff600160301b9093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff909216600160301b0269ffffffff00000000000019909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b5f5f5f6123498686612e25565b91509150815f0361236d578381816123635761236361462f565b049250505061137c565b818411612384576123846003851502601118612652565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f5f5f6123f884612e41565b915091508161137c5761137c6031612652565b5f6001600160d01b0382111561243e576040516306dfcc6560e41b815260d0600482015260248101839052604401610c83565b5090565b5f8061244f858585612eb5565b915091505b935093915050565b5f5f600e5f9054906101000a90046001600160a01b03166001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa1580156124ae573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906124d29190614476565b90505f3060601b6bffffffffffffffffffffffff19168418600e5460405163b1c5f42760e01b81529192506001600160a01b03169063b1c5f42790612523908a908a908a905f908890600401614643565b602060405180830381865afa15801561253e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125629190614476565b5f898152600f602052604080822092909255600e5491516308f2a0bb60e41b81526001600160a01b0390921691638f2a0bb0916125ac918b918b918b919088908a90600401614690565b5f604051808303815f87803b1580156125c3575f5ffd5b505af11580156125d5573d5f5f3e3d5ffd5b505050506110d582426125e8919061452e565b612be2565b81545f906001600160801b03600160801b82048116918116600183019091160361261a575f915050610b4a565b6001600160801b038181165f908152600186810160205260409091209490945584549184018116600160801b02911617909255919050565b634e487b715f52806020526024601cfd5b600e546001600160a01b031663e38335e5348686865f3060601b6bffffffffffffffffffffffff191688186040518763ffffffff1660e01b81526004016126ae959493929190614643565b5f604051808303818588803b1580156126c5575f5ffd5b505af11580156126d7573d5f5f3e3d5ffd5b5050505f9687525050600f602052505060408320929092555050565b5f818152600460205260408120805460ff600160f01b8204811691600160f81b900416811561272757506007949350505050565b801561273857506002949350505050565b5f61274286610ea9565b9050805f0361276757604051636ad0607560e01b815260048101879052602401610c83565b5f6127706112e6565b65ffffffffffff16905080821061278d57505f9695505050505050565b5f61279788611420565b90508181106127ae57506001979650505050505050565b6127b788613005565b15806127d657505f888152600960205260409020805460019091015411155b156127e957506003979650505050505050565b5f8881526004602052604090206001015465ffffffffffff165f0361281657506004979650505050505050565b506005979650505050505050565b5f5f612838600d546001600160a01b031690565b9050826001600160a01b0316816001600160a01b0316148061288457506001600160a01b03811615801561288457505f848152600460205260409020546001600160a01b038481169116145b8061101c575061101c848461303b565b5f5f5b82518110156128d8576128c28382815181106128b5576128b56142c1565b6020026020010151613080565b156128d05750600192915050565b600101612897565b505f92915050565b5f5f6128ee86868686613151565b5f818152600f6020526040902054909150801561296d57600e5460405163c4d252f560e01b8152600481018390526001600160a01b039091169063c4d252f5906024015f604051808303815f87803b158015612948575f5ffd5b505af115801561295a573d5f5f3e3d5ffd5b5050505f838152600f6020526040812055505b5095945050505050565b6060612981612047565b65ffffffffffff168265ffffffffffff16146129b0576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f610b4a6129f5613211565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f03612a73575f5f612a33858561333a565b5090925090505f816003811115612a4c57612a4c613c6e565b148015612a6a5750856001600160a01b0316826001600160a01b0316145b9250505061137c565b612a7e848484613383565b905061137c565b5f8581526009602090815260408083206001600160a01b03881684526003810190925282205460ff1615612ad7576040516371c6af4960e01b81526001600160a01b0387166004820152602401610c83565b6001600160a01b0386165f9081526003820160205260409020805460ff1916600117905560ff8516612b205783815f015f828254612b15919061452e565b90915550612b769050565b5f1960ff861601612b3e5783816001015f828254612b15919061452e565b60011960ff861601612b5d5783816002015f828254612b15919061452e565b6040516303599be160e11b815260040160405180910390fd5b509195945050505050565b610b61816133e8565b80545f9081908190808203612ba8575f5f5f93509350935050610ff6565b5f612bb88661216660018561461c565b546001955065ffffffffffff81169450600160301b90046001600160d01b03169250610ff6915050565b5f65ffffffffffff82111561243e576040516306dfcc6560e41b81526030600482015260248101839052604401610c83565b81545f9081816005811115612c70575f612c2d846134bc565b612c37908561461c565b5f8881526020902090915081015465ffffffffffff9081169087161015612c6057809150612c6e565b612c6b81600161452e565b92505b505b5f612c7d87878585613614565b90508015612caa57612c948761216660018461461c565b54600160301b90046001600160d01b0316610f3a565b505f9695505050505050565b5f5f8451831180612cc657508284115b15612cd557505f905080612454565b5f612ce185600161452e565b84118015612d09575061060f60f31b612cfd8787016020015190565b6001600160f01b031916145b90505f612d1982151560026146e7565b612d2490602861452e565b905080612d31878761461c565b03612d52575f5f612d4389898961366a565b90965094506124549350505050565b5f5f935093505050612454565b5f63ffffffff82111561243e576040516306dfcc6560e41b81526020600482015260248101839052604401610c83565b60605f612d9b8361372b565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f81815260046020526040812054612e0090600160d01b810463ffffffff1690600160a01b900465ffffffffffff166146fe565b65ffffffffffff1692915050565b5f82821882841102821861137c565b805160208201fd5b5f805f1983850993909202808410938190039390930393915050565b80545f9081906001600160801b0380821691600160801b9004168103612e6c57505f93849350915050565b6001600160801b038181165f908152600186810160205260408220805492905586546fffffffffffffffffffffffffffffffff1916938101909216929092179094559293915050565b82545f9081908015612fab575f612ed18761216660018561461c565b805490915065ffffffffffff80821691600160301b90046001600160d01b0316908816821115612f1457604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603612f4d57825465ffffffffffff16600160301b6001600160d01b03891602178355612f9d565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b945085935061245492505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b029190931617920191909155905081612454565b5f81815260096020526040812060028101546001820154613026919061452e565b613032610a7885610ea9565b11159392505050565b5f8061304684610eda565b600781111561305757613057613c6e565b14801561137c5750505f91825260046020526040909120546001600160a01b0391821691161490565b5f60048251101561309257505f919050565b5f61309c8361471c565b9050633af929db60e11b6001600160e01b03198216016130bf5750600192915050565b63599f535b60e01b6001600160e01b03198216016130e05750600192915050565b6001600160e01b03198116632f2ff15d60e01b148061310f57506001600160e01b0319811663d547741f60e01b145b156121895760248351101561312657505f92915050565b5050602401517ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f7831490565b5f5f61315f868686866113be565b90506131ad8161316f600761170e565b613179600661170e565b613183600261170e565b6001613190600782614756565b61319b90600261484a565b6131a5919061461c565b181818611730565b505f818152600460205260409081902080546001600160f81b0316600160f81b179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c906132009083815260200190565b60405180910390a195945050505050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561326957507f000000000000000000000000000000000000000000000000000000000000000046145b1561329357507f000000000000000000000000000000000000000000000000000000000000000090565b610adf604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103613371576020840151604085015160608601515f1a61336388828585613752565b95509550955050505061337c565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f818152600c602052604090205465ffffffffffff1615801561340f575061340f81613005565b15610b61575f613426600b5465ffffffffffff1690565b61342e6112e6565b61343891906146fe565b905061344382611420565b8165ffffffffffff1611156134905760405165ffffffffffff8216815282907f541f725fb9f7c98a30cc9c0ff32fbb14358cd7159c847a3aa20a2bdc442ba5119060200160405180910390a25b5f918252600c6020526040909120805465ffffffffffff191665ffffffffffff92909216919091179055565b5f600182116134c9575090565b816001600160801b82106134e25760809190911c9060401b5b6801000000000000000082106134fd5760409190911c9060201b5b64010000000082106135145760209190911c9060101b5b6201000082106135295760109190911c9060081b5b610100821061353d5760089190911c9060041b5b601082106135505760049190911c9060021b5b6004821061355c5760011b5b600302600190811c908185816135745761357461462f565b048201901c9050600181858161358c5761358c61462f565b048201901c905060018185816135a4576135a461462f565b048201901c905060018185816135bc576135bc61462f565b048201901c905060018185816135d4576135d461462f565b048201901c905060018185816135ec576135ec61462f565b048201901c905061360b8185816136055761360561462f565b04821190565b90039392505050565b5f5b81831015613662575f85815260209020838316600285851804019081015465ffffffffffff8681169116111561364e5780925061365c565b61365981600161452e565b93505b50613616565b509392505050565b5f80848161367986600161452e565b851180156136a1575061060f60f31b6136958388016020015190565b6001600160f01b031916145b90505f6136b182151560026146e7565b90505f806136bf838a61452e565b90505b8781101561371a575f6136e06136db8784016020015190565b61381a565b9050600f8160ff1611156136ff575f5f97509750505050505050612454565b61370a6010846146e7565b60ff9091160191506001016136c2565b506001999098509650505050505050565b5f60ff8216601f811115610b4a57604051632cd44ac360e21b815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561378b57505f91506003905082613810565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156137dc573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661380757505f925060019150829050613810565b92505f91508190505b9450945094915050565b5f60f882901c602f811180156138335750603a8160ff16105b1561384157602f1901610b4a565b60608160ff16118015613857575060678160ff16105b156138655760561901610b4a565b60408160ff1611801561387b575060478160ff16105b156138895760361901610b4a565b5060ff92915050565b5f602082840312156138a2575f5ffd5b81356001600160e01b03198116811461137c575f5ffd5b5f602082840312156138c9575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61137c60208301846138d0565b6001600160a01b0381168114610b61575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561396057613960613924565b604052919050565b5f6001600160401b0382111561398057613980613924565b50601f01601f191660200190565b5f6139a061399b84613968565b613938565b90508281528383830111156139b3575f5ffd5b828260208301375f602084830101529392505050565b5f82601f8301126139d8575f5ffd5b61137c8383356020850161398e565b5f5f5f5f608085870312156139fa575f5ffd5b8435613a0581613910565b93506020850135613a1581613910565b92506040850135915060608501356001600160401b03811115613a36575f5ffd5b613a42878288016139c9565b91505092959194509250565b5f6001600160401b03821115613a6657613a66613924565b5060051b60200190565b5f82601f830112613a7f575f5ffd5b8135613a8d61399b82613a4e565b8082825260208201915060208360051b860101925085831115613aae575f5ffd5b602085015b8381101561296d578035613ac681613910565b835260209283019201613ab3565b5f82601f830112613ae3575f5ffd5b8135613af161399b82613a4e565b8082825260208201915060208360051b860101925085831115613b12575f5ffd5b602085015b8381101561296d578035835260209283019201613b17565b5f82601f830112613b3e575f5ffd5b8135613b4c61399b82613a4e565b8082825260208201915060208360051b860101925085831115613b6d575f5ffd5b602085015b8381101561296d5780356001600160401b03811115613b8f575f5ffd5b613b9e886020838a01016139c9565b84525060209283019201613b72565b5f5f5f5f60808587031215613bc0575f5ffd5b84356001600160401b03811115613bd5575f5ffd5b613be187828801613a70565b94505060208501356001600160401b03811115613bfc575f5ffd5b613c0887828801613ad4565b93505060408501356001600160401b03811115613c23575f5ffd5b613c2f87828801613b2f565b949793965093946060013593505050565b65ffffffffffff81168114610b61575f5ffd5b5f60208284031215613c63575f5ffd5b813561137c81613c40565b634e487b7160e01b5f52602160045260245ffd5b60088110613c9e57634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610b4a8284613c82565b5f5f60408385031215613cc1575f5ffd5b823591506020830135613cd381613910565b809150509250929050565b803560ff81168114610fd3575f5ffd5b5f5f60408385031215613cff575f5ffd5b82359150613d0f60208401613cde565b90509250929050565b5f5f83601f840112613d28575f5ffd5b5081356001600160401b03811115613d3e575f5ffd5b602083019150836020828501011115613d55575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215613d72575f5ffd5b87359650613d8260208901613cde565b95506040880135613d9281613910565b945060608801356001600160401b03811115613dac575f5ffd5b613db88a828b01613d18565b90955093505060808801356001600160401b03811115613dd6575f5ffd5b613de28a828b016139c9565b92505060a08801356001600160401b03811115613dfd575f5ffd5b613e098a828b016139c9565b91505092959891949750929550565b5f5f5f5f5f60808688031215613e2c575f5ffd5b85359450613e3c60208701613cde565b935060408601356001600160401b03811115613e56575f5ffd5b613e6288828901613d18565b90945092505060608601356001600160401b03811115613e80575f5ffd5b613e8c888289016139c9565b9150509295509295909350565b5f5f5f5f60608587031215613eac575f5ffd5b84359350613ebc60208601613cde565b925060408501356001600160401b03811115613ed6575f5ffd5b613ee287828801613d18565b95989497509550505050565b5f5f5f5f60808587031215613f01575f5ffd5b84356001600160401b03811115613f16575f5ffd5b613f2287828801613a70565b94505060208501356001600160401b03811115613f3d575f5ffd5b613f4987828801613ad4565b93505060408501356001600160401b03811115613f64575f5ffd5b613f7087828801613b2f565b92505060608501356001600160401b03811115613f8b575f5ffd5b8501601f81018713613f9b575f5ffd5b613a428782356020840161398e565b5f60208284031215613fba575f5ffd5b813561137c81613910565b5f8151808452602084019350602083015f5b82811015613ff5578151865260209586019590910190600101613fd7565b5093949350505050565b60ff60f81b8816815260e060208201525f61401d60e08301896138d0565b828103604084015261402f81896138d0565b606084018890526001600160a01b038716608085015260a0840186905283810360c085015290506140608185613fc5565b9a9950505050505050505050565b5f5f5f5f60808587031215614081575f5ffd5b8435935061409160208601613cde565b925060408501356140a181613910565b915060608501356001600160401b03811115613a36575f5ffd5b5f5f5f606084860312156140cd575f5ffd5b83356140d881613910565b92506020840135915060408401356001600160401b038111156140f9575f5ffd5b614105868287016139c9565b9150509250925092565b5f5f5f5f5f60a08688031215614123575f5ffd5b853561412e81613910565b9450602086013561413e81613910565b935060408601356001600160401b03811115614158575f5ffd5b61416488828901613ad4565b93505060608601356001600160401b0381111561417f575f5ffd5b61418b88828901613ad4565b92505060808601356001600160401b03811115613e80575f5ffd5b5f5f5f5f606085870312156141b9575f5ffd5b84356141c481613910565b93506020850135925060408501356001600160401b03811115613ed6575f5ffd5b5f602082840312156141f5575f5ffd5b813563ffffffff8116811461137c575f5ffd5b5f5f60408385031215614219575f5ffd5b823561422481613910565b946020939093013593505050565b5f5f5f5f5f60a08688031215614246575f5ffd5b853561425181613910565b9450602086013561426181613910565b9350604086013592506060860135915060808601356001600160401b03811115613e80575f5ffd5b600181811c9082168061429d57607f821691505b6020821081036142bb57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156142e5575f5ffd5b81516001600160401b038111156142fa575f5ffd5b8201601f8101841361430a575f5ffd5b805161431861399b82613968565b81815285602083850101111561432c575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b634e487b7160e01b5f52601160045260245ffd5b65ffffffffffff8281168282160390811115610b4a57610b4a614349565b5f6020828403121561438b575f5ffd5b815161137c81613c40565b818382375f9101908152919050565b5f8151808452602084019350602083015f5b82811015613ff55781516001600160a01b03168652602095860195909101906001016143b7565b5f82825180855260208501945060208160051b830101602085015f5b83811015610d2d57601f198584030188526144168383516138d0565b60209889019890935091909101906001016143fa565b608081525f61443e60808301876143a5565b82810360208401526144508187613fc5565b9050828103604084015261446481866143de565b91505082606083015295945050505050565b5f60208284031215614486575f5ffd5b5051919050565b838152606081016144a16020830185613c82565b826040830152949350505050565b5f602082840312156144bf575f5ffd5b8151801515811461137c575f5ffd5b84815260ff84166020820152826040820152608060608201525f61118c60808301846138d0565b85815260ff8516602082015283604082015260a060608201525f61451c60a08301856138d0565b82810360808401526110d581856138d0565b80820180821115610b4a57610b4a614349565b8981526001600160a01b0389166020820152610120604082018190525f9061456b9083018a6143a5565b828103606084015261457d818a613fc5565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b838110156145d457601f198684030185526145be8383516138d0565b60209586019590935091909101906001016145a2565b505085810360a08701526145e8818b6143de565b93505050508560c08401528460e084015282810361010084015261460c81856138d0565b9c9b505050505050505050505050565b81810381811115610b4a57610b4a614349565b634e487b7160e01b5f52601260045260245ffd5b60a081525f61465560a08301886143a5565b82810360208401526146678188613fc5565b9050828103604084015261467b81876143de565b60608401959095525050608001529392505050565b60c081525f6146a260c08301896143a5565b82810360208401526146b48189613fc5565b905082810360408401526146c881886143de565b60608401969096525050608081019290925260a0909101529392505050565b8082028115828204841417610b4a57610b4a614349565b65ffffffffffff8181168382160190811115610b4a57610b4a614349565b805160208201516001600160e01b031981169190600482101561199a576001600160e01b031960049290920360031b82901b161692915050565b60ff8181168382160190811115610b4a57610b4a614349565b6001815b60018411156124545780850481111561478e5761478e614349565b600184161561479c57908102905b60019390931c928002614773565b5f826147b857506001610b4a565b816147c457505f610b4a565b81600181146147da57600281146147e457614800565b6001915050610b4a565b60ff8411156147f5576147f5614349565b50506001821b610b4a565b5060208310610133831016604e8410600b8410161715614823575081810a610b4a565b61482f5f19848461476f565b805f190482111561484257614842614349565b029392505050565b5f61137c60ff8416836147aa56
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R`\x046\x10a\x03\x10W_5`\xE0\x1C\x80c~\xCE\xBE\0\x11a\x01\xA3W\x80c\xBC\x19|\x81\x11a\0\xF2W\x80c\xE5@\xD0\x1D\x11a\0\x92W\x80c\xF2:na\x11a\0mW\x80c\xF2:na\x14a\n?W\x80c\xF8\xCEV\n\x14a\n^W\x80c\xFC\x0CTj\x14a\n}W\x80c\xFCG6\x16\x14a\n\xAFW__\xFD[\x80c\xE5@\xD0\x1D\x14a\t\xE2W\x80c\xEB\x90\x19\xD4\x14a\n\x01W\x80c\xEC\xE4\x0C\xC1\x14a\n W__\xFD[\x80c\xC5\x90W\xE4\x11a\0\xCDW\x80c\xC5\x90W\xE4\x14a\t.W\x80c\xD32\x19\xB4\x14a\tMW\x80c\xDDN+\xA5\x14a\tjW\x80c\xDE\xAA\xA7\xCC\x14a\t\xAFW__\xFD[\x80c\xBC\x19|\x81\x14a\x08\xDDW\x80c\xC0\x1F\x9E7\x14a\x08\xFCW\x80c\xC2\x8B\xC2\xFA\x14a\t\x1BW__\xFD[\x80c\xA6`\xAC\xA5\x11a\x01]W\x80c\xA8\xF8\xA6h\x11a\x018W\x80c\xA8\xF8\xA6h\x14a\x08UW\x80c\xA9\xA9R\x94\x14a\x08tW\x80c\xABX\xFB\x8E\x14a\x08\x93W\x80c\xB5\x811\xB0\x14a\x08\xC9W__\xFD[\x80c\xA6`\xAC\xA5\x14a\x08\x03W\x80c\xA7q:p\x14a\x08\"W\x80c\xA8\x90\xC9\x10\x14a\x086W__\xFD[\x80c~\xCE\xBE\0\x14a\x07CW\x80c\x84\xB0\x19n\x14a\x07wW\x80c\x8F\xF2b\xE3\x14a\x07\x9EW\x80c\x91\xDD\xAD\xF4\x14a\x07\xBDW\x80c\x97\xC3\xD34\x14a\x07\xD1W\x80c\x9A\x80*m\x14a\x07\xE4W__\xFD[\x80c>OI\xE6\x11a\x02_W\x80cVx\x13\x88\x11a\x02\x19W\x80c`\xC4$\x7F\x11a\x01\xF4W\x80c`\xC4$\x7F\x14a\x06\xC7W\x80cy\x05\x18\x87\x14a\x06\xE6W\x80c{<q\xD3\x14a\x07\x05W\x80c}^\x81\xE2\x14a\x07$W__\xFD[\x80cVx\x13\x88\x14a\x06jW\x80c[\x8D\x0E\r\x14a\x06\x89W\x80c_9\x8A\x14\x14a\x06\xA8W__\xFD[\x80c>OI\xE6\x14a\x05\\W\x80cC\x85\x962\x14a\x05\x88W\x80cE!\x15\xD6\x14a\x05\xD0W\x80cK\xF5\xD7\xE9\x14a\x05\xEFW\x80cTO\xFC\x9C\x14a\x06\x03W\x80cT\xFDMP\x14a\x06=W__\xFD[\x80c\x16\x0C\xBE\xD7\x11a\x02\xCAW\x80c/\xE3\xE2a\x11a\x02\xA5W\x80c/\xE3\xE2a\x14a\x04\xBFW\x80c2\xB8\x11>\x14a\x04\xF2W\x80c3\r\xF7\xFF\x14a\x05!W\x80c92\xAB\xB1\x14a\x05@W__\xFD[\x80c\x16\x0C\xBE\xD7\x14a\x04nW\x80c&V\"}\x14a\x04\x8DW\x80c-c\xF6\x93\x14a\x04\xA0W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x03KW\x80c\x02\xA2Q\xA3\x14a\x03\x7FW\x80c\x06\xF3\xF9\xE6\x14a\x03\xAAW\x80c\x06\xFD\xDE\x03\x14a\x03\xC9W\x80c\x144\x89\xD0\x14a\x03\xEAW\x80c\x15\x0Bz\x02\x14a\x046W__\xFD[6a\x03GW0a\x03\x1Ea\n\xCCV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x03EW`@Qct\x852\x8F`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\0[__\xFD[4\x80\x15a\x03VW__\xFD[Pa\x03ja\x03e6`\x04a8\x92V[a\n\xE4V[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x03\x8AW__\xFD[P`\x08T`\x01`0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16[`@Q\x90\x81R` \x01a\x03vV[4\x80\x15a\x03\xB5W__\xFD[Pa\x03Ea\x03\xC46`\x04a8\xB9V[a\x0BPV[4\x80\x15a\x03\xD4W__\xFD[Pa\x03\xDDa\x0BdV[`@Qa\x03v\x91\x90a8\xFEV[4\x80\x15a\x03\xF5W__\xFD[Pa\x04\x1Ea\x04\x046`\x04a8\xB9V[_\x90\x81R`\x04` R`@\x90 T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x03vV[4\x80\x15a\x04AW__\xFD[Pa\x04Ua\x04P6`\x04a9\xE7V[a\x0B\xF4V[`@Q`\x01`\x01`\xE0\x1B\x03\x19\x90\x91\x16\x81R` \x01a\x03vV[4\x80\x15a\x04yW__\xFD[Pa\x03\x9Ca\x04\x886`\x04a;\xADV[a\x0C6V[a\x03\x9Ca\x04\x9B6`\x04a;\xADV[a\r9V[4\x80\x15a\x04\xABW__\xFD[Pa\x03\x9Ca\x04\xBA6`\x04a8\xB9V[a\x0E\xA9V[4\x80\x15a\x04\xCAW__\xFD[Pa\x03\x9C\x7F>\x83\x94fSW_\x9A9\0^\x15E\x18V)\xE9'6\xB7R\x8A\xB2\x0C\xA3\x81o1T$\xA8\x11\x81V[4\x80\x15a\x04\xFDW__\xFD[P`\x0BTe\xFF\xFF\xFF\xFF\xFF\xFF\x16[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x03vV[4\x80\x15a\x05,W__\xFD[Pa\x03Ea\x05;6`\x04a<SV[a\x0E\xC9V[4\x80\x15a\x05KW__\xFD[P`\x08Te\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x03\x9CV[4\x80\x15a\x05gW__\xFD[Pa\x05{a\x05v6`\x04a8\xB9V[a\x0E\xDAV[`@Qa\x03v\x91\x90a<\xA2V[4\x80\x15a\x05\x93W__\xFD[Pa\x03ja\x05\xA26`\x04a<\xB0V[_\x82\x81R`\t` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R`\x03\x01\x90\x91R\x90 T`\xFF\x16\x92\x91PPV[4\x80\x15a\x05\xDBW__\xFD[Pa\x03\x9Ca\x05\xEA6`\x04a;\xADV[a\x0E\xE4V[4\x80\x15a\x05\xFAW__\xFD[Pa\x03\xDDa\x0FEV[4\x80\x15a\x06\x0EW__\xFD[Pa\x06\"a\x06\x1D6`\x04a8\xB9V[a\x0F\xD8V[`@\x80Q\x93\x84R` \x84\x01\x92\x90\x92R\x90\x82\x01R``\x01a\x03vV[4\x80\x15a\x06HW__\xFD[P`@\x80Q\x80\x82\x01\x90\x91R`\x05\x81Rd\x03\x12\xE3\x02\xE3`\xDC\x1B` \x82\x01Ra\x03\xDDV[4\x80\x15a\x06uW__\xFD[Pa\x03\x9Ca\x06\x846`\x04a<\xEEV[a\x0F\xFDV[4\x80\x15a\x06\x94W__\xFD[Pa\x03\x9Ca\x06\xA36`\x04a=\\V[a\x10$V[4\x80\x15a\x06\xB3W__\xFD[Pa\x03\x9Ca\x06\xC26`\x04a>\x18V[a\x10\xE1V[4\x80\x15a\x06\xD2W__\xFD[Pa\x03\x9Ca\x06\xE16`\x04a8\xB9V[a\x11)V[4\x80\x15a\x06\xF1W__\xFD[Pa\x03Ea\x07\x006`\x04a<SV[a\x115V[4\x80\x15a\x07\x10W__\xFD[Pa\x03\x9Ca\x07\x1F6`\x04a>\x99V[a\x11FV[4\x80\x15a\x07/W__\xFD[Pa\x03\x9Ca\x07>6`\x04a>\xEEV[a\x11\x96V[4\x80\x15a\x07NW__\xFD[Pa\x03\x9Ca\x07]6`\x04a?\xAAV[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x02` R`@\x90 T\x90V[4\x80\x15a\x07\x82W__\xFD[Pa\x07\x8Ba\x12LV[`@Qa\x03v\x97\x96\x95\x94\x93\x92\x91\x90a?\xFFV[4\x80\x15a\x07\xA9W__\xFD[Pa\x03\x9Ca\x07\xB86`\x04a@nV[a\x12\x8EV[4\x80\x15a\x07\xC8W__\xFD[Pa\x05\na\x12\xE6V[4\x80\x15a\x07\xDCW__\xFD[P`da\x03\x9CV[4\x80\x15a\x07\xEFW__\xFD[Pa\x03\x9Ca\x07\xFE6`\x04a@\xBBV[a\x13mV[4\x80\x15a\x08\x0EW__\xFD[Pa\x03Ea\x08\x1D6`\x04a?\xAAV[a\x13\x83V[4\x80\x15a\x08-W__\xFD[Pa\x03\x9Ca\x13\x94V[4\x80\x15a\x08AW__\xFD[Pa\x03Ea\x08P6`\x04a?\xAAV[a\x13\xADV[4\x80\x15a\x08`W__\xFD[Pa\x03\x9Ca\x08o6`\x04a;\xADV[a\x13\xBEV[4\x80\x15a\x08\x7FW__\xFD[Pa\x03ja\x08\x8E6`\x04a8\xB9V[a\x13\xCBV[4\x80\x15a\x08\x9EW__\xFD[Pa\x03\x9Ca\x08\xAD6`\x04a8\xB9V[_\x90\x81R`\x04` R`@\x90 `\x01\x01Te\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[4\x80\x15a\x08\xD4W__\xFD[Pa\x03\x9Ca\x13\xD3V[4\x80\x15a\x08\xE8W__\xFD[Pa\x04Ua\x08\xF76`\x04aA\x0FV[a\x13\xDDV[4\x80\x15a\t\x07W__\xFD[Pa\x03\x9Ca\t\x166`\x04a8\xB9V[a\x14 V[a\x03Ea\t)6`\x04aA\xA6V[a\x14*V[4\x80\x15a\t9W__\xFD[Pa\x03\x9Ca\tH6`\x04a;\xADV[a\x14\xA6V[4\x80\x15a\tXW__\xFD[P`\x0ET`\x01`\x01`\xA0\x1B\x03\x16a\x04\x1EV[4\x80\x15a\tuW__\xFD[P`@\x80Q\x80\x82\x01\x90\x91R` \x80\x82R\x7Fsupport=bravo&quorum=for,abstain\x90\x82\x01Ra\x03\xDDV[4\x80\x15a\t\xBAW__\xFD[Pa\x03\x9C\x7F\xF2\xAA\xD5P\xCFU\xF0E\xCB'\xE9\xC5Y\xF9\x88\x9F\xDF\xB6\xE6\xCD\xAA\x03#\x01\xD6\xEA9w\x84\xAEQ\xD7\x81V[4\x80\x15a\t\xEDW__\xFD[Pa\x03Ea\t\xFC6`\x04aA\xE5V[a\x14\xDFV[4\x80\x15a\n\x0CW__\xFD[Pa\x03\x9Ca\n\x1B6`\x04aB\x08V[a\x14\xF0V[4\x80\x15a\n+W__\xFD[Pa\x03Ea\n:6`\x04a8\xB9V[a\x15\x0FV[4\x80\x15a\nJW__\xFD[Pa\x04Ua\nY6`\x04aB2V[a\x15 V[4\x80\x15a\niW__\xFD[Pa\x03\x9Ca\nx6`\x04a8\xB9V[a\x15cV[4\x80\x15a\n\x88W__\xFD[P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x04\x1EV[4\x80\x15a\n\xBAW__\xFD[P`\rT`\x01`\x01`\xA0\x1B\x03\x16a\x04\x1EV[_a\n\xDF`\x0ET`\x01`\x01`\xA0\x1B\x03\x16\x90V[\x90P\x90V[_`\x01`\x01`\xE0\x1B\x03\x19\x82\x16cf\xDE\xFEw`\xE1\x1B\x14\x80a\x0B\x14WP`\x01`\x01`\xE0\x1B\x03\x19\x82\x16c2\xA2\xADC`\xE1\x1B\x14[\x80a\x0B/WP`\x01`\x01`\xE0\x1B\x03\x19\x82\x16c\x02q\x18\x97`\xE5\x1B\x14[\x80a\x0BJWPc\x01\xFF\xC9\xA7`\xE0\x1B`\x01`\x01`\xE0\x1B\x03\x19\x83\x16\x14[\x92\x91PPV[a\x0BXa\x16\0V[a\x0Ba\x81a\x16yV[PV[```\x03\x80Ta\x0Bs\x90aB\x89V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x0B\x9F\x90aB\x89V[\x80\x15a\x0B\xEAW\x80`\x1F\x10a\x0B\xC1Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x0B\xEAV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x0B\xCDW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x90P\x90V[_0a\x0B\xFEa\n\xCCV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0C%W`@Qct\x852\x8F`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[Pc\n\x85\xBD\x01`\xE1\x1B\x94\x93PPPPV[__a\x0CD\x86\x86\x86\x86a\x13\xBEV[\x90P_a\x0CP\x82a\x13\xCBV[\x90Pa\x0Ce\x82a\x0C``\x04a\x17\x0EV[a\x170V[P\x80a\x0C\x8CW`@Qc\xD88\xBC\xB7`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`$\x01[`@Q\x80\x91\x03\x90\xFD[_a\x0C\x9A\x83\x89\x89\x89\x89a\x17mV[\x90Pe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15a\r\x11W_\x83\x81R`\x04` \x90\x81R`@\x91\x82\x90 `\x01\x01\x80Te\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x90\x81\x17\x90\x91U\x82Q\x86\x81R\x91\x82\x01R\x7F\x9A.B\xFDg\"\x81=i\x11>}\0y\xD3\xD9@\x17\x14(\xDFss\xDF\x9C\x7Fv\x17\xCF\xDA(\x92\x91\x01`@Q\x80\x91\x03\x90\xA1a\r-V[`@Qc\xAB-\x03\x11`\xE0\x1B\x81R`\x04\x81\x01\x84\x90R`$\x01a\x0C\x83V[P\x90\x96\x95PPPPPPV[__a\rG\x86\x86\x86\x86a\x13\xBEV[\x90P_a\rS\x82a\x13\xCBV[\x90Pa\ro\x82a\x0C`\x83a\rhW`\x04a\x17\x0EV[`\x05a\x17\x0EV[P_\x82\x81R`\x04` R`@\x90 \x80T`\xFF`\xF0\x1B\x19\x16`\x01`\xF0\x1B\x17\x90U0a\r\x97a\n\xCCV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0E W_[\x87Q\x81\x10\x15a\x0E\x1EW0`\x01`\x01`\xA0\x1B\x03\x16\x88\x82\x81Q\x81\x10a\r\xCCWa\r\xCCaB\xC1V[` \x02` \x01\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x03a\x0E\x16Wa\x0E\x16\x86\x82\x81Q\x81\x10a\r\xF7Wa\r\xF7aB\xC1V[` \x02` \x01\x01Q\x80Q\x90` \x01 `\x05a\x17{\x90\x91\x90c\xFF\xFF\xFF\xFF\x16V[`\x01\x01a\r\xA7V[P[a\x0E-\x82\x88\x88\x88\x88a\x17\x9CV[0a\x0E6a\n\xCCV[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\x0EbWP`\x05T`\x01`\x01`\x80\x1B\x03\x80\x82\x16`\x01`\x80\x1B\x90\x92\x04\x16\x14\x15[\x15a\x0ElW_`\x05U[`@Q\x82\x81R\x7Fq*\xE18?y\xAC\x85?\x8D\x88!Sw\x8E\x02`\xEF\x8F\x03\xB5\x04\xE2\x86n\x05\x93\xE0M+)\x1F\x90` \x01`@Q\x80\x91\x03\x90\xA1P\x95\x94PPPPPV[_\x90\x81R`\x04` R`@\x90 T`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a\x0E\xD1a\x16\0V[a\x0Ba\x81a\x17\xB0V[_a\x0BJ\x82a\x18aV[__a\x0E\xF2\x86\x86\x86\x86a\x13\xBEV[\x90P3a\x0E\xFF\x82\x82a\x19\xA1V[a\x0F.W`@Qc\x8F\xE5\xD8\xA9`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x82\x16`$\x82\x01R`D\x01a\x0C\x83V[a\x0F:\x87\x87\x87\x87a\x19\xACV[\x97\x96PPPPPPPV[``\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cK\xF5\xD7\xE9`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01_`@Q\x80\x83\x03\x81\x86Z\xFA\x92PPP\x80\x15a\x0F\xC4WP`@Q=_\x82>`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01`@Ra\x0F\xC1\x91\x90\x81\x01\x90aB\xD5V[`\x01[a\x0F\xD3Wa\n\xDFa\x12\xE6a\x1A-V[\x91\x90PV[_\x81\x81R`\t` R`@\x90 \x80T`\x01\x82\x01T`\x02\x90\x92\x01T\x90\x91\x90[\x91\x93\x90\x92PV[_\x803\x90Pa\x10\x1C\x84\x82\x85`@Q\x80` \x01`@R\x80_\x81RPa\x1ACV[\x94\x93PPPPV[_a\x10j\x88\x88\x88\x88\x88\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RP\x8A\x92P\x89\x91Pa\x1Ad\x90PV[a\x10\x92W`@Qc\x94\xABl\x07`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x04\x82\x01R`$\x01a\x0C\x83V[a\x10\xD5\x88\x87\x89\x88\x88\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RP\x8A\x92Pa\x1B1\x91PPV[\x98\x97PPPPPPPPV[_\x803\x90Pa\x0F:\x87\x82\x88\x88\x88\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RP\x8A\x92Pa\x1B1\x91PPV[_a\x0BJ`\n\x83a\x1C\x0EV[a\x11=a\x16\0V[a\x0Ba\x81a\x1C[V[_\x803\x90Pa\x11\x8C\x86\x82\x87\x87\x87\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x1AC\x92PPPV[\x96\x95PPPPPPV[_3a\x11\xA2\x81\x84a\x1C\xC1V[a\x11\xCAW`@Qc\xD9\xB3\x95W`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x0C\x83V[_a\x11\xD3a\x13\xD3V[\x90P\x80\x15a\x12?W_a\x12\x01\x83`\x01a\x11\xEAa\x12\xE6V[a\x11\xF4\x91\x90aC]V[e\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x14\xF0V[\x90P\x81\x81\x10\x15a\x12=W`@Qca!w\x0B`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x81\x01\x83\x90R`d\x01a\x0C\x83V[P[a\x0F:\x87\x87\x87\x87\x86a\x1DEV[_``\x80___``a\x12]a\x1FhV[a\x12ea\x1F\x93V[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R`\x0F`\xF8\x1B\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[_a\x12\x9B\x85\x85\x85\x85a\x1F\xBEV[a\x12\xC3W`@Qc\x94\xABl\x07`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x0C\x83V[a\x12\xDD\x85\x84\x86`@Q\x80` \x01`@R\x80_\x81RPa\x1ACV[\x95\x94PPPPPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x91\xDD\xAD\xF4`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x92PPP\x80\x15a\x13aWP`@\x80Q`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01\x90\x92Ra\x13^\x91\x81\x01\x90aC{V[`\x01[a\x0F\xD3Wa\n\xDFa GV[_a\x13y\x84\x84\x84a QV[\x90P[\x93\x92PPPV[a\x13\x8Ba\x16\0V[a\x0Ba\x81a \xE4V[_a\x13\x9F`\na!MV[`\x01`\x01`\xD0\x1B\x03\x16\x90P\x90V[a\x13\xB5a\x16\0V[a\x0Ba\x81a!\x91V[_a\x12\xDD\x85\x85\x85\x85a\x14\xA6V[_`\x01a\x0BJV[_a\n\xDF`\x07T\x90V[_0a\x13\xE7a\n\xCCV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x14\x0EW`@Qct\x852\x8F`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[Pc\xBC\x19|\x81`\xE0\x1B\x95\x94PPPPPV[_a\x0BJ\x82a!\xFAV[a\x142a\x16\0V[__\x85`\x01`\x01`\xA0\x1B\x03\x16\x85\x85\x85`@Qa\x14O\x92\x91\x90aC\x96V[_`@Q\x80\x83\x03\x81\x85\x87Z\xF1\x92PPP=\x80_\x81\x14a\x14\x89W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\x14\x8EV[``\x91P[P\x91P\x91Pa\x14\x9D\x82\x82a\"\"V[PPPPPPPV[_\x84\x84\x84\x84`@Q` \x01a\x14\xBE\x94\x93\x92\x91\x90aD,V[`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x91\x90R\x80Q` \x90\x91\x01 \x95\x94PPPPPV[a\x14\xE7a\x16\0V[a\x0Ba\x81a\"_V[_a\x13|\x83\x83a\x15\n`@\x80Q` \x81\x01\x90\x91R_\x81R\x90V[a QV[a\x15\x17a\x16\0V[a\x0Ba\x81a\"\xFBV[_0a\x15*a\n\xCCV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x15QW`@Qct\x852\x8F`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[Pc\xF2:na`\xE0\x1B\x95\x94PPPPPV[`@Qc#\x94\xE7\xA3`\xE2\x1B\x81R`\x04\x81\x01\x82\x90R_\x90a\x0BJ\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\x8ES\x9E\x8C\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x15\xCCW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x15\xF0\x91\x90aDvV[a\x15\xF9\x84a\x11)V[`da#<V[3a\x16\ta\n\xCCV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x162W`@QcG\tnG`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x0C\x83V[0a\x16;a\n\xCCV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x16wW_\x806`@Qa\x16Z\x92\x91\x90aC\x96V[`@Q\x80\x91\x03\x90 \x90P[\x80a\x16p`\x05a#\xECV[\x03a\x16eWP[V[`d\x80\x82\x11\x15a\x16\xA6W`@Qc$>TE`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`$\x81\x01\x82\x90R`D\x01a\x0C\x83V[_a\x16\xAFa\x13\x94V[\x90Pa\x16\xCEa\x16\xBCa\x12\xE6V[a\x16\xC5\x85a$\x0BV[`\n\x91\x90a$BV[PP`@\x80Q\x82\x81R` \x81\x01\x85\x90R\x7F\x05SGk\xF0.\xF2rn\x8C\xE5\xCE\xD7\x8Dc\xE2n`.J\"W\xB1\xF5YA\x8E$\xB4c9\x97\x91\x01`@Q\x80\x91\x03\x90\xA1PPPV[_\x81`\x07\x81\x11\x15a\x17!Wa\x17!a<nV[`\x01`\xFF\x91\x90\x91\x16\x1B\x92\x91PPV[__a\x17;\x84a\x0E\xDAV[\x90P_\x83a\x17H\x83a\x17\x0EV[\x16\x03a\x13|W\x83\x81\x84`@Qc1\xB7^M`\xE0\x1B\x81R`\x04\x01a\x0C\x83\x93\x92\x91\x90aD\x8DV[_a\x11\x8C\x86\x86\x86\x86\x86a$\\V[_a\x17\x86\x83\x83a%\xEDV[\x90P\x80a\x17\x97Wa\x17\x97`Aa&RV[PPPV[a\x17\xA9\x85\x85\x85\x85\x85a&cV[PPPPPV[`\x08T`\x01`0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x81\x10\x15a\x17\xFAW`@Qc2\x11\x87m`\xE1\x1B\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x0C\x83V[`\x0BT`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16\x81R\x91\x84\x16` \x83\x01R\x7F|\xA4\xAC\x11~\xD3\xCD\xCEu\xC1\x16\x1D\x82\x07\xC4@8\x9B\x1A\x15\xD6\x9D\th1fFW\xC0}\xAF\xC2\x91\x01`@Q\x80\x91\x03\x90\xA1P`\x0B\x80Te\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[__a\x18l\x83a&\xF3V[\x90P`\x05\x81`\x07\x81\x11\x15a\x18\x82Wa\x18\x82a<nV[\x14a\x18\x8DW\x92\x91PPV[_\x83\x81R`\x0F` R`@\x90\x81\x90 T`\x0ET\x91Qc,%\x8A\x9F`\xE1\x1B\x81R`\x04\x81\x01\x82\x90R\x90\x91`\x01`\x01`\xA0\x1B\x03\x16\x90cXK\x15>\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x18\xE3W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x19\x07\x91\x90aD\xAFV[\x15a\x19\x16WP`\x05\x93\x92PPPV[`\x0ET`@Qc*\xB0\xF5)`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90c*\xB0\xF5)\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x19]W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x19\x81\x91\x90aD\xAFV[\x15a\x19\x90WP`\x07\x93\x92PPPV[P`\x02\x93\x92PPPV[PP\x91\x90PV[_a\x13|\x83\x83a($V[`\rT_\x903\x90`\x01`\x01`\xA0\x1B\x03\x16\x81\x14\x80\x15a\x19\xCEWPa\x19\xCE\x84a(\x94V[\x15a\x1A!W_a\x19\xE0\x87\x87\x87\x87a\x13\xBEV[_\x81\x81R`\x04` R`@\x90 T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x83\x81\x16\x91\x16\x14a\x1A\x1FW`@Qc\x15:\xDB\xA7`\xE1\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\x0C\x83V[P[a\x11\x8C\x86\x86\x86\x86a(\xE0V[``a\x0BJa\x1A>\x83c\xFF\xFF\xFF\xFF\x16V[a)wV[_a\x12\xDD\x85\x85\x85\x85a\x1A_`@\x80Q` \x81\x01\x90\x91R_\x81R\x90V[a\x1B1V[_a\x0F:\x85a\x1B+\x7F>\x83\x94fSW_\x9A9\0^\x15E\x18V)\xE9'6\xB7R\x8A\xB2\x0C\xA3\x81o1T$\xA8\x11\x8A\x8A\x8Aa\x1A\xB6\x8C`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x02` R`@\x90 \x80T`\x01\x81\x01\x90\x91U\x90V[\x8BQ` \x80\x8E\x01\x91\x90\x91 \x8CQ\x8D\x83\x01 `@Qa\x1B\x10\x98\x97\x96\x95\x94\x93\x01\x96\x87R` \x87\x01\x95\x90\x95R`\xFF\x93\x90\x93\x16`@\x86\x01R`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16``\x85\x01R`\x80\x84\x01R`\xA0\x83\x01R`\xC0\x82\x01R`\xE0\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 a)\xE9V[\x84a*\x15V[_a\x1B@\x86a\x0C``\x01a\x17\x0EV[P_a\x1BU\x86a\x1BO\x89a\x0E\xA9V[\x85a QV[\x90P_a\x1Be\x88\x88\x88\x85\x88a*\x85V[\x90P\x83Q_\x03a\x1B\xBBW\x86`\x01`\x01`\xA0\x1B\x03\x16\x7F\xB8\xE18\x88}\n\xA1;\xABD~\x82\xDE\x9D\\\x17w\x04\x1E\xCD!\xCA6\xBA\x82O\xF1\xE6\xC0}\xDD\xA4\x89\x88\x84\x89`@Qa\x1B\xAE\x94\x93\x92\x91\x90aD\xCEV[`@Q\x80\x91\x03\x90\xA2a\x1C\x05V[\x86`\x01`\x01`\xA0\x1B\x03\x16\x7F\xE2\xBA\xBF\xBA\xC5\x88\x9Ap\x9Bc\xBB\x7FY\x8B2N\x08\xBCZO\xB9\xECd\x7F\xB3\xCB\xC9\xEC\x07\xEB\x87\x12\x89\x88\x84\x89\x89`@Qa\x1B\xFC\x95\x94\x93\x92\x91\x90aD\xF5V[`@Q\x80\x91\x03\x90\xA2[a\x0F:\x88a+\x81V[___a\x1C\x1A\x85a+\x8AV[\x92P\x92PP\x83\x82e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\x1CGWa\x1CBa\x1C;\x85a+\xE2V[\x86\x90a,\x14V[a\x1CIV[\x80[`\x01`\x01`\xD0\x1B\x03\x16\x95\x94PPPPPV[`\x08T`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16\x81R\x91\x83\x16` \x83\x01R\x7F\xC5e\xB0E@=\xC0<.\xEA\x82\xB8\x1A\x04e\xED\xAD\x9E.\x7F\xC4\xD9~\x11B\x1C \x9D\xA9=z\x93\x91\x01`@Q\x80\x91\x03\x90\xA1`\x08\x80Te\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[\x80Q_\x90`4\x81\x10\x15a\x1C\xD8W`\x01\x91PPa\x0BJV[`\x13\x19\x81\x84\x01\x01Q`\x01`\x01`\xB0\x1B\x03\x19\x81\x16i#proposer=`\xB0\x1B\x14a\x1D\tW`\x01\x92PPPa\x0BJV[__a\x1D\x19\x86`*\x86\x03\x86a,\xB6V[\x91P\x91P\x81\x15\x80a\x0F:WP\x86`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14\x97\x96PPPPPPPV[_a\x1DY\x86\x86\x86\x86\x80Q\x90` \x01 a\x13\xBEV[\x90P\x84Q\x86Q\x14\x15\x80a\x1DnWP\x83Q\x86Q\x14\x15[\x80a\x1DxWP\x85Q\x15[\x15a\x1D\xADW\x85Q\x84Q\x86Q`@Qc\x04G\xB0]`\xE4\x1B\x81R`\x04\x81\x01\x93\x90\x93R`$\x83\x01\x91\x90\x91R`D\x82\x01R`d\x01a\x0C\x83V[_\x81\x81R`\x04` R`@\x90 T`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a\x1D\xF6W\x80a\x1D\xD9\x82a\x0E\xDAV[`@Qc1\xB7^M`\xE0\x1B\x81Ra\x0C\x83\x92\x91\x90_\x90`\x04\x01aD\x8DV[_a\x1E\x08`\x08Te\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a\x1E\x10a\x12\xE6V[e\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x1E\"\x91\x90aE.V[\x90P_a\x1E<`\x08Tc\xFF\xFF\xFF\xFF`\x01`0\x1B\x90\x91\x04\x16\x90V[_\x84\x81R`\x04` R`@\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x87\x16\x17\x81U\x90\x91Pa\x1En\x83a+\xE2V[\x81Te\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x01`\xA0\x1B\x02e\xFF\xFF\xFF\xFF\xFF\xFF`\xA0\x1B\x19\x90\x91\x16\x17\x81Ua\x1E\x9B\x82a-_V[\x81Tc\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x01`\xD0\x1B\x02c\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x90\x91\x16\x17\x81U\x88Q\x7F}\x84\xA6&:\xE0\xD9\x8D3)\xBD{F\xBBN\x8Do\x98\xCD5\xA7\xAD\xB4\\'L\x8B\x7F\xD5\xEB\xD5\xE0\x90\x85\x90\x87\x90\x8C\x90\x8C\x90`\x01`\x01`@\x1B\x03\x81\x11\x15a\x1E\xFEWa\x1E\xFEa9$V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x1F1W\x81` \x01[``\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x1F\x1CW\x90P[P\x8C\x89a\x1F>\x8A\x82aE.V[\x8E`@Qa\x1FT\x99\x98\x97\x96\x95\x94\x93\x92\x91\x90aEAV[`@Q\x80\x91\x03\x90\xA1PPP\x95\x94PPPPPV[``a\n\xDF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a-\x8FV[``a\n\xDF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a-\x8FV[_a\x12\xDD\x83a\x1B+\x7F\xF2\xAA\xD5P\xCFU\xF0E\xCB'\xE9\xC5Y\xF9\x88\x9F\xDF\xB6\xE6\xCD\xAA\x03#\x01\xD6\xEA9w\x84\xAEQ\xD7\x88\x88\x88a \x10\x8A`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x02` R`@\x90 \x80T`\x01\x81\x01\x90\x91U\x90V[`@\x80Q` \x81\x01\x96\x90\x96R\x85\x01\x93\x90\x93R`\xFF\x90\x91\x16``\x84\x01R`\x01`\x01`\xA0\x1B\x03\x16`\x80\x83\x01R`\xA0\x82\x01R`\xC0\x01a\x1B\x10V[_a\n\xDFCa+\xE2V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`@Qc\x07H\xD65`\xE3\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x86\x81\x16`\x04\x83\x01R`$\x82\x01\x86\x90R\x91\x90\x91\x16\x90c:F\xB1\xA8\x90`D\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a \xC0W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x13y\x91\x90aDvV[`\rT`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01R\x7F\xEA\xBE}m\x97 \xBD?\xDE)\xF0\xFB\xD6\xAF\x94\xDE\xBE\xEAt\xC6\xD5P\x8C1\xEEk\x07c\x1E\x06\xE6\x9B\x91\x01`@Q\x80\x91\x03\x90\xA1`\r\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[\x80T_\x90\x80\x15a!\x89Wa!s\x83a!f`\x01\x84aF\x1CV[_\x91\x82R` \x90\x91 \x01\x90V[T`\x01`0\x1B\x90\x04`\x01`\x01`\xD0\x1B\x03\x16a\x13|V[_\x93\x92PPPV[`\x0ET`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01R\x7F\x08\xF7N\xA4n\xF7\x89Oe\xEA\xBF\xB5\xE6\xE6\x95\xDEw:\0\x0BG\xC5)\xABU\x91x\x06\x9B\"d\x01\x91\x01`@Q\x80\x91\x03\x90\xA1`\x0E\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[_a\x0BJa\"\x07\x83a-\xCCV[_\x84\x81R`\x0C` R`@\x90 Te\xFF\xFF\xFF\xFF\xFF\xFF\x16a.\x0EV[``\x82\x15a\"1WP\x80a\x0BJV[\x81Q\x15a\"FWa\"A\x82a.\x1DV[a\x0BJV[`@Qc\xD6\xBD\xA2u`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80c\xFF\xFF\xFF\xFF\x16_\x03a\"\x87W`@Qc\xF1\xCF\xBF\x05`\xE0\x1B\x81R_`\x04\x82\x01R`$\x01a\x0C\x83V[`\x08T`@\x80Qc\xFF\xFF\xFF\xFF`\x01`0\x1B\x90\x93\x04\x83\x16\x81R\x91\x83\x16` \x83\x01R\x7F~?\x7F\x07\x08\xA8M\xE9 06\xAB\xAAE\r\xCC\xC8Z\xD5\xFFR\xF7\x8C\x17\x0F>\xDBU\xCF^\x88(\x91\x01`@Q\x80\x91\x03\x90\xA1`\x08\x80Tc\xFF\xFF\xFF\xFF\x90\x92\x16`\x01`0\x1B\x02i\xFF\xFF\xFF\xFF\0\0\0\0\0\0\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[`\x07T`@\x80Q\x91\x82R` \x82\x01\x83\x90R\x7F\xCC\xB4]\xA8\xD5q~lEDiB\x97\xC4\xBA\\\xF1Q\xD4U\xC9\xBB\x0E\xD4\xFCz8A\x1B\xC0Ta\x91\x01`@Q\x80\x91\x03\x90\xA1`\x07UV[___a#I\x86\x86a.%V[\x91P\x91P\x81_\x03a#mW\x83\x81\x81a#cWa#caF/V[\x04\x92PPPa\x13|V[\x81\x84\x11a#\x84Wa#\x84`\x03\x85\x15\x02`\x11\x18a&RV[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[___a#\xF8\x84a.AV[\x91P\x91P\x81a\x13|Wa\x13|`1a&RV[_`\x01`\x01`\xD0\x1B\x03\x82\x11\x15a$>W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\xD0`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x0C\x83V[P\x90V[_\x80a$O\x85\x85\x85a.\xB5V[\x91P\x91P[\x93P\x93\x91PPV[__`\x0E_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16c\xF2z\x0C\x92`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a$\xAEW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a$\xD2\x91\x90aDvV[\x90P_0``\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x84\x18`\x0ET`@Qc\xB1\xC5\xF4'`\xE0\x1B\x81R\x91\x92P`\x01`\x01`\xA0\x1B\x03\x16\x90c\xB1\xC5\xF4'\x90a%#\x90\x8A\x90\x8A\x90\x8A\x90_\x90\x88\x90`\x04\x01aFCV[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a%>W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a%b\x91\x90aDvV[_\x89\x81R`\x0F` R`@\x80\x82 \x92\x90\x92U`\x0ET\x91Qc\x08\xF2\xA0\xBB`\xE4\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x90\x92\x16\x91c\x8F*\x0B\xB0\x91a%\xAC\x91\x8B\x91\x8B\x91\x8B\x91\x90\x88\x90\x8A\x90`\x04\x01aF\x90V[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a%\xC3W__\xFD[PZ\xF1\x15\x80\x15a%\xD5W=__>=_\xFD[PPPPa\x10\xD5\x82Ba%\xE8\x91\x90aE.V[a+\xE2V[\x81T_\x90`\x01`\x01`\x80\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16\x91\x81\x16`\x01\x83\x01\x90\x91\x16\x03a&\x1AW_\x91PPa\x0BJV[`\x01`\x01`\x80\x1B\x03\x81\x81\x16_\x90\x81R`\x01\x86\x81\x01` R`@\x90\x91 \x94\x90\x94U\x84T\x91\x84\x01\x81\x16`\x01`\x80\x1B\x02\x91\x16\x17\x90\x92U\x91\x90PV[cNH{q_R\x80` R`$`\x1C\xFD[`\x0ET`\x01`\x01`\xA0\x1B\x03\x16c\xE3\x835\xE54\x86\x86\x86_0``\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x88\x18`@Q\x87c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a&\xAE\x95\x94\x93\x92\x91\x90aFCV[_`@Q\x80\x83\x03\x81\x85\x88\x80;\x15\x80\x15a&\xC5W__\xFD[PZ\xF1\x15\x80\x15a&\xD7W=__>=_\xFD[PPP_\x96\x87RPP`\x0F` RPP`@\x83 \x92\x90\x92UPPV[_\x81\x81R`\x04` R`@\x81 \x80T`\xFF`\x01`\xF0\x1B\x82\x04\x81\x16\x91`\x01`\xF8\x1B\x90\x04\x16\x81\x15a''WP`\x07\x94\x93PPPPV[\x80\x15a'8WP`\x02\x94\x93PPPPV[_a'B\x86a\x0E\xA9V[\x90P\x80_\x03a'gW`@Qcj\xD0`u`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x01a\x0C\x83V[_a'pa\x12\xE6V[e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P\x80\x82\x10a'\x8DWP_\x96\x95PPPPPPV[_a'\x97\x88a\x14 V[\x90P\x81\x81\x10a'\xAEWP`\x01\x97\x96PPPPPPPV[a'\xB7\x88a0\x05V[\x15\x80a'\xD6WP_\x88\x81R`\t` R`@\x90 \x80T`\x01\x90\x91\x01T\x11\x15[\x15a'\xE9WP`\x03\x97\x96PPPPPPPV[_\x88\x81R`\x04` R`@\x90 `\x01\x01Te\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x03a(\x16WP`\x04\x97\x96PPPPPPPV[P`\x05\x97\x96PPPPPPPV[__a(8`\rT`\x01`\x01`\xA0\x1B\x03\x16\x90V[\x90P\x82`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14\x80a(\x84WP`\x01`\x01`\xA0\x1B\x03\x81\x16\x15\x80\x15a(\x84WP_\x84\x81R`\x04` R`@\x90 T`\x01`\x01`\xA0\x1B\x03\x84\x81\x16\x91\x16\x14[\x80a\x10\x1CWPa\x10\x1C\x84\x84a0;V[__[\x82Q\x81\x10\x15a(\xD8Wa(\xC2\x83\x82\x81Q\x81\x10a(\xB5Wa(\xB5aB\xC1V[` \x02` \x01\x01Qa0\x80V[\x15a(\xD0WP`\x01\x92\x91PPV[`\x01\x01a(\x97V[P_\x92\x91PPV[__a(\xEE\x86\x86\x86\x86a1QV[_\x81\x81R`\x0F` R`@\x90 T\x90\x91P\x80\x15a)mW`\x0ET`@Qc\xC4\xD2R\xF5`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90c\xC4\xD2R\xF5\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a)HW__\xFD[PZ\xF1\x15\x80\x15a)ZW=__>=_\xFD[PPP_\x83\x81R`\x0F` R`@\x81 UP[P\x95\x94PPPPPV[``a)\x81a GV[e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a)\xB0W`@Qc\x01\xBF\xC1\xC5`\xE6\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PP`@\x80Q\x80\x82\x01\x90\x91R`\x1D\x81R\x7Fmode=blocknumber&from=default\0\0\0` \x82\x01R\x90V[_a\x0BJa)\xF5a2\x11V[\x83`@Qa\x19\x01`\xF0\x1B\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[_\x83`\x01`\x01`\xA0\x1B\x03\x16;_\x03a*sW__a*3\x85\x85a3:V[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a*LWa*La<nV[\x14\x80\x15a*jWP\x85`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14[\x92PPPa\x13|V[a*~\x84\x84\x84a3\x83V[\x90Pa\x13|V[_\x85\x81R`\t` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x88\x16\x84R`\x03\x81\x01\x90\x92R\x82 T`\xFF\x16\x15a*\xD7W`@Qcq\xC6\xAFI`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x04\x82\x01R`$\x01a\x0C\x83V[`\x01`\x01`\xA0\x1B\x03\x86\x16_\x90\x81R`\x03\x82\x01` R`@\x90 \x80T`\xFF\x19\x16`\x01\x17\x90U`\xFF\x85\x16a+ W\x83\x81_\x01_\x82\x82Ta+\x15\x91\x90aE.V[\x90\x91UPa+v\x90PV[_\x19`\xFF\x86\x16\x01a+>W\x83\x81`\x01\x01_\x82\x82Ta+\x15\x91\x90aE.V[`\x01\x19`\xFF\x86\x16\x01a+]W\x83\x81`\x02\x01_\x82\x82Ta+\x15\x91\x90aE.V[`@Qc\x03Y\x9B\xE1`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[P\x91\x95\x94PPPPPV[a\x0Ba\x81a3\xE8V[\x80T_\x90\x81\x90\x81\x90\x80\x82\x03a+\xA8W___\x93P\x93P\x93PPa\x0F\xF6V[_a+\xB8\x86a!f`\x01\x85aF\x1CV[T`\x01\x95Pe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x94P`\x01`0\x1B\x90\x04`\x01`\x01`\xD0\x1B\x03\x16\x92Pa\x0F\xF6\x91PPV[_e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a$>W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`0`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x0C\x83V[\x81T_\x90\x81\x81`\x05\x81\x11\x15a,pW_a,-\x84a4\xBCV[a,7\x90\x85aF\x1CV[_\x88\x81R` \x90 \x90\x91P\x81\x01Te\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x87\x16\x10\x15a,`W\x80\x91Pa,nV[a,k\x81`\x01aE.V[\x92P[P[_a,}\x87\x87\x85\x85a6\x14V[\x90P\x80\x15a,\xAAWa,\x94\x87a!f`\x01\x84aF\x1CV[T`\x01`0\x1B\x90\x04`\x01`\x01`\xD0\x1B\x03\x16a\x0F:V[P_\x96\x95PPPPPPV[__\x84Q\x83\x11\x80a,\xC6WP\x82\x84\x11[\x15a,\xD5WP_\x90P\x80a$TV[_a,\xE1\x85`\x01aE.V[\x84\x11\x80\x15a-\tWPa\x06\x0F`\xF3\x1Ba,\xFD\x87\x87\x01` \x01Q\x90V[`\x01`\x01`\xF0\x1B\x03\x19\x16\x14[\x90P_a-\x19\x82\x15\x15`\x02aF\xE7V[a-$\x90`(aE.V[\x90P\x80a-1\x87\x87aF\x1CV[\x03a-RW__a-C\x89\x89\x89a6jV[\x90\x96P\x94Pa$T\x93PPPPV[__\x93P\x93PPPa$TV[_c\xFF\xFF\xFF\xFF\x82\x11\x15a$>W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R` `\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x0C\x83V[``_a-\x9B\x83a7+V[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_\x81\x81R`\x04` R`@\x81 Ta.\0\x90`\x01`\xD0\x1B\x81\x04c\xFF\xFF\xFF\xFF\x16\x90`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16aF\xFEV[e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x92\x91PPV[_\x82\x82\x18\x82\x84\x11\x02\x82\x18a\x13|V[\x80Q` \x82\x01\xFD[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[\x80T_\x90\x81\x90`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x91`\x01`\x80\x1B\x90\x04\x16\x81\x03a.lWP_\x93\x84\x93P\x91PPV[`\x01`\x01`\x80\x1B\x03\x81\x81\x16_\x90\x81R`\x01\x86\x81\x01` R`@\x82 \x80T\x92\x90U\x86To\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x93\x81\x01\x90\x92\x16\x92\x90\x92\x17\x90\x94U\x92\x93\x91PPV[\x82T_\x90\x81\x90\x80\x15a/\xABW_a.\xD1\x87a!f`\x01\x85aF\x1CV[\x80T\x90\x91Pe\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x91`\x01`0\x1B\x90\x04`\x01`\x01`\xD0\x1B\x03\x16\x90\x88\x16\x82\x11\x15a/\x14W`@Qc% `\x1D`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x87e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x03a/MW\x82Te\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`0\x1B`\x01`\x01`\xD0\x1B\x03\x89\x16\x02\x17\x83Ua/\x9DV[`@\x80Q\x80\x82\x01\x90\x91Re\xFF\xFF\xFF\xFF\xFF\xFF\x80\x8A\x16\x82R`\x01`\x01`\xD0\x1B\x03\x80\x8A\x16` \x80\x85\x01\x91\x82R\x8DT`\x01\x81\x01\x8FU_\x8F\x81R\x91\x90\x91 \x94Q\x91Q\x90\x92\x16`\x01`0\x1B\x02\x92\x16\x91\x90\x91\x17\x91\x01U[\x94P\x85\x93Pa$T\x92PPPV[PP`@\x80Q\x80\x82\x01\x90\x91Re\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16\x82R`\x01`\x01`\xD0\x1B\x03\x80\x85\x16` \x80\x85\x01\x91\x82R\x88T`\x01\x81\x01\x8AU_\x8A\x81R\x91\x82 \x95Q\x92Q\x90\x93\x16`\x01`0\x1B\x02\x91\x90\x93\x16\x17\x92\x01\x91\x90\x91U\x90P\x81a$TV[_\x81\x81R`\t` R`@\x81 `\x02\x81\x01T`\x01\x82\x01Ta0&\x91\x90aE.V[a02a\nx\x85a\x0E\xA9V[\x11\x15\x93\x92PPPV[_\x80a0F\x84a\x0E\xDAV[`\x07\x81\x11\x15a0WWa0Wa<nV[\x14\x80\x15a\x13|WPP_\x91\x82R`\x04` R`@\x90\x91 T`\x01`\x01`\xA0\x1B\x03\x91\x82\x16\x91\x16\x14\x90V[_`\x04\x82Q\x10\x15a0\x92WP_\x91\x90PV[_a0\x9C\x83aG\x1CV[\x90Pc:\xF9)\xDB`\xE1\x1B`\x01`\x01`\xE0\x1B\x03\x19\x82\x16\x01a0\xBFWP`\x01\x92\x91PPV[cY\x9FS[`\xE0\x1B`\x01`\x01`\xE0\x1B\x03\x19\x82\x16\x01a0\xE0WP`\x01\x92\x91PPV[`\x01`\x01`\xE0\x1B\x03\x19\x81\x16c//\xF1]`\xE0\x1B\x14\x80a1\x0FWP`\x01`\x01`\xE0\x1B\x03\x19\x81\x16c\xD5Gt\x1F`\xE0\x1B\x14[\x15a!\x89W`$\x83Q\x10\x15a1&WP_\x92\x91PPV[PP`$\x01Q\x7F\xFDd<rq\x0Cc\xC0\x18\x02Y\xAB\xA6\xB2\xD0TQ\xE3Y\x1A$\xE5\x8Bb#\x93x\x08W&\xF7\x83\x14\x90V[__a1_\x86\x86\x86\x86a\x13\xBEV[\x90Pa1\xAD\x81a1o`\x07a\x17\x0EV[a1y`\x06a\x17\x0EV[a1\x83`\x02a\x17\x0EV[`\x01a1\x90`\x07\x82aGVV[a1\x9B\x90`\x02aHJV[a1\xA5\x91\x90aF\x1CV[\x18\x18\x18a\x170V[P_\x81\x81R`\x04` R`@\x90\x81\x90 \x80T`\x01`\x01`\xF8\x1B\x03\x16`\x01`\xF8\x1B\x17\x90UQ\x7Fx\x9C\xF5[\xE9\x80s\x9D\xAD\x1D\x06\x99\xB9;X\xE8\x06\xB5\x1C\x9D\x96a\x9B\xFA\x8F\xE0\xA2\x8A\xBA\xA7\xB3\x0C\x90a2\0\x90\x83\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA1\x95\x94PPPPPV[_0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a2iWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a2\x93WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\n\xDF`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[___\x83Q`A\x03a3qW` \x84\x01Q`@\x85\x01Q``\x86\x01Q_\x1Aa3c\x88\x82\x85\x85a7RV[\x95P\x95P\x95PPPPa3|V[PP\x81Q_\x91P`\x02\x90[\x92P\x92P\x92V[\x80Q`@\x80Qc\x0B\x13]?`\xE1\x1B\x80\x82R`\x04\x82\x01\x86\x90R`$\x82\x01\x92\x90\x92R_\x92\x90` \x82\x01\x85`D\x83\x01^_\x82`d\x83\x01\x01R`\x1F\x82\x01`\x05\x1C`\x05\x1B\x91P` _`d\x84\x01\x83\x8AZ\xFA\x90P\x82_Q\x14`\x1F=\x11\x16\x81\x16\x93PPPP\x93\x92PPPV[_\x81\x81R`\x0C` R`@\x90 Te\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15a4\x0FWPa4\x0F\x81a0\x05V[\x15a\x0BaW_a4&`\x0BTe\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a4.a\x12\xE6V[a48\x91\x90aF\xFEV[\x90Pa4C\x82a\x14 V[\x81e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a4\x90W`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x81R\x82\x90\x7FT\x1Fr_\xB9\xF7\xC9\x8A0\xCC\x9C\x0F\xF3/\xBB\x145\x8C\xD7\x15\x9C\x84z:\xA2\n+\xDCD+\xA5\x11\x90` \x01`@Q\x80\x91\x03\x90\xA2[_\x91\x82R`\x0C` R`@\x90\x91 \x80Te\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[_`\x01\x82\x11a4\xC9WP\x90V[\x81`\x01`\x01`\x80\x1B\x82\x10a4\xE2W`\x80\x91\x90\x91\x1C\x90`@\x1B[h\x01\0\0\0\0\0\0\0\0\x82\x10a4\xFDW`@\x91\x90\x91\x1C\x90` \x1B[d\x01\0\0\0\0\x82\x10a5\x14W` \x91\x90\x91\x1C\x90`\x10\x1B[b\x01\0\0\x82\x10a5)W`\x10\x91\x90\x91\x1C\x90`\x08\x1B[a\x01\0\x82\x10a5=W`\x08\x91\x90\x91\x1C\x90`\x04\x1B[`\x10\x82\x10a5PW`\x04\x91\x90\x91\x1C\x90`\x02\x1B[`\x04\x82\x10a5\\W`\x01\x1B[`\x03\x02`\x01\x90\x81\x1C\x90\x81\x85\x81a5tWa5taF/V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a5\x8CWa5\x8CaF/V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a5\xA4Wa5\xA4aF/V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a5\xBCWa5\xBCaF/V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a5\xD4Wa5\xD4aF/V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a5\xECWa5\xECaF/V[\x04\x82\x01\x90\x1C\x90Pa6\x0B\x81\x85\x81a6\x05Wa6\x05aF/V[\x04\x82\x11\x90V[\x90\x03\x93\x92PPPV[_[\x81\x83\x10\x15a6bW_\x85\x81R` \x90 \x83\x83\x16`\x02\x85\x85\x18\x04\x01\x90\x81\x01Te\xFF\xFF\xFF\xFF\xFF\xFF\x86\x81\x16\x91\x16\x11\x15a6NW\x80\x92Pa6\\V[a6Y\x81`\x01aE.V[\x93P[Pa6\x16V[P\x93\x92PPPV[_\x80\x84\x81a6y\x86`\x01aE.V[\x85\x11\x80\x15a6\xA1WPa\x06\x0F`\xF3\x1Ba6\x95\x83\x88\x01` \x01Q\x90V[`\x01`\x01`\xF0\x1B\x03\x19\x16\x14[\x90P_a6\xB1\x82\x15\x15`\x02aF\xE7V[\x90P_\x80a6\xBF\x83\x8AaE.V[\x90P[\x87\x81\x10\x15a7\x1AW_a6\xE0a6\xDB\x87\x84\x01` \x01Q\x90V[a8\x1AV[\x90P`\x0F\x81`\xFF\x16\x11\x15a6\xFFW__\x97P\x97PPPPPPPa$TV[a7\n`\x10\x84aF\xE7V[`\xFF\x90\x91\x16\x01\x91P`\x01\x01a6\xC2V[P`\x01\x99\x90\x98P\x96PPPPPPPV[_`\xFF\x82\x16`\x1F\x81\x11\x15a\x0BJW`@Qc,\xD4J\xC3`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a7\x8BWP_\x91P`\x03\x90P\x82a8\x10V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a7\xDCW=__>=_\xFD[PP`@Q`\x1F\x19\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16a8\x07WP_\x92P`\x01\x91P\x82\x90Pa8\x10V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[_`\xF8\x82\x90\x1C`/\x81\x11\x80\x15a83WP`:\x81`\xFF\x16\x10[\x15a8AW`/\x19\x01a\x0BJV[``\x81`\xFF\x16\x11\x80\x15a8WWP`g\x81`\xFF\x16\x10[\x15a8eW`V\x19\x01a\x0BJV[`@\x81`\xFF\x16\x11\x80\x15a8{WP`G\x81`\xFF\x16\x10[\x15a8\x89W`6\x19\x01a\x0BJV[P`\xFF\x92\x91PPV[_` \x82\x84\x03\x12\x15a8\xA2W__\xFD[\x815`\x01`\x01`\xE0\x1B\x03\x19\x81\x16\x81\x14a\x13|W__\xFD[_` \x82\x84\x03\x12\x15a8\xC9W__\xFD[P5\x91\x90PV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[` \x81R_a\x13|` \x83\x01\x84a8\xD0V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x0BaW__\xFD[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Q`\x1F\x82\x01`\x1F\x19\x16\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a9`Wa9`a9$V[`@R\x91\x90PV[_`\x01`\x01`@\x1B\x03\x82\x11\x15a9\x80Wa9\x80a9$V[P`\x1F\x01`\x1F\x19\x16` \x01\x90V[_a9\xA0a9\x9B\x84a9hV[a98V[\x90P\x82\x81R\x83\x83\x83\x01\x11\x15a9\xB3W__\xFD[\x82\x82` \x83\x017_` \x84\x83\x01\x01R\x93\x92PPPV[_\x82`\x1F\x83\x01\x12a9\xD8W__\xFD[a\x13|\x83\x835` \x85\x01a9\x8EV[____`\x80\x85\x87\x03\x12\x15a9\xFAW__\xFD[\x845a:\x05\x81a9\x10V[\x93P` \x85\x015a:\x15\x81a9\x10V[\x92P`@\x85\x015\x91P``\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a:6W__\xFD[a:B\x87\x82\x88\x01a9\xC9V[\x91PP\x92\x95\x91\x94P\x92PV[_`\x01`\x01`@\x1B\x03\x82\x11\x15a:fWa:fa9$V[P`\x05\x1B` \x01\x90V[_\x82`\x1F\x83\x01\x12a:\x7FW__\xFD[\x815a:\x8Da9\x9B\x82a:NV[\x80\x82\x82R` \x82\x01\x91P` \x83`\x05\x1B\x86\x01\x01\x92P\x85\x83\x11\x15a:\xAEW__\xFD[` \x85\x01[\x83\x81\x10\x15a)mW\x805a:\xC6\x81a9\x10V[\x83R` \x92\x83\x01\x92\x01a:\xB3V[_\x82`\x1F\x83\x01\x12a:\xE3W__\xFD[\x815a:\xF1a9\x9B\x82a:NV[\x80\x82\x82R` \x82\x01\x91P` \x83`\x05\x1B\x86\x01\x01\x92P\x85\x83\x11\x15a;\x12W__\xFD[` \x85\x01[\x83\x81\x10\x15a)mW\x805\x83R` \x92\x83\x01\x92\x01a;\x17V[_\x82`\x1F\x83\x01\x12a;>W__\xFD[\x815a;La9\x9B\x82a:NV[\x80\x82\x82R` \x82\x01\x91P` \x83`\x05\x1B\x86\x01\x01\x92P\x85\x83\x11\x15a;mW__\xFD[` \x85\x01[\x83\x81\x10\x15a)mW\x805`\x01`\x01`@\x1B\x03\x81\x11\x15a;\x8FW__\xFD[a;\x9E\x88` \x83\x8A\x01\x01a9\xC9V[\x84RP` \x92\x83\x01\x92\x01a;rV[____`\x80\x85\x87\x03\x12\x15a;\xC0W__\xFD[\x845`\x01`\x01`@\x1B\x03\x81\x11\x15a;\xD5W__\xFD[a;\xE1\x87\x82\x88\x01a:pV[\x94PP` \x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a;\xFCW__\xFD[a<\x08\x87\x82\x88\x01a:\xD4V[\x93PP`@\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a<#W__\xFD[a</\x87\x82\x88\x01a;/V[\x94\x97\x93\x96P\x93\x94``\x015\x93PPPV[e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0BaW__\xFD[_` \x82\x84\x03\x12\x15a<cW__\xFD[\x815a\x13|\x81a<@V[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`\x08\x81\x10a<\x9EWcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x90RV[` \x81\x01a\x0BJ\x82\x84a<\x82V[__`@\x83\x85\x03\x12\x15a<\xC1W__\xFD[\x825\x91P` \x83\x015a<\xD3\x81a9\x10V[\x80\x91PP\x92P\x92\x90PV[\x805`\xFF\x81\x16\x81\x14a\x0F\xD3W__\xFD[__`@\x83\x85\x03\x12\x15a<\xFFW__\xFD[\x825\x91Pa=\x0F` \x84\x01a<\xDEV[\x90P\x92P\x92\x90PV[__\x83`\x1F\x84\x01\x12a=(W__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15a=>W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a=UW__\xFD[\x92P\x92\x90PV[_______`\xC0\x88\x8A\x03\x12\x15a=rW__\xFD[\x875\x96Pa=\x82` \x89\x01a<\xDEV[\x95P`@\x88\x015a=\x92\x81a9\x10V[\x94P``\x88\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a=\xACW__\xFD[a=\xB8\x8A\x82\x8B\x01a=\x18V[\x90\x95P\x93PP`\x80\x88\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a=\xD6W__\xFD[a=\xE2\x8A\x82\x8B\x01a9\xC9V[\x92PP`\xA0\x88\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a=\xFDW__\xFD[a>\t\x8A\x82\x8B\x01a9\xC9V[\x91PP\x92\x95\x98\x91\x94\x97P\x92\x95PV[_____`\x80\x86\x88\x03\x12\x15a>,W__\xFD[\x855\x94Pa><` \x87\x01a<\xDEV[\x93P`@\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a>VW__\xFD[a>b\x88\x82\x89\x01a=\x18V[\x90\x94P\x92PP``\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a>\x80W__\xFD[a>\x8C\x88\x82\x89\x01a9\xC9V[\x91PP\x92\x95P\x92\x95\x90\x93PV[____``\x85\x87\x03\x12\x15a>\xACW__\xFD[\x845\x93Pa>\xBC` \x86\x01a<\xDEV[\x92P`@\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a>\xD6W__\xFD[a>\xE2\x87\x82\x88\x01a=\x18V[\x95\x98\x94\x97P\x95PPPPV[____`\x80\x85\x87\x03\x12\x15a?\x01W__\xFD[\x845`\x01`\x01`@\x1B\x03\x81\x11\x15a?\x16W__\xFD[a?\"\x87\x82\x88\x01a:pV[\x94PP` \x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a?=W__\xFD[a?I\x87\x82\x88\x01a:\xD4V[\x93PP`@\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a?dW__\xFD[a?p\x87\x82\x88\x01a;/V[\x92PP``\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a?\x8BW__\xFD[\x85\x01`\x1F\x81\x01\x87\x13a?\x9BW__\xFD[a:B\x87\x825` \x84\x01a9\x8EV[_` \x82\x84\x03\x12\x15a?\xBAW__\xFD[\x815a\x13|\x81a9\x10V[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15a?\xF5W\x81Q\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01a?\xD7V[P\x93\x94\x93PPPPV[`\xFF`\xF8\x1B\x88\x16\x81R`\xE0` \x82\x01R_a@\x1D`\xE0\x83\x01\x89a8\xD0V[\x82\x81\x03`@\x84\x01Ra@/\x81\x89a8\xD0V[``\x84\x01\x88\x90R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x90Pa@`\x81\x85a?\xC5V[\x9A\x99PPPPPPPPPPV[____`\x80\x85\x87\x03\x12\x15a@\x81W__\xFD[\x845\x93Pa@\x91` \x86\x01a<\xDEV[\x92P`@\x85\x015a@\xA1\x81a9\x10V[\x91P``\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a:6W__\xFD[___``\x84\x86\x03\x12\x15a@\xCDW__\xFD[\x835a@\xD8\x81a9\x10V[\x92P` \x84\x015\x91P`@\x84\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a@\xF9W__\xFD[aA\x05\x86\x82\x87\x01a9\xC9V[\x91PP\x92P\x92P\x92V[_____`\xA0\x86\x88\x03\x12\x15aA#W__\xFD[\x855aA.\x81a9\x10V[\x94P` \x86\x015aA>\x81a9\x10V[\x93P`@\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aAXW__\xFD[aAd\x88\x82\x89\x01a:\xD4V[\x93PP``\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aA\x7FW__\xFD[aA\x8B\x88\x82\x89\x01a:\xD4V[\x92PP`\x80\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a>\x80W__\xFD[____``\x85\x87\x03\x12\x15aA\xB9W__\xFD[\x845aA\xC4\x81a9\x10V[\x93P` \x85\x015\x92P`@\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a>\xD6W__\xFD[_` \x82\x84\x03\x12\x15aA\xF5W__\xFD[\x815c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x13|W__\xFD[__`@\x83\x85\x03\x12\x15aB\x19W__\xFD[\x825aB$\x81a9\x10V[\x94` \x93\x90\x93\x015\x93PPPV[_____`\xA0\x86\x88\x03\x12\x15aBFW__\xFD[\x855aBQ\x81a9\x10V[\x94P` \x86\x015aBa\x81a9\x10V[\x93P`@\x86\x015\x92P``\x86\x015\x91P`\x80\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a>\x80W__\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80aB\x9DW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03aB\xBBWcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[P\x91\x90PV[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[_` \x82\x84\x03\x12\x15aB\xE5W__\xFD[\x81Q`\x01`\x01`@\x1B\x03\x81\x11\x15aB\xFAW__\xFD[\x82\x01`\x1F\x81\x01\x84\x13aC\nW__\xFD[\x80QaC\x18a9\x9B\x82a9hV[\x81\x81R\x85` \x83\x85\x01\x01\x11\x15aC,W__\xFD[\x81` \x84\x01` \x83\x01^_\x91\x81\x01` \x01\x91\x90\x91R\x94\x93PPPPV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x0BJWa\x0BJaCIV[_` \x82\x84\x03\x12\x15aC\x8BW__\xFD[\x81Qa\x13|\x81a<@V[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15a?\xF5W\x81Q`\x01`\x01`\xA0\x1B\x03\x16\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01aC\xB7V[_\x82\x82Q\x80\x85R` \x85\x01\x94P` \x81`\x05\x1B\x83\x01\x01` \x85\x01_[\x83\x81\x10\x15a\r-W`\x1F\x19\x85\x84\x03\x01\x88RaD\x16\x83\x83Qa8\xD0V[` \x98\x89\x01\x98\x90\x93P\x91\x90\x91\x01\x90`\x01\x01aC\xFAV[`\x80\x81R_aD>`\x80\x83\x01\x87aC\xA5V[\x82\x81\x03` \x84\x01RaDP\x81\x87a?\xC5V[\x90P\x82\x81\x03`@\x84\x01RaDd\x81\x86aC\xDEV[\x91PP\x82``\x83\x01R\x95\x94PPPPPV[_` \x82\x84\x03\x12\x15aD\x86W__\xFD[PQ\x91\x90PV[\x83\x81R``\x81\x01aD\xA1` \x83\x01\x85a<\x82V[\x82`@\x83\x01R\x94\x93PPPPV[_` \x82\x84\x03\x12\x15aD\xBFW__\xFD[\x81Q\x80\x15\x15\x81\x14a\x13|W__\xFD[\x84\x81R`\xFF\x84\x16` \x82\x01R\x82`@\x82\x01R`\x80``\x82\x01R_a\x11\x8C`\x80\x83\x01\x84a8\xD0V[\x85\x81R`\xFF\x85\x16` \x82\x01R\x83`@\x82\x01R`\xA0``\x82\x01R_aE\x1C`\xA0\x83\x01\x85a8\xD0V[\x82\x81\x03`\x80\x84\x01Ra\x10\xD5\x81\x85a8\xD0V[\x80\x82\x01\x80\x82\x11\x15a\x0BJWa\x0BJaCIV[\x89\x81R`\x01`\x01`\xA0\x1B\x03\x89\x16` \x82\x01Ra\x01 `@\x82\x01\x81\x90R_\x90aEk\x90\x83\x01\x8AaC\xA5V[\x82\x81\x03``\x84\x01RaE}\x81\x8Aa?\xC5V[\x90P\x82\x81\x03`\x80\x84\x01R\x80\x88Q\x80\x83R` \x83\x01\x91P` \x81`\x05\x1B\x84\x01\x01` \x8B\x01_[\x83\x81\x10\x15aE\xD4W`\x1F\x19\x86\x84\x03\x01\x85RaE\xBE\x83\x83Qa8\xD0V[` \x95\x86\x01\x95\x90\x93P\x91\x90\x91\x01\x90`\x01\x01aE\xA2V[PP\x85\x81\x03`\xA0\x87\x01RaE\xE8\x81\x8BaC\xDEV[\x93PPPP\x85`\xC0\x84\x01R\x84`\xE0\x84\x01R\x82\x81\x03a\x01\0\x84\x01RaF\x0C\x81\x85a8\xD0V[\x9C\x9BPPPPPPPPPPPPV[\x81\x81\x03\x81\x81\x11\x15a\x0BJWa\x0BJaCIV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[`\xA0\x81R_aFU`\xA0\x83\x01\x88aC\xA5V[\x82\x81\x03` \x84\x01RaFg\x81\x88a?\xC5V[\x90P\x82\x81\x03`@\x84\x01RaF{\x81\x87aC\xDEV[``\x84\x01\x95\x90\x95RPP`\x80\x01R\x93\x92PPPV[`\xC0\x81R_aF\xA2`\xC0\x83\x01\x89aC\xA5V[\x82\x81\x03` \x84\x01RaF\xB4\x81\x89a?\xC5V[\x90P\x82\x81\x03`@\x84\x01RaF\xC8\x81\x88aC\xDEV[``\x84\x01\x96\x90\x96RPP`\x80\x81\x01\x92\x90\x92R`\xA0\x90\x91\x01R\x93\x92PPPV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x0BJWa\x0BJaCIV[e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x0BJWa\x0BJaCIV[\x80Q` \x82\x01Q`\x01`\x01`\xE0\x1B\x03\x19\x81\x16\x91\x90`\x04\x82\x10\x15a\x19\x9AW`\x01`\x01`\xE0\x1B\x03\x19`\x04\x92\x90\x92\x03`\x03\x1B\x82\x90\x1B\x16\x16\x92\x91PPV[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x0BJWa\x0BJaCIV[`\x01\x81[`\x01\x84\x11\x15a$TW\x80\x85\x04\x81\x11\x15aG\x8EWaG\x8EaCIV[`\x01\x84\x16\x15aG\x9CW\x90\x81\x02\x90[`\x01\x93\x90\x93\x1C\x92\x80\x02aGsV[_\x82aG\xB8WP`\x01a\x0BJV[\x81aG\xC4WP_a\x0BJV[\x81`\x01\x81\x14aG\xDAW`\x02\x81\x14aG\xE4WaH\0V[`\x01\x91PPa\x0BJV[`\xFF\x84\x11\x15aG\xF5WaG\xF5aCIV[PP`\x01\x82\x1Ba\x0BJV[P` \x83\x10a\x013\x83\x10\x16`N\x84\x10`\x0B\x84\x10\x16\x17\x15aH#WP\x81\x81\na\x0BJV[aH/_\x19\x84\x84aGoV[\x80_\x19\x04\x82\x11\x15aHBWaHBaCIV[\x02\x93\x92PPPV[_a\x13|`\xFF\x84\x16\x83aG\xAAV",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Params { uint48 votingDelay; uint32 votingPeriod; uint256 proposalThreshold; uint256 quorumNumerator; uint48 lateQuorumExtension; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Params {
        #[allow(missing_docs)]
        pub votingDelay: alloy::sol_types::private::primitives::aliases::U48,
        #[allow(missing_docs)]
        pub votingPeriod: u32,
        #[allow(missing_docs)]
        pub proposalThreshold: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub quorumNumerator: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub lateQuorumExtension: alloy::sol_types::private::primitives::aliases::U48,
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
            alloy::sol_types::sol_data::Uint<48>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<48>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U48,
            u32,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U48,
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
        impl ::core::convert::From<Params> for UnderlyingRustTuple<'_> {
            fn from(value: Params) -> Self {
                (
                    value.votingDelay,
                    value.votingPeriod,
                    value.proposalThreshold,
                    value.quorumNumerator,
                    value.lateQuorumExtension,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Params {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    votingDelay: tuple.0,
                    votingPeriod: tuple.1,
                    proposalThreshold: tuple.2,
                    quorumNumerator: tuple.3,
                    lateQuorumExtension: tuple.4,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Params {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Params {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::SolType>::tokenize(&self.votingDelay),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.votingPeriod),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalThreshold),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.quorumNumerator),
                    <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::SolType>::tokenize(&self.lateQuorumExtension),
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
        impl alloy_sol_types::SolType for Params {
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
        impl alloy_sol_types::SolStruct for Params {
            const NAME: &'static str = "Params";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Params(uint48 votingDelay,uint32 votingPeriod,uint256 proposalThreshold,uint256 quorumNumerator,uint48 lateQuorumExtension)",
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
                        48,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.votingDelay)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.votingPeriod)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.proposalThreshold,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.quorumNumerator,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.lateQuorumExtension,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Params {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.votingDelay,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.votingPeriod,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.proposalThreshold,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.quorumNumerator,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.lateQuorumExtension,
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
                    48,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.votingDelay,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.votingPeriod,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.proposalThreshold,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.quorumNumerator,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    48,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.lateQuorumExtension,
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
    /**Custom error with signature `CheckpointUnorderedInsertion()` and selector `0x2520601d`.
```solidity
error CheckpointUnorderedInsertion();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CheckpointUnorderedInsertion;
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
        impl ::core::convert::From<CheckpointUnorderedInsertion>
        for UnderlyingRustTuple<'_> {
            fn from(value: CheckpointUnorderedInsertion) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for CheckpointUnorderedInsertion {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for CheckpointUnorderedInsertion {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "CheckpointUnorderedInsertion()";
            const SELECTOR: [u8; 4] = [37u8, 32u8, 96u8, 29u8];
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
    /**Custom error with signature `ERC6372InconsistentClock()` and selector `0x6ff07140`.
```solidity
error ERC6372InconsistentClock();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ERC6372InconsistentClock;
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
        impl ::core::convert::From<ERC6372InconsistentClock>
        for UnderlyingRustTuple<'_> {
            fn from(value: ERC6372InconsistentClock) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ERC6372InconsistentClock {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ERC6372InconsistentClock {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ERC6372InconsistentClock()";
            const SELECTOR: [u8; 4] = [111u8, 240u8, 113u8, 64u8];
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
    /**Custom error with signature `FailedCall()` and selector `0xd6bda275`.
```solidity
error FailedCall();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FailedCall;
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
        impl ::core::convert::From<FailedCall> for UnderlyingRustTuple<'_> {
            fn from(value: FailedCall) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for FailedCall {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for FailedCall {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "FailedCall()";
            const SELECTOR: [u8; 4] = [214u8, 189u8, 162u8, 117u8];
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
    /**Custom error with signature `GovernorAlreadyCastVote(address)` and selector `0x71c6af49`.
```solidity
error GovernorAlreadyCastVote(address voter);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorAlreadyCastVote {
        #[allow(missing_docs)]
        pub voter: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<GovernorAlreadyCastVote> for UnderlyingRustTuple<'_> {
            fn from(value: GovernorAlreadyCastVote) -> Self {
                (value.voter,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GovernorAlreadyCastVote {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { voter: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorAlreadyCastVote {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorAlreadyCastVote(address)";
            const SELECTOR: [u8; 4] = [113u8, 198u8, 175u8, 73u8];
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
                        &self.voter,
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
    /**Custom error with signature `GovernorAlreadyQueuedProposal(uint256)` and selector `0xf20e7d37`.
```solidity
error GovernorAlreadyQueuedProposal(uint256 proposalId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorAlreadyQueuedProposal {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
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
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
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
        impl ::core::convert::From<GovernorAlreadyQueuedProposal>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorAlreadyQueuedProposal) -> Self {
                (value.proposalId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorAlreadyQueuedProposal {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { proposalId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorAlreadyQueuedProposal {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorAlreadyQueuedProposal(uint256)";
            const SELECTOR: [u8; 4] = [242u8, 14u8, 125u8, 55u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
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
    /**Custom error with signature `GovernorDisabledDeposit()` and selector `0xe90a651e`.
```solidity
error GovernorDisabledDeposit();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorDisabledDeposit;
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
        impl ::core::convert::From<GovernorDisabledDeposit> for UnderlyingRustTuple<'_> {
            fn from(value: GovernorDisabledDeposit) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GovernorDisabledDeposit {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorDisabledDeposit {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorDisabledDeposit()";
            const SELECTOR: [u8; 4] = [233u8, 10u8, 101u8, 30u8];
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
    /**Custom error with signature `GovernorInsufficientProposerVotes(address,uint256,uint256)` and selector `0xc242ee16`.
```solidity
error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorInsufficientProposerVotes {
        #[allow(missing_docs)]
        pub proposer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub votes: alloy::sol_types::private::primitives::aliases::U256,
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
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
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
        impl ::core::convert::From<GovernorInsufficientProposerVotes>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorInsufficientProposerVotes) -> Self {
                (value.proposer, value.votes, value.threshold)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorInsufficientProposerVotes {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    proposer: tuple.0,
                    votes: tuple.1,
                    threshold: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorInsufficientProposerVotes {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorInsufficientProposerVotes(address,uint256,uint256)";
            const SELECTOR: [u8; 4] = [194u8, 66u8, 238u8, 22u8];
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
                        &self.proposer,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.votes),
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
    /**Custom error with signature `GovernorInvalidProposalLength(uint256,uint256,uint256)` and selector `0x447b05d0`.
```solidity
error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorInvalidProposalLength {
        #[allow(missing_docs)]
        pub targets: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub calldatas: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub values: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<GovernorInvalidProposalLength>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorInvalidProposalLength) -> Self {
                (value.targets, value.calldatas, value.values)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorInvalidProposalLength {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    targets: tuple.0,
                    calldatas: tuple.1,
                    values: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorInvalidProposalLength {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorInvalidProposalLength(uint256,uint256,uint256)";
            const SELECTOR: [u8; 4] = [68u8, 123u8, 5u8, 208u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.targets),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.calldatas),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.values),
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
    /**Custom error with signature `GovernorInvalidQuorumFraction(uint256,uint256)` and selector `0x243e5445`.
```solidity
error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorInvalidQuorumFraction {
        #[allow(missing_docs)]
        pub quorumNumerator: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub quorumDenominator: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<GovernorInvalidQuorumFraction>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorInvalidQuorumFraction) -> Self {
                (value.quorumNumerator, value.quorumDenominator)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorInvalidQuorumFraction {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    quorumNumerator: tuple.0,
                    quorumDenominator: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorInvalidQuorumFraction {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorInvalidQuorumFraction(uint256,uint256)";
            const SELECTOR: [u8; 4] = [36u8, 62u8, 84u8, 69u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.quorumNumerator),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.quorumDenominator),
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
    /**Custom error with signature `GovernorInvalidSignature(address)` and selector `0x94ab6c07`.
```solidity
error GovernorInvalidSignature(address voter);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorInvalidSignature {
        #[allow(missing_docs)]
        pub voter: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<GovernorInvalidSignature>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorInvalidSignature) -> Self {
                (value.voter,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorInvalidSignature {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { voter: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorInvalidSignature {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorInvalidSignature(address)";
            const SELECTOR: [u8; 4] = [148u8, 171u8, 108u8, 7u8];
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
                        &self.voter,
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
    /**Custom error with signature `GovernorInvalidVoteParams()` and selector `0x867db771`.
```solidity
error GovernorInvalidVoteParams();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorInvalidVoteParams;
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
        impl ::core::convert::From<GovernorInvalidVoteParams>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorInvalidVoteParams) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorInvalidVoteParams {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorInvalidVoteParams {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorInvalidVoteParams()";
            const SELECTOR: [u8; 4] = [134u8, 125u8, 183u8, 113u8];
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
    /**Custom error with signature `GovernorInvalidVoteType()` and selector `0x06b337c2`.
```solidity
error GovernorInvalidVoteType();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorInvalidVoteType;
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
        impl ::core::convert::From<GovernorInvalidVoteType> for UnderlyingRustTuple<'_> {
            fn from(value: GovernorInvalidVoteType) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GovernorInvalidVoteType {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorInvalidVoteType {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorInvalidVoteType()";
            const SELECTOR: [u8; 4] = [6u8, 179u8, 55u8, 194u8];
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
    /**Custom error with signature `GovernorInvalidVotingPeriod(uint256)` and selector `0xf1cfbf05`.
```solidity
error GovernorInvalidVotingPeriod(uint256 votingPeriod);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorInvalidVotingPeriod {
        #[allow(missing_docs)]
        pub votingPeriod: alloy::sol_types::private::primitives::aliases::U256,
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
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
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
        impl ::core::convert::From<GovernorInvalidVotingPeriod>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorInvalidVotingPeriod) -> Self {
                (value.votingPeriod,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorInvalidVotingPeriod {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { votingPeriod: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorInvalidVotingPeriod {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorInvalidVotingPeriod(uint256)";
            const SELECTOR: [u8; 4] = [241u8, 207u8, 191u8, 5u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.votingPeriod),
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
    /**Custom error with signature `GovernorNonexistentProposal(uint256)` and selector `0x6ad06075`.
```solidity
error GovernorNonexistentProposal(uint256 proposalId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorNonexistentProposal {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
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
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
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
        impl ::core::convert::From<GovernorNonexistentProposal>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorNonexistentProposal) -> Self {
                (value.proposalId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorNonexistentProposal {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { proposalId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorNonexistentProposal {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorNonexistentProposal(uint256)";
            const SELECTOR: [u8; 4] = [106u8, 208u8, 96u8, 117u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
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
    /**Custom error with signature `GovernorOnlyExecutor(address)` and selector `0x47096e47`.
```solidity
error GovernorOnlyExecutor(address account);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorOnlyExecutor {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<GovernorOnlyExecutor> for UnderlyingRustTuple<'_> {
            fn from(value: GovernorOnlyExecutor) -> Self {
                (value.account,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GovernorOnlyExecutor {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { account: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorOnlyExecutor {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorOnlyExecutor(address)";
            const SELECTOR: [u8; 4] = [71u8, 9u8, 110u8, 71u8];
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
                        &self.account,
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
    /**Custom error with signature `GovernorPreventLateQuorumVoteExtensionTooLarge(uint256,uint256)` and selector `0x64230eda`.
```solidity
error GovernorPreventLateQuorumVoteExtensionTooLarge(uint256 newVoteExtension, uint256 maxVoteExtension);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorPreventLateQuorumVoteExtensionTooLarge {
        #[allow(missing_docs)]
        pub newVoteExtension: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maxVoteExtension: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<GovernorPreventLateQuorumVoteExtensionTooLarge>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorPreventLateQuorumVoteExtensionTooLarge) -> Self {
                (value.newVoteExtension, value.maxVoteExtension)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorPreventLateQuorumVoteExtensionTooLarge {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    newVoteExtension: tuple.0,
                    maxVoteExtension: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError
        for GovernorPreventLateQuorumVoteExtensionTooLarge {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorPreventLateQuorumVoteExtensionTooLarge(uint256,uint256)";
            const SELECTOR: [u8; 4] = [100u8, 35u8, 14u8, 218u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.newVoteExtension),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxVoteExtension),
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
    /**Custom error with signature `GovernorProposalQueueingFailed(uint256)` and selector `0xab2d0311`.
```solidity
error GovernorProposalQueueingFailed(uint256 proposalId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorProposalQueueingFailed {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
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
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
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
        impl ::core::convert::From<GovernorProposalQueueingFailed>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorProposalQueueingFailed) -> Self {
                (value.proposalId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorProposalQueueingFailed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { proposalId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorProposalQueueingFailed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorProposalQueueingFailed(uint256)";
            const SELECTOR: [u8; 4] = [171u8, 45u8, 3u8, 17u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
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
    /**Custom error with signature `GovernorProposalQueueingNotRequired(uint256)` and selector `0xd838bcb7`.
```solidity
error GovernorProposalQueueingNotRequired(uint256 proposalId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorProposalQueueingNotRequired {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
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
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
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
        impl ::core::convert::From<GovernorProposalQueueingNotRequired>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorProposalQueueingNotRequired) -> Self {
                (value.proposalId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorProposalQueueingNotRequired {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { proposalId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorProposalQueueingNotRequired {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorProposalQueueingNotRequired(uint256)";
            const SELECTOR: [u8; 4] = [216u8, 56u8, 188u8, 183u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
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
    /**Custom error with signature `GovernorRestrictedProposer(address)` and selector `0xd9b39557`.
```solidity
error GovernorRestrictedProposer(address proposer);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorRestrictedProposer {
        #[allow(missing_docs)]
        pub proposer: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<GovernorRestrictedProposer>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorRestrictedProposer) -> Self {
                (value.proposer,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorRestrictedProposer {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { proposer: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorRestrictedProposer {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorRestrictedProposer(address)";
            const SELECTOR: [u8; 4] = [217u8, 179u8, 149u8, 87u8];
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
                        &self.proposer,
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
    /**Custom error with signature `GovernorUnableToCancel(uint256,address)` and selector `0x8fe5d8a9`.
```solidity
error GovernorUnableToCancel(uint256 proposalId, address account);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorUnableToCancel {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
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
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<GovernorUnableToCancel> for UnderlyingRustTuple<'_> {
            fn from(value: GovernorUnableToCancel) -> Self {
                (value.proposalId, value.account)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GovernorUnableToCancel {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    proposalId: tuple.0,
                    account: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorUnableToCancel {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorUnableToCancel(uint256,address)";
            const SELECTOR: [u8; 4] = [143u8, 229u8, 216u8, 169u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
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
    /**Custom error with signature `GovernorUnexpectedProposalState(uint256,uint8,bytes32)` and selector `0x31b75e4d`.
```solidity
error GovernorUnexpectedProposalState(uint256 proposalId, IGovernor.ProposalState current, bytes32 expectedStates);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorUnexpectedProposalState {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub current: <IGovernor::ProposalState as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub expectedStates: alloy::sol_types::private::FixedBytes<32>,
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
            IGovernor::ProposalState,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            <IGovernor::ProposalState as alloy::sol_types::SolType>::RustType,
            alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<GovernorUnexpectedProposalState>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorUnexpectedProposalState) -> Self {
                (value.proposalId, value.current, value.expectedStates)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorUnexpectedProposalState {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    proposalId: tuple.0,
                    current: tuple.1,
                    expectedStates: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorUnexpectedProposalState {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorUnexpectedProposalState(uint256,uint8,bytes32)";
            const SELECTOR: [u8; 4] = [49u8, 183u8, 94u8, 77u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <IGovernor::ProposalState as alloy_sol_types::SolType>::tokenize(
                        &self.current,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.expectedStates),
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
    /**Custom error with signature `GuardianCannotCancel(uint256)` and selector `0x2a75b74e`.
```solidity
error GuardianCannotCancel(uint256 proposalId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GuardianCannotCancel {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
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
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
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
        impl ::core::convert::From<GuardianCannotCancel> for UnderlyingRustTuple<'_> {
            fn from(value: GuardianCannotCancel) -> Self {
                (value.proposalId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GuardianCannotCancel {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { proposalId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GuardianCannotCancel {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GuardianCannotCancel(uint256)";
            const SELECTOR: [u8; 4] = [42u8, 117u8, 183u8, 78u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
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
    /**Custom error with signature `InvalidAccountNonce(address,uint256)` and selector `0x752d88c0`.
```solidity
error InvalidAccountNonce(address account, uint256 currentNonce);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidAccountNonce {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub currentNonce: alloy::sol_types::private::primitives::aliases::U256,
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
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
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
        impl ::core::convert::From<InvalidAccountNonce> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidAccountNonce) -> Self {
                (value.account, value.currentNonce)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidAccountNonce {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    account: tuple.0,
                    currentNonce: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidAccountNonce {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidAccountNonce(address,uint256)";
            const SELECTOR: [u8; 4] = [117u8, 45u8, 136u8, 192u8];
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
                        &self.account,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.currentNonce),
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
    /**Custom error with signature `InvalidShortString()` and selector `0xb3512b0c`.
```solidity
error InvalidShortString();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidShortString;
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
        impl ::core::convert::From<InvalidShortString> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidShortString) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidShortString {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidShortString {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidShortString()";
            const SELECTOR: [u8; 4] = [179u8, 81u8, 43u8, 12u8];
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
    /**Custom error with signature `StringTooLong(string)` and selector `0x305a27a9`.
```solidity
error StringTooLong(string str);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StringTooLong {
        #[allow(missing_docs)]
        pub str: alloy::sol_types::private::String,
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
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
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
        impl ::core::convert::From<StringTooLong> for UnderlyingRustTuple<'_> {
            fn from(value: StringTooLong) -> Self {
                (value.str,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StringTooLong {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { str: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StringTooLong {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StringTooLong(string)";
            const SELECTOR: [u8; 4] = [48u8, 90u8, 39u8, 169u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.str,
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
    /**Event with signature `EIP712DomainChanged()` and selector `0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31`.
```solidity
event EIP712DomainChanged();
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct EIP712DomainChanged;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EIP712DomainChanged {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "EIP712DomainChanged()";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                10u8, 99u8, 135u8, 201u8, 234u8, 54u8, 40u8, 184u8, 138u8, 99u8, 59u8,
                180u8, 243u8, 177u8, 81u8, 119u8, 15u8, 112u8, 8u8, 81u8, 23u8, 161u8,
                95u8, 155u8, 243u8, 120u8, 124u8, 218u8, 83u8, 241u8, 61u8, 49u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {}
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
        impl alloy_sol_types::private::IntoLogData for EIP712DomainChanged {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EIP712DomainChanged> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EIP712DomainChanged) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `LateQuorumVoteExtensionSet(uint64,uint64)` and selector `0x7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2`.
```solidity
event LateQuorumVoteExtensionSet(uint64 oldVoteExtension, uint64 newVoteExtension);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct LateQuorumVoteExtensionSet {
        #[allow(missing_docs)]
        pub oldVoteExtension: u64,
        #[allow(missing_docs)]
        pub newVoteExtension: u64,
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
        impl alloy_sol_types::SolEvent for LateQuorumVoteExtensionSet {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "LateQuorumVoteExtensionSet(uint64,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                124u8, 164u8, 172u8, 17u8, 126u8, 211u8, 205u8, 206u8, 117u8, 193u8,
                22u8, 29u8, 130u8, 7u8, 196u8, 64u8, 56u8, 155u8, 26u8, 21u8, 214u8,
                157u8, 9u8, 104u8, 49u8, 102u8, 70u8, 87u8, 192u8, 125u8, 175u8, 194u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    oldVoteExtension: data.0,
                    newVoteExtension: data.1,
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
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.oldVoteExtension),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.newVoteExtension),
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
        impl alloy_sol_types::private::IntoLogData for LateQuorumVoteExtensionSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&LateQuorumVoteExtensionSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(
                this: &LateQuorumVoteExtensionSet,
            ) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ProposalCanceled(uint256)` and selector `0x789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c`.
```solidity
event ProposalCanceled(uint256 proposalId);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ProposalCanceled {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for ProposalCanceled {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "ProposalCanceled(uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                120u8, 156u8, 245u8, 91u8, 233u8, 128u8, 115u8, 157u8, 173u8, 29u8, 6u8,
                153u8, 185u8, 59u8, 88u8, 232u8, 6u8, 181u8, 28u8, 157u8, 150u8, 97u8,
                155u8, 250u8, 143u8, 224u8, 162u8, 138u8, 186u8, 167u8, 179u8, 12u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { proposalId: data.0 }
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
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
        impl alloy_sol_types::private::IntoLogData for ProposalCanceled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ProposalCanceled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ProposalCanceled) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ProposalCreated(uint256,address,address[],uint256[],string[],bytes[],uint256,uint256,string)` and selector `0x7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e0`.
```solidity
event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ProposalCreated {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub proposer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
        #[allow(missing_docs)]
        pub values: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
        #[allow(missing_docs)]
        pub signatures: alloy::sol_types::private::Vec<
            alloy::sol_types::private::String,
        >,
        #[allow(missing_docs)]
        pub calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
        #[allow(missing_docs)]
        pub voteStart: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub voteEnd: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub description: alloy::sol_types::private::String,
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
        impl alloy_sol_types::SolEvent for ProposalCreated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::String>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::String,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "ProposalCreated(uint256,address,address[],uint256[],string[],bytes[],uint256,uint256,string)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                125u8, 132u8, 166u8, 38u8, 58u8, 224u8, 217u8, 141u8, 51u8, 41u8, 189u8,
                123u8, 70u8, 187u8, 78u8, 141u8, 111u8, 152u8, 205u8, 53u8, 167u8, 173u8,
                180u8, 92u8, 39u8, 76u8, 139u8, 127u8, 213u8, 235u8, 213u8, 224u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    proposalId: data.0,
                    proposer: data.1,
                    targets: data.2,
                    values: data.3,
                    signatures: data.4,
                    calldatas: data.5,
                    voteStart: data.6,
                    voteEnd: data.7,
                    description: data.8,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.proposer,
                    ),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.targets),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.values),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::String,
                    > as alloy_sol_types::SolType>::tokenize(&self.signatures),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::SolType>::tokenize(&self.calldatas),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.voteStart),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.voteEnd),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.description,
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
        impl alloy_sol_types::private::IntoLogData for ProposalCreated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ProposalCreated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ProposalCreated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ProposalExecuted(uint256)` and selector `0x712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f`.
```solidity
event ProposalExecuted(uint256 proposalId);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ProposalExecuted {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for ProposalExecuted {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "ProposalExecuted(uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                113u8, 42u8, 225u8, 56u8, 63u8, 121u8, 172u8, 133u8, 63u8, 141u8, 136u8,
                33u8, 83u8, 119u8, 142u8, 2u8, 96u8, 239u8, 143u8, 3u8, 181u8, 4u8,
                226u8, 134u8, 110u8, 5u8, 147u8, 224u8, 77u8, 43u8, 41u8, 31u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { proposalId: data.0 }
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
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
        impl alloy_sol_types::private::IntoLogData for ProposalExecuted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ProposalExecuted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ProposalExecuted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ProposalExtended(uint256,uint64)` and selector `0x541f725fb9f7c98a30cc9c0ff32fbb14358cd7159c847a3aa20a2bdc442ba511`.
```solidity
event ProposalExtended(uint256 indexed proposalId, uint64 extendedDeadline);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ProposalExtended {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub extendedDeadline: u64,
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
        impl alloy_sol_types::SolEvent for ProposalExtended {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "ProposalExtended(uint256,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                84u8, 31u8, 114u8, 95u8, 185u8, 247u8, 201u8, 138u8, 48u8, 204u8, 156u8,
                15u8, 243u8, 47u8, 187u8, 20u8, 53u8, 140u8, 215u8, 21u8, 156u8, 132u8,
                122u8, 58u8, 162u8, 10u8, 43u8, 220u8, 68u8, 43u8, 165u8, 17u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    proposalId: topics.1,
                    extendedDeadline: data.0,
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
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.extendedDeadline),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.proposalId.clone())
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
                > as alloy_sol_types::EventTopic>::encode_topic(&self.proposalId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ProposalExtended {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ProposalExtended> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ProposalExtended) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ProposalGuardianSet(address,address)` and selector `0xeabe7d6d9720bd3fde29f0fbd6af94debeea74c6d5508c31ee6b07631e06e69b`.
```solidity
event ProposalGuardianSet(address oldProposalGuardian, address newProposalGuardian);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ProposalGuardianSet {
        #[allow(missing_docs)]
        pub oldProposalGuardian: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub newProposalGuardian: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for ProposalGuardianSet {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "ProposalGuardianSet(address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                234u8, 190u8, 125u8, 109u8, 151u8, 32u8, 189u8, 63u8, 222u8, 41u8, 240u8,
                251u8, 214u8, 175u8, 148u8, 222u8, 190u8, 234u8, 116u8, 198u8, 213u8,
                80u8, 140u8, 49u8, 238u8, 107u8, 7u8, 99u8, 30u8, 6u8, 230u8, 155u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    oldProposalGuardian: data.0,
                    newProposalGuardian: data.1,
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.oldProposalGuardian,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.newProposalGuardian,
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
        impl alloy_sol_types::private::IntoLogData for ProposalGuardianSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ProposalGuardianSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ProposalGuardianSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ProposalQueued(uint256,uint256)` and selector `0x9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892`.
```solidity
event ProposalQueued(uint256 proposalId, uint256 etaSeconds);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ProposalQueued {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub etaSeconds: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for ProposalQueued {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "ProposalQueued(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                154u8, 46u8, 66u8, 253u8, 103u8, 34u8, 129u8, 61u8, 105u8, 17u8, 62u8,
                125u8, 0u8, 121u8, 211u8, 217u8, 64u8, 23u8, 20u8, 40u8, 223u8, 115u8,
                115u8, 223u8, 156u8, 127u8, 118u8, 23u8, 207u8, 218u8, 40u8, 146u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    proposalId: data.0,
                    etaSeconds: data.1,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.etaSeconds),
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
        impl alloy_sol_types::private::IntoLogData for ProposalQueued {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ProposalQueued> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ProposalQueued) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ProposalThresholdSet(uint256,uint256)` and selector `0xccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461`.
```solidity
event ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ProposalThresholdSet {
        #[allow(missing_docs)]
        pub oldProposalThreshold: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newProposalThreshold: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for ProposalThresholdSet {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "ProposalThresholdSet(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                204u8, 180u8, 93u8, 168u8, 213u8, 113u8, 126u8, 108u8, 69u8, 68u8, 105u8,
                66u8, 151u8, 196u8, 186u8, 92u8, 241u8, 81u8, 212u8, 85u8, 201u8, 187u8,
                14u8, 212u8, 252u8, 122u8, 56u8, 65u8, 27u8, 192u8, 84u8, 97u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    oldProposalThreshold: data.0,
                    newProposalThreshold: data.1,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.oldProposalThreshold),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newProposalThreshold),
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
        impl alloy_sol_types::private::IntoLogData for ProposalThresholdSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ProposalThresholdSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ProposalThresholdSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `QuorumNumeratorUpdated(uint256,uint256)` and selector `0x0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997`.
```solidity
event QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct QuorumNumeratorUpdated {
        #[allow(missing_docs)]
        pub oldQuorumNumerator: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newQuorumNumerator: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for QuorumNumeratorUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "QuorumNumeratorUpdated(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                5u8, 83u8, 71u8, 107u8, 240u8, 46u8, 242u8, 114u8, 110u8, 140u8, 229u8,
                206u8, 215u8, 141u8, 99u8, 226u8, 110u8, 96u8, 46u8, 74u8, 34u8, 87u8,
                177u8, 245u8, 89u8, 65u8, 142u8, 36u8, 180u8, 99u8, 57u8, 151u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    oldQuorumNumerator: data.0,
                    newQuorumNumerator: data.1,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.oldQuorumNumerator),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newQuorumNumerator),
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
        impl alloy_sol_types::private::IntoLogData for QuorumNumeratorUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&QuorumNumeratorUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &QuorumNumeratorUpdated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TimelockChange(address,address)` and selector `0x08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401`.
```solidity
event TimelockChange(address oldTimelock, address newTimelock);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct TimelockChange {
        #[allow(missing_docs)]
        pub oldTimelock: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub newTimelock: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for TimelockChange {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "TimelockChange(address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                8u8, 247u8, 78u8, 164u8, 110u8, 247u8, 137u8, 79u8, 101u8, 234u8, 191u8,
                181u8, 230u8, 230u8, 149u8, 222u8, 119u8, 58u8, 0u8, 11u8, 71u8, 197u8,
                41u8, 171u8, 85u8, 145u8, 120u8, 6u8, 155u8, 34u8, 100u8, 1u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    oldTimelock: data.0,
                    newTimelock: data.1,
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.oldTimelock,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.newTimelock,
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
        impl alloy_sol_types::private::IntoLogData for TimelockChange {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TimelockChange> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TimelockChange) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `VoteCast(address,uint256,uint8,uint256,string)` and selector `0xb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda4`.
```solidity
event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct VoteCast {
        #[allow(missing_docs)]
        pub voter: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub support: u8,
        #[allow(missing_docs)]
        pub weight: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::String,
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
        impl alloy_sol_types::SolEvent for VoteCast {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::String,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "VoteCast(address,uint256,uint8,uint256,string)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                184u8, 225u8, 56u8, 136u8, 125u8, 10u8, 161u8, 59u8, 171u8, 68u8, 126u8,
                130u8, 222u8, 157u8, 92u8, 23u8, 119u8, 4u8, 30u8, 205u8, 33u8, 202u8,
                54u8, 186u8, 130u8, 79u8, 241u8, 230u8, 192u8, 125u8, 221u8, 164u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    voter: topics.1,
                    proposalId: data.0,
                    support: data.1,
                    weight: data.2,
                    reason: data.3,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.support),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.weight),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.reason,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.voter.clone())
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
                    &self.voter,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for VoteCast {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&VoteCast> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &VoteCast) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `VoteCastWithParams(address,uint256,uint8,uint256,string,bytes)` and selector `0xe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb8712`.
```solidity
event VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct VoteCastWithParams {
        #[allow(missing_docs)]
        pub voter: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub support: u8,
        #[allow(missing_docs)]
        pub weight: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub params: alloy::sol_types::private::Bytes,
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
        impl alloy_sol_types::SolEvent for VoteCastWithParams {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Bytes,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "VoteCastWithParams(address,uint256,uint8,uint256,string,bytes)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                226u8, 186u8, 191u8, 186u8, 197u8, 136u8, 154u8, 112u8, 155u8, 99u8,
                187u8, 127u8, 89u8, 139u8, 50u8, 78u8, 8u8, 188u8, 90u8, 79u8, 185u8,
                236u8, 100u8, 127u8, 179u8, 203u8, 201u8, 236u8, 7u8, 235u8, 135u8, 18u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    voter: topics.1,
                    proposalId: data.0,
                    support: data.1,
                    weight: data.2,
                    reason: data.3,
                    params: data.4,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.support),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.weight),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.reason,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.params,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.voter.clone())
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
                    &self.voter,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for VoteCastWithParams {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&VoteCastWithParams> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &VoteCastWithParams) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `VotingDelaySet(uint256,uint256)` and selector `0xc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93`.
```solidity
event VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct VotingDelaySet {
        #[allow(missing_docs)]
        pub oldVotingDelay: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newVotingDelay: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for VotingDelaySet {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "VotingDelaySet(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                197u8, 101u8, 176u8, 69u8, 64u8, 61u8, 192u8, 60u8, 46u8, 234u8, 130u8,
                184u8, 26u8, 4u8, 101u8, 237u8, 173u8, 158u8, 46u8, 127u8, 196u8, 217u8,
                126u8, 17u8, 66u8, 28u8, 32u8, 157u8, 169u8, 61u8, 122u8, 147u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    oldVotingDelay: data.0,
                    newVotingDelay: data.1,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.oldVotingDelay),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newVotingDelay),
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
        impl alloy_sol_types::private::IntoLogData for VotingDelaySet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&VotingDelaySet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &VotingDelaySet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `VotingPeriodSet(uint256,uint256)` and selector `0x7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828`.
```solidity
event VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct VotingPeriodSet {
        #[allow(missing_docs)]
        pub oldVotingPeriod: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newVotingPeriod: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for VotingPeriodSet {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "VotingPeriodSet(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                126u8, 63u8, 127u8, 7u8, 8u8, 168u8, 77u8, 233u8, 32u8, 48u8, 54u8,
                171u8, 170u8, 69u8, 13u8, 204u8, 200u8, 90u8, 213u8, 255u8, 82u8, 247u8,
                140u8, 23u8, 15u8, 62u8, 219u8, 85u8, 207u8, 94u8, 136u8, 40u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    oldVotingPeriod: data.0,
                    newVotingPeriod: data.1,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.oldVotingPeriod),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newVotingPeriod),
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
        impl alloy_sol_types::private::IntoLogData for VotingPeriodSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&VotingPeriodSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &VotingPeriodSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor(address token, address timelock, Params params, address guardian);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub timelock: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub params: <Params as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub guardian: alloy::sol_types::private::Address,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                Params,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                <Params as alloy::sol_types::SolType>::RustType,
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
                    (value.token, value.timelock, value.params, value.guardian)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        token: tuple.0,
                        timelock: tuple.1,
                        params: tuple.2,
                        guardian: tuple.3,
                    }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                Params,
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
                        &self.token,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.timelock,
                    ),
                    <Params as alloy_sol_types::SolType>::tokenize(&self.params),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.guardian,
                    ),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `BALLOT_TYPEHASH()` and selector `0xdeaaa7cc`.
```solidity
function BALLOT_TYPEHASH() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BALLOT_TYPEHASHCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`BALLOT_TYPEHASH()`](BALLOT_TYPEHASHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BALLOT_TYPEHASHReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<BALLOT_TYPEHASHCall> for UnderlyingRustTuple<'_> {
                fn from(value: BALLOT_TYPEHASHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for BALLOT_TYPEHASHCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
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
            impl ::core::convert::From<BALLOT_TYPEHASHReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: BALLOT_TYPEHASHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for BALLOT_TYPEHASHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for BALLOT_TYPEHASHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "BALLOT_TYPEHASH()";
            const SELECTOR: [u8; 4] = [222u8, 170u8, 167u8, 204u8];
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
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: BALLOT_TYPEHASHReturn = r.into();
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
                        let r: BALLOT_TYPEHASHReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `CLOCK_MODE()` and selector `0x4bf5d7e9`.
```solidity
function CLOCK_MODE() external view returns (string memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CLOCK_MODECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`CLOCK_MODE()`](CLOCK_MODECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CLOCK_MODEReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
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
            impl ::core::convert::From<CLOCK_MODECall> for UnderlyingRustTuple<'_> {
                fn from(value: CLOCK_MODECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for CLOCK_MODECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
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
            impl ::core::convert::From<CLOCK_MODEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: CLOCK_MODEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for CLOCK_MODEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for CLOCK_MODECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "CLOCK_MODE()";
            const SELECTOR: [u8; 4] = [75u8, 245u8, 215u8, 233u8];
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
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
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
                        let r: CLOCK_MODEReturn = r.into();
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
                        let r: CLOCK_MODEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `COUNTING_MODE()` and selector `0xdd4e2ba5`.
```solidity
function COUNTING_MODE() external pure returns (string memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct COUNTING_MODECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`COUNTING_MODE()`](COUNTING_MODECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct COUNTING_MODEReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
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
            impl ::core::convert::From<COUNTING_MODECall> for UnderlyingRustTuple<'_> {
                fn from(value: COUNTING_MODECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for COUNTING_MODECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
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
            impl ::core::convert::From<COUNTING_MODEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: COUNTING_MODEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for COUNTING_MODEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for COUNTING_MODECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "COUNTING_MODE()";
            const SELECTOR: [u8; 4] = [221u8, 78u8, 43u8, 165u8];
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
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
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
                        let r: COUNTING_MODEReturn = r.into();
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
                        let r: COUNTING_MODEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `EXTENDED_BALLOT_TYPEHASH()` and selector `0x2fe3e261`.
```solidity
function EXTENDED_BALLOT_TYPEHASH() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EXTENDED_BALLOT_TYPEHASHCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`EXTENDED_BALLOT_TYPEHASH()`](EXTENDED_BALLOT_TYPEHASHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EXTENDED_BALLOT_TYPEHASHReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<EXTENDED_BALLOT_TYPEHASHCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: EXTENDED_BALLOT_TYPEHASHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for EXTENDED_BALLOT_TYPEHASHCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
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
            impl ::core::convert::From<EXTENDED_BALLOT_TYPEHASHReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: EXTENDED_BALLOT_TYPEHASHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for EXTENDED_BALLOT_TYPEHASHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for EXTENDED_BALLOT_TYPEHASHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EXTENDED_BALLOT_TYPEHASH()";
            const SELECTOR: [u8; 4] = [47u8, 227u8, 226u8, 97u8];
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
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: EXTENDED_BALLOT_TYPEHASHReturn = r.into();
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
                        let r: EXTENDED_BALLOT_TYPEHASHReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `cancel(address[],uint256[],bytes[],bytes32)` and selector `0x452115d6`.
```solidity
function cancel(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash) external returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct cancelCall {
        #[allow(missing_docs)]
        pub targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
        #[allow(missing_docs)]
        pub values: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
        #[allow(missing_docs)]
        pub calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
        #[allow(missing_docs)]
        pub descriptionHash: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`cancel(address[],uint256[],bytes[],bytes32)`](cancelCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct cancelReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
                alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
                alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<cancelCall> for UnderlyingRustTuple<'_> {
                fn from(value: cancelCall) -> Self {
                    (value.targets, value.values, value.calldatas, value.descriptionHash)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for cancelCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        targets: tuple.0,
                        values: tuple.1,
                        calldatas: tuple.2,
                        descriptionHash: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<cancelReturn> for UnderlyingRustTuple<'_> {
                fn from(value: cancelReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for cancelReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for cancelCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "cancel(address[],uint256[],bytes[],bytes32)";
            const SELECTOR: [u8; 4] = [69u8, 33u8, 21u8, 214u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.targets),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.values),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::SolType>::tokenize(&self.calldatas),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.descriptionHash),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: cancelReturn = r.into();
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
                        let r: cancelReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `castVote(uint256,uint8)` and selector `0x56781388`.
```solidity
function castVote(uint256 proposalId, uint8 support) external returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct castVoteCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub support: u8,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`castVote(uint256,uint8)`](castVoteCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct castVoteReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u8,
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
            impl ::core::convert::From<castVoteCall> for UnderlyingRustTuple<'_> {
                fn from(value: castVoteCall) -> Self {
                    (value.proposalId, value.support)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for castVoteCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        proposalId: tuple.0,
                        support: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<castVoteReturn> for UnderlyingRustTuple<'_> {
                fn from(value: castVoteReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for castVoteReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for castVoteCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "castVote(uint256,uint8)";
            const SELECTOR: [u8; 4] = [86u8, 120u8, 19u8, 136u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.support),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: castVoteReturn = r.into();
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
                        let r: castVoteReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `castVoteBySig(uint256,uint8,address,bytes)` and selector `0x8ff262e3`.
```solidity
function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes memory signature) external returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct castVoteBySigCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub support: u8,
        #[allow(missing_docs)]
        pub voter: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`castVoteBySig(uint256,uint8,address,bytes)`](castVoteBySigCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct castVoteBySigReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u8,
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<castVoteBySigCall> for UnderlyingRustTuple<'_> {
                fn from(value: castVoteBySigCall) -> Self {
                    (value.proposalId, value.support, value.voter, value.signature)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for castVoteBySigCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        proposalId: tuple.0,
                        support: tuple.1,
                        voter: tuple.2,
                        signature: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<castVoteBySigReturn> for UnderlyingRustTuple<'_> {
                fn from(value: castVoteBySigReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for castVoteBySigReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for castVoteBySigCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "castVoteBySig(uint256,uint8,address,bytes)";
            const SELECTOR: [u8; 4] = [143u8, 242u8, 98u8, 227u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.support),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.voter,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signature,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: castVoteBySigReturn = r.into();
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
                        let r: castVoteBySigReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `castVoteWithReason(uint256,uint8,string)` and selector `0x7b3c71d3`.
```solidity
function castVoteWithReason(uint256 proposalId, uint8 support, string memory reason) external returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct castVoteWithReasonCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub support: u8,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::String,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`castVoteWithReason(uint256,uint8,string)`](castVoteWithReasonCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct castVoteWithReasonReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::String,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u8,
                alloy::sol_types::private::String,
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
            impl ::core::convert::From<castVoteWithReasonCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: castVoteWithReasonCall) -> Self {
                    (value.proposalId, value.support, value.reason)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for castVoteWithReasonCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        proposalId: tuple.0,
                        support: tuple.1,
                        reason: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<castVoteWithReasonReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: castVoteWithReasonReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for castVoteWithReasonReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for castVoteWithReasonCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::String,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "castVoteWithReason(uint256,uint8,string)";
            const SELECTOR: [u8; 4] = [123u8, 60u8, 113u8, 211u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.support),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.reason,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: castVoteWithReasonReturn = r.into();
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
                        let r: castVoteWithReasonReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `castVoteWithReasonAndParams(uint256,uint8,string,bytes)` and selector `0x5f398a14`.
```solidity
function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string memory reason, bytes memory params) external returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct castVoteWithReasonAndParamsCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub support: u8,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub params: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`castVoteWithReasonAndParams(uint256,uint8,string,bytes)`](castVoteWithReasonAndParamsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct castVoteWithReasonAndParamsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u8,
                alloy::sol_types::private::String,
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
            impl ::core::convert::From<castVoteWithReasonAndParamsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: castVoteWithReasonAndParamsCall) -> Self {
                    (value.proposalId, value.support, value.reason, value.params)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for castVoteWithReasonAndParamsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        proposalId: tuple.0,
                        support: tuple.1,
                        reason: tuple.2,
                        params: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<castVoteWithReasonAndParamsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: castVoteWithReasonAndParamsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for castVoteWithReasonAndParamsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for castVoteWithReasonAndParamsCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "castVoteWithReasonAndParams(uint256,uint8,string,bytes)";
            const SELECTOR: [u8; 4] = [95u8, 57u8, 138u8, 20u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.support),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.reason,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.params,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: castVoteWithReasonAndParamsReturn = r.into();
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
                        let r: castVoteWithReasonAndParamsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `castVoteWithReasonAndParamsBySig(uint256,uint8,address,string,bytes,bytes)` and selector `0x5b8d0e0d`.
```solidity
function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string memory reason, bytes memory params, bytes memory signature) external returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct castVoteWithReasonAndParamsBySigCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub support: u8,
        #[allow(missing_docs)]
        pub voter: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub params: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`castVoteWithReasonAndParamsBySig(uint256,uint8,address,string,bytes,bytes)`](castVoteWithReasonAndParamsBySigCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct castVoteWithReasonAndParamsBySigReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u8,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::String,
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
            impl ::core::convert::From<castVoteWithReasonAndParamsBySigCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: castVoteWithReasonAndParamsBySigCall) -> Self {
                    (
                        value.proposalId,
                        value.support,
                        value.voter,
                        value.reason,
                        value.params,
                        value.signature,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for castVoteWithReasonAndParamsBySigCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        proposalId: tuple.0,
                        support: tuple.1,
                        voter: tuple.2,
                        reason: tuple.3,
                        params: tuple.4,
                        signature: tuple.5,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<castVoteWithReasonAndParamsBySigReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: castVoteWithReasonAndParamsBySigReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for castVoteWithReasonAndParamsBySigReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for castVoteWithReasonAndParamsBySigCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "castVoteWithReasonAndParamsBySig(uint256,uint8,address,string,bytes,bytes)";
            const SELECTOR: [u8; 4] = [91u8, 141u8, 14u8, 13u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.support),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.voter,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.reason,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.params,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signature,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: castVoteWithReasonAndParamsBySigReturn = r.into();
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
                        let r: castVoteWithReasonAndParamsBySigReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `clock()` and selector `0x91ddadf4`.
```solidity
function clock() external view returns (uint48);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct clockCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`clock()`](clockCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct clockReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U48,
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
            impl ::core::convert::From<clockCall> for UnderlyingRustTuple<'_> {
                fn from(value: clockCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for clockCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U48,
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
            impl ::core::convert::From<clockReturn> for UnderlyingRustTuple<'_> {
                fn from(value: clockReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for clockReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for clockCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U48;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "clock()";
            const SELECTOR: [u8; 4] = [145u8, 221u8, 173u8, 244u8];
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
                    <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: clockReturn = r.into();
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
                        let r: clockReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `eip712Domain()` and selector `0x84b0196e`.
```solidity
function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eip712DomainCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`eip712Domain()`](eip712DomainCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eip712DomainReturn {
        #[allow(missing_docs)]
        pub fields: alloy::sol_types::private::FixedBytes<1>,
        #[allow(missing_docs)]
        pub name: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub version: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub chainId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub verifyingContract: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub salt: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub extensions: alloy::sol_types::private::Vec<
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
            impl ::core::convert::From<eip712DomainCall> for UnderlyingRustTuple<'_> {
                fn from(value: eip712DomainCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eip712DomainCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<1>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<1>,
                alloy::sol_types::private::String,
                alloy::sol_types::private::String,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
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
            impl ::core::convert::From<eip712DomainReturn> for UnderlyingRustTuple<'_> {
                fn from(value: eip712DomainReturn) -> Self {
                    (
                        value.fields,
                        value.name,
                        value.version,
                        value.chainId,
                        value.verifyingContract,
                        value.salt,
                        value.extensions,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eip712DomainReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        fields: tuple.0,
                        name: tuple.1,
                        version: tuple.2,
                        chainId: tuple.3,
                        verifyingContract: tuple.4,
                        salt: tuple.5,
                        extensions: tuple.6,
                    }
                }
            }
        }
        impl eip712DomainReturn {
            fn _tokenize(
                &self,
            ) -> <eip712DomainCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        1,
                    > as alloy_sol_types::SolType>::tokenize(&self.fields),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.name,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.version,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.chainId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.verifyingContract,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.salt),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.extensions),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for eip712DomainCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = eip712DomainReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<1>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "eip712Domain()";
            const SELECTOR: [u8; 4] = [132u8, 176u8, 25u8, 110u8];
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
                eip712DomainReturn::_tokenize(ret)
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
    /**Function with signature `execute(address[],uint256[],bytes[],bytes32)` and selector `0x2656227d`.
```solidity
function execute(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash) external payable returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct executeCall {
        #[allow(missing_docs)]
        pub targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
        #[allow(missing_docs)]
        pub values: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
        #[allow(missing_docs)]
        pub calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
        #[allow(missing_docs)]
        pub descriptionHash: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`execute(address[],uint256[],bytes[],bytes32)`](executeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct executeReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
                alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
                alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<executeCall> for UnderlyingRustTuple<'_> {
                fn from(value: executeCall) -> Self {
                    (value.targets, value.values, value.calldatas, value.descriptionHash)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for executeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        targets: tuple.0,
                        values: tuple.1,
                        calldatas: tuple.2,
                        descriptionHash: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<executeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: executeReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for executeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for executeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "execute(address[],uint256[],bytes[],bytes32)";
            const SELECTOR: [u8; 4] = [38u8, 86u8, 34u8, 125u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.targets),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.values),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::SolType>::tokenize(&self.calldatas),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.descriptionHash),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: executeReturn = r.into();
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
                        let r: executeReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getProposalId(address[],uint256[],bytes[],bytes32)` and selector `0xa8f8a668`.
```solidity
function getProposalId(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getProposalIdCall {
        #[allow(missing_docs)]
        pub targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
        #[allow(missing_docs)]
        pub values: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
        #[allow(missing_docs)]
        pub calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
        #[allow(missing_docs)]
        pub descriptionHash: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getProposalId(address[],uint256[],bytes[],bytes32)`](getProposalIdCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getProposalIdReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
                alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
                alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<getProposalIdCall> for UnderlyingRustTuple<'_> {
                fn from(value: getProposalIdCall) -> Self {
                    (value.targets, value.values, value.calldatas, value.descriptionHash)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getProposalIdCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        targets: tuple.0,
                        values: tuple.1,
                        calldatas: tuple.2,
                        descriptionHash: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<getProposalIdReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getProposalIdReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getProposalIdReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getProposalIdCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getProposalId(address[],uint256[],bytes[],bytes32)";
            const SELECTOR: [u8; 4] = [168u8, 248u8, 166u8, 104u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.targets),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.values),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::SolType>::tokenize(&self.calldatas),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.descriptionHash),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getProposalIdReturn = r.into();
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
                        let r: getProposalIdReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getVotes(address,uint256)` and selector `0xeb9019d4`.
```solidity
function getVotes(address account, uint256 timepoint) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getVotesCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub timepoint: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getVotes(address,uint256)`](getVotesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getVotesReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<getVotesCall> for UnderlyingRustTuple<'_> {
                fn from(value: getVotesCall) -> Self {
                    (value.account, value.timepoint)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getVotesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        account: tuple.0,
                        timepoint: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<getVotesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getVotesReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getVotesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getVotesCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getVotes(address,uint256)";
            const SELECTOR: [u8; 4] = [235u8, 144u8, 25u8, 212u8];
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
                        &self.account,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.timepoint),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getVotesReturn = r.into();
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
                        let r: getVotesReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getVotesWithParams(address,uint256,bytes)` and selector `0x9a802a6d`.
```solidity
function getVotesWithParams(address account, uint256 timepoint, bytes memory params) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getVotesWithParamsCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub timepoint: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub params: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getVotesWithParams(address,uint256,bytes)`](getVotesWithParamsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getVotesWithParamsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<getVotesWithParamsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: getVotesWithParamsCall) -> Self {
                    (value.account, value.timepoint, value.params)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for getVotesWithParamsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        account: tuple.0,
                        timepoint: tuple.1,
                        params: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<getVotesWithParamsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: getVotesWithParamsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for getVotesWithParamsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getVotesWithParamsCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getVotesWithParams(address,uint256,bytes)";
            const SELECTOR: [u8; 4] = [154u8, 128u8, 42u8, 109u8];
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
                        &self.account,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.timepoint),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.params,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getVotesWithParamsReturn = r.into();
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
                        let r: getVotesWithParamsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `hasVoted(uint256,address)` and selector `0x43859632`.
```solidity
function hasVoted(uint256 proposalId, address account) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasVotedCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`hasVoted(uint256,address)`](hasVotedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasVotedReturn {
        #[allow(missing_docs)]
        pub _0: bool,
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
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<hasVotedCall> for UnderlyingRustTuple<'_> {
                fn from(value: hasVotedCall) -> Self {
                    (value.proposalId, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasVotedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        proposalId: tuple.0,
                        account: tuple.1,
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
            impl ::core::convert::From<hasVotedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: hasVotedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasVotedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for hasVotedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "hasVoted(uint256,address)";
            const SELECTOR: [u8; 4] = [67u8, 133u8, 150u8, 50u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
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
                        let r: hasVotedReturn = r.into();
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
                        let r: hasVotedReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `hashProposal(address[],uint256[],bytes[],bytes32)` and selector `0xc59057e4`.
```solidity
function hashProposal(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash) external pure returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hashProposalCall {
        #[allow(missing_docs)]
        pub targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
        #[allow(missing_docs)]
        pub values: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
        #[allow(missing_docs)]
        pub calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
        #[allow(missing_docs)]
        pub descriptionHash: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`hashProposal(address[],uint256[],bytes[],bytes32)`](hashProposalCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hashProposalReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
                alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
                alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<hashProposalCall> for UnderlyingRustTuple<'_> {
                fn from(value: hashProposalCall) -> Self {
                    (value.targets, value.values, value.calldatas, value.descriptionHash)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hashProposalCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        targets: tuple.0,
                        values: tuple.1,
                        calldatas: tuple.2,
                        descriptionHash: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<hashProposalReturn> for UnderlyingRustTuple<'_> {
                fn from(value: hashProposalReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hashProposalReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for hashProposalCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "hashProposal(address[],uint256[],bytes[],bytes32)";
            const SELECTOR: [u8; 4] = [197u8, 144u8, 87u8, 228u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.targets),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.values),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::SolType>::tokenize(&self.calldatas),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.descriptionHash),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: hashProposalReturn = r.into();
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
                        let r: hashProposalReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `lateQuorumVoteExtension()` and selector `0x32b8113e`.
```solidity
function lateQuorumVoteExtension() external view returns (uint48);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct lateQuorumVoteExtensionCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`lateQuorumVoteExtension()`](lateQuorumVoteExtensionCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct lateQuorumVoteExtensionReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U48,
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
            impl ::core::convert::From<lateQuorumVoteExtensionCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: lateQuorumVoteExtensionCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for lateQuorumVoteExtensionCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U48,
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
            impl ::core::convert::From<lateQuorumVoteExtensionReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: lateQuorumVoteExtensionReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for lateQuorumVoteExtensionReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for lateQuorumVoteExtensionCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U48;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "lateQuorumVoteExtension()";
            const SELECTOR: [u8; 4] = [50u8, 184u8, 17u8, 62u8];
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
                    <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: lateQuorumVoteExtensionReturn = r.into();
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
                        let r: lateQuorumVoteExtensionReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `name()` and selector `0x06fdde03`.
```solidity
function name() external view returns (string memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nameCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`name()`](nameCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nameReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
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
            impl ::core::convert::From<nameCall> for UnderlyingRustTuple<'_> {
                fn from(value: nameCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nameCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
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
            impl ::core::convert::From<nameReturn> for UnderlyingRustTuple<'_> {
                fn from(value: nameReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nameReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for nameCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "name()";
            const SELECTOR: [u8; 4] = [6u8, 253u8, 222u8, 3u8];
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
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
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
                        let r: nameReturn = r.into();
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
                        let r: nameReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `nonces(address)` and selector `0x7ecebe00`.
```solidity
function nonces(address owner) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct noncesCall {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`nonces(address)`](noncesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct noncesReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<noncesCall> for UnderlyingRustTuple<'_> {
                fn from(value: noncesCall) -> Self {
                    (value.owner,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for noncesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { owner: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<noncesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: noncesReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for noncesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for noncesCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "nonces(address)";
            const SELECTOR: [u8; 4] = [126u8, 206u8, 190u8, 0u8];
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
                        &self.owner,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: noncesReturn = r.into();
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
                        let r: noncesReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `onERC1155BatchReceived(address,address,uint256[],uint256[],bytes)` and selector `0xbc197c81`.
```solidity
function onERC1155BatchReceived(address, address, uint256[] memory, uint256[] memory, bytes memory) external returns (bytes4);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onERC1155BatchReceivedCall {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub _1: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub _2: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
        #[allow(missing_docs)]
        pub _3: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
        #[allow(missing_docs)]
        pub _4: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`onERC1155BatchReceived(address,address,uint256[],uint256[],bytes)`](onERC1155BatchReceivedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onERC1155BatchReceivedReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<4>,
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
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
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
            impl ::core::convert::From<onERC1155BatchReceivedCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: onERC1155BatchReceivedCall) -> Self {
                    (value._0, value._1, value._2, value._3, value._4)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for onERC1155BatchReceivedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        _0: tuple.0,
                        _1: tuple.1,
                        _2: tuple.2,
                        _3: tuple.3,
                        _4: tuple.4,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<4>,);
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
            impl ::core::convert::From<onERC1155BatchReceivedReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: onERC1155BatchReceivedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for onERC1155BatchReceivedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for onERC1155BatchReceivedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<4>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "onERC1155BatchReceived(address,address,uint256[],uint256[],bytes)";
            const SELECTOR: [u8; 4] = [188u8, 25u8, 124u8, 129u8];
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
                        &self._0,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self._1,
                    ),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self._2),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self._3),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self._4,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        4,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: onERC1155BatchReceivedReturn = r.into();
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
                        let r: onERC1155BatchReceivedReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `onERC1155Received(address,address,uint256,uint256,bytes)` and selector `0xf23a6e61`.
```solidity
function onERC1155Received(address, address, uint256, uint256, bytes memory) external returns (bytes4);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onERC1155ReceivedCall {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub _1: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub _2: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub _3: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub _4: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`onERC1155Received(address,address,uint256,uint256,bytes)`](onERC1155ReceivedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onERC1155ReceivedReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<4>,
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
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<onERC1155ReceivedCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: onERC1155ReceivedCall) -> Self {
                    (value._0, value._1, value._2, value._3, value._4)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for onERC1155ReceivedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        _0: tuple.0,
                        _1: tuple.1,
                        _2: tuple.2,
                        _3: tuple.3,
                        _4: tuple.4,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<4>,);
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
            impl ::core::convert::From<onERC1155ReceivedReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: onERC1155ReceivedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for onERC1155ReceivedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for onERC1155ReceivedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<4>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "onERC1155Received(address,address,uint256,uint256,bytes)";
            const SELECTOR: [u8; 4] = [242u8, 58u8, 110u8, 97u8];
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
                        &self._0,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self._1,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self._2),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self._3),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self._4,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        4,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: onERC1155ReceivedReturn = r.into();
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
                        let r: onERC1155ReceivedReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `onERC721Received(address,address,uint256,bytes)` and selector `0x150b7a02`.
```solidity
function onERC721Received(address, address, uint256, bytes memory) external returns (bytes4);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onERC721ReceivedCall {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub _1: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub _2: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub _3: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`onERC721Received(address,address,uint256,bytes)`](onERC721ReceivedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onERC721ReceivedReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<4>,
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
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<onERC721ReceivedCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: onERC721ReceivedCall) -> Self {
                    (value._0, value._1, value._2, value._3)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for onERC721ReceivedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        _0: tuple.0,
                        _1: tuple.1,
                        _2: tuple.2,
                        _3: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<4>,);
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
            impl ::core::convert::From<onERC721ReceivedReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: onERC721ReceivedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for onERC721ReceivedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for onERC721ReceivedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<4>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "onERC721Received(address,address,uint256,bytes)";
            const SELECTOR: [u8; 4] = [21u8, 11u8, 122u8, 2u8];
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
                        &self._0,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self._1,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self._2),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self._3,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        4,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: onERC721ReceivedReturn = r.into();
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
                        let r: onERC721ReceivedReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `proposalDeadline(uint256)` and selector `0xc01f9e37`.
```solidity
function proposalDeadline(uint256 proposalId) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalDeadlineCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proposalDeadline(uint256)`](proposalDeadlineCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalDeadlineReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<proposalDeadlineCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: proposalDeadlineCall) -> Self {
                    (value.proposalId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for proposalDeadlineCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { proposalId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<proposalDeadlineReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: proposalDeadlineReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for proposalDeadlineReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proposalDeadlineCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proposalDeadline(uint256)";
            const SELECTOR: [u8; 4] = [192u8, 31u8, 158u8, 55u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: proposalDeadlineReturn = r.into();
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
                        let r: proposalDeadlineReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `proposalEta(uint256)` and selector `0xab58fb8e`.
```solidity
function proposalEta(uint256 proposalId) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalEtaCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proposalEta(uint256)`](proposalEtaCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalEtaReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<proposalEtaCall> for UnderlyingRustTuple<'_> {
                fn from(value: proposalEtaCall) -> Self {
                    (value.proposalId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proposalEtaCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { proposalId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<proposalEtaReturn> for UnderlyingRustTuple<'_> {
                fn from(value: proposalEtaReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proposalEtaReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proposalEtaCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proposalEta(uint256)";
            const SELECTOR: [u8; 4] = [171u8, 88u8, 251u8, 142u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: proposalEtaReturn = r.into();
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
                        let r: proposalEtaReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `proposalGuardian()` and selector `0xfc473616`.
```solidity
function proposalGuardian() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalGuardianCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proposalGuardian()`](proposalGuardianCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalGuardianReturn {
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
            impl ::core::convert::From<proposalGuardianCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: proposalGuardianCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for proposalGuardianCall {
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
            impl ::core::convert::From<proposalGuardianReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: proposalGuardianReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for proposalGuardianReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proposalGuardianCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proposalGuardian()";
            const SELECTOR: [u8; 4] = [252u8, 71u8, 54u8, 22u8];
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
                        let r: proposalGuardianReturn = r.into();
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
                        let r: proposalGuardianReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `proposalNeedsQueuing(uint256)` and selector `0xa9a95294`.
```solidity
function proposalNeedsQueuing(uint256 proposalId) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalNeedsQueuingCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proposalNeedsQueuing(uint256)`](proposalNeedsQueuingCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalNeedsQueuingReturn {
        #[allow(missing_docs)]
        pub _0: bool,
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
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<proposalNeedsQueuingCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: proposalNeedsQueuingCall) -> Self {
                    (value.proposalId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for proposalNeedsQueuingCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { proposalId: tuple.0 }
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
            impl ::core::convert::From<proposalNeedsQueuingReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: proposalNeedsQueuingReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for proposalNeedsQueuingReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proposalNeedsQueuingCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proposalNeedsQueuing(uint256)";
            const SELECTOR: [u8; 4] = [169u8, 169u8, 82u8, 148u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
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
                        let r: proposalNeedsQueuingReturn = r.into();
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
                        let r: proposalNeedsQueuingReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `proposalProposer(uint256)` and selector `0x143489d0`.
```solidity
function proposalProposer(uint256 proposalId) external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalProposerCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proposalProposer(uint256)`](proposalProposerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalProposerReturn {
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
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<proposalProposerCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: proposalProposerCall) -> Self {
                    (value.proposalId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for proposalProposerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { proposalId: tuple.0 }
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
            impl ::core::convert::From<proposalProposerReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: proposalProposerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for proposalProposerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proposalProposerCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proposalProposer(uint256)";
            const SELECTOR: [u8; 4] = [20u8, 52u8, 137u8, 208u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                )
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
                        let r: proposalProposerReturn = r.into();
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
                        let r: proposalProposerReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `proposalSnapshot(uint256)` and selector `0x2d63f693`.
```solidity
function proposalSnapshot(uint256 proposalId) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalSnapshotCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proposalSnapshot(uint256)`](proposalSnapshotCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalSnapshotReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<proposalSnapshotCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: proposalSnapshotCall) -> Self {
                    (value.proposalId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for proposalSnapshotCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { proposalId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<proposalSnapshotReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: proposalSnapshotReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for proposalSnapshotReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proposalSnapshotCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proposalSnapshot(uint256)";
            const SELECTOR: [u8; 4] = [45u8, 99u8, 246u8, 147u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: proposalSnapshotReturn = r.into();
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
                        let r: proposalSnapshotReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `proposalThreshold()` and selector `0xb58131b0`.
```solidity
function proposalThreshold() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalThresholdCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proposalThreshold()`](proposalThresholdCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalThresholdReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<proposalThresholdCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: proposalThresholdCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for proposalThresholdCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<proposalThresholdReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: proposalThresholdReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for proposalThresholdReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proposalThresholdCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proposalThreshold()";
            const SELECTOR: [u8; 4] = [181u8, 129u8, 49u8, 176u8];
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
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: proposalThresholdReturn = r.into();
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
                        let r: proposalThresholdReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `proposalVotes(uint256)` and selector `0x544ffc9c`.
```solidity
function proposalVotes(uint256 proposalId) external view returns (uint256 againstVotes, uint256 forVotes, uint256 abstainVotes);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalVotesCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proposalVotes(uint256)`](proposalVotesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalVotesReturn {
        #[allow(missing_docs)]
        pub againstVotes: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub forVotes: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub abstainVotes: alloy::sol_types::private::primitives::aliases::U256,
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
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<proposalVotesCall> for UnderlyingRustTuple<'_> {
                fn from(value: proposalVotesCall) -> Self {
                    (value.proposalId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proposalVotesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { proposalId: tuple.0 }
                }
            }
        }
        {
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
            impl ::core::convert::From<proposalVotesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: proposalVotesReturn) -> Self {
                    (value.againstVotes, value.forVotes, value.abstainVotes)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proposalVotesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        againstVotes: tuple.0,
                        forVotes: tuple.1,
                        abstainVotes: tuple.2,
                    }
                }
            }
        }
        impl proposalVotesReturn {
            fn _tokenize(
                &self,
            ) -> <proposalVotesCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.againstVotes),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.forVotes),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.abstainVotes),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proposalVotesCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = proposalVotesReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proposalVotes(uint256)";
            const SELECTOR: [u8; 4] = [84u8, 79u8, 252u8, 156u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                proposalVotesReturn::_tokenize(ret)
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
    /**Function with signature `propose(address[],uint256[],bytes[],string)` and selector `0x7d5e81e2`.
```solidity
function propose(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, string memory description) external returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposeCall {
        #[allow(missing_docs)]
        pub targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
        #[allow(missing_docs)]
        pub values: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
        #[allow(missing_docs)]
        pub calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
        #[allow(missing_docs)]
        pub description: alloy::sol_types::private::String,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`propose(address[],uint256[],bytes[],string)`](proposeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposeReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::String,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
                alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
                alloy::sol_types::private::String,
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
            impl ::core::convert::From<proposeCall> for UnderlyingRustTuple<'_> {
                fn from(value: proposeCall) -> Self {
                    (value.targets, value.values, value.calldatas, value.description)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proposeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        targets: tuple.0,
                        values: tuple.1,
                        calldatas: tuple.2,
                        description: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<proposeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: proposeReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proposeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proposeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::String,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "propose(address[],uint256[],bytes[],string)";
            const SELECTOR: [u8; 4] = [125u8, 94u8, 129u8, 226u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.targets),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.values),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::SolType>::tokenize(&self.calldatas),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.description,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: proposeReturn = r.into();
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
                        let r: proposeReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `queue(address[],uint256[],bytes[],bytes32)` and selector `0x160cbed7`.
```solidity
function queue(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash) external returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct queueCall {
        #[allow(missing_docs)]
        pub targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
        #[allow(missing_docs)]
        pub values: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
        #[allow(missing_docs)]
        pub calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
        #[allow(missing_docs)]
        pub descriptionHash: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`queue(address[],uint256[],bytes[],bytes32)`](queueCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct queueReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
                alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
                alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<queueCall> for UnderlyingRustTuple<'_> {
                fn from(value: queueCall) -> Self {
                    (value.targets, value.values, value.calldatas, value.descriptionHash)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for queueCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        targets: tuple.0,
                        values: tuple.1,
                        calldatas: tuple.2,
                        descriptionHash: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<queueReturn> for UnderlyingRustTuple<'_> {
                fn from(value: queueReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for queueReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for queueCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "queue(address[],uint256[],bytes[],bytes32)";
            const SELECTOR: [u8; 4] = [22u8, 12u8, 190u8, 215u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.targets),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.values),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::SolType>::tokenize(&self.calldatas),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.descriptionHash),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: queueReturn = r.into();
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
                        let r: queueReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `quorum(uint256)` and selector `0xf8ce560a`.
```solidity
function quorum(uint256 timepoint) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct quorumCall {
        #[allow(missing_docs)]
        pub timepoint: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`quorum(uint256)`](quorumCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct quorumReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<quorumCall> for UnderlyingRustTuple<'_> {
                fn from(value: quorumCall) -> Self {
                    (value.timepoint,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for quorumCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { timepoint: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<quorumReturn> for UnderlyingRustTuple<'_> {
                fn from(value: quorumReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for quorumReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for quorumCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "quorum(uint256)";
            const SELECTOR: [u8; 4] = [248u8, 206u8, 86u8, 10u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.timepoint),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: quorumReturn = r.into();
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
                        let r: quorumReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `quorumDenominator()` and selector `0x97c3d334`.
```solidity
function quorumDenominator() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct quorumDenominatorCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`quorumDenominator()`](quorumDenominatorCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct quorumDenominatorReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<quorumDenominatorCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: quorumDenominatorCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for quorumDenominatorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<quorumDenominatorReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: quorumDenominatorReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for quorumDenominatorReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for quorumDenominatorCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "quorumDenominator()";
            const SELECTOR: [u8; 4] = [151u8, 195u8, 211u8, 52u8];
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
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: quorumDenominatorReturn = r.into();
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
                        let r: quorumDenominatorReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `quorumNumerator(uint256)` and selector `0x60c4247f`.
```solidity
function quorumNumerator(uint256 timepoint) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct quorumNumerator_0Call {
        #[allow(missing_docs)]
        pub timepoint: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`quorumNumerator(uint256)`](quorumNumerator_0Call) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct quorumNumerator_0Return {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<quorumNumerator_0Call>
            for UnderlyingRustTuple<'_> {
                fn from(value: quorumNumerator_0Call) -> Self {
                    (value.timepoint,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for quorumNumerator_0Call {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { timepoint: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<quorumNumerator_0Return>
            for UnderlyingRustTuple<'_> {
                fn from(value: quorumNumerator_0Return) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for quorumNumerator_0Return {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for quorumNumerator_0Call {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "quorumNumerator(uint256)";
            const SELECTOR: [u8; 4] = [96u8, 196u8, 36u8, 127u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.timepoint),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: quorumNumerator_0Return = r.into();
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
                        let r: quorumNumerator_0Return = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `quorumNumerator()` and selector `0xa7713a70`.
```solidity
function quorumNumerator() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct quorumNumerator_1Call;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`quorumNumerator()`](quorumNumerator_1Call) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct quorumNumerator_1Return {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<quorumNumerator_1Call>
            for UnderlyingRustTuple<'_> {
                fn from(value: quorumNumerator_1Call) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for quorumNumerator_1Call {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<quorumNumerator_1Return>
            for UnderlyingRustTuple<'_> {
                fn from(value: quorumNumerator_1Return) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for quorumNumerator_1Return {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for quorumNumerator_1Call {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "quorumNumerator()";
            const SELECTOR: [u8; 4] = [167u8, 113u8, 58u8, 112u8];
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
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: quorumNumerator_1Return = r.into();
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
                        let r: quorumNumerator_1Return = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `relay(address,uint256,bytes)` and selector `0xc28bc2fa`.
```solidity
function relay(address target, uint256 value, bytes memory data) external payable;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct relayCall {
        #[allow(missing_docs)]
        pub target: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub value: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub data: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`relay(address,uint256,bytes)`](relayCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct relayReturn {}
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
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<relayCall> for UnderlyingRustTuple<'_> {
                fn from(value: relayCall) -> Self {
                    (value.target, value.value, value.data)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for relayCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        target: tuple.0,
                        value: tuple.1,
                        data: tuple.2,
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
            impl ::core::convert::From<relayReturn> for UnderlyingRustTuple<'_> {
                fn from(value: relayReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for relayReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl relayReturn {
            fn _tokenize(
                &self,
            ) -> <relayCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for relayCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = relayReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "relay(address,uint256,bytes)";
            const SELECTOR: [u8; 4] = [194u8, 139u8, 194u8, 250u8];
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
                        &self.target,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.value),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.data,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                relayReturn::_tokenize(ret)
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
    /**Function with signature `setLateQuorumVoteExtension(uint48)` and selector `0x330df7ff`.
```solidity
function setLateQuorumVoteExtension(uint48 newVoteExtension) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setLateQuorumVoteExtensionCall {
        #[allow(missing_docs)]
        pub newVoteExtension: alloy::sol_types::private::primitives::aliases::U48,
    }
    ///Container type for the return parameters of the [`setLateQuorumVoteExtension(uint48)`](setLateQuorumVoteExtensionCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setLateQuorumVoteExtensionReturn {}
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
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U48,
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
            impl ::core::convert::From<setLateQuorumVoteExtensionCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setLateQuorumVoteExtensionCall) -> Self {
                    (value.newVoteExtension,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setLateQuorumVoteExtensionCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { newVoteExtension: tuple.0 }
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
            impl ::core::convert::From<setLateQuorumVoteExtensionReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setLateQuorumVoteExtensionReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setLateQuorumVoteExtensionReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setLateQuorumVoteExtensionReturn {
            fn _tokenize(
                &self,
            ) -> <setLateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::ReturnToken<
                '_,
            > {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setLateQuorumVoteExtensionCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setLateQuorumVoteExtensionReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setLateQuorumVoteExtension(uint48)";
            const SELECTOR: [u8; 4] = [51u8, 13u8, 247u8, 255u8];
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
                        48,
                    > as alloy_sol_types::SolType>::tokenize(&self.newVoteExtension),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setLateQuorumVoteExtensionReturn::_tokenize(ret)
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
    /**Function with signature `setProposalGuardian(address)` and selector `0xa660aca5`.
```solidity
function setProposalGuardian(address newProposalGuardian) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setProposalGuardianCall {
        #[allow(missing_docs)]
        pub newProposalGuardian: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`setProposalGuardian(address)`](setProposalGuardianCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setProposalGuardianReturn {}
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
            impl ::core::convert::From<setProposalGuardianCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setProposalGuardianCall) -> Self {
                    (value.newProposalGuardian,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setProposalGuardianCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        newProposalGuardian: tuple.0,
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
            impl ::core::convert::From<setProposalGuardianReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setProposalGuardianReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setProposalGuardianReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setProposalGuardianReturn {
            fn _tokenize(
                &self,
            ) -> <setProposalGuardianCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setProposalGuardianCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setProposalGuardianReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setProposalGuardian(address)";
            const SELECTOR: [u8; 4] = [166u8, 96u8, 172u8, 165u8];
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
                        &self.newProposalGuardian,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setProposalGuardianReturn::_tokenize(ret)
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
    /**Function with signature `setProposalThreshold(uint256)` and selector `0xece40cc1`.
```solidity
function setProposalThreshold(uint256 newProposalThreshold) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setProposalThresholdCall {
        #[allow(missing_docs)]
        pub newProposalThreshold: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`setProposalThreshold(uint256)`](setProposalThresholdCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setProposalThresholdReturn {}
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
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<setProposalThresholdCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setProposalThresholdCall) -> Self {
                    (value.newProposalThreshold,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setProposalThresholdCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        newProposalThreshold: tuple.0,
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
            impl ::core::convert::From<setProposalThresholdReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setProposalThresholdReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setProposalThresholdReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setProposalThresholdReturn {
            fn _tokenize(
                &self,
            ) -> <setProposalThresholdCall as alloy_sol_types::SolCall>::ReturnToken<
                '_,
            > {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setProposalThresholdCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setProposalThresholdReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setProposalThreshold(uint256)";
            const SELECTOR: [u8; 4] = [236u8, 228u8, 12u8, 193u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.newProposalThreshold),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setProposalThresholdReturn::_tokenize(ret)
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
    /**Function with signature `setVotingDelay(uint48)` and selector `0x79051887`.
```solidity
function setVotingDelay(uint48 newVotingDelay) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setVotingDelayCall {
        #[allow(missing_docs)]
        pub newVotingDelay: alloy::sol_types::private::primitives::aliases::U48,
    }
    ///Container type for the return parameters of the [`setVotingDelay(uint48)`](setVotingDelayCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setVotingDelayReturn {}
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
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U48,
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
            impl ::core::convert::From<setVotingDelayCall> for UnderlyingRustTuple<'_> {
                fn from(value: setVotingDelayCall) -> Self {
                    (value.newVotingDelay,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setVotingDelayCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { newVotingDelay: tuple.0 }
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
            impl ::core::convert::From<setVotingDelayReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setVotingDelayReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setVotingDelayReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setVotingDelayReturn {
            fn _tokenize(
                &self,
            ) -> <setVotingDelayCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setVotingDelayCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setVotingDelayReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setVotingDelay(uint48)";
            const SELECTOR: [u8; 4] = [121u8, 5u8, 24u8, 135u8];
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
                        48,
                    > as alloy_sol_types::SolType>::tokenize(&self.newVotingDelay),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setVotingDelayReturn::_tokenize(ret)
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
    /**Function with signature `setVotingPeriod(uint32)` and selector `0xe540d01d`.
```solidity
function setVotingPeriod(uint32 newVotingPeriod) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setVotingPeriodCall {
        #[allow(missing_docs)]
        pub newVotingPeriod: u32,
    }
    ///Container type for the return parameters of the [`setVotingPeriod(uint32)`](setVotingPeriodCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setVotingPeriodReturn {}
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
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
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
            impl ::core::convert::From<setVotingPeriodCall> for UnderlyingRustTuple<'_> {
                fn from(value: setVotingPeriodCall) -> Self {
                    (value.newVotingPeriod,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setVotingPeriodCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { newVotingPeriod: tuple.0 }
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
            impl ::core::convert::From<setVotingPeriodReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setVotingPeriodReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setVotingPeriodReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setVotingPeriodReturn {
            fn _tokenize(
                &self,
            ) -> <setVotingPeriodCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setVotingPeriodCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setVotingPeriodReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setVotingPeriod(uint32)";
            const SELECTOR: [u8; 4] = [229u8, 64u8, 208u8, 29u8];
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
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.newVotingPeriod),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setVotingPeriodReturn::_tokenize(ret)
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
    /**Function with signature `state(uint256)` and selector `0x3e4f49e6`.
```solidity
function state(uint256 proposalId) external view returns (IGovernor.ProposalState);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stateCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`state(uint256)`](stateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stateReturn {
        #[allow(missing_docs)]
        pub _0: <IGovernor::ProposalState as alloy::sol_types::SolType>::RustType,
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
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<stateCall> for UnderlyingRustTuple<'_> {
                fn from(value: stateCall) -> Self {
                    (value.proposalId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for stateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { proposalId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IGovernor::ProposalState,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IGovernor::ProposalState as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<stateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: stateReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for stateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for stateCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IGovernor::ProposalState as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IGovernor::ProposalState,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "state(uint256)";
            const SELECTOR: [u8; 4] = [62u8, 79u8, 73u8, 230u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IGovernor::ProposalState as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: stateReturn = r.into();
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
                        let r: stateReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `supportsInterface(bytes4)` and selector `0x01ffc9a7`.
```solidity
function supportsInterface(bytes4 interfaceId) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsInterfaceCall {
        #[allow(missing_docs)]
        pub interfaceId: alloy::sol_types::private::FixedBytes<4>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`supportsInterface(bytes4)`](supportsInterfaceCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsInterfaceReturn {
        #[allow(missing_docs)]
        pub _0: bool,
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
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<4>,);
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
            impl ::core::convert::From<supportsInterfaceCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceCall) -> Self {
                    (value.interfaceId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for supportsInterfaceCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { interfaceId: tuple.0 }
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
            impl ::core::convert::From<supportsInterfaceReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for supportsInterfaceReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for supportsInterfaceCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "supportsInterface(bytes4)";
            const SELECTOR: [u8; 4] = [1u8, 255u8, 201u8, 167u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        4,
                    > as alloy_sol_types::SolType>::tokenize(&self.interfaceId),
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
                        let r: supportsInterfaceReturn = r.into();
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
                        let r: supportsInterfaceReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `timelock()` and selector `0xd33219b4`.
```solidity
function timelock() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct timelockCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`timelock()`](timelockCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct timelockReturn {
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
            impl ::core::convert::From<timelockCall> for UnderlyingRustTuple<'_> {
                fn from(value: timelockCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for timelockCall {
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
            impl ::core::convert::From<timelockReturn> for UnderlyingRustTuple<'_> {
                fn from(value: timelockReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for timelockReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for timelockCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "timelock()";
            const SELECTOR: [u8; 4] = [211u8, 50u8, 25u8, 180u8];
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
                        let r: timelockReturn = r.into();
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
                        let r: timelockReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `token()` and selector `0xfc0c546a`.
```solidity
function token() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tokenCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`token()`](tokenCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tokenReturn {
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
            impl ::core::convert::From<tokenCall> for UnderlyingRustTuple<'_> {
                fn from(value: tokenCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tokenCall {
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
            impl ::core::convert::From<tokenReturn> for UnderlyingRustTuple<'_> {
                fn from(value: tokenReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tokenReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for tokenCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "token()";
            const SELECTOR: [u8; 4] = [252u8, 12u8, 84u8, 106u8];
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
                        let r: tokenReturn = r.into();
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
                        let r: tokenReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `updateQuorumNumerator(uint256)` and selector `0x06f3f9e6`.
```solidity
function updateQuorumNumerator(uint256 newQuorumNumerator) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct updateQuorumNumeratorCall {
        #[allow(missing_docs)]
        pub newQuorumNumerator: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`updateQuorumNumerator(uint256)`](updateQuorumNumeratorCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct updateQuorumNumeratorReturn {}
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
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<updateQuorumNumeratorCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: updateQuorumNumeratorCall) -> Self {
                    (value.newQuorumNumerator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for updateQuorumNumeratorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        newQuorumNumerator: tuple.0,
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
            impl ::core::convert::From<updateQuorumNumeratorReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: updateQuorumNumeratorReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for updateQuorumNumeratorReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl updateQuorumNumeratorReturn {
            fn _tokenize(
                &self,
            ) -> <updateQuorumNumeratorCall as alloy_sol_types::SolCall>::ReturnToken<
                '_,
            > {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for updateQuorumNumeratorCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = updateQuorumNumeratorReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "updateQuorumNumerator(uint256)";
            const SELECTOR: [u8; 4] = [6u8, 243u8, 249u8, 230u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.newQuorumNumerator),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                updateQuorumNumeratorReturn::_tokenize(ret)
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
    /**Function with signature `updateTimelock(address)` and selector `0xa890c910`.
```solidity
function updateTimelock(address newTimelock) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct updateTimelockCall {
        #[allow(missing_docs)]
        pub newTimelock: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`updateTimelock(address)`](updateTimelockCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct updateTimelockReturn {}
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
            impl ::core::convert::From<updateTimelockCall> for UnderlyingRustTuple<'_> {
                fn from(value: updateTimelockCall) -> Self {
                    (value.newTimelock,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for updateTimelockCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { newTimelock: tuple.0 }
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
            impl ::core::convert::From<updateTimelockReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: updateTimelockReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for updateTimelockReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl updateTimelockReturn {
            fn _tokenize(
                &self,
            ) -> <updateTimelockCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for updateTimelockCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = updateTimelockReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "updateTimelock(address)";
            const SELECTOR: [u8; 4] = [168u8, 144u8, 201u8, 16u8];
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
                        &self.newTimelock,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                updateTimelockReturn::_tokenize(ret)
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
    /**Function with signature `version()` and selector `0x54fd4d50`.
```solidity
function version() external pure returns (string memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct versionCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`version()`](versionCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct versionReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
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
            impl ::core::convert::From<versionCall> for UnderlyingRustTuple<'_> {
                fn from(value: versionCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for versionCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
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
            impl ::core::convert::From<versionReturn> for UnderlyingRustTuple<'_> {
                fn from(value: versionReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for versionReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for versionCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "version()";
            const SELECTOR: [u8; 4] = [84u8, 253u8, 77u8, 80u8];
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
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
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
                        let r: versionReturn = r.into();
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
                        let r: versionReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `votingDelay()` and selector `0x3932abb1`.
```solidity
function votingDelay() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct votingDelayCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`votingDelay()`](votingDelayCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct votingDelayReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<votingDelayCall> for UnderlyingRustTuple<'_> {
                fn from(value: votingDelayCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for votingDelayCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<votingDelayReturn> for UnderlyingRustTuple<'_> {
                fn from(value: votingDelayReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for votingDelayReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for votingDelayCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "votingDelay()";
            const SELECTOR: [u8; 4] = [57u8, 50u8, 171u8, 177u8];
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
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: votingDelayReturn = r.into();
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
                        let r: votingDelayReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `votingPeriod()` and selector `0x02a251a3`.
```solidity
function votingPeriod() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct votingPeriodCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`votingPeriod()`](votingPeriodCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct votingPeriodReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<votingPeriodCall> for UnderlyingRustTuple<'_> {
                fn from(value: votingPeriodCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for votingPeriodCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<votingPeriodReturn> for UnderlyingRustTuple<'_> {
                fn from(value: votingPeriodReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for votingPeriodReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for votingPeriodCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "votingPeriod()";
            const SELECTOR: [u8; 4] = [2u8, 162u8, 81u8, 163u8];
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
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: votingPeriodReturn = r.into();
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
                        let r: votingPeriodReturn = r.into();
                        r._0
                    })
            }
        }
    };
    ///Container for all the [`TensoraGovernor`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum TensoraGovernorCalls {
        #[allow(missing_docs)]
        BALLOT_TYPEHASH(BALLOT_TYPEHASHCall),
        #[allow(missing_docs)]
        CLOCK_MODE(CLOCK_MODECall),
        #[allow(missing_docs)]
        COUNTING_MODE(COUNTING_MODECall),
        #[allow(missing_docs)]
        EXTENDED_BALLOT_TYPEHASH(EXTENDED_BALLOT_TYPEHASHCall),
        #[allow(missing_docs)]
        cancel(cancelCall),
        #[allow(missing_docs)]
        castVote(castVoteCall),
        #[allow(missing_docs)]
        castVoteBySig(castVoteBySigCall),
        #[allow(missing_docs)]
        castVoteWithReason(castVoteWithReasonCall),
        #[allow(missing_docs)]
        castVoteWithReasonAndParams(castVoteWithReasonAndParamsCall),
        #[allow(missing_docs)]
        castVoteWithReasonAndParamsBySig(castVoteWithReasonAndParamsBySigCall),
        #[allow(missing_docs)]
        clock(clockCall),
        #[allow(missing_docs)]
        eip712Domain(eip712DomainCall),
        #[allow(missing_docs)]
        execute(executeCall),
        #[allow(missing_docs)]
        getProposalId(getProposalIdCall),
        #[allow(missing_docs)]
        getVotes(getVotesCall),
        #[allow(missing_docs)]
        getVotesWithParams(getVotesWithParamsCall),
        #[allow(missing_docs)]
        hasVoted(hasVotedCall),
        #[allow(missing_docs)]
        hashProposal(hashProposalCall),
        #[allow(missing_docs)]
        lateQuorumVoteExtension(lateQuorumVoteExtensionCall),
        #[allow(missing_docs)]
        name(nameCall),
        #[allow(missing_docs)]
        nonces(noncesCall),
        #[allow(missing_docs)]
        onERC1155BatchReceived(onERC1155BatchReceivedCall),
        #[allow(missing_docs)]
        onERC1155Received(onERC1155ReceivedCall),
        #[allow(missing_docs)]
        onERC721Received(onERC721ReceivedCall),
        #[allow(missing_docs)]
        proposalDeadline(proposalDeadlineCall),
        #[allow(missing_docs)]
        proposalEta(proposalEtaCall),
        #[allow(missing_docs)]
        proposalGuardian(proposalGuardianCall),
        #[allow(missing_docs)]
        proposalNeedsQueuing(proposalNeedsQueuingCall),
        #[allow(missing_docs)]
        proposalProposer(proposalProposerCall),
        #[allow(missing_docs)]
        proposalSnapshot(proposalSnapshotCall),
        #[allow(missing_docs)]
        proposalThreshold(proposalThresholdCall),
        #[allow(missing_docs)]
        proposalVotes(proposalVotesCall),
        #[allow(missing_docs)]
        propose(proposeCall),
        #[allow(missing_docs)]
        queue(queueCall),
        #[allow(missing_docs)]
        quorum(quorumCall),
        #[allow(missing_docs)]
        quorumDenominator(quorumDenominatorCall),
        #[allow(missing_docs)]
        quorumNumerator_0(quorumNumerator_0Call),
        #[allow(missing_docs)]
        quorumNumerator_1(quorumNumerator_1Call),
        #[allow(missing_docs)]
        relay(relayCall),
        #[allow(missing_docs)]
        setLateQuorumVoteExtension(setLateQuorumVoteExtensionCall),
        #[allow(missing_docs)]
        setProposalGuardian(setProposalGuardianCall),
        #[allow(missing_docs)]
        setProposalThreshold(setProposalThresholdCall),
        #[allow(missing_docs)]
        setVotingDelay(setVotingDelayCall),
        #[allow(missing_docs)]
        setVotingPeriod(setVotingPeriodCall),
        #[allow(missing_docs)]
        state(stateCall),
        #[allow(missing_docs)]
        supportsInterface(supportsInterfaceCall),
        #[allow(missing_docs)]
        timelock(timelockCall),
        #[allow(missing_docs)]
        token(tokenCall),
        #[allow(missing_docs)]
        updateQuorumNumerator(updateQuorumNumeratorCall),
        #[allow(missing_docs)]
        updateTimelock(updateTimelockCall),
        #[allow(missing_docs)]
        version(versionCall),
        #[allow(missing_docs)]
        votingDelay(votingDelayCall),
        #[allow(missing_docs)]
        votingPeriod(votingPeriodCall),
    }
    impl TensoraGovernorCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [1u8, 255u8, 201u8, 167u8],
            [2u8, 162u8, 81u8, 163u8],
            [6u8, 243u8, 249u8, 230u8],
            [6u8, 253u8, 222u8, 3u8],
            [20u8, 52u8, 137u8, 208u8],
            [21u8, 11u8, 122u8, 2u8],
            [22u8, 12u8, 190u8, 215u8],
            [38u8, 86u8, 34u8, 125u8],
            [45u8, 99u8, 246u8, 147u8],
            [47u8, 227u8, 226u8, 97u8],
            [50u8, 184u8, 17u8, 62u8],
            [51u8, 13u8, 247u8, 255u8],
            [57u8, 50u8, 171u8, 177u8],
            [62u8, 79u8, 73u8, 230u8],
            [67u8, 133u8, 150u8, 50u8],
            [69u8, 33u8, 21u8, 214u8],
            [75u8, 245u8, 215u8, 233u8],
            [84u8, 79u8, 252u8, 156u8],
            [84u8, 253u8, 77u8, 80u8],
            [86u8, 120u8, 19u8, 136u8],
            [91u8, 141u8, 14u8, 13u8],
            [95u8, 57u8, 138u8, 20u8],
            [96u8, 196u8, 36u8, 127u8],
            [121u8, 5u8, 24u8, 135u8],
            [123u8, 60u8, 113u8, 211u8],
            [125u8, 94u8, 129u8, 226u8],
            [126u8, 206u8, 190u8, 0u8],
            [132u8, 176u8, 25u8, 110u8],
            [143u8, 242u8, 98u8, 227u8],
            [145u8, 221u8, 173u8, 244u8],
            [151u8, 195u8, 211u8, 52u8],
            [154u8, 128u8, 42u8, 109u8],
            [166u8, 96u8, 172u8, 165u8],
            [167u8, 113u8, 58u8, 112u8],
            [168u8, 144u8, 201u8, 16u8],
            [168u8, 248u8, 166u8, 104u8],
            [169u8, 169u8, 82u8, 148u8],
            [171u8, 88u8, 251u8, 142u8],
            [181u8, 129u8, 49u8, 176u8],
            [188u8, 25u8, 124u8, 129u8],
            [192u8, 31u8, 158u8, 55u8],
            [194u8, 139u8, 194u8, 250u8],
            [197u8, 144u8, 87u8, 228u8],
            [211u8, 50u8, 25u8, 180u8],
            [221u8, 78u8, 43u8, 165u8],
            [222u8, 170u8, 167u8, 204u8],
            [229u8, 64u8, 208u8, 29u8],
            [235u8, 144u8, 25u8, 212u8],
            [236u8, 228u8, 12u8, 193u8],
            [242u8, 58u8, 110u8, 97u8],
            [248u8, 206u8, 86u8, 10u8],
            [252u8, 12u8, 84u8, 106u8],
            [252u8, 71u8, 54u8, 22u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(supportsInterface),
            ::core::stringify!(votingPeriod),
            ::core::stringify!(updateQuorumNumerator),
            ::core::stringify!(name),
            ::core::stringify!(proposalProposer),
            ::core::stringify!(onERC721Received),
            ::core::stringify!(queue),
            ::core::stringify!(execute),
            ::core::stringify!(proposalSnapshot),
            ::core::stringify!(EXTENDED_BALLOT_TYPEHASH),
            ::core::stringify!(lateQuorumVoteExtension),
            ::core::stringify!(setLateQuorumVoteExtension),
            ::core::stringify!(votingDelay),
            ::core::stringify!(state),
            ::core::stringify!(hasVoted),
            ::core::stringify!(cancel),
            ::core::stringify!(CLOCK_MODE),
            ::core::stringify!(proposalVotes),
            ::core::stringify!(version),
            ::core::stringify!(castVote),
            ::core::stringify!(castVoteWithReasonAndParamsBySig),
            ::core::stringify!(castVoteWithReasonAndParams),
            ::core::stringify!(quorumNumerator_0),
            ::core::stringify!(setVotingDelay),
            ::core::stringify!(castVoteWithReason),
            ::core::stringify!(propose),
            ::core::stringify!(nonces),
            ::core::stringify!(eip712Domain),
            ::core::stringify!(castVoteBySig),
            ::core::stringify!(clock),
            ::core::stringify!(quorumDenominator),
            ::core::stringify!(getVotesWithParams),
            ::core::stringify!(setProposalGuardian),
            ::core::stringify!(quorumNumerator_1),
            ::core::stringify!(updateTimelock),
            ::core::stringify!(getProposalId),
            ::core::stringify!(proposalNeedsQueuing),
            ::core::stringify!(proposalEta),
            ::core::stringify!(proposalThreshold),
            ::core::stringify!(onERC1155BatchReceived),
            ::core::stringify!(proposalDeadline),
            ::core::stringify!(relay),
            ::core::stringify!(hashProposal),
            ::core::stringify!(timelock),
            ::core::stringify!(COUNTING_MODE),
            ::core::stringify!(BALLOT_TYPEHASH),
            ::core::stringify!(setVotingPeriod),
            ::core::stringify!(getVotes),
            ::core::stringify!(setProposalThreshold),
            ::core::stringify!(onERC1155Received),
            ::core::stringify!(quorum),
            ::core::stringify!(token),
            ::core::stringify!(proposalGuardian),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <supportsInterfaceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <votingPeriodCall as alloy_sol_types::SolCall>::SIGNATURE,
            <updateQuorumNumeratorCall as alloy_sol_types::SolCall>::SIGNATURE,
            <nameCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proposalProposerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <onERC721ReceivedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <queueCall as alloy_sol_types::SolCall>::SIGNATURE,
            <executeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proposalSnapshotCall as alloy_sol_types::SolCall>::SIGNATURE,
            <EXTENDED_BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <lateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setLateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::SIGNATURE,
            <votingDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <stateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasVotedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <cancelCall as alloy_sol_types::SolCall>::SIGNATURE,
            <CLOCK_MODECall as alloy_sol_types::SolCall>::SIGNATURE,
            <proposalVotesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <versionCall as alloy_sol_types::SolCall>::SIGNATURE,
            <castVoteCall as alloy_sol_types::SolCall>::SIGNATURE,
            <castVoteWithReasonAndParamsBySigCall as alloy_sol_types::SolCall>::SIGNATURE,
            <castVoteWithReasonAndParamsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <quorumNumerator_0Call as alloy_sol_types::SolCall>::SIGNATURE,
            <setVotingDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <castVoteWithReasonCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proposeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <noncesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <eip712DomainCall as alloy_sol_types::SolCall>::SIGNATURE,
            <castVoteBySigCall as alloy_sol_types::SolCall>::SIGNATURE,
            <clockCall as alloy_sol_types::SolCall>::SIGNATURE,
            <quorumDenominatorCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getVotesWithParamsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setProposalGuardianCall as alloy_sol_types::SolCall>::SIGNATURE,
            <quorumNumerator_1Call as alloy_sol_types::SolCall>::SIGNATURE,
            <updateTimelockCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getProposalIdCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proposalNeedsQueuingCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proposalEtaCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proposalThresholdCall as alloy_sol_types::SolCall>::SIGNATURE,
            <onERC1155BatchReceivedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proposalDeadlineCall as alloy_sol_types::SolCall>::SIGNATURE,
            <relayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hashProposalCall as alloy_sol_types::SolCall>::SIGNATURE,
            <timelockCall as alloy_sol_types::SolCall>::SIGNATURE,
            <COUNTING_MODECall as alloy_sol_types::SolCall>::SIGNATURE,
            <BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setVotingPeriodCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getVotesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setProposalThresholdCall as alloy_sol_types::SolCall>::SIGNATURE,
            <onERC1155ReceivedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <quorumCall as alloy_sol_types::SolCall>::SIGNATURE,
            <tokenCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proposalGuardianCall as alloy_sol_types::SolCall>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for TensoraGovernorCalls {
        const NAME: &'static str = "TensoraGovernorCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 53usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::BALLOT_TYPEHASH(_) => {
                    <BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::CLOCK_MODE(_) => {
                    <CLOCK_MODECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::COUNTING_MODE(_) => {
                    <COUNTING_MODECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::EXTENDED_BALLOT_TYPEHASH(_) => {
                    <EXTENDED_BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::cancel(_) => <cancelCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::castVote(_) => <castVoteCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::castVoteBySig(_) => {
                    <castVoteBySigCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::castVoteWithReason(_) => {
                    <castVoteWithReasonCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::castVoteWithReasonAndParams(_) => {
                    <castVoteWithReasonAndParamsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::castVoteWithReasonAndParamsBySig(_) => {
                    <castVoteWithReasonAndParamsBySigCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::clock(_) => <clockCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::eip712Domain(_) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::execute(_) => <executeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getProposalId(_) => {
                    <getProposalIdCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getVotes(_) => <getVotesCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getVotesWithParams(_) => {
                    <getVotesWithParamsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::hasVoted(_) => <hasVotedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::hashProposal(_) => {
                    <hashProposalCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::lateQuorumVoteExtension(_) => {
                    <lateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::name(_) => <nameCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::nonces(_) => <noncesCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::onERC1155BatchReceived(_) => {
                    <onERC1155BatchReceivedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::onERC1155Received(_) => {
                    <onERC1155ReceivedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::onERC721Received(_) => {
                    <onERC721ReceivedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::proposalDeadline(_) => {
                    <proposalDeadlineCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::proposalEta(_) => {
                    <proposalEtaCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::proposalGuardian(_) => {
                    <proposalGuardianCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::proposalNeedsQueuing(_) => {
                    <proposalNeedsQueuingCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::proposalProposer(_) => {
                    <proposalProposerCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::proposalSnapshot(_) => {
                    <proposalSnapshotCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::proposalThreshold(_) => {
                    <proposalThresholdCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::proposalVotes(_) => {
                    <proposalVotesCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::propose(_) => <proposeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::queue(_) => <queueCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::quorum(_) => <quorumCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::quorumDenominator(_) => {
                    <quorumDenominatorCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::quorumNumerator_0(_) => {
                    <quorumNumerator_0Call as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::quorumNumerator_1(_) => {
                    <quorumNumerator_1Call as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::relay(_) => <relayCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::setLateQuorumVoteExtension(_) => {
                    <setLateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setProposalGuardian(_) => {
                    <setProposalGuardianCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setProposalThreshold(_) => {
                    <setProposalThresholdCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setVotingDelay(_) => {
                    <setVotingDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setVotingPeriod(_) => {
                    <setVotingPeriodCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::state(_) => <stateCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::supportsInterface(_) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::timelock(_) => <timelockCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::token(_) => <tokenCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::updateQuorumNumerator(_) => {
                    <updateQuorumNumeratorCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::updateTimelock(_) => {
                    <updateTimelockCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::version(_) => <versionCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::votingDelay(_) => {
                    <votingDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::votingPeriod(_) => {
                    <votingPeriodCall as alloy_sol_types::SolCall>::SELECTOR
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
            ) -> alloy_sol_types::Result<TensoraGovernorCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn votingPeriod(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <votingPeriodCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::votingPeriod)
                    }
                    votingPeriod
                },
                {
                    fn updateQuorumNumerator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <updateQuorumNumeratorCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::updateQuorumNumerator)
                    }
                    updateQuorumNumerator
                },
                {
                    fn name(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <nameCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraGovernorCalls::name)
                    }
                    name
                },
                {
                    fn proposalProposer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <proposalProposerCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::proposalProposer)
                    }
                    proposalProposer
                },
                {
                    fn onERC721Received(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <onERC721ReceivedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::onERC721Received)
                    }
                    onERC721Received
                },
                {
                    fn queue(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <queueCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraGovernorCalls::queue)
                    }
                    queue
                },
                {
                    fn execute(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <executeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraGovernorCalls::execute)
                    }
                    execute
                },
                {
                    fn proposalSnapshot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <proposalSnapshotCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::proposalSnapshot)
                    }
                    proposalSnapshot
                },
                {
                    fn EXTENDED_BALLOT_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <EXTENDED_BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::EXTENDED_BALLOT_TYPEHASH)
                    }
                    EXTENDED_BALLOT_TYPEHASH
                },
                {
                    fn lateQuorumVoteExtension(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <lateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::lateQuorumVoteExtension)
                    }
                    lateQuorumVoteExtension
                },
                {
                    fn setLateQuorumVoteExtension(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <setLateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::setLateQuorumVoteExtension)
                    }
                    setLateQuorumVoteExtension
                },
                {
                    fn votingDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <votingDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::votingDelay)
                    }
                    votingDelay
                },
                {
                    fn state(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <stateCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraGovernorCalls::state)
                    }
                    state
                },
                {
                    fn hasVoted(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <hasVotedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraGovernorCalls::hasVoted)
                    }
                    hasVoted
                },
                {
                    fn cancel(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <cancelCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraGovernorCalls::cancel)
                    }
                    cancel
                },
                {
                    fn CLOCK_MODE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <CLOCK_MODECall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::CLOCK_MODE)
                    }
                    CLOCK_MODE
                },
                {
                    fn proposalVotes(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <proposalVotesCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::proposalVotes)
                    }
                    proposalVotes
                },
                {
                    fn version(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <versionCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraGovernorCalls::version)
                    }
                    version
                },
                {
                    fn castVote(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <castVoteCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraGovernorCalls::castVote)
                    }
                    castVote
                },
                {
                    fn castVoteWithReasonAndParamsBySig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <castVoteWithReasonAndParamsBySigCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::castVoteWithReasonAndParamsBySig)
                    }
                    castVoteWithReasonAndParamsBySig
                },
                {
                    fn castVoteWithReasonAndParams(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <castVoteWithReasonAndParamsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::castVoteWithReasonAndParams)
                    }
                    castVoteWithReasonAndParams
                },
                {
                    fn quorumNumerator_0(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <quorumNumerator_0Call as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::quorumNumerator_0)
                    }
                    quorumNumerator_0
                },
                {
                    fn setVotingDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <setVotingDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::setVotingDelay)
                    }
                    setVotingDelay
                },
                {
                    fn castVoteWithReason(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <castVoteWithReasonCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::castVoteWithReason)
                    }
                    castVoteWithReason
                },
                {
                    fn propose(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <proposeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraGovernorCalls::propose)
                    }
                    propose
                },
                {
                    fn nonces(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <noncesCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraGovernorCalls::nonces)
                    }
                    nonces
                },
                {
                    fn eip712Domain(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn castVoteBySig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <castVoteBySigCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::castVoteBySig)
                    }
                    castVoteBySig
                },
                {
                    fn clock(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <clockCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraGovernorCalls::clock)
                    }
                    clock
                },
                {
                    fn quorumDenominator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <quorumDenominatorCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::quorumDenominator)
                    }
                    quorumDenominator
                },
                {
                    fn getVotesWithParams(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <getVotesWithParamsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::getVotesWithParams)
                    }
                    getVotesWithParams
                },
                {
                    fn setProposalGuardian(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <setProposalGuardianCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::setProposalGuardian)
                    }
                    setProposalGuardian
                },
                {
                    fn quorumNumerator_1(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <quorumNumerator_1Call as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::quorumNumerator_1)
                    }
                    quorumNumerator_1
                },
                {
                    fn updateTimelock(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <updateTimelockCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::updateTimelock)
                    }
                    updateTimelock
                },
                {
                    fn getProposalId(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <getProposalIdCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::getProposalId)
                    }
                    getProposalId
                },
                {
                    fn proposalNeedsQueuing(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <proposalNeedsQueuingCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::proposalNeedsQueuing)
                    }
                    proposalNeedsQueuing
                },
                {
                    fn proposalEta(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <proposalEtaCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::proposalEta)
                    }
                    proposalEta
                },
                {
                    fn proposalThreshold(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <proposalThresholdCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::proposalThreshold)
                    }
                    proposalThreshold
                },
                {
                    fn onERC1155BatchReceived(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <onERC1155BatchReceivedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::onERC1155BatchReceived)
                    }
                    onERC1155BatchReceived
                },
                {
                    fn proposalDeadline(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <proposalDeadlineCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::proposalDeadline)
                    }
                    proposalDeadline
                },
                {
                    fn relay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <relayCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraGovernorCalls::relay)
                    }
                    relay
                },
                {
                    fn hashProposal(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <hashProposalCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::hashProposal)
                    }
                    hashProposal
                },
                {
                    fn timelock(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <timelockCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraGovernorCalls::timelock)
                    }
                    timelock
                },
                {
                    fn COUNTING_MODE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <COUNTING_MODECall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::COUNTING_MODE)
                    }
                    COUNTING_MODE
                },
                {
                    fn BALLOT_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::BALLOT_TYPEHASH)
                    }
                    BALLOT_TYPEHASH
                },
                {
                    fn setVotingPeriod(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <setVotingPeriodCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::setVotingPeriod)
                    }
                    setVotingPeriod
                },
                {
                    fn getVotes(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <getVotesCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraGovernorCalls::getVotes)
                    }
                    getVotes
                },
                {
                    fn setProposalThreshold(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <setProposalThresholdCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::setProposalThreshold)
                    }
                    setProposalThreshold
                },
                {
                    fn onERC1155Received(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <onERC1155ReceivedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::onERC1155Received)
                    }
                    onERC1155Received
                },
                {
                    fn quorum(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <quorumCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraGovernorCalls::quorum)
                    }
                    quorum
                },
                {
                    fn token(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <tokenCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraGovernorCalls::token)
                    }
                    token
                },
                {
                    fn proposalGuardian(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <proposalGuardianCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorCalls::proposalGuardian)
                    }
                    proposalGuardian
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
            ) -> alloy_sol_types::Result<TensoraGovernorCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn votingPeriod(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <votingPeriodCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::votingPeriod)
                    }
                    votingPeriod
                },
                {
                    fn updateQuorumNumerator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <updateQuorumNumeratorCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::updateQuorumNumerator)
                    }
                    updateQuorumNumerator
                },
                {
                    fn name(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <nameCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::name)
                    }
                    name
                },
                {
                    fn proposalProposer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <proposalProposerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::proposalProposer)
                    }
                    proposalProposer
                },
                {
                    fn onERC721Received(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <onERC721ReceivedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::onERC721Received)
                    }
                    onERC721Received
                },
                {
                    fn queue(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <queueCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::queue)
                    }
                    queue
                },
                {
                    fn execute(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <executeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::execute)
                    }
                    execute
                },
                {
                    fn proposalSnapshot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <proposalSnapshotCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::proposalSnapshot)
                    }
                    proposalSnapshot
                },
                {
                    fn EXTENDED_BALLOT_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <EXTENDED_BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::EXTENDED_BALLOT_TYPEHASH)
                    }
                    EXTENDED_BALLOT_TYPEHASH
                },
                {
                    fn lateQuorumVoteExtension(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <lateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::lateQuorumVoteExtension)
                    }
                    lateQuorumVoteExtension
                },
                {
                    fn setLateQuorumVoteExtension(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <setLateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::setLateQuorumVoteExtension)
                    }
                    setLateQuorumVoteExtension
                },
                {
                    fn votingDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <votingDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::votingDelay)
                    }
                    votingDelay
                },
                {
                    fn state(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <stateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::state)
                    }
                    state
                },
                {
                    fn hasVoted(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <hasVotedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::hasVoted)
                    }
                    hasVoted
                },
                {
                    fn cancel(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <cancelCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::cancel)
                    }
                    cancel
                },
                {
                    fn CLOCK_MODE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <CLOCK_MODECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::CLOCK_MODE)
                    }
                    CLOCK_MODE
                },
                {
                    fn proposalVotes(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <proposalVotesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::proposalVotes)
                    }
                    proposalVotes
                },
                {
                    fn version(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <versionCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::version)
                    }
                    version
                },
                {
                    fn castVote(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <castVoteCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::castVote)
                    }
                    castVote
                },
                {
                    fn castVoteWithReasonAndParamsBySig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <castVoteWithReasonAndParamsBySigCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::castVoteWithReasonAndParamsBySig)
                    }
                    castVoteWithReasonAndParamsBySig
                },
                {
                    fn castVoteWithReasonAndParams(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <castVoteWithReasonAndParamsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::castVoteWithReasonAndParams)
                    }
                    castVoteWithReasonAndParams
                },
                {
                    fn quorumNumerator_0(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <quorumNumerator_0Call as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::quorumNumerator_0)
                    }
                    quorumNumerator_0
                },
                {
                    fn setVotingDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <setVotingDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::setVotingDelay)
                    }
                    setVotingDelay
                },
                {
                    fn castVoteWithReason(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <castVoteWithReasonCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::castVoteWithReason)
                    }
                    castVoteWithReason
                },
                {
                    fn propose(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <proposeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::propose)
                    }
                    propose
                },
                {
                    fn nonces(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <noncesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::nonces)
                    }
                    nonces
                },
                {
                    fn eip712Domain(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn castVoteBySig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <castVoteBySigCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::castVoteBySig)
                    }
                    castVoteBySig
                },
                {
                    fn clock(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <clockCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::clock)
                    }
                    clock
                },
                {
                    fn quorumDenominator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <quorumDenominatorCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::quorumDenominator)
                    }
                    quorumDenominator
                },
                {
                    fn getVotesWithParams(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <getVotesWithParamsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::getVotesWithParams)
                    }
                    getVotesWithParams
                },
                {
                    fn setProposalGuardian(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <setProposalGuardianCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::setProposalGuardian)
                    }
                    setProposalGuardian
                },
                {
                    fn quorumNumerator_1(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <quorumNumerator_1Call as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::quorumNumerator_1)
                    }
                    quorumNumerator_1
                },
                {
                    fn updateTimelock(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <updateTimelockCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::updateTimelock)
                    }
                    updateTimelock
                },
                {
                    fn getProposalId(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <getProposalIdCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::getProposalId)
                    }
                    getProposalId
                },
                {
                    fn proposalNeedsQueuing(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <proposalNeedsQueuingCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::proposalNeedsQueuing)
                    }
                    proposalNeedsQueuing
                },
                {
                    fn proposalEta(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <proposalEtaCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::proposalEta)
                    }
                    proposalEta
                },
                {
                    fn proposalThreshold(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <proposalThresholdCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::proposalThreshold)
                    }
                    proposalThreshold
                },
                {
                    fn onERC1155BatchReceived(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <onERC1155BatchReceivedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::onERC1155BatchReceived)
                    }
                    onERC1155BatchReceived
                },
                {
                    fn proposalDeadline(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <proposalDeadlineCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::proposalDeadline)
                    }
                    proposalDeadline
                },
                {
                    fn relay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <relayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::relay)
                    }
                    relay
                },
                {
                    fn hashProposal(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <hashProposalCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::hashProposal)
                    }
                    hashProposal
                },
                {
                    fn timelock(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <timelockCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::timelock)
                    }
                    timelock
                },
                {
                    fn COUNTING_MODE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <COUNTING_MODECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::COUNTING_MODE)
                    }
                    COUNTING_MODE
                },
                {
                    fn BALLOT_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::BALLOT_TYPEHASH)
                    }
                    BALLOT_TYPEHASH
                },
                {
                    fn setVotingPeriod(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <setVotingPeriodCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::setVotingPeriod)
                    }
                    setVotingPeriod
                },
                {
                    fn getVotes(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <getVotesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::getVotes)
                    }
                    getVotes
                },
                {
                    fn setProposalThreshold(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <setProposalThresholdCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::setProposalThreshold)
                    }
                    setProposalThreshold
                },
                {
                    fn onERC1155Received(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <onERC1155ReceivedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::onERC1155Received)
                    }
                    onERC1155Received
                },
                {
                    fn quorum(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <quorumCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::quorum)
                    }
                    quorum
                },
                {
                    fn token(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <tokenCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::token)
                    }
                    token
                },
                {
                    fn proposalGuardian(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorCalls> {
                        <proposalGuardianCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorCalls::proposalGuardian)
                    }
                    proposalGuardian
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
                Self::BALLOT_TYPEHASH(inner) => {
                    <BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::CLOCK_MODE(inner) => {
                    <CLOCK_MODECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::COUNTING_MODE(inner) => {
                    <COUNTING_MODECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::EXTENDED_BALLOT_TYPEHASH(inner) => {
                    <EXTENDED_BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::cancel(inner) => {
                    <cancelCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::castVote(inner) => {
                    <castVoteCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::castVoteBySig(inner) => {
                    <castVoteBySigCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::castVoteWithReason(inner) => {
                    <castVoteWithReasonCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::castVoteWithReasonAndParams(inner) => {
                    <castVoteWithReasonAndParamsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::castVoteWithReasonAndParamsBySig(inner) => {
                    <castVoteWithReasonAndParamsBySigCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::clock(inner) => {
                    <clockCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::eip712Domain(inner) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::execute(inner) => {
                    <executeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getProposalId(inner) => {
                    <getProposalIdCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getVotes(inner) => {
                    <getVotesCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getVotesWithParams(inner) => {
                    <getVotesWithParamsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::hasVoted(inner) => {
                    <hasVotedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::hashProposal(inner) => {
                    <hashProposalCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::lateQuorumVoteExtension(inner) => {
                    <lateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::name(inner) => {
                    <nameCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::nonces(inner) => {
                    <noncesCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::onERC1155BatchReceived(inner) => {
                    <onERC1155BatchReceivedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::onERC1155Received(inner) => {
                    <onERC1155ReceivedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::onERC721Received(inner) => {
                    <onERC721ReceivedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::proposalDeadline(inner) => {
                    <proposalDeadlineCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::proposalEta(inner) => {
                    <proposalEtaCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::proposalGuardian(inner) => {
                    <proposalGuardianCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::proposalNeedsQueuing(inner) => {
                    <proposalNeedsQueuingCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::proposalProposer(inner) => {
                    <proposalProposerCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::proposalSnapshot(inner) => {
                    <proposalSnapshotCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::proposalThreshold(inner) => {
                    <proposalThresholdCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::proposalVotes(inner) => {
                    <proposalVotesCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::propose(inner) => {
                    <proposeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::queue(inner) => {
                    <queueCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::quorum(inner) => {
                    <quorumCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::quorumDenominator(inner) => {
                    <quorumDenominatorCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::quorumNumerator_0(inner) => {
                    <quorumNumerator_0Call as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::quorumNumerator_1(inner) => {
                    <quorumNumerator_1Call as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::relay(inner) => {
                    <relayCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setLateQuorumVoteExtension(inner) => {
                    <setLateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setProposalGuardian(inner) => {
                    <setProposalGuardianCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setProposalThreshold(inner) => {
                    <setProposalThresholdCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setVotingDelay(inner) => {
                    <setVotingDelayCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setVotingPeriod(inner) => {
                    <setVotingPeriodCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::state(inner) => {
                    <stateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::timelock(inner) => {
                    <timelockCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::token(inner) => {
                    <tokenCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::updateQuorumNumerator(inner) => {
                    <updateQuorumNumeratorCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::updateTimelock(inner) => {
                    <updateTimelockCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::version(inner) => {
                    <versionCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::votingDelay(inner) => {
                    <votingDelayCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::votingPeriod(inner) => {
                    <votingPeriodCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::BALLOT_TYPEHASH(inner) => {
                    <BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::CLOCK_MODE(inner) => {
                    <CLOCK_MODECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::COUNTING_MODE(inner) => {
                    <COUNTING_MODECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::EXTENDED_BALLOT_TYPEHASH(inner) => {
                    <EXTENDED_BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::cancel(inner) => {
                    <cancelCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::castVote(inner) => {
                    <castVoteCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::castVoteBySig(inner) => {
                    <castVoteBySigCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::castVoteWithReason(inner) => {
                    <castVoteWithReasonCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::castVoteWithReasonAndParams(inner) => {
                    <castVoteWithReasonAndParamsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::castVoteWithReasonAndParamsBySig(inner) => {
                    <castVoteWithReasonAndParamsBySigCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::clock(inner) => {
                    <clockCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::eip712Domain(inner) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::execute(inner) => {
                    <executeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::getProposalId(inner) => {
                    <getProposalIdCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getVotes(inner) => {
                    <getVotesCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getVotesWithParams(inner) => {
                    <getVotesWithParamsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::hasVoted(inner) => {
                    <hasVotedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::hashProposal(inner) => {
                    <hashProposalCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::lateQuorumVoteExtension(inner) => {
                    <lateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::name(inner) => {
                    <nameCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::nonces(inner) => {
                    <noncesCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::onERC1155BatchReceived(inner) => {
                    <onERC1155BatchReceivedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::onERC1155Received(inner) => {
                    <onERC1155ReceivedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::onERC721Received(inner) => {
                    <onERC721ReceivedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::proposalDeadline(inner) => {
                    <proposalDeadlineCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::proposalEta(inner) => {
                    <proposalEtaCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::proposalGuardian(inner) => {
                    <proposalGuardianCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::proposalNeedsQueuing(inner) => {
                    <proposalNeedsQueuingCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::proposalProposer(inner) => {
                    <proposalProposerCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::proposalSnapshot(inner) => {
                    <proposalSnapshotCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::proposalThreshold(inner) => {
                    <proposalThresholdCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::proposalVotes(inner) => {
                    <proposalVotesCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::propose(inner) => {
                    <proposeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::queue(inner) => {
                    <queueCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::quorum(inner) => {
                    <quorumCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::quorumDenominator(inner) => {
                    <quorumDenominatorCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::quorumNumerator_0(inner) => {
                    <quorumNumerator_0Call as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::quorumNumerator_1(inner) => {
                    <quorumNumerator_1Call as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::relay(inner) => {
                    <relayCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::setLateQuorumVoteExtension(inner) => {
                    <setLateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setProposalGuardian(inner) => {
                    <setProposalGuardianCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setProposalThreshold(inner) => {
                    <setProposalThresholdCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setVotingDelay(inner) => {
                    <setVotingDelayCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setVotingPeriod(inner) => {
                    <setVotingPeriodCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::state(inner) => {
                    <stateCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::timelock(inner) => {
                    <timelockCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::token(inner) => {
                    <tokenCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::updateQuorumNumerator(inner) => {
                    <updateQuorumNumeratorCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::updateTimelock(inner) => {
                    <updateTimelockCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::version(inner) => {
                    <versionCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::votingDelay(inner) => {
                    <votingDelayCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::votingPeriod(inner) => {
                    <votingPeriodCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`TensoraGovernor`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum TensoraGovernorErrors {
        #[allow(missing_docs)]
        CheckpointUnorderedInsertion(CheckpointUnorderedInsertion),
        #[allow(missing_docs)]
        ERC6372InconsistentClock(ERC6372InconsistentClock),
        #[allow(missing_docs)]
        FailedCall(FailedCall),
        #[allow(missing_docs)]
        GovernorAlreadyCastVote(GovernorAlreadyCastVote),
        #[allow(missing_docs)]
        GovernorAlreadyQueuedProposal(GovernorAlreadyQueuedProposal),
        #[allow(missing_docs)]
        GovernorDisabledDeposit(GovernorDisabledDeposit),
        #[allow(missing_docs)]
        GovernorInsufficientProposerVotes(GovernorInsufficientProposerVotes),
        #[allow(missing_docs)]
        GovernorInvalidProposalLength(GovernorInvalidProposalLength),
        #[allow(missing_docs)]
        GovernorInvalidQuorumFraction(GovernorInvalidQuorumFraction),
        #[allow(missing_docs)]
        GovernorInvalidSignature(GovernorInvalidSignature),
        #[allow(missing_docs)]
        GovernorInvalidVoteParams(GovernorInvalidVoteParams),
        #[allow(missing_docs)]
        GovernorInvalidVoteType(GovernorInvalidVoteType),
        #[allow(missing_docs)]
        GovernorInvalidVotingPeriod(GovernorInvalidVotingPeriod),
        #[allow(missing_docs)]
        GovernorNonexistentProposal(GovernorNonexistentProposal),
        #[allow(missing_docs)]
        GovernorOnlyExecutor(GovernorOnlyExecutor),
        #[allow(missing_docs)]
        GovernorPreventLateQuorumVoteExtensionTooLarge(
            GovernorPreventLateQuorumVoteExtensionTooLarge,
        ),
        #[allow(missing_docs)]
        GovernorProposalQueueingFailed(GovernorProposalQueueingFailed),
        #[allow(missing_docs)]
        GovernorProposalQueueingNotRequired(GovernorProposalQueueingNotRequired),
        #[allow(missing_docs)]
        GovernorRestrictedProposer(GovernorRestrictedProposer),
        #[allow(missing_docs)]
        GovernorUnableToCancel(GovernorUnableToCancel),
        #[allow(missing_docs)]
        GovernorUnexpectedProposalState(GovernorUnexpectedProposalState),
        #[allow(missing_docs)]
        GuardianCannotCancel(GuardianCannotCancel),
        #[allow(missing_docs)]
        InvalidAccountNonce(InvalidAccountNonce),
        #[allow(missing_docs)]
        InvalidShortString(InvalidShortString),
        #[allow(missing_docs)]
        SafeCastOverflowedUintDowncast(SafeCastOverflowedUintDowncast),
        #[allow(missing_docs)]
        StringTooLong(StringTooLong),
    }
    impl TensoraGovernorErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [6u8, 179u8, 55u8, 194u8],
            [36u8, 62u8, 84u8, 69u8],
            [37u8, 32u8, 96u8, 29u8],
            [42u8, 117u8, 183u8, 78u8],
            [48u8, 90u8, 39u8, 169u8],
            [49u8, 183u8, 94u8, 77u8],
            [68u8, 123u8, 5u8, 208u8],
            [71u8, 9u8, 110u8, 71u8],
            [100u8, 35u8, 14u8, 218u8],
            [106u8, 208u8, 96u8, 117u8],
            [109u8, 252u8, 198u8, 80u8],
            [111u8, 240u8, 113u8, 64u8],
            [113u8, 198u8, 175u8, 73u8],
            [117u8, 45u8, 136u8, 192u8],
            [134u8, 125u8, 183u8, 113u8],
            [143u8, 229u8, 216u8, 169u8],
            [148u8, 171u8, 108u8, 7u8],
            [171u8, 45u8, 3u8, 17u8],
            [179u8, 81u8, 43u8, 12u8],
            [194u8, 66u8, 238u8, 22u8],
            [214u8, 189u8, 162u8, 117u8],
            [216u8, 56u8, 188u8, 183u8],
            [217u8, 179u8, 149u8, 87u8],
            [233u8, 10u8, 101u8, 30u8],
            [241u8, 207u8, 191u8, 5u8],
            [242u8, 14u8, 125u8, 55u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(GovernorInvalidVoteType),
            ::core::stringify!(GovernorInvalidQuorumFraction),
            ::core::stringify!(CheckpointUnorderedInsertion),
            ::core::stringify!(GuardianCannotCancel),
            ::core::stringify!(StringTooLong),
            ::core::stringify!(GovernorUnexpectedProposalState),
            ::core::stringify!(GovernorInvalidProposalLength),
            ::core::stringify!(GovernorOnlyExecutor),
            ::core::stringify!(GovernorPreventLateQuorumVoteExtensionTooLarge),
            ::core::stringify!(GovernorNonexistentProposal),
            ::core::stringify!(SafeCastOverflowedUintDowncast),
            ::core::stringify!(ERC6372InconsistentClock),
            ::core::stringify!(GovernorAlreadyCastVote),
            ::core::stringify!(InvalidAccountNonce),
            ::core::stringify!(GovernorInvalidVoteParams),
            ::core::stringify!(GovernorUnableToCancel),
            ::core::stringify!(GovernorInvalidSignature),
            ::core::stringify!(GovernorProposalQueueingFailed),
            ::core::stringify!(InvalidShortString),
            ::core::stringify!(GovernorInsufficientProposerVotes),
            ::core::stringify!(FailedCall),
            ::core::stringify!(GovernorProposalQueueingNotRequired),
            ::core::stringify!(GovernorRestrictedProposer),
            ::core::stringify!(GovernorDisabledDeposit),
            ::core::stringify!(GovernorInvalidVotingPeriod),
            ::core::stringify!(GovernorAlreadyQueuedProposal),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <GovernorInvalidVoteType as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorInvalidQuorumFraction as alloy_sol_types::SolError>::SIGNATURE,
            <CheckpointUnorderedInsertion as alloy_sol_types::SolError>::SIGNATURE,
            <GuardianCannotCancel as alloy_sol_types::SolError>::SIGNATURE,
            <StringTooLong as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorUnexpectedProposalState as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorInvalidProposalLength as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorOnlyExecutor as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorPreventLateQuorumVoteExtensionTooLarge as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorNonexistentProposal as alloy_sol_types::SolError>::SIGNATURE,
            <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SIGNATURE,
            <ERC6372InconsistentClock as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorAlreadyCastVote as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidAccountNonce as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorInvalidVoteParams as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorUnableToCancel as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorInvalidSignature as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorProposalQueueingFailed as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidShortString as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorInsufficientProposerVotes as alloy_sol_types::SolError>::SIGNATURE,
            <FailedCall as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorProposalQueueingNotRequired as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorRestrictedProposer as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorDisabledDeposit as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorInvalidVotingPeriod as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorAlreadyQueuedProposal as alloy_sol_types::SolError>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for TensoraGovernorErrors {
        const NAME: &'static str = "TensoraGovernorErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 26usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::CheckpointUnorderedInsertion(_) => {
                    <CheckpointUnorderedInsertion as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ERC6372InconsistentClock(_) => {
                    <ERC6372InconsistentClock as alloy_sol_types::SolError>::SELECTOR
                }
                Self::FailedCall(_) => {
                    <FailedCall as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorAlreadyCastVote(_) => {
                    <GovernorAlreadyCastVote as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorAlreadyQueuedProposal(_) => {
                    <GovernorAlreadyQueuedProposal as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorDisabledDeposit(_) => {
                    <GovernorDisabledDeposit as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorInsufficientProposerVotes(_) => {
                    <GovernorInsufficientProposerVotes as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorInvalidProposalLength(_) => {
                    <GovernorInvalidProposalLength as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorInvalidQuorumFraction(_) => {
                    <GovernorInvalidQuorumFraction as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorInvalidSignature(_) => {
                    <GovernorInvalidSignature as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorInvalidVoteParams(_) => {
                    <GovernorInvalidVoteParams as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorInvalidVoteType(_) => {
                    <GovernorInvalidVoteType as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorInvalidVotingPeriod(_) => {
                    <GovernorInvalidVotingPeriod as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorNonexistentProposal(_) => {
                    <GovernorNonexistentProposal as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorOnlyExecutor(_) => {
                    <GovernorOnlyExecutor as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorPreventLateQuorumVoteExtensionTooLarge(_) => {
                    <GovernorPreventLateQuorumVoteExtensionTooLarge as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorProposalQueueingFailed(_) => {
                    <GovernorProposalQueueingFailed as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorProposalQueueingNotRequired(_) => {
                    <GovernorProposalQueueingNotRequired as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorRestrictedProposer(_) => {
                    <GovernorRestrictedProposer as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorUnableToCancel(_) => {
                    <GovernorUnableToCancel as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorUnexpectedProposalState(_) => {
                    <GovernorUnexpectedProposalState as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GuardianCannotCancel(_) => {
                    <GuardianCannotCancel as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidAccountNonce(_) => {
                    <InvalidAccountNonce as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidShortString(_) => {
                    <InvalidShortString as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeCastOverflowedUintDowncast(_) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StringTooLong(_) => {
                    <StringTooLong as alloy_sol_types::SolError>::SELECTOR
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
            ) -> alloy_sol_types::Result<TensoraGovernorErrors>] = &[
                {
                    fn GovernorInvalidVoteType(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorInvalidVoteType as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorInvalidVoteType)
                    }
                    GovernorInvalidVoteType
                },
                {
                    fn GovernorInvalidQuorumFraction(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorInvalidQuorumFraction as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorInvalidQuorumFraction)
                    }
                    GovernorInvalidQuorumFraction
                },
                {
                    fn CheckpointUnorderedInsertion(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <CheckpointUnorderedInsertion as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorErrors::CheckpointUnorderedInsertion)
                    }
                    CheckpointUnorderedInsertion
                },
                {
                    fn GuardianCannotCancel(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GuardianCannotCancel as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorErrors::GuardianCannotCancel)
                    }
                    GuardianCannotCancel
                },
                {
                    fn StringTooLong(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <StringTooLong as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorErrors::StringTooLong)
                    }
                    StringTooLong
                },
                {
                    fn GovernorUnexpectedProposalState(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorUnexpectedProposalState as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorUnexpectedProposalState)
                    }
                    GovernorUnexpectedProposalState
                },
                {
                    fn GovernorInvalidProposalLength(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorInvalidProposalLength as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorInvalidProposalLength)
                    }
                    GovernorInvalidProposalLength
                },
                {
                    fn GovernorOnlyExecutor(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorOnlyExecutor as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorOnlyExecutor)
                    }
                    GovernorOnlyExecutor
                },
                {
                    fn GovernorPreventLateQuorumVoteExtensionTooLarge(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorPreventLateQuorumVoteExtensionTooLarge as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                TensoraGovernorErrors::GovernorPreventLateQuorumVoteExtensionTooLarge,
                            )
                    }
                    GovernorPreventLateQuorumVoteExtensionTooLarge
                },
                {
                    fn GovernorNonexistentProposal(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorNonexistentProposal as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorNonexistentProposal)
                    }
                    GovernorNonexistentProposal
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn ERC6372InconsistentClock(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <ERC6372InconsistentClock as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorErrors::ERC6372InconsistentClock)
                    }
                    ERC6372InconsistentClock
                },
                {
                    fn GovernorAlreadyCastVote(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorAlreadyCastVote as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorAlreadyCastVote)
                    }
                    GovernorAlreadyCastVote
                },
                {
                    fn InvalidAccountNonce(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <InvalidAccountNonce as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorErrors::InvalidAccountNonce)
                    }
                    InvalidAccountNonce
                },
                {
                    fn GovernorInvalidVoteParams(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorInvalidVoteParams as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorInvalidVoteParams)
                    }
                    GovernorInvalidVoteParams
                },
                {
                    fn GovernorUnableToCancel(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorUnableToCancel as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorUnableToCancel)
                    }
                    GovernorUnableToCancel
                },
                {
                    fn GovernorInvalidSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorInvalidSignature as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorInvalidSignature)
                    }
                    GovernorInvalidSignature
                },
                {
                    fn GovernorProposalQueueingFailed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorProposalQueueingFailed as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorProposalQueueingFailed)
                    }
                    GovernorProposalQueueingFailed
                },
                {
                    fn InvalidShortString(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <InvalidShortString as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorErrors::InvalidShortString)
                    }
                    InvalidShortString
                },
                {
                    fn GovernorInsufficientProposerVotes(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorInsufficientProposerVotes as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                TensoraGovernorErrors::GovernorInsufficientProposerVotes,
                            )
                    }
                    GovernorInsufficientProposerVotes
                },
                {
                    fn FailedCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <FailedCall as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(TensoraGovernorErrors::FailedCall)
                    }
                    FailedCall
                },
                {
                    fn GovernorProposalQueueingNotRequired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorProposalQueueingNotRequired as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                TensoraGovernorErrors::GovernorProposalQueueingNotRequired,
                            )
                    }
                    GovernorProposalQueueingNotRequired
                },
                {
                    fn GovernorRestrictedProposer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorRestrictedProposer as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorRestrictedProposer)
                    }
                    GovernorRestrictedProposer
                },
                {
                    fn GovernorDisabledDeposit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorDisabledDeposit as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorDisabledDeposit)
                    }
                    GovernorDisabledDeposit
                },
                {
                    fn GovernorInvalidVotingPeriod(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorInvalidVotingPeriod as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorInvalidVotingPeriod)
                    }
                    GovernorInvalidVotingPeriod
                },
                {
                    fn GovernorAlreadyQueuedProposal(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorAlreadyQueuedProposal as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorAlreadyQueuedProposal)
                    }
                    GovernorAlreadyQueuedProposal
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
            ) -> alloy_sol_types::Result<TensoraGovernorErrors>] = &[
                {
                    fn GovernorInvalidVoteType(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorInvalidVoteType as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorInvalidVoteType)
                    }
                    GovernorInvalidVoteType
                },
                {
                    fn GovernorInvalidQuorumFraction(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorInvalidQuorumFraction as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorInvalidQuorumFraction)
                    }
                    GovernorInvalidQuorumFraction
                },
                {
                    fn CheckpointUnorderedInsertion(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <CheckpointUnorderedInsertion as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::CheckpointUnorderedInsertion)
                    }
                    CheckpointUnorderedInsertion
                },
                {
                    fn GuardianCannotCancel(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GuardianCannotCancel as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::GuardianCannotCancel)
                    }
                    GuardianCannotCancel
                },
                {
                    fn StringTooLong(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <StringTooLong as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::StringTooLong)
                    }
                    StringTooLong
                },
                {
                    fn GovernorUnexpectedProposalState(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorUnexpectedProposalState as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorUnexpectedProposalState)
                    }
                    GovernorUnexpectedProposalState
                },
                {
                    fn GovernorInvalidProposalLength(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorInvalidProposalLength as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorInvalidProposalLength)
                    }
                    GovernorInvalidProposalLength
                },
                {
                    fn GovernorOnlyExecutor(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorOnlyExecutor as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorOnlyExecutor)
                    }
                    GovernorOnlyExecutor
                },
                {
                    fn GovernorPreventLateQuorumVoteExtensionTooLarge(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorPreventLateQuorumVoteExtensionTooLarge as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                TensoraGovernorErrors::GovernorPreventLateQuorumVoteExtensionTooLarge,
                            )
                    }
                    GovernorPreventLateQuorumVoteExtensionTooLarge
                },
                {
                    fn GovernorNonexistentProposal(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorNonexistentProposal as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorNonexistentProposal)
                    }
                    GovernorNonexistentProposal
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn ERC6372InconsistentClock(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <ERC6372InconsistentClock as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::ERC6372InconsistentClock)
                    }
                    ERC6372InconsistentClock
                },
                {
                    fn GovernorAlreadyCastVote(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorAlreadyCastVote as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorAlreadyCastVote)
                    }
                    GovernorAlreadyCastVote
                },
                {
                    fn InvalidAccountNonce(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <InvalidAccountNonce as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::InvalidAccountNonce)
                    }
                    InvalidAccountNonce
                },
                {
                    fn GovernorInvalidVoteParams(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorInvalidVoteParams as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorInvalidVoteParams)
                    }
                    GovernorInvalidVoteParams
                },
                {
                    fn GovernorUnableToCancel(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorUnableToCancel as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorUnableToCancel)
                    }
                    GovernorUnableToCancel
                },
                {
                    fn GovernorInvalidSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorInvalidSignature as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorInvalidSignature)
                    }
                    GovernorInvalidSignature
                },
                {
                    fn GovernorProposalQueueingFailed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorProposalQueueingFailed as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorProposalQueueingFailed)
                    }
                    GovernorProposalQueueingFailed
                },
                {
                    fn InvalidShortString(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <InvalidShortString as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::InvalidShortString)
                    }
                    InvalidShortString
                },
                {
                    fn GovernorInsufficientProposerVotes(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorInsufficientProposerVotes as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                TensoraGovernorErrors::GovernorInsufficientProposerVotes,
                            )
                    }
                    GovernorInsufficientProposerVotes
                },
                {
                    fn FailedCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <FailedCall as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::FailedCall)
                    }
                    FailedCall
                },
                {
                    fn GovernorProposalQueueingNotRequired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorProposalQueueingNotRequired as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                TensoraGovernorErrors::GovernorProposalQueueingNotRequired,
                            )
                    }
                    GovernorProposalQueueingNotRequired
                },
                {
                    fn GovernorRestrictedProposer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorRestrictedProposer as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorRestrictedProposer)
                    }
                    GovernorRestrictedProposer
                },
                {
                    fn GovernorDisabledDeposit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorDisabledDeposit as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorDisabledDeposit)
                    }
                    GovernorDisabledDeposit
                },
                {
                    fn GovernorInvalidVotingPeriod(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorInvalidVotingPeriod as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorInvalidVotingPeriod)
                    }
                    GovernorInvalidVotingPeriod
                },
                {
                    fn GovernorAlreadyQueuedProposal(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraGovernorErrors> {
                        <GovernorAlreadyQueuedProposal as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraGovernorErrors::GovernorAlreadyQueuedProposal)
                    }
                    GovernorAlreadyQueuedProposal
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
                Self::CheckpointUnorderedInsertion(inner) => {
                    <CheckpointUnorderedInsertion as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ERC6372InconsistentClock(inner) => {
                    <ERC6372InconsistentClock as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::FailedCall(inner) => {
                    <FailedCall as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::GovernorAlreadyCastVote(inner) => {
                    <GovernorAlreadyCastVote as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorAlreadyQueuedProposal(inner) => {
                    <GovernorAlreadyQueuedProposal as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorDisabledDeposit(inner) => {
                    <GovernorDisabledDeposit as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorInsufficientProposerVotes(inner) => {
                    <GovernorInsufficientProposerVotes as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorInvalidProposalLength(inner) => {
                    <GovernorInvalidProposalLength as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorInvalidQuorumFraction(inner) => {
                    <GovernorInvalidQuorumFraction as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorInvalidSignature(inner) => {
                    <GovernorInvalidSignature as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorInvalidVoteParams(inner) => {
                    <GovernorInvalidVoteParams as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorInvalidVoteType(inner) => {
                    <GovernorInvalidVoteType as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorInvalidVotingPeriod(inner) => {
                    <GovernorInvalidVotingPeriod as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorNonexistentProposal(inner) => {
                    <GovernorNonexistentProposal as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorOnlyExecutor(inner) => {
                    <GovernorOnlyExecutor as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorPreventLateQuorumVoteExtensionTooLarge(inner) => {
                    <GovernorPreventLateQuorumVoteExtensionTooLarge as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorProposalQueueingFailed(inner) => {
                    <GovernorProposalQueueingFailed as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorProposalQueueingNotRequired(inner) => {
                    <GovernorProposalQueueingNotRequired as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorRestrictedProposer(inner) => {
                    <GovernorRestrictedProposer as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorUnableToCancel(inner) => {
                    <GovernorUnableToCancel as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorUnexpectedProposalState(inner) => {
                    <GovernorUnexpectedProposalState as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GuardianCannotCancel(inner) => {
                    <GuardianCannotCancel as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidAccountNonce(inner) => {
                    <InvalidAccountNonce as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidShortString(inner) => {
                    <InvalidShortString as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StringTooLong(inner) => {
                    <StringTooLong as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::CheckpointUnorderedInsertion(inner) => {
                    <CheckpointUnorderedInsertion as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ERC6372InconsistentClock(inner) => {
                    <ERC6372InconsistentClock as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::FailedCall(inner) => {
                    <FailedCall as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::GovernorAlreadyCastVote(inner) => {
                    <GovernorAlreadyCastVote as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorAlreadyQueuedProposal(inner) => {
                    <GovernorAlreadyQueuedProposal as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorDisabledDeposit(inner) => {
                    <GovernorDisabledDeposit as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorInsufficientProposerVotes(inner) => {
                    <GovernorInsufficientProposerVotes as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorInvalidProposalLength(inner) => {
                    <GovernorInvalidProposalLength as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorInvalidQuorumFraction(inner) => {
                    <GovernorInvalidQuorumFraction as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorInvalidSignature(inner) => {
                    <GovernorInvalidSignature as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorInvalidVoteParams(inner) => {
                    <GovernorInvalidVoteParams as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorInvalidVoteType(inner) => {
                    <GovernorInvalidVoteType as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorInvalidVotingPeriod(inner) => {
                    <GovernorInvalidVotingPeriod as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorNonexistentProposal(inner) => {
                    <GovernorNonexistentProposal as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorOnlyExecutor(inner) => {
                    <GovernorOnlyExecutor as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorPreventLateQuorumVoteExtensionTooLarge(inner) => {
                    <GovernorPreventLateQuorumVoteExtensionTooLarge as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorProposalQueueingFailed(inner) => {
                    <GovernorProposalQueueingFailed as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorProposalQueueingNotRequired(inner) => {
                    <GovernorProposalQueueingNotRequired as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorRestrictedProposer(inner) => {
                    <GovernorRestrictedProposer as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorUnableToCancel(inner) => {
                    <GovernorUnableToCancel as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorUnexpectedProposalState(inner) => {
                    <GovernorUnexpectedProposalState as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GuardianCannotCancel(inner) => {
                    <GuardianCannotCancel as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidAccountNonce(inner) => {
                    <InvalidAccountNonce as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidShortString(inner) => {
                    <InvalidShortString as alloy_sol_types::SolError>::abi_encode_raw(
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
                Self::StringTooLong(inner) => {
                    <StringTooLong as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`TensoraGovernor`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum TensoraGovernorEvents {
        #[allow(missing_docs)]
        EIP712DomainChanged(EIP712DomainChanged),
        #[allow(missing_docs)]
        LateQuorumVoteExtensionSet(LateQuorumVoteExtensionSet),
        #[allow(missing_docs)]
        ProposalCanceled(ProposalCanceled),
        #[allow(missing_docs)]
        ProposalCreated(ProposalCreated),
        #[allow(missing_docs)]
        ProposalExecuted(ProposalExecuted),
        #[allow(missing_docs)]
        ProposalExtended(ProposalExtended),
        #[allow(missing_docs)]
        ProposalGuardianSet(ProposalGuardianSet),
        #[allow(missing_docs)]
        ProposalQueued(ProposalQueued),
        #[allow(missing_docs)]
        ProposalThresholdSet(ProposalThresholdSet),
        #[allow(missing_docs)]
        QuorumNumeratorUpdated(QuorumNumeratorUpdated),
        #[allow(missing_docs)]
        TimelockChange(TimelockChange),
        #[allow(missing_docs)]
        VoteCast(VoteCast),
        #[allow(missing_docs)]
        VoteCastWithParams(VoteCastWithParams),
        #[allow(missing_docs)]
        VotingDelaySet(VotingDelaySet),
        #[allow(missing_docs)]
        VotingPeriodSet(VotingPeriodSet),
    }
    impl TensoraGovernorEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                5u8, 83u8, 71u8, 107u8, 240u8, 46u8, 242u8, 114u8, 110u8, 140u8, 229u8,
                206u8, 215u8, 141u8, 99u8, 226u8, 110u8, 96u8, 46u8, 74u8, 34u8, 87u8,
                177u8, 245u8, 89u8, 65u8, 142u8, 36u8, 180u8, 99u8, 57u8, 151u8,
            ],
            [
                8u8, 247u8, 78u8, 164u8, 110u8, 247u8, 137u8, 79u8, 101u8, 234u8, 191u8,
                181u8, 230u8, 230u8, 149u8, 222u8, 119u8, 58u8, 0u8, 11u8, 71u8, 197u8,
                41u8, 171u8, 85u8, 145u8, 120u8, 6u8, 155u8, 34u8, 100u8, 1u8,
            ],
            [
                10u8, 99u8, 135u8, 201u8, 234u8, 54u8, 40u8, 184u8, 138u8, 99u8, 59u8,
                180u8, 243u8, 177u8, 81u8, 119u8, 15u8, 112u8, 8u8, 81u8, 23u8, 161u8,
                95u8, 155u8, 243u8, 120u8, 124u8, 218u8, 83u8, 241u8, 61u8, 49u8,
            ],
            [
                84u8, 31u8, 114u8, 95u8, 185u8, 247u8, 201u8, 138u8, 48u8, 204u8, 156u8,
                15u8, 243u8, 47u8, 187u8, 20u8, 53u8, 140u8, 215u8, 21u8, 156u8, 132u8,
                122u8, 58u8, 162u8, 10u8, 43u8, 220u8, 68u8, 43u8, 165u8, 17u8,
            ],
            [
                113u8, 42u8, 225u8, 56u8, 63u8, 121u8, 172u8, 133u8, 63u8, 141u8, 136u8,
                33u8, 83u8, 119u8, 142u8, 2u8, 96u8, 239u8, 143u8, 3u8, 181u8, 4u8,
                226u8, 134u8, 110u8, 5u8, 147u8, 224u8, 77u8, 43u8, 41u8, 31u8,
            ],
            [
                120u8, 156u8, 245u8, 91u8, 233u8, 128u8, 115u8, 157u8, 173u8, 29u8, 6u8,
                153u8, 185u8, 59u8, 88u8, 232u8, 6u8, 181u8, 28u8, 157u8, 150u8, 97u8,
                155u8, 250u8, 143u8, 224u8, 162u8, 138u8, 186u8, 167u8, 179u8, 12u8,
            ],
            [
                124u8, 164u8, 172u8, 17u8, 126u8, 211u8, 205u8, 206u8, 117u8, 193u8,
                22u8, 29u8, 130u8, 7u8, 196u8, 64u8, 56u8, 155u8, 26u8, 21u8, 214u8,
                157u8, 9u8, 104u8, 49u8, 102u8, 70u8, 87u8, 192u8, 125u8, 175u8, 194u8,
            ],
            [
                125u8, 132u8, 166u8, 38u8, 58u8, 224u8, 217u8, 141u8, 51u8, 41u8, 189u8,
                123u8, 70u8, 187u8, 78u8, 141u8, 111u8, 152u8, 205u8, 53u8, 167u8, 173u8,
                180u8, 92u8, 39u8, 76u8, 139u8, 127u8, 213u8, 235u8, 213u8, 224u8,
            ],
            [
                126u8, 63u8, 127u8, 7u8, 8u8, 168u8, 77u8, 233u8, 32u8, 48u8, 54u8,
                171u8, 170u8, 69u8, 13u8, 204u8, 200u8, 90u8, 213u8, 255u8, 82u8, 247u8,
                140u8, 23u8, 15u8, 62u8, 219u8, 85u8, 207u8, 94u8, 136u8, 40u8,
            ],
            [
                154u8, 46u8, 66u8, 253u8, 103u8, 34u8, 129u8, 61u8, 105u8, 17u8, 62u8,
                125u8, 0u8, 121u8, 211u8, 217u8, 64u8, 23u8, 20u8, 40u8, 223u8, 115u8,
                115u8, 223u8, 156u8, 127u8, 118u8, 23u8, 207u8, 218u8, 40u8, 146u8,
            ],
            [
                184u8, 225u8, 56u8, 136u8, 125u8, 10u8, 161u8, 59u8, 171u8, 68u8, 126u8,
                130u8, 222u8, 157u8, 92u8, 23u8, 119u8, 4u8, 30u8, 205u8, 33u8, 202u8,
                54u8, 186u8, 130u8, 79u8, 241u8, 230u8, 192u8, 125u8, 221u8, 164u8,
            ],
            [
                197u8, 101u8, 176u8, 69u8, 64u8, 61u8, 192u8, 60u8, 46u8, 234u8, 130u8,
                184u8, 26u8, 4u8, 101u8, 237u8, 173u8, 158u8, 46u8, 127u8, 196u8, 217u8,
                126u8, 17u8, 66u8, 28u8, 32u8, 157u8, 169u8, 61u8, 122u8, 147u8,
            ],
            [
                204u8, 180u8, 93u8, 168u8, 213u8, 113u8, 126u8, 108u8, 69u8, 68u8, 105u8,
                66u8, 151u8, 196u8, 186u8, 92u8, 241u8, 81u8, 212u8, 85u8, 201u8, 187u8,
                14u8, 212u8, 252u8, 122u8, 56u8, 65u8, 27u8, 192u8, 84u8, 97u8,
            ],
            [
                226u8, 186u8, 191u8, 186u8, 197u8, 136u8, 154u8, 112u8, 155u8, 99u8,
                187u8, 127u8, 89u8, 139u8, 50u8, 78u8, 8u8, 188u8, 90u8, 79u8, 185u8,
                236u8, 100u8, 127u8, 179u8, 203u8, 201u8, 236u8, 7u8, 235u8, 135u8, 18u8,
            ],
            [
                234u8, 190u8, 125u8, 109u8, 151u8, 32u8, 189u8, 63u8, 222u8, 41u8, 240u8,
                251u8, 214u8, 175u8, 148u8, 222u8, 190u8, 234u8, 116u8, 198u8, 213u8,
                80u8, 140u8, 49u8, 238u8, 107u8, 7u8, 99u8, 30u8, 6u8, 230u8, 155u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(QuorumNumeratorUpdated),
            ::core::stringify!(TimelockChange),
            ::core::stringify!(EIP712DomainChanged),
            ::core::stringify!(ProposalExtended),
            ::core::stringify!(ProposalExecuted),
            ::core::stringify!(ProposalCanceled),
            ::core::stringify!(LateQuorumVoteExtensionSet),
            ::core::stringify!(ProposalCreated),
            ::core::stringify!(VotingPeriodSet),
            ::core::stringify!(ProposalQueued),
            ::core::stringify!(VoteCast),
            ::core::stringify!(VotingDelaySet),
            ::core::stringify!(ProposalThresholdSet),
            ::core::stringify!(VoteCastWithParams),
            ::core::stringify!(ProposalGuardianSet),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <QuorumNumeratorUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <TimelockChange as alloy_sol_types::SolEvent>::SIGNATURE,
            <EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <ProposalExtended as alloy_sol_types::SolEvent>::SIGNATURE,
            <ProposalExecuted as alloy_sol_types::SolEvent>::SIGNATURE,
            <ProposalCanceled as alloy_sol_types::SolEvent>::SIGNATURE,
            <LateQuorumVoteExtensionSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <ProposalCreated as alloy_sol_types::SolEvent>::SIGNATURE,
            <VotingPeriodSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <ProposalQueued as alloy_sol_types::SolEvent>::SIGNATURE,
            <VoteCast as alloy_sol_types::SolEvent>::SIGNATURE,
            <VotingDelaySet as alloy_sol_types::SolEvent>::SIGNATURE,
            <ProposalThresholdSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <VoteCastWithParams as alloy_sol_types::SolEvent>::SIGNATURE,
            <ProposalGuardianSet as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for TensoraGovernorEvents {
        const NAME: &'static str = "TensoraGovernorEvents";
        const COUNT: usize = 15usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(
                    <EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <EIP712DomainChanged as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::EIP712DomainChanged)
                }
                Some(
                    <LateQuorumVoteExtensionSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <LateQuorumVoteExtensionSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::LateQuorumVoteExtensionSet)
                }
                Some(<ProposalCanceled as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ProposalCanceled as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ProposalCanceled)
                }
                Some(<ProposalCreated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ProposalCreated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ProposalCreated)
                }
                Some(<ProposalExecuted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ProposalExecuted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ProposalExecuted)
                }
                Some(<ProposalExtended as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ProposalExtended as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ProposalExtended)
                }
                Some(
                    <ProposalGuardianSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <ProposalGuardianSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ProposalGuardianSet)
                }
                Some(<ProposalQueued as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ProposalQueued as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ProposalQueued)
                }
                Some(
                    <ProposalThresholdSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <ProposalThresholdSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ProposalThresholdSet)
                }
                Some(
                    <QuorumNumeratorUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <QuorumNumeratorUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::QuorumNumeratorUpdated)
                }
                Some(<TimelockChange as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TimelockChange as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::TimelockChange)
                }
                Some(<VoteCast as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <VoteCast as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::VoteCast)
                }
                Some(
                    <VoteCastWithParams as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <VoteCastWithParams as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::VoteCastWithParams)
                }
                Some(<VotingDelaySet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <VotingDelaySet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::VotingDelaySet)
                }
                Some(<VotingPeriodSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <VotingPeriodSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::VotingPeriodSet)
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
    impl alloy_sol_types::private::IntoLogData for TensoraGovernorEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::EIP712DomainChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::LateQuorumVoteExtensionSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ProposalCanceled(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ProposalCreated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ProposalExecuted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ProposalExtended(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ProposalGuardianSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ProposalQueued(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ProposalThresholdSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::QuorumNumeratorUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::TimelockChange(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::VoteCast(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::VoteCastWithParams(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::VotingDelaySet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::VotingPeriodSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::EIP712DomainChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::LateQuorumVoteExtensionSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ProposalCanceled(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ProposalCreated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ProposalExecuted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ProposalExtended(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ProposalGuardianSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ProposalQueued(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ProposalThresholdSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::QuorumNumeratorUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::TimelockChange(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::VoteCast(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::VoteCastWithParams(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::VotingDelaySet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::VotingPeriodSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`TensoraGovernor`](self) contract instance.

See the [wrapper's documentation](`TensoraGovernorInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> TensoraGovernorInstance<P, N> {
        TensoraGovernorInstance::<P, N>::new(address, __provider)
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
        token: alloy::sol_types::private::Address,
        timelock: alloy::sol_types::private::Address,
        params: <Params as alloy::sol_types::SolType>::RustType,
        guardian: alloy::sol_types::private::Address,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<TensoraGovernorInstance<P, N>>,
    > {
        TensoraGovernorInstance::<
            P,
            N,
        >::deploy(__provider, token, timelock, params, guardian)
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
        token: alloy::sol_types::private::Address,
        timelock: alloy::sol_types::private::Address,
        params: <Params as alloy::sol_types::SolType>::RustType,
        guardian: alloy::sol_types::private::Address,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        TensoraGovernorInstance::<
            P,
            N,
        >::deploy_builder(__provider, token, timelock, params, guardian)
    }
    /**A [`TensoraGovernor`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`TensoraGovernor`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct TensoraGovernorInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for TensoraGovernorInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("TensoraGovernorInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > TensoraGovernorInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`TensoraGovernor`](self) contract instance.

See the [wrapper's documentation](`TensoraGovernorInstance`) for more details.*/
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
            token: alloy::sol_types::private::Address,
            timelock: alloy::sol_types::private::Address,
            params: <Params as alloy::sol_types::SolType>::RustType,
            guardian: alloy::sol_types::private::Address,
        ) -> alloy_contract::Result<TensoraGovernorInstance<P, N>> {
            let call_builder = Self::deploy_builder(
                __provider,
                token,
                timelock,
                params,
                guardian,
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
            token: alloy::sol_types::private::Address,
            timelock: alloy::sol_types::private::Address,
            params: <Params as alloy::sol_types::SolType>::RustType,
            guardian: alloy::sol_types::private::Address,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(
                        &constructorCall {
                            token,
                            timelock,
                            params,
                            guardian,
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
    impl<P: ::core::clone::Clone, N> TensoraGovernorInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> TensoraGovernorInstance<P, N> {
            TensoraGovernorInstance {
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
    > TensoraGovernorInstance<P, N> {
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
        ///Creates a new call builder for the [`BALLOT_TYPEHASH`] function.
        pub fn BALLOT_TYPEHASH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, BALLOT_TYPEHASHCall, N> {
            self.call_builder(&BALLOT_TYPEHASHCall)
        }
        ///Creates a new call builder for the [`CLOCK_MODE`] function.
        pub fn CLOCK_MODE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, CLOCK_MODECall, N> {
            self.call_builder(&CLOCK_MODECall)
        }
        ///Creates a new call builder for the [`COUNTING_MODE`] function.
        pub fn COUNTING_MODE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, COUNTING_MODECall, N> {
            self.call_builder(&COUNTING_MODECall)
        }
        ///Creates a new call builder for the [`EXTENDED_BALLOT_TYPEHASH`] function.
        pub fn EXTENDED_BALLOT_TYPEHASH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, EXTENDED_BALLOT_TYPEHASHCall, N> {
            self.call_builder(&EXTENDED_BALLOT_TYPEHASHCall)
        }
        ///Creates a new call builder for the [`cancel`] function.
        pub fn cancel(
            &self,
            targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
            values: alloy::sol_types::private::Vec<
                alloy::sol_types::private::primitives::aliases::U256,
            >,
            calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
            descriptionHash: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, cancelCall, N> {
            self.call_builder(
                &cancelCall {
                    targets,
                    values,
                    calldatas,
                    descriptionHash,
                },
            )
        }
        ///Creates a new call builder for the [`castVote`] function.
        pub fn castVote(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
            support: u8,
        ) -> alloy_contract::SolCallBuilder<&P, castVoteCall, N> {
            self.call_builder(
                &castVoteCall {
                    proposalId,
                    support,
                },
            )
        }
        ///Creates a new call builder for the [`castVoteBySig`] function.
        pub fn castVoteBySig(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
            support: u8,
            voter: alloy::sol_types::private::Address,
            signature: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, castVoteBySigCall, N> {
            self.call_builder(
                &castVoteBySigCall {
                    proposalId,
                    support,
                    voter,
                    signature,
                },
            )
        }
        ///Creates a new call builder for the [`castVoteWithReason`] function.
        pub fn castVoteWithReason(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
            support: u8,
            reason: alloy::sol_types::private::String,
        ) -> alloy_contract::SolCallBuilder<&P, castVoteWithReasonCall, N> {
            self.call_builder(
                &castVoteWithReasonCall {
                    proposalId,
                    support,
                    reason,
                },
            )
        }
        ///Creates a new call builder for the [`castVoteWithReasonAndParams`] function.
        pub fn castVoteWithReasonAndParams(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
            support: u8,
            reason: alloy::sol_types::private::String,
            params: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, castVoteWithReasonAndParamsCall, N> {
            self.call_builder(
                &castVoteWithReasonAndParamsCall {
                    proposalId,
                    support,
                    reason,
                    params,
                },
            )
        }
        ///Creates a new call builder for the [`castVoteWithReasonAndParamsBySig`] function.
        pub fn castVoteWithReasonAndParamsBySig(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
            support: u8,
            voter: alloy::sol_types::private::Address,
            reason: alloy::sol_types::private::String,
            params: alloy::sol_types::private::Bytes,
            signature: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<
            &P,
            castVoteWithReasonAndParamsBySigCall,
            N,
        > {
            self.call_builder(
                &castVoteWithReasonAndParamsBySigCall {
                    proposalId,
                    support,
                    voter,
                    reason,
                    params,
                    signature,
                },
            )
        }
        ///Creates a new call builder for the [`clock`] function.
        pub fn clock(&self) -> alloy_contract::SolCallBuilder<&P, clockCall, N> {
            self.call_builder(&clockCall)
        }
        ///Creates a new call builder for the [`eip712Domain`] function.
        pub fn eip712Domain(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, eip712DomainCall, N> {
            self.call_builder(&eip712DomainCall)
        }
        ///Creates a new call builder for the [`execute`] function.
        pub fn execute(
            &self,
            targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
            values: alloy::sol_types::private::Vec<
                alloy::sol_types::private::primitives::aliases::U256,
            >,
            calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
            descriptionHash: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, executeCall, N> {
            self.call_builder(
                &executeCall {
                    targets,
                    values,
                    calldatas,
                    descriptionHash,
                },
            )
        }
        ///Creates a new call builder for the [`getProposalId`] function.
        pub fn getProposalId(
            &self,
            targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
            values: alloy::sol_types::private::Vec<
                alloy::sol_types::private::primitives::aliases::U256,
            >,
            calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
            descriptionHash: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getProposalIdCall, N> {
            self.call_builder(
                &getProposalIdCall {
                    targets,
                    values,
                    calldatas,
                    descriptionHash,
                },
            )
        }
        ///Creates a new call builder for the [`getVotes`] function.
        pub fn getVotes(
            &self,
            account: alloy::sol_types::private::Address,
            timepoint: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, getVotesCall, N> {
            self.call_builder(&getVotesCall { account, timepoint })
        }
        ///Creates a new call builder for the [`getVotesWithParams`] function.
        pub fn getVotesWithParams(
            &self,
            account: alloy::sol_types::private::Address,
            timepoint: alloy::sol_types::private::primitives::aliases::U256,
            params: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, getVotesWithParamsCall, N> {
            self.call_builder(
                &getVotesWithParamsCall {
                    account,
                    timepoint,
                    params,
                },
            )
        }
        ///Creates a new call builder for the [`hasVoted`] function.
        pub fn hasVoted(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, hasVotedCall, N> {
            self.call_builder(
                &hasVotedCall {
                    proposalId,
                    account,
                },
            )
        }
        ///Creates a new call builder for the [`hashProposal`] function.
        pub fn hashProposal(
            &self,
            targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
            values: alloy::sol_types::private::Vec<
                alloy::sol_types::private::primitives::aliases::U256,
            >,
            calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
            descriptionHash: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, hashProposalCall, N> {
            self.call_builder(
                &hashProposalCall {
                    targets,
                    values,
                    calldatas,
                    descriptionHash,
                },
            )
        }
        ///Creates a new call builder for the [`lateQuorumVoteExtension`] function.
        pub fn lateQuorumVoteExtension(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, lateQuorumVoteExtensionCall, N> {
            self.call_builder(&lateQuorumVoteExtensionCall)
        }
        ///Creates a new call builder for the [`name`] function.
        pub fn name(&self) -> alloy_contract::SolCallBuilder<&P, nameCall, N> {
            self.call_builder(&nameCall)
        }
        ///Creates a new call builder for the [`nonces`] function.
        pub fn nonces(
            &self,
            owner: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, noncesCall, N> {
            self.call_builder(&noncesCall { owner })
        }
        ///Creates a new call builder for the [`onERC1155BatchReceived`] function.
        pub fn onERC1155BatchReceived(
            &self,
            _0: alloy::sol_types::private::Address,
            _1: alloy::sol_types::private::Address,
            _2: alloy::sol_types::private::Vec<
                alloy::sol_types::private::primitives::aliases::U256,
            >,
            _3: alloy::sol_types::private::Vec<
                alloy::sol_types::private::primitives::aliases::U256,
            >,
            _4: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, onERC1155BatchReceivedCall, N> {
            self.call_builder(
                &onERC1155BatchReceivedCall {
                    _0,
                    _1,
                    _2,
                    _3,
                    _4,
                },
            )
        }
        ///Creates a new call builder for the [`onERC1155Received`] function.
        pub fn onERC1155Received(
            &self,
            _0: alloy::sol_types::private::Address,
            _1: alloy::sol_types::private::Address,
            _2: alloy::sol_types::private::primitives::aliases::U256,
            _3: alloy::sol_types::private::primitives::aliases::U256,
            _4: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, onERC1155ReceivedCall, N> {
            self.call_builder(
                &onERC1155ReceivedCall {
                    _0,
                    _1,
                    _2,
                    _3,
                    _4,
                },
            )
        }
        ///Creates a new call builder for the [`onERC721Received`] function.
        pub fn onERC721Received(
            &self,
            _0: alloy::sol_types::private::Address,
            _1: alloy::sol_types::private::Address,
            _2: alloy::sol_types::private::primitives::aliases::U256,
            _3: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, onERC721ReceivedCall, N> {
            self.call_builder(
                &onERC721ReceivedCall {
                    _0,
                    _1,
                    _2,
                    _3,
                },
            )
        }
        ///Creates a new call builder for the [`proposalDeadline`] function.
        pub fn proposalDeadline(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, proposalDeadlineCall, N> {
            self.call_builder(&proposalDeadlineCall { proposalId })
        }
        ///Creates a new call builder for the [`proposalEta`] function.
        pub fn proposalEta(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, proposalEtaCall, N> {
            self.call_builder(&proposalEtaCall { proposalId })
        }
        ///Creates a new call builder for the [`proposalGuardian`] function.
        pub fn proposalGuardian(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, proposalGuardianCall, N> {
            self.call_builder(&proposalGuardianCall)
        }
        ///Creates a new call builder for the [`proposalNeedsQueuing`] function.
        pub fn proposalNeedsQueuing(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, proposalNeedsQueuingCall, N> {
            self.call_builder(
                &proposalNeedsQueuingCall {
                    proposalId,
                },
            )
        }
        ///Creates a new call builder for the [`proposalProposer`] function.
        pub fn proposalProposer(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, proposalProposerCall, N> {
            self.call_builder(&proposalProposerCall { proposalId })
        }
        ///Creates a new call builder for the [`proposalSnapshot`] function.
        pub fn proposalSnapshot(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, proposalSnapshotCall, N> {
            self.call_builder(&proposalSnapshotCall { proposalId })
        }
        ///Creates a new call builder for the [`proposalThreshold`] function.
        pub fn proposalThreshold(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, proposalThresholdCall, N> {
            self.call_builder(&proposalThresholdCall)
        }
        ///Creates a new call builder for the [`proposalVotes`] function.
        pub fn proposalVotes(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, proposalVotesCall, N> {
            self.call_builder(&proposalVotesCall { proposalId })
        }
        ///Creates a new call builder for the [`propose`] function.
        pub fn propose(
            &self,
            targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
            values: alloy::sol_types::private::Vec<
                alloy::sol_types::private::primitives::aliases::U256,
            >,
            calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
            description: alloy::sol_types::private::String,
        ) -> alloy_contract::SolCallBuilder<&P, proposeCall, N> {
            self.call_builder(
                &proposeCall {
                    targets,
                    values,
                    calldatas,
                    description,
                },
            )
        }
        ///Creates a new call builder for the [`queue`] function.
        pub fn queue(
            &self,
            targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
            values: alloy::sol_types::private::Vec<
                alloy::sol_types::private::primitives::aliases::U256,
            >,
            calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
            descriptionHash: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, queueCall, N> {
            self.call_builder(
                &queueCall {
                    targets,
                    values,
                    calldatas,
                    descriptionHash,
                },
            )
        }
        ///Creates a new call builder for the [`quorum`] function.
        pub fn quorum(
            &self,
            timepoint: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, quorumCall, N> {
            self.call_builder(&quorumCall { timepoint })
        }
        ///Creates a new call builder for the [`quorumDenominator`] function.
        pub fn quorumDenominator(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, quorumDenominatorCall, N> {
            self.call_builder(&quorumDenominatorCall)
        }
        ///Creates a new call builder for the [`quorumNumerator_0`] function.
        pub fn quorumNumerator_0(
            &self,
            timepoint: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, quorumNumerator_0Call, N> {
            self.call_builder(&quorumNumerator_0Call { timepoint })
        }
        ///Creates a new call builder for the [`quorumNumerator_1`] function.
        pub fn quorumNumerator_1(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, quorumNumerator_1Call, N> {
            self.call_builder(&quorumNumerator_1Call)
        }
        ///Creates a new call builder for the [`relay`] function.
        pub fn relay(
            &self,
            target: alloy::sol_types::private::Address,
            value: alloy::sol_types::private::primitives::aliases::U256,
            data: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, relayCall, N> {
            self.call_builder(&relayCall { target, value, data })
        }
        ///Creates a new call builder for the [`setLateQuorumVoteExtension`] function.
        pub fn setLateQuorumVoteExtension(
            &self,
            newVoteExtension: alloy::sol_types::private::primitives::aliases::U48,
        ) -> alloy_contract::SolCallBuilder<&P, setLateQuorumVoteExtensionCall, N> {
            self.call_builder(
                &setLateQuorumVoteExtensionCall {
                    newVoteExtension,
                },
            )
        }
        ///Creates a new call builder for the [`setProposalGuardian`] function.
        pub fn setProposalGuardian(
            &self,
            newProposalGuardian: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, setProposalGuardianCall, N> {
            self.call_builder(
                &setProposalGuardianCall {
                    newProposalGuardian,
                },
            )
        }
        ///Creates a new call builder for the [`setProposalThreshold`] function.
        pub fn setProposalThreshold(
            &self,
            newProposalThreshold: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, setProposalThresholdCall, N> {
            self.call_builder(
                &setProposalThresholdCall {
                    newProposalThreshold,
                },
            )
        }
        ///Creates a new call builder for the [`setVotingDelay`] function.
        pub fn setVotingDelay(
            &self,
            newVotingDelay: alloy::sol_types::private::primitives::aliases::U48,
        ) -> alloy_contract::SolCallBuilder<&P, setVotingDelayCall, N> {
            self.call_builder(
                &setVotingDelayCall {
                    newVotingDelay,
                },
            )
        }
        ///Creates a new call builder for the [`setVotingPeriod`] function.
        pub fn setVotingPeriod(
            &self,
            newVotingPeriod: u32,
        ) -> alloy_contract::SolCallBuilder<&P, setVotingPeriodCall, N> {
            self.call_builder(
                &setVotingPeriodCall {
                    newVotingPeriod,
                },
            )
        }
        ///Creates a new call builder for the [`state`] function.
        pub fn state(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, stateCall, N> {
            self.call_builder(&stateCall { proposalId })
        }
        ///Creates a new call builder for the [`supportsInterface`] function.
        pub fn supportsInterface(
            &self,
            interfaceId: alloy::sol_types::private::FixedBytes<4>,
        ) -> alloy_contract::SolCallBuilder<&P, supportsInterfaceCall, N> {
            self.call_builder(
                &supportsInterfaceCall {
                    interfaceId,
                },
            )
        }
        ///Creates a new call builder for the [`timelock`] function.
        pub fn timelock(&self) -> alloy_contract::SolCallBuilder<&P, timelockCall, N> {
            self.call_builder(&timelockCall)
        }
        ///Creates a new call builder for the [`token`] function.
        pub fn token(&self) -> alloy_contract::SolCallBuilder<&P, tokenCall, N> {
            self.call_builder(&tokenCall)
        }
        ///Creates a new call builder for the [`updateQuorumNumerator`] function.
        pub fn updateQuorumNumerator(
            &self,
            newQuorumNumerator: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, updateQuorumNumeratorCall, N> {
            self.call_builder(
                &updateQuorumNumeratorCall {
                    newQuorumNumerator,
                },
            )
        }
        ///Creates a new call builder for the [`updateTimelock`] function.
        pub fn updateTimelock(
            &self,
            newTimelock: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, updateTimelockCall, N> {
            self.call_builder(&updateTimelockCall { newTimelock })
        }
        ///Creates a new call builder for the [`version`] function.
        pub fn version(&self) -> alloy_contract::SolCallBuilder<&P, versionCall, N> {
            self.call_builder(&versionCall)
        }
        ///Creates a new call builder for the [`votingDelay`] function.
        pub fn votingDelay(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, votingDelayCall, N> {
            self.call_builder(&votingDelayCall)
        }
        ///Creates a new call builder for the [`votingPeriod`] function.
        pub fn votingPeriod(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, votingPeriodCall, N> {
            self.call_builder(&votingPeriodCall)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > TensoraGovernorInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`EIP712DomainChanged`] event.
        pub fn EIP712DomainChanged_filter(
            &self,
        ) -> alloy_contract::Event<&P, EIP712DomainChanged, N> {
            self.event_filter::<EIP712DomainChanged>()
        }
        ///Creates a new event filter for the [`LateQuorumVoteExtensionSet`] event.
        pub fn LateQuorumVoteExtensionSet_filter(
            &self,
        ) -> alloy_contract::Event<&P, LateQuorumVoteExtensionSet, N> {
            self.event_filter::<LateQuorumVoteExtensionSet>()
        }
        ///Creates a new event filter for the [`ProposalCanceled`] event.
        pub fn ProposalCanceled_filter(
            &self,
        ) -> alloy_contract::Event<&P, ProposalCanceled, N> {
            self.event_filter::<ProposalCanceled>()
        }
        ///Creates a new event filter for the [`ProposalCreated`] event.
        pub fn ProposalCreated_filter(
            &self,
        ) -> alloy_contract::Event<&P, ProposalCreated, N> {
            self.event_filter::<ProposalCreated>()
        }
        ///Creates a new event filter for the [`ProposalExecuted`] event.
        pub fn ProposalExecuted_filter(
            &self,
        ) -> alloy_contract::Event<&P, ProposalExecuted, N> {
            self.event_filter::<ProposalExecuted>()
        }
        ///Creates a new event filter for the [`ProposalExtended`] event.
        pub fn ProposalExtended_filter(
            &self,
        ) -> alloy_contract::Event<&P, ProposalExtended, N> {
            self.event_filter::<ProposalExtended>()
        }
        ///Creates a new event filter for the [`ProposalGuardianSet`] event.
        pub fn ProposalGuardianSet_filter(
            &self,
        ) -> alloy_contract::Event<&P, ProposalGuardianSet, N> {
            self.event_filter::<ProposalGuardianSet>()
        }
        ///Creates a new event filter for the [`ProposalQueued`] event.
        pub fn ProposalQueued_filter(
            &self,
        ) -> alloy_contract::Event<&P, ProposalQueued, N> {
            self.event_filter::<ProposalQueued>()
        }
        ///Creates a new event filter for the [`ProposalThresholdSet`] event.
        pub fn ProposalThresholdSet_filter(
            &self,
        ) -> alloy_contract::Event<&P, ProposalThresholdSet, N> {
            self.event_filter::<ProposalThresholdSet>()
        }
        ///Creates a new event filter for the [`QuorumNumeratorUpdated`] event.
        pub fn QuorumNumeratorUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, QuorumNumeratorUpdated, N> {
            self.event_filter::<QuorumNumeratorUpdated>()
        }
        ///Creates a new event filter for the [`TimelockChange`] event.
        pub fn TimelockChange_filter(
            &self,
        ) -> alloy_contract::Event<&P, TimelockChange, N> {
            self.event_filter::<TimelockChange>()
        }
        ///Creates a new event filter for the [`VoteCast`] event.
        pub fn VoteCast_filter(&self) -> alloy_contract::Event<&P, VoteCast, N> {
            self.event_filter::<VoteCast>()
        }
        ///Creates a new event filter for the [`VoteCastWithParams`] event.
        pub fn VoteCastWithParams_filter(
            &self,
        ) -> alloy_contract::Event<&P, VoteCastWithParams, N> {
            self.event_filter::<VoteCastWithParams>()
        }
        ///Creates a new event filter for the [`VotingDelaySet`] event.
        pub fn VotingDelaySet_filter(
            &self,
        ) -> alloy_contract::Event<&P, VotingDelaySet, N> {
            self.event_filter::<VotingDelaySet>()
        }
        ///Creates a new event filter for the [`VotingPeriodSet`] event.
        pub fn VotingPeriodSet_filter(
            &self,
        ) -> alloy_contract::Event<&P, VotingPeriodSet, N> {
            self.event_filter::<VotingPeriodSet>()
        }
    }
}
