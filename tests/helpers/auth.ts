/** Real credentials for tests: API tokens and admin panel logins, made through Strapi's services. */
import type { Pressroom } from './pressroom';

let sequence = 0;

/** An API token as a website or an integration would hold it. */
export async function createApiToken(
  { strapi }: Pressroom,
  type: 'read-only' | 'full-access' | 'custom' = 'full-access',
  permissions: string[] = []
): Promise<string> {
  const token = await strapi.service('admin::api-token').create({
    name: `test-${type}-${++sequence}-${Date.now()}`,
    type,
    lifespan: null,
    permissions: type === 'custom' ? permissions : undefined,
  });
  return token.accessKey;
}

export const ADMIN_PASSWORD = 'Test-Passw0rd!';

/** Creates an admin panel user with the given role codes and logs them in; returns the JWT. */
export async function loginAdmin(
  pressroom: Pressroom,
  { roleCode = 'strapi-super-admin', email }: { roleCode?: string; email?: string } = {}
): Promise<string> {
  const { strapi, http } = pressroom;
  const role = await strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
  if (!role) throw new Error(`No admin role with code ${roleCode}`);
  const address = email ?? `admin-${++sequence}-${Date.now()}@pressroom.test`;
  await strapi.service('admin::user').create({
    email: address,
    firstname: 'Test',
    lastname: 'Admin',
    password: ADMIN_PASSWORD,
    isActive: true,
    roles: [role.id],
  });
  const response = await http.post('/admin/login').send({ email: address, password: ADMIN_PASSWORD });
  if (response.status !== 200) {
    throw new Error(`Admin login failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body.data.token ?? response.body.data.accessToken;
}
