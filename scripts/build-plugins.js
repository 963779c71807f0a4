#!/usr/bin/env node
'use strict';
/**
 * Compiles the server part of every local plugin (src/plugins/<name>/server → dist/server), which
 * Strapi loads as JavaScript. Their admin part is TypeScript that the admin build bundles itself.
 * Incremental: a second run with no change takes a moment.
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const PLUGINS = path.join(ROOT, 'src', 'plugins');
const TSC = require.resolve('typescript/bin/tsc');

function buildPlugins({ quiet = false } = {}) {
  if (!fs.existsSync(PLUGINS)) return;
  for (const name of fs.readdirSync(PLUGINS)) {
    const project = path.join(PLUGINS, name, 'tsconfig.server.json');
    if (!fs.existsSync(project)) continue;
    const started = Date.now();
    execFileSync(process.execPath, [TSC, '-p', project], { stdio: 'inherit', cwd: ROOT });
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
