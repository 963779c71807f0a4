/**
 * A picture's texts in the edit view: under the cover, in the locale being edited, editable by that
 * locale's translator while the picture itself (shared by every locale) stays read-only.
 */
import type { Browser, Page } from 'playwright-core';
import { adminToken, app, http, launchBrowser, logIn, newPage, screenshots } from './helpers/app';

const ANNOUNCEMENT = 'api::announcement.announcement';
const SLUG = 'sco-journalists-friends-day-2017';
const shot = screenshots('picture-texts');

let browser: Browser;
let page: Page;
let documentId: string;

beforeAll(async () => {
  const token = await adminToken(app.credentials.admin);
  const list = await http()
    .get(`/content-manager/collection-types/${ANNOUNCEMENT}?locale=zh&filters[slug][$eq]=${SLUG}`)
    .set('Authorization', `Bearer ${token}`);
  documentId = list.body.results[0].documentId;
  browser = await launchBrowser();
  page = await newPage(browser);
  await logIn(page, app.credentials.translatorZh);
});
afterAll(() => browser?.close());

test('the zh translator finds the zh alternative text and caption under the cover, and may edit them', async () => {
  await page.goto(`${app.url}/admin/content-manager/collection-types/${ANNOUNCEMENT}/${documentId}?plugins[i18n][locale]=zh`);
  const altText = page.getByRole('textbox', { name: /^Alternative text/ });
  await altText.waitFor();
  expect(await altText.inputValue()).toBe('北京上合组织秘书处大楼，门前飘扬着成员国国旗');
  expect(await page.getByRole('textbox', { name: /^Caption/ }).inputValue()).toBe('位于北京的上合组织秘书处');
  expect(await altText.isDisabled()).toBe(false);

  // Right under the cover image.
  const cover = page.getByText('Cover image', { exact: true }).first();
  await cover.scrollIntoViewIfNeeded();
  const textsLabel = page.getByText('Cover image text', { exact: true }).first();
  const [coverBox, textsBox, altBox] = await Promise.all([cover.boundingBox(), textsLabel.boundingBox(), altText.boundingBox()]);
  expect(textsBox!.y).toBeGreaterThan(coverBox!.y);
  expect(altBox!.y).toBeGreaterThan(textsBox!.y);
  const between = await page
    .locator('main label')
    .evaluateAll(
      (labels, [top, bottom]) =>
        labels
          .map((label) => [label.textContent?.trim(), label.getBoundingClientRect().y] as const)
          .filter(([, y]) => y > top && y < bottom),
      [coverBox!.y, textsBox!.y]
    );
  expect(between).toEqual([]);
  await shot(page, 'zh-cover-texts');
});
