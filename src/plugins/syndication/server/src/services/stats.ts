/**
 * The one stats query, for REST, GraphQL, mention counts on agencies and the admin panel: sums
 * of the rollups, so its cost follows agencies × days, never the number of mentions.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getConfig } from '../config';
import { daysBetween, type Interval } from '../domain/periods';
import type { StatsQuery } from '../domain/stats-query';
import { shapeStats } from '../domain/stats';

export interface StatsRequest {
  from: string | null;
  to: string | null;
  interval: Interval;
  /** Agency documentIds; empty means every agency. */
  agencyIds: string[];
  languages: string[];
}

const POINTS_PER_PERIOD: Record<Interval, number> = { day: 1, week: 7, month: 28, year: 365 };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const agencies = () => strapi.plugin('syndication').service('agencies');

  return {
    /** Resolves the slugs of a checked query; an unknown slug is a 400 naming it. */
    async resolveQuery(query: StatsQuery): Promise<StatsRequest> {
      const resolved: Map<string, string> = await agencies().resolve(query.agencies);
      const unknown = query.agencies.filter((slug) => !resolved.has(slug));
      if (unknown.length > 0) {
        throw new errors.ValidationError(`agency: unknown agency ${unknown.map((slug) => `"${slug}"`).join(', ')}`, {
          parameter: 'agency',
        });
      }
      return {
        from: query.from,
        to: query.to,
        interval: query.interval,
        agencyIds: [...new Set(query.agencies.map((slug) => resolved.get(slug)!))],
        languages: query.languages,
      };
    },

    async compute(request: StatsRequest, { locale, describe = true }: { locale?: string; describe?: boolean } = {}) {
      const { maxSeriesPoints } = getConfig(strapi);
      const { sums, firstDay, lastDay } = await strapi.plugin('syndication').service('mentionStore').sumRollups(request, request.interval);

      const from = request.from ?? firstDay;
      const to = request.to ?? lastDay;
      if (from && to && daysBetween(from, to) / POINTS_PER_PERIOD[request.interval] > maxSeriesPoints) {
        throw new errors.ValidationError(
          `interval: a ${request.interval} series from ${from} to ${to} has more than ${maxSeriesPoints} points; choose a longer interval or a shorter range`,
          { parameter: 'interval' }
        );
      }

      const agencyIds = [...new Set([...request.agencyIds, ...sums.map((sum) => sum.agency)])];
      const described = describe
        ? await agencies().describe(agencyIds, locale)
        : agencyIds.map((documentId) => ({ documentId, slug: null, name: null }));

      return {
        data: shapeStats({ sums, agencies: described, interval: request.interval, from: request.from, to: request.to, firstDay, lastDay }),
        meta: { from, to, interval: request.interval },
      };
    },
  };
};
