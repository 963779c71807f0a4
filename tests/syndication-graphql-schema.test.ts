/**
 * What websites see of the syndication plugin in the public GraphQL schema: the stats query and
 * the mention counts on agencies, never the plugin's own tables (mentions, rollups, feeds with
 * their poller state, locks). Introspection as an anonymous caller, through the real /graphql.
 */
import { startPressroom, type Pressroom } from './helpers/pressroom';

let pressroom: Pressroom;
beforeAll(async () => {
  pressroom = await startPressroom();
});
afterAll(() => pressroom?.stop());

const PRIVATE = /mention(?!count)|rollup|syndicationfeed|syndicationlock|^feed|^lock/i;

test('introspection as the public role shows no type, query or mutation of feeds, locks, mentions or rollups', async () => {
  const response = await pressroom.http.post('/graphql').send({
    query: `{ __schema {
      types { name }
      queryType { fields { name } }
      mutationType { fields { name } }
    } }`,
  });
  expect(response.status).toBe(200);
  const schema = response.body.data.__schema;
  const types = schema.types.map((type: any) => type.name as string);
  const queries = schema.queryType.fields.map((field: any) => field.name as string);
  const mutations = (schema.mutationType?.fields ?? []).map((field: any) => field.name as string);

  expect(queries).toContain('syndicationStats');
  expect(types.filter((name: string) => /^Syndication(Feed|Lock|Mention|DayRollup|MonthRollup)/.test(name))).toEqual([]);
  expect(queries.filter((name: string) => PRIVATE.test(name))).toEqual([]);
  expect(mutations.filter((name: string) => PRIVATE.test(name))).toEqual([]);
});
