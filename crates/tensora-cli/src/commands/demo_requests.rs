//! The demo's escrowed request: a dApp pays Linguista's miners on chain for a translation nobody
//! knows the answer to. The miners' `tensora miner answer` services answer it, the validator's
//! `tensora validator run --requests` scores the answers against its panel's reference and,
//! once the score window has closed, releases the fee by those scores.

use alloy::primitives::utils::parse_ether;
use alloy::primitives::{Address, U256};
use alloy::providers::{DynProvider, Provider};
use alloy::sol_types::SolEvent;
use tensora_bindings::generated::inference_requests::IInferenceRequests::Spec;
use tensora_bindings::{InferenceRequests, TORA};
use tensora_types::states::RequestStatus;
use tensora_types::units::format_decimal18;

use super::demo::{Actor, Services, advance_to};

/// Where the request goes and who takes part.
pub(super) struct Request<'a> {
    /// The devnet's RPC and the deployment records' directory.
    pub(super) url: &'a str,
    pub(super) records: &'a str,
    /// Where the validator keeps its salts.
    pub(super) salts: &'a str,
    /// Linguista's subnet id.
    pub(super) subnet: u64,
    /// The suite's TORA and InferenceRequests.
    pub(super) tora: Address,
    pub(super) requests: Address,
    /// The miners (with the model each runs) and the validator.
    pub(super) miners: [(&'a Actor, &'a str); 2],
    pub(super) validator: &'a Actor,
    /// Who asks and pays.
    pub(super) dapp: &'a Actor,
}

/// Waits up to 60 s for `done` to hold.
async fn until<F, Fut>(what: &str, mut done: F) -> Result<(), Box<dyn std::error::Error>>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<bool, Box<dyn std::error::Error>>>,
{
    for _ in 0..600 {
        if done().await? {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Err(format!("the services did not get the escrowed request {what} within 60 s").into())
}

/// Runs the escrowed request (see the module); fails unless it is answered by both miners,
/// scored and released with the whole fee paid out.
pub(super) async fn escrowed_translation(
    r: &Request<'_>,
) -> Result<(), Box<dyn std::error::Error>> {
    let chain: &DynProvider = &r.dapp.provider;
    let head = chain.get_block_number().await?.to_string();
    let subnet = r.subnet.to_string();
    let common = [
        "--subnet",
        subnet.as_str(),
        "--kind",
        "linguista",
        "--poll-seconds",
        "1",
        "--rpc-url",
        r.url,
        "--deployments",
        r.records,
    ];
    let mut services = Services::default();
    for (miner, model) in r.miners {
        services.spawn(
            &[
                &["miner", "answer", "--model", model, "--from-block", &head][..],
                &common[..],
            ]
            .concat(),
            Some(&miner.key),
        )?;
    }
    services.spawn(
        &[
            &[
                "validator",
                "run",
                "--requests",
                "--requests-from-block",
                &head,
            ][..],
            // The miners serve on loopback, where the panel is asked.
            &["--requests-internal-uris", "--salt-dir", r.salts][..],
            &common[..],
        ]
        .concat(),
        Some(&r.validator.key),
    )?;

    let text = "The validators score the answers and the escrow pays the miners.";
    let input = serde_json::json!({
        "type": "translation", "source_lang": "en", "target_lang": "es", "text": text,
    })
    .to_string();
    let fee = parse_ether("10")?;
    let contract = InferenceRequests::new(r.requests, chain);
    r.dapp
        .send(
            TORA::new(r.tora, chain).approve(r.requests, fee),
            "approving the request's fee",
        )
        .await?;
    let deadline = tensora_client::clock::chain_time(chain).await? + 600;
    let spec = Spec {
        subnetId: U256::from(r.subnet),
        redundancy: 2,
        fee: alloy::primitives::Uint::from(fee),
        deadline: u32::try_from(deadline)?,
        callback: Address::ZERO,
        callbackGas: 0,
    };
    let receipt = r
        .dapp
        .send(
            contract.createRequest(spec, input.into_bytes().into()),
            "escrowing a request",
        )
        .await?;
    let id = receipt
        .inner
        .logs()
        .iter()
        .find_map(|l| l.log_decode::<InferenceRequests::RequestCreated>().ok())
        .ok_or("no RequestCreated in the receipt")?
        .inner
        .data
        .requestId;
    crate::output::progress(&format!(
        "\nescrowed request {id} to Linguista: 10 TORA for 2 answers to \"{text}\" (as `tensora request create` does)"
    ));

    let scored = alloy::rpc::types::Filter::new()
        .address(r.requests)
        .event_signature(InferenceRequests::AnswersScored::SIGNATURE_HASH)
        .topic1(alloy::primitives::B256::from(id))
        .from_block(head.parse::<u64>()?);
    until("answered and scored", || async {
        Ok(!chain.get_logs(&scored).await?.is_empty())
    })
    .await?;
    let state = contract.requestOf(id).call().await?;
    let (_, closes) = tensora_client::requests::score_window(&state);
    advance_to(chain, closes).await?;
    until("released", || async {
        Ok(
            RequestStatus::from_code(contract.requestOf(id).call().await?.status)
                == Some(RequestStatus::Released),
        )
    })
    .await?;
    drop(services);

    let given =
        tensora_client::requests::answers(chain, r.requests, id, head.parse::<u64>()?).await?;
    let released = chain
        .get_logs(
            &alloy::rpc::types::Filter::new()
                .address(r.requests)
                .event_signature(InferenceRequests::RequestReleased::SIGNATURE_HASH)
                .topic1(alloy::primitives::B256::from(id))
                .from_block(head.parse::<u64>()?),
        )
        .await?
        .first()
        .ok_or("no RequestReleased")?
        .log_decode::<InferenceRequests::RequestReleased>()?
        .inner
        .data;
    let mut paid = U256::ZERO;
    for ((g, consensus), payout) in given.iter().zip(&released.consensus).zip(&released.payouts) {
        let model = r
            .miners
            .iter()
            .find(|(m, _)| m.address == g.miner)
            .map_or("?", |(_, model)| *model);
        let answer: serde_json::Value = serde_json::from_slice(&g.output).unwrap_or_default();
        crate::output::progress(&format!(
            "  {model:<13} score {consensus:>5}  paid {:>8} TORA  \"{}\"",
            format_decimal18(*payout),
            answer["text"].as_str().unwrap_or("?")
        ));
        paid += *payout;
    }
    crate::output::progress(&format!(
        "  released by the validator's scores (its panel's reference: the answer its best miners agree on); result kept on chain (resultOf): {}",
        contract.resultOf(id).call().await?.miner
    ));
    if given.len() != 2 || paid != fee {
        return Err(format!(
            "the escrowed request paid {} of {} TORA to {} answer(s)",
            format_decimal18(paid),
            format_decimal18(fee),
            given.len()
        )
        .into());
    }
    Ok(())
}
