/**
 * The Content Manager's edit views as press staff see them: labels and rules instead of attribute
 * names (src/content-manager/views.ts), enumeration values in the interface language, read-only
 * feed state, and no "Set up preview" box without PREVIEW_URL.
 */
import type { Browser, Page } from 'playwright-core';
import { adminToken, app, chooseInterfaceLanguage, createAdminUser, http, launchBrowser, logIn, newPage, screenshots } from './helpers/app';

const ANNOUNCEMENT = 'api::announcement.announcement';
const SLUG = 'sco-journalists-friends-day-2017';
const shot = screenshots('content-manager');

let browser: Browser;
let page: Page;
let token: string;
let documentId: string;

beforeAll(async () => {
  token = await adminToken(app.credentials.admin);
  const list = await http()
    .get(`/content-manager/collection-types/${ANNOUNCEMENT}?locale=ru&filters[slug][$eq]=${SLUG}`)
    .set('Authorization', `Bearer ${token}`);
  documentId = list.body.results[0].documentId;
  browser = await launchBrowser();
  page = await newPage(browser);
  // A user of its own: Strapi limits logins per user, and the other browser tests log the admin in.
  await logIn(page, await createAdminUser(token, { roleCode: 'strapi-super-admin' }));
});
afterAll(() => browser?.close());

const openAnnouncement = async (target: Page, titleLabel = 'Title') => {
  await target.goto(`${app.url}/admin/content-manager/collection-types/${ANNOUNCEMENT}/${documentId}?plugins[i18n][locale]=ru`);
  await target.getByRole('textbox', { name: new RegExp(`^${titleLabel}`) }).waitFor();
};

/** The field labels of the edit view, without the required-field asterisk and a relation's count, "(3)". */
const labelsOf = async (target: Page) =>
  (await target.locator('main label').allTextContents()).map((text) =>
    text
      .replace(/\*$/, '')
      .replace(/\s*\(\d+\)$/, '')
      .trim()
  );

test('the announcement edit view shows labels and rules for people, not attribute names', async () => {
  await openAnnouncement(page);
  const labels = await labelsOf(page);
  for (const label of [
    'Title',
    'Slug',
    'Summary',
    'Category',
    'Event date',
    'Place',
    'Cover image',
    'Media partners',
    'Photo exhibitions',
  ]) {
    expect(labels).toContain(label);
  }
  for (const attribute of ['eventDate', 'mediaPartners', 'photoExhibitions']) {
    expect(labels).not.toContain(attribute);
    expect(await page.getByText(attribute, { exact: true }).count()).toBe(0);
  }
  await page.getByText(/Lead paragraph shown in lists/).waitFor();
  // The category's value by its name, not its code.
  const category = page.getByRole('combobox', { name: /^Category/ });
  expect(await category.textContent()).toContain('Event');
  expect(await category.textContent()).not.toContain('event');
  expect(await page.getByText('Set up preview').count()).toBe(0);
  await shot(page, 'announcement-edit-view');
});

test('labels, descriptions and enumeration values follow the interface language', async () => {
  const officer = await createAdminUser(token, { roleCode: 'strapi-super-admin' });
  const russian = await newPage(browser);
  await logIn(russian, officer);
  await chooseInterfaceLanguage(russian, 'ru');
  await openAnnouncement(russian, 'Заголовок');
  const labels = await labelsOf(russian);
  for (const label of ['Заголовок', 'Рубрика', 'Дата события', 'Медиапартнёры']) expect(labels).toContain(label);
  await russian.getByText('Вводный абзац, показывается в списках.').waitFor();
  const category = russian.getByRole('combobox', { name: /^Рубрика/ });
  expect(await category.textContent()).toContain('Событие');
  await category.click();
  for (const option of ['Новость', 'Заявление', 'Предстоящее событие']) await russian.getByRole('option', { name: option }).waitFor();
  await shot(russian, 'announcement-category-in-russian');
  await russian.keyboard.press('Escape');
  await russian.context().close();
});

test("a feed's poller state is read-only in its edit view", async () => {
  const feed = await http()
    .post('/content-manager/collection-types/plugin::syndication.feed')
    .set('Authorization', `Bearer ${token}`)
    .send({ name: 'Kazinform (e2e)', url: 'https://www.inform.kz/rss/rus.xml', language: 'ru', enabled: false });
  expect(feed.status).toBe(201);
  await page.goto(`${app.url}/admin/content-manager/collection-types/plugin::syndication.feed/${feed.body.data.documentId}`);
  await page.getByRole('textbox', { name: /^Name/ }).waitFor();
  expect(await page.getByRole('textbox', { name: /^Name/ }).isEditable()).toBe(true);
  expect(await page.getByRole('textbox', { name: /^Feed address/ }).isEditable()).toBe(true);
  expect(await page.getByRole('textbox', { name: /^Items seen/ }).isEditable()).toBe(false);
  expect(await page.getByRole('textbox', { name: /^Mentions found/ }).isEditable()).toBe(false);
  expect(await page.getByText('etag', { exact: true }).count()).toBe(0);
  expect(await page.getByText('lastModified', { exact: true }).count()).toBe(0);
  await shot(page, 'feed-edit-view');
});
