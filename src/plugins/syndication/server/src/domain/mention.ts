/**
 * One syndicated material as it enters the plugin, checked field by field. Pure: the agency is
 * checked for presence here and resolved against the database by the ingest service.
 */
import { DAY_MS, utcDay, parseIsoDate } from './dates';
import { languageCode } from './languages';
import { canonicalUrl, identityKey, MAX_URL_LENGTH } from './url';

export const MENTION_SOURCES = ['manual', 'api', 'import', 'feed', 'demo'] as const;
export type MentionSource = (typeof MENTION_SOURCES)[number];

export const LIMITS = {
  agency: 64,
  guid: 1024,
  title: 1000,
  excerpt: 5000,
  matchedTerms: 20,
  matchedTerm: 200,
};

/** A valid mention, ready to be stored once its agency is resolved. */
export interface MentionDraft {
  agency: string;
  url: string;
  urlKey: string;
  guid: string | null;
  guidKey: string | null;
  title: string;
  excerpt: string | null;
  date: Date;
  day: string;
  /** True when the source gave no usable date and `date` is when the material was found. */
  dateEstimated: boolean;
  language: string;
  matchedTerms: string[] | null;
}

/** A refusal names the field at fault (null when the item is not even an object). */
export type MentionCheck = { ok: true; mention: MentionDraft } | { ok: false; field: MentionField | null; error: string };

export type MentionField = 'agency' | 'url' | 'guid' | 'title' | 'excerpt' | 'date' | 'language' | 'matchedTerms' | 'dateEstimated';

export interface MentionRules {
  trackingParameters?: string[];
  /** Latest acceptable publication time; feeds and clocks may run a little ahead. */
  now?: Date;
}

const FUTURE_TOLERANCE_MS = DAY_MS;

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value);
const quoted = (value: unknown) => JSON.stringify(value)?.slice(0, 80);

export function checkMention(input: unknown, rules: MentionRules = {}): MentionCheck {
  const fail = (field: MentionField | null, error: string): MentionCheck => ({ ok: false, field, error });
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return fail(null, 'each item must be an object with agency, url, title, date and language');
  }
  const item = input as Record<string, unknown>;

  const agency = text(item.agency);
  if (typeof agency !== 'string' || agency === '') {
    return fail('agency', "agency is required: the agency's slug or documentId");
  }
  if (agency.length > LIMITS.agency) return fail('agency', `agency must be at most ${LIMITS.agency} characters`);

  const url = text(item.url);
  if (typeof url !== 'string' || url === '') return fail('url', 'url is required');
  if (url.length > MAX_URL_LENGTH) return fail('url', `url is longer than ${MAX_URL_LENGTH} characters`);
  const canonical = canonicalUrl(url, rules.trackingParameters);
  if (canonical === null) return fail('url', `url must be an http:// or https:// address (got ${quoted(url)})`);

  const guid = text(item.guid);
  if (guid !== undefined && guid !== null && guid !== '' && typeof guid !== 'string') {
    return fail('guid', 'guid must be a string');
  }
  if (typeof guid === 'string' && guid.length > LIMITS.guid) return fail('guid', `guid is longer than ${LIMITS.guid} characters`);

  const title = text(item.title);
  if (typeof title !== 'string' || title === '') return fail('title', 'title is required');
  if (title.length > LIMITS.title) return fail('title', `title is longer than ${LIMITS.title} characters`);

  const excerpt = text(item.excerpt);
  if (excerpt !== undefined && excerpt !== null && typeof excerpt !== 'string') return fail('excerpt', 'excerpt must be a string');
  if (typeof excerpt === 'string' && excerpt.length > LIMITS.excerpt) {
    return fail('excerpt', `excerpt is longer than ${LIMITS.excerpt} characters`);
  }

  const dateText = text(item.date);
  if (typeof dateText !== 'string' || dateText === '') {
    return fail('date', 'date is required: ISO 8601, such as 2016-03-14 or 2016-03-14T09:30:00Z');
  }
  const date = parseIsoDate(dateText);
  if (date === null) return fail('date', `date must be an ISO 8601 date or date-time (got ${quoted(dateText)})`);
  const now = rules.now ?? new Date();
  if (date.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    return fail('date', `date ${dateText} is in the future`);
  }

  const languageText = text(item.language);
  if (typeof languageText !== 'string' || languageText === '') {
    return fail('language', 'language is required: ru, zh, en or another ISO 639-1 code');
  }
  const language = languageCode(languageText);
  if (language === null) {
    return fail('language', `language must be an ISO 639-1 code such as ru, zh or en (got ${quoted(languageText)})`);
  }

  const terms = item.matchedTerms;
  if (
    terms !== undefined &&
    terms !== null &&
    (!Array.isArray(terms) ||
      terms.length > LIMITS.matchedTerms ||
      terms.some((term) => typeof term !== 'string' || term.length > LIMITS.matchedTerm))
  ) {
    return fail('matchedTerms', `matchedTerms must be a list of at most ${LIMITS.matchedTerms} short strings`);
  }

  if (item.dateEstimated !== undefined && typeof item.dateEstimated !== 'boolean') {
    return fail('dateEstimated', 'dateEstimated must be true or false');
  }

  const hasGuid = typeof guid === 'string' && guid !== '';
  return {
    ok: true,
    mention: {
      agency,
      url,
      urlKey: identityKey(canonical),
      guid: hasGuid ? guid : null,
      guidKey: hasGuid ? identityKey(guid) : null,
      title,
      excerpt: typeof excerpt === 'string' && excerpt !== '' ? excerpt : null,
      date,
      day: utcDay(date),
      dateEstimated: item.dateEstimated === true,
      language,
      matchedTerms: Array.isArray(terms) && terms.length > 0 ? (terms as string[]) : null,
    },
  };
}
