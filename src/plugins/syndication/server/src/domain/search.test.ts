import Database from 'better-sqlite3';
import { caseInsensitiveGlob, likePattern } from './search';

test('likePattern matches wildcards literally', () => {
  expect(likePattern('SCO')).toBe('%SCO%');
  expect(likePattern('100%_sure!')).toBe('%100!%!_sure!!%');
});

test('caseInsensitiveGlob: every letter in both cases, wildcards literal', () => {
  expect(caseInsensitiveGlob('шос')).toBe('*[шШ][оО][сС]*');
  expect(caseInsensitiveGlob('ШОС')).toBe('*[Шш][Оо][Сс]*');
  expect(caseInsensitiveGlob('上合组织')).toBe('*上合组织*');
  expect(caseInsensitiveGlob('a*b?[c]')).toBe('*[aA][*][bB][?][[][cC]]*');
  expect(caseInsensitiveGlob('straße 1')).toBe('*[sS][tT][rR][aA]ß[eE] 1*');
});

/** SQLite itself decides: an in-memory database. */
const sqlite = new Database(':memory:');
const globMatches = (pattern: string, text: string) =>
  (sqlite.prepare('SELECT ? GLOB ? AS matched').get(text, pattern) as any).matched === 1;

test.each([
  ['шос', 'Генеральный секретарь ШОС провёл встречу', true],
  ['ГЕНЕРАЛЬНЫЙ', 'Генеральный секретарь ШОС', true],
  ['sco secretariat', 'SCO Secretariat discusses security cooperation', true],
  ['秘书长', '上合组织秘书长会见成员国驻华使节', true],
  ['шос', 'Шанхайская организация сотрудничества', false],
  ['a*b?[c]', 'x A*B?[C] y', true],
  ['a*b', 'a-b', false],
])('%s in %s: %s', (text, title, expected) => {
  expect(title.toLowerCase().includes(text.toLowerCase())).toBe(expected);
  expect(globMatches(caseInsensitiveGlob(text), title)).toBe(expected);
});
