'use strict';
/**
 * Renders scripts/favicon/favicon.svg into public/favicon.ico (16, 32 and 48 px PNG images in one
 * ICO file, as browsers ask for /favicon.ico) and public/favicon.png (180 px, for touch icons).
 * The generated files are committed; run this again only after changing the SVG.
 */
const fs = require('fs');
const path = require('path');
const sharp = require('sharp');

const ROOT = path.resolve(__dirname, '..', '..');
const SVG = path.join(__dirname, 'favicon.svg');
const ICO_SIZES = [16, 32, 48];

const render = (size) =>
  sharp(SVG, { density: 72 * (size / 64) * 4 })
    .resize(size, size)
    .png()
    .toBuffer();

/** An ICO file whose images are PNGs (supported by every browser since IE Vista). */
function icoOf(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}

async function main() {
  const images = await Promise.all(ICO_SIZES.map(async (size) => ({ size, png: await render(size) })));
  fs.writeFileSync(path.join(ROOT, 'public', 'favicon.ico'), icoOf(images));
  fs.writeFileSync(path.join(ROOT, 'public', 'favicon.png'), await render(180));
  console.log('wrote public/favicon.ico and public/favicon.png');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
