/**
 * Content API routes, served under /api/syndication. Each handler is a permission for roles
 * and API tokens: plugin::syndication.mention.ingest, plugin::syndication.stats.find.
 */
export default {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'POST', path: '/mentions', handler: 'mention.ingest', config: { policies: [] } },
      { method: 'GET', path: '/stats', handler: 'stats.find', config: { policies: [] } },
    ],
  },
};
