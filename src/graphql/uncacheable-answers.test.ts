import { isHeaderApolloReplaces, uncacheableAnswers } from './uncacheable-answers';

const answer = async (header?: string) => {
  const headers = new Map<string, string>(header === undefined ? [] : [['cache-control', header]]);
  const listener = await uncacheableAnswers.requestDidStart();
  await listener.willSendResponse({ response: { http: { headers } } });
  return headers.get('cache-control');
};

test('no-store, as Apollo answers a schema without cache hints', async () => {
  expect(await answer()).toBe('no-store');
  expect(await answer('no-store')).toBe('no-store');
  expect(await answer('max-age=60, public')).toBe('no-store');
});

test('a header Apollo cannot read is left as it is', async () => {
  expect(isHeaderApolloReplaces('public, max-age=60, stale-while-revalidate=30')).toBe(false);
  expect(await answer('private, no-store')).toBe('private, no-store');
});
