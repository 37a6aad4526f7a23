//! Turns revert data into the name and arguments of the custom error that caused it, across every
//! contract of the suite (and `Error(string)` / `Panic(uint256)`).

use alloy::sol_types::{SolInterface, decode_revert_reason};

use crate::generated::*;

/// Decodes a revert of a suite contract into e.g. `InsufficientBond { bond: 5, minimum: 100 }`.
/// `None` when the data matches no known error.
pub fn decode_revert(data: &[u8]) -> Option<String> {
    fn named<E: SolInterface + std::fmt::Debug>(data: &[u8]) -> Option<String> {
        let debug = format!("{:?}", E::abi_decode(data).ok()?);
        // `Variant(Variant { .. })` -> `Variant { .. }`; unit errors stay `Variant(Variant)`.
        Some(match debug.split_once('(') {
            Some((_, inner)) if inner.ends_with(')') && inner.contains('{') => {
                inner[..inner.len() - 1].to_owned()
            }
            Some((name, _)) => name.to_owned(),
            None => debug,
        })
    }
    named::<tora::TORA::TORAErrors>(data)
        .or_else(|| named::<subnet::Subnet::SubnetErrors>(data))
        .or_else(|| named::<subnet_registry::SubnetRegistry::SubnetRegistryErrors>(data))
        .or_else(|| named::<subnet_closer::SubnetCloser::SubnetCloserErrors>(data))
        .or_else(|| named::<emission_manager::EmissionManager::EmissionManagerErrors>(data))
        .or_else(|| named::<validator_trust::ValidatorTrust::ValidatorTrustErrors>(data))
        .or_else(|| named::<tensora_governor::TensoraGovernor::TensoraGovernorErrors>(data))
        .or_else(|| named::<tensora_timelock::TensoraTimelock::TensoraTimelockErrors>(data))
        .or_else(|| named::<tensora_paymaster::TensoraPaymaster::TensoraPaymasterErrors>(data))
        .or_else(|| {
            named::<tensora_account_factory::TensoraAccountFactory::TensoraAccountFactoryErrors>(
                data,
            )
        })
        .or_else(|| create3_failure(data))
        .or_else(|| decode_revert_reason(data))
}

/// Solady's CREATE3 reverts with `DeploymentFailed()`, which is not in `Create3Deployer`'s ABI.
fn create3_failure(data: &[u8]) -> Option<String> {
    let selector = alloy::primitives::keccak256("DeploymentFailed()");
    (data == &selector[..4]).then(|| {
        "DeploymentFailed (CREATE3: the address is taken or the constructor reverted)".to_owned()
    })
}

#[cfg(test)]
mod tests {
    use alloy::primitives::U256;
    use alloy::sol_types::SolError;

    use super::*;

    #[test]
    fn decodes_custom_errors_with_arguments() {
        let data = tora::TORA::ERC20ExceededCap {
            increasedSupply: U256::from(5),
            cap: U256::from(4),
        }
        .abi_encode();
        assert_eq!(
            decode_revert(&data).as_deref(),
            Some("ERC20ExceededCap { increasedSupply: 5, cap: 4 }")
        );
    }

    #[test]
    fn unknown_data_is_none() {
        assert_eq!(decode_revert(&[0xde, 0xad, 0xbe, 0xef]), None);
    }
}
