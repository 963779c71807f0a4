'use strict';
/**
 * A vanilla Strapi 5.54 app made from Pressroom's schemas, for comparisons: the four content types
 * and their components copied into a plain JavaScript app with core routers, controllers and
 * services, i18n, GraphQL and users-permissions with the same limits, and nothing else of
 * Pressroom. It shares Pressroom's node_modules (a symlink); public read permissions are granted
 * at its bootstrap. Written into .tmp/vanilla-strapi.
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const APP = path.join(ROOT, '.tmp', 'vanilla-strapi');
const PRESSROOM = require('../package.json');
const STRAPI_PACKAGES = ['@strapi/strapi', '@strapi/plugin-users-permissions', '@strapi/plugin-graphql', 'better-sqlite3'];

const write = (file, text) => {
  fs.mkdirSync(path.dirname(path.join(APP, file)), { recursive: true });
  fs.writeFileSync(path.join(APP, file), text);
};

function writeVanillaApp() {
  fs.rmSync(APP, { recursive: true, force: true });
  fs.mkdirSync(APP, { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(APP, 'node_modules'), 'dir');
  write(
    'package.json',
    JSON.stringify(
      {
        name: 'vanilla-strapi',
        private: true,
        version: '0.0.0',
        // Strapi loads the plugins the app depends on; the versions are Pressroom's (same node_modules).
        dependencies: Object.fromEntries(STRAPI_PACKAGES.map((name) => [name, PRESSROOM.dependencies[name]])),
        strapi: { uuid: false, telemetryDisabled: true },
      },
      null,
      2
    )
  );
  write('public/robots.txt', '');
  fs.mkdirSync(path.join(APP, 'public', 'uploads'), { recursive: true }); // the local upload provider needs it at boot

  write(
    'config/database.js',
    `const path = require('path');
module.exports = ({ env }) => ({
  connection: {
    client: 'sqlite',
    connection: { filename: path.resolve(env('DATABASE_FILENAME')) },
    useNullAsDefault: true,
  },
});
`
  );
  write(
    'config/server.js',
    `module.exports = ({ env }) => ({ host: env('HOST', '127.0.0.1'), port: env.int('PORT', 0), app: { keys: env.array('APP_KEYS') }, logger: { updates: { enabled: false } } });\n`
  );
  write(
    'config/admin.js',
    `module.exports = ({ env }) => ({ auth: { secret: env('ADMIN_JWT_SECRET') }, apiToken: { salt: env('API_TOKEN_SALT') }, transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } }, secrets: { encryptionKey: env('ENCRYPTION_KEY') } });\n`
  );
  // Pressroom's logger setting, so that both log the same (the bench sets LOG_LEVEL).
  write('config/logger.js', `module.exports = ({ env }) => ({ level: env('LOG_LEVEL', 'http') });\n`);
  write('config/api.js', `module.exports = { rest: { defaultLimit: 25, maxLimit: 100, withCount: true } };\n`);
  write(
    'config/middlewares.js',
    `module.exports = ['strapi::logger', 'strapi::errors', 'strapi::security', 'strapi::cors', 'strapi::poweredBy', 'strapi::query', 'strapi::body', 'strapi::session', 'strapi::favicon', 'strapi::public'];\n`
  );
  write(
    'config/plugins.js',
    `module.exports = ({ env }) => ({
  'users-permissions': { config: { jwtSecret: env('JWT_SECRET') } },
  graphql: { config: { endpoint: '/graphql', shadowCRUD: true, depthLimit: 7, defaultLimit: 25, maxLimit: 100, landingPage: false } },
});
`
  );

  const apiRoot = path.join(ROOT, 'src', 'api');
  const uids = [];
  for (const name of fs.readdirSync(apiRoot)) {
    const schema = path.join(apiRoot, name, 'content-types', name, 'schema.json');
    if (!fs.existsSync(schema)) continue;
    const uid = `api::${name}.${name}`;
    uids.push(uid);
    // The content types as stock Strapi has them: Pressroom's own indexes (schema.json `indexes`,
    // for the websites' list and slug lookups) are Pressroom's, measured as part of it.
    const { indexes: _indexes, ...contentType } = JSON.parse(fs.readFileSync(schema, 'utf8'));
    write(`src/api/${name}/content-types/${name}/schema.json`, JSON.stringify(contentType, null, 2));
    write(`src/api/${name}/routes/${name}.js`, `module.exports = require('@strapi/strapi').factories.createCoreRouter('${uid}');\n`);
    write(
      `src/api/${name}/controllers/${name}.js`,
      `module.exports = require('@strapi/strapi').factories.createCoreController('${uid}');\n`
    );
    write(`src/api/${name}/services/${name}.js`, `module.exports = require('@strapi/strapi').factories.createCoreService('${uid}');\n`);
  }
  fs.cpSync(path.join(ROOT, 'src', 'components'), path.join(APP, 'src', 'components'), { recursive: true });

  write(
    'src/index.js',
    `const ACTIONS = ${JSON.stringify(uids.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]).concat('plugin::i18n.locales.listLocales'))};
module.exports = {
  register() {},
  async bootstrap({ strapi }) {
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const granted = await strapi.db.query('plugin::users-permissions.permission').findMany({ where: { role: role.id } });
    const have = new Set(granted.map((permission) => permission.action));
    for (const action of ACTIONS.filter((action) => !have.has(action))) {
      await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
    }
  },
};
`
  );
  return APP;
}

module.exports = { writeVanillaApp, VANILLA_APP: APP };
