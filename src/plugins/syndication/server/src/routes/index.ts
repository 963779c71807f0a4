/**
 * Content API routes, served under /api/syndication; each handler is a permission for roles and
 * API tokens (plugin::syndication.mention.ingest, plugin::syndication.stats.find). Admin routes,
 * served under /syndication, need an admin panel login holding the plugin's actions.
 */
import { ACTIONS, requireAction } from '../permissions';

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'POST', path: '/mentions', handler: 'mention.ingest', config: { policies: [] } },
      { method: 'GET', path: '/stats', handler: 'stats.find', config: { policies: [] } },
    ],
  },
  admin: {
    type: 'admin',
    routes: [
      {
        method: 'POST',
        path: '/feeds/:documentId/poll',
        handler: 'feed.poll',
        config: { policies: requireAction(ACTIONS.manageFeeds) },
      },
    ],
  },
};
