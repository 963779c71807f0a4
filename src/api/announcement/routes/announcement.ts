import { factories } from '@strapi/strapi';
import { ANNOUNCEMENT } from '../../../content-types';

export default factories.createCoreRouter(ANNOUNCEMENT);
