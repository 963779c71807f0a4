/**
 * What differs between SQLite, PostgreSQL and MySQL/MariaDB, in one place for every store of the
 * plugin: table and column names as Strapi created them, how a point in time is written, how
 * many rows one INSERT may carry, the "add on conflict" upsert and which failures are worth a retry.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

export type Dialect = 'postgres' | 'mysql' | 'sqlite';

export const dialectOf = (strapi: Core.Strapi) => strapi.db.dialect.client as Dialect;

/** A content type's table and its attributes' column names, as Strapi created them from the schema. */
export function tableOf(strapi: Core.Strapi, uid: string) {
  const meta = strapi.db.metadata.get(uid as any);
  return { table: meta.tableName, column: (attribute: string) => (meta.attributes[attribute] as any).columnName as string };
}

/** How each database wants a point in time written (SQLite: milliseconds, as Strapi does). */
export const instant = (strapi: Core.Strapi, date: Date) => (dialectOf(strapi) === 'sqlite' ? date.getTime() : date);

/** A DATE column read back as YYYY-MM-DD: strings (SQLite, PostgreSQL as Strapi sets it up) or Dates (MySQL). */
export function dayText(value: unknown): string {
  if (value instanceof Date) {
    // Drivers build local-midnight Dates for DATE columns: read the calendar day back locally.
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  return String(value).slice(0, 10);
}

/** Rows per INSERT: SQLite builds multi-row inserts from compound SELECTs, limited to 500. */
const INSERT_CHUNK: Record<Dialect, number> = { sqlite: 250, postgres: 1000, mysql: 1000 };

/** The rows in slices one INSERT (or one IN list) of this database takes. */
export function* insertChunks<T>(dialect: Dialect, rows: T[]): Generator<T[]> {
  const size = INSERT_CHUNK[dialect];
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}

/** For an upsert's merge: the stored count plus the count the conflicting insert carried. */
export const addedOnConflict = (trx: Knex.Transaction, dialect: Dialect, table: string, count: string) =>
  dialect === 'mysql' ? trx.raw('?? + values(??)', [count, count]) : trx.raw('??.?? + excluded.??', [table, count, count]);

/** Errors after which the whole transaction may simply run again: deadlocks, busy databases. */
const isRetryable = (error: any) =>
  ['40P01', '40001', 'ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'SQLITE_BUSY'].includes(error?.code) || error?.errno === 1213;

const MAX_ATTEMPTS = 5;

/** Runs a write transaction again when the database gave up on it (deadlock, busy). */
export async function withRetries<T>(strapi: Core.Strapi, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await strapi.db.transaction(({ trx }) => work(trx));
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
    }
  }
}
