/**
 * A picture needs its alternative text in every locale: a version that shows a picture without
 * one in its own language is not current, whatever its source did. Pure: the tracker stores what
 * it finds on each record, the status rules read it.
 */

/** Where one picture and its alternative text are, as dotted paths from the version (`photos.image`: each photo's). */
export interface AltTextRule {
  image: string;
  altText: string;
}

const isBlank = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** Each item at `path` with its own path (`photos.2`), walking into repeatable components. */
function at(value: unknown, segments: string[], prefix: string[] = []): { value: unknown; path: string[] }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => at(item, segments, [...prefix, String(index)]));
  if (segments.length === 0) return [{ value, path: prefix }];
  if (value === null || typeof value !== 'object') return [{ value: undefined, path: [...prefix, ...segments] }];
  const [head, ...rest] = segments;
  return at((value as Record<string, unknown>)[head], rest, [...prefix, head]);
}

/**
 * The alternative texts missing in one version, as paths (`coverText.alternativeText`,
 * `photos.1.alternativeText`): where a picture is set and its text is empty. The two paths of a
 * rule walk together through what they share (`photos`), so each photo is checked against its own.
 */
export function missingAltTexts(version: Record<string, unknown>, rules: AltTextRule[]): string[] {
  return rules.flatMap(({ image, altText }) => {
    const imagePath = image.split('.');
    const textPath = altText.split('.');
    let shared = 0;
    while (shared < imagePath.length - 1 && shared < textPath.length - 1 && imagePath[shared] === textPath[shared]) shared += 1;
    return at(version, imagePath.slice(0, shared)).flatMap(({ value: holder, path }) => {
      const pictures = at(holder, imagePath.slice(shared)).filter(({ value }) => !isBlank(value));
      if (pictures.length === 0) return [];
      const texts = at(holder, textPath.slice(shared));
      return texts.some(({ value }) => !isBlank(value)) ? [] : [[...path, ...textPath.slice(shared)].join('.')];
    });
  });
}

/** True when the record says its version lacks an alternative text. */
export const lacksAltText = (record: { missingAltTexts?: string[] | null }) => (record.missingAltTexts?.length ?? 0) > 0;

type Populate = Record<string, boolean | { select?: string[]; populate?: Populate }>;

/**
 * What to read of a version for the rules, on top of `base` (its components): each picture's id,
 * inside the component that holds it where it is in one.
 */
export function populateForAltTexts(rules: AltTextRule[], base: Record<string, boolean>): Populate {
  const populate: Populate = { ...base };
  for (const { image } of rules) {
    const [first, ...rest] = image.split('.');
    if (rest.length === 0) {
      populate[first] = { select: ['id'] };
      continue;
    }
    // A picture inside a component: the component's fields, and the picture's id.
    const current = populate[first];
    const inner = typeof current === 'object' ? (current.populate ?? {}) : {};
    populate[first] = { populate: populateForAltTexts([{ image: rest.join('.'), altText: '' }], inner as Record<string, boolean>) };
  }
  return populate;
}
