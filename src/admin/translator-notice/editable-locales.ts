/** Which locales of a content type the signed-in user may edit, from their admin permissions. */

const UPDATE = 'plugin::content-manager.explorer.update';

export interface AdminPermission {
  action: string;
  subject?: string | null;
  properties?: { locales?: string[] | null } | null;
}

/** `'all'` when a permission does not limit the locales (Strapi's `locales: null`), else the codes. */
export function editableLocales(permissions: AdminPermission[], model: string): string[] | 'all' {
  const updates = permissions.filter((permission) => permission.action === UPDATE && permission.subject === model);
  if (updates.some((permission) => permission.properties?.locales === null)) return 'all';
  return [...new Set(updates.flatMap((permission) => permission.properties?.locales ?? []))];
}

/** The locales to name in the notice when `locale` is not one the user may edit; null when no notice is due. */
export function noticeFor(permissions: AdminPermission[], model: string, locale: string | undefined): string[] | null {
  if (!locale) return null;
  const editable = editableLocales(permissions, model);
  if (editable === 'all' || editable.length === 0 || editable.includes(locale)) return null;
  return editable;
}
