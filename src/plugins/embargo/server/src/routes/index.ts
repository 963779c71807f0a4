/**
 * Admin routes, served under /embargo: reading needs plugin::embargo.read (every staff role),
 * setting, changing and lifting plugin::embargo.schedule (Editor, Super Admin).
 */
import { ACTIONS, requireAction, requireScheduling } from '../permissions';

const route = (method: string, path: string, handler: string, policies: unknown[]) => ({ method, path, handler, config: { policies } });

export default {
  admin: {
    type: 'admin',
    routes: [
      route('GET', '/settings', 'actions.settings', requireAction(ACTIONS.read)),
      route('GET', '/actions', 'actions.find', requireAction(ACTIONS.read)),
      route('GET', '/actions/:id', 'actions.findOne', requireAction(ACTIONS.read)),
      route('POST', '/actions', 'actions.create', requireScheduling()),
      route('PUT', '/actions/:id', 'actions.update', requireScheduling()),
      route('DELETE', '/actions/:id', 'actions.cancel', requireScheduling()),
    ],
  },
};
