import type { Core } from '@strapi/strapi';
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  proxy: env.bool('IS_PROXIED', false),
  // Versions are pinned on purpose (package.json): no "new Strapi available" notices.
  logger: {
    updates: { enabled: false },
  },
  app: {
    keys: env.array('APP_KEYS'),
  },
});
