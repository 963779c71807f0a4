'use strict';
/**
 * Throw-away databases for tests and benchmarks: each run creates its own and drops it
 * afterwards. PostgreSQL and MariaDB/MySQL are reached with the usual DATABASE_* variables
 * (defaults: 127.0.0.1, users postgres / root, no password); SQLite uses a file (see sqliteFile).
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const PREFIX = 'pressroom_test';
const CLIENTS = ['sqlite', 'postgres', 'mysql'];

const clientName = () => {
  const client = process.env.DATABASE_CLIENT || 'sqlite';
  if (!CLIENTS.includes(client)) throw new Error(`Unknown DATABASE_CLIENT "${client}"`);
  return client;
};

const serverSettings = (client) => ({
  host: process.env.DATABASE_HOST || '127.0.0.1',
  port: Number(process.env.DATABASE_PORT || (client === 'postgres' ? 5432 : 3306)),
  user: process.env.DATABASE_USERNAME || (client === 'postgres' ? 'postgres' : 'root'),
  password: process.env.DATABASE_PASSWORD || '',
});

async function withServer(client, work) {
  const settings = serverSettings(client);
  if (client === 'postgres') {
    const { Client } = require('pg');
    const connection = new Client({ ...settings, database: 'postgres' });
    await connection.connect();
    try {
      return await work((sql) => connection.query(sql).then((result) => result.rows));
    } finally {
      await connection.end();
    }
  }
  const mysql = require('mysql2/promise');
  const connection = await mysql.createConnection(settings);
  try {
    return await work((sql) => connection.query(sql).then(([rows]) => rows));
  } finally {
    await connection.end();
  }
}

/**
 * SQLite files go under .tmp/test, or into PRESSROOM_TEST_SQLITE_DIR: the test run puts them in
 * memory (/dev/shm), where a commit does not wait for the disk. Benchmarks keep the disk.
 */
const sqliteFile = (name) => path.join(process.env.PRESSROOM_TEST_SQLITE_DIR || path.join(ROOT, '.tmp', 'test'), `${name}.db`);

/**
 * Creates an empty database and returns the environment variables that point Strapi at it; on
 * the run's DATABASE_CLIENT unless told another (a backup restored from SQLite into PostgreSQL).
 */
async function createDatabase(name, client = clientName()) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unsafe database name "${name}"`);
  if (client === 'sqlite') {
    const file = sqliteFile(name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.rmSync(file, { force: true });
    return { DATABASE_CLIENT: client, DATABASE_FILENAME: file };
  }
  await withServer(client, (query) =>
    query(
      client === 'postgres'
        ? `CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`
        : `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`
    )
  );
  const settings = serverSettings(client);
  return {
    DATABASE_CLIENT: client,
    DATABASE_HOST: settings.host,
    DATABASE_PORT: String(settings.port),
    DATABASE_USERNAME: settings.user,
    DATABASE_PASSWORD: settings.password,
    DATABASE_NAME: name,
  };
}

async function dropDatabase(name, client = clientName()) {
  if (client === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      fs.rmSync(`${sqliteFile(name)}${suffix}`, { force: true });
    }
    return;
  }
  await withServer(client, (query) =>
    query(client === 'postgres' ? `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)` : `DROP DATABASE IF EXISTS \`${name}\``)
  );
}

/** Drops every database of one test run (names start with `pressroom_test_<run>_`). */
async function dropRunDatabases(run) {
  if (!run) return;
  const client = clientName();
  const prefix = `${PREFIX}_${run}_`;
  if (client === 'sqlite') {
    const dir = path.dirname(sqliteFile('x'));
    if (!fs.existsSync(dir)) return;
    for (const file of fs.readdirSync(dir).filter((file) => file.startsWith(prefix))) {
      fs.rmSync(path.join(dir, file), { force: true });
    }
    return;
  }
  const names = await withServer(client, (query) =>
    query(
      client === 'postgres'
        ? `SELECT datname AS name FROM pg_database WHERE datname LIKE '${prefix}%'`
        : `SELECT schema_name AS name FROM information_schema.schemata WHERE schema_name LIKE '${prefix}%'`
    )
  );
  for (const { name } of names) await dropDatabase(name);
}

let counter = 0;
/** A database name unique to this run, process and call. */
const uniqueDatabaseName = (run = process.env.PRESSROOM_TEST_RUN || 'manual') => `${PREFIX}_${run}_${process.pid}_${++counter}`;

module.exports = { createDatabase, dropDatabase, dropRunDatabases, uniqueDatabaseName, clientName };
