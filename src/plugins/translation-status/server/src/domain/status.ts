/** Translation statuses, from the records kept per document and locale. Pure: the admin panel imports it too. */
import { lacksAltText } from './alt-text-rule';

export const STATUSES = ['missing', 'outdated', 'current'] as const;
export type TranslationStatus = (typeof STATUSES)[number];

export interface StatusRecord {
  locale: string;
  sourceLocale: string;
  contentHash: string;
  /** The source's fingerprint when this version was last brought up to date. */
  sourceHashSeen: string;
  contentUpdatedAt: Date | string | null;
  /** Alternative texts this version lacks (./alt-text-rule.ts); null on records made before the rule. */
  missingAltTexts?: string[] | null;
}

/** The status of one locale of a document, given all its records. */
export function statusOf(locale: string, records: StatusRecord[]): TranslationStatus {
  const record = records.find((candidate) => candidate.locale === locale);
  if (!record) return 'missing';
  // A picture without its alternative text in this locale: not current, the source included.
  if (lacksAltText(record)) return 'outdated';
  if (record.locale === record.sourceLocale) return 'current';
  const source = records.find((candidate) => candidate.locale === record.sourceLocale);
  if (!source) return 'current';
  return record.sourceHashSeen === source.contentHash ? 'current' : 'outdated';
}

/**
 * Which locale a document's translations follow: the one it already follows while that version
 * exists; otherwise the default locale if present; otherwise its oldest version.
 */
export function chooseSourceLocale(
  versions: { locale: string; createdAt: Date | string | number | null }[],
  current: string | null,
  defaultLocale: string
): string | null {
  if (versions.length === 0) return null;
  if (current && versions.some((version) => version.locale === current)) return current;
  if (versions.some((version) => version.locale === defaultLocale)) return defaultLocale;
  const time = (value: unknown) => (value === null || value === undefined ? Infinity : new Date(value as string).getTime());
  return [...versions].sort((a, b) => time(a.createdAt) - time(b.createdAt))[0].locale;
}
