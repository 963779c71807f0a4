/**
 * Demo pictures, drawn as SVG and rendered to JPEG with sharp: there is no internet to fetch
 * real photos from, and the upload plugin needs real images to make its responsive formats.
 * Captions are Latin on purpose: the rendering fonts on a server may lack CJK glyphs.
 */
import sharp from 'sharp';
import type { LocaleCode } from '../locales';

export interface DemoImage {
  /** File name in the media library; also the seed's idempotency key. */
  fileName: string;
  /** Per locale: the alternative text, and the caption where the website shows one. */
  text: Record<LocaleCode, { alternativeText: string; caption?: string }>;
  svg: string;
}

const PHOTO = { width: 1600, height: 1067 };
const LOGO = { width: 800, height: 800 };

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const sky = (id: string, top: string, bottom: string) => `
  <linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/>
  </linearGradient>`;

const captionBar = (caption: string, { width, height } = PHOTO) => `
  <rect x="0" y="${height - 110}" width="${width}" height="110" fill="#0b1d3a" fill-opacity="0.72"/>
  <text x="60" y="${height - 42}" font-family="DejaVu Sans, sans-serif" font-size="46"
        fill="#ffffff">${escapeXml(caption)}</text>`;

const photo = (body: string, caption: string) => `
<svg xmlns="http://www.w3.org/2000/svg" width="${PHOTO.width}" height="${PHOTO.height}"
     viewBox="0 0 ${PHOTO.width} ${PHOTO.height}">${body}${captionBar(caption)}</svg>`;

const secretariat = () =>
  photo(
    `<defs>${sky('s', '#8ec5ff', '#e8f3ff')}</defs>
  <rect width="1600" height="1067" fill="url(#s)"/>
  <rect y="760" width="1600" height="307" fill="#6d8f5a"/>
  <rect x="360" y="380" width="880" height="390" fill="#e9e1d1" stroke="#b9aa8c" stroke-width="6"/>
  <polygon points="320,390 800,250 1280,390" fill="#9b2d20"/>
  ${Array.from({ length: 8 }, (_, i) => `<rect x="${410 + i * 105}" y="450" width="60" height="120" fill="#5b7fa6"/>`).join('')}
  ${Array.from({ length: 8 }, (_, i) => `<rect x="${410 + i * 105}" y="610" width="60" height="120" fill="#5b7fa6"/>`).join('')}
  <rect x="740" y="620" width="120" height="150" fill="#4a3b2a"/>
  ${['#d52b1e', '#0039a6', '#00afca', '#ffffff', '#e30a17', '#ce1126', '#009a44', '#1eb53a']
    .map(
      (color, i) => `<line x1="${260 + i * 160}" y1="800" x2="${260 + i * 160}" y2="560" stroke="#777" stroke-width="6"/>
      <rect x="${263 + i * 160}" y="562" width="90" height="58" fill="${color}" stroke="#555" stroke-width="2"/>`
    )
    .join('')}`,
    'SCO Secretariat, Beijing - 23 March 2017'
  );

const baiterek = () =>
  photo(
    `<defs>${sky('b', '#1f4e8c', '#f7c873')}
    <radialGradient id="g" cx="0.4" cy="0.35" r="0.7"><stop offset="0" stop-color="#fff6c9"/><stop offset="1" stop-color="#d9a21b"/></radialGradient></defs>
  <rect width="1600" height="1067" fill="url(#b)"/>
  <rect y="820" width="1600" height="247" fill="#39424e"/>
  ${Array.from({ length: 12 }, (_, i) => `<rect x="${40 + i * 130}" y="${700 - (i % 4) * 60}" width="90" height="${120 + (i % 4) * 60}" fill="#26303b"/>`).join('')}
  <polygon points="760,820 785,330 815,330 840,820" fill="#f4f4f4"/>
  ${Array.from({ length: 9 }, (_, i) => `<line x1="800" y1="330" x2="${640 + i * 40}" y2="${210 + Math.abs(4 - i) * 18}" stroke="#f4f4f4" stroke-width="10"/>`).join('')}
  <circle cx="800" cy="250" r="78" fill="url(#g)"/>`,
    'Baiterek monument, Astana'
  );

const khanShatyr = () =>
  photo(
    `<defs>${sky('k', '#5aa0d8', '#dff0fb')}</defs>
  <rect width="1600" height="1067" fill="url(#k)"/>
  <rect y="840" width="1600" height="227" fill="#8a8f6a"/>
  <path d="M420,840 Q760,140 800,120 Q840,140 1180,840 Z" fill="#e7edf2" stroke="#9db3c5" stroke-width="6"/>
  ${Array.from({ length: 7 }, (_, i) => `<path d="M800,120 Q${560 + i * 80},480 ${460 + i * 113},840" fill="none" stroke="#9db3c5" stroke-width="4"/>`).join('')}
  <line x1="800" y1="120" x2="800" y2="40" stroke="#6b7d8c" stroke-width="8"/>`,
    'Khan Shatyr, Astana'
  );

const peacePalace = () =>
  photo(
    `<defs>${sky('p', '#f6b26b', '#fde9c9')}</defs>
  <rect width="1600" height="1067" fill="url(#p)"/>
  <rect y="830" width="1600" height="237" fill="#7b8b5c"/>
  <polygon points="480,830 800,330 1120,830" fill="#cbb894" stroke="#8c7a57" stroke-width="6"/>
  <polygon points="700,486 800,330 900,486" fill="#6fa8dc" fill-opacity="0.85"/>
  ${Array.from({ length: 6 }, (_, i) => `<line x1="${530 + i * 20}" y1="${750 - i * 80}" x2="${1070 - i * 20}" y2="${750 - i * 80}" stroke="#8c7a57" stroke-width="4"/>`).join('')}`,
    'Palace of Peace and Reconciliation, Astana'
  );

const ishim = () =>
  photo(
    `<defs>${sky('i', '#274b7a', '#f2a65a')}
    <linearGradient id="w" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f2a65a"/><stop offset="1" stop-color="#1d3557"/></linearGradient></defs>
  <rect width="1600" height="1067" fill="url(#i)"/>
  ${Array.from({ length: 14 }, (_, i) => `<rect x="${i * 115}" y="${420 + ((i * 37) % 5) * 40}" width="95" height="${300 - ((i * 37) % 5) * 40}" fill="#1b2838"/>`).join('')}
  <rect y="720" width="1600" height="347" fill="url(#w)"/>
  ${Array.from({ length: 10 }, (_, i) => `<line x1="${100 + i * 150}" y1="${760 + (i % 3) * 50}" x2="${180 + i * 150}" y2="${760 + (i % 3) * 50}" stroke="#ffe1b0" stroke-width="4" stroke-opacity="0.7"/>`).join('')}`,
    'Ishim river embankment, Astana'
  );

const logo = (wordmark: string, background: string, accent: string) => `
<svg xmlns="http://www.w3.org/2000/svg" width="${LOGO.width}" height="${LOGO.height}" viewBox="0 0 800 800">
  <rect width="800" height="800" fill="#ffffff"/>
  <circle cx="400" cy="320" r="200" fill="${background}"/>
  <circle cx="400" cy="320" r="150" fill="none" stroke="${accent}" stroke-width="18"/>
  <path d="M260,320 L540,320 M400,180 L400,460" stroke="${accent}" stroke-width="14"/>
  <text x="400" y="650" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="bold"
        font-size="${wordmark.length > 6 ? 92 : 120}" fill="${background}">${escapeXml(wordmark)}</text>
</svg>`;

export const DEMO_IMAGES = {
  secretariat: {
    fileName: 'pressroom-demo-sco-secretariat.jpg',
    text: {
      ru: { alternativeText: 'Здание Секретариата ШОС в Пекине с флагами государств-членов', caption: 'Секретариат ШОС в Пекине' },
      zh: { alternativeText: '北京上合组织秘书处大楼，门前飘扬着成员国国旗', caption: '位于北京的上合组织秘书处' },
      en: {
        alternativeText: 'The SCO Secretariat building in Beijing with the flags of the member states',
        caption: 'The SCO Secretariat in Beijing',
      },
    },
    svg: secretariat(),
  },
  baiterek: {
    fileName: 'pressroom-demo-astana-baiterek.jpg',
    text: {
      ru: { alternativeText: 'Монумент «Байтерек» в Астане на закате' },
      zh: { alternativeText: '夕阳下阿斯塔纳的巴伊杰列克观景塔' },
      en: { alternativeText: 'The Baiterek monument in Astana at sunset' },
    },
    svg: baiterek(),
  },
  khanShatyr: {
    fileName: 'pressroom-demo-astana-khan-shatyr.jpg',
    text: {
      ru: { alternativeText: 'Развлекательный центр «Хан Шатыр» в Астане' },
      zh: { alternativeText: '阿斯塔纳的可汗帐篷娱乐中心' },
      en: { alternativeText: 'The Khan Shatyr entertainment centre in Astana' },
    },
    svg: khanShatyr(),
  },
  peacePalace: {
    fileName: 'pressroom-demo-astana-peace-palace.jpg',
    text: {
      ru: { alternativeText: 'Дворец мира и согласия в Астане' },
      zh: { alternativeText: '阿斯塔纳的和平与和谐宫' },
      en: { alternativeText: 'The Palace of Peace and Reconciliation in Astana' },
    },
    svg: peacePalace(),
  },
  ishim: {
    fileName: 'pressroom-demo-astana-ishim.jpg',
    text: {
      ru: { alternativeText: 'Набережная реки Ишим в Астане вечером' },
      zh: { alternativeText: '傍晚的阿斯塔纳伊希姆河畔' },
      en: { alternativeText: 'The Ishim river embankment in Astana in the evening' },
    },
    svg: ishim(),
  },
  xinhuaLogo: {
    fileName: 'pressroom-demo-logo-xinhua.jpg',
    text: {
      ru: { alternativeText: 'Логотип агентства Синьхуа (демонстрационный)' },
      zh: { alternativeText: '新华社标志（演示用）' },
      en: { alternativeText: 'Xinhua News Agency logo (demo)' },
    },
    svg: logo('XINHUA', '#c8102e', '#ffd200'),
  },
  tassLogo: {
    fileName: 'pressroom-demo-logo-tass.jpg',
    text: {
      ru: { alternativeText: 'Логотип агентства ТАСС (демонстрационный)' },
      zh: { alternativeText: '塔斯社标志（演示用）' },
      en: { alternativeText: 'TASS logo (demo)' },
    },
    svg: logo('TASS', '#1d3c78', '#ffffff'),
  },
  kazinformLogo: {
    fileName: 'pressroom-demo-logo-kazinform.jpg',
    text: {
      ru: { alternativeText: 'Логотип МИА «Казинформ» (демонстрационный)' },
      zh: { alternativeText: '哈通社标志（演示用）' },
      en: { alternativeText: 'Kazinform logo (demo)' },
    },
    svg: logo('KAZINFORM', '#00a3c4', '#ffd200'),
  },
} satisfies Record<string, DemoImage>;

export type DemoImageKey = keyof typeof DEMO_IMAGES;

export const renderJpeg = (image: DemoImage): Promise<Buffer> =>
  sharp(Buffer.from(image.svg)).jpeg({ quality: 86, mozjpeg: true }).toBuffer();
