import { pageOf, planRelationBatch, UNBOUNDED_LIMIT } from './relation-batch-plan';

describe('planRelationBatch', () => {
  test('a page becomes the unbounded query, and each parent keeps its page', () => {
    const plan = planRelationBatch({ offset: 2, limit: 3, where: { publishedAt: { $notNull: true } }, orderBy: [{ name: 'asc' }] });
    expect(plan).toEqual({
      query: { where: { publishedAt: { $notNull: true } }, orderBy: [{ name: 'asc' }], limit: UNBOUNDED_LIMIT },
      key: expect.any(String),
      page: { start: 2, end: 5 },
    });
  });

  test('a query without a page stays without one (no id tie-breaker added to its sort)', () => {
    expect(planRelationBatch({ where: { slug: 'x' } })).toMatchObject({
      query: { where: { slug: 'x' } },
      page: { start: 0, end: undefined },
    });
    expect(planRelationBatch(undefined)).toMatchObject({ query: {}, page: { start: 0, end: undefined } });
  });

  test('a limit of 0 is no limit, as Strapi reads it', () => {
    expect(planRelationBatch({ offset: 0, limit: 0 })?.page).toEqual({ start: 0, end: undefined });
  });

  test('parents asking the same thing share a key, whatever the order of its keys; other pages share it too', () => {
    const a = planRelationBatch({ limit: 25, offset: 0, where: { a: 1, b: { $in: [1, 2] } } });
    const b = planRelationBatch({ where: { b: { $in: [1, 2] }, a: 1 }, offset: 10, limit: 5 });
    const c = planRelationBatch({ where: { a: 2, b: { $in: [1, 2] } }, limit: 25 });
    expect(a?.key).toBe(b?.key);
    expect(a?.key).not.toBe(c?.key);
  });

  test('a paginated and an unpaginated query are not batched together (they sort differently)', () => {
    expect(planRelationBatch({ limit: 10 })?.key).not.toBe(planRelationBatch({})?.key);
  });

  test('what cannot be batched stays one parent at a time', () => {
    expect(planRelationBatch({ count: true })).toBeNull();
    expect(planRelationBatch({ limit: -1 })).toBeNull();
    expect(planRelationBatch({ orderBy: [{ partner: { name: 'asc' } }] })).toBeNull();
    expect(planRelationBatch({ filters: () => ({}) })).toBeNull();
    expect(planRelationBatch({ where: { publishedAt: new (class Raw {})() } })).toBeNull();
    expect(planRelationBatch({ limit: Number.NaN })).toBeNull();
  });
});

describe('pageOf', () => {
  test('cuts a to-many relation to the parent page and leaves a to-one as it is', () => {
    expect(pageOf([1, 2, 3, 4, 5], { start: 1, end: 3 })).toEqual([2, 3]);
    expect(pageOf([1, 2], { start: 0, end: undefined })).toEqual([1, 2]);
    expect(pageOf({ id: 1 }, { start: 0, end: 25 })).toEqual({ id: 1 });
    expect(pageOf(null, { start: 0, end: 25 })).toBeNull();
  });
});
