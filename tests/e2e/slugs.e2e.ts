/**
 * Slugs in the edit view: the regenerate button writes the title's slug by the rule of the locale,
 * and a new document saved with the form's placeholder slug gets its title's slug from the server.
 */
import type { Browser, Page } from 'playwright-core';
import { adminToken, app, createAdminUser, http, launchBrowser, logIn, newPage, screenshots } from './helpers/app';

const ANNOUNCEMENT = 'api::announcement.announcement';
const shot = screenshots('slugs');

let browser: Browser;
let page: Page;
let token: string;

beforeAll(async () => {
  token = await adminToken(app.credentials.admin);
  browser = await launchBrowser();
  page = await newPage(browser);
  await logIn(page, await createAdminUser(token, { roleCode: 'strapi-super-admin' }));
});
afterAll(() => browser?.close());

const newAnnouncement = async (locale: string) => {
  await page.goto(`${app.url}/admin/content-manager/collection-types/${ANNOUNCEMENT}/create?plugins[i18n][locale]=${locale}`);
  const title = page.getByRole('textbox', { name: /^Title/ });
  const slug = page.getByRole('textbox', { name: /^Slug/ });
  await title.waitFor();
  return { title, slug };
};

const slugIs = (expected: string) =>
  page.waitForFunction((value) => (document.querySelector('input[name="slug"]') as HTMLInputElement | null)?.value === value, expected);

test('the regenerate button writes a Russian title by BGN/PCGN', async () => {
  const { title, slug } = await newAnnouncement('ru');
  await slugIs('announcement');
  await title.fill('Встреча в Бишкеке');
  await slug.hover();
  await page.getByRole('button', { name: 'Regenerate' }).click();
  await slugIs('vstrecha-v-bishkeke');
  await shot(page, 'ru-regenerated');
});

test('a new Chinese document saved with the placeholder slug gets its pinyin slug', async () => {
  const { title } = await newAnnouncement('zh');
  await slugIs('announcement');
  await title.fill('上海合作组织秘书处');
  await page.getByRole('button', { name: /^Save$/ }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/create'));
  await slugIs('shang-hai-he-zuo-zu-zhi-mi-shu-chu');
  await shot(page, 'zh-saved');

  const documentId = new URL(page.url()).pathname.split('/').pop();
  const stored = await http()
    .get(`/content-manager/collection-types/${ANNOUNCEMENT}/${documentId}?locale=zh`)
    .set('Authorization', `Bearer ${token}`);
  expect(stored.body.data.slug).toBe('shang-hai-he-zuo-zu-zhi-mi-shu-chu');
});
