import type { Core } from '@strapi/strapi';

/**
 * Runs `work` in one database transaction that holds a named lock, so that several Strapi
 * instances booting at once on the same database do it one after another: PostgreSQL advisory
 * lock, MySQL/MariaDB GET_LOCK. SQLite allows one writer per file anyway; its transaction is
 * the lock. Everything `work` writes through Strapi joins the transaction.
 */
export async function withDatabaseLock<T>(
  strapi: Core.Strapi,
  name: string,
  work: () => Promise<T>
): Promise<T> {
  const client = strapi.db.dialect.client;
  const lockName = `pressroom:${name}`;

  return strapi.db.transaction(async ({ trx }) => {
    if (client === 'postgres') {
      await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [lockName]);
      return work();
    }
    if (client === 'mysql') {
      const [rows] = await trx.raw('select get_lock(?, ?) as acquired', [lockName, 120]);
      if (rows[0]?.acquired !== 1) {
        throw new Error(`Could not take the database lock "${lockName}" within 120 s.`);
      }
      try {
        return await work();
      } finally {
        await trx.raw('select release_lock(?)', [lockName]);
      }
    }
    return work();
  });
}
