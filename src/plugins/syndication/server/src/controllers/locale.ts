import type { Core } from '@strapi/strapi';

export type LocaleCheck = { ok: true; locale: string | undefined } | { ok: false; error: string };

/** The optional `locale` query parameter (the language of agency names): an existing locale or a 400. */
export async function checkLocale(strapi: Core.Strapi, query: Record<string, unknown>): Promise<LocaleCheck> {
  const locale = typeof query.locale === 'string' && query.locale !== '' ? query.locale : undefined;
  if (locale && strapi.plugin('i18n') && !(await strapi.plugin('i18n').service('locales').findByCode(locale))) {
    return { ok: false, error: `locale "${locale}" does not exist` };
  }
  return { ok: true, locale };
}
