import { memoryStore, type CachedAnswer } from './store';

const answer = (body: string): CachedAnswer => ({
  status: 200,
  contentType: 'application/json',
  body,
  etag: '"e"',
  surrogateKeys: ['pressroom'],
  validUntil: null,
});

test('the in-process store keeps answers until the generation is raised', async () => {
  const store = memoryStore({ maxBytes: 1024 * 1024 });
  expect(await store.generation()).toBe(0);
  await store.set('0:a', answer('{"data":[]}'), 60);
  expect((await store.get('0:a'))?.body).toBe('{"data":[]}');
  expect(await store.bump()).toBe(1);
  expect(await store.generation()).toBe(1);
  expect(await store.get('0:a')).toBeUndefined();
});

test('the in-process store stays within its bytes, dropping the least recently used', async () => {
  const store = memoryStore({ maxBytes: 8 * 1024 });
  const body = 'x'.repeat(1000);
  for (let index = 0; index < 20; index += 1) await store.set(`0:${index}`, answer(body), 60);
  const kept = [];
  for (let index = 0; index < 20; index += 1) if (await store.get(`0:${index}`)) kept.push(index);
  expect(kept.length).toBeLessThan(8);
  expect(kept).toContain(19);
  expect(kept).not.toContain(0);
  // One answer larger than a quarter of the cache is not kept at all.
  await store.set('0:big', answer('x'.repeat(3000)), 60);
  expect(await store.get('0:big')).toBeUndefined();
});
