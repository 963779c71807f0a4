/**
 * What the public may and may not do, and the limits set deliberately instead of Strapi's
 * defaults: drafts, pagination and query depth, CORS, uploads.
 */
import { ANNOUNCEMENT, CONTRACT } from '../src/content-types';
import { createApiToken } from './helpers/auth';
import { bearer, path } from './helpers/http';
import { startPressroom, type Pressroom } from './helpers/pressroom';

let pressroom: Pressroom;
let fullAccess: string;
let readOnly: string;

beforeAll(async () => {
  pressroom = await startPressroom({ seed: true });
  fullAccess = await createApiToken(pressroom, 'full-access');
  readOnly = await createApiToken(pressroom, 'read-only');
});
afterAll(() => pressroom?.stop());

const graphql = (query: string, variables: Record<string, unknown> = {}, token?: string) => {
  const call = pressroom.http.post('/graphql');
  if (token) call.set(bearer(token));
  return call.send({ query, variables });
};

describe('drafts are never public', () => {
  let draftId: string;
  let contractId: string;

  beforeAll(async () => {
    const draft = await pressroom.strapi.documents(ANNOUNCEMENT).create({
      locale: 'ru',
      data: { title: 'Черновик: не для публикации', slug: 'unpublished-draft', category: 'news' },
    } as any);
    draftId = draft.documentId;

    // A published contract whose draft was edited afterwards: the public keeps the published text.
    const contract = await pressroom.strapi.documents(CONTRACT).findFirst({
      locale: 'en',
      filters: { slug: 'sco-tass-2016' },
    } as any);
    contractId = contract.documentId;
    await pressroom.strapi.documents(CONTRACT).update({
      documentId: contractId,
      locale: 'en',
      data: { title: 'Unreviewed new title' },
    } as any);
  });

  test('a never-published document is absent from lists and single reads', async () => {
    const list = await pressroom.http.get(path('/api/announcements', { locale: 'ru' }));
    expect(list.body.data.map((announcement: any) => announcement.documentId)).not.toContain(draftId);
    const single = await pressroom.http.get(`/api/announcements/${draftId}?locale=ru`);
    expect(single.status).toBe(404);
  });

  test('an edited draft does not leak over its published version', async () => {
    const response = await pressroom.http.get(`/api/contracts/${contractId}?locale=en`);
    expect(response.body.data.title).toBe('Cooperation contract between the SCO Secretariat and TASS');
  });

  test('asking REST for status=draft anonymously is refused', async () => {
    for (const url of ['/api/announcements?status=draft&locale=ru', `/api/announcements/${draftId}?status=draft&locale=ru`]) {
      const response = await pressroom.http.get(url);
      expect(response.status).toBe(403);
      expect(response.body.error.message).toMatch(/Drafts are not public/);
    }
  });

  test('asking GraphQL for drafts anonymously is refused', async () => {
    const response = await graphql(`
      {
        announcements(status: DRAFT, locale: "ru") {
          documentId
          title
        }
      }
    `);
    expect(response.body.data?.announcements ?? null).toBeNull();
    expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');

    const list = await graphql(`
      {
        announcements(locale: "ru") {
          documentId
        }
      }
    `);
    expect(list.body.data.announcements.map((announcement: any) => announcement.documentId)).not.toContain(draftId);
  });

  test('a preview with an API token may read drafts', async () => {
    const response = await pressroom.http.get(`/api/announcements/${draftId}?status=draft&locale=ru`).set(bearer(readOnly));
    expect(response.status).toBe(200);
    expect(response.body.data.title).toBe('Черновик: не для публикации');
  });

  test('the public may not write', async () => {
    const response = await pressroom.http
      .post('/api/announcements?locale=ru')
      .send({ data: { title: 'Anonymous', slug: 'anonymous', category: 'news' } });
    expect(response.status).toBe(403);
    const deleted = await pressroom.http.delete(`/api/contracts/${contractId}?locale=en`);
    expect(deleted.status).toBe(403);
  });
});

describe('query limits', () => {
  test('REST page size is capped at 100', async () => {
    const response = await pressroom.http.get(path('/api/announcements', { pagination: { pageSize: 5000 } }));
    expect(response.status).toBe(200);
    expect(response.body.meta.pagination.pageSize).toBe(100);
  });

  test('GraphQL page size is capped at 100', async () => {
    const response = await graphql(`
      {
        announcements_connection(pagination: { pageSize: 5000 }) {
          pageInfo {
            pageSize
          }
        }
      }
    `);
    expect(response.body.data.announcements_connection.pageInfo.pageSize).toBe(100);
  });

  test('GraphQL queries deeper than the depth limit are refused', async () => {
    const deep = `{ announcements { mediaPartners { announcements { mediaPartners { announcements { mediaPartners { announcements { mediaPartners { slug } } } } } } } } }`;
    const response = await graphql(deep);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).toMatch(/exceeds maximum operation depth of 7/);
  });
});

describe('CORS', () => {
  test('a configured website origin may call the API from a browser', async () => {
    const response = await pressroom.http.get('/api/announcements').set('Origin', 'http://localhost:3000');
    expect(response.headers['access-control-allow-origin']).toBe('http://localhost:3000');
  });

  test('another origin is not allowed', async () => {
    const response = await pressroom.http.get('/api/announcements').set('Origin', 'https://elsewhere.example');
    expect(response.headers['access-control-allow-origin']).not.toBe('https://elsewhere.example');
    expect(response.headers['access-control-allow-origin']).not.toBe('*');
  });
});

describe('uploads', () => {
  const upload = (name: string, content: Buffer, contentType: string) =>
    pressroom.http.post('/api/upload').set(bearer(fullAccess)).attach('files', content, { filename: name, contentType });

  const PDF = Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
  );

  test('a PDF document is accepted', async () => {
    const response = await upload('contract.pdf', PDF, 'application/pdf');
    expect(response.status).toBe(201);
    expect(response.body[0].mime).toBe('application/pdf');
  });

  test.each([
    ['page.html', '<html><script>alert(1)</script></html>', 'text/html'],
    ['logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'image/svg+xml'],
    ['tool.sh', '#!/bin/sh\necho hi\n', 'application/x-sh'],
    // Declared as a JPEG, but the content is an executable: Strapi sniffs the real type.
    ['photo.jpg', '\x7fELF\x02\x01\x01\x00'.padEnd(256, '\x00'), 'image/jpeg'],
  ])('%s is refused', async (name, content, contentType) => {
    const before = await pressroom.strapi.db.query('plugin::upload.file').count();
    const response = await upload(name, Buffer.from(content), contentType);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.error)).toMatch(/type|allowed/i);
    expect(await pressroom.strapi.db.query('plugin::upload.file').count()).toBe(before);
  });

  test('a file over the size limit is refused', async () => {
    const tooBig = Buffer.alloc(26 * 1024 * 1024, 0x20);
    PDF.copy(tooBig);
    const response = await upload('huge.pdf', tooBig, 'application/pdf');
    expect(response.status).toBe(413);
  });
});
