'use strict';
/**
 * TypeScript compilation of the app (tsconfig.json → dist) and of a local plugin's server part,
 * in TypeScript's build mode (`tsc --build`): a project whose sources are all older than its last
 * build is left as it is, in half a second, instead of being parsed and type-checked again (ten
 * seconds or more). So every command compiles first, as a fresh clone or an edited source needs,
 * and pays for it only when something changed. Errors are printed by tsc, and reported again on
 * the next run until they are fixed.
 */
const { execFileSync } = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
/** Where tsconfig.json puts the compiled app (compilerOptions.outDir), as Strapi loads it. */
const DIST = path.join(ROOT, 'dist');
const TSC = require.resolve('typescript/bin/tsc');

/** Compiles one TypeScript project (a tsconfig file, relative to the app) when its sources changed; throws on errors. */
function compileProject(project) {
  execFileSync(process.execPath, [TSC, '--build', project], { stdio: 'inherit', cwd: ROOT });
}

/** Compiles the app when its sources changed; returns the { appDir, distDir } that createStrapi takes. */
function compileApp() {
  try {
    compileProject('tsconfig.json');
  } catch {
    throw new Error('The app failed to compile: see the TypeScript errors above.');
  }
  return { appDir: ROOT, distDir: DIST };
}

module.exports = { compileApp, compileProject, ROOT, DIST };
