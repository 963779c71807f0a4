/**
 * Snapshots of drafts for "as scheduled" actions (see domain/snapshot.ts): what a locale's draft
 * holds now, read through the Document Service, and the snapshots an action keeps.
 */
import type { Core } from '@strapi/strapi';
import { populateFor, snapshotData, snapshotOf, type Schema, type Snapshot } from '../domain/snapshot';

export type Snapshots = Record<string, Snapshot>;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const schemaOf = (uid: string) => strapi.getModel(uid as any) as unknown as Schema;

  return {
    /** The draft of a locale as `update` data, or null when the locale has no draft. */
    async draftOf(uid: string, documentId: string, locale: string): Promise<Record<string, unknown> | null> {
      const draft = await strapi
        .documents(uid as any)
        .findOne({ documentId, locale, status: 'draft', populate: populateFor(uid, schemaOf) as any });
      return draft ? snapshotData(draft as Record<string, any>, uid, schemaOf) : null;
    },

    /** The locales that have a draft now. */
    async draftLocales(uid: string, documentId: string): Promise<string[]> {
      const versions = await strapi.db
        .query(uid as any)
        .findMany({ where: { documentId, publishedAt: null }, select: ['locale'], orderBy: { locale: 'asc' } });
      return versions.map((version: { locale: string }) => version.locale);
    },

    /**
     * `existing` plus snapshots of the drafts of `locales`, taken now; a locale without a draft gets
     * none (an action choosing it fails at its time, as with latest).
     */
    async take(uid: string, documentId: string, locales: string[], existing: Snapshots = {}): Promise<Snapshots> {
      const snapshots: Snapshots = { ...existing };
      const now = new Date();
      for (const locale of locales) {
        const data = await this.draftOf(uid, documentId, locale);
        if (data) snapshots[locale] = snapshotOf(data, now);
      }
      return snapshots;
    },
  };
};
