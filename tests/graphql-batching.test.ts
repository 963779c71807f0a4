/**
 * GraphQL without N+1 (src/graphql/batching): the README's query costs the same handful of SQL
 * queries for 10 and for 100 announcements, and every answer is the JSON Strapi's own resolvers
 * give (batching switched off at run time, same database): demo content and generated content in
 * three locales, the locale fallback, drafts through an API token, a public role that may not read
 * contracts, pagination, sorting and filters on relation fields. resolversConfig middlewares and
 * policies still wrap the batched fields.
 */
import type { Core } from '@strapi/strapi';
import { createApiToken } from './helpers/auth';
import { bearer } from './helpers/http';
import { startPressroom, type Pressroom } from './helpers/pressroom';

const { fillReadPathContent } = require('../scripts/lib/read-path-fixture.js');

const contractsMiddlewareCalls: string[] = [];
const exhibitionPolicyCalls: string[] = [];
const partnerShortNamePolicyCalls: string[] = [];
// While a test sets it: refuse the shortName of the first partner the policy sees (null: refuse none).
let partnerShortNameRefusal: { slug?: string } | null = null;

/** A middleware and a policy on batched fields, as another part of Pressroom would add them. */
function extendGraphql(strapi: Core.Strapi) {
  strapi.get('policies').set('global::test-exhibitions-policy', (policyContext: any) => {
    exhibitionPolicyCalls.push(policyContext.parent.documentId);
    return true;
  });
  // A policy on a scalar field of a nested type: such fields keep Strapi's wrapper (src/graphql/field-wrappers.ts).
  strapi.get('policies').set('global::test-partner-short-name-policy', (policyContext: any) => {
    partnerShortNamePolicyCalls.push(policyContext.parent.documentId);
    if (!partnerShortNameRefusal) return true;
    partnerShortNameRefusal.slug ??= policyContext.parent.slug;
    return policyContext.parent.slug !== partnerShortNameRefusal.slug;
  });
  strapi
    .plugin('graphql')
    .service('extension')
    .use(() => ({
      resolversConfig: {
        // Not on a picture field: Strapi merges two extensions' middleware lists of one field by
        // position, and src/image-texts already has one there.
        'Announcement.contracts': {
          middlewares: [
            async (next: any, parent: any, args: any, context: any, info: any) => {
              contractsMiddlewareCalls.push(parent.documentId);
              const contracts = await next(parent, args, context, info);
              return contracts.map((contract: any) => ({ ...contract, title: `wrapped: ${contract.title}` }));
            },
          ],
        },
        'Announcement.photoExhibitions': {
          policies: ['global::test-exhibitions-policy'],
        },
        'MediaPartner.shortName': {
          policies: ['global::test-partner-short-name-policy'],
        },
      },
    }));
}

const ANNOUNCEMENTS = 150;

let pressroom: Pressroom;
beforeAll(async () => {
  pressroom = await startPressroom({ seed: true, beforeBootstrap: extendGraphql });
  await fillReadPathContent(pressroom.strapi, { announcements: ANNOUNCEMENTS });
}, 900_000);
afterAll(() => pressroom?.stop());

const README_QUERY = `
  query Announcements($locale: I18NLocaleCode = "en", $pageSize: Int = 10, $fallback: Boolean) {
    announcements(locale: $locale, sort: "eventDate:desc", pagination: { pageSize: $pageSize }, fallback: $fallback) {
      documentId
      slug
      title
      summary
      category
      eventDate
      location
      cover { url alternativeText formats }
      mediaPartners { slug name shortName country website }
      contracts { slug title signedOn partner { name } }
      photoExhibitions { slug title photos { caption image { url formats } } }
    }
  }`;

const setBatching = (on: boolean) => pressroom.strapi.config.set('plugin::graphql.batching', on);

/** Posts a GraphQL operation and counts the SQL queries it cost. */
async function run(query: string, variables: Record<string, unknown> = {}, token?: string) {
  let queries = 0;
  // The embargo scheduler's rescan (two queries on embargo_actions every second) is not the request's.
  const count = ({ sql }: { sql: string }) => {
    if (!sql.includes('embargo_actions')) queries += 1;
  };
  const connection = pressroom.strapi.db.connection;
  connection.on('query', count);
  try {
    const call = pressroom.http.post('/graphql');
    if (token) call.set(bearer(token));
    const response = await call.send({ query, variables });
    return { status: response.status, body: response.body, queries };
  } finally {
    connection.off('query', count);
  }
}

/** The same operation with Strapi's resolvers and with the batched ones: the answers must be equal. */
async function compare(query: string, variables: Record<string, unknown> = {}, token?: string) {
  setBatching(false);
  const strapiAnswer = await run(query, variables, token);
  setBatching(true);
  const batched = await run(query, variables, token);
  expect(batched.status).toBe(strapiAnswer.status);
  expect(batched.body).toEqual(strapiAnswer.body);
  return { strapi: strapiAnswer, batched };
}

afterEach(() => setBatching(true));

test.each(['ru', 'zh', 'en'])('the README query on the demo content in %s: the same answer as Strapi', async (locale) => {
  const onlyDemo = README_QUERY.replace('$fallback: Boolean)', '$fallback: Boolean, $filters: AnnouncementFiltersInput)').replace(
    'fallback: $fallback)',
    'fallback: $fallback, filters: $filters)'
  );
  const { batched } = await compare(onlyDemo, { locale, filters: { slug: { startsWith: 'sco-' } } });
  expect(batched.body.errors).toBeUndefined();
  const demo = batched.body.data.announcements.find((item: any) => item.slug === 'sco-journalists-friends-day-2017');
  expect(demo.mediaPartners.length).toBeGreaterThan(0);
  expect(demo.cover.url).toMatch(/^\/uploads\//);
});

describe('the README query on generated content', () => {
  test.each(['ru', 'zh', 'en'])('in %s, 10 and 100 announcements: same answers, at most 12 queries', async (locale) => {
    for (const pageSize of [10, 100]) {
      const { strapi, batched } = await compare(README_QUERY, { locale, pageSize });
      const announcements = batched.body.data.announcements;
      expect(announcements).toHaveLength(pageSize);
      expect(announcements.every((item: any) => item.slug.endsWith(`-${locale}`) || item.slug.startsWith('sco-'))).toBe(true);
      const photos = announcements.flatMap((item: any) => item.photoExhibitions.flatMap((exhibition: any) => exhibition.photos));
      expect(photos.length).toBeGreaterThan(0);
      expect(photos.filter((photo: any) => !photo.image?.url)).toEqual([]);
      expect(batched.queries).toBeLessThanOrEqual(12);
      expect(strapi.queries).toBeGreaterThan(pageSize * 3);
    }
  });

  test('related documents come in the locale asked for, or the fallback locale of their announcement', async () => {
    const { batched } = await compare(README_QUERY, { locale: 'en', pageSize: 100, fallback: true });
    expect(batched.queries).toBeLessThanOrEqual(12);
    const announcements = batched.body.data.announcements;
    const fromRussian = announcements.filter((item: any) => item.slug.endsWith('-ru'));
    expect(fromRussian.length).toBeGreaterThan(0);
    for (const item of announcements) {
      const locale = item.slug.startsWith('sco-') ? null : item.slug.slice(-2);
      if (!locale) continue;
      for (const partner of item.mediaPartners) expect(partner.slug.endsWith(`-${locale}`)).toBe(true);
      for (const contract of item.contracts) expect(contract.slug.endsWith(`-${locale}`)).toBe(true);
      for (const exhibition of item.photoExhibitions) expect(exhibition.slug.endsWith(`-${locale}`)).toBe(true);
    }
  });

  test('resolversConfig middlewares and policies still wrap the batched fields, and scalar fields', async () => {
    contractsMiddlewareCalls.length = 0;
    exhibitionPolicyCalls.length = 0;
    partnerShortNamePolicyCalls.length = 0;
    const refusal: { slug?: string } = {};
    partnerShortNameRefusal = refusal;
    const { body, queries } = await run(README_QUERY, { locale: 'zh', pageSize: 25 }).finally(() => {
      partnerShortNameRefusal = null;
    });
    expect(queries).toBeLessThanOrEqual(12);
    const announcements = body.data.announcements;
    expect(contractsMiddlewareCalls).toHaveLength(25);
    expect(exhibitionPolicyCalls).toHaveLength(25);
    const partners = announcements.flatMap((item: any) => item.mediaPartners);
    expect(partners.length).toBeGreaterThan(0);
    expect(partnerShortNamePolicyCalls).toHaveLength(partners.length);
    // The policy refuses one partner's shortName: a policy error on that field only, as Strapi gives it.
    const refused = partners.filter((partner: any) => partner.slug === refusal.slug);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((partner: any) => partner.shortName === null)).toBe(true);
    expect(partners.filter((partner: any) => partner.shortName !== null).length).toBe(partners.length - refused.length);
    expect(body.errors?.length ?? 0).toBe(refused.length);
    const contracts = announcements.flatMap((item: any) => item.contracts);
    expect(contracts.length).toBeGreaterThan(0);
    expect(contracts.every((contract: any) => contract.title.startsWith('wrapped: '))).toBe(true);
  });
});

describe('arguments and rules of relation fields (generated content)', () => {
  test('pagination, sorting and filters on relations and components give what Strapi gives', async () => {
    const query = `query($locale: I18NLocaleCode) {
      mediaPartners(locale: $locale, sort: "slug:asc", pagination: { pageSize: 100 }) {
        slug
        leaders(pagination: { limit: 1 }) { name }
        logo { url }
        contracts(sort: "title:desc", pagination: { start: 1, limit: 2 }) { slug partner { slug } }
        announcements(filters: { category: { eq: "news" } }, sort: "slug:asc", pagination: { page: 2, pageSize: 3 }) {
          slug
          contracts(pagination: { limit: 1 }) { slug }
          mediaPartners(sort: "slug:desc") { slug }
        }
        announcements_connection(pagination: { pageSize: 2 }) { nodes { slug } }
      }
      photoExhibitions(locale: $locale, pagination: { pageSize: 100 }) {
        slug
        photos(pagination: { start: 1, limit: 1 }, sort: "caption:desc") { caption image { url } }
        announcements(pagination: { limit: 2 }) { slug }
      }
    }`;
    for (const locale of ['ru', 'zh', 'en']) {
      const { batched, strapi } = await compare(query, { locale });
      expect(batched.body.errors).toBeUndefined();
      const partners = batched.body.data.mediaPartners;
      // Partners 0-5 have two contracts, the others one: the page from the second leaves one or none.
      expect(
        partners
          .filter((partner: any) => partner.slug.startsWith('rp-'))
          .map((partner: any) => partner.contracts.length)
          .sort()
      ).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
      expect(partners.some((partner: any) => partner.announcements.length === 3)).toBe(true);
      expect(partners.every((partner: any) => partner.leaders.length <= 1)).toBe(true);
      expect(batched.queries).toBeLessThan(strapi.queries);
    }
  });

  test('drafts through an API token: draft versions and their draft relations, as Strapi gives them', async () => {
    const token = await createApiToken(pressroom, 'full-access');
    const query = `{
      announcements(status: DRAFT, locale: "ru", sort: "slug:asc", pagination: { pageSize: 100 }) {
        slug title mediaPartners { slug name } contracts { slug partner { slug } } cover { url }
        photoExhibitions { slug photos { image { url } } }
      }
    }`;
    const { batched } = await compare(query, {}, token);
    expect(batched.body.errors).toBeUndefined();
    const changed = batched.body.data.announcements.filter((item: any) => item.title.includes('draft change'));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((item: any) => item.mediaPartners.length === 1)).toBe(true);

    const published = await compare(query.replace('status: DRAFT', 'status: PUBLISHED'), {}, token);
    expect(published.batched.body.data.announcements.some((item: any) => item.title.includes('draft change'))).toBe(false);
  });

  test('a public role that may not read contracts gets what Strapi gives it', async () => {
    const { strapi } = pressroom;
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const permission = 'plugin::users-permissions.permission';
    const contractActions = ['api::contract.contract.find', 'api::contract.contract.findOne'];
    const removed = await strapi.db.query(permission).findMany({ where: { role: role.id, action: { $in: contractActions } } });
    await strapi.db.query(permission).deleteMany({ where: { id: { $in: removed.map(({ id }: any) => id) } } });
    try {
      const { batched } = await compare(README_QUERY, { locale: 'ru', pageSize: 10 });
      expect(batched.body.errors?.length).toBeGreaterThan(0);
      expect(batched.body.errors.every((error: any) => error.path.includes('contracts'))).toBe(true);
      const withoutContracts = await compare(README_QUERY.replace('contracts { slug title signedOn partner { name } }', ''), {
        locale: 'ru',
        pageSize: 10,
      });
      expect(withoutContracts.batched.body.errors).toBeUndefined();
    } finally {
      for (const { action } of removed) await strapi.db.query(permission).create({ data: { action, role: role.id } });
    }
  });
});

describe("the websites' reads look rows up by index", () => {
  /** An index's columns in the index's order (Strapi's schema inspector gives them in no order). */
  async function indexColumns(table: string, index: string): Promise<string[]> {
    const connection = pressroom.strapi.db.connection;
    const client = process.env.DATABASE_CLIENT ?? 'sqlite';
    if (client === 'sqlite') return (await connection.raw(`PRAGMA index_info(${index})`)).map((row: any) => row.name);
    if (client === 'postgres') {
      const { rows } = await connection.raw('SELECT indexdef FROM pg_indexes WHERE tablename = ? AND indexname = ?', [table, index]);
      return rows.length ? /\(([^)]*)\)$/.exec(rows[0].indexdef)![1].split(', ') : [];
    }
    const [rows] = await connection.raw(
      'SELECT column_name AS name FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = ? AND index_name = ? ORDER BY seq_in_index',
      [table, index]
    );
    return rows.map((row: any) => row.name);
  }

  test("the content types' own indexes exist on every database, columns in order", async () => {
    expect(await indexColumns('announcements', 'announcements_locale_event_date')).toEqual(['locale', 'event_date', 'published_at']);
    for (const table of ['announcements', 'media_partners', 'contracts', 'photo_exhibitions']) {
      expect(await indexColumns(table, `${table}_slug_locale`)).toEqual(['slug', 'locale']);
    }
  });

  // SQLite plans by rules where the server databases plan by statistics: its plans show what
  // an index or a query's shape changes, with no timing.
  const onSqlite = (process.env.DATABASE_CLIENT ?? 'sqlite') === 'sqlite' ? test : test.skip;
  onSqlite('the README query scans no table of announcements and finds texts by their announcements (SQLite plans)', async () => {
    const statements: { sql: string; bindings: unknown[] }[] = [];
    const capture = ({ sql, bindings }: { sql: string; bindings: unknown[] }) => {
      if (/^select/i.test(sql) && !sql.includes('embargo_actions')) statements.push({ sql, bindings });
    };
    const connection = pressroom.strapi.db.connection;
    connection.on('query', capture);
    try {
      await run(README_QUERY, { locale: 'zh', pageSize: 25 });
    } finally {
      connection.off('query', capture);
    }
    const plans = await Promise.all(
      statements.map(async ({ sql, bindings }) => {
        const rows = await connection.raw(
          `EXPLAIN QUERY PLAN ${sql}`,
          bindings.map((value) => (value instanceof Date ? value.valueOf() : value))
        );
        return { sql, plan: rows.map((row: any) => row.detail).join('; ') };
      })
    );
    const list = plans.find(({ sql }) => /from `announcements` as `t0` where/.test(sql));
    expect(list?.plan).toMatch(/USING INDEX announcements_locale_event_date \(locale=\?\)/);
    const texts = plans.find(({ sql }) => sql.includes('`components_media_image_texts`'));
    expect(texts?.plan).toMatch(/announcements_uq \(entity_id=\?\)/);
    expect(plans.filter(({ plan }) => /SCAN (t0|link|announcements)\b(?! USING)/.test(plan))).toEqual([]);
  });
});
