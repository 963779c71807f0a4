/**
 * Keeps one record per document and locale: the fingerprint of its translated fields, and the
 * fingerprint and the text its source had when this version was last brought up to date (created,
 * edited, or marked reviewed). Called after every write of a followed content type, whatever the
 * path (admin panel, REST, GraphQL, scripts), because all of them go through the Document Service.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { createId } from '@paralleldrive/cuid2';
import { getConfig } from '../config';
import { RECORD } from '../content-types';
import { missingAltTexts, populateForAltTexts } from '../domain/alt-text-rule';
import { contentHash, type Schemas } from '../domain/content-hash';
import { sourceText, sourceTextToKeep, type SourceText, type SourceTextSeen } from '../domain/source-text';
import { chooseSourceLocale } from '../domain/status';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const records = () => strapi.db.query(RECORD);

  const schemasOf = (uid: string): Schemas => ({
    attributes: strapi.contentType(uid as any).attributes as Schemas['attributes'],
    components: strapi.components as unknown as Schemas['components'],
  });

  /** Components are the only nested fields a fingerprint needs (relations and media are left out). */
  const componentPopulate = (uid: string) =>
    Object.fromEntries(
      Object.entries(strapi.contentType(uid as any).attributes)
        .filter(([, attribute]: [string, any]) => attribute.type === 'component')
        .map(([name]) => [name, true])
    );

  const altTextRules = (uid: string) => getConfig(strapi).altTexts[uid] ?? [];

  const defaultLocale = async () => strapi.plugin('i18n').service('locales').getDefaultLocale();

  const hasDrafts = (uid: string) => Boolean((strapi.contentType(uid as any).options as any)?.draftAndPublish);

  /** A document's versions as translators edit them: the drafts, where the type has drafts. */
  const versionsOf = (uid: string, documentId: string, locale?: string) =>
    strapi.db.query(uid as any).findMany({
      where: { documentId, ...(locale ? { locale } : {}), ...(hasDrafts(uid) ? { publishedAt: null } : {}) },
      populate: populateForAltTexts(altTextRules(uid), componentPopulate(uid)),
    });

  return {
    /** The content types followed: configured, or every localized one of the app. */
    contentTypes(): string[] {
      const configured = getConfig(strapi).contentTypes;
      if (configured) return configured;
      return Object.values(strapi.contentTypes)
        .filter((contentType: any) => contentType.uid.startsWith('api::') && contentType.pluginOptions?.i18n?.localized)
        .map((contentType: any) => contentType.uid)
        .sort();
    },

    isFollowed(uid: string) {
      return this.contentTypes().includes(uid);
    },

    /**
     * Brings the records of one document in line with its versions (draft versions, where the
     * content type has drafts). `review` marks that locale as brought up to date.
     */
    async refresh(uid: string, documentId: string, { review }: { review?: string } = {}) {
      // One transaction (joining the caller's, if any): records never half-follow a write.
      await strapi.db.transaction(({ trx }) => refreshWithin(trx, uid, documentId, review));
    },

    /** Marks one locale of a document reviewed; false when the document has no version in that locale. */
    async review(uid: string, documentId: string, locale: string): Promise<boolean> {
      const version = await strapi.db.query(uid as any).findOne({ where: { documentId, locale }, select: ['id'] });
      if (!version) return false;
      await this.refresh(uid, documentId, { review: locale });
      return true;
    },

    /** The translated text of one version of a document as it is now; null without that version. */
    async sourceText(uid: string, documentId: string, locale: string): Promise<SourceText | null> {
      const [version] = await versionsOf(uid, documentId, locale);
      return version ? sourceText(version, schemasOf(uid)) : null;
    },

    /**
     * Creates the records of documents that have none yet (content written before the plugin), and
     * the source texts of translations recorded before the plugin kept them, and the alternative texts of
     * those recorded before that rule (missingAltTexts still null): refresh fills them in.
     */
    async backfill() {
      for (const uid of this.contentTypes()) {
        const followed = await records().findMany({
          where: { contentType: uid },
          select: ['entryDocumentId', 'entryLocale', 'sourceLocale', 'sourceTextSeen', 'missingAltTexts'],
        });
        const known = new Set(followed.map((record) => record.entryDocumentId));
        const rows = await strapi.db.query(uid as any).findMany({ select: ['documentId'] });
        const missing = [...new Set(rows.map((row) => row.documentId as string))].filter((documentId) => !known.has(documentId));
        for (const documentId of missing) await this.refresh(uid, documentId);
        if (missing.length > 0) strapi.log.info(`[translation-status] Followed ${missing.length} existing ${uid} document(s).`);

        const stale = new Set(
          followed
            .filter((record) => (record.entryLocale !== record.sourceLocale && !record.sourceTextSeen) || record.missingAltTexts == null)
            .map((record) => record.entryDocumentId as string)
        );
        for (const documentId of stale) await this.refresh(uid, documentId);
      }
    },
  };

  /** The database column of one of the record's attributes, as Strapi maps it. */
  function column(attribute: string): string {
    return (strapi.db.metadata.get(RECORD).attributes[attribute] as any).columnName;
  }

  async function refreshWithin(trx: Knex.Transaction, uid: string, documentId: string, review?: string) {
    const versions = await versionsOf(uid, documentId);
    const existing = await records().findMany({ where: { contentType: uid, entryDocumentId: documentId } });
    const byLocale = new Map(existing.map((record) => [record.entryLocale, record]));

    const sourceLocale = chooseSourceLocale(
      versions.map((version) => ({ locale: version.locale, createdAt: version.createdAt })),
      existing[0]?.sourceLocale ?? null,
      await defaultLocale()
    );
    const schemas = schemasOf(uid);
    const hashes = new Map(versions.map((version) => [version.locale as string, contentHash(version, schemas)]));
    const sourceHash = sourceLocale ? hashes.get(sourceLocale)! : null;
    const sourceVersion = versions.find((version) => version.locale === sourceLocale);
    const sourceSeen: SourceTextSeen | null = sourceVersion ? { locale: sourceLocale!, fields: sourceText(sourceVersion, schemas) } : null;
    const now = new Date();

    for (const version of versions) {
      const locale = version.locale as string;
      const hash = hashes.get(locale)!;
      const record = byLocale.get(locale);
      const isSource = locale === sourceLocale;
      const lacking = missingAltTexts(version, altTextRules(uid));
      if (!record) {
        // A new version starts from the source as it is now.
        await strapi.db
          .connection(strapi.db.metadata.get(RECORD).tableName)
          .transacting(trx)
          .insert({
            ...recordRow(uid, documentId, locale, sourceLocale!, hash, sourceHash!, isSource ? null : sourceSeen, now),
            [column('missingAltTexts')]: JSON.stringify(lacking),
          })
          .onConflict(['contentType', 'entryDocumentId', 'entryLocale'].map(column))
          .ignore();
        continue;
      }
      const edited = record.contentHash !== hash;
      const reviewed = review === locale;
      const data: Record<string, unknown> = {};
      if (record.sourceLocale !== sourceLocale) data.sourceLocale = sourceLocale;
      if (edited) Object.assign(data, { contentHash: hash, contentUpdatedAt: now });
      // Editing a translation, or reviewing it, brings it up to date with its source.
      if (isSource || edited || reviewed) {
        if (record.sourceHashSeen !== sourceHash) data.sourceHashSeen = sourceHash;
      }
      if (reviewed) data.reviewedAt = now;
      const textSeen = sourceTextToKeep({
        kept: record.sourceTextSeen,
        isSource,
        broughtUpToDate: data.sourceHashSeen !== undefined,
        current: record.sourceHashSeen === sourceHash,
        source: sourceSeen,
      });
      if (textSeen !== undefined) data.sourceTextSeen = textSeen;
      if (JSON.stringify(record.missingAltTexts ?? null) !== JSON.stringify(lacking)) data.missingAltTexts = lacking;
      if (Object.keys(data).length > 0) await records().update({ where: { id: record.id }, data });
    }

    const gone = existing.filter((record) => !hashes.has(record.entryLocale)).map((record) => record.id);
    if (gone.length > 0) await records().deleteMany({ where: { id: { $in: gone } } });
  }

  function recordRow(
    uid: string,
    documentId: string,
    locale: string,
    sourceLocale: string,
    hash: string,
    sourceHash: string,
    sourceSeen: SourceTextSeen | null,
    now: Date
  ) {
    const time = strapi.db.dialect.client === 'sqlite' ? now.getTime() : now;
    return {
      [column('documentId')]: createId(),
      [column('contentType')]: uid,
      [column('entryDocumentId')]: documentId,
      [column('entryLocale')]: locale,
      [column('sourceLocale')]: sourceLocale,
      [column('contentHash')]: hash,
      [column('sourceHashSeen')]: locale === sourceLocale ? hash : sourceHash,
      // A raw insert (for ON CONFLICT): JSON goes in as text, which every database's JSON column takes.
      [column('sourceTextSeen')]: sourceSeen ? JSON.stringify(sourceSeen) : null,
      [column('contentUpdatedAt')]: time,
      [column('createdAt')]: time,
      [column('updatedAt')]: time,
      [column('publishedAt')]: time,
    };
  }
};
