import { factories } from '@strapi/strapi';
import { PHOTO_EXHIBITION } from '../../../content-types';
import { withLocaleFallback } from '../../../fallback/controller';

export default factories.createCoreController(PHOTO_EXHIBITION, withLocaleFallback(PHOTO_EXHIBITION));
