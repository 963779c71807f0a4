/**
 * "Only one instance at a time" for work several Strapi instances may start together (polling
 * a feed). PostgreSQL and MySQL/MariaDB: the database's named lock (advisory lock, GET_LOCK) on a
 * connection held for the work, released by the database if the instance dies. SQLite: a lock
 * row with an expiry, which a crashed holder leaves behind only until it expires.
 * Not the app's boot lock (src/bootstrap/database-lock.ts), which waits and commits its work in one transaction: a poll skips a busy feed.
 */
import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import { getConfig } from '../config';
import { LOCK } from '../content-types';
import { dialectOf, instant, tableOf } from '../database/sql';

export type Locked<T> = { acquired: true; value: T } | { acquired: false };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;

  /** PostgreSQL advisory lock or MySQL GET_LOCK, taken without waiting, on a connection of its own. */
  async function withNamedLock<T>(name: string, work: () => Promise<T>): Promise<Locked<T>> {
    const postgres = dialectOf(strapi) === 'postgres';
    const connection = await knex().client.acquireConnection();
    const sql = (statement: string) => knex().raw(statement, [name]).connection(connection);
    try {
      const result = await sql(postgres ? 'select pg_try_advisory_lock(hashtext(?)) as locked' : 'select get_lock(?, 0) as locked');
      const row = postgres ? result.rows[0] : result[0][0];
      if (!(row.locked === true || Number(row.locked) === 1)) return { acquired: false };
      try {
        return { acquired: true, value: await work() };
      } finally {
        await sql(postgres ? 'select pg_advisory_unlock(hashtext(?))' : 'select release_lock(?)');
      }
    } finally {
      await knex().client.releaseConnection(connection);
    }
  }

  async function withLockRow<T>(name: string, work: () => Promise<T>): Promise<Locked<T>> {
    const { table, column } = tableOf(strapi, LOCK);
    const time = (date: Date) => instant(strapi, date);
    // One holder per attempt: two polls in one process must exclude each other too.
    const holder = randomUUID();
    const now = new Date();
    const expires = new Date(now.getTime() + getConfig(strapi).feeds.lockTtlMs);

    await knex()(table).where(column('name'), name).where(column('expiresAt'), '<', time(now)).delete();
    await knex()(table)
      .insert({ [column('name')]: name, [column('holder')]: holder, [column('expiresAt')]: time(expires) })
      .onConflict([column('name')])
      .ignore();
    const row = await knex()(table).where(column('name'), name).first();
    if (row?.[column('holder')] !== holder) return { acquired: false };
    try {
      return { acquired: true, value: await work() };
    } finally {
      await knex()(table).where(column('name'), name).where(column('holder'), holder).delete();
    }
  }

  return {
    /** Runs `work` unless another instance (or this one) holds the named lock. */
    withLock<T>(name: string, work: () => Promise<T>): Promise<Locked<T>> {
      const qualified = `syndication:${name}`;
      return dialectOf(strapi) === 'sqlite' ? withLockRow(qualified, work) : withNamedLock(qualified, work);
    },
  };
};
