import { editableLocales, noticeFor } from './editable-locales';

const MODEL = 'api::announcement.announcement';
const update = (locales: string[] | null, subject = MODEL) => ({
  action: 'plugin::content-manager.explorer.update',
  subject,
  properties: { locales },
});
const read = { action: 'plugin::content-manager.explorer.read', subject: MODEL, properties: { locales: ['ru', 'zh', 'en'] } };

test('a translator edits their locale; an editor every locale', () => {
  expect(editableLocales([read, update(['zh'])], MODEL)).toEqual(['zh']);
  expect(editableLocales([read, update(['ru', 'zh', 'en'])], MODEL)).toEqual(['ru', 'zh', 'en']);
  expect(editableLocales([update(null)], MODEL)).toBe('all');
  expect(editableLocales([update(['en'], 'api::contract.contract')], MODEL)).toEqual([]);
});

test('the notice is due on a locale the user may not edit, naming theirs', () => {
  expect(noticeFor([read, update(['zh'])], MODEL, 'ru')).toEqual(['zh']);
  expect(noticeFor([read, update(['zh'])], MODEL, 'zh')).toBeNull();
  expect(noticeFor([update(null)], MODEL, 'ru')).toBeNull();
  expect(noticeFor([read], MODEL, 'ru')).toBeNull(); // a reader who edits nothing has the read-only view as it is
  expect(noticeFor([read, update(['zh'])], MODEL, undefined)).toBeNull();
});
