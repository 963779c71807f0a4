/**
 * The Content Manager's preview: with PREVIEW_URL it leads to the website's own preview route,
 * without it the edit view shows no "Set up preview" box (which the admin shows when the preview
 * URL request answers 404).
 */
import { loginAdmin } from './helpers/auth';
import { bearer, path } from './helpers/http';
import { spawnSync } from 'child_process';
import { join } from 'path';
import { ROOT, startPressroom, type Pressroom } from './helpers/pressroom';

const ANNOUNCEMENT = 'api::announcement.announcement';
const previewUrl = (pressroom: Pressroom, jwt: string, uid: string, query: Record<string, string>) =>
  pressroom.http.get(path(`/content-manager/preview/url/${uid}`, query)).set(bearer(jwt));

describe('with PREVIEW_URL', () => {
  let pressroom: Pressroom;
  let jwt: string;
  beforeAll(async () => {
    pressroom = await startPressroom({
      env: { PREVIEW_URL: 'https://www.example.org/api/preview?type={type}&documentId={documentId}&locale={locale}&status={status}' },
    });
    jwt = await loginAdmin(pressroom);
  });
  afterAll(() => pressroom?.stop());

  test('each version of a document previews at the website route', async () => {
    const response = await previewUrl(pressroom, jwt, ANNOUNCEMENT, { documentId: 'abc123', locale: 'zh', status: 'draft' });
    expect(response.status).toBe(200);
    expect(response.body.data.url).toBe('https://www.example.org/api/preview?type=announcement&documentId=abc123&locale=zh&status=draft');
    const partner = await previewUrl(pressroom, jwt, 'api::media-partner.media-partner', {
      documentId: 'p1',
      locale: 'en',
      status: 'published',
    });
    expect(partner.body.data.url).toBe('https://www.example.org/api/preview?type=media-partner&documentId=p1&locale=en&status=published');
  });

  test('the website may be framed by the admin panel (CSP frame-src)', async () => {
    const response = await pressroom.http.get('/admin/').set(bearer(jwt));
    expect(response.headers['content-security-policy']).toMatch(/frame-src[^;]*https:\/\/www\.example\.org/);
  });

  test('types the website does not show (feeds) have no preview', async () => {
    const response = await previewUrl(pressroom, jwt, 'plugin::syndication.feed', { documentId: 'f1' });
    expect(response.status).toBe(204);
  });
});

describe('without PREVIEW_URL', () => {
  let pressroom: Pressroom;
  let jwt: string;
  beforeAll(async () => {
    pressroom = await startPressroom({ env: { PREVIEW_URL: '' } });
    jwt = await loginAdmin(pressroom);
  });
  afterAll(() => pressroom?.stop());

  test('preview is off, not "not configured": no URL and no 404 that would show the "Set up preview" box', async () => {
    const response = await previewUrl(pressroom, jwt, ANNOUNCEMENT, { documentId: 'abc123', locale: 'ru', status: 'draft' });
    expect(response.status).toBe(204);
    expect(response.body.data?.url).toBeUndefined();
  });
});

test('a PREVIEW_URL with a mistake stops the boot, saying what is wrong', async () => {
  // In a process of its own, as `npm run start` would be: a failed boot leaves nothing running here.
  const boot = spawnSync(process.execPath, [join(ROOT, 'tests', 'helpers', 'serve-instance.js')], {
    env: { ...process.env, NODE_OPTIONS: '', PORT: '0', PREVIEW_URL: 'https://www.example.org/preview?id={id}' },
    encoding: 'utf8',
    timeout: 120000,
  });
  expect(boot.status).not.toBe(0);
  expect(boot.stdout + boot.stderr).toMatch(/PREVIEW_URL="https:\/\/www\.example\.org\/preview\?id=\{id\}" has unknown placeholder \{id\}/);
});
