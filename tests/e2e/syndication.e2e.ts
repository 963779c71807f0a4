/**
 * The Syndication page as press staff use it, against the demo content (1,994 mentions of
 * Xinhua and TASS): numbers equal to the public stats API, period changes, CSV export, the
 * mentions behind a number, adding a mention by hand and its dedupe, the partner side panel,
 * the page in Chinese and Russian, and a user without the plugin's permissions. The widget and the
 * partner panel show the latest period with mentions when this year has none.
 */
import fs from 'fs';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { rss, serve, startFeedServer } from '../helpers/feed-server';
import { adminToken, app, chooseInterfaceLanguage, createAdminUser, http, launchBrowser, logIn, newPage, screenshots } from './helpers/app';

const shot = screenshots('syndication');
const today = new Date().toISOString().slice(0, 10);
const MEDIA_PARTNER = 'api::media-partner.media-partner';

let browser: Browser;
let page: Page;
let token: string;

/** Per-agency counts of the public stats route for a period, by slug. */
async function publicCounts(from: string, to: string): Promise<Record<string, number>> {
  const response = await http().get('/api/syndication/stats').query({ from, to, interval: 'year' });
  expect(response.status).toBe(200);
  return Object.fromEntries(response.body.data.byAgency.map((entry: any) => [entry.agency.slug, entry.count]));
}

/** The per-agency counts the page shows, by slug. */
async function pageCounts(): Promise<Record<string, number>> {
  await page.getByTestId('total-count').waitFor();
  const counts: Record<string, number> = {};
  for (const cell of await page.locator('[data-testid^="agency-count-"]').all()) {
    const slug = (await cell.getAttribute('data-testid'))!.replace('agency-count-', '');
    counts[slug] = Number((await cell.textContent())!.replace(/\D/g, ''));
  }
  return counts;
}

beforeAll(async () => {
  token = await adminToken(app.credentials.admin);
  browser = await launchBrowser();
  page = await newPage(browser);
});
afterAll(() => browser?.close());

test('the page shows, per agency, the numbers of GET /api/syndication/stats for the same period', async () => {
  await logIn(page, app.credentials.admin);
  await page.getByRole('link', { name: 'Syndication', exact: true }).click();
  await page.getByRole('heading', { name: 'Syndication', level: 1 }).waitFor();
  // "Since partnership began": from the earliest partnerSince of the agencies, to today.
  // Kazinform, a partner since 2017 without a mention, still gets its row.
  expect(await pageCounts()).toEqual({ ...(await publicCounts('2016-03-11', today)), kazinform: 0 });
  expect(await pageCounts()).toEqual({ xinhua: 1046, tass: 948, kazinform: 0 });
  await page.getByTestId('mentions-chart').locator('.recharts-bar-rectangle').first().waitFor();
  // The axis spans the mentions (March 2016 to March 2017, month by month), not the ten years since.
  const tick = page.getByTestId('mentions-chart').locator('.recharts-cartesian-axis-tick-value');
  await tick.first().waitFor();
  // The x-axis labels are months ("Mar 2016"); the y-axis ones are numbers.
  const months = (await tick.allTextContents()).filter((label) => /[A-Za-z]/.test(label));
  expect(months[0]).toMatch(/ 2016$/);
  expect(months.every((label) => /^[A-Z][a-z]{2} 201[67]$/.test(label))).toBe(true);
  expect(months[months.length - 1]).toBe('Mar 2017');
  await shot(page, 'since-partnership');
});

test('on the demo content, the homepage widget and a partner’s panel show the latest period with mentions, and say which', async () => {
  // The demo's mentions are from 2016–2017: none this year.
  const thisYear = await http()
    .get('/api/syndication/stats')
    .query({ from: `${today.slice(0, 4)}-01-01`, to: today, interval: 'year' });
  expect(thisYear.body.data.total).toBe(0);
  const latest = await http().get('/api/syndication/stats').query({ from: '2017-01-01', to: '2017-12-31', interval: 'month' });
  expect(latest.body.data.total).toBeGreaterThan(0);
  const march = latest.body.data.series.find((entry: any) => entry.period === '2017-03').byAgency;

  await page.goto(`${app.url}/admin`);
  const widget = page.getByTestId('mentions-widget');
  await widget.waitFor();
  expect(await widget.getByTestId('widget-latest').textContent()).toBe(`No mention in ${today.slice(0, 4)} yet; the latest are from 2017.`);
  expect(await widget.locator('th').allTextContents()).toEqual(['Agency', 'March 2017', '2017']);
  const number = async (testId: string) => Number((await widget.getByTestId(testId).textContent())!.replace(/\D/g, ''));
  for (const entry of latest.body.data.byAgency) {
    expect(await number(`widget-year-${entry.agency.slug}`)).toBe(entry.count);
    expect(await number(`widget-month-${entry.agency.slug}`)).toBe(march[entry.agency.slug] ?? 0);
  }
  expect(await number('widget-year-kazinform')).toBe(0);
  await widget.scrollIntoViewIfNeeded();
  await shot(page, 'homepage-widget-demo');

  // Xinhua's panel: the twelve months up to its latest mention, named, not "last 12 months: 0".
  const list = await http()
    .get(`/content-manager/collection-types/${MEDIA_PARTNER}?locale=en&filters[slug][$eq]=xinhua`)
    .set('Authorization', `Bearer ${token}`);
  const { documentId } = list.body.results[0];
  const allTime = await http().get('/api/syndication/stats').query({ agency: 'xinhua', interval: 'year' });
  const last = new Date(`${allTime.body.meta.to}T00:00:00Z`);
  const from = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - 11, 1)).toISOString().slice(0, 10);
  const to = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
  const twelve = await http().get('/api/syndication/stats').query({ agency: 'xinhua', from, to, interval: 'year' });
  expect(twelve.body.data.total).toBeGreaterThan(0);
  await page.goto(`${app.url}/admin/content-manager/collection-types/${MEDIA_PARTNER}/${documentId}?plugins[i18n][locale]=en`);
  await page.getByTestId('partner-mentions-panel').waitFor();
  const month = (day: string) =>
    new Date(`${day}T00:00:00Z`).toLocaleDateString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  expect(await page.getByTestId('partner-mentions-12-label').textContent()).toBe(`${month(from)} – ${month(to)}`);
  expect(Number((await page.getByTestId('partner-mentions-12').textContent())!.replace(/\D/g, ''))).toBe(twelve.body.data.total);
  await shot(page, 'xinhua-side-panel-demo');
  await page.goto(`${app.url}/admin/plugins/syndication`);
});

test('another period gives other numbers, still those of the API', async () => {
  await page.getByRole('combobox', { name: 'Period' }).click();
  await page.getByRole('option', { name: 'Custom range' }).click();
  await page.waitForURL((url) => url.searchParams.get('preset') === 'custom');
  const url = new URL(page.url());
  url.searchParams.set('from', '2016-06-01');
  url.searchParams.set('to', '2016-12-31');
  await page.goto(url.toString());
  const counts = await pageCounts();
  expect(counts).toEqual({ ...(await publicCounts('2016-06-01', '2016-12-31')), kazinform: 0 });
  expect(counts.xinhua).toBeLessThan(1046);
  await shot(page, 'custom-range');
});

test('the CSV export holds the current view, and its totals are the table’s', async () => {
  const counts = await pageCounts();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('mentions-2016-06-01-2016-12-31.csv');
  const rows: string[][] = parse(
    fs
      .readFileSync(await download.path())
      .toString('utf8')
      .replace(/^\uFEFF/, '')
  );
  expect(rows[0]).toEqual(['Period', 'Agency', 'Mentions']);
  const totals = Object.fromEntries(rows.filter((row) => row[0] === 'Total').map((row) => [row[1], Number(row[2])]));
  expect(totals).toEqual({ 'Xinhua News Agency': counts.xinhua, 'TASS Russian News Agency': counts.tass });
  // One row per agency and month, June to December, and each agency's months add up to its total.
  const months = rows.filter((row) => /^\d{4}-\d{2}$/.test(row[0]));
  expect(months).toHaveLength(7 * 2);
  const sum = (agency: string) => months.filter((row) => row[1] === agency).reduce((total, row) => total + Number(row[2]), 0);
  expect(sum('Xinhua News Agency')).toBe(counts.xinhua);
});

test('the chart exports as PNG and as SVG', async () => {
  for (const format of ['PNG', 'SVG']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: format }).click()]);
    expect(download.suggestedFilename()).toBe(`mentions-2016-06-01-2016-12-31.${format.toLowerCase()}`);
    const file = fs.readFileSync(await download.path());
    if (format === 'PNG') {
      expect(file.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(file.length).toBeGreaterThan(10_000);
    } else {
      // html-to-image wraps the chart in an SVG document; the bars are in it.
      expect(file.toString('utf8')).toContain('<svg');
      expect(file.toString('utf8')).toContain('recharts-bar-rectangle');
    }
  }
});

test('the mentions behind a number: as many as the number, paginated', async () => {
  const counts = await pageCounts();
  await page.getByTestId('agency-row-tass').click();
  await page.getByTestId('mention-row').first().waitFor();
  expect(Number((await page.getByTestId('mention-total').textContent())!.replace(/\D/g, ''))).toBe(counts.tass);
  expect(await page.getByTestId('mention-row').count()).toBe(Math.min(20, counts.tass));
  await shot(page, 'mentions-of-tass');
  await page.getByRole('button', { name: 'Close', exact: true }).click();
});

test('a mention added by hand raises the count by one; the same URL with tracking parameters is refused', async () => {
  await page.goto(`${app.url}/admin/plugins/syndication`);
  const before = await pageCounts();
  const url = `https://english.news.cn/e2e/${Date.now()}.htm`;

  await page.getByRole('button', { name: 'Add a mention' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Agency' }).click();
  await page.getByRole('option', { name: 'Xinhua News Agency' }).click();
  await dialog.getByLabel('Address (URL)').fill(url);
  await dialog.getByLabel('Title').fill('SCO Secretary-General meets journalists');
  await shot(page, 'add-mention-form');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.waitForFunction(
    (expected) => document.querySelector('[data-testid="agency-count-xinhua"]')?.textContent?.replace(/\D/g, '') === String(expected),
    before.xinhua + 1
  );
  expect(await pageCounts()).toEqual({ ...before, xinhua: before.xinhua + 1 });

  await page.getByRole('button', { name: 'Add a mention' }).click();
  await dialog.getByRole('combobox', { name: 'Agency' }).click();
  await page.getByRole('option', { name: 'Xinhua News Agency' }).click();
  await dialog.getByLabel('Address (URL)').fill(`${url}?utm_source=telegram&utm_medium=social`);
  await dialog.getByLabel('Title').fill('SCO Secretary-General meets journalists');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await dialog.getByText('This material is already counted').waitFor();
  await shot(page, 'add-mention-duplicate');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await pageCounts()).toEqual({ ...before, xinhua: before.xinhua + 1 });
});

test('the Xinhua media partner shows its count in the Content Manager side panel', async () => {
  const list = await http()
    .get(`/content-manager/collection-types/${MEDIA_PARTNER}?locale=ru&filters[slug][$eq]=xinhua`)
    .set('Authorization', `Bearer ${token}`);
  const { documentId } = list.body.results[0];
  const stats = await http().get('/api/syndication/stats').query({ agency: 'xinhua', interval: 'year' });
  await page.goto(`${app.url}/admin/content-manager/collection-types/${MEDIA_PARTNER}/${documentId}?plugins[i18n][locale]=ru`);
  await page.getByTestId('partner-mentions-panel').waitFor();
  expect(Number((await page.getByTestId('partner-mentions-total').textContent())!.replace(/\D/g, ''))).toBe(stats.body.data.total);
  await shot(page, 'xinhua-side-panel');
});

test('the Feeds tab shows a feed’s health; “Poll now” polls it and shows what it found', async () => {
  const feedServer = await startFeedServer();
  try {
    feedServer.route(
      '/tass.xml',
      serve(
        rss([
          { title: 'Генсек ШОС встретился с журналистами', link: `https://tass.ru/e2e/${Date.now()}`, pubDate: new Date().toUTCString() },
          { title: 'Погода в Москве', link: `https://tass.ru/e2e/weather-${Date.now()}`, pubDate: new Date().toUTCString() },
        ])
      )
    );
    const partners = await http()
      .get(`/content-manager/collection-types/${MEDIA_PARTNER}?locale=ru&filters[slug][$eq]=tass`)
      .set('Authorization', `Bearer ${token}`);
    const created = await http()
      .post('/content-manager/collection-types/plugin::syndication.feed')
      .set('Authorization', `Bearer ${token}`)
      .send({
        name: 'TASS (e2e)',
        url: feedServer.url('/tass.xml'),
        language: 'ru',
        enabled: true,
        agency: { connect: [partners.body.results[0].documentId] },
      });
    expect(created.status).toBe(201);

    await page.goto(`${app.url}/admin/plugins/syndication?tab=feeds`);
    const row = page.getByTestId('feed-row').filter({ hasText: 'TASS (e2e)' });
    await row.waitFor();
    expect(await row.textContent()).toContain('never');
    await row.getByRole('button', { name: 'Poll now' }).click();
    await row.getByTestId('poll-result').waitFor();
    expect(await row.getByTestId('poll-result').textContent()).toBe('Polled now: 2 items, 1 mention, 1 new');
    await row.getByText('OK', { exact: true }).waitFor();
    await shot(page, 'feeds-polled');

    await row.getByRole('switch').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="feed-row"] [role="switch"]')?.getAttribute('aria-checked') === 'false'
    );
    const feeds = await http().get('/syndication/feeds').set('Authorization', `Bearer ${token}`);
    expect(feeds.body.data.find((feed: any) => feed.name === 'TASS (e2e)').enabled).toBe(false);
  } finally {
    await feedServer.close();
  }
});

test('the homepage widget counts this month and this year per agency', async () => {
  const year = await http()
    .get('/api/syndication/stats')
    .query({ from: `${today.slice(0, 4)}-01-01`, to: today, interval: 'year', locale: 'en' });
  await page.goto(`${app.url}/admin`);
  const widget = page.getByTestId('mentions-widget');
  await widget.waitFor();
  for (const entry of year.body.data.byAgency) {
    expect(Number((await widget.getByTestId(`widget-year-${entry.agency.slug}`).textContent())!.replace(/\D/g, ''))).toBe(entry.count);
  }
  const month = await http()
    .get('/api/syndication/stats')
    .query({ from: `${today.slice(0, 7)}-01`, to: today, interval: 'year' });
  for (const entry of month.body.data.byAgency) {
    expect(Number((await widget.getByTestId(`widget-month-${entry.agency.slug}`).textContent())!.replace(/\D/g, ''))).toBe(entry.count);
  }
  // Added today in the tests above: one by hand (Xinhua), one found in the feed (TASS).
  expect(year.body.data.total).toBe(2);
  await shot(page, 'homepage-widget');
});

test('in Chinese and in Russian, the page is translated', async () => {
  // A user of their own: the interface language is kept per user.
  const officer = await createAdminUser(token, { roleCode: 'strapi-super-admin' });
  const translated = await newPage(browser);
  await logIn(translated, officer);
  for (const [language, heading, column] of [
    ['zh', '媒体转载', '通讯社'],
    ['ru', 'Распространение', 'Агентство'],
  ] as const) {
    await chooseInterfaceLanguage(translated, language);
    await translated.goto(`${app.url}/admin/plugins/syndication`);
    await translated.getByRole('heading', { name: heading, level: 1 }).waitFor();
    await translated.getByTestId('total-count').waitFor();
    await shot(translated, `page-in-${language}`);
    await translated.getByText(column, { exact: true }).first().waitFor();
  }
  await translated.context().close();
});

test('a user without the plugin’s permissions sees no menu entry and gets 403 from its routes', async () => {
  const viewer = await createAdminUser(token);
  const other = await newPage(browser);
  await logIn(other, viewer);
  await other.getByRole('link', { name: 'Content Manager' }).waitFor();
  expect(await other.getByRole('link', { name: 'Syndication', exact: true }).count()).toBe(0);
  await shot(other, 'no-permission-menu');
  const viewerToken = await adminToken(viewer);
  for (const path of ['/syndication/stats', '/syndication/mentions', '/syndication/feeds', '/syndication/agencies']) {
    expect((await http().get(path).set('Authorization', `Bearer ${viewerToken}`)).status).toBe(403);
  }
  expect((await http().post('/syndication/mentions').set('Authorization', `Bearer ${viewerToken}`).send({ data: {} })).status).toBe(403);
  await other.context().close();
});
