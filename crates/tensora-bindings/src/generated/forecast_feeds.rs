///Module containing a contract's types and functions.
/**

```solidity
library IForecastFeeds {
    struct Bounds { uint16 maxFeeds; uint32 minHorizon; uint32 maxHorizon; uint32 maxStaleness; uint32 settleWindow; uint64 maxTolerance; }
    struct Feed { string asset; uint32 horizon; uint32 staleAfter; uint64 tolerance; bool active; uint64 latestRound; uint64 requests; uint64 accuracy; uint64 settledRounds; }
    struct Round { int64 prediction; uint8 confidence; uint32 publishedAt; uint64 epoch; uint16 publishers; int64 realised; bool settled; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IForecastFeeds {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Bounds { uint16 maxFeeds; uint32 minHorizon; uint32 maxHorizon; uint32 maxStaleness; uint32 settleWindow; uint64 maxTolerance; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Bounds {
        #[allow(missing_docs)]
        pub maxFeeds: u16,
        #[allow(missing_docs)]
        pub minHorizon: u32,
        #[allow(missing_docs)]
        pub maxHorizon: u32,
        #[allow(missing_docs)]
        pub maxStaleness: u32,
        #[allow(missing_docs)]
        pub settleWindow: u32,
        #[allow(missing_docs)]
        pub maxTolerance: u64,
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
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u16, u32, u32, u32, u32, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Bounds> for UnderlyingRustTuple<'_> {
            fn from(value: Bounds) -> Self {
                (
                    value.maxFeeds,
                    value.minHorizon,
                    value.maxHorizon,
                    value.maxStaleness,
                    value.settleWindow,
                    value.maxTolerance,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Bounds {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    maxFeeds: tuple.0,
                    minHorizon: tuple.1,
                    maxHorizon: tuple.2,
                    maxStaleness: tuple.3,
                    settleWindow: tuple.4,
                    maxTolerance: tuple.5,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Bounds {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Bounds {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxFeeds),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.minHorizon),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxHorizon),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxStaleness),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.settleWindow),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxTolerance),
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
        impl alloy_sol_types::SolType for Bounds {
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
        impl alloy_sol_types::SolStruct for Bounds {
            const NAME: &'static str = "Bounds";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Bounds(uint16 maxFeeds,uint32 minHorizon,uint32 maxHorizon,uint32 maxStaleness,uint32 settleWindow,uint64 maxTolerance)",
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
                        16,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.maxFeeds)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.minHorizon)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.maxHorizon)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.maxStaleness)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.settleWindow)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.maxTolerance)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Bounds {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxFeeds,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.minHorizon,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxHorizon,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxStaleness,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.settleWindow,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxTolerance,
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
                    16,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxFeeds,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.minHorizon,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxHorizon,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxStaleness,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.settleWindow,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxTolerance,
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
struct Feed { string asset; uint32 horizon; uint32 staleAfter; uint64 tolerance; bool active; uint64 latestRound; uint64 requests; uint64 accuracy; uint64 settledRounds; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Feed {
        #[allow(missing_docs)]
        pub asset: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub horizon: u32,
        #[allow(missing_docs)]
        pub staleAfter: u32,
        #[allow(missing_docs)]
        pub tolerance: u64,
        #[allow(missing_docs)]
        pub active: bool,
        #[allow(missing_docs)]
        pub latestRound: u64,
        #[allow(missing_docs)]
        pub requests: u64,
        #[allow(missing_docs)]
        pub accuracy: u64,
        #[allow(missing_docs)]
        pub settledRounds: u64,
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
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Bool,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::String,
            u32,
            u32,
            u64,
            bool,
            u64,
            u64,
            u64,
            u64,
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
        impl ::core::convert::From<Feed> for UnderlyingRustTuple<'_> {
            fn from(value: Feed) -> Self {
                (
                    value.asset,
                    value.horizon,
                    value.staleAfter,
                    value.tolerance,
                    value.active,
                    value.latestRound,
                    value.requests,
                    value.accuracy,
                    value.settledRounds,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Feed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    asset: tuple.0,
                    horizon: tuple.1,
                    staleAfter: tuple.2,
                    tolerance: tuple.3,
                    active: tuple.4,
                    latestRound: tuple.5,
                    requests: tuple.6,
                    accuracy: tuple.7,
                    settledRounds: tuple.8,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Feed {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Feed {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.asset,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.horizon),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.staleAfter),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.tolerance),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.active,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.latestRound),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.requests),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.accuracy),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.settledRounds),
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
        impl alloy_sol_types::SolType for Feed {
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
        impl alloy_sol_types::SolStruct for Feed {
            const NAME: &'static str = "Feed";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Feed(string asset,uint32 horizon,uint32 staleAfter,uint64 tolerance,bool active,uint64 latestRound,uint64 requests,uint64 accuracy,uint64 settledRounds)",
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
                            &self.asset,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.horizon)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.staleAfter)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.tolerance)
                        .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.active,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.latestRound)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.requests)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.accuracy)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.settledRounds)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Feed {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::String as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.asset,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.horizon,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.staleAfter,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.tolerance,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.active,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.latestRound,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.requests,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.accuracy,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.settledRounds,
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
                    &rust.asset,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.horizon,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.staleAfter,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.tolerance,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.active,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.latestRound,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.requests,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.accuracy,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.settledRounds,
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
struct Round { int64 prediction; uint8 confidence; uint32 publishedAt; uint64 epoch; uint16 publishers; int64 realised; bool settled; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Round {
        #[allow(missing_docs)]
        pub prediction: i64,
        #[allow(missing_docs)]
        pub confidence: u8,
        #[allow(missing_docs)]
        pub publishedAt: u32,
        #[allow(missing_docs)]
        pub epoch: u64,
        #[allow(missing_docs)]
        pub publishers: u16,
        #[allow(missing_docs)]
        pub realised: i64,
        #[allow(missing_docs)]
        pub settled: bool,
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
            alloy::sol_types::sol_data::Int<64>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::Int<64>,
            alloy::sol_types::sol_data::Bool,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (i64, u8, u32, u64, u16, i64, bool);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Round> for UnderlyingRustTuple<'_> {
            fn from(value: Round) -> Self {
                (
                    value.prediction,
                    value.confidence,
                    value.publishedAt,
                    value.epoch,
                    value.publishers,
                    value.realised,
                    value.settled,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Round {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    prediction: tuple.0,
                    confidence: tuple.1,
                    publishedAt: tuple.2,
                    epoch: tuple.3,
                    publishers: tuple.4,
                    realised: tuple.5,
                    settled: tuple.6,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Round {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Round {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Int<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.prediction),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.confidence),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.publishedAt),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.epoch),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.publishers),
                    <alloy::sol_types::sol_data::Int<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.realised),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.settled,
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
        impl alloy_sol_types::SolType for Round {
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
        impl alloy_sol_types::SolStruct for Round {
            const NAME: &'static str = "Round";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Round(int64 prediction,uint8 confidence,uint32 publishedAt,uint64 epoch,uint16 publishers,int64 realised,bool settled)",
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
                    <alloy::sol_types::sol_data::Int<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.prediction)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.confidence)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.publishedAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.epoch)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.publishers)
                        .0,
                    <alloy::sol_types::sol_data::Int<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.realised)
                        .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.settled,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Round {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Int<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.prediction,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.confidence,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.publishedAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.epoch)
                    + <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.publishers,
                    )
                    + <alloy::sol_types::sol_data::Int<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.realised,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.settled,
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
                <alloy::sol_types::sol_data::Int<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.prediction,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.confidence,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.publishedAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.epoch,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    16,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.publishers,
                    out,
                );
                <alloy::sol_types::sol_data::Int<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.realised,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.settled,
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
    /**Creates a new wrapper around an on-chain [`IForecastFeeds`](self) contract instance.

See the [wrapper's documentation](`IForecastFeedsInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IForecastFeedsInstance<P, N> {
        IForecastFeedsInstance::<P, N>::new(address, __provider)
    }
    /**A [`IForecastFeeds`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`IForecastFeeds`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IForecastFeedsInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IForecastFeedsInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IForecastFeedsInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IForecastFeedsInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IForecastFeeds`](self) contract instance.

See the [wrapper's documentation](`IForecastFeedsInstance`) for more details.*/
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
    impl<P: ::core::clone::Clone, N> IForecastFeedsInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IForecastFeedsInstance<P, N> {
            IForecastFeedsInstance {
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
    > IForecastFeedsInstance<P, N> {
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
    > IForecastFeedsInstance<P, N> {
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
library IForecastFeeds {
    struct Bounds {
        uint16 maxFeeds;
        uint32 minHorizon;
        uint32 maxHorizon;
        uint32 maxStaleness;
        uint32 settleWindow;
        uint64 maxTolerance;
    }
    struct Feed {
        string asset;
        uint32 horizon;
        uint32 staleAfter;
        uint64 tolerance;
        bool active;
        uint64 latestRound;
        uint64 requests;
        uint64 accuracy;
        uint64 settledRounds;
    }
    struct Round {
        int64 prediction;
        uint8 confidence;
        uint32 publishedAt;
        uint64 epoch;
        uint16 publishers;
        int64 realised;
        bool settled;
    }
}

interface ForecastFeeds {
    error AlreadySubmitted(address caller);
    error CannotSettle(uint64 closesAt, uint256 reports, uint256 quorum);
    error FeedExists(string asset, uint256 horizon);
    error InvalidBounds();
    error InvalidFeed(string asset, uint256 horizon, uint256 tolerance, uint256 staleAfter);
    error NotASubnet(address subnet);
    error NotAValidator(address caller);
    error NotGovernance(address caller);
    error NotSubnetOwner(address caller);
    error NothingToFinalize(uint64 endsAt);
    error OutsideReportWindow(uint64 opensAt, uint64 closesAt);
    error OutweighedBallot(uint256 weight, uint256 lowest);
    error PublishClosed(uint64 opensAt, uint64 closesAt);
    error RoundSettled(uint256 feed, uint64 roundId);
    error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
    error SubnetUnavailable();
    error TooManyFeeds(uint256 limit);
    error UnknownFeed(string asset, uint256 horizon);
    error UnknownFeedIndex(uint256 feed);
    error UnknownRequest(bytes32 requestId);
    error UnknownRound(uint256 feed, uint64 roundId);
    error ValueOutOfRange(int256 value);
    error WrongPredictionCount(uint256 given, uint256 expected);

    event BallotDisplaced(bytes32 indexed box, address indexed dropped, address indexed admitted);
    event BoundsSet(IForecastFeeds.Bounds bounds);
    event FeedAdded(uint32 indexed feed, string asset, uint32 horizon, uint64 tolerance, uint32 staleAfter);
    event FeedDeactivated(uint32 indexed feed);
    event ForecastRequested(bytes32 indexed requestId, uint32 indexed feed, uint64 roundId, address indexed requester);
    event ForecastsPublished(uint64 indexed epoch, address indexed validator, uint256 weight, int64[] predictions);
    event OutcomeReported(uint32 indexed feed, uint64 indexed roundId, address indexed validator, int64 realised, uint256 weight);
    event RoundPublished(uint32 indexed feed, uint64 indexed roundId, uint64 epoch, int64 prediction, uint8 confidence, uint16 publishers, uint32 publishedAt);
    event RoundSettledAgainstOutcome(uint32 indexed feed, uint64 indexed roundId, int64 realised, uint256 error, uint64 accuracy);

    constructor(address subnet_);

    function DEFAULT_MAX_FEEDS() external view returns (uint16);
    function DEFAULT_MAX_HORIZON() external view returns (uint32);
    function DEFAULT_MAX_STALENESS() external view returns (uint32);
    function DEFAULT_MAX_TOLERANCE() external view returns (uint64);
    function DEFAULT_MIN_HORIZON() external view returns (uint32);
    function DEFAULT_SETTLE_WINDOW() external view returns (uint32);
    function INITIAL_ACCURACY() external view returns (uint64);
    function MAX_BALLOTS() external view returns (uint256);
    function MAX_FEEDS_LIMIT() external view returns (uint16);
    function MAX_VALUE() external view returns (int64);
    function MIN_VALUE() external view returns (int64);
    function NO_VALUE() external view returns (int64);
    function addFeed(string memory asset, uint32 horizon, uint64 tolerance, uint32 staleAfter) external returns (uint32 feed);
    function bounds() external view returns (IForecastFeeds.Bounds memory);
    function deactivateFeed(uint32 feed) external;
    function feedAt(uint32 feed) external view returns (IForecastFeeds.Feed memory);
    function feedCount() external view returns (uint256);
    function feedIndex(string memory asset, uint256 horizon) external view returns (uint32);
    function finalizeRounds() external;
    function getForecast(bytes32 requestId) external view returns (int256 prediction, uint256 confidence);
    function pending() external view returns (uint64 epoch, uint32 endsAt, uint16 publishers, uint16 feeds);
    function publishForecasts(int64[] memory predictions) external;
    function reportOutcome(uint32 feed, uint64 roundId, int64 realised) external;
    function requestForecast(string memory asset, uint256 horizon) external returns (bytes32 requestId);
    function roundOf(uint32 feed, uint64 roundId) external view returns (IForecastFeeds.Round memory);
    function setBounds(IForecastFeeds.Bounds memory bounds_) external;
    function settleRound(uint32 feed, uint64 roundId) external;
    function subnet() external view returns (address);
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "subnet_",
        "type": "address",
        "internalType": "contract ISubnet"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "DEFAULT_MAX_FEEDS",
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
    "name": "DEFAULT_MAX_HORIZON",
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
    "name": "DEFAULT_MAX_STALENESS",
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
    "name": "DEFAULT_MAX_TOLERANCE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DEFAULT_MIN_HORIZON",
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
    "name": "DEFAULT_SETTLE_WINDOW",
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
    "name": "INITIAL_ACCURACY",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_BALLOTS",
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
    "name": "MAX_FEEDS_LIMIT",
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
    "name": "MAX_VALUE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "int64",
        "internalType": "int64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MIN_VALUE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "int64",
        "internalType": "int64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "NO_VALUE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "int64",
        "internalType": "int64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "addFeed",
    "inputs": [
      {
        "name": "asset",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "horizon",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "tolerance",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "staleAfter",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "feed",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "bounds",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IForecastFeeds.Bounds",
        "components": [
          {
            "name": "maxFeeds",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "minHorizon",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "maxHorizon",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "maxStaleness",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "settleWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "maxTolerance",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "deactivateFeed",
    "inputs": [
      {
        "name": "feed",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "feedAt",
    "inputs": [
      {
        "name": "feed",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IForecastFeeds.Feed",
        "components": [
          {
            "name": "asset",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "horizon",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "staleAfter",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "tolerance",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "active",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "latestRound",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "requests",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "accuracy",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "settledRounds",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "feedCount",
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
    "name": "feedIndex",
    "inputs": [
      {
        "name": "asset",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "horizon",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
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
    "name": "finalizeRounds",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "getForecast",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "prediction",
        "type": "int256",
        "internalType": "int256"
      },
      {
        "name": "confidence",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "pending",
    "inputs": [],
    "outputs": [
      {
        "name": "epoch",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "endsAt",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "publishers",
        "type": "uint16",
        "internalType": "uint16"
      },
      {
        "name": "feeds",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "publishForecasts",
    "inputs": [
      {
        "name": "predictions",
        "type": "int64[]",
        "internalType": "int64[]"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "reportOutcome",
    "inputs": [
      {
        "name": "feed",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "roundId",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "realised",
        "type": "int64",
        "internalType": "int64"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "requestForecast",
    "inputs": [
      {
        "name": "asset",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "horizon",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "roundOf",
    "inputs": [
      {
        "name": "feed",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "roundId",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IForecastFeeds.Round",
        "components": [
          {
            "name": "prediction",
            "type": "int64",
            "internalType": "int64"
          },
          {
            "name": "confidence",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "publishedAt",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "epoch",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "publishers",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "realised",
            "type": "int64",
            "internalType": "int64"
          },
          {
            "name": "settled",
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
    "name": "setBounds",
    "inputs": [
      {
        "name": "bounds_",
        "type": "tuple",
        "internalType": "struct IForecastFeeds.Bounds",
        "components": [
          {
            "name": "maxFeeds",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "minHorizon",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "maxHorizon",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "maxStaleness",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "settleWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "maxTolerance",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "settleRound",
    "inputs": [
      {
        "name": "feed",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "roundId",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "subnet",
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
    "name": "BoundsSet",
    "inputs": [
      {
        "name": "bounds",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct IForecastFeeds.Bounds",
        "components": [
          {
            "name": "maxFeeds",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "minHorizon",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "maxHorizon",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "maxStaleness",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "settleWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "maxTolerance",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "FeedAdded",
    "inputs": [
      {
        "name": "feed",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "asset",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      },
      {
        "name": "horizon",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      },
      {
        "name": "tolerance",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "staleAfter",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "FeedDeactivated",
    "inputs": [
      {
        "name": "feed",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ForecastRequested",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "feed",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "roundId",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "requester",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ForecastsPublished",
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
        "name": "weight",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "predictions",
        "type": "int64[]",
        "indexed": false,
        "internalType": "int64[]"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OutcomeReported",
    "inputs": [
      {
        "name": "feed",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "roundId",
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
        "name": "realised",
        "type": "int64",
        "indexed": false,
        "internalType": "int64"
      },
      {
        "name": "weight",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoundPublished",
    "inputs": [
      {
        "name": "feed",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "roundId",
        "type": "uint64",
        "indexed": true,
        "internalType": "uint64"
      },
      {
        "name": "epoch",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "prediction",
        "type": "int64",
        "indexed": false,
        "internalType": "int64"
      },
      {
        "name": "confidence",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "publishers",
        "type": "uint16",
        "indexed": false,
        "internalType": "uint16"
      },
      {
        "name": "publishedAt",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoundSettledAgainstOutcome",
    "inputs": [
      {
        "name": "feed",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "roundId",
        "type": "uint64",
        "indexed": true,
        "internalType": "uint64"
      },
      {
        "name": "realised",
        "type": "int64",
        "indexed": false,
        "internalType": "int64"
      },
      {
        "name": "error",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "accuracy",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
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
    "name": "CannotSettle",
    "inputs": [
      {
        "name": "closesAt",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "reports",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "quorum",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "FeedExists",
    "inputs": [
      {
        "name": "asset",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "horizon",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidBounds",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidFeed",
    "inputs": [
      {
        "name": "asset",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "horizon",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "tolerance",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "staleAfter",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotASubnet",
    "inputs": [
      {
        "name": "subnet",
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
    "name": "NotSubnetOwner",
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
    "name": "NothingToFinalize",
    "inputs": [
      {
        "name": "endsAt",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "OutsideReportWindow",
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
    "name": "PublishClosed",
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
    "name": "RoundSettled",
    "inputs": [
      {
        "name": "feed",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "roundId",
        "type": "uint64",
        "internalType": "uint64"
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
    "name": "SubnetUnavailable",
    "inputs": []
  },
  {
    "type": "error",
    "name": "TooManyFeeds",
    "inputs": [
      {
        "name": "limit",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "UnknownFeed",
    "inputs": [
      {
        "name": "asset",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "horizon",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "UnknownFeedIndex",
    "inputs": [
      {
        "name": "feed",
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
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "UnknownRound",
    "inputs": [
      {
        "name": "feed",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "roundId",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "ValueOutOfRange",
    "inputs": [
      {
        "name": "value",
        "type": "int256",
        "internalType": "int256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WrongPredictionCount",
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
pub mod ForecastFeeds {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x60c060405234801561000f575f5ffd5b50604051613e91380380613e9183398101604081905261002e916103c2565b5f816001600160a01b0316637b1039996040518163ffffffff1660e01b8152600401602060405180830381865afa15801561006b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061008f91906103c2565b6040516355abbc7960e11b81526001600160a01b0384811660048301529192509082169063ab5778f290602401602060405180830381865afa1580156100d7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100fb91906103e4565b6101275760405163126a504b60e11b81526001600160a01b038316600482015260240160405180910390fd5b6001600160a01b03808316608090815290821660a09081526040805160c08101825260108152603c602082015262278d009181019190915262093a806060820152620151809281019290925267016345785d8a00009082015261018990610190565b5050610403565b805161ffff1615806101a957508051602061ffff909116115b806101bc5750602081015163ffffffff16155b806101da5750806040015163ffffffff16816020015163ffffffff16115b806101ed5750606081015163ffffffff16155b806102005750608081015163ffffffff16155b80610216575060a08101516001600160401b0316155b806102355750670de0b6b3a76400008160a001516001600160401b0316115b156102535760405163a883435760e01b815260040160405180910390fd5b80515f805460208401516040808601516060870151608088015160a08901516001600160401b0316600160901b02600160901b600160d01b031963ffffffff928316600160701b0216600160701b600160d01b03199383166a01000000000000000000000263ffffffff60501b1995841666010000000000000295909516600160301b600160701b031993909716620100000265ffffffffffff1990981661ffff909a1699909917969096171693909317179190911693909317179055517f522b0f58954530150eff274b9d6434cdfcbb520d462f8696454e3d7f70d0fbcc906103a09083905f60c08201905061ffff835116825263ffffffff602084015116602083015263ffffffff604084015116604083015263ffffffff606084015116606083015263ffffffff608084015116608083015260018060401b0360a08401511660a083015292915050565b60405180910390a150565b6001600160a01b03811681146103bf575f5ffd5b50565b5f602082840312156103d2575f5ffd5b81516103dd816103ab565b9392505050565b5f602082840312156103f4575f5ffd5b815180151581146103dd575f5ffd5b60805160a051613a3561045c5f395f6114b201525f818161044301528181610853015281816110a80152818161119f0152818161163901528181611a1b01528181611b3d01528181611bc301526122860152613a355ff3fe608060405234801561000f575f5ffd5b50600436106101bb575f3560e01c8063992c15fc116100f3578063c725d4d411610093578063d56f2f811161006e578063d56f2f811461046d578063e20ccec31461047d578063e72087dd146104be578063f00368b0146104d1575f5ffd5b8063c725d4d414610419578063c8cea0e114610423578063caf2ebf214610436575f5ffd5b80639e64af39116100ce5780639e64af39146103d1578063acd9e0df146103e4578063aed7b3ca146103f3578063b86a96fd14610406575f5ffd5b8063992c15fc146103af5780639c750155146103bf5780639ddea2c8146103c9575f5ffd5b80634628986d1161015e5780635843a5ad116101395780635843a5ad146102d157806360903cc91461037f5780637dde525e146103875780638a26dbea146103a7575f5ffd5b80634628986d146102975780634992fc9c146102a95780635504a4ab146102be575f5ffd5b8063157efe3211610199578063157efe3214610220578063254317c11461024057806335755c2114610248578063367f6d3714610270575f5ffd5b80630156ffb6146101bf578063063bde24146101df5780630aa6bf7a14610201575b5f5ffd5b6101c7602081565b60405161ffff90911681526020015b60405180910390f35b6101ee677ce66c50e284000081565b60405160079190910b81526020016101d6565b61020b62278d0081565b60405163ffffffff90911681526020016101d6565b61023361022e366004612fca565b6104e4565b6040516101d69190613001565b6101c7601081565b61025b61025636600461307c565b6105c4565b604080519283526020830191909152016101d6565b61027f6706f05b59d3b2000081565b6040516001600160401b0390911681526020016101d6565b6001545b6040519081526020016101d6565b6102bc6102b73660046130a9565b610780565b005b61020b6102cc366004613131565b610926565b6103726040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152506040805160c0810182525f5461ffff8116825262010000810463ffffffff9081166020840152600160301b8204811693830193909352600160501b810483166060830152600160701b81049092166080820152600160901b9091046001600160401b031660a082015290565b6040516101d69190613178565b6102bc61098c565b61039a6103953660046131e0565b6109ec565b6040516101d69190613229565b61029b604081565b6101ee670de0b6b3a763ffff1981565b61020b6201518081565b61020b603c81565b6102bc6103df366004612fca565b610b5d565b61027f67016345785d8a000081565b61029b610401366004613131565b610f5d565b6102bc6104143660046132f3565b61109d565b61020b62093a8081565b6102bc610431366004613362565b6114b0565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020016101d6565b6101ee677fffffffffffffff1981565b61048561157d565b604080516001600160401b03909516855263ffffffff909316602085015261ffff918216928401929092521660608201526080016101d6565b61020b6104cc36600461337b565b611636565b6102bc6104df3660046131e0565b611a19565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091525063ffffffff8083165f9081526003602090815260408083206001600160401b03808716855290835292819020815160e0810183529054600781810b835260ff600160401b8304811695840195909552600160481b820490961692820192909252600160681b8204909316606084015261ffff600160a81b8204166080840152600160b81b810490930b60a0830152600160f81b909204909116151560c08201525b92915050565b5f808263ffffffff60c082901c16604082901c8260e081901c634645454414158061060e5750816001600160401b0316604085901c6fffffffffffffffffffffffffffffffff1614155b8061061b57506001548310155b1561064157604051637bbe34c960e01b8152600481018890526024015b60405180910390fd5b5f60018481548110610655576106556133f2565b5f918252602090912060039091020180549091506001600160401b03600160401b9091048116908316101580610698575080546001600160401b03908116908416115b156106b957604051637bbe34c960e01b815260048101899052602401610638565b826001600160401b03165f036106d857505f9788975095505050505050565b5f8481526003602090815260408083206001600160401b0387168452909152812080548354835460079290920b9a5091929161072c9163ffffffff600160a01b909204821691600160501b90910416611b2c565b8354909150600160c01b900460ff1680156107605750815461075c908290600160481b900463ffffffff1661341a565b4211155b15610774578154600160401b900460ff1697505b50505050505050915091565b610788611b3b565b5f61079284611c5f565b90505f61079f8585611cbd565b8054909150600160f81b900460ff16156107e3576040516307ba951d60e31b815263ffffffff861660048201526001600160401b0385166024820152604401610638565b5f5f6107ef8484611d29565b91509150816001600160401b03164210806108135750806001600160401b03164210155b156108445760405163a08582ab60e01b81526001600160401b03808416600483015282166024820152604401610638565b61084d85611d77565b5f6108787f000000000000000000000000000000000000000000000000000000000000000033611dc1565b90505f6108858989611ef3565b5f8181526004602052604081209192506108a3828433876001611f5b565b5f8181526002840160209081526040918290206001600160401b03808e16909155825160078e900b81526001600160601b0389169281019290925292935033928d169163ffffffff8f16917f959214d786b9ed44ee97a6c4aaba0ae57213134450b9dc5453c3aa28c7fdc3ae910160405180910390a45050505050505050505050565b5f5f60025f61093687878761217c565b815260208101919091526040015f9081205463ffffffff169150819003610976578484846040516363632ee160e11b815260040161063893929190613455565b610981600182613478565b9150505b9392505050565b6005546001600160401b031615806109b25750600554600160401b900463ffffffff1642105b156109e2576005546040516305d8828560e41b8152600160401b90910463ffffffff166004820152602401610638565b6109ea6121b1565b565b604080516101208101825260608082525f6020830181905292820183905281018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905290610a3d83611c5f565b9050604051806101200160405280826002018054610a5a90613494565b80601f0160208091040260200160405190810160405280929190818152602001828054610a8690613494565b8015610ad15780601f10610aa857610100808354040283529160200191610ad1565b820191905f5260205f20905b815481529060010190602001808311610ab457829003601f168201915b50505091835250508254600160801b80820463ffffffff9081166020850152600160a01b83041660408401526001909401546001600160401b038082166060850152600160c01b830460ff161515608085015280831660a0850152600160401b92839004811660c0850152918104821660e0840152939093049092166101009092019190915292915050565b5f610b6783611c5f565b90505f610b748484611cbd565b8054909150600160f81b900460ff1615610bb8576040516307ba951d60e31b815263ffffffff851660048201526001600160401b0384166024820152604401610638565b5f610bc38383611d29565b9150505f60045f610bd48888611ef3565b815260208101919091526040015f9081208054855491935061ffff9081169291610c0891600291600160a81b9004166134e0565b610c1390600161341a565b9050836001600160401b0316421080610c2b57508082105b15610c6257604051637e589fd360e11b81526001600160401b03851660048201526024810183905260448101829052606401610638565b5f826001600160401b03811115610c7b57610c7b6134f3565b604051908082528060200260200182016040528015610ca4578160200160208202803683370190505b5090505f836001600160401b03811115610cc057610cc06134f3565b604051908082528060200260200182016040528015610ce9578160200160208202803683370190505b5090505f5b84811015610d8257856002015f8281526020019081526020015f205460070b838281518110610d1f57610d1f6133f2565b602002602001018181525050856001015f8281526020019081526020015f205f0160149054906101000a90046001600160601b03166001600160601b0316828281518110610d6f57610d6f6133f2565b6020908102919091010152600101610cee565b505f610d988383610d9386866123c3565b612537565b88549091505f90610dac9060070b836125db565b90505f610db88b6125fd565b90505f610dc5838361341a565b610dd7670de0b6b3a764000084613507565b610de191906134e0565b60018d0154909150600160401b90046001600160401b031680821015610e26576004610e0d838361351e565b610e1791906134e0565b610e21908261351e565b610e46565b6004610e32828461351e565b610e3c91906134e0565b610e46908261341a565b8c546001600160f81b036001600160401b03808916600160b81b02919091166001600160b81b0390921691909117600160f81b178e5560018f81018054838516600160401b0267ffffffffffffffff60401b199091161780825593945090929091601091610ebd918591600160801b900416613531565b92506101000a8154816001600160401b0302191690836001600160401b031602179055508d6001600160401b03168f63ffffffff167f2bbc5373a01ba55759762f3c7701971e8a02e0a8682abdbdd83e0f2658dc1a50878785604051610f449392919060079390930b835260208301919091526001600160401b0316604082015260600190565b60405180910390a3505050505050505050505050505050565b5f5f60025f610f6d87878761217c565b815260208101919091526040015f9081205463ffffffff169150819003610fad578484846040516363632ee160e11b815260040161063893929190613455565b5f610fb9600183613478565b90505f60018263ffffffff1681548110610fd557610fd56133f2565b5f918252602091829020600390910201805467ffffffffffffffff60401b19811660016001600160401b03600160401b808504821692830182160292909217845560408051928416808452631191515160e21b6fffffffffffffffff00000000000000009590921b9490941660c089901b63ffffffff60c01b161782171798509294509092339163ffffffff87169189917fed0c26c16e7ec248c59a86ae174897a854198164953d4537892872acee0e5869910160405180910390a450505050509392505050565b6110a5611b3b565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316631f1b8a8c6040518163ffffffff1660e01b815260040160a060405180830381865afa158015611102573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611126919061356e565b90505f8160600151611138575f61113e565b81604001515b63ffffffff1690504281118061115e5750816020015163ffffffff164210155b15611199576020820151604051638f3676c560e01b81526001600160401b038316600482015263ffffffff9091166024820152604401610638565b5f6111c47f000000000000000000000000000000000000000000000000000000000000000033611dc1565b83519091505f906111d6906001613531565b6005549091506001600160401b03808316911614611257576005546001600160401b031615611207576112076121b1565b60058054602086015160015461ffff16600160601b0261ffff60601b1963ffffffff909216600160401b026bffffffffffffffffffffffff199093166001600160401b0386161792909217161790555b600554600160601b900461ffff1685811461128f5760405163d803b68360e01b81526004810187905260248101829052604401610638565b5f5b8181101561130957677fffffffffffffff198888838181106112b5576112b56133f2565b90506020020160208101906112ca9190613603565b60070b14611301576113018888838181106112e7576112e76133f2565b90506020020160208101906112fc9190613603565b611d77565b600101611291565b507f96d89d210dab2dd99321597d20bd4ef7fb7367bfad85b370e7c91e4c6eee4b7e5f81815260046020527ec43e9bed0ef7d18df6b7a38e8c3befdedecbab6a132b4e5d1e0ec4af5c531b91611363908390338888611f5b565b90505f600461137385600361341a565b61137d91906134e0565b90505f5b81811015611459575f805b6004811015611414575f816113a2856004613507565b6113ac919061341a565b90505f8882106113c557677fffffffffffffff196113ec565b8e8e838181106113d7576113d76133f2565b90506020020160208101906113ec9190613603565b90506113f9836040613507565b6001600160401b03909116901b92909217915060010161138c565b5080600286015f846114286004602061361c565b6114369061ffff1689613507565b611440919061341a565b815260208101919091526040015f205550600101611381565b50875160405133916001600160401b0316907fdcc51de65a0c98a1b7e22e1ac816e2c9bec5433b0e3ae3554a109f020b40f4879061149c908a908f908f9061363f565b60405180910390a350505050505050505050565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316638da5cb5b6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561150c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115309190613694565b6001600160a01b0316336001600160a01b0316146115635760405163988d1f0360e01b8152336004820152602401610638565b61157a611575368390038301836136ba565b612625565b50565b6005545f908190819081906001600160401b031681036115a757505f925082915081905080611630565b6005546115bf906001906001600160401b0316613764565b6005547f96d89d210dab2dd99321597d20bd4ef7fb7367bfad85b370e7c91e4c6eee4b7e5f5260046020527ec43e9bed0ef7d18df6b7a38e8c3befdedecbab6a132b4e5d1e0ec4af5c531b5491955063ffffffff600160401b820416945061ffff9182169350600160601b90041690505b90919293565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316638da5cb5b6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611693573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116b79190613694565b6001600160a01b0316336001600160a01b0316146116ea576040516325c94b1760e01b8152336004820152602401610638565b6040805160c0810182525f5461ffff8116825262010000810463ffffffff9081166020840152600160301b8204811693830193909352600160501b810483166060830152600160701b81049092166080820152600160901b9091046001600160401b031660a0820152858015806117615750602081115b8061177b5750816020015163ffffffff168663ffffffff16105b806117955750816040015163ffffffff168663ffffffff16115b806117a757506001600160401b038516155b806117c757508160a001516001600160401b0316856001600160401b0316115b806117d6575063ffffffff8416155b806117f05750816060015163ffffffff168463ffffffff16115b15611818578787878787604051636ec4764f60e11b8152600401610638959493929190613783565b815160015461ffff9091161161184a578151604051632b8da9d160e21b815261ffff9091166004820152602401610638565b5f61185c89898963ffffffff1661217c565b5f8181526002602052604090205490915063ffffffff16156118975788888860405163db4bd2b960e01b8152600401610638939291906137c9565b6001805480820182555f91909152600381027fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf68101805460ff60c01b1963ffffffff8a8116600160a01b0263ffffffff60a01b19918e16600160801b029190911667ffffffffffffffff60801b19909316929092179190911716600160c01b1781557fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf7820180546503782dace9d960511b6fffffffffffffffffffffffffffffffff199091166001600160401b038c16171790559195507fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf80161199b8a8c8361383e565b506119a78560016138f7565b5f8381526002602052604090819020805463ffffffff191663ffffffff93841617905551908616907fa1d62ac98069696b6264989fc4eef9b9e94edd39d55fa976f8e027fbbcac5c0e90611a04908d908d908d908d908d90613783565b60405180910390a25050505095945050505050565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316638da5cb5b6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611a75573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a999190613694565b6001600160a01b0316336001600160a01b031614611acc576040516325c94b1760e01b8152336004820152602401610638565b5f611ad682611c5f565b8054909150600160c01b900460ff16611aed575050565b805460ff60c01b1916815560405163ffffffff8316907f432bbfe9e151d36c0589ba11d5dd4476c86680e1d768dac6ccdb746bb82df649905f90a25050565b5f828218828410028218610985565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635c975abb6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611b97573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611bbb9190613913565b80611c4157507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663556ed30e6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611c1d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c419190613913565b156109ea57604051638f3e714760e01b815260040160405180910390fd5b6001545f9063ffffffff831610611c9157604051632885c66160e21b815263ffffffff83166004820152602401610638565b60018263ffffffff1681548110611caa57611caa6133f2565b905f5260205f2090600302019050919050565b63ffffffff8083165f9081526003602090815260408083206001600160401b0386168452909152812080549092600160481b9091041690036105be57604051632267531f60e11b815263ffffffff841660048201526001600160401b0383166024820152604401610638565b815481545f918291611d529163ffffffff600160801b909104811691600160481b900416613531565b5f54909250611d6e90600160701b900463ffffffff1683613531565b90509250929050565b670de0b6b3a763ffff19600782900b1280611d9d5750677ce66c50e2840000600782900b135b1561157a57604051638cebd98b60e01b8152600782900b6004820152602401610638565b604051633b4c989160e01b81526001600160a01b0382811660048301525f918291851690633b4c989190602401608060405180830381865afa158015611e09573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e2d919061392c565b90505f81604001518015611e42575081606001515b611e4c575f611eb4565b604051630a8990fd60e01b81526001600160a01b038581166004830152861690630a8990fd90602401602060405180830381865afa158015611e90573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611eb491906139b7565b9050805f03611ee157604051630bc677c960e41b81526001600160a01b0385166004820152602401610638565b611eea816127de565b95945050505050565b5f8282604051602001611f3d9291906060808252600590820152641c9bdd5b9960da1b608082015263ffffffff9290921660208301526001600160401b0316604082015260a00190565b60405160208183030381529060405280519060200120905092915050565b6001600160a01b0383165f9081526003860160205260408120546001600160401b03808416911603611fab5760405163718cd1d160e11b81526001600160a01b0385166004820152602401610638565b6001600160a01b0384165f90815260038701602052604090819020805467ffffffffffffffff19166001600160401b038516179055865461ffff169081101561205e57611ff981600161341a565b875461ffff9190911661ffff199091161787556040805180820182526001600160a01b0380881682526001600160601b0380881660208085019182525f87815260018e01909152949094209251935116600160a01b0292169190911790559050611eea565b5f195f5b828110156120a2575f81815260018a016020526040902054600160a01b90046001600160601b031682811015612099578092508194505b50600101612062565b5080856001600160601b0316116120de57604051636700f80560e01b81526001600160601b038616600482015260248101829052604401610638565b5f8381526001890160205260408082205490516001600160a01b03808a16939216918a917f4e3e1818d31619aca337661d7ee29d7e9a95c7902eb8a65903b3533fdc35f47a9190a450506040805180820182526001600160a01b0380871682526001600160601b0380871660208085019182525f87815260018d01909152949094209251935116600160a01b02921691909117905595945050505050565b5f818484604051602001612192939291906139ce565b6040516020818303038152906040528051906020012090509392505050565b6005545f906121cb906001906001600160401b0316613764565b600580546dffffffffffffffffffffffffffff1981169091557f96d89d210dab2dd99321597d20bd4ef7fb7367bfad85b370e7c91e4c6eee4b7e5f9081526004602052919250600160401b810463ffffffff1691600160601b90910461ffff16907ec43e9bed0ef7d18df6b7a38e8c3befdedecbab6a132b4e5d1e0ec4af5c531b9080806122598486612815565b865461ffff1916875560408051630f43a67760e01b8152905193965091945092505f916001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691630f43a6779160048083019260209291908290030181865afa1580156122cf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122f391906139b7565b90505f5b868110156123b857828181518110612311576123116133f2565b60200260200101515f14158015612351575060018181548110612336576123366133f2565b5f918252602090912060039091020154600160c01b900460ff165b156123b0576123b08186838151811061236c5761236c6133f2565b6020026020010151868481518110612386576123866133f2565b60200260200101518685815181106123a0576123a06133f2565b60200260200101518d8d88612b9a565b6001016122f7565b505050505050505050565b81515f90815b8181101561252f575f8582815181106123e4576123e46133f2565b602002602001015190505f858381518110612401576124016133f2565b602002602001015190508085612417919061341a565b9450825b5f8111801561244c5750828861243260018461351e565b81518110612442576124426133f2565b6020026020010151135b156124e3578761245d60018361351e565b8151811061246d5761246d6133f2565b6020026020010151888281518110612487576124876133f2565b60209081029190910101528661249e60018361351e565b815181106124ae576124ae6133f2565b60200260200101518782815181106124c8576124c86133f2565b60209081029190910101526124dc816139e7565b905061241b565b828882815181106124f6576124f66133f2565b60200260200101818152505081878281518110612515576125156133f2565b6020026020010181815250505050508060010190506123c9565b505092915050565b82515f908190815b818110156125ab57858181518110612559576125596133f2565b60200260200101518361256c919061341a565b92508461257a846002613507565b106125a357868181518110612591576125916133f2565b60200260200101519350505050610985565b60010161253f565b50856125b860018361351e565b815181106125c8576125c86133f2565b6020026020010151925050509392505050565b5f818312156125f3576125ee83836139fc565b610985565b61098582846139fc565b60018101545f805490916105be916001600160401b0391821691600160901b90910416611b2c565b805161ffff16158061263e57508051602061ffff909116115b806126515750602081015163ffffffff16155b8061266f5750806040015163ffffffff16816020015163ffffffff16115b806126825750606081015163ffffffff16155b806126955750608081015163ffffffff16155b806126ab575060a08101516001600160401b0316155b806126ca5750670de0b6b3a76400008160a001516001600160401b0316115b156126e85760405163a883435760e01b815260040160405180910390fd5b80515f805460208401516040808601516060870151608088015160a08901516001600160401b0316600160901b0267ffffffffffffffff60901b1963ffffffff928316600160701b02166bffffffffffffffffffffffff60701b19938316600160501b0263ffffffff60501b19958416600160301b02959095166dffffffffffffffff0000000000001993909716620100000265ffffffffffff1990981661ffff909a1699909917969096171693909317179190911693909317179055517f522b0f58954530150eff274b9d6434cdfcbb520d462f8696454e3d7f70d0fbcc906127d3908390613178565b60405180910390a150565b5f6001600160601b03821115612811576040516306dfcc6560e41b81526060600482015260248101839052604401610638565b5090565b81546060908190819061ffff165f600461283087600361341a565b61283a91906134e0565b9050856001600160401b03811115612854576128546134f3565b60405190808252806020026020018201604052801561288757816020015b60608152602001906001900390816128725790505b509450856001600160401b038111156128a2576128a26134f3565b6040519080825280602002602001820160405280156128d557816020015b60608152602001906001900390816128c05790505b509350856001600160401b038111156128f0576128f06134f3565b604051908082528060200260200182016040528015612919578160200160208202803683370190505b5092505f5b868110156129ec57826001600160401b0381111561293e5761293e6134f3565b604051908082528060200260200182016040528015612967578160200160208202803683370190505b5086828151811061297a5761297a6133f2565b6020026020010181905250826001600160401b0381111561299d5761299d6134f3565b6040519080825280602002602001820160405280156129c6578160200160208202803683370190505b508582815181106129d9576129d96133f2565b602090810291909101015260010161291e565b505f5b82811015612b90575f818152600189016020526040812054600160a01b90046001600160601b0316905b83811015612b86575f60028b018183612a346004602061361c565b612a429061ffff1688613507565b612a4c919061341a565b81526020019081526020015f205490505f5b6004811015612b7c575f81612a74856004613507565b612a7e919061341a565b90508b8110612a8d5750612b7c565b5f612a99836040613507565b84901c9050678000000000000000600782900b01612ab8575050612b74565b5f8a8381518110612acb57612acb6133f2565b602002602001015190508160070b8d8481518110612aeb57612aeb6133f2565b60200260200101518281518110612b0457612b046133f2565b602002602001018181525050868c8481518110612b2357612b236133f2565b60200260200101518281518110612b3c57612b3c6133f2565b6020908102919091010152612b5281600161341a565b8b8481518110612b6457612b646133f2565b6020026020010181815250505050505b600101612a5e565b5050600101612a19565b50506001016129ef565b5050509250925092565b8386528385525f612bab87876123c3565b90505f612bb9888884612537565b90505f612bc889898585612e76565b90505f60018b63ffffffff1681548110612be457612be46133f2565b905f5260205f20906003020190505f612bff82848b89612f17565b82549091505f90612c1a906001600160401b03166001613531565b90506040518060e001604052808660070b81526020018360ff1681526020018963ffffffff1681526020018a6001600160401b031681526020018b61ffff1681526020015f60070b81526020015f151581525060035f8f63ffffffff1681526020019081526020015f205f836001600160401b03166001600160401b031681526020019081526020015f205f820151815f015f6101000a8154816001600160401b03021916908360070b6001600160401b031602179055506020820151815f0160086101000a81548160ff021916908360ff1602179055506040820151815f0160096101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01600d6101000a8154816001600160401b0302191690836001600160401b031602179055506080820151815f0160156101000a81548161ffff021916908361ffff16021790555060a0820151815f0160176101000a8154816001600160401b03021916908360070b6001600160401b0316021790555060c0820151815f01601f6101000a81548160ff02191690831515021790555090505080835f015f6101000a8154816001600160401b0302191690836001600160401b03160217905550806001600160401b03168d63ffffffff167f492a4d1b4c2fbfa0b0b4a273ae41326446d284c2e275b9734fa584125918fcd18b88868f8e604051612e5f9594939291906001600160401b0395909516855260079390930b602085015260ff91909116604084015261ffff16606083015263ffffffff16608082015260a00190565b60405180910390a350505050505050505050505050565b83515f908190815b81811015612eff575f85898381518110612e9a57612e9a6133f2565b6020026020010151612eac91906139fc565b90505f811215612ec457612ebf81613a1b565b612ec6565b805b888381518110612ed857612ed86133f2565b6020026020010151612eea9190613507565b612ef4908561341a565b935050600101612e7e565b50612f0a85836134e0565b925050505b949350505050565b5f815f03612f2657505f612f0f565b5f612f30866125fd565b90505f612f3d8585611b2c565b6001880154600160401b90046001600160401b0316612f5d846064613507565b612f679190613507565b612f719190613507565b905083670de0b6b3a7640000612f87888561341a565b612f919190613507565b612f9b9190613507565b612f0a90826134e0565b63ffffffff8116811461157a575f5ffd5b6001600160401b038116811461157a575f5ffd5b5f5f60408385031215612fdb575f5ffd5b8235612fe681612fa5565b91506020830135612ff681612fb6565b809150509250929050565b5f60e082019050825160070b825260ff602084015116602083015263ffffffff60408401511660408301526001600160401b03606084015116606083015261ffff608084015116608083015260a083015161306160a084018260070b9052565b5060c083015161307560c084018215159052565b5092915050565b5f6020828403121561308c575f5ffd5b5035919050565b8035600781900b81146130a4575f5ffd5b919050565b5f5f5f606084860312156130bb575f5ffd5b83356130c681612fa5565b925060208401356130d681612fb6565b91506130e460408501613093565b90509250925092565b5f5f83601f8401126130fd575f5ffd5b5081356001600160401b03811115613113575f5ffd5b60208301915083602082850101111561312a575f5ffd5b9250929050565b5f5f5f60408486031215613143575f5ffd5b83356001600160401b03811115613158575f5ffd5b613164868287016130ed565b909790965060209590950135949350505050565b5f60c08201905061ffff835116825263ffffffff602084015116602083015263ffffffff604084015116604083015263ffffffff606084015116606083015263ffffffff60808401511660808301526001600160401b0360a08401511660a083015292915050565b5f602082840312156131f0575f5ffd5b813561098581612fa5565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f825161012060208401526132466101408401826131fb565b9050602084015161325f604085018263ffffffff169052565b50604084015163ffffffff811660608501525060608401516001600160401b038116608085015250608084015180151560a08501525060a08401516001600160401b03811660c08501525060c08401516001600160401b03811660e08501525060e08401516001600160401b038116610100850152506101008401516001600160401b038116610120850152509392505050565b5f5f60208385031215613304575f5ffd5b82356001600160401b03811115613319575f5ffd5b8301601f81018513613329575f5ffd5b80356001600160401b0381111561333e575f5ffd5b8560208260051b8401011115613352575f5ffd5b6020919091019590945092505050565b5f60c0828403128015613373575f5ffd5b509092915050565b5f5f5f5f5f6080868803121561338f575f5ffd5b85356001600160401b038111156133a4575f5ffd5b6133b0888289016130ed565b90965094505060208601356133c481612fa5565b925060408601356133d481612fb6565b915060608601356133e481612fa5565b809150509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156105be576105be613406565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f61346860408301858761342d565b9050826020830152949350505050565b63ffffffff82811682821603908111156105be576105be613406565b600181811c908216806134a857607f821691505b6020821081036134c657634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601260045260245ffd5b5f826134ee576134ee6134cc565b500490565b634e487b7160e01b5f52604160045260245ffd5b80820281158282048414176105be576105be613406565b818103818111156105be576105be613406565b6001600160401b0381811683821601908111156105be576105be613406565b805180151581146130a4575f5ffd5b61ffff8116811461157a575f5ffd5b5f60a082840312801561357f575f5ffd5b5060405160a081016001600160401b03811182821017156135a2576135a26134f3565b60405282516135b081612fb6565b815260208301516135c081612fa5565b602082015260408301516135d381612fa5565b60408201526135e460608401613550565b606082015260808301516135f78161355f565b60808201529392505050565b5f60208284031215613613575f5ffd5b61098582613093565b5f61ffff83168061362f5761362f6134cc565b8061ffff84160491505092915050565b6001600160601b038416815260406020820181905281018290525f8360608301825b858110156136895761367283613093565b60070b825260209283019290910190600101613661565b509695505050505050565b5f602082840312156136a4575f5ffd5b81516001600160a01b0381168114610985575f5ffd5b5f60c08284031280156136cb575f5ffd5b5060405160c081016001600160401b03811182821017156136ee576136ee6134f3565b60405282356136fc8161355f565b8152602083013561370c81612fa5565b6020820152604083013561371f81612fa5565b6040820152606083013561373281612fa5565b6060820152608083013561374581612fa5565b608082015260a083013561375881612fb6565b60a08201529392505050565b6001600160401b0382811682821603908111156105be576105be613406565b608081525f61379660808301878961342d565b905063ffffffff851660208301526001600160401b038416604083015263ffffffff831660608301529695505050505050565b604081525f6137dc60408301858761342d565b905063ffffffff83166020830152949350505050565b601f82111561383957805f5260205f20601f840160051c810160208510156138175750805b601f840160051c820191505b81811015613836575f8155600101613823565b50505b505050565b6001600160401b03831115613855576138556134f3565b613869836138638354613494565b836137f2565b5f601f84116001811461389a575f85156138835750838201355b5f19600387901b1c1916600186901b178355613836565b5f83815260208120601f198716915b828110156138c957868501358255602094850194600190920191016138a9565b50868210156138e5575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b63ffffffff81811683821601908111156105be576105be613406565b5f60208284031215613923575f5ffd5b61098582613550565b5f608082840312801561393d575f5ffd5b50604051608081016001600160401b0381118282101715613960576139606134f3565b60405282516001600160601b0381168114613979575f5ffd5b815260208301516139898161355f565b602082015261399a60408401613550565b60408201526139ab60608401613550565b60608201529392505050565b5f602082840312156139c7575f5ffd5b5051919050565b838152818360208301375f910160200190815292915050565b5f816139f5576139f5613406565b505f190190565b8181035f83128015838313168383128216171561307557613075613406565b5f600160ff1b8201613a2f57613a2f613406565b505f039056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xC0`@R4\x80\x15a\0\x0FW__\xFD[P`@Qa>\x918\x03\x80a>\x91\x839\x81\x01`@\x81\x90Ra\0.\x91a\x03\xC2V[_\x81`\x01`\x01`\xA0\x1B\x03\x16c{\x109\x99`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\0kW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\0\x8F\x91\x90a\x03\xC2V[`@QcU\xAB\xBCy`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`\x04\x83\x01R\x91\x92P\x90\x82\x16\x90c\xABWx\xF2\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\0\xD7W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\0\xFB\x91\x90a\x03\xE4V[a\x01'W`@Qc\x12jPK`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x80\x83\x16`\x80\x90\x81R\x90\x82\x16`\xA0\x90\x81R`@\x80Q`\xC0\x81\x01\x82R`\x10\x81R`<` \x82\x01Rb'\x8D\0\x91\x81\x01\x91\x90\x91Rb\t:\x80``\x82\x01Rb\x01Q\x80\x92\x81\x01\x92\x90\x92Rg\x01cEx]\x8A\0\0\x90\x82\x01Ra\x01\x89\x90a\x01\x90V[PPa\x04\x03V[\x80Qa\xFF\xFF\x16\x15\x80a\x01\xA9WP\x80Q` a\xFF\xFF\x90\x91\x16\x11[\x80a\x01\xBCWP` \x81\x01Qc\xFF\xFF\xFF\xFF\x16\x15[\x80a\x01\xDAWP\x80`@\x01Qc\xFF\xFF\xFF\xFF\x16\x81` \x01Qc\xFF\xFF\xFF\xFF\x16\x11[\x80a\x01\xEDWP``\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x15[\x80a\x02\0WP`\x80\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x15[\x80a\x02\x16WP`\xA0\x81\x01Q`\x01`\x01`@\x1B\x03\x16\x15[\x80a\x025WPg\r\xE0\xB6\xB3\xA7d\0\0\x81`\xA0\x01Q`\x01`\x01`@\x1B\x03\x16\x11[\x15a\x02SW`@Qc\xA8\x83CW`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80Q_\x80T` \x84\x01Q`@\x80\x86\x01Q``\x87\x01Q`\x80\x88\x01Q`\xA0\x89\x01Q`\x01`\x01`@\x1B\x03\x16`\x01`\x90\x1B\x02`\x01`\x90\x1B`\x01`\xD0\x1B\x03\x19c\xFF\xFF\xFF\xFF\x92\x83\x16`\x01`p\x1B\x02\x16`\x01`p\x1B`\x01`\xD0\x1B\x03\x19\x93\x83\x16j\x01\0\0\0\0\0\0\0\0\0\0\x02c\xFF\xFF\xFF\xFF`P\x1B\x19\x95\x84\x16f\x01\0\0\0\0\0\0\x02\x95\x90\x95\x16`\x01`0\x1B`\x01`p\x1B\x03\x19\x93\x90\x97\x16b\x01\0\0\x02e\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x98\x16a\xFF\xFF\x90\x9A\x16\x99\x90\x99\x17\x96\x90\x96\x17\x16\x93\x90\x93\x17\x17\x91\x90\x91\x16\x93\x90\x93\x17\x17\x90UQ\x7FR+\x0FX\x95E0\x15\x0E\xFF'K\x9Dd4\xCD\xFC\xBBR\rF/\x86\x96EN=\x7Fp\xD0\xFB\xCC\x90a\x03\xA0\x90\x83\x90_`\xC0\x82\x01\x90Pa\xFF\xFF\x83Q\x16\x82Rc\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01Rc\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01Rc\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01Rc\xFF\xFF\xFF\xFF`\x80\x84\x01Q\x16`\x80\x83\x01R`\x01\x80`@\x1B\x03`\xA0\x84\x01Q\x16`\xA0\x83\x01R\x92\x91PPV[`@Q\x80\x91\x03\x90\xA1PV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x03\xBFW__\xFD[PV[_` \x82\x84\x03\x12\x15a\x03\xD2W__\xFD[\x81Qa\x03\xDD\x81a\x03\xABV[\x93\x92PPPV[_` \x82\x84\x03\x12\x15a\x03\xF4W__\xFD[\x81Q\x80\x15\x15\x81\x14a\x03\xDDW__\xFD[`\x80Q`\xA0Qa:5a\x04\\_9_a\x14\xB2\x01R_\x81\x81a\x04C\x01R\x81\x81a\x08S\x01R\x81\x81a\x10\xA8\x01R\x81\x81a\x11\x9F\x01R\x81\x81a\x169\x01R\x81\x81a\x1A\x1B\x01R\x81\x81a\x1B=\x01R\x81\x81a\x1B\xC3\x01Ra\"\x86\x01Ra:5_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\xBBW_5`\xE0\x1C\x80c\x99,\x15\xFC\x11a\0\xF3W\x80c\xC7%\xD4\xD4\x11a\0\x93W\x80c\xD5o/\x81\x11a\0nW\x80c\xD5o/\x81\x14a\x04mW\x80c\xE2\x0C\xCE\xC3\x14a\x04}W\x80c\xE7 \x87\xDD\x14a\x04\xBEW\x80c\xF0\x03h\xB0\x14a\x04\xD1W__\xFD[\x80c\xC7%\xD4\xD4\x14a\x04\x19W\x80c\xC8\xCE\xA0\xE1\x14a\x04#W\x80c\xCA\xF2\xEB\xF2\x14a\x046W__\xFD[\x80c\x9Ed\xAF9\x11a\0\xCEW\x80c\x9Ed\xAF9\x14a\x03\xD1W\x80c\xAC\xD9\xE0\xDF\x14a\x03\xE4W\x80c\xAE\xD7\xB3\xCA\x14a\x03\xF3W\x80c\xB8j\x96\xFD\x14a\x04\x06W__\xFD[\x80c\x99,\x15\xFC\x14a\x03\xAFW\x80c\x9Cu\x01U\x14a\x03\xBFW\x80c\x9D\xDE\xA2\xC8\x14a\x03\xC9W__\xFD[\x80cF(\x98m\x11a\x01^W\x80cXC\xA5\xAD\x11a\x019W\x80cXC\xA5\xAD\x14a\x02\xD1W\x80c`\x90<\xC9\x14a\x03\x7FW\x80c}\xDER^\x14a\x03\x87W\x80c\x8A&\xDB\xEA\x14a\x03\xA7W__\xFD[\x80cF(\x98m\x14a\x02\x97W\x80cI\x92\xFC\x9C\x14a\x02\xA9W\x80cU\x04\xA4\xAB\x14a\x02\xBEW__\xFD[\x80c\x15~\xFE2\x11a\x01\x99W\x80c\x15~\xFE2\x14a\x02 W\x80c%C\x17\xC1\x14a\x02@W\x80c5u\\!\x14a\x02HW\x80c6\x7Fm7\x14a\x02pW__\xFD[\x80c\x01V\xFF\xB6\x14a\x01\xBFW\x80c\x06;\xDE$\x14a\x01\xDFW\x80c\n\xA6\xBFz\x14a\x02\x01W[__\xFD[a\x01\xC7` \x81V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x01\xEEg|\xE6lP\xE2\x84\0\0\x81V[`@Q`\x07\x91\x90\x91\x0B\x81R` \x01a\x01\xD6V[a\x02\x0Bb'\x8D\0\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xD6V[a\x023a\x02.6`\x04a/\xCAV[a\x04\xE4V[`@Qa\x01\xD6\x91\x90a0\x01V[a\x01\xC7`\x10\x81V[a\x02[a\x02V6`\x04a0|V[a\x05\xC4V[`@\x80Q\x92\x83R` \x83\x01\x91\x90\x91R\x01a\x01\xD6V[a\x02\x7Fg\x06\xF0[Y\xD3\xB2\0\0\x81V[`@Q`\x01`\x01`@\x1B\x03\x90\x91\x16\x81R` \x01a\x01\xD6V[`\x01T[`@Q\x90\x81R` \x01a\x01\xD6V[a\x02\xBCa\x02\xB76`\x04a0\xA9V[a\x07\x80V[\0[a\x02\x0Ba\x02\xCC6`\x04a11V[a\t&V[a\x03r`@\x80Q`\xC0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x91\x90\x91RP`@\x80Q`\xC0\x81\x01\x82R_Ta\xFF\xFF\x81\x16\x82Rb\x01\0\0\x81\x04c\xFF\xFF\xFF\xFF\x90\x81\x16` \x84\x01R`\x01`0\x1B\x82\x04\x81\x16\x93\x83\x01\x93\x90\x93R`\x01`P\x1B\x81\x04\x83\x16``\x83\x01R`\x01`p\x1B\x81\x04\x90\x92\x16`\x80\x82\x01R`\x01`\x90\x1B\x90\x91\x04`\x01`\x01`@\x1B\x03\x16`\xA0\x82\x01R\x90V[`@Qa\x01\xD6\x91\x90a1xV[a\x02\xBCa\t\x8CV[a\x03\x9Aa\x03\x956`\x04a1\xE0V[a\t\xECV[`@Qa\x01\xD6\x91\x90a2)V[a\x02\x9B`@\x81V[a\x01\xEEg\r\xE0\xB6\xB3\xA7c\xFF\xFF\x19\x81V[a\x02\x0Bb\x01Q\x80\x81V[a\x02\x0B`<\x81V[a\x02\xBCa\x03\xDF6`\x04a/\xCAV[a\x0B]V[a\x02\x7Fg\x01cEx]\x8A\0\0\x81V[a\x02\x9Ba\x04\x016`\x04a11V[a\x0F]V[a\x02\xBCa\x04\x146`\x04a2\xF3V[a\x10\x9DV[a\x02\x0Bb\t:\x80\x81V[a\x02\xBCa\x0416`\x04a3bV[a\x14\xB0V[`@Q`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R` \x01a\x01\xD6V[a\x01\xEEg\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x81V[a\x04\x85a\x15}V[`@\x80Q`\x01`\x01`@\x1B\x03\x90\x95\x16\x85Rc\xFF\xFF\xFF\xFF\x90\x93\x16` \x85\x01Ra\xFF\xFF\x91\x82\x16\x92\x84\x01\x92\x90\x92R\x16``\x82\x01R`\x80\x01a\x01\xD6V[a\x02\x0Ba\x04\xCC6`\x04a3{V[a\x166V[a\x02\xBCa\x04\xDF6`\x04a1\xE0V[a\x1A\x19V[`@\x80Q`\xE0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x91\x90\x91RPc\xFF\xFF\xFF\xFF\x80\x83\x16_\x90\x81R`\x03` \x90\x81R`@\x80\x83 `\x01`\x01`@\x1B\x03\x80\x87\x16\x85R\x90\x83R\x92\x81\x90 \x81Q`\xE0\x81\x01\x83R\x90T`\x07\x81\x81\x0B\x83R`\xFF`\x01`@\x1B\x83\x04\x81\x16\x95\x84\x01\x95\x90\x95R`\x01`H\x1B\x82\x04\x90\x96\x16\x92\x82\x01\x92\x90\x92R`\x01`h\x1B\x82\x04\x90\x93\x16``\x84\x01Ra\xFF\xFF`\x01`\xA8\x1B\x82\x04\x16`\x80\x84\x01R`\x01`\xB8\x1B\x81\x04\x90\x93\x0B`\xA0\x83\x01R`\x01`\xF8\x1B\x90\x92\x04\x90\x91\x16\x15\x15`\xC0\x82\x01R[\x92\x91PPV[_\x80\x82c\xFF\xFF\xFF\xFF`\xC0\x82\x90\x1C\x16`@\x82\x90\x1C\x82`\xE0\x81\x90\x1CcFEED\x14\x15\x80a\x06\x0EWP\x81`\x01`\x01`@\x1B\x03\x16`@\x85\x90\x1Co\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x80a\x06\x1BWP`\x01T\x83\x10\x15[\x15a\x06AW`@Qc{\xBE4\xC9`\xE0\x1B\x81R`\x04\x81\x01\x88\x90R`$\x01[`@Q\x80\x91\x03\x90\xFD[_`\x01\x84\x81T\x81\x10a\x06UWa\x06Ua3\xF2V[_\x91\x82R` \x90\x91 `\x03\x90\x91\x02\x01\x80T\x90\x91P`\x01`\x01`@\x1B\x03`\x01`@\x1B\x90\x91\x04\x81\x16\x90\x83\x16\x10\x15\x80a\x06\x98WP\x80T`\x01`\x01`@\x1B\x03\x90\x81\x16\x90\x84\x16\x11[\x15a\x06\xB9W`@Qc{\xBE4\xC9`\xE0\x1B\x81R`\x04\x81\x01\x89\x90R`$\x01a\x068V[\x82`\x01`\x01`@\x1B\x03\x16_\x03a\x06\xD8WP_\x97\x88\x97P\x95PPPPPPV[_\x84\x81R`\x03` \x90\x81R`@\x80\x83 `\x01`\x01`@\x1B\x03\x87\x16\x84R\x90\x91R\x81 \x80T\x83T\x83T`\x07\x92\x90\x92\x0B\x9AP\x91\x92\x91a\x07,\x91c\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x90\x92\x04\x82\x16\x91`\x01`P\x1B\x90\x91\x04\x16a\x1B,V[\x83T\x90\x91P`\x01`\xC0\x1B\x90\x04`\xFF\x16\x80\x15a\x07`WP\x81Ta\x07\\\x90\x82\x90`\x01`H\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16a4\x1AV[B\x11\x15[\x15a\x07tW\x81T`\x01`@\x1B\x90\x04`\xFF\x16\x97P[PPPPPPP\x91P\x91V[a\x07\x88a\x1B;V[_a\x07\x92\x84a\x1C_V[\x90P_a\x07\x9F\x85\x85a\x1C\xBDV[\x80T\x90\x91P`\x01`\xF8\x1B\x90\x04`\xFF\x16\x15a\x07\xE3W`@Qc\x07\xBA\x95\x1D`\xE3\x1B\x81Rc\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x85\x16`$\x82\x01R`D\x01a\x068V[__a\x07\xEF\x84\x84a\x1D)V[\x91P\x91P\x81`\x01`\x01`@\x1B\x03\x16B\x10\x80a\x08\x13WP\x80`\x01`\x01`@\x1B\x03\x16B\x10\x15[\x15a\x08DW`@Qc\xA0\x85\x82\xAB`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x80\x84\x16`\x04\x83\x01R\x82\x16`$\x82\x01R`D\x01a\x068V[a\x08M\x85a\x1DwV[_a\x08x\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x003a\x1D\xC1V[\x90P_a\x08\x85\x89\x89a\x1E\xF3V[_\x81\x81R`\x04` R`@\x81 \x91\x92Pa\x08\xA3\x82\x843\x87`\x01a\x1F[V[_\x81\x81R`\x02\x84\x01` \x90\x81R`@\x91\x82\x90 `\x01`\x01`@\x1B\x03\x80\x8E\x16\x90\x91U\x82Q`\x07\x8E\x90\x0B\x81R`\x01`\x01``\x1B\x03\x89\x16\x92\x81\x01\x92\x90\x92R\x92\x93P3\x92\x8D\x16\x91c\xFF\xFF\xFF\xFF\x8F\x16\x91\x7F\x95\x92\x14\xD7\x86\xB9\xEDD\xEE\x97\xA6\xC4\xAA\xBA\n\xE5r\x13\x13DP\xB9\xDCTS\xC3\xAA(\xC7\xFD\xC3\xAE\x91\x01`@Q\x80\x91\x03\x90\xA4PPPPPPPPPPPV[__`\x02_a\t6\x87\x87\x87a!|V[\x81R` \x81\x01\x91\x90\x91R`@\x01_\x90\x81 Tc\xFF\xFF\xFF\xFF\x16\x91P\x81\x90\x03a\tvW\x84\x84\x84`@Qccc.\xE1`\xE1\x1B\x81R`\x04\x01a\x068\x93\x92\x91\x90a4UV[a\t\x81`\x01\x82a4xV[\x91PP[\x93\x92PPPV[`\x05T`\x01`\x01`@\x1B\x03\x16\x15\x80a\t\xB2WP`\x05T`\x01`@\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16B\x10[\x15a\t\xE2W`\x05T`@Qc\x05\xD8\x82\x85`\xE4\x1B\x81R`\x01`@\x1B\x90\x91\x04c\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\x068V[a\t\xEAa!\xB1V[V[`@\x80Qa\x01 \x81\x01\x82R``\x80\x82R_` \x83\x01\x81\x90R\x92\x82\x01\x83\x90R\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90R\x90a\n=\x83a\x1C_V[\x90P`@Q\x80a\x01 \x01`@R\x80\x82`\x02\x01\x80Ta\nZ\x90a4\x94V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\n\x86\x90a4\x94V[\x80\x15a\n\xD1W\x80`\x1F\x10a\n\xA8Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\n\xD1V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\n\xB4W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPP\x91\x83RPP\x82T`\x01`\x80\x1B\x80\x82\x04c\xFF\xFF\xFF\xFF\x90\x81\x16` \x85\x01R`\x01`\xA0\x1B\x83\x04\x16`@\x84\x01R`\x01\x90\x94\x01T`\x01`\x01`@\x1B\x03\x80\x82\x16``\x85\x01R`\x01`\xC0\x1B\x83\x04`\xFF\x16\x15\x15`\x80\x85\x01R\x80\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x92\x83\x90\x04\x81\x16`\xC0\x85\x01R\x91\x81\x04\x82\x16`\xE0\x84\x01R\x93\x90\x93\x04\x90\x92\x16a\x01\0\x90\x92\x01\x91\x90\x91R\x92\x91PPV[_a\x0Bg\x83a\x1C_V[\x90P_a\x0Bt\x84\x84a\x1C\xBDV[\x80T\x90\x91P`\x01`\xF8\x1B\x90\x04`\xFF\x16\x15a\x0B\xB8W`@Qc\x07\xBA\x95\x1D`\xE3\x1B\x81Rc\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x84\x16`$\x82\x01R`D\x01a\x068V[_a\x0B\xC3\x83\x83a\x1D)V[\x91PP_`\x04_a\x0B\xD4\x88\x88a\x1E\xF3V[\x81R` \x81\x01\x91\x90\x91R`@\x01_\x90\x81 \x80T\x85T\x91\x93Pa\xFF\xFF\x90\x81\x16\x92\x91a\x0C\x08\x91`\x02\x91`\x01`\xA8\x1B\x90\x04\x16a4\xE0V[a\x0C\x13\x90`\x01a4\x1AV[\x90P\x83`\x01`\x01`@\x1B\x03\x16B\x10\x80a\x0C+WP\x80\x82\x10[\x15a\x0CbW`@Qc~X\x9F\xD3`\xE1\x1B\x81R`\x01`\x01`@\x1B\x03\x85\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x81\x01\x82\x90R`d\x01a\x068V[_\x82`\x01`\x01`@\x1B\x03\x81\x11\x15a\x0C{Wa\x0C{a4\xF3V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0C\xA4W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x83`\x01`\x01`@\x1B\x03\x81\x11\x15a\x0C\xC0Wa\x0C\xC0a4\xF3V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0C\xE9W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x84\x81\x10\x15a\r\x82W\x85`\x02\x01_\x82\x81R` \x01\x90\x81R` \x01_ T`\x07\x0B\x83\x82\x81Q\x81\x10a\r\x1FWa\r\x1Fa3\xF2V[` \x02` \x01\x01\x81\x81RPP\x85`\x01\x01_\x82\x81R` \x01\x90\x81R` \x01_ _\x01`\x14\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x82\x82\x81Q\x81\x10a\roWa\roa3\xF2V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a\x0C\xEEV[P_a\r\x98\x83\x83a\r\x93\x86\x86a#\xC3V[a%7V[\x88T\x90\x91P_\x90a\r\xAC\x90`\x07\x0B\x83a%\xDBV[\x90P_a\r\xB8\x8Ba%\xFDV[\x90P_a\r\xC5\x83\x83a4\x1AV[a\r\xD7g\r\xE0\xB6\xB3\xA7d\0\0\x84a5\x07V[a\r\xE1\x91\x90a4\xE0V[`\x01\x8D\x01T\x90\x91P`\x01`@\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16\x80\x82\x10\x15a\x0E&W`\x04a\x0E\r\x83\x83a5\x1EV[a\x0E\x17\x91\x90a4\xE0V[a\x0E!\x90\x82a5\x1EV[a\x0EFV[`\x04a\x0E2\x82\x84a5\x1EV[a\x0E<\x91\x90a4\xE0V[a\x0EF\x90\x82a4\x1AV[\x8CT`\x01`\x01`\xF8\x1B\x03`\x01`\x01`@\x1B\x03\x80\x89\x16`\x01`\xB8\x1B\x02\x91\x90\x91\x16`\x01`\x01`\xB8\x1B\x03\x90\x92\x16\x91\x90\x91\x17`\x01`\xF8\x1B\x17\x8EU`\x01\x8F\x81\x01\x80T\x83\x85\x16`\x01`@\x1B\x02g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x1B\x19\x90\x91\x16\x17\x80\x82U\x93\x94P\x90\x92\x90\x91`\x10\x91a\x0E\xBD\x91\x85\x91`\x01`\x80\x1B\x90\x04\x16a51V[\x92Pa\x01\0\n\x81T\x81`\x01`\x01`@\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`@\x1B\x03\x16\x02\x17\x90UP\x8D`\x01`\x01`@\x1B\x03\x16\x8Fc\xFF\xFF\xFF\xFF\x16\x7F+\xBCSs\xA0\x1B\xA5WYv/<w\x01\x97\x1E\x8A\x02\xE0\xA8h*\xBD\xBD\xD8>\x0F&X\xDC\x1AP\x87\x87\x85`@Qa\x0FD\x93\x92\x91\x90`\x07\x93\x90\x93\x0B\x83R` \x83\x01\x91\x90\x91R`\x01`\x01`@\x1B\x03\x16`@\x82\x01R``\x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPPPPPPPPPPPPV[__`\x02_a\x0Fm\x87\x87\x87a!|V[\x81R` \x81\x01\x91\x90\x91R`@\x01_\x90\x81 Tc\xFF\xFF\xFF\xFF\x16\x91P\x81\x90\x03a\x0F\xADW\x84\x84\x84`@Qccc.\xE1`\xE1\x1B\x81R`\x04\x01a\x068\x93\x92\x91\x90a4UV[_a\x0F\xB9`\x01\x83a4xV[\x90P_`\x01\x82c\xFF\xFF\xFF\xFF\x16\x81T\x81\x10a\x0F\xD5Wa\x0F\xD5a3\xF2V[_\x91\x82R` \x91\x82\x90 `\x03\x90\x91\x02\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x1B\x19\x81\x16`\x01`\x01`\x01`@\x1B\x03`\x01`@\x1B\x80\x85\x04\x82\x16\x92\x83\x01\x82\x16\x02\x92\x90\x92\x17\x84U`@\x80Q\x92\x84\x16\x80\x84Rc\x11\x91QQ`\xE2\x1Bo\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x95\x90\x92\x1B\x94\x90\x94\x16`\xC0\x89\x90\x1Bc\xFF\xFF\xFF\xFF`\xC0\x1B\x16\x17\x82\x17\x17\x98P\x92\x94P\x90\x923\x91c\xFF\xFF\xFF\xFF\x87\x16\x91\x89\x91\x7F\xED\x0C&\xC1n~\xC2H\xC5\x9A\x86\xAE\x17H\x97\xA8T\x19\x81d\x95=E7\x89(r\xAC\xEE\x0EXi\x91\x01`@Q\x80\x91\x03\x90\xA4PPPPP\x93\x92PPPV[a\x10\xA5a\x1B;V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x1F\x1B\x8A\x8C`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01`\xA0`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x11\x02W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x11&\x91\x90a5nV[\x90P_\x81``\x01Qa\x118W_a\x11>V[\x81`@\x01Q[c\xFF\xFF\xFF\xFF\x16\x90PB\x81\x11\x80a\x11^WP\x81` \x01Qc\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x11\x99W` \x82\x01Q`@Qc\x8F6v\xC5`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x83\x16`\x04\x82\x01Rc\xFF\xFF\xFF\xFF\x90\x91\x16`$\x82\x01R`D\x01a\x068V[_a\x11\xC4\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x003a\x1D\xC1V[\x83Q\x90\x91P_\x90a\x11\xD6\x90`\x01a51V[`\x05T\x90\x91P`\x01`\x01`@\x1B\x03\x80\x83\x16\x91\x16\x14a\x12WW`\x05T`\x01`\x01`@\x1B\x03\x16\x15a\x12\x07Wa\x12\x07a!\xB1V[`\x05\x80T` \x86\x01Q`\x01Ta\xFF\xFF\x16`\x01``\x1B\x02a\xFF\xFF``\x1B\x19c\xFF\xFF\xFF\xFF\x90\x92\x16`\x01`@\x1B\x02k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16`\x01`\x01`@\x1B\x03\x86\x16\x17\x92\x90\x92\x17\x16\x17\x90U[`\x05T`\x01``\x1B\x90\x04a\xFF\xFF\x16\x85\x81\x14a\x12\x8FW`@Qc\xD8\x03\xB6\x83`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x82\x90R`D\x01a\x068V[_[\x81\x81\x10\x15a\x13\tWg\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x88\x88\x83\x81\x81\x10a\x12\xB5Wa\x12\xB5a3\xF2V[\x90P` \x02\x01` \x81\x01\x90a\x12\xCA\x91\x90a6\x03V[`\x07\x0B\x14a\x13\x01Wa\x13\x01\x88\x88\x83\x81\x81\x10a\x12\xE7Wa\x12\xE7a3\xF2V[\x90P` \x02\x01` \x81\x01\x90a\x12\xFC\x91\x90a6\x03V[a\x1DwV[`\x01\x01a\x12\x91V[P\x7F\x96\xD8\x9D!\r\xAB-\xD9\x93!Y} \xBDN\xF7\xFBsg\xBF\xAD\x85\xB3p\xE7\xC9\x1ELn\xEEK~_\x81\x81R`\x04` R~\xC4>\x9B\xED\x0E\xF7\xD1\x8D\xF6\xB7\xA3\x8E\x8C;\xEF\xDE\xDE\xCB\xABj\x13+N]\x1E\x0E\xC4\xAF\\S\x1B\x91a\x13c\x90\x83\x903\x88\x88a\x1F[V[\x90P_`\x04a\x13s\x85`\x03a4\x1AV[a\x13}\x91\x90a4\xE0V[\x90P_[\x81\x81\x10\x15a\x14YW_\x80[`\x04\x81\x10\x15a\x14\x14W_\x81a\x13\xA2\x85`\x04a5\x07V[a\x13\xAC\x91\x90a4\x1AV[\x90P_\x88\x82\x10a\x13\xC5Wg\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19a\x13\xECV[\x8E\x8E\x83\x81\x81\x10a\x13\xD7Wa\x13\xD7a3\xF2V[\x90P` \x02\x01` \x81\x01\x90a\x13\xEC\x91\x90a6\x03V[\x90Pa\x13\xF9\x83`@a5\x07V[`\x01`\x01`@\x1B\x03\x90\x91\x16\x90\x1B\x92\x90\x92\x17\x91P`\x01\x01a\x13\x8CV[P\x80`\x02\x86\x01_\x84a\x14(`\x04` a6\x1CV[a\x146\x90a\xFF\xFF\x16\x89a5\x07V[a\x14@\x91\x90a4\x1AV[\x81R` \x81\x01\x91\x90\x91R`@\x01_ UP`\x01\x01a\x13\x81V[P\x87Q`@Q3\x91`\x01`\x01`@\x1B\x03\x16\x90\x7F\xDC\xC5\x1D\xE6Z\x0C\x98\xA1\xB7\xE2.\x1A\xC8\x16\xE2\xC9\xBE\xC5C;\x0E:\xE3UJ\x10\x9F\x02\x0B@\xF4\x87\x90a\x14\x9C\x90\x8A\x90\x8F\x90\x8F\x90a6?V[`@Q\x80\x91\x03\x90\xA3PPPPPPPPPPV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x8D\xA5\xCB[`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x15\x0CW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x150\x91\x90a6\x94V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x15cW`@Qc\x98\x8D\x1F\x03`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x068V[a\x15za\x15u6\x83\x90\x03\x83\x01\x83a6\xBAV[a&%V[PV[`\x05T_\x90\x81\x90\x81\x90\x81\x90`\x01`\x01`@\x1B\x03\x16\x81\x03a\x15\xA7WP_\x92P\x82\x91P\x81\x90P\x80a\x160V[`\x05Ta\x15\xBF\x90`\x01\x90`\x01`\x01`@\x1B\x03\x16a7dV[`\x05T\x7F\x96\xD8\x9D!\r\xAB-\xD9\x93!Y} \xBDN\xF7\xFBsg\xBF\xAD\x85\xB3p\xE7\xC9\x1ELn\xEEK~_R`\x04` R~\xC4>\x9B\xED\x0E\xF7\xD1\x8D\xF6\xB7\xA3\x8E\x8C;\xEF\xDE\xDE\xCB\xABj\x13+N]\x1E\x0E\xC4\xAF\\S\x1BT\x91\x95Pc\xFF\xFF\xFF\xFF`\x01`@\x1B\x82\x04\x16\x94Pa\xFF\xFF\x91\x82\x16\x93P`\x01``\x1B\x90\x04\x16\x90P[\x90\x91\x92\x93V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x8D\xA5\xCB[`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x16\x93W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x16\xB7\x91\x90a6\x94V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x16\xEAW`@Qc%\xC9K\x17`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x068V[`@\x80Q`\xC0\x81\x01\x82R_Ta\xFF\xFF\x81\x16\x82Rb\x01\0\0\x81\x04c\xFF\xFF\xFF\xFF\x90\x81\x16` \x84\x01R`\x01`0\x1B\x82\x04\x81\x16\x93\x83\x01\x93\x90\x93R`\x01`P\x1B\x81\x04\x83\x16``\x83\x01R`\x01`p\x1B\x81\x04\x90\x92\x16`\x80\x82\x01R`\x01`\x90\x1B\x90\x91\x04`\x01`\x01`@\x1B\x03\x16`\xA0\x82\x01R\x85\x80\x15\x80a\x17aWP` \x81\x11[\x80a\x17{WP\x81` \x01Qc\xFF\xFF\xFF\xFF\x16\x86c\xFF\xFF\xFF\xFF\x16\x10[\x80a\x17\x95WP\x81`@\x01Qc\xFF\xFF\xFF\xFF\x16\x86c\xFF\xFF\xFF\xFF\x16\x11[\x80a\x17\xA7WP`\x01`\x01`@\x1B\x03\x85\x16\x15[\x80a\x17\xC7WP\x81`\xA0\x01Q`\x01`\x01`@\x1B\x03\x16\x85`\x01`\x01`@\x1B\x03\x16\x11[\x80a\x17\xD6WPc\xFF\xFF\xFF\xFF\x84\x16\x15[\x80a\x17\xF0WP\x81``\x01Qc\xFF\xFF\xFF\xFF\x16\x84c\xFF\xFF\xFF\xFF\x16\x11[\x15a\x18\x18W\x87\x87\x87\x87\x87`@Qcn\xC4vO`\xE1\x1B\x81R`\x04\x01a\x068\x95\x94\x93\x92\x91\x90a7\x83V[\x81Q`\x01Ta\xFF\xFF\x90\x91\x16\x11a\x18JW\x81Q`@Qc+\x8D\xA9\xD1`\xE2\x1B\x81Ra\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x068V[_a\x18\\\x89\x89\x89c\xFF\xFF\xFF\xFF\x16a!|V[_\x81\x81R`\x02` R`@\x90 T\x90\x91Pc\xFF\xFF\xFF\xFF\x16\x15a\x18\x97W\x88\x88\x88`@Qc\xDBK\xD2\xB9`\xE0\x1B\x81R`\x04\x01a\x068\x93\x92\x91\x90a7\xC9V[`\x01\x80T\x80\x82\x01\x82U_\x91\x90\x91R`\x03\x81\x02\x7F\xB1\x0E-Rv\x12\x07;&\xEE\xCD\xFDq~j2\x0C\xF4KJ\xFA\xC2\xB0s-\x9F\xCB\xE2\xB7\xFA\x0C\xF6\x81\x01\x80T`\xFF`\xC0\x1B\x19c\xFF\xFF\xFF\xFF\x8A\x81\x16`\x01`\xA0\x1B\x02c\xFF\xFF\xFF\xFF`\xA0\x1B\x19\x91\x8E\x16`\x01`\x80\x1B\x02\x91\x90\x91\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x90\x93\x16\x92\x90\x92\x17\x91\x90\x91\x17\x16`\x01`\xC0\x1B\x17\x81U\x7F\xB1\x0E-Rv\x12\x07;&\xEE\xCD\xFDq~j2\x0C\xF4KJ\xFA\xC2\xB0s-\x9F\xCB\xE2\xB7\xFA\x0C\xF7\x82\x01\x80Te\x03x-\xAC\xE9\xD9`Q\x1Bo\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x91\x16`\x01`\x01`@\x1B\x03\x8C\x16\x17\x17\x90U\x91\x95P\x7F\xB1\x0E-Rv\x12\x07;&\xEE\xCD\xFDq~j2\x0C\xF4KJ\xFA\xC2\xB0s-\x9F\xCB\xE2\xB7\xFA\x0C\xF8\x01a\x19\x9B\x8A\x8C\x83a8>V[Pa\x19\xA7\x85`\x01a8\xF7V[_\x83\x81R`\x02` R`@\x90\x81\x90 \x80Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x93\x84\x16\x17\x90UQ\x90\x86\x16\x90\x7F\xA1\xD6*\xC9\x80iikbd\x98\x9F\xC4\xEE\xF9\xB9\xE9N\xDD9\xD5_\xA9v\xF8\xE0'\xFB\xBC\xAC\\\x0E\x90a\x1A\x04\x90\x8D\x90\x8D\x90\x8D\x90\x8D\x90\x8D\x90a7\x83V[`@Q\x80\x91\x03\x90\xA2PPPP\x95\x94PPPPPV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x8D\xA5\xCB[`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1AuW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1A\x99\x91\x90a6\x94V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x1A\xCCW`@Qc%\xC9K\x17`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x068V[_a\x1A\xD6\x82a\x1C_V[\x80T\x90\x91P`\x01`\xC0\x1B\x90\x04`\xFF\x16a\x1A\xEDWPPV[\x80T`\xFF`\xC0\x1B\x19\x16\x81U`@Qc\xFF\xFF\xFF\xFF\x83\x16\x90\x7FC+\xBF\xE9\xE1Q\xD3l\x05\x89\xBA\x11\xD5\xDDDv\xC8f\x80\xE1\xD7h\xDA\xC6\xCC\xDBtk\xB8-\xF6I\x90_\x90\xA2PPV[_\x82\x82\x18\x82\x84\x10\x02\x82\x18a\t\x85V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\\\x97Z\xBB`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1B\x97W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1B\xBB\x91\x90a9\x13V[\x80a\x1CAWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cUn\xD3\x0E`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1C\x1DW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1CA\x91\x90a9\x13V[\x15a\t\xEAW`@Qc\x8F>qG`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01T_\x90c\xFF\xFF\xFF\xFF\x83\x16\x10a\x1C\x91W`@Qc(\x85\xC6a`\xE2\x1B\x81Rc\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R`$\x01a\x068V[`\x01\x82c\xFF\xFF\xFF\xFF\x16\x81T\x81\x10a\x1C\xAAWa\x1C\xAAa3\xF2V[\x90_R` _ \x90`\x03\x02\x01\x90P\x91\x90PV[c\xFF\xFF\xFF\xFF\x80\x83\x16_\x90\x81R`\x03` \x90\x81R`@\x80\x83 `\x01`\x01`@\x1B\x03\x86\x16\x84R\x90\x91R\x81 \x80T\x90\x92`\x01`H\x1B\x90\x91\x04\x16\x90\x03a\x05\xBEW`@Qc\"gS\x1F`\xE1\x1B\x81Rc\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x83\x16`$\x82\x01R`D\x01a\x068V[\x81T\x81T_\x91\x82\x91a\x1DR\x91c\xFF\xFF\xFF\xFF`\x01`\x80\x1B\x90\x91\x04\x81\x16\x91`\x01`H\x1B\x90\x04\x16a51V[_T\x90\x92Pa\x1Dn\x90`\x01`p\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x83a51V[\x90P\x92P\x92\x90PV[g\r\xE0\xB6\xB3\xA7c\xFF\xFF\x19`\x07\x82\x90\x0B\x12\x80a\x1D\x9DWPg|\xE6lP\xE2\x84\0\0`\x07\x82\x90\x0B\x13[\x15a\x15zW`@Qc\x8C\xEB\xD9\x8B`\xE0\x1B\x81R`\x07\x82\x90\x0B`\x04\x82\x01R`$\x01a\x068V[`@Qc;L\x98\x91`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x81\x16`\x04\x83\x01R_\x91\x82\x91\x85\x16\x90c;L\x98\x91\x90`$\x01`\x80`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1E\tW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1E-\x91\x90a9,V[\x90P_\x81`@\x01Q\x80\x15a\x1EBWP\x81``\x01Q[a\x1ELW_a\x1E\xB4V[`@Qc\n\x89\x90\xFD`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16`\x04\x83\x01R\x86\x16\x90c\n\x89\x90\xFD\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1E\x90W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1E\xB4\x91\x90a9\xB7V[\x90P\x80_\x03a\x1E\xE1W`@Qc\x0B\xC6w\xC9`\xE4\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x068V[a\x1E\xEA\x81a'\xDEV[\x95\x94PPPPPV[_\x82\x82`@Q` \x01a\x1F=\x92\x91\x90``\x80\x82R`\x05\x90\x82\x01Rd\x1C\x9B\xDD[\x99`\xDA\x1B`\x80\x82\x01Rc\xFF\xFF\xFF\xFF\x92\x90\x92\x16` \x83\x01R`\x01`\x01`@\x1B\x03\x16`@\x82\x01R`\xA0\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x03\x86\x01` R`@\x81 T`\x01`\x01`@\x1B\x03\x80\x84\x16\x91\x16\x03a\x1F\xABW`@Qcq\x8C\xD1\xD1`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x068V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\x03\x87\x01` R`@\x90\x81\x90 \x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01`@\x1B\x03\x85\x16\x17\x90U\x86Ta\xFF\xFF\x16\x90\x81\x10\x15a ^Wa\x1F\xF9\x81`\x01a4\x1AV[\x87Ta\xFF\xFF\x91\x90\x91\x16a\xFF\xFF\x19\x90\x91\x16\x17\x87U`@\x80Q\x80\x82\x01\x82R`\x01`\x01`\xA0\x1B\x03\x80\x88\x16\x82R`\x01`\x01``\x1B\x03\x80\x88\x16` \x80\x85\x01\x91\x82R_\x87\x81R`\x01\x8E\x01\x90\x91R\x94\x90\x94 \x92Q\x93Q\x16`\x01`\xA0\x1B\x02\x92\x16\x91\x90\x91\x17\x90U\x90Pa\x1E\xEAV[_\x19_[\x82\x81\x10\x15a \xA2W_\x81\x81R`\x01\x8A\x01` R`@\x90 T`\x01`\xA0\x1B\x90\x04`\x01`\x01``\x1B\x03\x16\x82\x81\x10\x15a \x99W\x80\x92P\x81\x94P[P`\x01\x01a bV[P\x80\x85`\x01`\x01``\x1B\x03\x16\x11a \xDEW`@Qcg\0\xF8\x05`\xE0\x1B\x81R`\x01`\x01``\x1B\x03\x86\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x068V[_\x83\x81R`\x01\x89\x01` R`@\x80\x82 T\x90Q`\x01`\x01`\xA0\x1B\x03\x80\x8A\x16\x93\x92\x16\x91\x8A\x91\x7FN>\x18\x18\xD3\x16\x19\xAC\xA37f\x1D~\xE2\x9D~\x9A\x95\xC7\x90.\xB8\xA6Y\x03\xB3S?\xDC5\xF4z\x91\x90\xA4PP`@\x80Q\x80\x82\x01\x82R`\x01`\x01`\xA0\x1B\x03\x80\x87\x16\x82R`\x01`\x01``\x1B\x03\x80\x87\x16` \x80\x85\x01\x91\x82R_\x87\x81R`\x01\x8D\x01\x90\x91R\x94\x90\x94 \x92Q\x93Q\x16`\x01`\xA0\x1B\x02\x92\x16\x91\x90\x91\x17\x90U\x95\x94PPPPPV[_\x81\x84\x84`@Q` \x01a!\x92\x93\x92\x91\x90a9\xCEV[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x93\x92PPPV[`\x05T_\x90a!\xCB\x90`\x01\x90`\x01`\x01`@\x1B\x03\x16a7dV[`\x05\x80Tm\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x81\x16\x90\x91U\x7F\x96\xD8\x9D!\r\xAB-\xD9\x93!Y} \xBDN\xF7\xFBsg\xBF\xAD\x85\xB3p\xE7\xC9\x1ELn\xEEK~_\x90\x81R`\x04` R\x91\x92P`\x01`@\x1B\x81\x04c\xFF\xFF\xFF\xFF\x16\x91`\x01``\x1B\x90\x91\x04a\xFF\xFF\x16\x90~\xC4>\x9B\xED\x0E\xF7\xD1\x8D\xF6\xB7\xA3\x8E\x8C;\xEF\xDE\xDE\xCB\xABj\x13+N]\x1E\x0E\xC4\xAF\\S\x1B\x90\x80\x80a\"Y\x84\x86a(\x15V[\x86Ta\xFF\xFF\x19\x16\x87U`@\x80Qc\x0FC\xA6w`\xE0\x1B\x81R\x90Q\x93\x96P\x91\x94P\x92P_\x91`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91c\x0FC\xA6w\x91`\x04\x80\x83\x01\x92` \x92\x91\x90\x82\x90\x03\x01\x81\x86Z\xFA\x15\x80\x15a\"\xCFW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\"\xF3\x91\x90a9\xB7V[\x90P_[\x86\x81\x10\x15a#\xB8W\x82\x81\x81Q\x81\x10a#\x11Wa#\x11a3\xF2V[` \x02` \x01\x01Q_\x14\x15\x80\x15a#QWP`\x01\x81\x81T\x81\x10a#6Wa#6a3\xF2V[_\x91\x82R` \x90\x91 `\x03\x90\x91\x02\x01T`\x01`\xC0\x1B\x90\x04`\xFF\x16[\x15a#\xB0Wa#\xB0\x81\x86\x83\x81Q\x81\x10a#lWa#la3\xF2V[` \x02` \x01\x01Q\x86\x84\x81Q\x81\x10a#\x86Wa#\x86a3\xF2V[` \x02` \x01\x01Q\x86\x85\x81Q\x81\x10a#\xA0Wa#\xA0a3\xF2V[` \x02` \x01\x01Q\x8D\x8D\x88a+\x9AV[`\x01\x01a\"\xF7V[PPPPPPPPPV[\x81Q_\x90\x81[\x81\x81\x10\x15a%/W_\x85\x82\x81Q\x81\x10a#\xE4Wa#\xE4a3\xF2V[` \x02` \x01\x01Q\x90P_\x85\x83\x81Q\x81\x10a$\x01Wa$\x01a3\xF2V[` \x02` \x01\x01Q\x90P\x80\x85a$\x17\x91\x90a4\x1AV[\x94P\x82[_\x81\x11\x80\x15a$LWP\x82\x88a$2`\x01\x84a5\x1EV[\x81Q\x81\x10a$BWa$Ba3\xF2V[` \x02` \x01\x01Q\x13[\x15a$\xE3W\x87a$]`\x01\x83a5\x1EV[\x81Q\x81\x10a$mWa$ma3\xF2V[` \x02` \x01\x01Q\x88\x82\x81Q\x81\x10a$\x87Wa$\x87a3\xF2V[` \x90\x81\x02\x91\x90\x91\x01\x01R\x86a$\x9E`\x01\x83a5\x1EV[\x81Q\x81\x10a$\xAEWa$\xAEa3\xF2V[` \x02` \x01\x01Q\x87\x82\x81Q\x81\x10a$\xC8Wa$\xC8a3\xF2V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra$\xDC\x81a9\xE7V[\x90Pa$\x1BV[\x82\x88\x82\x81Q\x81\x10a$\xF6Wa$\xF6a3\xF2V[` \x02` \x01\x01\x81\x81RPP\x81\x87\x82\x81Q\x81\x10a%\x15Wa%\x15a3\xF2V[` \x02` \x01\x01\x81\x81RPPPPP\x80`\x01\x01\x90Pa#\xC9V[PP\x92\x91PPV[\x82Q_\x90\x81\x90\x81[\x81\x81\x10\x15a%\xABW\x85\x81\x81Q\x81\x10a%YWa%Ya3\xF2V[` \x02` \x01\x01Q\x83a%l\x91\x90a4\x1AV[\x92P\x84a%z\x84`\x02a5\x07V[\x10a%\xA3W\x86\x81\x81Q\x81\x10a%\x91Wa%\x91a3\xF2V[` \x02` \x01\x01Q\x93PPPPa\t\x85V[`\x01\x01a%?V[P\x85a%\xB8`\x01\x83a5\x1EV[\x81Q\x81\x10a%\xC8Wa%\xC8a3\xF2V[` \x02` \x01\x01Q\x92PPP\x93\x92PPPV[_\x81\x83\x12\x15a%\xF3Wa%\xEE\x83\x83a9\xFCV[a\t\x85V[a\t\x85\x82\x84a9\xFCV[`\x01\x81\x01T_\x80T\x90\x91a\x05\xBE\x91`\x01`\x01`@\x1B\x03\x91\x82\x16\x91`\x01`\x90\x1B\x90\x91\x04\x16a\x1B,V[\x80Qa\xFF\xFF\x16\x15\x80a&>WP\x80Q` a\xFF\xFF\x90\x91\x16\x11[\x80a&QWP` \x81\x01Qc\xFF\xFF\xFF\xFF\x16\x15[\x80a&oWP\x80`@\x01Qc\xFF\xFF\xFF\xFF\x16\x81` \x01Qc\xFF\xFF\xFF\xFF\x16\x11[\x80a&\x82WP``\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x15[\x80a&\x95WP`\x80\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x15[\x80a&\xABWP`\xA0\x81\x01Q`\x01`\x01`@\x1B\x03\x16\x15[\x80a&\xCAWPg\r\xE0\xB6\xB3\xA7d\0\0\x81`\xA0\x01Q`\x01`\x01`@\x1B\x03\x16\x11[\x15a&\xE8W`@Qc\xA8\x83CW`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80Q_\x80T` \x84\x01Q`@\x80\x86\x01Q``\x87\x01Q`\x80\x88\x01Q`\xA0\x89\x01Q`\x01`\x01`@\x1B\x03\x16`\x01`\x90\x1B\x02g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x90\x1B\x19c\xFF\xFF\xFF\xFF\x92\x83\x16`\x01`p\x1B\x02\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`p\x1B\x19\x93\x83\x16`\x01`P\x1B\x02c\xFF\xFF\xFF\xFF`P\x1B\x19\x95\x84\x16`\x01`0\x1B\x02\x95\x90\x95\x16m\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\x19\x93\x90\x97\x16b\x01\0\0\x02e\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x98\x16a\xFF\xFF\x90\x9A\x16\x99\x90\x99\x17\x96\x90\x96\x17\x16\x93\x90\x93\x17\x17\x91\x90\x91\x16\x93\x90\x93\x17\x17\x90UQ\x7FR+\x0FX\x95E0\x15\x0E\xFF'K\x9Dd4\xCD\xFC\xBBR\rF/\x86\x96EN=\x7Fp\xD0\xFB\xCC\x90a'\xD3\x90\x83\x90a1xV[`@Q\x80\x91\x03\x90\xA1PV[_`\x01`\x01``\x1B\x03\x82\x11\x15a(\x11W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R```\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x068V[P\x90V[\x81T``\x90\x81\x90\x81\x90a\xFF\xFF\x16_`\x04a(0\x87`\x03a4\x1AV[a(:\x91\x90a4\xE0V[\x90P\x85`\x01`\x01`@\x1B\x03\x81\x11\x15a(TWa(Ta4\xF3V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a(\x87W\x81` \x01[``\x81R` \x01\x90`\x01\x90\x03\x90\x81a(rW\x90P[P\x94P\x85`\x01`\x01`@\x1B\x03\x81\x11\x15a(\xA2Wa(\xA2a4\xF3V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a(\xD5W\x81` \x01[``\x81R` \x01\x90`\x01\x90\x03\x90\x81a(\xC0W\x90P[P\x93P\x85`\x01`\x01`@\x1B\x03\x81\x11\x15a(\xF0Wa(\xF0a4\xF3V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a)\x19W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x92P_[\x86\x81\x10\x15a)\xECW\x82`\x01`\x01`@\x1B\x03\x81\x11\x15a)>Wa)>a4\xF3V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a)gW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x86\x82\x81Q\x81\x10a)zWa)za3\xF2V[` \x02` \x01\x01\x81\x90RP\x82`\x01`\x01`@\x1B\x03\x81\x11\x15a)\x9DWa)\x9Da4\xF3V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a)\xC6W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x85\x82\x81Q\x81\x10a)\xD9Wa)\xD9a3\xF2V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a)\x1EV[P_[\x82\x81\x10\x15a+\x90W_\x81\x81R`\x01\x89\x01` R`@\x81 T`\x01`\xA0\x1B\x90\x04`\x01`\x01``\x1B\x03\x16\x90[\x83\x81\x10\x15a+\x86W_`\x02\x8B\x01\x81\x83a*4`\x04` a6\x1CV[a*B\x90a\xFF\xFF\x16\x88a5\x07V[a*L\x91\x90a4\x1AV[\x81R` \x01\x90\x81R` \x01_ T\x90P_[`\x04\x81\x10\x15a+|W_\x81a*t\x85`\x04a5\x07V[a*~\x91\x90a4\x1AV[\x90P\x8B\x81\x10a*\x8DWPa+|V[_a*\x99\x83`@a5\x07V[\x84\x90\x1C\x90Pg\x80\0\0\0\0\0\0\0`\x07\x82\x90\x0B\x01a*\xB8WPPa+tV[_\x8A\x83\x81Q\x81\x10a*\xCBWa*\xCBa3\xF2V[` \x02` \x01\x01Q\x90P\x81`\x07\x0B\x8D\x84\x81Q\x81\x10a*\xEBWa*\xEBa3\xF2V[` \x02` \x01\x01Q\x82\x81Q\x81\x10a+\x04Wa+\x04a3\xF2V[` \x02` \x01\x01\x81\x81RPP\x86\x8C\x84\x81Q\x81\x10a+#Wa+#a3\xF2V[` \x02` \x01\x01Q\x82\x81Q\x81\x10a+<Wa+<a3\xF2V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra+R\x81`\x01a4\x1AV[\x8B\x84\x81Q\x81\x10a+dWa+da3\xF2V[` \x02` \x01\x01\x81\x81RPPPPP[`\x01\x01a*^V[PP`\x01\x01a*\x19V[PP`\x01\x01a)\xEFV[PPP\x92P\x92P\x92V[\x83\x86R\x83\x85R_a+\xAB\x87\x87a#\xC3V[\x90P_a+\xB9\x88\x88\x84a%7V[\x90P_a+\xC8\x89\x89\x85\x85a.vV[\x90P_`\x01\x8Bc\xFF\xFF\xFF\xFF\x16\x81T\x81\x10a+\xE4Wa+\xE4a3\xF2V[\x90_R` _ \x90`\x03\x02\x01\x90P_a+\xFF\x82\x84\x8B\x89a/\x17V[\x82T\x90\x91P_\x90a,\x1A\x90`\x01`\x01`@\x1B\x03\x16`\x01a51V[\x90P`@Q\x80`\xE0\x01`@R\x80\x86`\x07\x0B\x81R` \x01\x83`\xFF\x16\x81R` \x01\x89c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x8A`\x01`\x01`@\x1B\x03\x16\x81R` \x01\x8Ba\xFF\xFF\x16\x81R` \x01_`\x07\x0B\x81R` \x01_\x15\x15\x81RP`\x03_\x8Fc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x90\x81R` \x01_ _\x83`\x01`\x01`@\x1B\x03\x16`\x01`\x01`@\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ _\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01`@\x1B\x03\x02\x19\x16\x90\x83`\x07\x0B`\x01`\x01`@\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x08a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\ta\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\ra\x01\0\n\x81T\x81`\x01`\x01`@\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`@\x1B\x03\x16\x02\x17\x90UP`\x80\x82\x01Q\x81_\x01`\x15a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81_\x01`\x17a\x01\0\n\x81T\x81`\x01`\x01`@\x1B\x03\x02\x19\x16\x90\x83`\x07\x0B`\x01`\x01`@\x1B\x03\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81_\x01`\x1Fa\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP\x90PP\x80\x83_\x01_a\x01\0\n\x81T\x81`\x01`\x01`@\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`@\x1B\x03\x16\x02\x17\x90UP\x80`\x01`\x01`@\x1B\x03\x16\x8Dc\xFF\xFF\xFF\xFF\x16\x7FI*M\x1BL/\xBF\xA0\xB0\xB4\xA2s\xAEA2dF\xD2\x84\xC2\xE2u\xB9sO\xA5\x84\x12Y\x18\xFC\xD1\x8B\x88\x86\x8F\x8E`@Qa._\x95\x94\x93\x92\x91\x90`\x01`\x01`@\x1B\x03\x95\x90\x95\x16\x85R`\x07\x93\x90\x93\x0B` \x85\x01R`\xFF\x91\x90\x91\x16`@\x84\x01Ra\xFF\xFF\x16``\x83\x01Rc\xFF\xFF\xFF\xFF\x16`\x80\x82\x01R`\xA0\x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPPPPPPPPPPV[\x83Q_\x90\x81\x90\x81[\x81\x81\x10\x15a.\xFFW_\x85\x89\x83\x81Q\x81\x10a.\x9AWa.\x9Aa3\xF2V[` \x02` \x01\x01Qa.\xAC\x91\x90a9\xFCV[\x90P_\x81\x12\x15a.\xC4Wa.\xBF\x81a:\x1BV[a.\xC6V[\x80[\x88\x83\x81Q\x81\x10a.\xD8Wa.\xD8a3\xF2V[` \x02` \x01\x01Qa.\xEA\x91\x90a5\x07V[a.\xF4\x90\x85a4\x1AV[\x93PP`\x01\x01a.~V[Pa/\n\x85\x83a4\xE0V[\x92PPP[\x94\x93PPPPV[_\x81_\x03a/&WP_a/\x0FV[_a/0\x86a%\xFDV[\x90P_a/=\x85\x85a\x1B,V[`\x01\x88\x01T`\x01`@\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16a/]\x84`da5\x07V[a/g\x91\x90a5\x07V[a/q\x91\x90a5\x07V[\x90P\x83g\r\xE0\xB6\xB3\xA7d\0\0a/\x87\x88\x85a4\x1AV[a/\x91\x91\x90a5\x07V[a/\x9B\x91\x90a5\x07V[a/\n\x90\x82a4\xE0V[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x15zW__\xFD[`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x15zW__\xFD[__`@\x83\x85\x03\x12\x15a/\xDBW__\xFD[\x825a/\xE6\x81a/\xA5V[\x91P` \x83\x015a/\xF6\x81a/\xB6V[\x80\x91PP\x92P\x92\x90PV[_`\xE0\x82\x01\x90P\x82Q`\x07\x0B\x82R`\xFF` \x84\x01Q\x16` \x83\x01Rc\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01R`\x01`\x01`@\x1B\x03``\x84\x01Q\x16``\x83\x01Ra\xFF\xFF`\x80\x84\x01Q\x16`\x80\x83\x01R`\xA0\x83\x01Qa0a`\xA0\x84\x01\x82`\x07\x0B\x90RV[P`\xC0\x83\x01Qa0u`\xC0\x84\x01\x82\x15\x15\x90RV[P\x92\x91PPV[_` \x82\x84\x03\x12\x15a0\x8CW__\xFD[P5\x91\x90PV[\x805`\x07\x81\x90\x0B\x81\x14a0\xA4W__\xFD[\x91\x90PV[___``\x84\x86\x03\x12\x15a0\xBBW__\xFD[\x835a0\xC6\x81a/\xA5V[\x92P` \x84\x015a0\xD6\x81a/\xB6V[\x91Pa0\xE4`@\x85\x01a0\x93V[\x90P\x92P\x92P\x92V[__\x83`\x1F\x84\x01\x12a0\xFDW__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15a1\x13W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a1*W__\xFD[\x92P\x92\x90PV[___`@\x84\x86\x03\x12\x15a1CW__\xFD[\x835`\x01`\x01`@\x1B\x03\x81\x11\x15a1XW__\xFD[a1d\x86\x82\x87\x01a0\xEDV[\x90\x97\x90\x96P` \x95\x90\x95\x015\x94\x93PPPPV[_`\xC0\x82\x01\x90Pa\xFF\xFF\x83Q\x16\x82Rc\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01Rc\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01Rc\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01Rc\xFF\xFF\xFF\xFF`\x80\x84\x01Q\x16`\x80\x83\x01R`\x01`\x01`@\x1B\x03`\xA0\x84\x01Q\x16`\xA0\x83\x01R\x92\x91PPV[_` \x82\x84\x03\x12\x15a1\xF0W__\xFD[\x815a\t\x85\x81a/\xA5V[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[` \x81R_\x82Qa\x01 ` \x84\x01Ra2Fa\x01@\x84\x01\x82a1\xFBV[\x90P` \x84\x01Qa2_`@\x85\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x84\x01Qc\xFF\xFF\xFF\xFF\x81\x16``\x85\x01RP``\x84\x01Q`\x01`\x01`@\x1B\x03\x81\x16`\x80\x85\x01RP`\x80\x84\x01Q\x80\x15\x15`\xA0\x85\x01RP`\xA0\x84\x01Q`\x01`\x01`@\x1B\x03\x81\x16`\xC0\x85\x01RP`\xC0\x84\x01Q`\x01`\x01`@\x1B\x03\x81\x16`\xE0\x85\x01RP`\xE0\x84\x01Q`\x01`\x01`@\x1B\x03\x81\x16a\x01\0\x85\x01RPa\x01\0\x84\x01Q`\x01`\x01`@\x1B\x03\x81\x16a\x01 \x85\x01RP\x93\x92PPPV[__` \x83\x85\x03\x12\x15a3\x04W__\xFD[\x825`\x01`\x01`@\x1B\x03\x81\x11\x15a3\x19W__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a3)W__\xFD[\x805`\x01`\x01`@\x1B\x03\x81\x11\x15a3>W__\xFD[\x85` \x82`\x05\x1B\x84\x01\x01\x11\x15a3RW__\xFD[` \x91\x90\x91\x01\x95\x90\x94P\x92PPPV[_`\xC0\x82\x84\x03\x12\x80\x15a3sW__\xFD[P\x90\x92\x91PPV[_____`\x80\x86\x88\x03\x12\x15a3\x8FW__\xFD[\x855`\x01`\x01`@\x1B\x03\x81\x11\x15a3\xA4W__\xFD[a3\xB0\x88\x82\x89\x01a0\xEDV[\x90\x96P\x94PP` \x86\x015a3\xC4\x81a/\xA5V[\x92P`@\x86\x015a3\xD4\x81a/\xB6V[\x91P``\x86\x015a3\xE4\x81a/\xA5V[\x80\x91PP\x92\x95P\x92\x95\x90\x93PV[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x05\xBEWa\x05\xBEa4\x06V[\x81\x83R\x81\x81` \x85\x017P_\x82\x82\x01` \x90\x81\x01\x91\x90\x91R`\x1F\x90\x91\x01`\x1F\x19\x16\x90\x91\x01\x01\x90V[`@\x81R_a4h`@\x83\x01\x85\x87a4-V[\x90P\x82` \x83\x01R\x94\x93PPPPV[c\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x05\xBEWa\x05\xBEa4\x06V[`\x01\x81\x81\x1C\x90\x82\x16\x80a4\xA8W`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a4\xC6WcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[P\x91\x90PV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[_\x82a4\xEEWa4\xEEa4\xCCV[P\x04\x90V[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x05\xBEWa\x05\xBEa4\x06V[\x81\x81\x03\x81\x81\x11\x15a\x05\xBEWa\x05\xBEa4\x06V[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x05\xBEWa\x05\xBEa4\x06V[\x80Q\x80\x15\x15\x81\x14a0\xA4W__\xFD[a\xFF\xFF\x81\x16\x81\x14a\x15zW__\xFD[_`\xA0\x82\x84\x03\x12\x80\x15a5\x7FW__\xFD[P`@Q`\xA0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a5\xA2Wa5\xA2a4\xF3V[`@R\x82Qa5\xB0\x81a/\xB6V[\x81R` \x83\x01Qa5\xC0\x81a/\xA5V[` \x82\x01R`@\x83\x01Qa5\xD3\x81a/\xA5V[`@\x82\x01Ra5\xE4``\x84\x01a5PV[``\x82\x01R`\x80\x83\x01Qa5\xF7\x81a5_V[`\x80\x82\x01R\x93\x92PPPV[_` \x82\x84\x03\x12\x15a6\x13W__\xFD[a\t\x85\x82a0\x93V[_a\xFF\xFF\x83\x16\x80a6/Wa6/a4\xCCV[\x80a\xFF\xFF\x84\x16\x04\x91PP\x92\x91PPV[`\x01`\x01``\x1B\x03\x84\x16\x81R`@` \x82\x01\x81\x90R\x81\x01\x82\x90R_\x83``\x83\x01\x82[\x85\x81\x10\x15a6\x89Wa6r\x83a0\x93V[`\x07\x0B\x82R` \x92\x83\x01\x92\x90\x91\x01\x90`\x01\x01a6aV[P\x96\x95PPPPPPV[_` \x82\x84\x03\x12\x15a6\xA4W__\xFD[\x81Q`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\t\x85W__\xFD[_`\xC0\x82\x84\x03\x12\x80\x15a6\xCBW__\xFD[P`@Q`\xC0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a6\xEEWa6\xEEa4\xF3V[`@R\x825a6\xFC\x81a5_V[\x81R` \x83\x015a7\x0C\x81a/\xA5V[` \x82\x01R`@\x83\x015a7\x1F\x81a/\xA5V[`@\x82\x01R``\x83\x015a72\x81a/\xA5V[``\x82\x01R`\x80\x83\x015a7E\x81a/\xA5V[`\x80\x82\x01R`\xA0\x83\x015a7X\x81a/\xB6V[`\xA0\x82\x01R\x93\x92PPPV[`\x01`\x01`@\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x05\xBEWa\x05\xBEa4\x06V[`\x80\x81R_a7\x96`\x80\x83\x01\x87\x89a4-V[\x90Pc\xFF\xFF\xFF\xFF\x85\x16` \x83\x01R`\x01`\x01`@\x1B\x03\x84\x16`@\x83\x01Rc\xFF\xFF\xFF\xFF\x83\x16``\x83\x01R\x96\x95PPPPPPV[`@\x81R_a7\xDC`@\x83\x01\x85\x87a4-V[\x90Pc\xFF\xFF\xFF\xFF\x83\x16` \x83\x01R\x94\x93PPPPV[`\x1F\x82\x11\x15a89W\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a8\x17WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a86W_\x81U`\x01\x01a8#V[PP[PPPV[`\x01`\x01`@\x1B\x03\x83\x11\x15a8UWa8Ua4\xF3V[a8i\x83a8c\x83Ta4\x94V[\x83a7\xF2V[_`\x1F\x84\x11`\x01\x81\x14a8\x9AW_\x85\x15a8\x83WP\x83\x82\x015[_\x19`\x03\x87\x90\x1B\x1C\x19\x16`\x01\x86\x90\x1B\x17\x83Ua86V[_\x83\x81R` \x81 `\x1F\x19\x87\x16\x91[\x82\x81\x10\x15a8\xC9W\x86\x85\x015\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a8\xA9V[P\x86\x82\x10\x15a8\xE5W_\x19`\xF8\x88`\x03\x1B\x16\x1C\x19\x84\x87\x015\x16\x81U[PP`\x01\x85`\x01\x1B\x01\x83UPPPPPV[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x05\xBEWa\x05\xBEa4\x06V[_` \x82\x84\x03\x12\x15a9#W__\xFD[a\t\x85\x82a5PV[_`\x80\x82\x84\x03\x12\x80\x15a9=W__\xFD[P`@Q`\x80\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a9`Wa9`a4\xF3V[`@R\x82Q`\x01`\x01``\x1B\x03\x81\x16\x81\x14a9yW__\xFD[\x81R` \x83\x01Qa9\x89\x81a5_V[` \x82\x01Ra9\x9A`@\x84\x01a5PV[`@\x82\x01Ra9\xAB``\x84\x01a5PV[``\x82\x01R\x93\x92PPPV[_` \x82\x84\x03\x12\x15a9\xC7W__\xFD[PQ\x91\x90PV[\x83\x81R\x81\x83` \x83\x017_\x91\x01` \x01\x90\x81R\x92\x91PPV[_\x81a9\xF5Wa9\xF5a4\x06V[P_\x19\x01\x90V[\x81\x81\x03_\x83\x12\x80\x15\x83\x83\x13\x16\x83\x83\x12\x82\x16\x17\x15a0uWa0ua4\x06V[_`\x01`\xFF\x1B\x82\x01a:/Wa:/a4\x06V[P_\x03\x90V",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b50600436106101bb575f3560e01c8063992c15fc116100f3578063c725d4d411610093578063d56f2f811161006e578063d56f2f811461046d578063e20ccec31461047d578063e72087dd146104be578063f00368b0146104d1575f5ffd5b8063c725d4d414610419578063c8cea0e114610423578063caf2ebf214610436575f5ffd5b80639e64af39116100ce5780639e64af39146103d1578063acd9e0df146103e4578063aed7b3ca146103f3578063b86a96fd14610406575f5ffd5b8063992c15fc146103af5780639c750155146103bf5780639ddea2c8146103c9575f5ffd5b80634628986d1161015e5780635843a5ad116101395780635843a5ad146102d157806360903cc91461037f5780637dde525e146103875780638a26dbea146103a7575f5ffd5b80634628986d146102975780634992fc9c146102a95780635504a4ab146102be575f5ffd5b8063157efe3211610199578063157efe3214610220578063254317c11461024057806335755c2114610248578063367f6d3714610270575f5ffd5b80630156ffb6146101bf578063063bde24146101df5780630aa6bf7a14610201575b5f5ffd5b6101c7602081565b60405161ffff90911681526020015b60405180910390f35b6101ee677ce66c50e284000081565b60405160079190910b81526020016101d6565b61020b62278d0081565b60405163ffffffff90911681526020016101d6565b61023361022e366004612fca565b6104e4565b6040516101d69190613001565b6101c7601081565b61025b61025636600461307c565b6105c4565b604080519283526020830191909152016101d6565b61027f6706f05b59d3b2000081565b6040516001600160401b0390911681526020016101d6565b6001545b6040519081526020016101d6565b6102bc6102b73660046130a9565b610780565b005b61020b6102cc366004613131565b610926565b6103726040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152506040805160c0810182525f5461ffff8116825262010000810463ffffffff9081166020840152600160301b8204811693830193909352600160501b810483166060830152600160701b81049092166080820152600160901b9091046001600160401b031660a082015290565b6040516101d69190613178565b6102bc61098c565b61039a6103953660046131e0565b6109ec565b6040516101d69190613229565b61029b604081565b6101ee670de0b6b3a763ffff1981565b61020b6201518081565b61020b603c81565b6102bc6103df366004612fca565b610b5d565b61027f67016345785d8a000081565b61029b610401366004613131565b610f5d565b6102bc6104143660046132f3565b61109d565b61020b62093a8081565b6102bc610431366004613362565b6114b0565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020016101d6565b6101ee677fffffffffffffff1981565b61048561157d565b604080516001600160401b03909516855263ffffffff909316602085015261ffff918216928401929092521660608201526080016101d6565b61020b6104cc36600461337b565b611636565b6102bc6104df3660046131e0565b611a19565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091525063ffffffff8083165f9081526003602090815260408083206001600160401b03808716855290835292819020815160e0810183529054600781810b835260ff600160401b8304811695840195909552600160481b820490961692820192909252600160681b8204909316606084015261ffff600160a81b8204166080840152600160b81b810490930b60a0830152600160f81b909204909116151560c08201525b92915050565b5f808263ffffffff60c082901c16604082901c8260e081901c634645454414158061060e5750816001600160401b0316604085901c6fffffffffffffffffffffffffffffffff1614155b8061061b57506001548310155b1561064157604051637bbe34c960e01b8152600481018890526024015b60405180910390fd5b5f60018481548110610655576106556133f2565b5f918252602090912060039091020180549091506001600160401b03600160401b9091048116908316101580610698575080546001600160401b03908116908416115b156106b957604051637bbe34c960e01b815260048101899052602401610638565b826001600160401b03165f036106d857505f9788975095505050505050565b5f8481526003602090815260408083206001600160401b0387168452909152812080548354835460079290920b9a5091929161072c9163ffffffff600160a01b909204821691600160501b90910416611b2c565b8354909150600160c01b900460ff1680156107605750815461075c908290600160481b900463ffffffff1661341a565b4211155b15610774578154600160401b900460ff1697505b50505050505050915091565b610788611b3b565b5f61079284611c5f565b90505f61079f8585611cbd565b8054909150600160f81b900460ff16156107e3576040516307ba951d60e31b815263ffffffff861660048201526001600160401b0385166024820152604401610638565b5f5f6107ef8484611d29565b91509150816001600160401b03164210806108135750806001600160401b03164210155b156108445760405163a08582ab60e01b81526001600160401b03808416600483015282166024820152604401610638565b61084d85611d77565b5f6108787f000000000000000000000000000000000000000000000000000000000000000033611dc1565b90505f6108858989611ef3565b5f8181526004602052604081209192506108a3828433876001611f5b565b5f8181526002840160209081526040918290206001600160401b03808e16909155825160078e900b81526001600160601b0389169281019290925292935033928d169163ffffffff8f16917f959214d786b9ed44ee97a6c4aaba0ae57213134450b9dc5453c3aa28c7fdc3ae910160405180910390a45050505050505050505050565b5f5f60025f61093687878761217c565b815260208101919091526040015f9081205463ffffffff169150819003610976578484846040516363632ee160e11b815260040161063893929190613455565b610981600182613478565b9150505b9392505050565b6005546001600160401b031615806109b25750600554600160401b900463ffffffff1642105b156109e2576005546040516305d8828560e41b8152600160401b90910463ffffffff166004820152602401610638565b6109ea6121b1565b565b604080516101208101825260608082525f6020830181905292820183905281018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905290610a3d83611c5f565b9050604051806101200160405280826002018054610a5a90613494565b80601f0160208091040260200160405190810160405280929190818152602001828054610a8690613494565b8015610ad15780601f10610aa857610100808354040283529160200191610ad1565b820191905f5260205f20905b815481529060010190602001808311610ab457829003601f168201915b50505091835250508254600160801b80820463ffffffff9081166020850152600160a01b83041660408401526001909401546001600160401b038082166060850152600160c01b830460ff161515608085015280831660a0850152600160401b92839004811660c0850152918104821660e0840152939093049092166101009092019190915292915050565b5f610b6783611c5f565b90505f610b748484611cbd565b8054909150600160f81b900460ff1615610bb8576040516307ba951d60e31b815263ffffffff851660048201526001600160401b0384166024820152604401610638565b5f610bc38383611d29565b9150505f60045f610bd48888611ef3565b815260208101919091526040015f9081208054855491935061ffff9081169291610c0891600291600160a81b9004166134e0565b610c1390600161341a565b9050836001600160401b0316421080610c2b57508082105b15610c6257604051637e589fd360e11b81526001600160401b03851660048201526024810183905260448101829052606401610638565b5f826001600160401b03811115610c7b57610c7b6134f3565b604051908082528060200260200182016040528015610ca4578160200160208202803683370190505b5090505f836001600160401b03811115610cc057610cc06134f3565b604051908082528060200260200182016040528015610ce9578160200160208202803683370190505b5090505f5b84811015610d8257856002015f8281526020019081526020015f205460070b838281518110610d1f57610d1f6133f2565b602002602001018181525050856001015f8281526020019081526020015f205f0160149054906101000a90046001600160601b03166001600160601b0316828281518110610d6f57610d6f6133f2565b6020908102919091010152600101610cee565b505f610d988383610d9386866123c3565b612537565b88549091505f90610dac9060070b836125db565b90505f610db88b6125fd565b90505f610dc5838361341a565b610dd7670de0b6b3a764000084613507565b610de191906134e0565b60018d0154909150600160401b90046001600160401b031680821015610e26576004610e0d838361351e565b610e1791906134e0565b610e21908261351e565b610e46565b6004610e32828461351e565b610e3c91906134e0565b610e46908261341a565b8c546001600160f81b036001600160401b03808916600160b81b02919091166001600160b81b0390921691909117600160f81b178e5560018f81018054838516600160401b0267ffffffffffffffff60401b199091161780825593945090929091601091610ebd918591600160801b900416613531565b92506101000a8154816001600160401b0302191690836001600160401b031602179055508d6001600160401b03168f63ffffffff167f2bbc5373a01ba55759762f3c7701971e8a02e0a8682abdbdd83e0f2658dc1a50878785604051610f449392919060079390930b835260208301919091526001600160401b0316604082015260600190565b60405180910390a3505050505050505050505050505050565b5f5f60025f610f6d87878761217c565b815260208101919091526040015f9081205463ffffffff169150819003610fad578484846040516363632ee160e11b815260040161063893929190613455565b5f610fb9600183613478565b90505f60018263ffffffff1681548110610fd557610fd56133f2565b5f918252602091829020600390910201805467ffffffffffffffff60401b19811660016001600160401b03600160401b808504821692830182160292909217845560408051928416808452631191515160e21b6fffffffffffffffff00000000000000009590921b9490941660c089901b63ffffffff60c01b161782171798509294509092339163ffffffff87169189917fed0c26c16e7ec248c59a86ae174897a854198164953d4537892872acee0e5869910160405180910390a450505050509392505050565b6110a5611b3b565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316631f1b8a8c6040518163ffffffff1660e01b815260040160a060405180830381865afa158015611102573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611126919061356e565b90505f8160600151611138575f61113e565b81604001515b63ffffffff1690504281118061115e5750816020015163ffffffff164210155b15611199576020820151604051638f3676c560e01b81526001600160401b038316600482015263ffffffff9091166024820152604401610638565b5f6111c47f000000000000000000000000000000000000000000000000000000000000000033611dc1565b83519091505f906111d6906001613531565b6005549091506001600160401b03808316911614611257576005546001600160401b031615611207576112076121b1565b60058054602086015160015461ffff16600160601b0261ffff60601b1963ffffffff909216600160401b026bffffffffffffffffffffffff199093166001600160401b0386161792909217161790555b600554600160601b900461ffff1685811461128f5760405163d803b68360e01b81526004810187905260248101829052604401610638565b5f5b8181101561130957677fffffffffffffff198888838181106112b5576112b56133f2565b90506020020160208101906112ca9190613603565b60070b14611301576113018888838181106112e7576112e76133f2565b90506020020160208101906112fc9190613603565b611d77565b600101611291565b507f96d89d210dab2dd99321597d20bd4ef7fb7367bfad85b370e7c91e4c6eee4b7e5f81815260046020527ec43e9bed0ef7d18df6b7a38e8c3befdedecbab6a132b4e5d1e0ec4af5c531b91611363908390338888611f5b565b90505f600461137385600361341a565b61137d91906134e0565b90505f5b81811015611459575f805b6004811015611414575f816113a2856004613507565b6113ac919061341a565b90505f8882106113c557677fffffffffffffff196113ec565b8e8e838181106113d7576113d76133f2565b90506020020160208101906113ec9190613603565b90506113f9836040613507565b6001600160401b03909116901b92909217915060010161138c565b5080600286015f846114286004602061361c565b6114369061ffff1689613507565b611440919061341a565b815260208101919091526040015f205550600101611381565b50875160405133916001600160401b0316907fdcc51de65a0c98a1b7e22e1ac816e2c9bec5433b0e3ae3554a109f020b40f4879061149c908a908f908f9061363f565b60405180910390a350505050505050505050565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316638da5cb5b6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561150c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115309190613694565b6001600160a01b0316336001600160a01b0316146115635760405163988d1f0360e01b8152336004820152602401610638565b61157a611575368390038301836136ba565b612625565b50565b6005545f908190819081906001600160401b031681036115a757505f925082915081905080611630565b6005546115bf906001906001600160401b0316613764565b6005547f96d89d210dab2dd99321597d20bd4ef7fb7367bfad85b370e7c91e4c6eee4b7e5f5260046020527ec43e9bed0ef7d18df6b7a38e8c3befdedecbab6a132b4e5d1e0ec4af5c531b5491955063ffffffff600160401b820416945061ffff9182169350600160601b90041690505b90919293565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316638da5cb5b6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611693573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116b79190613694565b6001600160a01b0316336001600160a01b0316146116ea576040516325c94b1760e01b8152336004820152602401610638565b6040805160c0810182525f5461ffff8116825262010000810463ffffffff9081166020840152600160301b8204811693830193909352600160501b810483166060830152600160701b81049092166080820152600160901b9091046001600160401b031660a0820152858015806117615750602081115b8061177b5750816020015163ffffffff168663ffffffff16105b806117955750816040015163ffffffff168663ffffffff16115b806117a757506001600160401b038516155b806117c757508160a001516001600160401b0316856001600160401b0316115b806117d6575063ffffffff8416155b806117f05750816060015163ffffffff168463ffffffff16115b15611818578787878787604051636ec4764f60e11b8152600401610638959493929190613783565b815160015461ffff9091161161184a578151604051632b8da9d160e21b815261ffff9091166004820152602401610638565b5f61185c89898963ffffffff1661217c565b5f8181526002602052604090205490915063ffffffff16156118975788888860405163db4bd2b960e01b8152600401610638939291906137c9565b6001805480820182555f91909152600381027fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf68101805460ff60c01b1963ffffffff8a8116600160a01b0263ffffffff60a01b19918e16600160801b029190911667ffffffffffffffff60801b19909316929092179190911716600160c01b1781557fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf7820180546503782dace9d960511b6fffffffffffffffffffffffffffffffff199091166001600160401b038c16171790559195507fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf80161199b8a8c8361383e565b506119a78560016138f7565b5f8381526002602052604090819020805463ffffffff191663ffffffff93841617905551908616907fa1d62ac98069696b6264989fc4eef9b9e94edd39d55fa976f8e027fbbcac5c0e90611a04908d908d908d908d908d90613783565b60405180910390a25050505095945050505050565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316638da5cb5b6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611a75573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a999190613694565b6001600160a01b0316336001600160a01b031614611acc576040516325c94b1760e01b8152336004820152602401610638565b5f611ad682611c5f565b8054909150600160c01b900460ff16611aed575050565b805460ff60c01b1916815560405163ffffffff8316907f432bbfe9e151d36c0589ba11d5dd4476c86680e1d768dac6ccdb746bb82df649905f90a25050565b5f828218828410028218610985565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635c975abb6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611b97573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611bbb9190613913565b80611c4157507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663556ed30e6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611c1d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c419190613913565b156109ea57604051638f3e714760e01b815260040160405180910390fd5b6001545f9063ffffffff831610611c9157604051632885c66160e21b815263ffffffff83166004820152602401610638565b60018263ffffffff1681548110611caa57611caa6133f2565b905f5260205f2090600302019050919050565b63ffffffff8083165f9081526003602090815260408083206001600160401b0386168452909152812080549092600160481b9091041690036105be57604051632267531f60e11b815263ffffffff841660048201526001600160401b0383166024820152604401610638565b815481545f918291611d529163ffffffff600160801b909104811691600160481b900416613531565b5f54909250611d6e90600160701b900463ffffffff1683613531565b90509250929050565b670de0b6b3a763ffff19600782900b1280611d9d5750677ce66c50e2840000600782900b135b1561157a57604051638cebd98b60e01b8152600782900b6004820152602401610638565b604051633b4c989160e01b81526001600160a01b0382811660048301525f918291851690633b4c989190602401608060405180830381865afa158015611e09573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e2d919061392c565b90505f81604001518015611e42575081606001515b611e4c575f611eb4565b604051630a8990fd60e01b81526001600160a01b038581166004830152861690630a8990fd90602401602060405180830381865afa158015611e90573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611eb491906139b7565b9050805f03611ee157604051630bc677c960e41b81526001600160a01b0385166004820152602401610638565b611eea816127de565b95945050505050565b5f8282604051602001611f3d9291906060808252600590820152641c9bdd5b9960da1b608082015263ffffffff9290921660208301526001600160401b0316604082015260a00190565b60405160208183030381529060405280519060200120905092915050565b6001600160a01b0383165f9081526003860160205260408120546001600160401b03808416911603611fab5760405163718cd1d160e11b81526001600160a01b0385166004820152602401610638565b6001600160a01b0384165f90815260038701602052604090819020805467ffffffffffffffff19166001600160401b038516179055865461ffff169081101561205e57611ff981600161341a565b875461ffff9190911661ffff199091161787556040805180820182526001600160a01b0380881682526001600160601b0380881660208085019182525f87815260018e01909152949094209251935116600160a01b0292169190911790559050611eea565b5f195f5b828110156120a2575f81815260018a016020526040902054600160a01b90046001600160601b031682811015612099578092508194505b50600101612062565b5080856001600160601b0316116120de57604051636700f80560e01b81526001600160601b038616600482015260248101829052604401610638565b5f8381526001890160205260408082205490516001600160a01b03808a16939216918a917f4e3e1818d31619aca337661d7ee29d7e9a95c7902eb8a65903b3533fdc35f47a9190a450506040805180820182526001600160a01b0380871682526001600160601b0380871660208085019182525f87815260018d01909152949094209251935116600160a01b02921691909117905595945050505050565b5f818484604051602001612192939291906139ce565b6040516020818303038152906040528051906020012090509392505050565b6005545f906121cb906001906001600160401b0316613764565b600580546dffffffffffffffffffffffffffff1981169091557f96d89d210dab2dd99321597d20bd4ef7fb7367bfad85b370e7c91e4c6eee4b7e5f9081526004602052919250600160401b810463ffffffff1691600160601b90910461ffff16907ec43e9bed0ef7d18df6b7a38e8c3befdedecbab6a132b4e5d1e0ec4af5c531b9080806122598486612815565b865461ffff1916875560408051630f43a67760e01b8152905193965091945092505f916001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691630f43a6779160048083019260209291908290030181865afa1580156122cf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122f391906139b7565b90505f5b868110156123b857828181518110612311576123116133f2565b60200260200101515f14158015612351575060018181548110612336576123366133f2565b5f918252602090912060039091020154600160c01b900460ff165b156123b0576123b08186838151811061236c5761236c6133f2565b6020026020010151868481518110612386576123866133f2565b60200260200101518685815181106123a0576123a06133f2565b60200260200101518d8d88612b9a565b6001016122f7565b505050505050505050565b81515f90815b8181101561252f575f8582815181106123e4576123e46133f2565b602002602001015190505f858381518110612401576124016133f2565b602002602001015190508085612417919061341a565b9450825b5f8111801561244c5750828861243260018461351e565b81518110612442576124426133f2565b6020026020010151135b156124e3578761245d60018361351e565b8151811061246d5761246d6133f2565b6020026020010151888281518110612487576124876133f2565b60209081029190910101528661249e60018361351e565b815181106124ae576124ae6133f2565b60200260200101518782815181106124c8576124c86133f2565b60209081029190910101526124dc816139e7565b905061241b565b828882815181106124f6576124f66133f2565b60200260200101818152505081878281518110612515576125156133f2565b6020026020010181815250505050508060010190506123c9565b505092915050565b82515f908190815b818110156125ab57858181518110612559576125596133f2565b60200260200101518361256c919061341a565b92508461257a846002613507565b106125a357868181518110612591576125916133f2565b60200260200101519350505050610985565b60010161253f565b50856125b860018361351e565b815181106125c8576125c86133f2565b6020026020010151925050509392505050565b5f818312156125f3576125ee83836139fc565b610985565b61098582846139fc565b60018101545f805490916105be916001600160401b0391821691600160901b90910416611b2c565b805161ffff16158061263e57508051602061ffff909116115b806126515750602081015163ffffffff16155b8061266f5750806040015163ffffffff16816020015163ffffffff16115b806126825750606081015163ffffffff16155b806126955750608081015163ffffffff16155b806126ab575060a08101516001600160401b0316155b806126ca5750670de0b6b3a76400008160a001516001600160401b0316115b156126e85760405163a883435760e01b815260040160405180910390fd5b80515f805460208401516040808601516060870151608088015160a08901516001600160401b0316600160901b0267ffffffffffffffff60901b1963ffffffff928316600160701b02166bffffffffffffffffffffffff60701b19938316600160501b0263ffffffff60501b19958416600160301b02959095166dffffffffffffffff0000000000001993909716620100000265ffffffffffff1990981661ffff909a1699909917969096171693909317179190911693909317179055517f522b0f58954530150eff274b9d6434cdfcbb520d462f8696454e3d7f70d0fbcc906127d3908390613178565b60405180910390a150565b5f6001600160601b03821115612811576040516306dfcc6560e41b81526060600482015260248101839052604401610638565b5090565b81546060908190819061ffff165f600461283087600361341a565b61283a91906134e0565b9050856001600160401b03811115612854576128546134f3565b60405190808252806020026020018201604052801561288757816020015b60608152602001906001900390816128725790505b509450856001600160401b038111156128a2576128a26134f3565b6040519080825280602002602001820160405280156128d557816020015b60608152602001906001900390816128c05790505b509350856001600160401b038111156128f0576128f06134f3565b604051908082528060200260200182016040528015612919578160200160208202803683370190505b5092505f5b868110156129ec57826001600160401b0381111561293e5761293e6134f3565b604051908082528060200260200182016040528015612967578160200160208202803683370190505b5086828151811061297a5761297a6133f2565b6020026020010181905250826001600160401b0381111561299d5761299d6134f3565b6040519080825280602002602001820160405280156129c6578160200160208202803683370190505b508582815181106129d9576129d96133f2565b602090810291909101015260010161291e565b505f5b82811015612b90575f818152600189016020526040812054600160a01b90046001600160601b0316905b83811015612b86575f60028b018183612a346004602061361c565b612a429061ffff1688613507565b612a4c919061341a565b81526020019081526020015f205490505f5b6004811015612b7c575f81612a74856004613507565b612a7e919061341a565b90508b8110612a8d5750612b7c565b5f612a99836040613507565b84901c9050678000000000000000600782900b01612ab8575050612b74565b5f8a8381518110612acb57612acb6133f2565b602002602001015190508160070b8d8481518110612aeb57612aeb6133f2565b60200260200101518281518110612b0457612b046133f2565b602002602001018181525050868c8481518110612b2357612b236133f2565b60200260200101518281518110612b3c57612b3c6133f2565b6020908102919091010152612b5281600161341a565b8b8481518110612b6457612b646133f2565b6020026020010181815250505050505b600101612a5e565b5050600101612a19565b50506001016129ef565b5050509250925092565b8386528385525f612bab87876123c3565b90505f612bb9888884612537565b90505f612bc889898585612e76565b90505f60018b63ffffffff1681548110612be457612be46133f2565b905f5260205f20906003020190505f612bff82848b89612f17565b82549091505f90612c1a906001600160401b03166001613531565b90506040518060e001604052808660070b81526020018360ff1681526020018963ffffffff1681526020018a6001600160401b031681526020018b61ffff1681526020015f60070b81526020015f151581525060035f8f63ffffffff1681526020019081526020015f205f836001600160401b03166001600160401b031681526020019081526020015f205f820151815f015f6101000a8154816001600160401b03021916908360070b6001600160401b031602179055506020820151815f0160086101000a81548160ff021916908360ff1602179055506040820151815f0160096101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01600d6101000a8154816001600160401b0302191690836001600160401b031602179055506080820151815f0160156101000a81548161ffff021916908361ffff16021790555060a0820151815f0160176101000a8154816001600160401b03021916908360070b6001600160401b0316021790555060c0820151815f01601f6101000a81548160ff02191690831515021790555090505080835f015f6101000a8154816001600160401b0302191690836001600160401b03160217905550806001600160401b03168d63ffffffff167f492a4d1b4c2fbfa0b0b4a273ae41326446d284c2e275b9734fa584125918fcd18b88868f8e604051612e5f9594939291906001600160401b0395909516855260079390930b602085015260ff91909116604084015261ffff16606083015263ffffffff16608082015260a00190565b60405180910390a350505050505050505050505050565b83515f908190815b81811015612eff575f85898381518110612e9a57612e9a6133f2565b6020026020010151612eac91906139fc565b90505f811215612ec457612ebf81613a1b565b612ec6565b805b888381518110612ed857612ed86133f2565b6020026020010151612eea9190613507565b612ef4908561341a565b935050600101612e7e565b50612f0a85836134e0565b925050505b949350505050565b5f815f03612f2657505f612f0f565b5f612f30866125fd565b90505f612f3d8585611b2c565b6001880154600160401b90046001600160401b0316612f5d846064613507565b612f679190613507565b612f719190613507565b905083670de0b6b3a7640000612f87888561341a565b612f919190613507565b612f9b9190613507565b612f0a90826134e0565b63ffffffff8116811461157a575f5ffd5b6001600160401b038116811461157a575f5ffd5b5f5f60408385031215612fdb575f5ffd5b8235612fe681612fa5565b91506020830135612ff681612fb6565b809150509250929050565b5f60e082019050825160070b825260ff602084015116602083015263ffffffff60408401511660408301526001600160401b03606084015116606083015261ffff608084015116608083015260a083015161306160a084018260070b9052565b5060c083015161307560c084018215159052565b5092915050565b5f6020828403121561308c575f5ffd5b5035919050565b8035600781900b81146130a4575f5ffd5b919050565b5f5f5f606084860312156130bb575f5ffd5b83356130c681612fa5565b925060208401356130d681612fb6565b91506130e460408501613093565b90509250925092565b5f5f83601f8401126130fd575f5ffd5b5081356001600160401b03811115613113575f5ffd5b60208301915083602082850101111561312a575f5ffd5b9250929050565b5f5f5f60408486031215613143575f5ffd5b83356001600160401b03811115613158575f5ffd5b613164868287016130ed565b909790965060209590950135949350505050565b5f60c08201905061ffff835116825263ffffffff602084015116602083015263ffffffff604084015116604083015263ffffffff606084015116606083015263ffffffff60808401511660808301526001600160401b0360a08401511660a083015292915050565b5f602082840312156131f0575f5ffd5b813561098581612fa5565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f825161012060208401526132466101408401826131fb565b9050602084015161325f604085018263ffffffff169052565b50604084015163ffffffff811660608501525060608401516001600160401b038116608085015250608084015180151560a08501525060a08401516001600160401b03811660c08501525060c08401516001600160401b03811660e08501525060e08401516001600160401b038116610100850152506101008401516001600160401b038116610120850152509392505050565b5f5f60208385031215613304575f5ffd5b82356001600160401b03811115613319575f5ffd5b8301601f81018513613329575f5ffd5b80356001600160401b0381111561333e575f5ffd5b8560208260051b8401011115613352575f5ffd5b6020919091019590945092505050565b5f60c0828403128015613373575f5ffd5b509092915050565b5f5f5f5f5f6080868803121561338f575f5ffd5b85356001600160401b038111156133a4575f5ffd5b6133b0888289016130ed565b90965094505060208601356133c481612fa5565b925060408601356133d481612fb6565b915060608601356133e481612fa5565b809150509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156105be576105be613406565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f61346860408301858761342d565b9050826020830152949350505050565b63ffffffff82811682821603908111156105be576105be613406565b600181811c908216806134a857607f821691505b6020821081036134c657634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601260045260245ffd5b5f826134ee576134ee6134cc565b500490565b634e487b7160e01b5f52604160045260245ffd5b80820281158282048414176105be576105be613406565b818103818111156105be576105be613406565b6001600160401b0381811683821601908111156105be576105be613406565b805180151581146130a4575f5ffd5b61ffff8116811461157a575f5ffd5b5f60a082840312801561357f575f5ffd5b5060405160a081016001600160401b03811182821017156135a2576135a26134f3565b60405282516135b081612fb6565b815260208301516135c081612fa5565b602082015260408301516135d381612fa5565b60408201526135e460608401613550565b606082015260808301516135f78161355f565b60808201529392505050565b5f60208284031215613613575f5ffd5b61098582613093565b5f61ffff83168061362f5761362f6134cc565b8061ffff84160491505092915050565b6001600160601b038416815260406020820181905281018290525f8360608301825b858110156136895761367283613093565b60070b825260209283019290910190600101613661565b509695505050505050565b5f602082840312156136a4575f5ffd5b81516001600160a01b0381168114610985575f5ffd5b5f60c08284031280156136cb575f5ffd5b5060405160c081016001600160401b03811182821017156136ee576136ee6134f3565b60405282356136fc8161355f565b8152602083013561370c81612fa5565b6020820152604083013561371f81612fa5565b6040820152606083013561373281612fa5565b6060820152608083013561374581612fa5565b608082015260a083013561375881612fb6565b60a08201529392505050565b6001600160401b0382811682821603908111156105be576105be613406565b608081525f61379660808301878961342d565b905063ffffffff851660208301526001600160401b038416604083015263ffffffff831660608301529695505050505050565b604081525f6137dc60408301858761342d565b905063ffffffff83166020830152949350505050565b601f82111561383957805f5260205f20601f840160051c810160208510156138175750805b601f840160051c820191505b81811015613836575f8155600101613823565b50505b505050565b6001600160401b03831115613855576138556134f3565b613869836138638354613494565b836137f2565b5f601f84116001811461389a575f85156138835750838201355b5f19600387901b1c1916600186901b178355613836565b5f83815260208120601f198716915b828110156138c957868501358255602094850194600190920191016138a9565b50868210156138e5575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b63ffffffff81811683821601908111156105be576105be613406565b5f60208284031215613923575f5ffd5b61098582613550565b5f608082840312801561393d575f5ffd5b50604051608081016001600160401b0381118282101715613960576139606134f3565b60405282516001600160601b0381168114613979575f5ffd5b815260208301516139898161355f565b602082015261399a60408401613550565b60408201526139ab60608401613550565b60608201529392505050565b5f602082840312156139c7575f5ffd5b5051919050565b838152818360208301375f910160200190815292915050565b5f816139f5576139f5613406565b505f190190565b8181035f83128015838313168383128216171561307557613075613406565b5f600160ff1b8201613a2f57613a2f613406565b505f039056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\xBBW_5`\xE0\x1C\x80c\x99,\x15\xFC\x11a\0\xF3W\x80c\xC7%\xD4\xD4\x11a\0\x93W\x80c\xD5o/\x81\x11a\0nW\x80c\xD5o/\x81\x14a\x04mW\x80c\xE2\x0C\xCE\xC3\x14a\x04}W\x80c\xE7 \x87\xDD\x14a\x04\xBEW\x80c\xF0\x03h\xB0\x14a\x04\xD1W__\xFD[\x80c\xC7%\xD4\xD4\x14a\x04\x19W\x80c\xC8\xCE\xA0\xE1\x14a\x04#W\x80c\xCA\xF2\xEB\xF2\x14a\x046W__\xFD[\x80c\x9Ed\xAF9\x11a\0\xCEW\x80c\x9Ed\xAF9\x14a\x03\xD1W\x80c\xAC\xD9\xE0\xDF\x14a\x03\xE4W\x80c\xAE\xD7\xB3\xCA\x14a\x03\xF3W\x80c\xB8j\x96\xFD\x14a\x04\x06W__\xFD[\x80c\x99,\x15\xFC\x14a\x03\xAFW\x80c\x9Cu\x01U\x14a\x03\xBFW\x80c\x9D\xDE\xA2\xC8\x14a\x03\xC9W__\xFD[\x80cF(\x98m\x11a\x01^W\x80cXC\xA5\xAD\x11a\x019W\x80cXC\xA5\xAD\x14a\x02\xD1W\x80c`\x90<\xC9\x14a\x03\x7FW\x80c}\xDER^\x14a\x03\x87W\x80c\x8A&\xDB\xEA\x14a\x03\xA7W__\xFD[\x80cF(\x98m\x14a\x02\x97W\x80cI\x92\xFC\x9C\x14a\x02\xA9W\x80cU\x04\xA4\xAB\x14a\x02\xBEW__\xFD[\x80c\x15~\xFE2\x11a\x01\x99W\x80c\x15~\xFE2\x14a\x02 W\x80c%C\x17\xC1\x14a\x02@W\x80c5u\\!\x14a\x02HW\x80c6\x7Fm7\x14a\x02pW__\xFD[\x80c\x01V\xFF\xB6\x14a\x01\xBFW\x80c\x06;\xDE$\x14a\x01\xDFW\x80c\n\xA6\xBFz\x14a\x02\x01W[__\xFD[a\x01\xC7` \x81V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x01\xEEg|\xE6lP\xE2\x84\0\0\x81V[`@Q`\x07\x91\x90\x91\x0B\x81R` \x01a\x01\xD6V[a\x02\x0Bb'\x8D\0\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xD6V[a\x023a\x02.6`\x04a/\xCAV[a\x04\xE4V[`@Qa\x01\xD6\x91\x90a0\x01V[a\x01\xC7`\x10\x81V[a\x02[a\x02V6`\x04a0|V[a\x05\xC4V[`@\x80Q\x92\x83R` \x83\x01\x91\x90\x91R\x01a\x01\xD6V[a\x02\x7Fg\x06\xF0[Y\xD3\xB2\0\0\x81V[`@Q`\x01`\x01`@\x1B\x03\x90\x91\x16\x81R` \x01a\x01\xD6V[`\x01T[`@Q\x90\x81R` \x01a\x01\xD6V[a\x02\xBCa\x02\xB76`\x04a0\xA9V[a\x07\x80V[\0[a\x02\x0Ba\x02\xCC6`\x04a11V[a\t&V[a\x03r`@\x80Q`\xC0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x91\x90\x91RP`@\x80Q`\xC0\x81\x01\x82R_Ta\xFF\xFF\x81\x16\x82Rb\x01\0\0\x81\x04c\xFF\xFF\xFF\xFF\x90\x81\x16` \x84\x01R`\x01`0\x1B\x82\x04\x81\x16\x93\x83\x01\x93\x90\x93R`\x01`P\x1B\x81\x04\x83\x16``\x83\x01R`\x01`p\x1B\x81\x04\x90\x92\x16`\x80\x82\x01R`\x01`\x90\x1B\x90\x91\x04`\x01`\x01`@\x1B\x03\x16`\xA0\x82\x01R\x90V[`@Qa\x01\xD6\x91\x90a1xV[a\x02\xBCa\t\x8CV[a\x03\x9Aa\x03\x956`\x04a1\xE0V[a\t\xECV[`@Qa\x01\xD6\x91\x90a2)V[a\x02\x9B`@\x81V[a\x01\xEEg\r\xE0\xB6\xB3\xA7c\xFF\xFF\x19\x81V[a\x02\x0Bb\x01Q\x80\x81V[a\x02\x0B`<\x81V[a\x02\xBCa\x03\xDF6`\x04a/\xCAV[a\x0B]V[a\x02\x7Fg\x01cEx]\x8A\0\0\x81V[a\x02\x9Ba\x04\x016`\x04a11V[a\x0F]V[a\x02\xBCa\x04\x146`\x04a2\xF3V[a\x10\x9DV[a\x02\x0Bb\t:\x80\x81V[a\x02\xBCa\x0416`\x04a3bV[a\x14\xB0V[`@Q`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R` \x01a\x01\xD6V[a\x01\xEEg\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x81V[a\x04\x85a\x15}V[`@\x80Q`\x01`\x01`@\x1B\x03\x90\x95\x16\x85Rc\xFF\xFF\xFF\xFF\x90\x93\x16` \x85\x01Ra\xFF\xFF\x91\x82\x16\x92\x84\x01\x92\x90\x92R\x16``\x82\x01R`\x80\x01a\x01\xD6V[a\x02\x0Ba\x04\xCC6`\x04a3{V[a\x166V[a\x02\xBCa\x04\xDF6`\x04a1\xE0V[a\x1A\x19V[`@\x80Q`\xE0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x91\x90\x91RPc\xFF\xFF\xFF\xFF\x80\x83\x16_\x90\x81R`\x03` \x90\x81R`@\x80\x83 `\x01`\x01`@\x1B\x03\x80\x87\x16\x85R\x90\x83R\x92\x81\x90 \x81Q`\xE0\x81\x01\x83R\x90T`\x07\x81\x81\x0B\x83R`\xFF`\x01`@\x1B\x83\x04\x81\x16\x95\x84\x01\x95\x90\x95R`\x01`H\x1B\x82\x04\x90\x96\x16\x92\x82\x01\x92\x90\x92R`\x01`h\x1B\x82\x04\x90\x93\x16``\x84\x01Ra\xFF\xFF`\x01`\xA8\x1B\x82\x04\x16`\x80\x84\x01R`\x01`\xB8\x1B\x81\x04\x90\x93\x0B`\xA0\x83\x01R`\x01`\xF8\x1B\x90\x92\x04\x90\x91\x16\x15\x15`\xC0\x82\x01R[\x92\x91PPV[_\x80\x82c\xFF\xFF\xFF\xFF`\xC0\x82\x90\x1C\x16`@\x82\x90\x1C\x82`\xE0\x81\x90\x1CcFEED\x14\x15\x80a\x06\x0EWP\x81`\x01`\x01`@\x1B\x03\x16`@\x85\x90\x1Co\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x80a\x06\x1BWP`\x01T\x83\x10\x15[\x15a\x06AW`@Qc{\xBE4\xC9`\xE0\x1B\x81R`\x04\x81\x01\x88\x90R`$\x01[`@Q\x80\x91\x03\x90\xFD[_`\x01\x84\x81T\x81\x10a\x06UWa\x06Ua3\xF2V[_\x91\x82R` \x90\x91 `\x03\x90\x91\x02\x01\x80T\x90\x91P`\x01`\x01`@\x1B\x03`\x01`@\x1B\x90\x91\x04\x81\x16\x90\x83\x16\x10\x15\x80a\x06\x98WP\x80T`\x01`\x01`@\x1B\x03\x90\x81\x16\x90\x84\x16\x11[\x15a\x06\xB9W`@Qc{\xBE4\xC9`\xE0\x1B\x81R`\x04\x81\x01\x89\x90R`$\x01a\x068V[\x82`\x01`\x01`@\x1B\x03\x16_\x03a\x06\xD8WP_\x97\x88\x97P\x95PPPPPPV[_\x84\x81R`\x03` \x90\x81R`@\x80\x83 `\x01`\x01`@\x1B\x03\x87\x16\x84R\x90\x91R\x81 \x80T\x83T\x83T`\x07\x92\x90\x92\x0B\x9AP\x91\x92\x91a\x07,\x91c\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x90\x92\x04\x82\x16\x91`\x01`P\x1B\x90\x91\x04\x16a\x1B,V[\x83T\x90\x91P`\x01`\xC0\x1B\x90\x04`\xFF\x16\x80\x15a\x07`WP\x81Ta\x07\\\x90\x82\x90`\x01`H\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16a4\x1AV[B\x11\x15[\x15a\x07tW\x81T`\x01`@\x1B\x90\x04`\xFF\x16\x97P[PPPPPPP\x91P\x91V[a\x07\x88a\x1B;V[_a\x07\x92\x84a\x1C_V[\x90P_a\x07\x9F\x85\x85a\x1C\xBDV[\x80T\x90\x91P`\x01`\xF8\x1B\x90\x04`\xFF\x16\x15a\x07\xE3W`@Qc\x07\xBA\x95\x1D`\xE3\x1B\x81Rc\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x85\x16`$\x82\x01R`D\x01a\x068V[__a\x07\xEF\x84\x84a\x1D)V[\x91P\x91P\x81`\x01`\x01`@\x1B\x03\x16B\x10\x80a\x08\x13WP\x80`\x01`\x01`@\x1B\x03\x16B\x10\x15[\x15a\x08DW`@Qc\xA0\x85\x82\xAB`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x80\x84\x16`\x04\x83\x01R\x82\x16`$\x82\x01R`D\x01a\x068V[a\x08M\x85a\x1DwV[_a\x08x\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x003a\x1D\xC1V[\x90P_a\x08\x85\x89\x89a\x1E\xF3V[_\x81\x81R`\x04` R`@\x81 \x91\x92Pa\x08\xA3\x82\x843\x87`\x01a\x1F[V[_\x81\x81R`\x02\x84\x01` \x90\x81R`@\x91\x82\x90 `\x01`\x01`@\x1B\x03\x80\x8E\x16\x90\x91U\x82Q`\x07\x8E\x90\x0B\x81R`\x01`\x01``\x1B\x03\x89\x16\x92\x81\x01\x92\x90\x92R\x92\x93P3\x92\x8D\x16\x91c\xFF\xFF\xFF\xFF\x8F\x16\x91\x7F\x95\x92\x14\xD7\x86\xB9\xEDD\xEE\x97\xA6\xC4\xAA\xBA\n\xE5r\x13\x13DP\xB9\xDCTS\xC3\xAA(\xC7\xFD\xC3\xAE\x91\x01`@Q\x80\x91\x03\x90\xA4PPPPPPPPPPPV[__`\x02_a\t6\x87\x87\x87a!|V[\x81R` \x81\x01\x91\x90\x91R`@\x01_\x90\x81 Tc\xFF\xFF\xFF\xFF\x16\x91P\x81\x90\x03a\tvW\x84\x84\x84`@Qccc.\xE1`\xE1\x1B\x81R`\x04\x01a\x068\x93\x92\x91\x90a4UV[a\t\x81`\x01\x82a4xV[\x91PP[\x93\x92PPPV[`\x05T`\x01`\x01`@\x1B\x03\x16\x15\x80a\t\xB2WP`\x05T`\x01`@\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16B\x10[\x15a\t\xE2W`\x05T`@Qc\x05\xD8\x82\x85`\xE4\x1B\x81R`\x01`@\x1B\x90\x91\x04c\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\x068V[a\t\xEAa!\xB1V[V[`@\x80Qa\x01 \x81\x01\x82R``\x80\x82R_` \x83\x01\x81\x90R\x92\x82\x01\x83\x90R\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90R\x90a\n=\x83a\x1C_V[\x90P`@Q\x80a\x01 \x01`@R\x80\x82`\x02\x01\x80Ta\nZ\x90a4\x94V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\n\x86\x90a4\x94V[\x80\x15a\n\xD1W\x80`\x1F\x10a\n\xA8Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\n\xD1V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\n\xB4W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPP\x91\x83RPP\x82T`\x01`\x80\x1B\x80\x82\x04c\xFF\xFF\xFF\xFF\x90\x81\x16` \x85\x01R`\x01`\xA0\x1B\x83\x04\x16`@\x84\x01R`\x01\x90\x94\x01T`\x01`\x01`@\x1B\x03\x80\x82\x16``\x85\x01R`\x01`\xC0\x1B\x83\x04`\xFF\x16\x15\x15`\x80\x85\x01R\x80\x83\x16`\xA0\x85\x01R`\x01`@\x1B\x92\x83\x90\x04\x81\x16`\xC0\x85\x01R\x91\x81\x04\x82\x16`\xE0\x84\x01R\x93\x90\x93\x04\x90\x92\x16a\x01\0\x90\x92\x01\x91\x90\x91R\x92\x91PPV[_a\x0Bg\x83a\x1C_V[\x90P_a\x0Bt\x84\x84a\x1C\xBDV[\x80T\x90\x91P`\x01`\xF8\x1B\x90\x04`\xFF\x16\x15a\x0B\xB8W`@Qc\x07\xBA\x95\x1D`\xE3\x1B\x81Rc\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x84\x16`$\x82\x01R`D\x01a\x068V[_a\x0B\xC3\x83\x83a\x1D)V[\x91PP_`\x04_a\x0B\xD4\x88\x88a\x1E\xF3V[\x81R` \x81\x01\x91\x90\x91R`@\x01_\x90\x81 \x80T\x85T\x91\x93Pa\xFF\xFF\x90\x81\x16\x92\x91a\x0C\x08\x91`\x02\x91`\x01`\xA8\x1B\x90\x04\x16a4\xE0V[a\x0C\x13\x90`\x01a4\x1AV[\x90P\x83`\x01`\x01`@\x1B\x03\x16B\x10\x80a\x0C+WP\x80\x82\x10[\x15a\x0CbW`@Qc~X\x9F\xD3`\xE1\x1B\x81R`\x01`\x01`@\x1B\x03\x85\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x81\x01\x82\x90R`d\x01a\x068V[_\x82`\x01`\x01`@\x1B\x03\x81\x11\x15a\x0C{Wa\x0C{a4\xF3V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0C\xA4W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_\x83`\x01`\x01`@\x1B\x03\x81\x11\x15a\x0C\xC0Wa\x0C\xC0a4\xF3V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0C\xE9W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x84\x81\x10\x15a\r\x82W\x85`\x02\x01_\x82\x81R` \x01\x90\x81R` \x01_ T`\x07\x0B\x83\x82\x81Q\x81\x10a\r\x1FWa\r\x1Fa3\xF2V[` \x02` \x01\x01\x81\x81RPP\x85`\x01\x01_\x82\x81R` \x01\x90\x81R` \x01_ _\x01`\x14\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16`\x01`\x01``\x1B\x03\x16\x82\x82\x81Q\x81\x10a\roWa\roa3\xF2V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a\x0C\xEEV[P_a\r\x98\x83\x83a\r\x93\x86\x86a#\xC3V[a%7V[\x88T\x90\x91P_\x90a\r\xAC\x90`\x07\x0B\x83a%\xDBV[\x90P_a\r\xB8\x8Ba%\xFDV[\x90P_a\r\xC5\x83\x83a4\x1AV[a\r\xD7g\r\xE0\xB6\xB3\xA7d\0\0\x84a5\x07V[a\r\xE1\x91\x90a4\xE0V[`\x01\x8D\x01T\x90\x91P`\x01`@\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16\x80\x82\x10\x15a\x0E&W`\x04a\x0E\r\x83\x83a5\x1EV[a\x0E\x17\x91\x90a4\xE0V[a\x0E!\x90\x82a5\x1EV[a\x0EFV[`\x04a\x0E2\x82\x84a5\x1EV[a\x0E<\x91\x90a4\xE0V[a\x0EF\x90\x82a4\x1AV[\x8CT`\x01`\x01`\xF8\x1B\x03`\x01`\x01`@\x1B\x03\x80\x89\x16`\x01`\xB8\x1B\x02\x91\x90\x91\x16`\x01`\x01`\xB8\x1B\x03\x90\x92\x16\x91\x90\x91\x17`\x01`\xF8\x1B\x17\x8EU`\x01\x8F\x81\x01\x80T\x83\x85\x16`\x01`@\x1B\x02g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x1B\x19\x90\x91\x16\x17\x80\x82U\x93\x94P\x90\x92\x90\x91`\x10\x91a\x0E\xBD\x91\x85\x91`\x01`\x80\x1B\x90\x04\x16a51V[\x92Pa\x01\0\n\x81T\x81`\x01`\x01`@\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`@\x1B\x03\x16\x02\x17\x90UP\x8D`\x01`\x01`@\x1B\x03\x16\x8Fc\xFF\xFF\xFF\xFF\x16\x7F+\xBCSs\xA0\x1B\xA5WYv/<w\x01\x97\x1E\x8A\x02\xE0\xA8h*\xBD\xBD\xD8>\x0F&X\xDC\x1AP\x87\x87\x85`@Qa\x0FD\x93\x92\x91\x90`\x07\x93\x90\x93\x0B\x83R` \x83\x01\x91\x90\x91R`\x01`\x01`@\x1B\x03\x16`@\x82\x01R``\x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPPPPPPPPPPPPV[__`\x02_a\x0Fm\x87\x87\x87a!|V[\x81R` \x81\x01\x91\x90\x91R`@\x01_\x90\x81 Tc\xFF\xFF\xFF\xFF\x16\x91P\x81\x90\x03a\x0F\xADW\x84\x84\x84`@Qccc.\xE1`\xE1\x1B\x81R`\x04\x01a\x068\x93\x92\x91\x90a4UV[_a\x0F\xB9`\x01\x83a4xV[\x90P_`\x01\x82c\xFF\xFF\xFF\xFF\x16\x81T\x81\x10a\x0F\xD5Wa\x0F\xD5a3\xF2V[_\x91\x82R` \x91\x82\x90 `\x03\x90\x91\x02\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x1B\x19\x81\x16`\x01`\x01`\x01`@\x1B\x03`\x01`@\x1B\x80\x85\x04\x82\x16\x92\x83\x01\x82\x16\x02\x92\x90\x92\x17\x84U`@\x80Q\x92\x84\x16\x80\x84Rc\x11\x91QQ`\xE2\x1Bo\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x95\x90\x92\x1B\x94\x90\x94\x16`\xC0\x89\x90\x1Bc\xFF\xFF\xFF\xFF`\xC0\x1B\x16\x17\x82\x17\x17\x98P\x92\x94P\x90\x923\x91c\xFF\xFF\xFF\xFF\x87\x16\x91\x89\x91\x7F\xED\x0C&\xC1n~\xC2H\xC5\x9A\x86\xAE\x17H\x97\xA8T\x19\x81d\x95=E7\x89(r\xAC\xEE\x0EXi\x91\x01`@Q\x80\x91\x03\x90\xA4PPPPP\x93\x92PPPV[a\x10\xA5a\x1B;V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x1F\x1B\x8A\x8C`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01`\xA0`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x11\x02W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x11&\x91\x90a5nV[\x90P_\x81``\x01Qa\x118W_a\x11>V[\x81`@\x01Q[c\xFF\xFF\xFF\xFF\x16\x90PB\x81\x11\x80a\x11^WP\x81` \x01Qc\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x11\x99W` \x82\x01Q`@Qc\x8F6v\xC5`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x83\x16`\x04\x82\x01Rc\xFF\xFF\xFF\xFF\x90\x91\x16`$\x82\x01R`D\x01a\x068V[_a\x11\xC4\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x003a\x1D\xC1V[\x83Q\x90\x91P_\x90a\x11\xD6\x90`\x01a51V[`\x05T\x90\x91P`\x01`\x01`@\x1B\x03\x80\x83\x16\x91\x16\x14a\x12WW`\x05T`\x01`\x01`@\x1B\x03\x16\x15a\x12\x07Wa\x12\x07a!\xB1V[`\x05\x80T` \x86\x01Q`\x01Ta\xFF\xFF\x16`\x01``\x1B\x02a\xFF\xFF``\x1B\x19c\xFF\xFF\xFF\xFF\x90\x92\x16`\x01`@\x1B\x02k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16`\x01`\x01`@\x1B\x03\x86\x16\x17\x92\x90\x92\x17\x16\x17\x90U[`\x05T`\x01``\x1B\x90\x04a\xFF\xFF\x16\x85\x81\x14a\x12\x8FW`@Qc\xD8\x03\xB6\x83`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x82\x90R`D\x01a\x068V[_[\x81\x81\x10\x15a\x13\tWg\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x88\x88\x83\x81\x81\x10a\x12\xB5Wa\x12\xB5a3\xF2V[\x90P` \x02\x01` \x81\x01\x90a\x12\xCA\x91\x90a6\x03V[`\x07\x0B\x14a\x13\x01Wa\x13\x01\x88\x88\x83\x81\x81\x10a\x12\xE7Wa\x12\xE7a3\xF2V[\x90P` \x02\x01` \x81\x01\x90a\x12\xFC\x91\x90a6\x03V[a\x1DwV[`\x01\x01a\x12\x91V[P\x7F\x96\xD8\x9D!\r\xAB-\xD9\x93!Y} \xBDN\xF7\xFBsg\xBF\xAD\x85\xB3p\xE7\xC9\x1ELn\xEEK~_\x81\x81R`\x04` R~\xC4>\x9B\xED\x0E\xF7\xD1\x8D\xF6\xB7\xA3\x8E\x8C;\xEF\xDE\xDE\xCB\xABj\x13+N]\x1E\x0E\xC4\xAF\\S\x1B\x91a\x13c\x90\x83\x903\x88\x88a\x1F[V[\x90P_`\x04a\x13s\x85`\x03a4\x1AV[a\x13}\x91\x90a4\xE0V[\x90P_[\x81\x81\x10\x15a\x14YW_\x80[`\x04\x81\x10\x15a\x14\x14W_\x81a\x13\xA2\x85`\x04a5\x07V[a\x13\xAC\x91\x90a4\x1AV[\x90P_\x88\x82\x10a\x13\xC5Wg\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19a\x13\xECV[\x8E\x8E\x83\x81\x81\x10a\x13\xD7Wa\x13\xD7a3\xF2V[\x90P` \x02\x01` \x81\x01\x90a\x13\xEC\x91\x90a6\x03V[\x90Pa\x13\xF9\x83`@a5\x07V[`\x01`\x01`@\x1B\x03\x90\x91\x16\x90\x1B\x92\x90\x92\x17\x91P`\x01\x01a\x13\x8CV[P\x80`\x02\x86\x01_\x84a\x14(`\x04` a6\x1CV[a\x146\x90a\xFF\xFF\x16\x89a5\x07V[a\x14@\x91\x90a4\x1AV[\x81R` \x81\x01\x91\x90\x91R`@\x01_ UP`\x01\x01a\x13\x81V[P\x87Q`@Q3\x91`\x01`\x01`@\x1B\x03\x16\x90\x7F\xDC\xC5\x1D\xE6Z\x0C\x98\xA1\xB7\xE2.\x1A\xC8\x16\xE2\xC9\xBE\xC5C;\x0E:\xE3UJ\x10\x9F\x02\x0B@\xF4\x87\x90a\x14\x9C\x90\x8A\x90\x8F\x90\x8F\x90a6?V[`@Q\x80\x91\x03\x90\xA3PPPPPPPPPPV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x8D\xA5\xCB[`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x15\x0CW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x150\x91\x90a6\x94V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x15cW`@Qc\x98\x8D\x1F\x03`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x068V[a\x15za\x15u6\x83\x90\x03\x83\x01\x83a6\xBAV[a&%V[PV[`\x05T_\x90\x81\x90\x81\x90\x81\x90`\x01`\x01`@\x1B\x03\x16\x81\x03a\x15\xA7WP_\x92P\x82\x91P\x81\x90P\x80a\x160V[`\x05Ta\x15\xBF\x90`\x01\x90`\x01`\x01`@\x1B\x03\x16a7dV[`\x05T\x7F\x96\xD8\x9D!\r\xAB-\xD9\x93!Y} \xBDN\xF7\xFBsg\xBF\xAD\x85\xB3p\xE7\xC9\x1ELn\xEEK~_R`\x04` R~\xC4>\x9B\xED\x0E\xF7\xD1\x8D\xF6\xB7\xA3\x8E\x8C;\xEF\xDE\xDE\xCB\xABj\x13+N]\x1E\x0E\xC4\xAF\\S\x1BT\x91\x95Pc\xFF\xFF\xFF\xFF`\x01`@\x1B\x82\x04\x16\x94Pa\xFF\xFF\x91\x82\x16\x93P`\x01``\x1B\x90\x04\x16\x90P[\x90\x91\x92\x93V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x8D\xA5\xCB[`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x16\x93W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x16\xB7\x91\x90a6\x94V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x16\xEAW`@Qc%\xC9K\x17`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x068V[`@\x80Q`\xC0\x81\x01\x82R_Ta\xFF\xFF\x81\x16\x82Rb\x01\0\0\x81\x04c\xFF\xFF\xFF\xFF\x90\x81\x16` \x84\x01R`\x01`0\x1B\x82\x04\x81\x16\x93\x83\x01\x93\x90\x93R`\x01`P\x1B\x81\x04\x83\x16``\x83\x01R`\x01`p\x1B\x81\x04\x90\x92\x16`\x80\x82\x01R`\x01`\x90\x1B\x90\x91\x04`\x01`\x01`@\x1B\x03\x16`\xA0\x82\x01R\x85\x80\x15\x80a\x17aWP` \x81\x11[\x80a\x17{WP\x81` \x01Qc\xFF\xFF\xFF\xFF\x16\x86c\xFF\xFF\xFF\xFF\x16\x10[\x80a\x17\x95WP\x81`@\x01Qc\xFF\xFF\xFF\xFF\x16\x86c\xFF\xFF\xFF\xFF\x16\x11[\x80a\x17\xA7WP`\x01`\x01`@\x1B\x03\x85\x16\x15[\x80a\x17\xC7WP\x81`\xA0\x01Q`\x01`\x01`@\x1B\x03\x16\x85`\x01`\x01`@\x1B\x03\x16\x11[\x80a\x17\xD6WPc\xFF\xFF\xFF\xFF\x84\x16\x15[\x80a\x17\xF0WP\x81``\x01Qc\xFF\xFF\xFF\xFF\x16\x84c\xFF\xFF\xFF\xFF\x16\x11[\x15a\x18\x18W\x87\x87\x87\x87\x87`@Qcn\xC4vO`\xE1\x1B\x81R`\x04\x01a\x068\x95\x94\x93\x92\x91\x90a7\x83V[\x81Q`\x01Ta\xFF\xFF\x90\x91\x16\x11a\x18JW\x81Q`@Qc+\x8D\xA9\xD1`\xE2\x1B\x81Ra\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x068V[_a\x18\\\x89\x89\x89c\xFF\xFF\xFF\xFF\x16a!|V[_\x81\x81R`\x02` R`@\x90 T\x90\x91Pc\xFF\xFF\xFF\xFF\x16\x15a\x18\x97W\x88\x88\x88`@Qc\xDBK\xD2\xB9`\xE0\x1B\x81R`\x04\x01a\x068\x93\x92\x91\x90a7\xC9V[`\x01\x80T\x80\x82\x01\x82U_\x91\x90\x91R`\x03\x81\x02\x7F\xB1\x0E-Rv\x12\x07;&\xEE\xCD\xFDq~j2\x0C\xF4KJ\xFA\xC2\xB0s-\x9F\xCB\xE2\xB7\xFA\x0C\xF6\x81\x01\x80T`\xFF`\xC0\x1B\x19c\xFF\xFF\xFF\xFF\x8A\x81\x16`\x01`\xA0\x1B\x02c\xFF\xFF\xFF\xFF`\xA0\x1B\x19\x91\x8E\x16`\x01`\x80\x1B\x02\x91\x90\x91\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x90\x93\x16\x92\x90\x92\x17\x91\x90\x91\x17\x16`\x01`\xC0\x1B\x17\x81U\x7F\xB1\x0E-Rv\x12\x07;&\xEE\xCD\xFDq~j2\x0C\xF4KJ\xFA\xC2\xB0s-\x9F\xCB\xE2\xB7\xFA\x0C\xF7\x82\x01\x80Te\x03x-\xAC\xE9\xD9`Q\x1Bo\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x91\x16`\x01`\x01`@\x1B\x03\x8C\x16\x17\x17\x90U\x91\x95P\x7F\xB1\x0E-Rv\x12\x07;&\xEE\xCD\xFDq~j2\x0C\xF4KJ\xFA\xC2\xB0s-\x9F\xCB\xE2\xB7\xFA\x0C\xF8\x01a\x19\x9B\x8A\x8C\x83a8>V[Pa\x19\xA7\x85`\x01a8\xF7V[_\x83\x81R`\x02` R`@\x90\x81\x90 \x80Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x93\x84\x16\x17\x90UQ\x90\x86\x16\x90\x7F\xA1\xD6*\xC9\x80iikbd\x98\x9F\xC4\xEE\xF9\xB9\xE9N\xDD9\xD5_\xA9v\xF8\xE0'\xFB\xBC\xAC\\\x0E\x90a\x1A\x04\x90\x8D\x90\x8D\x90\x8D\x90\x8D\x90\x8D\x90a7\x83V[`@Q\x80\x91\x03\x90\xA2PPPP\x95\x94PPPPPV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x8D\xA5\xCB[`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1AuW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1A\x99\x91\x90a6\x94V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x1A\xCCW`@Qc%\xC9K\x17`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x068V[_a\x1A\xD6\x82a\x1C_V[\x80T\x90\x91P`\x01`\xC0\x1B\x90\x04`\xFF\x16a\x1A\xEDWPPV[\x80T`\xFF`\xC0\x1B\x19\x16\x81U`@Qc\xFF\xFF\xFF\xFF\x83\x16\x90\x7FC+\xBF\xE9\xE1Q\xD3l\x05\x89\xBA\x11\xD5\xDDDv\xC8f\x80\xE1\xD7h\xDA\xC6\xCC\xDBtk\xB8-\xF6I\x90_\x90\xA2PPV[_\x82\x82\x18\x82\x84\x10\x02\x82\x18a\t\x85V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\\\x97Z\xBB`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1B\x97W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1B\xBB\x91\x90a9\x13V[\x80a\x1CAWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cUn\xD3\x0E`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1C\x1DW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1CA\x91\x90a9\x13V[\x15a\t\xEAW`@Qc\x8F>qG`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01T_\x90c\xFF\xFF\xFF\xFF\x83\x16\x10a\x1C\x91W`@Qc(\x85\xC6a`\xE2\x1B\x81Rc\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R`$\x01a\x068V[`\x01\x82c\xFF\xFF\xFF\xFF\x16\x81T\x81\x10a\x1C\xAAWa\x1C\xAAa3\xF2V[\x90_R` _ \x90`\x03\x02\x01\x90P\x91\x90PV[c\xFF\xFF\xFF\xFF\x80\x83\x16_\x90\x81R`\x03` \x90\x81R`@\x80\x83 `\x01`\x01`@\x1B\x03\x86\x16\x84R\x90\x91R\x81 \x80T\x90\x92`\x01`H\x1B\x90\x91\x04\x16\x90\x03a\x05\xBEW`@Qc\"gS\x1F`\xE1\x1B\x81Rc\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x83\x16`$\x82\x01R`D\x01a\x068V[\x81T\x81T_\x91\x82\x91a\x1DR\x91c\xFF\xFF\xFF\xFF`\x01`\x80\x1B\x90\x91\x04\x81\x16\x91`\x01`H\x1B\x90\x04\x16a51V[_T\x90\x92Pa\x1Dn\x90`\x01`p\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x83a51V[\x90P\x92P\x92\x90PV[g\r\xE0\xB6\xB3\xA7c\xFF\xFF\x19`\x07\x82\x90\x0B\x12\x80a\x1D\x9DWPg|\xE6lP\xE2\x84\0\0`\x07\x82\x90\x0B\x13[\x15a\x15zW`@Qc\x8C\xEB\xD9\x8B`\xE0\x1B\x81R`\x07\x82\x90\x0B`\x04\x82\x01R`$\x01a\x068V[`@Qc;L\x98\x91`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x81\x16`\x04\x83\x01R_\x91\x82\x91\x85\x16\x90c;L\x98\x91\x90`$\x01`\x80`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1E\tW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1E-\x91\x90a9,V[\x90P_\x81`@\x01Q\x80\x15a\x1EBWP\x81``\x01Q[a\x1ELW_a\x1E\xB4V[`@Qc\n\x89\x90\xFD`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16`\x04\x83\x01R\x86\x16\x90c\n\x89\x90\xFD\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1E\x90W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1E\xB4\x91\x90a9\xB7V[\x90P\x80_\x03a\x1E\xE1W`@Qc\x0B\xC6w\xC9`\xE4\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x068V[a\x1E\xEA\x81a'\xDEV[\x95\x94PPPPPV[_\x82\x82`@Q` \x01a\x1F=\x92\x91\x90``\x80\x82R`\x05\x90\x82\x01Rd\x1C\x9B\xDD[\x99`\xDA\x1B`\x80\x82\x01Rc\xFF\xFF\xFF\xFF\x92\x90\x92\x16` \x83\x01R`\x01`\x01`@\x1B\x03\x16`@\x82\x01R`\xA0\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x03\x86\x01` R`@\x81 T`\x01`\x01`@\x1B\x03\x80\x84\x16\x91\x16\x03a\x1F\xABW`@Qcq\x8C\xD1\xD1`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x068V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\x03\x87\x01` R`@\x90\x81\x90 \x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01`@\x1B\x03\x85\x16\x17\x90U\x86Ta\xFF\xFF\x16\x90\x81\x10\x15a ^Wa\x1F\xF9\x81`\x01a4\x1AV[\x87Ta\xFF\xFF\x91\x90\x91\x16a\xFF\xFF\x19\x90\x91\x16\x17\x87U`@\x80Q\x80\x82\x01\x82R`\x01`\x01`\xA0\x1B\x03\x80\x88\x16\x82R`\x01`\x01``\x1B\x03\x80\x88\x16` \x80\x85\x01\x91\x82R_\x87\x81R`\x01\x8E\x01\x90\x91R\x94\x90\x94 \x92Q\x93Q\x16`\x01`\xA0\x1B\x02\x92\x16\x91\x90\x91\x17\x90U\x90Pa\x1E\xEAV[_\x19_[\x82\x81\x10\x15a \xA2W_\x81\x81R`\x01\x8A\x01` R`@\x90 T`\x01`\xA0\x1B\x90\x04`\x01`\x01``\x1B\x03\x16\x82\x81\x10\x15a \x99W\x80\x92P\x81\x94P[P`\x01\x01a bV[P\x80\x85`\x01`\x01``\x1B\x03\x16\x11a \xDEW`@Qcg\0\xF8\x05`\xE0\x1B\x81R`\x01`\x01``\x1B\x03\x86\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x068V[_\x83\x81R`\x01\x89\x01` R`@\x80\x82 T\x90Q`\x01`\x01`\xA0\x1B\x03\x80\x8A\x16\x93\x92\x16\x91\x8A\x91\x7FN>\x18\x18\xD3\x16\x19\xAC\xA37f\x1D~\xE2\x9D~\x9A\x95\xC7\x90.\xB8\xA6Y\x03\xB3S?\xDC5\xF4z\x91\x90\xA4PP`@\x80Q\x80\x82\x01\x82R`\x01`\x01`\xA0\x1B\x03\x80\x87\x16\x82R`\x01`\x01``\x1B\x03\x80\x87\x16` \x80\x85\x01\x91\x82R_\x87\x81R`\x01\x8D\x01\x90\x91R\x94\x90\x94 \x92Q\x93Q\x16`\x01`\xA0\x1B\x02\x92\x16\x91\x90\x91\x17\x90U\x95\x94PPPPPV[_\x81\x84\x84`@Q` \x01a!\x92\x93\x92\x91\x90a9\xCEV[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x93\x92PPPV[`\x05T_\x90a!\xCB\x90`\x01\x90`\x01`\x01`@\x1B\x03\x16a7dV[`\x05\x80Tm\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x81\x16\x90\x91U\x7F\x96\xD8\x9D!\r\xAB-\xD9\x93!Y} \xBDN\xF7\xFBsg\xBF\xAD\x85\xB3p\xE7\xC9\x1ELn\xEEK~_\x90\x81R`\x04` R\x91\x92P`\x01`@\x1B\x81\x04c\xFF\xFF\xFF\xFF\x16\x91`\x01``\x1B\x90\x91\x04a\xFF\xFF\x16\x90~\xC4>\x9B\xED\x0E\xF7\xD1\x8D\xF6\xB7\xA3\x8E\x8C;\xEF\xDE\xDE\xCB\xABj\x13+N]\x1E\x0E\xC4\xAF\\S\x1B\x90\x80\x80a\"Y\x84\x86a(\x15V[\x86Ta\xFF\xFF\x19\x16\x87U`@\x80Qc\x0FC\xA6w`\xE0\x1B\x81R\x90Q\x93\x96P\x91\x94P\x92P_\x91`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91c\x0FC\xA6w\x91`\x04\x80\x83\x01\x92` \x92\x91\x90\x82\x90\x03\x01\x81\x86Z\xFA\x15\x80\x15a\"\xCFW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\"\xF3\x91\x90a9\xB7V[\x90P_[\x86\x81\x10\x15a#\xB8W\x82\x81\x81Q\x81\x10a#\x11Wa#\x11a3\xF2V[` \x02` \x01\x01Q_\x14\x15\x80\x15a#QWP`\x01\x81\x81T\x81\x10a#6Wa#6a3\xF2V[_\x91\x82R` \x90\x91 `\x03\x90\x91\x02\x01T`\x01`\xC0\x1B\x90\x04`\xFF\x16[\x15a#\xB0Wa#\xB0\x81\x86\x83\x81Q\x81\x10a#lWa#la3\xF2V[` \x02` \x01\x01Q\x86\x84\x81Q\x81\x10a#\x86Wa#\x86a3\xF2V[` \x02` \x01\x01Q\x86\x85\x81Q\x81\x10a#\xA0Wa#\xA0a3\xF2V[` \x02` \x01\x01Q\x8D\x8D\x88a+\x9AV[`\x01\x01a\"\xF7V[PPPPPPPPPV[\x81Q_\x90\x81[\x81\x81\x10\x15a%/W_\x85\x82\x81Q\x81\x10a#\xE4Wa#\xE4a3\xF2V[` \x02` \x01\x01Q\x90P_\x85\x83\x81Q\x81\x10a$\x01Wa$\x01a3\xF2V[` \x02` \x01\x01Q\x90P\x80\x85a$\x17\x91\x90a4\x1AV[\x94P\x82[_\x81\x11\x80\x15a$LWP\x82\x88a$2`\x01\x84a5\x1EV[\x81Q\x81\x10a$BWa$Ba3\xF2V[` \x02` \x01\x01Q\x13[\x15a$\xE3W\x87a$]`\x01\x83a5\x1EV[\x81Q\x81\x10a$mWa$ma3\xF2V[` \x02` \x01\x01Q\x88\x82\x81Q\x81\x10a$\x87Wa$\x87a3\xF2V[` \x90\x81\x02\x91\x90\x91\x01\x01R\x86a$\x9E`\x01\x83a5\x1EV[\x81Q\x81\x10a$\xAEWa$\xAEa3\xF2V[` \x02` \x01\x01Q\x87\x82\x81Q\x81\x10a$\xC8Wa$\xC8a3\xF2V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra$\xDC\x81a9\xE7V[\x90Pa$\x1BV[\x82\x88\x82\x81Q\x81\x10a$\xF6Wa$\xF6a3\xF2V[` \x02` \x01\x01\x81\x81RPP\x81\x87\x82\x81Q\x81\x10a%\x15Wa%\x15a3\xF2V[` \x02` \x01\x01\x81\x81RPPPPP\x80`\x01\x01\x90Pa#\xC9V[PP\x92\x91PPV[\x82Q_\x90\x81\x90\x81[\x81\x81\x10\x15a%\xABW\x85\x81\x81Q\x81\x10a%YWa%Ya3\xF2V[` \x02` \x01\x01Q\x83a%l\x91\x90a4\x1AV[\x92P\x84a%z\x84`\x02a5\x07V[\x10a%\xA3W\x86\x81\x81Q\x81\x10a%\x91Wa%\x91a3\xF2V[` \x02` \x01\x01Q\x93PPPPa\t\x85V[`\x01\x01a%?V[P\x85a%\xB8`\x01\x83a5\x1EV[\x81Q\x81\x10a%\xC8Wa%\xC8a3\xF2V[` \x02` \x01\x01Q\x92PPP\x93\x92PPPV[_\x81\x83\x12\x15a%\xF3Wa%\xEE\x83\x83a9\xFCV[a\t\x85V[a\t\x85\x82\x84a9\xFCV[`\x01\x81\x01T_\x80T\x90\x91a\x05\xBE\x91`\x01`\x01`@\x1B\x03\x91\x82\x16\x91`\x01`\x90\x1B\x90\x91\x04\x16a\x1B,V[\x80Qa\xFF\xFF\x16\x15\x80a&>WP\x80Q` a\xFF\xFF\x90\x91\x16\x11[\x80a&QWP` \x81\x01Qc\xFF\xFF\xFF\xFF\x16\x15[\x80a&oWP\x80`@\x01Qc\xFF\xFF\xFF\xFF\x16\x81` \x01Qc\xFF\xFF\xFF\xFF\x16\x11[\x80a&\x82WP``\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x15[\x80a&\x95WP`\x80\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x15[\x80a&\xABWP`\xA0\x81\x01Q`\x01`\x01`@\x1B\x03\x16\x15[\x80a&\xCAWPg\r\xE0\xB6\xB3\xA7d\0\0\x81`\xA0\x01Q`\x01`\x01`@\x1B\x03\x16\x11[\x15a&\xE8W`@Qc\xA8\x83CW`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80Q_\x80T` \x84\x01Q`@\x80\x86\x01Q``\x87\x01Q`\x80\x88\x01Q`\xA0\x89\x01Q`\x01`\x01`@\x1B\x03\x16`\x01`\x90\x1B\x02g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x90\x1B\x19c\xFF\xFF\xFF\xFF\x92\x83\x16`\x01`p\x1B\x02\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`p\x1B\x19\x93\x83\x16`\x01`P\x1B\x02c\xFF\xFF\xFF\xFF`P\x1B\x19\x95\x84\x16`\x01`0\x1B\x02\x95\x90\x95\x16m\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\x19\x93\x90\x97\x16b\x01\0\0\x02e\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x98\x16a\xFF\xFF\x90\x9A\x16\x99\x90\x99\x17\x96\x90\x96\x17\x16\x93\x90\x93\x17\x17\x91\x90\x91\x16\x93\x90\x93\x17\x17\x90UQ\x7FR+\x0FX\x95E0\x15\x0E\xFF'K\x9Dd4\xCD\xFC\xBBR\rF/\x86\x96EN=\x7Fp\xD0\xFB\xCC\x90a'\xD3\x90\x83\x90a1xV[`@Q\x80\x91\x03\x90\xA1PV[_`\x01`\x01``\x1B\x03\x82\x11\x15a(\x11W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R```\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x068V[P\x90V[\x81T``\x90\x81\x90\x81\x90a\xFF\xFF\x16_`\x04a(0\x87`\x03a4\x1AV[a(:\x91\x90a4\xE0V[\x90P\x85`\x01`\x01`@\x1B\x03\x81\x11\x15a(TWa(Ta4\xF3V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a(\x87W\x81` \x01[``\x81R` \x01\x90`\x01\x90\x03\x90\x81a(rW\x90P[P\x94P\x85`\x01`\x01`@\x1B\x03\x81\x11\x15a(\xA2Wa(\xA2a4\xF3V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a(\xD5W\x81` \x01[``\x81R` \x01\x90`\x01\x90\x03\x90\x81a(\xC0W\x90P[P\x93P\x85`\x01`\x01`@\x1B\x03\x81\x11\x15a(\xF0Wa(\xF0a4\xF3V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a)\x19W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x92P_[\x86\x81\x10\x15a)\xECW\x82`\x01`\x01`@\x1B\x03\x81\x11\x15a)>Wa)>a4\xF3V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a)gW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x86\x82\x81Q\x81\x10a)zWa)za3\xF2V[` \x02` \x01\x01\x81\x90RP\x82`\x01`\x01`@\x1B\x03\x81\x11\x15a)\x9DWa)\x9Da4\xF3V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a)\xC6W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x85\x82\x81Q\x81\x10a)\xD9Wa)\xD9a3\xF2V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a)\x1EV[P_[\x82\x81\x10\x15a+\x90W_\x81\x81R`\x01\x89\x01` R`@\x81 T`\x01`\xA0\x1B\x90\x04`\x01`\x01``\x1B\x03\x16\x90[\x83\x81\x10\x15a+\x86W_`\x02\x8B\x01\x81\x83a*4`\x04` a6\x1CV[a*B\x90a\xFF\xFF\x16\x88a5\x07V[a*L\x91\x90a4\x1AV[\x81R` \x01\x90\x81R` \x01_ T\x90P_[`\x04\x81\x10\x15a+|W_\x81a*t\x85`\x04a5\x07V[a*~\x91\x90a4\x1AV[\x90P\x8B\x81\x10a*\x8DWPa+|V[_a*\x99\x83`@a5\x07V[\x84\x90\x1C\x90Pg\x80\0\0\0\0\0\0\0`\x07\x82\x90\x0B\x01a*\xB8WPPa+tV[_\x8A\x83\x81Q\x81\x10a*\xCBWa*\xCBa3\xF2V[` \x02` \x01\x01Q\x90P\x81`\x07\x0B\x8D\x84\x81Q\x81\x10a*\xEBWa*\xEBa3\xF2V[` \x02` \x01\x01Q\x82\x81Q\x81\x10a+\x04Wa+\x04a3\xF2V[` \x02` \x01\x01\x81\x81RPP\x86\x8C\x84\x81Q\x81\x10a+#Wa+#a3\xF2V[` \x02` \x01\x01Q\x82\x81Q\x81\x10a+<Wa+<a3\xF2V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra+R\x81`\x01a4\x1AV[\x8B\x84\x81Q\x81\x10a+dWa+da3\xF2V[` \x02` \x01\x01\x81\x81RPPPPP[`\x01\x01a*^V[PP`\x01\x01a*\x19V[PP`\x01\x01a)\xEFV[PPP\x92P\x92P\x92V[\x83\x86R\x83\x85R_a+\xAB\x87\x87a#\xC3V[\x90P_a+\xB9\x88\x88\x84a%7V[\x90P_a+\xC8\x89\x89\x85\x85a.vV[\x90P_`\x01\x8Bc\xFF\xFF\xFF\xFF\x16\x81T\x81\x10a+\xE4Wa+\xE4a3\xF2V[\x90_R` _ \x90`\x03\x02\x01\x90P_a+\xFF\x82\x84\x8B\x89a/\x17V[\x82T\x90\x91P_\x90a,\x1A\x90`\x01`\x01`@\x1B\x03\x16`\x01a51V[\x90P`@Q\x80`\xE0\x01`@R\x80\x86`\x07\x0B\x81R` \x01\x83`\xFF\x16\x81R` \x01\x89c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x8A`\x01`\x01`@\x1B\x03\x16\x81R` \x01\x8Ba\xFF\xFF\x16\x81R` \x01_`\x07\x0B\x81R` \x01_\x15\x15\x81RP`\x03_\x8Fc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x90\x81R` \x01_ _\x83`\x01`\x01`@\x1B\x03\x16`\x01`\x01`@\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ _\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01`@\x1B\x03\x02\x19\x16\x90\x83`\x07\x0B`\x01`\x01`@\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x08a\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\ta\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\ra\x01\0\n\x81T\x81`\x01`\x01`@\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`@\x1B\x03\x16\x02\x17\x90UP`\x80\x82\x01Q\x81_\x01`\x15a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81_\x01`\x17a\x01\0\n\x81T\x81`\x01`\x01`@\x1B\x03\x02\x19\x16\x90\x83`\x07\x0B`\x01`\x01`@\x1B\x03\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81_\x01`\x1Fa\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP\x90PP\x80\x83_\x01_a\x01\0\n\x81T\x81`\x01`\x01`@\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`@\x1B\x03\x16\x02\x17\x90UP\x80`\x01`\x01`@\x1B\x03\x16\x8Dc\xFF\xFF\xFF\xFF\x16\x7FI*M\x1BL/\xBF\xA0\xB0\xB4\xA2s\xAEA2dF\xD2\x84\xC2\xE2u\xB9sO\xA5\x84\x12Y\x18\xFC\xD1\x8B\x88\x86\x8F\x8E`@Qa._\x95\x94\x93\x92\x91\x90`\x01`\x01`@\x1B\x03\x95\x90\x95\x16\x85R`\x07\x93\x90\x93\x0B` \x85\x01R`\xFF\x91\x90\x91\x16`@\x84\x01Ra\xFF\xFF\x16``\x83\x01Rc\xFF\xFF\xFF\xFF\x16`\x80\x82\x01R`\xA0\x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPPPPPPPPPPV[\x83Q_\x90\x81\x90\x81[\x81\x81\x10\x15a.\xFFW_\x85\x89\x83\x81Q\x81\x10a.\x9AWa.\x9Aa3\xF2V[` \x02` \x01\x01Qa.\xAC\x91\x90a9\xFCV[\x90P_\x81\x12\x15a.\xC4Wa.\xBF\x81a:\x1BV[a.\xC6V[\x80[\x88\x83\x81Q\x81\x10a.\xD8Wa.\xD8a3\xF2V[` \x02` \x01\x01Qa.\xEA\x91\x90a5\x07V[a.\xF4\x90\x85a4\x1AV[\x93PP`\x01\x01a.~V[Pa/\n\x85\x83a4\xE0V[\x92PPP[\x94\x93PPPPV[_\x81_\x03a/&WP_a/\x0FV[_a/0\x86a%\xFDV[\x90P_a/=\x85\x85a\x1B,V[`\x01\x88\x01T`\x01`@\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16a/]\x84`da5\x07V[a/g\x91\x90a5\x07V[a/q\x91\x90a5\x07V[\x90P\x83g\r\xE0\xB6\xB3\xA7d\0\0a/\x87\x88\x85a4\x1AV[a/\x91\x91\x90a5\x07V[a/\x9B\x91\x90a5\x07V[a/\n\x90\x82a4\xE0V[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x15zW__\xFD[`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x15zW__\xFD[__`@\x83\x85\x03\x12\x15a/\xDBW__\xFD[\x825a/\xE6\x81a/\xA5V[\x91P` \x83\x015a/\xF6\x81a/\xB6V[\x80\x91PP\x92P\x92\x90PV[_`\xE0\x82\x01\x90P\x82Q`\x07\x0B\x82R`\xFF` \x84\x01Q\x16` \x83\x01Rc\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01R`\x01`\x01`@\x1B\x03``\x84\x01Q\x16``\x83\x01Ra\xFF\xFF`\x80\x84\x01Q\x16`\x80\x83\x01R`\xA0\x83\x01Qa0a`\xA0\x84\x01\x82`\x07\x0B\x90RV[P`\xC0\x83\x01Qa0u`\xC0\x84\x01\x82\x15\x15\x90RV[P\x92\x91PPV[_` \x82\x84\x03\x12\x15a0\x8CW__\xFD[P5\x91\x90PV[\x805`\x07\x81\x90\x0B\x81\x14a0\xA4W__\xFD[\x91\x90PV[___``\x84\x86\x03\x12\x15a0\xBBW__\xFD[\x835a0\xC6\x81a/\xA5V[\x92P` \x84\x015a0\xD6\x81a/\xB6V[\x91Pa0\xE4`@\x85\x01a0\x93V[\x90P\x92P\x92P\x92V[__\x83`\x1F\x84\x01\x12a0\xFDW__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15a1\x13W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a1*W__\xFD[\x92P\x92\x90PV[___`@\x84\x86\x03\x12\x15a1CW__\xFD[\x835`\x01`\x01`@\x1B\x03\x81\x11\x15a1XW__\xFD[a1d\x86\x82\x87\x01a0\xEDV[\x90\x97\x90\x96P` \x95\x90\x95\x015\x94\x93PPPPV[_`\xC0\x82\x01\x90Pa\xFF\xFF\x83Q\x16\x82Rc\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01Rc\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01Rc\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01Rc\xFF\xFF\xFF\xFF`\x80\x84\x01Q\x16`\x80\x83\x01R`\x01`\x01`@\x1B\x03`\xA0\x84\x01Q\x16`\xA0\x83\x01R\x92\x91PPV[_` \x82\x84\x03\x12\x15a1\xF0W__\xFD[\x815a\t\x85\x81a/\xA5V[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[` \x81R_\x82Qa\x01 ` \x84\x01Ra2Fa\x01@\x84\x01\x82a1\xFBV[\x90P` \x84\x01Qa2_`@\x85\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x84\x01Qc\xFF\xFF\xFF\xFF\x81\x16``\x85\x01RP``\x84\x01Q`\x01`\x01`@\x1B\x03\x81\x16`\x80\x85\x01RP`\x80\x84\x01Q\x80\x15\x15`\xA0\x85\x01RP`\xA0\x84\x01Q`\x01`\x01`@\x1B\x03\x81\x16`\xC0\x85\x01RP`\xC0\x84\x01Q`\x01`\x01`@\x1B\x03\x81\x16`\xE0\x85\x01RP`\xE0\x84\x01Q`\x01`\x01`@\x1B\x03\x81\x16a\x01\0\x85\x01RPa\x01\0\x84\x01Q`\x01`\x01`@\x1B\x03\x81\x16a\x01 \x85\x01RP\x93\x92PPPV[__` \x83\x85\x03\x12\x15a3\x04W__\xFD[\x825`\x01`\x01`@\x1B\x03\x81\x11\x15a3\x19W__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a3)W__\xFD[\x805`\x01`\x01`@\x1B\x03\x81\x11\x15a3>W__\xFD[\x85` \x82`\x05\x1B\x84\x01\x01\x11\x15a3RW__\xFD[` \x91\x90\x91\x01\x95\x90\x94P\x92PPPV[_`\xC0\x82\x84\x03\x12\x80\x15a3sW__\xFD[P\x90\x92\x91PPV[_____`\x80\x86\x88\x03\x12\x15a3\x8FW__\xFD[\x855`\x01`\x01`@\x1B\x03\x81\x11\x15a3\xA4W__\xFD[a3\xB0\x88\x82\x89\x01a0\xEDV[\x90\x96P\x94PP` \x86\x015a3\xC4\x81a/\xA5V[\x92P`@\x86\x015a3\xD4\x81a/\xB6V[\x91P``\x86\x015a3\xE4\x81a/\xA5V[\x80\x91PP\x92\x95P\x92\x95\x90\x93PV[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x05\xBEWa\x05\xBEa4\x06V[\x81\x83R\x81\x81` \x85\x017P_\x82\x82\x01` \x90\x81\x01\x91\x90\x91R`\x1F\x90\x91\x01`\x1F\x19\x16\x90\x91\x01\x01\x90V[`@\x81R_a4h`@\x83\x01\x85\x87a4-V[\x90P\x82` \x83\x01R\x94\x93PPPPV[c\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x05\xBEWa\x05\xBEa4\x06V[`\x01\x81\x81\x1C\x90\x82\x16\x80a4\xA8W`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a4\xC6WcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[P\x91\x90PV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[_\x82a4\xEEWa4\xEEa4\xCCV[P\x04\x90V[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x05\xBEWa\x05\xBEa4\x06V[\x81\x81\x03\x81\x81\x11\x15a\x05\xBEWa\x05\xBEa4\x06V[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x05\xBEWa\x05\xBEa4\x06V[\x80Q\x80\x15\x15\x81\x14a0\xA4W__\xFD[a\xFF\xFF\x81\x16\x81\x14a\x15zW__\xFD[_`\xA0\x82\x84\x03\x12\x80\x15a5\x7FW__\xFD[P`@Q`\xA0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a5\xA2Wa5\xA2a4\xF3V[`@R\x82Qa5\xB0\x81a/\xB6V[\x81R` \x83\x01Qa5\xC0\x81a/\xA5V[` \x82\x01R`@\x83\x01Qa5\xD3\x81a/\xA5V[`@\x82\x01Ra5\xE4``\x84\x01a5PV[``\x82\x01R`\x80\x83\x01Qa5\xF7\x81a5_V[`\x80\x82\x01R\x93\x92PPPV[_` \x82\x84\x03\x12\x15a6\x13W__\xFD[a\t\x85\x82a0\x93V[_a\xFF\xFF\x83\x16\x80a6/Wa6/a4\xCCV[\x80a\xFF\xFF\x84\x16\x04\x91PP\x92\x91PPV[`\x01`\x01``\x1B\x03\x84\x16\x81R`@` \x82\x01\x81\x90R\x81\x01\x82\x90R_\x83``\x83\x01\x82[\x85\x81\x10\x15a6\x89Wa6r\x83a0\x93V[`\x07\x0B\x82R` \x92\x83\x01\x92\x90\x91\x01\x90`\x01\x01a6aV[P\x96\x95PPPPPPV[_` \x82\x84\x03\x12\x15a6\xA4W__\xFD[\x81Q`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\t\x85W__\xFD[_`\xC0\x82\x84\x03\x12\x80\x15a6\xCBW__\xFD[P`@Q`\xC0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a6\xEEWa6\xEEa4\xF3V[`@R\x825a6\xFC\x81a5_V[\x81R` \x83\x015a7\x0C\x81a/\xA5V[` \x82\x01R`@\x83\x015a7\x1F\x81a/\xA5V[`@\x82\x01R``\x83\x015a72\x81a/\xA5V[``\x82\x01R`\x80\x83\x015a7E\x81a/\xA5V[`\x80\x82\x01R`\xA0\x83\x015a7X\x81a/\xB6V[`\xA0\x82\x01R\x93\x92PPPV[`\x01`\x01`@\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x05\xBEWa\x05\xBEa4\x06V[`\x80\x81R_a7\x96`\x80\x83\x01\x87\x89a4-V[\x90Pc\xFF\xFF\xFF\xFF\x85\x16` \x83\x01R`\x01`\x01`@\x1B\x03\x84\x16`@\x83\x01Rc\xFF\xFF\xFF\xFF\x83\x16``\x83\x01R\x96\x95PPPPPPV[`@\x81R_a7\xDC`@\x83\x01\x85\x87a4-V[\x90Pc\xFF\xFF\xFF\xFF\x83\x16` \x83\x01R\x94\x93PPPPV[`\x1F\x82\x11\x15a89W\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a8\x17WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a86W_\x81U`\x01\x01a8#V[PP[PPPV[`\x01`\x01`@\x1B\x03\x83\x11\x15a8UWa8Ua4\xF3V[a8i\x83a8c\x83Ta4\x94V[\x83a7\xF2V[_`\x1F\x84\x11`\x01\x81\x14a8\x9AW_\x85\x15a8\x83WP\x83\x82\x015[_\x19`\x03\x87\x90\x1B\x1C\x19\x16`\x01\x86\x90\x1B\x17\x83Ua86V[_\x83\x81R` \x81 `\x1F\x19\x87\x16\x91[\x82\x81\x10\x15a8\xC9W\x86\x85\x015\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a8\xA9V[P\x86\x82\x10\x15a8\xE5W_\x19`\xF8\x88`\x03\x1B\x16\x1C\x19\x84\x87\x015\x16\x81U[PP`\x01\x85`\x01\x1B\x01\x83UPPPPPV[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x05\xBEWa\x05\xBEa4\x06V[_` \x82\x84\x03\x12\x15a9#W__\xFD[a\t\x85\x82a5PV[_`\x80\x82\x84\x03\x12\x80\x15a9=W__\xFD[P`@Q`\x80\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a9`Wa9`a4\xF3V[`@R\x82Q`\x01`\x01``\x1B\x03\x81\x16\x81\x14a9yW__\xFD[\x81R` \x83\x01Qa9\x89\x81a5_V[` \x82\x01Ra9\x9A`@\x84\x01a5PV[`@\x82\x01Ra9\xAB``\x84\x01a5PV[``\x82\x01R\x93\x92PPPV[_` \x82\x84\x03\x12\x15a9\xC7W__\xFD[PQ\x91\x90PV[\x83\x81R\x81\x83` \x83\x017_\x91\x01` \x01\x90\x81R\x92\x91PPV[_\x81a9\xF5Wa9\xF5a4\x06V[P_\x19\x01\x90V[\x81\x81\x03_\x83\x12\x80\x15\x83\x83\x13\x16\x83\x83\x12\x82\x16\x17\x15a0uWa0ua4\x06V[_`\x01`\xFF\x1B\x82\x01a:/Wa:/a4\x06V[P_\x03\x90V",
    );
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
    /**Custom error with signature `CannotSettle(uint64,uint256,uint256)` and selector `0xfcb13fa6`.
```solidity
error CannotSettle(uint64 closesAt, uint256 reports, uint256 quorum);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CannotSettle {
        #[allow(missing_docs)]
        pub closesAt: u64,
        #[allow(missing_docs)]
        pub reports: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub quorum: alloy::sol_types::private::primitives::aliases::U256,
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
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u64,
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
        impl ::core::convert::From<CannotSettle> for UnderlyingRustTuple<'_> {
            fn from(value: CannotSettle) -> Self {
                (value.closesAt, value.reports, value.quorum)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for CannotSettle {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    closesAt: tuple.0,
                    reports: tuple.1,
                    quorum: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for CannotSettle {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "CannotSettle(uint64,uint256,uint256)";
            const SELECTOR: [u8; 4] = [252u8, 177u8, 63u8, 166u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.closesAt),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.reports),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.quorum),
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
    /**Custom error with signature `FeedExists(string,uint256)` and selector `0xdb4bd2b9`.
```solidity
error FeedExists(string asset, uint256 horizon);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FeedExists {
        #[allow(missing_docs)]
        pub asset: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub horizon: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<FeedExists> for UnderlyingRustTuple<'_> {
            fn from(value: FeedExists) -> Self {
                (value.asset, value.horizon)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for FeedExists {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    asset: tuple.0,
                    horizon: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for FeedExists {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "FeedExists(string,uint256)";
            const SELECTOR: [u8; 4] = [219u8, 75u8, 210u8, 185u8];
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
                        &self.asset,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.horizon),
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
    /**Custom error with signature `InvalidBounds()` and selector `0xa8834357`.
```solidity
error InvalidBounds();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidBounds;
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
        impl ::core::convert::From<InvalidBounds> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidBounds) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidBounds {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidBounds {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidBounds()";
            const SELECTOR: [u8; 4] = [168u8, 131u8, 67u8, 87u8];
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
    /**Custom error with signature `InvalidFeed(string,uint256,uint256,uint256)` and selector `0xdd88ec9e`.
```solidity
error InvalidFeed(string asset, uint256 horizon, uint256 tolerance, uint256 staleAfter);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidFeed {
        #[allow(missing_docs)]
        pub asset: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub horizon: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub tolerance: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub staleAfter: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<InvalidFeed> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidFeed) -> Self {
                (value.asset, value.horizon, value.tolerance, value.staleAfter)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidFeed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    asset: tuple.0,
                    horizon: tuple.1,
                    tolerance: tuple.2,
                    staleAfter: tuple.3,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidFeed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidFeed(string,uint256,uint256,uint256)";
            const SELECTOR: [u8; 4] = [221u8, 136u8, 236u8, 158u8];
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
                        &self.asset,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.horizon),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.tolerance),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.staleAfter),
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
    /**Custom error with signature `NotASubnet(address)` and selector `0x24d4a096`.
```solidity
error NotASubnet(address subnet);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotASubnet {
        #[allow(missing_docs)]
        pub subnet: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<NotASubnet> for UnderlyingRustTuple<'_> {
            fn from(value: NotASubnet) -> Self {
                (value.subnet,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotASubnet {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { subnet: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotASubnet {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotASubnet(address)";
            const SELECTOR: [u8; 4] = [36u8, 212u8, 160u8, 150u8];
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
                        &self.subnet,
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
    /**Custom error with signature `NotSubnetOwner(address)` and selector `0x25c94b17`.
```solidity
error NotSubnetOwner(address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotSubnetOwner {
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
        impl ::core::convert::From<NotSubnetOwner> for UnderlyingRustTuple<'_> {
            fn from(value: NotSubnetOwner) -> Self {
                (value.caller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotSubnetOwner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { caller: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotSubnetOwner {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotSubnetOwner(address)";
            const SELECTOR: [u8; 4] = [37u8, 201u8, 75u8, 23u8];
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
    /**Custom error with signature `NothingToFinalize(uint64)` and selector `0x5d882850`.
```solidity
error NothingToFinalize(uint64 endsAt);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NothingToFinalize {
        #[allow(missing_docs)]
        pub endsAt: u64,
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
        impl ::core::convert::From<NothingToFinalize> for UnderlyingRustTuple<'_> {
            fn from(value: NothingToFinalize) -> Self {
                (value.endsAt,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NothingToFinalize {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { endsAt: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NothingToFinalize {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NothingToFinalize(uint64)";
            const SELECTOR: [u8; 4] = [93u8, 136u8, 40u8, 80u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.endsAt),
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
    /**Custom error with signature `OutsideReportWindow(uint64,uint64)` and selector `0xa08582ab`.
```solidity
error OutsideReportWindow(uint64 opensAt, uint64 closesAt);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OutsideReportWindow {
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
        impl ::core::convert::From<OutsideReportWindow> for UnderlyingRustTuple<'_> {
            fn from(value: OutsideReportWindow) -> Self {
                (value.opensAt, value.closesAt)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OutsideReportWindow {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    opensAt: tuple.0,
                    closesAt: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OutsideReportWindow {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OutsideReportWindow(uint64,uint64)";
            const SELECTOR: [u8; 4] = [160u8, 133u8, 130u8, 171u8];
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
    /**Custom error with signature `PublishClosed(uint64,uint64)` and selector `0x8f3676c5`.
```solidity
error PublishClosed(uint64 opensAt, uint64 closesAt);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PublishClosed {
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
        impl ::core::convert::From<PublishClosed> for UnderlyingRustTuple<'_> {
            fn from(value: PublishClosed) -> Self {
                (value.opensAt, value.closesAt)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PublishClosed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    opensAt: tuple.0,
                    closesAt: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for PublishClosed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "PublishClosed(uint64,uint64)";
            const SELECTOR: [u8; 4] = [143u8, 54u8, 118u8, 197u8];
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
    /**Custom error with signature `RoundSettled(uint256,uint64)` and selector `0x3dd4a8e8`.
```solidity
error RoundSettled(uint256 feed, uint64 roundId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RoundSettled {
        #[allow(missing_docs)]
        pub feed: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub roundId: u64,
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
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            u64,
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
        impl ::core::convert::From<RoundSettled> for UnderlyingRustTuple<'_> {
            fn from(value: RoundSettled) -> Self {
                (value.feed, value.roundId)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RoundSettled {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    feed: tuple.0,
                    roundId: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RoundSettled {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RoundSettled(uint256,uint64)";
            const SELECTOR: [u8; 4] = [61u8, 212u8, 168u8, 232u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.feed),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.roundId),
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
    /**Custom error with signature `SubnetUnavailable()` and selector `0x8f3e7147`.
```solidity
error SubnetUnavailable();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SubnetUnavailable;
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
        impl ::core::convert::From<SubnetUnavailable> for UnderlyingRustTuple<'_> {
            fn from(value: SubnetUnavailable) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SubnetUnavailable {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SubnetUnavailable {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SubnetUnavailable()";
            const SELECTOR: [u8; 4] = [143u8, 62u8, 113u8, 71u8];
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
    /**Custom error with signature `TooManyFeeds(uint256)` and selector `0xae36a744`.
```solidity
error TooManyFeeds(uint256 limit);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TooManyFeeds {
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
        impl ::core::convert::From<TooManyFeeds> for UnderlyingRustTuple<'_> {
            fn from(value: TooManyFeeds) -> Self {
                (value.limit,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TooManyFeeds {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { limit: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TooManyFeeds {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TooManyFeeds(uint256)";
            const SELECTOR: [u8; 4] = [174u8, 54u8, 167u8, 68u8];
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
    /**Custom error with signature `UnknownFeed(string,uint256)` and selector `0xc6c65dc2`.
```solidity
error UnknownFeed(string asset, uint256 horizon);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnknownFeed {
        #[allow(missing_docs)]
        pub asset: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub horizon: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<UnknownFeed> for UnderlyingRustTuple<'_> {
            fn from(value: UnknownFeed) -> Self {
                (value.asset, value.horizon)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnknownFeed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    asset: tuple.0,
                    horizon: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnknownFeed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnknownFeed(string,uint256)";
            const SELECTOR: [u8; 4] = [198u8, 198u8, 93u8, 194u8];
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
                        &self.asset,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.horizon),
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
    /**Custom error with signature `UnknownFeedIndex(uint256)` and selector `0xa2171984`.
```solidity
error UnknownFeedIndex(uint256 feed);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnknownFeedIndex {
        #[allow(missing_docs)]
        pub feed: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<UnknownFeedIndex> for UnderlyingRustTuple<'_> {
            fn from(value: UnknownFeedIndex) -> Self {
                (value.feed,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnknownFeedIndex {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { feed: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnknownFeedIndex {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnknownFeedIndex(uint256)";
            const SELECTOR: [u8; 4] = [162u8, 23u8, 25u8, 132u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.feed),
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
    /**Custom error with signature `UnknownRequest(bytes32)` and selector `0x7bbe34c9`.
```solidity
error UnknownRequest(bytes32 requestId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnknownRequest {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
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
            const SIGNATURE: &'static str = "UnknownRequest(bytes32)";
            const SELECTOR: [u8; 4] = [123u8, 190u8, 52u8, 201u8];
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
                        32,
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
    /**Custom error with signature `UnknownRound(uint256,uint64)` and selector `0x44cea63e`.
```solidity
error UnknownRound(uint256 feed, uint64 roundId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnknownRound {
        #[allow(missing_docs)]
        pub feed: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub roundId: u64,
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
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            u64,
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
        impl ::core::convert::From<UnknownRound> for UnderlyingRustTuple<'_> {
            fn from(value: UnknownRound) -> Self {
                (value.feed, value.roundId)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnknownRound {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    feed: tuple.0,
                    roundId: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnknownRound {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnknownRound(uint256,uint64)";
            const SELECTOR: [u8; 4] = [68u8, 206u8, 166u8, 62u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.feed),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.roundId),
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
    /**Custom error with signature `ValueOutOfRange(int256)` and selector `0x8cebd98b`.
```solidity
error ValueOutOfRange(int256 value);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ValueOutOfRange {
        #[allow(missing_docs)]
        pub value: alloy::sol_types::private::primitives::aliases::I256,
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
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Int<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::I256,
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
        impl ::core::convert::From<ValueOutOfRange> for UnderlyingRustTuple<'_> {
            fn from(value: ValueOutOfRange) -> Self {
                (value.value,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ValueOutOfRange {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { value: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ValueOutOfRange {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ValueOutOfRange(int256)";
            const SELECTOR: [u8; 4] = [140u8, 235u8, 217u8, 139u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Int<
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
    /**Custom error with signature `WrongPredictionCount(uint256,uint256)` and selector `0xd803b683`.
```solidity
error WrongPredictionCount(uint256 given, uint256 expected);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct WrongPredictionCount {
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
        impl ::core::convert::From<WrongPredictionCount> for UnderlyingRustTuple<'_> {
            fn from(value: WrongPredictionCount) -> Self {
                (value.given, value.expected)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for WrongPredictionCount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    given: tuple.0,
                    expected: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for WrongPredictionCount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "WrongPredictionCount(uint256,uint256)";
            const SELECTOR: [u8; 4] = [216u8, 3u8, 182u8, 131u8];
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
    /**Event with signature `BoundsSet((uint16,uint32,uint32,uint32,uint32,uint64))` and selector `0x522b0f58954530150eff274b9d6434cdfcbb520d462f8696454e3d7f70d0fbcc`.
```solidity
event BoundsSet(IForecastFeeds.Bounds bounds);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct BoundsSet {
        #[allow(missing_docs)]
        pub bounds: <IForecastFeeds::Bounds as alloy::sol_types::SolType>::RustType,
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
        impl alloy_sol_types::SolEvent for BoundsSet {
            type DataTuple<'a> = (IForecastFeeds::Bounds,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "BoundsSet((uint16,uint32,uint32,uint32,uint32,uint64))";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                82u8, 43u8, 15u8, 88u8, 149u8, 69u8, 48u8, 21u8, 14u8, 255u8, 39u8, 75u8,
                157u8, 100u8, 52u8, 205u8, 252u8, 187u8, 82u8, 13u8, 70u8, 47u8, 134u8,
                150u8, 69u8, 78u8, 61u8, 127u8, 112u8, 208u8, 251u8, 204u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { bounds: data.0 }
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
                    <IForecastFeeds::Bounds as alloy_sol_types::SolType>::tokenize(
                        &self.bounds,
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
        impl alloy_sol_types::private::IntoLogData for BoundsSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&BoundsSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &BoundsSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `FeedAdded(uint32,string,uint32,uint64,uint32)` and selector `0xa1d62ac98069696b6264989fc4eef9b9e94edd39d55fa976f8e027fbbcac5c0e`.
```solidity
event FeedAdded(uint32 indexed feed, string asset, uint32 horizon, uint64 tolerance, uint32 staleAfter);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct FeedAdded {
        #[allow(missing_docs)]
        pub feed: u32,
        #[allow(missing_docs)]
        pub asset: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub horizon: u32,
        #[allow(missing_docs)]
        pub tolerance: u64,
        #[allow(missing_docs)]
        pub staleAfter: u32,
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
        impl alloy_sol_types::SolEvent for FeedAdded {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "FeedAdded(uint32,string,uint32,uint64,uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                161u8, 214u8, 42u8, 201u8, 128u8, 105u8, 105u8, 107u8, 98u8, 100u8,
                152u8, 159u8, 196u8, 238u8, 249u8, 185u8, 233u8, 78u8, 221u8, 57u8,
                213u8, 95u8, 169u8, 118u8, 248u8, 224u8, 39u8, 251u8, 188u8, 172u8, 92u8,
                14u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    feed: topics.1,
                    asset: data.0,
                    horizon: data.1,
                    tolerance: data.2,
                    staleAfter: data.3,
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
                        &self.asset,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.horizon),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.tolerance),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.staleAfter),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.feed.clone())
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
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.feed);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for FeedAdded {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&FeedAdded> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &FeedAdded) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `FeedDeactivated(uint32)` and selector `0x432bbfe9e151d36c0589ba11d5dd4476c86680e1d768dac6ccdb746bb82df649`.
```solidity
event FeedDeactivated(uint32 indexed feed);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct FeedDeactivated {
        #[allow(missing_docs)]
        pub feed: u32,
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
        impl alloy_sol_types::SolEvent for FeedDeactivated {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "FeedDeactivated(uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                67u8, 43u8, 191u8, 233u8, 225u8, 81u8, 211u8, 108u8, 5u8, 137u8, 186u8,
                17u8, 213u8, 221u8, 68u8, 118u8, 200u8, 102u8, 128u8, 225u8, 215u8,
                104u8, 218u8, 198u8, 204u8, 219u8, 116u8, 107u8, 184u8, 45u8, 246u8, 73u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { feed: topics.1 }
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
                (Self::SIGNATURE_HASH.into(), self.feed.clone())
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
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.feed);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for FeedDeactivated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&FeedDeactivated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &FeedDeactivated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ForecastRequested(bytes32,uint32,uint64,address)` and selector `0xed0c26c16e7ec248c59a86ae174897a854198164953d4537892872acee0e5869`.
```solidity
event ForecastRequested(bytes32 indexed requestId, uint32 indexed feed, uint64 roundId, address indexed requester);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ForecastRequested {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub feed: u32,
        #[allow(missing_docs)]
        pub roundId: u64,
        #[allow(missing_docs)]
        pub requester: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for ForecastRequested {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ForecastRequested(bytes32,uint32,uint64,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                237u8, 12u8, 38u8, 193u8, 110u8, 126u8, 194u8, 72u8, 197u8, 154u8, 134u8,
                174u8, 23u8, 72u8, 151u8, 168u8, 84u8, 25u8, 129u8, 100u8, 149u8, 61u8,
                69u8, 55u8, 137u8, 40u8, 114u8, 172u8, 238u8, 14u8, 88u8, 105u8,
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
                    feed: topics.2,
                    roundId: data.0,
                    requester: topics.3,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.roundId),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.feed.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.feed);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.requester,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ForecastRequested {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ForecastRequested> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ForecastRequested) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ForecastsPublished(uint64,address,uint256,int64[])` and selector `0xdcc51de65a0c98a1b7e22e1ac816e2c9bec5433b0e3ae3554a109f020b40f487`.
```solidity
event ForecastsPublished(uint64 indexed epoch, address indexed validator, uint256 weight, int64[] predictions);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ForecastsPublished {
        #[allow(missing_docs)]
        pub epoch: u64,
        #[allow(missing_docs)]
        pub validator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub weight: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub predictions: alloy::sol_types::private::Vec<i64>,
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
        impl alloy_sol_types::SolEvent for ForecastsPublished {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Int<64>>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ForecastsPublished(uint64,address,uint256,int64[])";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                220u8, 197u8, 29u8, 230u8, 90u8, 12u8, 152u8, 161u8, 183u8, 226u8, 46u8,
                26u8, 200u8, 22u8, 226u8, 201u8, 190u8, 197u8, 67u8, 59u8, 14u8, 58u8,
                227u8, 85u8, 74u8, 16u8, 159u8, 2u8, 11u8, 64u8, 244u8, 135u8,
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
                    weight: data.0,
                    predictions: data.1,
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
                        alloy::sol_types::sol_data::Int<64>,
                    > as alloy_sol_types::SolType>::tokenize(&self.predictions),
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
        impl alloy_sol_types::private::IntoLogData for ForecastsPublished {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ForecastsPublished> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ForecastsPublished) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `OutcomeReported(uint32,uint64,address,int64,uint256)` and selector `0x959214d786b9ed44ee97a6c4aaba0ae57213134450b9dc5453c3aa28c7fdc3ae`.
```solidity
event OutcomeReported(uint32 indexed feed, uint64 indexed roundId, address indexed validator, int64 realised, uint256 weight);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct OutcomeReported {
        #[allow(missing_docs)]
        pub feed: u32,
        #[allow(missing_docs)]
        pub roundId: u64,
        #[allow(missing_docs)]
        pub validator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub realised: i64,
        #[allow(missing_docs)]
        pub weight: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for OutcomeReported {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Int<64>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "OutcomeReported(uint32,uint64,address,int64,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                149u8, 146u8, 20u8, 215u8, 134u8, 185u8, 237u8, 68u8, 238u8, 151u8,
                166u8, 196u8, 170u8, 186u8, 10u8, 229u8, 114u8, 19u8, 19u8, 68u8, 80u8,
                185u8, 220u8, 84u8, 83u8, 195u8, 170u8, 40u8, 199u8, 253u8, 195u8, 174u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    feed: topics.1,
                    roundId: topics.2,
                    validator: topics.3,
                    realised: data.0,
                    weight: data.1,
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
                    <alloy::sol_types::sol_data::Int<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.realised),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.weight),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.feed.clone(),
                    self.roundId.clone(),
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
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.feed);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.roundId);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.validator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for OutcomeReported {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&OutcomeReported> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &OutcomeReported) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoundPublished(uint32,uint64,uint64,int64,uint8,uint16,uint32)` and selector `0x492a4d1b4c2fbfa0b0b4a273ae41326446d284c2e275b9734fa584125918fcd1`.
```solidity
event RoundPublished(uint32 indexed feed, uint64 indexed roundId, uint64 epoch, int64 prediction, uint8 confidence, uint16 publishers, uint32 publishedAt);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoundPublished {
        #[allow(missing_docs)]
        pub feed: u32,
        #[allow(missing_docs)]
        pub roundId: u64,
        #[allow(missing_docs)]
        pub epoch: u64,
        #[allow(missing_docs)]
        pub prediction: i64,
        #[allow(missing_docs)]
        pub confidence: u8,
        #[allow(missing_docs)]
        pub publishers: u16,
        #[allow(missing_docs)]
        pub publishedAt: u32,
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
        impl alloy_sol_types::SolEvent for RoundPublished {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Int<64>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            const SIGNATURE: &'static str = "RoundPublished(uint32,uint64,uint64,int64,uint8,uint16,uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                73u8, 42u8, 77u8, 27u8, 76u8, 47u8, 191u8, 160u8, 176u8, 180u8, 162u8,
                115u8, 174u8, 65u8, 50u8, 100u8, 70u8, 210u8, 132u8, 194u8, 226u8, 117u8,
                185u8, 115u8, 79u8, 165u8, 132u8, 18u8, 89u8, 24u8, 252u8, 209u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    feed: topics.1,
                    roundId: topics.2,
                    epoch: data.0,
                    prediction: data.1,
                    confidence: data.2,
                    publishers: data.3,
                    publishedAt: data.4,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.epoch),
                    <alloy::sol_types::sol_data::Int<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.prediction),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.confidence),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.publishers),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.publishedAt),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.feed.clone(), self.roundId.clone())
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
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.feed);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.roundId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoundPublished {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoundPublished> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoundPublished) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoundSettledAgainstOutcome(uint32,uint64,int64,uint256,uint64)` and selector `0x2bbc5373a01ba55759762f3c7701971e8a02e0a8682abdbdd83e0f2658dc1a50`.
```solidity
event RoundSettledAgainstOutcome(uint32 indexed feed, uint64 indexed roundId, int64 realised, uint256 error, uint64 accuracy);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoundSettledAgainstOutcome {
        #[allow(missing_docs)]
        pub feed: u32,
        #[allow(missing_docs)]
        pub roundId: u64,
        #[allow(missing_docs)]
        pub realised: i64,
        #[allow(missing_docs)]
        pub error: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub accuracy: u64,
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
        impl alloy_sol_types::SolEvent for RoundSettledAgainstOutcome {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Int<64>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            const SIGNATURE: &'static str = "RoundSettledAgainstOutcome(uint32,uint64,int64,uint256,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                43u8, 188u8, 83u8, 115u8, 160u8, 27u8, 165u8, 87u8, 89u8, 118u8, 47u8,
                60u8, 119u8, 1u8, 151u8, 30u8, 138u8, 2u8, 224u8, 168u8, 104u8, 42u8,
                189u8, 189u8, 216u8, 62u8, 15u8, 38u8, 88u8, 220u8, 26u8, 80u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    feed: topics.1,
                    roundId: topics.2,
                    realised: data.0,
                    error: data.1,
                    accuracy: data.2,
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
                    <alloy::sol_types::sol_data::Int<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.realised),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.error),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.accuracy),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.feed.clone(), self.roundId.clone())
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
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.feed);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.roundId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoundSettledAgainstOutcome {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoundSettledAgainstOutcome> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(
                this: &RoundSettledAgainstOutcome,
            ) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor(address subnet_);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub subnet_: alloy::sol_types::private::Address,
    }
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
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (value.subnet_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { subnet_: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
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
                        &self.subnet_,
                    ),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DEFAULT_MAX_FEEDS()` and selector `0x254317c1`.
```solidity
function DEFAULT_MAX_FEEDS() external view returns (uint16);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_MAX_FEEDSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DEFAULT_MAX_FEEDS()`](DEFAULT_MAX_FEEDSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_MAX_FEEDSReturn {
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
            impl ::core::convert::From<DEFAULT_MAX_FEEDSCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_MAX_FEEDSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_MAX_FEEDSCall {
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
            impl ::core::convert::From<DEFAULT_MAX_FEEDSReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_MAX_FEEDSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_MAX_FEEDSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DEFAULT_MAX_FEEDSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u16;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DEFAULT_MAX_FEEDS()";
            const SELECTOR: [u8; 4] = [37u8, 67u8, 23u8, 193u8];
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
                        let r: DEFAULT_MAX_FEEDSReturn = r.into();
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
                        let r: DEFAULT_MAX_FEEDSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DEFAULT_MAX_HORIZON()` and selector `0x0aa6bf7a`.
```solidity
function DEFAULT_MAX_HORIZON() external view returns (uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_MAX_HORIZONCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DEFAULT_MAX_HORIZON()`](DEFAULT_MAX_HORIZONCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_MAX_HORIZONReturn {
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
            impl ::core::convert::From<DEFAULT_MAX_HORIZONCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_MAX_HORIZONCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_MAX_HORIZONCall {
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
            impl ::core::convert::From<DEFAULT_MAX_HORIZONReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_MAX_HORIZONReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_MAX_HORIZONReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DEFAULT_MAX_HORIZONCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DEFAULT_MAX_HORIZON()";
            const SELECTOR: [u8; 4] = [10u8, 166u8, 191u8, 122u8];
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
                        let r: DEFAULT_MAX_HORIZONReturn = r.into();
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
                        let r: DEFAULT_MAX_HORIZONReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DEFAULT_MAX_STALENESS()` and selector `0xc725d4d4`.
```solidity
function DEFAULT_MAX_STALENESS() external view returns (uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_MAX_STALENESSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DEFAULT_MAX_STALENESS()`](DEFAULT_MAX_STALENESSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_MAX_STALENESSReturn {
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
            impl ::core::convert::From<DEFAULT_MAX_STALENESSCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_MAX_STALENESSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_MAX_STALENESSCall {
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
            impl ::core::convert::From<DEFAULT_MAX_STALENESSReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_MAX_STALENESSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_MAX_STALENESSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DEFAULT_MAX_STALENESSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DEFAULT_MAX_STALENESS()";
            const SELECTOR: [u8; 4] = [199u8, 37u8, 212u8, 212u8];
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
                        let r: DEFAULT_MAX_STALENESSReturn = r.into();
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
                        let r: DEFAULT_MAX_STALENESSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DEFAULT_MAX_TOLERANCE()` and selector `0xacd9e0df`.
```solidity
function DEFAULT_MAX_TOLERANCE() external view returns (uint64);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_MAX_TOLERANCECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DEFAULT_MAX_TOLERANCE()`](DEFAULT_MAX_TOLERANCECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_MAX_TOLERANCEReturn {
        #[allow(missing_docs)]
        pub _0: u64,
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
            impl ::core::convert::From<DEFAULT_MAX_TOLERANCECall>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_MAX_TOLERANCECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_MAX_TOLERANCECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
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
            impl ::core::convert::From<DEFAULT_MAX_TOLERANCEReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_MAX_TOLERANCEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_MAX_TOLERANCEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DEFAULT_MAX_TOLERANCECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DEFAULT_MAX_TOLERANCE()";
            const SELECTOR: [u8; 4] = [172u8, 217u8, 224u8, 223u8];
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
                        64,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: DEFAULT_MAX_TOLERANCEReturn = r.into();
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
                        let r: DEFAULT_MAX_TOLERANCEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DEFAULT_MIN_HORIZON()` and selector `0x9ddea2c8`.
```solidity
function DEFAULT_MIN_HORIZON() external view returns (uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_MIN_HORIZONCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DEFAULT_MIN_HORIZON()`](DEFAULT_MIN_HORIZONCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_MIN_HORIZONReturn {
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
            impl ::core::convert::From<DEFAULT_MIN_HORIZONCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_MIN_HORIZONCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_MIN_HORIZONCall {
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
            impl ::core::convert::From<DEFAULT_MIN_HORIZONReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_MIN_HORIZONReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_MIN_HORIZONReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DEFAULT_MIN_HORIZONCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DEFAULT_MIN_HORIZON()";
            const SELECTOR: [u8; 4] = [157u8, 222u8, 162u8, 200u8];
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
                        let r: DEFAULT_MIN_HORIZONReturn = r.into();
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
                        let r: DEFAULT_MIN_HORIZONReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DEFAULT_SETTLE_WINDOW()` and selector `0x9c750155`.
```solidity
function DEFAULT_SETTLE_WINDOW() external view returns (uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_SETTLE_WINDOWCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DEFAULT_SETTLE_WINDOW()`](DEFAULT_SETTLE_WINDOWCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_SETTLE_WINDOWReturn {
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
            impl ::core::convert::From<DEFAULT_SETTLE_WINDOWCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_SETTLE_WINDOWCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_SETTLE_WINDOWCall {
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
            impl ::core::convert::From<DEFAULT_SETTLE_WINDOWReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_SETTLE_WINDOWReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_SETTLE_WINDOWReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DEFAULT_SETTLE_WINDOWCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DEFAULT_SETTLE_WINDOW()";
            const SELECTOR: [u8; 4] = [156u8, 117u8, 1u8, 85u8];
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
                        let r: DEFAULT_SETTLE_WINDOWReturn = r.into();
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
                        let r: DEFAULT_SETTLE_WINDOWReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `INITIAL_ACCURACY()` and selector `0x367f6d37`.
```solidity
function INITIAL_ACCURACY() external view returns (uint64);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct INITIAL_ACCURACYCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`INITIAL_ACCURACY()`](INITIAL_ACCURACYCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct INITIAL_ACCURACYReturn {
        #[allow(missing_docs)]
        pub _0: u64,
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
            impl ::core::convert::From<INITIAL_ACCURACYCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: INITIAL_ACCURACYCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for INITIAL_ACCURACYCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
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
            impl ::core::convert::From<INITIAL_ACCURACYReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: INITIAL_ACCURACYReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for INITIAL_ACCURACYReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for INITIAL_ACCURACYCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "INITIAL_ACCURACY()";
            const SELECTOR: [u8; 4] = [54u8, 127u8, 109u8, 55u8];
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
                        64,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: INITIAL_ACCURACYReturn = r.into();
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
                        let r: INITIAL_ACCURACYReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_BALLOTS()` and selector `0x8a26dbea`.
```solidity
function MAX_BALLOTS() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_BALLOTSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_BALLOTS()`](MAX_BALLOTSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_BALLOTSReturn {
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
            impl ::core::convert::From<MAX_BALLOTSCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_BALLOTSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_BALLOTSCall {
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
            impl ::core::convert::From<MAX_BALLOTSReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_BALLOTSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_BALLOTSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_BALLOTSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_BALLOTS()";
            const SELECTOR: [u8; 4] = [138u8, 38u8, 219u8, 234u8];
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
                        let r: MAX_BALLOTSReturn = r.into();
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
                        let r: MAX_BALLOTSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_FEEDS_LIMIT()` and selector `0x0156ffb6`.
```solidity
function MAX_FEEDS_LIMIT() external view returns (uint16);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_FEEDS_LIMITCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_FEEDS_LIMIT()`](MAX_FEEDS_LIMITCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_FEEDS_LIMITReturn {
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
            impl ::core::convert::From<MAX_FEEDS_LIMITCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_FEEDS_LIMITCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_FEEDS_LIMITCall {
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
            impl ::core::convert::From<MAX_FEEDS_LIMITReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_FEEDS_LIMITReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_FEEDS_LIMITReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_FEEDS_LIMITCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u16;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_FEEDS_LIMIT()";
            const SELECTOR: [u8; 4] = [1u8, 86u8, 255u8, 182u8];
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
                        let r: MAX_FEEDS_LIMITReturn = r.into();
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
                        let r: MAX_FEEDS_LIMITReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_VALUE()` and selector `0x063bde24`.
```solidity
function MAX_VALUE() external view returns (int64);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_VALUECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_VALUE()`](MAX_VALUECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_VALUEReturn {
        #[allow(missing_docs)]
        pub _0: i64,
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
            impl ::core::convert::From<MAX_VALUECall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_VALUECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_VALUECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Int<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (i64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_VALUEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_VALUEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_VALUEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_VALUECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = i64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Int<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_VALUE()";
            const SELECTOR: [u8; 4] = [6u8, 59u8, 222u8, 36u8];
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
                    <alloy::sol_types::sol_data::Int<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MAX_VALUEReturn = r.into();
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
                        let r: MAX_VALUEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MIN_VALUE()` and selector `0x992c15fc`.
```solidity
function MIN_VALUE() external view returns (int64);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_VALUECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MIN_VALUE()`](MIN_VALUECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_VALUEReturn {
        #[allow(missing_docs)]
        pub _0: i64,
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
            impl ::core::convert::From<MIN_VALUECall> for UnderlyingRustTuple<'_> {
                fn from(value: MIN_VALUECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MIN_VALUECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Int<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (i64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MIN_VALUEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MIN_VALUEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MIN_VALUEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MIN_VALUECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = i64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Int<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MIN_VALUE()";
            const SELECTOR: [u8; 4] = [153u8, 44u8, 21u8, 252u8];
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
                    <alloy::sol_types::sol_data::Int<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MIN_VALUEReturn = r.into();
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
                        let r: MIN_VALUEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `NO_VALUE()` and selector `0xd56f2f81`.
```solidity
function NO_VALUE() external view returns (int64);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NO_VALUECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`NO_VALUE()`](NO_VALUECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NO_VALUEReturn {
        #[allow(missing_docs)]
        pub _0: i64,
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
            impl ::core::convert::From<NO_VALUECall> for UnderlyingRustTuple<'_> {
                fn from(value: NO_VALUECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for NO_VALUECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Int<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (i64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<NO_VALUEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: NO_VALUEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for NO_VALUEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for NO_VALUECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = i64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Int<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NO_VALUE()";
            const SELECTOR: [u8; 4] = [213u8, 111u8, 47u8, 129u8];
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
                    <alloy::sol_types::sol_data::Int<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: NO_VALUEReturn = r.into();
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
                        let r: NO_VALUEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `addFeed(string,uint32,uint64,uint32)` and selector `0xe72087dd`.
```solidity
function addFeed(string memory asset, uint32 horizon, uint64 tolerance, uint32 staleAfter) external returns (uint32 feed);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct addFeedCall {
        #[allow(missing_docs)]
        pub asset: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub horizon: u32,
        #[allow(missing_docs)]
        pub tolerance: u64,
        #[allow(missing_docs)]
        pub staleAfter: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`addFeed(string,uint32,uint64,uint32)`](addFeedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct addFeedReturn {
        #[allow(missing_docs)]
        pub feed: u32,
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
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::String,
                u32,
                u64,
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
            impl ::core::convert::From<addFeedCall> for UnderlyingRustTuple<'_> {
                fn from(value: addFeedCall) -> Self {
                    (value.asset, value.horizon, value.tolerance, value.staleAfter)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for addFeedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        asset: tuple.0,
                        horizon: tuple.1,
                        tolerance: tuple.2,
                        staleAfter: tuple.3,
                    }
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
            impl ::core::convert::From<addFeedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: addFeedReturn) -> Self {
                    (value.feed,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for addFeedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { feed: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for addFeedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "addFeed(string,uint32,uint64,uint32)";
            const SELECTOR: [u8; 4] = [231u8, 32u8, 135u8, 221u8];
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
                        &self.asset,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.horizon),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.tolerance),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.staleAfter),
                )
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
                        let r: addFeedReturn = r.into();
                        r.feed
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
                        let r: addFeedReturn = r.into();
                        r.feed
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `bounds()` and selector `0x5843a5ad`.
```solidity
function bounds() external view returns (IForecastFeeds.Bounds memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct boundsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`bounds()`](boundsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct boundsReturn {
        #[allow(missing_docs)]
        pub _0: <IForecastFeeds::Bounds as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<boundsCall> for UnderlyingRustTuple<'_> {
                fn from(value: boundsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for boundsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IForecastFeeds::Bounds,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IForecastFeeds::Bounds as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<boundsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: boundsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for boundsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for boundsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IForecastFeeds::Bounds as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IForecastFeeds::Bounds,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "bounds()";
            const SELECTOR: [u8; 4] = [88u8, 67u8, 165u8, 173u8];
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
                (<IForecastFeeds::Bounds as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: boundsReturn = r.into();
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
                        let r: boundsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `deactivateFeed(uint32)` and selector `0xf00368b0`.
```solidity
function deactivateFeed(uint32 feed) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct deactivateFeedCall {
        #[allow(missing_docs)]
        pub feed: u32,
    }
    ///Container type for the return parameters of the [`deactivateFeed(uint32)`](deactivateFeedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct deactivateFeedReturn {}
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
            impl ::core::convert::From<deactivateFeedCall> for UnderlyingRustTuple<'_> {
                fn from(value: deactivateFeedCall) -> Self {
                    (value.feed,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for deactivateFeedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { feed: tuple.0 }
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
            impl ::core::convert::From<deactivateFeedReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: deactivateFeedReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for deactivateFeedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl deactivateFeedReturn {
            fn _tokenize(
                &self,
            ) -> <deactivateFeedCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for deactivateFeedCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = deactivateFeedReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "deactivateFeed(uint32)";
            const SELECTOR: [u8; 4] = [240u8, 3u8, 104u8, 176u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.feed),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                deactivateFeedReturn::_tokenize(ret)
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
    /**Function with signature `feedAt(uint32)` and selector `0x7dde525e`.
```solidity
function feedAt(uint32 feed) external view returns (IForecastFeeds.Feed memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct feedAtCall {
        #[allow(missing_docs)]
        pub feed: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`feedAt(uint32)`](feedAtCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct feedAtReturn {
        #[allow(missing_docs)]
        pub _0: <IForecastFeeds::Feed as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<feedAtCall> for UnderlyingRustTuple<'_> {
                fn from(value: feedAtCall) -> Self {
                    (value.feed,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for feedAtCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { feed: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IForecastFeeds::Feed,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IForecastFeeds::Feed as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<feedAtReturn> for UnderlyingRustTuple<'_> {
                fn from(value: feedAtReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for feedAtReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for feedAtCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IForecastFeeds::Feed as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IForecastFeeds::Feed,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "feedAt(uint32)";
            const SELECTOR: [u8; 4] = [125u8, 222u8, 82u8, 94u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.feed),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IForecastFeeds::Feed as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: feedAtReturn = r.into();
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
                        let r: feedAtReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `feedCount()` and selector `0x4628986d`.
```solidity
function feedCount() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct feedCountCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`feedCount()`](feedCountCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct feedCountReturn {
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
            impl ::core::convert::From<feedCountCall> for UnderlyingRustTuple<'_> {
                fn from(value: feedCountCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for feedCountCall {
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
            impl ::core::convert::From<feedCountReturn> for UnderlyingRustTuple<'_> {
                fn from(value: feedCountReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for feedCountReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for feedCountCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "feedCount()";
            const SELECTOR: [u8; 4] = [70u8, 40u8, 152u8, 109u8];
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
                        let r: feedCountReturn = r.into();
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
                        let r: feedCountReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `feedIndex(string,uint256)` and selector `0x5504a4ab`.
```solidity
function feedIndex(string memory asset, uint256 horizon) external view returns (uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct feedIndexCall {
        #[allow(missing_docs)]
        pub asset: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub horizon: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`feedIndex(string,uint256)`](feedIndexCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct feedIndexReturn {
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
            impl ::core::convert::From<feedIndexCall> for UnderlyingRustTuple<'_> {
                fn from(value: feedIndexCall) -> Self {
                    (value.asset, value.horizon)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for feedIndexCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        asset: tuple.0,
                        horizon: tuple.1,
                    }
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
            impl ::core::convert::From<feedIndexReturn> for UnderlyingRustTuple<'_> {
                fn from(value: feedIndexReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for feedIndexReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for feedIndexCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "feedIndex(string,uint256)";
            const SELECTOR: [u8; 4] = [85u8, 4u8, 164u8, 171u8];
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
                        &self.asset,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.horizon),
                )
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
                        let r: feedIndexReturn = r.into();
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
                        let r: feedIndexReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `finalizeRounds()` and selector `0x60903cc9`.
```solidity
function finalizeRounds() external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct finalizeRoundsCall;
    ///Container type for the return parameters of the [`finalizeRounds()`](finalizeRoundsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct finalizeRoundsReturn {}
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
            impl ::core::convert::From<finalizeRoundsCall> for UnderlyingRustTuple<'_> {
                fn from(value: finalizeRoundsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for finalizeRoundsCall {
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
            impl ::core::convert::From<finalizeRoundsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: finalizeRoundsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for finalizeRoundsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl finalizeRoundsReturn {
            fn _tokenize(
                &self,
            ) -> <finalizeRoundsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for finalizeRoundsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = finalizeRoundsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "finalizeRounds()";
            const SELECTOR: [u8; 4] = [96u8, 144u8, 60u8, 201u8];
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
                finalizeRoundsReturn::_tokenize(ret)
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
    /**Function with signature `getForecast(bytes32)` and selector `0x35755c21`.
```solidity
function getForecast(bytes32 requestId) external view returns (int256 prediction, uint256 confidence);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getForecastCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getForecast(bytes32)`](getForecastCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getForecastReturn {
        #[allow(missing_docs)]
        pub prediction: alloy::sol_types::private::primitives::aliases::I256,
        #[allow(missing_docs)]
        pub confidence: alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<getForecastCall> for UnderlyingRustTuple<'_> {
                fn from(value: getForecastCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getForecastCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Int<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::I256,
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
            impl ::core::convert::From<getForecastReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getForecastReturn) -> Self {
                    (value.prediction, value.confidence)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getForecastReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        prediction: tuple.0,
                        confidence: tuple.1,
                    }
                }
            }
        }
        impl getForecastReturn {
            fn _tokenize(
                &self,
            ) -> <getForecastCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Int<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.prediction),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.confidence),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getForecastCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = getForecastReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Int<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getForecast(bytes32)";
            const SELECTOR: [u8; 4] = [53u8, 117u8, 92u8, 33u8];
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
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                getForecastReturn::_tokenize(ret)
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
    /**Function with signature `pending()` and selector `0xe20ccec3`.
```solidity
function pending() external view returns (uint64 epoch, uint32 endsAt, uint16 publishers, uint16 feeds);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`pending()`](pendingCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingReturn {
        #[allow(missing_docs)]
        pub epoch: u64,
        #[allow(missing_docs)]
        pub endsAt: u32,
        #[allow(missing_docs)]
        pub publishers: u16,
        #[allow(missing_docs)]
        pub feeds: u16,
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
            impl ::core::convert::From<pendingCall> for UnderlyingRustTuple<'_> {
                fn from(value: pendingCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<16>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64, u32, u16, u16);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<pendingReturn> for UnderlyingRustTuple<'_> {
                fn from(value: pendingReturn) -> Self {
                    (value.epoch, value.endsAt, value.publishers, value.feeds)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        epoch: tuple.0,
                        endsAt: tuple.1,
                        publishers: tuple.2,
                        feeds: tuple.3,
                    }
                }
            }
        }
        impl pendingReturn {
            fn _tokenize(
                &self,
            ) -> <pendingCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.epoch),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.endsAt),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.publishers),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.feeds),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for pendingCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = pendingReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<16>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "pending()";
            const SELECTOR: [u8; 4] = [226u8, 12u8, 206u8, 195u8];
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
                pendingReturn::_tokenize(ret)
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
    /**Function with signature `publishForecasts(int64[])` and selector `0xb86a96fd`.
```solidity
function publishForecasts(int64[] memory predictions) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct publishForecastsCall {
        #[allow(missing_docs)]
        pub predictions: alloy::sol_types::private::Vec<i64>,
    }
    ///Container type for the return parameters of the [`publishForecasts(int64[])`](publishForecastsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct publishForecastsReturn {}
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
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Int<64>>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Vec<i64>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<publishForecastsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: publishForecastsCall) -> Self {
                    (value.predictions,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for publishForecastsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { predictions: tuple.0 }
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
            impl ::core::convert::From<publishForecastsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: publishForecastsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for publishForecastsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl publishForecastsReturn {
            fn _tokenize(
                &self,
            ) -> <publishForecastsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for publishForecastsCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Int<64>>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = publishForecastsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "publishForecasts(int64[])";
            const SELECTOR: [u8; 4] = [184u8, 106u8, 150u8, 253u8];
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
                        alloy::sol_types::sol_data::Int<64>,
                    > as alloy_sol_types::SolType>::tokenize(&self.predictions),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                publishForecastsReturn::_tokenize(ret)
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
    /**Function with signature `reportOutcome(uint32,uint64,int64)` and selector `0x4992fc9c`.
```solidity
function reportOutcome(uint32 feed, uint64 roundId, int64 realised) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct reportOutcomeCall {
        #[allow(missing_docs)]
        pub feed: u32,
        #[allow(missing_docs)]
        pub roundId: u64,
        #[allow(missing_docs)]
        pub realised: i64,
    }
    ///Container type for the return parameters of the [`reportOutcome(uint32,uint64,int64)`](reportOutcomeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct reportOutcomeReturn {}
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
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Int<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32, u64, i64);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<reportOutcomeCall> for UnderlyingRustTuple<'_> {
                fn from(value: reportOutcomeCall) -> Self {
                    (value.feed, value.roundId, value.realised)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for reportOutcomeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        feed: tuple.0,
                        roundId: tuple.1,
                        realised: tuple.2,
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
            impl ::core::convert::From<reportOutcomeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: reportOutcomeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for reportOutcomeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl reportOutcomeReturn {
            fn _tokenize(
                &self,
            ) -> <reportOutcomeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for reportOutcomeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Int<64>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = reportOutcomeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "reportOutcome(uint32,uint64,int64)";
            const SELECTOR: [u8; 4] = [73u8, 146u8, 252u8, 156u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.feed),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.roundId),
                    <alloy::sol_types::sol_data::Int<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.realised),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                reportOutcomeReturn::_tokenize(ret)
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
    /**Function with signature `requestForecast(string,uint256)` and selector `0xaed7b3ca`.
```solidity
function requestForecast(string memory asset, uint256 horizon) external returns (bytes32 requestId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestForecastCall {
        #[allow(missing_docs)]
        pub asset: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub horizon: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`requestForecast(string,uint256)`](requestForecastCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestForecastReturn {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<requestForecastCall> for UnderlyingRustTuple<'_> {
                fn from(value: requestForecastCall) -> Self {
                    (value.asset, value.horizon)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestForecastCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        asset: tuple.0,
                        horizon: tuple.1,
                    }
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
            impl ::core::convert::From<requestForecastReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: requestForecastReturn) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for requestForecastReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for requestForecastCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "requestForecast(string,uint256)";
            const SELECTOR: [u8; 4] = [174u8, 215u8, 179u8, 202u8];
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
                        &self.asset,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.horizon),
                )
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
                        let r: requestForecastReturn = r.into();
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
                        let r: requestForecastReturn = r.into();
                        r.requestId
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `roundOf(uint32,uint64)` and selector `0x157efe32`.
```solidity
function roundOf(uint32 feed, uint64 roundId) external view returns (IForecastFeeds.Round memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct roundOfCall {
        #[allow(missing_docs)]
        pub feed: u32,
        #[allow(missing_docs)]
        pub roundId: u64,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`roundOf(uint32,uint64)`](roundOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct roundOfReturn {
        #[allow(missing_docs)]
        pub _0: <IForecastFeeds::Round as alloy::sol_types::SolType>::RustType,
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
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32, u64);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<roundOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: roundOfCall) -> Self {
                    (value.feed, value.roundId)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for roundOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        feed: tuple.0,
                        roundId: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IForecastFeeds::Round,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IForecastFeeds::Round as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<roundOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: roundOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for roundOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for roundOfCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IForecastFeeds::Round as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IForecastFeeds::Round,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "roundOf(uint32,uint64)";
            const SELECTOR: [u8; 4] = [21u8, 126u8, 254u8, 50u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.feed),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.roundId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IForecastFeeds::Round as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: roundOfReturn = r.into();
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
                        let r: roundOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setBounds((uint16,uint32,uint32,uint32,uint32,uint64))` and selector `0xc8cea0e1`.
```solidity
function setBounds(IForecastFeeds.Bounds memory bounds_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setBoundsCall {
        #[allow(missing_docs)]
        pub bounds_: <IForecastFeeds::Bounds as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`setBounds((uint16,uint32,uint32,uint32,uint32,uint64))`](setBoundsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setBoundsReturn {}
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
            type UnderlyingSolTuple<'a> = (IForecastFeeds::Bounds,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IForecastFeeds::Bounds as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<setBoundsCall> for UnderlyingRustTuple<'_> {
                fn from(value: setBoundsCall) -> Self {
                    (value.bounds_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setBoundsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { bounds_: tuple.0 }
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
            impl ::core::convert::From<setBoundsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setBoundsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setBoundsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setBoundsReturn {
            fn _tokenize(
                &self,
            ) -> <setBoundsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setBoundsCall {
            type Parameters<'a> = (IForecastFeeds::Bounds,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setBoundsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setBounds((uint16,uint32,uint32,uint32,uint32,uint64))";
            const SELECTOR: [u8; 4] = [200u8, 206u8, 160u8, 225u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IForecastFeeds::Bounds as alloy_sol_types::SolType>::tokenize(
                        &self.bounds_,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setBoundsReturn::_tokenize(ret)
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
    /**Function with signature `settleRound(uint32,uint64)` and selector `0x9e64af39`.
```solidity
function settleRound(uint32 feed, uint64 roundId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct settleRoundCall {
        #[allow(missing_docs)]
        pub feed: u32,
        #[allow(missing_docs)]
        pub roundId: u64,
    }
    ///Container type for the return parameters of the [`settleRound(uint32,uint64)`](settleRoundCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct settleRoundReturn {}
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
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32, u64);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<settleRoundCall> for UnderlyingRustTuple<'_> {
                fn from(value: settleRoundCall) -> Self {
                    (value.feed, value.roundId)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for settleRoundCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        feed: tuple.0,
                        roundId: tuple.1,
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
            impl ::core::convert::From<settleRoundReturn> for UnderlyingRustTuple<'_> {
                fn from(value: settleRoundReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for settleRoundReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl settleRoundReturn {
            fn _tokenize(
                &self,
            ) -> <settleRoundCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for settleRoundCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = settleRoundReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "settleRound(uint32,uint64)";
            const SELECTOR: [u8; 4] = [158u8, 100u8, 175u8, 57u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.feed),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.roundId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                settleRoundReturn::_tokenize(ret)
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
    /**Function with signature `subnet()` and selector `0xcaf2ebf2`.
```solidity
function subnet() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct subnetCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`subnet()`](subnetCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct subnetReturn {
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
            impl ::core::convert::From<subnetCall> for UnderlyingRustTuple<'_> {
                fn from(value: subnetCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for subnetCall {
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
            impl ::core::convert::From<subnetReturn> for UnderlyingRustTuple<'_> {
                fn from(value: subnetReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for subnetReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for subnetCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "subnet()";
            const SELECTOR: [u8; 4] = [202u8, 242u8, 235u8, 242u8];
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
                        let r: subnetReturn = r.into();
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
                        let r: subnetReturn = r.into();
                        r._0
                    })
            }
        }
    };
    ///Container for all the [`ForecastFeeds`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum ForecastFeedsCalls {
        #[allow(missing_docs)]
        DEFAULT_MAX_FEEDS(DEFAULT_MAX_FEEDSCall),
        #[allow(missing_docs)]
        DEFAULT_MAX_HORIZON(DEFAULT_MAX_HORIZONCall),
        #[allow(missing_docs)]
        DEFAULT_MAX_STALENESS(DEFAULT_MAX_STALENESSCall),
        #[allow(missing_docs)]
        DEFAULT_MAX_TOLERANCE(DEFAULT_MAX_TOLERANCECall),
        #[allow(missing_docs)]
        DEFAULT_MIN_HORIZON(DEFAULT_MIN_HORIZONCall),
        #[allow(missing_docs)]
        DEFAULT_SETTLE_WINDOW(DEFAULT_SETTLE_WINDOWCall),
        #[allow(missing_docs)]
        INITIAL_ACCURACY(INITIAL_ACCURACYCall),
        #[allow(missing_docs)]
        MAX_BALLOTS(MAX_BALLOTSCall),
        #[allow(missing_docs)]
        MAX_FEEDS_LIMIT(MAX_FEEDS_LIMITCall),
        #[allow(missing_docs)]
        MAX_VALUE(MAX_VALUECall),
        #[allow(missing_docs)]
        MIN_VALUE(MIN_VALUECall),
        #[allow(missing_docs)]
        NO_VALUE(NO_VALUECall),
        #[allow(missing_docs)]
        addFeed(addFeedCall),
        #[allow(missing_docs)]
        bounds(boundsCall),
        #[allow(missing_docs)]
        deactivateFeed(deactivateFeedCall),
        #[allow(missing_docs)]
        feedAt(feedAtCall),
        #[allow(missing_docs)]
        feedCount(feedCountCall),
        #[allow(missing_docs)]
        feedIndex(feedIndexCall),
        #[allow(missing_docs)]
        finalizeRounds(finalizeRoundsCall),
        #[allow(missing_docs)]
        getForecast(getForecastCall),
        #[allow(missing_docs)]
        pending(pendingCall),
        #[allow(missing_docs)]
        publishForecasts(publishForecastsCall),
        #[allow(missing_docs)]
        reportOutcome(reportOutcomeCall),
        #[allow(missing_docs)]
        requestForecast(requestForecastCall),
        #[allow(missing_docs)]
        roundOf(roundOfCall),
        #[allow(missing_docs)]
        setBounds(setBoundsCall),
        #[allow(missing_docs)]
        settleRound(settleRoundCall),
        #[allow(missing_docs)]
        subnet(subnetCall),
    }
    impl ForecastFeedsCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [1u8, 86u8, 255u8, 182u8],
            [6u8, 59u8, 222u8, 36u8],
            [10u8, 166u8, 191u8, 122u8],
            [21u8, 126u8, 254u8, 50u8],
            [37u8, 67u8, 23u8, 193u8],
            [53u8, 117u8, 92u8, 33u8],
            [54u8, 127u8, 109u8, 55u8],
            [70u8, 40u8, 152u8, 109u8],
            [73u8, 146u8, 252u8, 156u8],
            [85u8, 4u8, 164u8, 171u8],
            [88u8, 67u8, 165u8, 173u8],
            [96u8, 144u8, 60u8, 201u8],
            [125u8, 222u8, 82u8, 94u8],
            [138u8, 38u8, 219u8, 234u8],
            [153u8, 44u8, 21u8, 252u8],
            [156u8, 117u8, 1u8, 85u8],
            [157u8, 222u8, 162u8, 200u8],
            [158u8, 100u8, 175u8, 57u8],
            [172u8, 217u8, 224u8, 223u8],
            [174u8, 215u8, 179u8, 202u8],
            [184u8, 106u8, 150u8, 253u8],
            [199u8, 37u8, 212u8, 212u8],
            [200u8, 206u8, 160u8, 225u8],
            [202u8, 242u8, 235u8, 242u8],
            [213u8, 111u8, 47u8, 129u8],
            [226u8, 12u8, 206u8, 195u8],
            [231u8, 32u8, 135u8, 221u8],
            [240u8, 3u8, 104u8, 176u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(MAX_FEEDS_LIMIT),
            ::core::stringify!(MAX_VALUE),
            ::core::stringify!(DEFAULT_MAX_HORIZON),
            ::core::stringify!(roundOf),
            ::core::stringify!(DEFAULT_MAX_FEEDS),
            ::core::stringify!(getForecast),
            ::core::stringify!(INITIAL_ACCURACY),
            ::core::stringify!(feedCount),
            ::core::stringify!(reportOutcome),
            ::core::stringify!(feedIndex),
            ::core::stringify!(bounds),
            ::core::stringify!(finalizeRounds),
            ::core::stringify!(feedAt),
            ::core::stringify!(MAX_BALLOTS),
            ::core::stringify!(MIN_VALUE),
            ::core::stringify!(DEFAULT_SETTLE_WINDOW),
            ::core::stringify!(DEFAULT_MIN_HORIZON),
            ::core::stringify!(settleRound),
            ::core::stringify!(DEFAULT_MAX_TOLERANCE),
            ::core::stringify!(requestForecast),
            ::core::stringify!(publishForecasts),
            ::core::stringify!(DEFAULT_MAX_STALENESS),
            ::core::stringify!(setBounds),
            ::core::stringify!(subnet),
            ::core::stringify!(NO_VALUE),
            ::core::stringify!(pending),
            ::core::stringify!(addFeed),
            ::core::stringify!(deactivateFeed),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <MAX_FEEDS_LIMITCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_VALUECall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_MAX_HORIZONCall as alloy_sol_types::SolCall>::SIGNATURE,
            <roundOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_MAX_FEEDSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getForecastCall as alloy_sol_types::SolCall>::SIGNATURE,
            <INITIAL_ACCURACYCall as alloy_sol_types::SolCall>::SIGNATURE,
            <feedCountCall as alloy_sol_types::SolCall>::SIGNATURE,
            <reportOutcomeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <feedIndexCall as alloy_sol_types::SolCall>::SIGNATURE,
            <boundsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <finalizeRoundsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <feedAtCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_BALLOTSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MIN_VALUECall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_SETTLE_WINDOWCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_MIN_HORIZONCall as alloy_sol_types::SolCall>::SIGNATURE,
            <settleRoundCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_MAX_TOLERANCECall as alloy_sol_types::SolCall>::SIGNATURE,
            <requestForecastCall as alloy_sol_types::SolCall>::SIGNATURE,
            <publishForecastsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_MAX_STALENESSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setBoundsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <subnetCall as alloy_sol_types::SolCall>::SIGNATURE,
            <NO_VALUECall as alloy_sol_types::SolCall>::SIGNATURE,
            <pendingCall as alloy_sol_types::SolCall>::SIGNATURE,
            <addFeedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <deactivateFeedCall as alloy_sol_types::SolCall>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for ForecastFeedsCalls {
        const NAME: &'static str = "ForecastFeedsCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 28usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::DEFAULT_MAX_FEEDS(_) => {
                    <DEFAULT_MAX_FEEDSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::DEFAULT_MAX_HORIZON(_) => {
                    <DEFAULT_MAX_HORIZONCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::DEFAULT_MAX_STALENESS(_) => {
                    <DEFAULT_MAX_STALENESSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::DEFAULT_MAX_TOLERANCE(_) => {
                    <DEFAULT_MAX_TOLERANCECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::DEFAULT_MIN_HORIZON(_) => {
                    <DEFAULT_MIN_HORIZONCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::DEFAULT_SETTLE_WINDOW(_) => {
                    <DEFAULT_SETTLE_WINDOWCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::INITIAL_ACCURACY(_) => {
                    <INITIAL_ACCURACYCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_BALLOTS(_) => {
                    <MAX_BALLOTSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_FEEDS_LIMIT(_) => {
                    <MAX_FEEDS_LIMITCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_VALUE(_) => {
                    <MAX_VALUECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MIN_VALUE(_) => {
                    <MIN_VALUECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::NO_VALUE(_) => <NO_VALUECall as alloy_sol_types::SolCall>::SELECTOR,
                Self::addFeed(_) => <addFeedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::bounds(_) => <boundsCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::deactivateFeed(_) => {
                    <deactivateFeedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::feedAt(_) => <feedAtCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::feedCount(_) => {
                    <feedCountCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::feedIndex(_) => {
                    <feedIndexCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::finalizeRounds(_) => {
                    <finalizeRoundsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getForecast(_) => {
                    <getForecastCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::pending(_) => <pendingCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::publishForecasts(_) => {
                    <publishForecastsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::reportOutcome(_) => {
                    <reportOutcomeCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::requestForecast(_) => {
                    <requestForecastCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::roundOf(_) => <roundOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::setBounds(_) => {
                    <setBoundsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::settleRound(_) => {
                    <settleRoundCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::subnet(_) => <subnetCall as alloy_sol_types::SolCall>::SELECTOR,
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
            ) -> alloy_sol_types::Result<ForecastFeedsCalls>] = &[
                {
                    fn MAX_FEEDS_LIMIT(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <MAX_FEEDS_LIMITCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsCalls::MAX_FEEDS_LIMIT)
                    }
                    MAX_FEEDS_LIMIT
                },
                {
                    fn MAX_VALUE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <MAX_VALUECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ForecastFeedsCalls::MAX_VALUE)
                    }
                    MAX_VALUE
                },
                {
                    fn DEFAULT_MAX_HORIZON(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <DEFAULT_MAX_HORIZONCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsCalls::DEFAULT_MAX_HORIZON)
                    }
                    DEFAULT_MAX_HORIZON
                },
                {
                    fn roundOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <roundOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ForecastFeedsCalls::roundOf)
                    }
                    roundOf
                },
                {
                    fn DEFAULT_MAX_FEEDS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <DEFAULT_MAX_FEEDSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsCalls::DEFAULT_MAX_FEEDS)
                    }
                    DEFAULT_MAX_FEEDS
                },
                {
                    fn getForecast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <getForecastCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsCalls::getForecast)
                    }
                    getForecast
                },
                {
                    fn INITIAL_ACCURACY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <INITIAL_ACCURACYCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsCalls::INITIAL_ACCURACY)
                    }
                    INITIAL_ACCURACY
                },
                {
                    fn feedCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <feedCountCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ForecastFeedsCalls::feedCount)
                    }
                    feedCount
                },
                {
                    fn reportOutcome(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <reportOutcomeCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsCalls::reportOutcome)
                    }
                    reportOutcome
                },
                {
                    fn feedIndex(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <feedIndexCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ForecastFeedsCalls::feedIndex)
                    }
                    feedIndex
                },
                {
                    fn bounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <boundsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ForecastFeedsCalls::bounds)
                    }
                    bounds
                },
                {
                    fn finalizeRounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <finalizeRoundsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsCalls::finalizeRounds)
                    }
                    finalizeRounds
                },
                {
                    fn feedAt(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <feedAtCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ForecastFeedsCalls::feedAt)
                    }
                    feedAt
                },
                {
                    fn MAX_BALLOTS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <MAX_BALLOTSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsCalls::MAX_BALLOTS)
                    }
                    MAX_BALLOTS
                },
                {
                    fn MIN_VALUE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <MIN_VALUECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ForecastFeedsCalls::MIN_VALUE)
                    }
                    MIN_VALUE
                },
                {
                    fn DEFAULT_SETTLE_WINDOW(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <DEFAULT_SETTLE_WINDOWCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsCalls::DEFAULT_SETTLE_WINDOW)
                    }
                    DEFAULT_SETTLE_WINDOW
                },
                {
                    fn DEFAULT_MIN_HORIZON(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <DEFAULT_MIN_HORIZONCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsCalls::DEFAULT_MIN_HORIZON)
                    }
                    DEFAULT_MIN_HORIZON
                },
                {
                    fn settleRound(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <settleRoundCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsCalls::settleRound)
                    }
                    settleRound
                },
                {
                    fn DEFAULT_MAX_TOLERANCE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <DEFAULT_MAX_TOLERANCECall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsCalls::DEFAULT_MAX_TOLERANCE)
                    }
                    DEFAULT_MAX_TOLERANCE
                },
                {
                    fn requestForecast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <requestForecastCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsCalls::requestForecast)
                    }
                    requestForecast
                },
                {
                    fn publishForecasts(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <publishForecastsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsCalls::publishForecasts)
                    }
                    publishForecasts
                },
                {
                    fn DEFAULT_MAX_STALENESS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <DEFAULT_MAX_STALENESSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsCalls::DEFAULT_MAX_STALENESS)
                    }
                    DEFAULT_MAX_STALENESS
                },
                {
                    fn setBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <setBoundsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ForecastFeedsCalls::setBounds)
                    }
                    setBounds
                },
                {
                    fn subnet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <subnetCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ForecastFeedsCalls::subnet)
                    }
                    subnet
                },
                {
                    fn NO_VALUE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <NO_VALUECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ForecastFeedsCalls::NO_VALUE)
                    }
                    NO_VALUE
                },
                {
                    fn pending(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <pendingCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ForecastFeedsCalls::pending)
                    }
                    pending
                },
                {
                    fn addFeed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <addFeedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ForecastFeedsCalls::addFeed)
                    }
                    addFeed
                },
                {
                    fn deactivateFeed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <deactivateFeedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsCalls::deactivateFeed)
                    }
                    deactivateFeed
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
            ) -> alloy_sol_types::Result<ForecastFeedsCalls>] = &[
                {
                    fn MAX_FEEDS_LIMIT(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <MAX_FEEDS_LIMITCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::MAX_FEEDS_LIMIT)
                    }
                    MAX_FEEDS_LIMIT
                },
                {
                    fn MAX_VALUE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <MAX_VALUECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::MAX_VALUE)
                    }
                    MAX_VALUE
                },
                {
                    fn DEFAULT_MAX_HORIZON(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <DEFAULT_MAX_HORIZONCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::DEFAULT_MAX_HORIZON)
                    }
                    DEFAULT_MAX_HORIZON
                },
                {
                    fn roundOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <roundOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::roundOf)
                    }
                    roundOf
                },
                {
                    fn DEFAULT_MAX_FEEDS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <DEFAULT_MAX_FEEDSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::DEFAULT_MAX_FEEDS)
                    }
                    DEFAULT_MAX_FEEDS
                },
                {
                    fn getForecast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <getForecastCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::getForecast)
                    }
                    getForecast
                },
                {
                    fn INITIAL_ACCURACY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <INITIAL_ACCURACYCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::INITIAL_ACCURACY)
                    }
                    INITIAL_ACCURACY
                },
                {
                    fn feedCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <feedCountCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::feedCount)
                    }
                    feedCount
                },
                {
                    fn reportOutcome(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <reportOutcomeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::reportOutcome)
                    }
                    reportOutcome
                },
                {
                    fn feedIndex(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <feedIndexCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::feedIndex)
                    }
                    feedIndex
                },
                {
                    fn bounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <boundsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::bounds)
                    }
                    bounds
                },
                {
                    fn finalizeRounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <finalizeRoundsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::finalizeRounds)
                    }
                    finalizeRounds
                },
                {
                    fn feedAt(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <feedAtCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::feedAt)
                    }
                    feedAt
                },
                {
                    fn MAX_BALLOTS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <MAX_BALLOTSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::MAX_BALLOTS)
                    }
                    MAX_BALLOTS
                },
                {
                    fn MIN_VALUE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <MIN_VALUECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::MIN_VALUE)
                    }
                    MIN_VALUE
                },
                {
                    fn DEFAULT_SETTLE_WINDOW(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <DEFAULT_SETTLE_WINDOWCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::DEFAULT_SETTLE_WINDOW)
                    }
                    DEFAULT_SETTLE_WINDOW
                },
                {
                    fn DEFAULT_MIN_HORIZON(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <DEFAULT_MIN_HORIZONCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::DEFAULT_MIN_HORIZON)
                    }
                    DEFAULT_MIN_HORIZON
                },
                {
                    fn settleRound(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <settleRoundCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::settleRound)
                    }
                    settleRound
                },
                {
                    fn DEFAULT_MAX_TOLERANCE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <DEFAULT_MAX_TOLERANCECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::DEFAULT_MAX_TOLERANCE)
                    }
                    DEFAULT_MAX_TOLERANCE
                },
                {
                    fn requestForecast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <requestForecastCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::requestForecast)
                    }
                    requestForecast
                },
                {
                    fn publishForecasts(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <publishForecastsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::publishForecasts)
                    }
                    publishForecasts
                },
                {
                    fn DEFAULT_MAX_STALENESS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <DEFAULT_MAX_STALENESSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::DEFAULT_MAX_STALENESS)
                    }
                    DEFAULT_MAX_STALENESS
                },
                {
                    fn setBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <setBoundsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::setBounds)
                    }
                    setBounds
                },
                {
                    fn subnet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <subnetCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::subnet)
                    }
                    subnet
                },
                {
                    fn NO_VALUE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <NO_VALUECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::NO_VALUE)
                    }
                    NO_VALUE
                },
                {
                    fn pending(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <pendingCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::pending)
                    }
                    pending
                },
                {
                    fn addFeed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <addFeedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::addFeed)
                    }
                    addFeed
                },
                {
                    fn deactivateFeed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsCalls> {
                        <deactivateFeedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsCalls::deactivateFeed)
                    }
                    deactivateFeed
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
                Self::DEFAULT_MAX_FEEDS(inner) => {
                    <DEFAULT_MAX_FEEDSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DEFAULT_MAX_HORIZON(inner) => {
                    <DEFAULT_MAX_HORIZONCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DEFAULT_MAX_STALENESS(inner) => {
                    <DEFAULT_MAX_STALENESSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DEFAULT_MAX_TOLERANCE(inner) => {
                    <DEFAULT_MAX_TOLERANCECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DEFAULT_MIN_HORIZON(inner) => {
                    <DEFAULT_MIN_HORIZONCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DEFAULT_SETTLE_WINDOW(inner) => {
                    <DEFAULT_SETTLE_WINDOWCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::INITIAL_ACCURACY(inner) => {
                    <INITIAL_ACCURACYCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_BALLOTS(inner) => {
                    <MAX_BALLOTSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_FEEDS_LIMIT(inner) => {
                    <MAX_FEEDS_LIMITCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_VALUE(inner) => {
                    <MAX_VALUECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::MIN_VALUE(inner) => {
                    <MIN_VALUECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::NO_VALUE(inner) => {
                    <NO_VALUECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::addFeed(inner) => {
                    <addFeedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::bounds(inner) => {
                    <boundsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::deactivateFeed(inner) => {
                    <deactivateFeedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::feedAt(inner) => {
                    <feedAtCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::feedCount(inner) => {
                    <feedCountCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::feedIndex(inner) => {
                    <feedIndexCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::finalizeRounds(inner) => {
                    <finalizeRoundsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getForecast(inner) => {
                    <getForecastCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::pending(inner) => {
                    <pendingCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::publishForecasts(inner) => {
                    <publishForecastsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::reportOutcome(inner) => {
                    <reportOutcomeCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::requestForecast(inner) => {
                    <requestForecastCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::roundOf(inner) => {
                    <roundOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setBounds(inner) => {
                    <setBoundsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::settleRound(inner) => {
                    <settleRoundCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::subnet(inner) => {
                    <subnetCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::DEFAULT_MAX_FEEDS(inner) => {
                    <DEFAULT_MAX_FEEDSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::DEFAULT_MAX_HORIZON(inner) => {
                    <DEFAULT_MAX_HORIZONCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::DEFAULT_MAX_STALENESS(inner) => {
                    <DEFAULT_MAX_STALENESSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::DEFAULT_MAX_TOLERANCE(inner) => {
                    <DEFAULT_MAX_TOLERANCECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::DEFAULT_MIN_HORIZON(inner) => {
                    <DEFAULT_MIN_HORIZONCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::DEFAULT_SETTLE_WINDOW(inner) => {
                    <DEFAULT_SETTLE_WINDOWCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::INITIAL_ACCURACY(inner) => {
                    <INITIAL_ACCURACYCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_BALLOTS(inner) => {
                    <MAX_BALLOTSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_FEEDS_LIMIT(inner) => {
                    <MAX_FEEDS_LIMITCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_VALUE(inner) => {
                    <MAX_VALUECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MIN_VALUE(inner) => {
                    <MIN_VALUECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NO_VALUE(inner) => {
                    <NO_VALUECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::addFeed(inner) => {
                    <addFeedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::bounds(inner) => {
                    <boundsCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::deactivateFeed(inner) => {
                    <deactivateFeedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::feedAt(inner) => {
                    <feedAtCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::feedCount(inner) => {
                    <feedCountCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::feedIndex(inner) => {
                    <feedIndexCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::finalizeRounds(inner) => {
                    <finalizeRoundsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getForecast(inner) => {
                    <getForecastCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::pending(inner) => {
                    <pendingCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::publishForecasts(inner) => {
                    <publishForecastsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::reportOutcome(inner) => {
                    <reportOutcomeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::requestForecast(inner) => {
                    <requestForecastCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::roundOf(inner) => {
                    <roundOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::setBounds(inner) => {
                    <setBoundsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::settleRound(inner) => {
                    <settleRoundCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::subnet(inner) => {
                    <subnetCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`ForecastFeeds`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum ForecastFeedsErrors {
        #[allow(missing_docs)]
        AlreadySubmitted(AlreadySubmitted),
        #[allow(missing_docs)]
        CannotSettle(CannotSettle),
        #[allow(missing_docs)]
        FeedExists(FeedExists),
        #[allow(missing_docs)]
        InvalidBounds(InvalidBounds),
        #[allow(missing_docs)]
        InvalidFeed(InvalidFeed),
        #[allow(missing_docs)]
        NotASubnet(NotASubnet),
        #[allow(missing_docs)]
        NotAValidator(NotAValidator),
        #[allow(missing_docs)]
        NotGovernance(NotGovernance),
        #[allow(missing_docs)]
        NotSubnetOwner(NotSubnetOwner),
        #[allow(missing_docs)]
        NothingToFinalize(NothingToFinalize),
        #[allow(missing_docs)]
        OutsideReportWindow(OutsideReportWindow),
        #[allow(missing_docs)]
        OutweighedBallot(OutweighedBallot),
        #[allow(missing_docs)]
        PublishClosed(PublishClosed),
        #[allow(missing_docs)]
        RoundSettled(RoundSettled),
        #[allow(missing_docs)]
        SafeCastOverflowedUintDowncast(SafeCastOverflowedUintDowncast),
        #[allow(missing_docs)]
        SubnetUnavailable(SubnetUnavailable),
        #[allow(missing_docs)]
        TooManyFeeds(TooManyFeeds),
        #[allow(missing_docs)]
        UnknownFeed(UnknownFeed),
        #[allow(missing_docs)]
        UnknownFeedIndex(UnknownFeedIndex),
        #[allow(missing_docs)]
        UnknownRequest(UnknownRequest),
        #[allow(missing_docs)]
        UnknownRound(UnknownRound),
        #[allow(missing_docs)]
        ValueOutOfRange(ValueOutOfRange),
        #[allow(missing_docs)]
        WrongPredictionCount(WrongPredictionCount),
    }
    impl ForecastFeedsErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [36u8, 212u8, 160u8, 150u8],
            [37u8, 201u8, 75u8, 23u8],
            [61u8, 212u8, 168u8, 232u8],
            [68u8, 206u8, 166u8, 62u8],
            [93u8, 136u8, 40u8, 80u8],
            [103u8, 0u8, 248u8, 5u8],
            [109u8, 252u8, 198u8, 80u8],
            [123u8, 190u8, 52u8, 201u8],
            [140u8, 235u8, 217u8, 139u8],
            [143u8, 54u8, 118u8, 197u8],
            [143u8, 62u8, 113u8, 71u8],
            [152u8, 141u8, 31u8, 3u8],
            [160u8, 133u8, 130u8, 171u8],
            [162u8, 23u8, 25u8, 132u8],
            [168u8, 131u8, 67u8, 87u8],
            [174u8, 54u8, 167u8, 68u8],
            [188u8, 103u8, 124u8, 144u8],
            [198u8, 198u8, 93u8, 194u8],
            [216u8, 3u8, 182u8, 131u8],
            [219u8, 75u8, 210u8, 185u8],
            [221u8, 136u8, 236u8, 158u8],
            [227u8, 25u8, 163u8, 162u8],
            [252u8, 177u8, 63u8, 166u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(NotASubnet),
            ::core::stringify!(NotSubnetOwner),
            ::core::stringify!(RoundSettled),
            ::core::stringify!(UnknownRound),
            ::core::stringify!(NothingToFinalize),
            ::core::stringify!(OutweighedBallot),
            ::core::stringify!(SafeCastOverflowedUintDowncast),
            ::core::stringify!(UnknownRequest),
            ::core::stringify!(ValueOutOfRange),
            ::core::stringify!(PublishClosed),
            ::core::stringify!(SubnetUnavailable),
            ::core::stringify!(NotGovernance),
            ::core::stringify!(OutsideReportWindow),
            ::core::stringify!(UnknownFeedIndex),
            ::core::stringify!(InvalidBounds),
            ::core::stringify!(TooManyFeeds),
            ::core::stringify!(NotAValidator),
            ::core::stringify!(UnknownFeed),
            ::core::stringify!(WrongPredictionCount),
            ::core::stringify!(FeedExists),
            ::core::stringify!(InvalidFeed),
            ::core::stringify!(AlreadySubmitted),
            ::core::stringify!(CannotSettle),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <NotASubnet as alloy_sol_types::SolError>::SIGNATURE,
            <NotSubnetOwner as alloy_sol_types::SolError>::SIGNATURE,
            <RoundSettled as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownRound as alloy_sol_types::SolError>::SIGNATURE,
            <NothingToFinalize as alloy_sol_types::SolError>::SIGNATURE,
            <OutweighedBallot as alloy_sol_types::SolError>::SIGNATURE,
            <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownRequest as alloy_sol_types::SolError>::SIGNATURE,
            <ValueOutOfRange as alloy_sol_types::SolError>::SIGNATURE,
            <PublishClosed as alloy_sol_types::SolError>::SIGNATURE,
            <SubnetUnavailable as alloy_sol_types::SolError>::SIGNATURE,
            <NotGovernance as alloy_sol_types::SolError>::SIGNATURE,
            <OutsideReportWindow as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownFeedIndex as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidBounds as alloy_sol_types::SolError>::SIGNATURE,
            <TooManyFeeds as alloy_sol_types::SolError>::SIGNATURE,
            <NotAValidator as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownFeed as alloy_sol_types::SolError>::SIGNATURE,
            <WrongPredictionCount as alloy_sol_types::SolError>::SIGNATURE,
            <FeedExists as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidFeed as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadySubmitted as alloy_sol_types::SolError>::SIGNATURE,
            <CannotSettle as alloy_sol_types::SolError>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for ForecastFeedsErrors {
        const NAME: &'static str = "ForecastFeedsErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 23usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AlreadySubmitted(_) => {
                    <AlreadySubmitted as alloy_sol_types::SolError>::SELECTOR
                }
                Self::CannotSettle(_) => {
                    <CannotSettle as alloy_sol_types::SolError>::SELECTOR
                }
                Self::FeedExists(_) => {
                    <FeedExists as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidBounds(_) => {
                    <InvalidBounds as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidFeed(_) => {
                    <InvalidFeed as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotASubnet(_) => {
                    <NotASubnet as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotAValidator(_) => {
                    <NotAValidator as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotGovernance(_) => {
                    <NotGovernance as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotSubnetOwner(_) => {
                    <NotSubnetOwner as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NothingToFinalize(_) => {
                    <NothingToFinalize as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OutsideReportWindow(_) => {
                    <OutsideReportWindow as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OutweighedBallot(_) => {
                    <OutweighedBallot as alloy_sol_types::SolError>::SELECTOR
                }
                Self::PublishClosed(_) => {
                    <PublishClosed as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RoundSettled(_) => {
                    <RoundSettled as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeCastOverflowedUintDowncast(_) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SubnetUnavailable(_) => {
                    <SubnetUnavailable as alloy_sol_types::SolError>::SELECTOR
                }
                Self::TooManyFeeds(_) => {
                    <TooManyFeeds as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UnknownFeed(_) => {
                    <UnknownFeed as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UnknownFeedIndex(_) => {
                    <UnknownFeedIndex as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UnknownRequest(_) => {
                    <UnknownRequest as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UnknownRound(_) => {
                    <UnknownRound as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ValueOutOfRange(_) => {
                    <ValueOutOfRange as alloy_sol_types::SolError>::SELECTOR
                }
                Self::WrongPredictionCount(_) => {
                    <WrongPredictionCount as alloy_sol_types::SolError>::SELECTOR
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
            ) -> alloy_sol_types::Result<ForecastFeedsErrors>] = &[
                {
                    fn NotASubnet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <NotASubnet as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ForecastFeedsErrors::NotASubnet)
                    }
                    NotASubnet
                },
                {
                    fn NotSubnetOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <NotSubnetOwner as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsErrors::NotSubnetOwner)
                    }
                    NotSubnetOwner
                },
                {
                    fn RoundSettled(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <RoundSettled as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ForecastFeedsErrors::RoundSettled)
                    }
                    RoundSettled
                },
                {
                    fn UnknownRound(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <UnknownRound as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ForecastFeedsErrors::UnknownRound)
                    }
                    UnknownRound
                },
                {
                    fn NothingToFinalize(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <NothingToFinalize as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsErrors::NothingToFinalize)
                    }
                    NothingToFinalize
                },
                {
                    fn OutweighedBallot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <OutweighedBallot as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsErrors::OutweighedBallot)
                    }
                    OutweighedBallot
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn UnknownRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <UnknownRequest as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsErrors::UnknownRequest)
                    }
                    UnknownRequest
                },
                {
                    fn ValueOutOfRange(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <ValueOutOfRange as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsErrors::ValueOutOfRange)
                    }
                    ValueOutOfRange
                },
                {
                    fn PublishClosed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <PublishClosed as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsErrors::PublishClosed)
                    }
                    PublishClosed
                },
                {
                    fn SubnetUnavailable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <SubnetUnavailable as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsErrors::SubnetUnavailable)
                    }
                    SubnetUnavailable
                },
                {
                    fn NotGovernance(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <NotGovernance as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsErrors::NotGovernance)
                    }
                    NotGovernance
                },
                {
                    fn OutsideReportWindow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <OutsideReportWindow as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsErrors::OutsideReportWindow)
                    }
                    OutsideReportWindow
                },
                {
                    fn UnknownFeedIndex(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <UnknownFeedIndex as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsErrors::UnknownFeedIndex)
                    }
                    UnknownFeedIndex
                },
                {
                    fn InvalidBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <InvalidBounds as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsErrors::InvalidBounds)
                    }
                    InvalidBounds
                },
                {
                    fn TooManyFeeds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <TooManyFeeds as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ForecastFeedsErrors::TooManyFeeds)
                    }
                    TooManyFeeds
                },
                {
                    fn NotAValidator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <NotAValidator as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsErrors::NotAValidator)
                    }
                    NotAValidator
                },
                {
                    fn UnknownFeed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <UnknownFeed as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ForecastFeedsErrors::UnknownFeed)
                    }
                    UnknownFeed
                },
                {
                    fn WrongPredictionCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <WrongPredictionCount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsErrors::WrongPredictionCount)
                    }
                    WrongPredictionCount
                },
                {
                    fn FeedExists(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <FeedExists as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ForecastFeedsErrors::FeedExists)
                    }
                    FeedExists
                },
                {
                    fn InvalidFeed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <InvalidFeed as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ForecastFeedsErrors::InvalidFeed)
                    }
                    InvalidFeed
                },
                {
                    fn AlreadySubmitted(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <AlreadySubmitted as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ForecastFeedsErrors::AlreadySubmitted)
                    }
                    AlreadySubmitted
                },
                {
                    fn CannotSettle(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <CannotSettle as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ForecastFeedsErrors::CannotSettle)
                    }
                    CannotSettle
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
            ) -> alloy_sol_types::Result<ForecastFeedsErrors>] = &[
                {
                    fn NotASubnet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <NotASubnet as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::NotASubnet)
                    }
                    NotASubnet
                },
                {
                    fn NotSubnetOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <NotSubnetOwner as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::NotSubnetOwner)
                    }
                    NotSubnetOwner
                },
                {
                    fn RoundSettled(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <RoundSettled as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::RoundSettled)
                    }
                    RoundSettled
                },
                {
                    fn UnknownRound(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <UnknownRound as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::UnknownRound)
                    }
                    UnknownRound
                },
                {
                    fn NothingToFinalize(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <NothingToFinalize as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::NothingToFinalize)
                    }
                    NothingToFinalize
                },
                {
                    fn OutweighedBallot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <OutweighedBallot as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::OutweighedBallot)
                    }
                    OutweighedBallot
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn UnknownRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <UnknownRequest as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::UnknownRequest)
                    }
                    UnknownRequest
                },
                {
                    fn ValueOutOfRange(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <ValueOutOfRange as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::ValueOutOfRange)
                    }
                    ValueOutOfRange
                },
                {
                    fn PublishClosed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <PublishClosed as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::PublishClosed)
                    }
                    PublishClosed
                },
                {
                    fn SubnetUnavailable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <SubnetUnavailable as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::SubnetUnavailable)
                    }
                    SubnetUnavailable
                },
                {
                    fn NotGovernance(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <NotGovernance as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::NotGovernance)
                    }
                    NotGovernance
                },
                {
                    fn OutsideReportWindow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <OutsideReportWindow as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::OutsideReportWindow)
                    }
                    OutsideReportWindow
                },
                {
                    fn UnknownFeedIndex(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <UnknownFeedIndex as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::UnknownFeedIndex)
                    }
                    UnknownFeedIndex
                },
                {
                    fn InvalidBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <InvalidBounds as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::InvalidBounds)
                    }
                    InvalidBounds
                },
                {
                    fn TooManyFeeds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <TooManyFeeds as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::TooManyFeeds)
                    }
                    TooManyFeeds
                },
                {
                    fn NotAValidator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <NotAValidator as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::NotAValidator)
                    }
                    NotAValidator
                },
                {
                    fn UnknownFeed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <UnknownFeed as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::UnknownFeed)
                    }
                    UnknownFeed
                },
                {
                    fn WrongPredictionCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <WrongPredictionCount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::WrongPredictionCount)
                    }
                    WrongPredictionCount
                },
                {
                    fn FeedExists(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <FeedExists as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::FeedExists)
                    }
                    FeedExists
                },
                {
                    fn InvalidFeed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <InvalidFeed as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::InvalidFeed)
                    }
                    InvalidFeed
                },
                {
                    fn AlreadySubmitted(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <AlreadySubmitted as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::AlreadySubmitted)
                    }
                    AlreadySubmitted
                },
                {
                    fn CannotSettle(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ForecastFeedsErrors> {
                        <CannotSettle as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ForecastFeedsErrors::CannotSettle)
                    }
                    CannotSettle
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
                Self::AlreadySubmitted(inner) => {
                    <AlreadySubmitted as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::CannotSettle(inner) => {
                    <CannotSettle as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::FeedExists(inner) => {
                    <FeedExists as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidBounds(inner) => {
                    <InvalidBounds as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidFeed(inner) => {
                    <InvalidFeed as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotASubnet(inner) => {
                    <NotASubnet as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotAValidator(inner) => {
                    <NotAValidator as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotGovernance(inner) => {
                    <NotGovernance as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotSubnetOwner(inner) => {
                    <NotSubnetOwner as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NothingToFinalize(inner) => {
                    <NothingToFinalize as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OutsideReportWindow(inner) => {
                    <OutsideReportWindow as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OutweighedBallot(inner) => {
                    <OutweighedBallot as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::PublishClosed(inner) => {
                    <PublishClosed as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::RoundSettled(inner) => {
                    <RoundSettled as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SubnetUnavailable(inner) => {
                    <SubnetUnavailable as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::TooManyFeeds(inner) => {
                    <TooManyFeeds as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::UnknownFeed(inner) => {
                    <UnknownFeed as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::UnknownFeedIndex(inner) => {
                    <UnknownFeedIndex as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UnknownRequest(inner) => {
                    <UnknownRequest as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UnknownRound(inner) => {
                    <UnknownRound as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ValueOutOfRange(inner) => {
                    <ValueOutOfRange as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::WrongPredictionCount(inner) => {
                    <WrongPredictionCount as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::AlreadySubmitted(inner) => {
                    <AlreadySubmitted as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::CannotSettle(inner) => {
                    <CannotSettle as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::FeedExists(inner) => {
                    <FeedExists as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidBounds(inner) => {
                    <InvalidBounds as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidFeed(inner) => {
                    <InvalidFeed as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotASubnet(inner) => {
                    <NotASubnet as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
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
                Self::NotSubnetOwner(inner) => {
                    <NotSubnetOwner as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NothingToFinalize(inner) => {
                    <NothingToFinalize as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OutsideReportWindow(inner) => {
                    <OutsideReportWindow as alloy_sol_types::SolError>::abi_encode_raw(
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
                Self::PublishClosed(inner) => {
                    <PublishClosed as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RoundSettled(inner) => {
                    <RoundSettled as alloy_sol_types::SolError>::abi_encode_raw(
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
                Self::SubnetUnavailable(inner) => {
                    <SubnetUnavailable as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::TooManyFeeds(inner) => {
                    <TooManyFeeds as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UnknownFeed(inner) => {
                    <UnknownFeed as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UnknownFeedIndex(inner) => {
                    <UnknownFeedIndex as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UnknownRequest(inner) => {
                    <UnknownRequest as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UnknownRound(inner) => {
                    <UnknownRound as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ValueOutOfRange(inner) => {
                    <ValueOutOfRange as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::WrongPredictionCount(inner) => {
                    <WrongPredictionCount as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`ForecastFeeds`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum ForecastFeedsEvents {
        #[allow(missing_docs)]
        BallotDisplaced(BallotDisplaced),
        #[allow(missing_docs)]
        BoundsSet(BoundsSet),
        #[allow(missing_docs)]
        FeedAdded(FeedAdded),
        #[allow(missing_docs)]
        FeedDeactivated(FeedDeactivated),
        #[allow(missing_docs)]
        ForecastRequested(ForecastRequested),
        #[allow(missing_docs)]
        ForecastsPublished(ForecastsPublished),
        #[allow(missing_docs)]
        OutcomeReported(OutcomeReported),
        #[allow(missing_docs)]
        RoundPublished(RoundPublished),
        #[allow(missing_docs)]
        RoundSettledAgainstOutcome(RoundSettledAgainstOutcome),
    }
    impl ForecastFeedsEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                43u8, 188u8, 83u8, 115u8, 160u8, 27u8, 165u8, 87u8, 89u8, 118u8, 47u8,
                60u8, 119u8, 1u8, 151u8, 30u8, 138u8, 2u8, 224u8, 168u8, 104u8, 42u8,
                189u8, 189u8, 216u8, 62u8, 15u8, 38u8, 88u8, 220u8, 26u8, 80u8,
            ],
            [
                67u8, 43u8, 191u8, 233u8, 225u8, 81u8, 211u8, 108u8, 5u8, 137u8, 186u8,
                17u8, 213u8, 221u8, 68u8, 118u8, 200u8, 102u8, 128u8, 225u8, 215u8,
                104u8, 218u8, 198u8, 204u8, 219u8, 116u8, 107u8, 184u8, 45u8, 246u8, 73u8,
            ],
            [
                73u8, 42u8, 77u8, 27u8, 76u8, 47u8, 191u8, 160u8, 176u8, 180u8, 162u8,
                115u8, 174u8, 65u8, 50u8, 100u8, 70u8, 210u8, 132u8, 194u8, 226u8, 117u8,
                185u8, 115u8, 79u8, 165u8, 132u8, 18u8, 89u8, 24u8, 252u8, 209u8,
            ],
            [
                78u8, 62u8, 24u8, 24u8, 211u8, 22u8, 25u8, 172u8, 163u8, 55u8, 102u8,
                29u8, 126u8, 226u8, 157u8, 126u8, 154u8, 149u8, 199u8, 144u8, 46u8,
                184u8, 166u8, 89u8, 3u8, 179u8, 83u8, 63u8, 220u8, 53u8, 244u8, 122u8,
            ],
            [
                82u8, 43u8, 15u8, 88u8, 149u8, 69u8, 48u8, 21u8, 14u8, 255u8, 39u8, 75u8,
                157u8, 100u8, 52u8, 205u8, 252u8, 187u8, 82u8, 13u8, 70u8, 47u8, 134u8,
                150u8, 69u8, 78u8, 61u8, 127u8, 112u8, 208u8, 251u8, 204u8,
            ],
            [
                149u8, 146u8, 20u8, 215u8, 134u8, 185u8, 237u8, 68u8, 238u8, 151u8,
                166u8, 196u8, 170u8, 186u8, 10u8, 229u8, 114u8, 19u8, 19u8, 68u8, 80u8,
                185u8, 220u8, 84u8, 83u8, 195u8, 170u8, 40u8, 199u8, 253u8, 195u8, 174u8,
            ],
            [
                161u8, 214u8, 42u8, 201u8, 128u8, 105u8, 105u8, 107u8, 98u8, 100u8,
                152u8, 159u8, 196u8, 238u8, 249u8, 185u8, 233u8, 78u8, 221u8, 57u8,
                213u8, 95u8, 169u8, 118u8, 248u8, 224u8, 39u8, 251u8, 188u8, 172u8, 92u8,
                14u8,
            ],
            [
                220u8, 197u8, 29u8, 230u8, 90u8, 12u8, 152u8, 161u8, 183u8, 226u8, 46u8,
                26u8, 200u8, 22u8, 226u8, 201u8, 190u8, 197u8, 67u8, 59u8, 14u8, 58u8,
                227u8, 85u8, 74u8, 16u8, 159u8, 2u8, 11u8, 64u8, 244u8, 135u8,
            ],
            [
                237u8, 12u8, 38u8, 193u8, 110u8, 126u8, 194u8, 72u8, 197u8, 154u8, 134u8,
                174u8, 23u8, 72u8, 151u8, 168u8, 84u8, 25u8, 129u8, 100u8, 149u8, 61u8,
                69u8, 55u8, 137u8, 40u8, 114u8, 172u8, 238u8, 14u8, 88u8, 105u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(RoundSettledAgainstOutcome),
            ::core::stringify!(FeedDeactivated),
            ::core::stringify!(RoundPublished),
            ::core::stringify!(BallotDisplaced),
            ::core::stringify!(BoundsSet),
            ::core::stringify!(OutcomeReported),
            ::core::stringify!(FeedAdded),
            ::core::stringify!(ForecastsPublished),
            ::core::stringify!(ForecastRequested),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <RoundSettledAgainstOutcome as alloy_sol_types::SolEvent>::SIGNATURE,
            <FeedDeactivated as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoundPublished as alloy_sol_types::SolEvent>::SIGNATURE,
            <BallotDisplaced as alloy_sol_types::SolEvent>::SIGNATURE,
            <BoundsSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <OutcomeReported as alloy_sol_types::SolEvent>::SIGNATURE,
            <FeedAdded as alloy_sol_types::SolEvent>::SIGNATURE,
            <ForecastsPublished as alloy_sol_types::SolEvent>::SIGNATURE,
            <ForecastRequested as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for ForecastFeedsEvents {
        const NAME: &'static str = "ForecastFeedsEvents";
        const COUNT: usize = 9usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<BallotDisplaced as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <BallotDisplaced as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::BallotDisplaced)
                }
                Some(<BoundsSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <BoundsSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::BoundsSet)
                }
                Some(<FeedAdded as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <FeedAdded as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::FeedAdded)
                }
                Some(<FeedDeactivated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <FeedDeactivated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::FeedDeactivated)
                }
                Some(
                    <ForecastRequested as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <ForecastRequested as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ForecastRequested)
                }
                Some(
                    <ForecastsPublished as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <ForecastsPublished as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ForecastsPublished)
                }
                Some(<OutcomeReported as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <OutcomeReported as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::OutcomeReported)
                }
                Some(<RoundPublished as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoundPublished as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoundPublished)
                }
                Some(
                    <RoundSettledAgainstOutcome as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <RoundSettledAgainstOutcome as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoundSettledAgainstOutcome)
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
    impl alloy_sol_types::private::IntoLogData for ForecastFeedsEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::BallotDisplaced(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::BoundsSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::FeedAdded(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::FeedDeactivated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ForecastRequested(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ForecastsPublished(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::OutcomeReported(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoundPublished(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoundSettledAgainstOutcome(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::BallotDisplaced(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::BoundsSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::FeedAdded(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::FeedDeactivated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ForecastRequested(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ForecastsPublished(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::OutcomeReported(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoundPublished(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoundSettledAgainstOutcome(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`ForecastFeeds`](self) contract instance.

See the [wrapper's documentation](`ForecastFeedsInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> ForecastFeedsInstance<P, N> {
        ForecastFeedsInstance::<P, N>::new(address, __provider)
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
        subnet_: alloy::sol_types::private::Address,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<ForecastFeedsInstance<P, N>>,
    > {
        ForecastFeedsInstance::<P, N>::deploy(__provider, subnet_)
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
        subnet_: alloy::sol_types::private::Address,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        ForecastFeedsInstance::<P, N>::deploy_builder(__provider, subnet_)
    }
    /**A [`ForecastFeeds`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`ForecastFeeds`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct ForecastFeedsInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for ForecastFeedsInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("ForecastFeedsInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > ForecastFeedsInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`ForecastFeeds`](self) contract instance.

See the [wrapper's documentation](`ForecastFeedsInstance`) for more details.*/
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
            subnet_: alloy::sol_types::private::Address,
        ) -> alloy_contract::Result<ForecastFeedsInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider, subnet_);
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
            subnet_: alloy::sol_types::private::Address,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(
                        &constructorCall { subnet_ },
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
    impl<P: ::core::clone::Clone, N> ForecastFeedsInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> ForecastFeedsInstance<P, N> {
            ForecastFeedsInstance {
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
    > ForecastFeedsInstance<P, N> {
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
        ///Creates a new call builder for the [`DEFAULT_MAX_FEEDS`] function.
        pub fn DEFAULT_MAX_FEEDS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_MAX_FEEDSCall, N> {
            self.call_builder(&DEFAULT_MAX_FEEDSCall)
        }
        ///Creates a new call builder for the [`DEFAULT_MAX_HORIZON`] function.
        pub fn DEFAULT_MAX_HORIZON(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_MAX_HORIZONCall, N> {
            self.call_builder(&DEFAULT_MAX_HORIZONCall)
        }
        ///Creates a new call builder for the [`DEFAULT_MAX_STALENESS`] function.
        pub fn DEFAULT_MAX_STALENESS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_MAX_STALENESSCall, N> {
            self.call_builder(&DEFAULT_MAX_STALENESSCall)
        }
        ///Creates a new call builder for the [`DEFAULT_MAX_TOLERANCE`] function.
        pub fn DEFAULT_MAX_TOLERANCE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_MAX_TOLERANCECall, N> {
            self.call_builder(&DEFAULT_MAX_TOLERANCECall)
        }
        ///Creates a new call builder for the [`DEFAULT_MIN_HORIZON`] function.
        pub fn DEFAULT_MIN_HORIZON(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_MIN_HORIZONCall, N> {
            self.call_builder(&DEFAULT_MIN_HORIZONCall)
        }
        ///Creates a new call builder for the [`DEFAULT_SETTLE_WINDOW`] function.
        pub fn DEFAULT_SETTLE_WINDOW(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_SETTLE_WINDOWCall, N> {
            self.call_builder(&DEFAULT_SETTLE_WINDOWCall)
        }
        ///Creates a new call builder for the [`INITIAL_ACCURACY`] function.
        pub fn INITIAL_ACCURACY(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, INITIAL_ACCURACYCall, N> {
            self.call_builder(&INITIAL_ACCURACYCall)
        }
        ///Creates a new call builder for the [`MAX_BALLOTS`] function.
        pub fn MAX_BALLOTS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_BALLOTSCall, N> {
            self.call_builder(&MAX_BALLOTSCall)
        }
        ///Creates a new call builder for the [`MAX_FEEDS_LIMIT`] function.
        pub fn MAX_FEEDS_LIMIT(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_FEEDS_LIMITCall, N> {
            self.call_builder(&MAX_FEEDS_LIMITCall)
        }
        ///Creates a new call builder for the [`MAX_VALUE`] function.
        pub fn MAX_VALUE(&self) -> alloy_contract::SolCallBuilder<&P, MAX_VALUECall, N> {
            self.call_builder(&MAX_VALUECall)
        }
        ///Creates a new call builder for the [`MIN_VALUE`] function.
        pub fn MIN_VALUE(&self) -> alloy_contract::SolCallBuilder<&P, MIN_VALUECall, N> {
            self.call_builder(&MIN_VALUECall)
        }
        ///Creates a new call builder for the [`NO_VALUE`] function.
        pub fn NO_VALUE(&self) -> alloy_contract::SolCallBuilder<&P, NO_VALUECall, N> {
            self.call_builder(&NO_VALUECall)
        }
        ///Creates a new call builder for the [`addFeed`] function.
        pub fn addFeed(
            &self,
            asset: alloy::sol_types::private::String,
            horizon: u32,
            tolerance: u64,
            staleAfter: u32,
        ) -> alloy_contract::SolCallBuilder<&P, addFeedCall, N> {
            self.call_builder(
                &addFeedCall {
                    asset,
                    horizon,
                    tolerance,
                    staleAfter,
                },
            )
        }
        ///Creates a new call builder for the [`bounds`] function.
        pub fn bounds(&self) -> alloy_contract::SolCallBuilder<&P, boundsCall, N> {
            self.call_builder(&boundsCall)
        }
        ///Creates a new call builder for the [`deactivateFeed`] function.
        pub fn deactivateFeed(
            &self,
            feed: u32,
        ) -> alloy_contract::SolCallBuilder<&P, deactivateFeedCall, N> {
            self.call_builder(&deactivateFeedCall { feed })
        }
        ///Creates a new call builder for the [`feedAt`] function.
        pub fn feedAt(
            &self,
            feed: u32,
        ) -> alloy_contract::SolCallBuilder<&P, feedAtCall, N> {
            self.call_builder(&feedAtCall { feed })
        }
        ///Creates a new call builder for the [`feedCount`] function.
        pub fn feedCount(&self) -> alloy_contract::SolCallBuilder<&P, feedCountCall, N> {
            self.call_builder(&feedCountCall)
        }
        ///Creates a new call builder for the [`feedIndex`] function.
        pub fn feedIndex(
            &self,
            asset: alloy::sol_types::private::String,
            horizon: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, feedIndexCall, N> {
            self.call_builder(&feedIndexCall { asset, horizon })
        }
        ///Creates a new call builder for the [`finalizeRounds`] function.
        pub fn finalizeRounds(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, finalizeRoundsCall, N> {
            self.call_builder(&finalizeRoundsCall)
        }
        ///Creates a new call builder for the [`getForecast`] function.
        pub fn getForecast(
            &self,
            requestId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getForecastCall, N> {
            self.call_builder(&getForecastCall { requestId })
        }
        ///Creates a new call builder for the [`pending`] function.
        pub fn pending(&self) -> alloy_contract::SolCallBuilder<&P, pendingCall, N> {
            self.call_builder(&pendingCall)
        }
        ///Creates a new call builder for the [`publishForecasts`] function.
        pub fn publishForecasts(
            &self,
            predictions: alloy::sol_types::private::Vec<i64>,
        ) -> alloy_contract::SolCallBuilder<&P, publishForecastsCall, N> {
            self.call_builder(
                &publishForecastsCall {
                    predictions,
                },
            )
        }
        ///Creates a new call builder for the [`reportOutcome`] function.
        pub fn reportOutcome(
            &self,
            feed: u32,
            roundId: u64,
            realised: i64,
        ) -> alloy_contract::SolCallBuilder<&P, reportOutcomeCall, N> {
            self.call_builder(
                &reportOutcomeCall {
                    feed,
                    roundId,
                    realised,
                },
            )
        }
        ///Creates a new call builder for the [`requestForecast`] function.
        pub fn requestForecast(
            &self,
            asset: alloy::sol_types::private::String,
            horizon: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, requestForecastCall, N> {
            self.call_builder(
                &requestForecastCall {
                    asset,
                    horizon,
                },
            )
        }
        ///Creates a new call builder for the [`roundOf`] function.
        pub fn roundOf(
            &self,
            feed: u32,
            roundId: u64,
        ) -> alloy_contract::SolCallBuilder<&P, roundOfCall, N> {
            self.call_builder(&roundOfCall { feed, roundId })
        }
        ///Creates a new call builder for the [`setBounds`] function.
        pub fn setBounds(
            &self,
            bounds_: <IForecastFeeds::Bounds as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, setBoundsCall, N> {
            self.call_builder(&setBoundsCall { bounds_ })
        }
        ///Creates a new call builder for the [`settleRound`] function.
        pub fn settleRound(
            &self,
            feed: u32,
            roundId: u64,
        ) -> alloy_contract::SolCallBuilder<&P, settleRoundCall, N> {
            self.call_builder(&settleRoundCall { feed, roundId })
        }
        ///Creates a new call builder for the [`subnet`] function.
        pub fn subnet(&self) -> alloy_contract::SolCallBuilder<&P, subnetCall, N> {
            self.call_builder(&subnetCall)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > ForecastFeedsInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`BallotDisplaced`] event.
        pub fn BallotDisplaced_filter(
            &self,
        ) -> alloy_contract::Event<&P, BallotDisplaced, N> {
            self.event_filter::<BallotDisplaced>()
        }
        ///Creates a new event filter for the [`BoundsSet`] event.
        pub fn BoundsSet_filter(&self) -> alloy_contract::Event<&P, BoundsSet, N> {
            self.event_filter::<BoundsSet>()
        }
        ///Creates a new event filter for the [`FeedAdded`] event.
        pub fn FeedAdded_filter(&self) -> alloy_contract::Event<&P, FeedAdded, N> {
            self.event_filter::<FeedAdded>()
        }
        ///Creates a new event filter for the [`FeedDeactivated`] event.
        pub fn FeedDeactivated_filter(
            &self,
        ) -> alloy_contract::Event<&P, FeedDeactivated, N> {
            self.event_filter::<FeedDeactivated>()
        }
        ///Creates a new event filter for the [`ForecastRequested`] event.
        pub fn ForecastRequested_filter(
            &self,
        ) -> alloy_contract::Event<&P, ForecastRequested, N> {
            self.event_filter::<ForecastRequested>()
        }
        ///Creates a new event filter for the [`ForecastsPublished`] event.
        pub fn ForecastsPublished_filter(
            &self,
        ) -> alloy_contract::Event<&P, ForecastsPublished, N> {
            self.event_filter::<ForecastsPublished>()
        }
        ///Creates a new event filter for the [`OutcomeReported`] event.
        pub fn OutcomeReported_filter(
            &self,
        ) -> alloy_contract::Event<&P, OutcomeReported, N> {
            self.event_filter::<OutcomeReported>()
        }
        ///Creates a new event filter for the [`RoundPublished`] event.
        pub fn RoundPublished_filter(
            &self,
        ) -> alloy_contract::Event<&P, RoundPublished, N> {
            self.event_filter::<RoundPublished>()
        }
        ///Creates a new event filter for the [`RoundSettledAgainstOutcome`] event.
        pub fn RoundSettledAgainstOutcome_filter(
            &self,
        ) -> alloy_contract::Event<&P, RoundSettledAgainstOutcome, N> {
            self.event_filter::<RoundSettledAgainstOutcome>()
        }
    }
}
