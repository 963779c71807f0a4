/**
 * Answers from the records: counts per content type × locale × status, work lists, and the
 * statuses of one document. Titles come from each content type's main field as the Content
 * Manager shows it.
 */
import type { Core } from '@strapi/strapi';
import { getConfig } from '../config';
import { RECORD } from '../content-types';
import type { DocumentsQuery } from '../domain/documents-query';
import { changedFields, type FieldChange, type SourceTextSeen } from '../domain/source-text';
import { STATUSES, statusOf, type StatusRecord, type TranslationStatus } from '../domain/status';
import { getService } from '../get-service';

/** One stored record (one document in one locale) as the status rules read it. */
export interface TranslationRecord extends StatusRecord {
  entryDocumentId: string;
  reviewedAt: Date | string | null;
  sourceTextSeen: SourceTextSeen | null;
}

/** What changed in the source of one translation since it was last brought up to date. */
export interface SourceChanges {
  locale: string;
  sourceLocale: string;
  status: TranslationStatus;
  /** false: the translation was outdated before the plugin kept source texts, so what changed is not known. */
  sourceTextKept: boolean;
  changes: FieldChange[];
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const tracker = () => getService(strapi, 'tracker');

  async function locales(): Promise<string[]> {
    const service = strapi.plugin('i18n').service('locales');
    const [all, defaultLocale] = await Promise.all([service.find(), service.getDefaultLocale()]);
    const order = getConfig(strapi).localeOrder ?? [defaultLocale];
    const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
    return all.map((locale: any) => locale.code as string).sort((a: string, b: string) => rank(a) - rank(b));
  }

  const readRecords = async (where: Record<string, unknown>): Promise<TranslationRecord[]> =>
    ((await strapi.db.query(RECORD).findMany({ where })) as any[]).map((row) => ({ ...row, locale: row.entryLocale }));

  /** Every followed document of a content type with its records. */
  async function documents(uid: string): Promise<Map<string, TranslationRecord[]>> {
    const byDocument = new Map<string, TranslationRecord[]>();
    for (const record of await readRecords({ contentType: uid })) {
      if (!byDocument.has(record.entryDocumentId)) byDocument.set(record.entryDocumentId, []);
      byDocument.get(record.entryDocumentId)!.push(record);
    }
    return byDocument;
  }

  async function mainField(uid: string): Promise<string> {
    const contentType = strapi.contentType(uid as any);
    const configuration = await strapi.plugin('content-manager').service('content-types').findConfiguration(contentType);
    return configuration?.settings?.mainField ?? 'id';
  }

  return {
    locales,

    /** The locales an admin may update in a content type, by the Content Manager's own rules. */
    updatableLocales(userAbility: unknown, uid: string, candidates: string[]): string[] {
      const checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model: uid });
      return candidates.filter((locale) => checker.can.update({ locale }));
    },

    async summary() {
      const localeCodes = await locales();
      const contentTypes: {
        uid: string;
        displayName: string;
        documents: number;
        counts: Record<string, Record<TranslationStatus, number>>;
      }[] = [];
      for (const uid of tracker().contentTypes()) {
        const byDocument = await documents(uid);
        const counts = Object.fromEntries(
          localeCodes.map((locale) => [locale, Object.fromEntries(STATUSES.map((status) => [status, 0]))])
        ) as Record<string, Record<TranslationStatus, number>>;
        for (const records of byDocument.values()) {
          for (const locale of localeCodes) counts[locale][statusOf(locale, records)] += 1;
        }
        const info = strapi.contentType(uid as any).info;
        contentTypes.push({ uid, displayName: info.displayName, documents: byDocument.size, counts });
      }
      return { locales: localeCodes, contentTypes };
    },

    async list({ contentType, locale, status, page, pageSize }: DocumentsQuery) {
      const byDocument = await documents(contentType);
      const rows = [...byDocument.entries()]
        .map(([documentId, records]) => {
          const record = records.find((candidate) => candidate.locale === locale);
          const source = records.find((candidate) => candidate.locale === candidate.sourceLocale) ?? records[0];
          return {
            documentId,
            locale,
            status: statusOf(locale, records),
            sourceLocale: source.sourceLocale,
            sourceUpdatedAt: source.contentUpdatedAt ?? null,
            translationUpdatedAt: record?.contentUpdatedAt ?? null,
          };
        })
        .filter((row) => !status || row.status === status)
        .sort(
          (a, b) =>
            new Date(b.sourceUpdatedAt ?? 0).getTime() - new Date(a.sourceUpdatedAt ?? 0).getTime() ||
            (a.documentId < b.documentId ? -1 : 1)
        );

      const size = Math.min(pageSize, getConfig(strapi).maxPageSize);
      const slice = rows.slice((page - 1) * size, page * size);
      const field = await mainField(contentType);
      const hasDrafts = Boolean((strapi.contentType(contentType as any).options as any)?.draftAndPublish);
      const versions = slice.length
        ? await strapi.db.query(contentType as any).findMany({
            where: { documentId: { $in: slice.map((row) => row.documentId) }, ...(hasDrafts ? { publishedAt: null } : {}) },
            select: ['documentId', 'locale', field],
          })
        : [];
      const titleOf = (documentId: string, preferred: string[]) =>
        preferred
          .map((code) => versions.find((version) => version.documentId === documentId && version.locale === code)?.[field])
          .find(Boolean) ?? null;

      return {
        data: slice.map((row) => ({ ...row, title: titleOf(row.documentId, [locale, row.sourceLocale]) })),
        meta: {
          contentType: { uid: contentType, displayName: strapi.contentType(contentType as any).info.displayName },
          pagination: { page, pageSize: size, total: rows.length, pageCount: Math.ceil(rows.length / size) },
        },
      };
    },

    /**
     * The source's fields that changed since this translation was last brought up to date, as
     * plain text then and now; none unless the translation is outdated. null: no such document.
     */
    async changes(contentType: string, documentId: string, locale: string): Promise<SourceChanges | null> {
      const records = await readRecords({ contentType, entryDocumentId: documentId });
      if (records.length === 0) return null;
      const sourceLocale = records[0].sourceLocale;
      const status = statusOf(locale, records);
      const answer = { locale, sourceLocale, status, sourceTextKept: true, changes: [] as FieldChange[] };
      if (status !== 'outdated') return answer;
      const seen = records.find((record) => record.locale === locale)?.sourceTextSeen;
      if (!seen?.fields || seen.locale !== sourceLocale) return { ...answer, sourceTextKept: false };
      const now = (await tracker().sourceText(contentType, documentId, sourceLocale)) ?? {};
      return { ...answer, changes: changedFields(seen.fields, now) };
    },

    async ofDocument(contentType: string, documentId: string) {
      const records = await readRecords({ contentType, entryDocumentId: documentId });
      const source = records.find((record) => record.locale === record.sourceLocale);
      return {
        documentId,
        contentType,
        sourceLocale: source?.sourceLocale ?? null,
        locales: (await locales()).map((locale) => {
          const record = records.find((candidate) => candidate.locale === locale);
          return {
            locale,
            status: statusOf(locale, records),
            updatedAt: record?.contentUpdatedAt ?? null,
            reviewedAt: record?.reviewedAt ?? null,
            missingAltTexts: record?.missingAltTexts ?? [],
          };
        }),
      };
    },
  };
};
