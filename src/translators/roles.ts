import type { Core } from '@strapi/strapi';
import { PUBLISHED_CONTENT_TYPES } from '../content-types';
import { LOCALE_CODES, type LocaleCode } from '../locales';

const EXPLORER = 'plugin::content-manager.explorer';

/** What a translator may see in the media library: everything, to reuse and credit pictures. */
const MEDIA_ACTIONS = ['plugin::upload.read', 'plugin::upload.assets.download', 'plugin::upload.assets.copy-link'];

/** The translation status plugin's actions, when it is installed. */
const TRANSLATION_STATUS_ACTIONS = ['plugin::translation-status.read', 'plugin::translation-status.review'];

export const translatorRoleCode = (locale: LocaleCode) => `translator-${locale}`;

/**
 * A translator reads every locale of the four content types and their media, and creates and
 * updates their own locale only: no delete, no publish (editors publish).
 */
export function translatorPermissions(strapi: Core.Strapi, locale: LocaleCode) {
  const contentTypeService = strapi.service('admin::content-type');
  const registered = new Set(strapi.service('admin::permission').actionProvider.values().map((action: any) => action.actionId));

  const content = PUBLISHED_CONTENT_TYPES.flatMap((uid) => {
    const fields = contentTypeService.getNestedFields(strapi.contentTypes[uid], { components: strapi.components });
    return [
      { action: `${EXPLORER}.read`, subject: uid, properties: { fields, locales: LOCALE_CODES }, conditions: [] },
      { action: `${EXPLORER}.create`, subject: uid, properties: { fields, locales: [locale] }, conditions: [] },
      { action: `${EXPLORER}.update`, subject: uid, properties: { fields, locales: [locale] }, conditions: [] },
    ];
  });
  const plugins = [...MEDIA_ACTIONS, ...TRANSLATION_STATUS_ACTIONS]
    .filter((action) => registered.has(action))
    .map((action) => ({ action, subject: null, properties: {}, conditions: [] }));
  return [...content, ...plugins];
}

/** Creates the three translator roles, and brings their permissions back to the rule above. */
export async function ensureTranslatorRoles(strapi: Core.Strapi) {
  const roles = strapi.service('admin::role');
  for (const locale of LOCALE_CODES) {
    const code = translatorRoleCode(locale);
    let role = await strapi.db.query('admin::role').findOne({ where: { code } });
    if (!role) {
      role = await roles.create({
        name: `Translator (${locale})`,
        code,
        description: `Translates content into ${locale}: reads every locale, creates and updates ${locale} only; editors publish.`,
      });
      strapi.log.info(`[pressroom] Created the admin role ${role.name}.`);
    }
    await roles.assignPermissions(role.id, translatorPermissions(strapi, locale));
  }
}
