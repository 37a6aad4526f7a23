//! Contracts the suite uses but does not own, typed from their published artifacts in
//! `node_modules` (installed by `script/setup.sh`): the ERC-4337 EntryPoints, Safe 1.4.1, and the
//! OP Stack predeploys. Nothing here is hand-written ABI.

#![allow(
    missing_docs,
    missing_debug_implementations,
    unreachable_pub,
    clippy::all
)]

/// `SafeL2` from its published artifact.
pub mod safe_l2 {
    alloy::sol!(
        #[sol(rpc)]
        SafeL2,
        "../../node_modules/@safe-global/safe-contracts/build/artifacts/contracts/SafeL2.sol/SafeL2.json"
    );
}
/// `SafeProxy` from its published artifact (the factory's proxy creation code).
pub mod safe_proxy {
    alloy::sol!(
        #[sol(rpc)]
        SafeProxy,
        "../../node_modules/@safe-global/safe-contracts/build/artifacts/contracts/proxies/SafeProxy.sol/SafeProxy.json"
    );
}
/// `SafeProxyFactory` from its published artifact.
pub mod safe_proxy_factory {
    alloy::sol!(
        #[sol(rpc)]
        SafeProxyFactory,
        "../../node_modules/@safe-global/safe-contracts/build/artifacts/contracts/proxies/SafeProxyFactory.sol/SafeProxyFactory.json"
    );
}
/// `CompatibilityFallbackHandler` from its published artifact.
pub mod compatibility_fallback_handler {
    alloy::sol!(
        #[sol(rpc)]
        CompatibilityFallbackHandler,
        "../../node_modules/@safe-global/safe-contracts/build/artifacts/contracts/handler/CompatibilityFallbackHandler.sol/CompatibilityFallbackHandler.json"
    );
}
/// `MultiSendCallOnly` from its published artifact.
pub mod multi_send_call_only {
    alloy::sol!(
        #[sol(rpc)]
        MultiSendCallOnly,
        "../../node_modules/@safe-global/safe-contracts/build/artifacts/contracts/libraries/MultiSendCallOnly.sol/MultiSendCallOnly.json"
    );
}
/// `GasPriceOracle` from its published artifact.
pub mod gas_price_oracle {
    alloy::sol!(
        #[sol(rpc)]
        GasPriceOracle,
        "../../node_modules/@eth-optimism/contracts-bedrock/forge-artifacts/GasPriceOracle.sol/GasPriceOracle.json"
    );
}
/// `L1Block` from its published artifact.
pub mod l1_block {
    alloy::sol!(
        #[sol(rpc)]
        L1Block,
        "../../node_modules/@eth-optimism/contracts-bedrock/forge-artifacts/L1Block.sol/L1Block.json"
    );
}

/// Creation code of the canonical ERC-4337 EntryPoints (v0.7 from `@account-abstraction/contracts`
/// 0.7.0, v0.8 from 0.8.0): deployed through the deterministic-deployment proxy with the canonical
/// salts they land at their canonical addresses.
pub mod entry_point_code {
    pub const V07: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/EntryPointV07.bin"));
    pub const V08: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/EntryPointV08.bin"));
}

/// Runtime code of the OP Stack genesis preinstalls, from contracts-bedrock's `Preinstalls.sol`.
pub mod preinstall_code {
    pub const MULTICALL3: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/MultiCall3Code.bin"));
    pub const SAFE_SINGLETON_FACTORY: &[u8] =
        include_bytes!(concat!(env!("OUT_DIR"), "/SafeSingletonFactoryCode.bin"));
    pub const DETERMINISTIC_DEPLOYMENT_PROXY: &[u8] = include_bytes!(concat!(
        env!("OUT_DIR"),
        "/DeterministicDeploymentProxyCode.bin"
    ));
    pub const CREATE2_DEPLOYER: &[u8] =
        include_bytes!(concat!(env!("OUT_DIR"), "/Create2DeployerCode.bin"));
}
