/** Admin routes, served under /translation-status; an admin panel login holding the actions. */
import { ACTIONS, requireAction } from '../permissions';

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/summary', handler: 'status.summary', config: { policies: requireAction(ACTIONS.read) } },
      { method: 'GET', path: '/documents', handler: 'status.documents', config: { policies: requireAction(ACTIONS.read) } },
      {
        method: 'GET',
        path: '/documents/:contentType/:documentId',
        handler: 'status.document',
        config: { policies: requireAction(ACTIONS.read) },
      },
      {
        method: 'GET',
        path: '/documents/:contentType/:documentId/changes',
        handler: 'status.changes',
        config: { policies: requireAction(ACTIONS.read) },
      },
      {
        method: 'POST',
        path: '/documents/:contentType/:documentId/:locale/review',
        handler: 'status.review',
        config: { policies: requireAction(ACTIONS.review) },
      },
    ],
  },
};
