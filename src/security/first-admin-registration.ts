import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FIRST_ADMIN_HOWTO, firstAdminRegistrationAllowed, isProduction, REGISTRATION_REFUSED } from './first-admin-rules';

const POLICY_NAME = 'first-admin-registration';

/**
 * Puts a route policy on Strapi's `POST /admin/register-admin`: in production it answers 403 with
 * what to do instead (the panel's registration form shows that message). A PolicyError is the one
 * 403 whose message Strapi passes on to the client. Called from register(), before Strapi turns
 * the admin routes into Koa routes.
 */
export function guardFirstAdminRegistration(strapi: Core.Strapi) {
  const routers = Object.values((strapi.admin?.routes ?? {}) as Record<string, { routes?: Core.Route[] }>);
  const route = routers.flatMap((router) => router.routes ?? []).find((r) => r.method === 'POST' && r.path === '/register-admin');
  // Strapi moved or renamed the route: stop rather than leave the door open without saying so.
  if (!route) {
    throw new Error(
      'Pressroom: the admin route POST /register-admin was not found; src/security/first-admin-registration.ts needs updating.'
    );
  }

  // A global policy, as a file in src/policies would make it, kept here beside its rules.
  strapi.get('policies').add('global::', {
    [POLICY_NAME]: () => {
      if (!firstAdminRegistrationAllowed(process.env)) throw new errors.PolicyError(REGISTRATION_REFUSED);
      return true;
    },
  });
  const config = (route.config ?? {}) as NonNullable<Core.Route['config']>;
  route.config = { ...config, policies: [`global::${POLICY_NAME}`, ...(config.policies ?? [])] };
}

/** At boot: a production instance nobody can log in to says, once, how to get the first super admin. */
export async function warnWhenNoAdmin(strapi: Core.Strapi) {
  if (!isProduction(process.env)) return;
  if (await strapi.service('admin::user').exists()) return;
  if (firstAdminRegistrationAllowed(process.env)) {
    strapi.log.warn(
      '[pressroom] No administrator yet, and ALLOW_FIRST_ADMIN_REGISTRATION=true: the first visitor of /admin becomes super admin.'
    );
    return;
  }
  strapi.log.warn(`[pressroom] No administrator yet, and the registration form is closed in production. ${FIRST_ADMIN_HOWTO}`);
}
