/** The plugin's admin panel permissions: one constant each, registered with Strapi's RBAC. */
export const ACTIONS = {
  manageFeeds: 'plugin::syndication.feeds.manage',
} as const;

export const ACTION_DEFINITIONS = [
  { section: 'plugins', displayName: 'Manage feeds and poll them', uid: 'feeds.manage', pluginName: 'syndication' },
];

/** Route policies: an authenticated admin holding the action. */
export const requireAction = (action: string) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [action] } },
];
