/**
 * SQLite connections that keep their prepared statements. knex's better-sqlite3 client prepares
 * every query anew (`connection.prepare(sql)` in its `_query`), and compiling SQL is a good part of
 * a small read's cost: about a tenth of the CPU of the README's GraphQL query (docs/BENCHMARKS.md).
 * Strapi's queries repeat the same SQL texts with other parameters, so each connection keeps its
 * most recently used statements by SQL text (knex only ever calls `all` or `run` on them, which
 * bind their parameters afresh). SQLite recompiles a kept statement itself when the schema
 * changes; a DDL statement empties the cache all the same, so that nothing compiled against an
 * older schema is kept past a migration.
 */
export interface PreparingConnection<Statement> {
  prepare(sql: string): Statement;
}

const DDL = /^\s*(create|alter|drop)\s/i;

/** Makes `connection.prepare` return the statement it prepared last time for the same SQL. */
export function keepStatements<Statement>(connection: PreparingConnection<Statement>, capacity = 200) {
  const prepare = connection.prepare.bind(connection);
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const statements = new Map<string, Statement>();
  connection.prepare = (sql: string) => {
    if (DDL.test(sql)) {
      statements.clear();
      return prepare(sql);
    }
    let statement = statements.get(sql);
    if (statement !== undefined) {
      statements.delete(sql);
    } else {
      statement = prepare(sql);
      if (statements.size >= capacity) statements.delete(statements.keys().next().value as string);
    }
    statements.set(sql, statement);
    return statement;
  };
  return connection;
}
