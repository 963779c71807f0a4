#!/usr/bin/env node
'use strict';
/**
 * `npm run uploads:migrate -- --to s3 [--dry-run] [--limit N]`: copies the media library's local
 * files (public/uploads: each original and every responsive format) to the bucket named by the
 * S3_* variables, through Strapi's own upload provider, and rewrites their URLs. One file at a
 * time, its row rewritten once all its objects are in the bucket: an interrupted run is resumed
 * by running it again, and an object already in the bucket with the local file's size is not
 * copied again. The local files stay where they are (remove them once the site looks right).
 */
const fs = require('fs');
const path = require('path');
const cliProgress = require('cli-progress');
const { run, withStrapi } = require('./lib/strapi');

const FILE = 'plugin::upload.file';
const USAGE = 'usage: npm run uploads:migrate -- --to s3 [--dry-run] [--limit N]';

function parseArguments(argv) {
  const options = { to: null, dryRun: false, limit: Infinity };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--to') options.to = argv[++index];
    else if (argument === '--dry-run') options.dryRun = true;
    else if (argument === '--limit') options.limit = Number(argv[++index]);
    else throw new Error(`unknown option ${argument}; ${USAGE}`);
  }
  if (options.to !== 's3') throw new Error(`--to s3 is the only destination; ${USAGE}`);
  if (!Number.isInteger(options.limit) && options.limit !== Infinity) throw new Error(`--limit takes a whole number of files; ${USAGE}`);
  if (options.limit < 1) throw new Error(`--limit takes at least 1 file; ${USAGE}`);
  return options;
}

/** Whether the bucket already holds this object whole (a run cut off mid-copy may have left part of it). */
async function inBucket(provider, object, size) {
  if (!(await provider.objectExists(object))) return false;
  const { contentLength } = await provider.getObjectMetadata(object);
  return contentLength === size;
}

run(async () => {
  const options = parseArguments(process.argv.slice(2));
  // The app loads with the bucket as its upload provider: Strapi's provider does the copying.
  process.env.UPLOAD_PROVIDER = 's3';

  return withStrapi(async (strapi, { distDir }) => {
    const { bucketUrl, isOnLocalDisk, objectsOf, movedRow } = require(`${distDir}/src/uploads/migration`);
    const { bucketSettings } = require(`${distDir}/src/uploads/storage`);
    const { publicUrl, bucket } = bucketSettings(process.env);
    const provider = strapi.plugin('upload').provider;
    const publicDir = strapi.dirs.static.public;

    const rows = await strapi.db.query(FILE).findMany({
      select: ['id', 'name', 'hash', 'ext', 'mime', 'url', 'provider', 'formats'],
      orderBy: { id: 'asc' },
    });
    const local = rows.filter(isOnLocalDisk);
    const batch = local.slice(0, options.limit);
    const objects = batch.reduce((sum, row) => sum + objectsOf(row).length, 0);
    console.log(
      `[pressroom] ${rows.length} file(s) in the media library, ${local.length} on the local disk; ` +
        `${options.dryRun ? 'checking' : 'moving'} ${batch.length} (${objects} object(s)) to bucket ${bucket} at ${publicUrl}.`
    );

    const tally = { copied: 0, alreadyInBucket: 0, rewritten: 0, missing: [] };
    const bar = new cliProgress.SingleBar(
      { format: 'uploads:migrate [{bar}] {value}/{total} objects | {file}', stream: process.stderr },
      cliProgress.Presets.shades_classic
    );
    bar.start(objects, 0, { file: '' });
    try {
      for (const row of batch) {
        const objectsOfRow = objectsOf(row);
        const urls = new Map();
        for (const object of objectsOfRow) {
          bar.increment(1, { file: `${row.name}${object.format ? ` (${object.format})` : ''}` });
          const localFile = path.join(publicDir, object.localPath);
          if (!fs.existsSync(localFile)) {
            tally.missing.push(object.localPath);
            continue;
          }
          const size = fs.statSync(localFile).size;
          const providerFile = { hash: object.hash, ext: object.ext, mime: object.mime, size: size / 1024 };
          if (await inBucket(provider, providerFile, size)) {
            tally.alreadyInBucket++;
            urls.set(object.format, bucketUrl(publicUrl, object));
          } else if (options.dryRun) {
            tally.copied++;
            urls.set(object.format, bucketUrl(publicUrl, object));
          } else {
            const upload = { ...providerFile, stream: fs.createReadStream(localFile) };
            await provider.uploadStream(upload); // sets upload.url
            tally.copied++;
            urls.set(object.format, upload.url);
          }
        }
        // A file with an object missing on disk keeps its local URLs (reported below).
        if (urls.size !== objectsOfRow.length) continue;
        if (!options.dryRun) await strapi.db.query(FILE).update({ where: { id: row.id }, data: movedRow(row, urls) });
        tally.rewritten++;
      }
    } finally {
      bar.stop();
    }

    const verb = options.dryRun ? 'Dry run, nothing changed: would copy' : 'Copied';
    console.log(
      `[pressroom] ${verb} ${tally.copied} object(s); ${tally.alreadyInBucket} already in the bucket; ` +
        `${options.dryRun ? 'would rewrite' : 'rewrote'} the URLs of ${tally.rewritten} file(s); ` +
        `${local.length - batch.length} file(s) left for a later run.`
    );
    if (tally.missing.length > 0) {
      console.error(`[pressroom] Missing on the local disk (their files keep their local URLs): ${tally.missing.join(', ')}`);
      return 1;
    }
    return 0;
  });
});
