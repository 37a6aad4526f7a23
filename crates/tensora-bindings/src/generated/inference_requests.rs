///Module containing a contract's types and functions.
/**

```solidity
library IInferenceRequests {
    type Status is uint8;
    struct Answer { address miner; bytes32 outputHash; }
    struct Request { address requester; uint96 fee; address subnet; uint32 deadline; uint8 redundancy; uint8 answers; Status status; uint8 quorum; uint32 subnetId; address callback; uint32 callbackGas; uint32 answersClosedAt; uint32 scoreWindow; bytes32 inputHash; }
    struct Result { address miner; bytes32 outputHash; uint16 score; bool delivered; }
    struct Spec { uint256 subnetId; uint8 redundancy; uint96 fee; uint32 deadline; address callback; uint32 callbackGas; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IInferenceRequests {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Status(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Status> for u8 {
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
        impl Status {
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
        impl From<u8> for Status {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<Status> for u8 {
            fn from(value: Status) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Status {
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
        impl alloy_sol_types::EventTopic for Status {
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
struct Answer { address miner; bytes32 outputHash; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Answer {
        #[allow(missing_docs)]
        pub miner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub outputHash: alloy::sol_types::private::FixedBytes<32>,
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
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
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
        impl ::core::convert::From<Answer> for UnderlyingRustTuple<'_> {
            fn from(value: Answer) -> Self {
                (value.miner, value.outputHash)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Answer {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    miner: tuple.0,
                    outputHash: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Answer {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Answer {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.miner,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.outputHash),
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
        impl alloy_sol_types::SolType for Answer {
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
        impl alloy_sol_types::SolStruct for Answer {
            const NAME: &'static str = "Answer";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Answer(address miner,bytes32 outputHash)",
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
                            &self.miner,
                        )
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.outputHash)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Answer {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.miner,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.outputHash,
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
                    &rust.miner,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.outputHash,
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
struct Request { address requester; uint96 fee; address subnet; uint32 deadline; uint8 redundancy; uint8 answers; Status status; uint8 quorum; uint32 subnetId; address callback; uint32 callbackGas; uint32 answersClosedAt; uint32 scoreWindow; bytes32 inputHash; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Request {
        #[allow(missing_docs)]
        pub requester: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub fee: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub subnet: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub deadline: u32,
        #[allow(missing_docs)]
        pub redundancy: u8,
        #[allow(missing_docs)]
        pub answers: u8,
        #[allow(missing_docs)]
        pub status: <Status as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub quorum: u8,
        #[allow(missing_docs)]
        pub subnetId: u32,
        #[allow(missing_docs)]
        pub callback: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub callbackGas: u32,
        #[allow(missing_docs)]
        pub answersClosedAt: u32,
        #[allow(missing_docs)]
        pub scoreWindow: u32,
        #[allow(missing_docs)]
        pub inputHash: alloy::sol_types::private::FixedBytes<32>,
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
            alloy::sol_types::sol_data::Uint<96>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<8>,
            Status,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U96,
            alloy::sol_types::private::Address,
            u32,
            u8,
            u8,
            <Status as alloy::sol_types::SolType>::RustType,
            u8,
            u32,
            alloy::sol_types::private::Address,
            u32,
            u32,
            u32,
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
        impl ::core::convert::From<Request> for UnderlyingRustTuple<'_> {
            fn from(value: Request) -> Self {
                (
                    value.requester,
                    value.fee,
                    value.subnet,
                    value.deadline,
                    value.redundancy,
                    value.answers,
                    value.status,
                    value.quorum,
                    value.subnetId,
                    value.callback,
                    value.callbackGas,
                    value.answersClosedAt,
                    value.scoreWindow,
                    value.inputHash,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Request {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    requester: tuple.0,
                    fee: tuple.1,
                    subnet: tuple.2,
                    deadline: tuple.3,
                    redundancy: tuple.4,
                    answers: tuple.5,
                    status: tuple.6,
                    quorum: tuple.7,
                    subnetId: tuple.8,
                    callback: tuple.9,
                    callbackGas: tuple.10,
                    answersClosedAt: tuple.11,
                    scoreWindow: tuple.12,
                    inputHash: tuple.13,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Request {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Request {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.requester,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::tokenize(&self.fee),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.subnet,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.deadline),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.redundancy),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.answers),
                    <Status as alloy_sol_types::SolType>::tokenize(&self.status),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.quorum),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.subnetId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.callback,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.callbackGas),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.answersClosedAt),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.scoreWindow),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.inputHash),
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
        impl alloy_sol_types::SolType for Request {
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
        impl alloy_sol_types::SolStruct for Request {
            const NAME: &'static str = "Request";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Request(address requester,uint96 fee,address subnet,uint32 deadline,uint8 redundancy,uint8 answers,uint8 status,uint8 quorum,uint32 subnetId,address callback,uint32 callbackGas,uint32 answersClosedAt,uint32 scoreWindow,bytes32 inputHash)",
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
                            &self.requester,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.fee)
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.subnet,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.deadline)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.redundancy)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.answers)
                        .0,
                    <Status as alloy_sol_types::SolType>::eip712_data_word(&self.status)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.quorum)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.subnetId)
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.callback,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.callbackGas)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.answersClosedAt,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.scoreWindow)
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.inputHash)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Request {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.requester,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.fee)
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.subnet,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.deadline,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.redundancy,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.answers,
                    )
                    + <Status as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.status,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.quorum,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.subnetId,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.callback,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.callbackGas,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.answersClosedAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.scoreWindow,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.inputHash,
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
                    &rust.requester,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    96,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.fee, out);
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.subnet,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.deadline,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.redundancy,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.answers,
                    out,
                );
                <Status as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.status,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.quorum,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.subnetId,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.callback,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.callbackGas,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.answersClosedAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.scoreWindow,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.inputHash,
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
struct Result { address miner; bytes32 outputHash; uint16 score; bool delivered; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Result {
        #[allow(missing_docs)]
        pub miner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub outputHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub score: u16,
        #[allow(missing_docs)]
        pub delivered: bool,
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
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::Bool,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::FixedBytes<32>,
            u16,
            bool,
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
        impl ::core::convert::From<Result> for UnderlyingRustTuple<'_> {
            fn from(value: Result) -> Self {
                (value.miner, value.outputHash, value.score, value.delivered)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Result {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    miner: tuple.0,
                    outputHash: tuple.1,
                    score: tuple.2,
                    delivered: tuple.3,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Result {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Result {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.miner,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.outputHash),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.score),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.delivered,
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
        impl alloy_sol_types::SolType for Result {
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
        impl alloy_sol_types::SolStruct for Result {
            const NAME: &'static str = "Result";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Result(address miner,bytes32 outputHash,uint16 score,bool delivered)",
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
                            &self.miner,
                        )
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.outputHash)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.score)
                        .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.delivered,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Result {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.miner,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.outputHash,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.score)
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.delivered,
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
                    &rust.miner,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.outputHash,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    16,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.score,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.delivered,
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
struct Spec { uint256 subnetId; uint8 redundancy; uint96 fee; uint32 deadline; address callback; uint32 callbackGas; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Spec {
        #[allow(missing_docs)]
        pub subnetId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub redundancy: u8,
        #[allow(missing_docs)]
        pub fee: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub deadline: u32,
        #[allow(missing_docs)]
        pub callback: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub callbackGas: u32,
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
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<96>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            u8,
            alloy::sol_types::private::primitives::aliases::U96,
            u32,
            alloy::sol_types::private::Address,
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
        impl ::core::convert::From<Spec> for UnderlyingRustTuple<'_> {
            fn from(value: Spec) -> Self {
                (
                    value.subnetId,
                    value.redundancy,
                    value.fee,
                    value.deadline,
                    value.callback,
                    value.callbackGas,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Spec {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    subnetId: tuple.0,
                    redundancy: tuple.1,
                    fee: tuple.2,
                    deadline: tuple.3,
                    callback: tuple.4,
                    callbackGas: tuple.5,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Spec {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Spec {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.subnetId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.redundancy),
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::tokenize(&self.fee),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.deadline),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.callback,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.callbackGas),
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
        impl alloy_sol_types::SolType for Spec {
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
        impl alloy_sol_types::SolStruct for Spec {
            const NAME: &'static str = "Spec";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Spec(uint256 subnetId,uint8 redundancy,uint96 fee,uint32 deadline,address callback,uint32 callbackGas)",
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
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.subnetId)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.redundancy)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.fee)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.deadline)
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.callback,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.callbackGas)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Spec {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.subnetId,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.redundancy,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.fee)
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.deadline,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.callback,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.callbackGas,
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
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.subnetId,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.redundancy,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    96,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.fee, out);
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.deadline,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.callback,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.callbackGas,
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
    /**Creates a new wrapper around an on-chain [`IInferenceRequests`](self) contract instance.

See the [wrapper's documentation](`IInferenceRequestsInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IInferenceRequestsInstance<P, N> {
        IInferenceRequestsInstance::<P, N>::new(address, __provider)
    }
    /**A [`IInferenceRequests`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`IInferenceRequests`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IInferenceRequestsInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IInferenceRequestsInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IInferenceRequestsInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IInferenceRequestsInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IInferenceRequests`](self) contract instance.

See the [wrapper's documentation](`IInferenceRequestsInstance`) for more details.*/
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
    impl<P: ::core::clone::Clone, N> IInferenceRequestsInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IInferenceRequestsInstance<P, N> {
            IInferenceRequestsInstance {
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
    > IInferenceRequestsInstance<P, N> {
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
    > IInferenceRequestsInstance<P, N> {
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
library IInferenceRequests {
    type Status is uint8;
    struct Answer {
        address miner;
        bytes32 outputHash;
    }
    struct Request {
        address requester;
        uint96 fee;
        address subnet;
        uint32 deadline;
        uint8 redundancy;
        uint8 answers;
        Status status;
        uint8 quorum;
        uint32 subnetId;
        address callback;
        uint32 callbackGas;
        uint32 answersClosedAt;
        uint32 scoreWindow;
        bytes32 inputHash;
    }
    struct Result {
        address miner;
        bytes32 outputHash;
        uint16 score;
        bool delivered;
    }
    struct Spec {
        uint256 subnetId;
        uint8 redundancy;
        uint96 fee;
        uint32 deadline;
        address callback;
        uint32 callbackGas;
    }
}

interface InferenceRequests {
    error AlreadyAnswered(address miner);
    error AlreadySubmitted(address caller);
    error AnsweringClosed(uint256 requestId);
    error HasAnswers(uint256 requestId);
    error InsufficientGasForCallback(uint256 available, uint256 needed);
    error InvalidCallback(address callback, uint256 gasLimit);
    error InvalidDeadline(uint256 deadline, uint256 earliest, uint256 latest);
    error InvalidFee(uint256 fee);
    error InvalidInput(uint256 length);
    error InvalidOutput(uint256 length);
    error InvalidRedundancy(uint256 redundancy);
    error InvalidScoreWindow(uint256 window);
    error NotAMiner(address caller);
    error NotAValidator(address caller);
    error NotGovernance(address caller);
    error NotYet(uint64 at);
    error NothingToWithdraw(address account);
    error OutsideScoreWindow(uint64 opensAt, uint64 closesAt);
    error OutweighedBallot(uint256 weight, uint256 lowest);
    error ReentrancyGuardReentrantCall();
    error RequestClosed(uint256 requestId, IInferenceRequests.Status status);
    error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
    error SafeERC20FailedOperation(address token);
    error SubnetNotActive(uint256 subnetId);
    error Unanswered(uint256 requestId);
    error UnknownRequest(uint256 requestId);
    error WrongScoreCount(uint256 given, uint256 expected);

    event Answered(uint256 indexed requestId, address indexed miner, uint8 index, bytes32 outputHash, bytes output, string uri);
    event AnswersScored(uint256 indexed requestId, address indexed validator, uint256 weight, uint16[] scores);
    event BallotDisplaced(bytes32 indexed box, address indexed dropped, address indexed admitted);
    event RequestCreated(uint256 indexed requestId, uint256 indexed subnetId, address indexed requester, IInferenceRequests.Spec spec, bytes input);
    event RequestRefunded(uint256 indexed requestId, address indexed requester, uint96 fee);
    event RequestReleased(uint256 indexed requestId, address indexed bestMiner, uint16[] consensus, uint256[] payouts);
    event ResultDelivered(uint256 indexed requestId, address indexed callback, bool success);
    event ScoreWindowSet(uint32 window);
    event Withdrawn(address indexed account, uint256 amount);

    constructor(address registry_, address tora_, uint32 scoreWindow_);

    function MAX_ANSWER_WINDOW() external view returns (uint32);
    function MAX_CALLBACK_GAS() external view returns (uint32);
    function MAX_INLINE_OUTPUT() external view returns (uint256);
    function MAX_INPUT_BYTES() external view returns (uint256);
    function MAX_REDUNDANCY() external view returns (uint8);
    function MAX_SCORE_WINDOW() external view returns (uint32);
    function MIN_ANSWER_WINDOW() external view returns (uint32);
    function MIN_SCORE_WINDOW() external view returns (uint32);
    function answer(uint256 requestId, bytes memory output) external;
    function answerByHash(uint256 requestId, bytes32 outputHash, string memory uri) external;
    function answerOf(uint256 requestId, uint256 index) external view returns (IInferenceRequests.Answer memory);
    function createRequest(IInferenceRequests.Spec memory spec, bytes memory input) external returns (uint256 requestId);
    function outputOf(uint256 requestId, uint256 index) external view returns (bytes memory);
    function owed(address account) external view returns (uint256);
    function refund(uint256 requestId) external;
    function registry() external view returns (address);
    function release(uint256 requestId) external;
    function requestCount() external view returns (uint256);
    function requestOf(uint256 requestId) external view returns (IInferenceRequests.Request memory);
    function resultOf(uint256 requestId) external view returns (IInferenceRequests.Result memory);
    function scoreAnswers(uint256 requestId, uint16[] memory scores) external;
    function scoreWindow() external view returns (uint32);
    function setScoreWindow(uint32 window) external;
    function tora() external view returns (address);
    function withdraw() external returns (uint256 amount);
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
        "name": "scoreWindow_",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "MAX_ANSWER_WINDOW",
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
    "name": "MAX_CALLBACK_GAS",
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
    "name": "MAX_INLINE_OUTPUT",
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
    "name": "MAX_INPUT_BYTES",
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
    "name": "MAX_REDUNDANCY",
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
    "name": "MAX_SCORE_WINDOW",
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
    "name": "MIN_ANSWER_WINDOW",
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
    "name": "MIN_SCORE_WINDOW",
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
    "name": "answer",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "output",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "answerByHash",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "outputHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "uri",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "answerOf",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "index",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IInferenceRequests.Answer",
        "components": [
          {
            "name": "miner",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "outputHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "createRequest",
    "inputs": [
      {
        "name": "spec",
        "type": "tuple",
        "internalType": "struct IInferenceRequests.Spec",
        "components": [
          {
            "name": "subnetId",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "redundancy",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "fee",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "deadline",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "callback",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "callbackGas",
            "type": "uint32",
            "internalType": "uint32"
          }
        ]
      },
      {
        "name": "input",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "outputOf",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "index",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "owed",
    "inputs": [
      {
        "name": "account",
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
    "name": "refund",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
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
    "name": "release",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "requestCount",
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
    "name": "requestOf",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IInferenceRequests.Request",
        "components": [
          {
            "name": "requester",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "fee",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "subnet",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "deadline",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "redundancy",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "answers",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "status",
            "type": "uint8",
            "internalType": "enum IInferenceRequests.Status"
          },
          {
            "name": "quorum",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "subnetId",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "callback",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "callbackGas",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "answersClosedAt",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "scoreWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "inputHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "resultOf",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IInferenceRequests.Result",
        "components": [
          {
            "name": "miner",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "outputHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "score",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "delivered",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "scoreAnswers",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "scores",
        "type": "uint16[]",
        "internalType": "uint16[]"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "scoreWindow",
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
    "name": "setScoreWindow",
    "inputs": [
      {
        "name": "window",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "tora",
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
    "name": "withdraw",
    "inputs": [],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "Answered",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "miner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "index",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "outputHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "output",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      },
      {
        "name": "uri",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "AnswersScored",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "validator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "weight",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "scores",
        "type": "uint16[]",
        "indexed": false,
        "internalType": "uint16[]"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "BallotDisplaced",
    "inputs": [
      {
        "name": "box",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "dropped",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "admitted",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RequestCreated",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "subnetId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "requester",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "spec",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct IInferenceRequests.Spec",
        "components": [
          {
            "name": "subnetId",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "redundancy",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "fee",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "deadline",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "callback",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "callbackGas",
            "type": "uint32",
            "internalType": "uint32"
          }
        ]
      },
      {
        "name": "input",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RequestRefunded",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "requester",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "fee",
        "type": "uint96",
        "indexed": false,
        "internalType": "uint96"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RequestReleased",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "bestMiner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "consensus",
        "type": "uint16[]",
        "indexed": false,
        "internalType": "uint16[]"
      },
      {
        "name": "payouts",
        "type": "uint256[]",
        "indexed": false,
        "internalType": "uint256[]"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ResultDelivered",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "callback",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "success",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ScoreWindowSet",
    "inputs": [
      {
        "name": "window",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Withdrawn",
    "inputs": [
      {
        "name": "account",
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
    "type": "error",
    "name": "AlreadyAnswered",
    "inputs": [
      {
        "name": "miner",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "AlreadySubmitted",
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
    "name": "AnsweringClosed",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "HasAnswers",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InsufficientGasForCallback",
    "inputs": [
      {
        "name": "available",
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
    "name": "InvalidCallback",
    "inputs": [
      {
        "name": "callback",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "gasLimit",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidDeadline",
    "inputs": [
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "earliest",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "latest",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidFee",
    "inputs": [
      {
        "name": "fee",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidInput",
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
    "name": "InvalidOutput",
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
    "name": "InvalidRedundancy",
    "inputs": [
      {
        "name": "redundancy",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidScoreWindow",
    "inputs": [
      {
        "name": "window",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotAMiner",
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
    "name": "NotAValidator",
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
    "name": "NotGovernance",
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
    "name": "NotYet",
    "inputs": [
      {
        "name": "at",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "NothingToWithdraw",
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
    "name": "OutsideScoreWindow",
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
  },
  {
    "type": "error",
    "name": "OutweighedBallot",
    "inputs": [
      {
        "name": "weight",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "lowest",
        "type": "uint256",
        "internalType": "uint256"
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
    "name": "RequestClosed",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "status",
        "type": "uint8",
        "internalType": "enum IInferenceRequests.Status"
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
    "name": "Unanswered",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "UnknownRequest",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WrongScoreCount",
    "inputs": [
      {
        "name": "given",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "expected",
        "type": "uint256",
        "internalType": "uint256"
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
pub mod InferenceRequests {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x60c060405234801561000f575f5ffd5b5060405161349d38038061349d83398101604081905261002e91610121565b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b0380841660a052821660805261006e81610076565b505050610173565b603c63ffffffff82161080610093575062093a8063ffffffff8216115b156100bd57604051633767903f60e11b815263ffffffff8216600482015260240160405180910390fd5b5f805463ffffffff191663ffffffff83169081179091556040519081527f5d8f7fa35c9b5faec9e53ab129ef3fe7e932e97bc660151e960a2d09def8e5379060200160405180910390a150565b6001600160a01b038116811461011e575f5ffd5b50565b5f5f5f60608486031215610133575f5ffd5b835161013e8161010a565b602085015190935061014f8161010a565b604085015190925063ffffffff81168114610168575f5ffd5b809150509250925092565b60805160a0516132e66101b75f395f8181610349015281816104830152818161131201526114bc01525f81816103b60152818161080a0152610f9901526132e65ff3fe608060405234801561000f575f5ffd5b506004361061016d575f3560e01c806371bfabca116100d9578063a6f73fab11610093578063da1c01101161006e578063da1c0110146103fe578063df18e0471461041e578063e4751f5e14610446578063f2ec5e5a1461044f575f5ffd5b8063a6f73fab146103b4578063c4714ab2146103da578063c778e3c5146103e4575f5ffd5b806371bfabca1461026a5780637a5978da146103345780637b103999146103475780638349c2d214610381578063962f7b2b146103945780639a7be1f4146103a1575f5ffd5b806337bdc99b1161012a57806337bdc99b1461022a5780633ccfd60b1461023d5780635badbe4c146102455780636182deee146101715780636a8e099f1461024d5780636d9809a014610260575f5ffd5b80631274bada146101715780631cb6c83f14610193578063278ecde1146101b45780632ef2ccbf146101c957806330680053146101d3578063324e03be1461020a575b5f5ffd5b610179603c81565b60405163ffffffff90911681526020015b60405180910390f35b6101a66101a1366004612900565b610458565b60405190815260200161018a565b6101c76101c2366004612955565b61084b565b005b61017962093a8081565b6101e66101e136600461296c565b6108f1565b6040805182516001600160a01b03168152602092830151928101929092520161018a565b61021d610218366004612955565b61093c565b60405161018a91906129c0565b6101c7610238366004612955565b610ad3565b6101a6610f05565b6001546101a6565b6101c761025b366004612b06565b610fcb565b610179621e848081565b6102f2610278366004612955565b604080516080810182525f808252602082018190529181018290526060810191909152505f90815260076020908152604091829020825160808101845281546001600160a01b031681526001820154928101929092526002015461ffff8116928201929092526201000090910460ff161515606082015290565b60405161018a919081516001600160a01b031681526020808301519082015260408083015161ffff169082015260609182015115159181019190915260800190565b6101c7610342366004612b7e565b61118d565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b03909116815260200161018a565b6101c761038f366004612bcc565b611228565b5f5463ffffffff16610179565b6101c76103af366004612c0d565b611310565b7f0000000000000000000000000000000000000000000000000000000000000000610369565b61017962278d0081565b6103ec601081565b60405160ff909116815260200161018a565b61041161040c36600461296c565b6113cc565b60405161018a9190612c26565b6101a661042c366004612c6f565b6001600160a01b03165f9081526008602052604090205490565b6101a661040081565b6101a661400081565b5f610461611477565b61046b84836114a6565b604051633fbc4d3560e01b8152843560048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633fbc4d3590602401602060405180830381865afa1580156104d0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104f49190612c8a565b905060015f815461050490612cb9565b9182905550604080516101c081018252338152919350602082019061052f9060608901908901612ce5565b6001600160601b031681526001600160a01b038316602082015260400161055c6080880160608901612c0d565b63ffffffff16815260200186602001602081019061057a9190612d10565b60ff1681525f602082015260400160018152602001610598836117b6565b60ff16815263ffffffff87351660208201526040016105bd60a0880160808901612c6f565b6001600160a01b031681526020016105db60c0880160a08901612c0d565b63ffffffff90811682525f6020830181905254166040808301919091525160609091019061060c9087908790612d29565b60408051918290039091209091525f84815260026020908152908290208351918401516001600160601b0316600160a01b9081026001600160a01b03938416178255928401516001820180546060870151608088015160a089015160ff908116600160c81b0260ff60c81b1991909216600160c01b021661ffff60c01b1963ffffffff9093169098026001600160c01b031990931694909616939093171791909116939093179190911780835560c084015191929060ff60d01b1916600160d01b8360038111156106df576106df61298c565b021790555060e082015160018201805461010085015163ffffffff908116600160e01b9081026001600160e01b0360ff909616600160d81b0286166001600160d81b0390941693909317929092179092556101208501516002850180546101408801516101608901516101808a01518716909502948616600160c01b029096166001600160c01b0396909516600160a01b026001600160c01b03199091166001600160a01b03909316929092179190911793909316919091171790556101a090910151600390910155604051339086359084907fb49e6b5ab0b654637f4b0bb684d7272bd4dd729d530886b82514ba68a49e6d6c906107e3908a908a908a90612d60565b60405180910390a461083b33306108006060890160408a01612ce5565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169291906001600160601b031661183d565b50610844611873565b9392505050565b610853611477565b5f61085d8261189b565b6001810154909150600160c81b900460ff161561089557604051631861099f60e01b8152600481018390526024015b60405180910390fd5b6001810154600160a01b900463ffffffff164210156108db576001810154604051630393988b60e31b8152600160a01b90910463ffffffff16600482015260240161088c565b6108e58282611943565b506108ee611873565b50565b6040805180820182525f8082526020918201819052848152600382528281208482528252829020825180840190935280546001600160a01b0316835260010154908201525b92915050565b604080516101c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a08101919091525f8281526002602090815260409182902082516101c08101845281546001600160a01b038082168352600160a01b918290046001600160601b03169483019490945260018301549384169482019490945292820463ffffffff166060840152600160c01b820460ff9081166080850152600160c81b8304811660a0850152909160c0840191600160d01b909104166003811115610a4b57610a4b61298c565b6003811115610a5c57610a5c61298c565b8152600182015460ff600160d81b820416602083015263ffffffff600160e01b918290048116604084015260028401546001600160a01b0381166060850152600160a01b810482166080850152600160c01b8104821660a0850152919091041660c082015260039091015460e09091015292915050565b610adb611477565b5f610ae58261189b565b6001810154909150600160c81b900460ff165f03610b1957604051630e8eb4c560e11b81526004810183905260240161088c565b5f610b23826119ee565b915050806001600160401b0316421015610b5b57604051630393988b60e31b81526001600160401b038216600482015260240161088c565b5f5f5f610b7c868660010160199054906101000a900460ff1660ff16611a5d565b925092509250815f1480610bb1575060018501545f87815260066020526040902054600160d81b90910460ff1661ffff909116105b15610bca57610bc08686611943565b5050505050610efd565b84548351600160a01b9091046001600160601b0316905f906001600160401b03811115610bf957610bf9612df4565b604051908082528060200260200182016040528015610c22578160200160208202803683370190505b5090505f805b8651811015610cb25785878281518110610c4457610c44612e08565b602002602001015161ffff1685610c5b9190612e1c565b610c659190612e33565b838281518110610c7757610c77612e08565b602002602001018181525050828181518110610c9557610c95612e08565b602002602001015182610ca89190612e52565b9150600101610c28565b50610cbd8184612e65565b828581518110610ccf57610ccf612e08565b60200260200101818151610ce39190612e52565b90525060018801805460ff60d01b1916600160d11b1790555f5b8651811015610d8c57828181518110610d1857610d18612e08565b60200260200101515f14610d8457828181518110610d3857610d38612e08565b6020908102919091018101515f8c81526003835260408082208583528452808220546001600160a01b031682526008909352918220805491929091610d7e908490612e52565b90915550505b600101610cfd565b505f8981526003602090815260408083208784528252918290208251808401845281546001600160a01b039081168252600190920154818401908152845160808101865282519093168352519282019290925288519192909190820190899088908110610dfb57610dfb612e08565b60209081029190910181015161ffff90811683525f9282018390528d835260078252604092839020845181546001600160a01b039182166001600160a01b031990911617825592850151600182015584840151600290910180546060909601511515620100000262ffffff19909616919092161793909317909255825190519116908b907f1bf995b8b418e8bb107333c7f0b6e5798e9f6f34c528bde9504eb0101ecdc3e090610eae908b908890612e78565b60405180910390a360028901546001600160a01b031615610ef357610ef38a8a8784602001518b8a81518110610ee657610ee6612e08565b6020026020010151611dae565b5050505050505050505b6108ee611873565b5f610f0e611477565b50335f9081526008602052604081205490819003610f4157604051636e34ee0b60e11b815233600482015260240161088c565b335f8181526008602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d590610f849084815260200190565b60405180910390a2610fc06001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163383611f03565b610fc8611873565b90565b610fd3611477565b5f610fdd8461189b565b90505f5f610fea836119ee565b91509150816001600160401b031642108061100e5750806001600160401b03164210155b8061102557506001830154600160c81b900460ff16155b1561105657604051631a24cc4b60e11b81526001600160401b0380841660048301528216602482015260440161088c565b6001830154600160c81b900460ff16841461109c576001830154604051632da243f360e01b815260048101869052600160c81b90910460ff16602482015260440161088c565b60018301545f906110b6906001600160a01b031633611f38565b5f8881526006602052604081209192506110d4828a3386600161206a565b90505f805b88811015611126576110ec816010612e1c565b8a8a838181106110fe576110fe612e08565b90506020020160208101906111139190612f0b565b61ffff16901b91909117906001016110d9565b505f828152600284016020526040908190208290555133908b907fa8e6bb43e7d80c99f5bd36adca8e73ecb51029aa094732265f859be979aa7808906111719088908e908e90612f26565b60405180910390a350505050505050611188611873565b505050565b611195611477565b8015806111a3575061040081115b156111c457604051631c7cb63960e01b81526004810182905260240161088c565b5f6111cf858561228b565b9050336001600160a01b0316857f56fdd0b6a631e78146b6dc15d3655506e2e21e58ba0ec39b7cef00b6948000ce838787876040516112119493929190612f7e565b60405180910390a350611222611873565b50505050565b611230611477565b80158061123e575061040081115b1561125f57604051631c7cb63960e01b81526004810182905260240161088c565b5f611281848484604051611274929190612d29565b604051809103902061228b565b5f85815260046020908152604080832060ff8516845290915290209091506112aa838583613033565b50336001600160a01b0316847f56fdd0b6a631e78146b6dc15d3655506e2e21e58ba0ec39b7cef00b6948000ce8386866040516112e8929190612d29565b6040519081900381206112ff9291899089906130ec565b60405180910390a350611188611873565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316638da5cb5b6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561136c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113909190612c8a565b6001600160a01b0316336001600160a01b0316146113c35760405163988d1f0360e01b815233600482015260240161088c565b6108ee816124c3565b5f82815260046020908152604080832084845290915290208054606091906113f390612fb7565b80601f016020809104026020016040519081016040528092919081815260200182805461141f90612fb7565b801561146a5780601f106114415761010080835404028352916020019161146a565b820191905f5260205f20905b81548152906001019060200180831161144d57829003601f168201915b5050505050905092915050565b61147f612553565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b55565b6040516382afd23b60e01b8152823560048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906382afd23b90602401602060405180830381865afa158015611509573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061152d9190613138565b61154d576040516339b33bbf60e01b81528235600482015260240161088c565b61155d6060830160408401612ce5565b6001600160601b03165f036115a15761157c6060830160408401612ce5565b60405163179c637760e11b81526001600160601b03909116600482015260240161088c565b6115b16040830160208401612d10565b60ff1615806115d2575060106115cd6040840160208501612d10565b60ff16115b15611606576115e76040830160208401612d10565b6040516307b2ea2560e01b815260ff909116600482015260240161088c565b5f611612603c42612e52565b90505f61162262278d0042612e52565b9050816116356080860160608701612c0d565b63ffffffff16108061165b5750806116536080860160608701612c0d565b63ffffffff16115b156116a0576116706080850160608601612c0d565b6040516309b4eedf60e41b815263ffffffff9091166004820152602481018390526044810182905260640161088c565b8215806116ae575061400083115b156116cf5760405163b80480b160e01b81526004810184905260240161088c565b5f806116e160a0870160808801612c6f565b6001600160a01b0316141590506116fe60c0860160a08701612c0d565b63ffffffff165f141515158115151415806117305750621e848061172860c0870160a08801612c0d565b63ffffffff16115b8061175a575080801561175a575061174e60a0860160808701612c6f565b6001600160a01b03163b155b156117af5761176f60a0860160808701612c6f565b61177f60c0870160a08801612c0d565b604051633e65ebab60e11b81526001600160a01b03909216600483015263ffffffff16602482015260440161088c565b5050505050565b5f5f826001600160a01b0316630f43a6776040518163ffffffff1660e01b8152600401602060405180830381865afa1580156117f4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118189190613151565b90506040811115611827575060405b611832600282612e33565b610844906001612e52565b61184b84848484600161259f565b61122257604051635274afe760e01b81526001600160a01b038516600482015260240161088c565b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006114a3565b5f818152600260205260408120906001820154600160d01b900460ff1660038111156118c9576118c961298c565b036118ea57604051631f79bbe760e01b81526004810183905260240161088c565b600180820154600160d01b900460ff16600381111561190b5761190b61298c565b1461193e578181600101601a9054906101000a900460ff1660405163713e495560e01b815260040161088c929190613168565b919050565b60018101805460ff60d01b1916600360d01b17905580546001600160a01b0381165f9081526008602052604081208054600160a01b9093046001600160601b031692909190611993908490612e52565b90915550508054604051600160a01b82046001600160601b031681526001600160a01b039091169083907fef4b033e91b43793ef56b4e9a2402cf94f72dd88037ffd62187fcac99786ab8c9060200160405180910390a35050565b60028101545f908190600160c01b900463ffffffff168103611a21576001830154600160a01b900463ffffffff16611a34565b6002830154600160c01b900463ffffffff165b600284015463ffffffff9182169350611a5691600160e01b909104168361317c565b9050915091565b5f828152600660205260408120805460609291829161ffff16856001600160401b03811115611a8e57611a8e612df4565b604051908082528060200260200182016040528015611ab7578160200160208202803683370190505b509450805f03611acf57505f9250829150611da79050565b5f816001600160401b03811115611ae857611ae8612df4565b604051908082528060200260200182016040528015611b11578160200160208202803683370190505b5090505f826001600160401b03811115611b2d57611b2d612df4565b604051908082528060200260200182016040528015611b56578160200160208202803683370190505b5090505f5b83811015611bea575f8181526002860160205260409020548351849083908110611b8757611b87612e08565b602002602001018181525050846001015f8281526020019081526020015f205f0160149054906101000a90046001600160601b03166001600160601b0316828281518110611bd757611bd7612e08565b6020908102919091010152600101611b5b565b505f95505f94505f5b88811015611da1575f846001600160401b03811115611c1457611c14612df4565b604051908082528060200260200182016040528015611c3d578160200160208202803683370190505b5090505f856001600160401b03811115611c5957611c59612df4565b604051908082528060200260200182016040528015611c82578160200160208202803683370190505b5090505f5b86811015611d1757611c9a846010612e1c565b868281518110611cac57611cac612e08565b6020026020010151901c61ffff16838281518110611ccc57611ccc612e08565b602002602001018181525050848181518110611cea57611cea612e08565b6020026020010151828281518110611d0457611d04612e08565b6020908102919091010152600101611c87565b505f611d23838361260c565b90505f611d31848484612778565b9050808c8681518110611d4657611d46612e08565b61ffff9283166020918202929092010152611d639082168c612e52565b9a508b8a81518110611d7757611d77612e08565b602002602001015161ffff168161ffff161115611d92578499505b50505050806001019050611bf3565b50505050505b9250925092565b60028401545f86815260046020908152604080832087845290915280822090516001600160a01b03841693600160a01b900463ffffffff169291611dfb918a91908890889060240161319b565b60408051601f198184030181529190526020810180516001600160e01b031663efbf05f560e01b17905290505f619c40611e36603f85612e33565b611e409085612e52565b611e4a9190612e52565b9050805a1015611e79575a604051631219653960e21b815260048101919091526024810182905260440161088c565b5f5f5f8451602086015f8989f15f8b815260076020526040908190206002018054831515620100000262ff000019909116179055519091506001600160a01b038616908b907f03cee1b9938b671c7b34315f152474959bf81c0944c53c4c6ede1e70e845014190611eef90851515815260200190565b60405180910390a350505050505050505050565b611f10838383600161281c565b61118857604051635274afe760e01b81526001600160a01b038416600482015260240161088c565b604051633b4c989160e01b81526001600160a01b0382811660048301525f918291851690633b4c989190602401608060405180830381865afa158015611f80573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611fa49190613238565b90505f81604001518015611fb9575081606001515b611fc3575f61202b565b604051630a8990fd60e01b81526001600160a01b038581166004830152861690630a8990fd90602401602060405180830381865afa158015612007573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061202b9190613151565b9050805f0361205857604051630bc677c960e41b81526001600160a01b038516600482015260240161088c565b6120618161287e565b95945050505050565b6001600160a01b0383165f9081526003860160205260408120546001600160401b038084169116036120ba5760405163718cd1d160e11b81526001600160a01b038516600482015260240161088c565b6001600160a01b0384165f90815260038701602052604090819020805467ffffffffffffffff19166001600160401b038516179055865461ffff169081101561216d57612108816001612e52565b875461ffff9190911661ffff199091161787556040805180820182526001600160a01b0380881682526001600160601b0380881660208085019182525f87815260018e01909152949094209251935116600160a01b0292169190911790559050612061565b5f195f5b828110156121b1575f81815260018a016020526040902054600160a01b90046001600160601b0316828110156121a8578092508194505b50600101612171565b5080856001600160601b0316116121ed57604051636700f80560e01b81526001600160601b03861660048201526024810182905260440161088c565b5f8381526001890160205260408082205490516001600160a01b03808a16939216918a917f4e3e1818d31619aca337661d7ee29d7e9a95c7902eb8a65903b3533fdc35f47a9190a450506040805180820182526001600160a01b0380871682526001600160601b0380871660208085019182525f87815260018d01909152949094209251935116600160a01b02921691909117905595945050505050565b5f5f6122968461189b565b6001810154909150600160a01b900463ffffffff16421015806122d05750600181015460ff600160c01b82048116600160c81b9092041610155b156122f157604051633ff7641560e11b81526004810185905260240161088c565b6001810154604051633b4c989160e01b81523360048201525f916001600160a01b031690633b4c989190602401608060405180830381865afa158015612339573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061235d9190613238565b905080604001511580612371575080606001515b1561239157604051638b411b4d60e01b815233600482015260240161088c565b5f85815260056020908152604080832033845290915290205460ff16156123cd57604051638945352b60e01b815233600482015260240161088c565b5f85815260056020908152604080832033808552908352818420805460ff1916600190811790915586810154835180850185529283528285018a81528b875260038652848720600160c81b90920460ff168088529190955292909420905181546001600160a01b03919091166001600160a01b0319909116178155915191830191909155935061245e9084906132b8565b6001838101805460ff60c81b1916600160c81b60ff948516021790819055600160c01b9004909116906124929085906132b8565b60ff16036124bb5760028201805463ffffffff60c01b1916600160c01b4263ffffffff16021790555b505092915050565b603c63ffffffff821610806124e0575062093a8063ffffffff8216115b1561250657604051633767903f60e11b815263ffffffff8216600482015260240161088c565b5f805463ffffffff191663ffffffff83169081179091556040519081527f5d8f7fa35c9b5faec9e53ab129ef3fe7e932e97bc660151e960a2d09def8e5379060200160405180910390a150565b61257f5f60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006128b5565b1561259d57604051633ee5aeb560e01b815260040160405180910390fd5b565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166125fb5783831516156125ef573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b81515f90815b818110156124bb575f85828151811061262d5761262d612e08565b602002602001015190505f85838151811061264a5761264a612e08565b6020026020010151905080856126609190612e52565b9450825b5f811180156126955750828861267b600184612e65565b8151811061268b5761268b612e08565b6020026020010151135b1561272c57876126a6600183612e65565b815181106126b6576126b6612e08565b60200260200101518882815181106126d0576126d0612e08565b6020908102919091010152866126e7600183612e65565b815181106126f7576126f7612e08565b602002602001015187828151811061271157612711612e08565b6020908102919091010152612725816132d1565b9050612664565b8288828151811061273f5761273f612e08565b6020026020010181815250508187828151811061275e5761275e612e08565b602002602001018181525050505050806001019050612612565b82515f908190815b818110156127ec5785818151811061279a5761279a612e08565b6020026020010151836127ad9190612e52565b9250846127bb846002612e1c565b106127e4578681815181106127d2576127d2612e08565b60200260200101519350505050610844565b600101612780565b50856127f9600183612e65565b8151811061280957612809612e08565b6020026020010151925050509392505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316612872578383151615612866573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f6001600160601b038211156128b1576040516306dfcc6560e41b8152606060048201526024810183905260440161088c565b5090565b5414919050565b5f5f83601f8401126128cc575f5ffd5b5081356001600160401b038111156128e2575f5ffd5b6020830191508360208285010111156128f9575f5ffd5b9250929050565b5f5f5f83850360e0811215612913575f5ffd5b60c0811215612920575f5ffd5b5083925060c08401356001600160401b0381111561293c575f5ffd5b612948868287016128bc565b9497909650939450505050565b5f60208284031215612965575f5ffd5b5035919050565b5f5f6040838503121561297d575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b600481106129bc57634e487b7160e01b5f52602160045260245ffd5b9052565b81516001600160a01b031681526101c0810160208301516129ec60208401826001600160601b03169052565b506040830151612a0760408401826001600160a01b03169052565b506060830151612a1f606084018263ffffffff169052565b506080830151612a34608084018260ff169052565b5060a0830151612a4960a084018260ff169052565b5060c0830151612a5c60c08401826129a0565b5060e0830151612a7160e084018260ff169052565b50610100830151612a8b61010084018263ffffffff169052565b50610120830151612aa86101208401826001600160a01b03169052565b50610140830151612ac261014084018263ffffffff169052565b50610160830151612adc61016084018263ffffffff169052565b50610180830151612af661018084018263ffffffff169052565b506101a092830151919092015290565b5f5f5f60408486031215612b18575f5ffd5b8335925060208401356001600160401b03811115612b34575f5ffd5b8401601f81018613612b44575f5ffd5b80356001600160401b03811115612b59575f5ffd5b8660208260051b8401011115612b6d575f5ffd5b939660209190910195509293505050565b5f5f5f5f60608587031215612b91575f5ffd5b843593506020850135925060408501356001600160401b03811115612bb4575f5ffd5b612bc0878288016128bc565b95989497509550505050565b5f5f5f60408486031215612bde575f5ffd5b8335925060208401356001600160401b0381111561293c575f5ffd5b803563ffffffff8116811461193e575f5ffd5b5f60208284031215612c1d575f5ffd5b61084482612bfa565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b6001600160a01b03811681146108ee575f5ffd5b5f60208284031215612c7f575f5ffd5b813561084481612c5b565b5f60208284031215612c9a575f5ffd5b815161084481612c5b565b634e487b7160e01b5f52601160045260245ffd5b5f60018201612cca57612cca612ca5565b5060010190565b6001600160601b03811681146108ee575f5ffd5b5f60208284031215612cf5575f5ffd5b813561084481612cd1565b803560ff8116811461193e575f5ffd5b5f60208284031215612d20575f5ffd5b61084482612d00565b818382375f9101908152919050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b833581525f60ff612d7360208701612d00565b1660208301526040850135612d8781612cd1565b6001600160601b0316604083015263ffffffff612da660608701612bfa565b1660608301526080850135612dba81612c5b565b6001600160a01b0316608083015263ffffffff612dd960a08701612bfa565b1660a083015260e060c083015261206160e083018486612d38565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b808202811582820484141761093657610936612ca5565b5f82612e4d57634e487b7160e01b5f52601260045260245ffd5b500490565b8082018082111561093657610936612ca5565b8181038181111561093657610936612ca5565b604080825283519082018190525f9060208501906060840190835b81811015612eb557835161ffff16835260209384019390920191600101612e93565b5050838103602080860191909152855180835291810192508501905f5b81811015612ef0578251845260209384019390920191600101612ed2565b50919695505050505050565b61ffff811681146108ee575f5ffd5b5f60208284031215612f1b575f5ffd5b813561084481612efc565b6001600160601b038416815260406020820181905281018290525f8360608301825b85811015612f73578235612f5b81612efc565b61ffff16825260209283019290910190600101612f48565b509695505050505050565b60ff85168152836020820152608060408201525f608082015260a060608201525f612fad60a083018486612d38565b9695505050505050565b600181811c90821680612fcb57607f821691505b602082108103612fe957634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561118857805f5260205f20601f840160051c810160208510156130145750805b601f840160051c820191505b818110156117af575f8155600101613020565b6001600160401b0383111561304a5761304a612df4565b61305e836130588354612fb7565b83612fef565b5f601f84116001811461308f575f85156130785750838201355b5f19600387901b1c1916600186901b1783556117af565b5f83815260208120601f198716915b828110156130be578685013582556020948501946001909201910161309e565b50868210156130da575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b60ff85168152836020820152608060408201525f61310e608083018486612d38565b82810360608401525f81526020810191505095945050505050565b8051801515811461193e575f5ffd5b5f60208284031215613148575f5ffd5b61084482613129565b5f60208284031215613161575f5ffd5b5051919050565b8281526040810161084460208301846129a0565b6001600160401b03818116838216019081111561093657610936612ca5565b848152608060208201525f5f85546131b281612fb7565b806080860152600182165f81146131d057600181146131ec5761321d565b60ff19831660a087015260a082151560051b870101935061321d565b885f5260205f205f5b8381101561321457815488820160a001526001909101906020016131f5565b870160a0019450505b5050506040830185905261ffff841660608401529050612061565b5f6080828403128015613249575f5ffd5b50604051608081016001600160401b038111828210171561326c5761326c612df4565b604052825161327a81612cd1565b8152602083015161328a81612efc565b602082015261329b60408401613129565b60408201526132ac60608401613129565b60608201529392505050565b60ff818116838216019081111561093657610936612ca5565b5f816132df576132df612ca5565b505f19019056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xC0`@R4\x80\x15a\0\x0FW__\xFD[P`@Qa4\x9D8\x03\x80a4\x9D\x839\x81\x01`@\x81\x90Ra\0.\x91a\x01!V[`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0U`\x01`\x01`\xA0\x1B\x03\x80\x84\x16`\xA0R\x82\x16`\x80Ra\0n\x81a\0vV[PPPa\x01sV[`<c\xFF\xFF\xFF\xFF\x82\x16\x10\x80a\0\x93WPb\t:\x80c\xFF\xFF\xFF\xFF\x82\x16\x11[\x15a\0\xBDW`@Qc7g\x90?`\xE1\x1B\x81Rc\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01`@Q\x80\x91\x03\x90\xFD[_\x80Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F]\x8F\x7F\xA3\\\x9B_\xAE\xC9\xE5:\xB1)\xEF?\xE7\xE92\xE9{\xC6`\x15\x1E\x96\n-\t\xDE\xF8\xE57\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x01\x1EW__\xFD[PV[___``\x84\x86\x03\x12\x15a\x013W__\xFD[\x83Qa\x01>\x81a\x01\nV[` \x85\x01Q\x90\x93Pa\x01O\x81a\x01\nV[`@\x85\x01Q\x90\x92Pc\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x01hW__\xFD[\x80\x91PP\x92P\x92P\x92V[`\x80Q`\xA0Qa2\xE6a\x01\xB7_9_\x81\x81a\x03I\x01R\x81\x81a\x04\x83\x01R\x81\x81a\x13\x12\x01Ra\x14\xBC\x01R_\x81\x81a\x03\xB6\x01R\x81\x81a\x08\n\x01Ra\x0F\x99\x01Ra2\xE6_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01mW_5`\xE0\x1C\x80cq\xBF\xAB\xCA\x11a\0\xD9W\x80c\xA6\xF7?\xAB\x11a\0\x93W\x80c\xDA\x1C\x01\x10\x11a\0nW\x80c\xDA\x1C\x01\x10\x14a\x03\xFEW\x80c\xDF\x18\xE0G\x14a\x04\x1EW\x80c\xE4u\x1F^\x14a\x04FW\x80c\xF2\xEC^Z\x14a\x04OW__\xFD[\x80c\xA6\xF7?\xAB\x14a\x03\xB4W\x80c\xC4qJ\xB2\x14a\x03\xDAW\x80c\xC7x\xE3\xC5\x14a\x03\xE4W__\xFD[\x80cq\xBF\xAB\xCA\x14a\x02jW\x80czYx\xDA\x14a\x034W\x80c{\x109\x99\x14a\x03GW\x80c\x83I\xC2\xD2\x14a\x03\x81W\x80c\x96/{+\x14a\x03\x94W\x80c\x9A{\xE1\xF4\x14a\x03\xA1W__\xFD[\x80c7\xBD\xC9\x9B\x11a\x01*W\x80c7\xBD\xC9\x9B\x14a\x02*W\x80c<\xCF\xD6\x0B\x14a\x02=W\x80c[\xAD\xBEL\x14a\x02EW\x80ca\x82\xDE\xEE\x14a\x01qW\x80cj\x8E\t\x9F\x14a\x02MW\x80cm\x98\t\xA0\x14a\x02`W__\xFD[\x80c\x12t\xBA\xDA\x14a\x01qW\x80c\x1C\xB6\xC8?\x14a\x01\x93W\x80c'\x8E\xCD\xE1\x14a\x01\xB4W\x80c.\xF2\xCC\xBF\x14a\x01\xC9W\x80c0h\0S\x14a\x01\xD3W\x80c2N\x03\xBE\x14a\x02\nW[__\xFD[a\x01y`<\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x01\xA6a\x01\xA16`\x04a)\0V[a\x04XV[`@Q\x90\x81R` \x01a\x01\x8AV[a\x01\xC7a\x01\xC26`\x04a)UV[a\x08KV[\0[a\x01yb\t:\x80\x81V[a\x01\xE6a\x01\xE16`\x04a)lV[a\x08\xF1V[`@\x80Q\x82Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x92\x83\x01Q\x92\x81\x01\x92\x90\x92R\x01a\x01\x8AV[a\x02\x1Da\x02\x186`\x04a)UV[a\t<V[`@Qa\x01\x8A\x91\x90a)\xC0V[a\x01\xC7a\x0286`\x04a)UV[a\n\xD3V[a\x01\xA6a\x0F\x05V[`\x01Ta\x01\xA6V[a\x01\xC7a\x02[6`\x04a+\x06V[a\x0F\xCBV[a\x01yb\x1E\x84\x80\x81V[a\x02\xF2a\x02x6`\x04a)UV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x91\x90\x91RP_\x90\x81R`\x07` \x90\x81R`@\x91\x82\x90 \x82Q`\x80\x81\x01\x84R\x81T`\x01`\x01`\xA0\x1B\x03\x16\x81R`\x01\x82\x01T\x92\x81\x01\x92\x90\x92R`\x02\x01Ta\xFF\xFF\x81\x16\x92\x82\x01\x92\x90\x92Rb\x01\0\0\x90\x91\x04`\xFF\x16\x15\x15``\x82\x01R\x90V[`@Qa\x01\x8A\x91\x90\x81Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x80\x83\x01Q\x90\x82\x01R`@\x80\x83\x01Qa\xFF\xFF\x16\x90\x82\x01R``\x91\x82\x01Q\x15\x15\x91\x81\x01\x91\x90\x91R`\x80\x01\x90V[a\x01\xC7a\x03B6`\x04a+~V[a\x11\x8DV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x01\x8AV[a\x01\xC7a\x03\x8F6`\x04a+\xCCV[a\x12(V[_Tc\xFF\xFF\xFF\xFF\x16a\x01yV[a\x01\xC7a\x03\xAF6`\x04a,\rV[a\x13\x10V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x03iV[a\x01yb'\x8D\0\x81V[a\x03\xEC`\x10\x81V[`@Q`\xFF\x90\x91\x16\x81R` \x01a\x01\x8AV[a\x04\x11a\x04\x0C6`\x04a)lV[a\x13\xCCV[`@Qa\x01\x8A\x91\x90a,&V[a\x01\xA6a\x04,6`\x04a,oV[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x08` R`@\x90 T\x90V[a\x01\xA6a\x04\0\x81V[a\x01\xA6a@\0\x81V[_a\x04aa\x14wV[a\x04k\x84\x83a\x14\xA6V[`@Qc?\xBCM5`\xE0\x1B\x81R\x845`\x04\x82\x01R_\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90c?\xBCM5\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x04\xD0W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x04\xF4\x91\x90a,\x8AV[\x90P`\x01_\x81Ta\x05\x04\x90a,\xB9V[\x91\x82\x90UP`@\x80Qa\x01\xC0\x81\x01\x82R3\x81R\x91\x93P` \x82\x01\x90a\x05/\x90``\x89\x01\x90\x89\x01a,\xE5V[`\x01`\x01``\x1B\x03\x16\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16` \x82\x01R`@\x01a\x05\\`\x80\x88\x01``\x89\x01a,\rV[c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x86` \x01` \x81\x01\x90a\x05z\x91\x90a-\x10V[`\xFF\x16\x81R_` \x82\x01R`@\x01`\x01\x81R` \x01a\x05\x98\x83a\x17\xB6V[`\xFF\x16\x81Rc\xFF\xFF\xFF\xFF\x875\x16` \x82\x01R`@\x01a\x05\xBD`\xA0\x88\x01`\x80\x89\x01a,oV[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01a\x05\xDB`\xC0\x88\x01`\xA0\x89\x01a,\rV[c\xFF\xFF\xFF\xFF\x90\x81\x16\x82R_` \x83\x01\x81\x90RT\x16`@\x80\x83\x01\x91\x90\x91RQ``\x90\x91\x01\x90a\x06\x0C\x90\x87\x90\x87\x90a-)V[`@\x80Q\x91\x82\x90\x03\x90\x91 \x90\x91R_\x84\x81R`\x02` \x90\x81R\x90\x82\x90 \x83Q\x91\x84\x01Q`\x01`\x01``\x1B\x03\x16`\x01`\xA0\x1B\x90\x81\x02`\x01`\x01`\xA0\x1B\x03\x93\x84\x16\x17\x82U\x92\x84\x01Q`\x01\x82\x01\x80T``\x87\x01Q`\x80\x88\x01Q`\xA0\x89\x01Q`\xFF\x90\x81\x16`\x01`\xC8\x1B\x02`\xFF`\xC8\x1B\x19\x91\x90\x92\x16`\x01`\xC0\x1B\x02\x16a\xFF\xFF`\xC0\x1B\x19c\xFF\xFF\xFF\xFF\x90\x93\x16\x90\x98\x02`\x01`\x01`\xC0\x1B\x03\x19\x90\x93\x16\x94\x90\x96\x16\x93\x90\x93\x17\x17\x91\x90\x91\x16\x93\x90\x93\x17\x91\x90\x91\x17\x80\x83U`\xC0\x84\x01Q\x91\x92\x90`\xFF`\xD0\x1B\x19\x16`\x01`\xD0\x1B\x83`\x03\x81\x11\x15a\x06\xDFWa\x06\xDFa)\x8CV[\x02\x17\x90UP`\xE0\x82\x01Q`\x01\x82\x01\x80Ta\x01\0\x85\x01Qc\xFF\xFF\xFF\xFF\x90\x81\x16`\x01`\xE0\x1B\x90\x81\x02`\x01`\x01`\xE0\x1B\x03`\xFF\x90\x96\x16`\x01`\xD8\x1B\x02\x86\x16`\x01`\x01`\xD8\x1B\x03\x90\x94\x16\x93\x90\x93\x17\x92\x90\x92\x17\x90\x92Ua\x01 \x85\x01Q`\x02\x85\x01\x80Ta\x01@\x88\x01Qa\x01`\x89\x01Qa\x01\x80\x8A\x01Q\x87\x16\x90\x95\x02\x94\x86\x16`\x01`\xC0\x1B\x02\x90\x96\x16`\x01`\x01`\xC0\x1B\x03\x96\x90\x95\x16`\x01`\xA0\x1B\x02`\x01`\x01`\xC0\x1B\x03\x19\x90\x91\x16`\x01`\x01`\xA0\x1B\x03\x90\x93\x16\x92\x90\x92\x17\x91\x90\x91\x17\x93\x90\x93\x16\x91\x90\x91\x17\x17\x90Ua\x01\xA0\x90\x91\x01Q`\x03\x90\x91\x01U`@Q3\x90\x865\x90\x84\x90\x7F\xB4\x9EkZ\xB0\xB6Tc\x7FK\x0B\xB6\x84\xD7'+\xD4\xDDr\x9DS\x08\x86\xB8%\x14\xBAh\xA4\x9Eml\x90a\x07\xE3\x90\x8A\x90\x8A\x90\x8A\x90a-`V[`@Q\x80\x91\x03\x90\xA4a\x08;30a\x08\0``\x89\x01`@\x8A\x01a,\xE5V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x92\x91\x90`\x01`\x01``\x1B\x03\x16a\x18=V[Pa\x08Da\x18sV[\x93\x92PPPV[a\x08Sa\x14wV[_a\x08]\x82a\x18\x9BV[`\x01\x81\x01T\x90\x91P`\x01`\xC8\x1B\x90\x04`\xFF\x16\x15a\x08\x95W`@Qc\x18a\t\x9F`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x01\x81\x01T`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16B\x10\x15a\x08\xDBW`\x01\x81\x01T`@Qc\x03\x93\x98\x8B`\xE3\x1B\x81R`\x01`\xA0\x1B\x90\x91\x04c\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\x08\x8CV[a\x08\xE5\x82\x82a\x19CV[Pa\x08\xEEa\x18sV[PV[`@\x80Q\x80\x82\x01\x82R_\x80\x82R` \x91\x82\x01\x81\x90R\x84\x81R`\x03\x82R\x82\x81 \x84\x82R\x82R\x82\x90 \x82Q\x80\x84\x01\x90\x93R\x80T`\x01`\x01`\xA0\x1B\x03\x16\x83R`\x01\x01T\x90\x82\x01R[\x92\x91PPV[`@\x80Qa\x01\xC0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x82\x90Ra\x01`\x81\x01\x82\x90Ra\x01\x80\x81\x01\x82\x90Ra\x01\xA0\x81\x01\x91\x90\x91R_\x82\x81R`\x02` \x90\x81R`@\x91\x82\x90 \x82Qa\x01\xC0\x81\x01\x84R\x81T`\x01`\x01`\xA0\x1B\x03\x80\x82\x16\x83R`\x01`\xA0\x1B\x91\x82\x90\x04`\x01`\x01``\x1B\x03\x16\x94\x83\x01\x94\x90\x94R`\x01\x83\x01T\x93\x84\x16\x94\x82\x01\x94\x90\x94R\x92\x82\x04c\xFF\xFF\xFF\xFF\x16``\x84\x01R`\x01`\xC0\x1B\x82\x04`\xFF\x90\x81\x16`\x80\x85\x01R`\x01`\xC8\x1B\x83\x04\x81\x16`\xA0\x85\x01R\x90\x91`\xC0\x84\x01\x91`\x01`\xD0\x1B\x90\x91\x04\x16`\x03\x81\x11\x15a\nKWa\nKa)\x8CV[`\x03\x81\x11\x15a\n\\Wa\n\\a)\x8CV[\x81R`\x01\x82\x01T`\xFF`\x01`\xD8\x1B\x82\x04\x16` \x83\x01Rc\xFF\xFF\xFF\xFF`\x01`\xE0\x1B\x91\x82\x90\x04\x81\x16`@\x84\x01R`\x02\x84\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16``\x85\x01R`\x01`\xA0\x1B\x81\x04\x82\x16`\x80\x85\x01R`\x01`\xC0\x1B\x81\x04\x82\x16`\xA0\x85\x01R\x91\x90\x91\x04\x16`\xC0\x82\x01R`\x03\x90\x91\x01T`\xE0\x90\x91\x01R\x92\x91PPV[a\n\xDBa\x14wV[_a\n\xE5\x82a\x18\x9BV[`\x01\x81\x01T\x90\x91P`\x01`\xC8\x1B\x90\x04`\xFF\x16_\x03a\x0B\x19W`@Qc\x0E\x8E\xB4\xC5`\xE1\x1B\x81R`\x04\x81\x01\x83\x90R`$\x01a\x08\x8CV[_a\x0B#\x82a\x19\xEEV[\x91PP\x80`\x01`\x01`@\x1B\x03\x16B\x10\x15a\x0B[W`@Qc\x03\x93\x98\x8B`\xE3\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x08\x8CV[___a\x0B|\x86\x86`\x01\x01`\x19\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16a\x1A]V[\x92P\x92P\x92P\x81_\x14\x80a\x0B\xB1WP`\x01\x85\x01T_\x87\x81R`\x06` R`@\x90 T`\x01`\xD8\x1B\x90\x91\x04`\xFF\x16a\xFF\xFF\x90\x91\x16\x10[\x15a\x0B\xCAWa\x0B\xC0\x86\x86a\x19CV[PPPPPa\x0E\xFDV[\x84T\x83Q`\x01`\xA0\x1B\x90\x91\x04`\x01`\x01``\x1B\x03\x16\x90_\x90`\x01`\x01`@\x1B\x03\x81\x11\x15a\x0B\xF9Wa\x0B\xF9a-\xF4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0C\"W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x80[\x86Q\x81\x10\x15a\x0C\xB2W\x85\x87\x82\x81Q\x81\x10a\x0CDWa\x0CDa.\x08V[` \x02` \x01\x01Qa\xFF\xFF\x16\x85a\x0C[\x91\x90a.\x1CV[a\x0Ce\x91\x90a.3V[\x83\x82\x81Q\x81\x10a\x0CwWa\x0Cwa.\x08V[` \x02` \x01\x01\x81\x81RPP\x82\x81\x81Q\x81\x10a\x0C\x95Wa\x0C\x95a.\x08V[` \x02` \x01\x01Q\x82a\x0C\xA8\x91\x90a.RV[\x91P`\x01\x01a\x0C(V[Pa\x0C\xBD\x81\x84a.eV[\x82\x85\x81Q\x81\x10a\x0C\xCFWa\x0C\xCFa.\x08V[` \x02` \x01\x01\x81\x81Qa\x0C\xE3\x91\x90a.RV[\x90RP`\x01\x88\x01\x80T`\xFF`\xD0\x1B\x19\x16`\x01`\xD1\x1B\x17\x90U_[\x86Q\x81\x10\x15a\r\x8CW\x82\x81\x81Q\x81\x10a\r\x18Wa\r\x18a.\x08V[` \x02` \x01\x01Q_\x14a\r\x84W\x82\x81\x81Q\x81\x10a\r8Wa\r8a.\x08V[` \x90\x81\x02\x91\x90\x91\x01\x81\x01Q_\x8C\x81R`\x03\x83R`@\x80\x82 \x85\x83R\x84R\x80\x82 T`\x01`\x01`\xA0\x1B\x03\x16\x82R`\x08\x90\x93R\x91\x82 \x80T\x91\x92\x90\x91a\r~\x90\x84\x90a.RV[\x90\x91UPP[`\x01\x01a\x0C\xFDV[P_\x89\x81R`\x03` \x90\x81R`@\x80\x83 \x87\x84R\x82R\x91\x82\x90 \x82Q\x80\x84\x01\x84R\x81T`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x82R`\x01\x90\x92\x01T\x81\x84\x01\x90\x81R\x84Q`\x80\x81\x01\x86R\x82Q\x90\x93\x16\x83RQ\x92\x82\x01\x92\x90\x92R\x88Q\x91\x92\x90\x91\x90\x82\x01\x90\x89\x90\x88\x90\x81\x10a\r\xFBWa\r\xFBa.\x08V[` \x90\x81\x02\x91\x90\x91\x01\x81\x01Qa\xFF\xFF\x90\x81\x16\x83R_\x92\x82\x01\x83\x90R\x8D\x83R`\x07\x82R`@\x92\x83\x90 \x84Q\x81T`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x01`\x01`\xA0\x1B\x03\x19\x90\x91\x16\x17\x82U\x92\x85\x01Q`\x01\x82\x01U\x84\x84\x01Q`\x02\x90\x91\x01\x80T``\x90\x96\x01Q\x15\x15b\x01\0\0\x02b\xFF\xFF\xFF\x19\x90\x96\x16\x91\x90\x92\x16\x17\x93\x90\x93\x17\x90\x92U\x82Q\x90Q\x91\x16\x90\x8B\x90\x7F\x1B\xF9\x95\xB8\xB4\x18\xE8\xBB\x10s3\xC7\xF0\xB6\xE5y\x8E\x9Fo4\xC5(\xBD\xE9PN\xB0\x10\x1E\xCD\xC3\xE0\x90a\x0E\xAE\x90\x8B\x90\x88\x90a.xV[`@Q\x80\x91\x03\x90\xA3`\x02\x89\x01T`\x01`\x01`\xA0\x1B\x03\x16\x15a\x0E\xF3Wa\x0E\xF3\x8A\x8A\x87\x84` \x01Q\x8B\x8A\x81Q\x81\x10a\x0E\xE6Wa\x0E\xE6a.\x08V[` \x02` \x01\x01Qa\x1D\xAEV[PPPPPPPPP[a\x08\xEEa\x18sV[_a\x0F\x0Ea\x14wV[P3_\x90\x81R`\x08` R`@\x81 T\x90\x81\x90\x03a\x0FAW`@Qcn4\xEE\x0B`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\x8CV[3_\x81\x81R`\x08` R`@\x80\x82 \x91\x90\x91UQ\x7Fp\x84\xF5Gf\x18\xD8\xE6\x0B\x11\xEF\r}?\x06\x91FU\xAD\xB8y>(\xFF\x7F\x01\x8DLv\xD5\x05\xD5\x90a\x0F\x84\x90\x84\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2a\x0F\xC0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x83a\x1F\x03V[a\x0F\xC8a\x18sV[\x90V[a\x0F\xD3a\x14wV[_a\x0F\xDD\x84a\x18\x9BV[\x90P__a\x0F\xEA\x83a\x19\xEEV[\x91P\x91P\x81`\x01`\x01`@\x1B\x03\x16B\x10\x80a\x10\x0EWP\x80`\x01`\x01`@\x1B\x03\x16B\x10\x15[\x80a\x10%WP`\x01\x83\x01T`\x01`\xC8\x1B\x90\x04`\xFF\x16\x15[\x15a\x10VW`@Qc\x1A$\xCCK`\xE1\x1B\x81R`\x01`\x01`@\x1B\x03\x80\x84\x16`\x04\x83\x01R\x82\x16`$\x82\x01R`D\x01a\x08\x8CV[`\x01\x83\x01T`\x01`\xC8\x1B\x90\x04`\xFF\x16\x84\x14a\x10\x9CW`\x01\x83\x01T`@Qc-\xA2C\xF3`\xE0\x1B\x81R`\x04\x81\x01\x86\x90R`\x01`\xC8\x1B\x90\x91\x04`\xFF\x16`$\x82\x01R`D\x01a\x08\x8CV[`\x01\x83\x01T_\x90a\x10\xB6\x90`\x01`\x01`\xA0\x1B\x03\x163a\x1F8V[_\x88\x81R`\x06` R`@\x81 \x91\x92Pa\x10\xD4\x82\x8A3\x86`\x01a jV[\x90P_\x80[\x88\x81\x10\x15a\x11&Wa\x10\xEC\x81`\x10a.\x1CV[\x8A\x8A\x83\x81\x81\x10a\x10\xFEWa\x10\xFEa.\x08V[\x90P` \x02\x01` \x81\x01\x90a\x11\x13\x91\x90a/\x0BV[a\xFF\xFF\x16\x90\x1B\x91\x90\x91\x17\x90`\x01\x01a\x10\xD9V[P_\x82\x81R`\x02\x84\x01` R`@\x90\x81\x90 \x82\x90UQ3\x90\x8B\x90\x7F\xA8\xE6\xBBC\xE7\xD8\x0C\x99\xF5\xBD6\xAD\xCA\x8Es\xEC\xB5\x10)\xAA\tG2&_\x85\x9B\xE9y\xAAx\x08\x90a\x11q\x90\x88\x90\x8E\x90\x8E\x90a/&V[`@Q\x80\x91\x03\x90\xA3PPPPPPPa\x11\x88a\x18sV[PPPV[a\x11\x95a\x14wV[\x80\x15\x80a\x11\xA3WPa\x04\0\x81\x11[\x15a\x11\xC4W`@Qc\x1C|\xB69`\xE0\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\x08\x8CV[_a\x11\xCF\x85\x85a\"\x8BV[\x90P3`\x01`\x01`\xA0\x1B\x03\x16\x85\x7FV\xFD\xD0\xB6\xA61\xE7\x81F\xB6\xDC\x15\xD3eU\x06\xE2\xE2\x1EX\xBA\x0E\xC3\x9B|\xEF\0\xB6\x94\x80\0\xCE\x83\x87\x87\x87`@Qa\x12\x11\x94\x93\x92\x91\x90a/~V[`@Q\x80\x91\x03\x90\xA3Pa\x12\"a\x18sV[PPPPV[a\x120a\x14wV[\x80\x15\x80a\x12>WPa\x04\0\x81\x11[\x15a\x12_W`@Qc\x1C|\xB69`\xE0\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\x08\x8CV[_a\x12\x81\x84\x84\x84`@Qa\x12t\x92\x91\x90a-)V[`@Q\x80\x91\x03\x90 a\"\x8BV[_\x85\x81R`\x04` \x90\x81R`@\x80\x83 `\xFF\x85\x16\x84R\x90\x91R\x90 \x90\x91Pa\x12\xAA\x83\x85\x83a03V[P3`\x01`\x01`\xA0\x1B\x03\x16\x84\x7FV\xFD\xD0\xB6\xA61\xE7\x81F\xB6\xDC\x15\xD3eU\x06\xE2\xE2\x1EX\xBA\x0E\xC3\x9B|\xEF\0\xB6\x94\x80\0\xCE\x83\x86\x86`@Qa\x12\xE8\x92\x91\x90a-)V[`@Q\x90\x81\x90\x03\x81 a\x12\xFF\x92\x91\x89\x90\x89\x90a0\xECV[`@Q\x80\x91\x03\x90\xA3Pa\x11\x88a\x18sV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x8D\xA5\xCB[`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x13lW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x13\x90\x91\x90a,\x8AV[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x13\xC3W`@Qc\x98\x8D\x1F\x03`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\x8CV[a\x08\xEE\x81a$\xC3V[_\x82\x81R`\x04` \x90\x81R`@\x80\x83 \x84\x84R\x90\x91R\x90 \x80T``\x91\x90a\x13\xF3\x90a/\xB7V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x14\x1F\x90a/\xB7V[\x80\x15a\x14jW\x80`\x1F\x10a\x14AWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x14jV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x14MW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x90P\x92\x91PPV[a\x14\x7Fa%SV[`\x02\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0[UV[`@Qc\x82\xAF\xD2;`\xE0\x1B\x81R\x825`\x04\x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90c\x82\xAF\xD2;\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x15\tW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x15-\x91\x90a18V[a\x15MW`@Qc9\xB3;\xBF`\xE0\x1B\x81R\x825`\x04\x82\x01R`$\x01a\x08\x8CV[a\x15]``\x83\x01`@\x84\x01a,\xE5V[`\x01`\x01``\x1B\x03\x16_\x03a\x15\xA1Wa\x15|``\x83\x01`@\x84\x01a,\xE5V[`@Qc\x17\x9Ccw`\xE1\x1B\x81R`\x01`\x01``\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x08\x8CV[a\x15\xB1`@\x83\x01` \x84\x01a-\x10V[`\xFF\x16\x15\x80a\x15\xD2WP`\x10a\x15\xCD`@\x84\x01` \x85\x01a-\x10V[`\xFF\x16\x11[\x15a\x16\x06Wa\x15\xE7`@\x83\x01` \x84\x01a-\x10V[`@Qc\x07\xB2\xEA%`\xE0\x1B\x81R`\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x08\x8CV[_a\x16\x12`<Ba.RV[\x90P_a\x16\"b'\x8D\0Ba.RV[\x90P\x81a\x165`\x80\x86\x01``\x87\x01a,\rV[c\xFF\xFF\xFF\xFF\x16\x10\x80a\x16[WP\x80a\x16S`\x80\x86\x01``\x87\x01a,\rV[c\xFF\xFF\xFF\xFF\x16\x11[\x15a\x16\xA0Wa\x16p`\x80\x85\x01``\x86\x01a,\rV[`@Qc\t\xB4\xEE\xDF`\xE4\x1B\x81Rc\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x81\x01\x82\x90R`d\x01a\x08\x8CV[\x82\x15\x80a\x16\xAEWPa@\0\x83\x11[\x15a\x16\xCFW`@Qc\xB8\x04\x80\xB1`\xE0\x1B\x81R`\x04\x81\x01\x84\x90R`$\x01a\x08\x8CV[_\x80a\x16\xE1`\xA0\x87\x01`\x80\x88\x01a,oV[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x90Pa\x16\xFE`\xC0\x86\x01`\xA0\x87\x01a,\rV[c\xFF\xFF\xFF\xFF\x16_\x14\x15\x15\x15\x81\x15\x15\x14\x15\x80a\x170WPb\x1E\x84\x80a\x17(`\xC0\x87\x01`\xA0\x88\x01a,\rV[c\xFF\xFF\xFF\xFF\x16\x11[\x80a\x17ZWP\x80\x80\x15a\x17ZWPa\x17N`\xA0\x86\x01`\x80\x87\x01a,oV[`\x01`\x01`\xA0\x1B\x03\x16;\x15[\x15a\x17\xAFWa\x17o`\xA0\x86\x01`\x80\x87\x01a,oV[a\x17\x7F`\xC0\x87\x01`\xA0\x88\x01a,\rV[`@Qc>e\xEB\xAB`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x90\x92\x16`\x04\x83\x01Rc\xFF\xFF\xFF\xFF\x16`$\x82\x01R`D\x01a\x08\x8CV[PPPPPV[__\x82`\x01`\x01`\xA0\x1B\x03\x16c\x0FC\xA6w`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x17\xF4W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x18\x18\x91\x90a1QV[\x90P`@\x81\x11\x15a\x18'WP`@[a\x182`\x02\x82a.3V[a\x08D\x90`\x01a.RV[a\x18K\x84\x84\x84\x84`\x01a%\x9FV[a\x12\"W`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\x8CV[`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a\x14\xA3V[_\x81\x81R`\x02` R`@\x81 \x90`\x01\x82\x01T`\x01`\xD0\x1B\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x18\xC9Wa\x18\xC9a)\x8CV[\x03a\x18\xEAW`@Qc\x1Fy\xBB\xE7`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`$\x01a\x08\x8CV[`\x01\x80\x82\x01T`\x01`\xD0\x1B\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x19\x0BWa\x19\x0Ba)\x8CV[\x14a\x19>W\x81\x81`\x01\x01`\x1A\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`@Qcq>IU`\xE0\x1B\x81R`\x04\x01a\x08\x8C\x92\x91\x90a1hV[\x91\x90PV[`\x01\x81\x01\x80T`\xFF`\xD0\x1B\x19\x16`\x03`\xD0\x1B\x17\x90U\x80T`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x08` R`@\x81 \x80T`\x01`\xA0\x1B\x90\x93\x04`\x01`\x01``\x1B\x03\x16\x92\x90\x91\x90a\x19\x93\x90\x84\x90a.RV[\x90\x91UPP\x80T`@Q`\x01`\xA0\x1B\x82\x04`\x01`\x01``\x1B\x03\x16\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90\x83\x90\x7F\xEFK\x03>\x91\xB47\x93\xEFV\xB4\xE9\xA2@,\xF9Or\xDD\x88\x03\x7F\xFDb\x18\x7F\xCA\xC9\x97\x86\xAB\x8C\x90` \x01`@Q\x80\x91\x03\x90\xA3PPV[`\x02\x81\x01T_\x90\x81\x90`\x01`\xC0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x81\x03a\x1A!W`\x01\x83\x01T`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16a\x1A4V[`\x02\x83\x01T`\x01`\xC0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16[`\x02\x84\x01Tc\xFF\xFF\xFF\xFF\x91\x82\x16\x93Pa\x1AV\x91`\x01`\xE0\x1B\x90\x91\x04\x16\x83a1|V[\x90P\x91P\x91V[_\x82\x81R`\x06` R`@\x81 \x80T``\x92\x91\x82\x91a\xFF\xFF\x16\x85`\x01`\x01`@\x1B\x03\x81\x11\x15a\x1A\x8EWa\x1A\x8Ea-\xF4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x1A\xB7W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x94P\x80_\x03a\x1A\xCFWP_\x92P\x82\x91Pa\x1D\xA7\x90PV[_\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a\x1A\xE8Wa\x1A\xE8a-\xF4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x1B\x11W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x82`\x01`\x01`@\x1B\x03\x81\x11\x15a\x1B-Wa\x1B-a-\xF4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x1BVW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x83\x81\x10\x15a\x1B\xEAW_\x81\x81R`\x02\x86\x01` R`@\x90 T\x83Q\x84\x90\x83\x90\x81\x10a\x1B\x87Wa\x1B\x87a.\x08V[` \x02` \x01\x01\x81\x81RPP\x84`\x01\x01_\x82\x81R` \x01\x90\x81R` \x01_ _\x01`\x14\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x82\x82\x81Q\x81\x10a\x1B\xD7Wa\x1B\xD7a.\x08V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a\x1B[V[P_\x95P_\x94P_[\x88\x81\x10\x15a\x1D\xA1W_\x84`\x01`\x01`@\x1B\x03\x81\x11\x15a\x1C\x14Wa\x1C\x14a-\xF4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x1C=W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x85`\x01`\x01`@\x1B\x03\x81\x11\x15a\x1CYWa\x1CYa-\xF4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x1C\x82W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x86\x81\x10\x15a\x1D\x17Wa\x1C\x9A\x84`\x10a.\x1CV[\x86\x82\x81Q\x81\x10a\x1C\xACWa\x1C\xACa.\x08V[` \x02` \x01\x01Q\x90\x1Ca\xFF\xFF\x16\x83\x82\x81Q\x81\x10a\x1C\xCCWa\x1C\xCCa.\x08V[` \x02` \x01\x01\x81\x81RPP\x84\x81\x81Q\x81\x10a\x1C\xEAWa\x1C\xEAa.\x08V[` \x02` \x01\x01Q\x82\x82\x81Q\x81\x10a\x1D\x04Wa\x1D\x04a.\x08V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a\x1C\x87V[P_a\x1D#\x83\x83a&\x0CV[\x90P_a\x1D1\x84\x84\x84a'xV[\x90P\x80\x8C\x86\x81Q\x81\x10a\x1DFWa\x1DFa.\x08V[a\xFF\xFF\x92\x83\x16` \x91\x82\x02\x92\x90\x92\x01\x01Ra\x1Dc\x90\x82\x16\x8Ca.RV[\x9AP\x8B\x8A\x81Q\x81\x10a\x1DwWa\x1Dwa.\x08V[` \x02` \x01\x01Qa\xFF\xFF\x16\x81a\xFF\xFF\x16\x11\x15a\x1D\x92W\x84\x99P[PPPP\x80`\x01\x01\x90Pa\x1B\xF3V[PPPPP[\x92P\x92P\x92V[`\x02\x84\x01T_\x86\x81R`\x04` \x90\x81R`@\x80\x83 \x87\x84R\x90\x91R\x80\x82 \x90Q`\x01`\x01`\xA0\x1B\x03\x84\x16\x93`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x92\x91a\x1D\xFB\x91\x8A\x91\x90\x88\x90\x88\x90`$\x01a1\x9BV[`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x91\x90R` \x81\x01\x80Q`\x01`\x01`\xE0\x1B\x03\x16c\xEF\xBF\x05\xF5`\xE0\x1B\x17\x90R\x90P_a\x9C@a\x1E6`?\x85a.3V[a\x1E@\x90\x85a.RV[a\x1EJ\x91\x90a.RV[\x90P\x80Z\x10\x15a\x1EyWZ`@Qc\x12\x19e9`\xE2\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x82\x90R`D\x01a\x08\x8CV[___\x84Q` \x86\x01_\x89\x89\xF1_\x8B\x81R`\x07` R`@\x90\x81\x90 `\x02\x01\x80T\x83\x15\x15b\x01\0\0\x02b\xFF\0\0\x19\x90\x91\x16\x17\x90UQ\x90\x91P`\x01`\x01`\xA0\x1B\x03\x86\x16\x90\x8B\x90\x7F\x03\xCE\xE1\xB9\x93\x8Bg\x1C{41_\x15$t\x95\x9B\xF8\x1C\tD\xC5<Ln\xDE\x1Ep\xE8E\x01A\x90a\x1E\xEF\x90\x85\x15\x15\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPPPPPPPV[a\x1F\x10\x83\x83\x83`\x01a(\x1CV[a\x11\x88W`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x08\x8CV[`@Qc;L\x98\x91`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x81\x16`\x04\x83\x01R_\x91\x82\x91\x85\x16\x90c;L\x98\x91\x90`$\x01`\x80`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1F\x80W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1F\xA4\x91\x90a28V[\x90P_\x81`@\x01Q\x80\x15a\x1F\xB9WP\x81``\x01Q[a\x1F\xC3W_a +V[`@Qc\n\x89\x90\xFD`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16`\x04\x83\x01R\x86\x16\x90c\n\x89\x90\xFD\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a \x07W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a +\x91\x90a1QV[\x90P\x80_\x03a XW`@Qc\x0B\xC6w\xC9`\xE4\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\x8CV[a a\x81a(~V[\x95\x94PPPPPV[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x03\x86\x01` R`@\x81 T`\x01`\x01`@\x1B\x03\x80\x84\x16\x91\x16\x03a \xBAW`@Qcq\x8C\xD1\xD1`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\x8CV[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\x03\x87\x01` R`@\x90\x81\x90 \x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01`@\x1B\x03\x85\x16\x17\x90U\x86Ta\xFF\xFF\x16\x90\x81\x10\x15a!mWa!\x08\x81`\x01a.RV[\x87Ta\xFF\xFF\x91\x90\x91\x16a\xFF\xFF\x19\x90\x91\x16\x17\x87U`@\x80Q\x80\x82\x01\x82R`\x01`\x01`\xA0\x1B\x03\x80\x88\x16\x82R`\x01`\x01``\x1B\x03\x80\x88\x16` \x80\x85\x01\x91\x82R_\x87\x81R`\x01\x8E\x01\x90\x91R\x94\x90\x94 \x92Q\x93Q\x16`\x01`\xA0\x1B\x02\x92\x16\x91\x90\x91\x17\x90U\x90Pa aV[_\x19_[\x82\x81\x10\x15a!\xB1W_\x81\x81R`\x01\x8A\x01` R`@\x90 T`\x01`\xA0\x1B\x90\x04`\x01`\x01``\x1B\x03\x16\x82\x81\x10\x15a!\xA8W\x80\x92P\x81\x94P[P`\x01\x01a!qV[P\x80\x85`\x01`\x01``\x1B\x03\x16\x11a!\xEDW`@Qcg\0\xF8\x05`\xE0\x1B\x81R`\x01`\x01``\x1B\x03\x86\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x08\x8CV[_\x83\x81R`\x01\x89\x01` R`@\x80\x82 T\x90Q`\x01`\x01`\xA0\x1B\x03\x80\x8A\x16\x93\x92\x16\x91\x8A\x91\x7FN>\x18\x18\xD3\x16\x19\xAC\xA37f\x1D~\xE2\x9D~\x9A\x95\xC7\x90.\xB8\xA6Y\x03\xB3S?\xDC5\xF4z\x91\x90\xA4PP`@\x80Q\x80\x82\x01\x82R`\x01`\x01`\xA0\x1B\x03\x80\x87\x16\x82R`\x01`\x01``\x1B\x03\x80\x87\x16` \x80\x85\x01\x91\x82R_\x87\x81R`\x01\x8D\x01\x90\x91R\x94\x90\x94 \x92Q\x93Q\x16`\x01`\xA0\x1B\x02\x92\x16\x91\x90\x91\x17\x90U\x95\x94PPPPPV[__a\"\x96\x84a\x18\x9BV[`\x01\x81\x01T\x90\x91P`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16B\x10\x15\x80a\"\xD0WP`\x01\x81\x01T`\xFF`\x01`\xC0\x1B\x82\x04\x81\x16`\x01`\xC8\x1B\x90\x92\x04\x16\x10\x15[\x15a\"\xF1W`@Qc?\xF7d\x15`\xE1\x1B\x81R`\x04\x81\x01\x85\x90R`$\x01a\x08\x8CV[`\x01\x81\x01T`@Qc;L\x98\x91`\xE0\x1B\x81R3`\x04\x82\x01R_\x91`\x01`\x01`\xA0\x1B\x03\x16\x90c;L\x98\x91\x90`$\x01`\x80`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a#9W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a#]\x91\x90a28V[\x90P\x80`@\x01Q\x15\x80a#qWP\x80``\x01Q[\x15a#\x91W`@Qc\x8BA\x1BM`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\x8CV[_\x85\x81R`\x05` \x90\x81R`@\x80\x83 3\x84R\x90\x91R\x90 T`\xFF\x16\x15a#\xCDW`@Qc\x89E5+`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\x8CV[_\x85\x81R`\x05` \x90\x81R`@\x80\x83 3\x80\x85R\x90\x83R\x81\x84 \x80T`\xFF\x19\x16`\x01\x90\x81\x17\x90\x91U\x86\x81\x01T\x83Q\x80\x85\x01\x85R\x92\x83R\x82\x85\x01\x8A\x81R\x8B\x87R`\x03\x86R\x84\x87 `\x01`\xC8\x1B\x90\x92\x04`\xFF\x16\x80\x88R\x91\x90\x95R\x92\x90\x94 \x90Q\x81T`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16`\x01`\x01`\xA0\x1B\x03\x19\x90\x91\x16\x17\x81U\x91Q\x91\x83\x01\x91\x90\x91U\x93Pa$^\x90\x84\x90a2\xB8V[`\x01\x83\x81\x01\x80T`\xFF`\xC8\x1B\x19\x16`\x01`\xC8\x1B`\xFF\x94\x85\x16\x02\x17\x90\x81\x90U`\x01`\xC0\x1B\x90\x04\x90\x91\x16\x90a$\x92\x90\x85\x90a2\xB8V[`\xFF\x16\x03a$\xBBW`\x02\x82\x01\x80Tc\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\x01`\xC0\x1BBc\xFF\xFF\xFF\xFF\x16\x02\x17\x90U[PP\x92\x91PPV[`<c\xFF\xFF\xFF\xFF\x82\x16\x10\x80a$\xE0WPb\t:\x80c\xFF\xFF\xFF\xFF\x82\x16\x11[\x15a%\x06W`@Qc7g\x90?`\xE1\x1B\x81Rc\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x08\x8CV[_\x80Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F]\x8F\x7F\xA3\\\x9B_\xAE\xC9\xE5:\xB1)\xEF?\xE7\xE92\xE9{\xC6`\x15\x1E\x96\n-\t\xDE\xF8\xE57\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[a%\x7F_`\x02\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a(\xB5V[\x15a%\x9DW`@Qc>\xE5\xAE\xB5`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[V[`@Qc#\xB8r\xDD`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04R\x86\x16`$R`D\x85\x90R\x91` \x83`d\x81\x80\x8CZ\xF1\x92P`\x01_Q\x14\x83\x16a%\xFBW\x83\x83\x15\x16\x15a%\xEFW=_\x82>=\x81\xFD[_\x88;\x11=\x15\x16\x83\x16\x92P[`@RP_``R\x95\x94PPPPPV[\x81Q_\x90\x81[\x81\x81\x10\x15a$\xBBW_\x85\x82\x81Q\x81\x10a&-Wa&-a.\x08V[` \x02` \x01\x01Q\x90P_\x85\x83\x81Q\x81\x10a&JWa&Ja.\x08V[` \x02` \x01\x01Q\x90P\x80\x85a&`\x91\x90a.RV[\x94P\x82[_\x81\x11\x80\x15a&\x95WP\x82\x88a&{`\x01\x84a.eV[\x81Q\x81\x10a&\x8BWa&\x8Ba.\x08V[` \x02` \x01\x01Q\x13[\x15a',W\x87a&\xA6`\x01\x83a.eV[\x81Q\x81\x10a&\xB6Wa&\xB6a.\x08V[` \x02` \x01\x01Q\x88\x82\x81Q\x81\x10a&\xD0Wa&\xD0a.\x08V[` \x90\x81\x02\x91\x90\x91\x01\x01R\x86a&\xE7`\x01\x83a.eV[\x81Q\x81\x10a&\xF7Wa&\xF7a.\x08V[` \x02` \x01\x01Q\x87\x82\x81Q\x81\x10a'\x11Wa'\x11a.\x08V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra'%\x81a2\xD1V[\x90Pa&dV[\x82\x88\x82\x81Q\x81\x10a'?Wa'?a.\x08V[` \x02` \x01\x01\x81\x81RPP\x81\x87\x82\x81Q\x81\x10a'^Wa'^a.\x08V[` \x02` \x01\x01\x81\x81RPPPPP\x80`\x01\x01\x90Pa&\x12V[\x82Q_\x90\x81\x90\x81[\x81\x81\x10\x15a'\xECW\x85\x81\x81Q\x81\x10a'\x9AWa'\x9Aa.\x08V[` \x02` \x01\x01Q\x83a'\xAD\x91\x90a.RV[\x92P\x84a'\xBB\x84`\x02a.\x1CV[\x10a'\xE4W\x86\x81\x81Q\x81\x10a'\xD2Wa'\xD2a.\x08V[` \x02` \x01\x01Q\x93PPPPa\x08DV[`\x01\x01a'\x80V[P\x85a'\xF9`\x01\x83a.eV[\x81Q\x81\x10a(\tWa(\ta.\x08V[` \x02` \x01\x01Q\x92PPP\x93\x92PPPV[`@Qc\xA9\x05\x9C\xBB`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a(rW\x83\x83\x15\x16\x15a(fW=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[_`\x01`\x01``\x1B\x03\x82\x11\x15a(\xB1W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R```\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\x8CV[P\x90V[T\x14\x91\x90PV[__\x83`\x1F\x84\x01\x12a(\xCCW__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15a(\xE2W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a(\xF9W__\xFD[\x92P\x92\x90PV[___\x83\x85\x03`\xE0\x81\x12\x15a)\x13W__\xFD[`\xC0\x81\x12\x15a) W__\xFD[P\x83\x92P`\xC0\x84\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a)<W__\xFD[a)H\x86\x82\x87\x01a(\xBCV[\x94\x97\x90\x96P\x93\x94PPPPV[_` \x82\x84\x03\x12\x15a)eW__\xFD[P5\x91\x90PV[__`@\x83\x85\x03\x12\x15a)}W__\xFD[PP\x805\x92` \x90\x91\x015\x91PV[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`\x04\x81\x10a)\xBCWcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x90RV[\x81Q`\x01`\x01`\xA0\x1B\x03\x16\x81Ra\x01\xC0\x81\x01` \x83\x01Qa)\xEC` \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[P`@\x83\x01Qa*\x07`@\x84\x01\x82`\x01`\x01`\xA0\x1B\x03\x16\x90RV[P``\x83\x01Qa*\x1F``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01Qa*4`\x80\x84\x01\x82`\xFF\x16\x90RV[P`\xA0\x83\x01Qa*I`\xA0\x84\x01\x82`\xFF\x16\x90RV[P`\xC0\x83\x01Qa*\\`\xC0\x84\x01\x82a)\xA0V[P`\xE0\x83\x01Qa*q`\xE0\x84\x01\x82`\xFF\x16\x90RV[Pa\x01\0\x83\x01Qa*\x8Ba\x01\0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01Qa*\xA8a\x01 \x84\x01\x82`\x01`\x01`\xA0\x1B\x03\x16\x90RV[Pa\x01@\x83\x01Qa*\xC2a\x01@\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01`\x83\x01Qa*\xDCa\x01`\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01Qa*\xF6a\x01\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xA0\x92\x83\x01Q\x91\x90\x92\x01R\x90V[___`@\x84\x86\x03\x12\x15a+\x18W__\xFD[\x835\x92P` \x84\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a+4W__\xFD[\x84\x01`\x1F\x81\x01\x86\x13a+DW__\xFD[\x805`\x01`\x01`@\x1B\x03\x81\x11\x15a+YW__\xFD[\x86` \x82`\x05\x1B\x84\x01\x01\x11\x15a+mW__\xFD[\x93\x96` \x91\x90\x91\x01\x95P\x92\x93PPPV[____``\x85\x87\x03\x12\x15a+\x91W__\xFD[\x845\x93P` \x85\x015\x92P`@\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a+\xB4W__\xFD[a+\xC0\x87\x82\x88\x01a(\xBCV[\x95\x98\x94\x97P\x95PPPPV[___`@\x84\x86\x03\x12\x15a+\xDEW__\xFD[\x835\x92P` \x84\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a)<W__\xFD[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x19>W__\xFD[_` \x82\x84\x03\x12\x15a,\x1DW__\xFD[a\x08D\x82a+\xFAV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x08\xEEW__\xFD[_` \x82\x84\x03\x12\x15a,\x7FW__\xFD[\x815a\x08D\x81a,[V[_` \x82\x84\x03\x12\x15a,\x9AW__\xFD[\x81Qa\x08D\x81a,[V[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[_`\x01\x82\x01a,\xCAWa,\xCAa,\xA5V[P`\x01\x01\x90V[`\x01`\x01``\x1B\x03\x81\x16\x81\x14a\x08\xEEW__\xFD[_` \x82\x84\x03\x12\x15a,\xF5W__\xFD[\x815a\x08D\x81a,\xD1V[\x805`\xFF\x81\x16\x81\x14a\x19>W__\xFD[_` \x82\x84\x03\x12\x15a- W__\xFD[a\x08D\x82a-\0V[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[\x81\x83R\x81\x81` \x85\x017P_\x82\x82\x01` \x90\x81\x01\x91\x90\x91R`\x1F\x90\x91\x01`\x1F\x19\x16\x90\x91\x01\x01\x90V[\x835\x81R_`\xFFa-s` \x87\x01a-\0V[\x16` \x83\x01R`@\x85\x015a-\x87\x81a,\xD1V[`\x01`\x01``\x1B\x03\x16`@\x83\x01Rc\xFF\xFF\xFF\xFFa-\xA6``\x87\x01a+\xFAV[\x16``\x83\x01R`\x80\x85\x015a-\xBA\x81a,[V[`\x01`\x01`\xA0\x1B\x03\x16`\x80\x83\x01Rc\xFF\xFF\xFF\xFFa-\xD9`\xA0\x87\x01a+\xFAV[\x16`\xA0\x83\x01R`\xE0`\xC0\x83\x01Ra a`\xE0\x83\x01\x84\x86a-8V[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\t6Wa\t6a,\xA5V[_\x82a.MWcNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[P\x04\x90V[\x80\x82\x01\x80\x82\x11\x15a\t6Wa\t6a,\xA5V[\x81\x81\x03\x81\x81\x11\x15a\t6Wa\t6a,\xA5V[`@\x80\x82R\x83Q\x90\x82\x01\x81\x90R_\x90` \x85\x01\x90``\x84\x01\x90\x83[\x81\x81\x10\x15a.\xB5W\x83Qa\xFF\xFF\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a.\x93V[PP\x83\x81\x03` \x80\x86\x01\x91\x90\x91R\x85Q\x80\x83R\x91\x81\x01\x92P\x85\x01\x90_[\x81\x81\x10\x15a.\xF0W\x82Q\x84R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a.\xD2V[P\x91\x96\x95PPPPPPV[a\xFF\xFF\x81\x16\x81\x14a\x08\xEEW__\xFD[_` \x82\x84\x03\x12\x15a/\x1BW__\xFD[\x815a\x08D\x81a.\xFCV[`\x01`\x01``\x1B\x03\x84\x16\x81R`@` \x82\x01\x81\x90R\x81\x01\x82\x90R_\x83``\x83\x01\x82[\x85\x81\x10\x15a/sW\x825a/[\x81a.\xFCV[a\xFF\xFF\x16\x82R` \x92\x83\x01\x92\x90\x91\x01\x90`\x01\x01a/HV[P\x96\x95PPPPPPV[`\xFF\x85\x16\x81R\x83` \x82\x01R`\x80`@\x82\x01R_`\x80\x82\x01R`\xA0``\x82\x01R_a/\xAD`\xA0\x83\x01\x84\x86a-8V[\x96\x95PPPPPPV[`\x01\x81\x81\x1C\x90\x82\x16\x80a/\xCBW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a/\xE9WcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[P\x91\x90PV[`\x1F\x82\x11\x15a\x11\x88W\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a0\x14WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\x17\xAFW_\x81U`\x01\x01a0 V[`\x01`\x01`@\x1B\x03\x83\x11\x15a0JWa0Ja-\xF4V[a0^\x83a0X\x83Ta/\xB7V[\x83a/\xEFV[_`\x1F\x84\x11`\x01\x81\x14a0\x8FW_\x85\x15a0xWP\x83\x82\x015[_\x19`\x03\x87\x90\x1B\x1C\x19\x16`\x01\x86\x90\x1B\x17\x83Ua\x17\xAFV[_\x83\x81R` \x81 `\x1F\x19\x87\x16\x91[\x82\x81\x10\x15a0\xBEW\x86\x85\x015\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a0\x9EV[P\x86\x82\x10\x15a0\xDAW_\x19`\xF8\x88`\x03\x1B\x16\x1C\x19\x84\x87\x015\x16\x81U[PP`\x01\x85`\x01\x1B\x01\x83UPPPPPV[`\xFF\x85\x16\x81R\x83` \x82\x01R`\x80`@\x82\x01R_a1\x0E`\x80\x83\x01\x84\x86a-8V[\x82\x81\x03``\x84\x01R_\x81R` \x81\x01\x91PP\x95\x94PPPPPV[\x80Q\x80\x15\x15\x81\x14a\x19>W__\xFD[_` \x82\x84\x03\x12\x15a1HW__\xFD[a\x08D\x82a1)V[_` \x82\x84\x03\x12\x15a1aW__\xFD[PQ\x91\x90PV[\x82\x81R`@\x81\x01a\x08D` \x83\x01\x84a)\xA0V[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t6Wa\t6a,\xA5V[\x84\x81R`\x80` \x82\x01R__\x85Ta1\xB2\x81a/\xB7V[\x80`\x80\x86\x01R`\x01\x82\x16_\x81\x14a1\xD0W`\x01\x81\x14a1\xECWa2\x1DV[`\xFF\x19\x83\x16`\xA0\x87\x01R`\xA0\x82\x15\x15`\x05\x1B\x87\x01\x01\x93Pa2\x1DV[\x88_R` _ _[\x83\x81\x10\x15a2\x14W\x81T\x88\x82\x01`\xA0\x01R`\x01\x90\x91\x01\x90` \x01a1\xF5V[\x87\x01`\xA0\x01\x94PP[PPP`@\x83\x01\x85\x90Ra\xFF\xFF\x84\x16``\x84\x01R\x90Pa aV[_`\x80\x82\x84\x03\x12\x80\x15a2IW__\xFD[P`@Q`\x80\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a2lWa2la-\xF4V[`@R\x82Qa2z\x81a,\xD1V[\x81R` \x83\x01Qa2\x8A\x81a.\xFCV[` \x82\x01Ra2\x9B`@\x84\x01a1)V[`@\x82\x01Ra2\xAC``\x84\x01a1)V[``\x82\x01R\x93\x92PPPV[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t6Wa\t6a,\xA5V[_\x81a2\xDFWa2\xDFa,\xA5V[P_\x19\x01\x90V",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b506004361061016d575f3560e01c806371bfabca116100d9578063a6f73fab11610093578063da1c01101161006e578063da1c0110146103fe578063df18e0471461041e578063e4751f5e14610446578063f2ec5e5a1461044f575f5ffd5b8063a6f73fab146103b4578063c4714ab2146103da578063c778e3c5146103e4575f5ffd5b806371bfabca1461026a5780637a5978da146103345780637b103999146103475780638349c2d214610381578063962f7b2b146103945780639a7be1f4146103a1575f5ffd5b806337bdc99b1161012a57806337bdc99b1461022a5780633ccfd60b1461023d5780635badbe4c146102455780636182deee146101715780636a8e099f1461024d5780636d9809a014610260575f5ffd5b80631274bada146101715780631cb6c83f14610193578063278ecde1146101b45780632ef2ccbf146101c957806330680053146101d3578063324e03be1461020a575b5f5ffd5b610179603c81565b60405163ffffffff90911681526020015b60405180910390f35b6101a66101a1366004612900565b610458565b60405190815260200161018a565b6101c76101c2366004612955565b61084b565b005b61017962093a8081565b6101e66101e136600461296c565b6108f1565b6040805182516001600160a01b03168152602092830151928101929092520161018a565b61021d610218366004612955565b61093c565b60405161018a91906129c0565b6101c7610238366004612955565b610ad3565b6101a6610f05565b6001546101a6565b6101c761025b366004612b06565b610fcb565b610179621e848081565b6102f2610278366004612955565b604080516080810182525f808252602082018190529181018290526060810191909152505f90815260076020908152604091829020825160808101845281546001600160a01b031681526001820154928101929092526002015461ffff8116928201929092526201000090910460ff161515606082015290565b60405161018a919081516001600160a01b031681526020808301519082015260408083015161ffff169082015260609182015115159181019190915260800190565b6101c7610342366004612b7e565b61118d565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b03909116815260200161018a565b6101c761038f366004612bcc565b611228565b5f5463ffffffff16610179565b6101c76103af366004612c0d565b611310565b7f0000000000000000000000000000000000000000000000000000000000000000610369565b61017962278d0081565b6103ec601081565b60405160ff909116815260200161018a565b61041161040c36600461296c565b6113cc565b60405161018a9190612c26565b6101a661042c366004612c6f565b6001600160a01b03165f9081526008602052604090205490565b6101a661040081565b6101a661400081565b5f610461611477565b61046b84836114a6565b604051633fbc4d3560e01b8152843560048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633fbc4d3590602401602060405180830381865afa1580156104d0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104f49190612c8a565b905060015f815461050490612cb9565b9182905550604080516101c081018252338152919350602082019061052f9060608901908901612ce5565b6001600160601b031681526001600160a01b038316602082015260400161055c6080880160608901612c0d565b63ffffffff16815260200186602001602081019061057a9190612d10565b60ff1681525f602082015260400160018152602001610598836117b6565b60ff16815263ffffffff87351660208201526040016105bd60a0880160808901612c6f565b6001600160a01b031681526020016105db60c0880160a08901612c0d565b63ffffffff90811682525f6020830181905254166040808301919091525160609091019061060c9087908790612d29565b60408051918290039091209091525f84815260026020908152908290208351918401516001600160601b0316600160a01b9081026001600160a01b03938416178255928401516001820180546060870151608088015160a089015160ff908116600160c81b0260ff60c81b1991909216600160c01b021661ffff60c01b1963ffffffff9093169098026001600160c01b031990931694909616939093171791909116939093179190911780835560c084015191929060ff60d01b1916600160d01b8360038111156106df576106df61298c565b021790555060e082015160018201805461010085015163ffffffff908116600160e01b9081026001600160e01b0360ff909616600160d81b0286166001600160d81b0390941693909317929092179092556101208501516002850180546101408801516101608901516101808a01518716909502948616600160c01b029096166001600160c01b0396909516600160a01b026001600160c01b03199091166001600160a01b03909316929092179190911793909316919091171790556101a090910151600390910155604051339086359084907fb49e6b5ab0b654637f4b0bb684d7272bd4dd729d530886b82514ba68a49e6d6c906107e3908a908a908a90612d60565b60405180910390a461083b33306108006060890160408a01612ce5565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169291906001600160601b031661183d565b50610844611873565b9392505050565b610853611477565b5f61085d8261189b565b6001810154909150600160c81b900460ff161561089557604051631861099f60e01b8152600481018390526024015b60405180910390fd5b6001810154600160a01b900463ffffffff164210156108db576001810154604051630393988b60e31b8152600160a01b90910463ffffffff16600482015260240161088c565b6108e58282611943565b506108ee611873565b50565b6040805180820182525f8082526020918201819052848152600382528281208482528252829020825180840190935280546001600160a01b0316835260010154908201525b92915050565b604080516101c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a08101919091525f8281526002602090815260409182902082516101c08101845281546001600160a01b038082168352600160a01b918290046001600160601b03169483019490945260018301549384169482019490945292820463ffffffff166060840152600160c01b820460ff9081166080850152600160c81b8304811660a0850152909160c0840191600160d01b909104166003811115610a4b57610a4b61298c565b6003811115610a5c57610a5c61298c565b8152600182015460ff600160d81b820416602083015263ffffffff600160e01b918290048116604084015260028401546001600160a01b0381166060850152600160a01b810482166080850152600160c01b8104821660a0850152919091041660c082015260039091015460e09091015292915050565b610adb611477565b5f610ae58261189b565b6001810154909150600160c81b900460ff165f03610b1957604051630e8eb4c560e11b81526004810183905260240161088c565b5f610b23826119ee565b915050806001600160401b0316421015610b5b57604051630393988b60e31b81526001600160401b038216600482015260240161088c565b5f5f5f610b7c868660010160199054906101000a900460ff1660ff16611a5d565b925092509250815f1480610bb1575060018501545f87815260066020526040902054600160d81b90910460ff1661ffff909116105b15610bca57610bc08686611943565b5050505050610efd565b84548351600160a01b9091046001600160601b0316905f906001600160401b03811115610bf957610bf9612df4565b604051908082528060200260200182016040528015610c22578160200160208202803683370190505b5090505f805b8651811015610cb25785878281518110610c4457610c44612e08565b602002602001015161ffff1685610c5b9190612e1c565b610c659190612e33565b838281518110610c7757610c77612e08565b602002602001018181525050828181518110610c9557610c95612e08565b602002602001015182610ca89190612e52565b9150600101610c28565b50610cbd8184612e65565b828581518110610ccf57610ccf612e08565b60200260200101818151610ce39190612e52565b90525060018801805460ff60d01b1916600160d11b1790555f5b8651811015610d8c57828181518110610d1857610d18612e08565b60200260200101515f14610d8457828181518110610d3857610d38612e08565b6020908102919091018101515f8c81526003835260408082208583528452808220546001600160a01b031682526008909352918220805491929091610d7e908490612e52565b90915550505b600101610cfd565b505f8981526003602090815260408083208784528252918290208251808401845281546001600160a01b039081168252600190920154818401908152845160808101865282519093168352519282019290925288519192909190820190899088908110610dfb57610dfb612e08565b60209081029190910181015161ffff90811683525f9282018390528d835260078252604092839020845181546001600160a01b039182166001600160a01b031990911617825592850151600182015584840151600290910180546060909601511515620100000262ffffff19909616919092161793909317909255825190519116908b907f1bf995b8b418e8bb107333c7f0b6e5798e9f6f34c528bde9504eb0101ecdc3e090610eae908b908890612e78565b60405180910390a360028901546001600160a01b031615610ef357610ef38a8a8784602001518b8a81518110610ee657610ee6612e08565b6020026020010151611dae565b5050505050505050505b6108ee611873565b5f610f0e611477565b50335f9081526008602052604081205490819003610f4157604051636e34ee0b60e11b815233600482015260240161088c565b335f8181526008602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d590610f849084815260200190565b60405180910390a2610fc06001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163383611f03565b610fc8611873565b90565b610fd3611477565b5f610fdd8461189b565b90505f5f610fea836119ee565b91509150816001600160401b031642108061100e5750806001600160401b03164210155b8061102557506001830154600160c81b900460ff16155b1561105657604051631a24cc4b60e11b81526001600160401b0380841660048301528216602482015260440161088c565b6001830154600160c81b900460ff16841461109c576001830154604051632da243f360e01b815260048101869052600160c81b90910460ff16602482015260440161088c565b60018301545f906110b6906001600160a01b031633611f38565b5f8881526006602052604081209192506110d4828a3386600161206a565b90505f805b88811015611126576110ec816010612e1c565b8a8a838181106110fe576110fe612e08565b90506020020160208101906111139190612f0b565b61ffff16901b91909117906001016110d9565b505f828152600284016020526040908190208290555133908b907fa8e6bb43e7d80c99f5bd36adca8e73ecb51029aa094732265f859be979aa7808906111719088908e908e90612f26565b60405180910390a350505050505050611188611873565b505050565b611195611477565b8015806111a3575061040081115b156111c457604051631c7cb63960e01b81526004810182905260240161088c565b5f6111cf858561228b565b9050336001600160a01b0316857f56fdd0b6a631e78146b6dc15d3655506e2e21e58ba0ec39b7cef00b6948000ce838787876040516112119493929190612f7e565b60405180910390a350611222611873565b50505050565b611230611477565b80158061123e575061040081115b1561125f57604051631c7cb63960e01b81526004810182905260240161088c565b5f611281848484604051611274929190612d29565b604051809103902061228b565b5f85815260046020908152604080832060ff8516845290915290209091506112aa838583613033565b50336001600160a01b0316847f56fdd0b6a631e78146b6dc15d3655506e2e21e58ba0ec39b7cef00b6948000ce8386866040516112e8929190612d29565b6040519081900381206112ff9291899089906130ec565b60405180910390a350611188611873565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316638da5cb5b6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561136c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113909190612c8a565b6001600160a01b0316336001600160a01b0316146113c35760405163988d1f0360e01b815233600482015260240161088c565b6108ee816124c3565b5f82815260046020908152604080832084845290915290208054606091906113f390612fb7565b80601f016020809104026020016040519081016040528092919081815260200182805461141f90612fb7565b801561146a5780601f106114415761010080835404028352916020019161146a565b820191905f5260205f20905b81548152906001019060200180831161144d57829003601f168201915b5050505050905092915050565b61147f612553565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b55565b6040516382afd23b60e01b8152823560048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906382afd23b90602401602060405180830381865afa158015611509573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061152d9190613138565b61154d576040516339b33bbf60e01b81528235600482015260240161088c565b61155d6060830160408401612ce5565b6001600160601b03165f036115a15761157c6060830160408401612ce5565b60405163179c637760e11b81526001600160601b03909116600482015260240161088c565b6115b16040830160208401612d10565b60ff1615806115d2575060106115cd6040840160208501612d10565b60ff16115b15611606576115e76040830160208401612d10565b6040516307b2ea2560e01b815260ff909116600482015260240161088c565b5f611612603c42612e52565b90505f61162262278d0042612e52565b9050816116356080860160608701612c0d565b63ffffffff16108061165b5750806116536080860160608701612c0d565b63ffffffff16115b156116a0576116706080850160608601612c0d565b6040516309b4eedf60e41b815263ffffffff9091166004820152602481018390526044810182905260640161088c565b8215806116ae575061400083115b156116cf5760405163b80480b160e01b81526004810184905260240161088c565b5f806116e160a0870160808801612c6f565b6001600160a01b0316141590506116fe60c0860160a08701612c0d565b63ffffffff165f141515158115151415806117305750621e848061172860c0870160a08801612c0d565b63ffffffff16115b8061175a575080801561175a575061174e60a0860160808701612c6f565b6001600160a01b03163b155b156117af5761176f60a0860160808701612c6f565b61177f60c0870160a08801612c0d565b604051633e65ebab60e11b81526001600160a01b03909216600483015263ffffffff16602482015260440161088c565b5050505050565b5f5f826001600160a01b0316630f43a6776040518163ffffffff1660e01b8152600401602060405180830381865afa1580156117f4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118189190613151565b90506040811115611827575060405b611832600282612e33565b610844906001612e52565b61184b84848484600161259f565b61122257604051635274afe760e01b81526001600160a01b038516600482015260240161088c565b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006114a3565b5f818152600260205260408120906001820154600160d01b900460ff1660038111156118c9576118c961298c565b036118ea57604051631f79bbe760e01b81526004810183905260240161088c565b600180820154600160d01b900460ff16600381111561190b5761190b61298c565b1461193e578181600101601a9054906101000a900460ff1660405163713e495560e01b815260040161088c929190613168565b919050565b60018101805460ff60d01b1916600360d01b17905580546001600160a01b0381165f9081526008602052604081208054600160a01b9093046001600160601b031692909190611993908490612e52565b90915550508054604051600160a01b82046001600160601b031681526001600160a01b039091169083907fef4b033e91b43793ef56b4e9a2402cf94f72dd88037ffd62187fcac99786ab8c9060200160405180910390a35050565b60028101545f908190600160c01b900463ffffffff168103611a21576001830154600160a01b900463ffffffff16611a34565b6002830154600160c01b900463ffffffff165b600284015463ffffffff9182169350611a5691600160e01b909104168361317c565b9050915091565b5f828152600660205260408120805460609291829161ffff16856001600160401b03811115611a8e57611a8e612df4565b604051908082528060200260200182016040528015611ab7578160200160208202803683370190505b509450805f03611acf57505f9250829150611da79050565b5f816001600160401b03811115611ae857611ae8612df4565b604051908082528060200260200182016040528015611b11578160200160208202803683370190505b5090505f826001600160401b03811115611b2d57611b2d612df4565b604051908082528060200260200182016040528015611b56578160200160208202803683370190505b5090505f5b83811015611bea575f8181526002860160205260409020548351849083908110611b8757611b87612e08565b602002602001018181525050846001015f8281526020019081526020015f205f0160149054906101000a90046001600160601b03166001600160601b0316828281518110611bd757611bd7612e08565b6020908102919091010152600101611b5b565b505f95505f94505f5b88811015611da1575f846001600160401b03811115611c1457611c14612df4565b604051908082528060200260200182016040528015611c3d578160200160208202803683370190505b5090505f856001600160401b03811115611c5957611c59612df4565b604051908082528060200260200182016040528015611c82578160200160208202803683370190505b5090505f5b86811015611d1757611c9a846010612e1c565b868281518110611cac57611cac612e08565b6020026020010151901c61ffff16838281518110611ccc57611ccc612e08565b602002602001018181525050848181518110611cea57611cea612e08565b6020026020010151828281518110611d0457611d04612e08565b6020908102919091010152600101611c87565b505f611d23838361260c565b90505f611d31848484612778565b9050808c8681518110611d4657611d46612e08565b61ffff9283166020918202929092010152611d639082168c612e52565b9a508b8a81518110611d7757611d77612e08565b602002602001015161ffff168161ffff161115611d92578499505b50505050806001019050611bf3565b50505050505b9250925092565b60028401545f86815260046020908152604080832087845290915280822090516001600160a01b03841693600160a01b900463ffffffff169291611dfb918a91908890889060240161319b565b60408051601f198184030181529190526020810180516001600160e01b031663efbf05f560e01b17905290505f619c40611e36603f85612e33565b611e409085612e52565b611e4a9190612e52565b9050805a1015611e79575a604051631219653960e21b815260048101919091526024810182905260440161088c565b5f5f5f8451602086015f8989f15f8b815260076020526040908190206002018054831515620100000262ff000019909116179055519091506001600160a01b038616908b907f03cee1b9938b671c7b34315f152474959bf81c0944c53c4c6ede1e70e845014190611eef90851515815260200190565b60405180910390a350505050505050505050565b611f10838383600161281c565b61118857604051635274afe760e01b81526001600160a01b038416600482015260240161088c565b604051633b4c989160e01b81526001600160a01b0382811660048301525f918291851690633b4c989190602401608060405180830381865afa158015611f80573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611fa49190613238565b90505f81604001518015611fb9575081606001515b611fc3575f61202b565b604051630a8990fd60e01b81526001600160a01b038581166004830152861690630a8990fd90602401602060405180830381865afa158015612007573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061202b9190613151565b9050805f0361205857604051630bc677c960e41b81526001600160a01b038516600482015260240161088c565b6120618161287e565b95945050505050565b6001600160a01b0383165f9081526003860160205260408120546001600160401b038084169116036120ba5760405163718cd1d160e11b81526001600160a01b038516600482015260240161088c565b6001600160a01b0384165f90815260038701602052604090819020805467ffffffffffffffff19166001600160401b038516179055865461ffff169081101561216d57612108816001612e52565b875461ffff9190911661ffff199091161787556040805180820182526001600160a01b0380881682526001600160601b0380881660208085019182525f87815260018e01909152949094209251935116600160a01b0292169190911790559050612061565b5f195f5b828110156121b1575f81815260018a016020526040902054600160a01b90046001600160601b0316828110156121a8578092508194505b50600101612171565b5080856001600160601b0316116121ed57604051636700f80560e01b81526001600160601b03861660048201526024810182905260440161088c565b5f8381526001890160205260408082205490516001600160a01b03808a16939216918a917f4e3e1818d31619aca337661d7ee29d7e9a95c7902eb8a65903b3533fdc35f47a9190a450506040805180820182526001600160a01b0380871682526001600160601b0380871660208085019182525f87815260018d01909152949094209251935116600160a01b02921691909117905595945050505050565b5f5f6122968461189b565b6001810154909150600160a01b900463ffffffff16421015806122d05750600181015460ff600160c01b82048116600160c81b9092041610155b156122f157604051633ff7641560e11b81526004810185905260240161088c565b6001810154604051633b4c989160e01b81523360048201525f916001600160a01b031690633b4c989190602401608060405180830381865afa158015612339573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061235d9190613238565b905080604001511580612371575080606001515b1561239157604051638b411b4d60e01b815233600482015260240161088c565b5f85815260056020908152604080832033845290915290205460ff16156123cd57604051638945352b60e01b815233600482015260240161088c565b5f85815260056020908152604080832033808552908352818420805460ff1916600190811790915586810154835180850185529283528285018a81528b875260038652848720600160c81b90920460ff168088529190955292909420905181546001600160a01b03919091166001600160a01b0319909116178155915191830191909155935061245e9084906132b8565b6001838101805460ff60c81b1916600160c81b60ff948516021790819055600160c01b9004909116906124929085906132b8565b60ff16036124bb5760028201805463ffffffff60c01b1916600160c01b4263ffffffff16021790555b505092915050565b603c63ffffffff821610806124e0575062093a8063ffffffff8216115b1561250657604051633767903f60e11b815263ffffffff8216600482015260240161088c565b5f805463ffffffff191663ffffffff83169081179091556040519081527f5d8f7fa35c9b5faec9e53ab129ef3fe7e932e97bc660151e960a2d09def8e5379060200160405180910390a150565b61257f5f60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006128b5565b1561259d57604051633ee5aeb560e01b815260040160405180910390fd5b565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166125fb5783831516156125ef573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b81515f90815b818110156124bb575f85828151811061262d5761262d612e08565b602002602001015190505f85838151811061264a5761264a612e08565b6020026020010151905080856126609190612e52565b9450825b5f811180156126955750828861267b600184612e65565b8151811061268b5761268b612e08565b6020026020010151135b1561272c57876126a6600183612e65565b815181106126b6576126b6612e08565b60200260200101518882815181106126d0576126d0612e08565b6020908102919091010152866126e7600183612e65565b815181106126f7576126f7612e08565b602002602001015187828151811061271157612711612e08565b6020908102919091010152612725816132d1565b9050612664565b8288828151811061273f5761273f612e08565b6020026020010181815250508187828151811061275e5761275e612e08565b602002602001018181525050505050806001019050612612565b82515f908190815b818110156127ec5785818151811061279a5761279a612e08565b6020026020010151836127ad9190612e52565b9250846127bb846002612e1c565b106127e4578681815181106127d2576127d2612e08565b60200260200101519350505050610844565b600101612780565b50856127f9600183612e65565b8151811061280957612809612e08565b6020026020010151925050509392505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316612872578383151615612866573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f6001600160601b038211156128b1576040516306dfcc6560e41b8152606060048201526024810183905260440161088c565b5090565b5414919050565b5f5f83601f8401126128cc575f5ffd5b5081356001600160401b038111156128e2575f5ffd5b6020830191508360208285010111156128f9575f5ffd5b9250929050565b5f5f5f83850360e0811215612913575f5ffd5b60c0811215612920575f5ffd5b5083925060c08401356001600160401b0381111561293c575f5ffd5b612948868287016128bc565b9497909650939450505050565b5f60208284031215612965575f5ffd5b5035919050565b5f5f6040838503121561297d575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b600481106129bc57634e487b7160e01b5f52602160045260245ffd5b9052565b81516001600160a01b031681526101c0810160208301516129ec60208401826001600160601b03169052565b506040830151612a0760408401826001600160a01b03169052565b506060830151612a1f606084018263ffffffff169052565b506080830151612a34608084018260ff169052565b5060a0830151612a4960a084018260ff169052565b5060c0830151612a5c60c08401826129a0565b5060e0830151612a7160e084018260ff169052565b50610100830151612a8b61010084018263ffffffff169052565b50610120830151612aa86101208401826001600160a01b03169052565b50610140830151612ac261014084018263ffffffff169052565b50610160830151612adc61016084018263ffffffff169052565b50610180830151612af661018084018263ffffffff169052565b506101a092830151919092015290565b5f5f5f60408486031215612b18575f5ffd5b8335925060208401356001600160401b03811115612b34575f5ffd5b8401601f81018613612b44575f5ffd5b80356001600160401b03811115612b59575f5ffd5b8660208260051b8401011115612b6d575f5ffd5b939660209190910195509293505050565b5f5f5f5f60608587031215612b91575f5ffd5b843593506020850135925060408501356001600160401b03811115612bb4575f5ffd5b612bc0878288016128bc565b95989497509550505050565b5f5f5f60408486031215612bde575f5ffd5b8335925060208401356001600160401b0381111561293c575f5ffd5b803563ffffffff8116811461193e575f5ffd5b5f60208284031215612c1d575f5ffd5b61084482612bfa565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b6001600160a01b03811681146108ee575f5ffd5b5f60208284031215612c7f575f5ffd5b813561084481612c5b565b5f60208284031215612c9a575f5ffd5b815161084481612c5b565b634e487b7160e01b5f52601160045260245ffd5b5f60018201612cca57612cca612ca5565b5060010190565b6001600160601b03811681146108ee575f5ffd5b5f60208284031215612cf5575f5ffd5b813561084481612cd1565b803560ff8116811461193e575f5ffd5b5f60208284031215612d20575f5ffd5b61084482612d00565b818382375f9101908152919050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b833581525f60ff612d7360208701612d00565b1660208301526040850135612d8781612cd1565b6001600160601b0316604083015263ffffffff612da660608701612bfa565b1660608301526080850135612dba81612c5b565b6001600160a01b0316608083015263ffffffff612dd960a08701612bfa565b1660a083015260e060c083015261206160e083018486612d38565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b808202811582820484141761093657610936612ca5565b5f82612e4d57634e487b7160e01b5f52601260045260245ffd5b500490565b8082018082111561093657610936612ca5565b8181038181111561093657610936612ca5565b604080825283519082018190525f9060208501906060840190835b81811015612eb557835161ffff16835260209384019390920191600101612e93565b5050838103602080860191909152855180835291810192508501905f5b81811015612ef0578251845260209384019390920191600101612ed2565b50919695505050505050565b61ffff811681146108ee575f5ffd5b5f60208284031215612f1b575f5ffd5b813561084481612efc565b6001600160601b038416815260406020820181905281018290525f8360608301825b85811015612f73578235612f5b81612efc565b61ffff16825260209283019290910190600101612f48565b509695505050505050565b60ff85168152836020820152608060408201525f608082015260a060608201525f612fad60a083018486612d38565b9695505050505050565b600181811c90821680612fcb57607f821691505b602082108103612fe957634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561118857805f5260205f20601f840160051c810160208510156130145750805b601f840160051c820191505b818110156117af575f8155600101613020565b6001600160401b0383111561304a5761304a612df4565b61305e836130588354612fb7565b83612fef565b5f601f84116001811461308f575f85156130785750838201355b5f19600387901b1c1916600186901b1783556117af565b5f83815260208120601f198716915b828110156130be578685013582556020948501946001909201910161309e565b50868210156130da575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b60ff85168152836020820152608060408201525f61310e608083018486612d38565b82810360608401525f81526020810191505095945050505050565b8051801515811461193e575f5ffd5b5f60208284031215613148575f5ffd5b61084482613129565b5f60208284031215613161575f5ffd5b5051919050565b8281526040810161084460208301846129a0565b6001600160401b03818116838216019081111561093657610936612ca5565b848152608060208201525f5f85546131b281612fb7565b806080860152600182165f81146131d057600181146131ec5761321d565b60ff19831660a087015260a082151560051b870101935061321d565b885f5260205f205f5b8381101561321457815488820160a001526001909101906020016131f5565b870160a0019450505b5050506040830185905261ffff841660608401529050612061565b5f6080828403128015613249575f5ffd5b50604051608081016001600160401b038111828210171561326c5761326c612df4565b604052825161327a81612cd1565b8152602083015161328a81612efc565b602082015261329b60408401613129565b60408201526132ac60608401613129565b60608201529392505050565b60ff818116838216019081111561093657610936612ca5565b5f816132df576132df612ca5565b505f19019056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01mW_5`\xE0\x1C\x80cq\xBF\xAB\xCA\x11a\0\xD9W\x80c\xA6\xF7?\xAB\x11a\0\x93W\x80c\xDA\x1C\x01\x10\x11a\0nW\x80c\xDA\x1C\x01\x10\x14a\x03\xFEW\x80c\xDF\x18\xE0G\x14a\x04\x1EW\x80c\xE4u\x1F^\x14a\x04FW\x80c\xF2\xEC^Z\x14a\x04OW__\xFD[\x80c\xA6\xF7?\xAB\x14a\x03\xB4W\x80c\xC4qJ\xB2\x14a\x03\xDAW\x80c\xC7x\xE3\xC5\x14a\x03\xE4W__\xFD[\x80cq\xBF\xAB\xCA\x14a\x02jW\x80czYx\xDA\x14a\x034W\x80c{\x109\x99\x14a\x03GW\x80c\x83I\xC2\xD2\x14a\x03\x81W\x80c\x96/{+\x14a\x03\x94W\x80c\x9A{\xE1\xF4\x14a\x03\xA1W__\xFD[\x80c7\xBD\xC9\x9B\x11a\x01*W\x80c7\xBD\xC9\x9B\x14a\x02*W\x80c<\xCF\xD6\x0B\x14a\x02=W\x80c[\xAD\xBEL\x14a\x02EW\x80ca\x82\xDE\xEE\x14a\x01qW\x80cj\x8E\t\x9F\x14a\x02MW\x80cm\x98\t\xA0\x14a\x02`W__\xFD[\x80c\x12t\xBA\xDA\x14a\x01qW\x80c\x1C\xB6\xC8?\x14a\x01\x93W\x80c'\x8E\xCD\xE1\x14a\x01\xB4W\x80c.\xF2\xCC\xBF\x14a\x01\xC9W\x80c0h\0S\x14a\x01\xD3W\x80c2N\x03\xBE\x14a\x02\nW[__\xFD[a\x01y`<\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x01\xA6a\x01\xA16`\x04a)\0V[a\x04XV[`@Q\x90\x81R` \x01a\x01\x8AV[a\x01\xC7a\x01\xC26`\x04a)UV[a\x08KV[\0[a\x01yb\t:\x80\x81V[a\x01\xE6a\x01\xE16`\x04a)lV[a\x08\xF1V[`@\x80Q\x82Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x92\x83\x01Q\x92\x81\x01\x92\x90\x92R\x01a\x01\x8AV[a\x02\x1Da\x02\x186`\x04a)UV[a\t<V[`@Qa\x01\x8A\x91\x90a)\xC0V[a\x01\xC7a\x0286`\x04a)UV[a\n\xD3V[a\x01\xA6a\x0F\x05V[`\x01Ta\x01\xA6V[a\x01\xC7a\x02[6`\x04a+\x06V[a\x0F\xCBV[a\x01yb\x1E\x84\x80\x81V[a\x02\xF2a\x02x6`\x04a)UV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x91\x90\x91RP_\x90\x81R`\x07` \x90\x81R`@\x91\x82\x90 \x82Q`\x80\x81\x01\x84R\x81T`\x01`\x01`\xA0\x1B\x03\x16\x81R`\x01\x82\x01T\x92\x81\x01\x92\x90\x92R`\x02\x01Ta\xFF\xFF\x81\x16\x92\x82\x01\x92\x90\x92Rb\x01\0\0\x90\x91\x04`\xFF\x16\x15\x15``\x82\x01R\x90V[`@Qa\x01\x8A\x91\x90\x81Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x80\x83\x01Q\x90\x82\x01R`@\x80\x83\x01Qa\xFF\xFF\x16\x90\x82\x01R``\x91\x82\x01Q\x15\x15\x91\x81\x01\x91\x90\x91R`\x80\x01\x90V[a\x01\xC7a\x03B6`\x04a+~V[a\x11\x8DV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x01\x8AV[a\x01\xC7a\x03\x8F6`\x04a+\xCCV[a\x12(V[_Tc\xFF\xFF\xFF\xFF\x16a\x01yV[a\x01\xC7a\x03\xAF6`\x04a,\rV[a\x13\x10V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x03iV[a\x01yb'\x8D\0\x81V[a\x03\xEC`\x10\x81V[`@Q`\xFF\x90\x91\x16\x81R` \x01a\x01\x8AV[a\x04\x11a\x04\x0C6`\x04a)lV[a\x13\xCCV[`@Qa\x01\x8A\x91\x90a,&V[a\x01\xA6a\x04,6`\x04a,oV[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x08` R`@\x90 T\x90V[a\x01\xA6a\x04\0\x81V[a\x01\xA6a@\0\x81V[_a\x04aa\x14wV[a\x04k\x84\x83a\x14\xA6V[`@Qc?\xBCM5`\xE0\x1B\x81R\x845`\x04\x82\x01R_\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90c?\xBCM5\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x04\xD0W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x04\xF4\x91\x90a,\x8AV[\x90P`\x01_\x81Ta\x05\x04\x90a,\xB9V[\x91\x82\x90UP`@\x80Qa\x01\xC0\x81\x01\x82R3\x81R\x91\x93P` \x82\x01\x90a\x05/\x90``\x89\x01\x90\x89\x01a,\xE5V[`\x01`\x01``\x1B\x03\x16\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16` \x82\x01R`@\x01a\x05\\`\x80\x88\x01``\x89\x01a,\rV[c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x86` \x01` \x81\x01\x90a\x05z\x91\x90a-\x10V[`\xFF\x16\x81R_` \x82\x01R`@\x01`\x01\x81R` \x01a\x05\x98\x83a\x17\xB6V[`\xFF\x16\x81Rc\xFF\xFF\xFF\xFF\x875\x16` \x82\x01R`@\x01a\x05\xBD`\xA0\x88\x01`\x80\x89\x01a,oV[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01a\x05\xDB`\xC0\x88\x01`\xA0\x89\x01a,\rV[c\xFF\xFF\xFF\xFF\x90\x81\x16\x82R_` \x83\x01\x81\x90RT\x16`@\x80\x83\x01\x91\x90\x91RQ``\x90\x91\x01\x90a\x06\x0C\x90\x87\x90\x87\x90a-)V[`@\x80Q\x91\x82\x90\x03\x90\x91 \x90\x91R_\x84\x81R`\x02` \x90\x81R\x90\x82\x90 \x83Q\x91\x84\x01Q`\x01`\x01``\x1B\x03\x16`\x01`\xA0\x1B\x90\x81\x02`\x01`\x01`\xA0\x1B\x03\x93\x84\x16\x17\x82U\x92\x84\x01Q`\x01\x82\x01\x80T``\x87\x01Q`\x80\x88\x01Q`\xA0\x89\x01Q`\xFF\x90\x81\x16`\x01`\xC8\x1B\x02`\xFF`\xC8\x1B\x19\x91\x90\x92\x16`\x01`\xC0\x1B\x02\x16a\xFF\xFF`\xC0\x1B\x19c\xFF\xFF\xFF\xFF\x90\x93\x16\x90\x98\x02`\x01`\x01`\xC0\x1B\x03\x19\x90\x93\x16\x94\x90\x96\x16\x93\x90\x93\x17\x17\x91\x90\x91\x16\x93\x90\x93\x17\x91\x90\x91\x17\x80\x83U`\xC0\x84\x01Q\x91\x92\x90`\xFF`\xD0\x1B\x19\x16`\x01`\xD0\x1B\x83`\x03\x81\x11\x15a\x06\xDFWa\x06\xDFa)\x8CV[\x02\x17\x90UP`\xE0\x82\x01Q`\x01\x82\x01\x80Ta\x01\0\x85\x01Qc\xFF\xFF\xFF\xFF\x90\x81\x16`\x01`\xE0\x1B\x90\x81\x02`\x01`\x01`\xE0\x1B\x03`\xFF\x90\x96\x16`\x01`\xD8\x1B\x02\x86\x16`\x01`\x01`\xD8\x1B\x03\x90\x94\x16\x93\x90\x93\x17\x92\x90\x92\x17\x90\x92Ua\x01 \x85\x01Q`\x02\x85\x01\x80Ta\x01@\x88\x01Qa\x01`\x89\x01Qa\x01\x80\x8A\x01Q\x87\x16\x90\x95\x02\x94\x86\x16`\x01`\xC0\x1B\x02\x90\x96\x16`\x01`\x01`\xC0\x1B\x03\x96\x90\x95\x16`\x01`\xA0\x1B\x02`\x01`\x01`\xC0\x1B\x03\x19\x90\x91\x16`\x01`\x01`\xA0\x1B\x03\x90\x93\x16\x92\x90\x92\x17\x91\x90\x91\x17\x93\x90\x93\x16\x91\x90\x91\x17\x17\x90Ua\x01\xA0\x90\x91\x01Q`\x03\x90\x91\x01U`@Q3\x90\x865\x90\x84\x90\x7F\xB4\x9EkZ\xB0\xB6Tc\x7FK\x0B\xB6\x84\xD7'+\xD4\xDDr\x9DS\x08\x86\xB8%\x14\xBAh\xA4\x9Eml\x90a\x07\xE3\x90\x8A\x90\x8A\x90\x8A\x90a-`V[`@Q\x80\x91\x03\x90\xA4a\x08;30a\x08\0``\x89\x01`@\x8A\x01a,\xE5V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x92\x91\x90`\x01`\x01``\x1B\x03\x16a\x18=V[Pa\x08Da\x18sV[\x93\x92PPPV[a\x08Sa\x14wV[_a\x08]\x82a\x18\x9BV[`\x01\x81\x01T\x90\x91P`\x01`\xC8\x1B\x90\x04`\xFF\x16\x15a\x08\x95W`@Qc\x18a\t\x9F`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x01\x81\x01T`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16B\x10\x15a\x08\xDBW`\x01\x81\x01T`@Qc\x03\x93\x98\x8B`\xE3\x1B\x81R`\x01`\xA0\x1B\x90\x91\x04c\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\x08\x8CV[a\x08\xE5\x82\x82a\x19CV[Pa\x08\xEEa\x18sV[PV[`@\x80Q\x80\x82\x01\x82R_\x80\x82R` \x91\x82\x01\x81\x90R\x84\x81R`\x03\x82R\x82\x81 \x84\x82R\x82R\x82\x90 \x82Q\x80\x84\x01\x90\x93R\x80T`\x01`\x01`\xA0\x1B\x03\x16\x83R`\x01\x01T\x90\x82\x01R[\x92\x91PPV[`@\x80Qa\x01\xC0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x82\x90Ra\x01`\x81\x01\x82\x90Ra\x01\x80\x81\x01\x82\x90Ra\x01\xA0\x81\x01\x91\x90\x91R_\x82\x81R`\x02` \x90\x81R`@\x91\x82\x90 \x82Qa\x01\xC0\x81\x01\x84R\x81T`\x01`\x01`\xA0\x1B\x03\x80\x82\x16\x83R`\x01`\xA0\x1B\x91\x82\x90\x04`\x01`\x01``\x1B\x03\x16\x94\x83\x01\x94\x90\x94R`\x01\x83\x01T\x93\x84\x16\x94\x82\x01\x94\x90\x94R\x92\x82\x04c\xFF\xFF\xFF\xFF\x16``\x84\x01R`\x01`\xC0\x1B\x82\x04`\xFF\x90\x81\x16`\x80\x85\x01R`\x01`\xC8\x1B\x83\x04\x81\x16`\xA0\x85\x01R\x90\x91`\xC0\x84\x01\x91`\x01`\xD0\x1B\x90\x91\x04\x16`\x03\x81\x11\x15a\nKWa\nKa)\x8CV[`\x03\x81\x11\x15a\n\\Wa\n\\a)\x8CV[\x81R`\x01\x82\x01T`\xFF`\x01`\xD8\x1B\x82\x04\x16` \x83\x01Rc\xFF\xFF\xFF\xFF`\x01`\xE0\x1B\x91\x82\x90\x04\x81\x16`@\x84\x01R`\x02\x84\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16``\x85\x01R`\x01`\xA0\x1B\x81\x04\x82\x16`\x80\x85\x01R`\x01`\xC0\x1B\x81\x04\x82\x16`\xA0\x85\x01R\x91\x90\x91\x04\x16`\xC0\x82\x01R`\x03\x90\x91\x01T`\xE0\x90\x91\x01R\x92\x91PPV[a\n\xDBa\x14wV[_a\n\xE5\x82a\x18\x9BV[`\x01\x81\x01T\x90\x91P`\x01`\xC8\x1B\x90\x04`\xFF\x16_\x03a\x0B\x19W`@Qc\x0E\x8E\xB4\xC5`\xE1\x1B\x81R`\x04\x81\x01\x83\x90R`$\x01a\x08\x8CV[_a\x0B#\x82a\x19\xEEV[\x91PP\x80`\x01`\x01`@\x1B\x03\x16B\x10\x15a\x0B[W`@Qc\x03\x93\x98\x8B`\xE3\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x08\x8CV[___a\x0B|\x86\x86`\x01\x01`\x19\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16a\x1A]V[\x92P\x92P\x92P\x81_\x14\x80a\x0B\xB1WP`\x01\x85\x01T_\x87\x81R`\x06` R`@\x90 T`\x01`\xD8\x1B\x90\x91\x04`\xFF\x16a\xFF\xFF\x90\x91\x16\x10[\x15a\x0B\xCAWa\x0B\xC0\x86\x86a\x19CV[PPPPPa\x0E\xFDV[\x84T\x83Q`\x01`\xA0\x1B\x90\x91\x04`\x01`\x01``\x1B\x03\x16\x90_\x90`\x01`\x01`@\x1B\x03\x81\x11\x15a\x0B\xF9Wa\x0B\xF9a-\xF4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0C\"W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x80[\x86Q\x81\x10\x15a\x0C\xB2W\x85\x87\x82\x81Q\x81\x10a\x0CDWa\x0CDa.\x08V[` \x02` \x01\x01Qa\xFF\xFF\x16\x85a\x0C[\x91\x90a.\x1CV[a\x0Ce\x91\x90a.3V[\x83\x82\x81Q\x81\x10a\x0CwWa\x0Cwa.\x08V[` \x02` \x01\x01\x81\x81RPP\x82\x81\x81Q\x81\x10a\x0C\x95Wa\x0C\x95a.\x08V[` \x02` \x01\x01Q\x82a\x0C\xA8\x91\x90a.RV[\x91P`\x01\x01a\x0C(V[Pa\x0C\xBD\x81\x84a.eV[\x82\x85\x81Q\x81\x10a\x0C\xCFWa\x0C\xCFa.\x08V[` \x02` \x01\x01\x81\x81Qa\x0C\xE3\x91\x90a.RV[\x90RP`\x01\x88\x01\x80T`\xFF`\xD0\x1B\x19\x16`\x01`\xD1\x1B\x17\x90U_[\x86Q\x81\x10\x15a\r\x8CW\x82\x81\x81Q\x81\x10a\r\x18Wa\r\x18a.\x08V[` \x02` \x01\x01Q_\x14a\r\x84W\x82\x81\x81Q\x81\x10a\r8Wa\r8a.\x08V[` \x90\x81\x02\x91\x90\x91\x01\x81\x01Q_\x8C\x81R`\x03\x83R`@\x80\x82 \x85\x83R\x84R\x80\x82 T`\x01`\x01`\xA0\x1B\x03\x16\x82R`\x08\x90\x93R\x91\x82 \x80T\x91\x92\x90\x91a\r~\x90\x84\x90a.RV[\x90\x91UPP[`\x01\x01a\x0C\xFDV[P_\x89\x81R`\x03` \x90\x81R`@\x80\x83 \x87\x84R\x82R\x91\x82\x90 \x82Q\x80\x84\x01\x84R\x81T`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x82R`\x01\x90\x92\x01T\x81\x84\x01\x90\x81R\x84Q`\x80\x81\x01\x86R\x82Q\x90\x93\x16\x83RQ\x92\x82\x01\x92\x90\x92R\x88Q\x91\x92\x90\x91\x90\x82\x01\x90\x89\x90\x88\x90\x81\x10a\r\xFBWa\r\xFBa.\x08V[` \x90\x81\x02\x91\x90\x91\x01\x81\x01Qa\xFF\xFF\x90\x81\x16\x83R_\x92\x82\x01\x83\x90R\x8D\x83R`\x07\x82R`@\x92\x83\x90 \x84Q\x81T`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x01`\x01`\xA0\x1B\x03\x19\x90\x91\x16\x17\x82U\x92\x85\x01Q`\x01\x82\x01U\x84\x84\x01Q`\x02\x90\x91\x01\x80T``\x90\x96\x01Q\x15\x15b\x01\0\0\x02b\xFF\xFF\xFF\x19\x90\x96\x16\x91\x90\x92\x16\x17\x93\x90\x93\x17\x90\x92U\x82Q\x90Q\x91\x16\x90\x8B\x90\x7F\x1B\xF9\x95\xB8\xB4\x18\xE8\xBB\x10s3\xC7\xF0\xB6\xE5y\x8E\x9Fo4\xC5(\xBD\xE9PN\xB0\x10\x1E\xCD\xC3\xE0\x90a\x0E\xAE\x90\x8B\x90\x88\x90a.xV[`@Q\x80\x91\x03\x90\xA3`\x02\x89\x01T`\x01`\x01`\xA0\x1B\x03\x16\x15a\x0E\xF3Wa\x0E\xF3\x8A\x8A\x87\x84` \x01Q\x8B\x8A\x81Q\x81\x10a\x0E\xE6Wa\x0E\xE6a.\x08V[` \x02` \x01\x01Qa\x1D\xAEV[PPPPPPPPP[a\x08\xEEa\x18sV[_a\x0F\x0Ea\x14wV[P3_\x90\x81R`\x08` R`@\x81 T\x90\x81\x90\x03a\x0FAW`@Qcn4\xEE\x0B`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\x8CV[3_\x81\x81R`\x08` R`@\x80\x82 \x91\x90\x91UQ\x7Fp\x84\xF5Gf\x18\xD8\xE6\x0B\x11\xEF\r}?\x06\x91FU\xAD\xB8y>(\xFF\x7F\x01\x8DLv\xD5\x05\xD5\x90a\x0F\x84\x90\x84\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2a\x0F\xC0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x83a\x1F\x03V[a\x0F\xC8a\x18sV[\x90V[a\x0F\xD3a\x14wV[_a\x0F\xDD\x84a\x18\x9BV[\x90P__a\x0F\xEA\x83a\x19\xEEV[\x91P\x91P\x81`\x01`\x01`@\x1B\x03\x16B\x10\x80a\x10\x0EWP\x80`\x01`\x01`@\x1B\x03\x16B\x10\x15[\x80a\x10%WP`\x01\x83\x01T`\x01`\xC8\x1B\x90\x04`\xFF\x16\x15[\x15a\x10VW`@Qc\x1A$\xCCK`\xE1\x1B\x81R`\x01`\x01`@\x1B\x03\x80\x84\x16`\x04\x83\x01R\x82\x16`$\x82\x01R`D\x01a\x08\x8CV[`\x01\x83\x01T`\x01`\xC8\x1B\x90\x04`\xFF\x16\x84\x14a\x10\x9CW`\x01\x83\x01T`@Qc-\xA2C\xF3`\xE0\x1B\x81R`\x04\x81\x01\x86\x90R`\x01`\xC8\x1B\x90\x91\x04`\xFF\x16`$\x82\x01R`D\x01a\x08\x8CV[`\x01\x83\x01T_\x90a\x10\xB6\x90`\x01`\x01`\xA0\x1B\x03\x163a\x1F8V[_\x88\x81R`\x06` R`@\x81 \x91\x92Pa\x10\xD4\x82\x8A3\x86`\x01a jV[\x90P_\x80[\x88\x81\x10\x15a\x11&Wa\x10\xEC\x81`\x10a.\x1CV[\x8A\x8A\x83\x81\x81\x10a\x10\xFEWa\x10\xFEa.\x08V[\x90P` \x02\x01` \x81\x01\x90a\x11\x13\x91\x90a/\x0BV[a\xFF\xFF\x16\x90\x1B\x91\x90\x91\x17\x90`\x01\x01a\x10\xD9V[P_\x82\x81R`\x02\x84\x01` R`@\x90\x81\x90 \x82\x90UQ3\x90\x8B\x90\x7F\xA8\xE6\xBBC\xE7\xD8\x0C\x99\xF5\xBD6\xAD\xCA\x8Es\xEC\xB5\x10)\xAA\tG2&_\x85\x9B\xE9y\xAAx\x08\x90a\x11q\x90\x88\x90\x8E\x90\x8E\x90a/&V[`@Q\x80\x91\x03\x90\xA3PPPPPPPa\x11\x88a\x18sV[PPPV[a\x11\x95a\x14wV[\x80\x15\x80a\x11\xA3WPa\x04\0\x81\x11[\x15a\x11\xC4W`@Qc\x1C|\xB69`\xE0\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\x08\x8CV[_a\x11\xCF\x85\x85a\"\x8BV[\x90P3`\x01`\x01`\xA0\x1B\x03\x16\x85\x7FV\xFD\xD0\xB6\xA61\xE7\x81F\xB6\xDC\x15\xD3eU\x06\xE2\xE2\x1EX\xBA\x0E\xC3\x9B|\xEF\0\xB6\x94\x80\0\xCE\x83\x87\x87\x87`@Qa\x12\x11\x94\x93\x92\x91\x90a/~V[`@Q\x80\x91\x03\x90\xA3Pa\x12\"a\x18sV[PPPPV[a\x120a\x14wV[\x80\x15\x80a\x12>WPa\x04\0\x81\x11[\x15a\x12_W`@Qc\x1C|\xB69`\xE0\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\x08\x8CV[_a\x12\x81\x84\x84\x84`@Qa\x12t\x92\x91\x90a-)V[`@Q\x80\x91\x03\x90 a\"\x8BV[_\x85\x81R`\x04` \x90\x81R`@\x80\x83 `\xFF\x85\x16\x84R\x90\x91R\x90 \x90\x91Pa\x12\xAA\x83\x85\x83a03V[P3`\x01`\x01`\xA0\x1B\x03\x16\x84\x7FV\xFD\xD0\xB6\xA61\xE7\x81F\xB6\xDC\x15\xD3eU\x06\xE2\xE2\x1EX\xBA\x0E\xC3\x9B|\xEF\0\xB6\x94\x80\0\xCE\x83\x86\x86`@Qa\x12\xE8\x92\x91\x90a-)V[`@Q\x90\x81\x90\x03\x81 a\x12\xFF\x92\x91\x89\x90\x89\x90a0\xECV[`@Q\x80\x91\x03\x90\xA3Pa\x11\x88a\x18sV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x8D\xA5\xCB[`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x13lW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x13\x90\x91\x90a,\x8AV[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x13\xC3W`@Qc\x98\x8D\x1F\x03`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\x8CV[a\x08\xEE\x81a$\xC3V[_\x82\x81R`\x04` \x90\x81R`@\x80\x83 \x84\x84R\x90\x91R\x90 \x80T``\x91\x90a\x13\xF3\x90a/\xB7V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x14\x1F\x90a/\xB7V[\x80\x15a\x14jW\x80`\x1F\x10a\x14AWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x14jV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x14MW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x90P\x92\x91PPV[a\x14\x7Fa%SV[`\x02\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0[UV[`@Qc\x82\xAF\xD2;`\xE0\x1B\x81R\x825`\x04\x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90c\x82\xAF\xD2;\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x15\tW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x15-\x91\x90a18V[a\x15MW`@Qc9\xB3;\xBF`\xE0\x1B\x81R\x825`\x04\x82\x01R`$\x01a\x08\x8CV[a\x15]``\x83\x01`@\x84\x01a,\xE5V[`\x01`\x01``\x1B\x03\x16_\x03a\x15\xA1Wa\x15|``\x83\x01`@\x84\x01a,\xE5V[`@Qc\x17\x9Ccw`\xE1\x1B\x81R`\x01`\x01``\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x08\x8CV[a\x15\xB1`@\x83\x01` \x84\x01a-\x10V[`\xFF\x16\x15\x80a\x15\xD2WP`\x10a\x15\xCD`@\x84\x01` \x85\x01a-\x10V[`\xFF\x16\x11[\x15a\x16\x06Wa\x15\xE7`@\x83\x01` \x84\x01a-\x10V[`@Qc\x07\xB2\xEA%`\xE0\x1B\x81R`\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x08\x8CV[_a\x16\x12`<Ba.RV[\x90P_a\x16\"b'\x8D\0Ba.RV[\x90P\x81a\x165`\x80\x86\x01``\x87\x01a,\rV[c\xFF\xFF\xFF\xFF\x16\x10\x80a\x16[WP\x80a\x16S`\x80\x86\x01``\x87\x01a,\rV[c\xFF\xFF\xFF\xFF\x16\x11[\x15a\x16\xA0Wa\x16p`\x80\x85\x01``\x86\x01a,\rV[`@Qc\t\xB4\xEE\xDF`\xE4\x1B\x81Rc\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x81\x01\x82\x90R`d\x01a\x08\x8CV[\x82\x15\x80a\x16\xAEWPa@\0\x83\x11[\x15a\x16\xCFW`@Qc\xB8\x04\x80\xB1`\xE0\x1B\x81R`\x04\x81\x01\x84\x90R`$\x01a\x08\x8CV[_\x80a\x16\xE1`\xA0\x87\x01`\x80\x88\x01a,oV[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x90Pa\x16\xFE`\xC0\x86\x01`\xA0\x87\x01a,\rV[c\xFF\xFF\xFF\xFF\x16_\x14\x15\x15\x15\x81\x15\x15\x14\x15\x80a\x170WPb\x1E\x84\x80a\x17(`\xC0\x87\x01`\xA0\x88\x01a,\rV[c\xFF\xFF\xFF\xFF\x16\x11[\x80a\x17ZWP\x80\x80\x15a\x17ZWPa\x17N`\xA0\x86\x01`\x80\x87\x01a,oV[`\x01`\x01`\xA0\x1B\x03\x16;\x15[\x15a\x17\xAFWa\x17o`\xA0\x86\x01`\x80\x87\x01a,oV[a\x17\x7F`\xC0\x87\x01`\xA0\x88\x01a,\rV[`@Qc>e\xEB\xAB`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x90\x92\x16`\x04\x83\x01Rc\xFF\xFF\xFF\xFF\x16`$\x82\x01R`D\x01a\x08\x8CV[PPPPPV[__\x82`\x01`\x01`\xA0\x1B\x03\x16c\x0FC\xA6w`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x17\xF4W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x18\x18\x91\x90a1QV[\x90P`@\x81\x11\x15a\x18'WP`@[a\x182`\x02\x82a.3V[a\x08D\x90`\x01a.RV[a\x18K\x84\x84\x84\x84`\x01a%\x9FV[a\x12\"W`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\x8CV[`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a\x14\xA3V[_\x81\x81R`\x02` R`@\x81 \x90`\x01\x82\x01T`\x01`\xD0\x1B\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x18\xC9Wa\x18\xC9a)\x8CV[\x03a\x18\xEAW`@Qc\x1Fy\xBB\xE7`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`$\x01a\x08\x8CV[`\x01\x80\x82\x01T`\x01`\xD0\x1B\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x19\x0BWa\x19\x0Ba)\x8CV[\x14a\x19>W\x81\x81`\x01\x01`\x1A\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`@Qcq>IU`\xE0\x1B\x81R`\x04\x01a\x08\x8C\x92\x91\x90a1hV[\x91\x90PV[`\x01\x81\x01\x80T`\xFF`\xD0\x1B\x19\x16`\x03`\xD0\x1B\x17\x90U\x80T`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x08` R`@\x81 \x80T`\x01`\xA0\x1B\x90\x93\x04`\x01`\x01``\x1B\x03\x16\x92\x90\x91\x90a\x19\x93\x90\x84\x90a.RV[\x90\x91UPP\x80T`@Q`\x01`\xA0\x1B\x82\x04`\x01`\x01``\x1B\x03\x16\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90\x83\x90\x7F\xEFK\x03>\x91\xB47\x93\xEFV\xB4\xE9\xA2@,\xF9Or\xDD\x88\x03\x7F\xFDb\x18\x7F\xCA\xC9\x97\x86\xAB\x8C\x90` \x01`@Q\x80\x91\x03\x90\xA3PPV[`\x02\x81\x01T_\x90\x81\x90`\x01`\xC0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x81\x03a\x1A!W`\x01\x83\x01T`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16a\x1A4V[`\x02\x83\x01T`\x01`\xC0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16[`\x02\x84\x01Tc\xFF\xFF\xFF\xFF\x91\x82\x16\x93Pa\x1AV\x91`\x01`\xE0\x1B\x90\x91\x04\x16\x83a1|V[\x90P\x91P\x91V[_\x82\x81R`\x06` R`@\x81 \x80T``\x92\x91\x82\x91a\xFF\xFF\x16\x85`\x01`\x01`@\x1B\x03\x81\x11\x15a\x1A\x8EWa\x1A\x8Ea-\xF4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x1A\xB7W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x94P\x80_\x03a\x1A\xCFWP_\x92P\x82\x91Pa\x1D\xA7\x90PV[_\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a\x1A\xE8Wa\x1A\xE8a-\xF4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x1B\x11W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x82`\x01`\x01`@\x1B\x03\x81\x11\x15a\x1B-Wa\x1B-a-\xF4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x1BVW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x83\x81\x10\x15a\x1B\xEAW_\x81\x81R`\x02\x86\x01` R`@\x90 T\x83Q\x84\x90\x83\x90\x81\x10a\x1B\x87Wa\x1B\x87a.\x08V[` \x02` \x01\x01\x81\x81RPP\x84`\x01\x01_\x82\x81R` \x01\x90\x81R` \x01_ _\x01`\x14\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x82\x82\x81Q\x81\x10a\x1B\xD7Wa\x1B\xD7a.\x08V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a\x1B[V[P_\x95P_\x94P_[\x88\x81\x10\x15a\x1D\xA1W_\x84`\x01`\x01`@\x1B\x03\x81\x11\x15a\x1C\x14Wa\x1C\x14a-\xF4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x1C=W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x85`\x01`\x01`@\x1B\x03\x81\x11\x15a\x1CYWa\x1CYa-\xF4V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x1C\x82W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x86\x81\x10\x15a\x1D\x17Wa\x1C\x9A\x84`\x10a.\x1CV[\x86\x82\x81Q\x81\x10a\x1C\xACWa\x1C\xACa.\x08V[` \x02` \x01\x01Q\x90\x1Ca\xFF\xFF\x16\x83\x82\x81Q\x81\x10a\x1C\xCCWa\x1C\xCCa.\x08V[` \x02` \x01\x01\x81\x81RPP\x84\x81\x81Q\x81\x10a\x1C\xEAWa\x1C\xEAa.\x08V[` \x02` \x01\x01Q\x82\x82\x81Q\x81\x10a\x1D\x04Wa\x1D\x04a.\x08V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a\x1C\x87V[P_a\x1D#\x83\x83a&\x0CV[\x90P_a\x1D1\x84\x84\x84a'xV[\x90P\x80\x8C\x86\x81Q\x81\x10a\x1DFWa\x1DFa.\x08V[a\xFF\xFF\x92\x83\x16` \x91\x82\x02\x92\x90\x92\x01\x01Ra\x1Dc\x90\x82\x16\x8Ca.RV[\x9AP\x8B\x8A\x81Q\x81\x10a\x1DwWa\x1Dwa.\x08V[` \x02` \x01\x01Qa\xFF\xFF\x16\x81a\xFF\xFF\x16\x11\x15a\x1D\x92W\x84\x99P[PPPP\x80`\x01\x01\x90Pa\x1B\xF3V[PPPPP[\x92P\x92P\x92V[`\x02\x84\x01T_\x86\x81R`\x04` \x90\x81R`@\x80\x83 \x87\x84R\x90\x91R\x80\x82 \x90Q`\x01`\x01`\xA0\x1B\x03\x84\x16\x93`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x92\x91a\x1D\xFB\x91\x8A\x91\x90\x88\x90\x88\x90`$\x01a1\x9BV[`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x91\x90R` \x81\x01\x80Q`\x01`\x01`\xE0\x1B\x03\x16c\xEF\xBF\x05\xF5`\xE0\x1B\x17\x90R\x90P_a\x9C@a\x1E6`?\x85a.3V[a\x1E@\x90\x85a.RV[a\x1EJ\x91\x90a.RV[\x90P\x80Z\x10\x15a\x1EyWZ`@Qc\x12\x19e9`\xE2\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x82\x90R`D\x01a\x08\x8CV[___\x84Q` \x86\x01_\x89\x89\xF1_\x8B\x81R`\x07` R`@\x90\x81\x90 `\x02\x01\x80T\x83\x15\x15b\x01\0\0\x02b\xFF\0\0\x19\x90\x91\x16\x17\x90UQ\x90\x91P`\x01`\x01`\xA0\x1B\x03\x86\x16\x90\x8B\x90\x7F\x03\xCE\xE1\xB9\x93\x8Bg\x1C{41_\x15$t\x95\x9B\xF8\x1C\tD\xC5<Ln\xDE\x1Ep\xE8E\x01A\x90a\x1E\xEF\x90\x85\x15\x15\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPPPPPPPV[a\x1F\x10\x83\x83\x83`\x01a(\x1CV[a\x11\x88W`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x08\x8CV[`@Qc;L\x98\x91`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x81\x16`\x04\x83\x01R_\x91\x82\x91\x85\x16\x90c;L\x98\x91\x90`$\x01`\x80`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1F\x80W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1F\xA4\x91\x90a28V[\x90P_\x81`@\x01Q\x80\x15a\x1F\xB9WP\x81``\x01Q[a\x1F\xC3W_a +V[`@Qc\n\x89\x90\xFD`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16`\x04\x83\x01R\x86\x16\x90c\n\x89\x90\xFD\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a \x07W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a +\x91\x90a1QV[\x90P\x80_\x03a XW`@Qc\x0B\xC6w\xC9`\xE4\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\x8CV[a a\x81a(~V[\x95\x94PPPPPV[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x03\x86\x01` R`@\x81 T`\x01`\x01`@\x1B\x03\x80\x84\x16\x91\x16\x03a \xBAW`@Qcq\x8C\xD1\xD1`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\x8CV[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\x03\x87\x01` R`@\x90\x81\x90 \x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01`@\x1B\x03\x85\x16\x17\x90U\x86Ta\xFF\xFF\x16\x90\x81\x10\x15a!mWa!\x08\x81`\x01a.RV[\x87Ta\xFF\xFF\x91\x90\x91\x16a\xFF\xFF\x19\x90\x91\x16\x17\x87U`@\x80Q\x80\x82\x01\x82R`\x01`\x01`\xA0\x1B\x03\x80\x88\x16\x82R`\x01`\x01``\x1B\x03\x80\x88\x16` \x80\x85\x01\x91\x82R_\x87\x81R`\x01\x8E\x01\x90\x91R\x94\x90\x94 \x92Q\x93Q\x16`\x01`\xA0\x1B\x02\x92\x16\x91\x90\x91\x17\x90U\x90Pa aV[_\x19_[\x82\x81\x10\x15a!\xB1W_\x81\x81R`\x01\x8A\x01` R`@\x90 T`\x01`\xA0\x1B\x90\x04`\x01`\x01``\x1B\x03\x16\x82\x81\x10\x15a!\xA8W\x80\x92P\x81\x94P[P`\x01\x01a!qV[P\x80\x85`\x01`\x01``\x1B\x03\x16\x11a!\xEDW`@Qcg\0\xF8\x05`\xE0\x1B\x81R`\x01`\x01``\x1B\x03\x86\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x08\x8CV[_\x83\x81R`\x01\x89\x01` R`@\x80\x82 T\x90Q`\x01`\x01`\xA0\x1B\x03\x80\x8A\x16\x93\x92\x16\x91\x8A\x91\x7FN>\x18\x18\xD3\x16\x19\xAC\xA37f\x1D~\xE2\x9D~\x9A\x95\xC7\x90.\xB8\xA6Y\x03\xB3S?\xDC5\xF4z\x91\x90\xA4PP`@\x80Q\x80\x82\x01\x82R`\x01`\x01`\xA0\x1B\x03\x80\x87\x16\x82R`\x01`\x01``\x1B\x03\x80\x87\x16` \x80\x85\x01\x91\x82R_\x87\x81R`\x01\x8D\x01\x90\x91R\x94\x90\x94 \x92Q\x93Q\x16`\x01`\xA0\x1B\x02\x92\x16\x91\x90\x91\x17\x90U\x95\x94PPPPPV[__a\"\x96\x84a\x18\x9BV[`\x01\x81\x01T\x90\x91P`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16B\x10\x15\x80a\"\xD0WP`\x01\x81\x01T`\xFF`\x01`\xC0\x1B\x82\x04\x81\x16`\x01`\xC8\x1B\x90\x92\x04\x16\x10\x15[\x15a\"\xF1W`@Qc?\xF7d\x15`\xE1\x1B\x81R`\x04\x81\x01\x85\x90R`$\x01a\x08\x8CV[`\x01\x81\x01T`@Qc;L\x98\x91`\xE0\x1B\x81R3`\x04\x82\x01R_\x91`\x01`\x01`\xA0\x1B\x03\x16\x90c;L\x98\x91\x90`$\x01`\x80`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a#9W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a#]\x91\x90a28V[\x90P\x80`@\x01Q\x15\x80a#qWP\x80``\x01Q[\x15a#\x91W`@Qc\x8BA\x1BM`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\x8CV[_\x85\x81R`\x05` \x90\x81R`@\x80\x83 3\x84R\x90\x91R\x90 T`\xFF\x16\x15a#\xCDW`@Qc\x89E5+`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\x8CV[_\x85\x81R`\x05` \x90\x81R`@\x80\x83 3\x80\x85R\x90\x83R\x81\x84 \x80T`\xFF\x19\x16`\x01\x90\x81\x17\x90\x91U\x86\x81\x01T\x83Q\x80\x85\x01\x85R\x92\x83R\x82\x85\x01\x8A\x81R\x8B\x87R`\x03\x86R\x84\x87 `\x01`\xC8\x1B\x90\x92\x04`\xFF\x16\x80\x88R\x91\x90\x95R\x92\x90\x94 \x90Q\x81T`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16`\x01`\x01`\xA0\x1B\x03\x19\x90\x91\x16\x17\x81U\x91Q\x91\x83\x01\x91\x90\x91U\x93Pa$^\x90\x84\x90a2\xB8V[`\x01\x83\x81\x01\x80T`\xFF`\xC8\x1B\x19\x16`\x01`\xC8\x1B`\xFF\x94\x85\x16\x02\x17\x90\x81\x90U`\x01`\xC0\x1B\x90\x04\x90\x91\x16\x90a$\x92\x90\x85\x90a2\xB8V[`\xFF\x16\x03a$\xBBW`\x02\x82\x01\x80Tc\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x16`\x01`\xC0\x1BBc\xFF\xFF\xFF\xFF\x16\x02\x17\x90U[PP\x92\x91PPV[`<c\xFF\xFF\xFF\xFF\x82\x16\x10\x80a$\xE0WPb\t:\x80c\xFF\xFF\xFF\xFF\x82\x16\x11[\x15a%\x06W`@Qc7g\x90?`\xE1\x1B\x81Rc\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x08\x8CV[_\x80Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F]\x8F\x7F\xA3\\\x9B_\xAE\xC9\xE5:\xB1)\xEF?\xE7\xE92\xE9{\xC6`\x15\x1E\x96\n-\t\xDE\xF8\xE57\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[a%\x7F_`\x02\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a(\xB5V[\x15a%\x9DW`@Qc>\xE5\xAE\xB5`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[V[`@Qc#\xB8r\xDD`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04R\x86\x16`$R`D\x85\x90R\x91` \x83`d\x81\x80\x8CZ\xF1\x92P`\x01_Q\x14\x83\x16a%\xFBW\x83\x83\x15\x16\x15a%\xEFW=_\x82>=\x81\xFD[_\x88;\x11=\x15\x16\x83\x16\x92P[`@RP_``R\x95\x94PPPPPV[\x81Q_\x90\x81[\x81\x81\x10\x15a$\xBBW_\x85\x82\x81Q\x81\x10a&-Wa&-a.\x08V[` \x02` \x01\x01Q\x90P_\x85\x83\x81Q\x81\x10a&JWa&Ja.\x08V[` \x02` \x01\x01Q\x90P\x80\x85a&`\x91\x90a.RV[\x94P\x82[_\x81\x11\x80\x15a&\x95WP\x82\x88a&{`\x01\x84a.eV[\x81Q\x81\x10a&\x8BWa&\x8Ba.\x08V[` \x02` \x01\x01Q\x13[\x15a',W\x87a&\xA6`\x01\x83a.eV[\x81Q\x81\x10a&\xB6Wa&\xB6a.\x08V[` \x02` \x01\x01Q\x88\x82\x81Q\x81\x10a&\xD0Wa&\xD0a.\x08V[` \x90\x81\x02\x91\x90\x91\x01\x01R\x86a&\xE7`\x01\x83a.eV[\x81Q\x81\x10a&\xF7Wa&\xF7a.\x08V[` \x02` \x01\x01Q\x87\x82\x81Q\x81\x10a'\x11Wa'\x11a.\x08V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra'%\x81a2\xD1V[\x90Pa&dV[\x82\x88\x82\x81Q\x81\x10a'?Wa'?a.\x08V[` \x02` \x01\x01\x81\x81RPP\x81\x87\x82\x81Q\x81\x10a'^Wa'^a.\x08V[` \x02` \x01\x01\x81\x81RPPPPP\x80`\x01\x01\x90Pa&\x12V[\x82Q_\x90\x81\x90\x81[\x81\x81\x10\x15a'\xECW\x85\x81\x81Q\x81\x10a'\x9AWa'\x9Aa.\x08V[` \x02` \x01\x01Q\x83a'\xAD\x91\x90a.RV[\x92P\x84a'\xBB\x84`\x02a.\x1CV[\x10a'\xE4W\x86\x81\x81Q\x81\x10a'\xD2Wa'\xD2a.\x08V[` \x02` \x01\x01Q\x93PPPPa\x08DV[`\x01\x01a'\x80V[P\x85a'\xF9`\x01\x83a.eV[\x81Q\x81\x10a(\tWa(\ta.\x08V[` \x02` \x01\x01Q\x92PPP\x93\x92PPPV[`@Qc\xA9\x05\x9C\xBB`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a(rW\x83\x83\x15\x16\x15a(fW=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[_`\x01`\x01``\x1B\x03\x82\x11\x15a(\xB1W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R```\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\x8CV[P\x90V[T\x14\x91\x90PV[__\x83`\x1F\x84\x01\x12a(\xCCW__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15a(\xE2W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a(\xF9W__\xFD[\x92P\x92\x90PV[___\x83\x85\x03`\xE0\x81\x12\x15a)\x13W__\xFD[`\xC0\x81\x12\x15a) W__\xFD[P\x83\x92P`\xC0\x84\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a)<W__\xFD[a)H\x86\x82\x87\x01a(\xBCV[\x94\x97\x90\x96P\x93\x94PPPPV[_` \x82\x84\x03\x12\x15a)eW__\xFD[P5\x91\x90PV[__`@\x83\x85\x03\x12\x15a)}W__\xFD[PP\x805\x92` \x90\x91\x015\x91PV[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`\x04\x81\x10a)\xBCWcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x90RV[\x81Q`\x01`\x01`\xA0\x1B\x03\x16\x81Ra\x01\xC0\x81\x01` \x83\x01Qa)\xEC` \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[P`@\x83\x01Qa*\x07`@\x84\x01\x82`\x01`\x01`\xA0\x1B\x03\x16\x90RV[P``\x83\x01Qa*\x1F``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01Qa*4`\x80\x84\x01\x82`\xFF\x16\x90RV[P`\xA0\x83\x01Qa*I`\xA0\x84\x01\x82`\xFF\x16\x90RV[P`\xC0\x83\x01Qa*\\`\xC0\x84\x01\x82a)\xA0V[P`\xE0\x83\x01Qa*q`\xE0\x84\x01\x82`\xFF\x16\x90RV[Pa\x01\0\x83\x01Qa*\x8Ba\x01\0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01Qa*\xA8a\x01 \x84\x01\x82`\x01`\x01`\xA0\x1B\x03\x16\x90RV[Pa\x01@\x83\x01Qa*\xC2a\x01@\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01`\x83\x01Qa*\xDCa\x01`\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01Qa*\xF6a\x01\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xA0\x92\x83\x01Q\x91\x90\x92\x01R\x90V[___`@\x84\x86\x03\x12\x15a+\x18W__\xFD[\x835\x92P` \x84\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a+4W__\xFD[\x84\x01`\x1F\x81\x01\x86\x13a+DW__\xFD[\x805`\x01`\x01`@\x1B\x03\x81\x11\x15a+YW__\xFD[\x86` \x82`\x05\x1B\x84\x01\x01\x11\x15a+mW__\xFD[\x93\x96` \x91\x90\x91\x01\x95P\x92\x93PPPV[____``\x85\x87\x03\x12\x15a+\x91W__\xFD[\x845\x93P` \x85\x015\x92P`@\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a+\xB4W__\xFD[a+\xC0\x87\x82\x88\x01a(\xBCV[\x95\x98\x94\x97P\x95PPPPV[___`@\x84\x86\x03\x12\x15a+\xDEW__\xFD[\x835\x92P` \x84\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a)<W__\xFD[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x19>W__\xFD[_` \x82\x84\x03\x12\x15a,\x1DW__\xFD[a\x08D\x82a+\xFAV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x08\xEEW__\xFD[_` \x82\x84\x03\x12\x15a,\x7FW__\xFD[\x815a\x08D\x81a,[V[_` \x82\x84\x03\x12\x15a,\x9AW__\xFD[\x81Qa\x08D\x81a,[V[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[_`\x01\x82\x01a,\xCAWa,\xCAa,\xA5V[P`\x01\x01\x90V[`\x01`\x01``\x1B\x03\x81\x16\x81\x14a\x08\xEEW__\xFD[_` \x82\x84\x03\x12\x15a,\xF5W__\xFD[\x815a\x08D\x81a,\xD1V[\x805`\xFF\x81\x16\x81\x14a\x19>W__\xFD[_` \x82\x84\x03\x12\x15a- W__\xFD[a\x08D\x82a-\0V[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[\x81\x83R\x81\x81` \x85\x017P_\x82\x82\x01` \x90\x81\x01\x91\x90\x91R`\x1F\x90\x91\x01`\x1F\x19\x16\x90\x91\x01\x01\x90V[\x835\x81R_`\xFFa-s` \x87\x01a-\0V[\x16` \x83\x01R`@\x85\x015a-\x87\x81a,\xD1V[`\x01`\x01``\x1B\x03\x16`@\x83\x01Rc\xFF\xFF\xFF\xFFa-\xA6``\x87\x01a+\xFAV[\x16``\x83\x01R`\x80\x85\x015a-\xBA\x81a,[V[`\x01`\x01`\xA0\x1B\x03\x16`\x80\x83\x01Rc\xFF\xFF\xFF\xFFa-\xD9`\xA0\x87\x01a+\xFAV[\x16`\xA0\x83\x01R`\xE0`\xC0\x83\x01Ra a`\xE0\x83\x01\x84\x86a-8V[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\t6Wa\t6a,\xA5V[_\x82a.MWcNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[P\x04\x90V[\x80\x82\x01\x80\x82\x11\x15a\t6Wa\t6a,\xA5V[\x81\x81\x03\x81\x81\x11\x15a\t6Wa\t6a,\xA5V[`@\x80\x82R\x83Q\x90\x82\x01\x81\x90R_\x90` \x85\x01\x90``\x84\x01\x90\x83[\x81\x81\x10\x15a.\xB5W\x83Qa\xFF\xFF\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a.\x93V[PP\x83\x81\x03` \x80\x86\x01\x91\x90\x91R\x85Q\x80\x83R\x91\x81\x01\x92P\x85\x01\x90_[\x81\x81\x10\x15a.\xF0W\x82Q\x84R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a.\xD2V[P\x91\x96\x95PPPPPPV[a\xFF\xFF\x81\x16\x81\x14a\x08\xEEW__\xFD[_` \x82\x84\x03\x12\x15a/\x1BW__\xFD[\x815a\x08D\x81a.\xFCV[`\x01`\x01``\x1B\x03\x84\x16\x81R`@` \x82\x01\x81\x90R\x81\x01\x82\x90R_\x83``\x83\x01\x82[\x85\x81\x10\x15a/sW\x825a/[\x81a.\xFCV[a\xFF\xFF\x16\x82R` \x92\x83\x01\x92\x90\x91\x01\x90`\x01\x01a/HV[P\x96\x95PPPPPPV[`\xFF\x85\x16\x81R\x83` \x82\x01R`\x80`@\x82\x01R_`\x80\x82\x01R`\xA0``\x82\x01R_a/\xAD`\xA0\x83\x01\x84\x86a-8V[\x96\x95PPPPPPV[`\x01\x81\x81\x1C\x90\x82\x16\x80a/\xCBW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a/\xE9WcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[P\x91\x90PV[`\x1F\x82\x11\x15a\x11\x88W\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a0\x14WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\x17\xAFW_\x81U`\x01\x01a0 V[`\x01`\x01`@\x1B\x03\x83\x11\x15a0JWa0Ja-\xF4V[a0^\x83a0X\x83Ta/\xB7V[\x83a/\xEFV[_`\x1F\x84\x11`\x01\x81\x14a0\x8FW_\x85\x15a0xWP\x83\x82\x015[_\x19`\x03\x87\x90\x1B\x1C\x19\x16`\x01\x86\x90\x1B\x17\x83Ua\x17\xAFV[_\x83\x81R` \x81 `\x1F\x19\x87\x16\x91[\x82\x81\x10\x15a0\xBEW\x86\x85\x015\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a0\x9EV[P\x86\x82\x10\x15a0\xDAW_\x19`\xF8\x88`\x03\x1B\x16\x1C\x19\x84\x87\x015\x16\x81U[PP`\x01\x85`\x01\x1B\x01\x83UPPPPPV[`\xFF\x85\x16\x81R\x83` \x82\x01R`\x80`@\x82\x01R_a1\x0E`\x80\x83\x01\x84\x86a-8V[\x82\x81\x03``\x84\x01R_\x81R` \x81\x01\x91PP\x95\x94PPPPPV[\x80Q\x80\x15\x15\x81\x14a\x19>W__\xFD[_` \x82\x84\x03\x12\x15a1HW__\xFD[a\x08D\x82a1)V[_` \x82\x84\x03\x12\x15a1aW__\xFD[PQ\x91\x90PV[\x82\x81R`@\x81\x01a\x08D` \x83\x01\x84a)\xA0V[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t6Wa\t6a,\xA5V[\x84\x81R`\x80` \x82\x01R__\x85Ta1\xB2\x81a/\xB7V[\x80`\x80\x86\x01R`\x01\x82\x16_\x81\x14a1\xD0W`\x01\x81\x14a1\xECWa2\x1DV[`\xFF\x19\x83\x16`\xA0\x87\x01R`\xA0\x82\x15\x15`\x05\x1B\x87\x01\x01\x93Pa2\x1DV[\x88_R` _ _[\x83\x81\x10\x15a2\x14W\x81T\x88\x82\x01`\xA0\x01R`\x01\x90\x91\x01\x90` \x01a1\xF5V[\x87\x01`\xA0\x01\x94PP[PPP`@\x83\x01\x85\x90Ra\xFF\xFF\x84\x16``\x84\x01R\x90Pa aV[_`\x80\x82\x84\x03\x12\x80\x15a2IW__\xFD[P`@Q`\x80\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a2lWa2la-\xF4V[`@R\x82Qa2z\x81a,\xD1V[\x81R` \x83\x01Qa2\x8A\x81a.\xFCV[` \x82\x01Ra2\x9B`@\x84\x01a1)V[`@\x82\x01Ra2\xAC``\x84\x01a1)V[``\x82\x01R\x93\x92PPPV[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t6Wa\t6a,\xA5V[_\x81a2\xDFWa2\xDFa,\xA5V[P_\x19\x01\x90V",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AlreadyAnswered(address)` and selector `0x8945352b`.
```solidity
error AlreadyAnswered(address miner);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AlreadyAnswered {
        #[allow(missing_docs)]
        pub miner: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<AlreadyAnswered> for UnderlyingRustTuple<'_> {
            fn from(value: AlreadyAnswered) -> Self {
                (value.miner,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AlreadyAnswered {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { miner: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AlreadyAnswered {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AlreadyAnswered(address)";
            const SELECTOR: [u8; 4] = [137u8, 69u8, 53u8, 43u8];
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
                        &self.miner,
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
    /**Custom error with signature `AlreadySubmitted(address)` and selector `0xe319a3a2`.
```solidity
error AlreadySubmitted(address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AlreadySubmitted {
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
        impl ::core::convert::From<AlreadySubmitted> for UnderlyingRustTuple<'_> {
            fn from(value: AlreadySubmitted) -> Self {
                (value.caller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AlreadySubmitted {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { caller: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AlreadySubmitted {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AlreadySubmitted(address)";
            const SELECTOR: [u8; 4] = [227u8, 25u8, 163u8, 162u8];
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
    /**Custom error with signature `AnsweringClosed(uint256)` and selector `0x7feec82a`.
```solidity
error AnsweringClosed(uint256 requestId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AnsweringClosed {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<AnsweringClosed> for UnderlyingRustTuple<'_> {
            fn from(value: AnsweringClosed) -> Self {
                (value.requestId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AnsweringClosed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { requestId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AnsweringClosed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AnsweringClosed(uint256)";
            const SELECTOR: [u8; 4] = [127u8, 238u8, 200u8, 42u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
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
    /**Custom error with signature `HasAnswers(uint256)` and selector `0x1861099f`.
```solidity
error HasAnswers(uint256 requestId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct HasAnswers {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<HasAnswers> for UnderlyingRustTuple<'_> {
            fn from(value: HasAnswers) -> Self {
                (value.requestId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for HasAnswers {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { requestId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for HasAnswers {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "HasAnswers(uint256)";
            const SELECTOR: [u8; 4] = [24u8, 97u8, 9u8, 159u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
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
    /**Custom error with signature `InsufficientGasForCallback(uint256,uint256)` and selector `0x486594e4`.
```solidity
error InsufficientGasForCallback(uint256 available, uint256 needed);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InsufficientGasForCallback {
        #[allow(missing_docs)]
        pub available: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<InsufficientGasForCallback>
        for UnderlyingRustTuple<'_> {
            fn from(value: InsufficientGasForCallback) -> Self {
                (value.available, value.needed)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for InsufficientGasForCallback {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    available: tuple.0,
                    needed: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InsufficientGasForCallback {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InsufficientGasForCallback(uint256,uint256)";
            const SELECTOR: [u8; 4] = [72u8, 101u8, 148u8, 228u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.available),
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
    /**Custom error with signature `InvalidCallback(address,uint256)` and selector `0x7ccbd756`.
```solidity
error InvalidCallback(address callback, uint256 gasLimit);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidCallback {
        #[allow(missing_docs)]
        pub callback: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub gasLimit: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<InvalidCallback> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidCallback) -> Self {
                (value.callback, value.gasLimit)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidCallback {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    callback: tuple.0,
                    gasLimit: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidCallback {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidCallback(address,uint256)";
            const SELECTOR: [u8; 4] = [124u8, 203u8, 215u8, 86u8];
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
                        &self.callback,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.gasLimit),
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
    /**Custom error with signature `InvalidDeadline(uint256,uint256,uint256)` and selector `0x9b4eedf0`.
```solidity
error InvalidDeadline(uint256 deadline, uint256 earliest, uint256 latest);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidDeadline {
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub earliest: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub latest: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<InvalidDeadline> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidDeadline) -> Self {
                (value.deadline, value.earliest, value.latest)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidDeadline {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    deadline: tuple.0,
                    earliest: tuple.1,
                    latest: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidDeadline {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidDeadline(uint256,uint256,uint256)";
            const SELECTOR: [u8; 4] = [155u8, 78u8, 237u8, 240u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.deadline),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.earliest),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.latest),
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
    /**Custom error with signature `InvalidFee(uint256)` and selector `0x2f38c6ee`.
```solidity
error InvalidFee(uint256 fee);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidFee {
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
        impl ::core::convert::From<InvalidFee> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidFee) -> Self {
                (value.fee,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidFee {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { fee: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidFee {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidFee(uint256)";
            const SELECTOR: [u8; 4] = [47u8, 56u8, 198u8, 238u8];
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
    /**Custom error with signature `InvalidInput(uint256)` and selector `0xb80480b1`.
```solidity
error InvalidInput(uint256 length);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidInput {
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
        impl ::core::convert::From<InvalidInput> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidInput) -> Self {
                (value.length,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidInput {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { length: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidInput {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidInput(uint256)";
            const SELECTOR: [u8; 4] = [184u8, 4u8, 128u8, 177u8];
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
    /**Custom error with signature `InvalidOutput(uint256)` and selector `0x1c7cb639`.
```solidity
error InvalidOutput(uint256 length);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidOutput {
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
        impl ::core::convert::From<InvalidOutput> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidOutput) -> Self {
                (value.length,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidOutput {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { length: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidOutput {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidOutput(uint256)";
            const SELECTOR: [u8; 4] = [28u8, 124u8, 182u8, 57u8];
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
    /**Custom error with signature `InvalidRedundancy(uint256)` and selector `0x07b2ea25`.
```solidity
error InvalidRedundancy(uint256 redundancy);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidRedundancy {
        #[allow(missing_docs)]
        pub redundancy: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<InvalidRedundancy> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidRedundancy) -> Self {
                (value.redundancy,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidRedundancy {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { redundancy: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidRedundancy {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidRedundancy(uint256)";
            const SELECTOR: [u8; 4] = [7u8, 178u8, 234u8, 37u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.redundancy),
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
    /**Custom error with signature `InvalidScoreWindow(uint256)` and selector `0x6ecf207e`.
```solidity
error InvalidScoreWindow(uint256 window);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidScoreWindow {
        #[allow(missing_docs)]
        pub window: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<InvalidScoreWindow> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidScoreWindow) -> Self {
                (value.window,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidScoreWindow {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { window: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidScoreWindow {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidScoreWindow(uint256)";
            const SELECTOR: [u8; 4] = [110u8, 207u8, 32u8, 126u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.window),
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
    /**Custom error with signature `NotAMiner(address)` and selector `0x8b411b4d`.
```solidity
error NotAMiner(address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotAMiner {
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
        impl ::core::convert::From<NotAMiner> for UnderlyingRustTuple<'_> {
            fn from(value: NotAMiner) -> Self {
                (value.caller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotAMiner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { caller: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotAMiner {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotAMiner(address)";
            const SELECTOR: [u8; 4] = [139u8, 65u8, 27u8, 77u8];
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
    /**Custom error with signature `NotAValidator(address)` and selector `0xbc677c90`.
```solidity
error NotAValidator(address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotAValidator {
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
        impl ::core::convert::From<NotAValidator> for UnderlyingRustTuple<'_> {
            fn from(value: NotAValidator) -> Self {
                (value.caller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotAValidator {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { caller: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotAValidator {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotAValidator(address)";
            const SELECTOR: [u8; 4] = [188u8, 103u8, 124u8, 144u8];
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
    /**Custom error with signature `NotGovernance(address)` and selector `0x988d1f03`.
```solidity
error NotGovernance(address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotGovernance {
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
        impl ::core::convert::From<NotGovernance> for UnderlyingRustTuple<'_> {
            fn from(value: NotGovernance) -> Self {
                (value.caller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotGovernance {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { caller: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotGovernance {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotGovernance(address)";
            const SELECTOR: [u8; 4] = [152u8, 141u8, 31u8, 3u8];
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
    /**Custom error with signature `NotYet(uint64)` and selector `0x1c9cc458`.
```solidity
error NotYet(uint64 at);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotYet {
        #[allow(missing_docs)]
        pub at: u64,
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
        impl ::core::convert::From<NotYet> for UnderlyingRustTuple<'_> {
            fn from(value: NotYet) -> Self {
                (value.at,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotYet {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { at: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotYet {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotYet(uint64)";
            const SELECTOR: [u8; 4] = [28u8, 156u8, 196u8, 88u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.at),
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
    /**Custom error with signature `NothingToWithdraw(address)` and selector `0xdc69dc16`.
```solidity
error NothingToWithdraw(address account);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NothingToWithdraw {
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
        impl ::core::convert::From<NothingToWithdraw> for UnderlyingRustTuple<'_> {
            fn from(value: NothingToWithdraw) -> Self {
                (value.account,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NothingToWithdraw {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { account: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NothingToWithdraw {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NothingToWithdraw(address)";
            const SELECTOR: [u8; 4] = [220u8, 105u8, 220u8, 22u8];
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
    /**Custom error with signature `OutsideScoreWindow(uint64,uint64)` and selector `0x34499896`.
```solidity
error OutsideScoreWindow(uint64 opensAt, uint64 closesAt);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OutsideScoreWindow {
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
        impl ::core::convert::From<OutsideScoreWindow> for UnderlyingRustTuple<'_> {
            fn from(value: OutsideScoreWindow) -> Self {
                (value.opensAt, value.closesAt)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OutsideScoreWindow {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    opensAt: tuple.0,
                    closesAt: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OutsideScoreWindow {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OutsideScoreWindow(uint64,uint64)";
            const SELECTOR: [u8; 4] = [52u8, 73u8, 152u8, 150u8];
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
    /**Custom error with signature `OutweighedBallot(uint256,uint256)` and selector `0x6700f805`.
```solidity
error OutweighedBallot(uint256 weight, uint256 lowest);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OutweighedBallot {
        #[allow(missing_docs)]
        pub weight: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub lowest: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<OutweighedBallot> for UnderlyingRustTuple<'_> {
            fn from(value: OutweighedBallot) -> Self {
                (value.weight, value.lowest)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OutweighedBallot {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    weight: tuple.0,
                    lowest: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OutweighedBallot {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OutweighedBallot(uint256,uint256)";
            const SELECTOR: [u8; 4] = [103u8, 0u8, 248u8, 5u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.weight),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.lowest),
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
    /**Custom error with signature `RequestClosed(uint256,uint8)` and selector `0x713e4955`.
```solidity
error RequestClosed(uint256 requestId, IInferenceRequests.Status status);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RequestClosed {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub status: <IInferenceRequests::Status as alloy::sol_types::SolType>::RustType,
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
            IInferenceRequests::Status,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            <IInferenceRequests::Status as alloy::sol_types::SolType>::RustType,
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
        impl ::core::convert::From<RequestClosed> for UnderlyingRustTuple<'_> {
            fn from(value: RequestClosed) -> Self {
                (value.requestId, value.status)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RequestClosed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    requestId: tuple.0,
                    status: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RequestClosed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RequestClosed(uint256,uint8)";
            const SELECTOR: [u8; 4] = [113u8, 62u8, 73u8, 85u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <IInferenceRequests::Status as alloy_sol_types::SolType>::tokenize(
                        &self.status,
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
    /**Custom error with signature `Unanswered(uint256)` and selector `0x1d1d698a`.
```solidity
error Unanswered(uint256 requestId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Unanswered {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<Unanswered> for UnderlyingRustTuple<'_> {
            fn from(value: Unanswered) -> Self {
                (value.requestId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Unanswered {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { requestId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for Unanswered {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "Unanswered(uint256)";
            const SELECTOR: [u8; 4] = [29u8, 29u8, 105u8, 138u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
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
    /**Custom error with signature `UnknownRequest(uint256)` and selector `0x1f79bbe7`.
```solidity
error UnknownRequest(uint256 requestId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnknownRequest {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<UnknownRequest> for UnderlyingRustTuple<'_> {
            fn from(value: UnknownRequest) -> Self {
                (value.requestId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnknownRequest {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { requestId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnknownRequest {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnknownRequest(uint256)";
            const SELECTOR: [u8; 4] = [31u8, 121u8, 187u8, 231u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
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
    /**Custom error with signature `WrongScoreCount(uint256,uint256)` and selector `0x2da243f3`.
```solidity
error WrongScoreCount(uint256 given, uint256 expected);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct WrongScoreCount {
        #[allow(missing_docs)]
        pub given: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub expected: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<WrongScoreCount> for UnderlyingRustTuple<'_> {
            fn from(value: WrongScoreCount) -> Self {
                (value.given, value.expected)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for WrongScoreCount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    given: tuple.0,
                    expected: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for WrongScoreCount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "WrongScoreCount(uint256,uint256)";
            const SELECTOR: [u8; 4] = [45u8, 162u8, 67u8, 243u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.given),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.expected),
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
    /**Event with signature `Answered(uint256,address,uint8,bytes32,bytes,string)` and selector `0x56fdd0b6a631e78146b6dc15d3655506e2e21e58ba0ec39b7cef00b6948000ce`.
```solidity
event Answered(uint256 indexed requestId, address indexed miner, uint8 index, bytes32 outputHash, bytes output, string uri);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Answered {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub miner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub index: u8,
        #[allow(missing_docs)]
        pub outputHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub output: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub uri: alloy::sol_types::private::String,
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
        impl alloy_sol_types::SolEvent for Answered {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::String,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Answered(uint256,address,uint8,bytes32,bytes,string)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                86u8, 253u8, 208u8, 182u8, 166u8, 49u8, 231u8, 129u8, 70u8, 182u8, 220u8,
                21u8, 211u8, 101u8, 85u8, 6u8, 226u8, 226u8, 30u8, 88u8, 186u8, 14u8,
                195u8, 155u8, 124u8, 239u8, 0u8, 182u8, 148u8, 128u8, 0u8, 206u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    miner: topics.2,
                    index: data.0,
                    outputHash: data.1,
                    output: data.2,
                    uri: data.3,
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
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.index),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.outputHash),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.output,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.uri,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.requestId.clone(), self.miner.clone())
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
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.miner,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Answered {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Answered> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Answered) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `AnswersScored(uint256,address,uint256,uint16[])` and selector `0xa8e6bb43e7d80c99f5bd36adca8e73ecb51029aa094732265f859be979aa7808`.
```solidity
event AnswersScored(uint256 indexed requestId, address indexed validator, uint256 weight, uint16[] scores);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct AnswersScored {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub validator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub weight: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub scores: alloy::sol_types::private::Vec<u16>,
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
        impl alloy_sol_types::SolEvent for AnswersScored {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<16>>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "AnswersScored(uint256,address,uint256,uint16[])";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                168u8, 230u8, 187u8, 67u8, 231u8, 216u8, 12u8, 153u8, 245u8, 189u8, 54u8,
                173u8, 202u8, 142u8, 115u8, 236u8, 181u8, 16u8, 41u8, 170u8, 9u8, 71u8,
                50u8, 38u8, 95u8, 133u8, 155u8, 233u8, 121u8, 170u8, 120u8, 8u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    validator: topics.2,
                    weight: data.0,
                    scores: data.1,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.weight),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<16>,
                    > as alloy_sol_types::SolType>::tokenize(&self.scores),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.validator.clone(),
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
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.validator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for AnswersScored {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&AnswersScored> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &AnswersScored) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `BallotDisplaced(bytes32,address,address)` and selector `0x4e3e1818d31619aca337661d7ee29d7e9a95c7902eb8a65903b3533fdc35f47a`.
```solidity
event BallotDisplaced(bytes32 indexed r#box, address indexed dropped, address indexed admitted);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct BallotDisplaced {
        #[allow(missing_docs)]
        pub r#box: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub dropped: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub admitted: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for BallotDisplaced {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "BallotDisplaced(bytes32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                78u8, 62u8, 24u8, 24u8, 211u8, 22u8, 25u8, 172u8, 163u8, 55u8, 102u8,
                29u8, 126u8, 226u8, 157u8, 126u8, 154u8, 149u8, 199u8, 144u8, 46u8,
                184u8, 166u8, 89u8, 3u8, 179u8, 83u8, 63u8, 220u8, 53u8, 244u8, 122u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    r#box: topics.1,
                    dropped: topics.2,
                    admitted: topics.3,
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
                    self.r#box.clone(),
                    self.dropped.clone(),
                    self.admitted.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.r#box);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.dropped,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.admitted,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for BallotDisplaced {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&BallotDisplaced> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &BallotDisplaced) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RequestCreated(uint256,uint256,address,(uint256,uint8,uint96,uint32,address,uint32),bytes)` and selector `0xb49e6b5ab0b654637f4b0bb684d7272bd4dd729d530886b82514ba68a49e6d6c`.
```solidity
event RequestCreated(uint256 indexed requestId, uint256 indexed subnetId, address indexed requester, IInferenceRequests.Spec spec, bytes input);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RequestCreated {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub subnetId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub requester: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub spec: <IInferenceRequests::Spec as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub input: alloy::sol_types::private::Bytes,
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
        impl alloy_sol_types::SolEvent for RequestCreated {
            type DataTuple<'a> = (
                IInferenceRequests::Spec,
                alloy::sol_types::sol_data::Bytes,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RequestCreated(uint256,uint256,address,(uint256,uint8,uint96,uint32,address,uint32),bytes)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                180u8, 158u8, 107u8, 90u8, 176u8, 182u8, 84u8, 99u8, 127u8, 75u8, 11u8,
                182u8, 132u8, 215u8, 39u8, 43u8, 212u8, 221u8, 114u8, 157u8, 83u8, 8u8,
                134u8, 184u8, 37u8, 20u8, 186u8, 104u8, 164u8, 158u8, 109u8, 108u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    subnetId: topics.2,
                    requester: topics.3,
                    spec: data.0,
                    input: data.1,
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
                    <IInferenceRequests::Spec as alloy_sol_types::SolType>::tokenize(
                        &self.spec,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.input,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.subnetId.clone(),
                    self.requester.clone(),
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
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.subnetId);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.requester,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RequestCreated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RequestCreated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RequestCreated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RequestRefunded(uint256,address,uint96)` and selector `0xef4b033e91b43793ef56b4e9a2402cf94f72dd88037ffd62187fcac99786ab8c`.
```solidity
event RequestRefunded(uint256 indexed requestId, address indexed requester, uint96 fee);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RequestRefunded {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub requester: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub fee: alloy::sol_types::private::primitives::aliases::U96,
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
        impl alloy_sol_types::SolEvent for RequestRefunded {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<96>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RequestRefunded(uint256,address,uint96)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                239u8, 75u8, 3u8, 62u8, 145u8, 180u8, 55u8, 147u8, 239u8, 86u8, 180u8,
                233u8, 162u8, 64u8, 44u8, 249u8, 79u8, 114u8, 221u8, 136u8, 3u8, 127u8,
                253u8, 98u8, 24u8, 127u8, 202u8, 201u8, 151u8, 134u8, 171u8, 140u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    requester: topics.2,
                    fee: data.0,
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
                        96,
                    > as alloy_sol_types::SolType>::tokenize(&self.fee),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.requester.clone(),
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
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.requester,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RequestRefunded {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RequestRefunded> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RequestRefunded) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RequestReleased(uint256,address,uint16[],uint256[])` and selector `0x1bf995b8b418e8bb107333c7f0b6e5798e9f6f34c528bde9504eb0101ecdc3e0`.
```solidity
event RequestReleased(uint256 indexed requestId, address indexed bestMiner, uint16[] consensus, uint256[] payouts);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RequestReleased {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub bestMiner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub consensus: alloy::sol_types::private::Vec<u16>,
        #[allow(missing_docs)]
        pub payouts: alloy::sol_types::private::Vec<
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
        impl alloy_sol_types::SolEvent for RequestReleased {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<16>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RequestReleased(uint256,address,uint16[],uint256[])";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                27u8, 249u8, 149u8, 184u8, 180u8, 24u8, 232u8, 187u8, 16u8, 115u8, 51u8,
                199u8, 240u8, 182u8, 229u8, 121u8, 142u8, 159u8, 111u8, 52u8, 197u8,
                40u8, 189u8, 233u8, 80u8, 78u8, 176u8, 16u8, 30u8, 205u8, 195u8, 224u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    bestMiner: topics.2,
                    consensus: data.0,
                    payouts: data.1,
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
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<16>,
                    > as alloy_sol_types::SolType>::tokenize(&self.consensus),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.payouts),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.bestMiner.clone(),
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
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.bestMiner,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RequestReleased {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RequestReleased> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RequestReleased) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ResultDelivered(uint256,address,bool)` and selector `0x03cee1b9938b671c7b34315f152474959bf81c0944c53c4c6ede1e70e8450141`.
```solidity
event ResultDelivered(uint256 indexed requestId, address indexed callback, bool success);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ResultDelivered {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub callback: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub success: bool,
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
        impl alloy_sol_types::SolEvent for ResultDelivered {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ResultDelivered(uint256,address,bool)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                3u8, 206u8, 225u8, 185u8, 147u8, 139u8, 103u8, 28u8, 123u8, 52u8, 49u8,
                95u8, 21u8, 36u8, 116u8, 149u8, 155u8, 248u8, 28u8, 9u8, 68u8, 197u8,
                60u8, 76u8, 110u8, 222u8, 30u8, 112u8, 232u8, 69u8, 1u8, 65u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    callback: topics.2,
                    success: data.0,
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
                        &self.success,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.callback.clone(),
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
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.callback,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ResultDelivered {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ResultDelivered> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ResultDelivered) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ScoreWindowSet(uint32)` and selector `0x5d8f7fa35c9b5faec9e53ab129ef3fe7e932e97bc660151e960a2d09def8e537`.
```solidity
event ScoreWindowSet(uint32 window);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ScoreWindowSet {
        #[allow(missing_docs)]
        pub window: u32,
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
        impl alloy_sol_types::SolEvent for ScoreWindowSet {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "ScoreWindowSet(uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                93u8, 143u8, 127u8, 163u8, 92u8, 155u8, 95u8, 174u8, 201u8, 229u8, 58u8,
                177u8, 41u8, 239u8, 63u8, 231u8, 233u8, 50u8, 233u8, 123u8, 198u8, 96u8,
                21u8, 30u8, 150u8, 10u8, 45u8, 9u8, 222u8, 248u8, 229u8, 55u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { window: data.0 }
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
                    > as alloy_sol_types::SolType>::tokenize(&self.window),
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
        impl alloy_sol_types::private::IntoLogData for ScoreWindowSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ScoreWindowSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ScoreWindowSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Withdrawn(address,uint256)` and selector `0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5`.
```solidity
event Withdrawn(address indexed account, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Withdrawn {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for Withdrawn {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Withdrawn(address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                112u8, 132u8, 245u8, 71u8, 102u8, 24u8, 216u8, 230u8, 11u8, 17u8, 239u8,
                13u8, 125u8, 63u8, 6u8, 145u8, 70u8, 85u8, 173u8, 184u8, 121u8, 62u8,
                40u8, 255u8, 127u8, 1u8, 141u8, 76u8, 118u8, 213u8, 5u8, 213u8,
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
        impl alloy_sol_types::private::IntoLogData for Withdrawn {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Withdrawn> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Withdrawn) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor(address registry_, address tora_, uint32 scoreWindow_);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub registry_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub tora_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub scoreWindow_: u32,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
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
                    (value.registry_, value.tora_, value.scoreWindow_)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        registry_: tuple.0,
                        tora_: tuple.1,
                        scoreWindow_: tuple.2,
                    }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
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
                        &self.registry_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.tora_,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.scoreWindow_),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_ANSWER_WINDOW()` and selector `0xc4714ab2`.
```solidity
function MAX_ANSWER_WINDOW() external view returns (uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_ANSWER_WINDOWCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_ANSWER_WINDOW()`](MAX_ANSWER_WINDOWCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_ANSWER_WINDOWReturn {
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
            impl ::core::convert::From<MAX_ANSWER_WINDOWCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_ANSWER_WINDOWCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_ANSWER_WINDOWCall {
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
            impl ::core::convert::From<MAX_ANSWER_WINDOWReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_ANSWER_WINDOWReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_ANSWER_WINDOWReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_ANSWER_WINDOWCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_ANSWER_WINDOW()";
            const SELECTOR: [u8; 4] = [196u8, 113u8, 74u8, 178u8];
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
                        let r: MAX_ANSWER_WINDOWReturn = r.into();
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
                        let r: MAX_ANSWER_WINDOWReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_CALLBACK_GAS()` and selector `0x6d9809a0`.
```solidity
function MAX_CALLBACK_GAS() external view returns (uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_CALLBACK_GASCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_CALLBACK_GAS()`](MAX_CALLBACK_GASCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_CALLBACK_GASReturn {
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
            impl ::core::convert::From<MAX_CALLBACK_GASCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_CALLBACK_GASCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_CALLBACK_GASCall {
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
            impl ::core::convert::From<MAX_CALLBACK_GASReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_CALLBACK_GASReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_CALLBACK_GASReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_CALLBACK_GASCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_CALLBACK_GAS()";
            const SELECTOR: [u8; 4] = [109u8, 152u8, 9u8, 160u8];
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
                        let r: MAX_CALLBACK_GASReturn = r.into();
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
                        let r: MAX_CALLBACK_GASReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_INLINE_OUTPUT()` and selector `0xe4751f5e`.
```solidity
function MAX_INLINE_OUTPUT() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_INLINE_OUTPUTCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_INLINE_OUTPUT()`](MAX_INLINE_OUTPUTCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_INLINE_OUTPUTReturn {
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
            impl ::core::convert::From<MAX_INLINE_OUTPUTCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_INLINE_OUTPUTCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_INLINE_OUTPUTCall {
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
            impl ::core::convert::From<MAX_INLINE_OUTPUTReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_INLINE_OUTPUTReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_INLINE_OUTPUTReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_INLINE_OUTPUTCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_INLINE_OUTPUT()";
            const SELECTOR: [u8; 4] = [228u8, 117u8, 31u8, 94u8];
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
                        let r: MAX_INLINE_OUTPUTReturn = r.into();
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
                        let r: MAX_INLINE_OUTPUTReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_INPUT_BYTES()` and selector `0xf2ec5e5a`.
```solidity
function MAX_INPUT_BYTES() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_INPUT_BYTESCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_INPUT_BYTES()`](MAX_INPUT_BYTESCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_INPUT_BYTESReturn {
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
            impl ::core::convert::From<MAX_INPUT_BYTESCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_INPUT_BYTESCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_INPUT_BYTESCall {
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
            impl ::core::convert::From<MAX_INPUT_BYTESReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_INPUT_BYTESReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_INPUT_BYTESReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_INPUT_BYTESCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_INPUT_BYTES()";
            const SELECTOR: [u8; 4] = [242u8, 236u8, 94u8, 90u8];
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
                        let r: MAX_INPUT_BYTESReturn = r.into();
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
                        let r: MAX_INPUT_BYTESReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_REDUNDANCY()` and selector `0xc778e3c5`.
```solidity
function MAX_REDUNDANCY() external view returns (uint8);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_REDUNDANCYCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_REDUNDANCY()`](MAX_REDUNDANCYCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_REDUNDANCYReturn {
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
            impl ::core::convert::From<MAX_REDUNDANCYCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_REDUNDANCYCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_REDUNDANCYCall {
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
            impl ::core::convert::From<MAX_REDUNDANCYReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_REDUNDANCYReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_REDUNDANCYReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_REDUNDANCYCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u8;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_REDUNDANCY()";
            const SELECTOR: [u8; 4] = [199u8, 120u8, 227u8, 197u8];
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
                        let r: MAX_REDUNDANCYReturn = r.into();
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
                        let r: MAX_REDUNDANCYReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_SCORE_WINDOW()` and selector `0x2ef2ccbf`.
```solidity
function MAX_SCORE_WINDOW() external view returns (uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_SCORE_WINDOWCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_SCORE_WINDOW()`](MAX_SCORE_WINDOWCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_SCORE_WINDOWReturn {
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
            impl ::core::convert::From<MAX_SCORE_WINDOWCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_SCORE_WINDOWCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_SCORE_WINDOWCall {
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
            impl ::core::convert::From<MAX_SCORE_WINDOWReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_SCORE_WINDOWReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_SCORE_WINDOWReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_SCORE_WINDOWCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_SCORE_WINDOW()";
            const SELECTOR: [u8; 4] = [46u8, 242u8, 204u8, 191u8];
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
                        let r: MAX_SCORE_WINDOWReturn = r.into();
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
                        let r: MAX_SCORE_WINDOWReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MIN_ANSWER_WINDOW()` and selector `0x1274bada`.
```solidity
function MIN_ANSWER_WINDOW() external view returns (uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_ANSWER_WINDOWCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MIN_ANSWER_WINDOW()`](MIN_ANSWER_WINDOWCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_ANSWER_WINDOWReturn {
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
            impl ::core::convert::From<MIN_ANSWER_WINDOWCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MIN_ANSWER_WINDOWCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MIN_ANSWER_WINDOWCall {
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
            impl ::core::convert::From<MIN_ANSWER_WINDOWReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MIN_ANSWER_WINDOWReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MIN_ANSWER_WINDOWReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MIN_ANSWER_WINDOWCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MIN_ANSWER_WINDOW()";
            const SELECTOR: [u8; 4] = [18u8, 116u8, 186u8, 218u8];
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
                        let r: MIN_ANSWER_WINDOWReturn = r.into();
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
                        let r: MIN_ANSWER_WINDOWReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MIN_SCORE_WINDOW()` and selector `0x6182deee`.
```solidity
function MIN_SCORE_WINDOW() external view returns (uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_SCORE_WINDOWCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MIN_SCORE_WINDOW()`](MIN_SCORE_WINDOWCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_SCORE_WINDOWReturn {
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
            impl ::core::convert::From<MIN_SCORE_WINDOWCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MIN_SCORE_WINDOWCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MIN_SCORE_WINDOWCall {
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
            impl ::core::convert::From<MIN_SCORE_WINDOWReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MIN_SCORE_WINDOWReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MIN_SCORE_WINDOWReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MIN_SCORE_WINDOWCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MIN_SCORE_WINDOW()";
            const SELECTOR: [u8; 4] = [97u8, 130u8, 222u8, 238u8];
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
                        let r: MIN_SCORE_WINDOWReturn = r.into();
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
                        let r: MIN_SCORE_WINDOWReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `answer(uint256,bytes)` and selector `0x8349c2d2`.
```solidity
function answer(uint256 requestId, bytes memory output) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct answerCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub output: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`answer(uint256,bytes)`](answerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct answerReturn {}
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
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<answerCall> for UnderlyingRustTuple<'_> {
                fn from(value: answerCall) -> Self {
                    (value.requestId, value.output)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for answerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        requestId: tuple.0,
                        output: tuple.1,
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
            impl ::core::convert::From<answerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: answerReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for answerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl answerReturn {
            fn _tokenize(
                &self,
            ) -> <answerCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for answerCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = answerReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "answer(uint256,bytes)";
            const SELECTOR: [u8; 4] = [131u8, 73u8, 194u8, 210u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.output,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                answerReturn::_tokenize(ret)
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
    /**Function with signature `answerByHash(uint256,bytes32,string)` and selector `0x7a5978da`.
```solidity
function answerByHash(uint256 requestId, bytes32 outputHash, string memory uri) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct answerByHashCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub outputHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub uri: alloy::sol_types::private::String,
    }
    ///Container type for the return parameters of the [`answerByHash(uint256,bytes32,string)`](answerByHashCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct answerByHashReturn {}
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
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::String,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<answerByHashCall> for UnderlyingRustTuple<'_> {
                fn from(value: answerByHashCall) -> Self {
                    (value.requestId, value.outputHash, value.uri)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for answerByHashCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        requestId: tuple.0,
                        outputHash: tuple.1,
                        uri: tuple.2,
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
            impl ::core::convert::From<answerByHashReturn> for UnderlyingRustTuple<'_> {
                fn from(value: answerByHashReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for answerByHashReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl answerByHashReturn {
            fn _tokenize(
                &self,
            ) -> <answerByHashCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for answerByHashCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::String,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = answerByHashReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "answerByHash(uint256,bytes32,string)";
            const SELECTOR: [u8; 4] = [122u8, 89u8, 120u8, 218u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.outputHash),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.uri,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                answerByHashReturn::_tokenize(ret)
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
    /**Function with signature `answerOf(uint256,uint256)` and selector `0x30680053`.
```solidity
function answerOf(uint256 requestId, uint256 index) external view returns (IInferenceRequests.Answer memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct answerOfCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub index: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`answerOf(uint256,uint256)`](answerOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct answerOfReturn {
        #[allow(missing_docs)]
        pub _0: <IInferenceRequests::Answer as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<answerOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: answerOfCall) -> Self {
                    (value.requestId, value.index)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for answerOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        requestId: tuple.0,
                        index: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IInferenceRequests::Answer,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IInferenceRequests::Answer as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<answerOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: answerOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for answerOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for answerOfCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IInferenceRequests::Answer as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IInferenceRequests::Answer,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "answerOf(uint256,uint256)";
            const SELECTOR: [u8; 4] = [48u8, 104u8, 0u8, 83u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.index),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <IInferenceRequests::Answer as alloy_sol_types::SolType>::tokenize(
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
                        let r: answerOfReturn = r.into();
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
                        let r: answerOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `createRequest((uint256,uint8,uint96,uint32,address,uint32),bytes)` and selector `0x1cb6c83f`.
```solidity
function createRequest(IInferenceRequests.Spec memory spec, bytes memory input) external returns (uint256 requestId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct createRequestCall {
        #[allow(missing_docs)]
        pub spec: <IInferenceRequests::Spec as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub input: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`createRequest((uint256,uint8,uint96,uint32,address,uint32),bytes)`](createRequestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct createRequestReturn {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
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
                IInferenceRequests::Spec,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IInferenceRequests::Spec as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<createRequestCall> for UnderlyingRustTuple<'_> {
                fn from(value: createRequestCall) -> Self {
                    (value.spec, value.input)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for createRequestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        spec: tuple.0,
                        input: tuple.1,
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
            impl ::core::convert::From<createRequestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: createRequestReturn) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for createRequestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for createRequestCall {
            type Parameters<'a> = (
                IInferenceRequests::Spec,
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
            const SIGNATURE: &'static str = "createRequest((uint256,uint8,uint96,uint32,address,uint32),bytes)";
            const SELECTOR: [u8; 4] = [28u8, 182u8, 200u8, 63u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IInferenceRequests::Spec as alloy_sol_types::SolType>::tokenize(
                        &self.spec,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.input,
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
                        let r: createRequestReturn = r.into();
                        r.requestId
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
                        let r: createRequestReturn = r.into();
                        r.requestId
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `outputOf(uint256,uint256)` and selector `0xda1c0110`.
```solidity
function outputOf(uint256 requestId, uint256 index) external view returns (bytes memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct outputOfCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub index: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`outputOf(uint256,uint256)`](outputOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct outputOfReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Bytes,
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
            impl ::core::convert::From<outputOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: outputOfCall) -> Self {
                    (value.requestId, value.index)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for outputOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        requestId: tuple.0,
                        index: tuple.1,
                    }
                }
            }
        }
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
            impl ::core::convert::From<outputOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: outputOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for outputOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for outputOfCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Bytes;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bytes,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "outputOf(uint256,uint256)";
            const SELECTOR: [u8; 4] = [218u8, 28u8, 1u8, 16u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.index),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
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
                        let r: outputOfReturn = r.into();
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
                        let r: outputOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `owed(address)` and selector `0xdf18e047`.
```solidity
function owed(address account) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct owedCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`owed(address)`](owedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct owedReturn {
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
            impl ::core::convert::From<owedCall> for UnderlyingRustTuple<'_> {
                fn from(value: owedCall) -> Self {
                    (value.account,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for owedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { account: tuple.0 }
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
            impl ::core::convert::From<owedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: owedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for owedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for owedCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "owed(address)";
            const SELECTOR: [u8; 4] = [223u8, 24u8, 224u8, 71u8];
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
                        let r: owedReturn = r.into();
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
                        let r: owedReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `refund(uint256)` and selector `0x278ecde1`.
```solidity
function refund(uint256 requestId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct refundCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`refund(uint256)`](refundCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct refundReturn {}
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
            impl ::core::convert::From<refundCall> for UnderlyingRustTuple<'_> {
                fn from(value: refundCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for refundCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
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
            impl ::core::convert::From<refundReturn> for UnderlyingRustTuple<'_> {
                fn from(value: refundReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for refundReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl refundReturn {
            fn _tokenize(
                &self,
            ) -> <refundCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for refundCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = refundReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "refund(uint256)";
            const SELECTOR: [u8; 4] = [39u8, 142u8, 205u8, 225u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                refundReturn::_tokenize(ret)
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
    /**Function with signature `release(uint256)` and selector `0x37bdc99b`.
```solidity
function release(uint256 requestId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct releaseCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`release(uint256)`](releaseCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct releaseReturn {}
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
            impl ::core::convert::From<releaseCall> for UnderlyingRustTuple<'_> {
                fn from(value: releaseCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for releaseCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
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
            impl ::core::convert::From<releaseReturn> for UnderlyingRustTuple<'_> {
                fn from(value: releaseReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for releaseReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl releaseReturn {
            fn _tokenize(
                &self,
            ) -> <releaseCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for releaseCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = releaseReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "release(uint256)";
            const SELECTOR: [u8; 4] = [55u8, 189u8, 201u8, 155u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                releaseReturn::_tokenize(ret)
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
    /**Function with signature `requestCount()` and selector `0x5badbe4c`.
```solidity
function requestCount() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestCountCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`requestCount()`](requestCountCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestCountReturn {
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
            impl ::core::convert::From<requestCountCall> for UnderlyingRustTuple<'_> {
                fn from(value: requestCountCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestCountCall {
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
            impl ::core::convert::From<requestCountReturn> for UnderlyingRustTuple<'_> {
                fn from(value: requestCountReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestCountReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for requestCountCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "requestCount()";
            const SELECTOR: [u8; 4] = [91u8, 173u8, 190u8, 76u8];
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
                        let r: requestCountReturn = r.into();
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
                        let r: requestCountReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `requestOf(uint256)` and selector `0x324e03be`.
```solidity
function requestOf(uint256 requestId) external view returns (IInferenceRequests.Request memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestOfCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    ///Container type for the return parameters of the [`requestOf(uint256)`](requestOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestOfReturn {
        #[allow(missing_docs)]
        pub _0: <IInferenceRequests::Request as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<requestOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: requestOfCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IInferenceRequests::Request,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IInferenceRequests::Request as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<requestOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: requestOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for requestOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IInferenceRequests::Request as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IInferenceRequests::Request,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "requestOf(uint256)";
            const SELECTOR: [u8; 4] = [50u8, 78u8, 3u8, 190u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <IInferenceRequests::Request as alloy_sol_types::SolType>::tokenize(
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
                        let r: requestOfReturn = r.into();
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
                        let r: requestOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `resultOf(uint256)` and selector `0x71bfabca`.
```solidity
function resultOf(uint256 requestId) external view returns (IInferenceRequests.Result memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct resultOfCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`resultOf(uint256)`](resultOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct resultOfReturn {
        #[allow(missing_docs)]
        pub _0: <IInferenceRequests::Result as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<resultOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: resultOfCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for resultOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IInferenceRequests::Result,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IInferenceRequests::Result as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<resultOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: resultOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for resultOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for resultOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IInferenceRequests::Result as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IInferenceRequests::Result,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "resultOf(uint256)";
            const SELECTOR: [u8; 4] = [113u8, 191u8, 171u8, 202u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <IInferenceRequests::Result as alloy_sol_types::SolType>::tokenize(
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
                        let r: resultOfReturn = r.into();
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
                        let r: resultOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `scoreAnswers(uint256,uint16[])` and selector `0x6a8e099f`.
```solidity
function scoreAnswers(uint256 requestId, uint16[] memory scores) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct scoreAnswersCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub scores: alloy::sol_types::private::Vec<u16>,
    }
    ///Container type for the return parameters of the [`scoreAnswers(uint256,uint16[])`](scoreAnswersCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct scoreAnswersReturn {}
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
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<16>>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Vec<u16>,
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
            impl ::core::convert::From<scoreAnswersCall> for UnderlyingRustTuple<'_> {
                fn from(value: scoreAnswersCall) -> Self {
                    (value.requestId, value.scores)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for scoreAnswersCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        requestId: tuple.0,
                        scores: tuple.1,
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
            impl ::core::convert::From<scoreAnswersReturn> for UnderlyingRustTuple<'_> {
                fn from(value: scoreAnswersReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for scoreAnswersReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl scoreAnswersReturn {
            fn _tokenize(
                &self,
            ) -> <scoreAnswersCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for scoreAnswersCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<16>>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = scoreAnswersReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "scoreAnswers(uint256,uint16[])";
            const SELECTOR: [u8; 4] = [106u8, 142u8, 9u8, 159u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<16>,
                    > as alloy_sol_types::SolType>::tokenize(&self.scores),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                scoreAnswersReturn::_tokenize(ret)
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
    /**Function with signature `scoreWindow()` and selector `0x962f7b2b`.
```solidity
function scoreWindow() external view returns (uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct scoreWindowCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`scoreWindow()`](scoreWindowCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct scoreWindowReturn {
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
            impl ::core::convert::From<scoreWindowCall> for UnderlyingRustTuple<'_> {
                fn from(value: scoreWindowCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for scoreWindowCall {
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
            impl ::core::convert::From<scoreWindowReturn> for UnderlyingRustTuple<'_> {
                fn from(value: scoreWindowReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for scoreWindowReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for scoreWindowCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "scoreWindow()";
            const SELECTOR: [u8; 4] = [150u8, 47u8, 123u8, 43u8];
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
                        let r: scoreWindowReturn = r.into();
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
                        let r: scoreWindowReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setScoreWindow(uint32)` and selector `0x9a7be1f4`.
```solidity
function setScoreWindow(uint32 window) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setScoreWindowCall {
        #[allow(missing_docs)]
        pub window: u32,
    }
    ///Container type for the return parameters of the [`setScoreWindow(uint32)`](setScoreWindowCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setScoreWindowReturn {}
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
            impl ::core::convert::From<setScoreWindowCall> for UnderlyingRustTuple<'_> {
                fn from(value: setScoreWindowCall) -> Self {
                    (value.window,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setScoreWindowCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { window: tuple.0 }
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
            impl ::core::convert::From<setScoreWindowReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setScoreWindowReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setScoreWindowReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setScoreWindowReturn {
            fn _tokenize(
                &self,
            ) -> <setScoreWindowCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setScoreWindowCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setScoreWindowReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setScoreWindow(uint32)";
            const SELECTOR: [u8; 4] = [154u8, 123u8, 225u8, 244u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.window),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setScoreWindowReturn::_tokenize(ret)
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
    /**Function with signature `tora()` and selector `0xa6f73fab`.
```solidity
function tora() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct toraCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`tora()`](toraCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct toraReturn {
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
            impl ::core::convert::From<toraCall> for UnderlyingRustTuple<'_> {
                fn from(value: toraCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for toraCall {
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
            impl ::core::convert::From<toraReturn> for UnderlyingRustTuple<'_> {
                fn from(value: toraReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for toraReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for toraCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "tora()";
            const SELECTOR: [u8; 4] = [166u8, 247u8, 63u8, 171u8];
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
                        let r: toraReturn = r.into();
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
                        let r: toraReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `withdraw()` and selector `0x3ccfd60b`.
```solidity
function withdraw() external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`withdraw()`](withdrawCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawReturn {
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
            impl ::core::convert::From<withdrawCall> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawCall {
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
            impl ::core::convert::From<withdrawReturn> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for withdrawCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "withdraw()";
            const SELECTOR: [u8; 4] = [60u8, 207u8, 214u8, 11u8];
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
                        let r: withdrawReturn = r.into();
                        r.amount
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
                        let r: withdrawReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    ///Container for all the [`InferenceRequests`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum InferenceRequestsCalls {
        #[allow(missing_docs)]
        MAX_ANSWER_WINDOW(MAX_ANSWER_WINDOWCall),
        #[allow(missing_docs)]
        MAX_CALLBACK_GAS(MAX_CALLBACK_GASCall),
        #[allow(missing_docs)]
        MAX_INLINE_OUTPUT(MAX_INLINE_OUTPUTCall),
        #[allow(missing_docs)]
        MAX_INPUT_BYTES(MAX_INPUT_BYTESCall),
        #[allow(missing_docs)]
        MAX_REDUNDANCY(MAX_REDUNDANCYCall),
        #[allow(missing_docs)]
        MAX_SCORE_WINDOW(MAX_SCORE_WINDOWCall),
        #[allow(missing_docs)]
        MIN_ANSWER_WINDOW(MIN_ANSWER_WINDOWCall),
        #[allow(missing_docs)]
        MIN_SCORE_WINDOW(MIN_SCORE_WINDOWCall),
        #[allow(missing_docs)]
        answer(answerCall),
        #[allow(missing_docs)]
        answerByHash(answerByHashCall),
        #[allow(missing_docs)]
        answerOf(answerOfCall),
        #[allow(missing_docs)]
        createRequest(createRequestCall),
        #[allow(missing_docs)]
        outputOf(outputOfCall),
        #[allow(missing_docs)]
        owed(owedCall),
        #[allow(missing_docs)]
        refund(refundCall),
        #[allow(missing_docs)]
        registry(registryCall),
        #[allow(missing_docs)]
        release(releaseCall),
        #[allow(missing_docs)]
        requestCount(requestCountCall),
        #[allow(missing_docs)]
        requestOf(requestOfCall),
        #[allow(missing_docs)]
        resultOf(resultOfCall),
        #[allow(missing_docs)]
        scoreAnswers(scoreAnswersCall),
        #[allow(missing_docs)]
        scoreWindow(scoreWindowCall),
        #[allow(missing_docs)]
        setScoreWindow(setScoreWindowCall),
        #[allow(missing_docs)]
        tora(toraCall),
        #[allow(missing_docs)]
        withdraw(withdrawCall),
    }
    impl InferenceRequestsCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [18u8, 116u8, 186u8, 218u8],
            [28u8, 182u8, 200u8, 63u8],
            [39u8, 142u8, 205u8, 225u8],
            [46u8, 242u8, 204u8, 191u8],
            [48u8, 104u8, 0u8, 83u8],
            [50u8, 78u8, 3u8, 190u8],
            [55u8, 189u8, 201u8, 155u8],
            [60u8, 207u8, 214u8, 11u8],
            [91u8, 173u8, 190u8, 76u8],
            [97u8, 130u8, 222u8, 238u8],
            [106u8, 142u8, 9u8, 159u8],
            [109u8, 152u8, 9u8, 160u8],
            [113u8, 191u8, 171u8, 202u8],
            [122u8, 89u8, 120u8, 218u8],
            [123u8, 16u8, 57u8, 153u8],
            [131u8, 73u8, 194u8, 210u8],
            [150u8, 47u8, 123u8, 43u8],
            [154u8, 123u8, 225u8, 244u8],
            [166u8, 247u8, 63u8, 171u8],
            [196u8, 113u8, 74u8, 178u8],
            [199u8, 120u8, 227u8, 197u8],
            [218u8, 28u8, 1u8, 16u8],
            [223u8, 24u8, 224u8, 71u8],
            [228u8, 117u8, 31u8, 94u8],
            [242u8, 236u8, 94u8, 90u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(MIN_ANSWER_WINDOW),
            ::core::stringify!(createRequest),
            ::core::stringify!(refund),
            ::core::stringify!(MAX_SCORE_WINDOW),
            ::core::stringify!(answerOf),
            ::core::stringify!(requestOf),
            ::core::stringify!(release),
            ::core::stringify!(withdraw),
            ::core::stringify!(requestCount),
            ::core::stringify!(MIN_SCORE_WINDOW),
            ::core::stringify!(scoreAnswers),
            ::core::stringify!(MAX_CALLBACK_GAS),
            ::core::stringify!(resultOf),
            ::core::stringify!(answerByHash),
            ::core::stringify!(registry),
            ::core::stringify!(answer),
            ::core::stringify!(scoreWindow),
            ::core::stringify!(setScoreWindow),
            ::core::stringify!(tora),
            ::core::stringify!(MAX_ANSWER_WINDOW),
            ::core::stringify!(MAX_REDUNDANCY),
            ::core::stringify!(outputOf),
            ::core::stringify!(owed),
            ::core::stringify!(MAX_INLINE_OUTPUT),
            ::core::stringify!(MAX_INPUT_BYTES),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <MIN_ANSWER_WINDOWCall as alloy_sol_types::SolCall>::SIGNATURE,
            <createRequestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <refundCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_SCORE_WINDOWCall as alloy_sol_types::SolCall>::SIGNATURE,
            <answerOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <requestOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <releaseCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawCall as alloy_sol_types::SolCall>::SIGNATURE,
            <requestCountCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MIN_SCORE_WINDOWCall as alloy_sol_types::SolCall>::SIGNATURE,
            <scoreAnswersCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_CALLBACK_GASCall as alloy_sol_types::SolCall>::SIGNATURE,
            <resultOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <answerByHashCall as alloy_sol_types::SolCall>::SIGNATURE,
            <registryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <answerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <scoreWindowCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setScoreWindowCall as alloy_sol_types::SolCall>::SIGNATURE,
            <toraCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_ANSWER_WINDOWCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_REDUNDANCYCall as alloy_sol_types::SolCall>::SIGNATURE,
            <outputOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <owedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_INLINE_OUTPUTCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_INPUT_BYTESCall as alloy_sol_types::SolCall>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for InferenceRequestsCalls {
        const NAME: &'static str = "InferenceRequestsCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 25usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::MAX_ANSWER_WINDOW(_) => {
                    <MAX_ANSWER_WINDOWCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_CALLBACK_GAS(_) => {
                    <MAX_CALLBACK_GASCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_INLINE_OUTPUT(_) => {
                    <MAX_INLINE_OUTPUTCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_INPUT_BYTES(_) => {
                    <MAX_INPUT_BYTESCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_REDUNDANCY(_) => {
                    <MAX_REDUNDANCYCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_SCORE_WINDOW(_) => {
                    <MAX_SCORE_WINDOWCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MIN_ANSWER_WINDOW(_) => {
                    <MIN_ANSWER_WINDOWCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MIN_SCORE_WINDOW(_) => {
                    <MIN_SCORE_WINDOWCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::answer(_) => <answerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::answerByHash(_) => {
                    <answerByHashCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::answerOf(_) => <answerOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::createRequest(_) => {
                    <createRequestCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::outputOf(_) => <outputOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::owed(_) => <owedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::refund(_) => <refundCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::registry(_) => <registryCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::release(_) => <releaseCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::requestCount(_) => {
                    <requestCountCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::requestOf(_) => {
                    <requestOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::resultOf(_) => <resultOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::scoreAnswers(_) => {
                    <scoreAnswersCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::scoreWindow(_) => {
                    <scoreWindowCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setScoreWindow(_) => {
                    <setScoreWindowCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::tora(_) => <toraCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::withdraw(_) => <withdrawCall as alloy_sol_types::SolCall>::SELECTOR,
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
            ) -> alloy_sol_types::Result<InferenceRequestsCalls>] = &[
                {
                    fn MIN_ANSWER_WINDOW(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <MIN_ANSWER_WINDOWCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsCalls::MIN_ANSWER_WINDOW)
                    }
                    MIN_ANSWER_WINDOW
                },
                {
                    fn createRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <createRequestCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsCalls::createRequest)
                    }
                    createRequest
                },
                {
                    fn refund(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <refundCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InferenceRequestsCalls::refund)
                    }
                    refund
                },
                {
                    fn MAX_SCORE_WINDOW(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <MAX_SCORE_WINDOWCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsCalls::MAX_SCORE_WINDOW)
                    }
                    MAX_SCORE_WINDOW
                },
                {
                    fn answerOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <answerOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InferenceRequestsCalls::answerOf)
                    }
                    answerOf
                },
                {
                    fn requestOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <requestOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InferenceRequestsCalls::requestOf)
                    }
                    requestOf
                },
                {
                    fn release(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <releaseCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InferenceRequestsCalls::release)
                    }
                    release
                },
                {
                    fn withdraw(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <withdrawCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InferenceRequestsCalls::withdraw)
                    }
                    withdraw
                },
                {
                    fn requestCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <requestCountCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsCalls::requestCount)
                    }
                    requestCount
                },
                {
                    fn MIN_SCORE_WINDOW(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <MIN_SCORE_WINDOWCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsCalls::MIN_SCORE_WINDOW)
                    }
                    MIN_SCORE_WINDOW
                },
                {
                    fn scoreAnswers(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <scoreAnswersCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsCalls::scoreAnswers)
                    }
                    scoreAnswers
                },
                {
                    fn MAX_CALLBACK_GAS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <MAX_CALLBACK_GASCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsCalls::MAX_CALLBACK_GAS)
                    }
                    MAX_CALLBACK_GAS
                },
                {
                    fn resultOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <resultOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InferenceRequestsCalls::resultOf)
                    }
                    resultOf
                },
                {
                    fn answerByHash(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <answerByHashCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsCalls::answerByHash)
                    }
                    answerByHash
                },
                {
                    fn registry(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <registryCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InferenceRequestsCalls::registry)
                    }
                    registry
                },
                {
                    fn answer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <answerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InferenceRequestsCalls::answer)
                    }
                    answer
                },
                {
                    fn scoreWindow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <scoreWindowCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsCalls::scoreWindow)
                    }
                    scoreWindow
                },
                {
                    fn setScoreWindow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <setScoreWindowCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsCalls::setScoreWindow)
                    }
                    setScoreWindow
                },
                {
                    fn tora(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <toraCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InferenceRequestsCalls::tora)
                    }
                    tora
                },
                {
                    fn MAX_ANSWER_WINDOW(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <MAX_ANSWER_WINDOWCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsCalls::MAX_ANSWER_WINDOW)
                    }
                    MAX_ANSWER_WINDOW
                },
                {
                    fn MAX_REDUNDANCY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <MAX_REDUNDANCYCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsCalls::MAX_REDUNDANCY)
                    }
                    MAX_REDUNDANCY
                },
                {
                    fn outputOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <outputOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InferenceRequestsCalls::outputOf)
                    }
                    outputOf
                },
                {
                    fn owed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <owedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InferenceRequestsCalls::owed)
                    }
                    owed
                },
                {
                    fn MAX_INLINE_OUTPUT(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <MAX_INLINE_OUTPUTCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsCalls::MAX_INLINE_OUTPUT)
                    }
                    MAX_INLINE_OUTPUT
                },
                {
                    fn MAX_INPUT_BYTES(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <MAX_INPUT_BYTESCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsCalls::MAX_INPUT_BYTES)
                    }
                    MAX_INPUT_BYTES
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
            ) -> alloy_sol_types::Result<InferenceRequestsCalls>] = &[
                {
                    fn MIN_ANSWER_WINDOW(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <MIN_ANSWER_WINDOWCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::MIN_ANSWER_WINDOW)
                    }
                    MIN_ANSWER_WINDOW
                },
                {
                    fn createRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <createRequestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::createRequest)
                    }
                    createRequest
                },
                {
                    fn refund(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <refundCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::refund)
                    }
                    refund
                },
                {
                    fn MAX_SCORE_WINDOW(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <MAX_SCORE_WINDOWCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::MAX_SCORE_WINDOW)
                    }
                    MAX_SCORE_WINDOW
                },
                {
                    fn answerOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <answerOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::answerOf)
                    }
                    answerOf
                },
                {
                    fn requestOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <requestOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::requestOf)
                    }
                    requestOf
                },
                {
                    fn release(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <releaseCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::release)
                    }
                    release
                },
                {
                    fn withdraw(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <withdrawCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::withdraw)
                    }
                    withdraw
                },
                {
                    fn requestCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <requestCountCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::requestCount)
                    }
                    requestCount
                },
                {
                    fn MIN_SCORE_WINDOW(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <MIN_SCORE_WINDOWCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::MIN_SCORE_WINDOW)
                    }
                    MIN_SCORE_WINDOW
                },
                {
                    fn scoreAnswers(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <scoreAnswersCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::scoreAnswers)
                    }
                    scoreAnswers
                },
                {
                    fn MAX_CALLBACK_GAS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <MAX_CALLBACK_GASCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::MAX_CALLBACK_GAS)
                    }
                    MAX_CALLBACK_GAS
                },
                {
                    fn resultOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <resultOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::resultOf)
                    }
                    resultOf
                },
                {
                    fn answerByHash(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <answerByHashCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::answerByHash)
                    }
                    answerByHash
                },
                {
                    fn registry(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <registryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::registry)
                    }
                    registry
                },
                {
                    fn answer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <answerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::answer)
                    }
                    answer
                },
                {
                    fn scoreWindow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <scoreWindowCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::scoreWindow)
                    }
                    scoreWindow
                },
                {
                    fn setScoreWindow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <setScoreWindowCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::setScoreWindow)
                    }
                    setScoreWindow
                },
                {
                    fn tora(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <toraCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::tora)
                    }
                    tora
                },
                {
                    fn MAX_ANSWER_WINDOW(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <MAX_ANSWER_WINDOWCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::MAX_ANSWER_WINDOW)
                    }
                    MAX_ANSWER_WINDOW
                },
                {
                    fn MAX_REDUNDANCY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <MAX_REDUNDANCYCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::MAX_REDUNDANCY)
                    }
                    MAX_REDUNDANCY
                },
                {
                    fn outputOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <outputOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::outputOf)
                    }
                    outputOf
                },
                {
                    fn owed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <owedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::owed)
                    }
                    owed
                },
                {
                    fn MAX_INLINE_OUTPUT(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <MAX_INLINE_OUTPUTCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::MAX_INLINE_OUTPUT)
                    }
                    MAX_INLINE_OUTPUT
                },
                {
                    fn MAX_INPUT_BYTES(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsCalls> {
                        <MAX_INPUT_BYTESCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsCalls::MAX_INPUT_BYTES)
                    }
                    MAX_INPUT_BYTES
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
                Self::MAX_ANSWER_WINDOW(inner) => {
                    <MAX_ANSWER_WINDOWCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_CALLBACK_GAS(inner) => {
                    <MAX_CALLBACK_GASCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_INLINE_OUTPUT(inner) => {
                    <MAX_INLINE_OUTPUTCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_INPUT_BYTES(inner) => {
                    <MAX_INPUT_BYTESCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_REDUNDANCY(inner) => {
                    <MAX_REDUNDANCYCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_SCORE_WINDOW(inner) => {
                    <MAX_SCORE_WINDOWCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MIN_ANSWER_WINDOW(inner) => {
                    <MIN_ANSWER_WINDOWCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MIN_SCORE_WINDOW(inner) => {
                    <MIN_SCORE_WINDOWCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::answer(inner) => {
                    <answerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::answerByHash(inner) => {
                    <answerByHashCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::answerOf(inner) => {
                    <answerOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::createRequest(inner) => {
                    <createRequestCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::outputOf(inner) => {
                    <outputOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::owed(inner) => {
                    <owedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::refund(inner) => {
                    <refundCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::registry(inner) => {
                    <registryCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::release(inner) => {
                    <releaseCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::requestCount(inner) => {
                    <requestCountCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::requestOf(inner) => {
                    <requestOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::resultOf(inner) => {
                    <resultOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::scoreAnswers(inner) => {
                    <scoreAnswersCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::scoreWindow(inner) => {
                    <scoreWindowCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setScoreWindow(inner) => {
                    <setScoreWindowCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::tora(inner) => {
                    <toraCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::withdraw(inner) => {
                    <withdrawCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::MAX_ANSWER_WINDOW(inner) => {
                    <MAX_ANSWER_WINDOWCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_CALLBACK_GAS(inner) => {
                    <MAX_CALLBACK_GASCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_INLINE_OUTPUT(inner) => {
                    <MAX_INLINE_OUTPUTCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_INPUT_BYTES(inner) => {
                    <MAX_INPUT_BYTESCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_REDUNDANCY(inner) => {
                    <MAX_REDUNDANCYCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_SCORE_WINDOW(inner) => {
                    <MAX_SCORE_WINDOWCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MIN_ANSWER_WINDOW(inner) => {
                    <MIN_ANSWER_WINDOWCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MIN_SCORE_WINDOW(inner) => {
                    <MIN_SCORE_WINDOWCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::answer(inner) => {
                    <answerCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::answerByHash(inner) => {
                    <answerByHashCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::answerOf(inner) => {
                    <answerOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::createRequest(inner) => {
                    <createRequestCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::outputOf(inner) => {
                    <outputOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::owed(inner) => {
                    <owedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::refund(inner) => {
                    <refundCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::registry(inner) => {
                    <registryCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::release(inner) => {
                    <releaseCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::requestCount(inner) => {
                    <requestCountCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::requestOf(inner) => {
                    <requestOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::resultOf(inner) => {
                    <resultOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::scoreAnswers(inner) => {
                    <scoreAnswersCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::scoreWindow(inner) => {
                    <scoreWindowCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setScoreWindow(inner) => {
                    <setScoreWindowCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::tora(inner) => {
                    <toraCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::withdraw(inner) => {
                    <withdrawCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`InferenceRequests`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum InferenceRequestsErrors {
        #[allow(missing_docs)]
        AlreadyAnswered(AlreadyAnswered),
        #[allow(missing_docs)]
        AlreadySubmitted(AlreadySubmitted),
        #[allow(missing_docs)]
        AnsweringClosed(AnsweringClosed),
        #[allow(missing_docs)]
        HasAnswers(HasAnswers),
        #[allow(missing_docs)]
        InsufficientGasForCallback(InsufficientGasForCallback),
        #[allow(missing_docs)]
        InvalidCallback(InvalidCallback),
        #[allow(missing_docs)]
        InvalidDeadline(InvalidDeadline),
        #[allow(missing_docs)]
        InvalidFee(InvalidFee),
        #[allow(missing_docs)]
        InvalidInput(InvalidInput),
        #[allow(missing_docs)]
        InvalidOutput(InvalidOutput),
        #[allow(missing_docs)]
        InvalidRedundancy(InvalidRedundancy),
        #[allow(missing_docs)]
        InvalidScoreWindow(InvalidScoreWindow),
        #[allow(missing_docs)]
        NotAMiner(NotAMiner),
        #[allow(missing_docs)]
        NotAValidator(NotAValidator),
        #[allow(missing_docs)]
        NotGovernance(NotGovernance),
        #[allow(missing_docs)]
        NotYet(NotYet),
        #[allow(missing_docs)]
        NothingToWithdraw(NothingToWithdraw),
        #[allow(missing_docs)]
        OutsideScoreWindow(OutsideScoreWindow),
        #[allow(missing_docs)]
        OutweighedBallot(OutweighedBallot),
        #[allow(missing_docs)]
        ReentrancyGuardReentrantCall(ReentrancyGuardReentrantCall),
        #[allow(missing_docs)]
        RequestClosed(RequestClosed),
        #[allow(missing_docs)]
        SafeCastOverflowedUintDowncast(SafeCastOverflowedUintDowncast),
        #[allow(missing_docs)]
        SafeERC20FailedOperation(SafeERC20FailedOperation),
        #[allow(missing_docs)]
        SubnetNotActive(SubnetNotActive),
        #[allow(missing_docs)]
        Unanswered(Unanswered),
        #[allow(missing_docs)]
        UnknownRequest(UnknownRequest),
        #[allow(missing_docs)]
        WrongScoreCount(WrongScoreCount),
    }
    impl InferenceRequestsErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [7u8, 178u8, 234u8, 37u8],
            [24u8, 97u8, 9u8, 159u8],
            [28u8, 124u8, 182u8, 57u8],
            [28u8, 156u8, 196u8, 88u8],
            [29u8, 29u8, 105u8, 138u8],
            [31u8, 121u8, 187u8, 231u8],
            [45u8, 162u8, 67u8, 243u8],
            [47u8, 56u8, 198u8, 238u8],
            [52u8, 73u8, 152u8, 150u8],
            [57u8, 179u8, 59u8, 191u8],
            [62u8, 229u8, 174u8, 181u8],
            [72u8, 101u8, 148u8, 228u8],
            [82u8, 116u8, 175u8, 231u8],
            [103u8, 0u8, 248u8, 5u8],
            [109u8, 252u8, 198u8, 80u8],
            [110u8, 207u8, 32u8, 126u8],
            [113u8, 62u8, 73u8, 85u8],
            [124u8, 203u8, 215u8, 86u8],
            [127u8, 238u8, 200u8, 42u8],
            [137u8, 69u8, 53u8, 43u8],
            [139u8, 65u8, 27u8, 77u8],
            [152u8, 141u8, 31u8, 3u8],
            [155u8, 78u8, 237u8, 240u8],
            [184u8, 4u8, 128u8, 177u8],
            [188u8, 103u8, 124u8, 144u8],
            [220u8, 105u8, 220u8, 22u8],
            [227u8, 25u8, 163u8, 162u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(InvalidRedundancy),
            ::core::stringify!(HasAnswers),
            ::core::stringify!(InvalidOutput),
            ::core::stringify!(NotYet),
            ::core::stringify!(Unanswered),
            ::core::stringify!(UnknownRequest),
            ::core::stringify!(WrongScoreCount),
            ::core::stringify!(InvalidFee),
            ::core::stringify!(OutsideScoreWindow),
            ::core::stringify!(SubnetNotActive),
            ::core::stringify!(ReentrancyGuardReentrantCall),
            ::core::stringify!(InsufficientGasForCallback),
            ::core::stringify!(SafeERC20FailedOperation),
            ::core::stringify!(OutweighedBallot),
            ::core::stringify!(SafeCastOverflowedUintDowncast),
            ::core::stringify!(InvalidScoreWindow),
            ::core::stringify!(RequestClosed),
            ::core::stringify!(InvalidCallback),
            ::core::stringify!(AnsweringClosed),
            ::core::stringify!(AlreadyAnswered),
            ::core::stringify!(NotAMiner),
            ::core::stringify!(NotGovernance),
            ::core::stringify!(InvalidDeadline),
            ::core::stringify!(InvalidInput),
            ::core::stringify!(NotAValidator),
            ::core::stringify!(NothingToWithdraw),
            ::core::stringify!(AlreadySubmitted),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <InvalidRedundancy as alloy_sol_types::SolError>::SIGNATURE,
            <HasAnswers as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidOutput as alloy_sol_types::SolError>::SIGNATURE,
            <NotYet as alloy_sol_types::SolError>::SIGNATURE,
            <Unanswered as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownRequest as alloy_sol_types::SolError>::SIGNATURE,
            <WrongScoreCount as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidFee as alloy_sol_types::SolError>::SIGNATURE,
            <OutsideScoreWindow as alloy_sol_types::SolError>::SIGNATURE,
            <SubnetNotActive as alloy_sol_types::SolError>::SIGNATURE,
            <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::SIGNATURE,
            <InsufficientGasForCallback as alloy_sol_types::SolError>::SIGNATURE,
            <SafeERC20FailedOperation as alloy_sol_types::SolError>::SIGNATURE,
            <OutweighedBallot as alloy_sol_types::SolError>::SIGNATURE,
            <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidScoreWindow as alloy_sol_types::SolError>::SIGNATURE,
            <RequestClosed as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidCallback as alloy_sol_types::SolError>::SIGNATURE,
            <AnsweringClosed as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadyAnswered as alloy_sol_types::SolError>::SIGNATURE,
            <NotAMiner as alloy_sol_types::SolError>::SIGNATURE,
            <NotGovernance as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidDeadline as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidInput as alloy_sol_types::SolError>::SIGNATURE,
            <NotAValidator as alloy_sol_types::SolError>::SIGNATURE,
            <NothingToWithdraw as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadySubmitted as alloy_sol_types::SolError>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for InferenceRequestsErrors {
        const NAME: &'static str = "InferenceRequestsErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 27usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AlreadyAnswered(_) => {
                    <AlreadyAnswered as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AlreadySubmitted(_) => {
                    <AlreadySubmitted as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AnsweringClosed(_) => {
                    <AnsweringClosed as alloy_sol_types::SolError>::SELECTOR
                }
                Self::HasAnswers(_) => {
                    <HasAnswers as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InsufficientGasForCallback(_) => {
                    <InsufficientGasForCallback as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidCallback(_) => {
                    <InvalidCallback as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidDeadline(_) => {
                    <InvalidDeadline as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidFee(_) => {
                    <InvalidFee as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidInput(_) => {
                    <InvalidInput as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidOutput(_) => {
                    <InvalidOutput as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidRedundancy(_) => {
                    <InvalidRedundancy as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidScoreWindow(_) => {
                    <InvalidScoreWindow as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotAMiner(_) => <NotAMiner as alloy_sol_types::SolError>::SELECTOR,
                Self::NotAValidator(_) => {
                    <NotAValidator as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotGovernance(_) => {
                    <NotGovernance as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotYet(_) => <NotYet as alloy_sol_types::SolError>::SELECTOR,
                Self::NothingToWithdraw(_) => {
                    <NothingToWithdraw as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OutsideScoreWindow(_) => {
                    <OutsideScoreWindow as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OutweighedBallot(_) => {
                    <OutweighedBallot as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ReentrancyGuardReentrantCall(_) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RequestClosed(_) => {
                    <RequestClosed as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeCastOverflowedUintDowncast(_) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeERC20FailedOperation(_) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SubnetNotActive(_) => {
                    <SubnetNotActive as alloy_sol_types::SolError>::SELECTOR
                }
                Self::Unanswered(_) => {
                    <Unanswered as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UnknownRequest(_) => {
                    <UnknownRequest as alloy_sol_types::SolError>::SELECTOR
                }
                Self::WrongScoreCount(_) => {
                    <WrongScoreCount as alloy_sol_types::SolError>::SELECTOR
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
            ) -> alloy_sol_types::Result<InferenceRequestsErrors>] = &[
                {
                    fn InvalidRedundancy(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <InvalidRedundancy as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsErrors::InvalidRedundancy)
                    }
                    InvalidRedundancy
                },
                {
                    fn HasAnswers(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <HasAnswers as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(InferenceRequestsErrors::HasAnswers)
                    }
                    HasAnswers
                },
                {
                    fn InvalidOutput(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <InvalidOutput as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsErrors::InvalidOutput)
                    }
                    InvalidOutput
                },
                {
                    fn NotYet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <NotYet as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(InferenceRequestsErrors::NotYet)
                    }
                    NotYet
                },
                {
                    fn Unanswered(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <Unanswered as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(InferenceRequestsErrors::Unanswered)
                    }
                    Unanswered
                },
                {
                    fn UnknownRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <UnknownRequest as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsErrors::UnknownRequest)
                    }
                    UnknownRequest
                },
                {
                    fn WrongScoreCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <WrongScoreCount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsErrors::WrongScoreCount)
                    }
                    WrongScoreCount
                },
                {
                    fn InvalidFee(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <InvalidFee as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(InferenceRequestsErrors::InvalidFee)
                    }
                    InvalidFee
                },
                {
                    fn OutsideScoreWindow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <OutsideScoreWindow as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsErrors::OutsideScoreWindow)
                    }
                    OutsideScoreWindow
                },
                {
                    fn SubnetNotActive(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <SubnetNotActive as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsErrors::SubnetNotActive)
                    }
                    SubnetNotActive
                },
                {
                    fn ReentrancyGuardReentrantCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsErrors::ReentrancyGuardReentrantCall)
                    }
                    ReentrancyGuardReentrantCall
                },
                {
                    fn InsufficientGasForCallback(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <InsufficientGasForCallback as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsErrors::InsufficientGasForCallback)
                    }
                    InsufficientGasForCallback
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn OutweighedBallot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <OutweighedBallot as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsErrors::OutweighedBallot)
                    }
                    OutweighedBallot
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn InvalidScoreWindow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <InvalidScoreWindow as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsErrors::InvalidScoreWindow)
                    }
                    InvalidScoreWindow
                },
                {
                    fn RequestClosed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <RequestClosed as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsErrors::RequestClosed)
                    }
                    RequestClosed
                },
                {
                    fn InvalidCallback(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <InvalidCallback as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsErrors::InvalidCallback)
                    }
                    InvalidCallback
                },
                {
                    fn AnsweringClosed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <AnsweringClosed as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsErrors::AnsweringClosed)
                    }
                    AnsweringClosed
                },
                {
                    fn AlreadyAnswered(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <AlreadyAnswered as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsErrors::AlreadyAnswered)
                    }
                    AlreadyAnswered
                },
                {
                    fn NotAMiner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <NotAMiner as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(InferenceRequestsErrors::NotAMiner)
                    }
                    NotAMiner
                },
                {
                    fn NotGovernance(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <NotGovernance as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsErrors::NotGovernance)
                    }
                    NotGovernance
                },
                {
                    fn InvalidDeadline(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <InvalidDeadline as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsErrors::InvalidDeadline)
                    }
                    InvalidDeadline
                },
                {
                    fn InvalidInput(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <InvalidInput as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(InferenceRequestsErrors::InvalidInput)
                    }
                    InvalidInput
                },
                {
                    fn NotAValidator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <NotAValidator as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsErrors::NotAValidator)
                    }
                    NotAValidator
                },
                {
                    fn NothingToWithdraw(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <NothingToWithdraw as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsErrors::NothingToWithdraw)
                    }
                    NothingToWithdraw
                },
                {
                    fn AlreadySubmitted(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <AlreadySubmitted as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(InferenceRequestsErrors::AlreadySubmitted)
                    }
                    AlreadySubmitted
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
            ) -> alloy_sol_types::Result<InferenceRequestsErrors>] = &[
                {
                    fn InvalidRedundancy(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <InvalidRedundancy as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::InvalidRedundancy)
                    }
                    InvalidRedundancy
                },
                {
                    fn HasAnswers(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <HasAnswers as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::HasAnswers)
                    }
                    HasAnswers
                },
                {
                    fn InvalidOutput(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <InvalidOutput as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::InvalidOutput)
                    }
                    InvalidOutput
                },
                {
                    fn NotYet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <NotYet as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::NotYet)
                    }
                    NotYet
                },
                {
                    fn Unanswered(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <Unanswered as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::Unanswered)
                    }
                    Unanswered
                },
                {
                    fn UnknownRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <UnknownRequest as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::UnknownRequest)
                    }
                    UnknownRequest
                },
                {
                    fn WrongScoreCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <WrongScoreCount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::WrongScoreCount)
                    }
                    WrongScoreCount
                },
                {
                    fn InvalidFee(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <InvalidFee as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::InvalidFee)
                    }
                    InvalidFee
                },
                {
                    fn OutsideScoreWindow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <OutsideScoreWindow as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::OutsideScoreWindow)
                    }
                    OutsideScoreWindow
                },
                {
                    fn SubnetNotActive(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <SubnetNotActive as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::SubnetNotActive)
                    }
                    SubnetNotActive
                },
                {
                    fn ReentrancyGuardReentrantCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::ReentrancyGuardReentrantCall)
                    }
                    ReentrancyGuardReentrantCall
                },
                {
                    fn InsufficientGasForCallback(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <InsufficientGasForCallback as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::InsufficientGasForCallback)
                    }
                    InsufficientGasForCallback
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn OutweighedBallot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <OutweighedBallot as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::OutweighedBallot)
                    }
                    OutweighedBallot
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn InvalidScoreWindow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <InvalidScoreWindow as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::InvalidScoreWindow)
                    }
                    InvalidScoreWindow
                },
                {
                    fn RequestClosed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <RequestClosed as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::RequestClosed)
                    }
                    RequestClosed
                },
                {
                    fn InvalidCallback(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <InvalidCallback as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::InvalidCallback)
                    }
                    InvalidCallback
                },
                {
                    fn AnsweringClosed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <AnsweringClosed as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::AnsweringClosed)
                    }
                    AnsweringClosed
                },
                {
                    fn AlreadyAnswered(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <AlreadyAnswered as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::AlreadyAnswered)
                    }
                    AlreadyAnswered
                },
                {
                    fn NotAMiner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <NotAMiner as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::NotAMiner)
                    }
                    NotAMiner
                },
                {
                    fn NotGovernance(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <NotGovernance as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::NotGovernance)
                    }
                    NotGovernance
                },
                {
                    fn InvalidDeadline(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <InvalidDeadline as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::InvalidDeadline)
                    }
                    InvalidDeadline
                },
                {
                    fn InvalidInput(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <InvalidInput as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::InvalidInput)
                    }
                    InvalidInput
                },
                {
                    fn NotAValidator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <NotAValidator as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::NotAValidator)
                    }
                    NotAValidator
                },
                {
                    fn NothingToWithdraw(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <NothingToWithdraw as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::NothingToWithdraw)
                    }
                    NothingToWithdraw
                },
                {
                    fn AlreadySubmitted(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InferenceRequestsErrors> {
                        <AlreadySubmitted as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InferenceRequestsErrors::AlreadySubmitted)
                    }
                    AlreadySubmitted
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
                Self::AlreadyAnswered(inner) => {
                    <AlreadyAnswered as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AlreadySubmitted(inner) => {
                    <AlreadySubmitted as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AnsweringClosed(inner) => {
                    <AnsweringClosed as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::HasAnswers(inner) => {
                    <HasAnswers as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InsufficientGasForCallback(inner) => {
                    <InsufficientGasForCallback as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidCallback(inner) => {
                    <InvalidCallback as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidDeadline(inner) => {
                    <InvalidDeadline as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidFee(inner) => {
                    <InvalidFee as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidInput(inner) => {
                    <InvalidInput as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidOutput(inner) => {
                    <InvalidOutput as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidRedundancy(inner) => {
                    <InvalidRedundancy as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidScoreWindow(inner) => {
                    <InvalidScoreWindow as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotAMiner(inner) => {
                    <NotAMiner as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotAValidator(inner) => {
                    <NotAValidator as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotGovernance(inner) => {
                    <NotGovernance as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotYet(inner) => {
                    <NotYet as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NothingToWithdraw(inner) => {
                    <NothingToWithdraw as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OutsideScoreWindow(inner) => {
                    <OutsideScoreWindow as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OutweighedBallot(inner) => {
                    <OutweighedBallot as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ReentrancyGuardReentrantCall(inner) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RequestClosed(inner) => {
                    <RequestClosed as alloy_sol_types::SolError>::abi_encoded_size(inner)
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
                Self::SubnetNotActive(inner) => {
                    <SubnetNotActive as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::Unanswered(inner) => {
                    <Unanswered as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::UnknownRequest(inner) => {
                    <UnknownRequest as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::WrongScoreCount(inner) => {
                    <WrongScoreCount as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::AlreadyAnswered(inner) => {
                    <AlreadyAnswered as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AlreadySubmitted(inner) => {
                    <AlreadySubmitted as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AnsweringClosed(inner) => {
                    <AnsweringClosed as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::HasAnswers(inner) => {
                    <HasAnswers as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InsufficientGasForCallback(inner) => {
                    <InsufficientGasForCallback as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidCallback(inner) => {
                    <InvalidCallback as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidDeadline(inner) => {
                    <InvalidDeadline as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidFee(inner) => {
                    <InvalidFee as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidInput(inner) => {
                    <InvalidInput as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidOutput(inner) => {
                    <InvalidOutput as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidRedundancy(inner) => {
                    <InvalidRedundancy as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidScoreWindow(inner) => {
                    <InvalidScoreWindow as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotAMiner(inner) => {
                    <NotAMiner as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotAValidator(inner) => {
                    <NotAValidator as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotGovernance(inner) => {
                    <NotGovernance as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotYet(inner) => {
                    <NotYet as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NothingToWithdraw(inner) => {
                    <NothingToWithdraw as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OutsideScoreWindow(inner) => {
                    <OutsideScoreWindow as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OutweighedBallot(inner) => {
                    <OutweighedBallot as alloy_sol_types::SolError>::abi_encode_raw(
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
                Self::RequestClosed(inner) => {
                    <RequestClosed as alloy_sol_types::SolError>::abi_encode_raw(
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
                Self::SubnetNotActive(inner) => {
                    <SubnetNotActive as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::Unanswered(inner) => {
                    <Unanswered as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::UnknownRequest(inner) => {
                    <UnknownRequest as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::WrongScoreCount(inner) => {
                    <WrongScoreCount as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`InferenceRequests`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum InferenceRequestsEvents {
        #[allow(missing_docs)]
        Answered(Answered),
        #[allow(missing_docs)]
        AnswersScored(AnswersScored),
        #[allow(missing_docs)]
        BallotDisplaced(BallotDisplaced),
        #[allow(missing_docs)]
        RequestCreated(RequestCreated),
        #[allow(missing_docs)]
        RequestRefunded(RequestRefunded),
        #[allow(missing_docs)]
        RequestReleased(RequestReleased),
        #[allow(missing_docs)]
        ResultDelivered(ResultDelivered),
        #[allow(missing_docs)]
        ScoreWindowSet(ScoreWindowSet),
        #[allow(missing_docs)]
        Withdrawn(Withdrawn),
    }
    impl InferenceRequestsEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                3u8, 206u8, 225u8, 185u8, 147u8, 139u8, 103u8, 28u8, 123u8, 52u8, 49u8,
                95u8, 21u8, 36u8, 116u8, 149u8, 155u8, 248u8, 28u8, 9u8, 68u8, 197u8,
                60u8, 76u8, 110u8, 222u8, 30u8, 112u8, 232u8, 69u8, 1u8, 65u8,
            ],
            [
                27u8, 249u8, 149u8, 184u8, 180u8, 24u8, 232u8, 187u8, 16u8, 115u8, 51u8,
                199u8, 240u8, 182u8, 229u8, 121u8, 142u8, 159u8, 111u8, 52u8, 197u8,
                40u8, 189u8, 233u8, 80u8, 78u8, 176u8, 16u8, 30u8, 205u8, 195u8, 224u8,
            ],
            [
                78u8, 62u8, 24u8, 24u8, 211u8, 22u8, 25u8, 172u8, 163u8, 55u8, 102u8,
                29u8, 126u8, 226u8, 157u8, 126u8, 154u8, 149u8, 199u8, 144u8, 46u8,
                184u8, 166u8, 89u8, 3u8, 179u8, 83u8, 63u8, 220u8, 53u8, 244u8, 122u8,
            ],
            [
                86u8, 253u8, 208u8, 182u8, 166u8, 49u8, 231u8, 129u8, 70u8, 182u8, 220u8,
                21u8, 211u8, 101u8, 85u8, 6u8, 226u8, 226u8, 30u8, 88u8, 186u8, 14u8,
                195u8, 155u8, 124u8, 239u8, 0u8, 182u8, 148u8, 128u8, 0u8, 206u8,
            ],
            [
                93u8, 143u8, 127u8, 163u8, 92u8, 155u8, 95u8, 174u8, 201u8, 229u8, 58u8,
                177u8, 41u8, 239u8, 63u8, 231u8, 233u8, 50u8, 233u8, 123u8, 198u8, 96u8,
                21u8, 30u8, 150u8, 10u8, 45u8, 9u8, 222u8, 248u8, 229u8, 55u8,
            ],
            [
                112u8, 132u8, 245u8, 71u8, 102u8, 24u8, 216u8, 230u8, 11u8, 17u8, 239u8,
                13u8, 125u8, 63u8, 6u8, 145u8, 70u8, 85u8, 173u8, 184u8, 121u8, 62u8,
                40u8, 255u8, 127u8, 1u8, 141u8, 76u8, 118u8, 213u8, 5u8, 213u8,
            ],
            [
                168u8, 230u8, 187u8, 67u8, 231u8, 216u8, 12u8, 153u8, 245u8, 189u8, 54u8,
                173u8, 202u8, 142u8, 115u8, 236u8, 181u8, 16u8, 41u8, 170u8, 9u8, 71u8,
                50u8, 38u8, 95u8, 133u8, 155u8, 233u8, 121u8, 170u8, 120u8, 8u8,
            ],
            [
                180u8, 158u8, 107u8, 90u8, 176u8, 182u8, 84u8, 99u8, 127u8, 75u8, 11u8,
                182u8, 132u8, 215u8, 39u8, 43u8, 212u8, 221u8, 114u8, 157u8, 83u8, 8u8,
                134u8, 184u8, 37u8, 20u8, 186u8, 104u8, 164u8, 158u8, 109u8, 108u8,
            ],
            [
                239u8, 75u8, 3u8, 62u8, 145u8, 180u8, 55u8, 147u8, 239u8, 86u8, 180u8,
                233u8, 162u8, 64u8, 44u8, 249u8, 79u8, 114u8, 221u8, 136u8, 3u8, 127u8,
                253u8, 98u8, 24u8, 127u8, 202u8, 201u8, 151u8, 134u8, 171u8, 140u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(ResultDelivered),
            ::core::stringify!(RequestReleased),
            ::core::stringify!(BallotDisplaced),
            ::core::stringify!(Answered),
            ::core::stringify!(ScoreWindowSet),
            ::core::stringify!(Withdrawn),
            ::core::stringify!(AnswersScored),
            ::core::stringify!(RequestCreated),
            ::core::stringify!(RequestRefunded),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <ResultDelivered as alloy_sol_types::SolEvent>::SIGNATURE,
            <RequestReleased as alloy_sol_types::SolEvent>::SIGNATURE,
            <BallotDisplaced as alloy_sol_types::SolEvent>::SIGNATURE,
            <Answered as alloy_sol_types::SolEvent>::SIGNATURE,
            <ScoreWindowSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <Withdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <AnswersScored as alloy_sol_types::SolEvent>::SIGNATURE,
            <RequestCreated as alloy_sol_types::SolEvent>::SIGNATURE,
            <RequestRefunded as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for InferenceRequestsEvents {
        const NAME: &'static str = "InferenceRequestsEvents";
        const COUNT: usize = 9usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<Answered as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Answered as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Answered)
                }
                Some(<AnswersScored as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <AnswersScored as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::AnswersScored)
                }
                Some(<BallotDisplaced as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <BallotDisplaced as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::BallotDisplaced)
                }
                Some(<RequestCreated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RequestCreated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RequestCreated)
                }
                Some(<RequestRefunded as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RequestRefunded as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RequestRefunded)
                }
                Some(<RequestReleased as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RequestReleased as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RequestReleased)
                }
                Some(<ResultDelivered as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ResultDelivered as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ResultDelivered)
                }
                Some(<ScoreWindowSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ScoreWindowSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ScoreWindowSet)
                }
                Some(<Withdrawn as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Withdrawn as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::Withdrawn)
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
    impl alloy_sol_types::private::IntoLogData for InferenceRequestsEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::Answered(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::AnswersScored(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::BallotDisplaced(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RequestCreated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RequestRefunded(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RequestReleased(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ResultDelivered(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ScoreWindowSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Withdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::Answered(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::AnswersScored(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::BallotDisplaced(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RequestCreated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RequestRefunded(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RequestReleased(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ResultDelivered(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ScoreWindowSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Withdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`InferenceRequests`](self) contract instance.

See the [wrapper's documentation](`InferenceRequestsInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> InferenceRequestsInstance<P, N> {
        InferenceRequestsInstance::<P, N>::new(address, __provider)
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
        scoreWindow_: u32,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<InferenceRequestsInstance<P, N>>,
    > {
        InferenceRequestsInstance::<
            P,
            N,
        >::deploy(__provider, registry_, tora_, scoreWindow_)
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
        scoreWindow_: u32,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        InferenceRequestsInstance::<
            P,
            N,
        >::deploy_builder(__provider, registry_, tora_, scoreWindow_)
    }
    /**A [`InferenceRequests`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`InferenceRequests`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct InferenceRequestsInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for InferenceRequestsInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("InferenceRequestsInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > InferenceRequestsInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`InferenceRequests`](self) contract instance.

See the [wrapper's documentation](`InferenceRequestsInstance`) for more details.*/
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
            scoreWindow_: u32,
        ) -> alloy_contract::Result<InferenceRequestsInstance<P, N>> {
            let call_builder = Self::deploy_builder(
                __provider,
                registry_,
                tora_,
                scoreWindow_,
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
            scoreWindow_: u32,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(
                        &constructorCall {
                            registry_,
                            tora_,
                            scoreWindow_,
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
    impl<P: ::core::clone::Clone, N> InferenceRequestsInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> InferenceRequestsInstance<P, N> {
            InferenceRequestsInstance {
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
    > InferenceRequestsInstance<P, N> {
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
        ///Creates a new call builder for the [`MAX_ANSWER_WINDOW`] function.
        pub fn MAX_ANSWER_WINDOW(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_ANSWER_WINDOWCall, N> {
            self.call_builder(&MAX_ANSWER_WINDOWCall)
        }
        ///Creates a new call builder for the [`MAX_CALLBACK_GAS`] function.
        pub fn MAX_CALLBACK_GAS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_CALLBACK_GASCall, N> {
            self.call_builder(&MAX_CALLBACK_GASCall)
        }
        ///Creates a new call builder for the [`MAX_INLINE_OUTPUT`] function.
        pub fn MAX_INLINE_OUTPUT(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_INLINE_OUTPUTCall, N> {
            self.call_builder(&MAX_INLINE_OUTPUTCall)
        }
        ///Creates a new call builder for the [`MAX_INPUT_BYTES`] function.
        pub fn MAX_INPUT_BYTES(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_INPUT_BYTESCall, N> {
            self.call_builder(&MAX_INPUT_BYTESCall)
        }
        ///Creates a new call builder for the [`MAX_REDUNDANCY`] function.
        pub fn MAX_REDUNDANCY(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_REDUNDANCYCall, N> {
            self.call_builder(&MAX_REDUNDANCYCall)
        }
        ///Creates a new call builder for the [`MAX_SCORE_WINDOW`] function.
        pub fn MAX_SCORE_WINDOW(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_SCORE_WINDOWCall, N> {
            self.call_builder(&MAX_SCORE_WINDOWCall)
        }
        ///Creates a new call builder for the [`MIN_ANSWER_WINDOW`] function.
        pub fn MIN_ANSWER_WINDOW(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MIN_ANSWER_WINDOWCall, N> {
            self.call_builder(&MIN_ANSWER_WINDOWCall)
        }
        ///Creates a new call builder for the [`MIN_SCORE_WINDOW`] function.
        pub fn MIN_SCORE_WINDOW(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MIN_SCORE_WINDOWCall, N> {
            self.call_builder(&MIN_SCORE_WINDOWCall)
        }
        ///Creates a new call builder for the [`answer`] function.
        pub fn answer(
            &self,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
            output: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, answerCall, N> {
            self.call_builder(&answerCall { requestId, output })
        }
        ///Creates a new call builder for the [`answerByHash`] function.
        pub fn answerByHash(
            &self,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
            outputHash: alloy::sol_types::private::FixedBytes<32>,
            uri: alloy::sol_types::private::String,
        ) -> alloy_contract::SolCallBuilder<&P, answerByHashCall, N> {
            self.call_builder(
                &answerByHashCall {
                    requestId,
                    outputHash,
                    uri,
                },
            )
        }
        ///Creates a new call builder for the [`answerOf`] function.
        pub fn answerOf(
            &self,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
            index: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, answerOfCall, N> {
            self.call_builder(&answerOfCall { requestId, index })
        }
        ///Creates a new call builder for the [`createRequest`] function.
        pub fn createRequest(
            &self,
            spec: <IInferenceRequests::Spec as alloy::sol_types::SolType>::RustType,
            input: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, createRequestCall, N> {
            self.call_builder(&createRequestCall { spec, input })
        }
        ///Creates a new call builder for the [`outputOf`] function.
        pub fn outputOf(
            &self,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
            index: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, outputOfCall, N> {
            self.call_builder(&outputOfCall { requestId, index })
        }
        ///Creates a new call builder for the [`owed`] function.
        pub fn owed(
            &self,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, owedCall, N> {
            self.call_builder(&owedCall { account })
        }
        ///Creates a new call builder for the [`refund`] function.
        pub fn refund(
            &self,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, refundCall, N> {
            self.call_builder(&refundCall { requestId })
        }
        ///Creates a new call builder for the [`registry`] function.
        pub fn registry(&self) -> alloy_contract::SolCallBuilder<&P, registryCall, N> {
            self.call_builder(&registryCall)
        }
        ///Creates a new call builder for the [`release`] function.
        pub fn release(
            &self,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, releaseCall, N> {
            self.call_builder(&releaseCall { requestId })
        }
        ///Creates a new call builder for the [`requestCount`] function.
        pub fn requestCount(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, requestCountCall, N> {
            self.call_builder(&requestCountCall)
        }
        ///Creates a new call builder for the [`requestOf`] function.
        pub fn requestOf(
            &self,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, requestOfCall, N> {
            self.call_builder(&requestOfCall { requestId })
        }
        ///Creates a new call builder for the [`resultOf`] function.
        pub fn resultOf(
            &self,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, resultOfCall, N> {
            self.call_builder(&resultOfCall { requestId })
        }
        ///Creates a new call builder for the [`scoreAnswers`] function.
        pub fn scoreAnswers(
            &self,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
            scores: alloy::sol_types::private::Vec<u16>,
        ) -> alloy_contract::SolCallBuilder<&P, scoreAnswersCall, N> {
            self.call_builder(
                &scoreAnswersCall {
                    requestId,
                    scores,
                },
            )
        }
        ///Creates a new call builder for the [`scoreWindow`] function.
        pub fn scoreWindow(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, scoreWindowCall, N> {
            self.call_builder(&scoreWindowCall)
        }
        ///Creates a new call builder for the [`setScoreWindow`] function.
        pub fn setScoreWindow(
            &self,
            window: u32,
        ) -> alloy_contract::SolCallBuilder<&P, setScoreWindowCall, N> {
            self.call_builder(&setScoreWindowCall { window })
        }
        ///Creates a new call builder for the [`tora`] function.
        pub fn tora(&self) -> alloy_contract::SolCallBuilder<&P, toraCall, N> {
            self.call_builder(&toraCall)
        }
        ///Creates a new call builder for the [`withdraw`] function.
        pub fn withdraw(&self) -> alloy_contract::SolCallBuilder<&P, withdrawCall, N> {
            self.call_builder(&withdrawCall)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > InferenceRequestsInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`Answered`] event.
        pub fn Answered_filter(&self) -> alloy_contract::Event<&P, Answered, N> {
            self.event_filter::<Answered>()
        }
        ///Creates a new event filter for the [`AnswersScored`] event.
        pub fn AnswersScored_filter(
            &self,
        ) -> alloy_contract::Event<&P, AnswersScored, N> {
            self.event_filter::<AnswersScored>()
        }
        ///Creates a new event filter for the [`BallotDisplaced`] event.
        pub fn BallotDisplaced_filter(
            &self,
        ) -> alloy_contract::Event<&P, BallotDisplaced, N> {
            self.event_filter::<BallotDisplaced>()
        }
        ///Creates a new event filter for the [`RequestCreated`] event.
        pub fn RequestCreated_filter(
            &self,
        ) -> alloy_contract::Event<&P, RequestCreated, N> {
            self.event_filter::<RequestCreated>()
        }
        ///Creates a new event filter for the [`RequestRefunded`] event.
        pub fn RequestRefunded_filter(
            &self,
        ) -> alloy_contract::Event<&P, RequestRefunded, N> {
            self.event_filter::<RequestRefunded>()
        }
        ///Creates a new event filter for the [`RequestReleased`] event.
        pub fn RequestReleased_filter(
            &self,
        ) -> alloy_contract::Event<&P, RequestReleased, N> {
            self.event_filter::<RequestReleased>()
        }
        ///Creates a new event filter for the [`ResultDelivered`] event.
        pub fn ResultDelivered_filter(
            &self,
        ) -> alloy_contract::Event<&P, ResultDelivered, N> {
            self.event_filter::<ResultDelivered>()
        }
        ///Creates a new event filter for the [`ScoreWindowSet`] event.
        pub fn ScoreWindowSet_filter(
            &self,
        ) -> alloy_contract::Event<&P, ScoreWindowSet, N> {
            self.event_filter::<ScoreWindowSet>()
        }
        ///Creates a new event filter for the [`Withdrawn`] event.
        pub fn Withdrawn_filter(&self) -> alloy_contract::Event<&P, Withdrawn, N> {
            self.event_filter::<Withdrawn>()
        }
    }
}
