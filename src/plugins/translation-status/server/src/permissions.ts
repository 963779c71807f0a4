/** The plugin's admin panel permissions, one constant each, registered with Strapi's RBAC. The admin imports it: no imports here. */
export const ACTIONS = {
  read: 'plugin::translation-status.read',
  review: 'plugin::translation-status.review',
} as const;

export const ACTION_DEFINITIONS = [
  { section: 'plugins', displayName: 'Read translation status', uid: 'read', pluginName: 'translation-status' },
  { section: 'plugins', displayName: 'Mark translations as reviewed', uid: 'review', pluginName: 'translation-status' },
];

export const requireAction = (action: string) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [action] } },
];
