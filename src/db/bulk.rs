//! Multi-row inserts for bulk loads (demo data, imports).
//!
//! PostgreSQL gets `$n` placeholders. SQLite gets plain `?`: it binds `$n`
//! by looking each name up in a list, which is quadratic in the number of
//! parameters and made a 20,000-parameter statement take seconds.

use sqlx::any::AnyArguments;
use sqlx::{Any, AnyConnection, Arguments, Encode, Type};

use crate::db::Backend;

/// Rows waiting to be written to one table in as few statements as possible.
pub struct BulkInsert {
    backend: Backend,
    table: &'static str,
    columns: &'static [&'static str],
    args: AnyArguments,
    rows: usize,
    /// Rows per statement, kept under SQLite's limit of 32,766 parameters.
    batch_rows: usize,
}

impl BulkInsert {
    /// A bulk insert into `table` of the given columns.
    pub fn new(backend: Backend, table: &'static str, columns: &'static [&'static str]) -> Self {
        let batch_rows = (30_000 / columns.len().max(1)).clamp(1, 1_000);
        Self {
            backend,
            table,
            columns,
            args: AnyArguments::default(),
            rows: 0,
            batch_rows,
        }
    }

    /// Adds one value of the current row; a row is complete after one value per column.
    pub fn push<'t, T>(&mut self, value: T) -> Result<(), sqlx::Error>
    where
        T: Encode<'t, Any> + Type<Any> + 't,
    {
        self.args.add(value).map_err(sqlx::Error::Encode)?;
        if self.args.len().is_multiple_of(self.columns.len()) {
            self.rows += 1;
        }
        Ok(())
    }

    /// Whether enough rows have gathered to be worth a statement.
    pub fn is_full(&self) -> bool {
        self.rows >= self.batch_rows
    }

    /// Writes the rows gathered so far, returning how many were written.
    pub async fn flush(&mut self, conn: &mut AnyConnection) -> Result<usize, sqlx::Error> {
        if self.rows == 0 {
            return Ok(0);
        }
        if self.args.len() != self.rows * self.columns.len() {
            return Err(sqlx::Error::Protocol(format!(
                "bulk insert into {}: incomplete row",
                self.table
            )));
        }
        let sql = insert_sql(self.backend, self.table, self.columns, self.rows);
        let args = std::mem::take(&mut self.args);
        let written = self.rows;
        self.rows = 0;
        sqlx::query_with(sqlx::AssertSqlSafe(sql), args)
            .execute(&mut *conn)
            .await?;
        Ok(written)
    }

    /// Flushes when full; call after each row.
    pub async fn flush_if_full(&mut self, conn: &mut AnyConnection) -> Result<usize, sqlx::Error> {
        if self.is_full() {
            self.flush(conn).await
        } else {
            Ok(0)
        }
    }
}

/// `INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)` for `rows` rows (`?` on SQLite).
fn insert_sql(backend: Backend, table: &str, columns: &[&str], rows: usize) -> String {
    let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
    let mut n = 0;
    for row in 0..rows {
        if row > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        for col in 0..columns.len() {
            if col > 0 {
                sql.push_str(", ");
            }
            match backend {
                Backend::Sqlite => sql.push('?'),
                Backend::Postgres => {
                    n += 1;
                    sql.push('$');
                    sql.push_str(&n.to_string());
                }
            }
        }
        sql.push(')');
    }
    sql
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_across_rows() {
        assert_eq!(
            insert_sql(Backend::Postgres, "t", &["a", "b"], 2),
            "INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)"
        );
        assert_eq!(
            insert_sql(Backend::Sqlite, "t", &["a", "b"], 2),
            "INSERT INTO t (a, b) VALUES (?, ?), (?, ?)"
        );
    }
}
