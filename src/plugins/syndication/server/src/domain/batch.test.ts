import { checkBatch, checkSingleMention } from './batch';
import { checkCsvHeader, csvRecordToMention } from './csv';

test('checkBatch', () => {
  expect(checkBatch({ data: [1] }, 2)).toEqual({ ok: true, items: [1] });
  expect(checkBatch('text', 2)).toMatchObject({ ok: false, error: expect.stringMatching(/JSON object/) });
  expect(checkBatch({ data: {} }, 2)).toMatchObject({ ok: false, error: 'data must be an array of mentions' });
  expect(checkBatch({ data: [1, 2, 3] }, 2)).toMatchObject({ ok: false, error: expect.stringMatching(/holds 3 mentions; at most 2/) });
});

test('checkSingleMention', () => {
  expect(checkSingleMention({ data: { url: 'u' } })).toEqual({ ok: true, item: { url: 'u' } });
  expect(checkSingleMention(null)).toMatchObject({ ok: false, error: expect.stringMatching(/JSON object/) });
  expect(checkSingleMention({})).toMatchObject({ ok: false, error: expect.stringMatching(/data is missing/) });
  expect(checkSingleMention({ data: [{ url: 'u' }] })).toMatchObject({
    ok: false,
    error: expect.stringMatching(/data must be one mention/),
  });
});

test('CSV header and rows', () => {
  expect(checkCsvHeader(['agency', 'url', 'title', 'date', 'language'])).toBeNull();
  expect(checkCsvHeader([' Agency', 'URL', 'title', 'date', 'language', 'guid', 'excerpt'])).toBeNull();
  expect(checkCsvHeader(['agency', 'url'])).toMatch(/lacks title, date, language/);
  expect(checkCsvHeader(['agency', 'url', 'title', 'date', 'language', 'author'])).toMatch(/unknown columns author/);
  expect(csvRecordToMention({ agency: 'tass', url: 'u', title: 't', date: 'd', language: 'ru', guid: ' ', excerpt: '' })).toEqual({
    agency: 'tass',
    url: 'u',
    title: 't',
    date: 'd',
    language: 'ru',
  });
});
