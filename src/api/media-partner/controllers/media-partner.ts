import { factories } from '@strapi/strapi';
import { withLocaleFallback } from '../../../fallback/controller';

export default factories.createCoreController('api::media-partner.media-partner', withLocaleFallback('api::media-partner.media-partner'));
