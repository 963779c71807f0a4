/**
 * What changed in the source, as the zh demo translator sees it: an editor changes the Russian
 * title and a paragraph of the body; the translator's homepage widget counts the outdated zh
 * version and leads to the work list, whose row unfolds the diff; the edit view's side panel
 * shows it too, at a wide and a narrow width; marking zh reviewed makes it go away.
 */
import type { Browser, Page } from 'playwright-core';
import { adminToken, app, http, launchBrowser, logIn, newPage, screenshots } from './helpers/app';

const ANNOUNCEMENT = 'api::announcement.announcement';
const SLUG = 'sco-journalists-friends-day-2017';
const ADDED_WORD = 'торжественно';
const ADDED_SENTENCE = 'Контракт вступает в силу со дня подписания.';
const shot = screenshots('translation-changes');

let browser: Browser;
let page: Page;
let token: string;
let translatorToken: string;
let documentId: string;

const api = (method: 'get' | 'put', url: string, bearer = token) => http()[method](url).set('Authorization', `Bearer ${bearer}`);
const cm = (locale: string) => `/content-manager/collection-types/${ANNOUNCEMENT}/${documentId}?locale=${locale}`;

beforeAll(async () => {
  token = await adminToken(app.credentials.admin);
  translatorToken = await adminToken(app.credentials.translatorZh);
  const list = await api('get', `/content-manager/collection-types/${ANNOUNCEMENT}?locale=ru&filters[slug][$eq]=${SLUG}`);
  documentId = list.body.results[0].documentId;

  // The editor's change: a word in the title, a sentence at the end of the fourth paragraph.
  const ru = (await api('get', cm('ru'))).body.data;
  const body = structuredClone(ru.body);
  body[3].children[0].text = `${body[3].children[0].text} ${ADDED_SENTENCE}`;
  const title = ru.title.replace('ШОС отметили', `ШОС ${ADDED_WORD} отметили`);
  expect((await api('put', cm('ru')).send({ title, body })).status).toBe(200);

  browser = await launchBrowser();
  page = await newPage(browser);
  await logIn(page, app.credentials.translatorZh);
});
afterAll(() => browser?.close());

const outdatedCount = async () => {
  const summary = (await api('get', '/translation-status/summary', translatorToken)).body.data;
  expect(summary.workLocales).toEqual(['zh']);
  return summary.contentTypes.find((type: { uid: string }) => type.uid === ANNOUNCEMENT).counts.zh.outdated as number;
};

test('the homepage widget shows the zh counts and leads to the outdated work list', async () => {
  const outdated = await outdatedCount();
  expect(outdated).toBeGreaterThanOrEqual(1);
  await page.goto(`${app.url}/admin`);
  const widget = page.getByTestId('translation-work-widget');
  await widget.waitFor();
  expect(await widget.textContent()).toContain('Your locale: zh');
  expect(await widget.locator('th').allTextContents()).toEqual(['Content type', 'Missing', 'Outdated']);
  const link = widget.getByTestId(`widget-${ANNOUNCEMENT}-zh-outdated`);
  expect(await link.textContent()).toBe(String(outdated));
  await widget.scrollIntoViewIfNeeded();
  await shot(page, 'homepage-widget-translator-zh');

  await link.click();
  await page.waitForURL((url) => url.pathname.endsWith('/plugins/translation-status/documents') && url.search.includes('status=outdated'));
  await page.getByTestId('translation-row').first().waitFor();
  expect(await page.getByTestId('translation-row').count()).toBe(outdated);
});

test('the work list unfolds what changed: the word and the sentence marked as added, not by colour only', async () => {
  const zhTitle = (await api('get', cm('zh'))).body.data.title;
  const row = page.getByTestId('translation-row').filter({ hasText: zhTitle });
  const toggle = row.getByRole('button', { name: 'What changed' });
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  await toggle.click();
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  const changes = page.getByTestId('translation-row-changes').getByTestId('source-changes');
  await changes.waitFor();
  const title = changes.getByTestId('source-change-title');
  expect(await title.locator('ins').textContent()).toBe(`[added: ${ADDED_WORD}]`);
  expect(await title.locator('del').count()).toBe(0);
  const body = changes.getByTestId('source-change-body');
  expect(await body.locator('ins').textContent()).toBe(`[added: ${ADDED_SENTENCE}]`);
  // Struck through and underlined, whatever the colours.
  expect(await title.locator('ins').evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('underline');
  // The unchanged paragraphs are shortened around the change.
  expect(await body.textContent()).toContain('…');
  await shot(page, 'work-list-what-changed');
});

for (const [width, name] of [
  [1440, 'wide'],
  [1024, 'narrow'],
] as const) {
  test(`the edit view's side panel shows the diff (${name}, ${width} px)`, async () => {
    await page.setViewportSize({ width, height: 1000 });
    await page.goto(`${app.url}/admin/content-manager/collection-types/${ANNOUNCEMENT}/${documentId}?plugins[i18n][locale]=zh`);
    // Below the desktop breakpoint the Content Manager keeps its side panels in a drawer at the bottom.
    if (name === 'narrow') await page.getByRole('button', { name: 'Open more actions' }).click();
    const panel = page.getByTestId('translation-status-changes');
    await panel.waitFor();
    expect(await panel.getByRole('heading', { name: 'What changed in the source' }).count()).toBe(1);
    expect(await panel.getByTestId('source-change-title').locator('ins').textContent()).toBe(`[added: ${ADDED_WORD}]`);
    // Nothing sticks out of the panel.
    const box = (await panel.boundingBox())!;
    const widest = await panel
      .locator('dd')
      .evaluateAll((elements) => Math.max(...elements.map((element) => element.scrollWidth - element.clientWidth)));
    expect(widest).toBeLessThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await panel.scrollIntoViewIfNeeded();
    await shot(page, `edit-view-side-panel-${name}`);
  });
}

test('marking zh reviewed: the diff goes, and the widget counts one less', async () => {
  const before = await outdatedCount();
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.getByTestId('translation-status-zh').getByRole('button', { name: 'Mark reviewed' }).click();
  await page.getByTestId('translation-status-zh').getByText('Current').waitFor();
  expect(await page.getByTestId('translation-status-changes').count()).toBe(0);
  expect(await outdatedCount()).toBe(before - 1);
  await shot(page, 'edit-view-reviewed');
});
