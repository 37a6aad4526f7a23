//! The GraphQL API over a store filled by hand: the seeds' discovery query answered as written,
//! The Graph's filter and paging conventions, references and derived lists, `_meta`, the limits
//! that keep a query from exhausting the server, and the served SDL against schema.graphql.

use std::sync::{Arc, Mutex};

use serde_json::{Value, json};
use tensora_indexer::graphql::{self, MAX_ROWS};
use tensora_indexer::{Row, Schema, Store, zero_row};

/// A row of `entity` at its zero values, then `values` over it.
fn row(schema: &Schema, entity: &str, values: Value) -> Row {
    let mut row = zero_row(schema.entity(entity).expect("entity"));
    if let Value::Object(m) = values {
        row.extend(m);
    }
    row
}

struct Fixture {
    schema: async_graphql::dynamic::Schema,
    store: Arc<Mutex<Store>>,
}

impl Fixture {
    async fn ask(&self, query: &str) -> Value {
        let response = graphql::execute(&self.schema, async_graphql::Request::new(query)).await;
        serde_json::to_value(response).expect("json")
    }

    async fn data(&self, query: &str) -> Value {
        let v = self.ask(query).await;
        assert!(v.get("errors").is_none(), "{query}: {v}");
        v["data"].clone()
    }

    async fn error(&self, query: &str) -> String {
        let v = self.ask(query).await;
        v["errors"][0]["message"]
            .as_str()
            .unwrap_or_else(|| panic!("{query} gave no error: {v}"))
            .to_owned()
    }
}

/// The fixture in SQLite, in memory.
fn fixture() -> Fixture {
    fixture_on(Store::in_memory(Schema::subgraph().expect("schema")).expect("store"))
}

/// Three subnets (one deactivated), five miners in subnet 1, at block 7, in `store`.
fn fixture_on(mut store: Store) -> Fixture {
    let schema = store.schema().clone();
    store
        .write_block(7, "0x07", |w| {
            for (id, name, weight, active, created) in [
                ("1", "Linguista", 2000, true, "1700000100"),
                ("2", "Visiona", 3000, true, "1700000200"),
                ("3", "Predictia", 5000, false, "1700000300"),
                ("10", "Predictia-2", 900, true, "900"),
            ] {
                w.set(
                    "Subnet",
                    id,
                    &row(
                        &schema,
                        "Subnet",
                        json!({
                            "name": name, "inferenceType": "nlp", "emissionWeight": weight,
                            "active": active, "createdAt": created, "minerCount": 5,
                            "validatorCount": 1, "totalEmission": format!("{weight}000000000000000000000"),
                            "instance": "0xAbCd", "hyperparameters": format!("{id}-0-0"),
                        }),
                    ),
                )?;
            }
            for uid in 0..5u16 {
                let id = format!("1-0x{uid:040x}");
                w.set(
                    "Miner",
                    &id,
                    &row(
                        &schema,
                        "Miner",
                        json!({"subnet": "1", "uid": uid, "account": format!("0x{uid:040x}"),
                               "endpoint": format!("http://miner-{uid}/infer"), "registered": true,
                               "bond": (100 + u64::from(uid)).to_string()}),
                    ),
                )?;
            }
            Ok(())
        })
        .expect("write");
    let store = Arc::new(Mutex::new(store));
    let schema = graphql::build(Arc::clone(&store), "tensora-test").expect("schema");
    Fixture { schema, store }
}

#[tokio::test]
async fn the_seed_query_is_answered_as_written() {
    seed_query_answered_as_written(&fixture()).await;
}

async fn seed_query_answered_as_written(f: &Fixture) {
    let data = f
        .data(
            r#"{
              subnets(where: { active: true }, orderBy: emissionWeight, orderDirection: desc) {
                id name inferenceType emissionWeight minerCount validatorCount createdAt
              }
            }"#,
        )
        .await;
    assert_eq!(
        data,
        json!({"subnets": [
            {"id": "2", "name": "Visiona", "inferenceType": "nlp", "emissionWeight": 3000,
             "minerCount": 5, "validatorCount": 1, "createdAt": "1700000200"},
            {"id": "1", "name": "Linguista", "inferenceType": "nlp", "emissionWeight": 2000,
             "minerCount": 5, "validatorCount": 1, "createdAt": "1700000100"},
            {"id": "10", "name": "Predictia-2", "inferenceType": "nlp", "emissionWeight": 900,
             "minerCount": 5, "validatorCount": 1, "createdAt": "900"},
        ]})
    );
}

#[tokio::test]
async fn filters_order_and_paging_follow_the_graph() {
    filters_order_and_paging(&fixture()).await;
}

async fn filters_order_and_paging(f: &Fixture) {
    let ids = |data: &Value| -> Vec<String> {
        data["subnets"]
            .as_array()
            .expect("list")
            .iter()
            .map(|s| s["id"].as_str().expect("id").to_owned())
            .collect()
    };
    // BigInt compares as a number, not as text ("900" < "1700000100").
    let d = f
        .data(r#"{ subnets(where: { createdAt_lt: "1700000000" }) { id } }"#)
        .await;
    assert_eq!(ids(&d), ["10"]);
    let d = f
        .data(r#"{ subnets(orderBy: totalEmission, orderDirection: desc) { id } }"#)
        .await;
    assert_eq!(ids(&d), ["3", "2", "1", "10"]);
    for (filter, expected) in [
        (r#"{ emissionWeight_gte: 3000 }"#, vec!["2", "3"]),
        (r#"{ emissionWeight_gt: 3000 }"#, vec!["3"]),
        (r#"{ emissionWeight_lte: 2000 }"#, vec!["1", "10"]),
        (r#"{ id_in: ["1", "3", "99"] }"#, vec!["1", "3"]),
        (r#"{ id_not_in: ["1", "3"] }"#, vec!["10", "2"]),
        (r#"{ id_in: [] }"#, vec![]),
        (r#"{ name_contains: "redict" }"#, vec!["10", "3"]),
        (r#"{ name_contains: "REDICT" }"#, vec![]),
        (r#"{ name_starts_with: "Vis" }"#, vec!["2"]),
        (r#"{ name_not: "Visiona", active: true }"#, vec!["1", "10"]),
        (r#"{ active_not: true }"#, vec!["3"]),
        (r#"{ instance: "0xabcd" }"#, vec!["1", "10", "2", "3"]),
    ] {
        let d = f
            .data(&format!("{{ subnets(where: {filter}) {{ id }} }}"))
            .await;
        assert_eq!(ids(&d), expected, "{filter}");
    }
    // Default order is by id (as text, as graph-node orders String ids); first/skip and id_gt
    // paging walk it without repeats.
    let d = f.data("{ subnets(first: 2) { id } }").await;
    assert_eq!(ids(&d), ["1", "10"]);
    let d = f.data("{ subnets(first: 2, skip: 2) { id } }").await;
    assert_eq!(ids(&d), ["2", "3"]);
    let d = f
        .data(r#"{ subnets(first: 2, where: { id_gt: "10" }) { id } }"#)
        .await;
    assert_eq!(ids(&d), ["2", "3"]);
    let d = f.data("{ subnets(first: 0) { id } }").await;
    assert_eq!(ids(&d), Vec::<String>::new());
}

#[tokio::test]
async fn references_and_derived_lists_resolve() {
    references_and_derived_lists(&fixture()).await;
}

async fn references_and_derived_lists(f: &Fixture) {
    let d = f
        .data(
            r#"{ subnet(id: "1") { name miners(first: 2, orderBy: bond, orderDirection: desc) { uid bond subnet { name } } } }"#,
        )
        .await;
    assert_eq!(
        d,
        json!({"subnet": {"name": "Linguista", "miners": [
            {"uid": 4, "bond": "104", "subnet": {"name": "Linguista"}},
            {"uid": 3, "bond": "103", "subnet": {"name": "Linguista"}},
        ]}})
    );
    let d = f
        .data(r#"{ subnet(id: "2") { miners { uid } } nobody: subnet(id: "404") { id } }"#)
        .await;
    assert_eq!(d, json!({"subnet": {"miners": []}, "nobody": null}));
    let d = f
        .data(r#"{ miners(where: { subnet: "1", uid_in: [1, 2] }) { endpoint } }"#)
        .await;
    assert_eq!(
        d,
        json!({"miners": [{"endpoint": "http://miner-1/infer"}, {"endpoint": "http://miner-2/infer"}]})
    );
}

#[tokio::test]
async fn meta_reports_the_indexed_block() {
    meta_block(&fixture()).await;
}

async fn meta_block(f: &Fixture) {
    let d = f
        .data("{ _meta { block { number hash } deployment hasIndexingErrors } }")
        .await;
    assert_eq!(
        d,
        json!({"_meta": {"block": {"number": 7, "hash": "0x07"}, "deployment": "tensora-test", "hasIndexingErrors": false}})
    );
}

#[tokio::test]
async fn bad_queries_get_errors_and_nothing_breaks() {
    bad_queries(&fixture()).await;
}

async fn bad_queries(f: &Fixture) {
    for (query, why) in [
        ("{ subnets(first: 1001) { id } }", "between 0 and 1000"),
        ("{ subnets(skip: -1) { id } }", "must not be negative"),
        ("{ subnets { nonesuch } }", "nonesuch"),
        (
            "{ subnets(where: { nonesuch_gt: 1 }) { id } }",
            "nonesuch_gt",
        ),
        (
            "{ subnets(where: { active_gt: true }) { id } }",
            "active_gt",
        ),
        // BigInt is signed, as in The Graph ("-5" is a value); a fraction is not an integer.
        (
            "{ subnets(where: { createdAt_gt: \"5.5\" }) { id } }",
            "is not a decimal integer",
        ),
        (
            "{ subnets(where: { instance: \"abc\" }) { id } }",
            "0x-prefixed",
        ),
        ("{ subnets(orderBy: miners) { id } }", "miners"),
        ("{ subnets { id ", "expected"),
        ("", "1:1"),
    ] {
        let e = f.error(query).await;
        assert!(e.contains(why), "{query}: {e}");
    }
    // Too deep: subnet -> miners -> subnet -> miners ... past the depth limit.
    let mut deep = "id".to_owned();
    for _ in 0..8 {
        deep = format!("subnet {{ miners {{ {deep} }} }}");
    }
    let e = f.error(&format!("{{ miners {{ {deep} }} }}")).await;
    assert!(e.contains("nested too deep"), "{e}");
    // Too many fields.
    let wide: String = (0..2100).map(|i| format!("a{i}: id ")).collect();
    let e = f.error(&format!("{{ subnets {{ {wide} }} }}")).await;
    assert!(e.contains("complex"), "{e}");
    // The store still answers.
    assert_eq!(
        f.data("{ subnets(first: 1) { id } }").await["subnets"][0]["id"],
        "1"
    );
}

/// The same answers from a PostgreSQL store (a cluster of the test's own).
#[tokio::test]
async fn on_postgres_the_same_answers() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let cluster = tensora_testkit::postgres::PostgresCluster::start()?;
    let url = cluster.database("graphql")?;
    let f = fixture_on(Store::postgres(&url, Schema::subgraph()?)?);
    seed_query_answered_as_written(&f).await;
    filters_order_and_paging(&f).await;
    references_and_derived_lists(&f).await;
    meta_block(&f).await;
    bad_queries(&f).await;
    Ok(())
}

#[tokio::test]
async fn a_request_cannot_read_more_than_the_row_budget() {
    let f = fixture();
    let schema = f.store.lock().expect("lock").schema().clone();
    // 60 subnets x 1,000 miners: asking for all of them reads 60,000 rows, over the budget.
    f.store
        .lock()
        .expect("lock")
        .write_block(8, "0x08", |w| {
            for s in 100..160 {
                let id = s.to_string();
                w.set(
                    "Subnet",
                    &id,
                    &row(
                        &schema,
                        "Subnet",
                        json!({"name": format!("s{s}"), "hyperparameters": "x"}),
                    ),
                )?;
                for m in 0..1000 {
                    w.set(
                        "Miner",
                        &format!("{s}-{m}"),
                        &row(&schema, "Miner", json!({"subnet": id, "uid": m})),
                    )?;
                }
            }
            Ok(())
        })
        .expect("write");
    let e = f
        .error(
            r#"{ subnets(first: 100, where: { id_gte: "100" }) { miners(first: 1000) { uid } } }"#,
        )
        .await;
    assert!(e.contains(&format!("more than {MAX_ROWS}")), "{e}");
    let d = f
        .data(r#"{ subnets(first: 40, where: { id_gte: "100" }) { miners(first: 1000) { uid } } }"#)
        .await;
    assert_eq!(d["subnets"].as_array().map(Vec::len), Some(40));
}

/// The served schema has every entity type of schema.graphql with the same fields and types,
/// and the collection and single fields graph-node names them with.
#[test]
fn the_served_sdl_is_the_subgraph_schema() {
    use async_graphql_parser::types::{TypeKind, TypeSystemDefinition};
    let f = fixture();
    let served = async_graphql_parser::parse_schema(f.schema.sdl()).expect("served SDL parses");
    let source = async_graphql_parser::parse_schema(tensora_indexer::schema::SCHEMA_GRAPHQL)
        .expect("schema.graphql parses");
    let fields_of = |doc: &async_graphql_parser::types::ServiceDocument, name: &str| {
        doc.definitions.iter().find_map(|d| match d {
            TypeSystemDefinition::Type(t) if t.node.name.node == name => match &t.node.kind {
                TypeKind::Object(o) => Some(
                    o.fields
                        .iter()
                        .map(|f| (f.node.name.node.to_string(), f.node.ty.node.to_string()))
                        .collect::<Vec<_>>(),
                ),
                _ => None,
            },
            _ => None,
        })
    };
    let schema = Schema::subgraph().expect("schema");
    assert_eq!(schema.entities.len(), 21);
    let query = fields_of(&served, "Query").expect("Query");
    for e in &schema.entities {
        assert_eq!(
            fields_of(&served, &e.name),
            fields_of(&source, &e.name),
            "{}",
            e.name
        );
        for name in [e.single(), e.collection()] {
            assert!(query.iter().any(|(n, _)| *n == name), "Query.{name}");
        }
    }
    assert!(
        query
            .iter()
            .any(|(n, t)| n == "subnets" && t == "[Subnet!]!")
    );
}

/// `/graphql` over HTTP: POST and GET answer, errors come back as GraphQL errors, bodies over
/// the limit get 413, and a body that is not a request gets a 4xx.
#[tokio::test]
async fn the_http_endpoint_answers_post_and_get() -> Result<(), Box<dyn std::error::Error>> {
    let f = fixture();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/graphql", listener.local_addr()?);
    let router = tensora_indexer::http::router(f.schema.clone());
    tokio::spawn(async move { axum::serve(listener, router).await });
    let http = reqwest::Client::new();
    let posted: Value = http
        .post(&url)
        .json(&json!({"query": "query($id: ID!) { subnet(id: $id) { name } }", "variables": {"id": "2"}}))
        .send()
        .await?
        .json()
        .await?;
    assert_eq!(posted, json!({"data": {"subnet": {"name": "Visiona"}}}));
    let got: Value = http
        .get(format!(
            "{url}?query={}",
            "{ subnets(first: 1) { id } }"
                .bytes()
                .map(|b| if b.is_ascii_alphanumeric() {
                    char::from(b).to_string()
                } else {
                    format!("%{b:02X}")
                })
                .collect::<String>()
        ))
        .send()
        .await?
        .json()
        .await?;
    assert_eq!(got, json!({"data": {"subnets": [{"id": "1"}]}}));
    let bad: Value = http
        .post(&url)
        .json(&json!({"query": "{ subnets(first: 5000) { id } }"}))
        .send()
        .await?
        .json()
        .await?;
    assert!(
        bad["errors"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("1000")),
        "{bad}"
    );
    let big = http
        .post(&url)
        .header("content-type", "application/json")
        .body(format!(
            "{{\"query\": \"{}\"}}",
            "x".repeat(tensora_indexer::http::MAX_BODY)
        ))
        .send()
        .await?;
    assert_eq!(big.status(), 413);
    let garbage = http
        .post(&url)
        .header("content-type", "application/json")
        .body("[1, 2")
        .send()
        .await?;
    assert!(garbage.status().is_client_error(), "{}", garbage.status());
    Ok(())
}
