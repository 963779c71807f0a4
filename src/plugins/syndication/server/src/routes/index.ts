/**
 * Content API routes, served under /api/syndication; each handler is a permission for roles and
 * API tokens (plugin::syndication.mention.ingest, plugin::syndication.stats.find). Admin routes,
 * served under /syndication, need an admin panel login holding the plugin's actions
 * (permissions.ts): reading (stats, mentions, feed health), managing mentions, managing feeds.
 */
import { ACTIONS, requireAction } from '../permissions';

const admin = (method: string, path: string, handler: string, action: string) => ({
  method,
  path,
  handler,
  config: { policies: requireAction(action) },
});

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
      admin('GET', '/stats', 'stats.findForAdmin', ACTIONS.readStats),
      admin('GET', '/mentions', 'mention.find', ACTIONS.readStats),
      admin('POST', '/mentions', 'mention.create', ACTIONS.manageMentions),
      admin('DELETE', '/mentions/:documentId', 'mention.delete', ACTIONS.manageMentions),
      admin('GET', '/feeds', 'feed.find', ACTIONS.readStats),
      admin('GET', '/agencies', 'agency.find', ACTIONS.readStats),
      admin('PUT', '/feeds/:documentId', 'feed.update', ACTIONS.manageFeeds),
      admin('POST', '/feeds/:documentId/poll', 'feed.poll', ACTIONS.manageFeeds),
    ],
  },
};
