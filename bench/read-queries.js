'use strict';
/** What bench:read and bench/profile-graphql.js share: the servers' environment and the README's query. */

/** The environment of every benchmarked server (secrets of the bench's own, production mode, quiet). */
const SERVER_ENV = {
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: '0',
  APP_KEYS: 'benchKeyA,benchKeyB',
  API_TOKEN_SALT: 'bench-api-token-salt',
  ADMIN_JWT_SECRET: 'bench-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'bench-transfer-token-salt',
  ENCRYPTION_KEY: 'bench-encryption-key-0123456789a',
  JWT_SECRET: 'bench-jwt-secret',
  ADMIN_EMAIL: '',
  ADMIN_PASSWORD: '',
  SEED_DEMO_CONTENT: 'false',
  STRAPI_TELEMETRY_DISABLED: 'true',
  LOG_LEVEL: 'error',
  SYNDICATION_POLL_SCHEDULE: 'false',
};

/** The README's GraphQL query (10 announcements with their relations), read by bench:read and bench/profile-graphql.js. */
const README_QUERY = `query Announcements($locale: I18NLocaleCode = "en") {
  announcements(locale: $locale, sort: "eventDate:desc", pagination: { pageSize: 10 }) {
    documentId slug title summary category eventDate location
    cover { url alternativeText formats }
    mediaPartners { slug name shortName country website }
    contracts { slug title signedOn partner { name } }
    photoExhibitions { slug title photos { caption image { url formats } } }
  }
}`;

module.exports = { README_QUERY, SERVER_ENV };
