/**
 * The admin panel roles Pressroom relies on, brought back to their rule at every boot:
 * - `Translator (ru|zh|en)`: read every locale of the four content types and their media,
 *   create and update their own locale only, and in it only the localized fields: the fields
 *   shared by every locale (category, dates, pictures…) are read-only; no delete, no publish
 *   (editors publish). `shared-fields-guard.ts` enforces the same rule behind the panel.
 * - `Editor` (Strapi's `strapi-editor`): full rights on the four content types in every locale.
 * - `Author` (Strapi's `strapi-author`): their own entries, in every locale.
 * Strapi gives its default roles the locales that existed when they were made (only `en` on a
 * first boot), so without this an editor could not touch the Russian originals.
 * Permissions on other subjects, set by hand in Settings → Roles, are left alone.
 */
import type { Core } from '@strapi/strapi';
import { PUBLISHED_CONTENT_TYPES } from '../content-types';
import { LOCALE_CODES, type LocaleCode } from '../locales';
import { localizedFieldPaths } from './shared-fields';
import { sharedAttributes } from './shared-fields-guard';

const EXPLORER = 'plugin::content-manager.explorer';

/** What translators may do in the media library: see everything, to reuse and credit pictures. */
const MEDIA_READ_ACTIONS = ['plugin::upload.read', 'plugin::upload.assets.download', 'plugin::upload.assets.copy-link'];

/** Plugin actions per role; those of plugins that are not installed are skipped. */
const PLUGIN_ACTIONS = {
  translator: ['plugin::translation-status.read', 'plugin::translation-status.review', 'plugin::embargo.read'],
  editor: [
    'plugin::translation-status.read',
    'plugin::translation-status.review',
    'plugin::syndication.stats.read',
    'plugin::syndication.mentions.manage',
    'plugin::embargo.read',
    'plugin::embargo.schedule',
  ],
  author: ['plugin::syndication.stats.read', 'plugin::embargo.read'],
};

export const translatorRoleCode = (locale: LocaleCode) => `translator-${locale}`;
export const EDITOR_ROLE = 'strapi-editor';
export const AUTHOR_ROLE = 'strapi-author';

interface PermissionRule {
  action: string;
  subject: string | null;
  properties: Record<string, unknown>;
  conditions: string[];
}

interface ContentGrant {
  actions: string[];
  locales: readonly string[];
  conditions?: string[];
  /** `localized`: only the fields each locale has its own value of (components with their inner fields). */
  fields?: 'all' | 'localized';
}

function contentPermissions(strapi: Core.Strapi, grants: ContentGrant[]): PermissionRule[] {
  const contentTypeService = strapi.service('admin::content-type');
  return PUBLISHED_CONTENT_TYPES.flatMap((uid) => {
    const allFields: string[] = contentTypeService.getNestedFields(strapi.contentTypes[uid], { components: strapi.components });
    const localizedFields = localizedFieldPaths(allFields, sharedAttributes(strapi, uid));
    return grants.flatMap(({ actions, locales, conditions = [], fields = 'all' }) =>
      actions.map((action) => ({
        action: `${EXPLORER}.${action}`,
        subject: uid,
        properties:
          action === 'delete' || action === 'publish'
            ? { locales: [...locales] }
            : { fields: fields === 'localized' ? localizedFields : allFields, locales: [...locales] },
        conditions,
      }))
    );
  });
}

function pluginPermissions(strapi: Core.Strapi, actions: string[]): PermissionRule[] {
  const registered = new Set(
    strapi
      .service('admin::permission')
      .actionProvider.values()
      .map((action: any) => action.actionId)
  );
  return actions.filter((action) => registered.has(action)).map((action) => ({ action, subject: null, properties: {}, conditions: [] }));
}

export function translatorPermissions(strapi: Core.Strapi, locale: LocaleCode): PermissionRule[] {
  return [
    ...contentPermissions(strapi, [
      { actions: ['read'], locales: LOCALE_CODES },
      { actions: ['create', 'update'], locales: [locale], fields: 'localized' },
    ]),
    ...pluginPermissions(strapi, [...MEDIA_READ_ACTIONS, ...PLUGIN_ACTIONS.translator]),
  ];
}

export function editorPermissions(strapi: Core.Strapi): PermissionRule[] {
  return [
    ...contentPermissions(strapi, [{ actions: ['read', 'create', 'update', 'delete', 'publish'], locales: LOCALE_CODES }]),
    ...pluginPermissions(strapi, PLUGIN_ACTIONS.editor),
  ];
}

export function authorPermissions(strapi: Core.Strapi): PermissionRule[] {
  return [
    ...contentPermissions(strapi, [{ actions: ['read', 'create', 'update'], locales: LOCALE_CODES, conditions: ['admin::is-creator'] }]),
    ...pluginPermissions(strapi, PLUGIN_ACTIONS.author),
  ];
}

/** Creates the three translator roles, and brings their permissions back to the rule. */
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

/**
 * Editor and Author: their rules on the four content types and the plugins replace whatever
 * the role had on those subjects and actions; everything else the role holds is kept.
 */
export async function ensureStaffRoles(strapi: Core.Strapi) {
  const managed = [
    { code: EDITOR_ROLE, permissions: editorPermissions(strapi) },
    { code: AUTHOR_ROLE, permissions: authorPermissions(strapi) },
  ];
  for (const { code, permissions } of managed) {
    const role = await strapi.db.query('admin::role').findOne({ where: { code } });
    if (!role) continue; // Strapi makes them with the first admin; a deleted role stays deleted.
    const current = await strapi.db.query('admin::permission').findMany({ where: { role: role.id } });
    const pluginActions = new Set(Object.values(PLUGIN_ACTIONS).flat());
    const kept = current
      .filter((permission) => !PUBLISHED_CONTENT_TYPES.includes(permission.subject) && !pluginActions.has(permission.action))
      .map(({ action, subject, properties, conditions }) => ({ action, subject, properties, conditions }));
    await strapi.service('admin::role').assignPermissions(role.id, [...kept, ...permissions]);
  }
}
