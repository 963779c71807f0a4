import type { Core } from '@strapi/strapi';
// `http` logs every request (Strapi's default); LOG_LEVEL=warn keeps tests and scripts quiet.
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  level: env('LOG_LEVEL', 'http'),
});
