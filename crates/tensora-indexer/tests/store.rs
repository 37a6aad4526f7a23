//! The store's guarantees, on SQLite and on PostgreSQL alike: a block is written whole or not at
//! all, a rollback undoes exactly the blocks after its target, the cursor survives a reopen,
//! values are checked against the schema, and queries order and filter the same way. On
//! PostgreSQL also: a connection lost between blocks is opened again, and one lost inside a
//! block leaves nothing of it.

use std::path::PathBuf;

use serde_json::{Value, json};
use tensora_indexer::query::{Filter, Op, Query};
use tensora_indexer::{Cursor, Error, Row, Schema, Store};
use tensora_testkit::postgres::PostgresCluster;

type TestResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

/// Opens the test's database (the same one every call).
type Open<'a> = &'a dyn Fn() -> Result<Store, Error>;

/// A guarantee, checked on a database.
type Guarantee = fn(Open<'_>) -> Result<(), Error>;

const GUARANTEES: [(&str, Guarantee); 5] = [
    (
        "rollback",
        rollback_undoes_exactly_the_blocks_after_the_target,
    ),
    (
        "failed",
        a_failed_block_leaves_nothing_and_the_cursor_where_it_was,
    ),
    ("values", values_are_checked_against_the_schema),
    ("reopen", the_cursor_and_entities_survive_a_reopen),
    ("order", queries_filter_and_order_by_value),
];

/// Checks `guarantee` on a fresh SQLite file.
fn on_sqlite(name: &str, guarantee: Guarantee) -> TestResult {
    let dir: PathBuf = std::env::temp_dir().join(format!(
        "tensora-indexer-store-{name}-{}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("index.sqlite");
    let _ = std::fs::remove_file(&path);
    guarantee(&|| Store::open(&path, Schema::subgraph()?))?;
    std::fs::remove_dir_all(&dir)?;
    Ok(())
}

#[test]
fn on_sqlite_rollback_undoes_exactly_the_blocks_after_the_target() -> TestResult {
    on_sqlite("rollback", GUARANTEES[0].1)
}

#[test]
fn on_sqlite_a_failed_block_leaves_nothing() -> TestResult {
    on_sqlite("failed", GUARANTEES[1].1)
}

#[test]
fn on_sqlite_values_are_checked_against_the_schema() -> TestResult {
    on_sqlite("values", GUARANTEES[2].1)
}

#[test]
fn on_sqlite_the_cursor_and_entities_survive_a_reopen() -> TestResult {
    on_sqlite("reopen", GUARANTEES[3].1)
}

#[test]
fn on_sqlite_queries_filter_and_order_by_value() -> TestResult {
    on_sqlite("order", GUARANTEES[4].1)
}

#[test]
fn in_memory_sqlite_keeps_blocks_too() -> TestResult {
    let mut store = Store::in_memory(Schema::subgraph()?)?;
    store.write_block(3, "0x03", |w| w.set("GlobalTrust", "0xa", &trust("1", "3")))?;
    assert_eq!(trust_of(&store, "0xa").as_deref(), Some("1"));
    Ok(())
}

/// Every guarantee above on a PostgreSQL cluster of the test's own, one database each.
#[test]
fn on_postgres_every_guarantee_holds() -> TestResult {
    let cluster = PostgresCluster::start()?;
    for (name, guarantee) in GUARANTEES {
        let url = cluster.database(name)?;
        guarantee(&|| Store::postgres(&url, Schema::subgraph()?))
            .map_err(|e| format!("on PostgreSQL, {name}: {e}"))?;
    }
    Ok(())
}

/// The server restarts between blocks: the store connects again and goes on. It restarts in the
/// middle of a block: that block fails whole (nothing of it, the cursor where it was), and the
/// same block written again succeeds.
#[test]
fn on_postgres_a_lost_connection_loses_no_block() -> TestResult {
    let cluster = PostgresCluster::start()?;
    let url = cluster.database("lost")?;
    let mut store = Store::postgres(&url, Schema::subgraph()?)?;
    store.write_block(1, "0x01", |w| w.set("GlobalTrust", "0xa", &trust("1", "1")))?;

    cluster.restart()?;
    store.write_block(2, "0x02", |w| w.set("GlobalTrust", "0xa", &trust("2", "2")))?;
    assert_eq!(trust_of(&store, "0xa").as_deref(), Some("2"));

    let e = store
        .write_block(3, "0x03", |w| {
            w.set("GlobalTrust", "0xb", &trust("3", "3"))?;
            cluster
                .restart()
                .map_err(|e| Error::Query(format!("restart: {e}")))?;
            w.set("GlobalTrust", "0xa", &trust("3", "3"))
        })
        .expect_err("the connection went away inside the block");
    assert!(e.to_string().contains("postgres"), "{e}");
    assert_eq!(trust_of(&store, "0xb"), None, "nothing of block 3");
    assert_eq!(trust_of(&store, "0xa").as_deref(), Some("2"));
    assert_eq!(store.cursor()?.map(|c| c.number), Some(2));

    store.write_block(3, "0x03", |w| {
        w.set("GlobalTrust", "0xb", &trust("3", "3"))?;
        w.set("GlobalTrust", "0xa", &trust("3", "3"))
    })?;
    assert_eq!(store.cursor()?.map(|c| c.number), Some(3));
    store.rollback_to(2)?;
    assert_eq!(trust_of(&store, "0xa").as_deref(), Some("2"));
    assert_eq!(trust_of(&store, "0xb"), None);
    Ok(())
}

#[test]
fn on_postgres_a_bad_connection_string_is_refused_without_echoing_it() {
    let e = Store::postgres(
        "postgresql://u:s3cret@[::1",
        Schema::subgraph().expect("schema"),
    )
    .expect_err("not a connection string");
    let message = e.to_string();
    assert!(message.contains("postgresql://user"), "{message}");
    assert!(!message.contains("s3cret"), "{message}");
    let e = Store::postgres(
        "host=127.0.0.1 port=1 user=postgres password=s3cret connect_timeout=2",
        Schema::subgraph().expect("schema"),
    )
    .expect_err("nothing listens on port 1");
    assert!(!e.to_string().contains("s3cret"), "{e}");
}

fn trust(value: &str, at: &str) -> Row {
    match json!({"trust": value, "updatedAt": at}) {
        Value::Object(m) => m,
        _ => unreachable!(),
    }
}

fn trust_of(store: &Store, id: &str) -> Option<String> {
    store
        .get("GlobalTrust", id)
        .expect("get")
        .map(|r| r["trust"].as_str().expect("trust").to_owned())
}

fn rollback_undoes_exactly_the_blocks_after_the_target(open: Open<'_>) -> Result<(), Error> {
    let mut store = open()?;
    store.write_block(10, "0x0a", |w| {
        w.set("GlobalTrust", "0xa", &trust("500", "10"))?;
        w.set("GlobalTrust", "0xb", &trust("500", "10"))
    })?;
    store.write_block(11, "0x0b", |w| {
        w.set("GlobalTrust", "0xa", &trust("600", "11"))?;
        w.set("GlobalTrust", "0xa", &trust("700", "11"))?;
        w.set("GlobalTrust", "0xc", &trust("100", "11"))
    })?;
    store.write_block(12, "0x0c", |w| {
        w.set("GlobalTrust", "0xb", &trust("900", "12"))?;
        w.set("GlobalTrust", "0xa", &trust("800", "12"))
    })?;
    assert_eq!(trust_of(&store, "0xa").as_deref(), Some("800"));

    store.rollback_to(11)?;
    assert_eq!(trust_of(&store, "0xa").as_deref(), Some("700"));
    assert_eq!(trust_of(&store, "0xb").as_deref(), Some("500"));
    assert_eq!(trust_of(&store, "0xc").as_deref(), Some("100"));
    assert_eq!(
        store.cursor()?,
        Some(Cursor {
            number: 11,
            hash: "0x0b".into()
        })
    );

    store.rollback_to(10)?;
    assert_eq!(trust_of(&store, "0xa").as_deref(), Some("500"));
    assert_eq!(
        trust_of(&store, "0xc"),
        None,
        "created after block 10: gone"
    );
    assert_eq!(store.count("GlobalTrust")?, 2);
    assert_eq!(store.block_hash(11)?, None);

    // A different block 11 after the reorg.
    store.write_block(11, "0x1b", |w| {
        w.set("GlobalTrust", "0xd", &trust("1", "11"))
    })?;
    assert_eq!(store.cursor()?.map(|c| c.hash), Some("0x1b".into()));

    // Pruned blocks cannot be rolled back to.
    store.prune(11)?;
    let e = store.rollback_to(10).expect_err("pruned");
    assert!(
        e.to_string().contains("deeper than the store can undo"),
        "{e}"
    );
    assert_eq!(
        store.cursor()?.map(|c| c.number),
        Some(11),
        "a refused rollback changes nothing"
    );
    Ok(())
}

fn a_failed_block_leaves_nothing_and_the_cursor_where_it_was(open: Open<'_>) -> Result<(), Error> {
    let mut store = open()?;
    store.write_block(5, "0x05", |w| w.set("GlobalTrust", "0xa", &trust("1", "5")))?;
    let e = store
        .write_block(6, "0x06", |w| {
            w.set("GlobalTrust", "0xa", &trust("2", "6"))?;
            w.set("GlobalTrust", "0xb", &trust("3.5", "6"))
        })
        .expect_err("a BigInt that is not an integer is refused");
    assert!(e.to_string().contains("GlobalTrust 0xb: trust"), "{e}");
    assert_eq!(trust_of(&store, "0xa").as_deref(), Some("1"));
    assert_eq!(trust_of(&store, "0xb"), None);
    assert_eq!(store.cursor()?.map(|c| c.number), Some(5));
    Ok(())
}

fn values_are_checked_against_the_schema(open: Open<'_>) -> Result<(), Error> {
    let mut store = open()?;
    let uint256_max =
        "115792089237316195423570985008687907853269984665640564039457584007913129639935";
    store.write_block(1, "0x01", |w| {
        w.set("GlobalTrust", "0xmax", &trust(uint256_max, "1"))
    })?;
    assert_eq!(trust_of(&store, "0xmax").as_deref(), Some(uint256_max));
    for (row, why) in [
        (json!({"trust": "1"}), "updatedAt: is missing"),
        (
            json!({"trust": "12a", "updatedAt": "1"}),
            "is not a decimal integer",
        ),
        (
            json!({"trust": format!("1{uint256_max}0"), "updatedAt": "1"}),
            "over 78 digits",
        ),
        (json!({"trust": true, "updatedAt": "1"}), "is not a BigInt"),
    ] {
        let Value::Object(row) = row else {
            unreachable!()
        };
        let e = store
            .write_block(2, "0x02", |w| w.set("GlobalTrust", "0xbad", &row))
            .expect_err(why)
            .to_string();
        assert!(e.contains(why), "{e}");
    }
    let e = store
        .write_block(2, "0x02", |w| w.set("Nonesuch", "x", &Row::new()))
        .expect_err("unknown entity");
    assert!(e.to_string().contains("no entity type Nonesuch"), "{e}");
    // Queries the schema does not allow are refused before any SQL runs.
    let mut q = Query::all("GlobalTrust");
    q.filters.push(Filter {
        field: "trust\" OR 1=1 --".into(),
        op: Op::Eq,
        value: json!("1"),
    });
    assert!(
        store
            .find(&q)
            .is_err_and(|e| e.to_string().contains("has no field"))
    );
    Ok(())
}

fn the_cursor_and_entities_survive_a_reopen(open: Open<'_>) -> Result<(), Error> {
    {
        let mut store = open()?;
        store.write_block(42, "0x2a", |w| {
            w.set("GlobalTrust", "0xa", &trust("7", "42"))
        })?;
    }
    let mut store = open()?;
    assert_eq!(
        store.cursor()?,
        Some(Cursor {
            number: 42,
            hash: "0x2a".into()
        })
    );
    assert_eq!(trust_of(&store, "0xa").as_deref(), Some("7"));
    store.bind("chain", "901")?;
    store.bind("chain", "901")?;
    let e = store.bind("chain", "56").expect_err("another chain");
    assert!(e.to_string().contains("indexes chain 901, not 56"), "{e}");
    drop(store);
    let mut store = open()?;
    assert!(store.bind("chain", "56").is_err(), "kept after a reopen");
    Ok(())
}

/// Signed BigInts, strings with bytes on either side of ASCII letters, nulls and booleans: the
/// database's order and filters are the values' order, not a locale's.
fn queries_filter_and_order_by_value(open: Open<'_>) -> Result<(), Error> {
    let mut store = open()?;
    let schema = store.schema().clone();
    let entity = schema
        .entity("ForecastRound")
        .ok_or_else(|| Error::Query("no ForecastRound".into()))?;
    let rounds = [
        ("r1", "-20000000000000000", Some("a-b")),
        ("r2", "-1", Some("B")),
        ("r3", "0", Some("a_b")),
        ("r4", "5", None),
        (
            "r5",
            "115792089237316195423570985008687907853269984665640564039457584007913129639935",
            Some("ab"),
        ),
    ];
    store.write_block(1, "0x01", |w| {
        for (id, prediction, realised) in rounds {
            let mut row = tensora_indexer::zero_row(entity);
            row.insert("prediction".into(), json!(prediction));
            row.insert("feed".into(), json!("0xfeed"));
            if let Some(r) = realised {
                row.insert("realised".into(), json!(r.len().to_string()));
            }
            w.set("ForecastRound", id, &row)?;
        }
        for (id, name) in [
            ("1", "a-b"),
            ("2", "B"),
            ("3", "a_b"),
            ("4", "ab"),
            ("5", "é"),
        ] {
            let mut row = tensora_indexer::zero_row(
                schema
                    .entity("Subnet")
                    .ok_or_else(|| Error::Query("no Subnet".into()))?,
            );
            row.insert("name".into(), json!(name));
            row.insert("active".into(), json!(id != "2"));
            w.set("Subnet", id, &row)?;
        }
        Ok(())
    })?;
    let ids = |q: &Query| -> Result<Vec<String>, Error> {
        Ok(store
            .find(q)?
            .iter()
            .filter_map(|r| r["id"].as_str().map(str::to_owned))
            .collect())
    };
    let mut q = Query::all("ForecastRound");
    q.order_by = Some("prediction".into());
    assert_eq!(ids(&q)?, ["r1", "r2", "r3", "r4", "r5"]);
    q.descending = true;
    assert_eq!(ids(&q)?, ["r5", "r4", "r3", "r2", "r1"]);
    q.filters.push(Filter {
        field: "prediction".into(),
        op: Op::Lt,
        value: json!("0"),
    });
    assert_eq!(ids(&q)?, ["r2", "r1"]);
    // Nulls are smallest either way.
    let mut q = Query::all("ForecastRound");
    q.order_by = Some("realised".into());
    assert_eq!(ids(&q)?.first().map(String::as_str), Some("r4"));
    q.descending = true;
    assert_eq!(ids(&q)?.last().map(String::as_str), Some("r4"));
    let mut q = Query::all("ForecastRound");
    q.filters.push(Filter {
        field: "realised".into(),
        op: Op::Not,
        value: json!("3"),
    });
    assert_eq!(ids(&q)?, ["r2", "r4", "r5"], "`_not` keeps nulls");

    let mut q = Query::all("Subnet");
    q.order_by = Some("name".into());
    assert_eq!(
        ids(&q)?,
        ["2", "1", "3", "4", "5"],
        "byte order: B a-b a_b ab é"
    );
    for (op, value, want) in [
        (Op::Contains, json!("_"), vec!["3"]),
        (Op::StartsWith, json!("a"), vec!["1", "3", "4"]),
        (Op::Gt, json!("a_"), vec!["3", "4", "5"]),
        (Op::In, json!(["B", "é", "x"]), vec!["2", "5"]),
        (Op::NotIn, json!([]), vec!["1", "2", "3", "4", "5"]),
        (Op::In, json!([]), vec![]),
    ] {
        let mut q = Query::all("Subnet");
        q.filters.push(Filter {
            field: "name".into(),
            op,
            value: value.clone(),
        });
        assert_eq!(ids(&q)?, want, "name{} {value}", op.suffix());
    }
    let mut q = Query::all("Subnet");
    q.filters.push(Filter {
        field: "active".into(),
        op: Op::Eq,
        value: json!(false),
    });
    assert_eq!(ids(&q)?, ["2"]);
    q.first = 0;
    assert!(ids(&q)?.is_empty());
    assert_eq!(store.count("Subnet")?, 5);
    Ok(())
}
