#!/usr/bin/env node
'use strict';
/**
 * `npm run admin:create -- --email … --password … [--firstname …] [--lastname …]`: creates the
 * first super admin of a deployment (the ADMIN_* variables stand in for missing options). Exits 1,
 * saying why, when a super admin already exists or the input is not good enough.
 */
const path = require('path');
const { parseArgs } = require('util');
const { run, withStrapi } = require('./lib/strapi');

function readCredentials() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, password: { type: 'string' }, firstname: { type: 'string' }, lastname: { type: 'string' } },
  });
  const email = values.email ?? process.env.ADMIN_EMAIL ?? '';
  return {
    email: email.trim().toLowerCase(),
    password: values.password ?? process.env.ADMIN_PASSWORD ?? '',
    firstname: values.firstname ?? (process.env.ADMIN_FIRSTNAME || 'Pressroom'),
    lastname: values.lastname ?? (process.env.ADMIN_LASTNAME || 'Admin'),
  };
}

/** A module of the app as compiled by the boot (dist/src/...). */
const appModule = (context, relative) => require(path.join(context.distDir, 'src', relative));

run(() => {
  const credentials = readCredentials();
  return withStrapi(async (strapi, context) => {
    const problems = appModule(context, 'security/first-admin-rules').credentialProblems(credentials);
    if (problems.length > 0) throw new Error(`No admin created: ${problems.join('; ')}.`);

    const { createSuperAdmin, superAdminExists } = appModule(context, 'bootstrap/first-admin');
    const { withDatabaseLock } = appModule(context, 'bootstrap/database-lock');
    // The same lock as the boot's own first admin, so an instance starting now cannot add a second one.
    await withDatabaseLock(strapi, 'bootstrap', async () => {
      if (await superAdminExists(strapi)) {
        throw new Error('No admin created: a super admin already exists. Log in with it, and add administrators in Settings → Users.');
      }
      await createSuperAdmin(strapi, credentials);
    });
    console.log(`[pressroom] Created the super admin ${credentials.email}: log in at /admin.`);
    return 0;
  });
});
