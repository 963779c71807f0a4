/**
 * "Only one instance at a time" for work several Strapi instances may start together (polling
 * a feed). PostgreSQL: a session advisory lock on a connection held for the work, released by
 * the database if the instance dies. SQLite and MariaDB: a lock row with an expiry, which a
 * crashed holder leaves behind only until it expires.
 */
import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import { getConfig } from '../config';
import { LOCK } from '../content-types';
import { instant, tableOf } from '../database/sql';

export type Locked<T> = { acquired: true; value: T } | { acquired: false };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;

  async function withAdvisoryLock<T>(name: string, work: () => Promise<T>): Promise<Locked<T>> {
    const connection = await knex().client.acquireConnection();
    try {
      const { rows } = await knex().raw('select pg_try_advisory_lock(hashtext(?)) as locked', [name]).connection(connection);
      if (!rows[0].locked) return { acquired: false };
      try {
        return { acquired: true, value: await work() };
      } finally {
        await knex().raw('select pg_advisory_unlock(hashtext(?))', [name]).connection(connection);
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
      return strapi.db.dialect.client === 'postgres' ? withAdvisoryLock(qualified, work) : withLockRow(qualified, work);
    },
  };
};
