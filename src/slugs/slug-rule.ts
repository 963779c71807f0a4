/**
 * The slug rule: a title (or a partner's name) in any of our locales becomes a readable Latin slug.
 *
 * The script decides, letter by letter, so a Russian title that quotes «Xinhua» or an English one that
 * quotes 新华社 come out right too; for our three locales that is the locale's own script:
 * - Cyrillic: BGN/PCGN romanisation of Russian (1947 system), in its plain ASCII form (below);
 * - Chinese characters: Hanyu Pinyin without tones, one word per syllable (上海合作组织 → shang-hai-he-zuo-zu-zhi);
 * - everything else (English): Strapi's own slugify, exactly as the Content Manager does it.
 *
 * Why BGN/PCGN and not GOST 7.79-2000 system B (ISO 9): it gives the spellings English readers know and
 * our English texts use (Kazakhstan, Tashkent, Dushanbe), while GOST B writes х as x, ц as cz
 * and щ as shh ("kazaxstan") and needs ` and ' for ъ ь ы э, which a URL drops anyway, losing the
 * reversibility that is GOST B's point.
 */
import slugify from '@sindresorhus/slugify';
import { customPinyin, pinyin } from 'pinyin-pro';

/** Options of a uid attribute (`options` in the schema), handed to slugify as Strapi does. */
export type SlugOptions = slugify.Options;

const CYRILLIC_RUN = /[\u0400-\u04FF]+/gu;
const HAN_RUN = /\p{Script=Han}+/gu;

/** BGN/PCGN, ASCII form: ъ and ь (” ’ in the standard) are dropped and ё is written like е (the diaeresis dropped). */
const BGN_PCGN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Letters of the Kazakh, Kyrgyz, Tajik and Uzbek alphabets (partner names quote them), BGN/PCGN without diacritics.
  ә: 'a',
  ғ: 'gh',
  қ: 'q',
  ң: 'ng',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  ӣ: 'i',
  ӯ: 'u',
  ҳ: 'h',
  ҷ: 'j',
  ў: 'o',
};

/** After these (and at the start of a word) BGN/PCGN writes е and ё as "ye". */
const YE_AFTER = new Set([...'аеёиоуыэюяйъь']);

const romanizeRussian = (word: string): string =>
  [...word.toLowerCase()]
    .map((letter, index, letters) => {
      if ((letter === 'е' || letter === 'ё') && (index === 0 || YE_AFTER.has(letters[index - 1]))) return 'ye';
      // Any other Cyrillic letter is left to slugify's own transliteration.
      return BGN_PCGN[letter] ?? letter;
    })
    .join('');

// Readings pinyin-pro gets wrong in our vocabulary: 什 in Bishkek is shí, 长 in 秘书长 (Secretary-General) is zhǎng.
customPinyin({ 比什凯克: 'bǐ shí kǎi kè', 秘书长: 'mì shū zhǎng' });

/** Toneless pinyin, one word per syllable; ü is written "yu" as in Chinese passports (吕 → lyu). */
const romanizeChinese = (characters: string): string =>
  pinyin(characters, { toneType: 'none', type: 'array' })
    .map((syllable) => syllable.replace(/ü/g, 'yu'))
    .join(' ');

/** The slug of a title; '' when nothing in it can be written in Latin letters or digits. */
export function slugOf(title: string, options: SlugOptions = {}): string {
  const latin = title.replace(CYRILLIC_RUN, romanizeRussian).replace(HAN_RUN, (characters) => ` ${romanizeChinese(characters)} `);
  return slugify(latin, options);
}

/**
 * Whether a slug is the placeholder the Content Manager puts into a new form before there is a title:
 * the type's name (`announcement`, `media-partner`), with Strapi's uniqueness suffix (`announcement-1`).
 * Such a slug means "not chosen yet", and the server replaces it with the title's slug.
 */
export function isPlaceholderSlug(slug: string, typeName: string, options: SlugOptions = {}): boolean {
  const placeholder = slugify(typeName, options);
  if (!slug.startsWith(placeholder)) return false;
  const rest = slug.slice(placeholder.length);
  return rest === '' || /^-\d+$/.test(rest);
}
