//! The SQLite backend: one file (or memory), no server. The default, and what the demo uses.

use std::path::Path;

use rusqlite::types::Value;
use rusqlite::{Connection, params_from_iter};

use super::backend::{Backend, Dialect, Sql};
use crate::Error;

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Db(e.to_string())
    }
}

/// A SQLite database.
#[derive(Debug)]
pub struct Sqlite {
    conn: Connection,
}

impl Sqlite {
    /// Opens (or creates) the file at `path`, in WAL mode.
    pub fn open(path: &Path) -> Result<Self, Error> {
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        Ok(Self { conn })
    }

    /// A database in memory.
    pub fn in_memory() -> Result<Self, Error> {
        Ok(Self {
            conn: Connection::open_in_memory()?,
        })
    }
}

fn to_sqlite(v: &Sql) -> Value {
    match v {
        Sql::Null => Value::Null,
        Sql::Integer(i) => Value::Integer(*i),
        Sql::Text(s) => Value::Text(s.clone()),
    }
}

fn from_sqlite(v: Value) -> Result<Sql, Error> {
    match v {
        Value::Null => Ok(Sql::Null),
        Value::Integer(i) => Ok(Sql::Integer(i)),
        Value::Text(s) => Ok(Sql::Text(s)),
        other => Err(Error::Db(format!(
            "a stored value of type {:?}, which the indexer never writes",
            other.data_type()
        ))),
    }
}

impl Backend for Sqlite {
    fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }

    fn batch(&self, sql: &str) -> Result<(), Error> {
        Ok(self.conn.execute_batch(sql)?)
    }

    fn execute(&self, sql: &str, params: &[Sql]) -> Result<(), Error> {
        self.conn
            .prepare_cached(sql)?
            .execute(params_from_iter(params.iter().map(to_sqlite)))?;
        Ok(())
    }

    fn query(&self, sql: &str, params: &[Sql]) -> Result<Vec<Vec<Sql>>, Error> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let width = stmt.column_count();
        let mut rows = stmt.query(params_from_iter(params.iter().map(to_sqlite)))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let mut row = Vec::with_capacity(width);
            for i in 0..width {
                row.push(from_sqlite(r.get::<_, Value>(i)?)?);
            }
            out.push(row);
        }
        Ok(out)
    }

    fn begin(&self) -> Result<(), Error> {
        self.batch("BEGIN")
    }

    fn commit(&self) -> Result<(), Error> {
        self.batch("COMMIT")
    }

    fn rollback(&self) -> Result<(), Error> {
        self.batch("ROLLBACK")
    }
}
