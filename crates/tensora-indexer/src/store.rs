//! Entities in SQL: one table per entity type of the [`Schema`], one column per stored field,
//! a journal of every write by block so that a reorg rolls back exactly, and the cursor (the last
//! indexed block and its hash) written in the same transaction as the block's entities, so that a
//! process killed at any point resumes with no gap and no duplicate.
//!
//! Values are JSON as GraphQL shows them: `BigInt` a decimal string, `Bytes` a `0x` hex string,
//! `Int` a number, `Boolean`, lists as arrays, references as the referenced entity's id. In the
//! database a `BigInt` is a 78-digit zero-padded decimal (every uint256 fits), so that text order
//! is numeric order (PostgreSQL's text columns use the `C` collation for that).
//!
//! The database is SQLite by default ([`Store::open`]: one file, no server) or PostgreSQL
//! ([`Store::postgres`]); both run the same statements through [`backend::Backend`], and the
//! store's tests run on both.

pub mod backend;
pub mod postgres;
pub mod sqlite;

use std::path::Path;

use serde_json::{Map, Value};

use crate::Error;
use crate::schema::{Entity, FieldKind, Scalar, Schema};
use backend::{Backend, Sql};

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
    db: Box<dyn Backend>,
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
pub(crate) fn encode_scalar(scalar: Scalar, v: &Value) -> Result<Sql, String> {
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

fn decode_scalar(scalar: Scalar, v: Sql) -> Value {
    match (scalar, v) {
        (_, Sql::Null) => Value::Null,
        (Scalar::BigInt, Sql::Text(s)) => Value::String(decode_bigint(&s)),
        (Scalar::Boolean, Sql::Integer(i)) => Value::Bool(i != 0),
        (Scalar::Int, Sql::Integer(i)) => Value::from(i),
        (_, Sql::Text(s)) => Value::String(s),
        (_, Sql::Integer(i)) => Value::from(i),
    }
}

/// The SQL value of one stored field of `entity`.
fn encode_field(kind: &FieldKind, nullable: bool, v: Option<&Value>) -> Result<Sql, String> {
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

fn decode_field(kind: &FieldKind, v: Sql) -> Value {
    match (kind, v) {
        (_, Sql::Null) => Value::Null,
        (FieldKind::Scalar(s), v) => decode_scalar(*s, v),
        (FieldKind::ScalarList(_), Sql::Text(s)) => {
            serde_json::from_str(&s).unwrap_or(Value::Array(Vec::new()))
        }
        (_, Sql::Text(s)) => Value::String(s),
        (_, Sql::Integer(i)) => Value::from(i),
    }
}

/// The number of a block as the database stores it.
fn block_number(number: u64) -> Result<Sql, Error> {
    i64::try_from(number)
        .map(Sql::Integer)
        .map_err(|_| Error::Query(format!("block {number} is past what the store can hold")))
}

/// An integer read back from the store.
fn integer(v: &Sql) -> Result<i64, Error> {
    match v {
        Sql::Integer(i) => Ok(*i),
        other => Err(Error::Db(format!("expected an integer, read {other:?}"))),
    }
}

/// Text read back from the store.
fn text(v: Sql) -> Result<String, Error> {
    match v {
        Sql::Text(s) => Ok(s),
        other => Err(Error::Db(format!("expected text, read {other:?}"))),
    }
}

impl Store {
    /// Opens (or creates) the SQLite store at `path` for `schema`.
    pub fn open(path: &Path, schema: Schema) -> Result<Self, Error> {
        Self::on(Box::new(sqlite::Sqlite::open(path)?), schema)
    }

    /// A SQLite store in memory (tests, benchmarks).
    pub fn in_memory(schema: Schema) -> Result<Self, Error> {
        Self::on(Box::new(sqlite::Sqlite::in_memory()?), schema)
    }

    /// Opens (or creates) the store in the PostgreSQL database at `url` (see
    /// [`postgres::Postgres::connect`]; the URL is never printed).
    pub fn postgres(url: &str, schema: Schema) -> Result<Self, Error> {
        Self::on(Box::new(postgres::Postgres::connect(url)?), schema)
    }

    /// The store on `db`: its tables are created if they are not there.
    fn on(db: Box<dyn Backend>, schema: Schema) -> Result<Self, Error> {
        let d = db.dialect();
        let (int, text) = (d.integer(), d.text());
        let mut ddl = format!(
            "CREATE TABLE IF NOT EXISTS _cursor (one {int} PRIMARY KEY CHECK (one = 1), number {int} NOT NULL, hash {text} NOT NULL);
             CREATE TABLE IF NOT EXISTS _blocks (number {int} PRIMARY KEY, hash {text} NOT NULL);
             CREATE TABLE IF NOT EXISTS _journal (seq {serial}, block {int} NOT NULL, entity {text} NOT NULL, id {text} NOT NULL, old {text});
             CREATE INDEX IF NOT EXISTS _journal_block ON _journal (block);
             CREATE TABLE IF NOT EXISTS _meta (key {text} PRIMARY KEY, value {text} NOT NULL);\n",
            serial = d.serial_key(),
        );
        for e in &schema.entities {
            let mut columns = vec![format!("\"id\" {text} PRIMARY KEY")];
            for f in e.fields.iter().skip(1).filter(|f| f.stored()) {
                let ty = match f.kind {
                    FieldKind::Scalar(Scalar::Int | Scalar::Boolean) => int,
                    _ => text,
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
        db.batch(&ddl)?;
        Ok(Self { db, schema })
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

    /// Runs `f` in one transaction: all of its writes are kept, or none.
    fn transaction<T>(&self, f: impl FnOnce(&dyn Backend) -> Result<T, Error>) -> Result<T, Error> {
        self.db.begin()?;
        let out = f(&*self.db).and_then(|out| self.db.commit().map(|()| out));
        if let Err(e) = out {
            // A failed statement or COMMIT leaves the transaction open: drop it.
            return Err(match self.db.rollback() {
                Ok(()) => e,
                Err(r) => Error::Db(format!("{e}; and the rollback after it failed: {r}")),
            });
        }
        out
    }

    /// The last indexed block, if any.
    pub fn cursor(&self) -> Result<Option<Cursor>, Error> {
        let mut rows = self
            .db
            .query("SELECT number, hash FROM _cursor WHERE one = 1", &[])?;
        let Some(mut row) = rows.pop() else {
            return Ok(None);
        };
        let hash = text(row.pop().unwrap_or(Sql::Null))?;
        let number = integer(row.first().unwrap_or(&Sql::Null))?;
        Ok(Some(Cursor {
            number: u64::try_from(number).unwrap_or(0),
            hash,
        }))
    }

    /// The hash stored for block `number`, if it is in the reorg window.
    pub fn block_hash(&self, number: u64) -> Result<Option<String>, Error> {
        let rows = self.db.query(
            "SELECT hash FROM _blocks WHERE number = ?1",
            &[block_number(number)?],
        )?;
        rows.into_iter()
            .next()
            .and_then(|r| r.into_iter().next())
            .map(text)
            .transpose()
    }

    /// Ties the store to `value` under `key` (the chain id, the registry address): recorded the
    /// first time, refused when the store already holds another value, so that one database
    /// never mixes two chains.
    pub fn bind(&mut self, key: &str, value: &str) -> Result<(), Error> {
        let held = self
            .db
            .query(
                "SELECT value FROM _meta WHERE key = ?1",
                &[Sql::Text(key.to_owned())],
            )?
            .into_iter()
            .next()
            .and_then(|r| r.into_iter().next())
            .map(text)
            .transpose()?;
        match held {
            Some(h) if h != value => Err(Error::Query(format!(
                "this database indexes {key} {h}, not {value}: use another database"
            ))),
            Some(_) => Ok(()),
            None => self.db.execute(
                "INSERT INTO _meta (key, value) VALUES (?1, ?2)",
                &[Sql::Text(key.to_owned()), Sql::Text(value.to_owned())],
            ),
        }
    }

    /// The newest `limit` blocks in the reorg window, newest first.
    pub fn recent_blocks(&self, limit: u64) -> Result<Vec<(u64, String)>, Error> {
        self.db
            .query(
                "SELECT number, hash FROM _blocks ORDER BY number DESC LIMIT ?1",
                &[Sql::Integer(i64::try_from(limit).unwrap_or(i64::MAX))],
            )?
            .into_iter()
            .map(|mut r| {
                let hash = text(r.pop().unwrap_or(Sql::Null))?;
                let number = integer(r.first().unwrap_or(&Sql::Null))?;
                Ok((u64::try_from(number).unwrap_or(0), hash))
            })
            .collect()
    }

    /// Moves the cursor to block `block` with `hash`.
    fn set_cursor(db: &dyn Backend, block: &Sql, hash: &str) -> Result<(), Error> {
        db.execute(
            "INSERT INTO _cursor (one, number, hash) VALUES (1, ?1, ?2) ON CONFLICT (one) DO UPDATE SET number = excluded.number, hash = excluded.hash",
            &[block.clone(), Sql::Text(hash.to_owned())],
        )
    }

    /// Writes one block's entities and moves the cursor to it, all or nothing: `f` gets a
    /// [`Writer`]; when it fails, nothing of the block is kept.
    pub fn write_block<T>(
        &mut self,
        number: u64,
        hash: &str,
        f: impl FnOnce(&mut Writer<'_>) -> Result<T, Error>,
    ) -> Result<T, Error> {
        let block = block_number(number)?;
        let schema = &self.schema;
        self.transaction(|db| {
            let mut writer = Writer {
                db,
                schema,
                block: block.clone(),
            };
            let out = f(&mut writer)?;
            db.execute(
                "INSERT INTO _blocks (number, hash) VALUES (?1, ?2) ON CONFLICT (number) DO UPDATE SET hash = excluded.hash",
                &[block.clone(), Sql::Text(hash.to_owned())],
            )?;
            Self::set_cursor(db, &block, hash)?;
            Ok(out)
        })
    }

    /// Undoes every block after `number` (a reorg): each written entity gets back the value it
    /// had, created ones are deleted, and the cursor goes back to `number`. Fails when `number`
    /// is older than the kept window ([`Store::prune`]).
    pub fn rollback_to(&mut self, number: u64) -> Result<(), Error> {
        let block = block_number(number)?;
        let hash = self.block_hash(number)?.ok_or_else(|| {
            Error::Reorg(format!(
                "block {number} is outside the kept window: the reorg is deeper than the store can undo; re-index from scratch"
            ))
        })?;
        let schema = &self.schema;
        self.transaction(|db| {
            let entries = db.query(
                "SELECT entity, id, old FROM _journal WHERE block > ?1 ORDER BY seq DESC",
                std::slice::from_ref(&block),
            )?;
            let mut writer = Writer {
                db,
                schema,
                block: block.clone(),
            };
            for entry in entries {
                let mut entry = entry.into_iter();
                let (entity, id, old) = (
                    text(entry.next().unwrap_or(Sql::Null))?,
                    text(entry.next().unwrap_or(Sql::Null))?,
                    entry.next().unwrap_or(Sql::Null),
                );
                match old {
                    Sql::Null => writer.delete_unjournaled(&entity, &id)?,
                    json => {
                        let row: Row = serde_json::from_str(&text(json)?)
                            .map_err(|e| Error::Query(format!("journal entry: {e}")))?;
                        writer.put_unjournaled(&entity, &id, &row)?;
                    }
                }
            }
            db.execute(
                "DELETE FROM _journal WHERE block > ?1",
                std::slice::from_ref(&block),
            )?;
            db.execute(
                "DELETE FROM _blocks WHERE number > ?1",
                std::slice::from_ref(&block),
            )?;
            Self::set_cursor(db, &block, &hash)
        })
    }

    /// Forgets the undo journal and block hashes of blocks before `number` (they are final).
    pub fn prune(&mut self, number: u64) -> Result<(), Error> {
        let block = Sql::Integer(i64::try_from(number).unwrap_or(i64::MAX));
        self.transaction(|db| {
            db.execute(
                "DELETE FROM _journal WHERE block < ?1",
                std::slice::from_ref(&block),
            )?;
            db.execute(
                "DELETE FROM _blocks WHERE number < ?1",
                std::slice::from_ref(&block),
            )
        })
    }

    /// The entity `entity` with id `id`.
    pub fn get(&self, entity: &str, id: &str) -> Result<Option<Row>, Error> {
        get(&*self.db, self.entity(entity)?, id)
    }

    /// The rows of a query.
    pub fn find(&self, query: &crate::query::Query) -> Result<Vec<Row>, Error> {
        let entity = self.entity(&query.entity)?;
        let (sql, values) = query.sql(entity, self.db.dialect())?;
        self.db
            .query(&sql, &values)?
            .into_iter()
            .map(|r| Ok(read_row(entity, r)))
            .collect()
    }

    /// Rows of `entity` (for tests and metrics).
    pub fn count(&self, entity: &str) -> Result<u64, Error> {
        let e = self.entity(entity)?;
        let rows = self
            .db
            .query(&format!("SELECT COUNT(*) FROM {}", quote(&e.name)), &[])?;
        let n = integer(rows.first().and_then(|r| r.first()).unwrap_or(&Sql::Null))?;
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

/// A row as read by [`select_sql`], decoded.
pub(crate) fn read_row(entity: &Entity, values: Vec<Sql>) -> Row {
    entity
        .fields
        .iter()
        .filter(|f| f.stored())
        .zip(values)
        .map(|(f, v)| (f.name.clone(), decode_field(&f.kind, v)))
        .collect()
}

pub(crate) fn select_sql(entity: &Entity) -> String {
    format!(
        "SELECT {} FROM {}",
        select_columns(entity),
        quote(&entity.name)
    )
}

fn get(db: &dyn Backend, entity: &Entity, id: &str) -> Result<Option<Row>, Error> {
    let sql = format!("{} WHERE \"id\" = ?1", select_sql(entity));
    Ok(db
        .query(&sql, &[Sql::Text(id.to_owned())])?
        .into_iter()
        .next()
        .map(|r| read_row(entity, r)))
}

/// Writes inside one block's transaction.
#[derive(Debug)]
pub struct Writer<'a> {
    db: &'a dyn Backend,
    schema: &'a Schema,
    block: Sql,
}

impl Writer<'_> {
    fn entity(&self, name: &str) -> Result<&Entity, Error> {
        self.schema
            .entity(name)
            .ok_or_else(|| Error::Query(format!("no entity type {name}")))
    }

    /// The entity `entity` with id `id`, as this block has it so far.
    pub fn get(&self, entity: &str, id: &str) -> Result<Option<Row>, Error> {
        get(self.db, self.entity(entity)?, id)
    }

    /// Stores `row` as entity `entity` `id` (every stored field; `id` is taken from the
    /// argument), journaling what it replaces.
    pub fn set(&mut self, entity: &str, id: &str, row: &Row) -> Result<(), Error> {
        let old = self.get(entity, id)?;
        self.put_unjournaled(entity, id, row)?;
        self.db.execute(
            "INSERT INTO _journal (block, entity, id, old) VALUES (?1, ?2, ?3, ?4)",
            &[
                self.block.clone(),
                Sql::Text(entity.to_owned()),
                Sql::Text(id.to_owned()),
                old.map_or(Sql::Null, |o| Sql::Text(Value::Object(o).to_string())),
            ],
        )
    }

    fn put_unjournaled(&mut self, entity: &str, id: &str, row: &Row) -> Result<(), Error> {
        let e = self.entity(entity)?;
        let mut values = vec![Sql::Text(id.to_owned())];
        let mut updates = Vec::new();
        for f in e.fields.iter().skip(1).filter(|f| f.stored()) {
            values.push(encode_field(&f.kind, f.nullable, row.get(&f.name)).map_err(
                |message| Error::Value {
                    entity: entity.to_owned(),
                    id: id.to_owned(),
                    message: format!("{}: {message}", f.name),
                },
            )?);
            let column = quote(&f.name);
            updates.push(format!("{column} = excluded.{column}"));
        }
        let placeholders = (1..=values.len())
            .map(|i| format!("?{i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let on_conflict = if updates.is_empty() {
            "DO NOTHING".to_owned()
        } else {
            format!("DO UPDATE SET {}", updates.join(", "))
        };
        let sql = format!(
            "INSERT INTO {} ({}) VALUES ({placeholders}) ON CONFLICT (\"id\") {on_conflict}",
            quote(&e.name),
            select_columns(e)
        );
        self.db.execute(&sql, &values)
    }

    fn delete_unjournaled(&mut self, entity: &str, id: &str) -> Result<(), Error> {
        let e = self.entity(entity)?;
        self.db.execute(
            &format!("DELETE FROM {} WHERE \"id\" = ?1", quote(&e.name)),
            &[Sql::Text(id.to_owned())],
        )
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
