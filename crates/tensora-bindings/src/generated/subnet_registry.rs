///Module containing a contract's types and functions.
/**

```solidity
library ISubnetRegistry {
    type Stage is uint8;
    struct Subnet { string name; string inferenceType; uint256 emissionWeight; address instance; address owner; Stage stage; bool active; uint64 createdAt; uint16 implementationVersion; uint256 minerCount; uint256 validatorCount; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod ISubnetRegistry {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Stage(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Stage> for u8 {
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
        impl Stage {
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
        impl From<u8> for Stage {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<Stage> for u8 {
            fn from(value: Stage) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Stage {
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
        impl alloy_sol_types::EventTopic for Stage {
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
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Subnet { string name; string inferenceType; uint256 emissionWeight; address instance; address owner; Stage stage; bool active; uint64 createdAt; uint16 implementationVersion; uint256 minerCount; uint256 validatorCount; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Subnet {
        #[allow(missing_docs)]
        pub name: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub inferenceType: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub emissionWeight: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub instance: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub stage: <Stage as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub active: bool,
        #[allow(missing_docs)]
        pub createdAt: u64,
        #[allow(missing_docs)]
        pub implementationVersion: u16,
        #[allow(missing_docs)]
        pub minerCount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub validatorCount: alloy::sol_types::private::primitives::aliases::U256,
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
            alloy::sol_types::sol_data::String,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Address,
            Stage,
            alloy::sol_types::sol_data::Bool,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::String,
            alloy::sol_types::private::String,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::Address,
            alloy::sol_types::private::Address,
            <Stage as alloy::sol_types::SolType>::RustType,
            bool,
            u64,
            u16,
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
        impl ::core::convert::From<Subnet> for UnderlyingRustTuple<'_> {
            fn from(value: Subnet) -> Self {
                (
                    value.name,
                    value.inferenceType,
                    value.emissionWeight,
                    value.instance,
                    value.owner,
                    value.stage,
                    value.active,
                    value.createdAt,
                    value.implementationVersion,
                    value.minerCount,
                    value.validatorCount,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Subnet {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    name: tuple.0,
                    inferenceType: tuple.1,
                    emissionWeight: tuple.2,
                    instance: tuple.3,
                    owner: tuple.4,
                    stage: tuple.5,
                    active: tuple.6,
                    createdAt: tuple.7,
                    implementationVersion: tuple.8,
                    minerCount: tuple.9,
                    validatorCount: tuple.10,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Subnet {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Subnet {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.name,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.inferenceType,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.emissionWeight),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.instance,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                    <Stage as alloy_sol_types::SolType>::tokenize(&self.stage),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.active,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.createdAt),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(
                        &self.implementationVersion,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.minerCount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.validatorCount),
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
        impl alloy_sol_types::SolType for Subnet {
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
        impl alloy_sol_types::SolStruct for Subnet {
            const NAME: &'static str = "Subnet";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Subnet(string name,string inferenceType,uint256 emissionWeight,address instance,address owner,uint8 stage,bool active,uint64 createdAt,uint16 implementationVersion,uint256 minerCount,uint256 validatorCount)",
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
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::eip712_data_word(
                            &self.name,
                        )
                        .0,
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::eip712_data_word(
                            &self.inferenceType,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.emissionWeight,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.instance,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.owner,
                        )
                        .0,
                    <Stage as alloy_sol_types::SolType>::eip712_data_word(&self.stage).0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.active,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.createdAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.implementationVersion,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.minerCount)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.validatorCount,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Subnet {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::String as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.name,
                    )
                    + <alloy::sol_types::sol_data::String as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.inferenceType,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.emissionWeight,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.instance,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.owner,
                    )
                    + <Stage as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.stage,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.active,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.createdAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.implementationVersion,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.minerCount,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.validatorCount,
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
                <alloy::sol_types::sol_data::String as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.name,
                    out,
                );
                <alloy::sol_types::sol_data::String as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.inferenceType,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.emissionWeight,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.instance,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.owner,
                    out,
                );
                <Stage as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.stage,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.active,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.createdAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    16,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.implementationVersion,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.minerCount,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.validatorCount,
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
    /**Creates a new wrapper around an on-chain [`ISubnetRegistry`](self) contract instance.

See the [wrapper's documentation](`ISubnetRegistryInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> ISubnetRegistryInstance<P, N> {
        ISubnetRegistryInstance::<P, N>::new(address, __provider)
    }
    /**A [`ISubnetRegistry`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`ISubnetRegistry`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct ISubnetRegistryInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for ISubnetRegistryInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("ISubnetRegistryInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > ISubnetRegistryInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`ISubnetRegistry`](self) contract instance.

See the [wrapper's documentation](`ISubnetRegistryInstance`) for more details.*/
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
    impl<P: ::core::clone::Clone, N> ISubnetRegistryInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> ISubnetRegistryInstance<P, N> {
            ISubnetRegistryInstance {
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
    > ISubnetRegistryInstance<P, N> {
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
    > ISubnetRegistryInstance<P, N> {
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
library ISubnetRegistry {
    type Stage is uint8;
    struct Subnet {
        string name;
        string inferenceType;
        uint256 emissionWeight;
        address instance;
        address owner;
        Stage stage;
        bool active;
        uint64 createdAt;
        uint16 implementationVersion;
        uint256 minerCount;
        uint256 validatorCount;
    }
}

interface SubnetRegistry {
    struct Config {
        address treasury;
        uint256 creationFee;
        uint16 maxSubnets;
        uint32 hyperparameterCooldown;
        uint32 hyperparameterFreezeWindow;
        Hyperparameters minBounds;
        Hyperparameters maxBounds;
        address guardian;
        address emissionWeights;
        address initialImplementation;
    }
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

    error EnforcedPause();
    error ExpectedPause();
    error FailedDeployment();
    error HyperparameterOutOfBounds(string field, uint256 value, uint256 min, uint256 max);
    error InconsistentHyperparameters(string field);
    error InsufficientBalance(uint256 balance, uint256 needed);
    error InvalidBounds(string field);
    error InvalidImplementation(address implementation);
    error InvalidLabel(string field, uint256 length, uint256 maxLength);
    error NameTaken(string name);
    error NoImplementation();
    error NotOwnerOrGuardian(address caller);
    error OwnableInvalidOwner(address owner);
    error OwnableUnauthorizedAccount(address account);
    error ReentrancyGuardReentrantCall();
    error SafeERC20FailedOperation(address token);
    error SettingAboveLimit(string setting, uint256 value, uint256 limit);
    error SubnetCapReached(uint256 maxSubnets);
    error SubnetNotActive(uint256 subnetId);
    error UnknownSubnet(uint256 subnetId);
    error ZeroAddress(string parameter);

    event CreationFeeSet(uint256 fee);
    event EmissionWeightsSet(address indexed emissionWeights);
    event GuardianSet(address indexed guardian);
    event HyperparameterBoundsSet(Hyperparameters min, Hyperparameters max);
    event HyperparameterTimingSet(uint32 cooldown, uint32 freezeWindow);
    event ImplementationAdded(uint16 indexed version, address indexed implementation);
    event MaxSubnetsSet(uint256 maxSubnets);
    event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    event Paused(address account);
    event SlashDestinationSet(bool burn);
    event SubnetCreated(uint256 indexed subnetId, address indexed instance, address indexed owner, string name, string inferenceType, uint16 implementationVersion, Hyperparameters hyperparameters, uint256 feePaid);
    event SubnetDeactivated(uint256 indexed subnetId);
    event SubnetPauseSet(uint256 indexed subnetId, bool paused);
    event TreasurySet(address indexed treasury);
    event Unpaused(address account);

    constructor(address owner_, address tora_, Config config);

    function MAX_COOLDOWN() external view returns (uint256);
    function MAX_CREATION_FEE() external view returns (uint256);
    function MAX_LABEL_LENGTH() external view returns (uint256);
    function MAX_SLOTS_LIMIT() external view returns (uint256);
    function MAX_SUBNETS_LIMIT() external view returns (uint256);
    function MAX_VALIDATORS_LIMIT() external view returns (uint256);
    function acceptOwnership() external;
    function addImplementation(address impl) external returns (uint16 versionId);
    function burnSlashed() external view returns (bool);
    function checkHyperparameters(Hyperparameters memory hp) external view;
    function createSubnet(string memory name, string memory inferenceType, Hyperparameters memory hp) external returns (uint256 subnetId, address instance);
    function creationFee() external view returns (uint256);
    function deactivateSubnet(uint256 subnetId) external;
    function emissionWeights() external view returns (address);
    function getActiveSubnets() external view returns (uint256[] memory ids);
    function guardian() external view returns (address);
    function hyperparameterBounds() external view returns (Hyperparameters memory min, Hyperparameters memory max);
    function hyperparameterCooldown() external view returns (uint32);
    function hyperparameterFreezeWindow() external view returns (uint32);
    function implementation(uint16 versionId) external view returns (address);
    function implementationCount() external view returns (uint256);
    function instanceOf(uint256 subnetId) external view returns (address);
    function isActive(uint256 subnetId) external view returns (bool);
    function isSubnetInstance(address instance) external view returns (bool);
    function maxSubnets() external view returns (uint16);
    function owner() external view returns (address);
    function pause() external;
    function pauseSubnet(uint256 subnetId) external;
    function paused() external view returns (bool);
    function pendingOwner() external view returns (address);
    function renounceOwnership() external;
    function setBurnSlashed(bool burn) external;
    function setCreationFee(uint256 fee) external;
    function setEmissionWeights(address source) external;
    function setGuardian(address guardian_) external;
    function setHyperparameterBounds(Hyperparameters memory min, Hyperparameters memory max) external;
    function setHyperparameterTiming(uint32 cooldown, uint32 freezeWindow) external;
    function setMaxSubnets(uint16 maxSubnets_) external;
    function setTreasury(address treasury_) external;
    function subnetCount() external view returns (uint256);
    function subnets(uint256 subnetId) external view returns (ISubnetRegistry.Subnet memory s);
    function transferOwnership(address newOwner) external;
    function treasury() external view returns (address);
    function unpause() external;
    function unpauseSubnet(uint256 subnetId) external;
    function version() external pure returns (string memory);
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
        "name": "tora_",
        "type": "address",
        "internalType": "contract IERC20"
      },
      {
        "name": "config",
        "type": "tuple",
        "internalType": "struct SubnetRegistry.Config",
        "components": [
          {
            "name": "treasury",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "creationFee",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "maxSubnets",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "hyperparameterCooldown",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "hyperparameterFreezeWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "minBounds",
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
          },
          {
            "name": "maxBounds",
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
          },
          {
            "name": "guardian",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "emissionWeights",
            "type": "address",
            "internalType": "contract IEmissionWeights"
          },
          {
            "name": "initialImplementation",
            "type": "address",
            "internalType": "address"
          }
        ]
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "MAX_COOLDOWN",
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
    "name": "MAX_CREATION_FEE",
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
    "name": "MAX_LABEL_LENGTH",
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
    "name": "MAX_SLOTS_LIMIT",
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
    "name": "MAX_SUBNETS_LIMIT",
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
    "name": "MAX_VALIDATORS_LIMIT",
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
    "name": "acceptOwnership",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "addImplementation",
    "inputs": [
      {
        "name": "impl",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "versionId",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "burnSlashed",
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
    "name": "checkHyperparameters",
    "inputs": [
      {
        "name": "hp",
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
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "createSubnet",
    "inputs": [
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "inferenceType",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "hp",
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
    "outputs": [
      {
        "name": "subnetId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "instance",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "creationFee",
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
    "name": "deactivateSubnet",
    "inputs": [
      {
        "name": "subnetId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "emissionWeights",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IEmissionWeights"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getActiveSubnets",
    "inputs": [],
    "outputs": [
      {
        "name": "ids",
        "type": "uint256[]",
        "internalType": "uint256[]"
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
    "name": "hyperparameterBounds",
    "inputs": [],
    "outputs": [
      {
        "name": "min",
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
      },
      {
        "name": "max",
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
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "hyperparameterCooldown",
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
    "name": "hyperparameterFreezeWindow",
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
    "name": "implementation",
    "inputs": [
      {
        "name": "versionId",
        "type": "uint16",
        "internalType": "uint16"
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
    "name": "implementationCount",
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
    "name": "instanceOf",
    "inputs": [
      {
        "name": "subnetId",
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
    "name": "isActive",
    "inputs": [
      {
        "name": "subnetId",
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
    "name": "isSubnetInstance",
    "inputs": [
      {
        "name": "instance",
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
    "name": "maxSubnets",
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
    "name": "pauseSubnet",
    "inputs": [
      {
        "name": "subnetId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
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
    "name": "renounceOwnership",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setBurnSlashed",
    "inputs": [
      {
        "name": "burn",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setCreationFee",
    "inputs": [
      {
        "name": "fee",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setEmissionWeights",
    "inputs": [
      {
        "name": "source",
        "type": "address",
        "internalType": "contract IEmissionWeights"
      }
    ],
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
    "name": "setHyperparameterBounds",
    "inputs": [
      {
        "name": "min",
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
      },
      {
        "name": "max",
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
    "name": "setHyperparameterTiming",
    "inputs": [
      {
        "name": "cooldown",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "freezeWindow",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setMaxSubnets",
    "inputs": [
      {
        "name": "maxSubnets_",
        "type": "uint16",
        "internalType": "uint16"
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
    "name": "subnetCount",
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
    "name": "subnets",
    "inputs": [
      {
        "name": "subnetId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "s",
        "type": "tuple",
        "internalType": "struct ISubnetRegistry.Subnet",
        "components": [
          {
            "name": "name",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "inferenceType",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "emissionWeight",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "instance",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "owner",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "stage",
            "type": "uint8",
            "internalType": "enum ISubnetRegistry.Stage"
          },
          {
            "name": "active",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "createdAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "implementationVersion",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "minerCount",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "validatorCount",
            "type": "uint256",
            "internalType": "uint256"
          }
        ]
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
    "name": "unpause",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "unpauseSubnet",
    "inputs": [
      {
        "name": "subnetId",
        "type": "uint256",
        "internalType": "uint256"
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
    "type": "event",
    "name": "CreationFeeSet",
    "inputs": [
      {
        "name": "fee",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EmissionWeightsSet",
    "inputs": [
      {
        "name": "emissionWeights",
        "type": "address",
        "indexed": true,
        "internalType": "address"
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
    "name": "HyperparameterBoundsSet",
    "inputs": [
      {
        "name": "min",
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
        "name": "max",
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
    "name": "HyperparameterTimingSet",
    "inputs": [
      {
        "name": "cooldown",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      },
      {
        "name": "freezeWindow",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ImplementationAdded",
    "inputs": [
      {
        "name": "version",
        "type": "uint16",
        "indexed": true,
        "internalType": "uint16"
      },
      {
        "name": "implementation",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MaxSubnetsSet",
    "inputs": [
      {
        "name": "maxSubnets",
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
    "name": "SlashDestinationSet",
    "inputs": [
      {
        "name": "burn",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SubnetCreated",
    "inputs": [
      {
        "name": "subnetId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "instance",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "name",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      },
      {
        "name": "inferenceType",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      },
      {
        "name": "implementationVersion",
        "type": "uint16",
        "indexed": false,
        "internalType": "uint16"
      },
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
        "name": "feePaid",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SubnetDeactivated",
    "inputs": [
      {
        "name": "subnetId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SubnetPauseSet",
    "inputs": [
      {
        "name": "subnetId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "paused",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
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
    "name": "FailedDeployment",
    "inputs": []
  },
  {
    "type": "error",
    "name": "HyperparameterOutOfBounds",
    "inputs": [
      {
        "name": "field",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "min",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "max",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InconsistentHyperparameters",
    "inputs": [
      {
        "name": "field",
        "type": "string",
        "internalType": "string"
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
        "name": "needed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidBounds",
    "inputs": [
      {
        "name": "field",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidImplementation",
    "inputs": [
      {
        "name": "implementation",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidLabel",
    "inputs": [
      {
        "name": "field",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "length",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maxLength",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "NameTaken",
    "inputs": [
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "NoImplementation",
    "inputs": []
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
    "name": "ReentrancyGuardReentrantCall",
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
    "name": "SettingAboveLimit",
    "inputs": [
      {
        "name": "setting",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "value",
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
    "name": "SubnetCapReached",
    "inputs": [
      {
        "name": "maxSubnets",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SubnetNotActive",
    "inputs": [
      {
        "name": "subnetId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "UnknownSubnet",
    "inputs": [
      {
        "name": "subnetId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ZeroAddress",
    "inputs": [
      {
        "name": "parameter",
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
pub mod SubnetRegistry {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x60a060405234801561000f575f5ffd5b50604051615f38380380615f3883398101604081905261002e916114b8565b826001600160a01b03811661005d57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100668161017c565b506001600160a01b0382166100a75760405163eac0d38960e01b815260040161005490602080825260049082015263746f726160e01b604082015260600190565b6001600160a01b03821660805280516100bf90610198565b60208101516100cd90610223565b60408101516100db906102c1565b6100f38160a001518260c0015161036760201b60201c565b61010b81606001518260800151610e7b60201b60201c565b60e08101516001600160a01b03161561012c5760e081015161012c90610fe9565b6101008101516001600160a01b03161561014f5761010081015161014f90611032565b6101208101516001600160a01b0316156101745761012081015161017290611085565b505b5050506117ad565b600180546001600160a01b031916905561019581611238565b50565b6001600160a01b0381166101da5760405163eac0d38960e01b8152602060048201526008602482015267747265617375727960c01b6044820152606401610054565b600380546001600160a01b0319166001600160a01b0383169081179091556040517f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f905f90a250565b6a084595161401484a0000008111156102855760405163072792db60e21b815260606004820152600b60648201526a6372656174696f6e46656560a81b6084820152602481018290526a084595161401484a000000604482015260a401610054565b60048190556040518181527f65cf44d7c3dc10549f322afbe745b2a569e6e2a177f9465749a393afbc9c354f906020015b60405180910390a150565b6104008161ffff1611156103175760405163072792db60e21b815260606004820152600a6064820152696d61785375626e65747360b01b608482015261ffff82166024820152610400604482015260a401610054565b6002805461ffff60a01b1916600160a01b61ffff8416908102919091179091556040519081527fab672cac4e9c0d3ec90b25ad62787425b1d6f25bb9c8a7d6d1f98ce164b77e57906020016102b6565b60408051808201909152600c81526b1b5a5b935a5b995c909bdb9960a21b6020820152825182516103a592916001600160601b039081169116611287565b6103f86040518060400160405280601081526020016f1b5a5b95985b1a59185d1bdc909bdb9960821b81525083602001516001600160601b031683602001516001600160601b031661128760201b60201c565b6104406040518060400160405280600b81526020016a1d185cdad51a5b595bdd5d60aa1b815250836040015163ffffffff16836040015163ffffffff1661128760201b60201c565b6104886040518060400160405280600b81526020016a0cae0dec6d098cadccee8d60ab1b815250836060015163ffffffff16836060015163ffffffff1661128760201b60201c565b6104d36040518060400160405280600e81526020016d1a5b5b5d5b9a5d1e54195c9a5bd960921b815250836080015163ffffffff16836080015163ffffffff1661128760201b60201c565b61051e6040518060400160405280600e81526020016d756e626f6e64696e6744656c617960901b8152508360a0015163ffffffff168360a0015163ffffffff1661128760201b60201c565b6105676040518060400160405280600c81526020016b72657665616c57696e646f7760a01b8152508360c0015163ffffffff168360c0015163ffffffff1661128760201b60201c565b6105af6040518060400160405280600f81526020016e736c617368696e675261746542707360881b8152508360e0015161ffff168360e0015161ffff1661128760201b60201c565b6105f2604051806040016040528060088152602001676d6178536c6f747360c01b81525083610100015161ffff1683610100015161ffff1661128760201b60201c565b61063a6040518060400160405280600d81526020016c6d617856616c696461746f727360981b81525083610120015161ffff1683610120015161ffff1661128760201b60201c565b61067d604051806040016040528060088152602001676b6170706142707360c01b81525083610160015161ffff1683610160015161ffff1661128760201b60201c565b6106c16040518060400160405280600b81526020016a1cdd1c9a5ad9531a5b5a5d60aa1b81525083610180015160ff1683610180015160ff1661128760201b60201c565b6107096040518060400160405280600d81526020016c7472757374466c6f6f7242707360981b815250836101a0015161ffff16836101a0015161ffff1661128760201b60201c565b6107586040518060400160405280601081526020016f18db1bdcd951dc9858d954195c9a5bd960821b815250836101c0015163ffffffff16836101c0015163ffffffff1661128760201b60201c565b61138882610160015161ffff16108061077b575061271081610160015161ffff16115b156107b457604051633afb2c7f60e11b81526020600482015260086024820152676b6170706142707360c01b6044820152606401610054565b81610180015160ff165f036107fa57604051633afb2c7f60e11b815260206004820152600b60248201526a1cdd1c9a5ad9531a5b5a5d60aa1b6044820152606401610054565b612710816101a0015161ffff16111561084657604051633afb2c7f60e11b815260206004820152600d60248201526c7472757374466c6f6f7242707360981b6044820152606401610054565b608081610120015161ffff16111561089157604051633afb2c7f60e11b815260206004820152600d60248201526c6d617856616c696461746f727360981b6044820152606401610054565b816060015163ffffffff165f036108d957604051633afb2c7f60e11b815260206004820152600b60248201526a0cae0dec6d098cadccee8d60ab1b6044820152606401610054565b6127108160e0015161ffff16111561092657604051633afb2c7f60e11b815260206004820152600f60248201526e736c617368696e675261746542707360881b6044820152606401610054565b600282610100015161ffff161080610948575061040081610100015161ffff16115b1561098157604051633afb2c7f60e11b81526020600482015260086024820152676d6178536c6f747360c01b6044820152606401610054565b81610120015161ffff165f036109ca57604051633afb2c7f60e11b815260206004820152600d60248201526c6d617856616c696461746f727360981b6044820152606401610054565b8160065f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a8154816001600160601b0302191690836001600160601b031602179055506040820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601c6101000a81548163ffffffff021916908363ffffffff1602179055506080820151816001015f6101000a81548163ffffffff021916908363ffffffff16021790555060a08201518160010160046101000a81548163ffffffff021916908363ffffffff16021790555060c08201518160010160086101000a81548163ffffffff021916908363ffffffff16021790555060e082015181600101600c6101000a81548161ffff021916908361ffff16021790555061010082015181600101600e6101000a81548161ffff021916908361ffff1602179055506101208201518160010160106101000a81548161ffff021916908361ffff1602179055506101408201518160010160126101000a81548160ff0219169083151502179055506101608201518160010160136101000a81548161ffff021916908361ffff1602179055506101808201518160010160156101000a81548160ff021916908360ff1602179055506101a08201518160010160166101000a81548161ffff021916908361ffff1602179055506101c08201518160010160186101000a81548163ffffffff021916908363ffffffff1602179055509050508060085f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a8154816001600160601b0302191690836001600160601b031602179055506040820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601c6101000a81548163ffffffff021916908363ffffffff1602179055506080820151816001015f6101000a81548163ffffffff021916908363ffffffff16021790555060a08201518160010160046101000a81548163ffffffff021916908363ffffffff16021790555060c08201518160010160086101000a81548163ffffffff021916908363ffffffff16021790555060e082015181600101600c6101000a81548161ffff021916908361ffff16021790555061010082015181600101600e6101000a81548161ffff021916908361ffff1602179055506101208201518160010160106101000a81548161ffff021916908361ffff1602179055506101408201518160010160126101000a81548160ff0219169083151502179055506101608201518160010160136101000a81548161ffff021916908361ffff1602179055506101808201518160010160156101000a81548160ff021916908360ff1602179055506101a08201518160010160166101000a81548161ffff021916908361ffff1602179055506101c08201518160010160186101000a81548163ffffffff021916908363ffffffff1602179055509050507f3de88e5af7d9bf58ac4fa95f2bbeedad1ca7ad0dd9d14a5aa7506b74faa9a9c38282604051610e6f929190611714565b60405180910390a15050565b62278d008263ffffffff161115610eea5760405163072792db60e21b815260606004820152601660648201527f6879706572706172616d65746572436f6f6c646f776e00000000000000000000608482015263ffffffff8316602482015262278d00604482015260a401610054565b60065463ffffffff600160e01b90910481169082168111610f6c5781610f11600183611738565b60405163072792db60e21b815260606004820152601a60648201527f6879706572706172616d65746572467265657a6557696e646f77000000000000608482015263ffffffff9092166024830152604482015260a401610054565b60028054600160b01b600160f01b031916600160b01b63ffffffff86811691820263ffffffff60d01b191692909217600160d01b928616928302179092556040805192835260208301919091527f0aa6f6b166d776352d6cd4d2033e792ff6177012abfffa08172d9ddb70273244910160405180910390a1505050565b600280546001600160a01b0319166001600160a01b0383169081179091556040517fe6c09ffe4572dc9ceaa5ddde4ae41befa655d6fdfe8052077af0970f700e942e905f90a250565b6005805462010000600160b01b031916620100006001600160a01b038416908102919091179091556040517ff1a296896b3e20700dc84ad1ee48ee7db65d6f19a30570f8a21f7efd68c436cf905f90a250565b5f6001600160a01b0382163b158061110e5750306001600160a01b0316826001600160a01b0316637b1039996040518163ffffffff1660e01b8152600401602060405180830381865afa1580156110de573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611102919061175d565b6001600160a01b031614155b8061118c57506080516001600160a01b0316826001600160a01b031663a6f73fab6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561115c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611180919061175d565b6001600160a01b031614155b156111b557604051630c76093760e01b81526001600160a01b0383166004820152602401610054565b50600a80546001810182555f9182527fc65a7bb8d6351c1cf70c95a316cc6a92839c986682d98bc35f958f4883f9d2a8810180546001600160a01b0319166001600160a01b0385169081179091556040519192909161ffff8416917fa1d767d09d778fb5eb8c92af4b15c7ccbfaa650f78d42fd5394159803cbb762991a3919050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b808211156112aa5782604051633afb2c7f60e11b81526004016100549190611778565b505050565b6001600160a01b0381168114610195575f5ffd5b80516112ce816112af565b919050565b6040516101e081016001600160401b038111828210171561130257634e487b7160e01b5f52604160045260245ffd5b60405290565b60405161014081016001600160401b038111828210171561130257634e487b7160e01b5f52604160045260245ffd5b805161ffff811681146112ce575f5ffd5b805163ffffffff811681146112ce575f5ffd5b80516001600160601b03811681146112ce575f5ffd5b805180151581146112ce575f5ffd5b805160ff811681146112ce575f5ffd5b5f6101e082840312156113a1575f5ffd5b6113a96112d3565b90506113b48261135b565b81526113c26020830161135b565b60208201526113d360408301611348565b60408201526113e460608301611348565b60608201526113f560808301611348565b608082015261140660a08301611348565b60a082015261141760c08301611348565b60c082015261142860e08301611337565b60e082015261143a6101008301611337565b61010082015261144d6101208301611337565b6101208201526114606101408301611371565b6101408201526114736101608301611337565b6101608201526114866101808301611380565b6101808201526114996101a08301611337565b6101a08201526114ac6101c08301611348565b6101c082015292915050565b5f5f5f8385036105008112156114cc575f5ffd5b84516114d7816112af565b60208601519094506114e8816112af565b92506104c0603f19820112156114fc575f5ffd5b50611505611308565b611511604086016112c3565b81526060850151602082015261152960808601611337565b604082015261153a60a08601611348565b606082015261154b60c08601611348565b608082015261155d8660e08701611390565b60a0820152611570866102c08701611390565b60c08201526115826104a086016112c3565b60e08201526115946104c086016112c3565b6101008201526115a76104e086016112c3565b610120820152809150509250925092565b80516001600160601b0316825260208101516115df60208401826001600160601b03169052565b5060408101516115f7604084018263ffffffff169052565b50606081015161160f606084018263ffffffff169052565b506080810151611627608084018263ffffffff169052565b5060a081015161163f60a084018263ffffffff169052565b5060c081015161165760c084018263ffffffff169052565b5060e081015161166d60e084018261ffff169052565b5061010081015161168561010084018261ffff169052565b5061012081015161169d61012084018261ffff169052565b506101408101516116b361014084018215159052565b506101608101516116cb61016084018261ffff169052565b506101808101516116e261018084018260ff169052565b506101a08101516116fa6101a084018261ffff169052565b506101c08101516112aa6101c084018263ffffffff169052565b6103c0810161172382856115b8565b6117316101e08301846115b8565b9392505050565b8181038181111561175757634e487b7160e01b5f52601160045260245ffd5b92915050565b5f6020828403121561176d575f5ffd5b8151611731816112af565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b60805161476c6117cc5f395f81816109a00152613706015261476c5ff3fe608060405234801561000f575f5ffd5b5060043610610281575f3560e01c806382afd23b11610156578063b75593d0116100ca578063d7cddae011610084578063d7cddae0146105c4578063dce0b4e4146105d7578063e0b16564146105e0578063e30c3978146105f7578063f0f4426014610608578063f2fde38b1461061b575f5ffd5b8063b75593d01461053d578063b7d8622514610550578063c3631ea914610563578063c6e2a40014610576578063cdfe21221461059c578063d370232a146105b1575f5ffd5b80638b41d35f1161011b5780638b41d35f146104de5780638da5cb5b146104e85780638e59bee1146104f8578063916a5c5b1461050b57806397f472a714610517578063ab5778f21461052a575f5ffd5b806382afd23b146104705780638456cb591461049c57806387cb5f94146104a45780638a0dac4a146104b65780638a1b5121146104c9575f5ffd5b80634c692b0c116101f85780636464e58f116101b25780636464e58f146104165780636a2504c71461041e5780636e47586114610434578063715018a61461046057806379ba5097146104685780637b5426ca146103a1575f5ffd5b80634c692b0c146103885780634f253759146103a157806354fd4d50146103aa5780635c975abb146103d157806361d027b3146103ef57806363b0c42814610402575f5ffd5b80633f4ba83a116102495780633f4ba83a146102fc5780633fbc4d351461030457806344dff1ae1461032f57806344e047ca14610342578063452a932014610355578063475726f714610368575f5ffd5b8063040a7f91146102855780631cf847e41461029c578063235b5ea0146102b15780633790adf5146102c457806337c36f2d146102f4575b5f5ffd5b600a545b6040519081526020015b60405180910390f35b6102af6102aa366004613b88565b61062e565b005b6102af6102bf366004613baa565b610642565b6102d76102d2366004613c1d565b610865565b604080519283526001600160a01b03909116602083015201610293565b610289608081565b6102af610a95565b610317610312366004613baa565b610aa7565b6040516001600160a01b039091168152602001610293565b6102af61033d366004613cb0565b610ac4565b6102af610350366004613baa565b610ad5565b600254610317906001600160a01b031681565b61037b610376366004613baa565b610bc5565b6040516102939190613d2b565b600554610317906201000090046001600160a01b031681565b61028961040081565b60408051808201825260058152640312e302e360dc1b602082015290516102939190613e0e565b600154600160a01b900460ff165b6040519015158152602001610293565b600354610317906001600160a01b031681565b6005546103df90600160b01b900460ff1681565b610289602081565b610426610ff2565b604051610293929190613f7c565b60025461044b90600160b01b900463ffffffff1681565b60405163ffffffff9091168152602001610293565b6102af611454565b6102af611465565b6103df61047e366004613baa565b5f908152600c6020526040902060020154600160f01b900460ff1690565b6102af6114a6565b6102896a084595161401484a00000081565b6102af6104c4366004613b88565b6114f3565b6104d1611504565b6040516102939190613f99565b61028962278d0081565b5f546001600160a01b0316610317565b610317610506366004613cb0565b6115c0565b60055461ffff16610289565b6102af610525366004613fee565b6115f2565b6103df610538366004613b88565b611608565b6102af61054b36600461401f565b61171e565b6102af61055e366004613baa565b6117ae565b6102af61057136600461404b565b6117bf565b610589610584366004613b88565b6117c8565b60405161ffff9091168152602001610293565b60025461058990600160a01b900461ffff1681565b6102af6105bf366004613baa565b6117e2565b6102af6105d2366004614075565b611866565b61028960045481565b60025461044b90600160d01b900463ffffffff1681565b6001546001600160a01b0316610317565b6102af610616366004613b88565b6118c6565b6102af610629366004613b88565b6118d7565b610636611947565b61063f81611973565b50565b61064a611947565b5f610654826119c6565b6002810154909150600160f01b900460ff1661068b576040516339b33bbf60e01b8152600481018390526024015b60405180910390fd5b60028101805460ff60f01b19169055604051600d905f906106ad9084906140c0565b604080519182900390912082526020820192909252015f908120805460ff191690556003820154600b5461ffff90911691906106eb90600190614145565b9050808214610796575f600b828154811061070857610708614158565b905f5260205f2090600891828204019190066004029054906101000a900463ffffffff16905080600b848154811061074257610742614158565b5f91825260208083206008830401805460079093166004026101000a63ffffffff818102199094169584160294909417909355929092168252600c905260409020600301805461ffff191661ffff84161790555b600b8054806107a7576107a761416c565b5f8281526020812060085f1990930192830401805463ffffffff600460078616026101000a0219169055915560405185917fda0502ea5d6bb0ca6ff40b28701316c0ef72a5616434836ee826dfa8f9dabca591a2826002015f9054906101000a90046001600160a01b03166001600160a01b03166351b42b006040518163ffffffff1660e01b81526004015f604051808303815f87803b158015610849575f5ffd5b505af115801561085b573d5f5f3e3d5ffd5b5050505050505050565b5f5f61086f611a01565b610877611a2c565b61089e604051806040016040528060048152602001636e616d6560e01b8152508888611a61565b6108ce6040518060400160405280600d81526020016c696e666572656e63655479706560981b8152508686611a61565b5f87876040516108df929190614180565b60408051918290039091205f818152600d602052919091205490915060ff16156109205787876040516335fee77d60e01b81526004016106829291906141b7565b5f818152600d60205260409020805460ff1916600117905561094184611a9a565b600580545f906109549061ffff166141d2565b91906101000a81548161ffff021916908361ffff160217905561ffff1692505f610981848a8a8a8a61255a565b600454919450915080156109cb576003546109cb906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811691339116846127e7565b604051630a3c349560e01b81526001600160a01b03851690630a3c3495906109fb90889033908b9060040161437a565b5f604051808303815f87803b158015610a12575f5ffd5b505af1158015610a24573d5f5f3e3d5ffd5b50505050336001600160a01b0316846001600160a01b0316867f15f22f6e7d5bcf6f42823603508cac584fc97dc31893fd07060aa1e2221c11fd8d8d8d8d898e8a604051610a78979695949392919061439e565b60405180910390a4505050610a8b61281d565b9550959350505050565b610a9d611947565b610aa5612847565b565b5f610ab1826119c6565b600201546001600160a01b031692915050565b610acc611947565b61063f8161289c565b5f546001600160a01b03163314801590610afa57506002546001600160a01b03163314155b15610b1a57604051636b1883f360e01b8152336004820152602401610682565b5f610b24826119c6565b60020154604051600181526001600160a01b03909116915082907f6a8f2601bc18d0df6426818a6be2a503cba11f02a95ab363ec700eab8a9f2f1c9060200160405180910390a26040516305b0e2cf60e21b8152600160048201526001600160a01b038216906316c38b3c906024015b5f604051808303815f87803b158015610bab575f5ffd5b505af1158015610bbd573d5f5f3e3d5ffd5b505050505050565b60408051610160810182526060808252602082018190525f92820183905281018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905290610c26836119c6565b600281015481549192506001600160a01b0316908290610c459061408e565b80601f0160208091040260200160405190810160405280929190818152602001828054610c719061408e565b8015610cbc5780601f10610c9357610100808354040283529160200191610cbc565b820191905f5260205f20905b815481529060010190602001808311610c9f57829003601f168201915b5050509185525050600182018054610cd39061408e565b80601f0160208091040260200160405190810160405280929190818152602001828054610cff9061408e565b8015610d4a5780601f10610d2157610100808354040283529160200191610d4a565b820191905f5260205f20905b815481529060010190602001808311610d2d57829003601f168201915b505050506020808601929092525060028301546001600160a01b03908116606086015260408051638da5cb5b60e01b8152905191841692638da5cb5b926004808401938290030181865afa158015610da4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dc891906143f3565b6001600160a01b0390811660808501526002830154600160f01b810460ff16151560c0860152600160a01b810467ffffffffffffffff1660e0860152600160e01b900461ffff1661010085015260408051636d1da43160e01b8152905191831691636d1da431916004808201926020929091908290030181865afa158015610e52573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e76919061440e565b83610120018181525050806001600160a01b0316630f43a6776040518163ffffffff1660e01b8152600401602060405180830381865afa158015610ebc573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ee0919061440e565b6101408401526005546002830154620100009091046001600160a01b031690600160f01b900460ff168015610f1d57506001600160a01b03811615155b15610f8f576040516301f9489760e21b8152600481018690526001600160a01b038216906307e5225c90602401602060405180830381865afa158015610f65573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f89919061440e565b60408501525b6002830154600160f01b900460ff1615610fba57604084015115610fb4576001610fbd565b5f610fbd565b60025b8460a001906002811115610fd357610fd3613cf7565b90816002811115610fe657610fe6613cf7565b81525050505050919050565b610ffa613af9565b611002613af9565b6006600881604051806101e00160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601c9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600182015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160049054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160089054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201600c9054906101000a900461ffff1661ffff1661ffff16815260200160018201600e9054906101000a900461ffff1661ffff1661ffff1681526020016001820160109054906101000a900461ffff1661ffff1661ffff1681526020016001820160129054906101000a900460ff161515151581526020016001820160139054906101000a900461ffff1661ffff1661ffff1681526020016001820160159054906101000a900460ff1660ff1660ff1681526020016001820160169054906101000a900461ffff1661ffff1661ffff1681526020016001820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681525050915080604051806101e00160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601c9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600182015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160049054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160089054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201600c9054906101000a900461ffff1661ffff1661ffff16815260200160018201600e9054906101000a900461ffff1661ffff1661ffff1681526020016001820160109054906101000a900461ffff1661ffff1661ffff1681526020016001820160129054906101000a900460ff161515151581526020016001820160139054906101000a900461ffff1661ffff1661ffff1681526020016001820160159054906101000a900460ff1660ff1660ff1681526020016001820160169054906101000a900461ffff1661ffff1661ffff1681526020016001820160189054906101000a900463ffffffff1663ffffffff1663ffffffff16815250509050915091509091565b61145c611947565b610aa55f612942565b60015433906001600160a01b0316811461149d5760405163118cdaa760e01b81526001600160a01b0382166004820152602401610682565b61063f81612942565b5f546001600160a01b031633148015906114cb57506002546001600160a01b03163314155b156114eb57604051636b1883f360e01b8152336004820152602401610682565b610aa561295b565b6114fb611947565b61063f8161299e565b600b546060908067ffffffffffffffff81111561152357611523614425565b60405190808252806020026020018201604052801561154c578160200160208202803683370190505b5091505f5b818110156115bb57600b818154811061156c5761156c614158565b905f5260205f2090600891828204019190066004029054906101000a900463ffffffff1663ffffffff168382815181106115a8576115a8614158565b6020908102919091010152600101611551565b505090565b5f600a8261ffff16815481106115d8576115d8614158565b5f918252602090912001546001600160a01b031692915050565b6115fa611947565b61160482826129e7565b5050565b5f816001600160a01b03163b5f0361162157505f919050565b60408051600481526024810182526020810180516001600160e01b0316630a5bfa0760e01b17905290515f9182916001600160a01b0386169161166391614439565b5f60405180830381855afa9150503d805f811461169b576040519150601f19603f3d011682016040523d82523d5f602084013e6116a0565b606091505b50915091508115806116b457508051602014155b156116c257505f9392505050565b5f818060200190518101906116d7919061440e565b905080158015906116ee575060055461ffff168111155b801561171557505f818152600c60205260409020600201546001600160a01b038681169116145b95945050505050565b611726611947565b61174c61173836849003840184614479565b61174736849003840184614479565b612b4f565b61175c60808301606084016145a2565b60025463ffffffff918216600160d01b9091049091161061160457604051633afb2c7f60e11b815260206004820152600b60248201526a0cae0dec6d098cadccee8d60ab1b6044820152606401610682565b6117b6611947565b61063f816135de565b61063f81611a9a565b5f6117d1611947565b6117da82613675565b90505b919050565b6117ea611947565b5f6117f4826119c6565b600201546040515f81526001600160a01b03909116915082907f6a8f2601bc18d0df6426818a6be2a503cba11f02a95ab363ec700eab8a9f2f1c9060200160405180910390a26040516305b0e2cf60e21b81525f60048201526001600160a01b038216906316c38b3c90602401610b94565b61186e611947565b60058054821515600160b01b0260ff60b01b199091161790556040517f2bc2b9dfd3f93c5cf598780c8b33a597bf2f99b09c4f1a24b49caef7fe353771906118bb90831515815260200190565b60405180910390a150565b6118ce611947565b61063f81613846565b6118df611947565b600180546001600160a01b0383166001600160a01b0319909116811790915561190f5f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f546001600160a01b03163314610aa55760405163118cdaa760e01b8152336004820152602401610682565b6005805462010000600160b01b031916620100006001600160a01b038416908102919091179091556040517ff1a296896b3e20700dc84ad1ee48ee7db65d6f19a30570f8a21f7efd68c436cf905f90a250565b5f818152600c6020526040902060028101546001600160a01b03166117dd5760405163122f9dd560e11b815260048101839052602401610682565b600154600160a01b900460ff1615610aa55760405163d93c066560e01b815260040160405180910390fd5b611a346138d1565b610aa560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613911565b80801580611a6f5750602081115b15611a94578381602060405163437d487b60e11b8152600401610682939291906145bb565b50505050565b5f6006604051806101e00160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601c9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600182015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160049054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160089054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201600c9054906101000a900461ffff1661ffff1661ffff16815260200160018201600e9054906101000a900461ffff1661ffff1661ffff1681526020016001820160109054906101000a900461ffff1661ffff1661ffff1681526020016001820160129054906101000a900460ff161515151581526020016001820160139054906101000a900461ffff1661ffff1661ffff1681526020016001820160159054906101000a900460ff1660ff1660ff1681526020016001820160169054906101000a900461ffff1661ffff1661ffff1681526020016001820160189054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090505f6008604051806101e00160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601c9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600182015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160049054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160089054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201600c9054906101000a900461ffff1661ffff1661ffff16815260200160018201600e9054906101000a900461ffff1661ffff1661ffff1681526020016001820160109054906101000a900461ffff1661ffff1661ffff1681526020016001820160129054906101000a900460ff161515151581526020016001820160139054906101000a900461ffff1661ffff1661ffff1681526020016001820160159054906101000a900460ff1660ff1660ff1681526020016001820160169054906101000a900461ffff1661ffff1661ffff1681526020016001820160189054906101000a900463ffffffff1663ffffffff1663ffffffff16815250509050611f466040518060400160405280600c81526020016b1b5a5b935a5b995c909bdb9960a21b815250845f016020810190611f1e91906145df565b6001600160601b0316845f01516001600160601b0316845f01516001600160601b0316613918565b611faf6040518060400160405280601081526020016f1b5a5b95985b1a59185d1bdc909bdb9960821b815250846020016020810190611f8591906145df565b6001600160601b031684602001516001600160601b031684602001516001600160601b0316613918565b604080518082018252600b81526a1d185cdad51a5b595bdd5d60aa1b602082015261200591611fe490606087019087016145a2565b63ffffffff16846040015163ffffffff16846040015163ffffffff16613918565b60408051808201909152600b81526a0cae0dec6d098cadccee8d60ab1b602082015261205c9061203b60808601606087016145a2565b63ffffffff16846060015163ffffffff16846060015163ffffffff16613918565b60408051808201909152600e81526d1a5b5b5d5b9a5d1e54195c9a5bd960921b60208201526120b69061209560a08601608087016145a2565b63ffffffff16846080015163ffffffff16846080015163ffffffff16613918565b60408051808201909152600e81526d756e626f6e64696e6744656c617960901b6020820152612110906120ef60c0860160a087016145a2565b63ffffffff168460a0015163ffffffff168460a0015163ffffffff16613918565b60408051808201909152600c81526b72657665616c57696e646f7760a01b60208201526121689061214760e0860160c087016145a2565b63ffffffff168460c0015163ffffffff168460c0015163ffffffff16613918565b60408051808201909152600f81526e736c617368696e675261746542707360881b60208201526121be906121a3610100860160e08701613cb0565b61ffff168460e0015161ffff168460e0015161ffff16613918565b6040805180820190915260088152676d6178536c6f747360c01b6020820152612210906121f361012086016101008701613cb0565b61ffff1684610100015161ffff1684610100015161ffff16613918565b60408051808201909152600d81526c6d617856616c696461746f727360981b60208201526122679061224a61014086016101208701613cb0565b61ffff1684610120015161ffff1684610120015161ffff16613918565b6040805180820190915260088152676b6170706142707360c01b60208201526122b99061229c61018086016101608701613cb0565b61ffff1684610160015161ffff1684610160015161ffff16613918565b60408051808201909152600b81526a1cdd1c9a5ad9531a5b5a5d60aa1b602082015261230b906122f16101a0860161018087016145f8565b60ff1684610180015160ff1684610180015160ff16613918565b60408051808201909152600d81526c7472757374466c6f6f7242707360981b6020820152612362906123456101c086016101a08701613cb0565b61ffff16846101a0015161ffff16846101a0015161ffff16613918565b60408051808201909152601081526f18db1bdcd951dc9858d954195c9a5bd960821b60208201526123c29061239f6101e086016101c087016145a2565b63ffffffff16846101c0015163ffffffff16846101c0015163ffffffff16613918565b81610140015180156123e357506123e161016084016101408501614075565b155b15612434576040516390afecf360e01b815260806004820152600c60848201526b18dbdb5b5a5d14995d99585b60a21b60a48201525f6024820152600160448201819052606482015260c401610682565b61244661012084016101008501613cb0565b61ffff1661245c61014085016101208601613cb0565b61ffff161061247e5760405163791eac6560e11b815260040161068290614611565b61248e60808401606085016145a2565b63ffffffff166124a460e0850160c086016145a2565b63ffffffff16106124e75760405163791eac6560e11b815260206004820152600c60248201526b72657665616c57696e646f7760a01b6044820152606401610682565b6124f961016084016101408501614075565b8015612518575061251060e0840160c085016145a2565b63ffffffff16155b156125555760405163791eac6560e11b815260206004820152600c60248201526b72657665616c57696e646f7760a01b6044820152606401610682565b505050565b600b546002545f918291600160a01b900461ffff16811061259e576002546040516304f8083560e01b8152600160a01b90910461ffff166004820152602401610682565b600a545f8190036125c2576040516318ce8b9560e31b815260040160405180910390fd5b6125cd600182614145565b9250612602600a8461ffff16815481106125e9576125e9614158565b5f918252602090912001546001600160a01b031661394b565b604080516101006020601f8c01819004028201810190925260e081018a81529296509182918b908b90819085018382808284375f92019190915250505090825250604080516020601f8a01819004810282018101909252888152918101919089908990819084018382808284375f9201829052509385525050506001600160a01b03871660208084019190915267ffffffffffffffff421660408085019190915261ffff808916606086015260016080860152871660a0909401939093528c8252600c905220815181906126d69082614683565b50602082015160018201906126eb9082614683565b5060408201516002820180546060850151608086015160a08701516001600160a01b039095166001600160e01b031990931692909217600160a01b67ffffffffffffffff909216919091021762ffffff60e01b1916600160e01b61ffff9283160260ff60f01b191617600160f01b9315159390930292909217905560c0909201516003909101805461ffff1916919092161790555050600b80546001810182555f919091527f0175b7a638427703f0dbe7bb9bbf987a2551717b34e79f33b5b1008d1fa01db96008820401805460079092166004026101000a63ffffffff81810219909316999092169190910297909717909655959350505050565b6127f5848484846001613956565b611a9457604051635274afe760e01b81526001600160a01b0385166004820152602401610682565b610aa55f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611a5b565b61284f6139c3565b6001805460ff60a01b191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b6104008161ffff1611156128f25760405163072792db60e21b815260606004820152600a6064820152696d61785375626e65747360b01b608482015261ffff82166024820152610400604482015260a401610682565b6002805461ffff60a01b1916600160a01b61ffff8416908102919091179091556040519081527fab672cac4e9c0d3ec90b25ad62787425b1d6f25bb9c8a7d6d1f98ce164b77e57906020016118bb565b600180546001600160a01b031916905561063f816139ed565b612963611a01565b6001805460ff60a01b1916600160a01b1790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25861287f3390565b600280546001600160a01b0319166001600160a01b0383169081179091556040517fe6c09ffe4572dc9ceaa5ddde4ae41befa655d6fdfe8052077af0970f700e942e905f90a250565b62278d008263ffffffff161115612a4f5760405163072792db60e21b8152606060048201526016606482015275343cb832b93830b930b6b2ba32b921b7b7b63237bbb760511b608482015263ffffffff8316602482015262278d00604482015260a401610682565b60065463ffffffff600160e01b90910481169082168111612ad15781612a76600183614145565b60405163072792db60e21b815260606004820152601a60648201527f6879706572706172616d65746572467265657a6557696e646f77000000000000608482015263ffffffff9092166024830152604482015260a401610682565b6002805467ffffffffffffffff60b01b1916600160b01b63ffffffff86811691820263ffffffff60d01b191692909217600160d01b928616928302179092556040805192835260208301919091527f0aa6f6b166d776352d6cd4d2033e792ff6177012abfffa08172d9ddb70273244910160405180910390a1505050565b612b966040518060400160405280600c81526020016b1b5a5b935a5b995c909bdb9960a21b815250835f01516001600160601b0316835f01516001600160601b0316613a3c565b612be36040518060400160405280601081526020016f1b5a5b95985b1a59185d1bdc909bdb9960821b81525083602001516001600160601b031683602001516001600160601b0316613a3c565b612c256040518060400160405280600b81526020016a1d185cdad51a5b595bdd5d60aa1b815250836040015163ffffffff16836040015163ffffffff16613a3c565b612c676040518060400160405280600b81526020016a0cae0dec6d098cadccee8d60ab1b815250836060015163ffffffff16836060015163ffffffff16613a3c565b612cac6040518060400160405280600e81526020016d1a5b5b5d5b9a5d1e54195c9a5bd960921b815250836080015163ffffffff16836080015163ffffffff16613a3c565b612cf16040518060400160405280600e81526020016d756e626f6e64696e6744656c617960901b8152508360a0015163ffffffff168360a0015163ffffffff16613a3c565b612d346040518060400160405280600c81526020016b72657665616c57696e646f7760a01b8152508360c0015163ffffffff168360c0015163ffffffff16613a3c565b612d766040518060400160405280600f81526020016e736c617368696e675261746542707360881b8152508360e0015161ffff168360e0015161ffff16613a3c565b612db3604051806040016040528060088152602001676d6178536c6f747360c01b81525083610100015161ffff1683610100015161ffff16613a3c565b612df56040518060400160405280600d81526020016c6d617856616c696461746f727360981b81525083610120015161ffff1683610120015161ffff16613a3c565b612e32604051806040016040528060088152602001676b6170706142707360c01b81525083610160015161ffff1683610160015161ffff16613a3c565b612e706040518060400160405280600b81526020016a1cdd1c9a5ad9531a5b5a5d60aa1b81525083610180015160ff1683610180015160ff16613a3c565b612eb26040518060400160405280600d81526020016c7472757374466c6f6f7242707360981b815250836101a0015161ffff16836101a0015161ffff16613a3c565b612efb6040518060400160405280601081526020016f18db1bdcd951dc9858d954195c9a5bd960821b815250836101c0015163ffffffff16836101c0015163ffffffff16613a3c565b61138882610160015161ffff161080612f1e575061271081610160015161ffff16115b15612f5757604051633afb2c7f60e11b81526020600482015260086024820152676b6170706142707360c01b6044820152606401610682565b81610180015160ff165f03612f9d57604051633afb2c7f60e11b815260206004820152600b60248201526a1cdd1c9a5ad9531a5b5a5d60aa1b6044820152606401610682565b612710816101a0015161ffff161115612fe957604051633afb2c7f60e11b815260206004820152600d60248201526c7472757374466c6f6f7242707360981b6044820152606401610682565b608081610120015161ffff16111561301457604051633afb2c7f60e11b815260040161068290614611565b816060015163ffffffff165f0361305c57604051633afb2c7f60e11b815260206004820152600b60248201526a0cae0dec6d098cadccee8d60ab1b6044820152606401610682565b6127108160e0015161ffff1611156130a957604051633afb2c7f60e11b815260206004820152600f60248201526e736c617368696e675261746542707360881b6044820152606401610682565b600282610100015161ffff1610806130cb575061040081610100015161ffff16115b1561310457604051633afb2c7f60e11b81526020600482015260086024820152676d6178536c6f747360c01b6044820152606401610682565b81610120015161ffff165f0361312d57604051633afb2c7f60e11b815260040161068290614611565b8160065f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a8154816001600160601b0302191690836001600160601b031602179055506040820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601c6101000a81548163ffffffff021916908363ffffffff1602179055506080820151816001015f6101000a81548163ffffffff021916908363ffffffff16021790555060a08201518160010160046101000a81548163ffffffff021916908363ffffffff16021790555060c08201518160010160086101000a81548163ffffffff021916908363ffffffff16021790555060e082015181600101600c6101000a81548161ffff021916908361ffff16021790555061010082015181600101600e6101000a81548161ffff021916908361ffff1602179055506101208201518160010160106101000a81548161ffff021916908361ffff1602179055506101408201518160010160126101000a81548160ff0219169083151502179055506101608201518160010160136101000a81548161ffff021916908361ffff1602179055506101808201518160010160156101000a81548160ff021916908360ff1602179055506101a08201518160010160166101000a81548161ffff021916908361ffff1602179055506101c08201518160010160186101000a81548163ffffffff021916908363ffffffff1602179055509050508060085f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a8154816001600160601b0302191690836001600160601b031602179055506040820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601c6101000a81548163ffffffff021916908363ffffffff1602179055506080820151816001015f6101000a81548163ffffffff021916908363ffffffff16021790555060a08201518160010160046101000a81548163ffffffff021916908363ffffffff16021790555060c08201518160010160086101000a81548163ffffffff021916908363ffffffff16021790555060e082015181600101600c6101000a81548161ffff021916908361ffff16021790555061010082015181600101600e6101000a81548161ffff021916908361ffff1602179055506101208201518160010160106101000a81548161ffff021916908361ffff1602179055506101408201518160010160126101000a81548160ff0219169083151502179055506101608201518160010160136101000a81548161ffff021916908361ffff1602179055506101808201518160010160156101000a81548160ff021916908360ff1602179055506101a08201518160010160166101000a81548161ffff021916908361ffff1602179055506101c08201518160010160186101000a81548163ffffffff021916908363ffffffff1602179055509050507f3de88e5af7d9bf58ac4fa95f2bbeedad1ca7ad0dd9d14a5aa7506b74faa9a9c382826040516135d2929190613f7c565b60405180910390a15050565b6a084595161401484a0000008111156136405760405163072792db60e21b815260606004820152600b60648201526a6372656174696f6e46656560a81b6084820152602481018290526a084595161401484a000000604482015260a401610682565b60048190556040518181527f65cf44d7c3dc10549f322afbe745b2a569e6e2a177f9465749a393afbc9c354f906020016118bb565b5f6001600160a01b0382163b15806136fe5750306001600160a01b0316826001600160a01b0316637b1039996040518163ffffffff1660e01b8152600401602060405180830381865afa1580156136ce573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906136f291906143f3565b6001600160a01b031614155b8061379a57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b031663a6f73fab6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561376a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061378e91906143f3565b6001600160a01b031614155b156137c357604051630c76093760e01b81526001600160a01b0383166004820152602401610682565b50600a80546001810182555f9182527fc65a7bb8d6351c1cf70c95a316cc6a92839c986682d98bc35f958f4883f9d2a8810180546001600160a01b0319166001600160a01b0385169081179091556040519192909161ffff8416917fa1d767d09d778fb5eb8c92af4b15c7ccbfaa650f78d42fd5394159803cbb762991a3919050565b6001600160a01b0381166138885760405163eac0d38960e01b8152602060048201526008602482015267747265617375727960c01b6044820152606401610682565b600380546001600160a01b0319166001600160a01b0383169081179091556040517f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f905f90a250565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610aa557604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b8183108061392557508083115b15611a9457838383836040516390afecf360e01b8152600401610682949392919061473e565b5f6117da825f613a5f565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166139b25783831516156139a6573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b600154600160a01b900460ff16610aa557604051638dfc202b60e01b815260040160405180910390fd5b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b808211156125555782604051633afb2c7f60e11b81526004016106829190613e0e565b5f81471015613a8a5760405163cf47918160e01b815247600482015260248101839052604401610682565b763d602d80600a3d3981f3363d3d373d3d3d363d730000008360601b60e81c175f526e5af43d82803e903d91602b57fd5bf38360781b176020526037600983f090506001600160a01b038116613af35760405163b06ebf3d60e01b815260040160405180910390fd5b92915050565b604080516101e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081019190915290565b6001600160a01b038116811461063f575f5ffd5b5f60208284031215613b98575f5ffd5b8135613ba381613b74565b9392505050565b5f60208284031215613bba575f5ffd5b5035919050565b5f5f83601f840112613bd1575f5ffd5b50813567ffffffffffffffff811115613be8575f5ffd5b602083019150836020828501011115613bff575f5ffd5b9250929050565b5f6101e08284031215613c17575f5ffd5b50919050565b5f5f5f5f5f6102208688031215613c32575f5ffd5b853567ffffffffffffffff811115613c48575f5ffd5b613c5488828901613bc1565b909650945050602086013567ffffffffffffffff811115613c73575f5ffd5b613c7f88828901613bc1565b9094509250613c9390508760408801613c06565b90509295509295909350565b803561ffff811681146117dd575f5ffd5b5f60208284031215613cc0575f5ffd5b613ba382613c9f565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b634e487b7160e01b5f52602160045260245ffd5b60038110613d2757634e487b7160e01b5f52602160045260245ffd5b9052565b602081525f82516101606020840152613d48610180840182613cc9565b90506020840151601f19848303016040850152613d658282613cc9565b915050604084015160608401526060840151613d8c60808501826001600160a01b03169052565b5060808401516001600160a01b03811660a08501525060a0840151613db460c0850182613d0b565b5060c084015180151560e08501525060e084015167ffffffffffffffff81166101008501525061010084015161ffff8116610120850152506101208401516101408401526101408401516101608401528091505092915050565b602081525f613ba36020830184613cc9565b80516001600160601b031682526020810151613e4760208401826001600160601b03169052565b506040810151613e5f604084018263ffffffff169052565b506060810151613e77606084018263ffffffff169052565b506080810151613e8f608084018263ffffffff169052565b5060a0810151613ea760a084018263ffffffff169052565b5060c0810151613ebf60c084018263ffffffff169052565b5060e0810151613ed560e084018261ffff169052565b50610100810151613eed61010084018261ffff169052565b50610120810151613f0561012084018261ffff169052565b50610140810151613f1b61014084018215159052565b50610160810151613f3361016084018261ffff169052565b50610180810151613f4a61018084018260ff169052565b506101a0810151613f626101a084018261ffff169052565b506101c08101516125556101c084018263ffffffff169052565b6103c08101613f8b8285613e20565b613ba36101e0830184613e20565b602080825282518282018190525f918401906040840190835b81811015613fd0578351835260209384019390920191600101613fb2565b509095945050505050565b803563ffffffff811681146117dd575f5ffd5b5f5f60408385031215613fff575f5ffd5b61400883613fdb565b915061401660208401613fdb565b90509250929050565b5f5f6103c08385031215614031575f5ffd5b61403b8484613c06565b9150614016846101e08501613c06565b5f6101e0828403121561405c575f5ffd5b613ba38383613c06565b803580151581146117dd575f5ffd5b5f60208284031215614085575f5ffd5b613ba382614066565b600181811c908216806140a257607f821691505b602082108103613c1757634e487b7160e01b5f52602260045260245ffd5b5f5f83546140cd8161408e565b6001821680156140e457600181146140f957614126565b60ff1983168652811515820286019350614126565b865f5260205f205f5b8381101561411e57815488820152600190910190602001614102565b505081860193505b509195945050505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115613af357613af3614131565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52603160045260245ffd5b818382375f9101908152919050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602081525f6141ca60208301848661418f565b949350505050565b5f61ffff821661ffff81036141e9576141e9614131565b60010192915050565b80356001600160601b03811681146117dd575f5ffd5b803560ff811681146117dd575f5ffd5b61423282614225836141f2565b6001600160601b03169052565b61423e602082016141f2565b6001600160601b0316602083015261425860408201613fdb565b63ffffffff16604083015261426f60608201613fdb565b63ffffffff16606083015261428660808201613fdb565b63ffffffff16608083015261429d60a08201613fdb565b63ffffffff1660a08301526142b460c08201613fdb565b63ffffffff1660c08301526142cb60e08201613c9f565b61ffff1660e08301526142e16101008201613c9f565b61ffff166101008301526142f86101208201613c9f565b61ffff1661012083015261430f6101408201614066565b15156101408301526143246101608201613c9f565b61ffff1661016083015261433b6101808201614208565b60ff166101808301526143516101a08201613c9f565b61ffff166101a08301526143686101c08201613fdb565b63ffffffff81166101c0840152505050565b8381526001600160a01b038316602082015261022081016141ca6040830184614218565b61026081525f6143b36102608301898b61418f565b82810360208401526143c681888a61418f565b91505061ffff851660408301526143e06060830185614218565b8261024083015298975050505050505050565b5f60208284031215614403575f5ffd5b8151613ba381613b74565b5f6020828403121561441e575f5ffd5b5051919050565b634e487b7160e01b5f52604160045260245ffd5b5f82518060208501845e5f920191825250919050565b6040516101e0810167ffffffffffffffff8111828210171561447357614473614425565b60405290565b5f6101e082840312801561448b575f5ffd5b5061449461444f565b61449d836141f2565b81526144ab602084016141f2565b60208201526144bc60408401613fdb565b60408201526144cd60608401613fdb565b60608201526144de60808401613fdb565b60808201526144ef60a08401613fdb565b60a082015261450060c08401613fdb565b60c082015261451160e08401613c9f565b60e08201526145236101008401613c9f565b6101008201526145366101208401613c9f565b6101208201526145496101408401614066565b61014082015261455c6101608401613c9f565b61016082015261456f6101808401614208565b6101808201526145826101a08401613c9f565b6101a08201526145956101c08401613fdb565b6101c08201529392505050565b5f602082840312156145b2575f5ffd5b613ba382613fdb565b606081525f6145cd6060830186613cc9565b60208301949094525060400152919050565b5f602082840312156145ef575f5ffd5b613ba3826141f2565b5f60208284031215614608575f5ffd5b613ba382614208565b6020808252600d908201526c6d617856616c696461746f727360981b604082015260600190565b601f82111561255557805f5260205f20601f840160051c8101602085101561465d5750805b601f840160051c820191505b8181101561467c575f8155600101614669565b5050505050565b815167ffffffffffffffff81111561469d5761469d614425565b6146b1816146ab845461408e565b84614638565b6020601f8211600181146146e3575f83156146cc5750848201515b5f19600385901b1c1916600184901b17845561467c565b5f84815260208120601f198516915b8281101561471257878501518255602094850194600190920191016146f2565b508482101561472f57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b608081525f6147506080830187613cc9565b602083019590955250604081019290925260609091015291905056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xA0`@R4\x80\x15a\0\x0FW__\xFD[P`@Qa_88\x03\x80a_8\x839\x81\x01`@\x81\x90Ra\0.\x91a\x14\xB8V[\x82`\x01`\x01`\xA0\x1B\x03\x81\x16a\0]W`@Qc\x1EO\xBD\xF7`\xE0\x1B\x81R_`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[a\0f\x81a\x01|V[P`\x01`\x01`\xA0\x1B\x03\x82\x16a\0\xA7W`@Qc\xEA\xC0\xD3\x89`\xE0\x1B\x81R`\x04\x01a\0T\x90` \x80\x82R`\x04\x90\x82\x01Rctora`\xE0\x1B`@\x82\x01R``\x01\x90V[`\x01`\x01`\xA0\x1B\x03\x82\x16`\x80R\x80Qa\0\xBF\x90a\x01\x98V[` \x81\x01Qa\0\xCD\x90a\x02#V[`@\x81\x01Qa\0\xDB\x90a\x02\xC1V[a\0\xF3\x81`\xA0\x01Q\x82`\xC0\x01Qa\x03g` \x1B` \x1CV[a\x01\x0B\x81``\x01Q\x82`\x80\x01Qa\x0E{` \x1B` \x1CV[`\xE0\x81\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x15a\x01,W`\xE0\x81\x01Qa\x01,\x90a\x0F\xE9V[a\x01\0\x81\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x15a\x01OWa\x01\0\x81\x01Qa\x01O\x90a\x102V[a\x01 \x81\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x15a\x01tWa\x01 \x81\x01Qa\x01r\x90a\x10\x85V[P[PPPa\x17\xADV[`\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16\x90Ua\x01\x95\x81a\x128V[PV[`\x01`\x01`\xA0\x1B\x03\x81\x16a\x01\xDAW`@Qc\xEA\xC0\xD3\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x08`$\x82\x01Rgtreasury`\xC0\x1B`D\x82\x01R`d\x01a\0TV[`\x03\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F<\x86EA\xEFq7\x8Cb)Q\x0E\xD9\x0F7ee\xEEB\xD9\xC5\xE0\x90J\x98J\x9E\x86>m\xB4O\x90_\x90\xA2PV[j\x08E\x95\x16\x14\x01HJ\0\0\0\x81\x11\x15a\x02\x85W`@Qc\x07'\x92\xDB`\xE2\x1B\x81R```\x04\x82\x01R`\x0B`d\x82\x01RjcreationFee`\xA8\x1B`\x84\x82\x01R`$\x81\x01\x82\x90Rj\x08E\x95\x16\x14\x01HJ\0\0\0`D\x82\x01R`\xA4\x01a\0TV[`\x04\x81\x90U`@Q\x81\x81R\x7Fe\xCFD\xD7\xC3\xDC\x10T\x9F2*\xFB\xE7E\xB2\xA5i\xE6\xE2\xA1w\xF9FWI\xA3\x93\xAF\xBC\x9C5O\x90` \x01[`@Q\x80\x91\x03\x90\xA1PV[a\x04\0\x81a\xFF\xFF\x16\x11\x15a\x03\x17W`@Qc\x07'\x92\xDB`\xE2\x1B\x81R```\x04\x82\x01R`\n`d\x82\x01RimaxSubnets`\xB0\x1B`\x84\x82\x01Ra\xFF\xFF\x82\x16`$\x82\x01Ra\x04\0`D\x82\x01R`\xA4\x01a\0TV[`\x02\x80Ta\xFF\xFF`\xA0\x1B\x19\x16`\x01`\xA0\x1Ba\xFF\xFF\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81R\x7F\xABg,\xACN\x9C\r>\xC9\x0B%\xADbxt%\xB1\xD6\xF2[\xB9\xC8\xA7\xD6\xD1\xF9\x8C\xE1d\xB7~W\x90` \x01a\x02\xB6V[`@\x80Q\x80\x82\x01\x90\x91R`\x0C\x81Rk\x1BZ[\x93Z[\x99\\\x90\x9B\xDB\x99`\xA2\x1B` \x82\x01R\x82Q\x82Qa\x03\xA5\x92\x91`\x01`\x01``\x1B\x03\x90\x81\x16\x91\x16a\x12\x87V[a\x03\xF8`@Q\x80`@\x01`@R\x80`\x10\x81R` \x01o\x1BZ[\x95\x98[\x1AY\x18]\x1B\xDC\x90\x9B\xDB\x99`\x82\x1B\x81RP\x83` \x01Q`\x01`\x01``\x1B\x03\x16\x83` \x01Q`\x01`\x01``\x1B\x03\x16a\x12\x87` \x1B` \x1CV[a\x04@`@Q\x80`@\x01`@R\x80`\x0B\x81R` \x01j\x1D\x18\\\xDA\xD5\x1A[Y[\xDD]`\xAA\x1B\x81RP\x83`@\x01Qc\xFF\xFF\xFF\xFF\x16\x83`@\x01Qc\xFF\xFF\xFF\xFF\x16a\x12\x87` \x1B` \x1CV[a\x04\x88`@Q\x80`@\x01`@R\x80`\x0B\x81R` \x01j\x0C\xAE\r\xECm\t\x8C\xAD\xCC\xEE\x8D`\xAB\x1B\x81RP\x83``\x01Qc\xFF\xFF\xFF\xFF\x16\x83``\x01Qc\xFF\xFF\xFF\xFF\x16a\x12\x87` \x1B` \x1CV[a\x04\xD3`@Q\x80`@\x01`@R\x80`\x0E\x81R` \x01m\x1A[[][\x9A]\x1ET\x19\\\x9A[\xD9`\x92\x1B\x81RP\x83`\x80\x01Qc\xFF\xFF\xFF\xFF\x16\x83`\x80\x01Qc\xFF\xFF\xFF\xFF\x16a\x12\x87` \x1B` \x1CV[a\x05\x1E`@Q\x80`@\x01`@R\x80`\x0E\x81R` \x01munbondingDelay`\x90\x1B\x81RP\x83`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x83`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16a\x12\x87` \x1B` \x1CV[a\x05g`@Q\x80`@\x01`@R\x80`\x0C\x81R` \x01krevealWindow`\xA0\x1B\x81RP\x83`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x83`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16a\x12\x87` \x1B` \x1CV[a\x05\xAF`@Q\x80`@\x01`@R\x80`\x0F\x81R` \x01nslashingRateBps`\x88\x1B\x81RP\x83`\xE0\x01Qa\xFF\xFF\x16\x83`\xE0\x01Qa\xFF\xFF\x16a\x12\x87` \x1B` \x1CV[a\x05\xF2`@Q\x80`@\x01`@R\x80`\x08\x81R` \x01gmaxSlots`\xC0\x1B\x81RP\x83a\x01\0\x01Qa\xFF\xFF\x16\x83a\x01\0\x01Qa\xFF\xFF\x16a\x12\x87` \x1B` \x1CV[a\x06:`@Q\x80`@\x01`@R\x80`\r\x81R` \x01lmaxValidators`\x98\x1B\x81RP\x83a\x01 \x01Qa\xFF\xFF\x16\x83a\x01 \x01Qa\xFF\xFF\x16a\x12\x87` \x1B` \x1CV[a\x06}`@Q\x80`@\x01`@R\x80`\x08\x81R` \x01gkappaBps`\xC0\x1B\x81RP\x83a\x01`\x01Qa\xFF\xFF\x16\x83a\x01`\x01Qa\xFF\xFF\x16a\x12\x87` \x1B` \x1CV[a\x06\xC1`@Q\x80`@\x01`@R\x80`\x0B\x81R` \x01j\x1C\xDD\x1C\x9AZ\xD9S\x1A[Z]`\xAA\x1B\x81RP\x83a\x01\x80\x01Q`\xFF\x16\x83a\x01\x80\x01Q`\xFF\x16a\x12\x87` \x1B` \x1CV[a\x07\t`@Q\x80`@\x01`@R\x80`\r\x81R` \x01ltrustFloorBps`\x98\x1B\x81RP\x83a\x01\xA0\x01Qa\xFF\xFF\x16\x83a\x01\xA0\x01Qa\xFF\xFF\x16a\x12\x87` \x1B` \x1CV[a\x07X`@Q\x80`@\x01`@R\x80`\x10\x81R` \x01o\x18\xDB\x1B\xDC\xD9Q\xDC\x98X\xD9T\x19\\\x9A[\xD9`\x82\x1B\x81RP\x83a\x01\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x83a\x01\xC0\x01Qc\xFF\xFF\xFF\xFF\x16a\x12\x87` \x1B` \x1CV[a\x13\x88\x82a\x01`\x01Qa\xFF\xFF\x16\x10\x80a\x07{WPa'\x10\x81a\x01`\x01Qa\xFF\xFF\x16\x11[\x15a\x07\xB4W`@Qc:\xFB,\x7F`\xE1\x1B\x81R` `\x04\x82\x01R`\x08`$\x82\x01RgkappaBps`\xC0\x1B`D\x82\x01R`d\x01a\0TV[\x81a\x01\x80\x01Q`\xFF\x16_\x03a\x07\xFAW`@Qc:\xFB,\x7F`\xE1\x1B\x81R` `\x04\x82\x01R`\x0B`$\x82\x01Rj\x1C\xDD\x1C\x9AZ\xD9S\x1A[Z]`\xAA\x1B`D\x82\x01R`d\x01a\0TV[a'\x10\x81a\x01\xA0\x01Qa\xFF\xFF\x16\x11\x15a\x08FW`@Qc:\xFB,\x7F`\xE1\x1B\x81R` `\x04\x82\x01R`\r`$\x82\x01RltrustFloorBps`\x98\x1B`D\x82\x01R`d\x01a\0TV[`\x80\x81a\x01 \x01Qa\xFF\xFF\x16\x11\x15a\x08\x91W`@Qc:\xFB,\x7F`\xE1\x1B\x81R` `\x04\x82\x01R`\r`$\x82\x01RlmaxValidators`\x98\x1B`D\x82\x01R`d\x01a\0TV[\x81``\x01Qc\xFF\xFF\xFF\xFF\x16_\x03a\x08\xD9W`@Qc:\xFB,\x7F`\xE1\x1B\x81R` `\x04\x82\x01R`\x0B`$\x82\x01Rj\x0C\xAE\r\xECm\t\x8C\xAD\xCC\xEE\x8D`\xAB\x1B`D\x82\x01R`d\x01a\0TV[a'\x10\x81`\xE0\x01Qa\xFF\xFF\x16\x11\x15a\t&W`@Qc:\xFB,\x7F`\xE1\x1B\x81R` `\x04\x82\x01R`\x0F`$\x82\x01RnslashingRateBps`\x88\x1B`D\x82\x01R`d\x01a\0TV[`\x02\x82a\x01\0\x01Qa\xFF\xFF\x16\x10\x80a\tHWPa\x04\0\x81a\x01\0\x01Qa\xFF\xFF\x16\x11[\x15a\t\x81W`@Qc:\xFB,\x7F`\xE1\x1B\x81R` `\x04\x82\x01R`\x08`$\x82\x01RgmaxSlots`\xC0\x1B`D\x82\x01R`d\x01a\0TV[\x81a\x01 \x01Qa\xFF\xFF\x16_\x03a\t\xCAW`@Qc:\xFB,\x7F`\xE1\x1B\x81R` `\x04\x82\x01R`\r`$\x82\x01RlmaxValidators`\x98\x1B`D\x82\x01R`d\x01a\0TV[\x81`\x06_\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x0Ca\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\x80\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01`\x04a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x08a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x01\x01`\x0Ca\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x01\x01`\x0Ea\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01@\x82\x01Q\x81`\x01\x01`\x12a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UPa\x01`\x82\x01Q\x81`\x01\x01`\x13a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\x80\x82\x01Q\x81`\x01\x01`\x15a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UPa\x01\xA0\x82\x01Q\x81`\x01\x01`\x16a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\xC0\x82\x01Q\x81`\x01\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x90PP\x80`\x08_\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x0Ca\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\x80\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01`\x04a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x08a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x01\x01`\x0Ca\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x01\x01`\x0Ea\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01@\x82\x01Q\x81`\x01\x01`\x12a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UPa\x01`\x82\x01Q\x81`\x01\x01`\x13a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\x80\x82\x01Q\x81`\x01\x01`\x15a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UPa\x01\xA0\x82\x01Q\x81`\x01\x01`\x16a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\xC0\x82\x01Q\x81`\x01\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x90PP\x7F=\xE8\x8EZ\xF7\xD9\xBFX\xACO\xA9_+\xBE\xED\xAD\x1C\xA7\xAD\r\xD9\xD1JZ\xA7Pkt\xFA\xA9\xA9\xC3\x82\x82`@Qa\x0Eo\x92\x91\x90a\x17\x14V[`@Q\x80\x91\x03\x90\xA1PPV[b'\x8D\0\x82c\xFF\xFF\xFF\xFF\x16\x11\x15a\x0E\xEAW`@Qc\x07'\x92\xDB`\xE2\x1B\x81R```\x04\x82\x01R`\x16`d\x82\x01R\x7FhyperparameterCooldown\0\0\0\0\0\0\0\0\0\0`\x84\x82\x01Rc\xFF\xFF\xFF\xFF\x83\x16`$\x82\x01Rb'\x8D\0`D\x82\x01R`\xA4\x01a\0TV[`\x06Tc\xFF\xFF\xFF\xFF`\x01`\xE0\x1B\x90\x91\x04\x81\x16\x90\x82\x16\x81\x11a\x0FlW\x81a\x0F\x11`\x01\x83a\x178V[`@Qc\x07'\x92\xDB`\xE2\x1B\x81R```\x04\x82\x01R`\x1A`d\x82\x01R\x7FhyperparameterFreezeWindow\0\0\0\0\0\0`\x84\x82\x01Rc\xFF\xFF\xFF\xFF\x90\x92\x16`$\x83\x01R`D\x82\x01R`\xA4\x01a\0TV[`\x02\x80T`\x01`\xB0\x1B`\x01`\xF0\x1B\x03\x19\x16`\x01`\xB0\x1Bc\xFF\xFF\xFF\xFF\x86\x81\x16\x91\x82\x02c\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x16\x92\x90\x92\x17`\x01`\xD0\x1B\x92\x86\x16\x92\x83\x02\x17\x90\x92U`@\x80Q\x92\x83R` \x83\x01\x91\x90\x91R\x7F\n\xA6\xF6\xB1f\xD7v5-l\xD4\xD2\x03>y/\xF6\x17p\x12\xAB\xFF\xFA\x08\x17-\x9D\xDBp'2D\x91\x01`@Q\x80\x91\x03\x90\xA1PPPV[`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F\xE6\xC0\x9F\xFEEr\xDC\x9C\xEA\xA5\xDD\xDEJ\xE4\x1B\xEF\xA6U\xD6\xFD\xFE\x80R\x07z\xF0\x97\x0Fp\x0E\x94.\x90_\x90\xA2PV[`\x05\x80Tb\x01\0\0`\x01`\xB0\x1B\x03\x19\x16b\x01\0\0`\x01`\x01`\xA0\x1B\x03\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x7F\xF1\xA2\x96\x89k> p\r\xC8J\xD1\xEEH\xEE}\xB6]o\x19\xA3\x05p\xF8\xA2\x1F~\xFDh\xC46\xCF\x90_\x90\xA2PV[_`\x01`\x01`\xA0\x1B\x03\x82\x16;\x15\x80a\x11\x0EWP0`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16c{\x109\x99`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x10\xDEW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x11\x02\x91\x90a\x17]V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x80a\x11\x8CWP`\x80Q`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16c\xA6\xF7?\xAB`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x11\\W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x11\x80\x91\x90a\x17]V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x15a\x11\xB5W`@Qc\x0Cv\t7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\0TV[P`\n\x80T`\x01\x81\x01\x82U_\x91\x82R\x7F\xC6Z{\xB8\xD65\x1C\x1C\xF7\x0C\x95\xA3\x16\xCCj\x92\x83\x9C\x98f\x82\xD9\x8B\xC3_\x95\x8FH\x83\xF9\xD2\xA8\x81\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x85\x16\x90\x81\x17\x90\x91U`@Q\x91\x92\x90\x91a\xFF\xFF\x84\x16\x91\x7F\xA1\xD7g\xD0\x9Dw\x8F\xB5\xEB\x8C\x92\xAFK\x15\xC7\xCC\xBF\xAAe\x0Fx\xD4/\xD59AY\x80<\xBBv)\x91\xA3\x91\x90PV[_\x80T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x01`\x01`\xA0\x1B\x03\x19\x83\x16\x81\x17\x84U`@Q\x91\x90\x92\x16\x92\x83\x91\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x91\x90\xA3PPV[\x80\x82\x11\x15a\x12\xAAW\x82`@Qc:\xFB,\x7F`\xE1\x1B\x81R`\x04\x01a\0T\x91\x90a\x17xV[PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x01\x95W__\xFD[\x80Qa\x12\xCE\x81a\x12\xAFV[\x91\x90PV[`@Qa\x01\xE0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a\x13\x02WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90V[`@Qa\x01@\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a\x13\x02WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[\x80Qa\xFF\xFF\x81\x16\x81\x14a\x12\xCEW__\xFD[\x80Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x12\xCEW__\xFD[\x80Q`\x01`\x01``\x1B\x03\x81\x16\x81\x14a\x12\xCEW__\xFD[\x80Q\x80\x15\x15\x81\x14a\x12\xCEW__\xFD[\x80Q`\xFF\x81\x16\x81\x14a\x12\xCEW__\xFD[_a\x01\xE0\x82\x84\x03\x12\x15a\x13\xA1W__\xFD[a\x13\xA9a\x12\xD3V[\x90Pa\x13\xB4\x82a\x13[V[\x81Ra\x13\xC2` \x83\x01a\x13[V[` \x82\x01Ra\x13\xD3`@\x83\x01a\x13HV[`@\x82\x01Ra\x13\xE4``\x83\x01a\x13HV[``\x82\x01Ra\x13\xF5`\x80\x83\x01a\x13HV[`\x80\x82\x01Ra\x14\x06`\xA0\x83\x01a\x13HV[`\xA0\x82\x01Ra\x14\x17`\xC0\x83\x01a\x13HV[`\xC0\x82\x01Ra\x14(`\xE0\x83\x01a\x137V[`\xE0\x82\x01Ra\x14:a\x01\0\x83\x01a\x137V[a\x01\0\x82\x01Ra\x14Ma\x01 \x83\x01a\x137V[a\x01 \x82\x01Ra\x14`a\x01@\x83\x01a\x13qV[a\x01@\x82\x01Ra\x14sa\x01`\x83\x01a\x137V[a\x01`\x82\x01Ra\x14\x86a\x01\x80\x83\x01a\x13\x80V[a\x01\x80\x82\x01Ra\x14\x99a\x01\xA0\x83\x01a\x137V[a\x01\xA0\x82\x01Ra\x14\xACa\x01\xC0\x83\x01a\x13HV[a\x01\xC0\x82\x01R\x92\x91PPV[___\x83\x85\x03a\x05\0\x81\x12\x15a\x14\xCCW__\xFD[\x84Qa\x14\xD7\x81a\x12\xAFV[` \x86\x01Q\x90\x94Pa\x14\xE8\x81a\x12\xAFV[\x92Pa\x04\xC0`?\x19\x82\x01\x12\x15a\x14\xFCW__\xFD[Pa\x15\x05a\x13\x08V[a\x15\x11`@\x86\x01a\x12\xC3V[\x81R``\x85\x01Q` \x82\x01Ra\x15)`\x80\x86\x01a\x137V[`@\x82\x01Ra\x15:`\xA0\x86\x01a\x13HV[``\x82\x01Ra\x15K`\xC0\x86\x01a\x13HV[`\x80\x82\x01Ra\x15]\x86`\xE0\x87\x01a\x13\x90V[`\xA0\x82\x01Ra\x15p\x86a\x02\xC0\x87\x01a\x13\x90V[`\xC0\x82\x01Ra\x15\x82a\x04\xA0\x86\x01a\x12\xC3V[`\xE0\x82\x01Ra\x15\x94a\x04\xC0\x86\x01a\x12\xC3V[a\x01\0\x82\x01Ra\x15\xA7a\x04\xE0\x86\x01a\x12\xC3V[a\x01 \x82\x01R\x80\x91PP\x92P\x92P\x92V[\x80Q`\x01`\x01``\x1B\x03\x16\x82R` \x81\x01Qa\x15\xDF` \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[P`@\x81\x01Qa\x15\xF7`@\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P``\x81\x01Qa\x16\x0F``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x81\x01Qa\x16'`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x81\x01Qa\x16?`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x81\x01Qa\x16W`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x81\x01Qa\x16m`\xE0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\0\x81\x01Qa\x16\x85a\x01\0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01 \x81\x01Qa\x16\x9Da\x01 \x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01@\x81\x01Qa\x16\xB3a\x01@\x84\x01\x82\x15\x15\x90RV[Pa\x01`\x81\x01Qa\x16\xCBa\x01`\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\x80\x81\x01Qa\x16\xE2a\x01\x80\x84\x01\x82`\xFF\x16\x90RV[Pa\x01\xA0\x81\x01Qa\x16\xFAa\x01\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\xC0\x81\x01Qa\x12\xAAa\x01\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[a\x03\xC0\x81\x01a\x17#\x82\x85a\x15\xB8V[a\x171a\x01\xE0\x83\x01\x84a\x15\xB8V[\x93\x92PPPV[\x81\x81\x03\x81\x81\x11\x15a\x17WWcNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x92\x91PPV[_` \x82\x84\x03\x12\x15a\x17mW__\xFD[\x81Qa\x171\x81a\x12\xAFV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[`\x80QaGla\x17\xCC_9_\x81\x81a\t\xA0\x01Ra7\x06\x01RaGl_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x02\x81W_5`\xE0\x1C\x80c\x82\xAF\xD2;\x11a\x01VW\x80c\xB7U\x93\xD0\x11a\0\xCAW\x80c\xD7\xCD\xDA\xE0\x11a\0\x84W\x80c\xD7\xCD\xDA\xE0\x14a\x05\xC4W\x80c\xDC\xE0\xB4\xE4\x14a\x05\xD7W\x80c\xE0\xB1ed\x14a\x05\xE0W\x80c\xE3\x0C9x\x14a\x05\xF7W\x80c\xF0\xF4B`\x14a\x06\x08W\x80c\xF2\xFD\xE3\x8B\x14a\x06\x1BW__\xFD[\x80c\xB7U\x93\xD0\x14a\x05=W\x80c\xB7\xD8b%\x14a\x05PW\x80c\xC3c\x1E\xA9\x14a\x05cW\x80c\xC6\xE2\xA4\0\x14a\x05vW\x80c\xCD\xFE!\"\x14a\x05\x9CW\x80c\xD3p#*\x14a\x05\xB1W__\xFD[\x80c\x8BA\xD3_\x11a\x01\x1BW\x80c\x8BA\xD3_\x14a\x04\xDEW\x80c\x8D\xA5\xCB[\x14a\x04\xE8W\x80c\x8EY\xBE\xE1\x14a\x04\xF8W\x80c\x91j\\[\x14a\x05\x0BW\x80c\x97\xF4r\xA7\x14a\x05\x17W\x80c\xABWx\xF2\x14a\x05*W__\xFD[\x80c\x82\xAF\xD2;\x14a\x04pW\x80c\x84V\xCBY\x14a\x04\x9CW\x80c\x87\xCB_\x94\x14a\x04\xA4W\x80c\x8A\r\xACJ\x14a\x04\xB6W\x80c\x8A\x1BQ!\x14a\x04\xC9W__\xFD[\x80cLi+\x0C\x11a\x01\xF8W\x80cdd\xE5\x8F\x11a\x01\xB2W\x80cdd\xE5\x8F\x14a\x04\x16W\x80cj%\x04\xC7\x14a\x04\x1EW\x80cnGXa\x14a\x044W\x80cqP\x18\xA6\x14a\x04`W\x80cy\xBAP\x97\x14a\x04hW\x80c{T&\xCA\x14a\x03\xA1W__\xFD[\x80cLi+\x0C\x14a\x03\x88W\x80cO%7Y\x14a\x03\xA1W\x80cT\xFDMP\x14a\x03\xAAW\x80c\\\x97Z\xBB\x14a\x03\xD1W\x80ca\xD0'\xB3\x14a\x03\xEFW\x80cc\xB0\xC4(\x14a\x04\x02W__\xFD[\x80c?K\xA8:\x11a\x02IW\x80c?K\xA8:\x14a\x02\xFCW\x80c?\xBCM5\x14a\x03\x04W\x80cD\xDF\xF1\xAE\x14a\x03/W\x80cD\xE0G\xCA\x14a\x03BW\x80cE*\x93 \x14a\x03UW\x80cGW&\xF7\x14a\x03hW__\xFD[\x80c\x04\n\x7F\x91\x14a\x02\x85W\x80c\x1C\xF8G\xE4\x14a\x02\x9CW\x80c#[^\xA0\x14a\x02\xB1W\x80c7\x90\xAD\xF5\x14a\x02\xC4W\x80c7\xC3o-\x14a\x02\xF4W[__\xFD[`\nT[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x02\xAFa\x02\xAA6`\x04a;\x88V[a\x06.V[\0[a\x02\xAFa\x02\xBF6`\x04a;\xAAV[a\x06BV[a\x02\xD7a\x02\xD26`\x04a<\x1DV[a\x08eV[`@\x80Q\x92\x83R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16` \x83\x01R\x01a\x02\x93V[a\x02\x89`\x80\x81V[a\x02\xAFa\n\x95V[a\x03\x17a\x03\x126`\x04a;\xAAV[a\n\xA7V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02\x93V[a\x02\xAFa\x03=6`\x04a<\xB0V[a\n\xC4V[a\x02\xAFa\x03P6`\x04a;\xAAV[a\n\xD5V[`\x02Ta\x03\x17\x90`\x01`\x01`\xA0\x1B\x03\x16\x81V[a\x03{a\x03v6`\x04a;\xAAV[a\x0B\xC5V[`@Qa\x02\x93\x91\x90a=+V[`\x05Ta\x03\x17\x90b\x01\0\0\x90\x04`\x01`\x01`\xA0\x1B\x03\x16\x81V[a\x02\x89a\x04\0\x81V[`@\x80Q\x80\x82\x01\x82R`\x05\x81Rd\x03\x12\xE3\x02\xE3`\xDC\x1B` \x82\x01R\x90Qa\x02\x93\x91\x90a>\x0EV[`\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16[`@Q\x90\x15\x15\x81R` \x01a\x02\x93V[`\x03Ta\x03\x17\x90`\x01`\x01`\xA0\x1B\x03\x16\x81V[`\x05Ta\x03\xDF\x90`\x01`\xB0\x1B\x90\x04`\xFF\x16\x81V[a\x02\x89` \x81V[a\x04&a\x0F\xF2V[`@Qa\x02\x93\x92\x91\x90a?|V[`\x02Ta\x04K\x90`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x93V[a\x02\xAFa\x14TV[a\x02\xAFa\x14eV[a\x03\xDFa\x04~6`\x04a;\xAAV[_\x90\x81R`\x0C` R`@\x90 `\x02\x01T`\x01`\xF0\x1B\x90\x04`\xFF\x16\x90V[a\x02\xAFa\x14\xA6V[a\x02\x89j\x08E\x95\x16\x14\x01HJ\0\0\0\x81V[a\x02\xAFa\x04\xC46`\x04a;\x88V[a\x14\xF3V[a\x04\xD1a\x15\x04V[`@Qa\x02\x93\x91\x90a?\x99V[a\x02\x89b'\x8D\0\x81V[_T`\x01`\x01`\xA0\x1B\x03\x16a\x03\x17V[a\x03\x17a\x05\x066`\x04a<\xB0V[a\x15\xC0V[`\x05Ta\xFF\xFF\x16a\x02\x89V[a\x02\xAFa\x05%6`\x04a?\xEEV[a\x15\xF2V[a\x03\xDFa\x0586`\x04a;\x88V[a\x16\x08V[a\x02\xAFa\x05K6`\x04a@\x1FV[a\x17\x1EV[a\x02\xAFa\x05^6`\x04a;\xAAV[a\x17\xAEV[a\x02\xAFa\x05q6`\x04a@KV[a\x17\xBFV[a\x05\x89a\x05\x846`\x04a;\x88V[a\x17\xC8V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x93V[`\x02Ta\x05\x89\x90`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16\x81V[a\x02\xAFa\x05\xBF6`\x04a;\xAAV[a\x17\xE2V[a\x02\xAFa\x05\xD26`\x04a@uV[a\x18fV[a\x02\x89`\x04T\x81V[`\x02Ta\x04K\x90`\x01`\xD0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x81V[`\x01T`\x01`\x01`\xA0\x1B\x03\x16a\x03\x17V[a\x02\xAFa\x06\x166`\x04a;\x88V[a\x18\xC6V[a\x02\xAFa\x06)6`\x04a;\x88V[a\x18\xD7V[a\x066a\x19GV[a\x06?\x81a\x19sV[PV[a\x06Ja\x19GV[_a\x06T\x82a\x19\xC6V[`\x02\x81\x01T\x90\x91P`\x01`\xF0\x1B\x90\x04`\xFF\x16a\x06\x8BW`@Qc9\xB3;\xBF`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x02\x81\x01\x80T`\xFF`\xF0\x1B\x19\x16\x90U`@Q`\r\x90_\x90a\x06\xAD\x90\x84\x90a@\xC0V[`@\x80Q\x91\x82\x90\x03\x90\x91 \x82R` \x82\x01\x92\x90\x92R\x01_\x90\x81 \x80T`\xFF\x19\x16\x90U`\x03\x82\x01T`\x0BTa\xFF\xFF\x90\x91\x16\x91\x90a\x06\xEB\x90`\x01\x90aAEV[\x90P\x80\x82\x14a\x07\x96W_`\x0B\x82\x81T\x81\x10a\x07\x08Wa\x07\x08aAXV[\x90_R` _ \x90`\x08\x91\x82\x82\x04\x01\x91\x90\x06`\x04\x02\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16\x90P\x80`\x0B\x84\x81T\x81\x10a\x07BWa\x07BaAXV[_\x91\x82R` \x80\x83 `\x08\x83\x04\x01\x80T`\x07\x90\x93\x16`\x04\x02a\x01\0\nc\xFF\xFF\xFF\xFF\x81\x81\x02\x19\x90\x94\x16\x95\x84\x16\x02\x94\x90\x94\x17\x90\x93U\x92\x90\x92\x16\x82R`\x0C\x90R`@\x90 `\x03\x01\x80Ta\xFF\xFF\x19\x16a\xFF\xFF\x84\x16\x17\x90U[`\x0B\x80T\x80a\x07\xA7Wa\x07\xA7aAlV[_\x82\x81R` \x81 `\x08_\x19\x90\x93\x01\x92\x83\x04\x01\x80Tc\xFF\xFF\xFF\xFF`\x04`\x07\x86\x16\x02a\x01\0\n\x02\x19\x16\x90U\x91U`@Q\x85\x91\x7F\xDA\x05\x02\xEA]k\xB0\xCAo\xF4\x0B(p\x13\x16\xC0\xEFr\xA5ad4\x83n\xE8&\xDF\xA8\xF9\xDA\xBC\xA5\x91\xA2\x82`\x02\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16cQ\xB4+\0`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x08IW__\xFD[PZ\xF1\x15\x80\x15a\x08[W=__>=_\xFD[PPPPPPPPV[__a\x08oa\x1A\x01V[a\x08wa\x1A,V[a\x08\x9E`@Q\x80`@\x01`@R\x80`\x04\x81R` \x01cname`\xE0\x1B\x81RP\x88\x88a\x1AaV[a\x08\xCE`@Q\x80`@\x01`@R\x80`\r\x81R` \x01linferenceType`\x98\x1B\x81RP\x86\x86a\x1AaV[_\x87\x87`@Qa\x08\xDF\x92\x91\x90aA\x80V[`@\x80Q\x91\x82\x90\x03\x90\x91 _\x81\x81R`\r` R\x91\x90\x91 T\x90\x91P`\xFF\x16\x15a\t W\x87\x87`@Qc5\xFE\xE7}`\xE0\x1B\x81R`\x04\x01a\x06\x82\x92\x91\x90aA\xB7V[_\x81\x81R`\r` R`@\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\tA\x84a\x1A\x9AV[`\x05\x80T_\x90a\tT\x90a\xFF\xFF\x16aA\xD2V[\x91\x90a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90Ua\xFF\xFF\x16\x92P_a\t\x81\x84\x8A\x8A\x8A\x8Aa%ZV[`\x04T\x91\x94P\x91P\x80\x15a\t\xCBW`\x03Ta\t\xCB\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x913\x91\x16\x84a'\xE7V[`@Qc\n<4\x95`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16\x90c\n<4\x95\x90a\t\xFB\x90\x88\x903\x90\x8B\x90`\x04\x01aCzV[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\n\x12W__\xFD[PZ\xF1\x15\x80\x15a\n$W=__>=_\xFD[PPPP3`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x86\x7F\x15\xF2/n}[\xCFoB\x826\x03P\x8C\xACXO\xC9}\xC3\x18\x93\xFD\x07\x06\n\xA1\xE2\"\x1C\x11\xFD\x8D\x8D\x8D\x8D\x89\x8E\x8A`@Qa\nx\x97\x96\x95\x94\x93\x92\x91\x90aC\x9EV[`@Q\x80\x91\x03\x90\xA4PPPa\n\x8Ba(\x1DV[\x95P\x95\x93PPPPV[a\n\x9Da\x19GV[a\n\xA5a(GV[V[_a\n\xB1\x82a\x19\xC6V[`\x02\x01T`\x01`\x01`\xA0\x1B\x03\x16\x92\x91PPV[a\n\xCCa\x19GV[a\x06?\x81a(\x9CV[_T`\x01`\x01`\xA0\x1B\x03\x163\x14\x80\x15\x90a\n\xFAWP`\x02T`\x01`\x01`\xA0\x1B\x03\x163\x14\x15[\x15a\x0B\x1AW`@Qck\x18\x83\xF3`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x06\x82V[_a\x0B$\x82a\x19\xC6V[`\x02\x01T`@Q`\x01\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x91P\x82\x90\x7Fj\x8F&\x01\xBC\x18\xD0\xDFd&\x81\x8Ak\xE2\xA5\x03\xCB\xA1\x1F\x02\xA9Z\xB3c\xECp\x0E\xAB\x8A\x9F/\x1C\x90` \x01`@Q\x80\x91\x03\x90\xA2`@Qc\x05\xB0\xE2\xCF`\xE2\x1B\x81R`\x01`\x04\x82\x01R`\x01`\x01`\xA0\x1B\x03\x82\x16\x90c\x16\xC3\x8B<\x90`$\x01[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x0B\xABW__\xFD[PZ\xF1\x15\x80\x15a\x0B\xBDW=__>=_\xFD[PPPPPPV[`@\x80Qa\x01`\x81\x01\x82R``\x80\x82R` \x82\x01\x81\x90R_\x92\x82\x01\x83\x90R\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x82\x90R\x90a\x0C&\x83a\x19\xC6V[`\x02\x81\x01T\x81T\x91\x92P`\x01`\x01`\xA0\x1B\x03\x16\x90\x82\x90a\x0CE\x90a@\x8EV[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x0Cq\x90a@\x8EV[\x80\x15a\x0C\xBCW\x80`\x1F\x10a\x0C\x93Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x0C\xBCV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x0C\x9FW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPP\x91\x85RPP`\x01\x82\x01\x80Ta\x0C\xD3\x90a@\x8EV[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x0C\xFF\x90a@\x8EV[\x80\x15a\rJW\x80`\x1F\x10a\r!Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\rJV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\r-W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPP` \x80\x86\x01\x92\x90\x92RP`\x02\x83\x01T`\x01`\x01`\xA0\x1B\x03\x90\x81\x16``\x86\x01R`@\x80Qc\x8D\xA5\xCB[`\xE0\x1B\x81R\x90Q\x91\x84\x16\x92c\x8D\xA5\xCB[\x92`\x04\x80\x84\x01\x93\x82\x90\x03\x01\x81\x86Z\xFA\x15\x80\x15a\r\xA4W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\r\xC8\x91\x90aC\xF3V[`\x01`\x01`\xA0\x1B\x03\x90\x81\x16`\x80\x85\x01R`\x02\x83\x01T`\x01`\xF0\x1B\x81\x04`\xFF\x16\x15\x15`\xC0\x86\x01R`\x01`\xA0\x1B\x81\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xE0\x86\x01R`\x01`\xE0\x1B\x90\x04a\xFF\xFF\x16a\x01\0\x85\x01R`@\x80Qcm\x1D\xA41`\xE0\x1B\x81R\x90Q\x91\x83\x16\x91cm\x1D\xA41\x91`\x04\x80\x82\x01\x92` \x92\x90\x91\x90\x82\x90\x03\x01\x81\x86Z\xFA\x15\x80\x15a\x0ERW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0Ev\x91\x90aD\x0EV[\x83a\x01 \x01\x81\x81RPP\x80`\x01`\x01`\xA0\x1B\x03\x16c\x0FC\xA6w`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0E\xBCW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E\xE0\x91\x90aD\x0EV[a\x01@\x84\x01R`\x05T`\x02\x83\x01Tb\x01\0\0\x90\x91\x04`\x01`\x01`\xA0\x1B\x03\x16\x90`\x01`\xF0\x1B\x90\x04`\xFF\x16\x80\x15a\x0F\x1DWP`\x01`\x01`\xA0\x1B\x03\x81\x16\x15\x15[\x15a\x0F\x8FW`@Qc\x01\xF9H\x97`\xE2\x1B\x81R`\x04\x81\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x82\x16\x90c\x07\xE5\"\\\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0FeW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0F\x89\x91\x90aD\x0EV[`@\x85\x01R[`\x02\x83\x01T`\x01`\xF0\x1B\x90\x04`\xFF\x16\x15a\x0F\xBAW`@\x84\x01Q\x15a\x0F\xB4W`\x01a\x0F\xBDV[_a\x0F\xBDV[`\x02[\x84`\xA0\x01\x90`\x02\x81\x11\x15a\x0F\xD3Wa\x0F\xD3a<\xF7V[\x90\x81`\x02\x81\x11\x15a\x0F\xE6Wa\x0F\xE6a<\xF7V[\x81RPPPPP\x91\x90PV[a\x0F\xFAa:\xF9V[a\x10\x02a:\xF9V[`\x06`\x08\x81`@Q\x80a\x01\xE0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x04\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x08\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x12\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81R` \x01`\x01\x82\x01`\x13\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16`\xFF\x16\x81R` \x01`\x01\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81RPP\x91P\x80`@Q\x80a\x01\xE0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x04\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x08\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x12\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81R` \x01`\x01\x82\x01`\x13\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16`\xFF\x16\x81R` \x01`\x01\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81RPP\x90P\x91P\x91P\x90\x91V[a\x14\\a\x19GV[a\n\xA5_a)BV[`\x01T3\x90`\x01`\x01`\xA0\x1B\x03\x16\x81\x14a\x14\x9DW`@Qc\x11\x8C\xDA\xA7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x06\x82V[a\x06?\x81a)BV[_T`\x01`\x01`\xA0\x1B\x03\x163\x14\x80\x15\x90a\x14\xCBWP`\x02T`\x01`\x01`\xA0\x1B\x03\x163\x14\x15[\x15a\x14\xEBW`@Qck\x18\x83\xF3`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x06\x82V[a\n\xA5a)[V[a\x14\xFBa\x19GV[a\x06?\x81a)\x9EV[`\x0BT``\x90\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x15#Wa\x15#aD%V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x15LW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x91P_[\x81\x81\x10\x15a\x15\xBBW`\x0B\x81\x81T\x81\x10a\x15lWa\x15laAXV[\x90_R` _ \x90`\x08\x91\x82\x82\x04\x01\x91\x90\x06`\x04\x02\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x83\x82\x81Q\x81\x10a\x15\xA8Wa\x15\xA8aAXV[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a\x15QV[PP\x90V[_`\n\x82a\xFF\xFF\x16\x81T\x81\x10a\x15\xD8Wa\x15\xD8aAXV[_\x91\x82R` \x90\x91 \x01T`\x01`\x01`\xA0\x1B\x03\x16\x92\x91PPV[a\x15\xFAa\x19GV[a\x16\x04\x82\x82a)\xE7V[PPV[_\x81`\x01`\x01`\xA0\x1B\x03\x16;_\x03a\x16!WP_\x91\x90PV[`@\x80Q`\x04\x81R`$\x81\x01\x82R` \x81\x01\x80Q`\x01`\x01`\xE0\x1B\x03\x16c\n[\xFA\x07`\xE0\x1B\x17\x90R\x90Q_\x91\x82\x91`\x01`\x01`\xA0\x1B\x03\x86\x16\x91a\x16c\x91aD9V[_`@Q\x80\x83\x03\x81\x85Z\xFA\x91PP=\x80_\x81\x14a\x16\x9BW`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\x16\xA0V[``\x91P[P\x91P\x91P\x81\x15\x80a\x16\xB4WP\x80Q` \x14\x15[\x15a\x16\xC2WP_\x93\x92PPPV[_\x81\x80` \x01\x90Q\x81\x01\x90a\x16\xD7\x91\x90aD\x0EV[\x90P\x80\x15\x80\x15\x90a\x16\xEEWP`\x05Ta\xFF\xFF\x16\x81\x11\x15[\x80\x15a\x17\x15WP_\x81\x81R`\x0C` R`@\x90 `\x02\x01T`\x01`\x01`\xA0\x1B\x03\x86\x81\x16\x91\x16\x14[\x95\x94PPPPPV[a\x17&a\x19GV[a\x17La\x1786\x84\x90\x03\x84\x01\x84aDyV[a\x17G6\x84\x90\x03\x84\x01\x84aDyV[a+OV[a\x17\\`\x80\x83\x01``\x84\x01aE\xA2V[`\x02Tc\xFF\xFF\xFF\xFF\x91\x82\x16`\x01`\xD0\x1B\x90\x91\x04\x90\x91\x16\x10a\x16\x04W`@Qc:\xFB,\x7F`\xE1\x1B\x81R` `\x04\x82\x01R`\x0B`$\x82\x01Rj\x0C\xAE\r\xECm\t\x8C\xAD\xCC\xEE\x8D`\xAB\x1B`D\x82\x01R`d\x01a\x06\x82V[a\x17\xB6a\x19GV[a\x06?\x81a5\xDEV[a\x06?\x81a\x1A\x9AV[_a\x17\xD1a\x19GV[a\x17\xDA\x82a6uV[\x90P[\x91\x90PV[a\x17\xEAa\x19GV[_a\x17\xF4\x82a\x19\xC6V[`\x02\x01T`@Q_\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x91P\x82\x90\x7Fj\x8F&\x01\xBC\x18\xD0\xDFd&\x81\x8Ak\xE2\xA5\x03\xCB\xA1\x1F\x02\xA9Z\xB3c\xECp\x0E\xAB\x8A\x9F/\x1C\x90` \x01`@Q\x80\x91\x03\x90\xA2`@Qc\x05\xB0\xE2\xCF`\xE2\x1B\x81R_`\x04\x82\x01R`\x01`\x01`\xA0\x1B\x03\x82\x16\x90c\x16\xC3\x8B<\x90`$\x01a\x0B\x94V[a\x18na\x19GV[`\x05\x80T\x82\x15\x15`\x01`\xB0\x1B\x02`\xFF`\xB0\x1B\x19\x90\x91\x16\x17\x90U`@Q\x7F+\xC2\xB9\xDF\xD3\xF9<\\\xF5\x98x\x0C\x8B3\xA5\x97\xBF/\x99\xB0\x9CO\x1A$\xB4\x9C\xAE\xF7\xFE57q\x90a\x18\xBB\x90\x83\x15\x15\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA1PV[a\x18\xCEa\x19GV[a\x06?\x81a8FV[a\x18\xDFa\x19GV[`\x01\x80T`\x01`\x01`\xA0\x1B\x03\x83\x16`\x01`\x01`\xA0\x1B\x03\x19\x90\x91\x16\x81\x17\x90\x91Ua\x19\x0F_T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x7F8\xD1k\x8C\xAC\"\xD9\x9F\xC7\xC1$\xB9\xCD\r\xE2\xD3\xFA\x1F\xAE\xF4 \xBF\xE7\x91\xD8\xC3b\xD7e\xE2'\0`@Q`@Q\x80\x91\x03\x90\xA3PV[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\n\xA5W`@Qc\x11\x8C\xDA\xA7`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x06\x82V[`\x05\x80Tb\x01\0\0`\x01`\xB0\x1B\x03\x19\x16b\x01\0\0`\x01`\x01`\xA0\x1B\x03\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x7F\xF1\xA2\x96\x89k> p\r\xC8J\xD1\xEEH\xEE}\xB6]o\x19\xA3\x05p\xF8\xA2\x1F~\xFDh\xC46\xCF\x90_\x90\xA2PV[_\x81\x81R`\x0C` R`@\x90 `\x02\x81\x01T`\x01`\x01`\xA0\x1B\x03\x16a\x17\xDDW`@Qc\x12/\x9D\xD5`\xE1\x1B\x81R`\x04\x81\x01\x83\x90R`$\x01a\x06\x82V[`\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16\x15a\n\xA5W`@Qc\xD9<\x06e`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x1A4a8\xD1V[a\n\xA5`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0[\x90a9\x11V[\x80\x80\x15\x80a\x1AoWP` \x81\x11[\x15a\x1A\x94W\x83\x81` `@QcC}H{`\xE1\x1B\x81R`\x04\x01a\x06\x82\x93\x92\x91\x90aE\xBBV[PPPPV[_`\x06`@Q\x80a\x01\xE0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x04\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x08\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x12\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81R` \x01`\x01\x82\x01`\x13\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16`\xFF\x16\x81R` \x01`\x01\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81RPP\x90P_`\x08`@Q\x80a\x01\xE0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x04\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x08\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x12\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81R` \x01`\x01\x82\x01`\x13\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16`\xFF\x16\x81R` \x01`\x01\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81RPP\x90Pa\x1FF`@Q\x80`@\x01`@R\x80`\x0C\x81R` \x01k\x1BZ[\x93Z[\x99\\\x90\x9B\xDB\x99`\xA2\x1B\x81RP\x84_\x01` \x81\x01\x90a\x1F\x1E\x91\x90aE\xDFV[`\x01`\x01``\x1B\x03\x16\x84_\x01Q`\x01`\x01``\x1B\x03\x16\x84_\x01Q`\x01`\x01``\x1B\x03\x16a9\x18V[a\x1F\xAF`@Q\x80`@\x01`@R\x80`\x10\x81R` \x01o\x1BZ[\x95\x98[\x1AY\x18]\x1B\xDC\x90\x9B\xDB\x99`\x82\x1B\x81RP\x84` \x01` \x81\x01\x90a\x1F\x85\x91\x90aE\xDFV[`\x01`\x01``\x1B\x03\x16\x84` \x01Q`\x01`\x01``\x1B\x03\x16\x84` \x01Q`\x01`\x01``\x1B\x03\x16a9\x18V[`@\x80Q\x80\x82\x01\x82R`\x0B\x81Rj\x1D\x18\\\xDA\xD5\x1A[Y[\xDD]`\xAA\x1B` \x82\x01Ra \x05\x91a\x1F\xE4\x90``\x87\x01\x90\x87\x01aE\xA2V[c\xFF\xFF\xFF\xFF\x16\x84`@\x01Qc\xFF\xFF\xFF\xFF\x16\x84`@\x01Qc\xFF\xFF\xFF\xFF\x16a9\x18V[`@\x80Q\x80\x82\x01\x90\x91R`\x0B\x81Rj\x0C\xAE\r\xECm\t\x8C\xAD\xCC\xEE\x8D`\xAB\x1B` \x82\x01Ra \\\x90a ;`\x80\x86\x01``\x87\x01aE\xA2V[c\xFF\xFF\xFF\xFF\x16\x84``\x01Qc\xFF\xFF\xFF\xFF\x16\x84``\x01Qc\xFF\xFF\xFF\xFF\x16a9\x18V[`@\x80Q\x80\x82\x01\x90\x91R`\x0E\x81Rm\x1A[[][\x9A]\x1ET\x19\\\x9A[\xD9`\x92\x1B` \x82\x01Ra \xB6\x90a \x95`\xA0\x86\x01`\x80\x87\x01aE\xA2V[c\xFF\xFF\xFF\xFF\x16\x84`\x80\x01Qc\xFF\xFF\xFF\xFF\x16\x84`\x80\x01Qc\xFF\xFF\xFF\xFF\x16a9\x18V[`@\x80Q\x80\x82\x01\x90\x91R`\x0E\x81RmunbondingDelay`\x90\x1B` \x82\x01Ra!\x10\x90a \xEF`\xC0\x86\x01`\xA0\x87\x01aE\xA2V[c\xFF\xFF\xFF\xFF\x16\x84`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x84`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16a9\x18V[`@\x80Q\x80\x82\x01\x90\x91R`\x0C\x81RkrevealWindow`\xA0\x1B` \x82\x01Ra!h\x90a!G`\xE0\x86\x01`\xC0\x87\x01aE\xA2V[c\xFF\xFF\xFF\xFF\x16\x84`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x84`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16a9\x18V[`@\x80Q\x80\x82\x01\x90\x91R`\x0F\x81RnslashingRateBps`\x88\x1B` \x82\x01Ra!\xBE\x90a!\xA3a\x01\0\x86\x01`\xE0\x87\x01a<\xB0V[a\xFF\xFF\x16\x84`\xE0\x01Qa\xFF\xFF\x16\x84`\xE0\x01Qa\xFF\xFF\x16a9\x18V[`@\x80Q\x80\x82\x01\x90\x91R`\x08\x81RgmaxSlots`\xC0\x1B` \x82\x01Ra\"\x10\x90a!\xF3a\x01 \x86\x01a\x01\0\x87\x01a<\xB0V[a\xFF\xFF\x16\x84a\x01\0\x01Qa\xFF\xFF\x16\x84a\x01\0\x01Qa\xFF\xFF\x16a9\x18V[`@\x80Q\x80\x82\x01\x90\x91R`\r\x81RlmaxValidators`\x98\x1B` \x82\x01Ra\"g\x90a\"Ja\x01@\x86\x01a\x01 \x87\x01a<\xB0V[a\xFF\xFF\x16\x84a\x01 \x01Qa\xFF\xFF\x16\x84a\x01 \x01Qa\xFF\xFF\x16a9\x18V[`@\x80Q\x80\x82\x01\x90\x91R`\x08\x81RgkappaBps`\xC0\x1B` \x82\x01Ra\"\xB9\x90a\"\x9Ca\x01\x80\x86\x01a\x01`\x87\x01a<\xB0V[a\xFF\xFF\x16\x84a\x01`\x01Qa\xFF\xFF\x16\x84a\x01`\x01Qa\xFF\xFF\x16a9\x18V[`@\x80Q\x80\x82\x01\x90\x91R`\x0B\x81Rj\x1C\xDD\x1C\x9AZ\xD9S\x1A[Z]`\xAA\x1B` \x82\x01Ra#\x0B\x90a\"\xF1a\x01\xA0\x86\x01a\x01\x80\x87\x01aE\xF8V[`\xFF\x16\x84a\x01\x80\x01Q`\xFF\x16\x84a\x01\x80\x01Q`\xFF\x16a9\x18V[`@\x80Q\x80\x82\x01\x90\x91R`\r\x81RltrustFloorBps`\x98\x1B` \x82\x01Ra#b\x90a#Ea\x01\xC0\x86\x01a\x01\xA0\x87\x01a<\xB0V[a\xFF\xFF\x16\x84a\x01\xA0\x01Qa\xFF\xFF\x16\x84a\x01\xA0\x01Qa\xFF\xFF\x16a9\x18V[`@\x80Q\x80\x82\x01\x90\x91R`\x10\x81Ro\x18\xDB\x1B\xDC\xD9Q\xDC\x98X\xD9T\x19\\\x9A[\xD9`\x82\x1B` \x82\x01Ra#\xC2\x90a#\x9Fa\x01\xE0\x86\x01a\x01\xC0\x87\x01aE\xA2V[c\xFF\xFF\xFF\xFF\x16\x84a\x01\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x84a\x01\xC0\x01Qc\xFF\xFF\xFF\xFF\x16a9\x18V[\x81a\x01@\x01Q\x80\x15a#\xE3WPa#\xE1a\x01`\x84\x01a\x01@\x85\x01a@uV[\x15[\x15a$4W`@Qc\x90\xAF\xEC\xF3`\xE0\x1B\x81R`\x80`\x04\x82\x01R`\x0C`\x84\x82\x01Rk\x18\xDB\xDB[Z]\x14\x99]\x99X[`\xA2\x1B`\xA4\x82\x01R_`$\x82\x01R`\x01`D\x82\x01\x81\x90R`d\x82\x01R`\xC4\x01a\x06\x82V[a$Fa\x01 \x84\x01a\x01\0\x85\x01a<\xB0V[a\xFF\xFF\x16a$\\a\x01@\x85\x01a\x01 \x86\x01a<\xB0V[a\xFF\xFF\x16\x10a$~W`@Qcy\x1E\xACe`\xE1\x1B\x81R`\x04\x01a\x06\x82\x90aF\x11V[a$\x8E`\x80\x84\x01``\x85\x01aE\xA2V[c\xFF\xFF\xFF\xFF\x16a$\xA4`\xE0\x85\x01`\xC0\x86\x01aE\xA2V[c\xFF\xFF\xFF\xFF\x16\x10a$\xE7W`@Qcy\x1E\xACe`\xE1\x1B\x81R` `\x04\x82\x01R`\x0C`$\x82\x01RkrevealWindow`\xA0\x1B`D\x82\x01R`d\x01a\x06\x82V[a$\xF9a\x01`\x84\x01a\x01@\x85\x01a@uV[\x80\x15a%\x18WPa%\x10`\xE0\x84\x01`\xC0\x85\x01aE\xA2V[c\xFF\xFF\xFF\xFF\x16\x15[\x15a%UW`@Qcy\x1E\xACe`\xE1\x1B\x81R` `\x04\x82\x01R`\x0C`$\x82\x01RkrevealWindow`\xA0\x1B`D\x82\x01R`d\x01a\x06\x82V[PPPV[`\x0BT`\x02T_\x91\x82\x91`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16\x81\x10a%\x9EW`\x02T`@Qc\x04\xF8\x085`\xE0\x1B\x81R`\x01`\xA0\x1B\x90\x91\x04a\xFF\xFF\x16`\x04\x82\x01R`$\x01a\x06\x82V[`\nT_\x81\x90\x03a%\xC2W`@Qc\x18\xCE\x8B\x95`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a%\xCD`\x01\x82aAEV[\x92Pa&\x02`\n\x84a\xFF\xFF\x16\x81T\x81\x10a%\xE9Wa%\xE9aAXV[_\x91\x82R` \x90\x91 \x01T`\x01`\x01`\xA0\x1B\x03\x16a9KV[`@\x80Qa\x01\0` `\x1F\x8C\x01\x81\x90\x04\x02\x82\x01\x81\x01\x90\x92R`\xE0\x81\x01\x8A\x81R\x92\x96P\x91\x82\x91\x8B\x90\x8B\x90\x81\x90\x85\x01\x83\x82\x80\x82\x847_\x92\x01\x91\x90\x91RPPP\x90\x82RP`@\x80Q` `\x1F\x8A\x01\x81\x90\x04\x81\x02\x82\x01\x81\x01\x90\x92R\x88\x81R\x91\x81\x01\x91\x90\x89\x90\x89\x90\x81\x90\x84\x01\x83\x82\x80\x82\x847_\x92\x01\x82\x90RP\x93\x85RPPP`\x01`\x01`\xA0\x1B\x03\x87\x16` \x80\x84\x01\x91\x90\x91Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFB\x16`@\x80\x85\x01\x91\x90\x91Ra\xFF\xFF\x80\x89\x16``\x86\x01R`\x01`\x80\x86\x01R\x87\x16`\xA0\x90\x94\x01\x93\x90\x93R\x8C\x82R`\x0C\x90R \x81Q\x81\x90a&\xD6\x90\x82aF\x83V[P` \x82\x01Q`\x01\x82\x01\x90a&\xEB\x90\x82aF\x83V[P`@\x82\x01Q`\x02\x82\x01\x80T``\x85\x01Q`\x80\x86\x01Q`\xA0\x87\x01Q`\x01`\x01`\xA0\x1B\x03\x90\x95\x16`\x01`\x01`\xE0\x1B\x03\x19\x90\x93\x16\x92\x90\x92\x17`\x01`\xA0\x1Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x02\x17b\xFF\xFF\xFF`\xE0\x1B\x19\x16`\x01`\xE0\x1Ba\xFF\xFF\x92\x83\x16\x02`\xFF`\xF0\x1B\x19\x16\x17`\x01`\xF0\x1B\x93\x15\x15\x93\x90\x93\x02\x92\x90\x92\x17\x90U`\xC0\x90\x92\x01Q`\x03\x90\x91\x01\x80Ta\xFF\xFF\x19\x16\x91\x90\x92\x16\x17\x90UPP`\x0B\x80T`\x01\x81\x01\x82U_\x91\x90\x91R\x7F\x01u\xB7\xA68Bw\x03\xF0\xDB\xE7\xBB\x9B\xBF\x98z%Qq{4\xE7\x9F3\xB5\xB1\0\x8D\x1F\xA0\x1D\xB9`\x08\x82\x04\x01\x80T`\x07\x90\x92\x16`\x04\x02a\x01\0\nc\xFF\xFF\xFF\xFF\x81\x81\x02\x19\x90\x93\x16\x99\x90\x92\x16\x91\x90\x91\x02\x97\x90\x97\x17\x90\x96U\x95\x93PPPPV[a'\xF5\x84\x84\x84\x84`\x01a9VV[a\x1A\x94W`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x06\x82V[a\n\xA5_\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a\x1A[V[a(Oa9\xC3V[`\x01\x80T`\xFF`\xA0\x1B\x19\x16\x90U\x7F]\xB9\xEE\nI[\xF2\xE6\xFF\x9C\x91\xA7\x83L\x1B\xA4\xFD\xD2D\xA5\xE8\xAANS{\xD3\x8A\xEA\xE4\xB0s\xAA3[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01`@Q\x80\x91\x03\x90\xA1V[a\x04\0\x81a\xFF\xFF\x16\x11\x15a(\xF2W`@Qc\x07'\x92\xDB`\xE2\x1B\x81R```\x04\x82\x01R`\n`d\x82\x01RimaxSubnets`\xB0\x1B`\x84\x82\x01Ra\xFF\xFF\x82\x16`$\x82\x01Ra\x04\0`D\x82\x01R`\xA4\x01a\x06\x82V[`\x02\x80Ta\xFF\xFF`\xA0\x1B\x19\x16`\x01`\xA0\x1Ba\xFF\xFF\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81R\x7F\xABg,\xACN\x9C\r>\xC9\x0B%\xADbxt%\xB1\xD6\xF2[\xB9\xC8\xA7\xD6\xD1\xF9\x8C\xE1d\xB7~W\x90` \x01a\x18\xBBV[`\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16\x90Ua\x06?\x81a9\xEDV[a)ca\x1A\x01V[`\x01\x80T`\xFF`\xA0\x1B\x19\x16`\x01`\xA0\x1B\x17\x90U\x7Fb\xE7\x8C\xEA\x01\xBE\xE3 \xCDNB\x02p\xB5\xEAt\0\r\x11\xB0\xC9\xF7GT\xEB\xDB\xFCTK\x05\xA2Xa(\x7F3\x90V[`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F\xE6\xC0\x9F\xFEEr\xDC\x9C\xEA\xA5\xDD\xDEJ\xE4\x1B\xEF\xA6U\xD6\xFD\xFE\x80R\x07z\xF0\x97\x0Fp\x0E\x94.\x90_\x90\xA2PV[b'\x8D\0\x82c\xFF\xFF\xFF\xFF\x16\x11\x15a*OW`@Qc\x07'\x92\xDB`\xE2\x1B\x81R```\x04\x82\x01R`\x16`d\x82\x01Ru4<\xB82\xB980\xB90\xB6\xB2\xBA2\xB9!\xB7\xB7\xB627\xBB\xB7`Q\x1B`\x84\x82\x01Rc\xFF\xFF\xFF\xFF\x83\x16`$\x82\x01Rb'\x8D\0`D\x82\x01R`\xA4\x01a\x06\x82V[`\x06Tc\xFF\xFF\xFF\xFF`\x01`\xE0\x1B\x90\x91\x04\x81\x16\x90\x82\x16\x81\x11a*\xD1W\x81a*v`\x01\x83aAEV[`@Qc\x07'\x92\xDB`\xE2\x1B\x81R```\x04\x82\x01R`\x1A`d\x82\x01R\x7FhyperparameterFreezeWindow\0\0\0\0\0\0`\x84\x82\x01Rc\xFF\xFF\xFF\xFF\x90\x92\x16`$\x83\x01R`D\x82\x01R`\xA4\x01a\x06\x82V[`\x02\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1Bc\xFF\xFF\xFF\xFF\x86\x81\x16\x91\x82\x02c\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x16\x92\x90\x92\x17`\x01`\xD0\x1B\x92\x86\x16\x92\x83\x02\x17\x90\x92U`@\x80Q\x92\x83R` \x83\x01\x91\x90\x91R\x7F\n\xA6\xF6\xB1f\xD7v5-l\xD4\xD2\x03>y/\xF6\x17p\x12\xAB\xFF\xFA\x08\x17-\x9D\xDBp'2D\x91\x01`@Q\x80\x91\x03\x90\xA1PPPV[a+\x96`@Q\x80`@\x01`@R\x80`\x0C\x81R` \x01k\x1BZ[\x93Z[\x99\\\x90\x9B\xDB\x99`\xA2\x1B\x81RP\x83_\x01Q`\x01`\x01``\x1B\x03\x16\x83_\x01Q`\x01`\x01``\x1B\x03\x16a:<V[a+\xE3`@Q\x80`@\x01`@R\x80`\x10\x81R` \x01o\x1BZ[\x95\x98[\x1AY\x18]\x1B\xDC\x90\x9B\xDB\x99`\x82\x1B\x81RP\x83` \x01Q`\x01`\x01``\x1B\x03\x16\x83` \x01Q`\x01`\x01``\x1B\x03\x16a:<V[a,%`@Q\x80`@\x01`@R\x80`\x0B\x81R` \x01j\x1D\x18\\\xDA\xD5\x1A[Y[\xDD]`\xAA\x1B\x81RP\x83`@\x01Qc\xFF\xFF\xFF\xFF\x16\x83`@\x01Qc\xFF\xFF\xFF\xFF\x16a:<V[a,g`@Q\x80`@\x01`@R\x80`\x0B\x81R` \x01j\x0C\xAE\r\xECm\t\x8C\xAD\xCC\xEE\x8D`\xAB\x1B\x81RP\x83``\x01Qc\xFF\xFF\xFF\xFF\x16\x83``\x01Qc\xFF\xFF\xFF\xFF\x16a:<V[a,\xAC`@Q\x80`@\x01`@R\x80`\x0E\x81R` \x01m\x1A[[][\x9A]\x1ET\x19\\\x9A[\xD9`\x92\x1B\x81RP\x83`\x80\x01Qc\xFF\xFF\xFF\xFF\x16\x83`\x80\x01Qc\xFF\xFF\xFF\xFF\x16a:<V[a,\xF1`@Q\x80`@\x01`@R\x80`\x0E\x81R` \x01munbondingDelay`\x90\x1B\x81RP\x83`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x83`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16a:<V[a-4`@Q\x80`@\x01`@R\x80`\x0C\x81R` \x01krevealWindow`\xA0\x1B\x81RP\x83`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x83`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16a:<V[a-v`@Q\x80`@\x01`@R\x80`\x0F\x81R` \x01nslashingRateBps`\x88\x1B\x81RP\x83`\xE0\x01Qa\xFF\xFF\x16\x83`\xE0\x01Qa\xFF\xFF\x16a:<V[a-\xB3`@Q\x80`@\x01`@R\x80`\x08\x81R` \x01gmaxSlots`\xC0\x1B\x81RP\x83a\x01\0\x01Qa\xFF\xFF\x16\x83a\x01\0\x01Qa\xFF\xFF\x16a:<V[a-\xF5`@Q\x80`@\x01`@R\x80`\r\x81R` \x01lmaxValidators`\x98\x1B\x81RP\x83a\x01 \x01Qa\xFF\xFF\x16\x83a\x01 \x01Qa\xFF\xFF\x16a:<V[a.2`@Q\x80`@\x01`@R\x80`\x08\x81R` \x01gkappaBps`\xC0\x1B\x81RP\x83a\x01`\x01Qa\xFF\xFF\x16\x83a\x01`\x01Qa\xFF\xFF\x16a:<V[a.p`@Q\x80`@\x01`@R\x80`\x0B\x81R` \x01j\x1C\xDD\x1C\x9AZ\xD9S\x1A[Z]`\xAA\x1B\x81RP\x83a\x01\x80\x01Q`\xFF\x16\x83a\x01\x80\x01Q`\xFF\x16a:<V[a.\xB2`@Q\x80`@\x01`@R\x80`\r\x81R` \x01ltrustFloorBps`\x98\x1B\x81RP\x83a\x01\xA0\x01Qa\xFF\xFF\x16\x83a\x01\xA0\x01Qa\xFF\xFF\x16a:<V[a.\xFB`@Q\x80`@\x01`@R\x80`\x10\x81R` \x01o\x18\xDB\x1B\xDC\xD9Q\xDC\x98X\xD9T\x19\\\x9A[\xD9`\x82\x1B\x81RP\x83a\x01\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x83a\x01\xC0\x01Qc\xFF\xFF\xFF\xFF\x16a:<V[a\x13\x88\x82a\x01`\x01Qa\xFF\xFF\x16\x10\x80a/\x1EWPa'\x10\x81a\x01`\x01Qa\xFF\xFF\x16\x11[\x15a/WW`@Qc:\xFB,\x7F`\xE1\x1B\x81R` `\x04\x82\x01R`\x08`$\x82\x01RgkappaBps`\xC0\x1B`D\x82\x01R`d\x01a\x06\x82V[\x81a\x01\x80\x01Q`\xFF\x16_\x03a/\x9DW`@Qc:\xFB,\x7F`\xE1\x1B\x81R` `\x04\x82\x01R`\x0B`$\x82\x01Rj\x1C\xDD\x1C\x9AZ\xD9S\x1A[Z]`\xAA\x1B`D\x82\x01R`d\x01a\x06\x82V[a'\x10\x81a\x01\xA0\x01Qa\xFF\xFF\x16\x11\x15a/\xE9W`@Qc:\xFB,\x7F`\xE1\x1B\x81R` `\x04\x82\x01R`\r`$\x82\x01RltrustFloorBps`\x98\x1B`D\x82\x01R`d\x01a\x06\x82V[`\x80\x81a\x01 \x01Qa\xFF\xFF\x16\x11\x15a0\x14W`@Qc:\xFB,\x7F`\xE1\x1B\x81R`\x04\x01a\x06\x82\x90aF\x11V[\x81``\x01Qc\xFF\xFF\xFF\xFF\x16_\x03a0\\W`@Qc:\xFB,\x7F`\xE1\x1B\x81R` `\x04\x82\x01R`\x0B`$\x82\x01Rj\x0C\xAE\r\xECm\t\x8C\xAD\xCC\xEE\x8D`\xAB\x1B`D\x82\x01R`d\x01a\x06\x82V[a'\x10\x81`\xE0\x01Qa\xFF\xFF\x16\x11\x15a0\xA9W`@Qc:\xFB,\x7F`\xE1\x1B\x81R` `\x04\x82\x01R`\x0F`$\x82\x01RnslashingRateBps`\x88\x1B`D\x82\x01R`d\x01a\x06\x82V[`\x02\x82a\x01\0\x01Qa\xFF\xFF\x16\x10\x80a0\xCBWPa\x04\0\x81a\x01\0\x01Qa\xFF\xFF\x16\x11[\x15a1\x04W`@Qc:\xFB,\x7F`\xE1\x1B\x81R` `\x04\x82\x01R`\x08`$\x82\x01RgmaxSlots`\xC0\x1B`D\x82\x01R`d\x01a\x06\x82V[\x81a\x01 \x01Qa\xFF\xFF\x16_\x03a1-W`@Qc:\xFB,\x7F`\xE1\x1B\x81R`\x04\x01a\x06\x82\x90aF\x11V[\x81`\x06_\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x0Ca\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\x80\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01`\x04a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x08a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x01\x01`\x0Ca\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x01\x01`\x0Ea\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01@\x82\x01Q\x81`\x01\x01`\x12a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UPa\x01`\x82\x01Q\x81`\x01\x01`\x13a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\x80\x82\x01Q\x81`\x01\x01`\x15a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UPa\x01\xA0\x82\x01Q\x81`\x01\x01`\x16a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\xC0\x82\x01Q\x81`\x01\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x90PP\x80`\x08_\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x0Ca\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\x80\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01`\x04a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x08a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x01\x01`\x0Ca\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x01\x01`\x0Ea\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01@\x82\x01Q\x81`\x01\x01`\x12a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UPa\x01`\x82\x01Q\x81`\x01\x01`\x13a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\x80\x82\x01Q\x81`\x01\x01`\x15a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UPa\x01\xA0\x82\x01Q\x81`\x01\x01`\x16a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\xC0\x82\x01Q\x81`\x01\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x90PP\x7F=\xE8\x8EZ\xF7\xD9\xBFX\xACO\xA9_+\xBE\xED\xAD\x1C\xA7\xAD\r\xD9\xD1JZ\xA7Pkt\xFA\xA9\xA9\xC3\x82\x82`@Qa5\xD2\x92\x91\x90a?|V[`@Q\x80\x91\x03\x90\xA1PPV[j\x08E\x95\x16\x14\x01HJ\0\0\0\x81\x11\x15a6@W`@Qc\x07'\x92\xDB`\xE2\x1B\x81R```\x04\x82\x01R`\x0B`d\x82\x01RjcreationFee`\xA8\x1B`\x84\x82\x01R`$\x81\x01\x82\x90Rj\x08E\x95\x16\x14\x01HJ\0\0\0`D\x82\x01R`\xA4\x01a\x06\x82V[`\x04\x81\x90U`@Q\x81\x81R\x7Fe\xCFD\xD7\xC3\xDC\x10T\x9F2*\xFB\xE7E\xB2\xA5i\xE6\xE2\xA1w\xF9FWI\xA3\x93\xAF\xBC\x9C5O\x90` \x01a\x18\xBBV[_`\x01`\x01`\xA0\x1B\x03\x82\x16;\x15\x80a6\xFEWP0`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16c{\x109\x99`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a6\xCEW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a6\xF2\x91\x90aC\xF3V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x80a7\x9AWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16c\xA6\xF7?\xAB`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a7jW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a7\x8E\x91\x90aC\xF3V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x15a7\xC3W`@Qc\x0Cv\t7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x06\x82V[P`\n\x80T`\x01\x81\x01\x82U_\x91\x82R\x7F\xC6Z{\xB8\xD65\x1C\x1C\xF7\x0C\x95\xA3\x16\xCCj\x92\x83\x9C\x98f\x82\xD9\x8B\xC3_\x95\x8FH\x83\xF9\xD2\xA8\x81\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x85\x16\x90\x81\x17\x90\x91U`@Q\x91\x92\x90\x91a\xFF\xFF\x84\x16\x91\x7F\xA1\xD7g\xD0\x9Dw\x8F\xB5\xEB\x8C\x92\xAFK\x15\xC7\xCC\xBF\xAAe\x0Fx\xD4/\xD59AY\x80<\xBBv)\x91\xA3\x91\x90PV[`\x01`\x01`\xA0\x1B\x03\x81\x16a8\x88W`@Qc\xEA\xC0\xD3\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x08`$\x82\x01Rgtreasury`\xC0\x1B`D\x82\x01R`d\x01a\x06\x82V[`\x03\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F<\x86EA\xEFq7\x8Cb)Q\x0E\xD9\x0F7ee\xEEB\xD9\xC5\xE0\x90J\x98J\x9E\x86>m\xB4O\x90_\x90\xA2PV[\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0\\\x15a\n\xA5W`@Qc>\xE5\xAE\xB5`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80\x82]PPV[\x81\x83\x10\x80a9%WP\x80\x83\x11[\x15a\x1A\x94W\x83\x83\x83\x83`@Qc\x90\xAF\xEC\xF3`\xE0\x1B\x81R`\x04\x01a\x06\x82\x94\x93\x92\x91\x90aG>V[_a\x17\xDA\x82_a:_V[`@Qc#\xB8r\xDD`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04R\x86\x16`$R`D\x85\x90R\x91` \x83`d\x81\x80\x8CZ\xF1\x92P`\x01_Q\x14\x83\x16a9\xB2W\x83\x83\x15\x16\x15a9\xA6W=_\x82>=\x81\xFD[_\x88;\x11=\x15\x16\x83\x16\x92P[`@RP_``R\x95\x94PPPPPV[`\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16a\n\xA5W`@Qc\x8D\xFC +`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x01`\x01`\xA0\x1B\x03\x19\x83\x16\x81\x17\x84U`@Q\x91\x90\x92\x16\x92\x83\x91\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x91\x90\xA3PPV[\x80\x82\x11\x15a%UW\x82`@Qc:\xFB,\x7F`\xE1\x1B\x81R`\x04\x01a\x06\x82\x91\x90a>\x0EV[_\x81G\x10\x15a:\x8AW`@Qc\xCFG\x91\x81`\xE0\x1B\x81RG`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x06\x82V[v=`-\x80`\n=9\x81\xF36==7===6=s\0\0\0\x83``\x1B`\xE8\x1C\x17_RnZ\xF4=\x82\x80>\x90=\x91`+W\xFD[\xF3\x83`x\x1B\x17` R`7`\t\x83\xF0\x90P`\x01`\x01`\xA0\x1B\x03\x81\x16a:\xF3W`@Qc\xB0n\xBF=`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x92\x91PPV[`@\x80Qa\x01\xE0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x82\x90Ra\x01`\x81\x01\x82\x90Ra\x01\x80\x81\x01\x82\x90Ra\x01\xA0\x81\x01\x82\x90Ra\x01\xC0\x81\x01\x91\x90\x91R\x90V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x06?W__\xFD[_` \x82\x84\x03\x12\x15a;\x98W__\xFD[\x815a;\xA3\x81a;tV[\x93\x92PPPV[_` \x82\x84\x03\x12\x15a;\xBAW__\xFD[P5\x91\x90PV[__\x83`\x1F\x84\x01\x12a;\xD1W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a;\xE8W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a;\xFFW__\xFD[\x92P\x92\x90PV[_a\x01\xE0\x82\x84\x03\x12\x15a<\x17W__\xFD[P\x91\x90PV[_____a\x02 \x86\x88\x03\x12\x15a<2W__\xFD[\x855g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a<HW__\xFD[a<T\x88\x82\x89\x01a;\xC1V[\x90\x96P\x94PP` \x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a<sW__\xFD[a<\x7F\x88\x82\x89\x01a;\xC1V[\x90\x94P\x92Pa<\x93\x90P\x87`@\x88\x01a<\x06V[\x90P\x92\x95P\x92\x95\x90\x93PV[\x805a\xFF\xFF\x81\x16\x81\x14a\x17\xDDW__\xFD[_` \x82\x84\x03\x12\x15a<\xC0W__\xFD[a;\xA3\x82a<\x9FV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`\x03\x81\x10a='WcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x90RV[` \x81R_\x82Qa\x01`` \x84\x01Ra=Ha\x01\x80\x84\x01\x82a<\xC9V[\x90P` \x84\x01Q`\x1F\x19\x84\x83\x03\x01`@\x85\x01Ra=e\x82\x82a<\xC9V[\x91PP`@\x84\x01Q``\x84\x01R``\x84\x01Qa=\x8C`\x80\x85\x01\x82`\x01`\x01`\xA0\x1B\x03\x16\x90RV[P`\x80\x84\x01Q`\x01`\x01`\xA0\x1B\x03\x81\x16`\xA0\x85\x01RP`\xA0\x84\x01Qa=\xB4`\xC0\x85\x01\x82a=\x0BV[P`\xC0\x84\x01Q\x80\x15\x15`\xE0\x85\x01RP`\xE0\x84\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x01\0\x85\x01RPa\x01\0\x84\x01Qa\xFF\xFF\x81\x16a\x01 \x85\x01RPa\x01 \x84\x01Qa\x01@\x84\x01Ra\x01@\x84\x01Qa\x01`\x84\x01R\x80\x91PP\x92\x91PPV[` \x81R_a;\xA3` \x83\x01\x84a<\xC9V[\x80Q`\x01`\x01``\x1B\x03\x16\x82R` \x81\x01Qa>G` \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[P`@\x81\x01Qa>_`@\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P``\x81\x01Qa>w``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x81\x01Qa>\x8F`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x81\x01Qa>\xA7`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x81\x01Qa>\xBF`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x81\x01Qa>\xD5`\xE0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\0\x81\x01Qa>\xEDa\x01\0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01 \x81\x01Qa?\x05a\x01 \x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01@\x81\x01Qa?\x1Ba\x01@\x84\x01\x82\x15\x15\x90RV[Pa\x01`\x81\x01Qa?3a\x01`\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\x80\x81\x01Qa?Ja\x01\x80\x84\x01\x82`\xFF\x16\x90RV[Pa\x01\xA0\x81\x01Qa?ba\x01\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\xC0\x81\x01Qa%Ua\x01\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[a\x03\xC0\x81\x01a?\x8B\x82\x85a> V[a;\xA3a\x01\xE0\x83\x01\x84a> V[` \x80\x82R\x82Q\x82\x82\x01\x81\x90R_\x91\x84\x01\x90`@\x84\x01\x90\x83[\x81\x81\x10\x15a?\xD0W\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a?\xB2V[P\x90\x95\x94PPPPPV[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x17\xDDW__\xFD[__`@\x83\x85\x03\x12\x15a?\xFFW__\xFD[a@\x08\x83a?\xDBV[\x91Pa@\x16` \x84\x01a?\xDBV[\x90P\x92P\x92\x90PV[__a\x03\xC0\x83\x85\x03\x12\x15a@1W__\xFD[a@;\x84\x84a<\x06V[\x91Pa@\x16\x84a\x01\xE0\x85\x01a<\x06V[_a\x01\xE0\x82\x84\x03\x12\x15a@\\W__\xFD[a;\xA3\x83\x83a<\x06V[\x805\x80\x15\x15\x81\x14a\x17\xDDW__\xFD[_` \x82\x84\x03\x12\x15a@\x85W__\xFD[a;\xA3\x82a@fV[`\x01\x81\x81\x1C\x90\x82\x16\x80a@\xA2W`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a<\x17WcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[__\x83Ta@\xCD\x81a@\x8EV[`\x01\x82\x16\x80\x15a@\xE4W`\x01\x81\x14a@\xF9WaA&V[`\xFF\x19\x83\x16\x86R\x81\x15\x15\x82\x02\x86\x01\x93PaA&V[\x86_R` _ _[\x83\x81\x10\x15aA\x1EW\x81T\x88\x82\x01R`\x01\x90\x91\x01\x90` \x01aA\x02V[PP\x81\x86\x01\x93P[P\x91\x95\x94PPPPPV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x81\x81\x03\x81\x81\x11\x15a:\xF3Wa:\xF3aA1V[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[cNH{q`\xE0\x1B_R`1`\x04R`$_\xFD[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[\x81\x83R\x81\x81` \x85\x017P_\x82\x82\x01` \x90\x81\x01\x91\x90\x91R`\x1F\x90\x91\x01`\x1F\x19\x16\x90\x91\x01\x01\x90V[` \x81R_aA\xCA` \x83\x01\x84\x86aA\x8FV[\x94\x93PPPPV[_a\xFF\xFF\x82\x16a\xFF\xFF\x81\x03aA\xE9WaA\xE9aA1V[`\x01\x01\x92\x91PPV[\x805`\x01`\x01``\x1B\x03\x81\x16\x81\x14a\x17\xDDW__\xFD[\x805`\xFF\x81\x16\x81\x14a\x17\xDDW__\xFD[aB2\x82aB%\x83aA\xF2V[`\x01`\x01``\x1B\x03\x16\x90RV[aB>` \x82\x01aA\xF2V[`\x01`\x01``\x1B\x03\x16` \x83\x01RaBX`@\x82\x01a?\xDBV[c\xFF\xFF\xFF\xFF\x16`@\x83\x01RaBo``\x82\x01a?\xDBV[c\xFF\xFF\xFF\xFF\x16``\x83\x01RaB\x86`\x80\x82\x01a?\xDBV[c\xFF\xFF\xFF\xFF\x16`\x80\x83\x01RaB\x9D`\xA0\x82\x01a?\xDBV[c\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01RaB\xB4`\xC0\x82\x01a?\xDBV[c\xFF\xFF\xFF\xFF\x16`\xC0\x83\x01RaB\xCB`\xE0\x82\x01a<\x9FV[a\xFF\xFF\x16`\xE0\x83\x01RaB\xE1a\x01\0\x82\x01a<\x9FV[a\xFF\xFF\x16a\x01\0\x83\x01RaB\xF8a\x01 \x82\x01a<\x9FV[a\xFF\xFF\x16a\x01 \x83\x01RaC\x0Fa\x01@\x82\x01a@fV[\x15\x15a\x01@\x83\x01RaC$a\x01`\x82\x01a<\x9FV[a\xFF\xFF\x16a\x01`\x83\x01RaC;a\x01\x80\x82\x01aB\x08V[`\xFF\x16a\x01\x80\x83\x01RaCQa\x01\xA0\x82\x01a<\x9FV[a\xFF\xFF\x16a\x01\xA0\x83\x01RaCha\x01\xC0\x82\x01a?\xDBV[c\xFF\xFF\xFF\xFF\x81\x16a\x01\xC0\x84\x01RPPPV[\x83\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16` \x82\x01Ra\x02 \x81\x01aA\xCA`@\x83\x01\x84aB\x18V[a\x02`\x81R_aC\xB3a\x02`\x83\x01\x89\x8BaA\x8FV[\x82\x81\x03` \x84\x01RaC\xC6\x81\x88\x8AaA\x8FV[\x91PPa\xFF\xFF\x85\x16`@\x83\x01RaC\xE0``\x83\x01\x85aB\x18V[\x82a\x02@\x83\x01R\x98\x97PPPPPPPPV[_` \x82\x84\x03\x12\x15aD\x03W__\xFD[\x81Qa;\xA3\x81a;tV[_` \x82\x84\x03\x12\x15aD\x1EW__\xFD[PQ\x91\x90PV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[_\x82Q\x80` \x85\x01\x84^_\x92\x01\x91\x82RP\x91\x90PV[`@Qa\x01\xE0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15aDsWaDsaD%V[`@R\x90V[_a\x01\xE0\x82\x84\x03\x12\x80\x15aD\x8BW__\xFD[PaD\x94aDOV[aD\x9D\x83aA\xF2V[\x81RaD\xAB` \x84\x01aA\xF2V[` \x82\x01RaD\xBC`@\x84\x01a?\xDBV[`@\x82\x01RaD\xCD``\x84\x01a?\xDBV[``\x82\x01RaD\xDE`\x80\x84\x01a?\xDBV[`\x80\x82\x01RaD\xEF`\xA0\x84\x01a?\xDBV[`\xA0\x82\x01RaE\0`\xC0\x84\x01a?\xDBV[`\xC0\x82\x01RaE\x11`\xE0\x84\x01a<\x9FV[`\xE0\x82\x01RaE#a\x01\0\x84\x01a<\x9FV[a\x01\0\x82\x01RaE6a\x01 \x84\x01a<\x9FV[a\x01 \x82\x01RaEIa\x01@\x84\x01a@fV[a\x01@\x82\x01RaE\\a\x01`\x84\x01a<\x9FV[a\x01`\x82\x01RaEoa\x01\x80\x84\x01aB\x08V[a\x01\x80\x82\x01RaE\x82a\x01\xA0\x84\x01a<\x9FV[a\x01\xA0\x82\x01RaE\x95a\x01\xC0\x84\x01a?\xDBV[a\x01\xC0\x82\x01R\x93\x92PPPV[_` \x82\x84\x03\x12\x15aE\xB2W__\xFD[a;\xA3\x82a?\xDBV[``\x81R_aE\xCD``\x83\x01\x86a<\xC9V[` \x83\x01\x94\x90\x94RP`@\x01R\x91\x90PV[_` \x82\x84\x03\x12\x15aE\xEFW__\xFD[a;\xA3\x82aA\xF2V[_` \x82\x84\x03\x12\x15aF\x08W__\xFD[a;\xA3\x82aB\x08V[` \x80\x82R`\r\x90\x82\x01RlmaxValidators`\x98\x1B`@\x82\x01R``\x01\x90V[`\x1F\x82\x11\x15a%UW\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15aF]WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15aF|W_\x81U`\x01\x01aFiV[PPPPPV[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aF\x9DWaF\x9DaD%V[aF\xB1\x81aF\xAB\x84Ta@\x8EV[\x84aF8V[` `\x1F\x82\x11`\x01\x81\x14aF\xE3W_\x83\x15aF\xCCWP\x84\x82\x01Q[_\x19`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x84UaF|V[_\x84\x81R` \x81 `\x1F\x19\x85\x16\x91[\x82\x81\x10\x15aG\x12W\x87\x85\x01Q\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01aF\xF2V[P\x84\x82\x10\x15aG/W\x86\x84\x01Q_\x19`\x03\x87\x90\x1B`\xF8\x16\x1C\x19\x16\x81U[PPPP`\x01\x90\x81\x1B\x01\x90UPV[`\x80\x81R_aGP`\x80\x83\x01\x87a<\xC9V[` \x83\x01\x95\x90\x95RP`@\x81\x01\x92\x90\x92R``\x90\x91\x01R\x91\x90PV",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b5060043610610281575f3560e01c806382afd23b11610156578063b75593d0116100ca578063d7cddae011610084578063d7cddae0146105c4578063dce0b4e4146105d7578063e0b16564146105e0578063e30c3978146105f7578063f0f4426014610608578063f2fde38b1461061b575f5ffd5b8063b75593d01461053d578063b7d8622514610550578063c3631ea914610563578063c6e2a40014610576578063cdfe21221461059c578063d370232a146105b1575f5ffd5b80638b41d35f1161011b5780638b41d35f146104de5780638da5cb5b146104e85780638e59bee1146104f8578063916a5c5b1461050b57806397f472a714610517578063ab5778f21461052a575f5ffd5b806382afd23b146104705780638456cb591461049c57806387cb5f94146104a45780638a0dac4a146104b65780638a1b5121146104c9575f5ffd5b80634c692b0c116101f85780636464e58f116101b25780636464e58f146104165780636a2504c71461041e5780636e47586114610434578063715018a61461046057806379ba5097146104685780637b5426ca146103a1575f5ffd5b80634c692b0c146103885780634f253759146103a157806354fd4d50146103aa5780635c975abb146103d157806361d027b3146103ef57806363b0c42814610402575f5ffd5b80633f4ba83a116102495780633f4ba83a146102fc5780633fbc4d351461030457806344dff1ae1461032f57806344e047ca14610342578063452a932014610355578063475726f714610368575f5ffd5b8063040a7f91146102855780631cf847e41461029c578063235b5ea0146102b15780633790adf5146102c457806337c36f2d146102f4575b5f5ffd5b600a545b6040519081526020015b60405180910390f35b6102af6102aa366004613b88565b61062e565b005b6102af6102bf366004613baa565b610642565b6102d76102d2366004613c1d565b610865565b604080519283526001600160a01b03909116602083015201610293565b610289608081565b6102af610a95565b610317610312366004613baa565b610aa7565b6040516001600160a01b039091168152602001610293565b6102af61033d366004613cb0565b610ac4565b6102af610350366004613baa565b610ad5565b600254610317906001600160a01b031681565b61037b610376366004613baa565b610bc5565b6040516102939190613d2b565b600554610317906201000090046001600160a01b031681565b61028961040081565b60408051808201825260058152640312e302e360dc1b602082015290516102939190613e0e565b600154600160a01b900460ff165b6040519015158152602001610293565b600354610317906001600160a01b031681565b6005546103df90600160b01b900460ff1681565b610289602081565b610426610ff2565b604051610293929190613f7c565b60025461044b90600160b01b900463ffffffff1681565b60405163ffffffff9091168152602001610293565b6102af611454565b6102af611465565b6103df61047e366004613baa565b5f908152600c6020526040902060020154600160f01b900460ff1690565b6102af6114a6565b6102896a084595161401484a00000081565b6102af6104c4366004613b88565b6114f3565b6104d1611504565b6040516102939190613f99565b61028962278d0081565b5f546001600160a01b0316610317565b610317610506366004613cb0565b6115c0565b60055461ffff16610289565b6102af610525366004613fee565b6115f2565b6103df610538366004613b88565b611608565b6102af61054b36600461401f565b61171e565b6102af61055e366004613baa565b6117ae565b6102af61057136600461404b565b6117bf565b610589610584366004613b88565b6117c8565b60405161ffff9091168152602001610293565b60025461058990600160a01b900461ffff1681565b6102af6105bf366004613baa565b6117e2565b6102af6105d2366004614075565b611866565b61028960045481565b60025461044b90600160d01b900463ffffffff1681565b6001546001600160a01b0316610317565b6102af610616366004613b88565b6118c6565b6102af610629366004613b88565b6118d7565b610636611947565b61063f81611973565b50565b61064a611947565b5f610654826119c6565b6002810154909150600160f01b900460ff1661068b576040516339b33bbf60e01b8152600481018390526024015b60405180910390fd5b60028101805460ff60f01b19169055604051600d905f906106ad9084906140c0565b604080519182900390912082526020820192909252015f908120805460ff191690556003820154600b5461ffff90911691906106eb90600190614145565b9050808214610796575f600b828154811061070857610708614158565b905f5260205f2090600891828204019190066004029054906101000a900463ffffffff16905080600b848154811061074257610742614158565b5f91825260208083206008830401805460079093166004026101000a63ffffffff818102199094169584160294909417909355929092168252600c905260409020600301805461ffff191661ffff84161790555b600b8054806107a7576107a761416c565b5f8281526020812060085f1990930192830401805463ffffffff600460078616026101000a0219169055915560405185917fda0502ea5d6bb0ca6ff40b28701316c0ef72a5616434836ee826dfa8f9dabca591a2826002015f9054906101000a90046001600160a01b03166001600160a01b03166351b42b006040518163ffffffff1660e01b81526004015f604051808303815f87803b158015610849575f5ffd5b505af115801561085b573d5f5f3e3d5ffd5b5050505050505050565b5f5f61086f611a01565b610877611a2c565b61089e604051806040016040528060048152602001636e616d6560e01b8152508888611a61565b6108ce6040518060400160405280600d81526020016c696e666572656e63655479706560981b8152508686611a61565b5f87876040516108df929190614180565b60408051918290039091205f818152600d602052919091205490915060ff16156109205787876040516335fee77d60e01b81526004016106829291906141b7565b5f818152600d60205260409020805460ff1916600117905561094184611a9a565b600580545f906109549061ffff166141d2565b91906101000a81548161ffff021916908361ffff160217905561ffff1692505f610981848a8a8a8a61255a565b600454919450915080156109cb576003546109cb906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811691339116846127e7565b604051630a3c349560e01b81526001600160a01b03851690630a3c3495906109fb90889033908b9060040161437a565b5f604051808303815f87803b158015610a12575f5ffd5b505af1158015610a24573d5f5f3e3d5ffd5b50505050336001600160a01b0316846001600160a01b0316867f15f22f6e7d5bcf6f42823603508cac584fc97dc31893fd07060aa1e2221c11fd8d8d8d8d898e8a604051610a78979695949392919061439e565b60405180910390a4505050610a8b61281d565b9550959350505050565b610a9d611947565b610aa5612847565b565b5f610ab1826119c6565b600201546001600160a01b031692915050565b610acc611947565b61063f8161289c565b5f546001600160a01b03163314801590610afa57506002546001600160a01b03163314155b15610b1a57604051636b1883f360e01b8152336004820152602401610682565b5f610b24826119c6565b60020154604051600181526001600160a01b03909116915082907f6a8f2601bc18d0df6426818a6be2a503cba11f02a95ab363ec700eab8a9f2f1c9060200160405180910390a26040516305b0e2cf60e21b8152600160048201526001600160a01b038216906316c38b3c906024015b5f604051808303815f87803b158015610bab575f5ffd5b505af1158015610bbd573d5f5f3e3d5ffd5b505050505050565b60408051610160810182526060808252602082018190525f92820183905281018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905290610c26836119c6565b600281015481549192506001600160a01b0316908290610c459061408e565b80601f0160208091040260200160405190810160405280929190818152602001828054610c719061408e565b8015610cbc5780601f10610c9357610100808354040283529160200191610cbc565b820191905f5260205f20905b815481529060010190602001808311610c9f57829003601f168201915b5050509185525050600182018054610cd39061408e565b80601f0160208091040260200160405190810160405280929190818152602001828054610cff9061408e565b8015610d4a5780601f10610d2157610100808354040283529160200191610d4a565b820191905f5260205f20905b815481529060010190602001808311610d2d57829003601f168201915b505050506020808601929092525060028301546001600160a01b03908116606086015260408051638da5cb5b60e01b8152905191841692638da5cb5b926004808401938290030181865afa158015610da4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dc891906143f3565b6001600160a01b0390811660808501526002830154600160f01b810460ff16151560c0860152600160a01b810467ffffffffffffffff1660e0860152600160e01b900461ffff1661010085015260408051636d1da43160e01b8152905191831691636d1da431916004808201926020929091908290030181865afa158015610e52573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e76919061440e565b83610120018181525050806001600160a01b0316630f43a6776040518163ffffffff1660e01b8152600401602060405180830381865afa158015610ebc573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ee0919061440e565b6101408401526005546002830154620100009091046001600160a01b031690600160f01b900460ff168015610f1d57506001600160a01b03811615155b15610f8f576040516301f9489760e21b8152600481018690526001600160a01b038216906307e5225c90602401602060405180830381865afa158015610f65573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f89919061440e565b60408501525b6002830154600160f01b900460ff1615610fba57604084015115610fb4576001610fbd565b5f610fbd565b60025b8460a001906002811115610fd357610fd3613cf7565b90816002811115610fe657610fe6613cf7565b81525050505050919050565b610ffa613af9565b611002613af9565b6006600881604051806101e00160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601c9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600182015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160049054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160089054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201600c9054906101000a900461ffff1661ffff1661ffff16815260200160018201600e9054906101000a900461ffff1661ffff1661ffff1681526020016001820160109054906101000a900461ffff1661ffff1661ffff1681526020016001820160129054906101000a900460ff161515151581526020016001820160139054906101000a900461ffff1661ffff1661ffff1681526020016001820160159054906101000a900460ff1660ff1660ff1681526020016001820160169054906101000a900461ffff1661ffff1661ffff1681526020016001820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681525050915080604051806101e00160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601c9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600182015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160049054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160089054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201600c9054906101000a900461ffff1661ffff1661ffff16815260200160018201600e9054906101000a900461ffff1661ffff1661ffff1681526020016001820160109054906101000a900461ffff1661ffff1661ffff1681526020016001820160129054906101000a900460ff161515151581526020016001820160139054906101000a900461ffff1661ffff1661ffff1681526020016001820160159054906101000a900460ff1660ff1660ff1681526020016001820160169054906101000a900461ffff1661ffff1661ffff1681526020016001820160189054906101000a900463ffffffff1663ffffffff1663ffffffff16815250509050915091509091565b61145c611947565b610aa55f612942565b60015433906001600160a01b0316811461149d5760405163118cdaa760e01b81526001600160a01b0382166004820152602401610682565b61063f81612942565b5f546001600160a01b031633148015906114cb57506002546001600160a01b03163314155b156114eb57604051636b1883f360e01b8152336004820152602401610682565b610aa561295b565b6114fb611947565b61063f8161299e565b600b546060908067ffffffffffffffff81111561152357611523614425565b60405190808252806020026020018201604052801561154c578160200160208202803683370190505b5091505f5b818110156115bb57600b818154811061156c5761156c614158565b905f5260205f2090600891828204019190066004029054906101000a900463ffffffff1663ffffffff168382815181106115a8576115a8614158565b6020908102919091010152600101611551565b505090565b5f600a8261ffff16815481106115d8576115d8614158565b5f918252602090912001546001600160a01b031692915050565b6115fa611947565b61160482826129e7565b5050565b5f816001600160a01b03163b5f0361162157505f919050565b60408051600481526024810182526020810180516001600160e01b0316630a5bfa0760e01b17905290515f9182916001600160a01b0386169161166391614439565b5f60405180830381855afa9150503d805f811461169b576040519150601f19603f3d011682016040523d82523d5f602084013e6116a0565b606091505b50915091508115806116b457508051602014155b156116c257505f9392505050565b5f818060200190518101906116d7919061440e565b905080158015906116ee575060055461ffff168111155b801561171557505f818152600c60205260409020600201546001600160a01b038681169116145b95945050505050565b611726611947565b61174c61173836849003840184614479565b61174736849003840184614479565b612b4f565b61175c60808301606084016145a2565b60025463ffffffff918216600160d01b9091049091161061160457604051633afb2c7f60e11b815260206004820152600b60248201526a0cae0dec6d098cadccee8d60ab1b6044820152606401610682565b6117b6611947565b61063f816135de565b61063f81611a9a565b5f6117d1611947565b6117da82613675565b90505b919050565b6117ea611947565b5f6117f4826119c6565b600201546040515f81526001600160a01b03909116915082907f6a8f2601bc18d0df6426818a6be2a503cba11f02a95ab363ec700eab8a9f2f1c9060200160405180910390a26040516305b0e2cf60e21b81525f60048201526001600160a01b038216906316c38b3c90602401610b94565b61186e611947565b60058054821515600160b01b0260ff60b01b199091161790556040517f2bc2b9dfd3f93c5cf598780c8b33a597bf2f99b09c4f1a24b49caef7fe353771906118bb90831515815260200190565b60405180910390a150565b6118ce611947565b61063f81613846565b6118df611947565b600180546001600160a01b0383166001600160a01b0319909116811790915561190f5f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f546001600160a01b03163314610aa55760405163118cdaa760e01b8152336004820152602401610682565b6005805462010000600160b01b031916620100006001600160a01b038416908102919091179091556040517ff1a296896b3e20700dc84ad1ee48ee7db65d6f19a30570f8a21f7efd68c436cf905f90a250565b5f818152600c6020526040902060028101546001600160a01b03166117dd5760405163122f9dd560e11b815260048101839052602401610682565b600154600160a01b900460ff1615610aa55760405163d93c066560e01b815260040160405180910390fd5b611a346138d1565b610aa560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613911565b80801580611a6f5750602081115b15611a94578381602060405163437d487b60e11b8152600401610682939291906145bb565b50505050565b5f6006604051806101e00160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601c9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600182015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160049054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160089054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201600c9054906101000a900461ffff1661ffff1661ffff16815260200160018201600e9054906101000a900461ffff1661ffff1661ffff1681526020016001820160109054906101000a900461ffff1661ffff1661ffff1681526020016001820160129054906101000a900460ff161515151581526020016001820160139054906101000a900461ffff1661ffff1661ffff1681526020016001820160159054906101000a900460ff1660ff1660ff1681526020016001820160169054906101000a900461ffff1661ffff1661ffff1681526020016001820160189054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090505f6008604051806101e00160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601c9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600182015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160049054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160089054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201600c9054906101000a900461ffff1661ffff1661ffff16815260200160018201600e9054906101000a900461ffff1661ffff1661ffff1681526020016001820160109054906101000a900461ffff1661ffff1661ffff1681526020016001820160129054906101000a900460ff161515151581526020016001820160139054906101000a900461ffff1661ffff1661ffff1681526020016001820160159054906101000a900460ff1660ff1660ff1681526020016001820160169054906101000a900461ffff1661ffff1661ffff1681526020016001820160189054906101000a900463ffffffff1663ffffffff1663ffffffff16815250509050611f466040518060400160405280600c81526020016b1b5a5b935a5b995c909bdb9960a21b815250845f016020810190611f1e91906145df565b6001600160601b0316845f01516001600160601b0316845f01516001600160601b0316613918565b611faf6040518060400160405280601081526020016f1b5a5b95985b1a59185d1bdc909bdb9960821b815250846020016020810190611f8591906145df565b6001600160601b031684602001516001600160601b031684602001516001600160601b0316613918565b604080518082018252600b81526a1d185cdad51a5b595bdd5d60aa1b602082015261200591611fe490606087019087016145a2565b63ffffffff16846040015163ffffffff16846040015163ffffffff16613918565b60408051808201909152600b81526a0cae0dec6d098cadccee8d60ab1b602082015261205c9061203b60808601606087016145a2565b63ffffffff16846060015163ffffffff16846060015163ffffffff16613918565b60408051808201909152600e81526d1a5b5b5d5b9a5d1e54195c9a5bd960921b60208201526120b69061209560a08601608087016145a2565b63ffffffff16846080015163ffffffff16846080015163ffffffff16613918565b60408051808201909152600e81526d756e626f6e64696e6744656c617960901b6020820152612110906120ef60c0860160a087016145a2565b63ffffffff168460a0015163ffffffff168460a0015163ffffffff16613918565b60408051808201909152600c81526b72657665616c57696e646f7760a01b60208201526121689061214760e0860160c087016145a2565b63ffffffff168460c0015163ffffffff168460c0015163ffffffff16613918565b60408051808201909152600f81526e736c617368696e675261746542707360881b60208201526121be906121a3610100860160e08701613cb0565b61ffff168460e0015161ffff168460e0015161ffff16613918565b6040805180820190915260088152676d6178536c6f747360c01b6020820152612210906121f361012086016101008701613cb0565b61ffff1684610100015161ffff1684610100015161ffff16613918565b60408051808201909152600d81526c6d617856616c696461746f727360981b60208201526122679061224a61014086016101208701613cb0565b61ffff1684610120015161ffff1684610120015161ffff16613918565b6040805180820190915260088152676b6170706142707360c01b60208201526122b99061229c61018086016101608701613cb0565b61ffff1684610160015161ffff1684610160015161ffff16613918565b60408051808201909152600b81526a1cdd1c9a5ad9531a5b5a5d60aa1b602082015261230b906122f16101a0860161018087016145f8565b60ff1684610180015160ff1684610180015160ff16613918565b60408051808201909152600d81526c7472757374466c6f6f7242707360981b6020820152612362906123456101c086016101a08701613cb0565b61ffff16846101a0015161ffff16846101a0015161ffff16613918565b60408051808201909152601081526f18db1bdcd951dc9858d954195c9a5bd960821b60208201526123c29061239f6101e086016101c087016145a2565b63ffffffff16846101c0015163ffffffff16846101c0015163ffffffff16613918565b81610140015180156123e357506123e161016084016101408501614075565b155b15612434576040516390afecf360e01b815260806004820152600c60848201526b18dbdb5b5a5d14995d99585b60a21b60a48201525f6024820152600160448201819052606482015260c401610682565b61244661012084016101008501613cb0565b61ffff1661245c61014085016101208601613cb0565b61ffff161061247e5760405163791eac6560e11b815260040161068290614611565b61248e60808401606085016145a2565b63ffffffff166124a460e0850160c086016145a2565b63ffffffff16106124e75760405163791eac6560e11b815260206004820152600c60248201526b72657665616c57696e646f7760a01b6044820152606401610682565b6124f961016084016101408501614075565b8015612518575061251060e0840160c085016145a2565b63ffffffff16155b156125555760405163791eac6560e11b815260206004820152600c60248201526b72657665616c57696e646f7760a01b6044820152606401610682565b505050565b600b546002545f918291600160a01b900461ffff16811061259e576002546040516304f8083560e01b8152600160a01b90910461ffff166004820152602401610682565b600a545f8190036125c2576040516318ce8b9560e31b815260040160405180910390fd5b6125cd600182614145565b9250612602600a8461ffff16815481106125e9576125e9614158565b5f918252602090912001546001600160a01b031661394b565b604080516101006020601f8c01819004028201810190925260e081018a81529296509182918b908b90819085018382808284375f92019190915250505090825250604080516020601f8a01819004810282018101909252888152918101919089908990819084018382808284375f9201829052509385525050506001600160a01b03871660208084019190915267ffffffffffffffff421660408085019190915261ffff808916606086015260016080860152871660a0909401939093528c8252600c905220815181906126d69082614683565b50602082015160018201906126eb9082614683565b5060408201516002820180546060850151608086015160a08701516001600160a01b039095166001600160e01b031990931692909217600160a01b67ffffffffffffffff909216919091021762ffffff60e01b1916600160e01b61ffff9283160260ff60f01b191617600160f01b9315159390930292909217905560c0909201516003909101805461ffff1916919092161790555050600b80546001810182555f919091527f0175b7a638427703f0dbe7bb9bbf987a2551717b34e79f33b5b1008d1fa01db96008820401805460079092166004026101000a63ffffffff81810219909316999092169190910297909717909655959350505050565b6127f5848484846001613956565b611a9457604051635274afe760e01b81526001600160a01b0385166004820152602401610682565b610aa55f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611a5b565b61284f6139c3565b6001805460ff60a01b191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b6104008161ffff1611156128f25760405163072792db60e21b815260606004820152600a6064820152696d61785375626e65747360b01b608482015261ffff82166024820152610400604482015260a401610682565b6002805461ffff60a01b1916600160a01b61ffff8416908102919091179091556040519081527fab672cac4e9c0d3ec90b25ad62787425b1d6f25bb9c8a7d6d1f98ce164b77e57906020016118bb565b600180546001600160a01b031916905561063f816139ed565b612963611a01565b6001805460ff60a01b1916600160a01b1790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25861287f3390565b600280546001600160a01b0319166001600160a01b0383169081179091556040517fe6c09ffe4572dc9ceaa5ddde4ae41befa655d6fdfe8052077af0970f700e942e905f90a250565b62278d008263ffffffff161115612a4f5760405163072792db60e21b8152606060048201526016606482015275343cb832b93830b930b6b2ba32b921b7b7b63237bbb760511b608482015263ffffffff8316602482015262278d00604482015260a401610682565b60065463ffffffff600160e01b90910481169082168111612ad15781612a76600183614145565b60405163072792db60e21b815260606004820152601a60648201527f6879706572706172616d65746572467265657a6557696e646f77000000000000608482015263ffffffff9092166024830152604482015260a401610682565b6002805467ffffffffffffffff60b01b1916600160b01b63ffffffff86811691820263ffffffff60d01b191692909217600160d01b928616928302179092556040805192835260208301919091527f0aa6f6b166d776352d6cd4d2033e792ff6177012abfffa08172d9ddb70273244910160405180910390a1505050565b612b966040518060400160405280600c81526020016b1b5a5b935a5b995c909bdb9960a21b815250835f01516001600160601b0316835f01516001600160601b0316613a3c565b612be36040518060400160405280601081526020016f1b5a5b95985b1a59185d1bdc909bdb9960821b81525083602001516001600160601b031683602001516001600160601b0316613a3c565b612c256040518060400160405280600b81526020016a1d185cdad51a5b595bdd5d60aa1b815250836040015163ffffffff16836040015163ffffffff16613a3c565b612c676040518060400160405280600b81526020016a0cae0dec6d098cadccee8d60ab1b815250836060015163ffffffff16836060015163ffffffff16613a3c565b612cac6040518060400160405280600e81526020016d1a5b5b5d5b9a5d1e54195c9a5bd960921b815250836080015163ffffffff16836080015163ffffffff16613a3c565b612cf16040518060400160405280600e81526020016d756e626f6e64696e6744656c617960901b8152508360a0015163ffffffff168360a0015163ffffffff16613a3c565b612d346040518060400160405280600c81526020016b72657665616c57696e646f7760a01b8152508360c0015163ffffffff168360c0015163ffffffff16613a3c565b612d766040518060400160405280600f81526020016e736c617368696e675261746542707360881b8152508360e0015161ffff168360e0015161ffff16613a3c565b612db3604051806040016040528060088152602001676d6178536c6f747360c01b81525083610100015161ffff1683610100015161ffff16613a3c565b612df56040518060400160405280600d81526020016c6d617856616c696461746f727360981b81525083610120015161ffff1683610120015161ffff16613a3c565b612e32604051806040016040528060088152602001676b6170706142707360c01b81525083610160015161ffff1683610160015161ffff16613a3c565b612e706040518060400160405280600b81526020016a1cdd1c9a5ad9531a5b5a5d60aa1b81525083610180015160ff1683610180015160ff16613a3c565b612eb26040518060400160405280600d81526020016c7472757374466c6f6f7242707360981b815250836101a0015161ffff16836101a0015161ffff16613a3c565b612efb6040518060400160405280601081526020016f18db1bdcd951dc9858d954195c9a5bd960821b815250836101c0015163ffffffff16836101c0015163ffffffff16613a3c565b61138882610160015161ffff161080612f1e575061271081610160015161ffff16115b15612f5757604051633afb2c7f60e11b81526020600482015260086024820152676b6170706142707360c01b6044820152606401610682565b81610180015160ff165f03612f9d57604051633afb2c7f60e11b815260206004820152600b60248201526a1cdd1c9a5ad9531a5b5a5d60aa1b6044820152606401610682565b612710816101a0015161ffff161115612fe957604051633afb2c7f60e11b815260206004820152600d60248201526c7472757374466c6f6f7242707360981b6044820152606401610682565b608081610120015161ffff16111561301457604051633afb2c7f60e11b815260040161068290614611565b816060015163ffffffff165f0361305c57604051633afb2c7f60e11b815260206004820152600b60248201526a0cae0dec6d098cadccee8d60ab1b6044820152606401610682565b6127108160e0015161ffff1611156130a957604051633afb2c7f60e11b815260206004820152600f60248201526e736c617368696e675261746542707360881b6044820152606401610682565b600282610100015161ffff1610806130cb575061040081610100015161ffff16115b1561310457604051633afb2c7f60e11b81526020600482015260086024820152676d6178536c6f747360c01b6044820152606401610682565b81610120015161ffff165f0361312d57604051633afb2c7f60e11b815260040161068290614611565b8160065f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a8154816001600160601b0302191690836001600160601b031602179055506040820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601c6101000a81548163ffffffff021916908363ffffffff1602179055506080820151816001015f6101000a81548163ffffffff021916908363ffffffff16021790555060a08201518160010160046101000a81548163ffffffff021916908363ffffffff16021790555060c08201518160010160086101000a81548163ffffffff021916908363ffffffff16021790555060e082015181600101600c6101000a81548161ffff021916908361ffff16021790555061010082015181600101600e6101000a81548161ffff021916908361ffff1602179055506101208201518160010160106101000a81548161ffff021916908361ffff1602179055506101408201518160010160126101000a81548160ff0219169083151502179055506101608201518160010160136101000a81548161ffff021916908361ffff1602179055506101808201518160010160156101000a81548160ff021916908360ff1602179055506101a08201518160010160166101000a81548161ffff021916908361ffff1602179055506101c08201518160010160186101000a81548163ffffffff021916908363ffffffff1602179055509050508060085f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a8154816001600160601b0302191690836001600160601b031602179055506040820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601c6101000a81548163ffffffff021916908363ffffffff1602179055506080820151816001015f6101000a81548163ffffffff021916908363ffffffff16021790555060a08201518160010160046101000a81548163ffffffff021916908363ffffffff16021790555060c08201518160010160086101000a81548163ffffffff021916908363ffffffff16021790555060e082015181600101600c6101000a81548161ffff021916908361ffff16021790555061010082015181600101600e6101000a81548161ffff021916908361ffff1602179055506101208201518160010160106101000a81548161ffff021916908361ffff1602179055506101408201518160010160126101000a81548160ff0219169083151502179055506101608201518160010160136101000a81548161ffff021916908361ffff1602179055506101808201518160010160156101000a81548160ff021916908360ff1602179055506101a08201518160010160166101000a81548161ffff021916908361ffff1602179055506101c08201518160010160186101000a81548163ffffffff021916908363ffffffff1602179055509050507f3de88e5af7d9bf58ac4fa95f2bbeedad1ca7ad0dd9d14a5aa7506b74faa9a9c382826040516135d2929190613f7c565b60405180910390a15050565b6a084595161401484a0000008111156136405760405163072792db60e21b815260606004820152600b60648201526a6372656174696f6e46656560a81b6084820152602481018290526a084595161401484a000000604482015260a401610682565b60048190556040518181527f65cf44d7c3dc10549f322afbe745b2a569e6e2a177f9465749a393afbc9c354f906020016118bb565b5f6001600160a01b0382163b15806136fe5750306001600160a01b0316826001600160a01b0316637b1039996040518163ffffffff1660e01b8152600401602060405180830381865afa1580156136ce573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906136f291906143f3565b6001600160a01b031614155b8061379a57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b031663a6f73fab6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561376a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061378e91906143f3565b6001600160a01b031614155b156137c357604051630c76093760e01b81526001600160a01b0383166004820152602401610682565b50600a80546001810182555f9182527fc65a7bb8d6351c1cf70c95a316cc6a92839c986682d98bc35f958f4883f9d2a8810180546001600160a01b0319166001600160a01b0385169081179091556040519192909161ffff8416917fa1d767d09d778fb5eb8c92af4b15c7ccbfaa650f78d42fd5394159803cbb762991a3919050565b6001600160a01b0381166138885760405163eac0d38960e01b8152602060048201526008602482015267747265617375727960c01b6044820152606401610682565b600380546001600160a01b0319166001600160a01b0383169081179091556040517f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f905f90a250565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610aa557604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b8183108061392557508083115b15611a9457838383836040516390afecf360e01b8152600401610682949392919061473e565b5f6117da825f613a5f565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166139b25783831516156139a6573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b600154600160a01b900460ff16610aa557604051638dfc202b60e01b815260040160405180910390fd5b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b808211156125555782604051633afb2c7f60e11b81526004016106829190613e0e565b5f81471015613a8a5760405163cf47918160e01b815247600482015260248101839052604401610682565b763d602d80600a3d3981f3363d3d373d3d3d363d730000008360601b60e81c175f526e5af43d82803e903d91602b57fd5bf38360781b176020526037600983f090506001600160a01b038116613af35760405163b06ebf3d60e01b815260040160405180910390fd5b92915050565b604080516101e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081019190915290565b6001600160a01b038116811461063f575f5ffd5b5f60208284031215613b98575f5ffd5b8135613ba381613b74565b9392505050565b5f60208284031215613bba575f5ffd5b5035919050565b5f5f83601f840112613bd1575f5ffd5b50813567ffffffffffffffff811115613be8575f5ffd5b602083019150836020828501011115613bff575f5ffd5b9250929050565b5f6101e08284031215613c17575f5ffd5b50919050565b5f5f5f5f5f6102208688031215613c32575f5ffd5b853567ffffffffffffffff811115613c48575f5ffd5b613c5488828901613bc1565b909650945050602086013567ffffffffffffffff811115613c73575f5ffd5b613c7f88828901613bc1565b9094509250613c9390508760408801613c06565b90509295509295909350565b803561ffff811681146117dd575f5ffd5b5f60208284031215613cc0575f5ffd5b613ba382613c9f565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b634e487b7160e01b5f52602160045260245ffd5b60038110613d2757634e487b7160e01b5f52602160045260245ffd5b9052565b602081525f82516101606020840152613d48610180840182613cc9565b90506020840151601f19848303016040850152613d658282613cc9565b915050604084015160608401526060840151613d8c60808501826001600160a01b03169052565b5060808401516001600160a01b03811660a08501525060a0840151613db460c0850182613d0b565b5060c084015180151560e08501525060e084015167ffffffffffffffff81166101008501525061010084015161ffff8116610120850152506101208401516101408401526101408401516101608401528091505092915050565b602081525f613ba36020830184613cc9565b80516001600160601b031682526020810151613e4760208401826001600160601b03169052565b506040810151613e5f604084018263ffffffff169052565b506060810151613e77606084018263ffffffff169052565b506080810151613e8f608084018263ffffffff169052565b5060a0810151613ea760a084018263ffffffff169052565b5060c0810151613ebf60c084018263ffffffff169052565b5060e0810151613ed560e084018261ffff169052565b50610100810151613eed61010084018261ffff169052565b50610120810151613f0561012084018261ffff169052565b50610140810151613f1b61014084018215159052565b50610160810151613f3361016084018261ffff169052565b50610180810151613f4a61018084018260ff169052565b506101a0810151613f626101a084018261ffff169052565b506101c08101516125556101c084018263ffffffff169052565b6103c08101613f8b8285613e20565b613ba36101e0830184613e20565b602080825282518282018190525f918401906040840190835b81811015613fd0578351835260209384019390920191600101613fb2565b509095945050505050565b803563ffffffff811681146117dd575f5ffd5b5f5f60408385031215613fff575f5ffd5b61400883613fdb565b915061401660208401613fdb565b90509250929050565b5f5f6103c08385031215614031575f5ffd5b61403b8484613c06565b9150614016846101e08501613c06565b5f6101e0828403121561405c575f5ffd5b613ba38383613c06565b803580151581146117dd575f5ffd5b5f60208284031215614085575f5ffd5b613ba382614066565b600181811c908216806140a257607f821691505b602082108103613c1757634e487b7160e01b5f52602260045260245ffd5b5f5f83546140cd8161408e565b6001821680156140e457600181146140f957614126565b60ff1983168652811515820286019350614126565b865f5260205f205f5b8381101561411e57815488820152600190910190602001614102565b505081860193505b509195945050505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115613af357613af3614131565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52603160045260245ffd5b818382375f9101908152919050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602081525f6141ca60208301848661418f565b949350505050565b5f61ffff821661ffff81036141e9576141e9614131565b60010192915050565b80356001600160601b03811681146117dd575f5ffd5b803560ff811681146117dd575f5ffd5b61423282614225836141f2565b6001600160601b03169052565b61423e602082016141f2565b6001600160601b0316602083015261425860408201613fdb565b63ffffffff16604083015261426f60608201613fdb565b63ffffffff16606083015261428660808201613fdb565b63ffffffff16608083015261429d60a08201613fdb565b63ffffffff1660a08301526142b460c08201613fdb565b63ffffffff1660c08301526142cb60e08201613c9f565b61ffff1660e08301526142e16101008201613c9f565b61ffff166101008301526142f86101208201613c9f565b61ffff1661012083015261430f6101408201614066565b15156101408301526143246101608201613c9f565b61ffff1661016083015261433b6101808201614208565b60ff166101808301526143516101a08201613c9f565b61ffff166101a08301526143686101c08201613fdb565b63ffffffff81166101c0840152505050565b8381526001600160a01b038316602082015261022081016141ca6040830184614218565b61026081525f6143b36102608301898b61418f565b82810360208401526143c681888a61418f565b91505061ffff851660408301526143e06060830185614218565b8261024083015298975050505050505050565b5f60208284031215614403575f5ffd5b8151613ba381613b74565b5f6020828403121561441e575f5ffd5b5051919050565b634e487b7160e01b5f52604160045260245ffd5b5f82518060208501845e5f920191825250919050565b6040516101e0810167ffffffffffffffff8111828210171561447357614473614425565b60405290565b5f6101e082840312801561448b575f5ffd5b5061449461444f565b61449d836141f2565b81526144ab602084016141f2565b60208201526144bc60408401613fdb565b60408201526144cd60608401613fdb565b60608201526144de60808401613fdb565b60808201526144ef60a08401613fdb565b60a082015261450060c08401613fdb565b60c082015261451160e08401613c9f565b60e08201526145236101008401613c9f565b6101008201526145366101208401613c9f565b6101208201526145496101408401614066565b61014082015261455c6101608401613c9f565b61016082015261456f6101808401614208565b6101808201526145826101a08401613c9f565b6101a08201526145956101c08401613fdb565b6101c08201529392505050565b5f602082840312156145b2575f5ffd5b613ba382613fdb565b606081525f6145cd6060830186613cc9565b60208301949094525060400152919050565b5f602082840312156145ef575f5ffd5b613ba3826141f2565b5f60208284031215614608575f5ffd5b613ba382614208565b6020808252600d908201526c6d617856616c696461746f727360981b604082015260600190565b601f82111561255557805f5260205f20601f840160051c8101602085101561465d5750805b601f840160051c820191505b8181101561467c575f8155600101614669565b5050505050565b815167ffffffffffffffff81111561469d5761469d614425565b6146b1816146ab845461408e565b84614638565b6020601f8211600181146146e3575f83156146cc5750848201515b5f19600385901b1c1916600184901b17845561467c565b5f84815260208120601f198516915b8281101561471257878501518255602094850194600190920191016146f2565b508482101561472f57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b608081525f6147506080830187613cc9565b602083019590955250604081019290925260609091015291905056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x02\x81W_5`\xE0\x1C\x80c\x82\xAF\xD2;\x11a\x01VW\x80c\xB7U\x93\xD0\x11a\0\xCAW\x80c\xD7\xCD\xDA\xE0\x11a\0\x84W\x80c\xD7\xCD\xDA\xE0\x14a\x05\xC4W\x80c\xDC\xE0\xB4\xE4\x14a\x05\xD7W\x80c\xE0\xB1ed\x14a\x05\xE0W\x80c\xE3\x0C9x\x14a\x05\xF7W\x80c\xF0\xF4B`\x14a\x06\x08W\x80c\xF2\xFD\xE3\x8B\x14a\x06\x1BW__\xFD[\x80c\xB7U\x93\xD0\x14a\x05=W\x80c\xB7\xD8b%\x14a\x05PW\x80c\xC3c\x1E\xA9\x14a\x05cW\x80c\xC6\xE2\xA4\0\x14a\x05vW\x80c\xCD\xFE!\"\x14a\x05\x9CW\x80c\xD3p#*\x14a\x05\xB1W__\xFD[\x80c\x8BA\xD3_\x11a\x01\x1BW\x80c\x8BA\xD3_\x14a\x04\xDEW\x80c\x8D\xA5\xCB[\x14a\x04\xE8W\x80c\x8EY\xBE\xE1\x14a\x04\xF8W\x80c\x91j\\[\x14a\x05\x0BW\x80c\x97\xF4r\xA7\x14a\x05\x17W\x80c\xABWx\xF2\x14a\x05*W__\xFD[\x80c\x82\xAF\xD2;\x14a\x04pW\x80c\x84V\xCBY\x14a\x04\x9CW\x80c\x87\xCB_\x94\x14a\x04\xA4W\x80c\x8A\r\xACJ\x14a\x04\xB6W\x80c\x8A\x1BQ!\x14a\x04\xC9W__\xFD[\x80cLi+\x0C\x11a\x01\xF8W\x80cdd\xE5\x8F\x11a\x01\xB2W\x80cdd\xE5\x8F\x14a\x04\x16W\x80cj%\x04\xC7\x14a\x04\x1EW\x80cnGXa\x14a\x044W\x80cqP\x18\xA6\x14a\x04`W\x80cy\xBAP\x97\x14a\x04hW\x80c{T&\xCA\x14a\x03\xA1W__\xFD[\x80cLi+\x0C\x14a\x03\x88W\x80cO%7Y\x14a\x03\xA1W\x80cT\xFDMP\x14a\x03\xAAW\x80c\\\x97Z\xBB\x14a\x03\xD1W\x80ca\xD0'\xB3\x14a\x03\xEFW\x80cc\xB0\xC4(\x14a\x04\x02W__\xFD[\x80c?K\xA8:\x11a\x02IW\x80c?K\xA8:\x14a\x02\xFCW\x80c?\xBCM5\x14a\x03\x04W\x80cD\xDF\xF1\xAE\x14a\x03/W\x80cD\xE0G\xCA\x14a\x03BW\x80cE*\x93 \x14a\x03UW\x80cGW&\xF7\x14a\x03hW__\xFD[\x80c\x04\n\x7F\x91\x14a\x02\x85W\x80c\x1C\xF8G\xE4\x14a\x02\x9CW\x80c#[^\xA0\x14a\x02\xB1W\x80c7\x90\xAD\xF5\x14a\x02\xC4W\x80c7\xC3o-\x14a\x02\xF4W[__\xFD[`\nT[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x02\xAFa\x02\xAA6`\x04a;\x88V[a\x06.V[\0[a\x02\xAFa\x02\xBF6`\x04a;\xAAV[a\x06BV[a\x02\xD7a\x02\xD26`\x04a<\x1DV[a\x08eV[`@\x80Q\x92\x83R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16` \x83\x01R\x01a\x02\x93V[a\x02\x89`\x80\x81V[a\x02\xAFa\n\x95V[a\x03\x17a\x03\x126`\x04a;\xAAV[a\n\xA7V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02\x93V[a\x02\xAFa\x03=6`\x04a<\xB0V[a\n\xC4V[a\x02\xAFa\x03P6`\x04a;\xAAV[a\n\xD5V[`\x02Ta\x03\x17\x90`\x01`\x01`\xA0\x1B\x03\x16\x81V[a\x03{a\x03v6`\x04a;\xAAV[a\x0B\xC5V[`@Qa\x02\x93\x91\x90a=+V[`\x05Ta\x03\x17\x90b\x01\0\0\x90\x04`\x01`\x01`\xA0\x1B\x03\x16\x81V[a\x02\x89a\x04\0\x81V[`@\x80Q\x80\x82\x01\x82R`\x05\x81Rd\x03\x12\xE3\x02\xE3`\xDC\x1B` \x82\x01R\x90Qa\x02\x93\x91\x90a>\x0EV[`\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16[`@Q\x90\x15\x15\x81R` \x01a\x02\x93V[`\x03Ta\x03\x17\x90`\x01`\x01`\xA0\x1B\x03\x16\x81V[`\x05Ta\x03\xDF\x90`\x01`\xB0\x1B\x90\x04`\xFF\x16\x81V[a\x02\x89` \x81V[a\x04&a\x0F\xF2V[`@Qa\x02\x93\x92\x91\x90a?|V[`\x02Ta\x04K\x90`\x01`\xB0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x93V[a\x02\xAFa\x14TV[a\x02\xAFa\x14eV[a\x03\xDFa\x04~6`\x04a;\xAAV[_\x90\x81R`\x0C` R`@\x90 `\x02\x01T`\x01`\xF0\x1B\x90\x04`\xFF\x16\x90V[a\x02\xAFa\x14\xA6V[a\x02\x89j\x08E\x95\x16\x14\x01HJ\0\0\0\x81V[a\x02\xAFa\x04\xC46`\x04a;\x88V[a\x14\xF3V[a\x04\xD1a\x15\x04V[`@Qa\x02\x93\x91\x90a?\x99V[a\x02\x89b'\x8D\0\x81V[_T`\x01`\x01`\xA0\x1B\x03\x16a\x03\x17V[a\x03\x17a\x05\x066`\x04a<\xB0V[a\x15\xC0V[`\x05Ta\xFF\xFF\x16a\x02\x89V[a\x02\xAFa\x05%6`\x04a?\xEEV[a\x15\xF2V[a\x03\xDFa\x0586`\x04a;\x88V[a\x16\x08V[a\x02\xAFa\x05K6`\x04a@\x1FV[a\x17\x1EV[a\x02\xAFa\x05^6`\x04a;\xAAV[a\x17\xAEV[a\x02\xAFa\x05q6`\x04a@KV[a\x17\xBFV[a\x05\x89a\x05\x846`\x04a;\x88V[a\x17\xC8V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x93V[`\x02Ta\x05\x89\x90`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16\x81V[a\x02\xAFa\x05\xBF6`\x04a;\xAAV[a\x17\xE2V[a\x02\xAFa\x05\xD26`\x04a@uV[a\x18fV[a\x02\x89`\x04T\x81V[`\x02Ta\x04K\x90`\x01`\xD0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x81V[`\x01T`\x01`\x01`\xA0\x1B\x03\x16a\x03\x17V[a\x02\xAFa\x06\x166`\x04a;\x88V[a\x18\xC6V[a\x02\xAFa\x06)6`\x04a;\x88V[a\x18\xD7V[a\x066a\x19GV[a\x06?\x81a\x19sV[PV[a\x06Ja\x19GV[_a\x06T\x82a\x19\xC6V[`\x02\x81\x01T\x90\x91P`\x01`\xF0\x1B\x90\x04`\xFF\x16a\x06\x8BW`@Qc9\xB3;\xBF`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x02\x81\x01\x80T`\xFF`\xF0\x1B\x19\x16\x90U`@Q`\r\x90_\x90a\x06\xAD\x90\x84\x90a@\xC0V[`@\x80Q\x91\x82\x90\x03\x90\x91 \x82R` \x82\x01\x92\x90\x92R\x01_\x90\x81 \x80T`\xFF\x19\x16\x90U`\x03\x82\x01T`\x0BTa\xFF\xFF\x90\x91\x16\x91\x90a\x06\xEB\x90`\x01\x90aAEV[\x90P\x80\x82\x14a\x07\x96W_`\x0B\x82\x81T\x81\x10a\x07\x08Wa\x07\x08aAXV[\x90_R` _ \x90`\x08\x91\x82\x82\x04\x01\x91\x90\x06`\x04\x02\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16\x90P\x80`\x0B\x84\x81T\x81\x10a\x07BWa\x07BaAXV[_\x91\x82R` \x80\x83 `\x08\x83\x04\x01\x80T`\x07\x90\x93\x16`\x04\x02a\x01\0\nc\xFF\xFF\xFF\xFF\x81\x81\x02\x19\x90\x94\x16\x95\x84\x16\x02\x94\x90\x94\x17\x90\x93U\x92\x90\x92\x16\x82R`\x0C\x90R`@\x90 `\x03\x01\x80Ta\xFF\xFF\x19\x16a\xFF\xFF\x84\x16\x17\x90U[`\x0B\x80T\x80a\x07\xA7Wa\x07\xA7aAlV[_\x82\x81R` \x81 `\x08_\x19\x90\x93\x01\x92\x83\x04\x01\x80Tc\xFF\xFF\xFF\xFF`\x04`\x07\x86\x16\x02a\x01\0\n\x02\x19\x16\x90U\x91U`@Q\x85\x91\x7F\xDA\x05\x02\xEA]k\xB0\xCAo\xF4\x0B(p\x13\x16\xC0\xEFr\xA5ad4\x83n\xE8&\xDF\xA8\xF9\xDA\xBC\xA5\x91\xA2\x82`\x02\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16cQ\xB4+\0`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x08IW__\xFD[PZ\xF1\x15\x80\x15a\x08[W=__>=_\xFD[PPPPPPPPV[__a\x08oa\x1A\x01V[a\x08wa\x1A,V[a\x08\x9E`@Q\x80`@\x01`@R\x80`\x04\x81R` \x01cname`\xE0\x1B\x81RP\x88\x88a\x1AaV[a\x08\xCE`@Q\x80`@\x01`@R\x80`\r\x81R` \x01linferenceType`\x98\x1B\x81RP\x86\x86a\x1AaV[_\x87\x87`@Qa\x08\xDF\x92\x91\x90aA\x80V[`@\x80Q\x91\x82\x90\x03\x90\x91 _\x81\x81R`\r` R\x91\x90\x91 T\x90\x91P`\xFF\x16\x15a\t W\x87\x87`@Qc5\xFE\xE7}`\xE0\x1B\x81R`\x04\x01a\x06\x82\x92\x91\x90aA\xB7V[_\x81\x81R`\r` R`@\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\tA\x84a\x1A\x9AV[`\x05\x80T_\x90a\tT\x90a\xFF\xFF\x16aA\xD2V[\x91\x90a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90Ua\xFF\xFF\x16\x92P_a\t\x81\x84\x8A\x8A\x8A\x8Aa%ZV[`\x04T\x91\x94P\x91P\x80\x15a\t\xCBW`\x03Ta\t\xCB\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x913\x91\x16\x84a'\xE7V[`@Qc\n<4\x95`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16\x90c\n<4\x95\x90a\t\xFB\x90\x88\x903\x90\x8B\x90`\x04\x01aCzV[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\n\x12W__\xFD[PZ\xF1\x15\x80\x15a\n$W=__>=_\xFD[PPPP3`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x86\x7F\x15\xF2/n}[\xCFoB\x826\x03P\x8C\xACXO\xC9}\xC3\x18\x93\xFD\x07\x06\n\xA1\xE2\"\x1C\x11\xFD\x8D\x8D\x8D\x8D\x89\x8E\x8A`@Qa\nx\x97\x96\x95\x94\x93\x92\x91\x90aC\x9EV[`@Q\x80\x91\x03\x90\xA4PPPa\n\x8Ba(\x1DV[\x95P\x95\x93PPPPV[a\n\x9Da\x19GV[a\n\xA5a(GV[V[_a\n\xB1\x82a\x19\xC6V[`\x02\x01T`\x01`\x01`\xA0\x1B\x03\x16\x92\x91PPV[a\n\xCCa\x19GV[a\x06?\x81a(\x9CV[_T`\x01`\x01`\xA0\x1B\x03\x163\x14\x80\x15\x90a\n\xFAWP`\x02T`\x01`\x01`\xA0\x1B\x03\x163\x14\x15[\x15a\x0B\x1AW`@Qck\x18\x83\xF3`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x06\x82V[_a\x0B$\x82a\x19\xC6V[`\x02\x01T`@Q`\x01\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x91P\x82\x90\x7Fj\x8F&\x01\xBC\x18\xD0\xDFd&\x81\x8Ak\xE2\xA5\x03\xCB\xA1\x1F\x02\xA9Z\xB3c\xECp\x0E\xAB\x8A\x9F/\x1C\x90` \x01`@Q\x80\x91\x03\x90\xA2`@Qc\x05\xB0\xE2\xCF`\xE2\x1B\x81R`\x01`\x04\x82\x01R`\x01`\x01`\xA0\x1B\x03\x82\x16\x90c\x16\xC3\x8B<\x90`$\x01[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x0B\xABW__\xFD[PZ\xF1\x15\x80\x15a\x0B\xBDW=__>=_\xFD[PPPPPPV[`@\x80Qa\x01`\x81\x01\x82R``\x80\x82R` \x82\x01\x81\x90R_\x92\x82\x01\x83\x90R\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x82\x90R\x90a\x0C&\x83a\x19\xC6V[`\x02\x81\x01T\x81T\x91\x92P`\x01`\x01`\xA0\x1B\x03\x16\x90\x82\x90a\x0CE\x90a@\x8EV[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x0Cq\x90a@\x8EV[\x80\x15a\x0C\xBCW\x80`\x1F\x10a\x0C\x93Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x0C\xBCV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x0C\x9FW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPP\x91\x85RPP`\x01\x82\x01\x80Ta\x0C\xD3\x90a@\x8EV[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x0C\xFF\x90a@\x8EV[\x80\x15a\rJW\x80`\x1F\x10a\r!Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\rJV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\r-W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPP` \x80\x86\x01\x92\x90\x92RP`\x02\x83\x01T`\x01`\x01`\xA0\x1B\x03\x90\x81\x16``\x86\x01R`@\x80Qc\x8D\xA5\xCB[`\xE0\x1B\x81R\x90Q\x91\x84\x16\x92c\x8D\xA5\xCB[\x92`\x04\x80\x84\x01\x93\x82\x90\x03\x01\x81\x86Z\xFA\x15\x80\x15a\r\xA4W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\r\xC8\x91\x90aC\xF3V[`\x01`\x01`\xA0\x1B\x03\x90\x81\x16`\x80\x85\x01R`\x02\x83\x01T`\x01`\xF0\x1B\x81\x04`\xFF\x16\x15\x15`\xC0\x86\x01R`\x01`\xA0\x1B\x81\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xE0\x86\x01R`\x01`\xE0\x1B\x90\x04a\xFF\xFF\x16a\x01\0\x85\x01R`@\x80Qcm\x1D\xA41`\xE0\x1B\x81R\x90Q\x91\x83\x16\x91cm\x1D\xA41\x91`\x04\x80\x82\x01\x92` \x92\x90\x91\x90\x82\x90\x03\x01\x81\x86Z\xFA\x15\x80\x15a\x0ERW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0Ev\x91\x90aD\x0EV[\x83a\x01 \x01\x81\x81RPP\x80`\x01`\x01`\xA0\x1B\x03\x16c\x0FC\xA6w`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0E\xBCW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E\xE0\x91\x90aD\x0EV[a\x01@\x84\x01R`\x05T`\x02\x83\x01Tb\x01\0\0\x90\x91\x04`\x01`\x01`\xA0\x1B\x03\x16\x90`\x01`\xF0\x1B\x90\x04`\xFF\x16\x80\x15a\x0F\x1DWP`\x01`\x01`\xA0\x1B\x03\x81\x16\x15\x15[\x15a\x0F\x8FW`@Qc\x01\xF9H\x97`\xE2\x1B\x81R`\x04\x81\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x82\x16\x90c\x07\xE5\"\\\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0FeW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0F\x89\x91\x90aD\x0EV[`@\x85\x01R[`\x02\x83\x01T`\x01`\xF0\x1B\x90\x04`\xFF\x16\x15a\x0F\xBAW`@\x84\x01Q\x15a\x0F\xB4W`\x01a\x0F\xBDV[_a\x0F\xBDV[`\x02[\x84`\xA0\x01\x90`\x02\x81\x11\x15a\x0F\xD3Wa\x0F\xD3a<\xF7V[\x90\x81`\x02\x81\x11\x15a\x0F\xE6Wa\x0F\xE6a<\xF7V[\x81RPPPPP\x91\x90PV[a\x0F\xFAa:\xF9V[a\x10\x02a:\xF9V[`\x06`\x08\x81`@Q\x80a\x01\xE0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x04\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x08\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x12\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81R` \x01`\x01\x82\x01`\x13\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16`\xFF\x16\x81R` \x01`\x01\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81RPP\x91P\x80`@Q\x80a\x01\xE0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x04\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x08\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x12\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81R` \x01`\x01\x82\x01`\x13\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16`\xFF\x16\x81R` \x01`\x01\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81RPP\x90P\x91P\x91P\x90\x91V[a\x14\\a\x19GV[a\n\xA5_a)BV[`\x01T3\x90`\x01`\x01`\xA0\x1B\x03\x16\x81\x14a\x14\x9DW`@Qc\x11\x8C\xDA\xA7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x06\x82V[a\x06?\x81a)BV[_T`\x01`\x01`\xA0\x1B\x03\x163\x14\x80\x15\x90a\x14\xCBWP`\x02T`\x01`\x01`\xA0\x1B\x03\x163\x14\x15[\x15a\x14\xEBW`@Qck\x18\x83\xF3`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x06\x82V[a\n\xA5a)[V[a\x14\xFBa\x19GV[a\x06?\x81a)\x9EV[`\x0BT``\x90\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x15#Wa\x15#aD%V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x15LW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x91P_[\x81\x81\x10\x15a\x15\xBBW`\x0B\x81\x81T\x81\x10a\x15lWa\x15laAXV[\x90_R` _ \x90`\x08\x91\x82\x82\x04\x01\x91\x90\x06`\x04\x02\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x83\x82\x81Q\x81\x10a\x15\xA8Wa\x15\xA8aAXV[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a\x15QV[PP\x90V[_`\n\x82a\xFF\xFF\x16\x81T\x81\x10a\x15\xD8Wa\x15\xD8aAXV[_\x91\x82R` \x90\x91 \x01T`\x01`\x01`\xA0\x1B\x03\x16\x92\x91PPV[a\x15\xFAa\x19GV[a\x16\x04\x82\x82a)\xE7V[PPV[_\x81`\x01`\x01`\xA0\x1B\x03\x16;_\x03a\x16!WP_\x91\x90PV[`@\x80Q`\x04\x81R`$\x81\x01\x82R` \x81\x01\x80Q`\x01`\x01`\xE0\x1B\x03\x16c\n[\xFA\x07`\xE0\x1B\x17\x90R\x90Q_\x91\x82\x91`\x01`\x01`\xA0\x1B\x03\x86\x16\x91a\x16c\x91aD9V[_`@Q\x80\x83\x03\x81\x85Z\xFA\x91PP=\x80_\x81\x14a\x16\x9BW`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\x16\xA0V[``\x91P[P\x91P\x91P\x81\x15\x80a\x16\xB4WP\x80Q` \x14\x15[\x15a\x16\xC2WP_\x93\x92PPPV[_\x81\x80` \x01\x90Q\x81\x01\x90a\x16\xD7\x91\x90aD\x0EV[\x90P\x80\x15\x80\x15\x90a\x16\xEEWP`\x05Ta\xFF\xFF\x16\x81\x11\x15[\x80\x15a\x17\x15WP_\x81\x81R`\x0C` R`@\x90 `\x02\x01T`\x01`\x01`\xA0\x1B\x03\x86\x81\x16\x91\x16\x14[\x95\x94PPPPPV[a\x17&a\x19GV[a\x17La\x1786\x84\x90\x03\x84\x01\x84aDyV[a\x17G6\x84\x90\x03\x84\x01\x84aDyV[a+OV[a\x17\\`\x80\x83\x01``\x84\x01aE\xA2V[`\x02Tc\xFF\xFF\xFF\xFF\x91\x82\x16`\x01`\xD0\x1B\x90\x91\x04\x90\x91\x16\x10a\x16\x04W`@Qc:\xFB,\x7F`\xE1\x1B\x81R` `\x04\x82\x01R`\x0B`$\x82\x01Rj\x0C\xAE\r\xECm\t\x8C\xAD\xCC\xEE\x8D`\xAB\x1B`D\x82\x01R`d\x01a\x06\x82V[a\x17\xB6a\x19GV[a\x06?\x81a5\xDEV[a\x06?\x81a\x1A\x9AV[_a\x17\xD1a\x19GV[a\x17\xDA\x82a6uV[\x90P[\x91\x90PV[a\x17\xEAa\x19GV[_a\x17\xF4\x82a\x19\xC6V[`\x02\x01T`@Q_\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x91P\x82\x90\x7Fj\x8F&\x01\xBC\x18\xD0\xDFd&\x81\x8Ak\xE2\xA5\x03\xCB\xA1\x1F\x02\xA9Z\xB3c\xECp\x0E\xAB\x8A\x9F/\x1C\x90` \x01`@Q\x80\x91\x03\x90\xA2`@Qc\x05\xB0\xE2\xCF`\xE2\x1B\x81R_`\x04\x82\x01R`\x01`\x01`\xA0\x1B\x03\x82\x16\x90c\x16\xC3\x8B<\x90`$\x01a\x0B\x94V[a\x18na\x19GV[`\x05\x80T\x82\x15\x15`\x01`\xB0\x1B\x02`\xFF`\xB0\x1B\x19\x90\x91\x16\x17\x90U`@Q\x7F+\xC2\xB9\xDF\xD3\xF9<\\\xF5\x98x\x0C\x8B3\xA5\x97\xBF/\x99\xB0\x9CO\x1A$\xB4\x9C\xAE\xF7\xFE57q\x90a\x18\xBB\x90\x83\x15\x15\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA1PV[a\x18\xCEa\x19GV[a\x06?\x81a8FV[a\x18\xDFa\x19GV[`\x01\x80T`\x01`\x01`\xA0\x1B\x03\x83\x16`\x01`\x01`\xA0\x1B\x03\x19\x90\x91\x16\x81\x17\x90\x91Ua\x19\x0F_T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x7F8\xD1k\x8C\xAC\"\xD9\x9F\xC7\xC1$\xB9\xCD\r\xE2\xD3\xFA\x1F\xAE\xF4 \xBF\xE7\x91\xD8\xC3b\xD7e\xE2'\0`@Q`@Q\x80\x91\x03\x90\xA3PV[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\n\xA5W`@Qc\x11\x8C\xDA\xA7`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x06\x82V[`\x05\x80Tb\x01\0\0`\x01`\xB0\x1B\x03\x19\x16b\x01\0\0`\x01`\x01`\xA0\x1B\x03\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x7F\xF1\xA2\x96\x89k> p\r\xC8J\xD1\xEEH\xEE}\xB6]o\x19\xA3\x05p\xF8\xA2\x1F~\xFDh\xC46\xCF\x90_\x90\xA2PV[_\x81\x81R`\x0C` R`@\x90 `\x02\x81\x01T`\x01`\x01`\xA0\x1B\x03\x16a\x17\xDDW`@Qc\x12/\x9D\xD5`\xE1\x1B\x81R`\x04\x81\x01\x83\x90R`$\x01a\x06\x82V[`\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16\x15a\n\xA5W`@Qc\xD9<\x06e`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x1A4a8\xD1V[a\n\xA5`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0[\x90a9\x11V[\x80\x80\x15\x80a\x1AoWP` \x81\x11[\x15a\x1A\x94W\x83\x81` `@QcC}H{`\xE1\x1B\x81R`\x04\x01a\x06\x82\x93\x92\x91\x90aE\xBBV[PPPPV[_`\x06`@Q\x80a\x01\xE0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x04\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x08\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x12\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81R` \x01`\x01\x82\x01`\x13\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16`\xFF\x16\x81R` \x01`\x01\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81RPP\x90P_`\x08`@Q\x80a\x01\xE0\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x04\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x08\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0C\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x12\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81R` \x01`\x01\x82\x01`\x13\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16`\xFF\x16\x81R` \x01`\x01\x82\x01`\x16\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81RPP\x90Pa\x1FF`@Q\x80`@\x01`@R\x80`\x0C\x81R` \x01k\x1BZ[\x93Z[\x99\\\x90\x9B\xDB\x99`\xA2\x1B\x81RP\x84_\x01` \x81\x01\x90a\x1F\x1E\x91\x90aE\xDFV[`\x01`\x01``\x1B\x03\x16\x84_\x01Q`\x01`\x01``\x1B\x03\x16\x84_\x01Q`\x01`\x01``\x1B\x03\x16a9\x18V[a\x1F\xAF`@Q\x80`@\x01`@R\x80`\x10\x81R` \x01o\x1BZ[\x95\x98[\x1AY\x18]\x1B\xDC\x90\x9B\xDB\x99`\x82\x1B\x81RP\x84` \x01` \x81\x01\x90a\x1F\x85\x91\x90aE\xDFV[`\x01`\x01``\x1B\x03\x16\x84` \x01Q`\x01`\x01``\x1B\x03\x16\x84` \x01Q`\x01`\x01``\x1B\x03\x16a9\x18V[`@\x80Q\x80\x82\x01\x82R`\x0B\x81Rj\x1D\x18\\\xDA\xD5\x1A[Y[\xDD]`\xAA\x1B` \x82\x01Ra \x05\x91a\x1F\xE4\x90``\x87\x01\x90\x87\x01aE\xA2V[c\xFF\xFF\xFF\xFF\x16\x84`@\x01Qc\xFF\xFF\xFF\xFF\x16\x84`@\x01Qc\xFF\xFF\xFF\xFF\x16a9\x18V[`@\x80Q\x80\x82\x01\x90\x91R`\x0B\x81Rj\x0C\xAE\r\xECm\t\x8C\xAD\xCC\xEE\x8D`\xAB\x1B` \x82\x01Ra \\\x90a ;`\x80\x86\x01``\x87\x01aE\xA2V[c\xFF\xFF\xFF\xFF\x16\x84``\x01Qc\xFF\xFF\xFF\xFF\x16\x84``\x01Qc\xFF\xFF\xFF\xFF\x16a9\x18V[`@\x80Q\x80\x82\x01\x90\x91R`\x0E\x81Rm\x1A[[][\x9A]\x1ET\x19\\\x9A[\xD9`\x92\x1B` \x82\x01Ra \xB6\x90a \x95`\xA0\x86\x01`\x80\x87\x01aE\xA2V[c\xFF\xFF\xFF\xFF\x16\x84`\x80\x01Qc\xFF\xFF\xFF\xFF\x16\x84`\x80\x01Qc\xFF\xFF\xFF\xFF\x16a9\x18V[`@\x80Q\x80\x82\x01\x90\x91R`\x0E\x81RmunbondingDelay`\x90\x1B` \x82\x01Ra!\x10\x90a \xEF`\xC0\x86\x01`\xA0\x87\x01aE\xA2V[c\xFF\xFF\xFF\xFF\x16\x84`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x84`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16a9\x18V[`@\x80Q\x80\x82\x01\x90\x91R`\x0C\x81RkrevealWindow`\xA0\x1B` \x82\x01Ra!h\x90a!G`\xE0\x86\x01`\xC0\x87\x01aE\xA2V[c\xFF\xFF\xFF\xFF\x16\x84`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x84`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16a9\x18V[`@\x80Q\x80\x82\x01\x90\x91R`\x0F\x81RnslashingRateBps`\x88\x1B` \x82\x01Ra!\xBE\x90a!\xA3a\x01\0\x86\x01`\xE0\x87\x01a<\xB0V[a\xFF\xFF\x16\x84`\xE0\x01Qa\xFF\xFF\x16\x84`\xE0\x01Qa\xFF\xFF\x16a9\x18V[`@\x80Q\x80\x82\x01\x90\x91R`\x08\x81RgmaxSlots`\xC0\x1B` \x82\x01Ra\"\x10\x90a!\xF3a\x01 \x86\x01a\x01\0\x87\x01a<\xB0V[a\xFF\xFF\x16\x84a\x01\0\x01Qa\xFF\xFF\x16\x84a\x01\0\x01Qa\xFF\xFF\x16a9\x18V[`@\x80Q\x80\x82\x01\x90\x91R`\r\x81RlmaxValidators`\x98\x1B` \x82\x01Ra\"g\x90a\"Ja\x01@\x86\x01a\x01 \x87\x01a<\xB0V[a\xFF\xFF\x16\x84a\x01 \x01Qa\xFF\xFF\x16\x84a\x01 \x01Qa\xFF\xFF\x16a9\x18V[`@\x80Q\x80\x82\x01\x90\x91R`\x08\x81RgkappaBps`\xC0\x1B` \x82\x01Ra\"\xB9\x90a\"\x9Ca\x01\x80\x86\x01a\x01`\x87\x01a<\xB0V[a\xFF\xFF\x16\x84a\x01`\x01Qa\xFF\xFF\x16\x84a\x01`\x01Qa\xFF\xFF\x16a9\x18V[`@\x80Q\x80\x82\x01\x90\x91R`\x0B\x81Rj\x1C\xDD\x1C\x9AZ\xD9S\x1A[Z]`\xAA\x1B` \x82\x01Ra#\x0B\x90a\"\xF1a\x01\xA0\x86\x01a\x01\x80\x87\x01aE\xF8V[`\xFF\x16\x84a\x01\x80\x01Q`\xFF\x16\x84a\x01\x80\x01Q`\xFF\x16a9\x18V[`@\x80Q\x80\x82\x01\x90\x91R`\r\x81RltrustFloorBps`\x98\x1B` \x82\x01Ra#b\x90a#Ea\x01\xC0\x86\x01a\x01\xA0\x87\x01a<\xB0V[a\xFF\xFF\x16\x84a\x01\xA0\x01Qa\xFF\xFF\x16\x84a\x01\xA0\x01Qa\xFF\xFF\x16a9\x18V[`@\x80Q\x80\x82\x01\x90\x91R`\x10\x81Ro\x18\xDB\x1B\xDC\xD9Q\xDC\x98X\xD9T\x19\\\x9A[\xD9`\x82\x1B` \x82\x01Ra#\xC2\x90a#\x9Fa\x01\xE0\x86\x01a\x01\xC0\x87\x01aE\xA2V[c\xFF\xFF\xFF\xFF\x16\x84a\x01\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x84a\x01\xC0\x01Qc\xFF\xFF\xFF\xFF\x16a9\x18V[\x81a\x01@\x01Q\x80\x15a#\xE3WPa#\xE1a\x01`\x84\x01a\x01@\x85\x01a@uV[\x15[\x15a$4W`@Qc\x90\xAF\xEC\xF3`\xE0\x1B\x81R`\x80`\x04\x82\x01R`\x0C`\x84\x82\x01Rk\x18\xDB\xDB[Z]\x14\x99]\x99X[`\xA2\x1B`\xA4\x82\x01R_`$\x82\x01R`\x01`D\x82\x01\x81\x90R`d\x82\x01R`\xC4\x01a\x06\x82V[a$Fa\x01 \x84\x01a\x01\0\x85\x01a<\xB0V[a\xFF\xFF\x16a$\\a\x01@\x85\x01a\x01 \x86\x01a<\xB0V[a\xFF\xFF\x16\x10a$~W`@Qcy\x1E\xACe`\xE1\x1B\x81R`\x04\x01a\x06\x82\x90aF\x11V[a$\x8E`\x80\x84\x01``\x85\x01aE\xA2V[c\xFF\xFF\xFF\xFF\x16a$\xA4`\xE0\x85\x01`\xC0\x86\x01aE\xA2V[c\xFF\xFF\xFF\xFF\x16\x10a$\xE7W`@Qcy\x1E\xACe`\xE1\x1B\x81R` `\x04\x82\x01R`\x0C`$\x82\x01RkrevealWindow`\xA0\x1B`D\x82\x01R`d\x01a\x06\x82V[a$\xF9a\x01`\x84\x01a\x01@\x85\x01a@uV[\x80\x15a%\x18WPa%\x10`\xE0\x84\x01`\xC0\x85\x01aE\xA2V[c\xFF\xFF\xFF\xFF\x16\x15[\x15a%UW`@Qcy\x1E\xACe`\xE1\x1B\x81R` `\x04\x82\x01R`\x0C`$\x82\x01RkrevealWindow`\xA0\x1B`D\x82\x01R`d\x01a\x06\x82V[PPPV[`\x0BT`\x02T_\x91\x82\x91`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16\x81\x10a%\x9EW`\x02T`@Qc\x04\xF8\x085`\xE0\x1B\x81R`\x01`\xA0\x1B\x90\x91\x04a\xFF\xFF\x16`\x04\x82\x01R`$\x01a\x06\x82V[`\nT_\x81\x90\x03a%\xC2W`@Qc\x18\xCE\x8B\x95`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a%\xCD`\x01\x82aAEV[\x92Pa&\x02`\n\x84a\xFF\xFF\x16\x81T\x81\x10a%\xE9Wa%\xE9aAXV[_\x91\x82R` \x90\x91 \x01T`\x01`\x01`\xA0\x1B\x03\x16a9KV[`@\x80Qa\x01\0` `\x1F\x8C\x01\x81\x90\x04\x02\x82\x01\x81\x01\x90\x92R`\xE0\x81\x01\x8A\x81R\x92\x96P\x91\x82\x91\x8B\x90\x8B\x90\x81\x90\x85\x01\x83\x82\x80\x82\x847_\x92\x01\x91\x90\x91RPPP\x90\x82RP`@\x80Q` `\x1F\x8A\x01\x81\x90\x04\x81\x02\x82\x01\x81\x01\x90\x92R\x88\x81R\x91\x81\x01\x91\x90\x89\x90\x89\x90\x81\x90\x84\x01\x83\x82\x80\x82\x847_\x92\x01\x82\x90RP\x93\x85RPPP`\x01`\x01`\xA0\x1B\x03\x87\x16` \x80\x84\x01\x91\x90\x91Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFB\x16`@\x80\x85\x01\x91\x90\x91Ra\xFF\xFF\x80\x89\x16``\x86\x01R`\x01`\x80\x86\x01R\x87\x16`\xA0\x90\x94\x01\x93\x90\x93R\x8C\x82R`\x0C\x90R \x81Q\x81\x90a&\xD6\x90\x82aF\x83V[P` \x82\x01Q`\x01\x82\x01\x90a&\xEB\x90\x82aF\x83V[P`@\x82\x01Q`\x02\x82\x01\x80T``\x85\x01Q`\x80\x86\x01Q`\xA0\x87\x01Q`\x01`\x01`\xA0\x1B\x03\x90\x95\x16`\x01`\x01`\xE0\x1B\x03\x19\x90\x93\x16\x92\x90\x92\x17`\x01`\xA0\x1Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x02\x17b\xFF\xFF\xFF`\xE0\x1B\x19\x16`\x01`\xE0\x1Ba\xFF\xFF\x92\x83\x16\x02`\xFF`\xF0\x1B\x19\x16\x17`\x01`\xF0\x1B\x93\x15\x15\x93\x90\x93\x02\x92\x90\x92\x17\x90U`\xC0\x90\x92\x01Q`\x03\x90\x91\x01\x80Ta\xFF\xFF\x19\x16\x91\x90\x92\x16\x17\x90UPP`\x0B\x80T`\x01\x81\x01\x82U_\x91\x90\x91R\x7F\x01u\xB7\xA68Bw\x03\xF0\xDB\xE7\xBB\x9B\xBF\x98z%Qq{4\xE7\x9F3\xB5\xB1\0\x8D\x1F\xA0\x1D\xB9`\x08\x82\x04\x01\x80T`\x07\x90\x92\x16`\x04\x02a\x01\0\nc\xFF\xFF\xFF\xFF\x81\x81\x02\x19\x90\x93\x16\x99\x90\x92\x16\x91\x90\x91\x02\x97\x90\x97\x17\x90\x96U\x95\x93PPPPV[a'\xF5\x84\x84\x84\x84`\x01a9VV[a\x1A\x94W`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x06\x82V[a\n\xA5_\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a\x1A[V[a(Oa9\xC3V[`\x01\x80T`\xFF`\xA0\x1B\x19\x16\x90U\x7F]\xB9\xEE\nI[\xF2\xE6\xFF\x9C\x91\xA7\x83L\x1B\xA4\xFD\xD2D\xA5\xE8\xAANS{\xD3\x8A\xEA\xE4\xB0s\xAA3[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01`@Q\x80\x91\x03\x90\xA1V[a\x04\0\x81a\xFF\xFF\x16\x11\x15a(\xF2W`@Qc\x07'\x92\xDB`\xE2\x1B\x81R```\x04\x82\x01R`\n`d\x82\x01RimaxSubnets`\xB0\x1B`\x84\x82\x01Ra\xFF\xFF\x82\x16`$\x82\x01Ra\x04\0`D\x82\x01R`\xA4\x01a\x06\x82V[`\x02\x80Ta\xFF\xFF`\xA0\x1B\x19\x16`\x01`\xA0\x1Ba\xFF\xFF\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81R\x7F\xABg,\xACN\x9C\r>\xC9\x0B%\xADbxt%\xB1\xD6\xF2[\xB9\xC8\xA7\xD6\xD1\xF9\x8C\xE1d\xB7~W\x90` \x01a\x18\xBBV[`\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16\x90Ua\x06?\x81a9\xEDV[a)ca\x1A\x01V[`\x01\x80T`\xFF`\xA0\x1B\x19\x16`\x01`\xA0\x1B\x17\x90U\x7Fb\xE7\x8C\xEA\x01\xBE\xE3 \xCDNB\x02p\xB5\xEAt\0\r\x11\xB0\xC9\xF7GT\xEB\xDB\xFCTK\x05\xA2Xa(\x7F3\x90V[`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F\xE6\xC0\x9F\xFEEr\xDC\x9C\xEA\xA5\xDD\xDEJ\xE4\x1B\xEF\xA6U\xD6\xFD\xFE\x80R\x07z\xF0\x97\x0Fp\x0E\x94.\x90_\x90\xA2PV[b'\x8D\0\x82c\xFF\xFF\xFF\xFF\x16\x11\x15a*OW`@Qc\x07'\x92\xDB`\xE2\x1B\x81R```\x04\x82\x01R`\x16`d\x82\x01Ru4<\xB82\xB980\xB90\xB6\xB2\xBA2\xB9!\xB7\xB7\xB627\xBB\xB7`Q\x1B`\x84\x82\x01Rc\xFF\xFF\xFF\xFF\x83\x16`$\x82\x01Rb'\x8D\0`D\x82\x01R`\xA4\x01a\x06\x82V[`\x06Tc\xFF\xFF\xFF\xFF`\x01`\xE0\x1B\x90\x91\x04\x81\x16\x90\x82\x16\x81\x11a*\xD1W\x81a*v`\x01\x83aAEV[`@Qc\x07'\x92\xDB`\xE2\x1B\x81R```\x04\x82\x01R`\x1A`d\x82\x01R\x7FhyperparameterFreezeWindow\0\0\0\0\0\0`\x84\x82\x01Rc\xFF\xFF\xFF\xFF\x90\x92\x16`$\x83\x01R`D\x82\x01R`\xA4\x01a\x06\x82V[`\x02\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1Bc\xFF\xFF\xFF\xFF\x86\x81\x16\x91\x82\x02c\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x16\x92\x90\x92\x17`\x01`\xD0\x1B\x92\x86\x16\x92\x83\x02\x17\x90\x92U`@\x80Q\x92\x83R` \x83\x01\x91\x90\x91R\x7F\n\xA6\xF6\xB1f\xD7v5-l\xD4\xD2\x03>y/\xF6\x17p\x12\xAB\xFF\xFA\x08\x17-\x9D\xDBp'2D\x91\x01`@Q\x80\x91\x03\x90\xA1PPPV[a+\x96`@Q\x80`@\x01`@R\x80`\x0C\x81R` \x01k\x1BZ[\x93Z[\x99\\\x90\x9B\xDB\x99`\xA2\x1B\x81RP\x83_\x01Q`\x01`\x01``\x1B\x03\x16\x83_\x01Q`\x01`\x01``\x1B\x03\x16a:<V[a+\xE3`@Q\x80`@\x01`@R\x80`\x10\x81R` \x01o\x1BZ[\x95\x98[\x1AY\x18]\x1B\xDC\x90\x9B\xDB\x99`\x82\x1B\x81RP\x83` \x01Q`\x01`\x01``\x1B\x03\x16\x83` \x01Q`\x01`\x01``\x1B\x03\x16a:<V[a,%`@Q\x80`@\x01`@R\x80`\x0B\x81R` \x01j\x1D\x18\\\xDA\xD5\x1A[Y[\xDD]`\xAA\x1B\x81RP\x83`@\x01Qc\xFF\xFF\xFF\xFF\x16\x83`@\x01Qc\xFF\xFF\xFF\xFF\x16a:<V[a,g`@Q\x80`@\x01`@R\x80`\x0B\x81R` \x01j\x0C\xAE\r\xECm\t\x8C\xAD\xCC\xEE\x8D`\xAB\x1B\x81RP\x83``\x01Qc\xFF\xFF\xFF\xFF\x16\x83``\x01Qc\xFF\xFF\xFF\xFF\x16a:<V[a,\xAC`@Q\x80`@\x01`@R\x80`\x0E\x81R` \x01m\x1A[[][\x9A]\x1ET\x19\\\x9A[\xD9`\x92\x1B\x81RP\x83`\x80\x01Qc\xFF\xFF\xFF\xFF\x16\x83`\x80\x01Qc\xFF\xFF\xFF\xFF\x16a:<V[a,\xF1`@Q\x80`@\x01`@R\x80`\x0E\x81R` \x01munbondingDelay`\x90\x1B\x81RP\x83`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x83`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16a:<V[a-4`@Q\x80`@\x01`@R\x80`\x0C\x81R` \x01krevealWindow`\xA0\x1B\x81RP\x83`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x83`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16a:<V[a-v`@Q\x80`@\x01`@R\x80`\x0F\x81R` \x01nslashingRateBps`\x88\x1B\x81RP\x83`\xE0\x01Qa\xFF\xFF\x16\x83`\xE0\x01Qa\xFF\xFF\x16a:<V[a-\xB3`@Q\x80`@\x01`@R\x80`\x08\x81R` \x01gmaxSlots`\xC0\x1B\x81RP\x83a\x01\0\x01Qa\xFF\xFF\x16\x83a\x01\0\x01Qa\xFF\xFF\x16a:<V[a-\xF5`@Q\x80`@\x01`@R\x80`\r\x81R` \x01lmaxValidators`\x98\x1B\x81RP\x83a\x01 \x01Qa\xFF\xFF\x16\x83a\x01 \x01Qa\xFF\xFF\x16a:<V[a.2`@Q\x80`@\x01`@R\x80`\x08\x81R` \x01gkappaBps`\xC0\x1B\x81RP\x83a\x01`\x01Qa\xFF\xFF\x16\x83a\x01`\x01Qa\xFF\xFF\x16a:<V[a.p`@Q\x80`@\x01`@R\x80`\x0B\x81R` \x01j\x1C\xDD\x1C\x9AZ\xD9S\x1A[Z]`\xAA\x1B\x81RP\x83a\x01\x80\x01Q`\xFF\x16\x83a\x01\x80\x01Q`\xFF\x16a:<V[a.\xB2`@Q\x80`@\x01`@R\x80`\r\x81R` \x01ltrustFloorBps`\x98\x1B\x81RP\x83a\x01\xA0\x01Qa\xFF\xFF\x16\x83a\x01\xA0\x01Qa\xFF\xFF\x16a:<V[a.\xFB`@Q\x80`@\x01`@R\x80`\x10\x81R` \x01o\x18\xDB\x1B\xDC\xD9Q\xDC\x98X\xD9T\x19\\\x9A[\xD9`\x82\x1B\x81RP\x83a\x01\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x83a\x01\xC0\x01Qc\xFF\xFF\xFF\xFF\x16a:<V[a\x13\x88\x82a\x01`\x01Qa\xFF\xFF\x16\x10\x80a/\x1EWPa'\x10\x81a\x01`\x01Qa\xFF\xFF\x16\x11[\x15a/WW`@Qc:\xFB,\x7F`\xE1\x1B\x81R` `\x04\x82\x01R`\x08`$\x82\x01RgkappaBps`\xC0\x1B`D\x82\x01R`d\x01a\x06\x82V[\x81a\x01\x80\x01Q`\xFF\x16_\x03a/\x9DW`@Qc:\xFB,\x7F`\xE1\x1B\x81R` `\x04\x82\x01R`\x0B`$\x82\x01Rj\x1C\xDD\x1C\x9AZ\xD9S\x1A[Z]`\xAA\x1B`D\x82\x01R`d\x01a\x06\x82V[a'\x10\x81a\x01\xA0\x01Qa\xFF\xFF\x16\x11\x15a/\xE9W`@Qc:\xFB,\x7F`\xE1\x1B\x81R` `\x04\x82\x01R`\r`$\x82\x01RltrustFloorBps`\x98\x1B`D\x82\x01R`d\x01a\x06\x82V[`\x80\x81a\x01 \x01Qa\xFF\xFF\x16\x11\x15a0\x14W`@Qc:\xFB,\x7F`\xE1\x1B\x81R`\x04\x01a\x06\x82\x90aF\x11V[\x81``\x01Qc\xFF\xFF\xFF\xFF\x16_\x03a0\\W`@Qc:\xFB,\x7F`\xE1\x1B\x81R` `\x04\x82\x01R`\x0B`$\x82\x01Rj\x0C\xAE\r\xECm\t\x8C\xAD\xCC\xEE\x8D`\xAB\x1B`D\x82\x01R`d\x01a\x06\x82V[a'\x10\x81`\xE0\x01Qa\xFF\xFF\x16\x11\x15a0\xA9W`@Qc:\xFB,\x7F`\xE1\x1B\x81R` `\x04\x82\x01R`\x0F`$\x82\x01RnslashingRateBps`\x88\x1B`D\x82\x01R`d\x01a\x06\x82V[`\x02\x82a\x01\0\x01Qa\xFF\xFF\x16\x10\x80a0\xCBWPa\x04\0\x81a\x01\0\x01Qa\xFF\xFF\x16\x11[\x15a1\x04W`@Qc:\xFB,\x7F`\xE1\x1B\x81R` `\x04\x82\x01R`\x08`$\x82\x01RgmaxSlots`\xC0\x1B`D\x82\x01R`d\x01a\x06\x82V[\x81a\x01 \x01Qa\xFF\xFF\x16_\x03a1-W`@Qc:\xFB,\x7F`\xE1\x1B\x81R`\x04\x01a\x06\x82\x90aF\x11V[\x81`\x06_\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x0Ca\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\x80\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01`\x04a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x08a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x01\x01`\x0Ca\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x01\x01`\x0Ea\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01@\x82\x01Q\x81`\x01\x01`\x12a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UPa\x01`\x82\x01Q\x81`\x01\x01`\x13a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\x80\x82\x01Q\x81`\x01\x01`\x15a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UPa\x01\xA0\x82\x01Q\x81`\x01\x01`\x16a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\xC0\x82\x01Q\x81`\x01\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x90PP\x80`\x08_\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x0Ca\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\x1Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\x80\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01`\x04a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x08a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x01\x01`\x0Ca\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x01\x01`\x0Ea\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01@\x82\x01Q\x81`\x01\x01`\x12a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UPa\x01`\x82\x01Q\x81`\x01\x01`\x13a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\x80\x82\x01Q\x81`\x01\x01`\x15a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UPa\x01\xA0\x82\x01Q\x81`\x01\x01`\x16a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UPa\x01\xC0\x82\x01Q\x81`\x01\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x90PP\x7F=\xE8\x8EZ\xF7\xD9\xBFX\xACO\xA9_+\xBE\xED\xAD\x1C\xA7\xAD\r\xD9\xD1JZ\xA7Pkt\xFA\xA9\xA9\xC3\x82\x82`@Qa5\xD2\x92\x91\x90a?|V[`@Q\x80\x91\x03\x90\xA1PPV[j\x08E\x95\x16\x14\x01HJ\0\0\0\x81\x11\x15a6@W`@Qc\x07'\x92\xDB`\xE2\x1B\x81R```\x04\x82\x01R`\x0B`d\x82\x01RjcreationFee`\xA8\x1B`\x84\x82\x01R`$\x81\x01\x82\x90Rj\x08E\x95\x16\x14\x01HJ\0\0\0`D\x82\x01R`\xA4\x01a\x06\x82V[`\x04\x81\x90U`@Q\x81\x81R\x7Fe\xCFD\xD7\xC3\xDC\x10T\x9F2*\xFB\xE7E\xB2\xA5i\xE6\xE2\xA1w\xF9FWI\xA3\x93\xAF\xBC\x9C5O\x90` \x01a\x18\xBBV[_`\x01`\x01`\xA0\x1B\x03\x82\x16;\x15\x80a6\xFEWP0`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16c{\x109\x99`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a6\xCEW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a6\xF2\x91\x90aC\xF3V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x80a7\x9AWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16c\xA6\xF7?\xAB`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a7jW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a7\x8E\x91\x90aC\xF3V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x15a7\xC3W`@Qc\x0Cv\t7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x06\x82V[P`\n\x80T`\x01\x81\x01\x82U_\x91\x82R\x7F\xC6Z{\xB8\xD65\x1C\x1C\xF7\x0C\x95\xA3\x16\xCCj\x92\x83\x9C\x98f\x82\xD9\x8B\xC3_\x95\x8FH\x83\xF9\xD2\xA8\x81\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x85\x16\x90\x81\x17\x90\x91U`@Q\x91\x92\x90\x91a\xFF\xFF\x84\x16\x91\x7F\xA1\xD7g\xD0\x9Dw\x8F\xB5\xEB\x8C\x92\xAFK\x15\xC7\xCC\xBF\xAAe\x0Fx\xD4/\xD59AY\x80<\xBBv)\x91\xA3\x91\x90PV[`\x01`\x01`\xA0\x1B\x03\x81\x16a8\x88W`@Qc\xEA\xC0\xD3\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x08`$\x82\x01Rgtreasury`\xC0\x1B`D\x82\x01R`d\x01a\x06\x82V[`\x03\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F<\x86EA\xEFq7\x8Cb)Q\x0E\xD9\x0F7ee\xEEB\xD9\xC5\xE0\x90J\x98J\x9E\x86>m\xB4O\x90_\x90\xA2PV[\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0\\\x15a\n\xA5W`@Qc>\xE5\xAE\xB5`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80\x82]PPV[\x81\x83\x10\x80a9%WP\x80\x83\x11[\x15a\x1A\x94W\x83\x83\x83\x83`@Qc\x90\xAF\xEC\xF3`\xE0\x1B\x81R`\x04\x01a\x06\x82\x94\x93\x92\x91\x90aG>V[_a\x17\xDA\x82_a:_V[`@Qc#\xB8r\xDD`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04R\x86\x16`$R`D\x85\x90R\x91` \x83`d\x81\x80\x8CZ\xF1\x92P`\x01_Q\x14\x83\x16a9\xB2W\x83\x83\x15\x16\x15a9\xA6W=_\x82>=\x81\xFD[_\x88;\x11=\x15\x16\x83\x16\x92P[`@RP_``R\x95\x94PPPPPV[`\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16a\n\xA5W`@Qc\x8D\xFC +`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x01`\x01`\xA0\x1B\x03\x19\x83\x16\x81\x17\x84U`@Q\x91\x90\x92\x16\x92\x83\x91\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x91\x90\xA3PPV[\x80\x82\x11\x15a%UW\x82`@Qc:\xFB,\x7F`\xE1\x1B\x81R`\x04\x01a\x06\x82\x91\x90a>\x0EV[_\x81G\x10\x15a:\x8AW`@Qc\xCFG\x91\x81`\xE0\x1B\x81RG`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x06\x82V[v=`-\x80`\n=9\x81\xF36==7===6=s\0\0\0\x83``\x1B`\xE8\x1C\x17_RnZ\xF4=\x82\x80>\x90=\x91`+W\xFD[\xF3\x83`x\x1B\x17` R`7`\t\x83\xF0\x90P`\x01`\x01`\xA0\x1B\x03\x81\x16a:\xF3W`@Qc\xB0n\xBF=`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x92\x91PPV[`@\x80Qa\x01\xE0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x82\x90Ra\x01`\x81\x01\x82\x90Ra\x01\x80\x81\x01\x82\x90Ra\x01\xA0\x81\x01\x82\x90Ra\x01\xC0\x81\x01\x91\x90\x91R\x90V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x06?W__\xFD[_` \x82\x84\x03\x12\x15a;\x98W__\xFD[\x815a;\xA3\x81a;tV[\x93\x92PPPV[_` \x82\x84\x03\x12\x15a;\xBAW__\xFD[P5\x91\x90PV[__\x83`\x1F\x84\x01\x12a;\xD1W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a;\xE8W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a;\xFFW__\xFD[\x92P\x92\x90PV[_a\x01\xE0\x82\x84\x03\x12\x15a<\x17W__\xFD[P\x91\x90PV[_____a\x02 \x86\x88\x03\x12\x15a<2W__\xFD[\x855g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a<HW__\xFD[a<T\x88\x82\x89\x01a;\xC1V[\x90\x96P\x94PP` \x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a<sW__\xFD[a<\x7F\x88\x82\x89\x01a;\xC1V[\x90\x94P\x92Pa<\x93\x90P\x87`@\x88\x01a<\x06V[\x90P\x92\x95P\x92\x95\x90\x93PV[\x805a\xFF\xFF\x81\x16\x81\x14a\x17\xDDW__\xFD[_` \x82\x84\x03\x12\x15a<\xC0W__\xFD[a;\xA3\x82a<\x9FV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`\x03\x81\x10a='WcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x90RV[` \x81R_\x82Qa\x01`` \x84\x01Ra=Ha\x01\x80\x84\x01\x82a<\xC9V[\x90P` \x84\x01Q`\x1F\x19\x84\x83\x03\x01`@\x85\x01Ra=e\x82\x82a<\xC9V[\x91PP`@\x84\x01Q``\x84\x01R``\x84\x01Qa=\x8C`\x80\x85\x01\x82`\x01`\x01`\xA0\x1B\x03\x16\x90RV[P`\x80\x84\x01Q`\x01`\x01`\xA0\x1B\x03\x81\x16`\xA0\x85\x01RP`\xA0\x84\x01Qa=\xB4`\xC0\x85\x01\x82a=\x0BV[P`\xC0\x84\x01Q\x80\x15\x15`\xE0\x85\x01RP`\xE0\x84\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x01\0\x85\x01RPa\x01\0\x84\x01Qa\xFF\xFF\x81\x16a\x01 \x85\x01RPa\x01 \x84\x01Qa\x01@\x84\x01Ra\x01@\x84\x01Qa\x01`\x84\x01R\x80\x91PP\x92\x91PPV[` \x81R_a;\xA3` \x83\x01\x84a<\xC9V[\x80Q`\x01`\x01``\x1B\x03\x16\x82R` \x81\x01Qa>G` \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[P`@\x81\x01Qa>_`@\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P``\x81\x01Qa>w``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x81\x01Qa>\x8F`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x81\x01Qa>\xA7`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x81\x01Qa>\xBF`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x81\x01Qa>\xD5`\xE0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\0\x81\x01Qa>\xEDa\x01\0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01 \x81\x01Qa?\x05a\x01 \x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01@\x81\x01Qa?\x1Ba\x01@\x84\x01\x82\x15\x15\x90RV[Pa\x01`\x81\x01Qa?3a\x01`\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\x80\x81\x01Qa?Ja\x01\x80\x84\x01\x82`\xFF\x16\x90RV[Pa\x01\xA0\x81\x01Qa?ba\x01\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01\xC0\x81\x01Qa%Ua\x01\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[a\x03\xC0\x81\x01a?\x8B\x82\x85a> V[a;\xA3a\x01\xE0\x83\x01\x84a> V[` \x80\x82R\x82Q\x82\x82\x01\x81\x90R_\x91\x84\x01\x90`@\x84\x01\x90\x83[\x81\x81\x10\x15a?\xD0W\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a?\xB2V[P\x90\x95\x94PPPPPV[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x17\xDDW__\xFD[__`@\x83\x85\x03\x12\x15a?\xFFW__\xFD[a@\x08\x83a?\xDBV[\x91Pa@\x16` \x84\x01a?\xDBV[\x90P\x92P\x92\x90PV[__a\x03\xC0\x83\x85\x03\x12\x15a@1W__\xFD[a@;\x84\x84a<\x06V[\x91Pa@\x16\x84a\x01\xE0\x85\x01a<\x06V[_a\x01\xE0\x82\x84\x03\x12\x15a@\\W__\xFD[a;\xA3\x83\x83a<\x06V[\x805\x80\x15\x15\x81\x14a\x17\xDDW__\xFD[_` \x82\x84\x03\x12\x15a@\x85W__\xFD[a;\xA3\x82a@fV[`\x01\x81\x81\x1C\x90\x82\x16\x80a@\xA2W`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a<\x17WcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[__\x83Ta@\xCD\x81a@\x8EV[`\x01\x82\x16\x80\x15a@\xE4W`\x01\x81\x14a@\xF9WaA&V[`\xFF\x19\x83\x16\x86R\x81\x15\x15\x82\x02\x86\x01\x93PaA&V[\x86_R` _ _[\x83\x81\x10\x15aA\x1EW\x81T\x88\x82\x01R`\x01\x90\x91\x01\x90` \x01aA\x02V[PP\x81\x86\x01\x93P[P\x91\x95\x94PPPPPV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x81\x81\x03\x81\x81\x11\x15a:\xF3Wa:\xF3aA1V[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[cNH{q`\xE0\x1B_R`1`\x04R`$_\xFD[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[\x81\x83R\x81\x81` \x85\x017P_\x82\x82\x01` \x90\x81\x01\x91\x90\x91R`\x1F\x90\x91\x01`\x1F\x19\x16\x90\x91\x01\x01\x90V[` \x81R_aA\xCA` \x83\x01\x84\x86aA\x8FV[\x94\x93PPPPV[_a\xFF\xFF\x82\x16a\xFF\xFF\x81\x03aA\xE9WaA\xE9aA1V[`\x01\x01\x92\x91PPV[\x805`\x01`\x01``\x1B\x03\x81\x16\x81\x14a\x17\xDDW__\xFD[\x805`\xFF\x81\x16\x81\x14a\x17\xDDW__\xFD[aB2\x82aB%\x83aA\xF2V[`\x01`\x01``\x1B\x03\x16\x90RV[aB>` \x82\x01aA\xF2V[`\x01`\x01``\x1B\x03\x16` \x83\x01RaBX`@\x82\x01a?\xDBV[c\xFF\xFF\xFF\xFF\x16`@\x83\x01RaBo``\x82\x01a?\xDBV[c\xFF\xFF\xFF\xFF\x16``\x83\x01RaB\x86`\x80\x82\x01a?\xDBV[c\xFF\xFF\xFF\xFF\x16`\x80\x83\x01RaB\x9D`\xA0\x82\x01a?\xDBV[c\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01RaB\xB4`\xC0\x82\x01a?\xDBV[c\xFF\xFF\xFF\xFF\x16`\xC0\x83\x01RaB\xCB`\xE0\x82\x01a<\x9FV[a\xFF\xFF\x16`\xE0\x83\x01RaB\xE1a\x01\0\x82\x01a<\x9FV[a\xFF\xFF\x16a\x01\0\x83\x01RaB\xF8a\x01 \x82\x01a<\x9FV[a\xFF\xFF\x16a\x01 \x83\x01RaC\x0Fa\x01@\x82\x01a@fV[\x15\x15a\x01@\x83\x01RaC$a\x01`\x82\x01a<\x9FV[a\xFF\xFF\x16a\x01`\x83\x01RaC;a\x01\x80\x82\x01aB\x08V[`\xFF\x16a\x01\x80\x83\x01RaCQa\x01\xA0\x82\x01a<\x9FV[a\xFF\xFF\x16a\x01\xA0\x83\x01RaCha\x01\xC0\x82\x01a?\xDBV[c\xFF\xFF\xFF\xFF\x81\x16a\x01\xC0\x84\x01RPPPV[\x83\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16` \x82\x01Ra\x02 \x81\x01aA\xCA`@\x83\x01\x84aB\x18V[a\x02`\x81R_aC\xB3a\x02`\x83\x01\x89\x8BaA\x8FV[\x82\x81\x03` \x84\x01RaC\xC6\x81\x88\x8AaA\x8FV[\x91PPa\xFF\xFF\x85\x16`@\x83\x01RaC\xE0``\x83\x01\x85aB\x18V[\x82a\x02@\x83\x01R\x98\x97PPPPPPPPV[_` \x82\x84\x03\x12\x15aD\x03W__\xFD[\x81Qa;\xA3\x81a;tV[_` \x82\x84\x03\x12\x15aD\x1EW__\xFD[PQ\x91\x90PV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[_\x82Q\x80` \x85\x01\x84^_\x92\x01\x91\x82RP\x91\x90PV[`@Qa\x01\xE0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15aDsWaDsaD%V[`@R\x90V[_a\x01\xE0\x82\x84\x03\x12\x80\x15aD\x8BW__\xFD[PaD\x94aDOV[aD\x9D\x83aA\xF2V[\x81RaD\xAB` \x84\x01aA\xF2V[` \x82\x01RaD\xBC`@\x84\x01a?\xDBV[`@\x82\x01RaD\xCD``\x84\x01a?\xDBV[``\x82\x01RaD\xDE`\x80\x84\x01a?\xDBV[`\x80\x82\x01RaD\xEF`\xA0\x84\x01a?\xDBV[`\xA0\x82\x01RaE\0`\xC0\x84\x01a?\xDBV[`\xC0\x82\x01RaE\x11`\xE0\x84\x01a<\x9FV[`\xE0\x82\x01RaE#a\x01\0\x84\x01a<\x9FV[a\x01\0\x82\x01RaE6a\x01 \x84\x01a<\x9FV[a\x01 \x82\x01RaEIa\x01@\x84\x01a@fV[a\x01@\x82\x01RaE\\a\x01`\x84\x01a<\x9FV[a\x01`\x82\x01RaEoa\x01\x80\x84\x01aB\x08V[a\x01\x80\x82\x01RaE\x82a\x01\xA0\x84\x01a<\x9FV[a\x01\xA0\x82\x01RaE\x95a\x01\xC0\x84\x01a?\xDBV[a\x01\xC0\x82\x01R\x93\x92PPPV[_` \x82\x84\x03\x12\x15aE\xB2W__\xFD[a;\xA3\x82a?\xDBV[``\x81R_aE\xCD``\x83\x01\x86a<\xC9V[` \x83\x01\x94\x90\x94RP`@\x01R\x91\x90PV[_` \x82\x84\x03\x12\x15aE\xEFW__\xFD[a;\xA3\x82aA\xF2V[_` \x82\x84\x03\x12\x15aF\x08W__\xFD[a;\xA3\x82aB\x08V[` \x80\x82R`\r\x90\x82\x01RlmaxValidators`\x98\x1B`@\x82\x01R``\x01\x90V[`\x1F\x82\x11\x15a%UW\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15aF]WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15aF|W_\x81U`\x01\x01aFiV[PPPPPV[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aF\x9DWaF\x9DaD%V[aF\xB1\x81aF\xAB\x84Ta@\x8EV[\x84aF8V[` `\x1F\x82\x11`\x01\x81\x14aF\xE3W_\x83\x15aF\xCCWP\x84\x82\x01Q[_\x19`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x84UaF|V[_\x84\x81R` \x81 `\x1F\x19\x85\x16\x91[\x82\x81\x10\x15aG\x12W\x87\x85\x01Q\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01aF\xF2V[P\x84\x82\x10\x15aG/W\x86\x84\x01Q_\x19`\x03\x87\x90\x1B`\xF8\x16\x1C\x19\x16\x81U[PPPP`\x01\x90\x81\x1B\x01\x90UPV[`\x80\x81R_aGP`\x80\x83\x01\x87a<\xC9V[` \x83\x01\x95\x90\x95RP`@\x81\x01\x92\x90\x92R``\x90\x91\x01R\x91\x90PV",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Config { address treasury; uint256 creationFee; uint16 maxSubnets; uint32 hyperparameterCooldown; uint32 hyperparameterFreezeWindow; Hyperparameters minBounds; Hyperparameters maxBounds; address guardian; address emissionWeights; address initialImplementation; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Config {
        #[allow(missing_docs)]
        pub treasury: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub creationFee: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maxSubnets: u16,
        #[allow(missing_docs)]
        pub hyperparameterCooldown: u32,
        #[allow(missing_docs)]
        pub hyperparameterFreezeWindow: u32,
        #[allow(missing_docs)]
        pub minBounds: <Hyperparameters as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub maxBounds: <Hyperparameters as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub guardian: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub emissionWeights: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub initialImplementation: alloy::sol_types::private::Address,
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
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            Hyperparameters,
            Hyperparameters,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U256,
            u16,
            u32,
            u32,
            <Hyperparameters as alloy::sol_types::SolType>::RustType,
            <Hyperparameters as alloy::sol_types::SolType>::RustType,
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
        impl ::core::convert::From<Config> for UnderlyingRustTuple<'_> {
            fn from(value: Config) -> Self {
                (
                    value.treasury,
                    value.creationFee,
                    value.maxSubnets,
                    value.hyperparameterCooldown,
                    value.hyperparameterFreezeWindow,
                    value.minBounds,
                    value.maxBounds,
                    value.guardian,
                    value.emissionWeights,
                    value.initialImplementation,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Config {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    treasury: tuple.0,
                    creationFee: tuple.1,
                    maxSubnets: tuple.2,
                    hyperparameterCooldown: tuple.3,
                    hyperparameterFreezeWindow: tuple.4,
                    minBounds: tuple.5,
                    maxBounds: tuple.6,
                    guardian: tuple.7,
                    emissionWeights: tuple.8,
                    initialImplementation: tuple.9,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Config {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Config {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.treasury,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.creationFee),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxSubnets),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(
                        &self.hyperparameterCooldown,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(
                        &self.hyperparameterFreezeWindow,
                    ),
                    <Hyperparameters as alloy_sol_types::SolType>::tokenize(
                        &self.minBounds,
                    ),
                    <Hyperparameters as alloy_sol_types::SolType>::tokenize(
                        &self.maxBounds,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.guardian,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.emissionWeights,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.initialImplementation,
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
        impl alloy_sol_types::SolType for Config {
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
        impl alloy_sol_types::SolStruct for Config {
            const NAME: &'static str = "Config";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Config(address treasury,uint256 creationFee,uint16 maxSubnets,uint32 hyperparameterCooldown,uint32 hyperparameterFreezeWindow,Hyperparameters minBounds,Hyperparameters maxBounds,address guardian,address emissionWeights,address initialImplementation)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                let mut components = alloy_sol_types::private::Vec::with_capacity(2);
                components
                    .push(
                        <Hyperparameters as alloy_sol_types::SolStruct>::eip712_root_type(),
                    );
                components
                    .extend(
                        <Hyperparameters as alloy_sol_types::SolStruct>::eip712_components(),
                    );
                components
                    .push(
                        <Hyperparameters as alloy_sol_types::SolStruct>::eip712_root_type(),
                    );
                components
                    .extend(
                        <Hyperparameters as alloy_sol_types::SolStruct>::eip712_components(),
                    );
                components
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.treasury,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.creationFee)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.maxSubnets)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.hyperparameterCooldown,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.hyperparameterFreezeWindow,
                        )
                        .0,
                    <Hyperparameters as alloy_sol_types::SolType>::eip712_data_word(
                            &self.minBounds,
                        )
                        .0,
                    <Hyperparameters as alloy_sol_types::SolType>::eip712_data_word(
                            &self.maxBounds,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.guardian,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.emissionWeights,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.initialImplementation,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Config {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.treasury,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.creationFee,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxSubnets,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.hyperparameterCooldown,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.hyperparameterFreezeWindow,
                    )
                    + <Hyperparameters as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.minBounds,
                    )
                    + <Hyperparameters as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxBounds,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.guardian,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.emissionWeights,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.initialImplementation,
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
                    &rust.treasury,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.creationFee,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    16,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxSubnets,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.hyperparameterCooldown,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.hyperparameterFreezeWindow,
                    out,
                );
                <Hyperparameters as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.minBounds,
                    out,
                );
                <Hyperparameters as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxBounds,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.guardian,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.emissionWeights,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.initialImplementation,
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
    /**Custom error with signature `FailedDeployment()` and selector `0xb06ebf3d`.
```solidity
error FailedDeployment();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FailedDeployment;
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
        impl ::core::convert::From<FailedDeployment> for UnderlyingRustTuple<'_> {
            fn from(value: FailedDeployment) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for FailedDeployment {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for FailedDeployment {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "FailedDeployment()";
            const SELECTOR: [u8; 4] = [176u8, 110u8, 191u8, 61u8];
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
    /**Custom error with signature `HyperparameterOutOfBounds(string,uint256,uint256,uint256)` and selector `0x90afecf3`.
```solidity
error HyperparameterOutOfBounds(string field, uint256 value, uint256 min, uint256 max);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct HyperparameterOutOfBounds {
        #[allow(missing_docs)]
        pub field: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub value: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub min: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub max: alloy::sol_types::private::primitives::aliases::U256,
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
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::String,
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
        impl ::core::convert::From<HyperparameterOutOfBounds>
        for UnderlyingRustTuple<'_> {
            fn from(value: HyperparameterOutOfBounds) -> Self {
                (value.field, value.value, value.min, value.max)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for HyperparameterOutOfBounds {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    field: tuple.0,
                    value: tuple.1,
                    min: tuple.2,
                    max: tuple.3,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for HyperparameterOutOfBounds {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "HyperparameterOutOfBounds(string,uint256,uint256,uint256)";
            const SELECTOR: [u8; 4] = [144u8, 175u8, 236u8, 243u8];
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
                        &self.field,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.value),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.min),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.max),
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
    /**Custom error with signature `InconsistentHyperparameters(string)` and selector `0xf23d58ca`.
```solidity
error InconsistentHyperparameters(string field);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InconsistentHyperparameters {
        #[allow(missing_docs)]
        pub field: alloy::sol_types::private::String,
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
        impl ::core::convert::From<InconsistentHyperparameters>
        for UnderlyingRustTuple<'_> {
            fn from(value: InconsistentHyperparameters) -> Self {
                (value.field,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for InconsistentHyperparameters {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { field: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InconsistentHyperparameters {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InconsistentHyperparameters(string)";
            const SELECTOR: [u8; 4] = [242u8, 61u8, 88u8, 202u8];
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
                        &self.field,
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
    /**Custom error with signature `InsufficientBalance(uint256,uint256)` and selector `0xcf479181`.
```solidity
error InsufficientBalance(uint256 balance, uint256 needed);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InsufficientBalance {
        #[allow(missing_docs)]
        pub balance: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub needed: alloy::sol_types::private::primitives::aliases::U256,
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
                (value.balance, value.needed)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InsufficientBalance {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    balance: tuple.0,
                    needed: tuple.1,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.needed),
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
    /**Custom error with signature `InvalidBounds(string)` and selector `0x75f658fe`.
```solidity
error InvalidBounds(string field);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidBounds {
        #[allow(missing_docs)]
        pub field: alloy::sol_types::private::String,
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
        impl ::core::convert::From<InvalidBounds> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidBounds) -> Self {
                (value.field,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidBounds {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { field: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidBounds {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidBounds(string)";
            const SELECTOR: [u8; 4] = [117u8, 246u8, 88u8, 254u8];
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
                        &self.field,
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
    /**Custom error with signature `InvalidImplementation(address)` and selector `0x0c760937`.
```solidity
error InvalidImplementation(address implementation);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidImplementation {
        #[allow(missing_docs)]
        pub implementation: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<InvalidImplementation> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidImplementation) -> Self {
                (value.implementation,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidImplementation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { implementation: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidImplementation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidImplementation(address)";
            const SELECTOR: [u8; 4] = [12u8, 118u8, 9u8, 55u8];
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
                        &self.implementation,
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
    /**Custom error with signature `InvalidLabel(string,uint256,uint256)` and selector `0x86fa90f6`.
```solidity
error InvalidLabel(string field, uint256 length, uint256 maxLength);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidLabel {
        #[allow(missing_docs)]
        pub field: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub length: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maxLength: alloy::sol_types::private::primitives::aliases::U256,
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
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::String,
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
        impl ::core::convert::From<InvalidLabel> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidLabel) -> Self {
                (value.field, value.length, value.maxLength)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidLabel {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    field: tuple.0,
                    length: tuple.1,
                    maxLength: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidLabel {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidLabel(string,uint256,uint256)";
            const SELECTOR: [u8; 4] = [134u8, 250u8, 144u8, 246u8];
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
                        &self.field,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.length),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxLength),
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
    /**Custom error with signature `NameTaken(string)` and selector `0x35fee77d`.
```solidity
error NameTaken(string name);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NameTaken {
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
        impl ::core::convert::From<NameTaken> for UnderlyingRustTuple<'_> {
            fn from(value: NameTaken) -> Self {
                (value.name,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NameTaken {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { name: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NameTaken {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NameTaken(string)";
            const SELECTOR: [u8; 4] = [53u8, 254u8, 231u8, 125u8];
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
    /**Custom error with signature `NoImplementation()` and selector `0xc6745ca8`.
```solidity
error NoImplementation();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NoImplementation;
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
        impl ::core::convert::From<NoImplementation> for UnderlyingRustTuple<'_> {
            fn from(value: NoImplementation) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NoImplementation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NoImplementation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NoImplementation()";
            const SELECTOR: [u8; 4] = [198u8, 116u8, 92u8, 168u8];
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
    /**Custom error with signature `ReentrancyGuardReentrantCall()` and selector `0x3ee5aeb5`.
```solidity
error ReentrancyGuardReentrantCall();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ReentrancyGuardReentrantCall;
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
        impl ::core::convert::From<ReentrancyGuardReentrantCall>
        for UnderlyingRustTuple<'_> {
            fn from(value: ReentrancyGuardReentrantCall) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ReentrancyGuardReentrantCall {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ReentrancyGuardReentrantCall {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ReentrancyGuardReentrantCall()";
            const SELECTOR: [u8; 4] = [62u8, 229u8, 174u8, 181u8];
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
    /**Custom error with signature `SettingAboveLimit(string,uint256,uint256)` and selector `0x1c9e4b6c`.
```solidity
error SettingAboveLimit(string setting, uint256 value, uint256 limit);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SettingAboveLimit {
        #[allow(missing_docs)]
        pub setting: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub value: alloy::sol_types::private::primitives::aliases::U256,
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
            alloy::sol_types::sol_data::String,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::String,
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
        impl ::core::convert::From<SettingAboveLimit> for UnderlyingRustTuple<'_> {
            fn from(value: SettingAboveLimit) -> Self {
                (value.setting, value.value, value.limit)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SettingAboveLimit {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    setting: tuple.0,
                    value: tuple.1,
                    limit: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SettingAboveLimit {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SettingAboveLimit(string,uint256,uint256)";
            const SELECTOR: [u8; 4] = [28u8, 158u8, 75u8, 108u8];
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
                        &self.setting,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.value),
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
    /**Custom error with signature `SubnetCapReached(uint256)` and selector `0x04f80835`.
```solidity
error SubnetCapReached(uint256 maxSubnets);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SubnetCapReached {
        #[allow(missing_docs)]
        pub maxSubnets: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<SubnetCapReached> for UnderlyingRustTuple<'_> {
            fn from(value: SubnetCapReached) -> Self {
                (value.maxSubnets,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SubnetCapReached {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { maxSubnets: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SubnetCapReached {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SubnetCapReached(uint256)";
            const SELECTOR: [u8; 4] = [4u8, 248u8, 8u8, 53u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.maxSubnets),
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
    /**Custom error with signature `SubnetNotActive(uint256)` and selector `0x39b33bbf`.
```solidity
error SubnetNotActive(uint256 subnetId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SubnetNotActive {
        #[allow(missing_docs)]
        pub subnetId: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<SubnetNotActive> for UnderlyingRustTuple<'_> {
            fn from(value: SubnetNotActive) -> Self {
                (value.subnetId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SubnetNotActive {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { subnetId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SubnetNotActive {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SubnetNotActive(uint256)";
            const SELECTOR: [u8; 4] = [57u8, 179u8, 59u8, 191u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.subnetId),
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
    /**Custom error with signature `UnknownSubnet(uint256)` and selector `0x245f3baa`.
```solidity
error UnknownSubnet(uint256 subnetId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnknownSubnet {
        #[allow(missing_docs)]
        pub subnetId: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<UnknownSubnet> for UnderlyingRustTuple<'_> {
            fn from(value: UnknownSubnet) -> Self {
                (value.subnetId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnknownSubnet {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { subnetId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnknownSubnet {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnknownSubnet(uint256)";
            const SELECTOR: [u8; 4] = [36u8, 95u8, 59u8, 170u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.subnetId),
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
error ZeroAddress(string parameter);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ZeroAddress {
        #[allow(missing_docs)]
        pub parameter: alloy::sol_types::private::String,
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
                (value.parameter,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ZeroAddress {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { parameter: tuple.0 }
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
                        &self.parameter,
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
    /**Event with signature `CreationFeeSet(uint256)` and selector `0x65cf44d7c3dc10549f322afbe745b2a569e6e2a177f9465749a393afbc9c354f`.
```solidity
event CreationFeeSet(uint256 fee);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct CreationFeeSet {
        #[allow(missing_docs)]
        pub fee: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for CreationFeeSet {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "CreationFeeSet(uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                101u8, 207u8, 68u8, 215u8, 195u8, 220u8, 16u8, 84u8, 159u8, 50u8, 42u8,
                251u8, 231u8, 69u8, 178u8, 165u8, 105u8, 230u8, 226u8, 161u8, 119u8,
                249u8, 70u8, 87u8, 73u8, 163u8, 147u8, 175u8, 188u8, 156u8, 53u8, 79u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { fee: data.0 }
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
                    > as alloy_sol_types::SolType>::tokenize(&self.fee),
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
        impl alloy_sol_types::private::IntoLogData for CreationFeeSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&CreationFeeSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &CreationFeeSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EmissionWeightsSet(address)` and selector `0xf1a296896b3e20700dc84ad1ee48ee7db65d6f19a30570f8a21f7efd68c436cf`.
```solidity
event EmissionWeightsSet(address indexed emissionWeights);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct EmissionWeightsSet {
        #[allow(missing_docs)]
        pub emissionWeights: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for EmissionWeightsSet {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "EmissionWeightsSet(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                241u8, 162u8, 150u8, 137u8, 107u8, 62u8, 32u8, 112u8, 13u8, 200u8, 74u8,
                209u8, 238u8, 72u8, 238u8, 125u8, 182u8, 93u8, 111u8, 25u8, 163u8, 5u8,
                112u8, 248u8, 162u8, 31u8, 126u8, 253u8, 104u8, 196u8, 54u8, 207u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { emissionWeights: topics.1 }
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
                (Self::SIGNATURE_HASH.into(), self.emissionWeights.clone())
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
                    &self.emissionWeights,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EmissionWeightsSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EmissionWeightsSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EmissionWeightsSet) -> alloy_sol_types::private::LogData {
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
    /**Event with signature `HyperparameterBoundsSet((uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32),(uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32))` and selector `0x3de88e5af7d9bf58ac4fa95f2bbeedad1ca7ad0dd9d14a5aa7506b74faa9a9c3`.
```solidity
event HyperparameterBoundsSet(Hyperparameters min, Hyperparameters max);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct HyperparameterBoundsSet {
        #[allow(missing_docs)]
        pub min: <Hyperparameters as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub max: <Hyperparameters as alloy::sol_types::SolType>::RustType,
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
        impl alloy_sol_types::SolEvent for HyperparameterBoundsSet {
            type DataTuple<'a> = (Hyperparameters, Hyperparameters);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "HyperparameterBoundsSet((uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32),(uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32))";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                61u8, 232u8, 142u8, 90u8, 247u8, 217u8, 191u8, 88u8, 172u8, 79u8, 169u8,
                95u8, 43u8, 190u8, 237u8, 173u8, 28u8, 167u8, 173u8, 13u8, 217u8, 209u8,
                74u8, 90u8, 167u8, 80u8, 107u8, 116u8, 250u8, 169u8, 169u8, 195u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { min: data.0, max: data.1 }
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
                    <Hyperparameters as alloy_sol_types::SolType>::tokenize(&self.min),
                    <Hyperparameters as alloy_sol_types::SolType>::tokenize(&self.max),
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
        impl alloy_sol_types::private::IntoLogData for HyperparameterBoundsSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&HyperparameterBoundsSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(
                this: &HyperparameterBoundsSet,
            ) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `HyperparameterTimingSet(uint32,uint32)` and selector `0x0aa6f6b166d776352d6cd4d2033e792ff6177012abfffa08172d9ddb70273244`.
```solidity
event HyperparameterTimingSet(uint32 cooldown, uint32 freezeWindow);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct HyperparameterTimingSet {
        #[allow(missing_docs)]
        pub cooldown: u32,
        #[allow(missing_docs)]
        pub freezeWindow: u32,
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
        impl alloy_sol_types::SolEvent for HyperparameterTimingSet {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "HyperparameterTimingSet(uint32,uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                10u8, 166u8, 246u8, 177u8, 102u8, 215u8, 118u8, 53u8, 45u8, 108u8, 212u8,
                210u8, 3u8, 62u8, 121u8, 47u8, 246u8, 23u8, 112u8, 18u8, 171u8, 255u8,
                250u8, 8u8, 23u8, 45u8, 157u8, 219u8, 112u8, 39u8, 50u8, 68u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    cooldown: data.0,
                    freezeWindow: data.1,
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
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.cooldown),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.freezeWindow),
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
        impl alloy_sol_types::private::IntoLogData for HyperparameterTimingSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&HyperparameterTimingSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(
                this: &HyperparameterTimingSet,
            ) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ImplementationAdded(uint16,address)` and selector `0xa1d767d09d778fb5eb8c92af4b15c7ccbfaa650f78d42fd5394159803cbb7629`.
```solidity
event ImplementationAdded(uint16 indexed version, address indexed implementation);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ImplementationAdded {
        #[allow(missing_docs)]
        pub version: u16,
        #[allow(missing_docs)]
        pub implementation: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for ImplementationAdded {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ImplementationAdded(uint16,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                161u8, 215u8, 103u8, 208u8, 157u8, 119u8, 143u8, 181u8, 235u8, 140u8,
                146u8, 175u8, 75u8, 21u8, 199u8, 204u8, 191u8, 170u8, 101u8, 15u8, 120u8,
                212u8, 47u8, 213u8, 57u8, 65u8, 89u8, 128u8, 60u8, 187u8, 118u8, 41u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    version: topics.1,
                    implementation: topics.2,
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
                    self.version.clone(),
                    self.implementation.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    16,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.version);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.implementation,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ImplementationAdded {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ImplementationAdded> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ImplementationAdded) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `MaxSubnetsSet(uint256)` and selector `0xab672cac4e9c0d3ec90b25ad62787425b1d6f25bb9c8a7d6d1f98ce164b77e57`.
```solidity
event MaxSubnetsSet(uint256 maxSubnets);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct MaxSubnetsSet {
        #[allow(missing_docs)]
        pub maxSubnets: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for MaxSubnetsSet {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "MaxSubnetsSet(uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                171u8, 103u8, 44u8, 172u8, 78u8, 156u8, 13u8, 62u8, 201u8, 11u8, 37u8,
                173u8, 98u8, 120u8, 116u8, 37u8, 177u8, 214u8, 242u8, 91u8, 185u8, 200u8,
                167u8, 214u8, 209u8, 249u8, 140u8, 225u8, 100u8, 183u8, 126u8, 87u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { maxSubnets: data.0 }
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
                    > as alloy_sol_types::SolType>::tokenize(&self.maxSubnets),
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
        impl alloy_sol_types::private::IntoLogData for MaxSubnetsSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&MaxSubnetsSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &MaxSubnetsSet) -> alloy_sol_types::private::LogData {
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
    /**Event with signature `SlashDestinationSet(bool)` and selector `0x2bc2b9dfd3f93c5cf598780c8b33a597bf2f99b09c4f1a24b49caef7fe353771`.
```solidity
event SlashDestinationSet(bool burn);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SlashDestinationSet {
        #[allow(missing_docs)]
        pub burn: bool,
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
        impl alloy_sol_types::SolEvent for SlashDestinationSet {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "SlashDestinationSet(bool)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                43u8, 194u8, 185u8, 223u8, 211u8, 249u8, 60u8, 92u8, 245u8, 152u8, 120u8,
                12u8, 139u8, 51u8, 165u8, 151u8, 191u8, 47u8, 153u8, 176u8, 156u8, 79u8,
                26u8, 36u8, 180u8, 156u8, 174u8, 247u8, 254u8, 53u8, 55u8, 113u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { burn: data.0 }
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
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.burn,
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
        impl alloy_sol_types::private::IntoLogData for SlashDestinationSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SlashDestinationSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SlashDestinationSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `SubnetCreated(uint256,address,address,string,string,uint16,(uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32),uint256)` and selector `0x15f22f6e7d5bcf6f42823603508cac584fc97dc31893fd07060aa1e2221c11fd`.
```solidity
event SubnetCreated(uint256 indexed subnetId, address indexed instance, address indexed owner, string name, string inferenceType, uint16 implementationVersion, Hyperparameters hyperparameters, uint256 feePaid);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SubnetCreated {
        #[allow(missing_docs)]
        pub subnetId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub instance: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub name: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub inferenceType: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub implementationVersion: u16,
        #[allow(missing_docs)]
        pub hyperparameters: <Hyperparameters as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub feePaid: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for SubnetCreated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<16>,
                Hyperparameters,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "SubnetCreated(uint256,address,address,string,string,uint16,(uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32),uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                21u8, 242u8, 47u8, 110u8, 125u8, 91u8, 207u8, 111u8, 66u8, 130u8, 54u8,
                3u8, 80u8, 140u8, 172u8, 88u8, 79u8, 201u8, 125u8, 195u8, 24u8, 147u8,
                253u8, 7u8, 6u8, 10u8, 161u8, 226u8, 34u8, 28u8, 17u8, 253u8,
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
                    instance: topics.2,
                    owner: topics.3,
                    name: data.0,
                    inferenceType: data.1,
                    implementationVersion: data.2,
                    hyperparameters: data.3,
                    feePaid: data.4,
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
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.name,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.inferenceType,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(
                        &self.implementationVersion,
                    ),
                    <Hyperparameters as alloy_sol_types::SolType>::tokenize(
                        &self.hyperparameters,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.feePaid),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.subnetId.clone(),
                    self.instance.clone(),
                    self.owner.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.subnetId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.instance,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.owner,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SubnetCreated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SubnetCreated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SubnetCreated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `SubnetDeactivated(uint256)` and selector `0xda0502ea5d6bb0ca6ff40b28701316c0ef72a5616434836ee826dfa8f9dabca5`.
```solidity
event SubnetDeactivated(uint256 indexed subnetId);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SubnetDeactivated {
        #[allow(missing_docs)]
        pub subnetId: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for SubnetDeactivated {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "SubnetDeactivated(uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                218u8, 5u8, 2u8, 234u8, 93u8, 107u8, 176u8, 202u8, 111u8, 244u8, 11u8,
                40u8, 112u8, 19u8, 22u8, 192u8, 239u8, 114u8, 165u8, 97u8, 100u8, 52u8,
                131u8, 110u8, 232u8, 38u8, 223u8, 168u8, 249u8, 218u8, 188u8, 165u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { subnetId: topics.1 }
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
                (Self::SIGNATURE_HASH.into(), self.subnetId.clone())
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
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SubnetDeactivated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SubnetDeactivated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SubnetDeactivated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `SubnetPauseSet(uint256,bool)` and selector `0x6a8f2601bc18d0df6426818a6be2a503cba11f02a95ab363ec700eab8a9f2f1c`.
```solidity
event SubnetPauseSet(uint256 indexed subnetId, bool paused);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SubnetPauseSet {
        #[allow(missing_docs)]
        pub subnetId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub paused: bool,
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
        impl alloy_sol_types::SolEvent for SubnetPauseSet {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "SubnetPauseSet(uint256,bool)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                106u8, 143u8, 38u8, 1u8, 188u8, 24u8, 208u8, 223u8, 100u8, 38u8, 129u8,
                138u8, 107u8, 226u8, 165u8, 3u8, 203u8, 161u8, 31u8, 2u8, 169u8, 90u8,
                179u8, 99u8, 236u8, 112u8, 14u8, 171u8, 138u8, 159u8, 47u8, 28u8,
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
                    paused: data.0,
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
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.paused,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.subnetId.clone())
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
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SubnetPauseSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SubnetPauseSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SubnetPauseSet) -> alloy_sol_types::private::LogData {
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
    /**Constructor`.
```solidity
constructor(address owner_, address tora_, Config config);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub owner_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub tora_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub config: <Config as alloy::sol_types::SolType>::RustType,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                Config,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                <Config as alloy::sol_types::SolType>::RustType,
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
                    (value.owner_, value.tora_, value.config)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        owner_: tuple.0,
                        tora_: tuple.1,
                        config: tuple.2,
                    }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                Config,
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
                        &self.tora_,
                    ),
                    <Config as alloy_sol_types::SolType>::tokenize(&self.config),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_COOLDOWN()` and selector `0x8b41d35f`.
```solidity
function MAX_COOLDOWN() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_COOLDOWNCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_COOLDOWN()`](MAX_COOLDOWNCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_COOLDOWNReturn {
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
            impl ::core::convert::From<MAX_COOLDOWNCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_COOLDOWNCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_COOLDOWNCall {
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
            impl ::core::convert::From<MAX_COOLDOWNReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_COOLDOWNReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_COOLDOWNReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_COOLDOWNCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_COOLDOWN()";
            const SELECTOR: [u8; 4] = [139u8, 65u8, 211u8, 95u8];
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
                        let r: MAX_COOLDOWNReturn = r.into();
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
                        let r: MAX_COOLDOWNReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_CREATION_FEE()` and selector `0x87cb5f94`.
```solidity
function MAX_CREATION_FEE() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_CREATION_FEECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_CREATION_FEE()`](MAX_CREATION_FEECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_CREATION_FEEReturn {
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
            impl ::core::convert::From<MAX_CREATION_FEECall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_CREATION_FEECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_CREATION_FEECall {
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
            impl ::core::convert::From<MAX_CREATION_FEEReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_CREATION_FEEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_CREATION_FEEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_CREATION_FEECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_CREATION_FEE()";
            const SELECTOR: [u8; 4] = [135u8, 203u8, 95u8, 148u8];
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
                        let r: MAX_CREATION_FEEReturn = r.into();
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
                        let r: MAX_CREATION_FEEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_LABEL_LENGTH()` and selector `0x6464e58f`.
```solidity
function MAX_LABEL_LENGTH() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_LABEL_LENGTHCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_LABEL_LENGTH()`](MAX_LABEL_LENGTHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_LABEL_LENGTHReturn {
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
            impl ::core::convert::From<MAX_LABEL_LENGTHCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_LABEL_LENGTHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_LABEL_LENGTHCall {
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
            impl ::core::convert::From<MAX_LABEL_LENGTHReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_LABEL_LENGTHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_LABEL_LENGTHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_LABEL_LENGTHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_LABEL_LENGTH()";
            const SELECTOR: [u8; 4] = [100u8, 100u8, 229u8, 143u8];
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
                        let r: MAX_LABEL_LENGTHReturn = r.into();
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
                        let r: MAX_LABEL_LENGTHReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_SLOTS_LIMIT()` and selector `0x7b5426ca`.
```solidity
function MAX_SLOTS_LIMIT() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_SLOTS_LIMITCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_SLOTS_LIMIT()`](MAX_SLOTS_LIMITCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_SLOTS_LIMITReturn {
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
            impl ::core::convert::From<MAX_SLOTS_LIMITCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_SLOTS_LIMITCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_SLOTS_LIMITCall {
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
            impl ::core::convert::From<MAX_SLOTS_LIMITReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_SLOTS_LIMITReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_SLOTS_LIMITReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_SLOTS_LIMITCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_SLOTS_LIMIT()";
            const SELECTOR: [u8; 4] = [123u8, 84u8, 38u8, 202u8];
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
                        let r: MAX_SLOTS_LIMITReturn = r.into();
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
                        let r: MAX_SLOTS_LIMITReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_SUBNETS_LIMIT()` and selector `0x4f253759`.
```solidity
function MAX_SUBNETS_LIMIT() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_SUBNETS_LIMITCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_SUBNETS_LIMIT()`](MAX_SUBNETS_LIMITCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_SUBNETS_LIMITReturn {
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
            impl ::core::convert::From<MAX_SUBNETS_LIMITCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_SUBNETS_LIMITCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_SUBNETS_LIMITCall {
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
            impl ::core::convert::From<MAX_SUBNETS_LIMITReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_SUBNETS_LIMITReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_SUBNETS_LIMITReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_SUBNETS_LIMITCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_SUBNETS_LIMIT()";
            const SELECTOR: [u8; 4] = [79u8, 37u8, 55u8, 89u8];
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
                        let r: MAX_SUBNETS_LIMITReturn = r.into();
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
                        let r: MAX_SUBNETS_LIMITReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_VALIDATORS_LIMIT()` and selector `0x37c36f2d`.
```solidity
function MAX_VALIDATORS_LIMIT() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_VALIDATORS_LIMITCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_VALIDATORS_LIMIT()`](MAX_VALIDATORS_LIMITCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_VALIDATORS_LIMITReturn {
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
            impl ::core::convert::From<MAX_VALIDATORS_LIMITCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_VALIDATORS_LIMITCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_VALIDATORS_LIMITCall {
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
            impl ::core::convert::From<MAX_VALIDATORS_LIMITReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_VALIDATORS_LIMITReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_VALIDATORS_LIMITReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_VALIDATORS_LIMITCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_VALIDATORS_LIMIT()";
            const SELECTOR: [u8; 4] = [55u8, 195u8, 111u8, 45u8];
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
                        let r: MAX_VALIDATORS_LIMITReturn = r.into();
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
                        let r: MAX_VALIDATORS_LIMITReturn = r.into();
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
    /**Function with signature `addImplementation(address)` and selector `0xc6e2a400`.
```solidity
function addImplementation(address r#impl) external returns (uint16 versionId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct addImplementationCall {
        #[allow(missing_docs)]
        pub r#impl: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`addImplementation(address)`](addImplementationCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct addImplementationReturn {
        #[allow(missing_docs)]
        pub versionId: u16,
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
            impl ::core::convert::From<addImplementationCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: addImplementationCall) -> Self {
                    (value.r#impl,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for addImplementationCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { r#impl: tuple.0 }
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
            impl ::core::convert::From<addImplementationReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: addImplementationReturn) -> Self {
                    (value.versionId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for addImplementationReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { versionId: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for addImplementationCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u16;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "addImplementation(address)";
            const SELECTOR: [u8; 4] = [198u8, 226u8, 164u8, 0u8];
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
                        &self.r#impl,
                    ),
                )
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
                        let r: addImplementationReturn = r.into();
                        r.versionId
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
                        let r: addImplementationReturn = r.into();
                        r.versionId
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `burnSlashed()` and selector `0x63b0c428`.
```solidity
function burnSlashed() external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct burnSlashedCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`burnSlashed()`](burnSlashedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct burnSlashedReturn {
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
            impl ::core::convert::From<burnSlashedCall> for UnderlyingRustTuple<'_> {
                fn from(value: burnSlashedCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for burnSlashedCall {
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
            impl ::core::convert::From<burnSlashedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: burnSlashedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for burnSlashedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for burnSlashedCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "burnSlashed()";
            const SELECTOR: [u8; 4] = [99u8, 176u8, 196u8, 40u8];
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
                        let r: burnSlashedReturn = r.into();
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
                        let r: burnSlashedReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `checkHyperparameters((uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32))` and selector `0xc3631ea9`.
```solidity
function checkHyperparameters(Hyperparameters memory hp) external view;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct checkHyperparametersCall {
        #[allow(missing_docs)]
        pub hp: <Hyperparameters as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`checkHyperparameters((uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32))`](checkHyperparametersCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct checkHyperparametersReturn {}
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
            impl ::core::convert::From<checkHyperparametersCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: checkHyperparametersCall) -> Self {
                    (value.hp,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for checkHyperparametersCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { hp: tuple.0 }
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
            impl ::core::convert::From<checkHyperparametersReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: checkHyperparametersReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for checkHyperparametersReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl checkHyperparametersReturn {
            fn _tokenize(
                &self,
            ) -> <checkHyperparametersCall as alloy_sol_types::SolCall>::ReturnToken<
                '_,
            > {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for checkHyperparametersCall {
            type Parameters<'a> = (Hyperparameters,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = checkHyperparametersReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "checkHyperparameters((uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32))";
            const SELECTOR: [u8; 4] = [195u8, 99u8, 30u8, 169u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<Hyperparameters as alloy_sol_types::SolType>::tokenize(&self.hp),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                checkHyperparametersReturn::_tokenize(ret)
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
    /**Function with signature `createSubnet(string,string,(uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32))` and selector `0x3790adf5`.
```solidity
function createSubnet(string memory name, string memory inferenceType, Hyperparameters memory hp) external returns (uint256 subnetId, address instance);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct createSubnetCall {
        #[allow(missing_docs)]
        pub name: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub inferenceType: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub hp: <Hyperparameters as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`createSubnet(string,string,(uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32))`](createSubnetCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct createSubnetReturn {
        #[allow(missing_docs)]
        pub subnetId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub instance: alloy::sol_types::private::Address,
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
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
                Hyperparameters,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::String,
                alloy::sol_types::private::String,
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
            impl ::core::convert::From<createSubnetCall> for UnderlyingRustTuple<'_> {
                fn from(value: createSubnetCall) -> Self {
                    (value.name, value.inferenceType, value.hp)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for createSubnetCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        name: tuple.0,
                        inferenceType: tuple.1,
                        hp: tuple.2,
                    }
                }
            }
        }
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
            impl ::core::convert::From<createSubnetReturn> for UnderlyingRustTuple<'_> {
                fn from(value: createSubnetReturn) -> Self {
                    (value.subnetId, value.instance)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for createSubnetReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        subnetId: tuple.0,
                        instance: tuple.1,
                    }
                }
            }
        }
        impl createSubnetReturn {
            fn _tokenize(
                &self,
            ) -> <createSubnetCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.subnetId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.instance,
                    ),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for createSubnetCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
                Hyperparameters,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = createSubnetReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "createSubnet(string,string,(uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32))";
            const SELECTOR: [u8; 4] = [55u8, 144u8, 173u8, 245u8];
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
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.inferenceType,
                    ),
                    <Hyperparameters as alloy_sol_types::SolType>::tokenize(&self.hp),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                createSubnetReturn::_tokenize(ret)
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
    /**Function with signature `creationFee()` and selector `0xdce0b4e4`.
```solidity
function creationFee() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct creationFeeCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`creationFee()`](creationFeeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct creationFeeReturn {
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
            impl ::core::convert::From<creationFeeCall> for UnderlyingRustTuple<'_> {
                fn from(value: creationFeeCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for creationFeeCall {
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
            impl ::core::convert::From<creationFeeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: creationFeeReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for creationFeeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for creationFeeCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "creationFee()";
            const SELECTOR: [u8; 4] = [220u8, 224u8, 180u8, 228u8];
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
                        let r: creationFeeReturn = r.into();
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
                        let r: creationFeeReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `deactivateSubnet(uint256)` and selector `0x235b5ea0`.
```solidity
function deactivateSubnet(uint256 subnetId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct deactivateSubnetCall {
        #[allow(missing_docs)]
        pub subnetId: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`deactivateSubnet(uint256)`](deactivateSubnetCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct deactivateSubnetReturn {}
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
            impl ::core::convert::From<deactivateSubnetCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: deactivateSubnetCall) -> Self {
                    (value.subnetId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for deactivateSubnetCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { subnetId: tuple.0 }
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
            impl ::core::convert::From<deactivateSubnetReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: deactivateSubnetReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for deactivateSubnetReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl deactivateSubnetReturn {
            fn _tokenize(
                &self,
            ) -> <deactivateSubnetCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for deactivateSubnetCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = deactivateSubnetReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "deactivateSubnet(uint256)";
            const SELECTOR: [u8; 4] = [35u8, 91u8, 94u8, 160u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.subnetId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                deactivateSubnetReturn::_tokenize(ret)
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
    /**Function with signature `emissionWeights()` and selector `0x4c692b0c`.
```solidity
function emissionWeights() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct emissionWeightsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`emissionWeights()`](emissionWeightsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct emissionWeightsReturn {
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
            impl ::core::convert::From<emissionWeightsCall> for UnderlyingRustTuple<'_> {
                fn from(value: emissionWeightsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for emissionWeightsCall {
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
            impl ::core::convert::From<emissionWeightsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: emissionWeightsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for emissionWeightsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for emissionWeightsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "emissionWeights()";
            const SELECTOR: [u8; 4] = [76u8, 105u8, 43u8, 12u8];
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
                        let r: emissionWeightsReturn = r.into();
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
                        let r: emissionWeightsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getActiveSubnets()` and selector `0x8a1b5121`.
```solidity
function getActiveSubnets() external view returns (uint256[] memory ids);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getActiveSubnetsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getActiveSubnets()`](getActiveSubnetsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getActiveSubnetsReturn {
        #[allow(missing_docs)]
        pub ids: alloy::sol_types::private::Vec<
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
            impl ::core::convert::From<getActiveSubnetsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: getActiveSubnetsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for getActiveSubnetsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<getActiveSubnetsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: getActiveSubnetsReturn) -> Self {
                    (value.ids,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for getActiveSubnetsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { ids: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getActiveSubnetsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Vec<
                alloy::sol_types::private::primitives::aliases::U256,
            >;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getActiveSubnets()";
            const SELECTOR: [u8; 4] = [138u8, 27u8, 81u8, 33u8];
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
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getActiveSubnetsReturn = r.into();
                        r.ids
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
                        let r: getActiveSubnetsReturn = r.into();
                        r.ids
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
    /**Function with signature `hyperparameterBounds()` and selector `0x6a2504c7`.
```solidity
function hyperparameterBounds() external view returns (Hyperparameters memory min, Hyperparameters memory max);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hyperparameterBoundsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`hyperparameterBounds()`](hyperparameterBoundsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hyperparameterBoundsReturn {
        #[allow(missing_docs)]
        pub min: <Hyperparameters as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub max: <Hyperparameters as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<hyperparameterBoundsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: hyperparameterBoundsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for hyperparameterBoundsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (Hyperparameters, Hyperparameters);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <Hyperparameters as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<hyperparameterBoundsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: hyperparameterBoundsReturn) -> Self {
                    (value.min, value.max)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for hyperparameterBoundsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { min: tuple.0, max: tuple.1 }
                }
            }
        }
        impl hyperparameterBoundsReturn {
            fn _tokenize(
                &self,
            ) -> <hyperparameterBoundsCall as alloy_sol_types::SolCall>::ReturnToken<
                '_,
            > {
                (
                    <Hyperparameters as alloy_sol_types::SolType>::tokenize(&self.min),
                    <Hyperparameters as alloy_sol_types::SolType>::tokenize(&self.max),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for hyperparameterBoundsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = hyperparameterBoundsReturn;
            type ReturnTuple<'a> = (Hyperparameters, Hyperparameters);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "hyperparameterBounds()";
            const SELECTOR: [u8; 4] = [106u8, 37u8, 4u8, 199u8];
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
                hyperparameterBoundsReturn::_tokenize(ret)
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
    /**Function with signature `hyperparameterCooldown()` and selector `0x6e475861`.
```solidity
function hyperparameterCooldown() external view returns (uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hyperparameterCooldownCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`hyperparameterCooldown()`](hyperparameterCooldownCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hyperparameterCooldownReturn {
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
            impl ::core::convert::From<hyperparameterCooldownCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: hyperparameterCooldownCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for hyperparameterCooldownCall {
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
            impl ::core::convert::From<hyperparameterCooldownReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: hyperparameterCooldownReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for hyperparameterCooldownReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for hyperparameterCooldownCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "hyperparameterCooldown()";
            const SELECTOR: [u8; 4] = [110u8, 71u8, 88u8, 97u8];
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
                        let r: hyperparameterCooldownReturn = r.into();
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
                        let r: hyperparameterCooldownReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `hyperparameterFreezeWindow()` and selector `0xe0b16564`.
```solidity
function hyperparameterFreezeWindow() external view returns (uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hyperparameterFreezeWindowCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`hyperparameterFreezeWindow()`](hyperparameterFreezeWindowCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hyperparameterFreezeWindowReturn {
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
            impl ::core::convert::From<hyperparameterFreezeWindowCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: hyperparameterFreezeWindowCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for hyperparameterFreezeWindowCall {
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
            impl ::core::convert::From<hyperparameterFreezeWindowReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: hyperparameterFreezeWindowReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for hyperparameterFreezeWindowReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for hyperparameterFreezeWindowCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "hyperparameterFreezeWindow()";
            const SELECTOR: [u8; 4] = [224u8, 177u8, 101u8, 100u8];
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
                        let r: hyperparameterFreezeWindowReturn = r.into();
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
                        let r: hyperparameterFreezeWindowReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `implementation(uint16)` and selector `0x8e59bee1`.
```solidity
function implementation(uint16 versionId) external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct implementationCall {
        #[allow(missing_docs)]
        pub versionId: u16,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`implementation(uint16)`](implementationCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct implementationReturn {
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
            impl ::core::convert::From<implementationCall> for UnderlyingRustTuple<'_> {
                fn from(value: implementationCall) -> Self {
                    (value.versionId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for implementationCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { versionId: tuple.0 }
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
            impl ::core::convert::From<implementationReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: implementationReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for implementationReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for implementationCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "implementation(uint16)";
            const SELECTOR: [u8; 4] = [142u8, 89u8, 190u8, 225u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.versionId),
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
                        let r: implementationReturn = r.into();
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
                        let r: implementationReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `implementationCount()` and selector `0x040a7f91`.
```solidity
function implementationCount() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct implementationCountCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`implementationCount()`](implementationCountCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct implementationCountReturn {
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
            impl ::core::convert::From<implementationCountCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: implementationCountCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for implementationCountCall {
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
            impl ::core::convert::From<implementationCountReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: implementationCountReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for implementationCountReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for implementationCountCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "implementationCount()";
            const SELECTOR: [u8; 4] = [4u8, 10u8, 127u8, 145u8];
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
                        let r: implementationCountReturn = r.into();
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
                        let r: implementationCountReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `instanceOf(uint256)` and selector `0x3fbc4d35`.
```solidity
function instanceOf(uint256 subnetId) external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct instanceOfCall {
        #[allow(missing_docs)]
        pub subnetId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`instanceOf(uint256)`](instanceOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct instanceOfReturn {
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
            impl ::core::convert::From<instanceOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: instanceOfCall) -> Self {
                    (value.subnetId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for instanceOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { subnetId: tuple.0 }
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
            impl ::core::convert::From<instanceOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: instanceOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for instanceOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for instanceOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "instanceOf(uint256)";
            const SELECTOR: [u8; 4] = [63u8, 188u8, 77u8, 53u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.subnetId),
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
                        let r: instanceOfReturn = r.into();
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
                        let r: instanceOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isActive(uint256)` and selector `0x82afd23b`.
```solidity
function isActive(uint256 subnetId) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isActiveCall {
        #[allow(missing_docs)]
        pub subnetId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isActive(uint256)`](isActiveCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isActiveReturn {
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
            impl ::core::convert::From<isActiveCall> for UnderlyingRustTuple<'_> {
                fn from(value: isActiveCall) -> Self {
                    (value.subnetId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isActiveCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { subnetId: tuple.0 }
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
            impl ::core::convert::From<isActiveReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isActiveReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isActiveReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isActiveCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isActive(uint256)";
            const SELECTOR: [u8; 4] = [130u8, 175u8, 210u8, 59u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.subnetId),
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
                        let r: isActiveReturn = r.into();
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
                        let r: isActiveReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isSubnetInstance(address)` and selector `0xab5778f2`.
```solidity
function isSubnetInstance(address instance) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isSubnetInstanceCall {
        #[allow(missing_docs)]
        pub instance: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isSubnetInstance(address)`](isSubnetInstanceCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isSubnetInstanceReturn {
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
            impl ::core::convert::From<isSubnetInstanceCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: isSubnetInstanceCall) -> Self {
                    (value.instance,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for isSubnetInstanceCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { instance: tuple.0 }
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
            impl ::core::convert::From<isSubnetInstanceReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: isSubnetInstanceReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for isSubnetInstanceReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isSubnetInstanceCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isSubnetInstance(address)";
            const SELECTOR: [u8; 4] = [171u8, 87u8, 120u8, 242u8];
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
                        &self.instance,
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
                        let r: isSubnetInstanceReturn = r.into();
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
                        let r: isSubnetInstanceReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `maxSubnets()` and selector `0xcdfe2122`.
```solidity
function maxSubnets() external view returns (uint16);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct maxSubnetsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`maxSubnets()`](maxSubnetsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct maxSubnetsReturn {
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
            impl ::core::convert::From<maxSubnetsCall> for UnderlyingRustTuple<'_> {
                fn from(value: maxSubnetsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for maxSubnetsCall {
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
            impl ::core::convert::From<maxSubnetsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: maxSubnetsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for maxSubnetsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for maxSubnetsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u16;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "maxSubnets()";
            const SELECTOR: [u8; 4] = [205u8, 254u8, 33u8, 34u8];
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
                        let r: maxSubnetsReturn = r.into();
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
                        let r: maxSubnetsReturn = r.into();
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
    /**Function with signature `pauseSubnet(uint256)` and selector `0x44e047ca`.
```solidity
function pauseSubnet(uint256 subnetId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pauseSubnetCall {
        #[allow(missing_docs)]
        pub subnetId: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`pauseSubnet(uint256)`](pauseSubnetCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pauseSubnetReturn {}
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
            impl ::core::convert::From<pauseSubnetCall> for UnderlyingRustTuple<'_> {
                fn from(value: pauseSubnetCall) -> Self {
                    (value.subnetId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pauseSubnetCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { subnetId: tuple.0 }
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
            impl ::core::convert::From<pauseSubnetReturn> for UnderlyingRustTuple<'_> {
                fn from(value: pauseSubnetReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pauseSubnetReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl pauseSubnetReturn {
            fn _tokenize(
                &self,
            ) -> <pauseSubnetCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for pauseSubnetCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = pauseSubnetReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "pauseSubnet(uint256)";
            const SELECTOR: [u8; 4] = [68u8, 224u8, 71u8, 202u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.subnetId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                pauseSubnetReturn::_tokenize(ret)
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
    /**Function with signature `setBurnSlashed(bool)` and selector `0xd7cddae0`.
```solidity
function setBurnSlashed(bool burn) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setBurnSlashedCall {
        #[allow(missing_docs)]
        pub burn: bool,
    }
    ///Container type for the return parameters of the [`setBurnSlashed(bool)`](setBurnSlashedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setBurnSlashedReturn {}
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
            impl ::core::convert::From<setBurnSlashedCall> for UnderlyingRustTuple<'_> {
                fn from(value: setBurnSlashedCall) -> Self {
                    (value.burn,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setBurnSlashedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { burn: tuple.0 }
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
            impl ::core::convert::From<setBurnSlashedReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setBurnSlashedReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setBurnSlashedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setBurnSlashedReturn {
            fn _tokenize(
                &self,
            ) -> <setBurnSlashedCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setBurnSlashedCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Bool,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setBurnSlashedReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setBurnSlashed(bool)";
            const SELECTOR: [u8; 4] = [215u8, 205u8, 218u8, 224u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.burn,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setBurnSlashedReturn::_tokenize(ret)
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
    /**Function with signature `setCreationFee(uint256)` and selector `0xb7d86225`.
```solidity
function setCreationFee(uint256 fee) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setCreationFeeCall {
        #[allow(missing_docs)]
        pub fee: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`setCreationFee(uint256)`](setCreationFeeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setCreationFeeReturn {}
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
            impl ::core::convert::From<setCreationFeeCall> for UnderlyingRustTuple<'_> {
                fn from(value: setCreationFeeCall) -> Self {
                    (value.fee,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setCreationFeeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { fee: tuple.0 }
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
            impl ::core::convert::From<setCreationFeeReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setCreationFeeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setCreationFeeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setCreationFeeReturn {
            fn _tokenize(
                &self,
            ) -> <setCreationFeeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setCreationFeeCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setCreationFeeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setCreationFee(uint256)";
            const SELECTOR: [u8; 4] = [183u8, 216u8, 98u8, 37u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.fee),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setCreationFeeReturn::_tokenize(ret)
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
    /**Function with signature `setEmissionWeights(address)` and selector `0x1cf847e4`.
```solidity
function setEmissionWeights(address source) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setEmissionWeightsCall {
        #[allow(missing_docs)]
        pub source: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`setEmissionWeights(address)`](setEmissionWeightsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setEmissionWeightsReturn {}
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
            impl ::core::convert::From<setEmissionWeightsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setEmissionWeightsCall) -> Self {
                    (value.source,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setEmissionWeightsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { source: tuple.0 }
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
            impl ::core::convert::From<setEmissionWeightsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setEmissionWeightsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setEmissionWeightsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setEmissionWeightsReturn {
            fn _tokenize(
                &self,
            ) -> <setEmissionWeightsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setEmissionWeightsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setEmissionWeightsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setEmissionWeights(address)";
            const SELECTOR: [u8; 4] = [28u8, 248u8, 71u8, 228u8];
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
                        &self.source,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setEmissionWeightsReturn::_tokenize(ret)
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
    /**Function with signature `setHyperparameterBounds((uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32),(uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32))` and selector `0xb75593d0`.
```solidity
function setHyperparameterBounds(Hyperparameters memory min, Hyperparameters memory max) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setHyperparameterBoundsCall {
        #[allow(missing_docs)]
        pub min: <Hyperparameters as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub max: <Hyperparameters as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`setHyperparameterBounds((uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32),(uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32))`](setHyperparameterBoundsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setHyperparameterBoundsReturn {}
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
            type UnderlyingSolTuple<'a> = (Hyperparameters, Hyperparameters);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <Hyperparameters as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<setHyperparameterBoundsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setHyperparameterBoundsCall) -> Self {
                    (value.min, value.max)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setHyperparameterBoundsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { min: tuple.0, max: tuple.1 }
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
            impl ::core::convert::From<setHyperparameterBoundsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setHyperparameterBoundsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setHyperparameterBoundsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setHyperparameterBoundsReturn {
            fn _tokenize(
                &self,
            ) -> <setHyperparameterBoundsCall as alloy_sol_types::SolCall>::ReturnToken<
                '_,
            > {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setHyperparameterBoundsCall {
            type Parameters<'a> = (Hyperparameters, Hyperparameters);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setHyperparameterBoundsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setHyperparameterBounds((uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32),(uint96,uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint16,bool,uint16,uint8,uint16,uint32))";
            const SELECTOR: [u8; 4] = [183u8, 85u8, 147u8, 208u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <Hyperparameters as alloy_sol_types::SolType>::tokenize(&self.min),
                    <Hyperparameters as alloy_sol_types::SolType>::tokenize(&self.max),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setHyperparameterBoundsReturn::_tokenize(ret)
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
    /**Function with signature `setHyperparameterTiming(uint32,uint32)` and selector `0x97f472a7`.
```solidity
function setHyperparameterTiming(uint32 cooldown, uint32 freezeWindow) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setHyperparameterTimingCall {
        #[allow(missing_docs)]
        pub cooldown: u32,
        #[allow(missing_docs)]
        pub freezeWindow: u32,
    }
    ///Container type for the return parameters of the [`setHyperparameterTiming(uint32,uint32)`](setHyperparameterTimingCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setHyperparameterTimingReturn {}
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
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32, u32);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setHyperparameterTimingCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setHyperparameterTimingCall) -> Self {
                    (value.cooldown, value.freezeWindow)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setHyperparameterTimingCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        cooldown: tuple.0,
                        freezeWindow: tuple.1,
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
            impl ::core::convert::From<setHyperparameterTimingReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setHyperparameterTimingReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setHyperparameterTimingReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setHyperparameterTimingReturn {
            fn _tokenize(
                &self,
            ) -> <setHyperparameterTimingCall as alloy_sol_types::SolCall>::ReturnToken<
                '_,
            > {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setHyperparameterTimingCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setHyperparameterTimingReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setHyperparameterTiming(uint32,uint32)";
            const SELECTOR: [u8; 4] = [151u8, 244u8, 114u8, 167u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.cooldown),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.freezeWindow),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setHyperparameterTimingReturn::_tokenize(ret)
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
    /**Function with signature `setMaxSubnets(uint16)` and selector `0x44dff1ae`.
```solidity
function setMaxSubnets(uint16 maxSubnets_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setMaxSubnetsCall {
        #[allow(missing_docs)]
        pub maxSubnets_: u16,
    }
    ///Container type for the return parameters of the [`setMaxSubnets(uint16)`](setMaxSubnetsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setMaxSubnetsReturn {}
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
            impl ::core::convert::From<setMaxSubnetsCall> for UnderlyingRustTuple<'_> {
                fn from(value: setMaxSubnetsCall) -> Self {
                    (value.maxSubnets_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setMaxSubnetsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { maxSubnets_: tuple.0 }
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
            impl ::core::convert::From<setMaxSubnetsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setMaxSubnetsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setMaxSubnetsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setMaxSubnetsReturn {
            fn _tokenize(
                &self,
            ) -> <setMaxSubnetsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setMaxSubnetsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setMaxSubnetsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setMaxSubnets(uint16)";
            const SELECTOR: [u8; 4] = [68u8, 223u8, 241u8, 174u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.maxSubnets_),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setMaxSubnetsReturn::_tokenize(ret)
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
    /**Function with signature `subnetCount()` and selector `0x916a5c5b`.
```solidity
function subnetCount() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct subnetCountCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`subnetCount()`](subnetCountCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct subnetCountReturn {
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
            impl ::core::convert::From<subnetCountCall> for UnderlyingRustTuple<'_> {
                fn from(value: subnetCountCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for subnetCountCall {
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
            impl ::core::convert::From<subnetCountReturn> for UnderlyingRustTuple<'_> {
                fn from(value: subnetCountReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for subnetCountReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for subnetCountCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "subnetCount()";
            const SELECTOR: [u8; 4] = [145u8, 106u8, 92u8, 91u8];
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
                        let r: subnetCountReturn = r.into();
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
                        let r: subnetCountReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `subnets(uint256)` and selector `0x475726f7`.
```solidity
function subnets(uint256 subnetId) external view returns (ISubnetRegistry.Subnet memory s);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct subnetsCall {
        #[allow(missing_docs)]
        pub subnetId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    ///Container type for the return parameters of the [`subnets(uint256)`](subnetsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct subnetsReturn {
        #[allow(missing_docs)]
        pub s: <ISubnetRegistry::Subnet as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<subnetsCall> for UnderlyingRustTuple<'_> {
                fn from(value: subnetsCall) -> Self {
                    (value.subnetId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for subnetsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { subnetId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ISubnetRegistry::Subnet,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <ISubnetRegistry::Subnet as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<subnetsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: subnetsReturn) -> Self {
                    (value.s,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for subnetsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { s: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for subnetsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <ISubnetRegistry::Subnet as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (ISubnetRegistry::Subnet,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "subnets(uint256)";
            const SELECTOR: [u8; 4] = [71u8, 87u8, 38u8, 247u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.subnetId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<ISubnetRegistry::Subnet as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: subnetsReturn = r.into();
                        r.s
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
                        let r: subnetsReturn = r.into();
                        r.s
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
    /**Function with signature `unpauseSubnet(uint256)` and selector `0xd370232a`.
```solidity
function unpauseSubnet(uint256 subnetId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unpauseSubnetCall {
        #[allow(missing_docs)]
        pub subnetId: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`unpauseSubnet(uint256)`](unpauseSubnetCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unpauseSubnetReturn {}
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
            impl ::core::convert::From<unpauseSubnetCall> for UnderlyingRustTuple<'_> {
                fn from(value: unpauseSubnetCall) -> Self {
                    (value.subnetId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unpauseSubnetCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { subnetId: tuple.0 }
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
            impl ::core::convert::From<unpauseSubnetReturn> for UnderlyingRustTuple<'_> {
                fn from(value: unpauseSubnetReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unpauseSubnetReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl unpauseSubnetReturn {
            fn _tokenize(
                &self,
            ) -> <unpauseSubnetCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for unpauseSubnetCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = unpauseSubnetReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "unpauseSubnet(uint256)";
            const SELECTOR: [u8; 4] = [211u8, 112u8, 35u8, 42u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.subnetId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                unpauseSubnetReturn::_tokenize(ret)
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
    ///Container for all the [`SubnetRegistry`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum SubnetRegistryCalls {
        #[allow(missing_docs)]
        MAX_COOLDOWN(MAX_COOLDOWNCall),
        #[allow(missing_docs)]
        MAX_CREATION_FEE(MAX_CREATION_FEECall),
        #[allow(missing_docs)]
        MAX_LABEL_LENGTH(MAX_LABEL_LENGTHCall),
        #[allow(missing_docs)]
        MAX_SLOTS_LIMIT(MAX_SLOTS_LIMITCall),
        #[allow(missing_docs)]
        MAX_SUBNETS_LIMIT(MAX_SUBNETS_LIMITCall),
        #[allow(missing_docs)]
        MAX_VALIDATORS_LIMIT(MAX_VALIDATORS_LIMITCall),
        #[allow(missing_docs)]
        acceptOwnership(acceptOwnershipCall),
        #[allow(missing_docs)]
        addImplementation(addImplementationCall),
        #[allow(missing_docs)]
        burnSlashed(burnSlashedCall),
        #[allow(missing_docs)]
        checkHyperparameters(checkHyperparametersCall),
        #[allow(missing_docs)]
        createSubnet(createSubnetCall),
        #[allow(missing_docs)]
        creationFee(creationFeeCall),
        #[allow(missing_docs)]
        deactivateSubnet(deactivateSubnetCall),
        #[allow(missing_docs)]
        emissionWeights(emissionWeightsCall),
        #[allow(missing_docs)]
        getActiveSubnets(getActiveSubnetsCall),
        #[allow(missing_docs)]
        guardian(guardianCall),
        #[allow(missing_docs)]
        hyperparameterBounds(hyperparameterBoundsCall),
        #[allow(missing_docs)]
        hyperparameterCooldown(hyperparameterCooldownCall),
        #[allow(missing_docs)]
        hyperparameterFreezeWindow(hyperparameterFreezeWindowCall),
        #[allow(missing_docs)]
        implementation(implementationCall),
        #[allow(missing_docs)]
        implementationCount(implementationCountCall),
        #[allow(missing_docs)]
        instanceOf(instanceOfCall),
        #[allow(missing_docs)]
        isActive(isActiveCall),
        #[allow(missing_docs)]
        isSubnetInstance(isSubnetInstanceCall),
        #[allow(missing_docs)]
        maxSubnets(maxSubnetsCall),
        #[allow(missing_docs)]
        owner(ownerCall),
        #[allow(missing_docs)]
        pause(pauseCall),
        #[allow(missing_docs)]
        pauseSubnet(pauseSubnetCall),
        #[allow(missing_docs)]
        paused(pausedCall),
        #[allow(missing_docs)]
        pendingOwner(pendingOwnerCall),
        #[allow(missing_docs)]
        renounceOwnership(renounceOwnershipCall),
        #[allow(missing_docs)]
        setBurnSlashed(setBurnSlashedCall),
        #[allow(missing_docs)]
        setCreationFee(setCreationFeeCall),
        #[allow(missing_docs)]
        setEmissionWeights(setEmissionWeightsCall),
        #[allow(missing_docs)]
        setGuardian(setGuardianCall),
        #[allow(missing_docs)]
        setHyperparameterBounds(setHyperparameterBoundsCall),
        #[allow(missing_docs)]
        setHyperparameterTiming(setHyperparameterTimingCall),
        #[allow(missing_docs)]
        setMaxSubnets(setMaxSubnetsCall),
        #[allow(missing_docs)]
        setTreasury(setTreasuryCall),
        #[allow(missing_docs)]
        subnetCount(subnetCountCall),
        #[allow(missing_docs)]
        subnets(subnetsCall),
        #[allow(missing_docs)]
        transferOwnership(transferOwnershipCall),
        #[allow(missing_docs)]
        treasury(treasuryCall),
        #[allow(missing_docs)]
        unpause(unpauseCall),
        #[allow(missing_docs)]
        unpauseSubnet(unpauseSubnetCall),
        #[allow(missing_docs)]
        version(versionCall),
    }
    impl SubnetRegistryCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [4u8, 10u8, 127u8, 145u8],
            [28u8, 248u8, 71u8, 228u8],
            [35u8, 91u8, 94u8, 160u8],
            [55u8, 144u8, 173u8, 245u8],
            [55u8, 195u8, 111u8, 45u8],
            [63u8, 75u8, 168u8, 58u8],
            [63u8, 188u8, 77u8, 53u8],
            [68u8, 223u8, 241u8, 174u8],
            [68u8, 224u8, 71u8, 202u8],
            [69u8, 42u8, 147u8, 32u8],
            [71u8, 87u8, 38u8, 247u8],
            [76u8, 105u8, 43u8, 12u8],
            [79u8, 37u8, 55u8, 89u8],
            [84u8, 253u8, 77u8, 80u8],
            [92u8, 151u8, 90u8, 187u8],
            [97u8, 208u8, 39u8, 179u8],
            [99u8, 176u8, 196u8, 40u8],
            [100u8, 100u8, 229u8, 143u8],
            [106u8, 37u8, 4u8, 199u8],
            [110u8, 71u8, 88u8, 97u8],
            [113u8, 80u8, 24u8, 166u8],
            [121u8, 186u8, 80u8, 151u8],
            [123u8, 84u8, 38u8, 202u8],
            [130u8, 175u8, 210u8, 59u8],
            [132u8, 86u8, 203u8, 89u8],
            [135u8, 203u8, 95u8, 148u8],
            [138u8, 13u8, 172u8, 74u8],
            [138u8, 27u8, 81u8, 33u8],
            [139u8, 65u8, 211u8, 95u8],
            [141u8, 165u8, 203u8, 91u8],
            [142u8, 89u8, 190u8, 225u8],
            [145u8, 106u8, 92u8, 91u8],
            [151u8, 244u8, 114u8, 167u8],
            [171u8, 87u8, 120u8, 242u8],
            [183u8, 85u8, 147u8, 208u8],
            [183u8, 216u8, 98u8, 37u8],
            [195u8, 99u8, 30u8, 169u8],
            [198u8, 226u8, 164u8, 0u8],
            [205u8, 254u8, 33u8, 34u8],
            [211u8, 112u8, 35u8, 42u8],
            [215u8, 205u8, 218u8, 224u8],
            [220u8, 224u8, 180u8, 228u8],
            [224u8, 177u8, 101u8, 100u8],
            [227u8, 12u8, 57u8, 120u8],
            [240u8, 244u8, 66u8, 96u8],
            [242u8, 253u8, 227u8, 139u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(implementationCount),
            ::core::stringify!(setEmissionWeights),
            ::core::stringify!(deactivateSubnet),
            ::core::stringify!(createSubnet),
            ::core::stringify!(MAX_VALIDATORS_LIMIT),
            ::core::stringify!(unpause),
            ::core::stringify!(instanceOf),
            ::core::stringify!(setMaxSubnets),
            ::core::stringify!(pauseSubnet),
            ::core::stringify!(guardian),
            ::core::stringify!(subnets),
            ::core::stringify!(emissionWeights),
            ::core::stringify!(MAX_SUBNETS_LIMIT),
            ::core::stringify!(version),
            ::core::stringify!(paused),
            ::core::stringify!(treasury),
            ::core::stringify!(burnSlashed),
            ::core::stringify!(MAX_LABEL_LENGTH),
            ::core::stringify!(hyperparameterBounds),
            ::core::stringify!(hyperparameterCooldown),
            ::core::stringify!(renounceOwnership),
            ::core::stringify!(acceptOwnership),
            ::core::stringify!(MAX_SLOTS_LIMIT),
            ::core::stringify!(isActive),
            ::core::stringify!(pause),
            ::core::stringify!(MAX_CREATION_FEE),
            ::core::stringify!(setGuardian),
            ::core::stringify!(getActiveSubnets),
            ::core::stringify!(MAX_COOLDOWN),
            ::core::stringify!(owner),
            ::core::stringify!(implementation),
            ::core::stringify!(subnetCount),
            ::core::stringify!(setHyperparameterTiming),
            ::core::stringify!(isSubnetInstance),
            ::core::stringify!(setHyperparameterBounds),
            ::core::stringify!(setCreationFee),
            ::core::stringify!(checkHyperparameters),
            ::core::stringify!(addImplementation),
            ::core::stringify!(maxSubnets),
            ::core::stringify!(unpauseSubnet),
            ::core::stringify!(setBurnSlashed),
            ::core::stringify!(creationFee),
            ::core::stringify!(hyperparameterFreezeWindow),
            ::core::stringify!(pendingOwner),
            ::core::stringify!(setTreasury),
            ::core::stringify!(transferOwnership),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <implementationCountCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setEmissionWeightsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <deactivateSubnetCall as alloy_sol_types::SolCall>::SIGNATURE,
            <createSubnetCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_VALIDATORS_LIMITCall as alloy_sol_types::SolCall>::SIGNATURE,
            <unpauseCall as alloy_sol_types::SolCall>::SIGNATURE,
            <instanceOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setMaxSubnetsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pauseSubnetCall as alloy_sol_types::SolCall>::SIGNATURE,
            <guardianCall as alloy_sol_types::SolCall>::SIGNATURE,
            <subnetsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <emissionWeightsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_SUBNETS_LIMITCall as alloy_sol_types::SolCall>::SIGNATURE,
            <versionCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pausedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <treasuryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <burnSlashedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_LABEL_LENGTHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hyperparameterBoundsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hyperparameterCooldownCall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceOwnershipCall as alloy_sol_types::SolCall>::SIGNATURE,
            <acceptOwnershipCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_SLOTS_LIMITCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isActiveCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pauseCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_CREATION_FEECall as alloy_sol_types::SolCall>::SIGNATURE,
            <setGuardianCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getActiveSubnetsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_COOLDOWNCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ownerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <implementationCall as alloy_sol_types::SolCall>::SIGNATURE,
            <subnetCountCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setHyperparameterTimingCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isSubnetInstanceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setHyperparameterBoundsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setCreationFeeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <checkHyperparametersCall as alloy_sol_types::SolCall>::SIGNATURE,
            <addImplementationCall as alloy_sol_types::SolCall>::SIGNATURE,
            <maxSubnetsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <unpauseSubnetCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setBurnSlashedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <creationFeeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hyperparameterFreezeWindowCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pendingOwnerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setTreasuryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <transferOwnershipCall as alloy_sol_types::SolCall>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for SubnetRegistryCalls {
        const NAME: &'static str = "SubnetRegistryCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 46usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::MAX_COOLDOWN(_) => {
                    <MAX_COOLDOWNCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_CREATION_FEE(_) => {
                    <MAX_CREATION_FEECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_LABEL_LENGTH(_) => {
                    <MAX_LABEL_LENGTHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_SLOTS_LIMIT(_) => {
                    <MAX_SLOTS_LIMITCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_SUBNETS_LIMIT(_) => {
                    <MAX_SUBNETS_LIMITCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_VALIDATORS_LIMIT(_) => {
                    <MAX_VALIDATORS_LIMITCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::acceptOwnership(_) => {
                    <acceptOwnershipCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::addImplementation(_) => {
                    <addImplementationCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::burnSlashed(_) => {
                    <burnSlashedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::checkHyperparameters(_) => {
                    <checkHyperparametersCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::createSubnet(_) => {
                    <createSubnetCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::creationFee(_) => {
                    <creationFeeCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::deactivateSubnet(_) => {
                    <deactivateSubnetCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::emissionWeights(_) => {
                    <emissionWeightsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getActiveSubnets(_) => {
                    <getActiveSubnetsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::guardian(_) => <guardianCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::hyperparameterBounds(_) => {
                    <hyperparameterBoundsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::hyperparameterCooldown(_) => {
                    <hyperparameterCooldownCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::hyperparameterFreezeWindow(_) => {
                    <hyperparameterFreezeWindowCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::implementation(_) => {
                    <implementationCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::implementationCount(_) => {
                    <implementationCountCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::instanceOf(_) => {
                    <instanceOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::isActive(_) => <isActiveCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isSubnetInstance(_) => {
                    <isSubnetInstanceCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::maxSubnets(_) => {
                    <maxSubnetsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::owner(_) => <ownerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::pause(_) => <pauseCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::pauseSubnet(_) => {
                    <pauseSubnetCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::paused(_) => <pausedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::pendingOwner(_) => {
                    <pendingOwnerCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::renounceOwnership(_) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setBurnSlashed(_) => {
                    <setBurnSlashedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setCreationFee(_) => {
                    <setCreationFeeCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setEmissionWeights(_) => {
                    <setEmissionWeightsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setGuardian(_) => {
                    <setGuardianCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setHyperparameterBounds(_) => {
                    <setHyperparameterBoundsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setHyperparameterTiming(_) => {
                    <setHyperparameterTimingCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setMaxSubnets(_) => {
                    <setMaxSubnetsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setTreasury(_) => {
                    <setTreasuryCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::subnetCount(_) => {
                    <subnetCountCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::subnets(_) => <subnetsCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::transferOwnership(_) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::treasury(_) => <treasuryCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::unpause(_) => <unpauseCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::unpauseSubnet(_) => {
                    <unpauseSubnetCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::version(_) => <versionCall as alloy_sol_types::SolCall>::SELECTOR,
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
            ) -> alloy_sol_types::Result<SubnetRegistryCalls>] = &[
                {
                    fn implementationCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <implementationCountCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::implementationCount)
                    }
                    implementationCount
                },
                {
                    fn setEmissionWeights(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <setEmissionWeightsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::setEmissionWeights)
                    }
                    setEmissionWeights
                },
                {
                    fn deactivateSubnet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <deactivateSubnetCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::deactivateSubnet)
                    }
                    deactivateSubnet
                },
                {
                    fn createSubnet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <createSubnetCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::createSubnet)
                    }
                    createSubnet
                },
                {
                    fn MAX_VALIDATORS_LIMIT(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <MAX_VALIDATORS_LIMITCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::MAX_VALIDATORS_LIMIT)
                    }
                    MAX_VALIDATORS_LIMIT
                },
                {
                    fn unpause(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <unpauseCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SubnetRegistryCalls::unpause)
                    }
                    unpause
                },
                {
                    fn instanceOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <instanceOfCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::instanceOf)
                    }
                    instanceOf
                },
                {
                    fn setMaxSubnets(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <setMaxSubnetsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::setMaxSubnets)
                    }
                    setMaxSubnets
                },
                {
                    fn pauseSubnet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <pauseSubnetCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::pauseSubnet)
                    }
                    pauseSubnet
                },
                {
                    fn guardian(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <guardianCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SubnetRegistryCalls::guardian)
                    }
                    guardian
                },
                {
                    fn subnets(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <subnetsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SubnetRegistryCalls::subnets)
                    }
                    subnets
                },
                {
                    fn emissionWeights(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <emissionWeightsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::emissionWeights)
                    }
                    emissionWeights
                },
                {
                    fn MAX_SUBNETS_LIMIT(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <MAX_SUBNETS_LIMITCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::MAX_SUBNETS_LIMIT)
                    }
                    MAX_SUBNETS_LIMIT
                },
                {
                    fn version(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <versionCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SubnetRegistryCalls::version)
                    }
                    version
                },
                {
                    fn paused(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <pausedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SubnetRegistryCalls::paused)
                    }
                    paused
                },
                {
                    fn treasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <treasuryCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SubnetRegistryCalls::treasury)
                    }
                    treasury
                },
                {
                    fn burnSlashed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <burnSlashedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::burnSlashed)
                    }
                    burnSlashed
                },
                {
                    fn MAX_LABEL_LENGTH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <MAX_LABEL_LENGTHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::MAX_LABEL_LENGTH)
                    }
                    MAX_LABEL_LENGTH
                },
                {
                    fn hyperparameterBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <hyperparameterBoundsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::hyperparameterBounds)
                    }
                    hyperparameterBounds
                },
                {
                    fn hyperparameterCooldown(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <hyperparameterCooldownCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::hyperparameterCooldown)
                    }
                    hyperparameterCooldown
                },
                {
                    fn renounceOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::renounceOwnership)
                    }
                    renounceOwnership
                },
                {
                    fn acceptOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <acceptOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::acceptOwnership)
                    }
                    acceptOwnership
                },
                {
                    fn MAX_SLOTS_LIMIT(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <MAX_SLOTS_LIMITCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::MAX_SLOTS_LIMIT)
                    }
                    MAX_SLOTS_LIMIT
                },
                {
                    fn isActive(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <isActiveCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SubnetRegistryCalls::isActive)
                    }
                    isActive
                },
                {
                    fn pause(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <pauseCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SubnetRegistryCalls::pause)
                    }
                    pause
                },
                {
                    fn MAX_CREATION_FEE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <MAX_CREATION_FEECall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::MAX_CREATION_FEE)
                    }
                    MAX_CREATION_FEE
                },
                {
                    fn setGuardian(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <setGuardianCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::setGuardian)
                    }
                    setGuardian
                },
                {
                    fn getActiveSubnets(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <getActiveSubnetsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::getActiveSubnets)
                    }
                    getActiveSubnets
                },
                {
                    fn MAX_COOLDOWN(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <MAX_COOLDOWNCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::MAX_COOLDOWN)
                    }
                    MAX_COOLDOWN
                },
                {
                    fn owner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SubnetRegistryCalls::owner)
                    }
                    owner
                },
                {
                    fn implementation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <implementationCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::implementation)
                    }
                    implementation
                },
                {
                    fn subnetCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <subnetCountCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::subnetCount)
                    }
                    subnetCount
                },
                {
                    fn setHyperparameterTiming(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <setHyperparameterTimingCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::setHyperparameterTiming)
                    }
                    setHyperparameterTiming
                },
                {
                    fn isSubnetInstance(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <isSubnetInstanceCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::isSubnetInstance)
                    }
                    isSubnetInstance
                },
                {
                    fn setHyperparameterBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <setHyperparameterBoundsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::setHyperparameterBounds)
                    }
                    setHyperparameterBounds
                },
                {
                    fn setCreationFee(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <setCreationFeeCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::setCreationFee)
                    }
                    setCreationFee
                },
                {
                    fn checkHyperparameters(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <checkHyperparametersCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::checkHyperparameters)
                    }
                    checkHyperparameters
                },
                {
                    fn addImplementation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <addImplementationCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::addImplementation)
                    }
                    addImplementation
                },
                {
                    fn maxSubnets(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <maxSubnetsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::maxSubnets)
                    }
                    maxSubnets
                },
                {
                    fn unpauseSubnet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <unpauseSubnetCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::unpauseSubnet)
                    }
                    unpauseSubnet
                },
                {
                    fn setBurnSlashed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <setBurnSlashedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::setBurnSlashed)
                    }
                    setBurnSlashed
                },
                {
                    fn creationFee(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <creationFeeCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::creationFee)
                    }
                    creationFee
                },
                {
                    fn hyperparameterFreezeWindow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <hyperparameterFreezeWindowCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::hyperparameterFreezeWindow)
                    }
                    hyperparameterFreezeWindow
                },
                {
                    fn pendingOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <pendingOwnerCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::pendingOwner)
                    }
                    pendingOwner
                },
                {
                    fn setTreasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <setTreasuryCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::setTreasury)
                    }
                    setTreasury
                },
                {
                    fn transferOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <transferOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryCalls::transferOwnership)
                    }
                    transferOwnership
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
            ) -> alloy_sol_types::Result<SubnetRegistryCalls>] = &[
                {
                    fn implementationCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <implementationCountCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::implementationCount)
                    }
                    implementationCount
                },
                {
                    fn setEmissionWeights(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <setEmissionWeightsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::setEmissionWeights)
                    }
                    setEmissionWeights
                },
                {
                    fn deactivateSubnet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <deactivateSubnetCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::deactivateSubnet)
                    }
                    deactivateSubnet
                },
                {
                    fn createSubnet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <createSubnetCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::createSubnet)
                    }
                    createSubnet
                },
                {
                    fn MAX_VALIDATORS_LIMIT(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <MAX_VALIDATORS_LIMITCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::MAX_VALIDATORS_LIMIT)
                    }
                    MAX_VALIDATORS_LIMIT
                },
                {
                    fn unpause(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <unpauseCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::unpause)
                    }
                    unpause
                },
                {
                    fn instanceOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <instanceOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::instanceOf)
                    }
                    instanceOf
                },
                {
                    fn setMaxSubnets(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <setMaxSubnetsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::setMaxSubnets)
                    }
                    setMaxSubnets
                },
                {
                    fn pauseSubnet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <pauseSubnetCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::pauseSubnet)
                    }
                    pauseSubnet
                },
                {
                    fn guardian(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <guardianCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::guardian)
                    }
                    guardian
                },
                {
                    fn subnets(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <subnetsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::subnets)
                    }
                    subnets
                },
                {
                    fn emissionWeights(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <emissionWeightsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::emissionWeights)
                    }
                    emissionWeights
                },
                {
                    fn MAX_SUBNETS_LIMIT(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <MAX_SUBNETS_LIMITCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::MAX_SUBNETS_LIMIT)
                    }
                    MAX_SUBNETS_LIMIT
                },
                {
                    fn version(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <versionCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::version)
                    }
                    version
                },
                {
                    fn paused(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <pausedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::paused)
                    }
                    paused
                },
                {
                    fn treasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <treasuryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::treasury)
                    }
                    treasury
                },
                {
                    fn burnSlashed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <burnSlashedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::burnSlashed)
                    }
                    burnSlashed
                },
                {
                    fn MAX_LABEL_LENGTH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <MAX_LABEL_LENGTHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::MAX_LABEL_LENGTH)
                    }
                    MAX_LABEL_LENGTH
                },
                {
                    fn hyperparameterBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <hyperparameterBoundsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::hyperparameterBounds)
                    }
                    hyperparameterBounds
                },
                {
                    fn hyperparameterCooldown(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <hyperparameterCooldownCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::hyperparameterCooldown)
                    }
                    hyperparameterCooldown
                },
                {
                    fn renounceOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::renounceOwnership)
                    }
                    renounceOwnership
                },
                {
                    fn acceptOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <acceptOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::acceptOwnership)
                    }
                    acceptOwnership
                },
                {
                    fn MAX_SLOTS_LIMIT(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <MAX_SLOTS_LIMITCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::MAX_SLOTS_LIMIT)
                    }
                    MAX_SLOTS_LIMIT
                },
                {
                    fn isActive(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <isActiveCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::isActive)
                    }
                    isActive
                },
                {
                    fn pause(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <pauseCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::pause)
                    }
                    pause
                },
                {
                    fn MAX_CREATION_FEE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <MAX_CREATION_FEECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::MAX_CREATION_FEE)
                    }
                    MAX_CREATION_FEE
                },
                {
                    fn setGuardian(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <setGuardianCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::setGuardian)
                    }
                    setGuardian
                },
                {
                    fn getActiveSubnets(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <getActiveSubnetsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::getActiveSubnets)
                    }
                    getActiveSubnets
                },
                {
                    fn MAX_COOLDOWN(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <MAX_COOLDOWNCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::MAX_COOLDOWN)
                    }
                    MAX_COOLDOWN
                },
                {
                    fn owner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::owner)
                    }
                    owner
                },
                {
                    fn implementation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <implementationCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::implementation)
                    }
                    implementation
                },
                {
                    fn subnetCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <subnetCountCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::subnetCount)
                    }
                    subnetCount
                },
                {
                    fn setHyperparameterTiming(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <setHyperparameterTimingCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::setHyperparameterTiming)
                    }
                    setHyperparameterTiming
                },
                {
                    fn isSubnetInstance(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <isSubnetInstanceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::isSubnetInstance)
                    }
                    isSubnetInstance
                },
                {
                    fn setHyperparameterBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <setHyperparameterBoundsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::setHyperparameterBounds)
                    }
                    setHyperparameterBounds
                },
                {
                    fn setCreationFee(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <setCreationFeeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::setCreationFee)
                    }
                    setCreationFee
                },
                {
                    fn checkHyperparameters(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <checkHyperparametersCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::checkHyperparameters)
                    }
                    checkHyperparameters
                },
                {
                    fn addImplementation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <addImplementationCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::addImplementation)
                    }
                    addImplementation
                },
                {
                    fn maxSubnets(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <maxSubnetsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::maxSubnets)
                    }
                    maxSubnets
                },
                {
                    fn unpauseSubnet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <unpauseSubnetCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::unpauseSubnet)
                    }
                    unpauseSubnet
                },
                {
                    fn setBurnSlashed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <setBurnSlashedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::setBurnSlashed)
                    }
                    setBurnSlashed
                },
                {
                    fn creationFee(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <creationFeeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::creationFee)
                    }
                    creationFee
                },
                {
                    fn hyperparameterFreezeWindow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <hyperparameterFreezeWindowCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::hyperparameterFreezeWindow)
                    }
                    hyperparameterFreezeWindow
                },
                {
                    fn pendingOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <pendingOwnerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::pendingOwner)
                    }
                    pendingOwner
                },
                {
                    fn setTreasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <setTreasuryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::setTreasury)
                    }
                    setTreasury
                },
                {
                    fn transferOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryCalls> {
                        <transferOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryCalls::transferOwnership)
                    }
                    transferOwnership
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
                Self::MAX_COOLDOWN(inner) => {
                    <MAX_COOLDOWNCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_CREATION_FEE(inner) => {
                    <MAX_CREATION_FEECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_LABEL_LENGTH(inner) => {
                    <MAX_LABEL_LENGTHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_SLOTS_LIMIT(inner) => {
                    <MAX_SLOTS_LIMITCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_SUBNETS_LIMIT(inner) => {
                    <MAX_SUBNETS_LIMITCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_VALIDATORS_LIMIT(inner) => {
                    <MAX_VALIDATORS_LIMITCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::acceptOwnership(inner) => {
                    <acceptOwnershipCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::addImplementation(inner) => {
                    <addImplementationCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::burnSlashed(inner) => {
                    <burnSlashedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::checkHyperparameters(inner) => {
                    <checkHyperparametersCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::createSubnet(inner) => {
                    <createSubnetCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::creationFee(inner) => {
                    <creationFeeCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::deactivateSubnet(inner) => {
                    <deactivateSubnetCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::emissionWeights(inner) => {
                    <emissionWeightsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getActiveSubnets(inner) => {
                    <getActiveSubnetsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::guardian(inner) => {
                    <guardianCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::hyperparameterBounds(inner) => {
                    <hyperparameterBoundsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::hyperparameterCooldown(inner) => {
                    <hyperparameterCooldownCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::hyperparameterFreezeWindow(inner) => {
                    <hyperparameterFreezeWindowCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::implementation(inner) => {
                    <implementationCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::implementationCount(inner) => {
                    <implementationCountCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::instanceOf(inner) => {
                    <instanceOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isActive(inner) => {
                    <isActiveCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isSubnetInstance(inner) => {
                    <isSubnetInstanceCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::maxSubnets(inner) => {
                    <maxSubnetsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::owner(inner) => {
                    <ownerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::pause(inner) => {
                    <pauseCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::pauseSubnet(inner) => {
                    <pauseSubnetCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::paused(inner) => {
                    <pausedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::pendingOwner(inner) => {
                    <pendingOwnerCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::renounceOwnership(inner) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setBurnSlashed(inner) => {
                    <setBurnSlashedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setCreationFee(inner) => {
                    <setCreationFeeCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setEmissionWeights(inner) => {
                    <setEmissionWeightsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setGuardian(inner) => {
                    <setGuardianCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setHyperparameterBounds(inner) => {
                    <setHyperparameterBoundsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setHyperparameterTiming(inner) => {
                    <setHyperparameterTimingCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setMaxSubnets(inner) => {
                    <setMaxSubnetsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setTreasury(inner) => {
                    <setTreasuryCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::subnetCount(inner) => {
                    <subnetCountCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::subnets(inner) => {
                    <subnetsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::transferOwnership(inner) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::treasury(inner) => {
                    <treasuryCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::unpause(inner) => {
                    <unpauseCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::unpauseSubnet(inner) => {
                    <unpauseSubnetCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::version(inner) => {
                    <versionCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::MAX_COOLDOWN(inner) => {
                    <MAX_COOLDOWNCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_CREATION_FEE(inner) => {
                    <MAX_CREATION_FEECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_LABEL_LENGTH(inner) => {
                    <MAX_LABEL_LENGTHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_SLOTS_LIMIT(inner) => {
                    <MAX_SLOTS_LIMITCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_SUBNETS_LIMIT(inner) => {
                    <MAX_SUBNETS_LIMITCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_VALIDATORS_LIMIT(inner) => {
                    <MAX_VALIDATORS_LIMITCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::acceptOwnership(inner) => {
                    <acceptOwnershipCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::addImplementation(inner) => {
                    <addImplementationCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::burnSlashed(inner) => {
                    <burnSlashedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::checkHyperparameters(inner) => {
                    <checkHyperparametersCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::createSubnet(inner) => {
                    <createSubnetCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::creationFee(inner) => {
                    <creationFeeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::deactivateSubnet(inner) => {
                    <deactivateSubnetCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::emissionWeights(inner) => {
                    <emissionWeightsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getActiveSubnets(inner) => {
                    <getActiveSubnetsCall as alloy_sol_types::SolCall>::abi_encode_raw(
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
                Self::hyperparameterBounds(inner) => {
                    <hyperparameterBoundsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::hyperparameterCooldown(inner) => {
                    <hyperparameterCooldownCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::hyperparameterFreezeWindow(inner) => {
                    <hyperparameterFreezeWindowCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::implementation(inner) => {
                    <implementationCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::implementationCount(inner) => {
                    <implementationCountCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::instanceOf(inner) => {
                    <instanceOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::isActive(inner) => {
                    <isActiveCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::isSubnetInstance(inner) => {
                    <isSubnetInstanceCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::maxSubnets(inner) => {
                    <maxSubnetsCall as alloy_sol_types::SolCall>::abi_encode_raw(
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
                Self::pauseSubnet(inner) => {
                    <pauseSubnetCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
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
                Self::renounceOwnership(inner) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setBurnSlashed(inner) => {
                    <setBurnSlashedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setCreationFee(inner) => {
                    <setCreationFeeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setEmissionWeights(inner) => {
                    <setEmissionWeightsCall as alloy_sol_types::SolCall>::abi_encode_raw(
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
                Self::setHyperparameterBounds(inner) => {
                    <setHyperparameterBoundsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setHyperparameterTiming(inner) => {
                    <setHyperparameterTimingCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setMaxSubnets(inner) => {
                    <setMaxSubnetsCall as alloy_sol_types::SolCall>::abi_encode_raw(
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
                Self::subnetCount(inner) => {
                    <subnetCountCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::subnets(inner) => {
                    <subnetsCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
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
                Self::unpause(inner) => {
                    <unpauseCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::unpauseSubnet(inner) => {
                    <unpauseSubnetCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::version(inner) => {
                    <versionCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`SubnetRegistry`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum SubnetRegistryErrors {
        #[allow(missing_docs)]
        EnforcedPause(EnforcedPause),
        #[allow(missing_docs)]
        ExpectedPause(ExpectedPause),
        #[allow(missing_docs)]
        FailedDeployment(FailedDeployment),
        #[allow(missing_docs)]
        HyperparameterOutOfBounds(HyperparameterOutOfBounds),
        #[allow(missing_docs)]
        InconsistentHyperparameters(InconsistentHyperparameters),
        #[allow(missing_docs)]
        InsufficientBalance(InsufficientBalance),
        #[allow(missing_docs)]
        InvalidBounds(InvalidBounds),
        #[allow(missing_docs)]
        InvalidImplementation(InvalidImplementation),
        #[allow(missing_docs)]
        InvalidLabel(InvalidLabel),
        #[allow(missing_docs)]
        NameTaken(NameTaken),
        #[allow(missing_docs)]
        NoImplementation(NoImplementation),
        #[allow(missing_docs)]
        NotOwnerOrGuardian(NotOwnerOrGuardian),
        #[allow(missing_docs)]
        OwnableInvalidOwner(OwnableInvalidOwner),
        #[allow(missing_docs)]
        OwnableUnauthorizedAccount(OwnableUnauthorizedAccount),
        #[allow(missing_docs)]
        ReentrancyGuardReentrantCall(ReentrancyGuardReentrantCall),
        #[allow(missing_docs)]
        SafeERC20FailedOperation(SafeERC20FailedOperation),
        #[allow(missing_docs)]
        SettingAboveLimit(SettingAboveLimit),
        #[allow(missing_docs)]
        SubnetCapReached(SubnetCapReached),
        #[allow(missing_docs)]
        SubnetNotActive(SubnetNotActive),
        #[allow(missing_docs)]
        UnknownSubnet(UnknownSubnet),
        #[allow(missing_docs)]
        ZeroAddress(ZeroAddress),
    }
    impl SubnetRegistryErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [4u8, 248u8, 8u8, 53u8],
            [12u8, 118u8, 9u8, 55u8],
            [17u8, 140u8, 218u8, 167u8],
            [28u8, 158u8, 75u8, 108u8],
            [30u8, 79u8, 189u8, 247u8],
            [36u8, 95u8, 59u8, 170u8],
            [53u8, 254u8, 231u8, 125u8],
            [57u8, 179u8, 59u8, 191u8],
            [62u8, 229u8, 174u8, 181u8],
            [82u8, 116u8, 175u8, 231u8],
            [107u8, 24u8, 131u8, 243u8],
            [117u8, 246u8, 88u8, 254u8],
            [134u8, 250u8, 144u8, 246u8],
            [141u8, 252u8, 32u8, 43u8],
            [144u8, 175u8, 236u8, 243u8],
            [176u8, 110u8, 191u8, 61u8],
            [198u8, 116u8, 92u8, 168u8],
            [207u8, 71u8, 145u8, 129u8],
            [217u8, 60u8, 6u8, 101u8],
            [234u8, 192u8, 211u8, 137u8],
            [242u8, 61u8, 88u8, 202u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(SubnetCapReached),
            ::core::stringify!(InvalidImplementation),
            ::core::stringify!(OwnableUnauthorizedAccount),
            ::core::stringify!(SettingAboveLimit),
            ::core::stringify!(OwnableInvalidOwner),
            ::core::stringify!(UnknownSubnet),
            ::core::stringify!(NameTaken),
            ::core::stringify!(SubnetNotActive),
            ::core::stringify!(ReentrancyGuardReentrantCall),
            ::core::stringify!(SafeERC20FailedOperation),
            ::core::stringify!(NotOwnerOrGuardian),
            ::core::stringify!(InvalidBounds),
            ::core::stringify!(InvalidLabel),
            ::core::stringify!(ExpectedPause),
            ::core::stringify!(HyperparameterOutOfBounds),
            ::core::stringify!(FailedDeployment),
            ::core::stringify!(NoImplementation),
            ::core::stringify!(InsufficientBalance),
            ::core::stringify!(EnforcedPause),
            ::core::stringify!(ZeroAddress),
            ::core::stringify!(InconsistentHyperparameters),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <SubnetCapReached as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidImplementation as alloy_sol_types::SolError>::SIGNATURE,
            <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::SIGNATURE,
            <SettingAboveLimit as alloy_sol_types::SolError>::SIGNATURE,
            <OwnableInvalidOwner as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownSubnet as alloy_sol_types::SolError>::SIGNATURE,
            <NameTaken as alloy_sol_types::SolError>::SIGNATURE,
            <SubnetNotActive as alloy_sol_types::SolError>::SIGNATURE,
            <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::SIGNATURE,
            <SafeERC20FailedOperation as alloy_sol_types::SolError>::SIGNATURE,
            <NotOwnerOrGuardian as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidBounds as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidLabel as alloy_sol_types::SolError>::SIGNATURE,
            <ExpectedPause as alloy_sol_types::SolError>::SIGNATURE,
            <HyperparameterOutOfBounds as alloy_sol_types::SolError>::SIGNATURE,
            <FailedDeployment as alloy_sol_types::SolError>::SIGNATURE,
            <NoImplementation as alloy_sol_types::SolError>::SIGNATURE,
            <InsufficientBalance as alloy_sol_types::SolError>::SIGNATURE,
            <EnforcedPause as alloy_sol_types::SolError>::SIGNATURE,
            <ZeroAddress as alloy_sol_types::SolError>::SIGNATURE,
            <InconsistentHyperparameters as alloy_sol_types::SolError>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for SubnetRegistryErrors {
        const NAME: &'static str = "SubnetRegistryErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 21usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::EnforcedPause(_) => {
                    <EnforcedPause as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ExpectedPause(_) => {
                    <ExpectedPause as alloy_sol_types::SolError>::SELECTOR
                }
                Self::FailedDeployment(_) => {
                    <FailedDeployment as alloy_sol_types::SolError>::SELECTOR
                }
                Self::HyperparameterOutOfBounds(_) => {
                    <HyperparameterOutOfBounds as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InconsistentHyperparameters(_) => {
                    <InconsistentHyperparameters as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InsufficientBalance(_) => {
                    <InsufficientBalance as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidBounds(_) => {
                    <InvalidBounds as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidImplementation(_) => {
                    <InvalidImplementation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidLabel(_) => {
                    <InvalidLabel as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NameTaken(_) => <NameTaken as alloy_sol_types::SolError>::SELECTOR,
                Self::NoImplementation(_) => {
                    <NoImplementation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotOwnerOrGuardian(_) => {
                    <NotOwnerOrGuardian as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OwnableInvalidOwner(_) => {
                    <OwnableInvalidOwner as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OwnableUnauthorizedAccount(_) => {
                    <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ReentrancyGuardReentrantCall(_) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeERC20FailedOperation(_) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SettingAboveLimit(_) => {
                    <SettingAboveLimit as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SubnetCapReached(_) => {
                    <SubnetCapReached as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SubnetNotActive(_) => {
                    <SubnetNotActive as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UnknownSubnet(_) => {
                    <UnknownSubnet as alloy_sol_types::SolError>::SELECTOR
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
            ) -> alloy_sol_types::Result<SubnetRegistryErrors>] = &[
                {
                    fn SubnetCapReached(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <SubnetCapReached as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryErrors::SubnetCapReached)
                    }
                    SubnetCapReached
                },
                {
                    fn InvalidImplementation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <InvalidImplementation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryErrors::InvalidImplementation)
                    }
                    InvalidImplementation
                },
                {
                    fn OwnableUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryErrors::OwnableUnauthorizedAccount)
                    }
                    OwnableUnauthorizedAccount
                },
                {
                    fn SettingAboveLimit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <SettingAboveLimit as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryErrors::SettingAboveLimit)
                    }
                    SettingAboveLimit
                },
                {
                    fn OwnableInvalidOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryErrors::OwnableInvalidOwner)
                    }
                    OwnableInvalidOwner
                },
                {
                    fn UnknownSubnet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <UnknownSubnet as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryErrors::UnknownSubnet)
                    }
                    UnknownSubnet
                },
                {
                    fn NameTaken(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <NameTaken as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SubnetRegistryErrors::NameTaken)
                    }
                    NameTaken
                },
                {
                    fn SubnetNotActive(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <SubnetNotActive as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryErrors::SubnetNotActive)
                    }
                    SubnetNotActive
                },
                {
                    fn ReentrancyGuardReentrantCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryErrors::ReentrancyGuardReentrantCall)
                    }
                    ReentrancyGuardReentrantCall
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn NotOwnerOrGuardian(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <NotOwnerOrGuardian as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryErrors::NotOwnerOrGuardian)
                    }
                    NotOwnerOrGuardian
                },
                {
                    fn InvalidBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <InvalidBounds as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryErrors::InvalidBounds)
                    }
                    InvalidBounds
                },
                {
                    fn InvalidLabel(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <InvalidLabel as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SubnetRegistryErrors::InvalidLabel)
                    }
                    InvalidLabel
                },
                {
                    fn ExpectedPause(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <ExpectedPause as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryErrors::ExpectedPause)
                    }
                    ExpectedPause
                },
                {
                    fn HyperparameterOutOfBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <HyperparameterOutOfBounds as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryErrors::HyperparameterOutOfBounds)
                    }
                    HyperparameterOutOfBounds
                },
                {
                    fn FailedDeployment(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <FailedDeployment as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryErrors::FailedDeployment)
                    }
                    FailedDeployment
                },
                {
                    fn NoImplementation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <NoImplementation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryErrors::NoImplementation)
                    }
                    NoImplementation
                },
                {
                    fn InsufficientBalance(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <InsufficientBalance as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryErrors::InsufficientBalance)
                    }
                    InsufficientBalance
                },
                {
                    fn EnforcedPause(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <EnforcedPause as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryErrors::EnforcedPause)
                    }
                    EnforcedPause
                },
                {
                    fn ZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <ZeroAddress as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SubnetRegistryErrors::ZeroAddress)
                    }
                    ZeroAddress
                },
                {
                    fn InconsistentHyperparameters(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <InconsistentHyperparameters as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SubnetRegistryErrors::InconsistentHyperparameters)
                    }
                    InconsistentHyperparameters
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
            ) -> alloy_sol_types::Result<SubnetRegistryErrors>] = &[
                {
                    fn SubnetCapReached(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <SubnetCapReached as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryErrors::SubnetCapReached)
                    }
                    SubnetCapReached
                },
                {
                    fn InvalidImplementation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <InvalidImplementation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryErrors::InvalidImplementation)
                    }
                    InvalidImplementation
                },
                {
                    fn OwnableUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryErrors::OwnableUnauthorizedAccount)
                    }
                    OwnableUnauthorizedAccount
                },
                {
                    fn SettingAboveLimit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <SettingAboveLimit as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryErrors::SettingAboveLimit)
                    }
                    SettingAboveLimit
                },
                {
                    fn OwnableInvalidOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryErrors::OwnableInvalidOwner)
                    }
                    OwnableInvalidOwner
                },
                {
                    fn UnknownSubnet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <UnknownSubnet as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryErrors::UnknownSubnet)
                    }
                    UnknownSubnet
                },
                {
                    fn NameTaken(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <NameTaken as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryErrors::NameTaken)
                    }
                    NameTaken
                },
                {
                    fn SubnetNotActive(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <SubnetNotActive as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryErrors::SubnetNotActive)
                    }
                    SubnetNotActive
                },
                {
                    fn ReentrancyGuardReentrantCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryErrors::ReentrancyGuardReentrantCall)
                    }
                    ReentrancyGuardReentrantCall
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn NotOwnerOrGuardian(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <NotOwnerOrGuardian as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryErrors::NotOwnerOrGuardian)
                    }
                    NotOwnerOrGuardian
                },
                {
                    fn InvalidBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <InvalidBounds as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryErrors::InvalidBounds)
                    }
                    InvalidBounds
                },
                {
                    fn InvalidLabel(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <InvalidLabel as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryErrors::InvalidLabel)
                    }
                    InvalidLabel
                },
                {
                    fn ExpectedPause(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <ExpectedPause as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryErrors::ExpectedPause)
                    }
                    ExpectedPause
                },
                {
                    fn HyperparameterOutOfBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <HyperparameterOutOfBounds as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryErrors::HyperparameterOutOfBounds)
                    }
                    HyperparameterOutOfBounds
                },
                {
                    fn FailedDeployment(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <FailedDeployment as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryErrors::FailedDeployment)
                    }
                    FailedDeployment
                },
                {
                    fn NoImplementation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <NoImplementation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryErrors::NoImplementation)
                    }
                    NoImplementation
                },
                {
                    fn InsufficientBalance(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <InsufficientBalance as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryErrors::InsufficientBalance)
                    }
                    InsufficientBalance
                },
                {
                    fn EnforcedPause(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <EnforcedPause as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryErrors::EnforcedPause)
                    }
                    EnforcedPause
                },
                {
                    fn ZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <ZeroAddress as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryErrors::ZeroAddress)
                    }
                    ZeroAddress
                },
                {
                    fn InconsistentHyperparameters(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SubnetRegistryErrors> {
                        <InconsistentHyperparameters as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SubnetRegistryErrors::InconsistentHyperparameters)
                    }
                    InconsistentHyperparameters
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
                Self::EnforcedPause(inner) => {
                    <EnforcedPause as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ExpectedPause(inner) => {
                    <ExpectedPause as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::FailedDeployment(inner) => {
                    <FailedDeployment as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::HyperparameterOutOfBounds(inner) => {
                    <HyperparameterOutOfBounds as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InconsistentHyperparameters(inner) => {
                    <InconsistentHyperparameters as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InsufficientBalance(inner) => {
                    <InsufficientBalance as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidBounds(inner) => {
                    <InvalidBounds as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidImplementation(inner) => {
                    <InvalidImplementation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidLabel(inner) => {
                    <InvalidLabel as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NameTaken(inner) => {
                    <NameTaken as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NoImplementation(inner) => {
                    <NoImplementation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotOwnerOrGuardian(inner) => {
                    <NotOwnerOrGuardian as alloy_sol_types::SolError>::abi_encoded_size(
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
                Self::ReentrancyGuardReentrantCall(inner) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SettingAboveLimit(inner) => {
                    <SettingAboveLimit as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SubnetCapReached(inner) => {
                    <SubnetCapReached as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SubnetNotActive(inner) => {
                    <SubnetNotActive as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UnknownSubnet(inner) => {
                    <UnknownSubnet as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ZeroAddress(inner) => {
                    <ZeroAddress as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
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
                Self::FailedDeployment(inner) => {
                    <FailedDeployment as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::HyperparameterOutOfBounds(inner) => {
                    <HyperparameterOutOfBounds as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InconsistentHyperparameters(inner) => {
                    <InconsistentHyperparameters as alloy_sol_types::SolError>::abi_encode_raw(
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
                Self::InvalidBounds(inner) => {
                    <InvalidBounds as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidImplementation(inner) => {
                    <InvalidImplementation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidLabel(inner) => {
                    <InvalidLabel as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NameTaken(inner) => {
                    <NameTaken as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NoImplementation(inner) => {
                    <NoImplementation as alloy_sol_types::SolError>::abi_encode_raw(
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
                Self::ReentrancyGuardReentrantCall(inner) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_encode_raw(
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
                Self::SettingAboveLimit(inner) => {
                    <SettingAboveLimit as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SubnetCapReached(inner) => {
                    <SubnetCapReached as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SubnetNotActive(inner) => {
                    <SubnetNotActive as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UnknownSubnet(inner) => {
                    <UnknownSubnet as alloy_sol_types::SolError>::abi_encode_raw(
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
    ///Container for all the [`SubnetRegistry`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum SubnetRegistryEvents {
        #[allow(missing_docs)]
        CreationFeeSet(CreationFeeSet),
        #[allow(missing_docs)]
        EmissionWeightsSet(EmissionWeightsSet),
        #[allow(missing_docs)]
        GuardianSet(GuardianSet),
        #[allow(missing_docs)]
        HyperparameterBoundsSet(HyperparameterBoundsSet),
        #[allow(missing_docs)]
        HyperparameterTimingSet(HyperparameterTimingSet),
        #[allow(missing_docs)]
        ImplementationAdded(ImplementationAdded),
        #[allow(missing_docs)]
        MaxSubnetsSet(MaxSubnetsSet),
        #[allow(missing_docs)]
        OwnershipTransferStarted(OwnershipTransferStarted),
        #[allow(missing_docs)]
        OwnershipTransferred(OwnershipTransferred),
        #[allow(missing_docs)]
        Paused(Paused),
        #[allow(missing_docs)]
        SlashDestinationSet(SlashDestinationSet),
        #[allow(missing_docs)]
        SubnetCreated(SubnetCreated),
        #[allow(missing_docs)]
        SubnetDeactivated(SubnetDeactivated),
        #[allow(missing_docs)]
        SubnetPauseSet(SubnetPauseSet),
        #[allow(missing_docs)]
        TreasurySet(TreasurySet),
        #[allow(missing_docs)]
        Unpaused(Unpaused),
    }
    impl SubnetRegistryEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                10u8, 166u8, 246u8, 177u8, 102u8, 215u8, 118u8, 53u8, 45u8, 108u8, 212u8,
                210u8, 3u8, 62u8, 121u8, 47u8, 246u8, 23u8, 112u8, 18u8, 171u8, 255u8,
                250u8, 8u8, 23u8, 45u8, 157u8, 219u8, 112u8, 39u8, 50u8, 68u8,
            ],
            [
                21u8, 242u8, 47u8, 110u8, 125u8, 91u8, 207u8, 111u8, 66u8, 130u8, 54u8,
                3u8, 80u8, 140u8, 172u8, 88u8, 79u8, 201u8, 125u8, 195u8, 24u8, 147u8,
                253u8, 7u8, 6u8, 10u8, 161u8, 226u8, 34u8, 28u8, 17u8, 253u8,
            ],
            [
                43u8, 194u8, 185u8, 223u8, 211u8, 249u8, 60u8, 92u8, 245u8, 152u8, 120u8,
                12u8, 139u8, 51u8, 165u8, 151u8, 191u8, 47u8, 153u8, 176u8, 156u8, 79u8,
                26u8, 36u8, 180u8, 156u8, 174u8, 247u8, 254u8, 53u8, 55u8, 113u8,
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
                61u8, 232u8, 142u8, 90u8, 247u8, 217u8, 191u8, 88u8, 172u8, 79u8, 169u8,
                95u8, 43u8, 190u8, 237u8, 173u8, 28u8, 167u8, 173u8, 13u8, 217u8, 209u8,
                74u8, 90u8, 167u8, 80u8, 107u8, 116u8, 250u8, 169u8, 169u8, 195u8,
            ],
            [
                93u8, 185u8, 238u8, 10u8, 73u8, 91u8, 242u8, 230u8, 255u8, 156u8, 145u8,
                167u8, 131u8, 76u8, 27u8, 164u8, 253u8, 210u8, 68u8, 165u8, 232u8, 170u8,
                78u8, 83u8, 123u8, 211u8, 138u8, 234u8, 228u8, 176u8, 115u8, 170u8,
            ],
            [
                98u8, 231u8, 140u8, 234u8, 1u8, 190u8, 227u8, 32u8, 205u8, 78u8, 66u8,
                2u8, 112u8, 181u8, 234u8, 116u8, 0u8, 13u8, 17u8, 176u8, 201u8, 247u8,
                71u8, 84u8, 235u8, 219u8, 252u8, 84u8, 75u8, 5u8, 162u8, 88u8,
            ],
            [
                101u8, 207u8, 68u8, 215u8, 195u8, 220u8, 16u8, 84u8, 159u8, 50u8, 42u8,
                251u8, 231u8, 69u8, 178u8, 165u8, 105u8, 230u8, 226u8, 161u8, 119u8,
                249u8, 70u8, 87u8, 73u8, 163u8, 147u8, 175u8, 188u8, 156u8, 53u8, 79u8,
            ],
            [
                106u8, 143u8, 38u8, 1u8, 188u8, 24u8, 208u8, 223u8, 100u8, 38u8, 129u8,
                138u8, 107u8, 226u8, 165u8, 3u8, 203u8, 161u8, 31u8, 2u8, 169u8, 90u8,
                179u8, 99u8, 236u8, 112u8, 14u8, 171u8, 138u8, 159u8, 47u8, 28u8,
            ],
            [
                139u8, 224u8, 7u8, 156u8, 83u8, 22u8, 89u8, 20u8, 19u8, 68u8, 205u8,
                31u8, 208u8, 164u8, 242u8, 132u8, 25u8, 73u8, 127u8, 151u8, 34u8, 163u8,
                218u8, 175u8, 227u8, 180u8, 24u8, 111u8, 107u8, 100u8, 87u8, 224u8,
            ],
            [
                161u8, 215u8, 103u8, 208u8, 157u8, 119u8, 143u8, 181u8, 235u8, 140u8,
                146u8, 175u8, 75u8, 21u8, 199u8, 204u8, 191u8, 170u8, 101u8, 15u8, 120u8,
                212u8, 47u8, 213u8, 57u8, 65u8, 89u8, 128u8, 60u8, 187u8, 118u8, 41u8,
            ],
            [
                171u8, 103u8, 44u8, 172u8, 78u8, 156u8, 13u8, 62u8, 201u8, 11u8, 37u8,
                173u8, 98u8, 120u8, 116u8, 37u8, 177u8, 214u8, 242u8, 91u8, 185u8, 200u8,
                167u8, 214u8, 209u8, 249u8, 140u8, 225u8, 100u8, 183u8, 126u8, 87u8,
            ],
            [
                218u8, 5u8, 2u8, 234u8, 93u8, 107u8, 176u8, 202u8, 111u8, 244u8, 11u8,
                40u8, 112u8, 19u8, 22u8, 192u8, 239u8, 114u8, 165u8, 97u8, 100u8, 52u8,
                131u8, 110u8, 232u8, 38u8, 223u8, 168u8, 249u8, 218u8, 188u8, 165u8,
            ],
            [
                230u8, 192u8, 159u8, 254u8, 69u8, 114u8, 220u8, 156u8, 234u8, 165u8,
                221u8, 222u8, 74u8, 228u8, 27u8, 239u8, 166u8, 85u8, 214u8, 253u8, 254u8,
                128u8, 82u8, 7u8, 122u8, 240u8, 151u8, 15u8, 112u8, 14u8, 148u8, 46u8,
            ],
            [
                241u8, 162u8, 150u8, 137u8, 107u8, 62u8, 32u8, 112u8, 13u8, 200u8, 74u8,
                209u8, 238u8, 72u8, 238u8, 125u8, 182u8, 93u8, 111u8, 25u8, 163u8, 5u8,
                112u8, 248u8, 162u8, 31u8, 126u8, 253u8, 104u8, 196u8, 54u8, 207u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(HyperparameterTimingSet),
            ::core::stringify!(SubnetCreated),
            ::core::stringify!(SlashDestinationSet),
            ::core::stringify!(OwnershipTransferStarted),
            ::core::stringify!(TreasurySet),
            ::core::stringify!(HyperparameterBoundsSet),
            ::core::stringify!(Unpaused),
            ::core::stringify!(Paused),
            ::core::stringify!(CreationFeeSet),
            ::core::stringify!(SubnetPauseSet),
            ::core::stringify!(OwnershipTransferred),
            ::core::stringify!(ImplementationAdded),
            ::core::stringify!(MaxSubnetsSet),
            ::core::stringify!(SubnetDeactivated),
            ::core::stringify!(GuardianSet),
            ::core::stringify!(EmissionWeightsSet),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <HyperparameterTimingSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <SubnetCreated as alloy_sol_types::SolEvent>::SIGNATURE,
            <SlashDestinationSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <OwnershipTransferStarted as alloy_sol_types::SolEvent>::SIGNATURE,
            <TreasurySet as alloy_sol_types::SolEvent>::SIGNATURE,
            <HyperparameterBoundsSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <Unpaused as alloy_sol_types::SolEvent>::SIGNATURE,
            <Paused as alloy_sol_types::SolEvent>::SIGNATURE,
            <CreationFeeSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <SubnetPauseSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <OwnershipTransferred as alloy_sol_types::SolEvent>::SIGNATURE,
            <ImplementationAdded as alloy_sol_types::SolEvent>::SIGNATURE,
            <MaxSubnetsSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <SubnetDeactivated as alloy_sol_types::SolEvent>::SIGNATURE,
            <GuardianSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <EmissionWeightsSet as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for SubnetRegistryEvents {
        const NAME: &'static str = "SubnetRegistryEvents";
        const COUNT: usize = 16usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<CreationFeeSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <CreationFeeSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::CreationFeeSet)
                }
                Some(
                    <EmissionWeightsSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <EmissionWeightsSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::EmissionWeightsSet)
                }
                Some(<GuardianSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <GuardianSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::GuardianSet)
                }
                Some(
                    <HyperparameterBoundsSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <HyperparameterBoundsSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::HyperparameterBoundsSet)
                }
                Some(
                    <HyperparameterTimingSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <HyperparameterTimingSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::HyperparameterTimingSet)
                }
                Some(
                    <ImplementationAdded as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <ImplementationAdded as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ImplementationAdded)
                }
                Some(<MaxSubnetsSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <MaxSubnetsSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::MaxSubnetsSet)
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
                Some(
                    <SlashDestinationSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <SlashDestinationSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::SlashDestinationSet)
                }
                Some(<SubnetCreated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <SubnetCreated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::SubnetCreated)
                }
                Some(
                    <SubnetDeactivated as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <SubnetDeactivated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::SubnetDeactivated)
                }
                Some(<SubnetPauseSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <SubnetPauseSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::SubnetPauseSet)
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
    impl alloy_sol_types::private::IntoLogData for SubnetRegistryEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::CreationFeeSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EmissionWeightsSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::GuardianSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::HyperparameterBoundsSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::HyperparameterTimingSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ImplementationAdded(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::MaxSubnetsSet(inner) => {
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
                Self::SlashDestinationSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::SubnetCreated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::SubnetDeactivated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::SubnetPauseSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::TreasurySet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Unpaused(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::CreationFeeSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EmissionWeightsSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::GuardianSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::HyperparameterBoundsSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::HyperparameterTimingSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ImplementationAdded(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::MaxSubnetsSet(inner) => {
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
                Self::SlashDestinationSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::SubnetCreated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::SubnetDeactivated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::SubnetPauseSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::TreasurySet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Unpaused(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`SubnetRegistry`](self) contract instance.

See the [wrapper's documentation](`SubnetRegistryInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> SubnetRegistryInstance<P, N> {
        SubnetRegistryInstance::<P, N>::new(address, __provider)
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
        tora_: alloy::sol_types::private::Address,
        config: <Config as alloy::sol_types::SolType>::RustType,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<SubnetRegistryInstance<P, N>>,
    > {
        SubnetRegistryInstance::<P, N>::deploy(__provider, owner_, tora_, config)
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
        tora_: alloy::sol_types::private::Address,
        config: <Config as alloy::sol_types::SolType>::RustType,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        SubnetRegistryInstance::<P, N>::deploy_builder(__provider, owner_, tora_, config)
    }
    /**A [`SubnetRegistry`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`SubnetRegistry`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct SubnetRegistryInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for SubnetRegistryInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("SubnetRegistryInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > SubnetRegistryInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`SubnetRegistry`](self) contract instance.

See the [wrapper's documentation](`SubnetRegistryInstance`) for more details.*/
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
            tora_: alloy::sol_types::private::Address,
            config: <Config as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::Result<SubnetRegistryInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider, owner_, tora_, config);
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
            tora_: alloy::sol_types::private::Address,
            config: <Config as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(
                        &constructorCall {
                            owner_,
                            tora_,
                            config,
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
    impl<P: ::core::clone::Clone, N> SubnetRegistryInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> SubnetRegistryInstance<P, N> {
            SubnetRegistryInstance {
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
    > SubnetRegistryInstance<P, N> {
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
        ///Creates a new call builder for the [`MAX_COOLDOWN`] function.
        pub fn MAX_COOLDOWN(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_COOLDOWNCall, N> {
            self.call_builder(&MAX_COOLDOWNCall)
        }
        ///Creates a new call builder for the [`MAX_CREATION_FEE`] function.
        pub fn MAX_CREATION_FEE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_CREATION_FEECall, N> {
            self.call_builder(&MAX_CREATION_FEECall)
        }
        ///Creates a new call builder for the [`MAX_LABEL_LENGTH`] function.
        pub fn MAX_LABEL_LENGTH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_LABEL_LENGTHCall, N> {
            self.call_builder(&MAX_LABEL_LENGTHCall)
        }
        ///Creates a new call builder for the [`MAX_SLOTS_LIMIT`] function.
        pub fn MAX_SLOTS_LIMIT(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_SLOTS_LIMITCall, N> {
            self.call_builder(&MAX_SLOTS_LIMITCall)
        }
        ///Creates a new call builder for the [`MAX_SUBNETS_LIMIT`] function.
        pub fn MAX_SUBNETS_LIMIT(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_SUBNETS_LIMITCall, N> {
            self.call_builder(&MAX_SUBNETS_LIMITCall)
        }
        ///Creates a new call builder for the [`MAX_VALIDATORS_LIMIT`] function.
        pub fn MAX_VALIDATORS_LIMIT(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_VALIDATORS_LIMITCall, N> {
            self.call_builder(&MAX_VALIDATORS_LIMITCall)
        }
        ///Creates a new call builder for the [`acceptOwnership`] function.
        pub fn acceptOwnership(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, acceptOwnershipCall, N> {
            self.call_builder(&acceptOwnershipCall)
        }
        ///Creates a new call builder for the [`addImplementation`] function.
        pub fn addImplementation(
            &self,
            r#impl: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, addImplementationCall, N> {
            self.call_builder(&addImplementationCall { r#impl })
        }
        ///Creates a new call builder for the [`burnSlashed`] function.
        pub fn burnSlashed(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, burnSlashedCall, N> {
            self.call_builder(&burnSlashedCall)
        }
        ///Creates a new call builder for the [`checkHyperparameters`] function.
        pub fn checkHyperparameters(
            &self,
            hp: <Hyperparameters as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, checkHyperparametersCall, N> {
            self.call_builder(&checkHyperparametersCall { hp })
        }
        ///Creates a new call builder for the [`createSubnet`] function.
        pub fn createSubnet(
            &self,
            name: alloy::sol_types::private::String,
            inferenceType: alloy::sol_types::private::String,
            hp: <Hyperparameters as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, createSubnetCall, N> {
            self.call_builder(
                &createSubnetCall {
                    name,
                    inferenceType,
                    hp,
                },
            )
        }
        ///Creates a new call builder for the [`creationFee`] function.
        pub fn creationFee(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, creationFeeCall, N> {
            self.call_builder(&creationFeeCall)
        }
        ///Creates a new call builder for the [`deactivateSubnet`] function.
        pub fn deactivateSubnet(
            &self,
            subnetId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, deactivateSubnetCall, N> {
            self.call_builder(&deactivateSubnetCall { subnetId })
        }
        ///Creates a new call builder for the [`emissionWeights`] function.
        pub fn emissionWeights(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, emissionWeightsCall, N> {
            self.call_builder(&emissionWeightsCall)
        }
        ///Creates a new call builder for the [`getActiveSubnets`] function.
        pub fn getActiveSubnets(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, getActiveSubnetsCall, N> {
            self.call_builder(&getActiveSubnetsCall)
        }
        ///Creates a new call builder for the [`guardian`] function.
        pub fn guardian(&self) -> alloy_contract::SolCallBuilder<&P, guardianCall, N> {
            self.call_builder(&guardianCall)
        }
        ///Creates a new call builder for the [`hyperparameterBounds`] function.
        pub fn hyperparameterBounds(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, hyperparameterBoundsCall, N> {
            self.call_builder(&hyperparameterBoundsCall)
        }
        ///Creates a new call builder for the [`hyperparameterCooldown`] function.
        pub fn hyperparameterCooldown(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, hyperparameterCooldownCall, N> {
            self.call_builder(&hyperparameterCooldownCall)
        }
        ///Creates a new call builder for the [`hyperparameterFreezeWindow`] function.
        pub fn hyperparameterFreezeWindow(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, hyperparameterFreezeWindowCall, N> {
            self.call_builder(&hyperparameterFreezeWindowCall)
        }
        ///Creates a new call builder for the [`implementation`] function.
        pub fn implementation(
            &self,
            versionId: u16,
        ) -> alloy_contract::SolCallBuilder<&P, implementationCall, N> {
            self.call_builder(&implementationCall { versionId })
        }
        ///Creates a new call builder for the [`implementationCount`] function.
        pub fn implementationCount(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, implementationCountCall, N> {
            self.call_builder(&implementationCountCall)
        }
        ///Creates a new call builder for the [`instanceOf`] function.
        pub fn instanceOf(
            &self,
            subnetId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, instanceOfCall, N> {
            self.call_builder(&instanceOfCall { subnetId })
        }
        ///Creates a new call builder for the [`isActive`] function.
        pub fn isActive(
            &self,
            subnetId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, isActiveCall, N> {
            self.call_builder(&isActiveCall { subnetId })
        }
        ///Creates a new call builder for the [`isSubnetInstance`] function.
        pub fn isSubnetInstance(
            &self,
            instance: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, isSubnetInstanceCall, N> {
            self.call_builder(&isSubnetInstanceCall { instance })
        }
        ///Creates a new call builder for the [`maxSubnets`] function.
        pub fn maxSubnets(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, maxSubnetsCall, N> {
            self.call_builder(&maxSubnetsCall)
        }
        ///Creates a new call builder for the [`owner`] function.
        pub fn owner(&self) -> alloy_contract::SolCallBuilder<&P, ownerCall, N> {
            self.call_builder(&ownerCall)
        }
        ///Creates a new call builder for the [`pause`] function.
        pub fn pause(&self) -> alloy_contract::SolCallBuilder<&P, pauseCall, N> {
            self.call_builder(&pauseCall)
        }
        ///Creates a new call builder for the [`pauseSubnet`] function.
        pub fn pauseSubnet(
            &self,
            subnetId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, pauseSubnetCall, N> {
            self.call_builder(&pauseSubnetCall { subnetId })
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
        ///Creates a new call builder for the [`renounceOwnership`] function.
        pub fn renounceOwnership(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, renounceOwnershipCall, N> {
            self.call_builder(&renounceOwnershipCall)
        }
        ///Creates a new call builder for the [`setBurnSlashed`] function.
        pub fn setBurnSlashed(
            &self,
            burn: bool,
        ) -> alloy_contract::SolCallBuilder<&P, setBurnSlashedCall, N> {
            self.call_builder(&setBurnSlashedCall { burn })
        }
        ///Creates a new call builder for the [`setCreationFee`] function.
        pub fn setCreationFee(
            &self,
            fee: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, setCreationFeeCall, N> {
            self.call_builder(&setCreationFeeCall { fee })
        }
        ///Creates a new call builder for the [`setEmissionWeights`] function.
        pub fn setEmissionWeights(
            &self,
            source: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, setEmissionWeightsCall, N> {
            self.call_builder(&setEmissionWeightsCall { source })
        }
        ///Creates a new call builder for the [`setGuardian`] function.
        pub fn setGuardian(
            &self,
            guardian_: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, setGuardianCall, N> {
            self.call_builder(&setGuardianCall { guardian_ })
        }
        ///Creates a new call builder for the [`setHyperparameterBounds`] function.
        pub fn setHyperparameterBounds(
            &self,
            min: <Hyperparameters as alloy::sol_types::SolType>::RustType,
            max: <Hyperparameters as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, setHyperparameterBoundsCall, N> {
            self.call_builder(
                &setHyperparameterBoundsCall {
                    min,
                    max,
                },
            )
        }
        ///Creates a new call builder for the [`setHyperparameterTiming`] function.
        pub fn setHyperparameterTiming(
            &self,
            cooldown: u32,
            freezeWindow: u32,
        ) -> alloy_contract::SolCallBuilder<&P, setHyperparameterTimingCall, N> {
            self.call_builder(
                &setHyperparameterTimingCall {
                    cooldown,
                    freezeWindow,
                },
            )
        }
        ///Creates a new call builder for the [`setMaxSubnets`] function.
        pub fn setMaxSubnets(
            &self,
            maxSubnets_: u16,
        ) -> alloy_contract::SolCallBuilder<&P, setMaxSubnetsCall, N> {
            self.call_builder(&setMaxSubnetsCall { maxSubnets_ })
        }
        ///Creates a new call builder for the [`setTreasury`] function.
        pub fn setTreasury(
            &self,
            treasury_: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, setTreasuryCall, N> {
            self.call_builder(&setTreasuryCall { treasury_ })
        }
        ///Creates a new call builder for the [`subnetCount`] function.
        pub fn subnetCount(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, subnetCountCall, N> {
            self.call_builder(&subnetCountCall)
        }
        ///Creates a new call builder for the [`subnets`] function.
        pub fn subnets(
            &self,
            subnetId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, subnetsCall, N> {
            self.call_builder(&subnetsCall { subnetId })
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
        ///Creates a new call builder for the [`unpause`] function.
        pub fn unpause(&self) -> alloy_contract::SolCallBuilder<&P, unpauseCall, N> {
            self.call_builder(&unpauseCall)
        }
        ///Creates a new call builder for the [`unpauseSubnet`] function.
        pub fn unpauseSubnet(
            &self,
            subnetId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, unpauseSubnetCall, N> {
            self.call_builder(&unpauseSubnetCall { subnetId })
        }
        ///Creates a new call builder for the [`version`] function.
        pub fn version(&self) -> alloy_contract::SolCallBuilder<&P, versionCall, N> {
            self.call_builder(&versionCall)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > SubnetRegistryInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`CreationFeeSet`] event.
        pub fn CreationFeeSet_filter(
            &self,
        ) -> alloy_contract::Event<&P, CreationFeeSet, N> {
            self.event_filter::<CreationFeeSet>()
        }
        ///Creates a new event filter for the [`EmissionWeightsSet`] event.
        pub fn EmissionWeightsSet_filter(
            &self,
        ) -> alloy_contract::Event<&P, EmissionWeightsSet, N> {
            self.event_filter::<EmissionWeightsSet>()
        }
        ///Creates a new event filter for the [`GuardianSet`] event.
        pub fn GuardianSet_filter(&self) -> alloy_contract::Event<&P, GuardianSet, N> {
            self.event_filter::<GuardianSet>()
        }
        ///Creates a new event filter for the [`HyperparameterBoundsSet`] event.
        pub fn HyperparameterBoundsSet_filter(
            &self,
        ) -> alloy_contract::Event<&P, HyperparameterBoundsSet, N> {
            self.event_filter::<HyperparameterBoundsSet>()
        }
        ///Creates a new event filter for the [`HyperparameterTimingSet`] event.
        pub fn HyperparameterTimingSet_filter(
            &self,
        ) -> alloy_contract::Event<&P, HyperparameterTimingSet, N> {
            self.event_filter::<HyperparameterTimingSet>()
        }
        ///Creates a new event filter for the [`ImplementationAdded`] event.
        pub fn ImplementationAdded_filter(
            &self,
        ) -> alloy_contract::Event<&P, ImplementationAdded, N> {
            self.event_filter::<ImplementationAdded>()
        }
        ///Creates a new event filter for the [`MaxSubnetsSet`] event.
        pub fn MaxSubnetsSet_filter(
            &self,
        ) -> alloy_contract::Event<&P, MaxSubnetsSet, N> {
            self.event_filter::<MaxSubnetsSet>()
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
        ///Creates a new event filter for the [`SlashDestinationSet`] event.
        pub fn SlashDestinationSet_filter(
            &self,
        ) -> alloy_contract::Event<&P, SlashDestinationSet, N> {
            self.event_filter::<SlashDestinationSet>()
        }
        ///Creates a new event filter for the [`SubnetCreated`] event.
        pub fn SubnetCreated_filter(
            &self,
        ) -> alloy_contract::Event<&P, SubnetCreated, N> {
            self.event_filter::<SubnetCreated>()
        }
        ///Creates a new event filter for the [`SubnetDeactivated`] event.
        pub fn SubnetDeactivated_filter(
            &self,
        ) -> alloy_contract::Event<&P, SubnetDeactivated, N> {
            self.event_filter::<SubnetDeactivated>()
        }
        ///Creates a new event filter for the [`SubnetPauseSet`] event.
        pub fn SubnetPauseSet_filter(
            &self,
        ) -> alloy_contract::Event<&P, SubnetPauseSet, N> {
            self.event_filter::<SubnetPauseSet>()
        }
        ///Creates a new event filter for the [`TreasurySet`] event.
        pub fn TreasurySet_filter(&self) -> alloy_contract::Event<&P, TreasurySet, N> {
            self.event_filter::<TreasurySet>()
        }
        ///Creates a new event filter for the [`Unpaused`] event.
        pub fn Unpaused_filter(&self) -> alloy_contract::Event<&P, Unpaused, N> {
            self.event_filter::<Unpaused>()
        }
    }
}
