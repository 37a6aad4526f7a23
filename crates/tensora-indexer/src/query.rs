//! Collection queries with The Graph's conventions, compiled to SQL: `where` filters on stored
//! fields with the suffixes `_not _gt _lt _gte _lte _in _not_in _contains _starts_with` (plain
//! name: equals), `orderBy` one field (ties, and no `orderBy`, by `id`), `orderDirection`,
//! `first` (default 100, at most 1000) and `skip`. Field names come from the schema and values
//! are bound as parameters: nothing a client writes reaches the SQL text.

use serde_json::Value;

use crate::Error;
use crate::schema::{Entity, FieldKind, Scalar};
use crate::store::backend::{Dialect, Sql};
use crate::store::{encode_scalar, select_sql};

/// Rows returned when a query says no `first`.
pub const DEFAULT_FIRST: usize = 100;
/// Most rows a query may ask for.
pub const MAX_FIRST: usize = 1000;
/// Most rows a query may skip (as graph-node bounds it).
pub const MAX_SKIP: usize = 5000;

/// A filter's comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// `field`
    Eq,
    /// `field_not`
    Not,
    /// `field_gt`
    Gt,
    /// `field_lt`
    Lt,
    /// `field_gte`
    Gte,
    /// `field_lte`
    Lte,
    /// `field_in`
    In,
    /// `field_not_in`
    NotIn,
    /// `field_contains` (strings)
    Contains,
    /// `field_starts_with` (strings)
    StartsWith,
}

impl Op {
    /// Every suffix, longest first (so `_not_in` is not read as `_in`).
    pub const SUFFIXES: [(&'static str, Op); 9] = [
        ("_starts_with", Op::StartsWith),
        ("_contains", Op::Contains),
        ("_not_in", Op::NotIn),
        ("_not", Op::Not),
        ("_gte", Op::Gte),
        ("_lte", Op::Lte),
        ("_gt", Op::Gt),
        ("_lt", Op::Lt),
        ("_in", Op::In),
    ];

    /// The operations a field of this kind supports (The Graph's: order comparisons for
    /// numbers, strings and ids; text matching for strings).
    pub fn for_field(kind: &FieldKind) -> &'static [Op] {
        use Op::*;
        match kind {
            FieldKind::Scalar(Scalar::Boolean) => &[Eq, Not, In, NotIn],
            FieldKind::Scalar(Scalar::String) => {
                &[Eq, Not, Gt, Lt, Gte, Lte, In, NotIn, Contains, StartsWith]
            }
            FieldKind::Scalar(_) | FieldKind::Reference(_) => {
                &[Eq, Not, Gt, Lt, Gte, Lte, In, NotIn]
            }
            FieldKind::ScalarList(_) | FieldKind::Derived { .. } => &[],
        }
    }

    /// Its suffix (`""` for equality).
    pub fn suffix(self) -> &'static str {
        Self::SUFFIXES
            .iter()
            .find(|(_, op)| *op == self)
            .map_or("", |(s, _)| s)
    }
}

/// One `where` condition.
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    /// The field compared.
    pub field: String,
    /// How.
    pub op: Op,
    /// With what (a list for `_in` / `_not_in`).
    pub value: Value,
}

/// A collection query on one entity type.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    /// The entity type.
    pub entity: String,
    /// All must hold.
    pub filters: Vec<Filter>,
    /// The field to order by (`id` when `None`).
    pub order_by: Option<String>,
    /// Descending order.
    pub descending: bool,
    /// Rows to return, at most [`MAX_FIRST`].
    pub first: usize,
    /// Rows to skip first, at most [`MAX_SKIP`].
    pub skip: usize,
}

impl Query {
    /// All rows of `entity` (the first [`DEFAULT_FIRST`] by id).
    pub fn all(entity: &str) -> Self {
        Self {
            entity: entity.to_owned(),
            filters: Vec::new(),
            order_by: None,
            descending: false,
            first: DEFAULT_FIRST,
            skip: 0,
        }
    }

    /// The SQL (in `dialect`) and its parameters.
    pub(crate) fn sql(
        &self,
        entity: &Entity,
        dialect: Dialect,
    ) -> Result<(String, Vec<Sql>), Error> {
        if self.first > MAX_FIRST {
            return Err(Error::Query(format!(
                "The `first` argument must be between 0 and {MAX_FIRST}, but is {}",
                self.first
            )));
        }
        if self.skip > MAX_SKIP {
            return Err(Error::Query(format!(
                "The `skip` argument must be between 0 and {MAX_SKIP}, but is {}",
                self.skip
            )));
        }
        let mut sql = select_sql(entity);
        let mut values: Vec<Sql> = Vec::new();
        let mut conditions = Vec::new();
        for filter in &self.filters {
            let field = entity.field(&filter.field).ok_or_else(|| {
                Error::Query(format!("{} has no field `{}`", entity.name, filter.field))
            })?;
            if !Op::for_field(&field.kind).contains(&filter.op) {
                return Err(Error::Query(format!(
                    "`{}{}` is not a filter of {}",
                    filter.field,
                    filter.op.suffix(),
                    entity.name
                )));
            }
            let scalar = match &field.kind {
                FieldKind::Scalar(s) => *s,
                _ => Scalar::Id,
            };
            let bad =
                |e: String| Error::Query(format!("`{}{}`: {e}", filter.field, filter.op.suffix()));
            let column = format!("\"{}\"", field.name);
            match filter.op {
                Op::In | Op::NotIn => {
                    let Value::Array(items) = &filter.value else {
                        return Err(bad("expects a list".into()));
                    };
                    if items.is_empty() {
                        // Nothing is in the empty list; everything is not in it.
                        conditions
                            .push(if filter.op == Op::In { "FALSE" } else { "TRUE" }.to_owned());
                        continue;
                    }
                    let mut marks = Vec::with_capacity(items.len());
                    for item in items {
                        values.push(encode_scalar(scalar, item).map_err(bad)?);
                        marks.push(format!("?{}", values.len()));
                    }
                    let not = if filter.op == Op::NotIn { "NOT " } else { "" };
                    conditions.push(format!("{column} {not}IN ({})", marks.join(", ")));
                }
                Op::Contains => {
                    values.push(encode_scalar(scalar, &filter.value).map_err(bad)?);
                    conditions.push(dialect.contains(&column, values.len()));
                }
                Op::StartsWith => {
                    values.push(encode_scalar(scalar, &filter.value).map_err(bad)?);
                    conditions.push(dialect.starts_with(&column, values.len()));
                }
                op => {
                    if filter.value.is_null() {
                        conditions.push(format!(
                            "{column} IS {}NULL",
                            if op == Op::Not { "NOT " } else { "" }
                        ));
                        continue;
                    }
                    values.push(encode_scalar(scalar, &filter.value).map_err(bad)?);
                    let cmp = match op {
                        Op::Eq => "=",
                        Op::Not => "IS DISTINCT FROM",
                        Op::Gt => ">",
                        Op::Lt => "<",
                        Op::Gte => ">=",
                        _ => "<=",
                    };
                    conditions.push(format!("{column} {cmp} ?{}", values.len()));
                }
            }
        }
        if !conditions.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&conditions.join(" AND "));
        }
        // Nulls count as smallest (SQLite's order), spelled out so PostgreSQL agrees.
        let direction = if self.descending {
            "DESC NULLS LAST"
        } else {
            "ASC NULLS FIRST"
        };
        let id_direction = if self.descending { "DESC" } else { "ASC" };
        match &self.order_by {
            Some(name) if name != "id" => {
                let field = entity.field(name).ok_or_else(|| {
                    Error::Query(format!("{} has no field `{name}` to order by", entity.name))
                })?;
                if !matches!(field.kind, FieldKind::Scalar(_) | FieldKind::Reference(_)) {
                    return Err(Error::Query(format!(
                        "{}.{name} is a list: it cannot order",
                        entity.name
                    )));
                }
                sql.push_str(&format!(
                    " ORDER BY \"{}\" {direction}, \"id\" {id_direction}",
                    field.name
                ));
            }
            _ => sql.push_str(&format!(" ORDER BY \"id\" {id_direction}")),
        }
        sql.push_str(&format!(" LIMIT {} OFFSET {}", self.first, self.skip));
        Ok((sql, values))
    }
}
