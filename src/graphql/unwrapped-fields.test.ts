import { wrapperOnlyCalls } from './unwrapped-fields';

describe('wrapperOnlyCalls', () => {
  test('a field of a nested type with nothing configured: the wrapper only calls its resolver', () => {
    expect(wrapperOnlyCalls('Announcement', undefined)).toBe(true);
    expect(wrapperOnlyCalls('Announcement', {})).toBe(true);
    expect(wrapperOnlyCalls('UploadFile', { middlewares: [], policies: [] })).toBe(true);
  });

  test('root fields always check auth', () => {
    for (const type of ['Query', 'Mutation', 'Subscription']) expect(wrapperOnlyCalls(type, undefined)).toBe(false);
  });

  test('any auth (even false), middleware or policy keeps the wrapper', () => {
    expect(wrapperOnlyCalls('Announcement', { auth: { scope: ['api::contract.contract.find'] } })).toBe(false);
    expect(wrapperOnlyCalls('Announcement', { auth: false })).toBe(false);
    expect(wrapperOnlyCalls('Announcement', { middlewares: [() => undefined] })).toBe(false);
    expect(wrapperOnlyCalls('Announcement', { policies: ['global::x'] })).toBe(false);
  });
});
