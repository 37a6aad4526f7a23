//! The PostgreSQL backend, for operators who outgrow one SQLite file (Debian's `postgresql`).
//!
//! The blocking `postgres` client runs a Tokio runtime of its own, which must not be started or
//! dropped on a thread that drives async tasks (the indexer's ingest and GraphQL resolvers do).
//! So the client lives on a thread of its own: each call sends that thread a job and waits for
//! its answer, exactly as a SQLite call waits for the disk. Statements are prepared once and kept
//! (at most [`STATEMENT_CACHE`] of them). A connection lost between transactions is opened again
//! at the next call; one lost inside a transaction fails every call until the store rolls back,
//! so no block is ever half written.
//!
//! The connection is made without TLS: run the database on the same host or a private network,
//! or connect through a Unix socket (`host=/var/run/postgresql`).

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::mpsc;
use std::thread::JoinHandle;

use postgres::types::{IsNull, ToSql, Type, to_sql_checked};
use postgres::{Client, Config, NoTls, Statement};

use super::backend::{Backend, Dialect, Sql};
use crate::Error;

/// Prepared statements kept per connection (queries with `_in` lists of other lengths are other
/// statements; the cache starts over when full).
pub const STATEMENT_CACHE: usize = 256;

impl From<postgres::Error> for Error {
    fn from(e: postgres::Error) -> Self {
        // `Display` of a server error says only "db error"; its message is in the DbError.
        match e.as_db_error() {
            Some(db) => Error::Db(format!("postgres: {}: {}", db.severity(), db.message())),
            None => Error::Db(format!("postgres: {e}")),
        }
    }
}

impl ToSql for Sql {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            Sql::Null => Ok(IsNull::Yes),
            Sql::Integer(i) if *ty == Type::INT8 => i.to_sql(ty, out),
            Sql::Integer(i) if *ty == Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
            Sql::Text(s) if *ty == Type::TEXT || *ty == Type::VARCHAR => s.to_sql(ty, out),
            other => Err(format!("{other:?} cannot be a {ty} parameter").into()),
        }
    }

    fn accepts(ty: &Type) -> bool {
        [Type::INT8, Type::INT4, Type::TEXT, Type::VARCHAR].contains(ty)
    }

    to_sql_checked!();
}

/// `sql` with SQLite's numbered parameters `?N` written as PostgreSQL's `$N` (outside quoted
/// identifiers and string literals).
fn dollar_params(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut quote: Option<char> = None;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (None, '"' | '\'') => quote = Some(c),
            (None, '?') if chars.peek().is_some_and(char::is_ascii_digit) => {
                out.push('$');
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    out
}

/// Prepared statements by their SQL (as the store writes it).
type Statements = HashMap<String, Statement>;

/// Whether `e` means the connection is gone: closed, or the server ending it (SQLSTATE class
/// 57P, operator intervention: shutdown, crash, restart).
fn connection_lost(e: &postgres::Error) -> bool {
    e.is_closed()
        || e.as_db_error()
            .is_some_and(|db| db.code().code().starts_with("57P"))
}

/// `sql` prepared on `client`, from the cache when it was prepared before.
fn prepared(
    client: &mut Client,
    statements: &mut Statements,
    sql: &str,
) -> Result<Statement, postgres::Error> {
    if let Some(s) = statements.get(sql) {
        return Ok(s.clone());
    }
    let statement = client.prepare(&dollar_params(sql))?;
    if statements.len() >= STATEMENT_CACHE {
        statements.clear();
    }
    statements.insert(sql.to_owned(), statement.clone());
    Ok(statement)
}

fn as_params(params: &[Sql]) -> Vec<&(dyn ToSql + Sync)> {
    params.iter().map(|p| p as &(dyn ToSql + Sync)).collect()
}

/// The rows of `rows` as [`Sql`] values.
fn read_rows(rows: Vec<postgres::Row>) -> Result<Vec<Vec<Sql>>, Error> {
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let mut values = Vec::with_capacity(row.len());
        for (i, column) in row.columns().iter().enumerate() {
            let ty = column.type_();
            values.push(if *ty == Type::INT8 {
                row.try_get::<_, Option<i64>>(i)?
                    .map_or(Sql::Null, Sql::Integer)
            } else if *ty == Type::INT4 {
                row.try_get::<_, Option<i32>>(i)?
                    .map_or(Sql::Null, |v| Sql::Integer(v.into()))
            } else if *ty == Type::TEXT || *ty == Type::VARCHAR {
                row.try_get::<_, Option<String>>(i)?
                    .map_or(Sql::Null, Sql::Text)
            } else {
                return Err(Error::Db(format!(
                    "postgres: column {} is of type {ty}, which the indexer never writes",
                    column.name()
                )));
            });
        }
        out.push(values);
    }
    Ok(out)
}

/// The worker thread's connection.
struct Session {
    config: Config,
    client: Option<Client>,
    statements: Statements,
    in_transaction: bool,
}

impl Session {
    /// Runs `f` on the connection. Outside a transaction a lost connection is opened again
    /// (before `f`, or once after `f` failed because of it); inside one, the loss is the
    /// transaction's failure and every call fails until the store rolls back.
    fn call<R>(
        &mut self,
        f: impl Fn(&mut Client, &mut Statements) -> Result<R, postgres::Error>,
    ) -> Result<R, Error> {
        for attempt in 0..2 {
            if self.client.as_ref().is_none_or(Client::is_closed) {
                if self.in_transaction {
                    return Err(Error::Db(
                        "postgres: the connection was lost inside a transaction; its writes are gone (the server rolled them back)".into(),
                    ));
                }
                self.statements.clear();
                self.client = None;
                self.client = Some(self.config.connect(NoTls)?);
            }
            let Some(client) = self.client.as_mut() else {
                break;
            };
            match f(client, &mut self.statements) {
                Err(e) if connection_lost(&e) => {
                    self.client = None;
                    if self.in_transaction || attempt == 1 {
                        return Err(e.into());
                    }
                }
                other => return Ok(other?),
            }
        }
        Err(Error::Db("postgres: not connected".into()))
    }

    fn begin(&mut self) -> Result<(), Error> {
        self.call(|c, _| c.batch_execute("BEGIN"))?;
        self.in_transaction = true;
        Ok(())
    }

    fn end(&mut self, statement: &str) -> Result<(), Error> {
        if self.client.is_none() && statement == "ROLLBACK" {
            // The server dropped the transaction with the connection.
            self.in_transaction = false;
            return Ok(());
        }
        let result = self.call(|c, _| c.batch_execute(statement));
        self.in_transaction = false;
        result
    }
}

type Job = Box<dyn FnOnce(&mut Session) + Send>;

/// A PostgreSQL database, reached through a connection owned by a thread of its own.
pub struct Postgres {
    jobs: Option<mpsc::Sender<Job>>,
    worker: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for Postgres {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the connection string: it may hold a password.
        f.debug_struct("Postgres").finish_non_exhaustive()
    }
}

impl Postgres {
    /// Connects to the database at `url` (`postgresql://user:password@host:port/database`, or
    /// `host=… user=… dbname=…`). The URL is never printed or logged: it may hold a password.
    pub fn connect(url: &str) -> Result<Self, Error> {
        let config = Config::from_str(url).map_err(|_| {
            Error::Db(
                "postgres: the connection string is not one PostgreSQL reads: give postgresql://user[:password]@host[:port]/database or host=… user=… dbname=…".into(),
            )
        })?;
        let (jobs, inbox) = mpsc::channel::<Job>();
        let worker = std::thread::Builder::new()
            .name("tensora-indexer-postgres".into())
            .spawn(move || {
                let mut session = Session {
                    config,
                    client: None,
                    statements: HashMap::new(),
                    in_transaction: false,
                };
                while let Ok(job) = inbox.recv() {
                    job(&mut session);
                }
            })
            .map_err(|e| Error::Db(format!("postgres: starting its thread: {e}")))?;
        let db = Self {
            jobs: Some(jobs),
            worker: Some(worker),
        };
        db.run(|s| s.call(|_, _| Ok(())))?;
        Ok(db)
    }

    /// Runs `job` on the connection's thread and waits for its answer.
    fn run<R: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Session) -> Result<R, Error> + Send + 'static,
    ) -> Result<R, Error> {
        let gone = || Error::Db("postgres: the connection's thread has stopped".into());
        let (reply, answer) = mpsc::sync_channel(1);
        self.jobs
            .as_ref()
            .ok_or_else(gone)?
            .send(Box::new(move |session: &mut Session| {
                // The caller waits for this; it cannot have gone.
                let _ = reply.send(job(session));
            }))
            .map_err(|_| gone())?;
        answer.recv().map_err(|_| gone())?
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        // Closing the channel ends the thread, which closes the connection; wait for it so the
        // connection is gone when the store is.
        self.jobs = None;
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

impl Backend for Postgres {
    fn dialect(&self) -> Dialect {
        Dialect::Postgres
    }

    fn batch(&self, sql: &str) -> Result<(), Error> {
        let sql = sql.to_owned();
        self.run(move |s| s.call(|c, _| c.batch_execute(&sql)))
    }

    fn execute(&self, sql: &str, params: &[Sql]) -> Result<(), Error> {
        let (sql, params) = (sql.to_owned(), params.to_vec());
        self.run(move |s| {
            s.call(|c, statements| {
                let statement = prepared(c, statements, &sql)?;
                c.execute(&statement, &as_params(&params)).map(|_| ())
            })
        })
    }

    fn query(&self, sql: &str, params: &[Sql]) -> Result<Vec<Vec<Sql>>, Error> {
        let (sql, params) = (sql.to_owned(), params.to_vec());
        self.run(move |s| {
            let rows = s.call(|c, statements| {
                let statement = prepared(c, statements, &sql)?;
                c.query(&statement, &as_params(&params))
            })?;
            read_rows(rows)
        })
    }

    fn begin(&self) -> Result<(), Error> {
        self.run(Session::begin)
    }

    fn commit(&self) -> Result<(), Error> {
        self.run(|s| s.end("COMMIT"))
    }

    fn rollback(&self) -> Result<(), Error> {
        self.run(|s| s.end("ROLLBACK"))
    }
}

#[cfg(test)]
mod tests {
    use super::dollar_params;

    #[test]
    fn numbered_parameters_become_dollars_outside_quotes() {
        assert_eq!(
            dollar_params(r#"SELECT "a?1", '?2' FROM "t" WHERE "x" = ?1 AND "y" IN (?2, ?10)"#),
            r#"SELECT "a?1", '?2' FROM "t" WHERE "x" = $1 AND "y" IN ($2, $10)"#
        );
        assert_eq!(dollar_params("SELECT ? , ?x"), "SELECT ? , ?x");
    }
}
