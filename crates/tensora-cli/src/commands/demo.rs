//! `tensora demo`: the suite end to end on a fresh local OP Stack devnet. It starts the devnet,
//! deploys and verifies the suite exactly as `tensora deploy` does, funds the participants,
//! creates the seed's three subnets (Linguista, Visiona, Predictia), starts six miner servers
//! (Holt and AR forecasts for Predictia, apertium and word-by-word translation for Linguista, an
//! MLP with the PP-OCRv4 text reader and a linear classifier with the small reader for Visiona)
//! and registers them, a validator and a delegator in
//! every subnet, passes a governance proposal that sets the emission weights (propose, vote,
//! queue, execute), then runs three Predictia epochs and two Linguista and two Visiona epochs with
//! the validator and coordinator services (this binary, as child processes): the validator scores
//! the miners on tasks with known answers (S&P 500 windows; Bible verses to translate;
//! Fashion-MNIST test images to classify and rendered text to read), commits and reveals, the coordinator closes; the demo only moves
//! the devnet's clock between phases and prints each epoch's scores, rewards and the 18/41/41
//! check. A dApp then asks each subnet through `tensora query` (best miner by consensus, with
//! failover; Visiona twice: classify and detect_text), `tensora indexer run` ingests the chain's
//! events and the seeds' discovery query is answered from its database, and rewards are claimed. Finally an account holding only TORA is created and acts
//! through UserOperations sent to the alto bundler, paying gas in TORA through the paymaster.
//! Exits non-zero when any check fails.

use std::time::Instant;

use alloy::contract::{CallBuilder, CallDecoder};
use alloy::network::EthereumWallet;
use alloy::primitives::utils::parse_ether;
use alloy::primitives::{Address, B256, U256, keccak256};
use alloy::providers::{DynProvider, Provider, ProviderBuilder};
use alloy::rpc::types::TransactionReceipt;
use alloy::signers::local::PrivateKeySigner;
use alloy::sol_types::{SolCall, SolEvent};
use tensora_bindings::{
    EmissionManager, Subnet, SubnetRegistry, TORA, TensoraAccount, TensoraAccountFactory,
    TensoraGovernor, TensoraPaymaster, names,
};
use tensora_client::tx::{self, TxError};
use tensora_client::userop::UserOp;
use tensora_deploy::execute as suite;
use tensora_devnet::start_alto;
use tensora_devnet::{Devnet, DevnetOptions};
use tensora_types::units::format_decimal18;

use super::CliResult;

/// Flags of `tensora demo`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Port for the demo's devnet (default: a free one).
    #[arg(long)]
    port: Option<u16>,
    /// Keep the devnet and the explorer serving the demo's data until Ctrl-C or SIGTERM.
    #[arg(long)]
    serve: bool,
    /// Port for the explorer and its GraphQL API (default: a free one).
    #[arg(long)]
    explorer_port: Option<u16>,
}

/// The demo's index database, deleted (with SQLite's side files) when the demo ends.
struct IndexFile(std::path::PathBuf);

impl Drop for IndexFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", self.0.display()));
        }
    }
}

/// One participant: a signer and a provider that signs as it.
pub(super) struct Actor {
    pub(super) address: Address,
    pub(super) provider: DynProvider,
    /// Hex private key, only ever handed to child processes through their environment.
    pub(super) key: String,
}

impl Actor {
    /// Sends `call` as this actor (gas margin, receipt checked, reverts decoded).
    pub(super) async fn send<P: Provider, D: CallDecoder>(
        &self,
        call: CallBuilder<P, D>,
        what: &str,
    ) -> Result<TransactionReceipt, TxError> {
        tx::send(
            &self.provider,
            self.address,
            call.into_transaction_request(),
            what,
        )
        .await
    }
}

/// Moves the devnet's clock to `timestamp` and mines a block there.
pub(super) async fn advance_to(provider: &DynProvider, timestamp: u64) -> CliResult {
    Ok(tensora_devnet::mine_at(provider, timestamp).await?)
}

pub(crate) async fn run(args: Args) -> CliResult {
    let started = Instant::now();
    let anvil = crate::locate::anvil(None)?;
    let alto = crate::locate::alto()?;
    crate::output::notice(&format!(
        "using anvil at {} and alto at {}",
        anvil.display(),
        alto.display()
    ));
    let mut options = DevnetOptions::new(anvil);
    let devnet = match args.port {
        Some(port) => {
            options.port = port;
            Devnet::start(&options).await?
        }
        None => Devnet::start_on_free_port(&options).await?,
    };
    crate::output::progress(&format!(
        "OP Stack devnet at {} (chain {}); installed {}",
        devnet.url,
        devnet.chain_id,
        devnet.installed.join(", ")
    ));
    let result = match scenario(&devnet, &alto).await {
        Ok((api, _index)) => match explorer(api, args.explorer_port, &devnet.url).await {
            Ok((server, url, listed)) => {
                let seconds = started.elapsed().as_secs_f64();
                crate::output::result(
                    &format!("\ndemo finished in {seconds:.1} s: all checks passed"),
                    &serde_json::json!({ "demo": "passed", "seconds": seconds, "explorer": url }),
                );
                let wait = if args.serve {
                    crate::output::progress(&format!(
                        "explorer: {url} ({listed} subnets; GraphQL at {url}graphql, the devnet at {}); Ctrl-C or SIGTERM stops it",
                        devnet.url
                    ));
                    super::stop_signal().map(Some)
                } else {
                    crate::output::progress(&format!(
                        "explorer: {url} served the demo's {listed} subnets; it stops with the demo (`tensora demo --serve` keeps it up until Ctrl-C)"
                    ));
                    Ok(None)
                };
                let waited = match wait {
                    Ok(Some(stop)) => {
                        stop.await;
                        Ok(())
                    }
                    Ok(None) => Ok(()),
                    Err(e) => Err(e.into()),
                };
                server.abort();
                waited
            }
            Err(e) => Err(e),
        },
        Err(e) => Err(e),
    };
    devnet.stop().await?;
    result
}

/// The demo's index and the GraphQL API over it, for the explorer once every check passed.
type Indexed = (async_graphql::dynamic::Schema, IndexFile);

async fn scenario(
    devnet: &Devnet,
    alto: &std::path::Path,
) -> Result<Indexed, Box<dyn std::error::Error>> {
    let actor = |index: u32| -> Result<Actor, Box<dyn std::error::Error>> {
        let signer = super::devnet::dev_signer(index)?;
        let address = signer.address();
        let key = alloy::primitives::hex::encode_prefixed(signer.to_bytes());
        let provider = ProviderBuilder::new()
            .wallet(EthereumWallet::from(signer))
            .connect_http(devnet.url.parse()?)
            .erased();
        Ok(Actor {
            address,
            provider,
            key,
        })
    };
    let second_miner = actor(5)?;
    let (admin, creator, miner, validator, delegator) =
        (actor(0)?, actor(1)?, actor(2)?, actor(3)?, actor(4)?);
    let chain = &admin.provider;

    // --- the suite, deployed and verified as `tensora deploy` does it ----------------------------
    let config = crate::locate::shipped_config("devnet")?;
    let records = std::env::temp_dir().join(format!("tensora-demo-{}", std::process::id()));
    let outcome = suite::deploy(chain, admin.address, &config, &records, &mut |_| {}).await?;
    let record = outcome.record;
    crate::output::progress(&format!(
        "deployed and verified the suite: {} transactions; registry {}, timelock {}, guardian Safe {}",
        outcome.transactions,
        record.address(names::SUBNET_REGISTRY)?,
        record.address(names::TIMELOCK)?,
        record.address(names::GUARDIAN_SAFE)?
    ));
    let (tora_at, registry_at) = (
        record.address(names::TORA)?,
        record.address(names::SUBNET_REGISTRY)?,
    );
    let (governor_at, emissions_at) = (
        record.address(names::GOVERNOR)?,
        record.address(names::EMISSION_MANAGER)?,
    );
    let timelock_at = record.address(names::TIMELOCK)?;
    let tora = TORA::new(tora_at, chain);
    let registry = SubnetRegistry::new(registry_at, chain);
    let governor = TensoraGovernor::new(governor_at, chain);
    let emissions = EmissionManager::new(emissions_at, chain);

    // --- the genesis holder funds the participants and votes with the rest -----------------------
    for (who, amount) in [
        (&creator, "3000"),
        (&miner, "500"),
        (&second_miner, "500"),
        (&validator, "5000"),
        (&delegator, "2500"),
    ] {
        admin
            .send(
                tora.transfer(who.address, parse_ether(amount)?),
                "funding a participant",
            )
            .await?;
    }
    admin
        .send(tora.delegate(admin.address), "delegating the genesis votes")
        .await?;
    crate::output::progress(&format!(
        "supply {} / cap {} TORA; genesis holder votes {} ({})",
        tensora_types::units::format_decimal18(tora.totalSupply().call().await?),
        tensora_types::units::format_decimal18(tora.cap().call().await?),
        tensora_types::units::format_decimal18(tora.getVotes(admin.address).call().await?),
        tora.CLOCK_MODE().call().await?,
    ));

    // --- the seed's three subnets ------------------------------------------------------------------
    let fee = registry.creationFee().call().await?;
    let as_creator = TORA::new(tora_at, &creator.provider);
    creator
        .send(
            as_creator.approve(registry_at, fee * U256::from(3)),
            "approving the creation fees",
        )
        .await?;
    let registry_as_creator = SubnetRegistry::new(registry_at, &creator.provider);
    for (name, kind, template) in [
        ("Linguista", "nlp", "linguista"),
        ("Visiona", "vision", "visiona"),
        ("Predictia", "time-series", "predictia"),
    ] {
        // The seed's subnets with the hyperparameters shipped in deployments/subnets/.
        let hyperparameters = crate::locate::shipped_hyperparameters(template)?.to_contract();
        let call = registry_as_creator.createSubnet(name.into(), kind.into(), hyperparameters);
        let receipt = creator.send(call, &format!("creating {name}")).await?;
        crate::output::progress(&format!(
            "created {name:<10} ({kind}), gas {}",
            receipt.gas_used
        ));
    }
    crate::output::progress(&format!(
        "the timelock (treasury) received {} TORA in fees",
        tensora_types::units::format_decimal18(tora.balanceOf(timelock_at).call().await?)
    ));

    // --- members join Predictia and Linguista -----------------------------------------------------
    let (linguista, visiona, predictia) = (
        registry.subnets(U256::from(1)).call().await?.instance,
        registry.subnets(U256::from(2)).call().await?.instance,
        registry.subnets(U256::from(3)).call().await?.instance,
    );
    let feeds = super::demo_forecast::list_feed(
        &creator.provider,
        creator.address,
        record.address(names::FORECAST_FEEDS_FACTORY)?,
        3,
    )
    .await?;
    let feeds_arg = feeds.to_string();

    // The miners serve over HTTP (processes of this binary): Holt and AR forecasts in Predictia,
    // the MLP with PP-OCRv4 and the linear classifier with the small text reader in Visiona,
    // apertium and its dictionaries word by word in Linguista.
    let mut servers = Services::default();
    let mut serve = |kind: &str,
                     model: &str,
                     route: &str,
                     extra: &[&str]|
     -> Result<String, Box<dyn std::error::Error>> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let listen = format!("127.0.0.1:{port}");
        let mut args = vec![
            "miner", "serve", "--kind", kind, "--listen", &listen, "--model", model,
        ];
        args.extend_from_slice(extra);
        servers.spawn(&args, None)?;
        Ok(format!("http://{listen}{route}"))
    };
    let joins = [
        Join {
            name: "Predictia",
            id: 3,
            instance: predictia,
            miners: [
                (
                    &miner,
                    "holt",
                    serve("predictia", "holt", "/predict", &[])?,
                    "200",
                ),
                (
                    &second_miner,
                    "ar",
                    serve("predictia", "ar", "/predict", &[])?,
                    "200",
                ),
            ],
            bond: "2000",
            delegated: "1500",
        },
        Join {
            name: "Linguista",
            id: 1,
            instance: linguista,
            miners: [
                (
                    &miner,
                    "apertium",
                    serve("linguista", "apertium", "/infer", &[])?,
                    "100",
                ),
                (
                    &second_miner,
                    "word-by-word",
                    serve("linguista", "word-by-word", "/infer", &[])?,
                    "100",
                ),
            ],
            bond: "1000",
            delegated: "500",
        },
        Join {
            name: "Visiona",
            id: 2,
            instance: visiona,
            miners: [
                (
                    &miner,
                    "mlp+ppocr",
                    serve("visiona", "mlp", "/infer", &["--ocr", "ppocr"])?,
                    "100",
                ),
                (
                    &second_miner,
                    "linear+ppocr-small",
                    serve("visiona", "linear", "/infer", &["--ocr", "ppocr-small"])?,
                    "100",
                ),
            ],
            bond: "1000",
            delegated: "250",
        },
    ];
    for Join {
        name,
        instance,
        miners,
        bond,
        delegated,
        ..
    } in &joins
    {
        for who in [&miner, &second_miner, &validator, &delegator] {
            let token = TORA::new(tora_at, &who.provider);
            let balance = token.balanceOf(who.address).call().await?;
            who.send(
                token.approve(*instance, balance),
                &format!("approving {name}"),
            )
            .await?;
        }
        for (who, model, endpoint, bond) in miners {
            who.send(
                Subnet::new(*instance, &who.provider)
                    .registerMiner(parse_ether(bond)?, endpoint.clone()),
                &format!("registering a {name} miner ({model})"),
            )
            .await?;
        }
        validator
            .send(
                Subnet::new(*instance, &validator.provider).registerValidator(parse_ether(bond)?),
                &format!("registering the {name} validator"),
            )
            .await?;
        delegator
            .send(
                Subnet::new(*instance, &delegator.provider)
                    .delegate(validator.address, parse_ether(delegated)?),
                &format!("delegating in {name}"),
            )
            .await?;
    }
    let as_delegator = Subnet::new(predictia, &delegator.provider);

    // --- discovery, as the seed's snippet does it ---------------------------------------------------
    crate::output::progress(&format!(
        "\n{:<3} {:<10} {:<12} {:>6} {:>7} {:>10}  stage",
        "id", "name", "type", "weight", "miners", "validators"
    ));
    for id in registry.getActiveSubnets().call().await? {
        let s = registry.subnets(id).call().await?;
        let stage = ["Bootstrapping", "Active", "Deactivated"]
            .get(usize::from(s.stage))
            .copied()
            .unwrap_or("?");
        crate::output::progress(&format!(
            "{:<3} {:<10} {:<12} {:>6} {:>7} {:>10}  {}",
            id, s.name, s.inferenceType, s.emissionWeight, s.minerCount, s.validatorCount, stage
        ));
    }
    let sub = Subnet::new(predictia, chain);
    let delegation = sub
        .delegationOf(validator.address, delegator.address)
        .call()
        .await?;
    crate::output::progress(&format!(
        "\nPredictia validator bond {} TORA, delegated {} TORA; miner endpoint {}",
        tensora_types::units::format_decimal18(U256::from(
            sub.memberOf(validator.address).call().await?.bond
        )),
        tensora_types::units::format_decimal18(delegation.stake),
        sub.endpointOf(miner.address).call().await?
    ));

    // --- governance gives Predictia all emission weight: propose, vote, queue, execute --------------
    // Linguista 20%, Visiona 30%, Predictia 50% of the emission.
    let calldata = EmissionManager::setWeightsCall {
        ids: vec![U256::from(1), U256::from(2), U256::from(3)],
        weights: vec![2_000, 3_000, 5_000],
    }
    .abi_encode();
    let description = "Emission weights: Linguista 20%, Visiona 30%, Predictia 50%".to_string();
    let (targets, values, calldatas) =
        (vec![emissions_at], vec![U256::ZERO], vec![calldata.into()]);
    // Votes count from the second after delegation (checkpoints are looked up in the past).
    let now = governor.clock().call().await?;
    advance_to(chain, u64::try_from(now)? + 2).await?;
    let propose = governor.propose(
        targets.clone(),
        values.clone(),
        calldatas.clone(),
        description.clone(),
    );
    let proposal_id = propose.call().await?;
    admin.send(propose, "proposing the weights").await?;
    advance_to(
        chain,
        u64::try_from(governor.proposalSnapshot(proposal_id).call().await?)? + 1,
    )
    .await?;
    admin
        .send(governor.castVote(proposal_id, 1), "voting")
        .await?;
    advance_to(
        chain,
        u64::try_from(governor.proposalDeadline(proposal_id).call().await?)? + 1,
    )
    .await?;
    let description_hash = keccak256(description.as_bytes());
    admin
        .send(
            governor.queue(
                targets.clone(),
                values.clone(),
                calldatas.clone(),
                description_hash,
            ),
            "queueing",
        )
        .await?;
    advance_to(
        chain,
        u64::try_from(governor.proposalEta(proposal_id).call().await?)?,
    )
    .await?;
    admin
        .send(
            governor.execute(targets, values, calldatas, description_hash),
            "executing",
        )
        .await?;
    let mut pending = Vec::new();
    for id in 1..=3u64 {
        pending.push(
            emissions
                .subnetEmission(U256::from(id))
                .call()
                .await?
                .pendingWeight
                .to_string(),
        );
    }
    crate::output::progress(&format!(
        "\ngovernance proposal {}… executed: pending weights (bps) Linguista {}, Visiona {}, Predictia {}",
        &proposal_id.to_string()[..12],
        pending[0],
        pending[1],
        pending[2]
    ));

    // --- epochs run by the services: three in Predictia, then two in Linguista -------------------
    // Each subnet's validator queries its miners on tasks with known answers, commits and reveals;
    // the creator's coordinator closes each epoch. The demo only moves the devnet's clock.
    let salts = std::env::temp_dir().join(format!("tensora-demo-salts-{}", std::process::id()));
    let records_dir = records.display().to_string();
    let epochs = Epochs {
        chain,
        url: &devnet.url,
        records: &records_dir,
        salts: &salts.display().to_string(),
        from_block: record.start_block(),
        validator_key: &validator.key,
        coordinator_key: &creator.key,
    };
    let mut split_ok = true;
    for join in &joins {
        let (count, validator_args): (u64, &[&str]) = match join.name {
            "Predictia" => (3, &["--tasks", "6", "--forecast-feeds", &feeds_arg]),
            "Linguista" => (2, &["--kind", "linguista", "--tasks", "12"]),
            _ => (
                2,
                &["--kind", "visiona", "--tasks", "100", "--choices", "10"],
            ),
        };
        let table: Vec<(Address, &str)> = join
            .miners
            .iter()
            .map(|(who, model, ..)| (who.address, *model))
            .collect();
        split_ok &= epochs
            .run(
                join.name,
                join.id,
                join.instance,
                &table,
                validator_args,
                count,
            )
            .await?;
    }

    // --- on chain: the seeds' MyDeFiProtocol reads Predictia's forecast in one transaction -------
    super::demo_forecast::seed_consumer(&delegator.provider, delegator.address, feeds).await?;

    // --- a dApp asks each subnet through `tensora query` --------------------------------------------
    let tasks = std::env::temp_dir().join(format!("tensora-demo-tasks-{}", std::process::id()));
    std::fs::create_dir_all(&tasks)?;
    let (text_task, drawn) = demo_text_task()?;
    for (subnet, task, note) in [
        ("Predictia", demo_forecast_task()?, None),
        (
            "Linguista",
            serde_json::json!({
                "type": "translation", "source_lang": "en", "target_lang": "es",
                "text": "The miners serve models and the validators score them.",
            }),
            None,
        ),
        ("Visiona", demo_classify_task()?, None),
        (
            "Visiona",
            text_task,
            Some(format!("(the detect_text image below says: {drawn})")),
        ),
    ] {
        let kind = task.get("task").or_else(|| task.get("type"));
        let file = tasks.join(format!(
            "{subnet}-{}.json",
            kind.and_then(|k| k.as_str()).unwrap_or("task")
        ));
        std::fs::write(&file, task.to_string())?;
        let out = std::process::Command::new(std::env::current_exe()?)
            .args(["query", "--subnet", subnet, "--task"])
            .arg(&file)
            .args(["--rpc-url", &devnet.url, "--deployments", &records_dir])
            .output()?;
        let text = String::from_utf8_lossy(&out.stdout);
        if let Some(note) = note {
            crate::output::progress(&format!("\n{note}"));
        }
        crate::output::progress(&format!(
            "\n$ tensora query --subnet {subnet} --task {}",
            file.file_name()
                .map(|f| f.to_string_lossy())
                .unwrap_or_default()
        ));
        crate::output::progress(text.trim_end());
        if !out.status.success() {
            return Err(format!(
                "tensora query --subnet {subnet} failed: {}",
                String::from_utf8_lossy(&out.stderr)
            )
            .into());
        }
    }
    let _ = std::fs::remove_dir_all(&tasks);

    // --- an escrowed request: a dApp pays Linguista's miners on chain for a translation --------
    super::demo_requests::escrowed_translation(&super::demo_requests::Request {
        url: &devnet.url,
        records: &records_dir,
        salts: &salts.display().to_string(),
        subnet: 1,
        tora: tora_at,
        requests: record.address(names::INFERENCE_REQUESTS)?,
        miners: [(&miner, "apertium"), (&second_miner, "word-by-word")],
        validator: &validator,
        dapp: &delegator,
    })
    .await?;
    drop(servers);
    // The miner's and the validator's keys sent transactions from those services' processes:
    // fresh providers, whose nonces are read from the chain again.
    let (miner, validator) = (actor(2)?, actor(3)?);
    let as_miner = Subnet::new(predictia, &miner.provider);

    // --- the local indexer: the chain's events into SQLite, then the seeds' discovery query ----------
    let index_file = IndexFile(
        std::env::temp_dir().join(format!("tensora-demo-index-{}.sqlite", std::process::id())),
    );
    let index = &index_file.0;
    let started = std::time::Instant::now();
    let out = std::process::Command::new(std::env::current_exe()?)
        .args(["indexer", "run", "--confirmations", "0", "--db"])
        .arg(index)
        .args(["--rpc-url", &devnet.url, "--deployments", &records_dir])
        .output()?;
    if !out.status.success() {
        return Err(format!(
            "tensora indexer run failed: {}",
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    crate::output::progress(&format!(
        "\n$ tensora indexer run --confirmations 0 --db index.sqlite\n{} (in {:.1} s)",
        String::from_utf8_lossy(&out.stdout).trim_end(),
        started.elapsed().as_secs_f64()
    ));
    let store = std::sync::Arc::new(std::sync::Mutex::new(tensora_indexer::Store::open(
        index,
        tensora_indexer::Schema::subgraph()?,
    )?));
    let api = tensora_indexer::graphql::build(store, "demo")?;
    let answer =
        tensora_indexer::graphql::execute(&api, async_graphql::Request::new(SEED_QUERY)).await;
    if !answer.errors.is_empty() {
        return Err(format!("the seed query failed: {:?}", answer.errors).into());
    }
    crate::output::progress(&format!(
        "the seeds' discovery query, answered by the indexer (tensora indexer serve serves it at /graphql):\n{}\n{}",
        SEED_QUERY.trim(),
        serde_json::to_string_pretty(&answer.data)?
    ));
    let history = tensora_indexer::graphql::execute(
        &api,
        async_graphql::Request::new(
            "{ epoches(first: 1000) { id } scoreCommits(first: 1000) { id } scoreReveals(first: 1000) { id } validatorEpoches(first: 1000) { id } delegations(first: 1000) { id } }",
        ),
    )
    .await
    .data
    .into_json()?;
    let count = |field: &str| history[field].as_array().map_or(0, Vec::len);
    crate::output::progress(&format!(
        "the indexer also holds {} closed epochs, {} score commitments, {} reveals, {} validator results and {} delegations",
        count("epoches"),
        count("scoreCommits"),
        count("scoreReveals"),
        count("validatorEpoches"),
        count("delegations")
    ));
    let lifecycle = tensora_indexer::graphql::execute(
        &api,
        async_graphql::Request::new(
            "{ subnets(orderBy: id) { name averageMinerScore validatorParticipation emissionRoi
                 validators { account apy } }
               proposals { state votes { id } } trustUpdates(first: 1000) { id } }",
        ),
    )
    .await
    .data
    .into_json()?;
    let wad = |v: &serde_json::Value| -> Result<f64, Box<dyn std::error::Error>> {
        Ok(v.as_str().ok_or("a WAD field")?.parse::<f64>()? / 1e18)
    };
    let mut metrics = Vec::new();
    for s in lifecycle["subnets"].as_array().ok_or("subnets")? {
        let apy: Vec<String> = s["validators"]
            .as_array()
            .ok_or("validators")?
            .iter()
            .map(|v| wad(&v["apy"]).map(|a| format!("{:.1}%", a * 100.0)))
            .collect::<Result<_, _>>()?;
        metrics.push(format!(
            "  {}: average miner score {:.3}, validator participation {:.0}%, emission ROI {:.4}% per epoch, validator APY estimate {}",
            s["name"].as_str().unwrap_or("?"),
            wad(&s["averageMinerScore"])?,
            wad(&s["validatorParticipation"])? * 100.0,
            wad(&s["emissionRoi"])? * 100.0,
            apy.join(", ")
        ));
    }
    let proposals = lifecycle["proposals"].as_array().ok_or("proposals")?;
    crate::output::progress(&format!(
        "lifecycle metrics of each subnet's last closed epoch, from the indexer:\n{}\ngovernance: {} proposal(s) indexed ({}), {} vote(s); {} global trust updates",
        metrics.join("\n"),
        proposals.len(),
        proposals
            .iter()
            .filter_map(|p| p["state"].as_str())
            .collect::<Vec<_>>()
            .join(", "),
        proposals
            .iter()
            .filter_map(|p| p["votes"].as_array().map(Vec::len))
            .sum::<usize>(),
        lifecycle["trustUpdates"].as_array().map_or(0, Vec::len)
    ));

    miner
        .send(as_miner.claimRewards(), "claiming miner rewards")
        .await?;
    delegator
        .send(
            as_delegator.claimDelegationRewards(validator.address),
            "claiming delegation rewards",
        )
        .await?;
    crate::output::progress(&format!(
        "after claims: miner holds {} TORA, delegator holds {} TORA",
        tensora_types::units::format_decimal18(tora.balanceOf(miner.address).call().await?),
        tensora_types::units::format_decimal18(tora.balanceOf(delegator.address).call().await?)
    ));
    if !split_ok {
        return Err("the epochs' rewards are not split 18/41/41".into());
    }

    // --- an account that holds only TORA acts through the paymaster, via a real bundler --------
    let paymaster_at = record.address(names::PAYMASTER)?;
    let keeper = actor(6)?; // the devnet config's price keeper
    let as_keeper = TensoraPaymaster::new(paymaster_at, &keeper.provider);
    keeper
        .send(
            as_keeper.setPrice(parse_ether("2000")?),
            "pricing the paymaster (2000 TORA/ETH)",
        )
        .await?;
    let pm = TensoraPaymaster::new(paymaster_at, chain);
    admin
        .send(
            pm.deposit().value(parse_ether("1")?),
            "funding the paymaster's deposit",
        )
        .await?;
    admin
        .send(
            pm.addStake().value(parse_ether("1")?),
            "staking the paymaster",
        )
        .await?;
    let owner = PrivateKeySigner::random();
    let factory_at = record.address(names::ACCOUNT_FACTORY)?;
    let factory = TensoraAccountFactory::new(factory_at, chain);
    admin
        .send(
            factory.addStake(86_400).value(parse_ether("1")?),
            "staking the account factory (ERC-7562: it writes the new account's TORA allowance)",
        )
        .await?;
    let account = factory
        .getAddress(owner.address(), U256::ZERO)
        .call()
        .await?;
    admin
        .send(
            tora.transfer(account, parse_ether("100")?),
            "sending 100 TORA to a fresh account",
        )
        .await?;
    let executor = actor(7)?;
    let alto = start_alto(alto, &devnet.url, &executor.key, &actor(8)?.key, &records).await?;
    let bundler = &alto.provider;
    let op = |factory, call_data| UserOp {
        provider: chain,
        bundler,
        owner: &owner,
        sender: account,
        factory,
        call_data,
        paymaster: paymaster_at,
        executor: executor.address,
    };
    let create = TensoraAccountFactory::createAccountCall {
        owner: owner.address(),
        salt: U256::ZERO,
    }
    .abi_encode();
    // The vote delegation comes last: once the account delegated, the TORA the paymaster pulls
    // in validation writes vote checkpoints, which strict ERC-7562 bundlers refuse.
    let transfer = TORA::transferCall {
        to: owner.address(),
        value: parse_ether("1")?,
    }
    .abi_encode();
    let first = TensoraAccount::executeCall {
        dest: tora_at,
        value: U256::ZERO,
        func: transfer.into(),
    }
    .abi_encode();
    let timeout = std::time::Duration::from_secs(60);
    let receipt = op(Some((factory_at, create.into())), first.into())
        .send(timeout)
        .await?;
    let created = receipt.success
        && tora.allowance(account, paymaster_at).call().await? == U256::MAX
        && tora.balanceOf(owner.address()).call().await? == parse_ether("1")?;
    let delegate = TORA::delegateCall { delegatee: account }.abi_encode();
    let second = TensoraAccount::executeCall {
        dest: tora_at,
        value: U256::ZERO,
        func: delegate.into(),
    }
    .abi_encode();
    let receipt = op(None, second.into()).send(timeout).await?;
    let delegated = receipt.success && tora.delegates(account).call().await? == account;
    let (left, eth) = (
        tora.balanceOf(account).call().await?,
        chain.get_balance(account).await?,
    );
    crate::output::progress(&format!(
        "\nUserOperations through alto: account {account} created (approving the paymaster as it was created) while sending 1 TORA to its owner, \
         then delegated its votes; gas paid in TORA ({} TORA spent), ETH balance {}",
        tensora_types::units::format_decimal18(parse_ether("99")? - left),
        tensora_types::units::format_decimal18(eth)
    ));
    if !(created && delegated && eth.is_zero() && left < parse_ether("99")?) {
        return Err("the TORA-paid UserOperations did not go through as expected".into());
    }
    Ok((api, index_file))
}

/// The explorer's server task, its URL and how many subnets it listed.
type Explorer = (tokio::task::JoinHandle<std::io::Result<()>>, String, usize);

/// Serves the Subnet Explorer and the GraphQL API over the demo's index and checks that both
/// answer over HTTP (the page, and the seeds' query listing subnets).
async fn explorer(
    api: async_graphql::dynamic::Schema,
    port: Option<u16>,
    rpc_url: &str,
) -> Result<Explorer, Box<dyn std::error::Error>> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port.unwrap_or(0)))
        .await
        .map_err(|e| {
            format!(
                "cannot serve the explorer on port {}: {e}",
                port.unwrap_or(0)
            )
        })?;
    let at = listener.local_addr()?;
    let router = tensora_indexer::http::router(api).merge(tensora_explorer::router(
        tensora_explorer::Config {
            network: format!("Tensora demo devnet ({rpc_url})"),
            tx_url: None,
        },
    ));
    let server = tokio::spawn(async move { axum::serve(listener, router).await });
    let url = format!("http://{at}/");
    let http = reqwest::Client::new();
    let page = http
        .get(&url)
        .send()
        .await?
        .error_for_status()?
        .text()
        .await?;
    let answer: serde_json::Value = http
        .post(format!("{url}graphql"))
        .json(&serde_json::json!({ "query": SEED_QUERY }))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let listed = answer["data"]["subnets"].as_array().map_or(0, Vec::len);
    if !page.contains("Tensora Subnet Explorer") || listed == 0 {
        server.abort();
        return Err(
            format!("the explorer at {url} did not serve the demo's subnets: {answer}").into(),
        );
    }
    Ok((server, url, listed))
}

/// A subnet the demo's members join: two miners (account, model, endpoint, bond in TORA), the
/// validator's bond and the delegator's stake behind it.
struct Join<'a> {
    name: &'static str,
    id: u64,
    instance: Address,
    miners: [(&'a Actor, &'static str, String, &'static str); 2],
    bond: &'static str,
    delegated: &'static str,
}

/// What running a subnet's epochs through the services needs.
struct Epochs<'a> {
    chain: &'a DynProvider,
    url: &'a str,
    records: &'a str,
    salts: &'a str,
    from_block: u64,
    validator_key: &'a str,
    coordinator_key: &'a str,
}

impl Epochs<'_> {
    /// Starts the subnet's validator (with `validator_args`) and coordinator services, lets them
    /// run `count` epochs (an epoch that ended before they started is closed empty first), moving
    /// the clock between phases, and prints each epoch's emission, split and the `miners`' scores
    /// and claimable rewards. Returns whether every split with emission was 18/41/41.
    async fn run(
        &self,
        name: &str,
        id: u64,
        subnet: Address,
        miners: &[(Address, &str)],
        validator_args: &[&str],
        count: u64,
    ) -> Result<bool, Box<dyn std::error::Error>> {
        let id_arg = id.to_string();
        let common = [
            "--subnet",
            &id_arg,
            "--poll-seconds",
            "1",
            "--rpc-url",
            self.url,
            "--deployments",
            self.records,
        ];
        let mut services = Services::default();
        services.spawn(
            &[
                &["validator", "run", "--salt-dir", self.salts][..],
                validator_args,
                &common[..],
            ]
            .concat(),
            Some(self.validator_key),
        )?;
        services.spawn(
            &[&["coordinator", "run"][..], &common[..]].concat(),
            Some(self.coordinator_key),
        )?;
        let sub = Subnet::new(subnet, self.chain);
        let mut split_ok = true;
        for _ in 0..count {
            let mut info = sub.epochInfo().call().await?;
            while tensora_client::clock::chain_time(self.chain).await? >= u64::from(info.end) {
                wait_for(
                    self.chain,
                    subnet,
                    Subnet::EpochClosed::SIGNATURE_HASH,
                    info.epoch,
                    self.from_block,
                )
                .await?;
                info = sub.epochInfo().call().await?;
            }
            let epoch = info.epoch;
            let wait = |signature| wait_for(self.chain, subnet, signature, epoch, self.from_block);
            wait(Subnet::ScoresCommitted::SIGNATURE_HASH).await?;
            advance_to(self.chain, u64::from(info.revealFrom)).await?;
            let revealed = wait(Subnet::ScoresRevealed::SIGNATURE_HASH).await?;
            let scores = revealed
                .log_decode::<Subnet::ScoresRevealed>()?
                .inner
                .data
                .scores;
            advance_to(self.chain, u64::from(info.end)).await?;
            let closed = wait(Subnet::EpochClosed::SIGNATURE_HASH).await?;
            let closed = closed.log_decode::<Subnet::EpochClosed>()?.inner.data;
            crate::output::progress(&format!(
                "\n{name} epoch {epoch}: emission {} TORA -> miners {}, validators {}, delegators {}",
                format_decimal18(closed.emission),
                format_decimal18(closed.minerPot),
                format_decimal18(closed.validatorPot),
                format_decimal18(closed.delegatorPot)
            ));
            crate::output::progress(&format!(
                "  {:<4} {:<18} {:>7} {:>30}",
                "uid", "model", "score", "claimable TORA"
            ));
            for &(account, model) in miners {
                let uid = usize::from(sub.memberOf(account).call().await?.uid);
                let score = tensora_types::scores::score(&scores, uid);
                crate::output::progress(&format!(
                    "  {uid:<4} {model:<18} {score:>7} {:>30}",
                    format_decimal18(sub.claimable(account).call().await?)
                ));
            }
            if closed.distributed.is_zero() {
                crate::output::progress(&format!(
                    "  (no emission yet: {name}'s weight comes into force when this epoch closes)"
                ));
                continue;
            }
            let shares = [
                (closed.minerPot, 1800u64),
                (closed.validatorPot, 4100),
                (closed.delegatorPot, 4100),
            ];
            let ok = shares.iter().all(|(pot, bps)| {
                pot.abs_diff(closed.distributed * U256::from(*bps) / U256::from(10_000))
                    <= U256::from(1_000_000u64)
            });
            crate::output::progress(&format!(
                "  split 18/41/41 of the epoch's emission: {}",
                if ok { "ok" } else { "FAILED" }
            ));
            split_ok &= ok;
        }
        Ok(split_ok)
    }
}

/// A Visiona task as the seeds' content-moderation call sends it: the first image of the test
/// split (an ankle boot) with four categories to choose from.
fn demo_classify_task() -> Result<serde_json::Value, Box<dyn std::error::Error>> {
    let split = tensora_visiona::data::load(&tensora_visiona::data::dir(), "t10k")?;
    let image = split
        .images
        .first()
        .ok_or("the Fashion-MNIST test split is empty")?;
    Ok(serde_json::json!({
        "task": "classify", "image_url": tensora_visiona::image::data_url(image),
        "categories": ["Sandal", "Sneaker", "Ankle boot", "Bag"],
    }))
}

/// The seeds' subnet discovery query, word for word.
const SEED_QUERY: &str = "{
  subnets(where: { active: true }, orderBy: emissionWeight, orderDirection: desc) {
    id name inferenceType emissionWeight minerCount validatorCount createdAt
  }
}";

/// A Visiona `detect_text` task: an image with lines of text rendered as the validators render
/// theirs (a fixed seed, so every demo asks the same), and what its lines say.
fn demo_text_task() -> Result<(serde_json::Value, String), Box<dyn std::error::Error>> {
    let tasks = tensora_visiona::TextTasks {
        pen: std::sync::Arc::new(tensora_visiona::Pen::load()?),
        count: 1,
    };
    let mut seed = 2026;
    let (image, drawn) = tasks.render(&mut seed);
    let lines: Vec<&str> = drawn.iter().map(|d| d.text.as_str()).collect();
    Ok((
        serde_json::json!({"task": "detect_text", "image_url": image.data_url()}),
        lines.join(" / "),
    ))
}

/// A Predictia task as a dApp sends it: the last 60 daily bars of the S&P 500 series the
/// validators use, a forecast one day ahead.
fn demo_forecast_task() -> Result<serde_json::Value, Box<dyn std::error::Error>> {
    let series = tensora_predictia::Series::load_csv(&crate::locate::price_data(None)?, "SPX")?;
    let history = &series.bars[series.bars.len().saturating_sub(60)..];
    Ok(serde_json::json!({
        "type": "price_prediction", "asset": series.asset, "horizon": "1d",
        "features": ["open", "high", "low", "close", "volume"], "history": history,
    }))
}

/// Child processes of this binary (miners, validator, coordinator), stopped when dropped.
#[derive(Default)]
pub(super) struct Services(Vec<std::process::Child>);

impl Services {
    /// Starts `tensora <args>`; `key` (if any) reaches it through ETH_PRIVATE_KEY, never argv.
    pub(super) fn spawn(
        &mut self,
        args: &[&str],
        key: Option<&str>,
    ) -> Result<(), Box<dyn std::error::Error>> {
        let mut cmd = std::process::Command::new(std::env::current_exe()?);
        cmd.args(args)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        if let Some(key) = key {
            cmd.env("ETH_PRIVATE_KEY", key);
        }
        self.0.push(cmd.spawn()?);
        Ok(())
    }
}

impl Drop for Services {
    fn drop(&mut self) {
        for child in &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Waits (up to 60 s) for `subnet`'s first event `signature` of `epoch`.
async fn wait_for(
    provider: &DynProvider,
    subnet: Address,
    signature: B256,
    epoch: u64,
    from_block: u64,
) -> Result<alloy::rpc::types::Log, Box<dyn std::error::Error>> {
    let filter = alloy::rpc::types::Filter::new()
        .address(subnet)
        .event_signature(signature)
        .topic1(U256::from(epoch))
        .from_block(from_block);
    for _ in 0..600 {
        if let Some(log) = provider.get_logs(&filter).await?.into_iter().next() {
            return Ok(log);
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Err(format!("the services did not get epoch {epoch} past {signature} within 60 s").into())
}
