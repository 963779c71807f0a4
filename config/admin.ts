import type { Core } from '@strapi/strapi';
import { previewConfig } from '../src/preview/config';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY'),
  },
  // The website's preview route (README, "Preview"); off when PREVIEW_URL is empty.
  preview: previewConfig(env('PREVIEW_URL', '')),
  // Log-in attempts per e-mail address and client in 5 minutes (Strapi's default is 5).
  rateLimit: {
    enabled: true,
    max: env.int('ADMIN_LOGIN_RATE_LIMIT_MAX', 5),
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
});
