/**
 * The embargo plugin: publish or unpublish some or all locales of a document together at a set
 * instant, exactly once on any number of instances (content type `action`, a database-driven
 * scheduler, an early-publish guard, admin routes and the `embargo.executed` webhook event).
 */
import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import destroy from './destroy';
import policies from './policies';
import register from './register';
import routes from './routes';
import services from './services';

export default { register, bootstrap, destroy, config, contentTypes, controllers, policies, routes, services };
