//! The store's guarantees: a block is written whole or not at all, a rollback undoes exactly the
//! blocks after its target, the cursor survives a reopen, and values are checked against the
//! schema.

use serde_json::{Value, json};
use tensora_indexer::query::{Filter, Op, Query};
use tensora_indexer::{Cursor, Error, Row, Schema, Store};

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

#[test]
fn rollback_undoes_exactly_the_blocks_after_the_target() -> Result<(), Error> {
    let mut store = Store::in_memory(Schema::subgraph()?)?;
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

#[test]
fn a_failed_block_leaves_nothing_and_the_cursor_where_it_was() -> Result<(), Error> {
    let mut store = Store::in_memory(Schema::subgraph()?)?;
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

#[test]
fn values_are_checked_against_the_schema() -> Result<(), Error> {
    let mut store = Store::in_memory(Schema::subgraph()?)?;
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

#[test]
fn the_cursor_and_entities_survive_a_reopen() -> Result<(), Error> {
    let dir = std::env::temp_dir().join(format!("tensora-indexer-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| Error::Query(e.to_string()))?;
    let path = dir.join("index.sqlite");
    {
        let mut store = Store::open(&path, Schema::subgraph()?)?;
        store.write_block(42, "0x2a", |w| {
            w.set("GlobalTrust", "0xa", &trust("7", "42"))
        })?;
    }
    let store = Store::open(&path, Schema::subgraph()?)?;
    assert_eq!(
        store.cursor()?,
        Some(Cursor {
            number: 42,
            hash: "0x2a".into()
        })
    );
    assert_eq!(trust_of(&store, "0xa").as_deref(), Some("7"));
    let mut store = store;
    store.bind("chain", "901")?;
    store.bind("chain", "901")?;
    let e = store.bind("chain", "56").expect_err("another chain");
    assert!(e.to_string().contains("indexes chain 901, not 56"), "{e}");
    drop(store);
    std::fs::remove_dir_all(&dir).map_err(|e| Error::Query(e.to_string()))?;
    Ok(())
}
