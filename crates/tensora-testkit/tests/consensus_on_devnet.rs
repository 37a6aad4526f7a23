//! The off-chain consensus against the chain's own check: three validators with different stakes
//! (one with delegations) score four miners differently; `consensus::compute` derives the
//! consensus and the subnet accepts it in `closeEpoch` (which reverts with `WrongConsensus` for
//! anything but the kappa stake-weighted median), storing the same values.

use alloy::primitives::{Address, U256, utils::parse_ether};
use alloy::providers::Provider;
use tensora_bindings::{Subnet, SubnetRegistry, TORA, names};
use tensora_client::{closing, consensus};
use tensora_testkit::{Account, Suite, mine_at, send};

type TestResult = Result<(), tensora_testkit::Error>;

#[tokio::test]
async fn off_chain_consensus_is_what_the_subnet_verifies() -> TestResult {
    let suite = Suite::start("consensus-test").await?;
    let people: Vec<Account> = (0..9).map(|i| suite.account(i)).collect::<Result<_, _>>()?;
    let admin = &people[0];
    let (config, record) = (&suite.config, &suite.record);
    let tora_at = record.address(names::TORA)?;
    let registry_at = record.address(names::SUBNET_REGISTRY)?;

    // A subnet without commit-reveal (scores submitted directly), kappa 0.5.
    let mut hp = config.registry.min_bounds.clone();
    hp.commit_reveal = false;
    hp.max_slots = 16;
    hp.max_validators = 8;
    hp.epoch_length = 600;
    let tora = TORA::new(tora_at, &admin.provider);
    send(admin, tora.approve(registry_at, parse_ether("1000")?)).await?;
    let registry = SubnetRegistry::new(registry_at, &admin.provider);
    send(
        admin,
        registry.createSubnet("Consensus".into(), "time-series".into(), hp.to_contract()),
    )
    .await?;
    let instance = registry.subnets(U256::from(1)).call().await?.instance;

    // Miners 1..=4, validators 5..=7 with bonds 1000/2000/3000, and 8 delegating 2500 behind 5.
    for (i, amount) in [
        (1, "100"),
        (2, "100"),
        (3, "100"),
        (4, "100"),
        (5, "1000"),
        (6, "2000"),
        (7, "3000"),
        (8, "2500"),
    ] {
        send(
            admin,
            tora.transfer(people[i].address, parse_ether(amount)?),
        )
        .await?;
        let token = TORA::new(tora_at, &people[i].provider);
        send(&people[i], token.approve(instance, parse_ether(amount)?)).await?;
    }
    for (i, miner) in people.iter().enumerate().take(5).skip(1) {
        let s = Subnet::new(instance, &miner.provider);
        send(
            miner,
            s.registerMiner(
                parse_ether("100")?,
                format!("http://127.0.0.1:91{i:02}/predict"),
            ),
        )
        .await?;
    }
    for (i, bond) in [(5, "1000"), (6, "2000"), (7, "3000")] {
        let s = Subnet::new(instance, &people[i].provider);
        send(&people[i], s.registerValidator(parse_ether(bond)?)).await?;
    }
    let s8 = Subnet::new(instance, &people[8].provider);
    send(
        &people[8],
        s8.delegate(people[5].address, parse_ether("2500")?),
    )
    .await?;
    // Without commit-reveal, stake joined during an epoch weighs from the next one: close the
    // epoch the members joined in (nobody scored: an all-zero consensus) first.
    let provider = &admin.provider;
    let first = Subnet::new(instance, provider);
    mine_at(provider, first.epochInfo().call().await?.end.into()).await?;
    let width = usize::from(first.slotHighWater().call().await?);
    send(
        admin,
        first.closeEpoch(vec![0u8; width * 8].into(), Default::default()),
    )
    .await?;
    // Let a second pass so that every miner registered strictly before the scores.
    provider
        .raw_request::<_, serde_json::Value>("evm_increaseTime".into(), (2u64,))
        .await?;
    provider
        .raw_request::<_, serde_json::Value>("evm_mine".into(), ())
        .await?;

    // Scores over uids 0..=6 (4..=6 are the validators' own slots and count 0).
    let rows: [[u16; 7]; 3] = [
        [100, 300, 0, 600, 50, 50, 50],
        [500, 100, 200, 200, 0, 0, 0],
        [250, 250, 400, 100, 0, 0, 0],
    ];
    // Submitted in descending address order: the close takes the rows in participant order,
    // which is then not the address order (rows keyed by address would reach it out of order).
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by_key(|&v| std::cmp::Reverse(people[5 + v].address));
    for &v in &order {
        let row = &rows[v];
        let who = &people[5 + v];
        let scores: Vec<u8> = row.iter().flat_map(|x| x.to_be_bytes()).collect();
        let s = Subnet::new(instance, &who.provider);
        send(who, s.submitScores(scores.into(), vec![])).await?;
    }
    let sub = Subnet::new(instance, provider);
    mine_at(provider, sub.epochInfo().call().await?.end.into()).await?;

    let c = consensus::compute(
        provider,
        instance,
        record.address(names::VALIDATOR_TRUST)?,
        record.start_block(),
    )
    .await?;
    assert_eq!(c.rows.len(), 3);
    let participant_order: Vec<Address> = order.iter().map(|&v| people[5 + v].address).collect();
    assert_eq!(
        c.rows.iter().map(|r| r.validator).collect::<Vec<_>>(),
        participant_order,
        "rows in participant order"
    );
    // The emission split the Rust side assumes is the contract's.
    let split = sub.emissionSplitBps().call().await?;
    assert_eq!(
        (split.miners, split.validators, split.delegators),
        (
            U256::from(tensora_types::split::MINER_SHARE_BPS),
            U256::from(tensora_types::split::VALIDATOR_SHARE_BPS),
            U256::from(tensora_types::split::DELEGATOR_SHARE_BPS)
        )
    );
    assert_eq!(c.weights.len(), 7);
    assert!(c.weights[..4].iter().any(|w| *w > 0), "{:?}", c.weights);
    assert_eq!(
        &c.weights[4..],
        &[0, 0, 0],
        "validator slots have no consensus"
    );
    // The subnet verifies it: any other value reverts with WrongConsensus.
    let mut wrong = c.encode(0, 7);
    wrong[7] ^= 1;
    let rows = c.encode_rows(0, 7);
    let err = send(admin, sub.closeEpoch(wrong.into(), rows.clone().into()))
        .await
        .err()
        .ok_or("a wrong consensus was accepted")?;
    assert!(err.to_string().contains("WrongConsensus"), "{err}");
    // The rows must be the revealed ones: one changed score reverts with RowMismatch.
    let mut forged = rows;
    forged[1] ^= 1;
    let err = send(admin, sub.closeEpoch(c.encode(0, 7).into(), forged.into()))
        .await
        .err()
        .ok_or("a forged row was accepted")?;
    assert!(err.to_string().contains("RowMismatch"), "{err}");
    // The dry run and the close chunk by one rule: under a chunk limit just below the whole
    // close's gas, the plan splits, and the real close sends exactly the planned chunks.
    let trust = record.address(names::VALIDATOR_TRUST)?;
    let (_, whole) = closing::plan_close(
        provider,
        admin.address,
        instance,
        trust,
        record.start_block(),
    )
    .await?;
    assert_eq!(
        whole.len(),
        1,
        "one transaction under the default limit: {whole:?}"
    );
    let limit = whole[0].gas_used - 1;
    let (_, planned) = closing::plan_close_within(
        provider,
        admin.address,
        instance,
        trust,
        record.start_block(),
        limit,
    )
    .await?;
    assert!(planned.len() > 1, "halved: {planned:?}");
    assert!(
        planned
            .iter()
            .all(|p| p.gas_used <= limit || p.columns == 1),
        "{planned:?}"
    );
    assert_eq!(
        sub.epochInfo().call().await?.closeCursor,
        0,
        "the plan sent nothing"
    );
    let report = closing::close_epoch_within(
        provider,
        admin.address,
        instance,
        trust,
        record.start_block(),
        None,
        limit,
    )
    .await?;
    assert!(report.closed);
    let sent: Vec<(usize, usize)> = report.chunks.iter().map(|c| (c.from, c.columns)).collect();
    let plan: Vec<(usize, usize)> = planned.iter().map(|c| (c.from, c.columns)).collect();
    assert_eq!(sent, plan, "the close sent what the dry run planned");
    assert_eq!(sub.epochInfo().call().await?.epoch, 2);
    for (j, w) in c.weights.iter().enumerate() {
        let lane = sub.latestConsensus(U256::from(j)).call().await?;
        let expected = u16::try_from(u128::from(*w) * 0xffff / 1_000_000_000_000_000_000)?;
        assert_eq!(lane, expected, "column {j}");
    }
    suite.devnet.stop().await?;
    Ok(())
}
