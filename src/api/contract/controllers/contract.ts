import { factories } from '@strapi/strapi';
import { CONTRACT } from '../../../content-types';
import { withLocaleFallback } from '../../../fallback/controller';

export default factories.createCoreController(CONTRACT, withLocaleFallback(CONTRACT));
