/**
 * Who may create the first super admin of a fresh deployment, and which credentials are good
 * enough: plain rules, no Strapi import (the admin:create command and the HTTP guard share them).
 */

type Env = Record<string, string | undefined>;

export const isProduction = (env: Env) => env.NODE_ENV === 'production';

/** What an operator does to get the first super admin without an open registration form. */
export const FIRST_ADMIN_HOWTO =
  'Set ADMIN_EMAIL and ADMIN_PASSWORD in the environment and restart, or run `npm run admin:create -- --email … --password …` on the server.';

export const REGISTRATION_REFUSED =
  'Registering the first administrator from the browser is switched off in production. ' +
  FIRST_ADMIN_HOWTO +
  ' (ALLOW_FIRST_ADMIN_REGISTRATION=true opens this form again.)';

/**
 * Strapi answers `POST /admin/register-admin` to whoever comes first while there is no admin.
 * In production that is an open door: refused unless ALLOW_FIRST_ADMIN_REGISTRATION=true.
 * Elsewhere Strapi's behaviour stays (development generates ADMIN_* anyway).
 */
export const firstAdminRegistrationAllowed = (env: Env) => !isProduction(env) || env.ALLOW_FIRST_ADMIN_REGISTRATION === 'true';

export interface AdminCredentials {
  email: string;
  password: string;
  firstname: string;
  lastname: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_PASSWORD_BYTES = 72; // bcrypt reads no further

/** The rules Strapi's admin applies to a password (8+ characters, at most 72 bytes, a-z, A-Z, 0-9), each named. */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if (password.length < 8) problems.push('the password must have at least 8 characters');
  if (new TextEncoder().encode(password).length > MAX_PASSWORD_BYTES)
    problems.push(`the password must be at most ${MAX_PASSWORD_BYTES} bytes long`);
  if (!/[a-z]/.test(password)) problems.push('the password must contain a lowercase letter');
  if (!/[A-Z]/.test(password)) problems.push('the password must contain an uppercase letter');
  if (!/\d/.test(password)) problems.push('the password must contain a digit');
  return problems;
}

/** Everything wrong with the credentials of a new super admin, each saying what to fix; empty when good. */
export function credentialProblems({ email, password, firstname }: Partial<AdminCredentials>): string[] {
  const problems: string[] = [];
  if (!email) problems.push('an e-mail address is required (--email or ADMIN_EMAIL)');
  else if (!EMAIL.test(email)) problems.push(`"${email}" is not an e-mail address`);
  if (!password) problems.push('a password is required (--password or ADMIN_PASSWORD)');
  else problems.push(...passwordProblems(password));
  if (firstname !== undefined && !firstname.trim()) problems.push('the first name must not be empty');
  return problems;
}
