/**
 * What a translator sees: on their own locale the fields every language shares are read-only,
 * the localized ones editable; on a locale that is not theirs a notice says why and names theirs.
 */
import type { Browser, Page } from 'playwright-core';
import { adminToken, app, http, launchBrowser, logIn, newPage, screenshots } from './helpers/app';

const MEDIA_PARTNER = 'api::media-partner.media-partner';
const shot = screenshots('translator-shared-fields');

let browser: Browser;
let page: Page;
let documentId: string;

beforeAll(async () => {
  const token = await adminToken(app.credentials.admin);
  const list = await http()
    .get(`/content-manager/collection-types/${MEDIA_PARTNER}?locale=zh&filters[slug][$eq]=xinhua`)
    .set('Authorization', `Bearer ${token}`);
  documentId = list.body.results[0].documentId;
  browser = await launchBrowser();
  page = await newPage(browser);
  await logIn(page, app.credentials.translatorZh);
});
afterAll(() => browser?.close());

const editView = (locale: string) =>
  `${app.url}/admin/content-manager/collection-types/${MEDIA_PARTNER}/${documentId}?plugins[i18n][locale]=${locale}`;

/** A field is locked when its input is disabled, natively or for assistive technology. */
const locked = async (page: Page, name: RegExp) => {
  const input = page.getByRole('textbox', { name }).first();
  await input.waitFor();
  return (await input.isDisabled()) || (await input.getAttribute('aria-disabled')) === 'true';
};

test('on the zh version the shared fields are read-only and the localized ones editable', async () => {
  await page.goto(editView('zh'));
  await page.getByRole('textbox', { name: /^name/i }).first().waitFor();
  expect(await locked(page, /^country/i)).toBe(true);
  expect(await locked(page, /^website/i)).toBe(true);
  expect(await locked(page, /^name/i)).toBe(false);
  expect(await locked(page, /^shortName|^short name/i)).toBe(false);
  expect(await page.getByTestId('translator-notice').count()).toBe(0);
  await shot(page, 'zh-shared-fields-read-only');
});

test('on the ru version a notice names the translator’s locale', async () => {
  await page.goto(editView('ru'));
  const notice = page.getByTestId('translator-notice');
  await notice.waitFor();
  expect(await notice.textContent()).toBe(
    'You translate into zh. The ru version is edited by editors and authors, so it is read-only for you: switch to zh to translate.'
  );
  expect(await locked(page, /^name/i)).toBe(true);
  await shot(page, 'ru-notice');
});
