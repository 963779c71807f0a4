import { factories } from '@strapi/strapi';
import { withLocaleFallback } from '../../../fallback/controller';

export default factories.createCoreController('api::contract.contract', withLocaleFallback('api::contract.contract'));
