//! Deploys TORA through the generated bindings on an OP-mode anvil and checks the token's
//! behaviour from the outside: cap, minter role, timestamp clock, delegated votes and the custom
//! error a non-minter gets.

mod common;

use alloy::network::EthereumWallet;
use alloy::primitives::{Address, U256, utils::parse_ether};
use alloy::providers::{Provider, ProviderBuilder};
use alloy::signers::local::PrivateKeySigner;
use tensora_bindings::TORA;

#[tokio::test]
async fn tora_deploys_mints_and_checkpoints_votes() -> Result<(), Box<dyn std::error::Error>> {
    let anvil = common::op_anvil()?;
    let admin: PrivateKeySigner = anvil.keys()[0].clone().into();
    let admin_addr = admin.address();
    let holder = anvil.addresses()[1];
    let provider = ProviderBuilder::new()
        .wallet(EthereumWallet::from(admin))
        .connect_http(anvil.endpoint_url());

    let cap = parse_ether("1000000000")?;
    let genesis = parse_ether("1000")?;
    let tora = TORA::deploy(&provider, admin_addr, holder, genesis, cap, Address::ZERO).await?;

    assert_eq!(tora.cap().call().await?, cap);
    assert_eq!(tora.totalSupply().call().await?, genesis);
    assert_eq!(tora.CLOCK_MODE().call().await?, "mode=timestamp");
    let latest = provider.get_block_number().await?;
    let block = provider
        .get_block_by_number(latest.into())
        .await?
        .ok_or("no latest block")?;
    assert_eq!(
        U256::from(tora.clock().call().await?),
        U256::from(block.header.timestamp)
    );

    // A non-minter cannot mint: the revert decodes into the access-control custom error.
    let Err(err) = tora.mint(admin_addr, U256::from(1)).call().await else {
        return Err("mint without MINTER_ROLE must revert".into());
    };
    let decoded = err
        .as_decoded_interface_error::<TORA::TORAErrors>()
        .ok_or("revert did not decode into a TORA error")?;
    assert!(matches!(
        decoded,
        TORA::TORAErrors::AccessControlUnauthorizedAccount(_)
    ));

    // Grant the minter role to the admin, mint, delegate, and read the votes back.
    let role = tora.MINTER_ROLE().call().await?;
    common::mined(tora.grantRole(role, admin_addr)).await?;
    let minted = parse_ether("250")?;
    common::mined(tora.mint(admin_addr, minted)).await?;
    common::mined(tora.delegate(admin_addr)).await?;
    assert_eq!(tora.getVotes(admin_addr).call().await?, minted);
    assert_eq!(tora.totalSupply().call().await?, genesis + minted);

    // Minting past the cap reverts with ERC20ExceededCap.
    let Err(err) = tora.mint(admin_addr, cap).call().await else {
        return Err("mint above the cap must revert".into());
    };
    let decoded = err
        .as_decoded_interface_error::<TORA::TORAErrors>()
        .ok_or("revert did not decode into a TORA error")?;
    assert!(matches!(decoded, TORA::TORAErrors::ERC20ExceededCap(_)));
    Ok(())
}
