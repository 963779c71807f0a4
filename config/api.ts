import type { Core } from '@strapi/strapi';
// REST limits: a website asks for one page of content at a time, never the whole table.
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  rest: {
    defaultLimit: env.int('REST_DEFAULT_LIMIT', 25),
    maxLimit: env.int('REST_MAX_LIMIT', 100),
    withCount: true,
  },
});
