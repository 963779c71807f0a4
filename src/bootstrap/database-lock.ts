import type { Core } from '@strapi/strapi';

/**
 * Runs `work` in one database transaction that holds a named lock, so that several Strapi
 * instances booting at once on the same database do it one after another: PostgreSQL advisory
 * lock, MySQL/MariaDB GET_LOCK. SQLite allows one writer per file anyway; its transaction is
 * the lock. Everything `work` writes through Strapi joins the transaction, and the lock is
 * held until that transaction has committed.
 * Not the syndication plugin's feed lock (its services/locks.ts): that one skips a busy feed instead of waiting, in no transaction.
 */
export async function withDatabaseLock<T>(strapi: Core.Strapi, name: string, work: () => Promise<T>): Promise<T> {
  const client = strapi.db.dialect.client;
  const lockName = `pressroom:${name}`;

  if (client === 'mysql') {
    // GET_LOCK belongs to a session, not a transaction: hold it on a connection of its own and
    // release it only after the work has committed, so the next holder sees the committed rows.
    const knex = strapi.db.connection;
    const connection = await knex.client.acquireConnection();
    try {
      const [rows] = await knex.raw('select get_lock(?, ?) as acquired', [lockName, 120]).connection(connection);
      if (rows[0]?.acquired !== 1) {
        throw new Error(`Could not take the database lock "${lockName}" within 120 s.`);
      }
      try {
        return await strapi.db.transaction(() => work());
      } finally {
        await knex.raw('select release_lock(?)', [lockName]).connection(connection);
      }
    } finally {
      await knex.client.releaseConnection(connection);
    }
  }

  return strapi.db.transaction(async ({ trx }) => {
    if (client === 'postgres') {
      // Released by the commit itself, so the next holder sees what this one wrote.
      await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [lockName]);
    }
    return work();
  });
}
