/**
 * How press staff see Pressroom's types in the Content Manager: labels for people, the rules a
 * field obeys beyond its length (Strapi shows "max. 255 characters" from the schema itself: the
 * rules of src/validation, what each enumeration value means), field order and widths, list
 * columns, and which field names a related document. Applied at boot by ./apply.ts; labels and
 * descriptions are in English here and translated in the admin (src/admin/field-labels.ts).
 */
import { ANNOUNCEMENT, CONTRACT, MEDIA_PARTNER, PHOTO_EXHIBITION } from '../content-types';
import type { FieldView, View } from './merge-view';

export const FEED = 'plugin::syndication.feed';

type Fields = Record<string, [label: string, description?: string] | FieldView>;

/** Labels (edit view and list column) and descriptions, per field. */
const fields = (entries: Fields): Record<string, FieldView> =>
  Object.fromEntries(
    Object.entries(entries).map(([name, entry]) => {
      if (!Array.isArray(entry)) return [name, entry];
      const [label, description] = entry;
      return [name, { edit: { label, ...(description ? { description } : {}) }, list: { label } }];
    })
  );

const row = (...pairs: [name: string, size: number][]) => pairs.map(([name, size]) => ({ name, size }));
const SLUG = 'Web address (slug): lowercase Latin letters, digits and hyphens; generated from the title, one per language.';
const ALT_TEXT = 'What the picture shows, in this language, for screen readers and search engines; required in every language.';
const IMAGE_TEXT = 'Alternative text and caption of the picture above, in this language.';

export const CONTENT_TYPE_VIEWS: Record<string, View> = {
  [ANNOUNCEMENT]: {
    settings: { mainField: 'title', defaultSortBy: 'eventDate', defaultSortOrder: 'DESC' },
    metadatas: fields({
      title: ['Title'],
      slug: ['Slug', SLUG],
      summary: ['Summary', 'Lead paragraph shown in lists.'],
      body: ['Text'],
      category: ['Category', 'Event: a past event; Upcoming event: announced ahead; News; Statement: an official statement.'],
      eventDate: ['Event date', 'When the event takes place (the same in every language); leave empty for news.'],
      location: ['Place', 'City and venue.'],
      cover: ['Cover image', 'JPEG, PNG, WebP, GIF or AVIF.'],
      coverText: ['Cover image text', IMAGE_TEXT],
      mediaPartners: { edit: { label: 'Media partners', mainField: 'name' }, list: { label: 'Media partners' } },
      contracts: { edit: { label: 'Contracts', mainField: 'title' }, list: { label: 'Contracts' } },
      photoExhibitions: { edit: { label: 'Photo exhibitions', mainField: 'title' }, list: { label: 'Photo exhibitions' } },
    }),
    layouts: {
      list: ['title', 'category', 'eventDate', 'location'],
      edit: [
        row(['title', 8], ['category', 4]),
        row(['slug', 8], ['eventDate', 4]),
        row(['summary', 12]),
        row(['body', 12]),
        row(['location', 6], ['cover', 6]),
        row(['coverText', 12]),
        row(['mediaPartners', 6], ['contracts', 6]),
        row(['photoExhibitions', 6]),
      ],
    },
  },
  [MEDIA_PARTNER]: {
    settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' },
    metadatas: fields({
      name: ['Name', 'Full name of the agency.'],
      shortName: ['Short name', 'As in running text (TASS, Xinhua).'],
      slug: ['Slug', SLUG],
      country: ['Country', 'ISO 3166-1 alpha-2 code in capitals: CN, RU, KZ…'],
      kind: ['Kind', 'News agency, newspaper, broadcaster (TV or radio) or online media.'],
      website: ['Website', 'Full address starting with http:// or https://, e.g. https://www.xinhuanet.com.'],
      logo: ['Logo'],
      logoText: ['Logo text', IMAGE_TEXT],
      description: ['Description'],
      leaders: ['Leaders', 'Heads of the agency, in the order shown on the website.'],
      partnerSince: ['Partner since', 'Date the partnership began; mention counts start here.'],
      contracts: { edit: { label: 'Contracts', mainField: 'title' }, list: { label: 'Contracts' } },
      announcements: { edit: { label: 'Announcements', mainField: 'title' }, list: { label: 'Announcements' } },
    }),
    layouts: {
      list: ['name', 'shortName', 'country', 'kind', 'partnerSince'],
      edit: [
        row(['name', 8], ['shortName', 4]),
        row(['slug', 8], ['country', 4]),
        row(['kind', 4], ['partnerSince', 4], ['website', 4]),
        row(['description', 12]),
        row(['logo', 6]),
        row(['logoText', 12]),
        row(['leaders', 12]),
        row(['contracts', 6], ['announcements', 6]),
      ],
    },
  },
  [CONTRACT]: {
    settings: { mainField: 'title', defaultSortBy: 'signedOn', defaultSortOrder: 'DESC' },
    metadatas: fields({
      title: ['Title'],
      slug: ['Slug', SLUG],
      number: ['Number', 'Registration number.'],
      signedOn: ['Signed on'],
      signedIn: ['Signed in', 'City where it was signed.'],
      partner: { edit: { label: 'Partner', mainField: 'name' }, list: { label: 'Partner' } },
      signatories: ['Signatories'],
      contractStatus: ['Status', 'Draft: being negotiated; Active: in force; Expired: past its term; Terminated: ended early.'],
      validFrom: ['Valid from'],
      validUntil: ['Valid until', 'Not before "Valid from".'],
      summary: ['Summary'],
      document: ['Document (PDF)'],
      announcements: { edit: { label: 'Announcements', mainField: 'title' }, list: { label: 'Announcements' } },
    }),
    layouts: {
      list: ['title', 'partner', 'signedOn', 'contractStatus'],
      edit: [
        row(['title', 8], ['number', 4]),
        row(['slug', 8], ['contractStatus', 4]),
        row(['partner', 6], ['signedOn', 3], ['signedIn', 3]),
        row(['validFrom', 4], ['validUntil', 4]),
        row(['summary', 12]),
        row(['signatories', 12]),
        row(['document', 6], ['announcements', 6]),
      ],
    },
  },
  [PHOTO_EXHIBITION]: {
    settings: { mainField: 'title', defaultSortBy: 'opensOn', defaultSortOrder: 'DESC' },
    metadatas: fields({
      title: ['Title'],
      slug: ['Slug', SLUG],
      description: ['Description'],
      venue: ['Venue'],
      city: ['City'],
      opensOn: ['Opens on'],
      closesOn: ['Closes on', 'Not before "Opens on".'],
      photos: ['Photos', 'In the order of the exhibition.'],
      announcements: { edit: { label: 'Announcements', mainField: 'title' }, list: { label: 'Announcements' } },
    }),
    layouts: {
      list: ['title', 'city', 'opensOn', 'closesOn'],
      edit: [
        row(['title', 12]),
        row(['slug', 12]),
        row(['venue', 6], ['city', 6]),
        row(['opensOn', 4], ['closesOn', 4]),
        row(['description', 12]),
        row(['photos', 12]),
        row(['announcements', 6]),
      ],
    },
  },
  // Staff edit name, agency, URL, language and enabled; the poller's state is shown read-only
  // (and refused by the API: the syndication plugin's poller-state guard).
  [FEED]: {
    settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' },
    metadatas: {
      ...fields({
        name: ['Name', 'E.g. "TASS, Russian".'],
        url: ['Feed address', 'RSS, Atom or JSON feed, starting with http:// or https://.'],
        language: ['Language', 'Language of the feed; Automatic: detected per item.'],
        enabled: ['Polled', 'Off: the feed is kept but not polled.'],
      }),
      agency: { edit: { label: 'Agency', mainField: 'name' }, list: { label: 'Agency' } },
      lastPolledAt: { edit: { label: 'Last polled', editable: false }, list: { label: 'Last polled' } },
      lastStatus: { edit: { label: 'Last result', description: 'Set by the poller.', editable: false }, list: { label: 'Last result' } },
      lastError: { edit: { label: 'Last error', editable: false }, list: { label: 'Last error' } },
      itemsSeen: { edit: { label: 'Items seen', description: 'In the last poll.', editable: false }, list: { label: 'Items seen' } },
      mentionsFound: {
        edit: { label: 'Mentions found', description: 'In the last poll.', editable: false },
        list: { label: 'Mentions found' },
      },
      itemsSkipped: {
        edit: { label: 'Items not read', description: 'In the last poll; the reasons are on the Syndication page.', editable: false },
        list: { label: 'Items not read' },
      },
      datesEstimated: {
        edit: { label: 'Items dated at the poll', description: 'In the last poll: no readable date.', editable: false },
        list: { label: 'Items dated at the poll' },
      },
      encoding: { edit: { label: 'Encoding', description: 'Read in the last poll.', editable: false }, list: { label: 'Encoding' } },
      encodingSource: {
        edit: { label: 'Encoding chosen by', description: 'Byte order mark, HTTP, XML declaration, detection…', editable: false },
        list: { label: 'Encoding chosen by' },
      },
      itemsSkippedReasons: { edit: { visible: false, editable: false } },
      etag: { edit: { visible: false, editable: false } },
      lastModified: { edit: { visible: false, editable: false } },
      lastErrorCode: { edit: { visible: false, editable: false } },
      lastErrorParams: { edit: { visible: false, editable: false } },
    },
    layouts: {
      list: ['name', 'agency', 'language', 'enabled', 'lastStatus'],
      edit: [
        row(['name', 8], ['enabled', 4]),
        row(['agency', 6], ['language', 6]),
        row(['url', 12]),
        row(['lastPolledAt', 4], ['lastStatus', 4]),
        row(['itemsSeen', 4], ['mentionsFound', 4]),
        row(['itemsSkipped', 4], ['datesEstimated', 4]),
        row(['encoding', 4], ['encodingSource', 4]),
        row(['lastError', 12]),
      ],
    },
  },
};

export const COMPONENT_VIEWS: Record<string, View> = {
  'media.image-text': {
    settings: { mainField: 'alternativeText' },
    metadatas: fields({ alternativeText: ['Alternative text', ALT_TEXT], caption: ['Caption', 'Shown under the picture.'] }),
    layouts: { edit: [row(['alternativeText', 6], ['caption', 6])] },
  },
  'partner.leader': {
    settings: { mainField: 'name' },
    metadatas: fields({ name: ['Name'], position: ['Position'] }),
    layouts: { edit: [row(['name', 6], ['position', 6])] },
  },
  'contract.signatory': {
    settings: { mainField: 'name' },
    metadatas: fields({
      name: ['Name'],
      position: ['Position'],
      organization: ['Organisation'],
    }),
    layouts: { edit: [row(['name', 6], ['position', 6]), row(['organization', 12])] },
  },
  'exhibition.photo': {
    settings: { mainField: 'caption' },
    metadatas: fields({
      image: ['Photo'],
      alternativeText: ['Alternative text', ALT_TEXT],
      caption: ['Caption', 'Shown under the picture.'],
      author: ['Photographer'],
      takenOn: ['Taken on'],
    }),
    layouts: { edit: [row(['image', 6], ['alternativeText', 6]), row(['caption', 12]), row(['author', 6], ['takenOn', 6])] },
  },
};
