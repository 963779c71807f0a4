import { factories } from '@strapi/strapi';
import { MEDIA_PARTNER } from '../../../content-types';
import { withLocaleFallback } from '../../../fallback/controller';

export default factories.createCoreController(MEDIA_PARTNER, withLocaleFallback(MEDIA_PARTNER));
