import type { Core } from '@strapi/strapi';
import path from 'path';
import { afterCreate as oneQueryAtATime } from '../src/database/one-query-at-a-time';
import { keepStatements, type PreparingConnection } from '../src/database/statement-cache';

type SqliteConnection = PreparingConnection<unknown> & { pragma(sql: string): unknown };

// One of: sqlite (embedded default), postgres, mysql (MySQL or MariaDB).
type Client = 'sqlite' | 'postgres' | 'mysql';
const CLIENTS: Client[] = ['sqlite', 'postgres', 'mysql'];

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const client = env('DATABASE_CLIENT', 'sqlite') as Client;
  if (!CLIENTS.includes(client)) {
    throw new Error(`DATABASE_CLIENT="${client}" is not supported: use one of ${CLIENTS.join(', ')}.`);
  }

  const sqliteJournalMode = env('DATABASE_SQLITE_JOURNAL_MODE', '').toLowerCase();
  if (sqliteJournalMode && !['delete', 'wal'].includes(sqliteJournalMode)) {
    throw new Error(`DATABASE_SQLITE_JOURNAL_MODE="${sqliteJournalMode}" is not supported: use delete (SQLite's default) or wal.`);
  }

  const ssl = env.bool('DATABASE_SSL', false) && {
    rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
  };

  const server = (defaultPort: number, defaultUser: string) =>
    env('DATABASE_URL')
      ? { connectionString: env('DATABASE_URL'), uri: env('DATABASE_URL'), ssl }
      : {
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', defaultPort),
          database: env('DATABASE_NAME', 'pressroom'),
          user: env('DATABASE_USERNAME', defaultUser),
          password: env('DATABASE_PASSWORD', ''),
          ssl,
        };

  const connections = {
    sqlite: {
      connection: {
        // Relative to dist/config, where the compiled config runs from.
        filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
      pool: {
        afterCreate: (connection: SqliteConnection, done: (error: Error | null, connection: unknown) => void) => {
          // better-sqlite3 is synchronous: a commit blocks Node for its fsyncs, about 17 ms here in
          // SQLite's default rollback journal, 5 ms in WAL (docs/BENCHMARKS.md, "Embargo lateness").
          if (sqliteJournalMode) connection.pragma(`journal_mode = ${sqliteJournalMode}`);
          keepStatements(connection);
          done(null, connection);
        },
      },
    },
    postgres: {
      connection: { ...server(5432, 'postgres'), schema: env('DATABASE_SCHEMA', 'public') },
      pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10), afterCreate: oneQueryAtATime },
    },
    mysql: {
      connection: { ...server(3306, 'root'), charset: 'utf8mb4' },
      pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
    },
  };

  return {
    connection: {
      client,
      ...connections[client],
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};
