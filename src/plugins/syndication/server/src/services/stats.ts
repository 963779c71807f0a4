/**
 * The one stats query, for REST, GraphQL, mention counts on agencies and the admin panel: sums
 * of the rollups, so its cost follows agencies × days, never the number of mentions.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getConfig } from '../config';
import { daysBetween, previousPeriod, type Interval } from '../domain/periods';
import type { StatsQuery } from '../domain/stats-query';
import { shapeStats } from '../domain/stats';
import { getService } from '../get-service';

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
  const agencies = () => getService(strapi, 'agencies');

  return {
    /** Resolves the slugs of a checked query; an unknown slug is a 400 naming it. */
    async resolveQuery(query: StatsQuery): Promise<StatsRequest> {
      return {
        from: query.from,
        to: query.to,
        interval: query.interval,
        agencyIds: await agencies().resolveFilter(query.agencies),
        languages: query.languages,
      };
    },

    /**
     * `describe: false` leaves agency names out, `bounds: false` each agency's first and last
     * day: callers that need only counts save those queries.
     */
    async compute(
      request: StatsRequest,
      { locale, describe = true, bounds = true }: { locale?: string; describe?: boolean; bounds?: boolean } = {}
    ) {
      const { maxSeriesPoints } = getConfig(strapi);
      const { sums, firstDay, lastDay, agencyBounds } = await getService(strapi, 'rollupStore').sumRollups(request, request.interval, {
        bounds,
      });

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
        data: shapeStats({
          sums,
          agencies: described,
          interval: request.interval,
          from: request.from,
          to: request.to,
          firstDay,
          lastDay,
          agencyBounds,
        }),
        meta: { from, to, interval: request.interval },
      };
    },

    /**
     * The stats and, beside them, the totals of the period of the same length just before (for
     * trends): `data.previous` and `meta.previous` ({ from, to }). An open range is first closed
     * on its first and last mention; with no mention at all there is nothing to compare with.
     */
    async computeWithPrevious(request: StatsRequest, options: { locale?: string } = {}) {
      const current = await this.compute(request, options);
      const { from, to } = current.meta;
      if (!from || !to) return { data: { ...current.data, previous: null }, meta: { ...current.meta, previous: null } };

      const range = previousPeriod(from, to);
      // Totals only: a yearly series keeps it short whatever the interval asked for.
      const previous = await this.compute({ ...request, ...range, interval: 'year' }, options);
      const { total, byAgency, byLanguage } = previous.data;
      return { data: { ...current.data, previous: { total, byAgency, byLanguage } }, meta: { ...current.meta, previous: range } };
    },
  };
};
