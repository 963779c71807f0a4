import { factories } from '@strapi/strapi';
import { PHOTO_EXHIBITION } from '../../../content-types';
import { pictureTextRoutes } from '../../../image-texts/rest';

export default factories.createCoreRouter(PHOTO_EXHIBITION, { config: pictureTextRoutes(PHOTO_EXHIBITION) });
