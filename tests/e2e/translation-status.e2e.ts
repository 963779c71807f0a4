/**
 * The translator workflow in the admin panel: the matrix of the translation status page, its
 * work list, the edit view in the right locale and its side panel, marking a translation
 * reviewed; the same pages as the zh demo translator; the page in Chinese and Russian.
 */
import type { Browser, Page } from 'playwright-core';
import { adminToken, app, chooseInterfaceLanguage, createAdminUser, http, launchBrowser, logIn, newPage, screenshots } from './helpers/app';

const ANNOUNCEMENT = 'api::announcement.announcement';
const SLUG = 'sco-journalists-friends-day-2017';
const shot = screenshots('translation-status');

let browser: Browser;
let page: Page;
let token: string;
let documentId: string;

const api = (method: 'get' | 'put' | 'post', url: string) => http()[method](url).set('Authorization', `Bearer ${token}`);

beforeAll(async () => {
  token = await adminToken(app.credentials.admin);
  const list = await api('get', `/content-manager/collection-types/${ANNOUNCEMENT}?locale=ru&filters[slug][$eq]=${SLUG}`);
  documentId = list.body.results[0].documentId;
  browser = await launchBrowser();
  page = await newPage(browser);
});
afterAll(() => browser?.close());

const summaryCount = async (locale: string, status: string) => {
  const summary = (await api('get', '/translation-status/summary')).body.data;
  return summary.contentTypes.find((type: { uid: string }) => type.uid === ANNOUNCEMENT).counts[locale][status] as number;
};

test('the matrix shows the counts of the summary route', async () => {
  await logIn(page, app.credentials.admin);
  await page.getByRole('link', { name: 'Translation status', exact: true }).click();
  await page.getByRole('heading', { name: 'Translation status' }).waitFor();
  const current = await summaryCount('zh', 'current');
  await page.getByTestId(`cell-${ANNOUNCEMENT}-zh-current`).waitFor();
  expect(await page.getByTestId(`cell-${ANNOUNCEMENT}-zh-current`).textContent()).toBe(`Current: ${current}`);
  await shot(page, 'matrix');
});

test('editing a localized field of the source outdates zh; the matrix leads to it and to its edit view', async () => {
  const ru = await api('get', `/content-manager/collection-types/${ANNOUNCEMENT}/${documentId}?locale=ru`);
  // The field alone: a whole version sent back carries `status: 'modified'` once edited, which the API refuses.
  const edited = await api('put', `/content-manager/collection-types/${ANNOUNCEMENT}/${documentId}?locale=ru`).send({
    summary: `${ru.body.data.summary} (уточнено)`,
  });
  expect(edited.status).toBe(200);
  expect(await summaryCount('zh', 'outdated')).toBe(1);

  await page.reload();
  const cell = page.getByTestId(`cell-${ANNOUNCEMENT}-zh-outdated`);
  expect(await cell.textContent()).toBe('Outdated: 1');
  await cell.click();
  await page.getByTestId('translation-row').first().waitFor();
  expect(await page.getByTestId('translation-row').count()).toBe(1);
  const zhTitle = (await api('get', `/content-manager/collection-types/${ANNOUNCEMENT}/${documentId}?locale=zh`)).body.data.title;
  expect(await page.getByTestId('translation-row').textContent()).toContain(zhTitle);
  await shot(page, 'work-list-zh-outdated');

  await page.getByRole('link', { name: 'Open' }).click();
  await page.waitForURL((url) => url.pathname.endsWith(`/${documentId}`) && url.search.includes('zh'));
  const panel = page.getByTestId('translation-status-panel');
  await panel.waitFor();
  expect(await page.getByTestId('translation-status-ru').textContent()).toMatch(/ru \(source\)\s*Current/);
  expect(await page.getByTestId('translation-status-zh').textContent()).toMatch(/zh\s*Outdated/);
  expect(await page.getByTestId('translation-status-en').textContent()).toMatch(/en\s*Outdated/);
  await shot(page, 'edit-view-zh-side-panel');
});

test('marking zh reviewed in the side panel makes it current, and only zh', async () => {
  await page.getByTestId('translation-status-zh').getByRole('button', { name: 'Mark reviewed' }).click();
  await page.getByTestId('translation-status-zh').getByText('Current').waitFor();
  expect(await page.getByTestId('translation-status-en').textContent()).toMatch(/Outdated/);
  expect(await summaryCount('zh', 'outdated')).toBe(0);
  expect(await summaryCount('en', 'outdated')).toBe(1);
  await shot(page, 'edit-view-zh-reviewed');
});

test('the zh demo translator sees the page, and may mark only zh reviewed', async () => {
  const translator = await newPage(browser);
  await logIn(translator, app.credentials.translatorZh);
  await translator.goto(`${app.url}/admin/content-manager/collection-types/${ANNOUNCEMENT}/${documentId}?plugins[i18n][locale]=en`);
  await translator.getByTestId('translation-status-panel').waitFor();
  expect(await translator.getByTestId('translation-status-en').textContent()).toMatch(/Outdated/);
  expect(await translator.getByTestId('translation-status-en').getByRole('button').count()).toBe(0);
  await shot(translator, 'translator-zh-edit-view-en');

  await translator.getByRole('link', { name: 'Translation status', exact: true }).click();
  await translator.getByTestId(`cell-${ANNOUNCEMENT}-zh-current`).waitFor();
  await shot(translator, 'translator-zh-matrix');
  await translator.context().close();
});

test('in Chinese and in Russian, the page and its table header are translated', async () => {
  // A user of their own: the interface language is kept per user.
  const officer = await createAdminUser(token, { roleCode: 'strapi-super-admin' });
  const translated = await newPage(browser);
  await logIn(translated, officer);
  for (const [language, heading, column] of [
    ['zh', '翻译状态', '内容类型'],
    ['ru', 'Статус переводов', 'Тип содержимого'],
  ] as const) {
    await chooseInterfaceLanguage(translated, language);
    await translated.goto(`${app.url}/admin/plugins/translation-status`);
    await translated.getByRole('heading', { name: heading, level: 1 }).waitFor();
    await translated.getByText(column, { exact: true }).first().waitFor();
    await shot(translated, `matrix-in-${language}`);
  }
  await translated.context().close();
});
