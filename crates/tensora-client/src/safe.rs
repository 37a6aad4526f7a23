//! Safe transactions: the EIP-712 hash a Safe's owners sign (`Safe.getTransactionHash`), computed
//! offline with alloy's EIP-712 for Safe 1.3 and 1.4.1 (domain `{chainId, verifyingContract}`).
//! `test/vectors/safe_tx_hash.json` holds hashes computed here that forge checks against the
//! Safe contract itself (`test/governance/SafeTxHashVectors.t.sol`).

use alloy::primitives::{Address, B256, Bytes, U256};
use alloy::sol_types::{Eip712Domain, SolStruct};

alloy::sol! {
    /// The Safe's EIP-712 transaction type (Safe 1.3 and 1.4.1).
    #[derive(Debug)]
    struct SafeTx {
        address to;
        uint256 value;
        bytes data;
        uint8 operation;
        uint256 safeTxGas;
        uint256 baseGas;
        uint256 gasPrice;
        address gasToken;
        address refundReceiver;
        uint256 nonce;
    }
}

/// The hash the owners of `safe` on chain `chain_id` sign for a call (operation 0, no refund:
/// the only kind `tensora safe` builds) of `data` with `value` to `to` at Safe nonce `nonce`.
pub fn call_hash(
    chain_id: u64,
    safe: Address,
    to: Address,
    value: U256,
    data: Bytes,
    nonce: U256,
) -> B256 {
    let domain = Eip712Domain::new(None, None, Some(U256::from(chain_id)), Some(safe), None);
    SafeTx {
        to,
        value,
        data,
        operation: 0,
        safeTxGas: U256::ZERO,
        baseGas: U256::ZERO,
        gasPrice: U256::ZERO,
        gasToken: Address::ZERO,
        refundReceiver: Address::ZERO,
        nonce,
    }
    .eip712_signing_hash(&domain)
}
