import type { Core } from '@strapi/strapi';
import type { AdminCredentials } from '../security/first-admin-rules';

const SUPER_ADMIN_ROLE = 'strapi-super-admin';

/** Whether the panel already has a super admin (another administrator does not count). */
export async function superAdminExists(strapi: Core.Strapi): Promise<boolean> {
  const count = await strapi.db.query('admin::user').count({ where: { roles: { code: SUPER_ADMIN_ROLE } } });
  return count > 0;
}

/** Creates an active super admin (the boot's first admin from ADMIN_*). */
export async function createSuperAdmin(strapi: Core.Strapi, { email, password, firstname, lastname }: AdminCredentials) {
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) throw new Error('The super admin role does not exist yet: start Pressroom once, then try again.');
  return strapi.service('admin::user').create({
    email,
    password,
    firstname,
    lastname,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
}

/**
 * Creates the first super admin from ADMIN_EMAIL / ADMIN_PASSWORD (generated into .env in
 * development by scripts/ensure-env.js) when the panel has no administrator yet, so a newcomer
 * can log in at once instead of meeting the registration form.
 */
export async function ensureFirstAdmin(strapi: Core.Strapi) {
  const email = process.env.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) return;

  if (await strapi.service('admin::user').exists()) return;
  if (!(await strapi.service('admin::role').getSuperAdmin())) return;

  await createSuperAdmin(strapi, {
    email,
    password,
    firstname: process.env.ADMIN_FIRSTNAME || 'Pressroom',
    lastname: process.env.ADMIN_LASTNAME || 'Admin',
  });
  strapi.log.info(`[pressroom] Created the super admin ${email} (password in .env).`);
}
