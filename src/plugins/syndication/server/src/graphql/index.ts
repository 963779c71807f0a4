/**
 * GraphQL: `syndicationStats` (the same answer as GET /api/syndication/stats) and a
 * `mentionCount(from, to)` field on the agency type, batched per request with DataLoader so a
 * list of agencies costs one stats query, not one per agency.
 */
import type { Core } from '@strapi/strapi';
import DataLoader from 'dataloader';
import { errors } from '@strapi/utils';
import { getConfig } from '../config';
import { DAY_ROLLUP, FEED, LOCK, MENTION, MONTH_ROLLUP } from '../content-types';
import { checkStatsQuery } from '../domain/stats-query';
import { getService } from '../get-service';

const STATS_SCOPE = ['plugin::syndication.stats.find'];

const checkArguments = (args: Record<string, unknown>) => {
  const check = checkStatsQuery(args);
  if (!check.ok) throw new errors.ValidationError(check.error, { parameter: check.parameter });
  return check.query;
};

export function registerGraphql(strapi: Core.Strapi) {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;

  // Mentions and rollups are read through syndicationStats, never row by row; feeds (with their
  // poller's state) and locks are the plugin's own business, not the websites'.
  for (const uid of [MENTION, DAY_ROLLUP, MONTH_ROLLUP, FEED, LOCK]) graphql.service('extension').shadowCRUD(uid).disable();

  graphql.service('extension').use(() => {
    const agencyContentType = strapi.contentType(getConfig(strapi).agency.contentType as any);
    const agencyType = graphql.service('utils').naming.getTypeName(agencyContentType);
    const stats = () => getService(strapi, 'stats');

    /** One loader per request and per (from, to): every agency of the request in one query. */
    const loaders = new WeakMap<object, Map<string, DataLoader<string, number>>>();
    const countLoader = (context: object, from: string | null, to: string | null) => {
      if (!loaders.has(context)) loaders.set(context, new Map());
      const perRange = loaders.get(context)!;
      const key = `${from}|${to}`;
      if (!perRange.has(key)) {
        perRange.set(
          key,
          new DataLoader<string, number>(async (agencyIds) => {
            const { data } = await stats().compute(
              { from, to, interval: 'year', agencyIds: [...agencyIds], languages: [] },
              { describe: false, bounds: false }
            );
            const counts = new Map<string, number>(
              data.byAgency.map(({ agency, count }: { agency: { documentId: string }; count: number }) => [agency.documentId, count])
            );
            return agencyIds.map((id) => counts.get(id) ?? 0);
          })
        );
      }
      return perRange.get(key)!;
    };

    return {
      typeDefs: `
        enum SyndicationInterval { day week month year }

        type SyndicationAgency { documentId: ID! slug: String name: String }
        type SyndicationAgencyCount {
          agency: SyndicationAgency!
          count: Int!
          "First and last day with a mention within the range (YYYY-MM-DD)"
          firstDay: String
          lastDay: String
        }
        type SyndicationLanguageCount { language: String! count: Int! }
        type SyndicationPeriod {
          period: String!
          count: Int!
          "Mentions per agency slug in this period"
          byAgency: JSON!
        }
        type SyndicationStatsMeta { from: String to: String interval: SyndicationInterval! }
        type SyndicationStats {
          total: Int!
          byAgency: [SyndicationAgencyCount!]!
          byLanguage: [SyndicationLanguageCount!]!
          series: [SyndicationPeriod!]!
          meta: SyndicationStatsMeta!
        }

        extend type Query {
          "Syndicated mentions per agency, language and period (the same as GET /api/syndication/stats)"
          syndicationStats(
            from: String
            to: String
            interval: SyndicationInterval = month
            agency: [String!]
            language: [String!]
            locale: I18NLocaleCode
          ): SyndicationStats!
        }

        extend type ${agencyType} {
          "Syndicated mentions of this agency, from and to inclusive (ISO dates, UTC)"
          mentionCount(from: String, to: String): Int!
        }
      `,
      resolvers: {
        Query: {
          async syndicationStats(_parent: unknown, args: Record<string, unknown>) {
            const { locale, ...query } = args;
            const request = await stats().resolveQuery(checkArguments(query));
            const { data, meta } = await stats().compute(request, { locale: locale as string | undefined });
            return { ...data, meta };
          },
        },
        [agencyType]: {
          async mentionCount(parent: { documentId: string }, args: Record<string, unknown>, context: object) {
            const { from, to } = checkArguments({ from: args.from, to: args.to });
            return countLoader(context, from, to).load(parent.documentId);
          },
        },
      },
      resolversConfig: {
        'Query.syndicationStats': { auth: { scope: STATS_SCOPE } },
        [`${agencyType}.mentionCount`]: { auth: { scope: STATS_SCOPE } },
      },
    };
  });
}
