import { factories } from '@strapi/strapi';
import { withLocaleFallback } from '../../../fallback/controller';

export default factories.createCoreController('api::announcement.announcement', withLocaleFallback('api::announcement.announcement'));
