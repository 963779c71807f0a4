/**
 * The agencies mentions are counted for: documents of the configured content type, referred to
 * by documentId (stable across locales and draft/published versions) or by slug.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getConfig } from '../config';
import { utcDay } from '../domain/dates';
import type { AgencySummary } from '../domain/stats';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => getConfig(strapi).agency;
  const contentType = () => strapi.contentType(settings().contentType as any);
  const isLocalized = () => Boolean((contentType()?.pluginOptions as any)?.i18n?.localized);

  return {
    contentTypeUid: () => settings().contentType,

    /** Maps each slug or documentId to the agency's documentId; unknown ones are left out. */
    async resolve(identifiers: string[]): Promise<Map<string, string>> {
      const { contentType: uid, slugField } = settings();
      const wanted = [...new Set(identifiers)];
      const resolved = new Map<string, string>();
      if (wanted.length === 0) return resolved;
      const rows = await strapi.db.query(uid as any).findMany({
        where: { $or: [{ [slugField]: { $in: wanted } }, { documentId: { $in: wanted } }] },
        select: ['documentId', slugField],
      });
      for (const row of rows) {
        resolved.set(row.documentId, row.documentId);
        if (row[slugField]) resolved.set(row[slugField], row.documentId);
      }
      return resolved;
    },

    /** The documentIds of the agencies a filter names; an unknown one is a 400 naming `agency`. */
    async resolveFilter(identifiers: string[]): Promise<string[]> {
      const resolved = await this.resolve(identifiers);
      const unknown = identifiers.filter((identifier) => !resolved.has(identifier));
      if (unknown.length > 0) {
        throw new errors.ValidationError(`agency: unknown agency ${unknown.map((slug) => `"${slug}"`).join(', ')}`, {
          parameter: 'agency',
        });
      }
      return [...new Set(identifiers.map((identifier) => resolved.get(identifier)!))];
    },

    /**
     * Every agency, named in the locale asked for (as `describe` names them), with the day its
     * partnership began when the content type has such a field: for the admin panel's pickers.
     */
    async list(locale?: string): Promise<(AgencySummary & { since: string | null })[]> {
      const { contentType: uid, sinceField } = settings();
      const rows = await strapi.db.query(uid as any).findMany({ select: ['documentId', ...(sinceField ? [sinceField] : [])] });
      const since = new Map<string, string | null>();
      for (const row of rows) {
        const value = sinceField ? row[sinceField] : null;
        const day = value ? utcDay(new Date(value)) : null;
        if (!since.get(row.documentId)) since.set(row.documentId, day);
      }
      const described = await this.describe([...since.keys()], locale);
      return described
        .map((agency) => ({ ...agency, since: since.get(agency.documentId) ?? null }))
        .sort((a, b) => (a.name ?? a.documentId).localeCompare(b.name ?? b.documentId));
    },

    /**
     * Slug and name of each agency, in the locale asked for when it has that version, otherwise
     * in the default locale, otherwise in any; published versions first.
     */
    async describe(documentIds: string[], locale?: string): Promise<AgencySummary[]> {
      const { contentType: uid, slugField, nameField } = settings();
      if (documentIds.length === 0) return [];
      const localized = isLocalized();
      const rows = await strapi.db.query(uid as any).findMany({
        where: { documentId: { $in: documentIds } },
        select: ['documentId', slugField, nameField, 'publishedAt', ...(localized ? ['locale'] : [])],
      });
      const defaultLocale = localized ? await strapi.plugin('i18n').service('locales').getDefaultLocale() : null;
      const rank = (row: any) =>
        (localized && row.locale === locale ? 0 : localized && row.locale === defaultLocale ? 2 : 4) + (row.publishedAt ? 0 : 1);

      const best = new Map<string, any>();
      for (const row of rows) {
        const current = best.get(row.documentId);
        if (!current || rank(row) < rank(current)) best.set(row.documentId, row);
      }
      return documentIds
        .filter((documentId) => best.has(documentId))
        .map((documentId) => {
          const row = best.get(documentId);
          return { documentId, slug: row[slugField] ?? null, name: row[nameField] ?? null };
        });
    },
  };
};
