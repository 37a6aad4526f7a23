//! Entities in SQLite: one table per entity type of the [`Schema`], one column per stored field,
//! a journal of every write by block so that a reorg rolls back exactly, and the cursor (the last
//! indexed block and its hash) written in the same transaction as the block's entities, so that a
//! process killed at any point resumes with no gap and no duplicate.
//!
//! Values are JSON as GraphQL shows them: `BigInt` a decimal string, `Bytes` a `0x` hex string,
//! `Int` a number, `Boolean`, lists as arrays, references as the referenced entity's id. In the
//! database a `BigInt` is a 78-digit zero-padded decimal (every uint256 fits), so that text order
//! is numeric order.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, params, params_from_iter};
use serde_json::{Map, Value};

use crate::Error;
use crate::schema::{Entity, FieldKind, Scalar, Schema};

/// An entity's values by field name (stored fields only).
pub type Row = Map<String, Value>;

/// A row of `entity` with every stored field at its zero value: `"0"`, `0`, `false`, `"0x"`,
/// `[]`, `""` for strings, ids and references, null where nullable (a new entity's start, before
/// a mapping sets what it knows).
pub fn zero_row(entity: &Entity) -> Row {
    let mut row = Row::new();
    for f in entity.fields.iter().skip(1).filter(|f| f.stored()) {
        let zero = match &f.kind {
            _ if f.nullable => Value::Null,
            FieldKind::Scalar(Scalar::BigInt) => Value::from("0"),
            FieldKind::Scalar(Scalar::Int) => Value::from(0),
            FieldKind::Scalar(Scalar::Boolean) => Value::Bool(false),
            FieldKind::Scalar(Scalar::Bytes) => Value::from("0x"),
            FieldKind::ScalarList(_) => Value::Array(Vec::new()),
            _ => Value::from(""),
        };
        row.insert(f.name.clone(), zero);
    }
    row
}

/// Digits of a stored `BigInt` (2^256 - 1 has 78).
const BIGINT_DIGITS: usize = 78;

/// The last block whose entities are stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    /// Its number.
    pub number: u64,
    /// Its hash (`0x` hex).
    pub hash: String,
}

/// An entity store.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    schema: Schema,
}

fn quote(identifier: &str) -> String {
    format!("\"{}\"", identifier.replace('"', "\"\""))
}

/// The stored form of a `BigInt` given as a decimal string (or a JSON number), signed as The
/// Graph's `BigInt` is. Text that sorts as the number does: a non-negative value is its 78
/// digits, zero-padded; a negative one is `-` and the nines' complement of its magnitude's 78
/// digits (`-` sorts before every digit, and a larger magnitude gives a smaller complement).
fn encode_bigint(v: &Value) -> Result<String, String> {
    let text = match v {
        Value::String(s) => s.clone(),
        Value::Number(n) if n.is_u64() || n.is_i64() => n.to_string(),
        other => return Err(format!("{other} is not a BigInt (a decimal string)")),
    };
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("`{text}` is not a decimal integer"));
    }
    let trimmed = digits.trim_start_matches('0');
    if trimmed.len() > BIGINT_DIGITS {
        return Err(format!("`{text}` is over 78 digits"));
    }
    let padded = format!("{trimmed:0>BIGINT_DIGITS$}");
    if !negative || trimmed.is_empty() {
        return Ok(padded);
    }
    Ok(format!("-{}", nines(&padded)))
}

/// The nines' complement of a string of decimal digits.
fn nines(digits: &str) -> String {
    digits
        .bytes()
        .map(|b| char::from(b'9' - (b - b'0')))
        .collect()
}

fn decode_bigint(s: &str) -> String {
    let (sign, magnitude) = match s.strip_prefix('-') {
        Some(complement) => ("-", nines(complement)),
        None => ("", s.to_owned()),
    };
    let trimmed = magnitude.trim_start_matches('0');
    if trimmed.is_empty() {
        "0".into()
    } else {
        format!("{sign}{trimmed}")
    }
}

fn encode_bytes(v: &Value) -> Result<String, String> {
    let Value::String(s) = v else {
        return Err(format!("{v} is not Bytes (a 0x hex string)"));
    };
    let hex = s
        .strip_prefix("0x")
        .ok_or_else(|| format!("`{s}` is not 0x-prefixed hex"))?;
    if hex.len() % 2 != 0 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(format!("`{s}` is not an even number of hex digits"));
    }
    Ok(format!("0x{}", hex.to_ascii_lowercase()))
}

/// A scalar's SQL value for comparison or storage.
pub(crate) fn encode_scalar(scalar: Scalar, v: &Value) -> Result<rusqlite::types::Value, String> {
    use rusqlite::types::Value as Sql;
    Ok(match scalar {
        Scalar::Id | Scalar::String => match v {
            Value::String(s) => Sql::Text(s.clone()),
            other => return Err(format!("{other} is not a string")),
        },
        Scalar::Bytes => Sql::Text(encode_bytes(v)?),
        Scalar::BigInt => Sql::Text(encode_bigint(v)?),
        Scalar::Int => match v.as_i64() {
            Some(i) if i32::try_from(i).is_ok() => Sql::Integer(i),
            _ => return Err(format!("{v} is not an Int (32-bit)")),
        },
        Scalar::Boolean => match v {
            Value::Bool(b) => Sql::Integer(i64::from(*b)),
            other => return Err(format!("{other} is not a Boolean")),
        },
    })
}

fn decode_scalar(scalar: Scalar, v: rusqlite::types::Value) -> Value {
    use rusqlite::types::Value as Sql;
    match (scalar, v) {
        (_, Sql::Null) => Value::Null,
        (Scalar::BigInt, Sql::Text(s)) => Value::String(decode_bigint(&s)),
        (Scalar::Boolean, Sql::Integer(i)) => Value::Bool(i != 0),
        (Scalar::Int, Sql::Integer(i)) => Value::from(i),
        (_, Sql::Text(s)) => Value::String(s),
        (_, Sql::Integer(i)) => Value::from(i),
        (_, other) => Value::String(format!("{other:?}")),
    }
}

/// The SQL value of one stored field of `entity`.
fn encode_field(
    kind: &FieldKind,
    nullable: bool,
    v: Option<&Value>,
) -> Result<rusqlite::types::Value, String> {
    use rusqlite::types::Value as Sql;
    let v = match v {
        None | Some(Value::Null) if nullable => return Ok(Sql::Null),
        None | Some(Value::Null) => return Err("is missing (it is non-nullable)".into()),
        Some(v) => v,
    };
    match kind {
        FieldKind::Scalar(s) => encode_scalar(*s, v),
        FieldKind::Reference(_) => match v {
            Value::String(s) => Ok(Sql::Text(s.clone())),
            other => Err(format!("{other} is not an entity id")),
        },
        FieldKind::ScalarList(s) => {
            let Value::Array(items) = v else {
                return Err(format!("{v} is not a list"));
            };
            // Validate every item; store the GraphQL form.
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                out.push(decode_scalar(*s, encode_scalar(*s, item)?));
            }
            Ok(Sql::Text(Value::Array(out).to_string()))
        }
        FieldKind::Derived { .. } => Err("is derived, not stored".into()),
    }
}

fn decode_field(kind: &FieldKind, v: rusqlite::types::Value) -> Value {
    use rusqlite::types::Value as Sql;
    match (kind, v) {
        (_, Sql::Null) => Value::Null,
        (FieldKind::Scalar(s), v) => decode_scalar(*s, v),
        (FieldKind::ScalarList(_), Sql::Text(s)) => {
            serde_json::from_str(&s).unwrap_or(Value::Array(Vec::new()))
        }
        (_, Sql::Text(s)) => Value::String(s),
        (_, other) => Value::String(format!("{other:?}")),
    }
}

impl Store {
    /// Opens (or creates) the store at `path` for `schema`.
    pub fn open(path: &Path, schema: Schema) -> Result<Self, Error> {
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        Self::init(conn, schema)
    }

    /// A store in memory (tests, benchmarks).
    pub fn in_memory(schema: Schema) -> Result<Self, Error> {
        Self::init(Connection::open_in_memory()?, schema)
    }

    fn init(conn: Connection, schema: Schema) -> Result<Self, Error> {
        let mut ddl = String::from(
            "CREATE TABLE IF NOT EXISTS _cursor (one INTEGER PRIMARY KEY CHECK (one = 1), number INTEGER NOT NULL, hash TEXT NOT NULL);
             CREATE TABLE IF NOT EXISTS _blocks (number INTEGER PRIMARY KEY, hash TEXT NOT NULL);
             CREATE TABLE IF NOT EXISTS _journal (seq INTEGER PRIMARY KEY AUTOINCREMENT, block INTEGER NOT NULL, entity TEXT NOT NULL, id TEXT NOT NULL, old TEXT);
             CREATE INDEX IF NOT EXISTS _journal_block ON _journal (block);
             CREATE TABLE IF NOT EXISTS _meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);\n",
        );
        for e in &schema.entities {
            let mut columns = vec!["\"id\" TEXT PRIMARY KEY".to_owned()];
            for f in e.fields.iter().skip(1).filter(|f| f.stored()) {
                let ty = match f.kind {
                    FieldKind::Scalar(Scalar::Int | Scalar::Boolean) => "INTEGER",
                    _ => "TEXT",
                };
                columns.push(format!("{} {ty}", quote(&f.name)));
            }
            ddl.push_str(&format!(
                "CREATE TABLE IF NOT EXISTS {} ({});\n",
                quote(&e.name),
                columns.join(", ")
            ));
            for f in &e.fields {
                if matches!(f.kind, FieldKind::Reference(_)) {
                    ddl.push_str(&format!(
                        "CREATE INDEX IF NOT EXISTS {} ON {} ({}, \"id\");\n",
                        quote(&format!("{}_{}", e.name, f.name)),
                        quote(&e.name),
                        quote(&f.name)
                    ));
                }
            }
        }
        conn.execute_batch(&ddl)?;
        Ok(Self { conn, schema })
    }

    /// The schema it stores.
    pub fn schema(&self) -> &Schema {
        &self.schema
    }

    fn entity(&self, name: &str) -> Result<&Entity, Error> {
        self.schema
            .entity(name)
            .ok_or_else(|| Error::Query(format!("no entity type {name}")))
    }

    /// The last indexed block, if any.
    pub fn cursor(&self) -> Result<Option<Cursor>, Error> {
        Ok(self
            .conn
            .query_row("SELECT number, hash FROM _cursor WHERE one = 1", [], |r| {
                Ok(Cursor {
                    number: u64::try_from(r.get::<_, i64>(0)?).unwrap_or(0),
                    hash: r.get(1)?,
                })
            })
            .optional()?)
    }

    /// The hash stored for block `number`, if it is in the reorg window.
    pub fn block_hash(&self, number: u64) -> Result<Option<String>, Error> {
        Ok(self
            .conn
            .query_row(
                "SELECT hash FROM _blocks WHERE number = ?1",
                [i64::try_from(number).unwrap_or(i64::MAX)],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Ties the store to `value` under `key` (the chain id, the registry address): recorded the
    /// first time, refused when the store already holds another value, so that one database
    /// never mixes two chains.
    pub fn bind(&mut self, key: &str, value: &str) -> Result<(), Error> {
        let held: Option<String> = self
            .conn
            .query_row("SELECT value FROM _meta WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?;
        match held {
            Some(h) if h != value => Err(Error::Query(format!(
                "this database indexes {key} {h}, not {value}: use another database file"
            ))),
            Some(_) => Ok(()),
            None => {
                self.conn.execute(
                    "INSERT INTO _meta (key, value) VALUES (?1, ?2)",
                    params![key, value],
                )?;
                Ok(())
            }
        }
    }

    /// The newest `limit` blocks in the reorg window, newest first.
    pub fn recent_blocks(&self, limit: u64) -> Result<Vec<(u64, String)>, Error> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT number, hash FROM _blocks ORDER BY number DESC LIMIT ?1")?;
        let rows = stmt
            .query_map([i64::try_from(limit).unwrap_or(i64::MAX)], |r| {
                Ok((u64::try_from(r.get::<_, i64>(0)?).unwrap_or(0), r.get(1)?))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Writes one block's entities and moves the cursor to it, all or nothing: `f` gets a
    /// [`Writer`]; when it fails, nothing of the block is kept.
    pub fn write_block<T>(
        &mut self,
        number: u64,
        hash: &str,
        f: impl FnOnce(&mut Writer<'_>) -> Result<T, Error>,
    ) -> Result<T, Error> {
        let block = i64::try_from(number).map_err(|_| Error::Query("block number".into()))?;
        let tx = self.conn.transaction()?;
        let mut writer = Writer {
            tx: &tx,
            schema: &self.schema,
            block,
        };
        let out = f(&mut writer)?;
        tx.execute(
            "INSERT OR REPLACE INTO _blocks (number, hash) VALUES (?1, ?2)",
            params![block, hash],
        )?;
        tx.execute(
            "INSERT OR REPLACE INTO _cursor (one, number, hash) VALUES (1, ?1, ?2)",
            params![block, hash],
        )?;
        tx.commit()?;
        Ok(out)
    }

    /// Undoes every block after `number` (a reorg): each written entity gets back the value it
    /// had, created ones are deleted, and the cursor goes back to `number`. Fails when `number`
    /// is older than the kept window ([`Store::prune`]).
    pub fn rollback_to(&mut self, number: u64) -> Result<(), Error> {
        let block = i64::try_from(number).map_err(|_| Error::Query("block number".into()))?;
        let hash = self.block_hash(number)?.ok_or_else(|| {
            Error::Reorg(format!(
                "block {number} is outside the kept window: the reorg is deeper than the store can undo; re-index from scratch"
            ))
        })?;
        let tx = self.conn.transaction()?;
        {
            let mut undo = tx.prepare(
                "SELECT entity, id, old FROM _journal WHERE block > ?1 ORDER BY seq DESC",
            )?;
            let entries: Vec<(String, String, Option<String>)> = undo
                .query_map([block], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<Result<_, _>>()?;
            let mut writer = Writer {
                tx: &tx,
                schema: &self.schema,
                block,
            };
            for (entity, id, old) in entries {
                match old {
                    None => writer.delete_unjournaled(&entity, &id)?,
                    Some(json) => {
                        let row: Row = serde_json::from_str(&json)
                            .map_err(|e| Error::Query(format!("journal entry: {e}")))?;
                        writer.put_unjournaled(&entity, &id, &row)?;
                    }
                }
            }
        }
        tx.execute("DELETE FROM _journal WHERE block > ?1", [block])?;
        tx.execute("DELETE FROM _blocks WHERE number > ?1", [block])?;
        tx.execute(
            "INSERT OR REPLACE INTO _cursor (one, number, hash) VALUES (1, ?1, ?2)",
            params![block, hash],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Forgets the undo journal and block hashes of blocks before `number` (they are final).
    pub fn prune(&mut self, number: u64) -> Result<(), Error> {
        let block = i64::try_from(number).unwrap_or(i64::MAX);
        self.conn
            .execute("DELETE FROM _journal WHERE block < ?1", [block])?;
        self.conn
            .execute("DELETE FROM _blocks WHERE number < ?1", [block])?;
        Ok(())
    }

    /// The entity `entity` with id `id`.
    pub fn get(&self, entity: &str, id: &str) -> Result<Option<Row>, Error> {
        get(&self.conn, self.entity(entity)?, id)
    }

    /// The rows of a query.
    pub fn find(&self, query: &crate::query::Query) -> Result<Vec<Row>, Error> {
        let entity = self.entity(&query.entity)?;
        let (sql, values) = query.sql(entity)?;
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt
            .query_map(params_from_iter(values), |r| read_row(entity, r))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Rows of `entity` (for tests and metrics).
    pub fn count(&self, entity: &str) -> Result<u64, Error> {
        let e = self.entity(entity)?;
        let n: i64 = self.conn.query_row(
            &format!("SELECT COUNT(*) FROM {}", quote(&e.name)),
            [],
            |r| r.get(0),
        )?;
        Ok(u64::try_from(n).unwrap_or(0))
    }
}

fn select_columns(entity: &Entity) -> String {
    entity
        .fields
        .iter()
        .filter(|f| f.stored())
        .map(|f| quote(&f.name))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn read_row(entity: &Entity, r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    let mut row = Row::new();
    for (i, f) in entity.fields.iter().filter(|f| f.stored()).enumerate() {
        let v: rusqlite::types::Value = r.get(i)?;
        row.insert(f.name.clone(), decode_field(&f.kind, v));
    }
    Ok(row)
}

pub(crate) fn select_sql(entity: &Entity) -> String {
    format!(
        "SELECT {} FROM {}",
        select_columns(entity),
        quote(&entity.name)
    )
}

fn get(conn: &Connection, entity: &Entity, id: &str) -> Result<Option<Row>, Error> {
    let sql = format!("{} WHERE \"id\" = ?1", select_sql(entity));
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id], |r| read_row(entity, r))
        .optional()?)
}

/// Writes inside one block's transaction.
#[derive(Debug)]
pub struct Writer<'a> {
    tx: &'a rusqlite::Transaction<'a>,
    schema: &'a Schema,
    block: i64,
}

impl Writer<'_> {
    fn entity(&self, name: &str) -> Result<&Entity, Error> {
        self.schema
            .entity(name)
            .ok_or_else(|| Error::Query(format!("no entity type {name}")))
    }

    /// The entity `entity` with id `id`, as this block has it so far.
    pub fn get(&self, entity: &str, id: &str) -> Result<Option<Row>, Error> {
        get(self.tx, self.entity(entity)?, id)
    }

    /// Stores `row` as entity `entity` `id` (every stored field; `id` is taken from the
    /// argument), journaling what it replaces.
    pub fn set(&mut self, entity: &str, id: &str, row: &Row) -> Result<(), Error> {
        let old = self.get(entity, id)?;
        self.put_unjournaled(entity, id, row)?;
        self.tx.execute(
            "INSERT INTO _journal (block, entity, id, old) VALUES (?1, ?2, ?3, ?4)",
            params![
                self.block,
                entity,
                id,
                old.map(|o| Value::Object(o).to_string())
            ],
        )?;
        Ok(())
    }

    fn put_unjournaled(&mut self, entity: &str, id: &str, row: &Row) -> Result<(), Error> {
        let e = self.entity(entity)?;
        let mut values = vec![rusqlite::types::Value::Text(id.to_owned())];
        for f in e.fields.iter().skip(1).filter(|f| f.stored()) {
            values.push(encode_field(&f.kind, f.nullable, row.get(&f.name)).map_err(
                |message| Error::Value {
                    entity: entity.to_owned(),
                    id: id.to_owned(),
                    message: format!("{}: {message}", f.name),
                },
            )?);
        }
        let placeholders = (1..=values.len())
            .map(|i| format!("?{i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "INSERT OR REPLACE INTO {} ({}) VALUES ({placeholders})",
            quote(&e.name),
            select_columns(e)
        );
        self.tx
            .prepare_cached(&sql)?
            .execute(params_from_iter(values))?;
        Ok(())
    }

    fn delete_unjournaled(&mut self, entity: &str, id: &str) -> Result<(), Error> {
        let e = self.entity(entity)?;
        self.tx.execute(
            &format!("DELETE FROM {} WHERE \"id\" = ?1", quote(&e.name)),
            [id],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{decode_bigint, encode_bigint};

    #[test]
    fn signed_bigints_round_trip_and_sort_as_numbers() {
        let values = [
            "-115792089237316195423570985008687907853269984665640564039457584007913129639935",
            "-20000000000000000",
            "-2",
            "-1",
            "0",
            "1",
            "2",
            "10",
            "115792089237316195423570985008687907853269984665640564039457584007913129639935",
        ];
        let encoded: Vec<String> = values
            .iter()
            .map(|v| encode_bigint(&json!(v)))
            .collect::<Result<_, _>>()
            .unwrap_or_default();
        assert_eq!(encoded.len(), values.len());
        for (v, e) in values.iter().zip(&encoded) {
            assert_eq!(decode_bigint(e), *v);
        }
        let mut sorted = encoded.clone();
        sorted.sort();
        assert_eq!(sorted, encoded, "text order is numeric order");
        assert_eq!(encode_bigint(&json!("-0")), encode_bigint(&json!("0")));
        assert_eq!(encode_bigint(&json!(-3)), encode_bigint(&json!("-3")));
        for bad in ["", "-", "1.5", "--1", "0x10", "+1"] {
            assert!(encode_bigint(&json!(bad)).is_err(), "{bad}");
        }
    }
}
