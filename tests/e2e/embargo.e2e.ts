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

/** A new ru draft and an embargo on it `hours` from now (Beijing wall time); its documentId and action. */
async function embargoedDraft(name: string, hours: number, versions: 'latest' | 'as-scheduled' = 'latest') {
  const created = await api('post', `/content-manager/collection-types/${ANNOUNCEMENT}?locale=ru`).send({
    title: name,
    slug: `embargo-e2e-${Date.now()}-${Math.floor(Math.random() * 1e6)}`,
    category: 'news',
  });
  expect(created.status).toBe(201);
  const due = new Date(Math.ceil((Date.now() + hours * 3_600_000) / 1000) * 1000);
  const at = due.toLocaleString('sv-SE', { timeZone: ZONE }).replace(' ', 'T');
  const action = await api('post', '/embargo/actions').send({
    contentType: ANNOUNCEMENT,
    documentId: created.body.data.documentId,
    kind: 'publish',
    at,
    timeZone: ZONE,
    versions,
  });
  expect(action.status).toBe(201);
  return { documentId: created.body.data.documentId as string, action: action.body.data as { id: number } };
}

const cancel = (id: number) => http().delete(`/embargo/actions/${id}`).set('Authorization', `Bearer ${token}`);

/** The dialog's "Which versions go out" select (a design-system select: a combobox named by its label). */
const versionsSelect = (page: Page) => page.getByRole('combobox', { name: 'Which versions go out' });

/** Picks an option of the versions select by its visible text. */
async function chooseVersions(page: Page, option: string) {
  await versionsSelect(page).click();
  await page.getByRole('option', { name: option }).click();
}

describe('changing which versions go out, in the dialog', () => {
  // Below about 1080 px the Content Manager folds the side panels into a drawer under the page.
  const WIDTHS = [1440, 1280];

  test.each(WIDTHS)('at %i px: latest → as they stand now → latest, each saved and shown', async (width) => {
    const { documentId, action } = await embargoedDraft(`Versions change ${width} ${Date.now()}`, 5);
    const changing = await browser.newContext({ viewport: { width, height: 1000 }, locale: 'en-GB' });
    const narrow = await changing.newPage();
    narrow.setDefaultTimeout(30000);
    try {
      await logIn(narrow, app.credentials.admin);
      await narrow.goto(`${app.url}/admin/content-manager/collection-types/${ANNOUNCEMENT}/${documentId}?plugins[i18n][locale]=ru`);
      const summary = narrow.getByTestId(`embargo-action-${action.id}`);
      await summary.waitFor();
      expect(await summary.getByTestId('embargo-action-as-scheduled').count()).toBe(0);

      await narrow.getByTestId('embargo-change-open').click();
      await narrow.getByRole('heading', { name: 'Change the embargo' }).waitFor();
      // The dialog starts from the embargo as set: its time in its zone, the latest drafts.
      const dueAtInZone: string = (await api('get', `/embargo/actions/${action.id}`)).body.data.dueAtInZone;
      expect(await narrow.locator('input[type="datetime-local"]').inputValue()).toBe(dueAtInZone.slice(0, 19));
      await chooseVersions(narrow, 'The drafts as they stand now (later edits stay drafts)');
      await shot(narrow, `change-dialog-${width}`);
      await narrow.getByTestId('embargo-schedule-submit').click();
      await summary.getByTestId('embargo-action-as-scheduled').waitFor();
      let stored = (await api('get', `/embargo/actions/${action.id}`)).body.data;
      expect(stored).toMatchObject({ versions: 'as-scheduled', snapshotLocales: ['ru'], dueAtInZone });
      await shot(narrow, `changed-as-scheduled-${width}`);

      // Opened again: it offers keeping the drafts as they stood, and going back to the latest.
      await narrow.getByTestId('embargo-change-open').click();
      expect(await versionsSelect(narrow).textContent()).toContain('as they stood when the embargo was set');
      await chooseVersions(narrow, 'The latest saved drafts (edits made before then go out too)');
      await narrow.getByTestId('embargo-schedule-submit').click();
      await summary.getByTestId('embargo-action-as-scheduled').waitFor({ state: 'detached' });
      stored = (await api('get', `/embargo/actions/${action.id}`)).body.data;
      expect(stored).toMatchObject({ versions: 'latest', snapshotLocales: [], dueAtInZone, status: 'pending' });
    } finally {
      await changing.close();
      await cancel(action.id);
    }
  });
});

describe('the homepage widget', () => {
  test.each([1440, 900])('at %i px: the next three embargoes, soonest first, each with its countdown', async (width) => {
    const mark = `${width}-${Date.now()}`;
    // Sooner than any other embargo of this app (the tests above lift theirs).
    const made = [];
    for (const [index, hours] of [0.5, 1, 1.5, 2].entries()) made.push(await embargoedDraft(`Widget ${index + 1} ${mark}`, hours));
    const context = await browser.newContext({ viewport: { width, height: 1000 }, locale: 'en-GB' });
    const home = await context.newPage();
    home.setDefaultTimeout(30000);
    try {
      await logIn(home, app.credentials.admin);
      await home.goto(`${app.url}/admin`);
      const widget = home.getByTestId('embargo-widget');
      await widget.waitFor();
      const links = widget.getByRole('link');
      await links.first().waitFor();
      expect(await links.allTextContents()).toEqual([`Widget 1 ${mark}`, `Widget 2 ${mark}`, `Widget 3 ${mark}`]);
      expect(await widget.getByTestId('embargo-countdown').count()).toBe(3);
      for (const { action } of made.slice(0, 3)) await widget.getByTestId(`embargo-action-${action.id}`).waitFor();
      // Fits its column: nothing reaches past the viewport's right edge.
      const box = await widget.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      await widget.scrollIntoViewIfNeeded();
      await shot(home, `widget-${width}`);

      // A title links to the document's edit view.
      await links.first().click();
      await home.waitForURL((url) => url.pathname.includes(made[0].documentId));
    } finally {
      await context.close();
      for (const { action } of made) await cancel(action.id);
    }
  });
});
