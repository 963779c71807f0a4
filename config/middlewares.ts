import type { Core } from '@strapi/strapi';
import { uploadSizeLimit } from '../src/uploads/policy';
import { mediaOrigins } from '../src/uploads/storage';

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  // The bucket's public URL when uploads go to S3-compatible storage (src/uploads/storage.ts).
  const media = mediaOrigins(process.env);
  return [
    'strapi::logger',
    'strapi::errors',
    {
      name: 'strapi::security',
      config: {
        contentSecurityPolicy: {
          useDefaults: true,
          directives: {
            'connect-src': ["'self'", 'https:', ...media],
            'img-src': ["'self'", 'data:', 'blob:', ...media],
            'media-src': ["'self'", 'data:', 'blob:', ...media],
            upgradeInsecureRequests: null,
          },
        },
      },
    },
    {
      name: 'strapi::cors',
      config: {
        // Websites that may call the API from a browser; the admin panel is same-origin.
        origin: env.array('CORS_ORIGINS', ['http://localhost:1337', 'http://localhost:3000']),
        credentials: true,
      },
    },
    'strapi::poweredBy',
    // Public reads from the read cache, with ETags and surrogate keys (src/read-cache): after the
    // headers every answer needs (security, CORS), before the query and body parsers, which an
    // answer from the cache does not need.
    'global::read-cache',
    'strapi::query',
    {
      name: 'strapi::body',
      config: {
        jsonLimit: env('BODY_JSON_LIMIT', '2mb'),
        formLimit: env('BODY_FORM_LIMIT', '2mb'),
        textLimit: env('BODY_TEXT_LIMIT', '2mb'),
        formidable: { maxFileSize: uploadSizeLimit(env) },
      },
    },
    'strapi::session',
    // Generated from scripts/favicon/favicon.svg (node scripts/favicon/make-favicon.js).
    { name: 'strapi::favicon', config: { path: 'public/favicon.ico' } },
    'strapi::public',
  ];
};
