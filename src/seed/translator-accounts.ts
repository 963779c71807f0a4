import type { Core } from '@strapi/strapi';
import { LOCALE_CODES } from '../locales';
import { translatorRoleCode } from '../roles';

export const translatorEmail = (locale: string) => `translator-${locale}@pressroom.local`;

/**
 * Demo accounts, one per translator role, so a newcomer can see the panel as a translator
 * sees it. Passwords come from TRANSLATOR_<LOCALE>_PASSWORD (generated into .env in
 * development by scripts/ensure-env.js); an account is made only when its password is set
 * and the account does not exist, and is never changed afterwards.
 */
export async function ensureTranslatorAccounts(strapi: Core.Strapi) {
  const users = strapi.service('admin::user');
  for (const locale of LOCALE_CODES) {
    const password = process.env[`TRANSLATOR_${locale.toUpperCase()}_PASSWORD`];
    if (!password) continue;
    const email = translatorEmail(locale);
    if (await strapi.db.query('admin::user').findOne({ where: { email }, select: ['id'] })) continue;
    const role = await strapi.db.query('admin::role').findOne({ where: { code: translatorRoleCode(locale) } });
    if (!role) continue;
    await users.create({
      email,
      password,
      firstname: 'Demo',
      lastname: `Translator (${locale})`,
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
    strapi.log.info(`[pressroom] Created the demo account ${email} (password in .env).`);
  }
}
