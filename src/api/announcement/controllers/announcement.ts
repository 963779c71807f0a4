import { factories } from '@strapi/strapi';
import { ANNOUNCEMENT } from '../../../content-types';
import { withLocaleFallback } from '../../../fallback/controller';

export default factories.createCoreController(ANNOUNCEMENT, withLocaleFallback(ANNOUNCEMENT));
