/** The plugin's admin panel permissions: one constant each, registered with Strapi's RBAC. */
export const ACTIONS = {
  readStats: 'plugin::syndication.stats.read',
  manageMentions: 'plugin::syndication.mentions.manage',
  manageFeeds: 'plugin::syndication.feeds.manage',
} as const;

const action = (uid: string, displayName: string) => ({ section: 'plugins', pluginName: 'syndication', uid, displayName });

export const ACTION_DEFINITIONS = [
  action('stats.read', 'Read mention counts, the mentions behind them and feed health'),
  action('mentions.manage', 'Add mentions by hand and delete wrongly matched ones'),
  action('feeds.manage', 'Manage feeds and poll them'),
];

/** Route policies: an authenticated admin holding the action. */
export const requireAction = (action: string) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [action] } },
];
