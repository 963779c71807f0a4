'use strict';
/**
 * A real S3-compatible server on 127.0.0.1 for the tests and for trying the deployment guide
 * without containers: s3rver, which answers the AWS SDK v3 as @strapi/provider-upload-aws-s3
 * uses it (PutObject with streamed bodies, HeadObject, DeleteObject, path-style URLs) and serves
 * objects over plain GET, as a public bucket does. Its fixed keys are S3RVER / S3RVER.
 */
const fs = require('fs');
const S3rver = require('s3rver');

const S3RVER_KEY = 'S3RVER';

/** Starts s3rver keeping its objects in `directory`; port 0 picks a free port. */
async function startS3Server({ directory, port = 0, buckets = [] }) {
  fs.mkdirSync(directory, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    directory,
    silent: true,
    configureBuckets: buckets.map((name) => ({ name })),
  });
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    accessKeyId: S3RVER_KEY,
    secretAccessKey: S3RVER_KEY,
    close: () => server.close(),
  };
}

module.exports = { startS3Server };

// `node scripts/lib/s3-server.js <directory> <port> <bucket>`: a bucket for the guide's local run.
if (require.main === module) {
  const [directory = '.tmp/s3', port = '4569', bucket = 'pressroom-media'] = process.argv.slice(2);
  startS3Server({ directory, port: Number(port), buckets: [bucket] }).then((server) => {
    console.log(`s3rver at ${server.endpoint}, bucket ${bucket}, keys ${S3RVER_KEY}/${S3RVER_KEY}, objects in ${directory}`);
  });
}
