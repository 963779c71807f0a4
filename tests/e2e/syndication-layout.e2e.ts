/**
 * The Syndication page's layout, measured in the browser at 1280 and 1440 px in the en, ru and
 * zh interface: no table cell runs into its neighbour, no text spills out of its cell, no
 * horizontal overflow of the page or of a table's container, the action buttons fully in view,
 * the period picker's value and the search placeholder not cut. Seeded with what broke it:
 * long Russian titles and a feed with a long error. Cleans up after itself (other files count).
 */
import type { Browser, Page } from 'playwright-core';
import { serve, startFeedServer } from '../helpers/feed-server';
import { adminToken, app, createAdminUser, http, launchBrowser, logIn, screenshots } from './helpers/app';
import { measureLayout, placeholderFits, valueFits, type LayoutReport } from './helpers/layout';

const shot = screenshots('syndication-layout');
const MEDIA_PARTNER = 'api::media-partner.media-partner';
const FEED = 'plugin::syndication.feed';
const LANGUAGES = [
  { code: 'en', locale: 'en', feedsTab: 'Feeds', period: 'Since partnership began', pollNow: 'Poll now' },
  { code: 'ru', locale: 'ru', feedsTab: 'Ленты', period: 'С начала партнёрства', pollNow: 'Опросить сейчас' },
  { code: 'zh', locale: 'zh-Hans', feedsTab: '订阅源', period: '自合作开始以来', pollNow: '立即抓取' },
] as const;
const WIDTHS = [1280, 1440];

const LONG_TITLES = [
  'Генеральный секретарь Шанхайской организации сотрудничества провёл в Пекине встречу с руководителями информационных агентств государств — членов ШОС по вопросам расширения взаимодействия в сфере массовых коммуникаций',
  'Совет министров иностранных дел государств — членов Шанхайской организации сотрудничества обсудил подготовку к заседанию Совета глав государств и утвердил проект коммюнике по итогам председательства',
  'Представители Секретариата ШОС приняли участие в международной конференции «Шанхайская организация сотрудничества и региональная безопасность: вызовы, угрозы и перспективы многостороннего взаимодействия»',
];

let browser: Browser;
let token: string;
const auth = () => ({ Authorization: `Bearer ${token}` });
const created: { mentions: string[]; feeds: string[] } = { mentions: [], feeds: [] };
let feedServer: Awaited<ReturnType<typeof startFeedServer>>;
const users: Record<string, { email: string; password: string }> = {};

/** Fails with what overlapped or overflowed, so the message says what to fix. */
function expectClean(report: LayoutReport, where: string) {
  expect({ where, ...report }).toEqual({ where, overlaps: [], spills: [], clipped: [], pageOverflow: null, tableOverflow: [] });
}

/** Each of the buttons is entirely inside the viewport (scrolled to vertically, never sideways). */
async function expectInView(page: Page, names: (string | RegExp)[], scope = page.locator('body')) {
  for (const name of names) {
    for (const button of await scope.getByRole('button', { name }).all()) {
      await button.scrollIntoViewIfNeeded();
      const box = await button.boundingBox();
      const viewport = page.viewportSize()!;
      expect({ name: String(name), left: box!.x >= 0, right: box!.x + box!.width <= viewport.width }).toEqual({
        name: String(name),
        left: true,
        right: true,
      });
    }
  }
}

beforeAll(async () => {
  token = await adminToken(app.credentials.admin);
  browser = await launchBrowser();
  const tass = await http().get(`/content-manager/collection-types/${MEDIA_PARTNER}?locale=ru&filters[slug][$eq]=tass`).set(auth());
  const tassId = tass.body.results[0].documentId;

  // Long Russian titles, in 2016 beside the demo's: this year stays without mentions.
  for (const [index, title] of LONG_TITLES.entries()) {
    const response = await http()
      .post('/syndication/mentions')
      .set(auth())
      .send({
        data: {
          agency: 'tass',
          url: `https://tass.ru/e2e-layout/${Date.now()}-${index}`,
          title,
          date: `2016-05-1${index}T09:00:00Z`,
          language: 'ru',
        },
      });
    expect(response.status).toBe(201);
    created.mentions.push(response.body.data.documentId);
  }

  // A feed whose address returns a web page: the longest error the poller records.
  feedServer = await startFeedServer();
  feedServer.route('/layout/page.html', serve('<!DOCTYPE html><html><body>News</body></html>', 'text/html'));
  const feed = await http()
    .post(`/content-manager/collection-types/${FEED}`)
    .set(auth())
    .send({
      name: 'ТАСС — лента новостей о Шанхайской организации сотрудничества (e2e layout)',
      url: feedServer.url('/layout/page.html?section=international-organisations&format=rss&lang=ru'),
      language: 'ru',
      enabled: true,
      agency: { connect: [tassId] },
    });
  expect(feed.status).toBe(201);
  created.feeds.push(feed.body.data.documentId);
  const polled = await http().post(`/syndication/feeds/${feed.body.data.documentId}/poll`).set(auth()).send({});
  expect(polled.body.data).toMatchObject({ status: 'error' });

  // One user per interface language: the language is kept per user.
  for (const { code, locale } of LANGUAGES) {
    users[code] = await createAdminUser(token, { roleCode: 'strapi-super-admin' });
    const userToken = await adminToken(users[code]);
    const saved = await http().put('/admin/users/me').set('Authorization', `Bearer ${userToken}`).send({ preferedLanguage: locale });
    expect(saved.status).toBe(200);
  }
});

afterAll(async () => {
  for (const documentId of created.mentions) await http().delete(`/syndication/mentions/${documentId}`).set(auth());
  for (const documentId of created.feeds) await http().delete(`/content-manager/collection-types/${FEED}/${documentId}`).set(auth());
  await feedServer?.close();
  await browser?.close();
});

describe.each(LANGUAGES)('the Syndication page in $code', (language) => {
  test.each(WIDTHS)('at %i px: tables, buttons, period picker, mention list and feeds fit', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    page.setDefaultTimeout(30000);
    try {
      await logIn(page, users[language.code]);
      await page.goto(`${app.url}/admin/plugins/syndication`);
      await page.getByTestId('total-count').waitFor();
      await page.getByTestId('mentions-chart').locator('.recharts-bar-rectangle').first().waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(language.locale);

      // The mentions tab: the agency table, Kazinform's row without mentions, the filters.
      await page.getByTestId('agency-row-kazinform').waitFor();
      expectClean(await measureLayout(page), `${language.code} ${width} mentions tab`);
      const period = page.getByRole('combobox').first();
      expect(await period.textContent()).toContain(language.period);
      expect(await valueFits(period)).toBe(true);
      await expectInView(page, [/^(Add a mention|Добавить упоминание|添加稿件)$/, 'CSV', 'PNG', 'SVG']);
      await shot(page, `${language.code}-${width}-mentions`);

      // The mentions behind TASS's number, searched down to the long titles.
      await page.getByTestId('agency-row-tass').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('mention-row').first().waitFor();
      expect(await placeholderFits(dialog.getByRole('searchbox'))).toBe(true);
      await dialog.getByRole('searchbox').fill('e2e-layout');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="mention-row"]').length === 3);
      expectClean(await measureLayout(page, '[role="dialog"]'), `${language.code} ${width} mention list`);
      await shot(page, `${language.code}-${width}-mention-list`);
      await dialog.getByRole('button', { name: /^(Close|Закрыть|关闭)$/ }).click();
      await dialog.waitFor({ state: 'detached' });

      // The feeds tab: the feed with a long name and a long error, worded in the interface language.
      await page.getByRole('tab', { name: language.feedsTab }).click();
      const row = page.getByTestId('feed-row').filter({ hasText: 'e2e layout' });
      await row.getByTestId('feed-error').waitFor();
      expectClean(await measureLayout(page), `${language.code} ${width} feeds tab`);
      const error = await row.getByTestId('feed-error').textContent();
      if (language.code === 'en') expect(error).toMatch(/web page \(HTML\), not a feed/);
      if (language.code === 'ru') expect(error).toMatch(/веб-страница \(HTML\), а не лента/);
      if (language.code === 'zh') expect(error).toMatch(/返回的是网页（HTML），不是订阅源/);
      await expectInView(page, [language.pollNow]);
      await shot(page, `${language.code}-${width}-feeds`);
    } finally {
      await context.close();
    }
  });
});
