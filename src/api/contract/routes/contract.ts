import { factories } from '@strapi/strapi';
import { CONTRACT } from '../../../content-types';
import { pictureTextRoutes } from '../../../image-texts/rest';

export default factories.createCoreRouter(CONTRACT, { config: pictureTextRoutes(CONTRACT) });
