#!/usr/bin/env node
'use strict';
/**
 * Compiles the server part of every local plugin (src/plugins/<name>/server → dist/server), which
 * Strapi loads as JavaScript. Their admin part is TypeScript that the admin build bundles itself.
 * Incremental (`tsc --build`): a plugin whose sources did not change since its last build is left
 * as it is, in a moment.
 */
const fs = require('fs');
const path = require('path');
const { compileProject, ROOT } = require('./lib/compile');

const PLUGINS = path.join(ROOT, 'src', 'plugins');

function buildPlugins({ quiet = false } = {}) {
  if (!fs.existsSync(PLUGINS)) return;
  for (const name of fs.readdirSync(PLUGINS)) {
    const project = path.join(PLUGINS, name, 'tsconfig.server.json');
    if (!fs.existsSync(project)) continue;
    const started = Date.now();
    compileProject(project);
    if (!quiet) console.log(`[pressroom] Built plugin ${name} (${Date.now() - started} ms).`);
  }
}

if (require.main === module) {
  try {
    buildPlugins();
  } catch {
    console.error('[pressroom] A plugin failed to compile: see the TypeScript errors above.');
    process.exit(1);
  }
}

module.exports = { buildPlugins };
