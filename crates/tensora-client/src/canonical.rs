//! Contracts at canonical, chain-independent addresses that the suite relies on: the OP Stack
//! predeploys and genesis preinstalls, the ERC-4337 EntryPoints, Safe 1.4.1, and our own
//! [`Create3Deployer`](tensora_bindings::Create3Deployer). The permissionless ones are installed
//! where missing, through the same factory and salt as everywhere else, so they land at their
//! canonical addresses.

use alloy::primitives::{Address, B256, Bytes, address, b256, keccak256};
use alloy::providers::{DynProvider, Provider};
use alloy::rpc::types::{TransactionReceipt, TransactionRequest};
use tensora_bindings::Create3Deployer;

use tensora_bindings::third_party::{
    compatibility_fallback_handler::CompatibilityFallbackHandler, entry_point_code,
    multi_send_call_only::MultiSendCallOnly, safe_l2::SafeL2, safe_proxy_factory::SafeProxyFactory,
};

use crate::read::ReadError;
use crate::tx::{self, TxError};

/// Why a canonical contract is not where it should be.
#[derive(Debug, thiserror::Error)]
pub enum CanonicalError {
    /// Reading the chain failed.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// Installing it failed.
    #[error(transparent)]
    Tx(#[from] TxError),
    /// The chain lacks code the suite needs and cannot install.
    #[error("chain {chain_id} is not an OP Stack chain the suite can use: no code at {}", missing.iter().map(|(n, a)| format!("{n} ({a})")).collect::<Vec<_>>().join(", "))]
    NotOpStack {
        /// The chain.
        chain_id: u64,
        /// Missing contracts.
        missing: Vec<(String, Address)>,
    },
    /// A canonical artifact does not hash to its canonical address (a changed npm package).
    #[error(
        "{name}: the installed artifact deploys to {computed}, not to the canonical {expected}; reinstall the pinned npm packages"
    )]
    Mismatch {
        /// The contract.
        name: String,
        /// Its canonical address.
        expected: Address,
        /// Where our artifact would land.
        computed: Address,
    },
    /// Its deployment transaction succeeded but left no code where it should.
    #[error("{name}: no code at {address} after its deployment transaction")]
    NoCode {
        /// The contract.
        name: String,
        /// Where it should be.
        address: Address,
    },
}

/// The deterministic-deployment proxy (Arachnid's CREATE2 factory), an OP Stack preinstall.
pub const DETERMINISTIC_DEPLOYER: Address = address!("0x4e59b44847b379578588920cA78FbF26c0B4956C");
/// Safe's singleton factory, an OP Stack preinstall.
pub const SAFE_SINGLETON_FACTORY: Address = address!("0x914d7Fec6aaC8cd542e72Bca78B30650d45643d7");
/// Multicall3, an OP Stack preinstall.
pub const MULTICALL3: Address = address!("0xcA11bde05977b3631167028862bE2a173976CA11");
/// The `Create2Deployer` OP Stack preinstall.
pub const CREATE2_DEPLOYER: Address = address!("0x13b0D85CcB8bf860b6b79AF3029fCA081AE9beF2");
/// The L1Block predeploy (L1 fee parameters).
pub const L1_BLOCK: Address = address!("0x4200000000000000000000000000000000000015");
/// The GasPriceOracle predeploy (L1 data fee).
pub const GAS_PRICE_ORACLE: Address = address!("0x420000000000000000000000000000000000000F");
/// ERC-4337 EntryPoint v0.7.
pub const ENTRY_POINT_V07: Address = address!("0x0000000071727De22E5E9d8BAf0edAc6f37da032");
/// ERC-4337 EntryPoint v0.8.
pub const ENTRY_POINT_V08: Address = address!("0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108");
/// Safe 1.4.1 (L2 variant, emits events for indexers) singleton.
pub const SAFE_L2: Address = address!("0x29fcB43b46531BcA003ddC8FCB67FFE91900C762");
/// Safe 1.4.1 proxy factory.
pub const SAFE_PROXY_FACTORY: Address = address!("0x4e1DCf7AD4e460CfD30791CCC4F9c8a4f820ec67");
/// Safe 1.4.1 fallback handler.
pub const SAFE_FALLBACK_HANDLER: Address = address!("0xfd0732Dc9E303f09fCEf3a7388Ad10A83459Ec99");
/// Safe 1.4.1 MultiSendCallOnly (batches for the Safe web app).
pub const SAFE_MULTI_SEND_CALL_ONLY: Address =
    address!("0x9641d764fc13c8B624c04430C7356C1C7C8102e2");

/// Salt of the EntryPoint v0.7 deployment through the deterministic-deployment proxy.
const ENTRY_POINT_V07_SALT: B256 =
    b256!("0x90d8084deab30c2a37c45e8d47f49f2f7965183cb6990a98943ef94940681de3");
/// Salt of the EntryPoint v0.8 deployment through the deterministic-deployment proxy.
const ENTRY_POINT_V08_SALT: B256 =
    b256!("0x0a59dbff790c23c976a548690c27297883cc66b4c67024f9117b0238995e35e9");

/// A contract deployed through a CREATE2 factory with a fixed salt, hence at the same address on
/// every chain that has the factory.
#[derive(Debug, Clone)]
pub struct Canonical {
    /// Name in records and messages.
    pub name: &'static str,
    /// The CREATE2 factory (takes `salt ++ initCode` as calldata).
    pub factory: Address,
    /// The salt.
    pub salt: B256,
    /// Creation code.
    pub init_code: Bytes,
    /// Where it lands.
    pub address: Address,
}

impl Canonical {
    fn new(
        name: &'static str,
        factory: Address,
        salt: B256,
        init_code: Bytes,
        address: Address,
    ) -> Self {
        Self {
            name,
            factory,
            salt,
            init_code,
            address,
        }
    }

    /// Where the factory puts this init code (equals `address` for untampered artifacts).
    pub fn computed_address(&self) -> Address {
        self.factory.create2(self.salt, keccak256(&self.init_code))
    }
}

/// Our CREATE3 deployer, at the same address on every chain with the deterministic deployer.
pub fn create3_deployer() -> Canonical {
    let init = Create3Deployer::BYTECODE.clone();
    let address = DETERMINISTIC_DEPLOYER.create2(B256::ZERO, keccak256(&init));
    Canonical::new(
        "Create3Deployer",
        DETERMINISTIC_DEPLOYER,
        B256::ZERO,
        init,
        address,
    )
}

/// The canonical contracts the suite uses that anyone may deploy: the EntryPoints and Safe 1.4.1.
pub fn dependencies() -> Vec<Canonical> {
    let safe = |name, code: &Bytes, address| {
        Canonical::new(
            name,
            SAFE_SINGLETON_FACTORY,
            B256::ZERO,
            code.clone(),
            address,
        )
    };
    vec![
        Canonical::new(
            "EntryPointV07",
            DETERMINISTIC_DEPLOYER,
            ENTRY_POINT_V07_SALT,
            Bytes::from_static(entry_point_code::V07),
            ENTRY_POINT_V07,
        ),
        Canonical::new(
            "EntryPointV08",
            DETERMINISTIC_DEPLOYER,
            ENTRY_POINT_V08_SALT,
            Bytes::from_static(entry_point_code::V08),
            ENTRY_POINT_V08,
        ),
        safe("SafeL2", &SafeL2::BYTECODE, SAFE_L2),
        safe(
            "SafeProxyFactory",
            &SafeProxyFactory::BYTECODE,
            SAFE_PROXY_FACTORY,
        ),
        safe(
            "SafeFallbackHandler",
            &CompatibilityFallbackHandler::BYTECODE,
            SAFE_FALLBACK_HANDLER,
        ),
        safe(
            "SafeMultiSendCallOnly",
            &MultiSendCallOnly::BYTECODE,
            SAFE_MULTI_SEND_CALL_ONLY,
        ),
    ]
}

/// Whether `address` holds code.
pub async fn has_code(provider: &DynProvider, address: Address) -> Result<bool, ReadError> {
    let code = provider
        .get_code_at(address)
        .await
        .map_err(ReadError::rpc(format!("reading code at {address}")))?;
    Ok(!code.is_empty())
}

/// Deploys `c` from `from` unless its address already holds code. Returns the receipt when a
/// transaction was sent.
pub async fn ensure(
    provider: &DynProvider,
    from: Address,
    c: &Canonical,
) -> Result<Option<TransactionReceipt>, CanonicalError> {
    let computed = c.computed_address();
    if computed != c.address {
        return Err(CanonicalError::Mismatch {
            name: c.name.into(),
            expected: c.address,
            computed,
        });
    }
    if has_code(provider, c.address).await? {
        return Ok(None);
    }
    if !has_code(provider, c.factory).await? {
        let chain_id = provider
            .get_chain_id()
            .await
            .map_err(ReadError::rpc("reading the chain id"))?;
        return Err(CanonicalError::NotOpStack {
            chain_id,
            missing: vec![(format!("the factory for {}", c.name), c.factory)],
        });
    }
    let mut data = c.salt.to_vec();
    data.extend_from_slice(&c.init_code);
    let request = TransactionRequest::default()
        .to(c.factory)
        .input(Bytes::from(data).into());
    let receipt = tx::send(provider, from, request, &format!("deploying {}", c.name)).await?;
    if !has_code(provider, c.address).await? {
        return Err(CanonicalError::NoCode {
            name: c.name.into(),
            address: c.address,
        });
    }
    Ok(Some(receipt))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn artifacts_land_at_canonical_addresses() {
        for c in dependencies() {
            assert_eq!(c.computed_address(), c.address, "{}", c.name);
        }
    }
}
