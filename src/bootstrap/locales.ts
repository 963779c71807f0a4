import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES } from '../locales';

/**
 * Creates the missing locales. The default locale is set to Russian only when Russian is
 * created, so that a deliberate change of the default in the admin panel survives reboots.
 */
export async function ensureLocales(strapi: Core.Strapi) {
  const locales = strapi.plugin('i18n').service('locales');

  for (const { code, name } of LOCALES) {
    if (await locales.findByCode(code)) continue;
    await locales.create({ code, name });
    strapi.log.info(`[pressroom] Created locale ${code}.`);
    if (code === DEFAULT_LOCALE) {
      await locales.setDefaultLocale({ code });
    }
  }
}
