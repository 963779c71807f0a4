/** Real pictures for upload tests, rendered with sharp: large enough for every responsive format. */
import sharp from 'sharp';

/** A JPEG of the given size (default wider than the largest breakpoint, 1000 px). */
export function photo({ width = 1600, height = 1067, hue = 200 } = {}): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue},70%,70%)"/><stop offset="1" stop-color="hsl(${(hue + 120) % 360},60%,30%)"/>
    </linearGradient></defs>
    <rect width="${width}" height="${height}" fill="url(#g)"/>
    <circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#ffffff" fill-opacity="0.5"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

/** Every URL of an uploaded file: the original and each responsive format. */
export const fileUrls = (file: { url: string; formats?: Record<string, { url: string }> | null }) => [
  file.url,
  ...Object.values(file.formats ?? {}).map((format) => format.url),
];
