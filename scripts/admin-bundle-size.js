#!/usr/bin/env node
'use strict';
/**
 * Reports the size of the built admin panel (dist/build, after `npm run build`): every
 * JavaScript file, raw and gzipped, the entry chunk the browser loads first, and the largest
 * chunks, so a change in dependencies shows up as a number. `npm run size:admin`.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const BUILD = path.resolve(__dirname, '..', 'dist', 'build');

function main() {
  if (!fs.existsSync(path.join(BUILD, 'index.html'))) {
    console.error('No admin build in dist/build: run `npm run build` first.');
    process.exit(1);
  }
  const files = fs
    .readdirSync(BUILD, { recursive: true })
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const content = fs.readFileSync(path.join(BUILD, file));
      return { file, raw: content.length, gzip: zlib.gzipSync(content, { level: 9 }).length };
    });
  const html = fs.readFileSync(path.join(BUILD, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="\/?admin\/([^"]+\.js)"/g)].map((match) => match[1]);
  const sum = (list, key) => list.reduce((total, file) => total + file[key], 0);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

  console.log(`admin panel: ${files.length} JavaScript files, ${kb(sum(files, 'raw'))} raw, ${kb(sum(files, 'gzip'))} gzipped`);
  const entryFiles = files.filter((file) => entries.includes(file.file));
  console.log(`entry (${entries.join(', ') || 'not found'}): ${kb(sum(entryFiles, 'raw'))} raw, ${kb(sum(entryFiles, 'gzip'))} gzipped`);
  const pattern = process.argv[2];
  if (pattern) {
    const matching = files.filter((file) => file.file.includes(pattern));
    console.log(`files named *${pattern}*: ${matching.length}, ${kb(sum(matching, 'raw'))} raw, ${kb(sum(matching, 'gzip'))} gzipped`);
  }
  console.log('largest chunks:');
  for (const file of [...files].sort((a, b) => b.raw - a.raw).slice(0, 8)) {
    console.log(`  ${file.file.padEnd(48)} ${kb(file.raw).padStart(12)} ${kb(file.gzip).padStart(12)} gz`);
  }
}

main();
