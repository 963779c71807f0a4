import type { Core } from '@strapi/strapi';
// The one place that says what may be uploaded and how big it may be: the upload plugin
// (config/plugins.ts), the body parser (config/middlewares.ts) and content validation read it.
const MEGABYTE = 1024 * 1024;

export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'];

export const ACCEPTED_DOCUMENT_TYPES = ['application/pdf'];

export const uploadSizeLimit = (env: Core.Config.Shared.ConfigParams['env']): number => env.int('UPLOAD_MAX_FILE_SIZE_MB', 25) * MEGABYTE;
