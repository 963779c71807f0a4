/**
 * The Content Manager shows press staff labels, descriptions and layouts made for them
 * (src/content-manager/views.ts), applied at boot without undoing an administrator's hand changes.
 */
import { loginAdmin } from './helpers/auth';
import { bearer } from './helpers/http';
import { startSecondInstance } from './helpers/instances';
import { startPressroom, type Pressroom } from './helpers/pressroom';

const ANNOUNCEMENT = 'api::announcement.announcement';
const MEDIA_PARTNER = 'api::media-partner.media-partner';
const FEED = 'plugin::syndication.feed';

let pressroom: Pressroom;
let jwt: string;
beforeAll(async () => {
  pressroom = await startPressroom();
  jwt = await loginAdmin(pressroom);
});
afterAll(() => pressroom?.stop());

const configurationOf = async (http: Pressroom['http'], uid: string) => {
  const response = await http.get(`/content-manager/content-types/${uid}/configuration`).set(bearer(jwt));
  expect(response.status).toBe(200);
  return response.body.data;
};

test('the edit views carry labels and rules for people, not attribute names', async () => {
  const { contentType, components } = await configurationOf(pressroom.http, MEDIA_PARTNER);
  expect(contentType.metadatas.partnerSince.edit.label).toBe('Partner since');
  expect(contentType.metadatas.shortName.edit.label).toBe('Short name');
  expect(contentType.metadatas.country.edit.description).toMatch(/ISO 3166-1 alpha-2/);
  expect(contentType.metadatas.kind.edit.description).toMatch(/News agency, newspaper, broadcaster/);
  expect(contentType.metadatas.contracts.edit.mainField).toBe('title');
  expect(contentType.settings.mainField).toBe('name');
  expect(contentType.layouts.list).toEqual(['name', 'shortName', 'country', 'kind', 'partnerSince']);
  expect(contentType.layouts.edit[0]).toEqual([
    { name: 'name', size: 8 },
    { name: 'shortName', size: 4 },
  ]);
  // Blocks and components keep the full width Strapi fixes for them.
  expect(contentType.layouts.edit.flat().find((field: any) => field.name === 'leaders')).toEqual({ name: 'leaders', size: 12 });
  expect(components['partner.leader'].metadatas.position.edit.label).toBe('Position');

  const announcement = (await configurationOf(pressroom.http, ANNOUNCEMENT)).contentType;
  expect(announcement.metadatas.eventDate.edit.label).toBe('Event date');
  expect(announcement.layouts.edit[1]).toEqual([
    { name: 'slug', size: 8 },
    { name: 'eventDate', size: 4 },
  ]);
  // A date attribute: the edit view shows a date picker, without a time.
  const types = await pressroom.http.get('/content-manager/content-types').set(bearer(jwt));
  const announcementType = types.body.data.find((type: any) => type.uid === ANNOUNCEMENT);
  expect(announcementType.attributes.eventDate.type).toBe('date');
  expect(announcement.metadatas.mediaPartners.edit).toMatchObject({ label: 'Media partners', mainField: 'name' });
});

test("the feed's poller state is shown read-only, its validators not at all", async () => {
  const { contentType } = await configurationOf(pressroom.http, FEED);
  for (const field of [
    'lastPolledAt',
    'lastStatus',
    'lastError',
    'itemsSeen',
    'mentionsFound',
    'itemsSkipped',
    'datesEstimated',
    'encoding',
    'encodingSource',
  ]) {
    expect(contentType.metadatas[field].edit.editable).toBe(false);
  }
  for (const field of ['name', 'agency', 'url', 'language', 'enabled']) expect(contentType.metadatas[field].edit.editable).toBe(true);
  expect(contentType.metadatas.etag.edit.visible).toBe(false);
  expect(contentType.metadatas.lastModified.edit.visible).toBe(false);
  const shown = contentType.layouts.edit.flat().map((field: any) => field.name);
  expect(shown).not.toContain('etag');
  expect(shown).not.toContain('lastModified');
});

test('a hand change in the admin survives the next boot; our other settings are still applied', async () => {
  const { contentType } = await configurationOf(pressroom.http, ANNOUNCEMENT);
  const { settings, metadatas, layouts } = contentType;
  metadatas.eventDate.edit.label = 'Date of the event';
  layouts.list = ['title', 'eventDate'];
  // The read answer decorates list columns of relations with their main field; the admin sends them without.
  for (const meta of Object.values<any>(metadatas)) delete meta.list.mainField;
  const saved = await pressroom.http
    .put(`/content-manager/content-types/${ANNOUNCEMENT}/configuration`)
    .set(bearer(jwt))
    .send({ settings, metadatas, layouts });
  expect([saved.status, saved.body.error]).toEqual([200, undefined]);

  // A second instance on the same database boots, and so applies the views again.
  const restarted = await startSecondInstance();
  try {
    const after = (await configurationOf(restarted.http, ANNOUNCEMENT)).contentType;
    expect(after.metadatas.eventDate.edit.label).toBe('Date of the event');
    expect(after.layouts.list).toEqual(['title', 'eventDate']);
    expect(after.metadatas.title.edit.label).toBe('Title');
  } finally {
    await restarted.stop();
  }
});
