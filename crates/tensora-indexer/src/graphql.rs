//! The GraphQL API, built from the [`Schema`] as graph-node builds a subgraph's: per entity type
//! `E`, the object type `E` (references resolve to the entity, `@derivedFrom` lists to the
//! entities that point here, with the collection arguments), `Query.e(id)` and
//! `Query.es(first, skip, orderBy, orderDirection, where)`, the `E_filter` input and the
//! `E_orderBy` enum; `_meta { block { number hash } deployment hasIndexingErrors }`.
//!
//! Limits, so that no query can exhaust the server: depth [`MAX_DEPTH`], complexity
//! [`MAX_COMPLEXITY`] (fields counted), `first` at most 1000, and at most [`MAX_ROWS`] rows read
//! per request over all its lists.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use async_graphql::dynamic::{
    Enum, Field, FieldFuture, FieldValue, InputObject, InputValue, Object, ResolverContext,
    Scalar as GqlScalar, Schema as GqlSchema, TypeRef,
};
use async_graphql::{Name, Value as GqlValue};
use serde_json::Value;

use crate::query::{DEFAULT_FIRST, Filter, Op, Query};
use crate::schema::{Entity, FieldKind, Scalar, Schema};
use crate::store::{Row, Store};

/// Deepest selection a query may nest.
pub const MAX_DEPTH: usize = 12;
/// Most fields a query may select, counted over its whole text.
pub const MAX_COMPLEXITY: usize = 2_000;
/// Most entity rows one request may read over all its lists.
pub const MAX_ROWS: usize = 50_000;

/// The store as the API shares it.
pub type SharedStore = Arc<Mutex<Store>>;

/// What `_meta.deployment` reports.
#[derive(Debug, Clone)]
pub struct Deployment(pub String);

/// Rows read so far by one request.
#[derive(Debug, Default)]
pub struct RowBudget(AtomicUsize);

fn lock(store: &SharedStore) -> async_graphql::Result<std::sync::MutexGuard<'_, Store>> {
    store
        .lock()
        .map_err(|_| async_graphql::Error::new("the store is unavailable (a writer panicked)"))
}

fn gql_type(scalar: Scalar) -> &'static str {
    match scalar {
        Scalar::Id => TypeRef::ID,
        Scalar::String => TypeRef::STRING,
        Scalar::Int => TypeRef::INT,
        Scalar::Boolean => TypeRef::BOOLEAN,
        Scalar::Bytes => "Bytes",
        Scalar::BigInt => "BigInt",
    }
}

fn field_type(kind: &FieldKind, nullable: bool) -> TypeRef {
    match (kind, nullable) {
        (FieldKind::Scalar(s), false) => TypeRef::named_nn(gql_type(*s)),
        (FieldKind::Scalar(s), true) => TypeRef::named(gql_type(*s)),
        (FieldKind::Reference(e), false) => TypeRef::named_nn(e.as_str()),
        (FieldKind::Reference(e), true) => TypeRef::named(e.as_str()),
        (FieldKind::ScalarList(s), false) => TypeRef::named_nn_list_nn(gql_type(*s)),
        (FieldKind::ScalarList(s), true) => TypeRef::named_nn_list(gql_type(*s)),
        (FieldKind::Derived { entity, .. }, _) => TypeRef::named_nn_list_nn(entity.as_str()),
    }
}

/// The type of a filter on a field of this kind (references filter by id, as strings).
fn filter_scalar(kind: &FieldKind) -> &'static str {
    match kind {
        FieldKind::Scalar(s) => gql_type(*s),
        _ => TypeRef::STRING,
    }
}

/// The collection arguments of entity `e` (on `Query` and on derived fields).
fn collection_arguments(field: Field, e: &Entity) -> Field {
    field
        .argument(InputValue::new("skip", TypeRef::named(TypeRef::INT)).default_value(0))
        .argument(
            InputValue::new("first", TypeRef::named(TypeRef::INT))
                .default_value(i32::try_from(DEFAULT_FIRST).unwrap_or(100)),
        )
        .argument(InputValue::new(
            "orderBy",
            TypeRef::named(format!("{}_orderBy", e.name)),
        ))
        .argument(InputValue::new(
            "orderDirection",
            TypeRef::named("OrderDirection"),
        ))
        .argument(InputValue::new(
            "where",
            TypeRef::named(format!("{}_filter", e.name)),
        ))
}

/// The query a collection field's arguments describe, plus `fixed` filters.
fn collection_query(
    e: &Entity,
    ctx: &ResolverContext<'_>,
    fixed: Vec<Filter>,
) -> async_graphql::Result<Query> {
    let int = |name: &str, default: usize| -> async_graphql::Result<usize> {
        match ctx.args.get(name) {
            None => Ok(default),
            Some(v) if v.is_null() => Ok(default),
            Some(v) => usize::try_from(v.i64()?)
                .map_err(|_| async_graphql::Error::new(format!("`{name}` must not be negative"))),
        }
    };
    let mut query = Query::all(&e.name);
    query.first = int("first", DEFAULT_FIRST)?;
    query.skip = int("skip", 0)?;
    if let Some(v) = ctx.args.get("orderBy").filter(|v| !v.is_null()) {
        query.order_by = Some(v.enum_name()?.to_owned());
    }
    if let Some(v) = ctx.args.get("orderDirection").filter(|v| !v.is_null()) {
        query.descending = v.enum_name()? == "desc";
    }
    query.filters = fixed;
    if let Some(w) = ctx.args.get("where").filter(|v| !v.is_null()) {
        for (key, value) in w.object()?.iter() {
            let (field, op) = split_filter(e, key.as_str()).ok_or_else(|| {
                async_graphql::Error::new(format!("unknown filter `{key}` on {}", e.name))
            })?;
            query.filters.push(Filter {
                field,
                op,
                value: value.as_value().clone().into_json()?,
            });
        }
    }
    Ok(query)
}

/// `emissionWeight_gte` -> (`emissionWeight`, `Gte`).
fn split_filter(e: &Entity, key: &str) -> Option<(String, Op)> {
    if e.field(key).is_some_and(|f| f.stored()) {
        return Some((key.to_owned(), Op::Eq));
    }
    Op::SUFFIXES.iter().find_map(|(suffix, op)| {
        key.strip_suffix(suffix)
            .filter(|field| e.field(field).is_some_and(|f| f.stored()))
            .map(|field| (field.to_owned(), *op))
    })
}

/// Reads `query`, charging its rows to the request's budget.
fn run(ctx: &ResolverContext<'_>, query: &Query) -> async_graphql::Result<Vec<Row>> {
    let store = ctx.data::<SharedStore>()?;
    let rows = lock(store)?
        .find(query)
        .map_err(|e| async_graphql::Error::new(e.to_string()))?;
    if let Ok(budget) = ctx.data::<RowBudget>() {
        let used = budget.0.fetch_add(rows.len(), Ordering::Relaxed) + rows.len();
        if used > MAX_ROWS {
            return Err(async_graphql::Error::new(format!(
                "the query reads more than {MAX_ROWS} entities: ask for fewer (smaller `first`, fewer nested lists)"
            )));
        }
    }
    Ok(rows)
}

fn rows_value(rows: Vec<Row>) -> FieldValue<'static> {
    FieldValue::list(rows.into_iter().map(FieldValue::owned_any))
}

fn parent_row<'a>(ctx: &'a ResolverContext<'_>) -> async_graphql::Result<&'a Row> {
    ctx.parent_value.try_downcast_ref::<Row>()
}

fn entity_object(schema: &Schema, e: &Entity) -> Object {
    let mut object = Object::new(e.name.as_str());
    if let Some(d) = &e.description {
        object = object.description(d.as_str());
    }
    for f in &e.fields {
        let name = f.name.clone();
        let mut field = match &f.kind {
            FieldKind::Scalar(_) | FieldKind::ScalarList(_) => Field::new(
                f.name.as_str(),
                field_type(&f.kind, f.nullable),
                move |ctx| {
                    let name = name.clone();
                    FieldFuture::new(async move {
                        let row = parent_row(&ctx)?;
                        // A null (a nullable list included) is no value, not a null value.
                        match row.get(&name).cloned().unwrap_or(Value::Null) {
                            Value::Null => Ok(None),
                            v => Ok(Some(GqlValue::from_json(v)?)),
                        }
                    })
                },
            ),
            FieldKind::Reference(target) => {
                let target = target.clone();
                Field::new(
                    f.name.as_str(),
                    field_type(&f.kind, f.nullable),
                    move |ctx| {
                        let (name, target) = (name.clone(), target.clone());
                        FieldFuture::new(async move {
                            let row = parent_row(&ctx)?;
                            let Some(Value::String(id)) = row.get(&name) else {
                                return Ok(None);
                            };
                            let store = ctx.data::<SharedStore>()?;
                            let found = lock(store)?
                                .get(&target, id)
                                .map_err(|e| async_graphql::Error::new(e.to_string()))?;
                            Ok(found.map(FieldValue::owned_any))
                        })
                    },
                )
            }
            FieldKind::Derived { entity, field } => {
                let Some(target) = schema.entity(entity).cloned() else {
                    continue;
                };
                let back = field.clone();
                let f2 = Field::new(
                    f.name.as_str(),
                    field_type(&f.kind, f.nullable),
                    move |ctx| {
                        let (target, back) = (target.clone(), back.clone());
                        FieldFuture::new(async move {
                            let id = parent_row(&ctx)?.get("id").cloned().unwrap_or(Value::Null);
                            let fixed = vec![Filter {
                                field: back,
                                op: Op::Eq,
                                value: id,
                            }];
                            let query = collection_query(&target, &ctx, fixed)?;
                            Ok(Some(rows_value(run(&ctx, &query)?)))
                        })
                    },
                );
                match schema.entity(entity) {
                    Some(t) => collection_arguments(f2, t),
                    None => f2,
                }
            }
        };
        if let Some(d) = &f.description {
            field = field.description(d.as_str());
        }
        object = object.field(field);
    }
    object
}

fn filter_input(e: &Entity) -> InputObject {
    let mut input = InputObject::new(format!("{}_filter", e.name));
    for f in e.fields.iter().filter(|f| f.stored()) {
        let ty = filter_scalar(&f.kind);
        for op in Op::for_field(&f.kind) {
            let name = format!("{}{}", f.name, op.suffix());
            let ty = match op {
                Op::In | Op::NotIn => TypeRef::named_nn_list(ty),
                _ => TypeRef::named(ty),
            };
            input = input.field(InputValue::new(name, ty));
        }
    }
    input
}

fn order_enum(e: &Entity) -> Enum {
    Enum::new(format!("{}_orderBy", e.name)).items(
        e.fields
            .iter()
            .filter(|f| matches!(f.kind, FieldKind::Scalar(_) | FieldKind::Reference(_)))
            .map(|f| f.name.clone()),
    )
}

/// The GraphQL schema over `store`, reporting `deployment` in `_meta`.
pub fn build(store: SharedStore, deployment: &str) -> Result<GqlSchema, crate::Error> {
    let schema = lock(&store)
        .map_err(|e| crate::Error::Schema(e.message))?
        .schema()
        .clone();
    let mut query = Object::new("Query");
    let mut builder = GqlSchema::build("Query", None, None);
    for e in &schema.entities {
        let single = e.clone();
        query = query.field(
            Field::new(e.single(), TypeRef::named(e.name.as_str()), move |ctx| {
                let e = single.clone();
                FieldFuture::new(async move {
                    let id = ctx.args.try_get("id")?.string()?.to_owned();
                    let store = ctx.data::<SharedStore>()?;
                    let found = lock(store)?
                        .get(&e.name, &id)
                        .map_err(|err| async_graphql::Error::new(err.to_string()))?;
                    Ok(found.map(FieldValue::owned_any))
                })
            })
            .argument(InputValue::new("id", TypeRef::named_nn(TypeRef::ID))),
        );
        let many = e.clone();
        query = query.field(collection_arguments(
            Field::new(
                e.collection(),
                TypeRef::named_nn_list_nn(e.name.as_str()),
                move |ctx| {
                    let e = many.clone();
                    FieldFuture::new(async move {
                        let q = collection_query(&e, &ctx, Vec::new())?;
                        Ok(Some(rows_value(run(&ctx, &q)?)))
                    })
                },
            ),
            e,
        ));
        builder = builder
            .register(entity_object(&schema, e))
            .register(filter_input(e))
            .register(order_enum(e));
    }
    query = query.field(Field::new("_meta", TypeRef::named("_Meta_"), |ctx| {
        FieldFuture::new(async move {
            let store = ctx.data::<SharedStore>()?;
            let cursor = lock(store)?
                .cursor()
                .map_err(|e| async_graphql::Error::new(e.to_string()))?;
            let deployment = ctx.data::<Deployment>()?.0.clone();
            let block = cursor.map(|c| {
                let mut m = async_graphql::indexmap::IndexMap::new();
                m.insert(Name::new("number"), GqlValue::from(c.number));
                m.insert(Name::new("hash"), GqlValue::from(c.hash));
                GqlValue::Object(m)
            });
            let mut meta = async_graphql::indexmap::IndexMap::new();
            meta.insert(
                Name::new("block"),
                block.unwrap_or_else(|| {
                    let mut m = async_graphql::indexmap::IndexMap::new();
                    m.insert(Name::new("number"), GqlValue::from(0));
                    m.insert(Name::new("hash"), GqlValue::Null);
                    GqlValue::Object(m)
                }),
            );
            meta.insert(Name::new("deployment"), GqlValue::from(deployment));
            meta.insert(Name::new("hasIndexingErrors"), GqlValue::from(false));
            Ok(Some(FieldValue::owned_any(GqlValue::Object(meta))))
        })
    }));
    let value_field = |name: &'static str, ty: TypeRef| {
        Field::new(name, ty, move |ctx| {
            FieldFuture::new(async move {
                let v = ctx.parent_value.try_downcast_ref::<GqlValue>()?;
                let GqlValue::Object(m) = v else {
                    return Ok(None);
                };
                Ok(m.get(name).cloned().map(|v| match v {
                    GqlValue::Object(_) => FieldValue::owned_any(v),
                    other => FieldValue::value(other),
                }))
            })
        })
    };
    let block = Object::new("_Block_")
        .field(value_field("number", TypeRef::named_nn(TypeRef::INT)))
        .field(value_field("hash", TypeRef::named("Bytes")));
    let meta = Object::new("_Meta_")
        .field(value_field("block", TypeRef::named_nn("_Block_")))
        .field(value_field(
            "deployment",
            TypeRef::named_nn(TypeRef::STRING),
        ))
        .field(value_field(
            "hasIndexingErrors",
            TypeRef::named_nn(TypeRef::BOOLEAN),
        ));
    builder
        .register(query)
        .register(block)
        .register(meta)
        .register(Enum::new("OrderDirection").items(["asc", "desc"]))
        .register(
            GqlScalar::new("BigInt").description("An integer of any size, as a decimal string"),
        )
        .register(GqlScalar::new("Bytes").description("Bytes as a 0x-prefixed hex string"))
        .data(store)
        .data(Deployment(deployment.to_owned()))
        .limit_depth(MAX_DEPTH)
        .limit_complexity(MAX_COMPLEXITY)
        .finish()
        .map_err(|e| crate::Error::Schema(format!("building the GraphQL schema: {e}")))
}

/// Runs one request with its own row budget.
pub async fn execute(
    schema: &GqlSchema,
    request: async_graphql::Request,
) -> async_graphql::Response {
    schema.execute(request.data(RowBudget::default())).await
}
