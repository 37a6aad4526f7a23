//! What the [`Store`](super::Store) needs of a SQL database, so that one store (its tables, its
//! journal, its queries) runs on SQLite or PostgreSQL: three kinds of value, statements with
//! numbered parameters, explicit transactions, and the few spellings where the two dialects
//! differ ([`Dialect`]).

use crate::Error;

/// A value as the store binds and reads it: every stored field is one of these (`Int` and
/// `Boolean` as integers, everything else as text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sql {
    /// SQL `NULL`.
    Null,
    /// A 64-bit integer.
    Integer(i64),
    /// Text.
    Text(String),
}

/// Where SQLite and PostgreSQL spell the same thing differently. Everything else the store
/// writes is SQL both accept (`INSERT … ON CONFLICT … DO UPDATE`, `IS DISTINCT FROM`,
/// `NULLS FIRST`, `TRUE`/`FALSE`), with SQLite's numbered parameters `?N`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// SQLite (`rusqlite`, bundled).
    Sqlite,
    /// PostgreSQL (Debian's `postgresql`).
    Postgres,
}

impl Dialect {
    /// The column type of integers (`Int`, `Boolean`, block numbers).
    pub fn integer(self) -> &'static str {
        match self {
            Self::Sqlite => "INTEGER",
            Self::Postgres => "BIGINT",
        }
    }

    /// The column type of text. PostgreSQL compares in byte order only under the `C` collation;
    /// the stored `BigInt` encoding relies on byte order being numeric order.
    pub fn text(self) -> &'static str {
        match self {
            Self::Sqlite => "TEXT",
            Self::Postgres => "TEXT COLLATE \"C\"",
        }
    }

    /// A primary key that numbers rows in insertion order.
    pub fn serial_key(self) -> &'static str {
        match self {
            Self::Sqlite => "INTEGER PRIMARY KEY AUTOINCREMENT",
            Self::Postgres => "BIGSERIAL PRIMARY KEY",
        }
    }

    /// `column` contains parameter `n` (a substring, case-sensitive).
    pub fn contains(self, column: &str, n: usize) -> String {
        match self {
            Self::Sqlite => format!("instr({column}, ?{n}) > 0"),
            Self::Postgres => format!("strpos({column}, ?{n}) > 0"),
        }
    }

    /// `column` starts with parameter `n` (case-sensitive).
    pub fn starts_with(self, column: &str, n: usize) -> String {
        match self {
            Self::Sqlite => format!("substr({column}, 1, length(?{n})) = ?{n}"),
            Self::Postgres => format!("starts_with({column}, ?{n})"),
        }
    }
}

/// A SQL database the store runs on. Statements use numbered parameters `?1 … ?N`; a backend
/// whose database spells them otherwise translates them. Reads return rows of [`Sql`] values in
/// the order of the statement's columns.
pub trait Backend: Send + std::fmt::Debug {
    /// Its dialect.
    fn dialect(&self) -> Dialect;
    /// Runs `sql` (one or more statements, no parameters): the schema's tables.
    fn batch(&self, sql: &str) -> Result<(), Error>;
    /// Runs one statement.
    fn execute(&self, sql: &str, params: &[Sql]) -> Result<(), Error>;
    /// Runs one query and returns its rows.
    fn query(&self, sql: &str, params: &[Sql]) -> Result<Vec<Vec<Sql>>, Error>;
    /// Starts a transaction: what follows is kept only at [`Backend::commit`].
    fn begin(&self) -> Result<(), Error>;
    /// Keeps the transaction's writes.
    fn commit(&self) -> Result<(), Error>;
    /// Drops the transaction's writes.
    fn rollback(&self) -> Result<(), Error>;
}
