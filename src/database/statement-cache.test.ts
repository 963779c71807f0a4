import Database from 'better-sqlite3';
import { keepStatements } from './statement-cache';

const open = (capacity?: number) => {
  const connection = new Database(':memory:');
  const prepared: string[] = [];
  const prepare = connection.prepare.bind(connection);
  connection.prepare = ((sql: string) => {
    prepared.push(sql);
    return prepare(sql);
  }) as typeof connection.prepare;
  keepStatements(connection, capacity);
  connection.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT)');
  return { connection, prepared };
};

test('the same SQL gets the same statement, compiled once, with the parameters of each call', () => {
  const { connection, prepared } = open();
  connection.prepare('INSERT INTO notes (title) VALUES (?)').run('a');
  connection.prepare('INSERT INTO notes (title) VALUES (?)').run('b');
  const select = 'SELECT title FROM notes WHERE title = ?';
  expect(connection.prepare(select).all('a')).toEqual([{ title: 'a' }]);
  expect(connection.prepare(select).all('b')).toEqual([{ title: 'b' }]);
  expect(connection.prepare(select)).toBe(connection.prepare(select));
  expect(prepared).toEqual(['INSERT INTO notes (title) VALUES (?)', select]);
});

test('keeps at most `capacity` statements, dropping the least recently used', () => {
  const { connection, prepared } = open(2);
  const [a, b, c] = ['SELECT 1', 'SELECT 2', 'SELECT 3'];
  connection.prepare(a);
  connection.prepare(b);
  connection.prepare(a); // a is now the most recent
  connection.prepare(c); // drops b
  connection.prepare(a);
  connection.prepare(b); // compiled again
  expect(prepared).toEqual([a, b, c, b]);
});

test('a schema change empties the cache, and a kept SELECT * sees the new column', () => {
  const { connection, prepared } = open();
  connection.prepare('INSERT INTO notes (title) VALUES (?)').run('a');
  const select = 'SELECT * FROM notes';
  expect(connection.prepare(select).all()).toEqual([{ id: 1, title: 'a' }]);
  connection.prepare('ALTER TABLE notes ADD COLUMN locale TEXT').run();
  expect(connection.prepare(select).all()).toEqual([{ id: 1, title: 'a', locale: null }]);
  expect(prepared.filter((sql) => sql === select)).toHaveLength(2);
});
