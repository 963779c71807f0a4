import { compileMatcher } from './matcher';

test('terms are data: another organisation configures its own', () => {
  const other = compileMatcher({
    en: [{ label: 'ASEAN', kind: 'acronym', forms: ['ASEAN'] }],
    ru: [{ label: 'АСЕАН', kind: 'words', stem: 'ru', forms: ['Ассоциация государств Юго-Восточной Азии'] }],
  });
  expect(other('ASEAN ministers meet').terms).toEqual(['ASEAN']);
  expect(other('саммит Ассоциации государств Юго-Восточной Азии').terms).toEqual(['АСЕАН']);
  expect(other('SCO summit').terms).toEqual([]);
});

test('a broken rule is refused, naming it', () => {
  expect(() => compileMatcher({ en: [{ label: 'X', kind: 'regex' as any, forms: ['x'] }] })).toThrow(/terms\.en\[0\]: kind/);
  expect(() => compileMatcher({ zh: [{ label: 'X', kind: 'chars', forms: [] }] })).toThrow(/terms\.zh\[0\]: forms/);
});
