/** Browsers ask every page of the admin panel and the API for /favicon.ico: it must be the organisation's icon. */
import fs from 'fs';
import path from 'path';
import { ROOT, startPressroom, type Pressroom } from './helpers/pressroom';

let pressroom: Pressroom;
beforeAll(async () => {
  pressroom = await startPressroom();
});
afterAll(() => pressroom?.stop());

test('GET /favicon.ico answers the committed icon as image/x-icon', async () => {
  const response = await pressroom.http
    .get('/favicon.ico')
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toBe('image/x-icon');
  const icon: Buffer = response.body;
  expect(icon.equals(fs.readFileSync(path.join(ROOT, 'public', 'favicon.ico')))).toBe(true);
  // An ICO header (reserved 0, type 1) with the 16, 32 and 48 px images browsers pick from.
  expect([icon.readUInt16LE(0), icon.readUInt16LE(2), icon.readUInt16LE(4)]).toEqual([0, 1, 3]);
  expect([0, 1, 2].map((index) => icon.readUInt8(6 + 16 * index))).toEqual([16, 32, 48]);
});
