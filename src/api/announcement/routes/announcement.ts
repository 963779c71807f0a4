import { factories } from '@strapi/strapi';
import { ANNOUNCEMENT } from '../../../content-types';
import { pictureTextRoutes } from '../../../image-texts/rest';

export default factories.createCoreRouter(ANNOUNCEMENT, { config: pictureTextRoutes(ANNOUNCEMENT) });
