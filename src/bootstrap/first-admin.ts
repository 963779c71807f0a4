import type { Core } from '@strapi/strapi';

/**
 * Creates the first super admin from ADMIN_EMAIL / ADMIN_PASSWORD (generated into .env in
 * development by scripts/ensure-env.js) when the panel has no administrator yet, so a newcomer
 * can log in at once instead of meeting the registration form.
 */
export async function ensureFirstAdmin(strapi: Core.Strapi) {
  const email = process.env.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) return;

  const users = strapi.service('admin::user');
  if (await users.exists()) return;

  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) return;

  await users.create({
    email,
    password,
    firstname: process.env.ADMIN_FIRSTNAME || 'Pressroom',
    lastname: process.env.ADMIN_LASTNAME || 'Admin',
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  strapi.log.info(`[pressroom] Created the super admin ${email} (password in .env).`);
}
