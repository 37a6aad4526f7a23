//! Tensora's local indexer: the entities of the subgraph's `schema.graphql` kept in SQLite (or
//! PostgreSQL) and served over GraphQL with The Graph's query conventions, so a dApp can move between a
//! graph-node and this indexer without changing a query.
//!
//! - [`schema`]: `subgraph/schema.graphql`, parsed into entity types and fields.
//! - [`store`]: tables per entity in SQLite (one file, the default) or PostgreSQL, writes per
//!   block with an undo journal (reorgs) and a cursor written in the same transaction (resume
//!   after a kill with no gap or duplicate).
//! - [`query`]: collection queries (`where` suffixes, `orderBy`, `first`, `skip`) compiled to SQL.
//! - [`graphql`]: the GraphQL schema graph-node would serve for these entities, with depth,
//!   complexity and row limits.
//! - [`http`]: `POST /graphql` (and `GET /graphql?query=`) on axum.
//! - [`ingest`]: `eth_getLogs` in ranges behind a confirmation depth, new subnets followed as the
//!   subgraph's template does, reorgs undone; [`mappings`]: the subgraph's mappings in Rust;
//!   [`metrics`]: the lifecycle metrics they derive.

pub mod graphql;
pub mod http;
pub mod ingest;
pub mod mappings;
pub mod metrics;
pub mod query;
pub mod schema;
pub mod store;

pub use schema::Schema;
pub use store::{Cursor, Row, Store, zero_row};

/// What went wrong in the indexer.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The schema file is not one this indexer can serve.
    #[error("{0}")]
    Schema(String),
    /// The database (SQLite or PostgreSQL) failed.
    #[error("database: {0}")]
    Db(String),
    /// A value does not fit its field.
    #[error("{entity} {id}: {message}")]
    Value {
        /// The entity type.
        entity: String,
        /// The entity id.
        id: String,
        /// What is wrong.
        message: String,
    },
    /// A query is not one the schema allows.
    #[error("{0}")]
    Query(String),
    /// The RPC failed or returned something unusable.
    #[error("rpc: {0}")]
    Rpc(String),
    /// A chain reorganisation the store cannot undo.
    #[error("{0}")]
    Reorg(String),
}
