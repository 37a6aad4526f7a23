///Module containing a contract's types and functions.
/**

```solidity
library IPaymaster {
    type PostOpMode is uint8;
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IPaymaster {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PostOpMode(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<PostOpMode> for u8 {
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
        impl PostOpMode {
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
        impl From<u8> for PostOpMode {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<PostOpMode> for u8 {
            fn from(value: PostOpMode) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for PostOpMode {
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
        impl alloy_sol_types::EventTopic for PostOpMode {
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
    /**Creates a new wrapper around an on-chain [`IPaymaster`](self) contract instance.

See the [wrapper's documentation](`IPaymasterInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IPaymasterInstance<P, N> {
        IPaymasterInstance::<P, N>::new(address, __provider)
    }
    /**A [`IPaymaster`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`IPaymaster`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IPaymasterInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IPaymasterInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IPaymasterInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IPaymasterInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IPaymaster`](self) contract instance.

See the [wrapper's documentation](`IPaymasterInstance`) for more details.*/
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
    impl<P: ::core::clone::Clone, N> IPaymasterInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IPaymasterInstance<P, N> {
            IPaymasterInstance {
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
    > IPaymasterInstance<P, N> {
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
    > IPaymasterInstance<P, N> {
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
///Module containing a contract's types and functions.
/**

```solidity
library ITensoraPaymaster {
    struct Limits { uint128 maxFeePerGas; uint128 maxCostPerOp; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod ITensoraPaymaster {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Limits { uint128 maxFeePerGas; uint128 maxCostPerOp; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Limits {
        #[allow(missing_docs)]
        pub maxFeePerGas: u128,
        #[allow(missing_docs)]
        pub maxCostPerOp: u128,
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
            alloy::sol_types::sol_data::Uint<128>,
            alloy::sol_types::sol_data::Uint<128>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u128, u128);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Limits> for UnderlyingRustTuple<'_> {
            fn from(value: Limits) -> Self {
                (value.maxFeePerGas, value.maxCostPerOp)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Limits {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    maxFeePerGas: tuple.0,
                    maxCostPerOp: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Limits {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Limits {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        128,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxFeePerGas),
                    <alloy::sol_types::sol_data::Uint<
                        128,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxCostPerOp),
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
        impl alloy_sol_types::SolType for Limits {
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
        impl alloy_sol_types::SolStruct for Limits {
            const NAME: &'static str = "Limits";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Limits(uint128 maxFeePerGas,uint128 maxCostPerOp)",
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
                        128,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.maxFeePerGas)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        128,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.maxCostPerOp)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Limits {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        128,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxFeePerGas,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        128,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxCostPerOp,
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
                    128,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxFeePerGas,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    128,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxCostPerOp,
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
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`ITensoraPaymaster`](self) contract instance.

See the [wrapper's documentation](`ITensoraPaymasterInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> ITensoraPaymasterInstance<P, N> {
        ITensoraPaymasterInstance::<P, N>::new(address, __provider)
    }
    /**A [`ITensoraPaymaster`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`ITensoraPaymaster`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct ITensoraPaymasterInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for ITensoraPaymasterInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("ITensoraPaymasterInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > ITensoraPaymasterInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`ITensoraPaymaster`](self) contract instance.

See the [wrapper's documentation](`ITensoraPaymasterInstance`) for more details.*/
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
    impl<P: ::core::clone::Clone, N> ITensoraPaymasterInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> ITensoraPaymasterInstance<P, N> {
            ITensoraPaymasterInstance {
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
    > ITensoraPaymasterInstance<P, N> {
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
    > ITensoraPaymasterInstance<P, N> {
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
library IPaymaster {
    type PostOpMode is uint8;
}

library ITensoraPaymaster {
    struct Limits {
        uint128 maxFeePerGas;
        uint128 maxCostPerOp;
    }
}

interface TensoraPaymaster {
    struct PackedUserOperation {
        address sender;
        uint256 nonce;
        bytes initCode;
        bytes callData;
        bytes32 accountGasLimits;
        uint256 preVerificationGas;
        bytes32 gasFees;
        bytes paymasterAndData;
        bytes signature;
    }

    error ChargeAboveLimit(uint256 charge, uint256 limit);
    error CostAboveCap(uint256 maxCost, uint256 cap);
    error EnforcedPause();
    error ExpectedPause();
    error FeeAboveCap(uint256 maxFeePerGas, uint256 cap);
    error InsufficientAllowance(uint256 allowance, uint256 required);
    error InsufficientBalance(uint256 balance, uint256 required);
    error InvalidParameter(string name, uint256 value);
    error MalformedPaymasterData(uint256 length);
    error NotEntryPoint(address caller);
    error NotOwnerOrGuardian(address caller);
    error NotOwnerOrKeeper(address caller);
    error OwnableInvalidOwner(address owner);
    error OwnableUnauthorizedAccount(address account);
    error PostOpGasLimitTooLow(uint256 limit, uint256 required);
    error PriceNotSet();
    error SafeERC20FailedOperation(address token);
    error UnsupportedEntryPointVersion(uint8 version);
    error ZeroAddress(string name);

    event Deposited(address indexed from, uint256 amount);
    event GuardianSet(address indexed guardian);
    event KeeperSet(address indexed keeper);
    event LimitsSet(uint128 maxFeePerGas, uint128 maxCostPerOp);
    event NativeWithdrawn(address indexed to, uint256 amount);
    event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    event Paused(address account);
    event PriceUpdated(uint256 tokenPerNative, uint48 updatedAt, address indexed by);
    event PricingSet(uint16 markupBps, uint48 maxPriceAge, uint256 minTokenPerNative);
    event Staked(address indexed from, uint256 amount, uint32 unstakeDelay);
    event TokensWithdrawn(address indexed treasury, uint256 amount);
    event TreasurySet(address indexed treasury);
    event Unpaused(address account);
    event UnstakeDelaySet(uint32 unstakeDelay);
    event UserOperationCharged(address indexed sender, uint256 nativeCost, uint256 charge, uint256 refund, uint256 tokenPerNative);

    constructor(address owner_, address entryPoint_, uint8 entryPointVersion_, address tora_, address treasury_, address guardian_, address keeper_, uint16 markupBps_, uint48 maxPriceAge_, uint256 minTokenPerNative_, ITensoraPaymaster.Limits limits_, uint32 unstakeDelay_);

    function BPS() external view returns (uint256);
    function ENTRY_POINT() external view returns (address);
    function ENTRY_POINT_VERSION() external view returns (uint8);
    function MAX_MARKUP_BPS() external view returns (uint16);
    function MAX_PRICE_AGE_LIMIT() external view returns (uint48);
    function POST_OP_GAS() external view returns (uint256);
    function TORA() external view returns (address);
    function acceptOwnership() external;
    function addStake() external payable;
    function deposit() external payable;
    function getDeposit() external view returns (uint256);
    function guardian() external view returns (address);
    function keeper() external view returns (address);
    function limits() external view returns (uint128 maxFeePerGas, uint128 maxCostPerOp);
    function minTokenPerNative() external view returns (uint256);
    function owner() external view returns (address);
    function pause() external;
    function paused() external view returns (bool);
    function pendingOwner() external view returns (address);
    function postOp(IPaymaster.PostOpMode, bytes memory context, uint256 actualGasCost, uint256 actualUserOpFeePerGas) external;
    function price() external view returns (uint256 tokenPerNative, uint48 updatedAt, uint48 validUntil, uint16 markupBps);
    function renounceOwnership() external;
    function setGuardian(address guardian_) external;
    function setKeeper(address keeper_) external;
    function setLimits(ITensoraPaymaster.Limits memory limits_) external;
    function setPrice(uint256 tokenPerNative) external;
    function setPricing(uint16 markupBps, uint48 maxPriceAge, uint256 minTokenPerNative_) external;
    function setTreasury(address treasury_) external;
    function setUnstakeDelay(uint32 unstakeDelay_) external;
    function tokenCost(uint256 nativeCost) external view returns (uint256);
    function transferOwnership(address newOwner) external;
    function treasury() external view returns (address);
    function unlockStake() external;
    function unpause() external;
    function unstakeDelay() external view returns (uint32);
    function validatePaymasterUserOp(PackedUserOperation memory userOp, bytes32, uint256 maxCost) external returns (bytes memory context, uint256 validationData);
    function version() external pure returns (string memory);
    function withdrawDeposit(uint256 amount) external;
    function withdrawStake() external;
    function withdrawTokens(uint256 amount) external;
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "owner_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "entryPoint_",
        "type": "address",
        "internalType": "contract IEntryPoint"
      },
      {
        "name": "entryPointVersion_",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "tora_",
        "type": "address",
        "internalType": "contract IERC20"
      },
      {
        "name": "treasury_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "guardian_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "keeper_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "markupBps_",
        "type": "uint16",
        "internalType": "uint16"
      },
      {
        "name": "maxPriceAge_",
        "type": "uint48",
        "internalType": "uint48"
      },
      {
        "name": "minTokenPerNative_",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "limits_",
        "type": "tuple",
        "internalType": "struct ITensoraPaymaster.Limits",
        "components": [
          {
            "name": "maxFeePerGas",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "maxCostPerOp",
            "type": "uint128",
            "internalType": "uint128"
          }
        ]
      },
      {
        "name": "unstakeDelay_",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "BPS",
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
    "name": "ENTRY_POINT",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IEntryPoint"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "ENTRY_POINT_VERSION",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_MARKUP_BPS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_PRICE_AGE_LIMIT",
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
    "name": "POST_OP_GAS",
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
    "name": "TORA",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IERC20"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "acceptOwnership",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "addStake",
    "inputs": [],
    "outputs": [],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "deposit",
    "inputs": [],
    "outputs": [],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "getDeposit",
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
    "name": "guardian",
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
    "name": "keeper",
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
    "name": "limits",
    "inputs": [],
    "outputs": [
      {
        "name": "maxFeePerGas",
        "type": "uint128",
        "internalType": "uint128"
      },
      {
        "name": "maxCostPerOp",
        "type": "uint128",
        "internalType": "uint128"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "minTokenPerNative",
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
    "name": "owner",
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
    "name": "pause",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "paused",
    "inputs": [],
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
    "name": "pendingOwner",
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
    "name": "postOp",
    "inputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "enum IPaymaster.PostOpMode"
      },
      {
        "name": "context",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "actualGasCost",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "actualUserOpFeePerGas",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "price",
    "inputs": [],
    "outputs": [
      {
        "name": "tokenPerNative",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "updatedAt",
        "type": "uint48",
        "internalType": "uint48"
      },
      {
        "name": "validUntil",
        "type": "uint48",
        "internalType": "uint48"
      },
      {
        "name": "markupBps",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "renounceOwnership",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setGuardian",
    "inputs": [
      {
        "name": "guardian_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setKeeper",
    "inputs": [
      {
        "name": "keeper_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setLimits",
    "inputs": [
      {
        "name": "limits_",
        "type": "tuple",
        "internalType": "struct ITensoraPaymaster.Limits",
        "components": [
          {
            "name": "maxFeePerGas",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "maxCostPerOp",
            "type": "uint128",
            "internalType": "uint128"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setPrice",
    "inputs": [
      {
        "name": "tokenPerNative",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setPricing",
    "inputs": [
      {
        "name": "markupBps",
        "type": "uint16",
        "internalType": "uint16"
      },
      {
        "name": "maxPriceAge",
        "type": "uint48",
        "internalType": "uint48"
      },
      {
        "name": "minTokenPerNative_",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setTreasury",
    "inputs": [
      {
        "name": "treasury_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setUnstakeDelay",
    "inputs": [
      {
        "name": "unstakeDelay_",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "tokenCost",
    "inputs": [
      {
        "name": "nativeCost",
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
    "name": "transferOwnership",
    "inputs": [
      {
        "name": "newOwner",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "treasury",
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
    "name": "unlockStake",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "unpause",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "unstakeDelay",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "validatePaymasterUserOp",
    "inputs": [
      {
        "name": "userOp",
        "type": "tuple",
        "internalType": "struct PackedUserOperation",
        "components": [
          {
            "name": "sender",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "nonce",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "initCode",
            "type": "bytes",
            "internalType": "bytes"
          },
          {
            "name": "callData",
            "type": "bytes",
            "internalType": "bytes"
          },
          {
            "name": "accountGasLimits",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "preVerificationGas",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "gasFees",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "paymasterAndData",
            "type": "bytes",
            "internalType": "bytes"
          },
          {
            "name": "signature",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
      },
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "maxCost",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "context",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "validationData",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
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
    "name": "withdrawDeposit",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "withdrawStake",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "withdrawTokens",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "Deposited",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "indexed": true,
        "internalType": "address"
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
    "name": "GuardianSet",
    "inputs": [
      {
        "name": "guardian",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "KeeperSet",
    "inputs": [
      {
        "name": "keeper",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "LimitsSet",
    "inputs": [
      {
        "name": "maxFeePerGas",
        "type": "uint128",
        "indexed": false,
        "internalType": "uint128"
      },
      {
        "name": "maxCostPerOp",
        "type": "uint128",
        "indexed": false,
        "internalType": "uint128"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "NativeWithdrawn",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
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
    "name": "OwnershipTransferStarted",
    "inputs": [
      {
        "name": "previousOwner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "newOwner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OwnershipTransferred",
    "inputs": [
      {
        "name": "previousOwner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "newOwner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Paused",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PriceUpdated",
    "inputs": [
      {
        "name": "tokenPerNative",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "updatedAt",
        "type": "uint48",
        "indexed": false,
        "internalType": "uint48"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PricingSet",
    "inputs": [
      {
        "name": "markupBps",
        "type": "uint16",
        "indexed": false,
        "internalType": "uint16"
      },
      {
        "name": "maxPriceAge",
        "type": "uint48",
        "indexed": false,
        "internalType": "uint48"
      },
      {
        "name": "minTokenPerNative",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Staked",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "unstakeDelay",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TokensWithdrawn",
    "inputs": [
      {
        "name": "treasury",
        "type": "address",
        "indexed": true,
        "internalType": "address"
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
    "name": "TreasurySet",
    "inputs": [
      {
        "name": "treasury",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Unpaused",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "UnstakeDelaySet",
    "inputs": [
      {
        "name": "unstakeDelay",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "UserOperationCharged",
    "inputs": [
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "nativeCost",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "charge",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "refund",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "tokenPerNative",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "ChargeAboveLimit",
    "inputs": [
      {
        "name": "charge",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "limit",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "CostAboveCap",
    "inputs": [
      {
        "name": "maxCost",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "cap",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "EnforcedPause",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ExpectedPause",
    "inputs": []
  },
  {
    "type": "error",
    "name": "FeeAboveCap",
    "inputs": [
      {
        "name": "maxFeePerGas",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "cap",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InsufficientAllowance",
    "inputs": [
      {
        "name": "allowance",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "required",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InsufficientBalance",
    "inputs": [
      {
        "name": "balance",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "required",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidParameter",
    "inputs": [
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
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
    "name": "MalformedPaymasterData",
    "inputs": [
      {
        "name": "length",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotEntryPoint",
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
    "name": "NotOwnerOrGuardian",
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
    "name": "NotOwnerOrKeeper",
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
    "name": "OwnableInvalidOwner",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "OwnableUnauthorizedAccount",
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
    "name": "PostOpGasLimitTooLow",
    "inputs": [
      {
        "name": "limit",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "required",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "PriceNotSet",
    "inputs": []
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
    "name": "UnsupportedEntryPointVersion",
    "inputs": [
      {
        "name": "version",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "ZeroAddress",
    "inputs": [
      {
        "name": "name",
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
pub mod TensoraPaymaster {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x60e060405234801561000f575f5ffd5b50604051612ecc380380612ecc83398101604081905261002e9161073c565b8b6001600160a01b03811661005d57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61006681610189565b506001600160a01b038b166100ab5760405163eac0d38960e01b815260206004820152600a602482015269195b9d1c9e541bda5b9d60b21b6044820152606401610054565b6001600160a01b0389166100eb5760405163eac0d38960e01b815260040161005490602080825260049082015263746f726160e01b604082015260600190565b8960ff1660071415801561010357508960ff16600814155b156101265760405163ceff78cb60e01b815260ff8b166004820152602401610054565b6001600160a01b03808c1660805260ff8b1660a052891660c052610149886101a5565b61015287610230565b61015b86610279565b6101668585856102c2565b61016f8261046c565b61017881610572565b505050505050505050505050610819565b600180546001600160a01b03191690556101a281610613565b50565b6001600160a01b0381166101e75760405163eac0d38960e01b8152602060048201526008602482015267747265617375727960c01b6044820152606401610054565b600780546001600160a01b0319166001600160a01b0383169081179091556040517f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f905f90a250565b600280546001600160a01b0319166001600160a01b0383169081179091556040517fe6c09ffe4572dc9ceaa5ddde4ae41befa655d6fdfe8052077af0970f700e942e905f90a250565b600680546001600160a01b0319166001600160a01b0383169081179091556040517fdc3dba1d64dd67c0dc8b12621edd0c6ca4303a9073c3a8fcac38115e73d67b6b905f90a250565b61138861ffff841611156103115760408051632763535760e01b8152600481019190915260096044820152686d61726b757042707360b81b606482015261ffff84166024820152608401610054565b65ffffffffffff82161580610330575062093a8065ffffffffffff8316115b1561037c5760408051632763535760e01b81526004810191909152600b60448201526a6d6178507269636541676560a81b606482015265ffffffffffff83166024820152608401610054565b80158061038f57506001600160801b0381115b156103da5760408051632763535760e01b8152600481019190915260116044820152706d696e546f6b656e5065724e617469766560781b606482015260248101829052608401610054565b60038054600160b01b600160f01b031916600160e01b61ffff861690810265ffffffffffff60b01b191691909117600160b01b65ffffffffffff86169081029190911790925560058390556040805191825260208201929092529081018290527f85ec0dcd9f06a00b371e182d66390e268ebec992cb65cb104ab7fb2430d1f4cc9060600160405180910390a1505050565b80516001600160801b03165f036104bd5760408051632763535760e01b81526004810191909152600c60448201526b6d617846656550657247617360a01b60648201525f6024820152608401610054565b80602001516001600160801b03165f036105115760408051632763535760e01b81526004810191909152600c60448201526b06d6178436f73745065724f760a41b60648201525f6024820152608401610054565b80516020808301516001600160801b03928316600160801b93909116928302811760045560408051918252918101929092527f88c8f9450fd2a416582d2e6874b21219d60122a3a5c4dfe1433abb87393860ac91015b60405180910390a150565b8063ffffffff165f036105bf5760408051632763535760e01b81526004810191909152600c60448201526b756e7374616b6544656c617960a01b60648201525f6024820152608401610054565b6007805463ffffffff60a01b1916600160a01b63ffffffff8416908102919091179091556040519081527fd8e51a59b8a68ef0d6538827be7ee59a350eb5bec3483d77f0c70786440251a290602001610567565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b03811681146101a2575f5ffd5b805161068181610662565b919050565b805161ffff81168114610681575f5ffd5b805165ffffffffffff81168114610681575f5ffd5b80516001600160801b0381168114610681575f5ffd5b5f604082840312156106d2575f5ffd5b604080519081016001600160401b038111828210171561070057634e487b7160e01b5f52604160045260245ffd5b60405290508061070f836106ac565b815261071d602084016106ac565b60208201525092915050565b805163ffffffff81168114610681575f5ffd5b5f5f5f5f5f5f5f5f5f5f5f5f6101a08d8f031215610758575f5ffd5b8c5161076381610662565b60208e0151909c5061077481610662565b60408e0151909b5060ff8116811461078a575f5ffd5b995061079860608e01610676565b98506107a660808e01610676565b97506107b460a08e01610676565b96506107c260c08e01610676565b95506107d060e08e01610686565b94506107df6101008e01610697565b6101208e015190945092506107f88e6101408f016106c2565b91506108076101808e01610729565b90509295989b509295989b509295989b565b60805160a05160c0516126206108ac5f395f81816102e8015281816107f401528181610abc01528181610b7f01528181610c340152610f1e01525f81816105940152611e0101525f8181610561015281816108910152818161090c01528181610d4201528181610e180152818161120c015281816112ca01528181611372015281816113ca015261148a01526126205ff3fe608060405260043610610233575f3560e01c80638da5cb5b11610129578063bed9d861116100a8578063e902b70c1161006d578063e902b70c146106f7578063f0f4426014610716578063f1fa942b14610735578063f2fde38b14610754578063fc90fea314610773575f5ffd5b8063bed9d8611461068b578063c399ec881461069f578063d0e30db0146106b3578063dc7e6cd2146106bb578063e30c3978146106da575f5ffd5b8063a035b1fe116100ee578063a035b1fe146105e7578063aced16611461062e578063b8202d8f1461064d578063bb9fe6bf14610662578063bcb29cdf14610676575f5ffd5b80638da5cb5b1461051557806391b7f5ed1461053157806394430fa51461055057806398b98773146105835780639fed62c1146105c8575f5ffd5b80635c975abb116101b557806379ba50971161017a57806379ba5097146104655780637c627b21146104795780638456cb5914610498578063860aefcf146104ac5780638a0dac4a146104f6575f5ffd5b80635c975abb146103bd57806361d027b3146103e65780636cdc9ebd14610405578063715018a614610432578063748747e614610446575f5ffd5b80633f4ba83a116101fb5780633f4ba83a14610322578063452a93201461033657806352b7512c1461035557806354fd4d50146103825780635a627dbc146103b5575f5ffd5b8063249d39e914610237578063315a095d1461025f5780633222012f1461028057806333289a46146102b857806333c8c8a4146102d7575b5f5ffd5b348015610242575f5ffd5b5061024c61271081565b6040519081526020015b60405180910390f35b34801561026a575f5ffd5b5061027e6102793660046120aa565b61079b565b005b34801561028b575f5ffd5b506007546102a390600160a01b900463ffffffff1681565b60405163ffffffff9091168152602001610256565b3480156102c3575f5ffd5b5061027e6102d23660046120aa565b61081f565b3480156102e2575f5ffd5b5061030a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610256565b34801561032d575f5ffd5b5061027e6108ec565b348015610341575f5ffd5b5060025461030a906001600160a01b031681565b348015610360575f5ffd5b5061037461036f3660046120c1565b6108fe565b60405161025692919061213e565b34801561038d575f5ffd5b5060408051808201825260058152640312e302e360dc1b60208201529051610256919061215f565b61027e610cd4565b3480156103c8575f5ffd5b50600154600160a01b900460ff166040519015158152602001610256565b3480156103f1575f5ffd5b5060075461030a906001600160a01b031681565b348015610410575f5ffd5b5061041b62093a8081565b60405165ffffffffffff9091168152602001610256565b34801561043d575f5ffd5b5061027e610da7565b348015610451575f5ffd5b5061027e61046036600461218c565b610db8565b348015610470575f5ffd5b5061027e610dcc565b348015610484575f5ffd5b5061027e6104933660046121a5565b610e0d565b3480156104a3575f5ffd5b5061027e610fa9565b3480156104b7575f5ffd5b506004546104d6906001600160801b0380821691600160801b90041682565b604080516001600160801b03938416815292909116602083015201610256565b348015610501575f5ffd5b5061027e61051036600461218c565b610ff6565b348015610520575f5ffd5b505f546001600160a01b031661030a565b34801561053c575f5ffd5b5061027e61054b3660046120aa565b611007565b34801561055b575f5ffd5b5061030a7f000000000000000000000000000000000000000000000000000000000000000081565b34801561058e575f5ffd5b506105b67f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff9091168152602001610256565b3480156105d3575f5ffd5b5061024c6105e23660046120aa565b61111b565b3480156105f2575f5ffd5b506105fb61117d565b604051610256949392919093845265ffffffffffff92831660208501529116604083015261ffff16606082015260800190565b348015610639575f5ffd5b5060065461030a906001600160a01b031681565b348015610658575f5ffd5b5061024c61afc881565b34801561066d575f5ffd5b5061027e611202565b348015610681575f5ffd5b5061024c60055481565b348015610696575f5ffd5b5061027e61127a565b3480156106aa575f5ffd5b5061024c6113b3565b61027e611440565b3480156106c6575f5ffd5b5061027e6106d536600461224a565b6114c3565b3480156106e5575f5ffd5b506001546001600160a01b031661030a565b348015610702575f5ffd5b5061027e610711366004612265565b6114d4565b348015610721575f5ffd5b5061027e61073036600461218c565b6114f3565b348015610740575f5ffd5b5061027e61074f366004612291565b611504565b34801561075f575f5ffd5b5061027e61076e36600461218c565b61151c565b34801561077e575f5ffd5b5061078861138881565b60405161ffff9091168152602001610256565b6107a361158c565b6007546040518281526001600160a01b039091169081907f6352c5382c4a4578e712449ca65e83cdb392d045dfcf1cad9615189db2da244b9060200160405180910390a261081b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001682846115b8565b5050565b61082761158c565b6007546040518281526001600160a01b039091169081907fc303ca808382409472acbbf899c316cf439f409f6584aae22df86dfa3c9ed5049060200160405180910390a260405163040b850f60e31b81526001600160a01b038281166004830152602482018490527f0000000000000000000000000000000000000000000000000000000000000000169063205c2878906044015f604051808303815f87803b1580156108d2575f5ffd5b505af11580156108e4573d5f5f3e3d5ffd5b505050505050565b6108f461158c565b6108fc6115ed565b565b60605f336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461095157604051633d40d29d60e11b81523360048201526024015b60405180910390fd5b610959611642565b604080516080810182526003546001600160801b03811680835265ffffffffffff600160801b830481166020850152600160b01b8304169383019390935261ffff600160e01b909104166060820152905f036109c8576040516313a8ad7d60e11b815260040160405180910390fd5b604080518082019091526004546001600160801b03808216808452600160801b9092048116602084015260c08901351690811115610a2e578151604051630e2b357b60e31b8152600481018390526001600160801b039091166024820152604401610948565b81602001516001600160801b0316861115610a74576020820151604051630e82f76760e21b8152600481018890526001600160801b039091166024820152604401610948565b5f610a8089888661166d565b9050610a8f60208a018a61218c565b6001600160a01b03908116808352604051636eb1769f60e11b815260048101919091523060248201525f917f0000000000000000000000000000000000000000000000000000000000000000169063dd62ed3e90604401602060405180830381865afa158015610b01573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b2591906122d5565b90508160200151811015610b5c57602082015160405163054365bb60e31b8152610948918391600401918252602082015260400190565b81516040516370a0823160e01b81526001600160a01b0391821660048201525f917f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015610bc4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610be891906122d5565b90508260200151811015610c1f57602083015160405163cf47918160e01b8152610948918391600401918252602082015260400190565b82516020840151610c5c916001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016913090611801565b6040805184516001600160a01b03166020808301919091528501518183015290840151606080830191909152840151608082015260a001604051602081830303815290604052975060a086604001518760200151610cba9190612300565b65ffffffffffff16901b9650505050505050935093915050565b60075460408051348152600160a01b90920463ffffffff16602083015233917f1186a0fd4b6c8a1f60c379695fa5433d9528920b68d49c541a722a287e5de578910160405180910390a2600754604051621cb65b60e51b8152600160a01b90910463ffffffff1660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690630396cb609034906024015b5f604051808303818588803b158015610d8e575f5ffd5b505af1158015610da0573d5f5f3e3d5ffd5b5050505050565b610daf61158c565b6108fc5f611837565b610dc061158c565b610dc981611850565b50565b60015433906001600160a01b03168114610e045760405163118cdaa760e01b81526001600160a01b0382166004820152602401610948565b610dc981611837565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610e5857604051633d40d29d60e11b8152336004820152602401610948565b5f610e6584860186612353565b90505f828260600151610e7891906123c9565b610e8290856123e0565b604080516080810182526003546001600160801b038082168352600160801b820465ffffffffffff9081166020850152600160b01b83041683850152600160e01b90910461ffff1660608301529185015190911681529091505f610ef3610ee98484611899565b85602001516118eb565b90505f818560200151610f0691906123f3565b90508015610f45578451610f45906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690836115b8565b845160408087015181518781526020810186905291820184905260608201526001600160a01b03909116907fc858b9cca9c777f0337e571a7cc01092bbc2524505dc275260e3b8a6ab7855589060800160405180910390a250505050505050505050565b5f546001600160a01b03163314801590610fce57506002546001600160a01b03163314155b15610fee57604051636b1883f360e01b8152336004820152602401610948565b6108fc6118fa565b610ffe61158c565b610dc98161193d565b6006546001600160a01b0316331480159061102c57505f546001600160a01b03163314155b1561104c57604051633f8a445960e01b8152336004820152602401610948565b60055481108061106257506001600160801b0381115b156110aa5760408051632763535760e01b81526004810191909152600e60448201526d746f6b656e5065724e617469766560901b606482015260248101829052608401610948565b6003805465ffffffffffff4216600160801b81026001600160b01b03199092166001600160801b038516179190911790915560408051838152602081019290925233917f6064a18dd8bed7bac2da19eb7aef6a7604b33878436622f3090e20207dd945d8910160405180910390a250565b604080516080810182526003546001600160801b0381168252600160801b810465ffffffffffff9081166020840152600160b01b82041692820192909252600160e01b90910461ffff1660608201525f90611177908390611899565b92915050565b604080516080810182526003546001600160801b038116808352600160801b820465ffffffffffff90811660208501819052600160b01b8404909116948401859052600160e01b90920461ffff1660608401525f9384938493849391926111e49082612300565b6060909301516001600160801b039092169790965091945092509050565b61120a61158c565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663bb9fe6bf6040518163ffffffff1660e01b81526004015f604051808303815f87803b158015611262575f5ffd5b505af1158015611274573d5f5f3e3d5ffd5b50505050565b61128261158c565b600754604051632943e70960e11b81523060048201526001600160a01b039182169182917fc303ca808382409472acbbf899c316cf439f409f6584aae22df86dfa3c9ed504917f00000000000000000000000000000000000000000000000000000000000000001690635287ce129060240160a060405180830381865afa15801561130f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113339190612411565b60409081015190516001600160701b03909116815260200160405180910390a260405163611d2e7560e11b81526001600160a01b0382811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063c23a5cea906024015f604051808303815f87803b158015610d8e575f5ffd5b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015611417573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061143b91906122d5565b905090565b60405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a260405163b760faf960e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b760faf9903490602401610d77565b6114cb61158c565b610dc981611986565b6114dc61158c565b610dc96114ee368390038301836124a5565b611a2e565b6114fb61158c565b610dc981611b2d565b61150c61158c565b611517838383611bb8565b505050565b61152461158c565b600180546001600160a01b0383166001600160a01b031990911681179091556115545f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f546001600160a01b031633146108fc5760405163118cdaa760e01b8152336004820152602401610948565b6115c58383836001611d63565b61151757604051635274afe760e01b81526001600160a01b0384166004820152602401610948565b6115f5611dc5565b6001805460ff60a01b191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b600154600160a01b900460ff16156108fc5760405163d93c066560e01b815260040160405180910390fd5b61169d60405180608001604052805f6001600160a01b031681526020015f81526020015f81526020015f81525090565b365f6116ac60e087018761250c565b909250905060348110156116d65760405163cf9db48960e01b815260048101829052602401610948565b5f6116e5603460248486612556565b6116ee9161257d565b60801c905061afc881101561172157604051635ff4afc160e01b81526004810182905261afc86024820152604401610948565b6117386001600160801b0360808901351682611def565b6060850181905285516001600160801b039081166040870152611775916117659160c08b013516906123c9565b61176f90886123e0565b86611899565b6020850152611786603460106123e0565b82106117f7575f8360348461179c8260106123e0565b926117a993929190612556565b6117b29161257d565b60801c6001600160801b0316905080856020015111156117f5576020850151604051633f877b2b60e21b8152600481019190915260248101829052604401610948565b505b5050509392505050565b61180f848484846001611e9a565b61127457604051635274afe760e01b81526001600160a01b0385166004820152602401610948565b600180546001600160a01b0319169055610dc981611f07565b600680546001600160a01b0319166001600160a01b0383169081179091556040517fdc3dba1d64dd67c0dc8b12621edd0c6ca4303a9073c3a8fcac38115e73d67b6b905f90a250565b5f6118e483836060015161ffff166127106118b491906123e0565b84516118c991906001600160801b03166123c9565b6118dd612710670de0b6b3a76400006123c9565b6001611f56565b9392505050565b5f8282188284100282186118e4565b611902611642565b6001805460ff60a01b1916600160a01b1790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586116253390565b600280546001600160a01b0319166001600160a01b0383169081179091556040517fe6c09ffe4572dc9ceaa5ddde4ae41befa655d6fdfe8052077af0970f700e942e905f90a250565b8063ffffffff165f036119d35760408051632763535760e01b81526004810191909152600c60448201526b756e7374616b6544656c617960a01b60648201525f6024820152608401610948565b6007805463ffffffff60a01b1916600160a01b63ffffffff8416908102919091179091556040519081527fd8e51a59b8a68ef0d6538827be7ee59a350eb5bec3483d77f0c70786440251a2906020015b60405180910390a150565b80516001600160801b03165f03611a7f5760408051632763535760e01b81526004810191909152600c60448201526b6d617846656550657247617360a01b60648201525f6024820152608401610948565b80602001516001600160801b03165f03611ad35760408051632763535760e01b81526004810191909152600c60448201526b06d6178436f73745065724f760a41b60648201525f6024820152608401610948565b80516020808301516001600160801b03928316600160801b93909116928302811760045560408051918252918101929092527f88c8f9450fd2a416582d2e6874b21219d60122a3a5c4dfe1433abb87393860ac9101611a23565b6001600160a01b038116611b6f5760405163eac0d38960e01b8152602060048201526008602482015267747265617375727960c01b6044820152606401610948565b600780546001600160a01b0319166001600160a01b0383169081179091556040517f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f905f90a250565b61138861ffff84161115611c075760408051632763535760e01b8152600481019190915260096044820152686d61726b757042707360b81b606482015261ffff84166024820152608401610948565b65ffffffffffff82161580611c26575062093a8065ffffffffffff8316115b15611c725760408051632763535760e01b81526004810191909152600b60448201526a6d6178507269636541676560a81b606482015265ffffffffffff83166024820152608401610948565b801580611c8557506001600160801b0381115b15611cd05760408051632763535760e01b8152600481019190915260116044820152706d696e546f6b656e5065724e617469766560781b606482015260248101829052608401610948565b6003805467ffffffffffffffff60b01b1916600160e01b61ffff861690810265ffffffffffff60b01b191691909117600160b01b65ffffffffffff86169081029190911790925560058390556040805191825260208201929092529081018290527f85ec0dcd9f06a00b371e182d66390e268ebec992cb65cb104ab7fb2430d1f4cc9060600160405180910390a1505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316611db9578383151615611dad573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b600154600160a01b900460ff166108fc57604051638dfc202b60e01b815260040160405180910390fd5b5f80611dfd61afc8846123f3565b90507f000000000000000000000000000000000000000000000000000000000000000060ff16600703611e60576064600a611e3883876123e0565b611e4291906123c9565b611e4c91906125d8565b611e589061afc86123e0565b915050611177565b619c408111611e6f575f611e86565b6064611e7c600a836123c9565b611e8691906125d8565b611e929061afc86123e0565b949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316611ef6578383151615611eea573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f611f83611f6383611fa1565b8015611f7e57505f8480611f7957611f796125c4565b868809115b151590565b611f8e868686611fcd565b611f9891906123e0565b95945050505050565b5f6002826003811115611fb657611fb66125eb565b611fc091906125ff565b60ff166001149050919050565b5f5f5f611fda868661207d565b91509150815f03611ffe57838181611ff457611ff46125c4565b04925050506118e4565b818411612015576120156003851502601118612099565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f602082840312156120ba575f5ffd5b5035919050565b5f5f5f606084860312156120d3575f5ffd5b833567ffffffffffffffff8111156120e9575f5ffd5b840161012081870312156120fb575f5ffd5b95602085013595506040909401359392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b604081525f6121506040830185612110565b90508260208301529392505050565b602081525f6118e46020830184612110565b80356001600160a01b0381168114612187575f5ffd5b919050565b5f6020828403121561219c575f5ffd5b6118e482612171565b5f5f5f5f5f608086880312156121b9575f5ffd5b8535600381106121c7575f5ffd5b9450602086013567ffffffffffffffff8111156121e2575f5ffd5b8601601f810188136121f2575f5ffd5b803567ffffffffffffffff811115612208575f5ffd5b886020828401011115612219575f5ffd5b959860209190910197509495604081013595606090910135945092505050565b63ffffffff81168114610dc9575f5ffd5b5f6020828403121561225a575f5ffd5b81356118e481612239565b5f6040828403128015612276575f5ffd5b509092915050565b65ffffffffffff81168114610dc9575f5ffd5b5f5f5f606084860312156122a3575f5ffd5b833561ffff811681146122b4575f5ffd5b925060208401356122c48161227e565b929592945050506040919091013590565b5f602082840312156122e5575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b65ffffffffffff8181168382160190811115611177576111776122ec565b60405160a0810167ffffffffffffffff8111828210171561234d57634e487b7160e01b5f52604160045260245ffd5b60405290565b5f6080828403128015612364575f5ffd5b506040516080810167ffffffffffffffff8111828210171561239457634e487b7160e01b5f52604160045260245ffd5b6040526123a083612171565b815260208381013590820152604080840135908201526060928301359281019290925250919050565b8082028115828204841417611177576111776122ec565b80820180821115611177576111776122ec565b81810381811115611177576111776122ec565b80516121878161227e565b5f60a0828403128015612422575f5ffd5b5061242b61231e565b8251815260208301518015158114612441575f5ffd5b602082015260408301516001600160701b038116811461245f575f5ffd5b6040820152606083015161247281612239565b606082015261248360808401612406565b60808201529392505050565b80356001600160801b0381168114612187575f5ffd5b5f60408284031280156124b6575f5ffd5b506040805190810167ffffffffffffffff811182821017156124e657634e487b7160e01b5f52604160045260245ffd5b6040526124f28361248f565b81526125006020840161248f565b60208201529392505050565b5f5f8335601e19843603018112612521575f5ffd5b83018035915067ffffffffffffffff82111561253b575f5ffd5b60200191503681900382131561254f575f5ffd5b9250929050565b5f5f85851115612564575f5ffd5b83861115612570575f5ffd5b5050820193919092039150565b80356fffffffffffffffffffffffffffffffff1981169060108410156125bd576001600160801b03196001600160801b03198560100360031b1b82161691505b5092915050565b634e487b7160e01b5f52601260045260245ffd5b5f826125e6576125e66125c4565b500490565b634e487b7160e01b5f52602160045260245ffd5b5f60ff831680612611576126116125c4565b8060ff8416069150509291505056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xE0`@R4\x80\x15a\0\x0FW__\xFD[P`@Qa.\xCC8\x03\x80a.\xCC\x839\x81\x01`@\x81\x90Ra\0.\x91a\x07<V[\x8B`\x01`\x01`\xA0\x1B\x03\x81\x16a\0]W`@Qc\x1EO\xBD\xF7`\xE0\x1B\x81R_`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[a\0f\x81a\x01\x89V[P`\x01`\x01`\xA0\x1B\x03\x8B\x16a\0\xABW`@Qc\xEA\xC0\xD3\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\n`$\x82\x01Ri\x19[\x9D\x1C\x9ET\x1B\xDA[\x9D`\xB2\x1B`D\x82\x01R`d\x01a\0TV[`\x01`\x01`\xA0\x1B\x03\x89\x16a\0\xEBW`@Qc\xEA\xC0\xD3\x89`\xE0\x1B\x81R`\x04\x01a\0T\x90` \x80\x82R`\x04\x90\x82\x01Rctora`\xE0\x1B`@\x82\x01R``\x01\x90V[\x89`\xFF\x16`\x07\x14\x15\x80\x15a\x01\x03WP\x89`\xFF\x16`\x08\x14\x15[\x15a\x01&W`@Qc\xCE\xFFx\xCB`\xE0\x1B\x81R`\xFF\x8B\x16`\x04\x82\x01R`$\x01a\0TV[`\x01`\x01`\xA0\x1B\x03\x80\x8C\x16`\x80R`\xFF\x8B\x16`\xA0R\x89\x16`\xC0Ra\x01I\x88a\x01\xA5V[a\x01R\x87a\x020V[a\x01[\x86a\x02yV[a\x01f\x85\x85\x85a\x02\xC2V[a\x01o\x82a\x04lV[a\x01x\x81a\x05rV[PPPPPPPPPPPPa\x08\x19V[`\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16\x90Ua\x01\xA2\x81a\x06\x13V[PV[`\x01`\x01`\xA0\x1B\x03\x81\x16a\x01\xE7W`@Qc\xEA\xC0\xD3\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x08`$\x82\x01Rgtreasury`\xC0\x1B`D\x82\x01R`d\x01a\0TV[`\x07\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F<\x86EA\xEFq7\x8Cb)Q\x0E\xD9\x0F7ee\xEEB\xD9\xC5\xE0\x90J\x98J\x9E\x86>m\xB4O\x90_\x90\xA2PV[`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F\xE6\xC0\x9F\xFEEr\xDC\x9C\xEA\xA5\xDD\xDEJ\xE4\x1B\xEF\xA6U\xD6\xFD\xFE\x80R\x07z\xF0\x97\x0Fp\x0E\x94.\x90_\x90\xA2PV[`\x06\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F\xDC=\xBA\x1Dd\xDDg\xC0\xDC\x8B\x12b\x1E\xDD\x0Cl\xA40:\x90s\xC3\xA8\xFC\xAC8\x11^s\xD6{k\x90_\x90\xA2PV[a\x13\x88a\xFF\xFF\x84\x16\x11\x15a\x03\x11W`@\x80Qc'cSW`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`\t`D\x82\x01RhmarkupBps`\xB8\x1B`d\x82\x01Ra\xFF\xFF\x84\x16`$\x82\x01R`\x84\x01a\0TV[e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x15\x80a\x030WPb\t:\x80e\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x11[\x15a\x03|W`@\x80Qc'cSW`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`\x0B`D\x82\x01RjmaxPriceAge`\xA8\x1B`d\x82\x01Re\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`$\x82\x01R`\x84\x01a\0TV[\x80\x15\x80a\x03\x8FWP`\x01`\x01`\x80\x1B\x03\x81\x11[\x15a\x03\xDAW`@\x80Qc'cSW`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`\x11`D\x82\x01RpminTokenPerNative`x\x1B`d\x82\x01R`$\x81\x01\x82\x90R`\x84\x01a\0TV[`\x03\x80T`\x01`\xB0\x1B`\x01`\xF0\x1B\x03\x19\x16`\x01`\xE0\x1Ba\xFF\xFF\x86\x16\x90\x81\x02e\xFF\xFF\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16\x91\x90\x91\x17`\x01`\xB0\x1Be\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16\x90\x81\x02\x91\x90\x91\x17\x90\x92U`\x05\x83\x90U`@\x80Q\x91\x82R` \x82\x01\x92\x90\x92R\x90\x81\x01\x82\x90R\x7F\x85\xEC\r\xCD\x9F\x06\xA0\x0B7\x1E\x18-f9\x0E&\x8E\xBE\xC9\x92\xCBe\xCB\x10J\xB7\xFB$0\xD1\xF4\xCC\x90``\x01`@Q\x80\x91\x03\x90\xA1PPPV[\x80Q`\x01`\x01`\x80\x1B\x03\x16_\x03a\x04\xBDW`@\x80Qc'cSW`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`\x0C`D\x82\x01RkmaxFeePerGas`\xA0\x1B`d\x82\x01R_`$\x82\x01R`\x84\x01a\0TV[\x80` \x01Q`\x01`\x01`\x80\x1B\x03\x16_\x03a\x05\x11W`@\x80Qc'cSW`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`\x0C`D\x82\x01Rk\x06\xD6\x17\x846\xF77E\x06W$\xF7`\xA4\x1B`d\x82\x01R_`$\x82\x01R`\x84\x01a\0TV[\x80Q` \x80\x83\x01Q`\x01`\x01`\x80\x1B\x03\x92\x83\x16`\x01`\x80\x1B\x93\x90\x91\x16\x92\x83\x02\x81\x17`\x04U`@\x80Q\x91\x82R\x91\x81\x01\x92\x90\x92R\x7F\x88\xC8\xF9E\x0F\xD2\xA4\x16X-.ht\xB2\x12\x19\xD6\x01\"\xA3\xA5\xC4\xDF\xE1C:\xBB\x8798`\xAC\x91\x01[`@Q\x80\x91\x03\x90\xA1PV[\x80c\xFF\xFF\xFF\xFF\x16_\x03a\x05\xBFW`@\x80Qc'cSW`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`\x0C`D\x82\x01RkunstakeDelay`\xA0\x1B`d\x82\x01R_`$\x82\x01R`\x84\x01a\0TV[`\x07\x80Tc\xFF\xFF\xFF\xFF`\xA0\x1B\x19\x16`\x01`\xA0\x1Bc\xFF\xFF\xFF\xFF\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81R\x7F\xD8\xE5\x1AY\xB8\xA6\x8E\xF0\xD6S\x88'\xBE~\xE5\x9A5\x0E\xB5\xBE\xC3H=w\xF0\xC7\x07\x86D\x02Q\xA2\x90` \x01a\x05gV[_\x80T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x01`\x01`\xA0\x1B\x03\x19\x83\x16\x81\x17\x84U`@Q\x91\x90\x92\x16\x92\x83\x91\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x91\x90\xA3PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x01\xA2W__\xFD[\x80Qa\x06\x81\x81a\x06bV[\x91\x90PV[\x80Qa\xFF\xFF\x81\x16\x81\x14a\x06\x81W__\xFD[\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x06\x81W__\xFD[\x80Q`\x01`\x01`\x80\x1B\x03\x81\x16\x81\x14a\x06\x81W__\xFD[_`@\x82\x84\x03\x12\x15a\x06\xD2W__\xFD[`@\x80Q\x90\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a\x07\0WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90P\x80a\x07\x0F\x83a\x06\xACV[\x81Ra\x07\x1D` \x84\x01a\x06\xACV[` \x82\x01RP\x92\x91PPV[\x80Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x06\x81W__\xFD[____________a\x01\xA0\x8D\x8F\x03\x12\x15a\x07XW__\xFD[\x8CQa\x07c\x81a\x06bV[` \x8E\x01Q\x90\x9CPa\x07t\x81a\x06bV[`@\x8E\x01Q\x90\x9BP`\xFF\x81\x16\x81\x14a\x07\x8AW__\xFD[\x99Pa\x07\x98``\x8E\x01a\x06vV[\x98Pa\x07\xA6`\x80\x8E\x01a\x06vV[\x97Pa\x07\xB4`\xA0\x8E\x01a\x06vV[\x96Pa\x07\xC2`\xC0\x8E\x01a\x06vV[\x95Pa\x07\xD0`\xE0\x8E\x01a\x06\x86V[\x94Pa\x07\xDFa\x01\0\x8E\x01a\x06\x97V[a\x01 \x8E\x01Q\x90\x94P\x92Pa\x07\xF8\x8Ea\x01@\x8F\x01a\x06\xC2V[\x91Pa\x08\x07a\x01\x80\x8E\x01a\x07)V[\x90P\x92\x95\x98\x9BP\x92\x95\x98\x9BP\x92\x95\x98\x9BV[`\x80Q`\xA0Q`\xC0Qa& a\x08\xAC_9_\x81\x81a\x02\xE8\x01R\x81\x81a\x07\xF4\x01R\x81\x81a\n\xBC\x01R\x81\x81a\x0B\x7F\x01R\x81\x81a\x0C4\x01Ra\x0F\x1E\x01R_\x81\x81a\x05\x94\x01Ra\x1E\x01\x01R_\x81\x81a\x05a\x01R\x81\x81a\x08\x91\x01R\x81\x81a\t\x0C\x01R\x81\x81a\rB\x01R\x81\x81a\x0E\x18\x01R\x81\x81a\x12\x0C\x01R\x81\x81a\x12\xCA\x01R\x81\x81a\x13r\x01R\x81\x81a\x13\xCA\x01Ra\x14\x8A\x01Ra& _\xF3\xFE`\x80`@R`\x046\x10a\x023W_5`\xE0\x1C\x80c\x8D\xA5\xCB[\x11a\x01)W\x80c\xBE\xD9\xD8a\x11a\0\xA8W\x80c\xE9\x02\xB7\x0C\x11a\0mW\x80c\xE9\x02\xB7\x0C\x14a\x06\xF7W\x80c\xF0\xF4B`\x14a\x07\x16W\x80c\xF1\xFA\x94+\x14a\x075W\x80c\xF2\xFD\xE3\x8B\x14a\x07TW\x80c\xFC\x90\xFE\xA3\x14a\x07sW__\xFD[\x80c\xBE\xD9\xD8a\x14a\x06\x8BW\x80c\xC3\x99\xEC\x88\x14a\x06\x9FW\x80c\xD0\xE3\r\xB0\x14a\x06\xB3W\x80c\xDC~l\xD2\x14a\x06\xBBW\x80c\xE3\x0C9x\x14a\x06\xDAW__\xFD[\x80c\xA05\xB1\xFE\x11a\0\xEEW\x80c\xA05\xB1\xFE\x14a\x05\xE7W\x80c\xAC\xED\x16a\x14a\x06.W\x80c\xB8 -\x8F\x14a\x06MW\x80c\xBB\x9F\xE6\xBF\x14a\x06bW\x80c\xBC\xB2\x9C\xDF\x14a\x06vW__\xFD[\x80c\x8D\xA5\xCB[\x14a\x05\x15W\x80c\x91\xB7\xF5\xED\x14a\x051W\x80c\x94C\x0F\xA5\x14a\x05PW\x80c\x98\xB9\x87s\x14a\x05\x83W\x80c\x9F\xEDb\xC1\x14a\x05\xC8W__\xFD[\x80c\\\x97Z\xBB\x11a\x01\xB5W\x80cy\xBAP\x97\x11a\x01zW\x80cy\xBAP\x97\x14a\x04eW\x80c|b{!\x14a\x04yW\x80c\x84V\xCBY\x14a\x04\x98W\x80c\x86\n\xEF\xCF\x14a\x04\xACW\x80c\x8A\r\xACJ\x14a\x04\xF6W__\xFD[\x80c\\\x97Z\xBB\x14a\x03\xBDW\x80ca\xD0'\xB3\x14a\x03\xE6W\x80cl\xDC\x9E\xBD\x14a\x04\x05W\x80cqP\x18\xA6\x14a\x042W\x80ct\x87G\xE6\x14a\x04FW__\xFD[\x80c?K\xA8:\x11a\x01\xFBW\x80c?K\xA8:\x14a\x03\"W\x80cE*\x93 \x14a\x036W\x80cR\xB7Q,\x14a\x03UW\x80cT\xFDMP\x14a\x03\x82W\x80cZb}\xBC\x14a\x03\xB5W__\xFD[\x80c$\x9D9\xE9\x14a\x027W\x80c1Z\t]\x14a\x02_W\x80c2\"\x01/\x14a\x02\x80W\x80c3(\x9AF\x14a\x02\xB8W\x80c3\xC8\xC8\xA4\x14a\x02\xD7W[__\xFD[4\x80\x15a\x02BW__\xFD[Pa\x02La'\x10\x81V[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x02jW__\xFD[Pa\x02~a\x02y6`\x04a \xAAV[a\x07\x9BV[\0[4\x80\x15a\x02\x8BW__\xFD[P`\x07Ta\x02\xA3\x90`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02VV[4\x80\x15a\x02\xC3W__\xFD[Pa\x02~a\x02\xD26`\x04a \xAAV[a\x08\x1FV[4\x80\x15a\x02\xE2W__\xFD[Pa\x03\n\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02VV[4\x80\x15a\x03-W__\xFD[Pa\x02~a\x08\xECV[4\x80\x15a\x03AW__\xFD[P`\x02Ta\x03\n\x90`\x01`\x01`\xA0\x1B\x03\x16\x81V[4\x80\x15a\x03`W__\xFD[Pa\x03ta\x03o6`\x04a \xC1V[a\x08\xFEV[`@Qa\x02V\x92\x91\x90a!>V[4\x80\x15a\x03\x8DW__\xFD[P`@\x80Q\x80\x82\x01\x82R`\x05\x81Rd\x03\x12\xE3\x02\xE3`\xDC\x1B` \x82\x01R\x90Qa\x02V\x91\x90a!_V[a\x02~a\x0C\xD4V[4\x80\x15a\x03\xC8W__\xFD[P`\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`@Q\x90\x15\x15\x81R` \x01a\x02VV[4\x80\x15a\x03\xF1W__\xFD[P`\x07Ta\x03\n\x90`\x01`\x01`\xA0\x1B\x03\x16\x81V[4\x80\x15a\x04\x10W__\xFD[Pa\x04\x1Bb\t:\x80\x81V[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02VV[4\x80\x15a\x04=W__\xFD[Pa\x02~a\r\xA7V[4\x80\x15a\x04QW__\xFD[Pa\x02~a\x04`6`\x04a!\x8CV[a\r\xB8V[4\x80\x15a\x04pW__\xFD[Pa\x02~a\r\xCCV[4\x80\x15a\x04\x84W__\xFD[Pa\x02~a\x04\x936`\x04a!\xA5V[a\x0E\rV[4\x80\x15a\x04\xA3W__\xFD[Pa\x02~a\x0F\xA9V[4\x80\x15a\x04\xB7W__\xFD[P`\x04Ta\x04\xD6\x90`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x91`\x01`\x80\x1B\x90\x04\x16\x82V[`@\x80Q`\x01`\x01`\x80\x1B\x03\x93\x84\x16\x81R\x92\x90\x91\x16` \x83\x01R\x01a\x02VV[4\x80\x15a\x05\x01W__\xFD[Pa\x02~a\x05\x106`\x04a!\x8CV[a\x0F\xF6V[4\x80\x15a\x05 W__\xFD[P_T`\x01`\x01`\xA0\x1B\x03\x16a\x03\nV[4\x80\x15a\x05<W__\xFD[Pa\x02~a\x05K6`\x04a \xAAV[a\x10\x07V[4\x80\x15a\x05[W__\xFD[Pa\x03\n\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x05\x8EW__\xFD[Pa\x05\xB6\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Q`\xFF\x90\x91\x16\x81R` \x01a\x02VV[4\x80\x15a\x05\xD3W__\xFD[Pa\x02La\x05\xE26`\x04a \xAAV[a\x11\x1BV[4\x80\x15a\x05\xF2W__\xFD[Pa\x05\xFBa\x11}V[`@Qa\x02V\x94\x93\x92\x91\x90\x93\x84Re\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16` \x85\x01R\x91\x16`@\x83\x01Ra\xFF\xFF\x16``\x82\x01R`\x80\x01\x90V[4\x80\x15a\x069W__\xFD[P`\x06Ta\x03\n\x90`\x01`\x01`\xA0\x1B\x03\x16\x81V[4\x80\x15a\x06XW__\xFD[Pa\x02La\xAF\xC8\x81V[4\x80\x15a\x06mW__\xFD[Pa\x02~a\x12\x02V[4\x80\x15a\x06\x81W__\xFD[Pa\x02L`\x05T\x81V[4\x80\x15a\x06\x96W__\xFD[Pa\x02~a\x12zV[4\x80\x15a\x06\xAAW__\xFD[Pa\x02La\x13\xB3V[a\x02~a\x14@V[4\x80\x15a\x06\xC6W__\xFD[Pa\x02~a\x06\xD56`\x04a\"JV[a\x14\xC3V[4\x80\x15a\x06\xE5W__\xFD[P`\x01T`\x01`\x01`\xA0\x1B\x03\x16a\x03\nV[4\x80\x15a\x07\x02W__\xFD[Pa\x02~a\x07\x116`\x04a\"eV[a\x14\xD4V[4\x80\x15a\x07!W__\xFD[Pa\x02~a\x0706`\x04a!\x8CV[a\x14\xF3V[4\x80\x15a\x07@W__\xFD[Pa\x02~a\x07O6`\x04a\"\x91V[a\x15\x04V[4\x80\x15a\x07_W__\xFD[Pa\x02~a\x07n6`\x04a!\x8CV[a\x15\x1CV[4\x80\x15a\x07~W__\xFD[Pa\x07\x88a\x13\x88\x81V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02VV[a\x07\xA3a\x15\x8CV[`\x07T`@Q\x82\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90\x81\x90\x7FcR\xC58,JEx\xE7\x12D\x9C\xA6^\x83\xCD\xB3\x92\xD0E\xDF\xCF\x1C\xAD\x96\x15\x18\x9D\xB2\xDA$K\x90` \x01`@Q\x80\x91\x03\x90\xA2a\x08\x1B`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82\x84a\x15\xB8V[PPV[a\x08'a\x15\x8CV[`\x07T`@Q\x82\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90\x81\x90\x7F\xC3\x03\xCA\x80\x83\x82@\x94r\xAC\xBB\xF8\x99\xC3\x16\xCFC\x9F@\x9Fe\x84\xAA\xE2-\xF8m\xFA<\x9E\xD5\x04\x90` \x01`@Q\x80\x91\x03\x90\xA2`@Qc\x04\x0B\x85\x0F`\xE3\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x81\x16`\x04\x83\x01R`$\x82\x01\x84\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c \\(x\x90`D\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x08\xD2W__\xFD[PZ\xF1\x15\x80\x15a\x08\xE4W=__>=_\xFD[PPPPPPV[a\x08\xF4a\x15\x8CV[a\x08\xFCa\x15\xEDV[V[``_3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14a\tQW`@Qc=@\xD2\x9D`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[a\tYa\x16BV[`@\x80Q`\x80\x81\x01\x82R`\x03T`\x01`\x01`\x80\x1B\x03\x81\x16\x80\x83Re\xFF\xFF\xFF\xFF\xFF\xFF`\x01`\x80\x1B\x83\x04\x81\x16` \x85\x01R`\x01`\xB0\x1B\x83\x04\x16\x93\x83\x01\x93\x90\x93Ra\xFF\xFF`\x01`\xE0\x1B\x90\x91\x04\x16``\x82\x01R\x90_\x03a\t\xC8W`@Qc\x13\xA8\xAD}`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@\x80Q\x80\x82\x01\x90\x91R`\x04T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x80\x84R`\x01`\x80\x1B\x90\x92\x04\x81\x16` \x84\x01R`\xC0\x89\x015\x16\x90\x81\x11\x15a\n.W\x81Q`@Qc\x0E+5{`\xE3\x1B\x81R`\x04\x81\x01\x83\x90R`\x01`\x01`\x80\x1B\x03\x90\x91\x16`$\x82\x01R`D\x01a\tHV[\x81` \x01Q`\x01`\x01`\x80\x1B\x03\x16\x86\x11\x15a\ntW` \x82\x01Q`@Qc\x0E\x82\xF7g`\xE2\x1B\x81R`\x04\x81\x01\x88\x90R`\x01`\x01`\x80\x1B\x03\x90\x91\x16`$\x82\x01R`D\x01a\tHV[_a\n\x80\x89\x88\x86a\x16mV[\x90Pa\n\x8F` \x8A\x01\x8Aa!\x8CV[`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x80\x83R`@Qcn\xB1v\x9F`\xE1\x1B\x81R`\x04\x81\x01\x91\x90\x91R0`$\x82\x01R_\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xDDb\xED>\x90`D\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0B\x01W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0B%\x91\x90a\"\xD5V[\x90P\x81` \x01Q\x81\x10\x15a\x0B\\W` \x82\x01Q`@Qc\x05Ce\xBB`\xE3\x1B\x81Ra\tH\x91\x83\x91`\x04\x01\x91\x82R` \x82\x01R`@\x01\x90V[\x81Q`@Qcp\xA0\x821`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x04\x82\x01R_\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cp\xA0\x821\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0B\xC4W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0B\xE8\x91\x90a\"\xD5V[\x90P\x82` \x01Q\x81\x10\x15a\x0C\x1FW` \x83\x01Q`@Qc\xCFG\x91\x81`\xE0\x1B\x81Ra\tH\x91\x83\x91`\x04\x01\x91\x82R` \x82\x01R`@\x01\x90V[\x82Q` \x84\x01Qa\x0C\\\x91`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x910\x90a\x18\x01V[`@\x80Q\x84Q`\x01`\x01`\xA0\x1B\x03\x16` \x80\x83\x01\x91\x90\x91R\x85\x01Q\x81\x83\x01R\x90\x84\x01Q``\x80\x83\x01\x91\x90\x91R\x84\x01Q`\x80\x82\x01R`\xA0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x97P`\xA0\x86`@\x01Q\x87` \x01Qa\x0C\xBA\x91\x90a#\0V[e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x1B\x96PPPPPPP\x93P\x93\x91PPV[`\x07T`@\x80Q4\x81R`\x01`\xA0\x1B\x90\x92\x04c\xFF\xFF\xFF\xFF\x16` \x83\x01R3\x91\x7F\x11\x86\xA0\xFDKl\x8A\x1F`\xC3yi_\xA5C=\x95(\x92\x0Bh\xD4\x9CT\x1Ar*(~]\xE5x\x91\x01`@Q\x80\x91\x03\x90\xA2`\x07T`@Qb\x1C\xB6[`\xE5\x1B\x81R`\x01`\xA0\x1B\x90\x91\x04c\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90c\x03\x96\xCB`\x904\x90`$\x01[_`@Q\x80\x83\x03\x81\x85\x88\x80;\x15\x80\x15a\r\x8EW__\xFD[PZ\xF1\x15\x80\x15a\r\xA0W=__>=_\xFD[PPPPPV[a\r\xAFa\x15\x8CV[a\x08\xFC_a\x187V[a\r\xC0a\x15\x8CV[a\r\xC9\x81a\x18PV[PV[`\x01T3\x90`\x01`\x01`\xA0\x1B\x03\x16\x81\x14a\x0E\x04W`@Qc\x11\x8C\xDA\xA7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\tHV[a\r\xC9\x81a\x187V[3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14a\x0EXW`@Qc=@\xD2\x9D`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01a\tHV[_a\x0Ee\x84\x86\x01\x86a#SV[\x90P_\x82\x82``\x01Qa\x0Ex\x91\x90a#\xC9V[a\x0E\x82\x90\x85a#\xE0V[`@\x80Q`\x80\x81\x01\x82R`\x03T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83R`\x01`\x80\x1B\x82\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16` \x85\x01R`\x01`\xB0\x1B\x83\x04\x16\x83\x85\x01R`\x01`\xE0\x1B\x90\x91\x04a\xFF\xFF\x16``\x83\x01R\x91\x85\x01Q\x90\x91\x16\x81R\x90\x91P_a\x0E\xF3a\x0E\xE9\x84\x84a\x18\x99V[\x85` \x01Qa\x18\xEBV[\x90P_\x81\x85` \x01Qa\x0F\x06\x91\x90a#\xF3V[\x90P\x80\x15a\x0FEW\x84Qa\x0FE\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x83a\x15\xB8V[\x84Q`@\x80\x87\x01Q\x81Q\x87\x81R` \x81\x01\x86\x90R\x91\x82\x01\x84\x90R``\x82\x01R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90\x7F\xC8X\xB9\xCC\xA9\xC7w\xF03~W\x1A|\xC0\x10\x92\xBB\xC2RE\x05\xDC'R`\xE3\xB8\xA6\xABxUX\x90`\x80\x01`@Q\x80\x91\x03\x90\xA2PPPPPPPPPPV[_T`\x01`\x01`\xA0\x1B\x03\x163\x14\x80\x15\x90a\x0F\xCEWP`\x02T`\x01`\x01`\xA0\x1B\x03\x163\x14\x15[\x15a\x0F\xEEW`@Qck\x18\x83\xF3`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\tHV[a\x08\xFCa\x18\xFAV[a\x0F\xFEa\x15\x8CV[a\r\xC9\x81a\x19=V[`\x06T`\x01`\x01`\xA0\x1B\x03\x163\x14\x80\x15\x90a\x10,WP_T`\x01`\x01`\xA0\x1B\x03\x163\x14\x15[\x15a\x10LW`@Qc?\x8ADY`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\tHV[`\x05T\x81\x10\x80a\x10bWP`\x01`\x01`\x80\x1B\x03\x81\x11[\x15a\x10\xAAW`@\x80Qc'cSW`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`\x0E`D\x82\x01RmtokenPerNative`\x90\x1B`d\x82\x01R`$\x81\x01\x82\x90R`\x84\x01a\tHV[`\x03\x80Te\xFF\xFF\xFF\xFF\xFF\xFFB\x16`\x01`\x80\x1B\x81\x02`\x01`\x01`\xB0\x1B\x03\x19\x90\x92\x16`\x01`\x01`\x80\x1B\x03\x85\x16\x17\x91\x90\x91\x17\x90\x91U`@\x80Q\x83\x81R` \x81\x01\x92\x90\x92R3\x91\x7F`d\xA1\x8D\xD8\xBE\xD7\xBA\xC2\xDA\x19\xEBz\xEFjv\x04\xB38xCf\"\xF3\t\x0E  }\xD9E\xD8\x91\x01`@Q\x80\x91\x03\x90\xA2PV[`@\x80Q`\x80\x81\x01\x82R`\x03T`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x80\x1B\x81\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16` \x84\x01R`\x01`\xB0\x1B\x82\x04\x16\x92\x82\x01\x92\x90\x92R`\x01`\xE0\x1B\x90\x91\x04a\xFF\xFF\x16``\x82\x01R_\x90a\x11w\x90\x83\x90a\x18\x99V[\x92\x91PPV[`@\x80Q`\x80\x81\x01\x82R`\x03T`\x01`\x01`\x80\x1B\x03\x81\x16\x80\x83R`\x01`\x80\x1B\x82\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16` \x85\x01\x81\x90R`\x01`\xB0\x1B\x84\x04\x90\x91\x16\x94\x84\x01\x85\x90R`\x01`\xE0\x1B\x90\x92\x04a\xFF\xFF\x16``\x84\x01R_\x93\x84\x93\x84\x93\x84\x93\x91\x92a\x11\xE4\x90\x82a#\0V[``\x90\x93\x01Q`\x01`\x01`\x80\x1B\x03\x90\x92\x16\x97\x90\x96P\x91\x94P\x92P\x90PV[a\x12\na\x15\x8CV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xBB\x9F\xE6\xBF`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x12bW__\xFD[PZ\xF1\x15\x80\x15a\x12tW=__>=_\xFD[PPPPV[a\x12\x82a\x15\x8CV[`\x07T`@Qc)C\xE7\t`\xE1\x1B\x81R0`\x04\x82\x01R`\x01`\x01`\xA0\x1B\x03\x91\x82\x16\x91\x82\x91\x7F\xC3\x03\xCA\x80\x83\x82@\x94r\xAC\xBB\xF8\x99\xC3\x16\xCFC\x9F@\x9Fe\x84\xAA\xE2-\xF8m\xFA<\x9E\xD5\x04\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cR\x87\xCE\x12\x90`$\x01`\xA0`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x13\x0FW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x133\x91\x90a$\x11V[`@\x90\x81\x01Q\x90Q`\x01`\x01`p\x1B\x03\x90\x91\x16\x81R` \x01`@Q\x80\x91\x03\x90\xA2`@Qca\x1D.u`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xC2:\\\xEA\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\r\x8EW__\xFD[`@Qcp\xA0\x821`\xE0\x1B\x81R0`\x04\x82\x01R_\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90cp\xA0\x821\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x14\x17W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x14;\x91\x90a\"\xD5V[\x90P\x90V[`@Q4\x81R3\x90\x7F-\xA4f\xA7\xB2C\x04\xF4~\x87\xFA.\x1EZ\x81\xB9\x83\x1C\xE5O\xEC\x19\x05\\\xE2w\xCA/9\xBAB\xC4\x90` \x01`@Q\x80\x91\x03\x90\xA2`@Qc\xB7`\xFA\xF9`\xE0\x1B\x81R0`\x04\x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90c\xB7`\xFA\xF9\x904\x90`$\x01a\rwV[a\x14\xCBa\x15\x8CV[a\r\xC9\x81a\x19\x86V[a\x14\xDCa\x15\x8CV[a\r\xC9a\x14\xEE6\x83\x90\x03\x83\x01\x83a$\xA5V[a\x1A.V[a\x14\xFBa\x15\x8CV[a\r\xC9\x81a\x1B-V[a\x15\x0Ca\x15\x8CV[a\x15\x17\x83\x83\x83a\x1B\xB8V[PPPV[a\x15$a\x15\x8CV[`\x01\x80T`\x01`\x01`\xA0\x1B\x03\x83\x16`\x01`\x01`\xA0\x1B\x03\x19\x90\x91\x16\x81\x17\x90\x91Ua\x15T_T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x7F8\xD1k\x8C\xAC\"\xD9\x9F\xC7\xC1$\xB9\xCD\r\xE2\xD3\xFA\x1F\xAE\xF4 \xBF\xE7\x91\xD8\xC3b\xD7e\xE2'\0`@Q`@Q\x80\x91\x03\x90\xA3PV[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x08\xFCW`@Qc\x11\x8C\xDA\xA7`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\tHV[a\x15\xC5\x83\x83\x83`\x01a\x1DcV[a\x15\x17W`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\tHV[a\x15\xF5a\x1D\xC5V[`\x01\x80T`\xFF`\xA0\x1B\x19\x16\x90U\x7F]\xB9\xEE\nI[\xF2\xE6\xFF\x9C\x91\xA7\x83L\x1B\xA4\xFD\xD2D\xA5\xE8\xAANS{\xD3\x8A\xEA\xE4\xB0s\xAA3[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01`@Q\x80\x91\x03\x90\xA1V[`\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16\x15a\x08\xFCW`@Qc\xD9<\x06e`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x16\x9D`@Q\x80`\x80\x01`@R\x80_`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81RP\x90V[6_a\x16\xAC`\xE0\x87\x01\x87a%\x0CV[\x90\x92P\x90P`4\x81\x10\x15a\x16\xD6W`@Qc\xCF\x9D\xB4\x89`\xE0\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\tHV[_a\x16\xE5`4`$\x84\x86a%VV[a\x16\xEE\x91a%}V[`\x80\x1C\x90Pa\xAF\xC8\x81\x10\x15a\x17!W`@Qc_\xF4\xAF\xC1`\xE0\x1B\x81R`\x04\x81\x01\x82\x90Ra\xAF\xC8`$\x82\x01R`D\x01a\tHV[a\x178`\x01`\x01`\x80\x1B\x03`\x80\x89\x015\x16\x82a\x1D\xEFV[``\x85\x01\x81\x90R\x85Q`\x01`\x01`\x80\x1B\x03\x90\x81\x16`@\x87\x01Ra\x17u\x91a\x17e\x91`\xC0\x8B\x015\x16\x90a#\xC9V[a\x17o\x90\x88a#\xE0V[\x86a\x18\x99V[` \x85\x01Ra\x17\x86`4`\x10a#\xE0V[\x82\x10a\x17\xF7W_\x83`4\x84a\x17\x9C\x82`\x10a#\xE0V[\x92a\x17\xA9\x93\x92\x91\x90a%VV[a\x17\xB2\x91a%}V[`\x80\x1C`\x01`\x01`\x80\x1B\x03\x16\x90P\x80\x85` \x01Q\x11\x15a\x17\xF5W` \x85\x01Q`@Qc?\x87{+`\xE2\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x82\x90R`D\x01a\tHV[P[PPP\x93\x92PPPV[a\x18\x0F\x84\x84\x84\x84`\x01a\x1E\x9AV[a\x12tW`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\tHV[`\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16\x90Ua\r\xC9\x81a\x1F\x07V[`\x06\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F\xDC=\xBA\x1Dd\xDDg\xC0\xDC\x8B\x12b\x1E\xDD\x0Cl\xA40:\x90s\xC3\xA8\xFC\xAC8\x11^s\xD6{k\x90_\x90\xA2PV[_a\x18\xE4\x83\x83``\x01Qa\xFF\xFF\x16a'\x10a\x18\xB4\x91\x90a#\xE0V[\x84Qa\x18\xC9\x91\x90`\x01`\x01`\x80\x1B\x03\x16a#\xC9V[a\x18\xDDa'\x10g\r\xE0\xB6\xB3\xA7d\0\0a#\xC9V[`\x01a\x1FVV[\x93\x92PPPV[_\x82\x82\x18\x82\x84\x10\x02\x82\x18a\x18\xE4V[a\x19\x02a\x16BV[`\x01\x80T`\xFF`\xA0\x1B\x19\x16`\x01`\xA0\x1B\x17\x90U\x7Fb\xE7\x8C\xEA\x01\xBE\xE3 \xCDNB\x02p\xB5\xEAt\0\r\x11\xB0\xC9\xF7GT\xEB\xDB\xFCTK\x05\xA2Xa\x16%3\x90V[`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F\xE6\xC0\x9F\xFEEr\xDC\x9C\xEA\xA5\xDD\xDEJ\xE4\x1B\xEF\xA6U\xD6\xFD\xFE\x80R\x07z\xF0\x97\x0Fp\x0E\x94.\x90_\x90\xA2PV[\x80c\xFF\xFF\xFF\xFF\x16_\x03a\x19\xD3W`@\x80Qc'cSW`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`\x0C`D\x82\x01RkunstakeDelay`\xA0\x1B`d\x82\x01R_`$\x82\x01R`\x84\x01a\tHV[`\x07\x80Tc\xFF\xFF\xFF\xFF`\xA0\x1B\x19\x16`\x01`\xA0\x1Bc\xFF\xFF\xFF\xFF\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81R\x7F\xD8\xE5\x1AY\xB8\xA6\x8E\xF0\xD6S\x88'\xBE~\xE5\x9A5\x0E\xB5\xBE\xC3H=w\xF0\xC7\x07\x86D\x02Q\xA2\x90` \x01[`@Q\x80\x91\x03\x90\xA1PV[\x80Q`\x01`\x01`\x80\x1B\x03\x16_\x03a\x1A\x7FW`@\x80Qc'cSW`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`\x0C`D\x82\x01RkmaxFeePerGas`\xA0\x1B`d\x82\x01R_`$\x82\x01R`\x84\x01a\tHV[\x80` \x01Q`\x01`\x01`\x80\x1B\x03\x16_\x03a\x1A\xD3W`@\x80Qc'cSW`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`\x0C`D\x82\x01Rk\x06\xD6\x17\x846\xF77E\x06W$\xF7`\xA4\x1B`d\x82\x01R_`$\x82\x01R`\x84\x01a\tHV[\x80Q` \x80\x83\x01Q`\x01`\x01`\x80\x1B\x03\x92\x83\x16`\x01`\x80\x1B\x93\x90\x91\x16\x92\x83\x02\x81\x17`\x04U`@\x80Q\x91\x82R\x91\x81\x01\x92\x90\x92R\x7F\x88\xC8\xF9E\x0F\xD2\xA4\x16X-.ht\xB2\x12\x19\xD6\x01\"\xA3\xA5\xC4\xDF\xE1C:\xBB\x8798`\xAC\x91\x01a\x1A#V[`\x01`\x01`\xA0\x1B\x03\x81\x16a\x1BoW`@Qc\xEA\xC0\xD3\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x08`$\x82\x01Rgtreasury`\xC0\x1B`D\x82\x01R`d\x01a\tHV[`\x07\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F<\x86EA\xEFq7\x8Cb)Q\x0E\xD9\x0F7ee\xEEB\xD9\xC5\xE0\x90J\x98J\x9E\x86>m\xB4O\x90_\x90\xA2PV[a\x13\x88a\xFF\xFF\x84\x16\x11\x15a\x1C\x07W`@\x80Qc'cSW`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`\t`D\x82\x01RhmarkupBps`\xB8\x1B`d\x82\x01Ra\xFF\xFF\x84\x16`$\x82\x01R`\x84\x01a\tHV[e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x15\x80a\x1C&WPb\t:\x80e\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x11[\x15a\x1CrW`@\x80Qc'cSW`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`\x0B`D\x82\x01RjmaxPriceAge`\xA8\x1B`d\x82\x01Re\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`$\x82\x01R`\x84\x01a\tHV[\x80\x15\x80a\x1C\x85WP`\x01`\x01`\x80\x1B\x03\x81\x11[\x15a\x1C\xD0W`@\x80Qc'cSW`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`\x11`D\x82\x01RpminTokenPerNative`x\x1B`d\x82\x01R`$\x81\x01\x82\x90R`\x84\x01a\tHV[`\x03\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xE0\x1Ba\xFF\xFF\x86\x16\x90\x81\x02e\xFF\xFF\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16\x91\x90\x91\x17`\x01`\xB0\x1Be\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16\x90\x81\x02\x91\x90\x91\x17\x90\x92U`\x05\x83\x90U`@\x80Q\x91\x82R` \x82\x01\x92\x90\x92R\x90\x81\x01\x82\x90R\x7F\x85\xEC\r\xCD\x9F\x06\xA0\x0B7\x1E\x18-f9\x0E&\x8E\xBE\xC9\x92\xCBe\xCB\x10J\xB7\xFB$0\xD1\xF4\xCC\x90``\x01`@Q\x80\x91\x03\x90\xA1PPPV[`@Qc\xA9\x05\x9C\xBB`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a\x1D\xB9W\x83\x83\x15\x16\x15a\x1D\xADW=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[`\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16a\x08\xFCW`@Qc\x8D\xFC +`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80a\x1D\xFDa\xAF\xC8\x84a#\xF3V[\x90P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16`\x07\x03a\x1E`W`d`\na\x1E8\x83\x87a#\xE0V[a\x1EB\x91\x90a#\xC9V[a\x1EL\x91\x90a%\xD8V[a\x1EX\x90a\xAF\xC8a#\xE0V[\x91PPa\x11wV[a\x9C@\x81\x11a\x1EoW_a\x1E\x86V[`da\x1E|`\n\x83a#\xC9V[a\x1E\x86\x91\x90a%\xD8V[a\x1E\x92\x90a\xAF\xC8a#\xE0V[\x94\x93PPPPV[`@Qc#\xB8r\xDD`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04R\x86\x16`$R`D\x85\x90R\x91` \x83`d\x81\x80\x8CZ\xF1\x92P`\x01_Q\x14\x83\x16a\x1E\xF6W\x83\x83\x15\x16\x15a\x1E\xEAW=_\x82>=\x81\xFD[_\x88;\x11=\x15\x16\x83\x16\x92P[`@RP_``R\x95\x94PPPPPV[_\x80T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x01`\x01`\xA0\x1B\x03\x19\x83\x16\x81\x17\x84U`@Q\x91\x90\x92\x16\x92\x83\x91\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x91\x90\xA3PPV[_a\x1F\x83a\x1Fc\x83a\x1F\xA1V[\x80\x15a\x1F~WP_\x84\x80a\x1FyWa\x1Fya%\xC4V[\x86\x88\t\x11[\x15\x15\x90V[a\x1F\x8E\x86\x86\x86a\x1F\xCDV[a\x1F\x98\x91\x90a#\xE0V[\x95\x94PPPPPV[_`\x02\x82`\x03\x81\x11\x15a\x1F\xB6Wa\x1F\xB6a%\xEBV[a\x1F\xC0\x91\x90a%\xFFV[`\xFF\x16`\x01\x14\x90P\x91\x90PV[___a\x1F\xDA\x86\x86a }V[\x91P\x91P\x81_\x03a\x1F\xFEW\x83\x81\x81a\x1F\xF4Wa\x1F\xF4a%\xC4V[\x04\x92PPPa\x18\xE4V[\x81\x84\x11a \x15Wa \x15`\x03\x85\x15\x02`\x11\x18a \x99V[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[_` \x82\x84\x03\x12\x15a \xBAW__\xFD[P5\x91\x90PV[___``\x84\x86\x03\x12\x15a \xD3W__\xFD[\x835g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a \xE9W__\xFD[\x84\x01a\x01 \x81\x87\x03\x12\x15a \xFBW__\xFD[\x95` \x85\x015\x95P`@\x90\x94\x015\x93\x92PPPV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[`@\x81R_a!P`@\x83\x01\x85a!\x10V[\x90P\x82` \x83\x01R\x93\x92PPPV[` \x81R_a\x18\xE4` \x83\x01\x84a!\x10V[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a!\x87W__\xFD[\x91\x90PV[_` \x82\x84\x03\x12\x15a!\x9CW__\xFD[a\x18\xE4\x82a!qV[_____`\x80\x86\x88\x03\x12\x15a!\xB9W__\xFD[\x855`\x03\x81\x10a!\xC7W__\xFD[\x94P` \x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a!\xE2W__\xFD[\x86\x01`\x1F\x81\x01\x88\x13a!\xF2W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\"\x08W__\xFD[\x88` \x82\x84\x01\x01\x11\x15a\"\x19W__\xFD[\x95\x98` \x91\x90\x91\x01\x97P\x94\x95`@\x81\x015\x95``\x90\x91\x015\x94P\x92PPPV[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\r\xC9W__\xFD[_` \x82\x84\x03\x12\x15a\"ZW__\xFD[\x815a\x18\xE4\x81a\"9V[_`@\x82\x84\x03\x12\x80\x15a\"vW__\xFD[P\x90\x92\x91PPV[e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\r\xC9W__\xFD[___``\x84\x86\x03\x12\x15a\"\xA3W__\xFD[\x835a\xFF\xFF\x81\x16\x81\x14a\"\xB4W__\xFD[\x92P` \x84\x015a\"\xC4\x81a\"~V[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[_` \x82\x84\x03\x12\x15a\"\xE5W__\xFD[PQ\x91\x90PV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x11wWa\x11wa\"\xECV[`@Q`\xA0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a#MWcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90V[_`\x80\x82\x84\x03\x12\x80\x15a#dW__\xFD[P`@Q`\x80\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a#\x94WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Ra#\xA0\x83a!qV[\x81R` \x83\x81\x015\x90\x82\x01R`@\x80\x84\x015\x90\x82\x01R``\x92\x83\x015\x92\x81\x01\x92\x90\x92RP\x91\x90PV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x11wWa\x11wa\"\xECV[\x80\x82\x01\x80\x82\x11\x15a\x11wWa\x11wa\"\xECV[\x81\x81\x03\x81\x81\x11\x15a\x11wWa\x11wa\"\xECV[\x80Qa!\x87\x81a\"~V[_`\xA0\x82\x84\x03\x12\x80\x15a$\"W__\xFD[Pa$+a#\x1EV[\x82Q\x81R` \x83\x01Q\x80\x15\x15\x81\x14a$AW__\xFD[` \x82\x01R`@\x83\x01Q`\x01`\x01`p\x1B\x03\x81\x16\x81\x14a$_W__\xFD[`@\x82\x01R``\x83\x01Qa$r\x81a\"9V[``\x82\x01Ra$\x83`\x80\x84\x01a$\x06V[`\x80\x82\x01R\x93\x92PPPV[\x805`\x01`\x01`\x80\x1B\x03\x81\x16\x81\x14a!\x87W__\xFD[_`@\x82\x84\x03\x12\x80\x15a$\xB6W__\xFD[P`@\x80Q\x90\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a$\xE6WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Ra$\xF2\x83a$\x8FV[\x81Ra%\0` \x84\x01a$\x8FV[` \x82\x01R\x93\x92PPPV[__\x835`\x1E\x19\x846\x03\x01\x81\x12a%!W__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a%;W__\xFD[` \x01\x91P6\x81\x90\x03\x82\x13\x15a%OW__\xFD[\x92P\x92\x90PV[__\x85\x85\x11\x15a%dW__\xFD[\x83\x86\x11\x15a%pW__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x81\x16\x90`\x10\x84\x10\x15a%\xBDW`\x01`\x01`\x80\x1B\x03\x19`\x01`\x01`\x80\x1B\x03\x19\x85`\x10\x03`\x03\x1B\x1B\x82\x16\x16\x91P[P\x92\x91PPV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[_\x82a%\xE6Wa%\xE6a%\xC4V[P\x04\x90V[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[_`\xFF\x83\x16\x80a&\x11Wa&\x11a%\xC4V[\x80`\xFF\x84\x16\x06\x91PP\x92\x91PPV",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405260043610610233575f3560e01c80638da5cb5b11610129578063bed9d861116100a8578063e902b70c1161006d578063e902b70c146106f7578063f0f4426014610716578063f1fa942b14610735578063f2fde38b14610754578063fc90fea314610773575f5ffd5b8063bed9d8611461068b578063c399ec881461069f578063d0e30db0146106b3578063dc7e6cd2146106bb578063e30c3978146106da575f5ffd5b8063a035b1fe116100ee578063a035b1fe146105e7578063aced16611461062e578063b8202d8f1461064d578063bb9fe6bf14610662578063bcb29cdf14610676575f5ffd5b80638da5cb5b1461051557806391b7f5ed1461053157806394430fa51461055057806398b98773146105835780639fed62c1146105c8575f5ffd5b80635c975abb116101b557806379ba50971161017a57806379ba5097146104655780637c627b21146104795780638456cb5914610498578063860aefcf146104ac5780638a0dac4a146104f6575f5ffd5b80635c975abb146103bd57806361d027b3146103e65780636cdc9ebd14610405578063715018a614610432578063748747e614610446575f5ffd5b80633f4ba83a116101fb5780633f4ba83a14610322578063452a93201461033657806352b7512c1461035557806354fd4d50146103825780635a627dbc146103b5575f5ffd5b8063249d39e914610237578063315a095d1461025f5780633222012f1461028057806333289a46146102b857806333c8c8a4146102d7575b5f5ffd5b348015610242575f5ffd5b5061024c61271081565b6040519081526020015b60405180910390f35b34801561026a575f5ffd5b5061027e6102793660046120aa565b61079b565b005b34801561028b575f5ffd5b506007546102a390600160a01b900463ffffffff1681565b60405163ffffffff9091168152602001610256565b3480156102c3575f5ffd5b5061027e6102d23660046120aa565b61081f565b3480156102e2575f5ffd5b5061030a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610256565b34801561032d575f5ffd5b5061027e6108ec565b348015610341575f5ffd5b5060025461030a906001600160a01b031681565b348015610360575f5ffd5b5061037461036f3660046120c1565b6108fe565b60405161025692919061213e565b34801561038d575f5ffd5b5060408051808201825260058152640312e302e360dc1b60208201529051610256919061215f565b61027e610cd4565b3480156103c8575f5ffd5b50600154600160a01b900460ff166040519015158152602001610256565b3480156103f1575f5ffd5b5060075461030a906001600160a01b031681565b348015610410575f5ffd5b5061041b62093a8081565b60405165ffffffffffff9091168152602001610256565b34801561043d575f5ffd5b5061027e610da7565b348015610451575f5ffd5b5061027e61046036600461218c565b610db8565b348015610470575f5ffd5b5061027e610dcc565b348015610484575f5ffd5b5061027e6104933660046121a5565b610e0d565b3480156104a3575f5ffd5b5061027e610fa9565b3480156104b7575f5ffd5b506004546104d6906001600160801b0380821691600160801b90041682565b604080516001600160801b03938416815292909116602083015201610256565b348015610501575f5ffd5b5061027e61051036600461218c565b610ff6565b348015610520575f5ffd5b505f546001600160a01b031661030a565b34801561053c575f5ffd5b5061027e61054b3660046120aa565b611007565b34801561055b575f5ffd5b5061030a7f000000000000000000000000000000000000000000000000000000000000000081565b34801561058e575f5ffd5b506105b67f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff9091168152602001610256565b3480156105d3575f5ffd5b5061024c6105e23660046120aa565b61111b565b3480156105f2575f5ffd5b506105fb61117d565b604051610256949392919093845265ffffffffffff92831660208501529116604083015261ffff16606082015260800190565b348015610639575f5ffd5b5060065461030a906001600160a01b031681565b348015610658575f5ffd5b5061024c61afc881565b34801561066d575f5ffd5b5061027e611202565b348015610681575f5ffd5b5061024c60055481565b348015610696575f5ffd5b5061027e61127a565b3480156106aa575f5ffd5b5061024c6113b3565b61027e611440565b3480156106c6575f5ffd5b5061027e6106d536600461224a565b6114c3565b3480156106e5575f5ffd5b506001546001600160a01b031661030a565b348015610702575f5ffd5b5061027e610711366004612265565b6114d4565b348015610721575f5ffd5b5061027e61073036600461218c565b6114f3565b348015610740575f5ffd5b5061027e61074f366004612291565b611504565b34801561075f575f5ffd5b5061027e61076e36600461218c565b61151c565b34801561077e575f5ffd5b5061078861138881565b60405161ffff9091168152602001610256565b6107a361158c565b6007546040518281526001600160a01b039091169081907f6352c5382c4a4578e712449ca65e83cdb392d045dfcf1cad9615189db2da244b9060200160405180910390a261081b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001682846115b8565b5050565b61082761158c565b6007546040518281526001600160a01b039091169081907fc303ca808382409472acbbf899c316cf439f409f6584aae22df86dfa3c9ed5049060200160405180910390a260405163040b850f60e31b81526001600160a01b038281166004830152602482018490527f0000000000000000000000000000000000000000000000000000000000000000169063205c2878906044015f604051808303815f87803b1580156108d2575f5ffd5b505af11580156108e4573d5f5f3e3d5ffd5b505050505050565b6108f461158c565b6108fc6115ed565b565b60605f336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461095157604051633d40d29d60e11b81523360048201526024015b60405180910390fd5b610959611642565b604080516080810182526003546001600160801b03811680835265ffffffffffff600160801b830481166020850152600160b01b8304169383019390935261ffff600160e01b909104166060820152905f036109c8576040516313a8ad7d60e11b815260040160405180910390fd5b604080518082019091526004546001600160801b03808216808452600160801b9092048116602084015260c08901351690811115610a2e578151604051630e2b357b60e31b8152600481018390526001600160801b039091166024820152604401610948565b81602001516001600160801b0316861115610a74576020820151604051630e82f76760e21b8152600481018890526001600160801b039091166024820152604401610948565b5f610a8089888661166d565b9050610a8f60208a018a61218c565b6001600160a01b03908116808352604051636eb1769f60e11b815260048101919091523060248201525f917f0000000000000000000000000000000000000000000000000000000000000000169063dd62ed3e90604401602060405180830381865afa158015610b01573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b2591906122d5565b90508160200151811015610b5c57602082015160405163054365bb60e31b8152610948918391600401918252602082015260400190565b81516040516370a0823160e01b81526001600160a01b0391821660048201525f917f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015610bc4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610be891906122d5565b90508260200151811015610c1f57602083015160405163cf47918160e01b8152610948918391600401918252602082015260400190565b82516020840151610c5c916001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016913090611801565b6040805184516001600160a01b03166020808301919091528501518183015290840151606080830191909152840151608082015260a001604051602081830303815290604052975060a086604001518760200151610cba9190612300565b65ffffffffffff16901b9650505050505050935093915050565b60075460408051348152600160a01b90920463ffffffff16602083015233917f1186a0fd4b6c8a1f60c379695fa5433d9528920b68d49c541a722a287e5de578910160405180910390a2600754604051621cb65b60e51b8152600160a01b90910463ffffffff1660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690630396cb609034906024015b5f604051808303818588803b158015610d8e575f5ffd5b505af1158015610da0573d5f5f3e3d5ffd5b5050505050565b610daf61158c565b6108fc5f611837565b610dc061158c565b610dc981611850565b50565b60015433906001600160a01b03168114610e045760405163118cdaa760e01b81526001600160a01b0382166004820152602401610948565b610dc981611837565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610e5857604051633d40d29d60e11b8152336004820152602401610948565b5f610e6584860186612353565b90505f828260600151610e7891906123c9565b610e8290856123e0565b604080516080810182526003546001600160801b038082168352600160801b820465ffffffffffff9081166020850152600160b01b83041683850152600160e01b90910461ffff1660608301529185015190911681529091505f610ef3610ee98484611899565b85602001516118eb565b90505f818560200151610f0691906123f3565b90508015610f45578451610f45906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690836115b8565b845160408087015181518781526020810186905291820184905260608201526001600160a01b03909116907fc858b9cca9c777f0337e571a7cc01092bbc2524505dc275260e3b8a6ab7855589060800160405180910390a250505050505050505050565b5f546001600160a01b03163314801590610fce57506002546001600160a01b03163314155b15610fee57604051636b1883f360e01b8152336004820152602401610948565b6108fc6118fa565b610ffe61158c565b610dc98161193d565b6006546001600160a01b0316331480159061102c57505f546001600160a01b03163314155b1561104c57604051633f8a445960e01b8152336004820152602401610948565b60055481108061106257506001600160801b0381115b156110aa5760408051632763535760e01b81526004810191909152600e60448201526d746f6b656e5065724e617469766560901b606482015260248101829052608401610948565b6003805465ffffffffffff4216600160801b81026001600160b01b03199092166001600160801b038516179190911790915560408051838152602081019290925233917f6064a18dd8bed7bac2da19eb7aef6a7604b33878436622f3090e20207dd945d8910160405180910390a250565b604080516080810182526003546001600160801b0381168252600160801b810465ffffffffffff9081166020840152600160b01b82041692820192909252600160e01b90910461ffff1660608201525f90611177908390611899565b92915050565b604080516080810182526003546001600160801b038116808352600160801b820465ffffffffffff90811660208501819052600160b01b8404909116948401859052600160e01b90920461ffff1660608401525f9384938493849391926111e49082612300565b6060909301516001600160801b039092169790965091945092509050565b61120a61158c565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663bb9fe6bf6040518163ffffffff1660e01b81526004015f604051808303815f87803b158015611262575f5ffd5b505af1158015611274573d5f5f3e3d5ffd5b50505050565b61128261158c565b600754604051632943e70960e11b81523060048201526001600160a01b039182169182917fc303ca808382409472acbbf899c316cf439f409f6584aae22df86dfa3c9ed504917f00000000000000000000000000000000000000000000000000000000000000001690635287ce129060240160a060405180830381865afa15801561130f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113339190612411565b60409081015190516001600160701b03909116815260200160405180910390a260405163611d2e7560e11b81526001600160a01b0382811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063c23a5cea906024015f604051808303815f87803b158015610d8e575f5ffd5b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015611417573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061143b91906122d5565b905090565b60405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a260405163b760faf960e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b760faf9903490602401610d77565b6114cb61158c565b610dc981611986565b6114dc61158c565b610dc96114ee368390038301836124a5565b611a2e565b6114fb61158c565b610dc981611b2d565b61150c61158c565b611517838383611bb8565b505050565b61152461158c565b600180546001600160a01b0383166001600160a01b031990911681179091556115545f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f546001600160a01b031633146108fc5760405163118cdaa760e01b8152336004820152602401610948565b6115c58383836001611d63565b61151757604051635274afe760e01b81526001600160a01b0384166004820152602401610948565b6115f5611dc5565b6001805460ff60a01b191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b600154600160a01b900460ff16156108fc5760405163d93c066560e01b815260040160405180910390fd5b61169d60405180608001604052805f6001600160a01b031681526020015f81526020015f81526020015f81525090565b365f6116ac60e087018761250c565b909250905060348110156116d65760405163cf9db48960e01b815260048101829052602401610948565b5f6116e5603460248486612556565b6116ee9161257d565b60801c905061afc881101561172157604051635ff4afc160e01b81526004810182905261afc86024820152604401610948565b6117386001600160801b0360808901351682611def565b6060850181905285516001600160801b039081166040870152611775916117659160c08b013516906123c9565b61176f90886123e0565b86611899565b6020850152611786603460106123e0565b82106117f7575f8360348461179c8260106123e0565b926117a993929190612556565b6117b29161257d565b60801c6001600160801b0316905080856020015111156117f5576020850151604051633f877b2b60e21b8152600481019190915260248101829052604401610948565b505b5050509392505050565b61180f848484846001611e9a565b61127457604051635274afe760e01b81526001600160a01b0385166004820152602401610948565b600180546001600160a01b0319169055610dc981611f07565b600680546001600160a01b0319166001600160a01b0383169081179091556040517fdc3dba1d64dd67c0dc8b12621edd0c6ca4303a9073c3a8fcac38115e73d67b6b905f90a250565b5f6118e483836060015161ffff166127106118b491906123e0565b84516118c991906001600160801b03166123c9565b6118dd612710670de0b6b3a76400006123c9565b6001611f56565b9392505050565b5f8282188284100282186118e4565b611902611642565b6001805460ff60a01b1916600160a01b1790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586116253390565b600280546001600160a01b0319166001600160a01b0383169081179091556040517fe6c09ffe4572dc9ceaa5ddde4ae41befa655d6fdfe8052077af0970f700e942e905f90a250565b8063ffffffff165f036119d35760408051632763535760e01b81526004810191909152600c60448201526b756e7374616b6544656c617960a01b60648201525f6024820152608401610948565b6007805463ffffffff60a01b1916600160a01b63ffffffff8416908102919091179091556040519081527fd8e51a59b8a68ef0d6538827be7ee59a350eb5bec3483d77f0c70786440251a2906020015b60405180910390a150565b80516001600160801b03165f03611a7f5760408051632763535760e01b81526004810191909152600c60448201526b6d617846656550657247617360a01b60648201525f6024820152608401610948565b80602001516001600160801b03165f03611ad35760408051632763535760e01b81526004810191909152600c60448201526b06d6178436f73745065724f760a41b60648201525f6024820152608401610948565b80516020808301516001600160801b03928316600160801b93909116928302811760045560408051918252918101929092527f88c8f9450fd2a416582d2e6874b21219d60122a3a5c4dfe1433abb87393860ac9101611a23565b6001600160a01b038116611b6f5760405163eac0d38960e01b8152602060048201526008602482015267747265617375727960c01b6044820152606401610948565b600780546001600160a01b0319166001600160a01b0383169081179091556040517f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f905f90a250565b61138861ffff84161115611c075760408051632763535760e01b8152600481019190915260096044820152686d61726b757042707360b81b606482015261ffff84166024820152608401610948565b65ffffffffffff82161580611c26575062093a8065ffffffffffff8316115b15611c725760408051632763535760e01b81526004810191909152600b60448201526a6d6178507269636541676560a81b606482015265ffffffffffff83166024820152608401610948565b801580611c8557506001600160801b0381115b15611cd05760408051632763535760e01b8152600481019190915260116044820152706d696e546f6b656e5065724e617469766560781b606482015260248101829052608401610948565b6003805467ffffffffffffffff60b01b1916600160e01b61ffff861690810265ffffffffffff60b01b191691909117600160b01b65ffffffffffff86169081029190911790925560058390556040805191825260208201929092529081018290527f85ec0dcd9f06a00b371e182d66390e268ebec992cb65cb104ab7fb2430d1f4cc9060600160405180910390a1505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316611db9578383151615611dad573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b600154600160a01b900460ff166108fc57604051638dfc202b60e01b815260040160405180910390fd5b5f80611dfd61afc8846123f3565b90507f000000000000000000000000000000000000000000000000000000000000000060ff16600703611e60576064600a611e3883876123e0565b611e4291906123c9565b611e4c91906125d8565b611e589061afc86123e0565b915050611177565b619c408111611e6f575f611e86565b6064611e7c600a836123c9565b611e8691906125d8565b611e929061afc86123e0565b949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316611ef6578383151615611eea573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f611f83611f6383611fa1565b8015611f7e57505f8480611f7957611f796125c4565b868809115b151590565b611f8e868686611fcd565b611f9891906123e0565b95945050505050565b5f6002826003811115611fb657611fb66125eb565b611fc091906125ff565b60ff166001149050919050565b5f5f5f611fda868661207d565b91509150815f03611ffe57838181611ff457611ff46125c4565b04925050506118e4565b818411612015576120156003851502601118612099565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f602082840312156120ba575f5ffd5b5035919050565b5f5f5f606084860312156120d3575f5ffd5b833567ffffffffffffffff8111156120e9575f5ffd5b840161012081870312156120fb575f5ffd5b95602085013595506040909401359392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b604081525f6121506040830185612110565b90508260208301529392505050565b602081525f6118e46020830184612110565b80356001600160a01b0381168114612187575f5ffd5b919050565b5f6020828403121561219c575f5ffd5b6118e482612171565b5f5f5f5f5f608086880312156121b9575f5ffd5b8535600381106121c7575f5ffd5b9450602086013567ffffffffffffffff8111156121e2575f5ffd5b8601601f810188136121f2575f5ffd5b803567ffffffffffffffff811115612208575f5ffd5b886020828401011115612219575f5ffd5b959860209190910197509495604081013595606090910135945092505050565b63ffffffff81168114610dc9575f5ffd5b5f6020828403121561225a575f5ffd5b81356118e481612239565b5f6040828403128015612276575f5ffd5b509092915050565b65ffffffffffff81168114610dc9575f5ffd5b5f5f5f606084860312156122a3575f5ffd5b833561ffff811681146122b4575f5ffd5b925060208401356122c48161227e565b929592945050506040919091013590565b5f602082840312156122e5575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b65ffffffffffff8181168382160190811115611177576111776122ec565b60405160a0810167ffffffffffffffff8111828210171561234d57634e487b7160e01b5f52604160045260245ffd5b60405290565b5f6080828403128015612364575f5ffd5b506040516080810167ffffffffffffffff8111828210171561239457634e487b7160e01b5f52604160045260245ffd5b6040526123a083612171565b815260208381013590820152604080840135908201526060928301359281019290925250919050565b8082028115828204841417611177576111776122ec565b80820180821115611177576111776122ec565b81810381811115611177576111776122ec565b80516121878161227e565b5f60a0828403128015612422575f5ffd5b5061242b61231e565b8251815260208301518015158114612441575f5ffd5b602082015260408301516001600160701b038116811461245f575f5ffd5b6040820152606083015161247281612239565b606082015261248360808401612406565b60808201529392505050565b80356001600160801b0381168114612187575f5ffd5b5f60408284031280156124b6575f5ffd5b506040805190810167ffffffffffffffff811182821017156124e657634e487b7160e01b5f52604160045260245ffd5b6040526124f28361248f565b81526125006020840161248f565b60208201529392505050565b5f5f8335601e19843603018112612521575f5ffd5b83018035915067ffffffffffffffff82111561253b575f5ffd5b60200191503681900382131561254f575f5ffd5b9250929050565b5f5f85851115612564575f5ffd5b83861115612570575f5ffd5b5050820193919092039150565b80356fffffffffffffffffffffffffffffffff1981169060108410156125bd576001600160801b03196001600160801b03198560100360031b1b82161691505b5092915050565b634e487b7160e01b5f52601260045260245ffd5b5f826125e6576125e66125c4565b500490565b634e487b7160e01b5f52602160045260245ffd5b5f60ff831680612611576126116125c4565b8060ff8416069150509291505056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R`\x046\x10a\x023W_5`\xE0\x1C\x80c\x8D\xA5\xCB[\x11a\x01)W\x80c\xBE\xD9\xD8a\x11a\0\xA8W\x80c\xE9\x02\xB7\x0C\x11a\0mW\x80c\xE9\x02\xB7\x0C\x14a\x06\xF7W\x80c\xF0\xF4B`\x14a\x07\x16W\x80c\xF1\xFA\x94+\x14a\x075W\x80c\xF2\xFD\xE3\x8B\x14a\x07TW\x80c\xFC\x90\xFE\xA3\x14a\x07sW__\xFD[\x80c\xBE\xD9\xD8a\x14a\x06\x8BW\x80c\xC3\x99\xEC\x88\x14a\x06\x9FW\x80c\xD0\xE3\r\xB0\x14a\x06\xB3W\x80c\xDC~l\xD2\x14a\x06\xBBW\x80c\xE3\x0C9x\x14a\x06\xDAW__\xFD[\x80c\xA05\xB1\xFE\x11a\0\xEEW\x80c\xA05\xB1\xFE\x14a\x05\xE7W\x80c\xAC\xED\x16a\x14a\x06.W\x80c\xB8 -\x8F\x14a\x06MW\x80c\xBB\x9F\xE6\xBF\x14a\x06bW\x80c\xBC\xB2\x9C\xDF\x14a\x06vW__\xFD[\x80c\x8D\xA5\xCB[\x14a\x05\x15W\x80c\x91\xB7\xF5\xED\x14a\x051W\x80c\x94C\x0F\xA5\x14a\x05PW\x80c\x98\xB9\x87s\x14a\x05\x83W\x80c\x9F\xEDb\xC1\x14a\x05\xC8W__\xFD[\x80c\\\x97Z\xBB\x11a\x01\xB5W\x80cy\xBAP\x97\x11a\x01zW\x80cy\xBAP\x97\x14a\x04eW\x80c|b{!\x14a\x04yW\x80c\x84V\xCBY\x14a\x04\x98W\x80c\x86\n\xEF\xCF\x14a\x04\xACW\x80c\x8A\r\xACJ\x14a\x04\xF6W__\xFD[\x80c\\\x97Z\xBB\x14a\x03\xBDW\x80ca\xD0'\xB3\x14a\x03\xE6W\x80cl\xDC\x9E\xBD\x14a\x04\x05W\x80cqP\x18\xA6\x14a\x042W\x80ct\x87G\xE6\x14a\x04FW__\xFD[\x80c?K\xA8:\x11a\x01\xFBW\x80c?K\xA8:\x14a\x03\"W\x80cE*\x93 \x14a\x036W\x80cR\xB7Q,\x14a\x03UW\x80cT\xFDMP\x14a\x03\x82W\x80cZb}\xBC\x14a\x03\xB5W__\xFD[\x80c$\x9D9\xE9\x14a\x027W\x80c1Z\t]\x14a\x02_W\x80c2\"\x01/\x14a\x02\x80W\x80c3(\x9AF\x14a\x02\xB8W\x80c3\xC8\xC8\xA4\x14a\x02\xD7W[__\xFD[4\x80\x15a\x02BW__\xFD[Pa\x02La'\x10\x81V[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x02jW__\xFD[Pa\x02~a\x02y6`\x04a \xAAV[a\x07\x9BV[\0[4\x80\x15a\x02\x8BW__\xFD[P`\x07Ta\x02\xA3\x90`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02VV[4\x80\x15a\x02\xC3W__\xFD[Pa\x02~a\x02\xD26`\x04a \xAAV[a\x08\x1FV[4\x80\x15a\x02\xE2W__\xFD[Pa\x03\n\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02VV[4\x80\x15a\x03-W__\xFD[Pa\x02~a\x08\xECV[4\x80\x15a\x03AW__\xFD[P`\x02Ta\x03\n\x90`\x01`\x01`\xA0\x1B\x03\x16\x81V[4\x80\x15a\x03`W__\xFD[Pa\x03ta\x03o6`\x04a \xC1V[a\x08\xFEV[`@Qa\x02V\x92\x91\x90a!>V[4\x80\x15a\x03\x8DW__\xFD[P`@\x80Q\x80\x82\x01\x82R`\x05\x81Rd\x03\x12\xE3\x02\xE3`\xDC\x1B` \x82\x01R\x90Qa\x02V\x91\x90a!_V[a\x02~a\x0C\xD4V[4\x80\x15a\x03\xC8W__\xFD[P`\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`@Q\x90\x15\x15\x81R` \x01a\x02VV[4\x80\x15a\x03\xF1W__\xFD[P`\x07Ta\x03\n\x90`\x01`\x01`\xA0\x1B\x03\x16\x81V[4\x80\x15a\x04\x10W__\xFD[Pa\x04\x1Bb\t:\x80\x81V[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02VV[4\x80\x15a\x04=W__\xFD[Pa\x02~a\r\xA7V[4\x80\x15a\x04QW__\xFD[Pa\x02~a\x04`6`\x04a!\x8CV[a\r\xB8V[4\x80\x15a\x04pW__\xFD[Pa\x02~a\r\xCCV[4\x80\x15a\x04\x84W__\xFD[Pa\x02~a\x04\x936`\x04a!\xA5V[a\x0E\rV[4\x80\x15a\x04\xA3W__\xFD[Pa\x02~a\x0F\xA9V[4\x80\x15a\x04\xB7W__\xFD[P`\x04Ta\x04\xD6\x90`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x91`\x01`\x80\x1B\x90\x04\x16\x82V[`@\x80Q`\x01`\x01`\x80\x1B\x03\x93\x84\x16\x81R\x92\x90\x91\x16` \x83\x01R\x01a\x02VV[4\x80\x15a\x05\x01W__\xFD[Pa\x02~a\x05\x106`\x04a!\x8CV[a\x0F\xF6V[4\x80\x15a\x05 W__\xFD[P_T`\x01`\x01`\xA0\x1B\x03\x16a\x03\nV[4\x80\x15a\x05<W__\xFD[Pa\x02~a\x05K6`\x04a \xAAV[a\x10\x07V[4\x80\x15a\x05[W__\xFD[Pa\x03\n\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x05\x8EW__\xFD[Pa\x05\xB6\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Q`\xFF\x90\x91\x16\x81R` \x01a\x02VV[4\x80\x15a\x05\xD3W__\xFD[Pa\x02La\x05\xE26`\x04a \xAAV[a\x11\x1BV[4\x80\x15a\x05\xF2W__\xFD[Pa\x05\xFBa\x11}V[`@Qa\x02V\x94\x93\x92\x91\x90\x93\x84Re\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16` \x85\x01R\x91\x16`@\x83\x01Ra\xFF\xFF\x16``\x82\x01R`\x80\x01\x90V[4\x80\x15a\x069W__\xFD[P`\x06Ta\x03\n\x90`\x01`\x01`\xA0\x1B\x03\x16\x81V[4\x80\x15a\x06XW__\xFD[Pa\x02La\xAF\xC8\x81V[4\x80\x15a\x06mW__\xFD[Pa\x02~a\x12\x02V[4\x80\x15a\x06\x81W__\xFD[Pa\x02L`\x05T\x81V[4\x80\x15a\x06\x96W__\xFD[Pa\x02~a\x12zV[4\x80\x15a\x06\xAAW__\xFD[Pa\x02La\x13\xB3V[a\x02~a\x14@V[4\x80\x15a\x06\xC6W__\xFD[Pa\x02~a\x06\xD56`\x04a\"JV[a\x14\xC3V[4\x80\x15a\x06\xE5W__\xFD[P`\x01T`\x01`\x01`\xA0\x1B\x03\x16a\x03\nV[4\x80\x15a\x07\x02W__\xFD[Pa\x02~a\x07\x116`\x04a\"eV[a\x14\xD4V[4\x80\x15a\x07!W__\xFD[Pa\x02~a\x0706`\x04a!\x8CV[a\x14\xF3V[4\x80\x15a\x07@W__\xFD[Pa\x02~a\x07O6`\x04a\"\x91V[a\x15\x04V[4\x80\x15a\x07_W__\xFD[Pa\x02~a\x07n6`\x04a!\x8CV[a\x15\x1CV[4\x80\x15a\x07~W__\xFD[Pa\x07\x88a\x13\x88\x81V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02VV[a\x07\xA3a\x15\x8CV[`\x07T`@Q\x82\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90\x81\x90\x7FcR\xC58,JEx\xE7\x12D\x9C\xA6^\x83\xCD\xB3\x92\xD0E\xDF\xCF\x1C\xAD\x96\x15\x18\x9D\xB2\xDA$K\x90` \x01`@Q\x80\x91\x03\x90\xA2a\x08\x1B`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82\x84a\x15\xB8V[PPV[a\x08'a\x15\x8CV[`\x07T`@Q\x82\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90\x81\x90\x7F\xC3\x03\xCA\x80\x83\x82@\x94r\xAC\xBB\xF8\x99\xC3\x16\xCFC\x9F@\x9Fe\x84\xAA\xE2-\xF8m\xFA<\x9E\xD5\x04\x90` \x01`@Q\x80\x91\x03\x90\xA2`@Qc\x04\x0B\x85\x0F`\xE3\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x81\x16`\x04\x83\x01R`$\x82\x01\x84\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c \\(x\x90`D\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x08\xD2W__\xFD[PZ\xF1\x15\x80\x15a\x08\xE4W=__>=_\xFD[PPPPPPV[a\x08\xF4a\x15\x8CV[a\x08\xFCa\x15\xEDV[V[``_3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14a\tQW`@Qc=@\xD2\x9D`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[a\tYa\x16BV[`@\x80Q`\x80\x81\x01\x82R`\x03T`\x01`\x01`\x80\x1B\x03\x81\x16\x80\x83Re\xFF\xFF\xFF\xFF\xFF\xFF`\x01`\x80\x1B\x83\x04\x81\x16` \x85\x01R`\x01`\xB0\x1B\x83\x04\x16\x93\x83\x01\x93\x90\x93Ra\xFF\xFF`\x01`\xE0\x1B\x90\x91\x04\x16``\x82\x01R\x90_\x03a\t\xC8W`@Qc\x13\xA8\xAD}`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@\x80Q\x80\x82\x01\x90\x91R`\x04T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x80\x84R`\x01`\x80\x1B\x90\x92\x04\x81\x16` \x84\x01R`\xC0\x89\x015\x16\x90\x81\x11\x15a\n.W\x81Q`@Qc\x0E+5{`\xE3\x1B\x81R`\x04\x81\x01\x83\x90R`\x01`\x01`\x80\x1B\x03\x90\x91\x16`$\x82\x01R`D\x01a\tHV[\x81` \x01Q`\x01`\x01`\x80\x1B\x03\x16\x86\x11\x15a\ntW` \x82\x01Q`@Qc\x0E\x82\xF7g`\xE2\x1B\x81R`\x04\x81\x01\x88\x90R`\x01`\x01`\x80\x1B\x03\x90\x91\x16`$\x82\x01R`D\x01a\tHV[_a\n\x80\x89\x88\x86a\x16mV[\x90Pa\n\x8F` \x8A\x01\x8Aa!\x8CV[`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x80\x83R`@Qcn\xB1v\x9F`\xE1\x1B\x81R`\x04\x81\x01\x91\x90\x91R0`$\x82\x01R_\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xDDb\xED>\x90`D\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0B\x01W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0B%\x91\x90a\"\xD5V[\x90P\x81` \x01Q\x81\x10\x15a\x0B\\W` \x82\x01Q`@Qc\x05Ce\xBB`\xE3\x1B\x81Ra\tH\x91\x83\x91`\x04\x01\x91\x82R` \x82\x01R`@\x01\x90V[\x81Q`@Qcp\xA0\x821`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x04\x82\x01R_\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cp\xA0\x821\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0B\xC4W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0B\xE8\x91\x90a\"\xD5V[\x90P\x82` \x01Q\x81\x10\x15a\x0C\x1FW` \x83\x01Q`@Qc\xCFG\x91\x81`\xE0\x1B\x81Ra\tH\x91\x83\x91`\x04\x01\x91\x82R` \x82\x01R`@\x01\x90V[\x82Q` \x84\x01Qa\x0C\\\x91`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x910\x90a\x18\x01V[`@\x80Q\x84Q`\x01`\x01`\xA0\x1B\x03\x16` \x80\x83\x01\x91\x90\x91R\x85\x01Q\x81\x83\x01R\x90\x84\x01Q``\x80\x83\x01\x91\x90\x91R\x84\x01Q`\x80\x82\x01R`\xA0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x97P`\xA0\x86`@\x01Q\x87` \x01Qa\x0C\xBA\x91\x90a#\0V[e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x1B\x96PPPPPPP\x93P\x93\x91PPV[`\x07T`@\x80Q4\x81R`\x01`\xA0\x1B\x90\x92\x04c\xFF\xFF\xFF\xFF\x16` \x83\x01R3\x91\x7F\x11\x86\xA0\xFDKl\x8A\x1F`\xC3yi_\xA5C=\x95(\x92\x0Bh\xD4\x9CT\x1Ar*(~]\xE5x\x91\x01`@Q\x80\x91\x03\x90\xA2`\x07T`@Qb\x1C\xB6[`\xE5\x1B\x81R`\x01`\xA0\x1B\x90\x91\x04c\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90c\x03\x96\xCB`\x904\x90`$\x01[_`@Q\x80\x83\x03\x81\x85\x88\x80;\x15\x80\x15a\r\x8EW__\xFD[PZ\xF1\x15\x80\x15a\r\xA0W=__>=_\xFD[PPPPPV[a\r\xAFa\x15\x8CV[a\x08\xFC_a\x187V[a\r\xC0a\x15\x8CV[a\r\xC9\x81a\x18PV[PV[`\x01T3\x90`\x01`\x01`\xA0\x1B\x03\x16\x81\x14a\x0E\x04W`@Qc\x11\x8C\xDA\xA7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\tHV[a\r\xC9\x81a\x187V[3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14a\x0EXW`@Qc=@\xD2\x9D`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01a\tHV[_a\x0Ee\x84\x86\x01\x86a#SV[\x90P_\x82\x82``\x01Qa\x0Ex\x91\x90a#\xC9V[a\x0E\x82\x90\x85a#\xE0V[`@\x80Q`\x80\x81\x01\x82R`\x03T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83R`\x01`\x80\x1B\x82\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16` \x85\x01R`\x01`\xB0\x1B\x83\x04\x16\x83\x85\x01R`\x01`\xE0\x1B\x90\x91\x04a\xFF\xFF\x16``\x83\x01R\x91\x85\x01Q\x90\x91\x16\x81R\x90\x91P_a\x0E\xF3a\x0E\xE9\x84\x84a\x18\x99V[\x85` \x01Qa\x18\xEBV[\x90P_\x81\x85` \x01Qa\x0F\x06\x91\x90a#\xF3V[\x90P\x80\x15a\x0FEW\x84Qa\x0FE\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x83a\x15\xB8V[\x84Q`@\x80\x87\x01Q\x81Q\x87\x81R` \x81\x01\x86\x90R\x91\x82\x01\x84\x90R``\x82\x01R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90\x7F\xC8X\xB9\xCC\xA9\xC7w\xF03~W\x1A|\xC0\x10\x92\xBB\xC2RE\x05\xDC'R`\xE3\xB8\xA6\xABxUX\x90`\x80\x01`@Q\x80\x91\x03\x90\xA2PPPPPPPPPPV[_T`\x01`\x01`\xA0\x1B\x03\x163\x14\x80\x15\x90a\x0F\xCEWP`\x02T`\x01`\x01`\xA0\x1B\x03\x163\x14\x15[\x15a\x0F\xEEW`@Qck\x18\x83\xF3`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\tHV[a\x08\xFCa\x18\xFAV[a\x0F\xFEa\x15\x8CV[a\r\xC9\x81a\x19=V[`\x06T`\x01`\x01`\xA0\x1B\x03\x163\x14\x80\x15\x90a\x10,WP_T`\x01`\x01`\xA0\x1B\x03\x163\x14\x15[\x15a\x10LW`@Qc?\x8ADY`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\tHV[`\x05T\x81\x10\x80a\x10bWP`\x01`\x01`\x80\x1B\x03\x81\x11[\x15a\x10\xAAW`@\x80Qc'cSW`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`\x0E`D\x82\x01RmtokenPerNative`\x90\x1B`d\x82\x01R`$\x81\x01\x82\x90R`\x84\x01a\tHV[`\x03\x80Te\xFF\xFF\xFF\xFF\xFF\xFFB\x16`\x01`\x80\x1B\x81\x02`\x01`\x01`\xB0\x1B\x03\x19\x90\x92\x16`\x01`\x01`\x80\x1B\x03\x85\x16\x17\x91\x90\x91\x17\x90\x91U`@\x80Q\x83\x81R` \x81\x01\x92\x90\x92R3\x91\x7F`d\xA1\x8D\xD8\xBE\xD7\xBA\xC2\xDA\x19\xEBz\xEFjv\x04\xB38xCf\"\xF3\t\x0E  }\xD9E\xD8\x91\x01`@Q\x80\x91\x03\x90\xA2PV[`@\x80Q`\x80\x81\x01\x82R`\x03T`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x80\x1B\x81\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16` \x84\x01R`\x01`\xB0\x1B\x82\x04\x16\x92\x82\x01\x92\x90\x92R`\x01`\xE0\x1B\x90\x91\x04a\xFF\xFF\x16``\x82\x01R_\x90a\x11w\x90\x83\x90a\x18\x99V[\x92\x91PPV[`@\x80Q`\x80\x81\x01\x82R`\x03T`\x01`\x01`\x80\x1B\x03\x81\x16\x80\x83R`\x01`\x80\x1B\x82\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16` \x85\x01\x81\x90R`\x01`\xB0\x1B\x84\x04\x90\x91\x16\x94\x84\x01\x85\x90R`\x01`\xE0\x1B\x90\x92\x04a\xFF\xFF\x16``\x84\x01R_\x93\x84\x93\x84\x93\x84\x93\x91\x92a\x11\xE4\x90\x82a#\0V[``\x90\x93\x01Q`\x01`\x01`\x80\x1B\x03\x90\x92\x16\x97\x90\x96P\x91\x94P\x92P\x90PV[a\x12\na\x15\x8CV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xBB\x9F\xE6\xBF`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x12bW__\xFD[PZ\xF1\x15\x80\x15a\x12tW=__>=_\xFD[PPPPV[a\x12\x82a\x15\x8CV[`\x07T`@Qc)C\xE7\t`\xE1\x1B\x81R0`\x04\x82\x01R`\x01`\x01`\xA0\x1B\x03\x91\x82\x16\x91\x82\x91\x7F\xC3\x03\xCA\x80\x83\x82@\x94r\xAC\xBB\xF8\x99\xC3\x16\xCFC\x9F@\x9Fe\x84\xAA\xE2-\xF8m\xFA<\x9E\xD5\x04\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cR\x87\xCE\x12\x90`$\x01`\xA0`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x13\x0FW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x133\x91\x90a$\x11V[`@\x90\x81\x01Q\x90Q`\x01`\x01`p\x1B\x03\x90\x91\x16\x81R` \x01`@Q\x80\x91\x03\x90\xA2`@Qca\x1D.u`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xC2:\\\xEA\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\r\x8EW__\xFD[`@Qcp\xA0\x821`\xE0\x1B\x81R0`\x04\x82\x01R_\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90cp\xA0\x821\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x14\x17W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x14;\x91\x90a\"\xD5V[\x90P\x90V[`@Q4\x81R3\x90\x7F-\xA4f\xA7\xB2C\x04\xF4~\x87\xFA.\x1EZ\x81\xB9\x83\x1C\xE5O\xEC\x19\x05\\\xE2w\xCA/9\xBAB\xC4\x90` \x01`@Q\x80\x91\x03\x90\xA2`@Qc\xB7`\xFA\xF9`\xE0\x1B\x81R0`\x04\x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90c\xB7`\xFA\xF9\x904\x90`$\x01a\rwV[a\x14\xCBa\x15\x8CV[a\r\xC9\x81a\x19\x86V[a\x14\xDCa\x15\x8CV[a\r\xC9a\x14\xEE6\x83\x90\x03\x83\x01\x83a$\xA5V[a\x1A.V[a\x14\xFBa\x15\x8CV[a\r\xC9\x81a\x1B-V[a\x15\x0Ca\x15\x8CV[a\x15\x17\x83\x83\x83a\x1B\xB8V[PPPV[a\x15$a\x15\x8CV[`\x01\x80T`\x01`\x01`\xA0\x1B\x03\x83\x16`\x01`\x01`\xA0\x1B\x03\x19\x90\x91\x16\x81\x17\x90\x91Ua\x15T_T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x7F8\xD1k\x8C\xAC\"\xD9\x9F\xC7\xC1$\xB9\xCD\r\xE2\xD3\xFA\x1F\xAE\xF4 \xBF\xE7\x91\xD8\xC3b\xD7e\xE2'\0`@Q`@Q\x80\x91\x03\x90\xA3PV[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x08\xFCW`@Qc\x11\x8C\xDA\xA7`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\tHV[a\x15\xC5\x83\x83\x83`\x01a\x1DcV[a\x15\x17W`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\tHV[a\x15\xF5a\x1D\xC5V[`\x01\x80T`\xFF`\xA0\x1B\x19\x16\x90U\x7F]\xB9\xEE\nI[\xF2\xE6\xFF\x9C\x91\xA7\x83L\x1B\xA4\xFD\xD2D\xA5\xE8\xAANS{\xD3\x8A\xEA\xE4\xB0s\xAA3[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01`@Q\x80\x91\x03\x90\xA1V[`\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16\x15a\x08\xFCW`@Qc\xD9<\x06e`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x16\x9D`@Q\x80`\x80\x01`@R\x80_`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81RP\x90V[6_a\x16\xAC`\xE0\x87\x01\x87a%\x0CV[\x90\x92P\x90P`4\x81\x10\x15a\x16\xD6W`@Qc\xCF\x9D\xB4\x89`\xE0\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\tHV[_a\x16\xE5`4`$\x84\x86a%VV[a\x16\xEE\x91a%}V[`\x80\x1C\x90Pa\xAF\xC8\x81\x10\x15a\x17!W`@Qc_\xF4\xAF\xC1`\xE0\x1B\x81R`\x04\x81\x01\x82\x90Ra\xAF\xC8`$\x82\x01R`D\x01a\tHV[a\x178`\x01`\x01`\x80\x1B\x03`\x80\x89\x015\x16\x82a\x1D\xEFV[``\x85\x01\x81\x90R\x85Q`\x01`\x01`\x80\x1B\x03\x90\x81\x16`@\x87\x01Ra\x17u\x91a\x17e\x91`\xC0\x8B\x015\x16\x90a#\xC9V[a\x17o\x90\x88a#\xE0V[\x86a\x18\x99V[` \x85\x01Ra\x17\x86`4`\x10a#\xE0V[\x82\x10a\x17\xF7W_\x83`4\x84a\x17\x9C\x82`\x10a#\xE0V[\x92a\x17\xA9\x93\x92\x91\x90a%VV[a\x17\xB2\x91a%}V[`\x80\x1C`\x01`\x01`\x80\x1B\x03\x16\x90P\x80\x85` \x01Q\x11\x15a\x17\xF5W` \x85\x01Q`@Qc?\x87{+`\xE2\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x82\x90R`D\x01a\tHV[P[PPP\x93\x92PPPV[a\x18\x0F\x84\x84\x84\x84`\x01a\x1E\x9AV[a\x12tW`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\tHV[`\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16\x90Ua\r\xC9\x81a\x1F\x07V[`\x06\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F\xDC=\xBA\x1Dd\xDDg\xC0\xDC\x8B\x12b\x1E\xDD\x0Cl\xA40:\x90s\xC3\xA8\xFC\xAC8\x11^s\xD6{k\x90_\x90\xA2PV[_a\x18\xE4\x83\x83``\x01Qa\xFF\xFF\x16a'\x10a\x18\xB4\x91\x90a#\xE0V[\x84Qa\x18\xC9\x91\x90`\x01`\x01`\x80\x1B\x03\x16a#\xC9V[a\x18\xDDa'\x10g\r\xE0\xB6\xB3\xA7d\0\0a#\xC9V[`\x01a\x1FVV[\x93\x92PPPV[_\x82\x82\x18\x82\x84\x10\x02\x82\x18a\x18\xE4V[a\x19\x02a\x16BV[`\x01\x80T`\xFF`\xA0\x1B\x19\x16`\x01`\xA0\x1B\x17\x90U\x7Fb\xE7\x8C\xEA\x01\xBE\xE3 \xCDNB\x02p\xB5\xEAt\0\r\x11\xB0\xC9\xF7GT\xEB\xDB\xFCTK\x05\xA2Xa\x16%3\x90V[`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F\xE6\xC0\x9F\xFEEr\xDC\x9C\xEA\xA5\xDD\xDEJ\xE4\x1B\xEF\xA6U\xD6\xFD\xFE\x80R\x07z\xF0\x97\x0Fp\x0E\x94.\x90_\x90\xA2PV[\x80c\xFF\xFF\xFF\xFF\x16_\x03a\x19\xD3W`@\x80Qc'cSW`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`\x0C`D\x82\x01RkunstakeDelay`\xA0\x1B`d\x82\x01R_`$\x82\x01R`\x84\x01a\tHV[`\x07\x80Tc\xFF\xFF\xFF\xFF`\xA0\x1B\x19\x16`\x01`\xA0\x1Bc\xFF\xFF\xFF\xFF\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81R\x7F\xD8\xE5\x1AY\xB8\xA6\x8E\xF0\xD6S\x88'\xBE~\xE5\x9A5\x0E\xB5\xBE\xC3H=w\xF0\xC7\x07\x86D\x02Q\xA2\x90` \x01[`@Q\x80\x91\x03\x90\xA1PV[\x80Q`\x01`\x01`\x80\x1B\x03\x16_\x03a\x1A\x7FW`@\x80Qc'cSW`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`\x0C`D\x82\x01RkmaxFeePerGas`\xA0\x1B`d\x82\x01R_`$\x82\x01R`\x84\x01a\tHV[\x80` \x01Q`\x01`\x01`\x80\x1B\x03\x16_\x03a\x1A\xD3W`@\x80Qc'cSW`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`\x0C`D\x82\x01Rk\x06\xD6\x17\x846\xF77E\x06W$\xF7`\xA4\x1B`d\x82\x01R_`$\x82\x01R`\x84\x01a\tHV[\x80Q` \x80\x83\x01Q`\x01`\x01`\x80\x1B\x03\x92\x83\x16`\x01`\x80\x1B\x93\x90\x91\x16\x92\x83\x02\x81\x17`\x04U`@\x80Q\x91\x82R\x91\x81\x01\x92\x90\x92R\x7F\x88\xC8\xF9E\x0F\xD2\xA4\x16X-.ht\xB2\x12\x19\xD6\x01\"\xA3\xA5\xC4\xDF\xE1C:\xBB\x8798`\xAC\x91\x01a\x1A#V[`\x01`\x01`\xA0\x1B\x03\x81\x16a\x1BoW`@Qc\xEA\xC0\xD3\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x08`$\x82\x01Rgtreasury`\xC0\x1B`D\x82\x01R`d\x01a\tHV[`\x07\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F<\x86EA\xEFq7\x8Cb)Q\x0E\xD9\x0F7ee\xEEB\xD9\xC5\xE0\x90J\x98J\x9E\x86>m\xB4O\x90_\x90\xA2PV[a\x13\x88a\xFF\xFF\x84\x16\x11\x15a\x1C\x07W`@\x80Qc'cSW`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`\t`D\x82\x01RhmarkupBps`\xB8\x1B`d\x82\x01Ra\xFF\xFF\x84\x16`$\x82\x01R`\x84\x01a\tHV[e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x15\x80a\x1C&WPb\t:\x80e\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x11[\x15a\x1CrW`@\x80Qc'cSW`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`\x0B`D\x82\x01RjmaxPriceAge`\xA8\x1B`d\x82\x01Re\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`$\x82\x01R`\x84\x01a\tHV[\x80\x15\x80a\x1C\x85WP`\x01`\x01`\x80\x1B\x03\x81\x11[\x15a\x1C\xD0W`@\x80Qc'cSW`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`\x11`D\x82\x01RpminTokenPerNative`x\x1B`d\x82\x01R`$\x81\x01\x82\x90R`\x84\x01a\tHV[`\x03\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xE0\x1Ba\xFF\xFF\x86\x16\x90\x81\x02e\xFF\xFF\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16\x91\x90\x91\x17`\x01`\xB0\x1Be\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16\x90\x81\x02\x91\x90\x91\x17\x90\x92U`\x05\x83\x90U`@\x80Q\x91\x82R` \x82\x01\x92\x90\x92R\x90\x81\x01\x82\x90R\x7F\x85\xEC\r\xCD\x9F\x06\xA0\x0B7\x1E\x18-f9\x0E&\x8E\xBE\xC9\x92\xCBe\xCB\x10J\xB7\xFB$0\xD1\xF4\xCC\x90``\x01`@Q\x80\x91\x03\x90\xA1PPPV[`@Qc\xA9\x05\x9C\xBB`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a\x1D\xB9W\x83\x83\x15\x16\x15a\x1D\xADW=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[`\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16a\x08\xFCW`@Qc\x8D\xFC +`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80a\x1D\xFDa\xAF\xC8\x84a#\xF3V[\x90P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16`\x07\x03a\x1E`W`d`\na\x1E8\x83\x87a#\xE0V[a\x1EB\x91\x90a#\xC9V[a\x1EL\x91\x90a%\xD8V[a\x1EX\x90a\xAF\xC8a#\xE0V[\x91PPa\x11wV[a\x9C@\x81\x11a\x1EoW_a\x1E\x86V[`da\x1E|`\n\x83a#\xC9V[a\x1E\x86\x91\x90a%\xD8V[a\x1E\x92\x90a\xAF\xC8a#\xE0V[\x94\x93PPPPV[`@Qc#\xB8r\xDD`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04R\x86\x16`$R`D\x85\x90R\x91` \x83`d\x81\x80\x8CZ\xF1\x92P`\x01_Q\x14\x83\x16a\x1E\xF6W\x83\x83\x15\x16\x15a\x1E\xEAW=_\x82>=\x81\xFD[_\x88;\x11=\x15\x16\x83\x16\x92P[`@RP_``R\x95\x94PPPPPV[_\x80T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x01`\x01`\xA0\x1B\x03\x19\x83\x16\x81\x17\x84U`@Q\x91\x90\x92\x16\x92\x83\x91\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x91\x90\xA3PPV[_a\x1F\x83a\x1Fc\x83a\x1F\xA1V[\x80\x15a\x1F~WP_\x84\x80a\x1FyWa\x1Fya%\xC4V[\x86\x88\t\x11[\x15\x15\x90V[a\x1F\x8E\x86\x86\x86a\x1F\xCDV[a\x1F\x98\x91\x90a#\xE0V[\x95\x94PPPPPV[_`\x02\x82`\x03\x81\x11\x15a\x1F\xB6Wa\x1F\xB6a%\xEBV[a\x1F\xC0\x91\x90a%\xFFV[`\xFF\x16`\x01\x14\x90P\x91\x90PV[___a\x1F\xDA\x86\x86a }V[\x91P\x91P\x81_\x03a\x1F\xFEW\x83\x81\x81a\x1F\xF4Wa\x1F\xF4a%\xC4V[\x04\x92PPPa\x18\xE4V[\x81\x84\x11a \x15Wa \x15`\x03\x85\x15\x02`\x11\x18a \x99V[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[_` \x82\x84\x03\x12\x15a \xBAW__\xFD[P5\x91\x90PV[___``\x84\x86\x03\x12\x15a \xD3W__\xFD[\x835g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a \xE9W__\xFD[\x84\x01a\x01 \x81\x87\x03\x12\x15a \xFBW__\xFD[\x95` \x85\x015\x95P`@\x90\x94\x015\x93\x92PPPV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[`@\x81R_a!P`@\x83\x01\x85a!\x10V[\x90P\x82` \x83\x01R\x93\x92PPPV[` \x81R_a\x18\xE4` \x83\x01\x84a!\x10V[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a!\x87W__\xFD[\x91\x90PV[_` \x82\x84\x03\x12\x15a!\x9CW__\xFD[a\x18\xE4\x82a!qV[_____`\x80\x86\x88\x03\x12\x15a!\xB9W__\xFD[\x855`\x03\x81\x10a!\xC7W__\xFD[\x94P` \x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a!\xE2W__\xFD[\x86\x01`\x1F\x81\x01\x88\x13a!\xF2W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\"\x08W__\xFD[\x88` \x82\x84\x01\x01\x11\x15a\"\x19W__\xFD[\x95\x98` \x91\x90\x91\x01\x97P\x94\x95`@\x81\x015\x95``\x90\x91\x015\x94P\x92PPPV[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\r\xC9W__\xFD[_` \x82\x84\x03\x12\x15a\"ZW__\xFD[\x815a\x18\xE4\x81a\"9V[_`@\x82\x84\x03\x12\x80\x15a\"vW__\xFD[P\x90\x92\x91PPV[e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\r\xC9W__\xFD[___``\x84\x86\x03\x12\x15a\"\xA3W__\xFD[\x835a\xFF\xFF\x81\x16\x81\x14a\"\xB4W__\xFD[\x92P` \x84\x015a\"\xC4\x81a\"~V[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[_` \x82\x84\x03\x12\x15a\"\xE5W__\xFD[PQ\x91\x90PV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x11wWa\x11wa\"\xECV[`@Q`\xA0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a#MWcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90V[_`\x80\x82\x84\x03\x12\x80\x15a#dW__\xFD[P`@Q`\x80\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a#\x94WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Ra#\xA0\x83a!qV[\x81R` \x83\x81\x015\x90\x82\x01R`@\x80\x84\x015\x90\x82\x01R``\x92\x83\x015\x92\x81\x01\x92\x90\x92RP\x91\x90PV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x11wWa\x11wa\"\xECV[\x80\x82\x01\x80\x82\x11\x15a\x11wWa\x11wa\"\xECV[\x81\x81\x03\x81\x81\x11\x15a\x11wWa\x11wa\"\xECV[\x80Qa!\x87\x81a\"~V[_`\xA0\x82\x84\x03\x12\x80\x15a$\"W__\xFD[Pa$+a#\x1EV[\x82Q\x81R` \x83\x01Q\x80\x15\x15\x81\x14a$AW__\xFD[` \x82\x01R`@\x83\x01Q`\x01`\x01`p\x1B\x03\x81\x16\x81\x14a$_W__\xFD[`@\x82\x01R``\x83\x01Qa$r\x81a\"9V[``\x82\x01Ra$\x83`\x80\x84\x01a$\x06V[`\x80\x82\x01R\x93\x92PPPV[\x805`\x01`\x01`\x80\x1B\x03\x81\x16\x81\x14a!\x87W__\xFD[_`@\x82\x84\x03\x12\x80\x15a$\xB6W__\xFD[P`@\x80Q\x90\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a$\xE6WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Ra$\xF2\x83a$\x8FV[\x81Ra%\0` \x84\x01a$\x8FV[` \x82\x01R\x93\x92PPPV[__\x835`\x1E\x19\x846\x03\x01\x81\x12a%!W__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a%;W__\xFD[` \x01\x91P6\x81\x90\x03\x82\x13\x15a%OW__\xFD[\x92P\x92\x90PV[__\x85\x85\x11\x15a%dW__\xFD[\x83\x86\x11\x15a%pW__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x81\x16\x90`\x10\x84\x10\x15a%\xBDW`\x01`\x01`\x80\x1B\x03\x19`\x01`\x01`\x80\x1B\x03\x19\x85`\x10\x03`\x03\x1B\x1B\x82\x16\x16\x91P[P\x92\x91PPV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[_\x82a%\xE6Wa%\xE6a%\xC4V[P\x04\x90V[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[_`\xFF\x83\x16\x80a&\x11Wa&\x11a%\xC4V[\x80`\xFF\x84\x16\x06\x91PP\x92\x91PPV",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct PackedUserOperation { address sender; uint256 nonce; bytes initCode; bytes callData; bytes32 accountGasLimits; uint256 preVerificationGas; bytes32 gasFees; bytes paymasterAndData; bytes signature; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PackedUserOperation {
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub nonce: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub initCode: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub callData: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub accountGasLimits: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub preVerificationGas: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub gasFees: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub paymasterAndData: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
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
            alloy::sol_types::sol_data::Bytes,
            alloy::sol_types::sol_data::Bytes,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Bytes,
            alloy::sol_types::sol_data::Bytes,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::Bytes,
            alloy::sol_types::private::Bytes,
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<PackedUserOperation> for UnderlyingRustTuple<'_> {
            fn from(value: PackedUserOperation) -> Self {
                (
                    value.sender,
                    value.nonce,
                    value.initCode,
                    value.callData,
                    value.accountGasLimits,
                    value.preVerificationGas,
                    value.gasFees,
                    value.paymasterAndData,
                    value.signature,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PackedUserOperation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    sender: tuple.0,
                    nonce: tuple.1,
                    initCode: tuple.2,
                    callData: tuple.3,
                    accountGasLimits: tuple.4,
                    preVerificationGas: tuple.5,
                    gasFees: tuple.6,
                    paymasterAndData: tuple.7,
                    signature: tuple.8,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for PackedUserOperation {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for PackedUserOperation {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.sender,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.nonce),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.initCode,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.callData,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.accountGasLimits),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.preVerificationGas),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.gasFees),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.paymasterAndData,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signature,
                    ),
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
        impl alloy_sol_types::SolType for PackedUserOperation {
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
        impl alloy_sol_types::SolStruct for PackedUserOperation {
            const NAME: &'static str = "PackedUserOperation";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "PackedUserOperation(address sender,uint256 nonce,bytes initCode,bytes callData,bytes32 accountGasLimits,uint256 preVerificationGas,bytes32 gasFees,bytes paymasterAndData,bytes signature)",
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.sender,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.nonce)
                        .0,
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::eip712_data_word(
                            &self.initCode,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::eip712_data_word(
                            &self.callData,
                        )
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.accountGasLimits,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.preVerificationGas,
                        )
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.gasFees)
                        .0,
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::eip712_data_word(
                            &self.paymasterAndData,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::eip712_data_word(
                            &self.signature,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for PackedUserOperation {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.sender,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.nonce)
                    + <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.initCode,
                    )
                    + <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.callData,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.accountGasLimits,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.preVerificationGas,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.gasFees,
                    )
                    + <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.paymasterAndData,
                    )
                    + <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.signature,
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
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.sender,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.nonce,
                    out,
                );
                <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.initCode,
                    out,
                );
                <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.callData,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.accountGasLimits,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.preVerificationGas,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.gasFees,
                    out,
                );
                <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.paymasterAndData,
                    out,
                );
                <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.signature,
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
    /**Custom error with signature `ChargeAboveLimit(uint256,uint256)` and selector `0xfe1decac`.
```solidity
error ChargeAboveLimit(uint256 charge, uint256 limit);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ChargeAboveLimit {
        #[allow(missing_docs)]
        pub charge: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub limit: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<ChargeAboveLimit> for UnderlyingRustTuple<'_> {
            fn from(value: ChargeAboveLimit) -> Self {
                (value.charge, value.limit)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ChargeAboveLimit {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    charge: tuple.0,
                    limit: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ChargeAboveLimit {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ChargeAboveLimit(uint256,uint256)";
            const SELECTOR: [u8; 4] = [254u8, 29u8, 236u8, 172u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.charge),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.limit),
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
    /**Custom error with signature `CostAboveCap(uint256,uint256)` and selector `0x3a0bdd9c`.
```solidity
error CostAboveCap(uint256 maxCost, uint256 cap);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CostAboveCap {
        #[allow(missing_docs)]
        pub maxCost: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub cap: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<CostAboveCap> for UnderlyingRustTuple<'_> {
            fn from(value: CostAboveCap) -> Self {
                (value.maxCost, value.cap)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for CostAboveCap {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    maxCost: tuple.0,
                    cap: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for CostAboveCap {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "CostAboveCap(uint256,uint256)";
            const SELECTOR: [u8; 4] = [58u8, 11u8, 221u8, 156u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.maxCost),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.cap),
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
    /**Custom error with signature `EnforcedPause()` and selector `0xd93c0665`.
```solidity
error EnforcedPause();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EnforcedPause;
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
        impl ::core::convert::From<EnforcedPause> for UnderlyingRustTuple<'_> {
            fn from(value: EnforcedPause) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EnforcedPause {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EnforcedPause {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EnforcedPause()";
            const SELECTOR: [u8; 4] = [217u8, 60u8, 6u8, 101u8];
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
    /**Custom error with signature `ExpectedPause()` and selector `0x8dfc202b`.
```solidity
error ExpectedPause();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ExpectedPause;
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
        impl ::core::convert::From<ExpectedPause> for UnderlyingRustTuple<'_> {
            fn from(value: ExpectedPause) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ExpectedPause {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ExpectedPause {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ExpectedPause()";
            const SELECTOR: [u8; 4] = [141u8, 252u8, 32u8, 43u8];
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
    /**Custom error with signature `FeeAboveCap(uint256,uint256)` and selector `0x7159abd8`.
```solidity
error FeeAboveCap(uint256 maxFeePerGas, uint256 cap);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FeeAboveCap {
        #[allow(missing_docs)]
        pub maxFeePerGas: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub cap: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<FeeAboveCap> for UnderlyingRustTuple<'_> {
            fn from(value: FeeAboveCap) -> Self {
                (value.maxFeePerGas, value.cap)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for FeeAboveCap {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    maxFeePerGas: tuple.0,
                    cap: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for FeeAboveCap {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "FeeAboveCap(uint256,uint256)";
            const SELECTOR: [u8; 4] = [113u8, 89u8, 171u8, 216u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.maxFeePerGas),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.cap),
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
    /**Custom error with signature `InsufficientAllowance(uint256,uint256)` and selector `0x2a1b2dd8`.
```solidity
error InsufficientAllowance(uint256 allowance, uint256 required);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InsufficientAllowance {
        #[allow(missing_docs)]
        pub allowance: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub required: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<InsufficientAllowance> for UnderlyingRustTuple<'_> {
            fn from(value: InsufficientAllowance) -> Self {
                (value.allowance, value.required)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InsufficientAllowance {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    allowance: tuple.0,
                    required: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InsufficientAllowance {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InsufficientAllowance(uint256,uint256)";
            const SELECTOR: [u8; 4] = [42u8, 27u8, 45u8, 216u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.allowance),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.required),
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
    /**Custom error with signature `InsufficientBalance(uint256,uint256)` and selector `0xcf479181`.
```solidity
error InsufficientBalance(uint256 balance, uint256 required);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InsufficientBalance {
        #[allow(missing_docs)]
        pub balance: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub required: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<InsufficientBalance> for UnderlyingRustTuple<'_> {
            fn from(value: InsufficientBalance) -> Self {
                (value.balance, value.required)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InsufficientBalance {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    balance: tuple.0,
                    required: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InsufficientBalance {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InsufficientBalance(uint256,uint256)";
            const SELECTOR: [u8; 4] = [207u8, 71u8, 145u8, 129u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.balance),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.required),
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
    /**Custom error with signature `InvalidParameter(string,uint256)` and selector `0x27635357`.
```solidity
error InvalidParameter(string name, uint256 value);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidParameter {
        #[allow(missing_docs)]
        pub name: alloy::sol_types::private::String,
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
            alloy::sol_types::sol_data::String,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::String,
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
        impl ::core::convert::From<InvalidParameter> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidParameter) -> Self {
                (value.name, value.value)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidParameter {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    name: tuple.0,
                    value: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidParameter {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidParameter(string,uint256)";
            const SELECTOR: [u8; 4] = [39u8, 99u8, 83u8, 87u8];
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
                        &self.name,
                    ),
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
    /**Custom error with signature `MalformedPaymasterData(uint256)` and selector `0xcf9db489`.
```solidity
error MalformedPaymasterData(uint256 length);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MalformedPaymasterData {
        #[allow(missing_docs)]
        pub length: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<MalformedPaymasterData> for UnderlyingRustTuple<'_> {
            fn from(value: MalformedPaymasterData) -> Self {
                (value.length,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for MalformedPaymasterData {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { length: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for MalformedPaymasterData {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MalformedPaymasterData(uint256)";
            const SELECTOR: [u8; 4] = [207u8, 157u8, 180u8, 137u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.length),
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
    /**Custom error with signature `NotEntryPoint(address)` and selector `0x7a81a53a`.
```solidity
error NotEntryPoint(address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotEntryPoint {
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
        impl ::core::convert::From<NotEntryPoint> for UnderlyingRustTuple<'_> {
            fn from(value: NotEntryPoint) -> Self {
                (value.caller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotEntryPoint {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { caller: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotEntryPoint {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotEntryPoint(address)";
            const SELECTOR: [u8; 4] = [122u8, 129u8, 165u8, 58u8];
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
    /**Custom error with signature `NotOwnerOrGuardian(address)` and selector `0x6b1883f3`.
```solidity
error NotOwnerOrGuardian(address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotOwnerOrGuardian {
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
        impl ::core::convert::From<NotOwnerOrGuardian> for UnderlyingRustTuple<'_> {
            fn from(value: NotOwnerOrGuardian) -> Self {
                (value.caller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotOwnerOrGuardian {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { caller: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotOwnerOrGuardian {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotOwnerOrGuardian(address)";
            const SELECTOR: [u8; 4] = [107u8, 24u8, 131u8, 243u8];
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
    /**Custom error with signature `NotOwnerOrKeeper(address)` and selector `0x3f8a4459`.
```solidity
error NotOwnerOrKeeper(address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotOwnerOrKeeper {
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
        impl ::core::convert::From<NotOwnerOrKeeper> for UnderlyingRustTuple<'_> {
            fn from(value: NotOwnerOrKeeper) -> Self {
                (value.caller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotOwnerOrKeeper {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { caller: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotOwnerOrKeeper {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotOwnerOrKeeper(address)";
            const SELECTOR: [u8; 4] = [63u8, 138u8, 68u8, 89u8];
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
    /**Custom error with signature `OwnableInvalidOwner(address)` and selector `0x1e4fbdf7`.
```solidity
error OwnableInvalidOwner(address owner);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OwnableInvalidOwner {
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
        impl ::core::convert::From<OwnableInvalidOwner> for UnderlyingRustTuple<'_> {
            fn from(value: OwnableInvalidOwner) -> Self {
                (value.owner,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OwnableInvalidOwner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { owner: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OwnableInvalidOwner {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OwnableInvalidOwner(address)";
            const SELECTOR: [u8; 4] = [30u8, 79u8, 189u8, 247u8];
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
    /**Custom error with signature `OwnableUnauthorizedAccount(address)` and selector `0x118cdaa7`.
```solidity
error OwnableUnauthorizedAccount(address account);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OwnableUnauthorizedAccount {
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
        impl ::core::convert::From<OwnableUnauthorizedAccount>
        for UnderlyingRustTuple<'_> {
            fn from(value: OwnableUnauthorizedAccount) -> Self {
                (value.account,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for OwnableUnauthorizedAccount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { account: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OwnableUnauthorizedAccount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OwnableUnauthorizedAccount(address)";
            const SELECTOR: [u8; 4] = [17u8, 140u8, 218u8, 167u8];
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
    /**Custom error with signature `PostOpGasLimitTooLow(uint256,uint256)` and selector `0x5ff4afc1`.
```solidity
error PostOpGasLimitTooLow(uint256 limit, uint256 required);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PostOpGasLimitTooLow {
        #[allow(missing_docs)]
        pub limit: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub required: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<PostOpGasLimitTooLow> for UnderlyingRustTuple<'_> {
            fn from(value: PostOpGasLimitTooLow) -> Self {
                (value.limit, value.required)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PostOpGasLimitTooLow {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    limit: tuple.0,
                    required: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for PostOpGasLimitTooLow {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "PostOpGasLimitTooLow(uint256,uint256)";
            const SELECTOR: [u8; 4] = [95u8, 244u8, 175u8, 193u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.limit),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.required),
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
    /**Custom error with signature `PriceNotSet()` and selector `0x27515afa`.
```solidity
error PriceNotSet();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PriceNotSet;
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
        impl ::core::convert::From<PriceNotSet> for UnderlyingRustTuple<'_> {
            fn from(value: PriceNotSet) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PriceNotSet {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for PriceNotSet {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "PriceNotSet()";
            const SELECTOR: [u8; 4] = [39u8, 81u8, 90u8, 250u8];
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
    /**Custom error with signature `UnsupportedEntryPointVersion(uint8)` and selector `0xceff78cb`.
```solidity
error UnsupportedEntryPointVersion(uint8 version);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnsupportedEntryPointVersion {
        #[allow(missing_docs)]
        pub version: u8,
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
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u8,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnsupportedEntryPointVersion>
        for UnderlyingRustTuple<'_> {
            fn from(value: UnsupportedEntryPointVersion) -> Self {
                (value.version,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for UnsupportedEntryPointVersion {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { version: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnsupportedEntryPointVersion {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnsupportedEntryPointVersion(uint8)";
            const SELECTOR: [u8; 4] = [206u8, 255u8, 120u8, 203u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
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
    /**Custom error with signature `ZeroAddress(string)` and selector `0xeac0d389`.
```solidity
error ZeroAddress(string name);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ZeroAddress {
        #[allow(missing_docs)]
        pub name: alloy::sol_types::private::String,
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
        impl ::core::convert::From<ZeroAddress> for UnderlyingRustTuple<'_> {
            fn from(value: ZeroAddress) -> Self {
                (value.name,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ZeroAddress {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { name: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ZeroAddress {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ZeroAddress(string)";
            const SELECTOR: [u8; 4] = [234u8, 192u8, 211u8, 137u8];
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
                        &self.name,
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
    /**Event with signature `Deposited(address,uint256)` and selector `0x2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c4`.
```solidity
event Deposited(address indexed from, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Deposited {
        #[allow(missing_docs)]
        pub from: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for Deposited {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Deposited(address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                45u8, 164u8, 102u8, 167u8, 178u8, 67u8, 4u8, 244u8, 126u8, 135u8, 250u8,
                46u8, 30u8, 90u8, 129u8, 185u8, 131u8, 28u8, 229u8, 79u8, 236u8, 25u8,
                5u8, 92u8, 226u8, 119u8, 202u8, 47u8, 57u8, 186u8, 66u8, 196u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    from: topics.1,
                    amount: data.0,
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
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.from.clone())
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
                    &self.from,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Deposited {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Deposited> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Deposited) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `GuardianSet(address)` and selector `0xe6c09ffe4572dc9ceaa5ddde4ae41befa655d6fdfe8052077af0970f700e942e`.
```solidity
event GuardianSet(address indexed guardian);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct GuardianSet {
        #[allow(missing_docs)]
        pub guardian: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for GuardianSet {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "GuardianSet(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                230u8, 192u8, 159u8, 254u8, 69u8, 114u8, 220u8, 156u8, 234u8, 165u8,
                221u8, 222u8, 74u8, 228u8, 27u8, 239u8, 166u8, 85u8, 214u8, 253u8, 254u8,
                128u8, 82u8, 7u8, 122u8, 240u8, 151u8, 15u8, 112u8, 14u8, 148u8, 46u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { guardian: topics.1 }
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
                (Self::SIGNATURE_HASH.into(), self.guardian.clone())
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
                    &self.guardian,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for GuardianSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&GuardianSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &GuardianSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `KeeperSet(address)` and selector `0xdc3dba1d64dd67c0dc8b12621edd0c6ca4303a9073c3a8fcac38115e73d67b6b`.
```solidity
event KeeperSet(address indexed keeper);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct KeeperSet {
        #[allow(missing_docs)]
        pub keeper: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for KeeperSet {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "KeeperSet(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                220u8, 61u8, 186u8, 29u8, 100u8, 221u8, 103u8, 192u8, 220u8, 139u8, 18u8,
                98u8, 30u8, 221u8, 12u8, 108u8, 164u8, 48u8, 58u8, 144u8, 115u8, 195u8,
                168u8, 252u8, 172u8, 56u8, 17u8, 94u8, 115u8, 214u8, 123u8, 107u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { keeper: topics.1 }
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
                (Self::SIGNATURE_HASH.into(), self.keeper.clone())
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
                    &self.keeper,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for KeeperSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&KeeperSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &KeeperSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `LimitsSet(uint128,uint128)` and selector `0x88c8f9450fd2a416582d2e6874b21219d60122a3a5c4dfe1433abb87393860ac`.
```solidity
event LimitsSet(uint128 maxFeePerGas, uint128 maxCostPerOp);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct LimitsSet {
        #[allow(missing_docs)]
        pub maxFeePerGas: u128,
        #[allow(missing_docs)]
        pub maxCostPerOp: u128,
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
        impl alloy_sol_types::SolEvent for LimitsSet {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<128>,
                alloy::sol_types::sol_data::Uint<128>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "LimitsSet(uint128,uint128)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                136u8, 200u8, 249u8, 69u8, 15u8, 210u8, 164u8, 22u8, 88u8, 45u8, 46u8,
                104u8, 116u8, 178u8, 18u8, 25u8, 214u8, 1u8, 34u8, 163u8, 165u8, 196u8,
                223u8, 225u8, 67u8, 58u8, 187u8, 135u8, 57u8, 56u8, 96u8, 172u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    maxFeePerGas: data.0,
                    maxCostPerOp: data.1,
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
                        128,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxFeePerGas),
                    <alloy::sol_types::sol_data::Uint<
                        128,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxCostPerOp),
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
        impl alloy_sol_types::private::IntoLogData for LimitsSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&LimitsSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &LimitsSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `NativeWithdrawn(address,uint256)` and selector `0xc303ca808382409472acbbf899c316cf439f409f6584aae22df86dfa3c9ed504`.
```solidity
event NativeWithdrawn(address indexed to, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct NativeWithdrawn {
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for NativeWithdrawn {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "NativeWithdrawn(address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                195u8, 3u8, 202u8, 128u8, 131u8, 130u8, 64u8, 148u8, 114u8, 172u8, 187u8,
                248u8, 153u8, 195u8, 22u8, 207u8, 67u8, 159u8, 64u8, 159u8, 101u8, 132u8,
                170u8, 226u8, 45u8, 248u8, 109u8, 250u8, 60u8, 158u8, 213u8, 4u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    to: topics.1,
                    amount: data.0,
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
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.to.clone())
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
                    &self.to,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for NativeWithdrawn {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&NativeWithdrawn> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &NativeWithdrawn) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `OwnershipTransferStarted(address,address)` and selector `0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700`.
```solidity
event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct OwnershipTransferStarted {
        #[allow(missing_docs)]
        pub previousOwner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub newOwner: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for OwnershipTransferStarted {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "OwnershipTransferStarted(address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                56u8, 209u8, 107u8, 140u8, 172u8, 34u8, 217u8, 159u8, 199u8, 193u8, 36u8,
                185u8, 205u8, 13u8, 226u8, 211u8, 250u8, 31u8, 174u8, 244u8, 32u8, 191u8,
                231u8, 145u8, 216u8, 195u8, 98u8, 215u8, 101u8, 226u8, 39u8, 0u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    previousOwner: topics.1,
                    newOwner: topics.2,
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
                (
                    Self::SIGNATURE_HASH.into(),
                    self.previousOwner.clone(),
                    self.newOwner.clone(),
                )
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
                    &self.previousOwner,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.newOwner,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for OwnershipTransferStarted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&OwnershipTransferStarted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(
                this: &OwnershipTransferStarted,
            ) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `OwnershipTransferred(address,address)` and selector `0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0`.
```solidity
event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct OwnershipTransferred {
        #[allow(missing_docs)]
        pub previousOwner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub newOwner: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for OwnershipTransferred {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "OwnershipTransferred(address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                139u8, 224u8, 7u8, 156u8, 83u8, 22u8, 89u8, 20u8, 19u8, 68u8, 205u8,
                31u8, 208u8, 164u8, 242u8, 132u8, 25u8, 73u8, 127u8, 151u8, 34u8, 163u8,
                218u8, 175u8, 227u8, 180u8, 24u8, 111u8, 107u8, 100u8, 87u8, 224u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    previousOwner: topics.1,
                    newOwner: topics.2,
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
                (
                    Self::SIGNATURE_HASH.into(),
                    self.previousOwner.clone(),
                    self.newOwner.clone(),
                )
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
                    &self.previousOwner,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.newOwner,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for OwnershipTransferred {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&OwnershipTransferred> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &OwnershipTransferred) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Paused(address)` and selector `0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258`.
```solidity
event Paused(address account);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Paused {
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
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Paused {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "Paused(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                98u8, 231u8, 140u8, 234u8, 1u8, 190u8, 227u8, 32u8, 205u8, 78u8, 66u8,
                2u8, 112u8, 181u8, 234u8, 116u8, 0u8, 13u8, 17u8, 176u8, 201u8, 247u8,
                71u8, 84u8, 235u8, 219u8, 252u8, 84u8, 75u8, 5u8, 162u8, 88u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { account: data.0 }
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
                        &self.account,
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
        impl alloy_sol_types::private::IntoLogData for Paused {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Paused> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Paused) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `PriceUpdated(uint256,uint48,address)` and selector `0x6064a18dd8bed7bac2da19eb7aef6a7604b33878436622f3090e20207dd945d8`.
```solidity
event PriceUpdated(uint256 tokenPerNative, uint48 updatedAt, address indexed by);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct PriceUpdated {
        #[allow(missing_docs)]
        pub tokenPerNative: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub updatedAt: alloy::sol_types::private::primitives::aliases::U48,
        #[allow(missing_docs)]
        pub by: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for PriceUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<48>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "PriceUpdated(uint256,uint48,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                96u8, 100u8, 161u8, 141u8, 216u8, 190u8, 215u8, 186u8, 194u8, 218u8,
                25u8, 235u8, 122u8, 239u8, 106u8, 118u8, 4u8, 179u8, 56u8, 120u8, 67u8,
                102u8, 34u8, 243u8, 9u8, 14u8, 32u8, 32u8, 125u8, 217u8, 69u8, 216u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    tokenPerNative: data.0,
                    updatedAt: data.1,
                    by: topics.1,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.tokenPerNative),
                    <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::SolType>::tokenize(&self.updatedAt),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.by.clone())
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
                    &self.by,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for PriceUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&PriceUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &PriceUpdated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `PricingSet(uint16,uint48,uint256)` and selector `0x85ec0dcd9f06a00b371e182d66390e268ebec992cb65cb104ab7fb2430d1f4cc`.
```solidity
event PricingSet(uint16 markupBps, uint48 maxPriceAge, uint256 minTokenPerNative);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct PricingSet {
        #[allow(missing_docs)]
        pub markupBps: u16,
        #[allow(missing_docs)]
        pub maxPriceAge: alloy::sol_types::private::primitives::aliases::U48,
        #[allow(missing_docs)]
        pub minTokenPerNative: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for PricingSet {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<48>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "PricingSet(uint16,uint48,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                133u8, 236u8, 13u8, 205u8, 159u8, 6u8, 160u8, 11u8, 55u8, 30u8, 24u8,
                45u8, 102u8, 57u8, 14u8, 38u8, 142u8, 190u8, 201u8, 146u8, 203u8, 101u8,
                203u8, 16u8, 74u8, 183u8, 251u8, 36u8, 48u8, 209u8, 244u8, 204u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    markupBps: data.0,
                    maxPriceAge: data.1,
                    minTokenPerNative: data.2,
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
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.markupBps),
                    <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxPriceAge),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.minTokenPerNative),
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
        impl alloy_sol_types::private::IntoLogData for PricingSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&PricingSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &PricingSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Staked(address,uint256,uint32)` and selector `0x1186a0fd4b6c8a1f60c379695fa5433d9528920b68d49c541a722a287e5de578`.
```solidity
event Staked(address indexed from, uint256 amount, uint32 unstakeDelay);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Staked {
        #[allow(missing_docs)]
        pub from: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unstakeDelay: u32,
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
        impl alloy_sol_types::SolEvent for Staked {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Staked(address,uint256,uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                17u8, 134u8, 160u8, 253u8, 75u8, 108u8, 138u8, 31u8, 96u8, 195u8, 121u8,
                105u8, 95u8, 165u8, 67u8, 61u8, 149u8, 40u8, 146u8, 11u8, 104u8, 212u8,
                156u8, 84u8, 26u8, 114u8, 42u8, 40u8, 126u8, 93u8, 229u8, 120u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    from: topics.1,
                    amount: data.0,
                    unstakeDelay: data.1,
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
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.unstakeDelay),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.from.clone())
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
                    &self.from,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Staked {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Staked> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Staked) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TokensWithdrawn(address,uint256)` and selector `0x6352c5382c4a4578e712449ca65e83cdb392d045dfcf1cad9615189db2da244b`.
```solidity
event TokensWithdrawn(address indexed treasury, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct TokensWithdrawn {
        #[allow(missing_docs)]
        pub treasury: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for TokensWithdrawn {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "TokensWithdrawn(address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                99u8, 82u8, 197u8, 56u8, 44u8, 74u8, 69u8, 120u8, 231u8, 18u8, 68u8,
                156u8, 166u8, 94u8, 131u8, 205u8, 179u8, 146u8, 208u8, 69u8, 223u8,
                207u8, 28u8, 173u8, 150u8, 21u8, 24u8, 157u8, 178u8, 218u8, 36u8, 75u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    treasury: topics.1,
                    amount: data.0,
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
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.treasury.clone())
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
                    &self.treasury,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for TokensWithdrawn {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TokensWithdrawn> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TokensWithdrawn) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TreasurySet(address)` and selector `0x3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f`.
```solidity
event TreasurySet(address indexed treasury);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct TreasurySet {
        #[allow(missing_docs)]
        pub treasury: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for TreasurySet {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "TreasurySet(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                60u8, 134u8, 69u8, 65u8, 239u8, 113u8, 55u8, 140u8, 98u8, 41u8, 81u8,
                14u8, 217u8, 15u8, 55u8, 101u8, 101u8, 238u8, 66u8, 217u8, 197u8, 224u8,
                144u8, 74u8, 152u8, 74u8, 158u8, 134u8, 62u8, 109u8, 180u8, 79u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { treasury: topics.1 }
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
                (Self::SIGNATURE_HASH.into(), self.treasury.clone())
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
                    &self.treasury,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for TreasurySet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TreasurySet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TreasurySet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Unpaused(address)` and selector `0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa`.
```solidity
event Unpaused(address account);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Unpaused {
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
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Unpaused {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "Unpaused(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                93u8, 185u8, 238u8, 10u8, 73u8, 91u8, 242u8, 230u8, 255u8, 156u8, 145u8,
                167u8, 131u8, 76u8, 27u8, 164u8, 253u8, 210u8, 68u8, 165u8, 232u8, 170u8,
                78u8, 83u8, 123u8, 211u8, 138u8, 234u8, 228u8, 176u8, 115u8, 170u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { account: data.0 }
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
                        &self.account,
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
        impl alloy_sol_types::private::IntoLogData for Unpaused {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Unpaused> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Unpaused) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `UnstakeDelaySet(uint32)` and selector `0xd8e51a59b8a68ef0d6538827be7ee59a350eb5bec3483d77f0c70786440251a2`.
```solidity
event UnstakeDelaySet(uint32 unstakeDelay);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct UnstakeDelaySet {
        #[allow(missing_docs)]
        pub unstakeDelay: u32,
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
        impl alloy_sol_types::SolEvent for UnstakeDelaySet {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "UnstakeDelaySet(uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                216u8, 229u8, 26u8, 89u8, 184u8, 166u8, 142u8, 240u8, 214u8, 83u8, 136u8,
                39u8, 190u8, 126u8, 229u8, 154u8, 53u8, 14u8, 181u8, 190u8, 195u8, 72u8,
                61u8, 119u8, 240u8, 199u8, 7u8, 134u8, 68u8, 2u8, 81u8, 162u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { unstakeDelay: data.0 }
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
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.unstakeDelay),
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
        impl alloy_sol_types::private::IntoLogData for UnstakeDelaySet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&UnstakeDelaySet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &UnstakeDelaySet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `UserOperationCharged(address,uint256,uint256,uint256,uint256)` and selector `0xc858b9cca9c777f0337e571a7cc01092bbc2524505dc275260e3b8a6ab785558`.
```solidity
event UserOperationCharged(address indexed sender, uint256 nativeCost, uint256 charge, uint256 refund, uint256 tokenPerNative);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct UserOperationCharged {
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub nativeCost: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub charge: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub refund: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub tokenPerNative: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for UserOperationCharged {
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
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "UserOperationCharged(address,uint256,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                200u8, 88u8, 185u8, 204u8, 169u8, 199u8, 119u8, 240u8, 51u8, 126u8, 87u8,
                26u8, 124u8, 192u8, 16u8, 146u8, 187u8, 194u8, 82u8, 69u8, 5u8, 220u8,
                39u8, 82u8, 96u8, 227u8, 184u8, 166u8, 171u8, 120u8, 85u8, 88u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    sender: topics.1,
                    nativeCost: data.0,
                    charge: data.1,
                    refund: data.2,
                    tokenPerNative: data.3,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.nativeCost),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.charge),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.refund),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.tokenPerNative),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.sender.clone())
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
                    &self.sender,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for UserOperationCharged {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&UserOperationCharged> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &UserOperationCharged) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor(address owner_, address entryPoint_, uint8 entryPointVersion_, address tora_, address treasury_, address guardian_, address keeper_, uint16 markupBps_, uint48 maxPriceAge_, uint256 minTokenPerNative_, ITensoraPaymaster.Limits limits_, uint32 unstakeDelay_);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub owner_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub entryPoint_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub entryPointVersion_: u8,
        #[allow(missing_docs)]
        pub tora_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub treasury_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub guardian_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub keeper_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub markupBps_: u16,
        #[allow(missing_docs)]
        pub maxPriceAge_: alloy::sol_types::private::primitives::aliases::U48,
        #[allow(missing_docs)]
        pub minTokenPerNative_: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub limits_: <ITensoraPaymaster::Limits as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub unstakeDelay_: u32,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<48>,
                alloy::sol_types::sol_data::Uint<256>,
                ITensoraPaymaster::Limits,
                alloy::sol_types::sol_data::Uint<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                u8,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                u16,
                alloy::sol_types::private::primitives::aliases::U48,
                alloy::sol_types::private::primitives::aliases::U256,
                <ITensoraPaymaster::Limits as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (
                        value.owner_,
                        value.entryPoint_,
                        value.entryPointVersion_,
                        value.tora_,
                        value.treasury_,
                        value.guardian_,
                        value.keeper_,
                        value.markupBps_,
                        value.maxPriceAge_,
                        value.minTokenPerNative_,
                        value.limits_,
                        value.unstakeDelay_,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        owner_: tuple.0,
                        entryPoint_: tuple.1,
                        entryPointVersion_: tuple.2,
                        tora_: tuple.3,
                        treasury_: tuple.4,
                        guardian_: tuple.5,
                        keeper_: tuple.6,
                        markupBps_: tuple.7,
                        maxPriceAge_: tuple.8,
                        minTokenPerNative_: tuple.9,
                        limits_: tuple.10,
                        unstakeDelay_: tuple.11,
                    }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<48>,
                alloy::sol_types::sol_data::Uint<256>,
                ITensoraPaymaster::Limits,
                alloy::sol_types::sol_data::Uint<32>,
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
                        &self.owner_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.entryPoint_,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.entryPointVersion_),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.tora_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.treasury_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.guardian_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.keeper_,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.markupBps_),
                    <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxPriceAge_),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.minTokenPerNative_),
                    <ITensoraPaymaster::Limits as alloy_sol_types::SolType>::tokenize(
                        &self.limits_,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.unstakeDelay_),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `BPS()` and selector `0x249d39e9`.
```solidity
function BPS() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BPSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`BPS()`](BPSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BPSReturn {
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
            impl ::core::convert::From<BPSCall> for UnderlyingRustTuple<'_> {
                fn from(value: BPSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for BPSCall {
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
            impl ::core::convert::From<BPSReturn> for UnderlyingRustTuple<'_> {
                fn from(value: BPSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for BPSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for BPSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "BPS()";
            const SELECTOR: [u8; 4] = [36u8, 157u8, 57u8, 233u8];
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
                        let r: BPSReturn = r.into();
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
                        let r: BPSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `ENTRY_POINT()` and selector `0x94430fa5`.
```solidity
function ENTRY_POINT() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ENTRY_POINTCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`ENTRY_POINT()`](ENTRY_POINTCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ENTRY_POINTReturn {
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
            impl ::core::convert::From<ENTRY_POINTCall> for UnderlyingRustTuple<'_> {
                fn from(value: ENTRY_POINTCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ENTRY_POINTCall {
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
            impl ::core::convert::From<ENTRY_POINTReturn> for UnderlyingRustTuple<'_> {
                fn from(value: ENTRY_POINTReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ENTRY_POINTReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for ENTRY_POINTCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ENTRY_POINT()";
            const SELECTOR: [u8; 4] = [148u8, 67u8, 15u8, 165u8];
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
                        let r: ENTRY_POINTReturn = r.into();
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
                        let r: ENTRY_POINTReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `ENTRY_POINT_VERSION()` and selector `0x98b98773`.
```solidity
function ENTRY_POINT_VERSION() external view returns (uint8);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ENTRY_POINT_VERSIONCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`ENTRY_POINT_VERSION()`](ENTRY_POINT_VERSIONCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ENTRY_POINT_VERSIONReturn {
        #[allow(missing_docs)]
        pub _0: u8,
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
            impl ::core::convert::From<ENTRY_POINT_VERSIONCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: ENTRY_POINT_VERSIONCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for ENTRY_POINT_VERSIONCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u8,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<ENTRY_POINT_VERSIONReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: ENTRY_POINT_VERSIONReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for ENTRY_POINT_VERSIONReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for ENTRY_POINT_VERSIONCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u8;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ENTRY_POINT_VERSION()";
            const SELECTOR: [u8; 4] = [152u8, 185u8, 135u8, 115u8];
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
                        8,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: ENTRY_POINT_VERSIONReturn = r.into();
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
                        let r: ENTRY_POINT_VERSIONReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_MARKUP_BPS()` and selector `0xfc90fea3`.
```solidity
function MAX_MARKUP_BPS() external view returns (uint16);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_MARKUP_BPSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_MARKUP_BPS()`](MAX_MARKUP_BPSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_MARKUP_BPSReturn {
        #[allow(missing_docs)]
        pub _0: u16,
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
            impl ::core::convert::From<MAX_MARKUP_BPSCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_MARKUP_BPSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_MARKUP_BPSCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u16,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_MARKUP_BPSReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_MARKUP_BPSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_MARKUP_BPSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_MARKUP_BPSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u16;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_MARKUP_BPS()";
            const SELECTOR: [u8; 4] = [252u8, 144u8, 254u8, 163u8];
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
                        16,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MAX_MARKUP_BPSReturn = r.into();
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
                        let r: MAX_MARKUP_BPSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_PRICE_AGE_LIMIT()` and selector `0x6cdc9ebd`.
```solidity
function MAX_PRICE_AGE_LIMIT() external view returns (uint48);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_PRICE_AGE_LIMITCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_PRICE_AGE_LIMIT()`](MAX_PRICE_AGE_LIMITCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_PRICE_AGE_LIMITReturn {
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
            impl ::core::convert::From<MAX_PRICE_AGE_LIMITCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_PRICE_AGE_LIMITCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_PRICE_AGE_LIMITCall {
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
            impl ::core::convert::From<MAX_PRICE_AGE_LIMITReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_PRICE_AGE_LIMITReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_PRICE_AGE_LIMITReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_PRICE_AGE_LIMITCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U48;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_PRICE_AGE_LIMIT()";
            const SELECTOR: [u8; 4] = [108u8, 220u8, 158u8, 189u8];
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
                        let r: MAX_PRICE_AGE_LIMITReturn = r.into();
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
                        let r: MAX_PRICE_AGE_LIMITReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `POST_OP_GAS()` and selector `0xb8202d8f`.
```solidity
function POST_OP_GAS() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct POST_OP_GASCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`POST_OP_GAS()`](POST_OP_GASCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct POST_OP_GASReturn {
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
            impl ::core::convert::From<POST_OP_GASCall> for UnderlyingRustTuple<'_> {
                fn from(value: POST_OP_GASCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for POST_OP_GASCall {
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
            impl ::core::convert::From<POST_OP_GASReturn> for UnderlyingRustTuple<'_> {
                fn from(value: POST_OP_GASReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for POST_OP_GASReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for POST_OP_GASCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "POST_OP_GAS()";
            const SELECTOR: [u8; 4] = [184u8, 32u8, 45u8, 143u8];
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
                        let r: POST_OP_GASReturn = r.into();
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
                        let r: POST_OP_GASReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `TORA()` and selector `0x33c8c8a4`.
```solidity
function TORA() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TORACall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`TORA()`](TORACall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TORAReturn {
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
            impl ::core::convert::From<TORACall> for UnderlyingRustTuple<'_> {
                fn from(value: TORACall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for TORACall {
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
            impl ::core::convert::From<TORAReturn> for UnderlyingRustTuple<'_> {
                fn from(value: TORAReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for TORAReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for TORACall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TORA()";
            const SELECTOR: [u8; 4] = [51u8, 200u8, 200u8, 164u8];
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
                        let r: TORAReturn = r.into();
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
                        let r: TORAReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `acceptOwnership()` and selector `0x79ba5097`.
```solidity
function acceptOwnership() external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct acceptOwnershipCall;
    ///Container type for the return parameters of the [`acceptOwnership()`](acceptOwnershipCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct acceptOwnershipReturn {}
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
            impl ::core::convert::From<acceptOwnershipCall> for UnderlyingRustTuple<'_> {
                fn from(value: acceptOwnershipCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for acceptOwnershipCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<acceptOwnershipReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: acceptOwnershipReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for acceptOwnershipReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl acceptOwnershipReturn {
            fn _tokenize(
                &self,
            ) -> <acceptOwnershipCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for acceptOwnershipCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = acceptOwnershipReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "acceptOwnership()";
            const SELECTOR: [u8; 4] = [121u8, 186u8, 80u8, 151u8];
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
                acceptOwnershipReturn::_tokenize(ret)
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
    /**Function with signature `addStake()` and selector `0x5a627dbc`.
```solidity
function addStake() external payable;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct addStakeCall;
    ///Container type for the return parameters of the [`addStake()`](addStakeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct addStakeReturn {}
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
            impl ::core::convert::From<addStakeCall> for UnderlyingRustTuple<'_> {
                fn from(value: addStakeCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for addStakeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<addStakeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: addStakeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for addStakeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl addStakeReturn {
            fn _tokenize(
                &self,
            ) -> <addStakeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for addStakeCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = addStakeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "addStake()";
            const SELECTOR: [u8; 4] = [90u8, 98u8, 125u8, 188u8];
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
                addStakeReturn::_tokenize(ret)
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
    /**Function with signature `deposit()` and selector `0xd0e30db0`.
```solidity
function deposit() external payable;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct depositCall;
    ///Container type for the return parameters of the [`deposit()`](depositCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct depositReturn {}
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
            impl ::core::convert::From<depositCall> for UnderlyingRustTuple<'_> {
                fn from(value: depositCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for depositCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<depositReturn> for UnderlyingRustTuple<'_> {
                fn from(value: depositReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for depositReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl depositReturn {
            fn _tokenize(
                &self,
            ) -> <depositCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for depositCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = depositReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "deposit()";
            const SELECTOR: [u8; 4] = [208u8, 227u8, 13u8, 176u8];
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
                depositReturn::_tokenize(ret)
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
    /**Function with signature `getDeposit()` and selector `0xc399ec88`.
```solidity
function getDeposit() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getDepositCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getDeposit()`](getDepositCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getDepositReturn {
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
            impl ::core::convert::From<getDepositCall> for UnderlyingRustTuple<'_> {
                fn from(value: getDepositCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getDepositCall {
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
            impl ::core::convert::From<getDepositReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getDepositReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getDepositReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getDepositCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getDeposit()";
            const SELECTOR: [u8; 4] = [195u8, 153u8, 236u8, 136u8];
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
                        let r: getDepositReturn = r.into();
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
                        let r: getDepositReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `guardian()` and selector `0x452a9320`.
```solidity
function guardian() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct guardianCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`guardian()`](guardianCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct guardianReturn {
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
            impl ::core::convert::From<guardianCall> for UnderlyingRustTuple<'_> {
                fn from(value: guardianCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for guardianCall {
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
            impl ::core::convert::From<guardianReturn> for UnderlyingRustTuple<'_> {
                fn from(value: guardianReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for guardianReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for guardianCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "guardian()";
            const SELECTOR: [u8; 4] = [69u8, 42u8, 147u8, 32u8];
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
                        let r: guardianReturn = r.into();
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
                        let r: guardianReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `keeper()` and selector `0xaced1661`.
```solidity
function keeper() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct keeperCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`keeper()`](keeperCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct keeperReturn {
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
            impl ::core::convert::From<keeperCall> for UnderlyingRustTuple<'_> {
                fn from(value: keeperCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for keeperCall {
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
            impl ::core::convert::From<keeperReturn> for UnderlyingRustTuple<'_> {
                fn from(value: keeperReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for keeperReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for keeperCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "keeper()";
            const SELECTOR: [u8; 4] = [172u8, 237u8, 22u8, 97u8];
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
                        let r: keeperReturn = r.into();
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
                        let r: keeperReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `limits()` and selector `0x860aefcf`.
```solidity
function limits() external view returns (uint128 maxFeePerGas, uint128 maxCostPerOp);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct limitsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`limits()`](limitsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct limitsReturn {
        #[allow(missing_docs)]
        pub maxFeePerGas: u128,
        #[allow(missing_docs)]
        pub maxCostPerOp: u128,
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
            impl ::core::convert::From<limitsCall> for UnderlyingRustTuple<'_> {
                fn from(value: limitsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for limitsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<128>,
                alloy::sol_types::sol_data::Uint<128>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u128, u128);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<limitsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: limitsReturn) -> Self {
                    (value.maxFeePerGas, value.maxCostPerOp)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for limitsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        maxFeePerGas: tuple.0,
                        maxCostPerOp: tuple.1,
                    }
                }
            }
        }
        impl limitsReturn {
            fn _tokenize(
                &self,
            ) -> <limitsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        128,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxFeePerGas),
                    <alloy::sol_types::sol_data::Uint<
                        128,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxCostPerOp),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for limitsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = limitsReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<128>,
                alloy::sol_types::sol_data::Uint<128>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "limits()";
            const SELECTOR: [u8; 4] = [134u8, 10u8, 239u8, 207u8];
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
                limitsReturn::_tokenize(ret)
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
    /**Function with signature `minTokenPerNative()` and selector `0xbcb29cdf`.
```solidity
function minTokenPerNative() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct minTokenPerNativeCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`minTokenPerNative()`](minTokenPerNativeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct minTokenPerNativeReturn {
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
            impl ::core::convert::From<minTokenPerNativeCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: minTokenPerNativeCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for minTokenPerNativeCall {
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
            impl ::core::convert::From<minTokenPerNativeReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: minTokenPerNativeReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for minTokenPerNativeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for minTokenPerNativeCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "minTokenPerNative()";
            const SELECTOR: [u8; 4] = [188u8, 178u8, 156u8, 223u8];
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
                        let r: minTokenPerNativeReturn = r.into();
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
                        let r: minTokenPerNativeReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `owner()` and selector `0x8da5cb5b`.
```solidity
function owner() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ownerCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`owner()`](ownerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ownerReturn {
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
            impl ::core::convert::From<ownerCall> for UnderlyingRustTuple<'_> {
                fn from(value: ownerCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ownerCall {
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
            impl ::core::convert::From<ownerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: ownerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ownerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for ownerCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "owner()";
            const SELECTOR: [u8; 4] = [141u8, 165u8, 203u8, 91u8];
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
                        let r: ownerReturn = r.into();
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
                        let r: ownerReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `pause()` and selector `0x8456cb59`.
```solidity
function pause() external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pauseCall;
    ///Container type for the return parameters of the [`pause()`](pauseCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pauseReturn {}
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
            impl ::core::convert::From<pauseCall> for UnderlyingRustTuple<'_> {
                fn from(value: pauseCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pauseCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<pauseReturn> for UnderlyingRustTuple<'_> {
                fn from(value: pauseReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pauseReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl pauseReturn {
            fn _tokenize(
                &self,
            ) -> <pauseCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for pauseCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = pauseReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "pause()";
            const SELECTOR: [u8; 4] = [132u8, 86u8, 203u8, 89u8];
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
                pauseReturn::_tokenize(ret)
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
    /**Function with signature `paused()` and selector `0x5c975abb`.
```solidity
function paused() external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pausedCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`paused()`](pausedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pausedReturn {
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
            impl ::core::convert::From<pausedCall> for UnderlyingRustTuple<'_> {
                fn from(value: pausedCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pausedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<pausedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: pausedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pausedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for pausedCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "paused()";
            const SELECTOR: [u8; 4] = [92u8, 151u8, 90u8, 187u8];
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
                        let r: pausedReturn = r.into();
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
                        let r: pausedReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `pendingOwner()` and selector `0xe30c3978`.
```solidity
function pendingOwner() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingOwnerCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`pendingOwner()`](pendingOwnerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingOwnerReturn {
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
            impl ::core::convert::From<pendingOwnerCall> for UnderlyingRustTuple<'_> {
                fn from(value: pendingOwnerCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingOwnerCall {
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
            impl ::core::convert::From<pendingOwnerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: pendingOwnerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingOwnerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for pendingOwnerCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "pendingOwner()";
            const SELECTOR: [u8; 4] = [227u8, 12u8, 57u8, 120u8];
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
                        let r: pendingOwnerReturn = r.into();
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
                        let r: pendingOwnerReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `postOp(uint8,bytes,uint256,uint256)` and selector `0x7c627b21`.
```solidity
function postOp(IPaymaster.PostOpMode, bytes memory context, uint256 actualGasCost, uint256 actualUserOpFeePerGas) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct postOpCall {
        #[allow(missing_docs)]
        pub _0: <IPaymaster::PostOpMode as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub context: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub actualGasCost: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub actualUserOpFeePerGas: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`postOp(uint8,bytes,uint256,uint256)`](postOpCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct postOpReturn {}
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
                IPaymaster::PostOpMode,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IPaymaster::PostOpMode as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Bytes,
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
            impl ::core::convert::From<postOpCall> for UnderlyingRustTuple<'_> {
                fn from(value: postOpCall) -> Self {
                    (
                        value._0,
                        value.context,
                        value.actualGasCost,
                        value.actualUserOpFeePerGas,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for postOpCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        _0: tuple.0,
                        context: tuple.1,
                        actualGasCost: tuple.2,
                        actualUserOpFeePerGas: tuple.3,
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
            impl ::core::convert::From<postOpReturn> for UnderlyingRustTuple<'_> {
                fn from(value: postOpReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for postOpReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl postOpReturn {
            fn _tokenize(
                &self,
            ) -> <postOpCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for postOpCall {
            type Parameters<'a> = (
                IPaymaster::PostOpMode,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = postOpReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "postOp(uint8,bytes,uint256,uint256)";
            const SELECTOR: [u8; 4] = [124u8, 98u8, 123u8, 33u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IPaymaster::PostOpMode as alloy_sol_types::SolType>::tokenize(
                        &self._0,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.context,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.actualGasCost),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.actualUserOpFeePerGas),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                postOpReturn::_tokenize(ret)
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
    /**Function with signature `price()` and selector `0xa035b1fe`.
```solidity
function price() external view returns (uint256 tokenPerNative, uint48 updatedAt, uint48 validUntil, uint16 markupBps);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct priceCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`price()`](priceCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct priceReturn {
        #[allow(missing_docs)]
        pub tokenPerNative: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub updatedAt: alloy::sol_types::private::primitives::aliases::U48,
        #[allow(missing_docs)]
        pub validUntil: alloy::sol_types::private::primitives::aliases::U48,
        #[allow(missing_docs)]
        pub markupBps: u16,
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
            impl ::core::convert::From<priceCall> for UnderlyingRustTuple<'_> {
                fn from(value: priceCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for priceCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<48>,
                alloy::sol_types::sol_data::Uint<48>,
                alloy::sol_types::sol_data::Uint<16>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U48,
                alloy::sol_types::private::primitives::aliases::U48,
                u16,
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
            impl ::core::convert::From<priceReturn> for UnderlyingRustTuple<'_> {
                fn from(value: priceReturn) -> Self {
                    (
                        value.tokenPerNative,
                        value.updatedAt,
                        value.validUntil,
                        value.markupBps,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for priceReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        tokenPerNative: tuple.0,
                        updatedAt: tuple.1,
                        validUntil: tuple.2,
                        markupBps: tuple.3,
                    }
                }
            }
        }
        impl priceReturn {
            fn _tokenize(
                &self,
            ) -> <priceCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.tokenPerNative),
                    <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::SolType>::tokenize(&self.updatedAt),
                    <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::SolType>::tokenize(&self.validUntil),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.markupBps),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for priceCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = priceReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<48>,
                alloy::sol_types::sol_data::Uint<48>,
                alloy::sol_types::sol_data::Uint<16>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "price()";
            const SELECTOR: [u8; 4] = [160u8, 53u8, 177u8, 254u8];
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
                priceReturn::_tokenize(ret)
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
    /**Function with signature `renounceOwnership()` and selector `0x715018a6`.
```solidity
function renounceOwnership() external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceOwnershipCall;
    ///Container type for the return parameters of the [`renounceOwnership()`](renounceOwnershipCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceOwnershipReturn {}
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
            impl ::core::convert::From<renounceOwnershipCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: renounceOwnershipCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for renounceOwnershipCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<renounceOwnershipReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: renounceOwnershipReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for renounceOwnershipReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl renounceOwnershipReturn {
            fn _tokenize(
                &self,
            ) -> <renounceOwnershipCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for renounceOwnershipCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = renounceOwnershipReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "renounceOwnership()";
            const SELECTOR: [u8; 4] = [113u8, 80u8, 24u8, 166u8];
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
                renounceOwnershipReturn::_tokenize(ret)
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
    /**Function with signature `setGuardian(address)` and selector `0x8a0dac4a`.
```solidity
function setGuardian(address guardian_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setGuardianCall {
        #[allow(missing_docs)]
        pub guardian_: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`setGuardian(address)`](setGuardianCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setGuardianReturn {}
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
            impl ::core::convert::From<setGuardianCall> for UnderlyingRustTuple<'_> {
                fn from(value: setGuardianCall) -> Self {
                    (value.guardian_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setGuardianCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { guardian_: tuple.0 }
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
            impl ::core::convert::From<setGuardianReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setGuardianReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setGuardianReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setGuardianReturn {
            fn _tokenize(
                &self,
            ) -> <setGuardianCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setGuardianCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setGuardianReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setGuardian(address)";
            const SELECTOR: [u8; 4] = [138u8, 13u8, 172u8, 74u8];
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
                        &self.guardian_,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setGuardianReturn::_tokenize(ret)
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
    /**Function with signature `setKeeper(address)` and selector `0x748747e6`.
```solidity
function setKeeper(address keeper_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setKeeperCall {
        #[allow(missing_docs)]
        pub keeper_: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`setKeeper(address)`](setKeeperCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setKeeperReturn {}
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
            impl ::core::convert::From<setKeeperCall> for UnderlyingRustTuple<'_> {
                fn from(value: setKeeperCall) -> Self {
                    (value.keeper_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setKeeperCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { keeper_: tuple.0 }
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
            impl ::core::convert::From<setKeeperReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setKeeperReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setKeeperReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setKeeperReturn {
            fn _tokenize(
                &self,
            ) -> <setKeeperCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setKeeperCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setKeeperReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setKeeper(address)";
            const SELECTOR: [u8; 4] = [116u8, 135u8, 71u8, 230u8];
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
                        &self.keeper_,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setKeeperReturn::_tokenize(ret)
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
    /**Function with signature `setLimits((uint128,uint128))` and selector `0xe902b70c`.
```solidity
function setLimits(ITensoraPaymaster.Limits memory limits_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setLimitsCall {
        #[allow(missing_docs)]
        pub limits_: <ITensoraPaymaster::Limits as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`setLimits((uint128,uint128))`](setLimitsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setLimitsReturn {}
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
            type UnderlyingSolTuple<'a> = (ITensoraPaymaster::Limits,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <ITensoraPaymaster::Limits as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<setLimitsCall> for UnderlyingRustTuple<'_> {
                fn from(value: setLimitsCall) -> Self {
                    (value.limits_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setLimitsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { limits_: tuple.0 }
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
            impl ::core::convert::From<setLimitsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setLimitsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setLimitsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setLimitsReturn {
            fn _tokenize(
                &self,
            ) -> <setLimitsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setLimitsCall {
            type Parameters<'a> = (ITensoraPaymaster::Limits,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setLimitsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setLimits((uint128,uint128))";
            const SELECTOR: [u8; 4] = [233u8, 2u8, 183u8, 12u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <ITensoraPaymaster::Limits as alloy_sol_types::SolType>::tokenize(
                        &self.limits_,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setLimitsReturn::_tokenize(ret)
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
    /**Function with signature `setPrice(uint256)` and selector `0x91b7f5ed`.
```solidity
function setPrice(uint256 tokenPerNative) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setPriceCall {
        #[allow(missing_docs)]
        pub tokenPerNative: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`setPrice(uint256)`](setPriceCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setPriceReturn {}
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
            impl ::core::convert::From<setPriceCall> for UnderlyingRustTuple<'_> {
                fn from(value: setPriceCall) -> Self {
                    (value.tokenPerNative,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setPriceCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { tokenPerNative: tuple.0 }
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
            impl ::core::convert::From<setPriceReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setPriceReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setPriceReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setPriceReturn {
            fn _tokenize(
                &self,
            ) -> <setPriceCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setPriceCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setPriceReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setPrice(uint256)";
            const SELECTOR: [u8; 4] = [145u8, 183u8, 245u8, 237u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.tokenPerNative),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setPriceReturn::_tokenize(ret)
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
    /**Function with signature `setPricing(uint16,uint48,uint256)` and selector `0xf1fa942b`.
```solidity
function setPricing(uint16 markupBps, uint48 maxPriceAge, uint256 minTokenPerNative_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setPricingCall {
        #[allow(missing_docs)]
        pub markupBps: u16,
        #[allow(missing_docs)]
        pub maxPriceAge: alloy::sol_types::private::primitives::aliases::U48,
        #[allow(missing_docs)]
        pub minTokenPerNative_: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`setPricing(uint16,uint48,uint256)`](setPricingCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setPricingReturn {}
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
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<48>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                u16,
                alloy::sol_types::private::primitives::aliases::U48,
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
            impl ::core::convert::From<setPricingCall> for UnderlyingRustTuple<'_> {
                fn from(value: setPricingCall) -> Self {
                    (value.markupBps, value.maxPriceAge, value.minTokenPerNative_)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setPricingCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        markupBps: tuple.0,
                        maxPriceAge: tuple.1,
                        minTokenPerNative_: tuple.2,
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
            impl ::core::convert::From<setPricingReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setPricingReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setPricingReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setPricingReturn {
            fn _tokenize(
                &self,
            ) -> <setPricingCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setPricingCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<48>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setPricingReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setPricing(uint16,uint48,uint256)";
            const SELECTOR: [u8; 4] = [241u8, 250u8, 148u8, 43u8];
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
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.markupBps),
                    <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxPriceAge),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.minTokenPerNative_),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setPricingReturn::_tokenize(ret)
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
    /**Function with signature `setTreasury(address)` and selector `0xf0f44260`.
```solidity
function setTreasury(address treasury_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setTreasuryCall {
        #[allow(missing_docs)]
        pub treasury_: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`setTreasury(address)`](setTreasuryCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setTreasuryReturn {}
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
            impl ::core::convert::From<setTreasuryCall> for UnderlyingRustTuple<'_> {
                fn from(value: setTreasuryCall) -> Self {
                    (value.treasury_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setTreasuryCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { treasury_: tuple.0 }
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
            impl ::core::convert::From<setTreasuryReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setTreasuryReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setTreasuryReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setTreasuryReturn {
            fn _tokenize(
                &self,
            ) -> <setTreasuryCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setTreasuryCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setTreasuryReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setTreasury(address)";
            const SELECTOR: [u8; 4] = [240u8, 244u8, 66u8, 96u8];
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
                        &self.treasury_,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setTreasuryReturn::_tokenize(ret)
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
    /**Function with signature `setUnstakeDelay(uint32)` and selector `0xdc7e6cd2`.
```solidity
function setUnstakeDelay(uint32 unstakeDelay_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setUnstakeDelayCall {
        #[allow(missing_docs)]
        pub unstakeDelay_: u32,
    }
    ///Container type for the return parameters of the [`setUnstakeDelay(uint32)`](setUnstakeDelayCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setUnstakeDelayReturn {}
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
            impl ::core::convert::From<setUnstakeDelayCall> for UnderlyingRustTuple<'_> {
                fn from(value: setUnstakeDelayCall) -> Self {
                    (value.unstakeDelay_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setUnstakeDelayCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { unstakeDelay_: tuple.0 }
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
            impl ::core::convert::From<setUnstakeDelayReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setUnstakeDelayReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setUnstakeDelayReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setUnstakeDelayReturn {
            fn _tokenize(
                &self,
            ) -> <setUnstakeDelayCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setUnstakeDelayCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setUnstakeDelayReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setUnstakeDelay(uint32)";
            const SELECTOR: [u8; 4] = [220u8, 126u8, 108u8, 210u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.unstakeDelay_),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setUnstakeDelayReturn::_tokenize(ret)
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
    /**Function with signature `tokenCost(uint256)` and selector `0x9fed62c1`.
```solidity
function tokenCost(uint256 nativeCost) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tokenCostCall {
        #[allow(missing_docs)]
        pub nativeCost: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`tokenCost(uint256)`](tokenCostCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tokenCostReturn {
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
            impl ::core::convert::From<tokenCostCall> for UnderlyingRustTuple<'_> {
                fn from(value: tokenCostCall) -> Self {
                    (value.nativeCost,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tokenCostCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { nativeCost: tuple.0 }
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
            impl ::core::convert::From<tokenCostReturn> for UnderlyingRustTuple<'_> {
                fn from(value: tokenCostReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tokenCostReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for tokenCostCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "tokenCost(uint256)";
            const SELECTOR: [u8; 4] = [159u8, 237u8, 98u8, 193u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.nativeCost),
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
                        let r: tokenCostReturn = r.into();
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
                        let r: tokenCostReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `transferOwnership(address)` and selector `0xf2fde38b`.
```solidity
function transferOwnership(address newOwner) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct transferOwnershipCall {
        #[allow(missing_docs)]
        pub newOwner: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`transferOwnership(address)`](transferOwnershipCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct transferOwnershipReturn {}
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
            impl ::core::convert::From<transferOwnershipCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: transferOwnershipCall) -> Self {
                    (value.newOwner,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for transferOwnershipCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { newOwner: tuple.0 }
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
            impl ::core::convert::From<transferOwnershipReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: transferOwnershipReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for transferOwnershipReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl transferOwnershipReturn {
            fn _tokenize(
                &self,
            ) -> <transferOwnershipCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for transferOwnershipCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = transferOwnershipReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "transferOwnership(address)";
            const SELECTOR: [u8; 4] = [242u8, 253u8, 227u8, 139u8];
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
                        &self.newOwner,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                transferOwnershipReturn::_tokenize(ret)
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
    /**Function with signature `treasury()` and selector `0x61d027b3`.
```solidity
function treasury() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct treasuryCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`treasury()`](treasuryCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct treasuryReturn {
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
            impl ::core::convert::From<treasuryCall> for UnderlyingRustTuple<'_> {
                fn from(value: treasuryCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for treasuryCall {
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
            impl ::core::convert::From<treasuryReturn> for UnderlyingRustTuple<'_> {
                fn from(value: treasuryReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for treasuryReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for treasuryCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "treasury()";
            const SELECTOR: [u8; 4] = [97u8, 208u8, 39u8, 179u8];
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
                        let r: treasuryReturn = r.into();
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
                        let r: treasuryReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `unlockStake()` and selector `0xbb9fe6bf`.
```solidity
function unlockStake() external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unlockStakeCall;
    ///Container type for the return parameters of the [`unlockStake()`](unlockStakeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unlockStakeReturn {}
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
            impl ::core::convert::From<unlockStakeCall> for UnderlyingRustTuple<'_> {
                fn from(value: unlockStakeCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unlockStakeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<unlockStakeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: unlockStakeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unlockStakeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl unlockStakeReturn {
            fn _tokenize(
                &self,
            ) -> <unlockStakeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for unlockStakeCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = unlockStakeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "unlockStake()";
            const SELECTOR: [u8; 4] = [187u8, 159u8, 230u8, 191u8];
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
                unlockStakeReturn::_tokenize(ret)
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
    /**Function with signature `unpause()` and selector `0x3f4ba83a`.
```solidity
function unpause() external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unpauseCall;
    ///Container type for the return parameters of the [`unpause()`](unpauseCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unpauseReturn {}
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
            impl ::core::convert::From<unpauseCall> for UnderlyingRustTuple<'_> {
                fn from(value: unpauseCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unpauseCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<unpauseReturn> for UnderlyingRustTuple<'_> {
                fn from(value: unpauseReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unpauseReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl unpauseReturn {
            fn _tokenize(
                &self,
            ) -> <unpauseCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for unpauseCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = unpauseReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "unpause()";
            const SELECTOR: [u8; 4] = [63u8, 75u8, 168u8, 58u8];
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
                unpauseReturn::_tokenize(ret)
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
    /**Function with signature `unstakeDelay()` and selector `0x3222012f`.
```solidity
function unstakeDelay() external view returns (uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unstakeDelayCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`unstakeDelay()`](unstakeDelayCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unstakeDelayReturn {
        #[allow(missing_docs)]
        pub _0: u32,
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
            impl ::core::convert::From<unstakeDelayCall> for UnderlyingRustTuple<'_> {
                fn from(value: unstakeDelayCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unstakeDelayCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
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
            impl ::core::convert::From<unstakeDelayReturn> for UnderlyingRustTuple<'_> {
                fn from(value: unstakeDelayReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unstakeDelayReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for unstakeDelayCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "unstakeDelay()";
            const SELECTOR: [u8; 4] = [50u8, 34u8, 1u8, 47u8];
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
                        let r: unstakeDelayReturn = r.into();
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
                        let r: unstakeDelayReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `validatePaymasterUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes),bytes32,uint256)` and selector `0x52b7512c`.
```solidity
function validatePaymasterUserOp(PackedUserOperation memory userOp, bytes32, uint256 maxCost) external returns (bytes memory context, uint256 validationData);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct validatePaymasterUserOpCall {
        #[allow(missing_docs)]
        pub userOp: <PackedUserOperation as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub _1: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub maxCost: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`validatePaymasterUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes),bytes32,uint256)`](validatePaymasterUserOpCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct validatePaymasterUserOpReturn {
        #[allow(missing_docs)]
        pub context: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub validationData: alloy::sol_types::private::primitives::aliases::U256,
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
                PackedUserOperation,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <PackedUserOperation as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<validatePaymasterUserOpCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: validatePaymasterUserOpCall) -> Self {
                    (value.userOp, value._1, value.maxCost)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for validatePaymasterUserOpCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        userOp: tuple.0,
                        _1: tuple.1,
                        maxCost: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Bytes,
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
            impl ::core::convert::From<validatePaymasterUserOpReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: validatePaymasterUserOpReturn) -> Self {
                    (value.context, value.validationData)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for validatePaymasterUserOpReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        context: tuple.0,
                        validationData: tuple.1,
                    }
                }
            }
        }
        impl validatePaymasterUserOpReturn {
            fn _tokenize(
                &self,
            ) -> <validatePaymasterUserOpCall as alloy_sol_types::SolCall>::ReturnToken<
                '_,
            > {
                (
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.context,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.validationData),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for validatePaymasterUserOpCall {
            type Parameters<'a> = (
                PackedUserOperation,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = validatePaymasterUserOpReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "validatePaymasterUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes),bytes32,uint256)";
            const SELECTOR: [u8; 4] = [82u8, 183u8, 81u8, 44u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <PackedUserOperation as alloy_sol_types::SolType>::tokenize(
                        &self.userOp,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self._1),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxCost),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                validatePaymasterUserOpReturn::_tokenize(ret)
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
    /**Function with signature `withdrawDeposit(uint256)` and selector `0x33289a46`.
```solidity
function withdrawDeposit(uint256 amount) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawDepositCall {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`withdrawDeposit(uint256)`](withdrawDepositCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawDepositReturn {}
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
            impl ::core::convert::From<withdrawDepositCall> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawDepositCall) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawDepositCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
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
            impl ::core::convert::From<withdrawDepositReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: withdrawDepositReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for withdrawDepositReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl withdrawDepositReturn {
            fn _tokenize(
                &self,
            ) -> <withdrawDepositCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for withdrawDepositCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = withdrawDepositReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "withdrawDeposit(uint256)";
            const SELECTOR: [u8; 4] = [51u8, 40u8, 154u8, 70u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                withdrawDepositReturn::_tokenize(ret)
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
    /**Function with signature `withdrawStake()` and selector `0xbed9d861`.
```solidity
function withdrawStake() external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawStakeCall;
    ///Container type for the return parameters of the [`withdrawStake()`](withdrawStakeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawStakeReturn {}
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
            impl ::core::convert::From<withdrawStakeCall> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawStakeCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawStakeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<withdrawStakeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawStakeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawStakeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl withdrawStakeReturn {
            fn _tokenize(
                &self,
            ) -> <withdrawStakeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for withdrawStakeCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = withdrawStakeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "withdrawStake()";
            const SELECTOR: [u8; 4] = [190u8, 217u8, 216u8, 97u8];
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
                withdrawStakeReturn::_tokenize(ret)
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
    /**Function with signature `withdrawTokens(uint256)` and selector `0x315a095d`.
```solidity
function withdrawTokens(uint256 amount) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawTokensCall {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`withdrawTokens(uint256)`](withdrawTokensCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawTokensReturn {}
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
            impl ::core::convert::From<withdrawTokensCall> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawTokensCall) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawTokensCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
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
            impl ::core::convert::From<withdrawTokensReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: withdrawTokensReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for withdrawTokensReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl withdrawTokensReturn {
            fn _tokenize(
                &self,
            ) -> <withdrawTokensCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for withdrawTokensCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = withdrawTokensReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "withdrawTokens(uint256)";
            const SELECTOR: [u8; 4] = [49u8, 90u8, 9u8, 93u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                withdrawTokensReturn::_tokenize(ret)
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
    ///Container for all the [`TensoraPaymaster`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum TensoraPaymasterCalls {
        #[allow(missing_docs)]
        BPS(BPSCall),
        #[allow(missing_docs)]
        ENTRY_POINT(ENTRY_POINTCall),
        #[allow(missing_docs)]
        ENTRY_POINT_VERSION(ENTRY_POINT_VERSIONCall),
        #[allow(missing_docs)]
        MAX_MARKUP_BPS(MAX_MARKUP_BPSCall),
        #[allow(missing_docs)]
        MAX_PRICE_AGE_LIMIT(MAX_PRICE_AGE_LIMITCall),
        #[allow(missing_docs)]
        POST_OP_GAS(POST_OP_GASCall),
        #[allow(missing_docs)]
        TORA(TORACall),
        #[allow(missing_docs)]
        acceptOwnership(acceptOwnershipCall),
        #[allow(missing_docs)]
        addStake(addStakeCall),
        #[allow(missing_docs)]
        deposit(depositCall),
        #[allow(missing_docs)]
        getDeposit(getDepositCall),
        #[allow(missing_docs)]
        guardian(guardianCall),
        #[allow(missing_docs)]
        keeper(keeperCall),
        #[allow(missing_docs)]
        limits(limitsCall),
        #[allow(missing_docs)]
        minTokenPerNative(minTokenPerNativeCall),
        #[allow(missing_docs)]
        owner(ownerCall),
        #[allow(missing_docs)]
        pause(pauseCall),
        #[allow(missing_docs)]
        paused(pausedCall),
        #[allow(missing_docs)]
        pendingOwner(pendingOwnerCall),
        #[allow(missing_docs)]
        postOp(postOpCall),
        #[allow(missing_docs)]
        price(priceCall),
        #[allow(missing_docs)]
        renounceOwnership(renounceOwnershipCall),
        #[allow(missing_docs)]
        setGuardian(setGuardianCall),
        #[allow(missing_docs)]
        setKeeper(setKeeperCall),
        #[allow(missing_docs)]
        setLimits(setLimitsCall),
        #[allow(missing_docs)]
        setPrice(setPriceCall),
        #[allow(missing_docs)]
        setPricing(setPricingCall),
        #[allow(missing_docs)]
        setTreasury(setTreasuryCall),
        #[allow(missing_docs)]
        setUnstakeDelay(setUnstakeDelayCall),
        #[allow(missing_docs)]
        tokenCost(tokenCostCall),
        #[allow(missing_docs)]
        transferOwnership(transferOwnershipCall),
        #[allow(missing_docs)]
        treasury(treasuryCall),
        #[allow(missing_docs)]
        unlockStake(unlockStakeCall),
        #[allow(missing_docs)]
        unpause(unpauseCall),
        #[allow(missing_docs)]
        unstakeDelay(unstakeDelayCall),
        #[allow(missing_docs)]
        validatePaymasterUserOp(validatePaymasterUserOpCall),
        #[allow(missing_docs)]
        version(versionCall),
        #[allow(missing_docs)]
        withdrawDeposit(withdrawDepositCall),
        #[allow(missing_docs)]
        withdrawStake(withdrawStakeCall),
        #[allow(missing_docs)]
        withdrawTokens(withdrawTokensCall),
    }
    impl TensoraPaymasterCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [36u8, 157u8, 57u8, 233u8],
            [49u8, 90u8, 9u8, 93u8],
            [50u8, 34u8, 1u8, 47u8],
            [51u8, 40u8, 154u8, 70u8],
            [51u8, 200u8, 200u8, 164u8],
            [63u8, 75u8, 168u8, 58u8],
            [69u8, 42u8, 147u8, 32u8],
            [82u8, 183u8, 81u8, 44u8],
            [84u8, 253u8, 77u8, 80u8],
            [90u8, 98u8, 125u8, 188u8],
            [92u8, 151u8, 90u8, 187u8],
            [97u8, 208u8, 39u8, 179u8],
            [108u8, 220u8, 158u8, 189u8],
            [113u8, 80u8, 24u8, 166u8],
            [116u8, 135u8, 71u8, 230u8],
            [121u8, 186u8, 80u8, 151u8],
            [124u8, 98u8, 123u8, 33u8],
            [132u8, 86u8, 203u8, 89u8],
            [134u8, 10u8, 239u8, 207u8],
            [138u8, 13u8, 172u8, 74u8],
            [141u8, 165u8, 203u8, 91u8],
            [145u8, 183u8, 245u8, 237u8],
            [148u8, 67u8, 15u8, 165u8],
            [152u8, 185u8, 135u8, 115u8],
            [159u8, 237u8, 98u8, 193u8],
            [160u8, 53u8, 177u8, 254u8],
            [172u8, 237u8, 22u8, 97u8],
            [184u8, 32u8, 45u8, 143u8],
            [187u8, 159u8, 230u8, 191u8],
            [188u8, 178u8, 156u8, 223u8],
            [190u8, 217u8, 216u8, 97u8],
            [195u8, 153u8, 236u8, 136u8],
            [208u8, 227u8, 13u8, 176u8],
            [220u8, 126u8, 108u8, 210u8],
            [227u8, 12u8, 57u8, 120u8],
            [233u8, 2u8, 183u8, 12u8],
            [240u8, 244u8, 66u8, 96u8],
            [241u8, 250u8, 148u8, 43u8],
            [242u8, 253u8, 227u8, 139u8],
            [252u8, 144u8, 254u8, 163u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(BPS),
            ::core::stringify!(withdrawTokens),
            ::core::stringify!(unstakeDelay),
            ::core::stringify!(withdrawDeposit),
            ::core::stringify!(TORA),
            ::core::stringify!(unpause),
            ::core::stringify!(guardian),
            ::core::stringify!(validatePaymasterUserOp),
            ::core::stringify!(version),
            ::core::stringify!(addStake),
            ::core::stringify!(paused),
            ::core::stringify!(treasury),
            ::core::stringify!(MAX_PRICE_AGE_LIMIT),
            ::core::stringify!(renounceOwnership),
            ::core::stringify!(setKeeper),
            ::core::stringify!(acceptOwnership),
            ::core::stringify!(postOp),
            ::core::stringify!(pause),
            ::core::stringify!(limits),
            ::core::stringify!(setGuardian),
            ::core::stringify!(owner),
            ::core::stringify!(setPrice),
            ::core::stringify!(ENTRY_POINT),
            ::core::stringify!(ENTRY_POINT_VERSION),
            ::core::stringify!(tokenCost),
            ::core::stringify!(price),
            ::core::stringify!(keeper),
            ::core::stringify!(POST_OP_GAS),
            ::core::stringify!(unlockStake),
            ::core::stringify!(minTokenPerNative),
            ::core::stringify!(withdrawStake),
            ::core::stringify!(getDeposit),
            ::core::stringify!(deposit),
            ::core::stringify!(setUnstakeDelay),
            ::core::stringify!(pendingOwner),
            ::core::stringify!(setLimits),
            ::core::stringify!(setTreasury),
            ::core::stringify!(setPricing),
            ::core::stringify!(transferOwnership),
            ::core::stringify!(MAX_MARKUP_BPS),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <BPSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawTokensCall as alloy_sol_types::SolCall>::SIGNATURE,
            <unstakeDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawDepositCall as alloy_sol_types::SolCall>::SIGNATURE,
            <TORACall as alloy_sol_types::SolCall>::SIGNATURE,
            <unpauseCall as alloy_sol_types::SolCall>::SIGNATURE,
            <guardianCall as alloy_sol_types::SolCall>::SIGNATURE,
            <validatePaymasterUserOpCall as alloy_sol_types::SolCall>::SIGNATURE,
            <versionCall as alloy_sol_types::SolCall>::SIGNATURE,
            <addStakeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pausedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <treasuryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_PRICE_AGE_LIMITCall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceOwnershipCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setKeeperCall as alloy_sol_types::SolCall>::SIGNATURE,
            <acceptOwnershipCall as alloy_sol_types::SolCall>::SIGNATURE,
            <postOpCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pauseCall as alloy_sol_types::SolCall>::SIGNATURE,
            <limitsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setGuardianCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ownerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setPriceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ENTRY_POINTCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ENTRY_POINT_VERSIONCall as alloy_sol_types::SolCall>::SIGNATURE,
            <tokenCostCall as alloy_sol_types::SolCall>::SIGNATURE,
            <priceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <keeperCall as alloy_sol_types::SolCall>::SIGNATURE,
            <POST_OP_GASCall as alloy_sol_types::SolCall>::SIGNATURE,
            <unlockStakeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <minTokenPerNativeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawStakeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getDepositCall as alloy_sol_types::SolCall>::SIGNATURE,
            <depositCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setUnstakeDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pendingOwnerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setLimitsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setTreasuryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setPricingCall as alloy_sol_types::SolCall>::SIGNATURE,
            <transferOwnershipCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_MARKUP_BPSCall as alloy_sol_types::SolCall>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for TensoraPaymasterCalls {
        const NAME: &'static str = "TensoraPaymasterCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 40usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::BPS(_) => <BPSCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::ENTRY_POINT(_) => {
                    <ENTRY_POINTCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::ENTRY_POINT_VERSION(_) => {
                    <ENTRY_POINT_VERSIONCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_MARKUP_BPS(_) => {
                    <MAX_MARKUP_BPSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_PRICE_AGE_LIMIT(_) => {
                    <MAX_PRICE_AGE_LIMITCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::POST_OP_GAS(_) => {
                    <POST_OP_GASCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::TORA(_) => <TORACall as alloy_sol_types::SolCall>::SELECTOR,
                Self::acceptOwnership(_) => {
                    <acceptOwnershipCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::addStake(_) => <addStakeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::deposit(_) => <depositCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getDeposit(_) => {
                    <getDepositCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::guardian(_) => <guardianCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::keeper(_) => <keeperCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::limits(_) => <limitsCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::minTokenPerNative(_) => {
                    <minTokenPerNativeCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::owner(_) => <ownerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::pause(_) => <pauseCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::paused(_) => <pausedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::pendingOwner(_) => {
                    <pendingOwnerCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::postOp(_) => <postOpCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::price(_) => <priceCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::renounceOwnership(_) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setGuardian(_) => {
                    <setGuardianCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setKeeper(_) => {
                    <setKeeperCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setLimits(_) => {
                    <setLimitsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setPrice(_) => <setPriceCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::setPricing(_) => {
                    <setPricingCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setTreasury(_) => {
                    <setTreasuryCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setUnstakeDelay(_) => {
                    <setUnstakeDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::tokenCost(_) => {
                    <tokenCostCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::transferOwnership(_) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::treasury(_) => <treasuryCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::unlockStake(_) => {
                    <unlockStakeCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::unpause(_) => <unpauseCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::unstakeDelay(_) => {
                    <unstakeDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::validatePaymasterUserOp(_) => {
                    <validatePaymasterUserOpCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::version(_) => <versionCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::withdrawDeposit(_) => {
                    <withdrawDepositCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::withdrawStake(_) => {
                    <withdrawStakeCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::withdrawTokens(_) => {
                    <withdrawTokensCall as alloy_sol_types::SolCall>::SELECTOR
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
            ) -> alloy_sol_types::Result<TensoraPaymasterCalls>] = &[
                {
                    fn BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <BPSCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraPaymasterCalls::BPS)
                    }
                    BPS
                },
                {
                    fn withdrawTokens(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <withdrawTokensCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterCalls::withdrawTokens)
                    }
                    withdrawTokens
                },
                {
                    fn unstakeDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <unstakeDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterCalls::unstakeDelay)
                    }
                    unstakeDelay
                },
                {
                    fn withdrawDeposit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <withdrawDepositCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterCalls::withdrawDeposit)
                    }
                    withdrawDeposit
                },
                {
                    fn TORA(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <TORACall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraPaymasterCalls::TORA)
                    }
                    TORA
                },
                {
                    fn unpause(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <unpauseCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraPaymasterCalls::unpause)
                    }
                    unpause
                },
                {
                    fn guardian(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <guardianCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraPaymasterCalls::guardian)
                    }
                    guardian
                },
                {
                    fn validatePaymasterUserOp(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <validatePaymasterUserOpCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterCalls::validatePaymasterUserOp)
                    }
                    validatePaymasterUserOp
                },
                {
                    fn version(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <versionCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraPaymasterCalls::version)
                    }
                    version
                },
                {
                    fn addStake(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <addStakeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraPaymasterCalls::addStake)
                    }
                    addStake
                },
                {
                    fn paused(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <pausedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraPaymasterCalls::paused)
                    }
                    paused
                },
                {
                    fn treasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <treasuryCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraPaymasterCalls::treasury)
                    }
                    treasury
                },
                {
                    fn MAX_PRICE_AGE_LIMIT(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <MAX_PRICE_AGE_LIMITCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterCalls::MAX_PRICE_AGE_LIMIT)
                    }
                    MAX_PRICE_AGE_LIMIT
                },
                {
                    fn renounceOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterCalls::renounceOwnership)
                    }
                    renounceOwnership
                },
                {
                    fn setKeeper(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <setKeeperCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraPaymasterCalls::setKeeper)
                    }
                    setKeeper
                },
                {
                    fn acceptOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <acceptOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterCalls::acceptOwnership)
                    }
                    acceptOwnership
                },
                {
                    fn postOp(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <postOpCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraPaymasterCalls::postOp)
                    }
                    postOp
                },
                {
                    fn pause(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <pauseCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraPaymasterCalls::pause)
                    }
                    pause
                },
                {
                    fn limits(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <limitsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraPaymasterCalls::limits)
                    }
                    limits
                },
                {
                    fn setGuardian(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <setGuardianCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterCalls::setGuardian)
                    }
                    setGuardian
                },
                {
                    fn owner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraPaymasterCalls::owner)
                    }
                    owner
                },
                {
                    fn setPrice(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <setPriceCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraPaymasterCalls::setPrice)
                    }
                    setPrice
                },
                {
                    fn ENTRY_POINT(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <ENTRY_POINTCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterCalls::ENTRY_POINT)
                    }
                    ENTRY_POINT
                },
                {
                    fn ENTRY_POINT_VERSION(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <ENTRY_POINT_VERSIONCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterCalls::ENTRY_POINT_VERSION)
                    }
                    ENTRY_POINT_VERSION
                },
                {
                    fn tokenCost(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <tokenCostCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraPaymasterCalls::tokenCost)
                    }
                    tokenCost
                },
                {
                    fn price(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <priceCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraPaymasterCalls::price)
                    }
                    price
                },
                {
                    fn keeper(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <keeperCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraPaymasterCalls::keeper)
                    }
                    keeper
                },
                {
                    fn POST_OP_GAS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <POST_OP_GASCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterCalls::POST_OP_GAS)
                    }
                    POST_OP_GAS
                },
                {
                    fn unlockStake(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <unlockStakeCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterCalls::unlockStake)
                    }
                    unlockStake
                },
                {
                    fn minTokenPerNative(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <minTokenPerNativeCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterCalls::minTokenPerNative)
                    }
                    minTokenPerNative
                },
                {
                    fn withdrawStake(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <withdrawStakeCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterCalls::withdrawStake)
                    }
                    withdrawStake
                },
                {
                    fn getDeposit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <getDepositCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterCalls::getDeposit)
                    }
                    getDeposit
                },
                {
                    fn deposit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <depositCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraPaymasterCalls::deposit)
                    }
                    deposit
                },
                {
                    fn setUnstakeDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <setUnstakeDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterCalls::setUnstakeDelay)
                    }
                    setUnstakeDelay
                },
                {
                    fn pendingOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <pendingOwnerCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterCalls::pendingOwner)
                    }
                    pendingOwner
                },
                {
                    fn setLimits(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <setLimitsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TensoraPaymasterCalls::setLimits)
                    }
                    setLimits
                },
                {
                    fn setTreasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <setTreasuryCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterCalls::setTreasury)
                    }
                    setTreasury
                },
                {
                    fn setPricing(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <setPricingCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterCalls::setPricing)
                    }
                    setPricing
                },
                {
                    fn transferOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <transferOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterCalls::transferOwnership)
                    }
                    transferOwnership
                },
                {
                    fn MAX_MARKUP_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <MAX_MARKUP_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterCalls::MAX_MARKUP_BPS)
                    }
                    MAX_MARKUP_BPS
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
            ) -> alloy_sol_types::Result<TensoraPaymasterCalls>] = &[
                {
                    fn BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <BPSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::BPS)
                    }
                    BPS
                },
                {
                    fn withdrawTokens(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <withdrawTokensCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::withdrawTokens)
                    }
                    withdrawTokens
                },
                {
                    fn unstakeDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <unstakeDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::unstakeDelay)
                    }
                    unstakeDelay
                },
                {
                    fn withdrawDeposit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <withdrawDepositCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::withdrawDeposit)
                    }
                    withdrawDeposit
                },
                {
                    fn TORA(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <TORACall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::TORA)
                    }
                    TORA
                },
                {
                    fn unpause(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <unpauseCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::unpause)
                    }
                    unpause
                },
                {
                    fn guardian(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <guardianCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::guardian)
                    }
                    guardian
                },
                {
                    fn validatePaymasterUserOp(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <validatePaymasterUserOpCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::validatePaymasterUserOp)
                    }
                    validatePaymasterUserOp
                },
                {
                    fn version(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <versionCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::version)
                    }
                    version
                },
                {
                    fn addStake(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <addStakeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::addStake)
                    }
                    addStake
                },
                {
                    fn paused(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <pausedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::paused)
                    }
                    paused
                },
                {
                    fn treasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <treasuryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::treasury)
                    }
                    treasury
                },
                {
                    fn MAX_PRICE_AGE_LIMIT(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <MAX_PRICE_AGE_LIMITCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::MAX_PRICE_AGE_LIMIT)
                    }
                    MAX_PRICE_AGE_LIMIT
                },
                {
                    fn renounceOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::renounceOwnership)
                    }
                    renounceOwnership
                },
                {
                    fn setKeeper(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <setKeeperCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::setKeeper)
                    }
                    setKeeper
                },
                {
                    fn acceptOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <acceptOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::acceptOwnership)
                    }
                    acceptOwnership
                },
                {
                    fn postOp(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <postOpCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::postOp)
                    }
                    postOp
                },
                {
                    fn pause(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <pauseCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::pause)
                    }
                    pause
                },
                {
                    fn limits(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <limitsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::limits)
                    }
                    limits
                },
                {
                    fn setGuardian(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <setGuardianCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::setGuardian)
                    }
                    setGuardian
                },
                {
                    fn owner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::owner)
                    }
                    owner
                },
                {
                    fn setPrice(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <setPriceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::setPrice)
                    }
                    setPrice
                },
                {
                    fn ENTRY_POINT(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <ENTRY_POINTCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::ENTRY_POINT)
                    }
                    ENTRY_POINT
                },
                {
                    fn ENTRY_POINT_VERSION(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <ENTRY_POINT_VERSIONCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::ENTRY_POINT_VERSION)
                    }
                    ENTRY_POINT_VERSION
                },
                {
                    fn tokenCost(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <tokenCostCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::tokenCost)
                    }
                    tokenCost
                },
                {
                    fn price(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <priceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::price)
                    }
                    price
                },
                {
                    fn keeper(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <keeperCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::keeper)
                    }
                    keeper
                },
                {
                    fn POST_OP_GAS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <POST_OP_GASCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::POST_OP_GAS)
                    }
                    POST_OP_GAS
                },
                {
                    fn unlockStake(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <unlockStakeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::unlockStake)
                    }
                    unlockStake
                },
                {
                    fn minTokenPerNative(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <minTokenPerNativeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::minTokenPerNative)
                    }
                    minTokenPerNative
                },
                {
                    fn withdrawStake(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <withdrawStakeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::withdrawStake)
                    }
                    withdrawStake
                },
                {
                    fn getDeposit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <getDepositCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::getDeposit)
                    }
                    getDeposit
                },
                {
                    fn deposit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <depositCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::deposit)
                    }
                    deposit
                },
                {
                    fn setUnstakeDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <setUnstakeDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::setUnstakeDelay)
                    }
                    setUnstakeDelay
                },
                {
                    fn pendingOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <pendingOwnerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::pendingOwner)
                    }
                    pendingOwner
                },
                {
                    fn setLimits(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <setLimitsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::setLimits)
                    }
                    setLimits
                },
                {
                    fn setTreasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <setTreasuryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::setTreasury)
                    }
                    setTreasury
                },
                {
                    fn setPricing(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <setPricingCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::setPricing)
                    }
                    setPricing
                },
                {
                    fn transferOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <transferOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::transferOwnership)
                    }
                    transferOwnership
                },
                {
                    fn MAX_MARKUP_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterCalls> {
                        <MAX_MARKUP_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterCalls::MAX_MARKUP_BPS)
                    }
                    MAX_MARKUP_BPS
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
                Self::BPS(inner) => {
                    <BPSCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::ENTRY_POINT(inner) => {
                    <ENTRY_POINTCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ENTRY_POINT_VERSION(inner) => {
                    <ENTRY_POINT_VERSIONCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_MARKUP_BPS(inner) => {
                    <MAX_MARKUP_BPSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_PRICE_AGE_LIMIT(inner) => {
                    <MAX_PRICE_AGE_LIMITCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::POST_OP_GAS(inner) => {
                    <POST_OP_GASCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::TORA(inner) => {
                    <TORACall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::acceptOwnership(inner) => {
                    <acceptOwnershipCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::addStake(inner) => {
                    <addStakeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::deposit(inner) => {
                    <depositCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getDeposit(inner) => {
                    <getDepositCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::guardian(inner) => {
                    <guardianCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::keeper(inner) => {
                    <keeperCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::limits(inner) => {
                    <limitsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::minTokenPerNative(inner) => {
                    <minTokenPerNativeCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::owner(inner) => {
                    <ownerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::pause(inner) => {
                    <pauseCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::paused(inner) => {
                    <pausedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::pendingOwner(inner) => {
                    <pendingOwnerCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::postOp(inner) => {
                    <postOpCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::price(inner) => {
                    <priceCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::renounceOwnership(inner) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setGuardian(inner) => {
                    <setGuardianCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setKeeper(inner) => {
                    <setKeeperCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setLimits(inner) => {
                    <setLimitsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setPrice(inner) => {
                    <setPriceCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setPricing(inner) => {
                    <setPricingCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setTreasury(inner) => {
                    <setTreasuryCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setUnstakeDelay(inner) => {
                    <setUnstakeDelayCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::tokenCost(inner) => {
                    <tokenCostCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::transferOwnership(inner) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::treasury(inner) => {
                    <treasuryCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::unlockStake(inner) => {
                    <unlockStakeCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::unpause(inner) => {
                    <unpauseCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::unstakeDelay(inner) => {
                    <unstakeDelayCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::validatePaymasterUserOp(inner) => {
                    <validatePaymasterUserOpCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::version(inner) => {
                    <versionCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::withdrawDeposit(inner) => {
                    <withdrawDepositCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::withdrawStake(inner) => {
                    <withdrawStakeCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::withdrawTokens(inner) => {
                    <withdrawTokensCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::BPS(inner) => {
                    <BPSCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::ENTRY_POINT(inner) => {
                    <ENTRY_POINTCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ENTRY_POINT_VERSION(inner) => {
                    <ENTRY_POINT_VERSIONCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_MARKUP_BPS(inner) => {
                    <MAX_MARKUP_BPSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_PRICE_AGE_LIMIT(inner) => {
                    <MAX_PRICE_AGE_LIMITCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::POST_OP_GAS(inner) => {
                    <POST_OP_GASCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::TORA(inner) => {
                    <TORACall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::acceptOwnership(inner) => {
                    <acceptOwnershipCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::addStake(inner) => {
                    <addStakeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::deposit(inner) => {
                    <depositCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::getDeposit(inner) => {
                    <getDepositCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::guardian(inner) => {
                    <guardianCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::keeper(inner) => {
                    <keeperCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::limits(inner) => {
                    <limitsCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::minTokenPerNative(inner) => {
                    <minTokenPerNativeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::owner(inner) => {
                    <ownerCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::pause(inner) => {
                    <pauseCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::paused(inner) => {
                    <pausedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::pendingOwner(inner) => {
                    <pendingOwnerCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::postOp(inner) => {
                    <postOpCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::price(inner) => {
                    <priceCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::renounceOwnership(inner) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setGuardian(inner) => {
                    <setGuardianCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setKeeper(inner) => {
                    <setKeeperCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setLimits(inner) => {
                    <setLimitsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setPrice(inner) => {
                    <setPriceCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setPricing(inner) => {
                    <setPricingCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setTreasury(inner) => {
                    <setTreasuryCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setUnstakeDelay(inner) => {
                    <setUnstakeDelayCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::tokenCost(inner) => {
                    <tokenCostCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::transferOwnership(inner) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::treasury(inner) => {
                    <treasuryCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::unlockStake(inner) => {
                    <unlockStakeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::unpause(inner) => {
                    <unpauseCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::unstakeDelay(inner) => {
                    <unstakeDelayCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::validatePaymasterUserOp(inner) => {
                    <validatePaymasterUserOpCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::version(inner) => {
                    <versionCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::withdrawDeposit(inner) => {
                    <withdrawDepositCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::withdrawStake(inner) => {
                    <withdrawStakeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::withdrawTokens(inner) => {
                    <withdrawTokensCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`TensoraPaymaster`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum TensoraPaymasterErrors {
        #[allow(missing_docs)]
        ChargeAboveLimit(ChargeAboveLimit),
        #[allow(missing_docs)]
        CostAboveCap(CostAboveCap),
        #[allow(missing_docs)]
        EnforcedPause(EnforcedPause),
        #[allow(missing_docs)]
        ExpectedPause(ExpectedPause),
        #[allow(missing_docs)]
        FeeAboveCap(FeeAboveCap),
        #[allow(missing_docs)]
        InsufficientAllowance(InsufficientAllowance),
        #[allow(missing_docs)]
        InsufficientBalance(InsufficientBalance),
        #[allow(missing_docs)]
        InvalidParameter(InvalidParameter),
        #[allow(missing_docs)]
        MalformedPaymasterData(MalformedPaymasterData),
        #[allow(missing_docs)]
        NotEntryPoint(NotEntryPoint),
        #[allow(missing_docs)]
        NotOwnerOrGuardian(NotOwnerOrGuardian),
        #[allow(missing_docs)]
        NotOwnerOrKeeper(NotOwnerOrKeeper),
        #[allow(missing_docs)]
        OwnableInvalidOwner(OwnableInvalidOwner),
        #[allow(missing_docs)]
        OwnableUnauthorizedAccount(OwnableUnauthorizedAccount),
        #[allow(missing_docs)]
        PostOpGasLimitTooLow(PostOpGasLimitTooLow),
        #[allow(missing_docs)]
        PriceNotSet(PriceNotSet),
        #[allow(missing_docs)]
        SafeERC20FailedOperation(SafeERC20FailedOperation),
        #[allow(missing_docs)]
        UnsupportedEntryPointVersion(UnsupportedEntryPointVersion),
        #[allow(missing_docs)]
        ZeroAddress(ZeroAddress),
    }
    impl TensoraPaymasterErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [17u8, 140u8, 218u8, 167u8],
            [30u8, 79u8, 189u8, 247u8],
            [39u8, 81u8, 90u8, 250u8],
            [39u8, 99u8, 83u8, 87u8],
            [42u8, 27u8, 45u8, 216u8],
            [58u8, 11u8, 221u8, 156u8],
            [63u8, 138u8, 68u8, 89u8],
            [82u8, 116u8, 175u8, 231u8],
            [95u8, 244u8, 175u8, 193u8],
            [107u8, 24u8, 131u8, 243u8],
            [113u8, 89u8, 171u8, 216u8],
            [122u8, 129u8, 165u8, 58u8],
            [141u8, 252u8, 32u8, 43u8],
            [206u8, 255u8, 120u8, 203u8],
            [207u8, 71u8, 145u8, 129u8],
            [207u8, 157u8, 180u8, 137u8],
            [217u8, 60u8, 6u8, 101u8],
            [234u8, 192u8, 211u8, 137u8],
            [254u8, 29u8, 236u8, 172u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(OwnableUnauthorizedAccount),
            ::core::stringify!(OwnableInvalidOwner),
            ::core::stringify!(PriceNotSet),
            ::core::stringify!(InvalidParameter),
            ::core::stringify!(InsufficientAllowance),
            ::core::stringify!(CostAboveCap),
            ::core::stringify!(NotOwnerOrKeeper),
            ::core::stringify!(SafeERC20FailedOperation),
            ::core::stringify!(PostOpGasLimitTooLow),
            ::core::stringify!(NotOwnerOrGuardian),
            ::core::stringify!(FeeAboveCap),
            ::core::stringify!(NotEntryPoint),
            ::core::stringify!(ExpectedPause),
            ::core::stringify!(UnsupportedEntryPointVersion),
            ::core::stringify!(InsufficientBalance),
            ::core::stringify!(MalformedPaymasterData),
            ::core::stringify!(EnforcedPause),
            ::core::stringify!(ZeroAddress),
            ::core::stringify!(ChargeAboveLimit),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::SIGNATURE,
            <OwnableInvalidOwner as alloy_sol_types::SolError>::SIGNATURE,
            <PriceNotSet as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidParameter as alloy_sol_types::SolError>::SIGNATURE,
            <InsufficientAllowance as alloy_sol_types::SolError>::SIGNATURE,
            <CostAboveCap as alloy_sol_types::SolError>::SIGNATURE,
            <NotOwnerOrKeeper as alloy_sol_types::SolError>::SIGNATURE,
            <SafeERC20FailedOperation as alloy_sol_types::SolError>::SIGNATURE,
            <PostOpGasLimitTooLow as alloy_sol_types::SolError>::SIGNATURE,
            <NotOwnerOrGuardian as alloy_sol_types::SolError>::SIGNATURE,
            <FeeAboveCap as alloy_sol_types::SolError>::SIGNATURE,
            <NotEntryPoint as alloy_sol_types::SolError>::SIGNATURE,
            <ExpectedPause as alloy_sol_types::SolError>::SIGNATURE,
            <UnsupportedEntryPointVersion as alloy_sol_types::SolError>::SIGNATURE,
            <InsufficientBalance as alloy_sol_types::SolError>::SIGNATURE,
            <MalformedPaymasterData as alloy_sol_types::SolError>::SIGNATURE,
            <EnforcedPause as alloy_sol_types::SolError>::SIGNATURE,
            <ZeroAddress as alloy_sol_types::SolError>::SIGNATURE,
            <ChargeAboveLimit as alloy_sol_types::SolError>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for TensoraPaymasterErrors {
        const NAME: &'static str = "TensoraPaymasterErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 19usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::ChargeAboveLimit(_) => {
                    <ChargeAboveLimit as alloy_sol_types::SolError>::SELECTOR
                }
                Self::CostAboveCap(_) => {
                    <CostAboveCap as alloy_sol_types::SolError>::SELECTOR
                }
                Self::EnforcedPause(_) => {
                    <EnforcedPause as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ExpectedPause(_) => {
                    <ExpectedPause as alloy_sol_types::SolError>::SELECTOR
                }
                Self::FeeAboveCap(_) => {
                    <FeeAboveCap as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InsufficientAllowance(_) => {
                    <InsufficientAllowance as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InsufficientBalance(_) => {
                    <InsufficientBalance as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidParameter(_) => {
                    <InvalidParameter as alloy_sol_types::SolError>::SELECTOR
                }
                Self::MalformedPaymasterData(_) => {
                    <MalformedPaymasterData as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotEntryPoint(_) => {
                    <NotEntryPoint as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotOwnerOrGuardian(_) => {
                    <NotOwnerOrGuardian as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotOwnerOrKeeper(_) => {
                    <NotOwnerOrKeeper as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OwnableInvalidOwner(_) => {
                    <OwnableInvalidOwner as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OwnableUnauthorizedAccount(_) => {
                    <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::PostOpGasLimitTooLow(_) => {
                    <PostOpGasLimitTooLow as alloy_sol_types::SolError>::SELECTOR
                }
                Self::PriceNotSet(_) => {
                    <PriceNotSet as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeERC20FailedOperation(_) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UnsupportedEntryPointVersion(_) => {
                    <UnsupportedEntryPointVersion as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ZeroAddress(_) => {
                    <ZeroAddress as alloy_sol_types::SolError>::SELECTOR
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
            ) -> alloy_sol_types::Result<TensoraPaymasterErrors>] = &[
                {
                    fn OwnableUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterErrors::OwnableUnauthorizedAccount)
                    }
                    OwnableUnauthorizedAccount
                },
                {
                    fn OwnableInvalidOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterErrors::OwnableInvalidOwner)
                    }
                    OwnableInvalidOwner
                },
                {
                    fn PriceNotSet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <PriceNotSet as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(TensoraPaymasterErrors::PriceNotSet)
                    }
                    PriceNotSet
                },
                {
                    fn InvalidParameter(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <InvalidParameter as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterErrors::InvalidParameter)
                    }
                    InvalidParameter
                },
                {
                    fn InsufficientAllowance(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <InsufficientAllowance as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterErrors::InsufficientAllowance)
                    }
                    InsufficientAllowance
                },
                {
                    fn CostAboveCap(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <CostAboveCap as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(TensoraPaymasterErrors::CostAboveCap)
                    }
                    CostAboveCap
                },
                {
                    fn NotOwnerOrKeeper(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <NotOwnerOrKeeper as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterErrors::NotOwnerOrKeeper)
                    }
                    NotOwnerOrKeeper
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn PostOpGasLimitTooLow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <PostOpGasLimitTooLow as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterErrors::PostOpGasLimitTooLow)
                    }
                    PostOpGasLimitTooLow
                },
                {
                    fn NotOwnerOrGuardian(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <NotOwnerOrGuardian as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterErrors::NotOwnerOrGuardian)
                    }
                    NotOwnerOrGuardian
                },
                {
                    fn FeeAboveCap(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <FeeAboveCap as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(TensoraPaymasterErrors::FeeAboveCap)
                    }
                    FeeAboveCap
                },
                {
                    fn NotEntryPoint(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <NotEntryPoint as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterErrors::NotEntryPoint)
                    }
                    NotEntryPoint
                },
                {
                    fn ExpectedPause(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <ExpectedPause as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterErrors::ExpectedPause)
                    }
                    ExpectedPause
                },
                {
                    fn UnsupportedEntryPointVersion(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <UnsupportedEntryPointVersion as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterErrors::UnsupportedEntryPointVersion)
                    }
                    UnsupportedEntryPointVersion
                },
                {
                    fn InsufficientBalance(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <InsufficientBalance as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterErrors::InsufficientBalance)
                    }
                    InsufficientBalance
                },
                {
                    fn MalformedPaymasterData(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <MalformedPaymasterData as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterErrors::MalformedPaymasterData)
                    }
                    MalformedPaymasterData
                },
                {
                    fn EnforcedPause(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <EnforcedPause as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterErrors::EnforcedPause)
                    }
                    EnforcedPause
                },
                {
                    fn ZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <ZeroAddress as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(TensoraPaymasterErrors::ZeroAddress)
                    }
                    ZeroAddress
                },
                {
                    fn ChargeAboveLimit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <ChargeAboveLimit as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(TensoraPaymasterErrors::ChargeAboveLimit)
                    }
                    ChargeAboveLimit
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
            ) -> alloy_sol_types::Result<TensoraPaymasterErrors>] = &[
                {
                    fn OwnableUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterErrors::OwnableUnauthorizedAccount)
                    }
                    OwnableUnauthorizedAccount
                },
                {
                    fn OwnableInvalidOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterErrors::OwnableInvalidOwner)
                    }
                    OwnableInvalidOwner
                },
                {
                    fn PriceNotSet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <PriceNotSet as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterErrors::PriceNotSet)
                    }
                    PriceNotSet
                },
                {
                    fn InvalidParameter(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <InvalidParameter as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterErrors::InvalidParameter)
                    }
                    InvalidParameter
                },
                {
                    fn InsufficientAllowance(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <InsufficientAllowance as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterErrors::InsufficientAllowance)
                    }
                    InsufficientAllowance
                },
                {
                    fn CostAboveCap(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <CostAboveCap as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterErrors::CostAboveCap)
                    }
                    CostAboveCap
                },
                {
                    fn NotOwnerOrKeeper(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <NotOwnerOrKeeper as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterErrors::NotOwnerOrKeeper)
                    }
                    NotOwnerOrKeeper
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn PostOpGasLimitTooLow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <PostOpGasLimitTooLow as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterErrors::PostOpGasLimitTooLow)
                    }
                    PostOpGasLimitTooLow
                },
                {
                    fn NotOwnerOrGuardian(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <NotOwnerOrGuardian as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterErrors::NotOwnerOrGuardian)
                    }
                    NotOwnerOrGuardian
                },
                {
                    fn FeeAboveCap(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <FeeAboveCap as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterErrors::FeeAboveCap)
                    }
                    FeeAboveCap
                },
                {
                    fn NotEntryPoint(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <NotEntryPoint as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterErrors::NotEntryPoint)
                    }
                    NotEntryPoint
                },
                {
                    fn ExpectedPause(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <ExpectedPause as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterErrors::ExpectedPause)
                    }
                    ExpectedPause
                },
                {
                    fn UnsupportedEntryPointVersion(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <UnsupportedEntryPointVersion as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterErrors::UnsupportedEntryPointVersion)
                    }
                    UnsupportedEntryPointVersion
                },
                {
                    fn InsufficientBalance(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <InsufficientBalance as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterErrors::InsufficientBalance)
                    }
                    InsufficientBalance
                },
                {
                    fn MalformedPaymasterData(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <MalformedPaymasterData as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterErrors::MalformedPaymasterData)
                    }
                    MalformedPaymasterData
                },
                {
                    fn EnforcedPause(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <EnforcedPause as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterErrors::EnforcedPause)
                    }
                    EnforcedPause
                },
                {
                    fn ZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <ZeroAddress as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterErrors::ZeroAddress)
                    }
                    ZeroAddress
                },
                {
                    fn ChargeAboveLimit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<TensoraPaymasterErrors> {
                        <ChargeAboveLimit as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(TensoraPaymasterErrors::ChargeAboveLimit)
                    }
                    ChargeAboveLimit
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
                Self::ChargeAboveLimit(inner) => {
                    <ChargeAboveLimit as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::CostAboveCap(inner) => {
                    <CostAboveCap as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::EnforcedPause(inner) => {
                    <EnforcedPause as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ExpectedPause(inner) => {
                    <ExpectedPause as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::FeeAboveCap(inner) => {
                    <FeeAboveCap as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InsufficientAllowance(inner) => {
                    <InsufficientAllowance as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InsufficientBalance(inner) => {
                    <InsufficientBalance as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidParameter(inner) => {
                    <InvalidParameter as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MalformedPaymasterData(inner) => {
                    <MalformedPaymasterData as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotEntryPoint(inner) => {
                    <NotEntryPoint as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotOwnerOrGuardian(inner) => {
                    <NotOwnerOrGuardian as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotOwnerOrKeeper(inner) => {
                    <NotOwnerOrKeeper as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OwnableInvalidOwner(inner) => {
                    <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OwnableUnauthorizedAccount(inner) => {
                    <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::PostOpGasLimitTooLow(inner) => {
                    <PostOpGasLimitTooLow as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::PriceNotSet(inner) => {
                    <PriceNotSet as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UnsupportedEntryPointVersion(inner) => {
                    <UnsupportedEntryPointVersion as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ZeroAddress(inner) => {
                    <ZeroAddress as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::ChargeAboveLimit(inner) => {
                    <ChargeAboveLimit as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::CostAboveCap(inner) => {
                    <CostAboveCap as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::EnforcedPause(inner) => {
                    <EnforcedPause as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ExpectedPause(inner) => {
                    <ExpectedPause as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::FeeAboveCap(inner) => {
                    <FeeAboveCap as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InsufficientAllowance(inner) => {
                    <InsufficientAllowance as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InsufficientBalance(inner) => {
                    <InsufficientBalance as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidParameter(inner) => {
                    <InvalidParameter as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MalformedPaymasterData(inner) => {
                    <MalformedPaymasterData as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotEntryPoint(inner) => {
                    <NotEntryPoint as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotOwnerOrGuardian(inner) => {
                    <NotOwnerOrGuardian as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotOwnerOrKeeper(inner) => {
                    <NotOwnerOrKeeper as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OwnableInvalidOwner(inner) => {
                    <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OwnableUnauthorizedAccount(inner) => {
                    <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::PostOpGasLimitTooLow(inner) => {
                    <PostOpGasLimitTooLow as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::PriceNotSet(inner) => {
                    <PriceNotSet as alloy_sol_types::SolError>::abi_encode_raw(
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
                Self::UnsupportedEntryPointVersion(inner) => {
                    <UnsupportedEntryPointVersion as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ZeroAddress(inner) => {
                    <ZeroAddress as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`TensoraPaymaster`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum TensoraPaymasterEvents {
        #[allow(missing_docs)]
        Deposited(Deposited),
        #[allow(missing_docs)]
        GuardianSet(GuardianSet),
        #[allow(missing_docs)]
        KeeperSet(KeeperSet),
        #[allow(missing_docs)]
        LimitsSet(LimitsSet),
        #[allow(missing_docs)]
        NativeWithdrawn(NativeWithdrawn),
        #[allow(missing_docs)]
        OwnershipTransferStarted(OwnershipTransferStarted),
        #[allow(missing_docs)]
        OwnershipTransferred(OwnershipTransferred),
        #[allow(missing_docs)]
        Paused(Paused),
        #[allow(missing_docs)]
        PriceUpdated(PriceUpdated),
        #[allow(missing_docs)]
        PricingSet(PricingSet),
        #[allow(missing_docs)]
        Staked(Staked),
        #[allow(missing_docs)]
        TokensWithdrawn(TokensWithdrawn),
        #[allow(missing_docs)]
        TreasurySet(TreasurySet),
        #[allow(missing_docs)]
        Unpaused(Unpaused),
        #[allow(missing_docs)]
        UnstakeDelaySet(UnstakeDelaySet),
        #[allow(missing_docs)]
        UserOperationCharged(UserOperationCharged),
    }
    impl TensoraPaymasterEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                17u8, 134u8, 160u8, 253u8, 75u8, 108u8, 138u8, 31u8, 96u8, 195u8, 121u8,
                105u8, 95u8, 165u8, 67u8, 61u8, 149u8, 40u8, 146u8, 11u8, 104u8, 212u8,
                156u8, 84u8, 26u8, 114u8, 42u8, 40u8, 126u8, 93u8, 229u8, 120u8,
            ],
            [
                45u8, 164u8, 102u8, 167u8, 178u8, 67u8, 4u8, 244u8, 126u8, 135u8, 250u8,
                46u8, 30u8, 90u8, 129u8, 185u8, 131u8, 28u8, 229u8, 79u8, 236u8, 25u8,
                5u8, 92u8, 226u8, 119u8, 202u8, 47u8, 57u8, 186u8, 66u8, 196u8,
            ],
            [
                56u8, 209u8, 107u8, 140u8, 172u8, 34u8, 217u8, 159u8, 199u8, 193u8, 36u8,
                185u8, 205u8, 13u8, 226u8, 211u8, 250u8, 31u8, 174u8, 244u8, 32u8, 191u8,
                231u8, 145u8, 216u8, 195u8, 98u8, 215u8, 101u8, 226u8, 39u8, 0u8,
            ],
            [
                60u8, 134u8, 69u8, 65u8, 239u8, 113u8, 55u8, 140u8, 98u8, 41u8, 81u8,
                14u8, 217u8, 15u8, 55u8, 101u8, 101u8, 238u8, 66u8, 217u8, 197u8, 224u8,
                144u8, 74u8, 152u8, 74u8, 158u8, 134u8, 62u8, 109u8, 180u8, 79u8,
            ],
            [
                93u8, 185u8, 238u8, 10u8, 73u8, 91u8, 242u8, 230u8, 255u8, 156u8, 145u8,
                167u8, 131u8, 76u8, 27u8, 164u8, 253u8, 210u8, 68u8, 165u8, 232u8, 170u8,
                78u8, 83u8, 123u8, 211u8, 138u8, 234u8, 228u8, 176u8, 115u8, 170u8,
            ],
            [
                96u8, 100u8, 161u8, 141u8, 216u8, 190u8, 215u8, 186u8, 194u8, 218u8,
                25u8, 235u8, 122u8, 239u8, 106u8, 118u8, 4u8, 179u8, 56u8, 120u8, 67u8,
                102u8, 34u8, 243u8, 9u8, 14u8, 32u8, 32u8, 125u8, 217u8, 69u8, 216u8,
            ],
            [
                98u8, 231u8, 140u8, 234u8, 1u8, 190u8, 227u8, 32u8, 205u8, 78u8, 66u8,
                2u8, 112u8, 181u8, 234u8, 116u8, 0u8, 13u8, 17u8, 176u8, 201u8, 247u8,
                71u8, 84u8, 235u8, 219u8, 252u8, 84u8, 75u8, 5u8, 162u8, 88u8,
            ],
            [
                99u8, 82u8, 197u8, 56u8, 44u8, 74u8, 69u8, 120u8, 231u8, 18u8, 68u8,
                156u8, 166u8, 94u8, 131u8, 205u8, 179u8, 146u8, 208u8, 69u8, 223u8,
                207u8, 28u8, 173u8, 150u8, 21u8, 24u8, 157u8, 178u8, 218u8, 36u8, 75u8,
            ],
            [
                133u8, 236u8, 13u8, 205u8, 159u8, 6u8, 160u8, 11u8, 55u8, 30u8, 24u8,
                45u8, 102u8, 57u8, 14u8, 38u8, 142u8, 190u8, 201u8, 146u8, 203u8, 101u8,
                203u8, 16u8, 74u8, 183u8, 251u8, 36u8, 48u8, 209u8, 244u8, 204u8,
            ],
            [
                136u8, 200u8, 249u8, 69u8, 15u8, 210u8, 164u8, 22u8, 88u8, 45u8, 46u8,
                104u8, 116u8, 178u8, 18u8, 25u8, 214u8, 1u8, 34u8, 163u8, 165u8, 196u8,
                223u8, 225u8, 67u8, 58u8, 187u8, 135u8, 57u8, 56u8, 96u8, 172u8,
            ],
            [
                139u8, 224u8, 7u8, 156u8, 83u8, 22u8, 89u8, 20u8, 19u8, 68u8, 205u8,
                31u8, 208u8, 164u8, 242u8, 132u8, 25u8, 73u8, 127u8, 151u8, 34u8, 163u8,
                218u8, 175u8, 227u8, 180u8, 24u8, 111u8, 107u8, 100u8, 87u8, 224u8,
            ],
            [
                195u8, 3u8, 202u8, 128u8, 131u8, 130u8, 64u8, 148u8, 114u8, 172u8, 187u8,
                248u8, 153u8, 195u8, 22u8, 207u8, 67u8, 159u8, 64u8, 159u8, 101u8, 132u8,
                170u8, 226u8, 45u8, 248u8, 109u8, 250u8, 60u8, 158u8, 213u8, 4u8,
            ],
            [
                200u8, 88u8, 185u8, 204u8, 169u8, 199u8, 119u8, 240u8, 51u8, 126u8, 87u8,
                26u8, 124u8, 192u8, 16u8, 146u8, 187u8, 194u8, 82u8, 69u8, 5u8, 220u8,
                39u8, 82u8, 96u8, 227u8, 184u8, 166u8, 171u8, 120u8, 85u8, 88u8,
            ],
            [
                216u8, 229u8, 26u8, 89u8, 184u8, 166u8, 142u8, 240u8, 214u8, 83u8, 136u8,
                39u8, 190u8, 126u8, 229u8, 154u8, 53u8, 14u8, 181u8, 190u8, 195u8, 72u8,
                61u8, 119u8, 240u8, 199u8, 7u8, 134u8, 68u8, 2u8, 81u8, 162u8,
            ],
            [
                220u8, 61u8, 186u8, 29u8, 100u8, 221u8, 103u8, 192u8, 220u8, 139u8, 18u8,
                98u8, 30u8, 221u8, 12u8, 108u8, 164u8, 48u8, 58u8, 144u8, 115u8, 195u8,
                168u8, 252u8, 172u8, 56u8, 17u8, 94u8, 115u8, 214u8, 123u8, 107u8,
            ],
            [
                230u8, 192u8, 159u8, 254u8, 69u8, 114u8, 220u8, 156u8, 234u8, 165u8,
                221u8, 222u8, 74u8, 228u8, 27u8, 239u8, 166u8, 85u8, 214u8, 253u8, 254u8,
                128u8, 82u8, 7u8, 122u8, 240u8, 151u8, 15u8, 112u8, 14u8, 148u8, 46u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(Staked),
            ::core::stringify!(Deposited),
            ::core::stringify!(OwnershipTransferStarted),
            ::core::stringify!(TreasurySet),
            ::core::stringify!(Unpaused),
            ::core::stringify!(PriceUpdated),
            ::core::stringify!(Paused),
            ::core::stringify!(TokensWithdrawn),
            ::core::stringify!(PricingSet),
            ::core::stringify!(LimitsSet),
            ::core::stringify!(OwnershipTransferred),
            ::core::stringify!(NativeWithdrawn),
            ::core::stringify!(UserOperationCharged),
            ::core::stringify!(UnstakeDelaySet),
            ::core::stringify!(KeeperSet),
            ::core::stringify!(GuardianSet),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <Staked as alloy_sol_types::SolEvent>::SIGNATURE,
            <Deposited as alloy_sol_types::SolEvent>::SIGNATURE,
            <OwnershipTransferStarted as alloy_sol_types::SolEvent>::SIGNATURE,
            <TreasurySet as alloy_sol_types::SolEvent>::SIGNATURE,
            <Unpaused as alloy_sol_types::SolEvent>::SIGNATURE,
            <PriceUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <Paused as alloy_sol_types::SolEvent>::SIGNATURE,
            <TokensWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <PricingSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <LimitsSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <OwnershipTransferred as alloy_sol_types::SolEvent>::SIGNATURE,
            <NativeWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <UserOperationCharged as alloy_sol_types::SolEvent>::SIGNATURE,
            <UnstakeDelaySet as alloy_sol_types::SolEvent>::SIGNATURE,
            <KeeperSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <GuardianSet as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for TensoraPaymasterEvents {
        const NAME: &'static str = "TensoraPaymasterEvents";
        const COUNT: usize = 16usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<Deposited as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Deposited as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::Deposited)
                }
                Some(<GuardianSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <GuardianSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::GuardianSet)
                }
                Some(<KeeperSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <KeeperSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::KeeperSet)
                }
                Some(<LimitsSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <LimitsSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::LimitsSet)
                }
                Some(<NativeWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <NativeWithdrawn as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::NativeWithdrawn)
                }
                Some(
                    <OwnershipTransferStarted as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <OwnershipTransferStarted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::OwnershipTransferStarted)
                }
                Some(
                    <OwnershipTransferred as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <OwnershipTransferred as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::OwnershipTransferred)
                }
                Some(<Paused as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Paused as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Paused)
                }
                Some(<PriceUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <PriceUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::PriceUpdated)
                }
                Some(<PricingSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <PricingSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::PricingSet)
                }
                Some(<Staked as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Staked as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Staked)
                }
                Some(<TokensWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TokensWithdrawn as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::TokensWithdrawn)
                }
                Some(<TreasurySet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TreasurySet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::TreasurySet)
                }
                Some(<Unpaused as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Unpaused as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Unpaused)
                }
                Some(<UnstakeDelaySet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <UnstakeDelaySet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::UnstakeDelaySet)
                }
                Some(
                    <UserOperationCharged as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <UserOperationCharged as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::UserOperationCharged)
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
    impl alloy_sol_types::private::IntoLogData for TensoraPaymasterEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::Deposited(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::GuardianSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::KeeperSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::LimitsSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::NativeWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::OwnershipTransferStarted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::OwnershipTransferred(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Paused(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::PriceUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::PricingSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Staked(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::TokensWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::TreasurySet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Unpaused(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::UnstakeDelaySet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::UserOperationCharged(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::Deposited(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::GuardianSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::KeeperSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::LimitsSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::NativeWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::OwnershipTransferStarted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::OwnershipTransferred(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Paused(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::PriceUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::PricingSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Staked(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::TokensWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::TreasurySet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Unpaused(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::UnstakeDelaySet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::UserOperationCharged(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`TensoraPaymaster`](self) contract instance.

See the [wrapper's documentation](`TensoraPaymasterInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> TensoraPaymasterInstance<P, N> {
        TensoraPaymasterInstance::<P, N>::new(address, __provider)
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
        owner_: alloy::sol_types::private::Address,
        entryPoint_: alloy::sol_types::private::Address,
        entryPointVersion_: u8,
        tora_: alloy::sol_types::private::Address,
        treasury_: alloy::sol_types::private::Address,
        guardian_: alloy::sol_types::private::Address,
        keeper_: alloy::sol_types::private::Address,
        markupBps_: u16,
        maxPriceAge_: alloy::sol_types::private::primitives::aliases::U48,
        minTokenPerNative_: alloy::sol_types::private::primitives::aliases::U256,
        limits_: <ITensoraPaymaster::Limits as alloy::sol_types::SolType>::RustType,
        unstakeDelay_: u32,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<TensoraPaymasterInstance<P, N>>,
    > {
        TensoraPaymasterInstance::<
            P,
            N,
        >::deploy(
            __provider,
            owner_,
            entryPoint_,
            entryPointVersion_,
            tora_,
            treasury_,
            guardian_,
            keeper_,
            markupBps_,
            maxPriceAge_,
            minTokenPerNative_,
            limits_,
            unstakeDelay_,
        )
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
        owner_: alloy::sol_types::private::Address,
        entryPoint_: alloy::sol_types::private::Address,
        entryPointVersion_: u8,
        tora_: alloy::sol_types::private::Address,
        treasury_: alloy::sol_types::private::Address,
        guardian_: alloy::sol_types::private::Address,
        keeper_: alloy::sol_types::private::Address,
        markupBps_: u16,
        maxPriceAge_: alloy::sol_types::private::primitives::aliases::U48,
        minTokenPerNative_: alloy::sol_types::private::primitives::aliases::U256,
        limits_: <ITensoraPaymaster::Limits as alloy::sol_types::SolType>::RustType,
        unstakeDelay_: u32,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        TensoraPaymasterInstance::<
            P,
            N,
        >::deploy_builder(
            __provider,
            owner_,
            entryPoint_,
            entryPointVersion_,
            tora_,
            treasury_,
            guardian_,
            keeper_,
            markupBps_,
            maxPriceAge_,
            minTokenPerNative_,
            limits_,
            unstakeDelay_,
        )
    }
    /**A [`TensoraPaymaster`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`TensoraPaymaster`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct TensoraPaymasterInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for TensoraPaymasterInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("TensoraPaymasterInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > TensoraPaymasterInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`TensoraPaymaster`](self) contract instance.

See the [wrapper's documentation](`TensoraPaymasterInstance`) for more details.*/
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
            owner_: alloy::sol_types::private::Address,
            entryPoint_: alloy::sol_types::private::Address,
            entryPointVersion_: u8,
            tora_: alloy::sol_types::private::Address,
            treasury_: alloy::sol_types::private::Address,
            guardian_: alloy::sol_types::private::Address,
            keeper_: alloy::sol_types::private::Address,
            markupBps_: u16,
            maxPriceAge_: alloy::sol_types::private::primitives::aliases::U48,
            minTokenPerNative_: alloy::sol_types::private::primitives::aliases::U256,
            limits_: <ITensoraPaymaster::Limits as alloy::sol_types::SolType>::RustType,
            unstakeDelay_: u32,
        ) -> alloy_contract::Result<TensoraPaymasterInstance<P, N>> {
            let call_builder = Self::deploy_builder(
                __provider,
                owner_,
                entryPoint_,
                entryPointVersion_,
                tora_,
                treasury_,
                guardian_,
                keeper_,
                markupBps_,
                maxPriceAge_,
                minTokenPerNative_,
                limits_,
                unstakeDelay_,
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
            owner_: alloy::sol_types::private::Address,
            entryPoint_: alloy::sol_types::private::Address,
            entryPointVersion_: u8,
            tora_: alloy::sol_types::private::Address,
            treasury_: alloy::sol_types::private::Address,
            guardian_: alloy::sol_types::private::Address,
            keeper_: alloy::sol_types::private::Address,
            markupBps_: u16,
            maxPriceAge_: alloy::sol_types::private::primitives::aliases::U48,
            minTokenPerNative_: alloy::sol_types::private::primitives::aliases::U256,
            limits_: <ITensoraPaymaster::Limits as alloy::sol_types::SolType>::RustType,
            unstakeDelay_: u32,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(
                        &constructorCall {
                            owner_,
                            entryPoint_,
                            entryPointVersion_,
                            tora_,
                            treasury_,
                            guardian_,
                            keeper_,
                            markupBps_,
                            maxPriceAge_,
                            minTokenPerNative_,
                            limits_,
                            unstakeDelay_,
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
    impl<P: ::core::clone::Clone, N> TensoraPaymasterInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> TensoraPaymasterInstance<P, N> {
            TensoraPaymasterInstance {
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
    > TensoraPaymasterInstance<P, N> {
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
        ///Creates a new call builder for the [`BPS`] function.
        pub fn BPS(&self) -> alloy_contract::SolCallBuilder<&P, BPSCall, N> {
            self.call_builder(&BPSCall)
        }
        ///Creates a new call builder for the [`ENTRY_POINT`] function.
        pub fn ENTRY_POINT(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, ENTRY_POINTCall, N> {
            self.call_builder(&ENTRY_POINTCall)
        }
        ///Creates a new call builder for the [`ENTRY_POINT_VERSION`] function.
        pub fn ENTRY_POINT_VERSION(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, ENTRY_POINT_VERSIONCall, N> {
            self.call_builder(&ENTRY_POINT_VERSIONCall)
        }
        ///Creates a new call builder for the [`MAX_MARKUP_BPS`] function.
        pub fn MAX_MARKUP_BPS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_MARKUP_BPSCall, N> {
            self.call_builder(&MAX_MARKUP_BPSCall)
        }
        ///Creates a new call builder for the [`MAX_PRICE_AGE_LIMIT`] function.
        pub fn MAX_PRICE_AGE_LIMIT(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_PRICE_AGE_LIMITCall, N> {
            self.call_builder(&MAX_PRICE_AGE_LIMITCall)
        }
        ///Creates a new call builder for the [`POST_OP_GAS`] function.
        pub fn POST_OP_GAS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, POST_OP_GASCall, N> {
            self.call_builder(&POST_OP_GASCall)
        }
        ///Creates a new call builder for the [`TORA`] function.
        pub fn TORA(&self) -> alloy_contract::SolCallBuilder<&P, TORACall, N> {
            self.call_builder(&TORACall)
        }
        ///Creates a new call builder for the [`acceptOwnership`] function.
        pub fn acceptOwnership(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, acceptOwnershipCall, N> {
            self.call_builder(&acceptOwnershipCall)
        }
        ///Creates a new call builder for the [`addStake`] function.
        pub fn addStake(&self) -> alloy_contract::SolCallBuilder<&P, addStakeCall, N> {
            self.call_builder(&addStakeCall)
        }
        ///Creates a new call builder for the [`deposit`] function.
        pub fn deposit(&self) -> alloy_contract::SolCallBuilder<&P, depositCall, N> {
            self.call_builder(&depositCall)
        }
        ///Creates a new call builder for the [`getDeposit`] function.
        pub fn getDeposit(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, getDepositCall, N> {
            self.call_builder(&getDepositCall)
        }
        ///Creates a new call builder for the [`guardian`] function.
        pub fn guardian(&self) -> alloy_contract::SolCallBuilder<&P, guardianCall, N> {
            self.call_builder(&guardianCall)
        }
        ///Creates a new call builder for the [`keeper`] function.
        pub fn keeper(&self) -> alloy_contract::SolCallBuilder<&P, keeperCall, N> {
            self.call_builder(&keeperCall)
        }
        ///Creates a new call builder for the [`limits`] function.
        pub fn limits(&self) -> alloy_contract::SolCallBuilder<&P, limitsCall, N> {
            self.call_builder(&limitsCall)
        }
        ///Creates a new call builder for the [`minTokenPerNative`] function.
        pub fn minTokenPerNative(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, minTokenPerNativeCall, N> {
            self.call_builder(&minTokenPerNativeCall)
        }
        ///Creates a new call builder for the [`owner`] function.
        pub fn owner(&self) -> alloy_contract::SolCallBuilder<&P, ownerCall, N> {
            self.call_builder(&ownerCall)
        }
        ///Creates a new call builder for the [`pause`] function.
        pub fn pause(&self) -> alloy_contract::SolCallBuilder<&P, pauseCall, N> {
            self.call_builder(&pauseCall)
        }
        ///Creates a new call builder for the [`paused`] function.
        pub fn paused(&self) -> alloy_contract::SolCallBuilder<&P, pausedCall, N> {
            self.call_builder(&pausedCall)
        }
        ///Creates a new call builder for the [`pendingOwner`] function.
        pub fn pendingOwner(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, pendingOwnerCall, N> {
            self.call_builder(&pendingOwnerCall)
        }
        ///Creates a new call builder for the [`postOp`] function.
        pub fn postOp(
            &self,
            _0: <IPaymaster::PostOpMode as alloy::sol_types::SolType>::RustType,
            context: alloy::sol_types::private::Bytes,
            actualGasCost: alloy::sol_types::private::primitives::aliases::U256,
            actualUserOpFeePerGas: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, postOpCall, N> {
            self.call_builder(
                &postOpCall {
                    _0,
                    context,
                    actualGasCost,
                    actualUserOpFeePerGas,
                },
            )
        }
        ///Creates a new call builder for the [`price`] function.
        pub fn price(&self) -> alloy_contract::SolCallBuilder<&P, priceCall, N> {
            self.call_builder(&priceCall)
        }
        ///Creates a new call builder for the [`renounceOwnership`] function.
        pub fn renounceOwnership(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, renounceOwnershipCall, N> {
            self.call_builder(&renounceOwnershipCall)
        }
        ///Creates a new call builder for the [`setGuardian`] function.
        pub fn setGuardian(
            &self,
            guardian_: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, setGuardianCall, N> {
            self.call_builder(&setGuardianCall { guardian_ })
        }
        ///Creates a new call builder for the [`setKeeper`] function.
        pub fn setKeeper(
            &self,
            keeper_: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, setKeeperCall, N> {
            self.call_builder(&setKeeperCall { keeper_ })
        }
        ///Creates a new call builder for the [`setLimits`] function.
        pub fn setLimits(
            &self,
            limits_: <ITensoraPaymaster::Limits as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, setLimitsCall, N> {
            self.call_builder(&setLimitsCall { limits_ })
        }
        ///Creates a new call builder for the [`setPrice`] function.
        pub fn setPrice(
            &self,
            tokenPerNative: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, setPriceCall, N> {
            self.call_builder(&setPriceCall { tokenPerNative })
        }
        ///Creates a new call builder for the [`setPricing`] function.
        pub fn setPricing(
            &self,
            markupBps: u16,
            maxPriceAge: alloy::sol_types::private::primitives::aliases::U48,
            minTokenPerNative_: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, setPricingCall, N> {
            self.call_builder(
                &setPricingCall {
                    markupBps,
                    maxPriceAge,
                    minTokenPerNative_,
                },
            )
        }
        ///Creates a new call builder for the [`setTreasury`] function.
        pub fn setTreasury(
            &self,
            treasury_: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, setTreasuryCall, N> {
            self.call_builder(&setTreasuryCall { treasury_ })
        }
        ///Creates a new call builder for the [`setUnstakeDelay`] function.
        pub fn setUnstakeDelay(
            &self,
            unstakeDelay_: u32,
        ) -> alloy_contract::SolCallBuilder<&P, setUnstakeDelayCall, N> {
            self.call_builder(
                &setUnstakeDelayCall {
                    unstakeDelay_,
                },
            )
        }
        ///Creates a new call builder for the [`tokenCost`] function.
        pub fn tokenCost(
            &self,
            nativeCost: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, tokenCostCall, N> {
            self.call_builder(&tokenCostCall { nativeCost })
        }
        ///Creates a new call builder for the [`transferOwnership`] function.
        pub fn transferOwnership(
            &self,
            newOwner: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, transferOwnershipCall, N> {
            self.call_builder(&transferOwnershipCall { newOwner })
        }
        ///Creates a new call builder for the [`treasury`] function.
        pub fn treasury(&self) -> alloy_contract::SolCallBuilder<&P, treasuryCall, N> {
            self.call_builder(&treasuryCall)
        }
        ///Creates a new call builder for the [`unlockStake`] function.
        pub fn unlockStake(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, unlockStakeCall, N> {
            self.call_builder(&unlockStakeCall)
        }
        ///Creates a new call builder for the [`unpause`] function.
        pub fn unpause(&self) -> alloy_contract::SolCallBuilder<&P, unpauseCall, N> {
            self.call_builder(&unpauseCall)
        }
        ///Creates a new call builder for the [`unstakeDelay`] function.
        pub fn unstakeDelay(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, unstakeDelayCall, N> {
            self.call_builder(&unstakeDelayCall)
        }
        ///Creates a new call builder for the [`validatePaymasterUserOp`] function.
        pub fn validatePaymasterUserOp(
            &self,
            userOp: <PackedUserOperation as alloy::sol_types::SolType>::RustType,
            _1: alloy::sol_types::private::FixedBytes<32>,
            maxCost: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, validatePaymasterUserOpCall, N> {
            self.call_builder(
                &validatePaymasterUserOpCall {
                    userOp,
                    _1,
                    maxCost,
                },
            )
        }
        ///Creates a new call builder for the [`version`] function.
        pub fn version(&self) -> alloy_contract::SolCallBuilder<&P, versionCall, N> {
            self.call_builder(&versionCall)
        }
        ///Creates a new call builder for the [`withdrawDeposit`] function.
        pub fn withdrawDeposit(
            &self,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, withdrawDepositCall, N> {
            self.call_builder(&withdrawDepositCall { amount })
        }
        ///Creates a new call builder for the [`withdrawStake`] function.
        pub fn withdrawStake(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, withdrawStakeCall, N> {
            self.call_builder(&withdrawStakeCall)
        }
        ///Creates a new call builder for the [`withdrawTokens`] function.
        pub fn withdrawTokens(
            &self,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, withdrawTokensCall, N> {
            self.call_builder(&withdrawTokensCall { amount })
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > TensoraPaymasterInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`Deposited`] event.
        pub fn Deposited_filter(&self) -> alloy_contract::Event<&P, Deposited, N> {
            self.event_filter::<Deposited>()
        }
        ///Creates a new event filter for the [`GuardianSet`] event.
        pub fn GuardianSet_filter(&self) -> alloy_contract::Event<&P, GuardianSet, N> {
            self.event_filter::<GuardianSet>()
        }
        ///Creates a new event filter for the [`KeeperSet`] event.
        pub fn KeeperSet_filter(&self) -> alloy_contract::Event<&P, KeeperSet, N> {
            self.event_filter::<KeeperSet>()
        }
        ///Creates a new event filter for the [`LimitsSet`] event.
        pub fn LimitsSet_filter(&self) -> alloy_contract::Event<&P, LimitsSet, N> {
            self.event_filter::<LimitsSet>()
        }
        ///Creates a new event filter for the [`NativeWithdrawn`] event.
        pub fn NativeWithdrawn_filter(
            &self,
        ) -> alloy_contract::Event<&P, NativeWithdrawn, N> {
            self.event_filter::<NativeWithdrawn>()
        }
        ///Creates a new event filter for the [`OwnershipTransferStarted`] event.
        pub fn OwnershipTransferStarted_filter(
            &self,
        ) -> alloy_contract::Event<&P, OwnershipTransferStarted, N> {
            self.event_filter::<OwnershipTransferStarted>()
        }
        ///Creates a new event filter for the [`OwnershipTransferred`] event.
        pub fn OwnershipTransferred_filter(
            &self,
        ) -> alloy_contract::Event<&P, OwnershipTransferred, N> {
            self.event_filter::<OwnershipTransferred>()
        }
        ///Creates a new event filter for the [`Paused`] event.
        pub fn Paused_filter(&self) -> alloy_contract::Event<&P, Paused, N> {
            self.event_filter::<Paused>()
        }
        ///Creates a new event filter for the [`PriceUpdated`] event.
        pub fn PriceUpdated_filter(&self) -> alloy_contract::Event<&P, PriceUpdated, N> {
            self.event_filter::<PriceUpdated>()
        }
        ///Creates a new event filter for the [`PricingSet`] event.
        pub fn PricingSet_filter(&self) -> alloy_contract::Event<&P, PricingSet, N> {
            self.event_filter::<PricingSet>()
        }
        ///Creates a new event filter for the [`Staked`] event.
        pub fn Staked_filter(&self) -> alloy_contract::Event<&P, Staked, N> {
            self.event_filter::<Staked>()
        }
        ///Creates a new event filter for the [`TokensWithdrawn`] event.
        pub fn TokensWithdrawn_filter(
            &self,
        ) -> alloy_contract::Event<&P, TokensWithdrawn, N> {
            self.event_filter::<TokensWithdrawn>()
        }
        ///Creates a new event filter for the [`TreasurySet`] event.
        pub fn TreasurySet_filter(&self) -> alloy_contract::Event<&P, TreasurySet, N> {
            self.event_filter::<TreasurySet>()
        }
        ///Creates a new event filter for the [`Unpaused`] event.
        pub fn Unpaused_filter(&self) -> alloy_contract::Event<&P, Unpaused, N> {
            self.event_filter::<Unpaused>()
        }
        ///Creates a new event filter for the [`UnstakeDelaySet`] event.
        pub fn UnstakeDelaySet_filter(
            &self,
        ) -> alloy_contract::Event<&P, UnstakeDelaySet, N> {
            self.event_filter::<UnstakeDelaySet>()
        }
        ///Creates a new event filter for the [`UserOperationCharged`] event.
        pub fn UserOperationCharged_filter(
            &self,
        ) -> alloy_contract::Event<&P, UserOperationCharged, N> {
            self.event_filter::<UserOperationCharged>()
        }
    }
}
