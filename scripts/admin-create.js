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
  // The boot would warn that there is no administrator yet and point to this very command.
  process.env.LOG_LEVEL = 'error';
  return withStrapi(async (strapi, context) => {
    const problems = appModule(context, 'security/first-admin-rules').credentialProblems(credentials);
    if (problems.length > 0) throw new Error(`No admin created: ${problems.join('; ')}.`);

    const { superAdminExists } = appModule(context, 'bootstrap/first-admin');
    if (await superAdminExists(strapi)) {
      throw new Error('No admin created: a super admin already exists. Log in with it, and add administrators in Settings → Users.');
    }
    // Strapi's own first-admin path: it locks the super admin role, so a concurrent registration
    // or boot cannot add a second one, and it refuses when any administrator exists by then.
    await strapi.service('admin::user').createFirstAdmin(credentials);
    console.log(`[pressroom] Created the super admin ${credentials.email}: log in at /admin.`);
    return 0;
  });
});
