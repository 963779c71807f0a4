import type { Core } from '@strapi/strapi';
import { MEDIA_PARTNER, PUBLISHED_CONTENT_TYPES } from '../src/content-types';
import { ALT_TEXT_RULES } from '../src/image-texts/pictures';
import { LOCALE_CODES } from '../src/locales';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { uncacheableAnswers } from '../src/graphql/uncacheable-answers';
import { validationErrorStatus } from '../src/graphql/validation-error-status';
import { graphqlOperationForReadCache } from '../src/read-cache/graphql-operation';
import { SCO_TERMS } from '../src/mention-matching/sco-terms';
import { ACCEPTED_DOCUMENT_TYPES, ACCEPTED_IMAGE_TYPES, uploadSizeLimit } from '../src/uploads/policy';
import { uploadProviderConfig } from '../src/uploads/storage';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  // Missing and outdated translations per locale (src/plugins/translation-status).
  'translation-status': {
    enabled: true,
    resolve: './src/plugins/translation-status',
    // A picture without its alternative text in a locale makes that version not current.
    config: { localeOrder: [...LOCALE_CODES], altTexts: ALT_TEXT_RULES },
  },
  // Publishing and unpublishing at a set instant, all chosen locales together (src/plugins/embargo).
  embargo: {
    enabled: true,
    resolve: './src/plugins/embargo',
    config: {
      contentTypes: [...PUBLISHED_CONTENT_TYPES],
      // Unset variables leave the plugin's own defaults (src/plugins/embargo/server/src/config).
      timeZone: env('EMBARGO_TIME_ZONE'),
      scheduler: {
        enabled: env.bool('EMBARGO_SCHEDULER'),
        rescanIntervalMs: env.int('EMBARGO_RESCAN_INTERVAL_MS'),
        lateAfterMs: env.int('EMBARGO_LATE_AFTER_MS'),
      },
    },
  },
  // Exact counts of syndicated mentions per partner agency (src/plugins/syndication).
  syndication: {
    enabled: true,
    resolve: './src/plugins/syndication',
    config: {
      agency: { contentType: MEDIA_PARTNER, slugField: 'slug', nameField: 'name', sinceField: 'partnerSince' },
      terms: SCO_TERMS,
      // Unset variables leave the plugin's own defaults (src/plugins/syndication/server/src/config).
      feeds: {
        schedule: { enabled: env.bool('SYNDICATION_POLL_SCHEDULE'), rule: env('SYNDICATION_POLL_RULE') },
        timeoutMs: env.int('SYNDICATION_FEED_TIMEOUT_MS'),
        connectTimeoutMs: env.int('SYNDICATION_FEED_CONNECT_TIMEOUT_MS'),
        maxBytes: env.int('SYNDICATION_FEED_MAX_BYTES'),
        maxRedirects: env.int('SYNDICATION_FEED_MAX_REDIRECTS'),
        allowPrivateNetworks: env.bool('SYNDICATION_ALLOW_PRIVATE_NETWORKS'),
        allowedAddresses: env.array('SYNDICATION_ALLOWED_ADDRESSES'),
      },
    },
  },
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      jwt: { expiresIn: env('JWT_EXPIRES_IN', '7d') },
    },
  },
  upload: {
    config: {
      // Local disk (public/uploads) unless UPLOAD_PROVIDER=s3: src/uploads/storage.ts.
      ...uploadProviderConfig(process.env),
      sizeLimit: uploadSizeLimit(env),
      security: {
        allowedTypes: [...ACCEPTED_IMAGE_TYPES, ...ACCEPTED_DOCUMENT_TYPES],
      },
    },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 7),
      defaultLimit: env.int('GRAPHQL_DEFAULT_LIMIT', 25),
      maxLimit: env.int('GRAPHQL_MAX_LIMIT', 100),
      // Pressroom's: relations, media and components loaded in batches (src/graphql/batching), nested
      // fields' permissions checked once per request (src/graphql/field-wrappers); off: Strapi's own.
      batching: env('GRAPHQL_BATCHING', 'on') !== 'off',
      landingPage: env('NODE_ENV', 'development') !== 'production',
      apolloServer: {
        introspection: env.bool('GRAPHQL_INTROSPECTION', env('NODE_ENV', 'development') !== 'production'),
        // Apollo's cache-control plugin without its hook on every field: src/graphql/uncacheable-answers.ts.
        plugins: [validationErrorStatus, graphqlOperationForReadCache, ApolloServerPluginCacheControlDisabled(), uncacheableAnswers],
      },
    },
  },
});
