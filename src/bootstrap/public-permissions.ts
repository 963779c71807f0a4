import type { Core } from '@strapi/strapi';
import { PUBLISHED_CONTENT_TYPES } from '../content-types';

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';

/**
 * What anonymous visitors (websites) may do: read published content, the locale list and the
 * syndication figures.
 */
export const PUBLIC_READ_ACTIONS = [
  ...PUBLISHED_CONTENT_TYPES.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
  'plugin::i18n.locales.listLocales',
  'plugin::syndication.stats.find',
];

/** Grants the missing public read permissions; never removes what an administrator added. */
export async function grantPublicRead(strapi: Core.Strapi, actions: string[] = PUBLIC_READ_ACTIONS) {
  const role = await strapi.db.query(ROLE).findOne({ where: { type: 'public' } });
  if (!role) throw new Error('The users-permissions public role is missing.');

  const granted = await strapi.db.query(PERMISSION).findMany({ where: { role: role.id, action: { $in: actions } }, select: ['action'] });
  const grantedActions = new Set(granted.map(({ action }) => action));

  for (const action of actions.filter((action) => !grantedActions.has(action))) {
    await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
    strapi.log.info(`[pressroom] Public role may now ${action}.`);
  }
}
