/** The plugin's admin panel permissions, one constant each, registered with Strapi's RBAC. The admin imports it: no imports here. */
export const ACTIONS = {
  read: 'plugin::embargo.read',
  schedule: 'plugin::embargo.schedule',
} as const;

export const ACTION_DEFINITIONS = [
  { section: 'plugins', pluginName: 'embargo', uid: 'read', displayName: 'See embargoes (edit view, calendar)' },
  { section: 'plugins', pluginName: 'embargo', uid: 'schedule', displayName: 'Set, change and lift embargoes' },
];

/** Route policies: an authenticated admin holding the action. */
export const requireAction = (action: string) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [action] } },
];

/** Setting, changing and lifting: refused with a message saying which permission is missing. */
export const requireScheduling = () => ['admin::isAuthenticatedAdmin', 'plugin::embargo.may-schedule'];
