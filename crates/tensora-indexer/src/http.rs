//! The GraphQL endpoint on axum: `POST /graphql` with `{"query", "variables", "operationName"}`
//! and `GET /graphql?query=...`, answered as GraphQL responses (errors in `errors`, HTTP 200, as
//! graph-node does); bodies over [`MAX_BODY`] get HTTP 413.

use async_graphql::dynamic::Schema;
use axum::Json;
use axum::extract::{DefaultBodyLimit, Query, State};
use axum::routing::get;

use crate::graphql;

/// Largest request body, bytes.
pub const MAX_BODY: usize = 64 * 1024;

/// `GET` parameters.
#[derive(Debug, serde::Deserialize)]
pub struct GetRequest {
    /// The query text.
    pub query: String,
    /// Variables as a JSON object, if any.
    pub variables: Option<String>,
}

async fn post(
    State(schema): State<Schema>,
    Json(request): Json<async_graphql::Request>,
) -> Json<async_graphql::Response> {
    Json(graphql::execute(&schema, request).await)
}

async fn get_query(
    State(schema): State<Schema>,
    Query(params): Query<GetRequest>,
) -> Json<async_graphql::Response> {
    let mut request = async_graphql::Request::new(params.query);
    if let Some(v) = params.variables {
        match serde_json::from_str(&v) {
            Ok(vars) => request = request.variables(async_graphql::Variables::from_json(vars)),
            Err(e) => {
                return Json(async_graphql::Response::from_errors(vec![
                    async_graphql::ServerError::new(format!("variables are not JSON: {e}"), None),
                ]));
            }
        }
    }
    Json(graphql::execute(&schema, request).await)
}

/// The router: `/graphql`.
pub fn router(schema: Schema) -> axum::Router {
    axum::Router::new()
        .route("/graphql", get(get_query).post(post))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(schema)
}
