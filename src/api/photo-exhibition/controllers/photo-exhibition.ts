import { factories } from '@strapi/strapi';
import { withLocaleFallback } from '../../../fallback/controller';

export default factories.createCoreController('api::photo-exhibition.photo-exhibition', withLocaleFallback('api::photo-exhibition.photo-exhibition'));
