import { errors } from '@strapi/utils';
import { fieldWrapping, leanResolver } from './field-wrappers';

describe('fieldWrapping', () => {
  test('a field of a nested type with nothing configured gets its own resolver', () => {
    expect(fieldWrapping('Announcement', undefined)).toBe('own');
    expect(fieldWrapping('Announcement', {})).toBe('own');
    expect(fieldWrapping('UploadFile', { middlewares: [], policies: [] })).toBe('own');
    expect(fieldWrapping('Announcement', { auth: false })).toBe('own');
  });

  test('an auth scope or function middlewares: the lean wrapper', () => {
    expect(fieldWrapping('Announcement', { auth: { scope: ['api::contract.contract.find'] } })).toBe('lean');
    expect(fieldWrapping('Announcement', { middlewares: [() => undefined] })).toBe('lean');
    expect(fieldWrapping('Announcement', { auth: { scope: ['x'] }, middlewares: [() => undefined], policies: [] })).toBe('lean');
  });

  test("root fields, policies and middlewares named by string keep Strapi's wrapper", () => {
    for (const type of ['Query', 'Mutation', 'Subscription']) expect(fieldWrapping(type, undefined)).toBe('strapi');
    expect(fieldWrapping('Announcement', { policies: ['global::x'] })).toBe('strapi');
    expect(fieldWrapping('Announcement', { middlewares: ['global::read-cache'] })).toBe('strapi');
    expect(fieldWrapping('Announcement', { middlewares: [{ name: 'global::x' }] })).toBe('strapi');
  });
});

describe('leanResolver', () => {
  const scope = { scope: ['api::contract.contract.find'] };
  const request = (auth: unknown) => ({ state: { auth } });

  test('verifies the auth once per request and configuration, then resolves every item', async () => {
    const verified: unknown[] = [];
    const verify = (auth: unknown, config: unknown) => {
      verified.push([auth, config]);
    };
    const resolve = leanResolver(verify, { auth: scope }, (parent: any) => `contracts of ${parent.id}`);
    const first = request('public');
    const second = request('token');
    expect(await Promise.all([1, 2, 3].map((id) => resolve({ id }, {}, first, {})))).toEqual([
      'contracts of 1',
      'contracts of 2',
      'contracts of 3',
    ]);
    await resolve({ id: 4 }, {}, second, {});
    expect(verified).toEqual([
      ['public', scope],
      ['token', scope],
    ]);
  });

  test("a refusal is Strapi's ForbiddenError for every item, and the resolver never runs", async () => {
    let resolved = 0;
    const resolve = leanResolver(
      () => {
        throw new errors.UnauthorizedError();
      },
      { auth: scope },
      () => (resolved += 1)
    );
    const context = request('public');
    for (const id of [1, 2]) await expect(resolve({ id }, {}, context, {})).rejects.toBeInstanceOf(errors.ForbiddenError);
    expect(resolved).toBe(0);
  });

  test("runs the middlewares in Strapi's order around the resolver, and no verification without an auth", async () => {
    const calls: string[] = [];
    const middleware = (name: string) => async (next: any, parent: unknown, args: unknown, context: unknown, info: unknown) => {
      calls.push(`${name} in`);
      const result = await next(parent, args, context, info);
      calls.push(`${name} out`);
      return `${name}(${result})`;
    };
    const resolve = leanResolver(
      () => {
        throw new Error('no auth to verify');
      },
      { middlewares: [middleware('first'), middleware('second')] },
      () => 'file'
    );
    expect(await resolve({}, {}, request(null), {})).toBe('first(second(file))');
    expect(calls).toEqual(['first in', 'second in', 'second out', 'first out']);
  });
});
