/**
 * Embargoes in the admin panel: set one from the edit view's side panel (date, time, zone), see its
 * countdown tick, find it in the calendar, and lift it.
 */
import type { Browser, Page } from 'playwright-core';
import { adminToken, app, http, launchBrowser, logIn, newPage, screenshots } from './helpers/app';

const ANNOUNCEMENT = 'api::announcement.announcement';
const ZONE = 'Asia/Shanghai';
const shot = screenshots('embargo');

let browser: Browser;
let page: Page;
let token: string;
let documentId: string;
const title = `Embargoed release ${Date.now()}`;

const api = (method: 'get' | 'post', url: string) => http()[method](url).set('Authorization', `Bearer ${token}`);

/** Tomorrow at 10:00:00 Beijing time, as the datetime-local input takes it. */
const tomorrowAtTen = () => {
  const day = new Date(Date.now() + 86_400_000).toLocaleDateString('en-CA', { timeZone: ZONE });
  return `${day}T10:00:00`;
};

beforeAll(async () => {
  token = await adminToken(app.credentials.admin);
  const created = await api('post', `/content-manager/collection-types/${ANNOUNCEMENT}?locale=ru`).send({
    title,
    slug: `embargoed-release-${Date.now()}`,
    category: 'news',
  });
  expect(created.status).toBe(201);
  documentId = created.body.data.documentId;
  browser = await launchBrowser();
  page = await newPage(browser);
  await logIn(page, app.credentials.admin);
});
afterAll(() => browser?.close());

test('an editor sets an embargo in the side panel and sees its time and countdown', async () => {
  await page.goto(`${app.url}/admin/content-manager/collection-types/${ANNOUNCEMENT}/${documentId}?plugins[i18n][locale]=ru`);
  const panel = page.getByTestId('embargo-panel');
  await panel.getByText('No embargo on this document.').waitFor();
  await page.getByTestId('embargo-schedule-open').click();
  const at = tomorrowAtTen();
  await page.locator('input[type="datetime-local"]').fill(at);
  await page.getByTestId('embargo-form-preview').waitFor();
  expect(await page.getByRole('combobox', { name: 'Time zone' }).inputValue()).toBe(ZONE);
  await shot(page, 'schedule-dialog');
  await page.getByTestId('embargo-schedule-submit').click();

  const actions = (await api('get', `/embargo/actions?documentId=${documentId}&when=upcoming`)).body.data;
  expect(actions).toHaveLength(1);
  expect(actions[0]).toMatchObject({ timeZone: ZONE, locales: null, kind: 'publish', dueAtInZone: `${at}+08:00` });

  const summary = page.getByTestId(`embargo-action-${actions[0].id}`);
  await summary.waitFor();
  // The time in the embargo's zone, as set (the browser runs in the server's zone, UTC here).
  expect(await summary.textContent()).toMatch(new RegExp(`10:00:00( AM)? GMT\\+8 \\(${ZONE}\\)`));
  const countdown = summary.getByTestId('embargo-countdown');
  const first = await countdown.textContent();
  expect(first).toMatch(/^in (\d+ d )?\d\d:\d\d:\d\d$/);
  await page.waitForFunction(([selector, before]) => document.querySelector(selector)?.textContent !== before, [
    `[data-testid="embargo-action-${actions[0].id}"] [data-testid="embargo-countdown"]`,
    first,
  ] as const);
  await shot(page, 'side-panel-countdown');
});

test('the calendar lists it among the upcoming embargoes', async () => {
  await page.getByRole('link', { name: 'Embargo' }).first().click();
  await page.getByRole('heading', { name: 'Embargo calendar' }).waitFor();
  const table = page.getByTestId('embargo-calendar-upcoming');
  await table.getByText(title).waitFor();
  await shot(page, 'calendar');
});

test('lifting the embargo in the side panel cancels it', async () => {
  await page.goto(`${app.url}/admin/content-manager/collection-types/${ANNOUNCEMENT}/${documentId}?plugins[i18n][locale]=ru`);
  await page.getByTestId('embargo-cancel').click();
  await page.getByTestId('embargo-panel').getByText('No embargo on this document.').waitFor();
  const past = (await api('get', `/embargo/actions?documentId=${documentId}&when=past`)).body.data;
  expect(past.map((action: { status: string }) => action.status)).toEqual(['cancelled']);
  await shot(page, 'side-panel-lifted');
});
