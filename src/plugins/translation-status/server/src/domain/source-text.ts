/**
 * What a version's translated fields say, as plain text per field: the snapshot kept of a source
 * when a translation is brought up to date, and what the "changes" route compares it with.
 * Rich text (blocks) becomes its text, one line per paragraph, heading or list item; a component's
 * fields get a readable path (`leaders[2].position`, entries counted from 1 as the edit view shows
 * them). The same fields as the fingerprint (content-hash.ts): localized, neither relations nor media.
 */
import { translatedFields, type AttributeSchema, type Schemas } from './content-hash';

/** Field path → plain text; empty fields are left out. */
export type SourceText = Record<string, string>;

/** The snapshot kept on a translation's record: its source's text when it was last brought up to date. */
export interface SourceTextSeen {
  locale: string;
  /** null: the record predates the snapshots and its translation was already outdated. */
  fields: SourceText | null;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const SKIPPED_TYPES = new Set(['relation', 'media', 'dynamiczone']);
const BOOKKEEPING = new Set(['id', 'documentId', '__component', '__temp_key__']);

type BlockNode = { type?: string; text?: string; children?: BlockNode[] };

const inlineText = (nodes: BlockNode[] = []): string =>
  nodes.map((node) => (node.type === 'text' ? (node.text ?? '') : inlineText(node.children))).join('');

/** One line per block; a list gives one line per item, nested lists included. */
function blockLines(block: BlockNode): string[] {
  if (block.type === 'list')
    return (block.children ?? []).flatMap((item) => (item.type === 'list' ? blockLines(item) : [inlineText(item.children)]));
  if (block.type === 'image') return [];
  return [inlineText(block.children)];
}

/** The plain text of a blocks (rich text) value. */
export const blocksText = (value: unknown): string =>
  Array.isArray(value)
    ? (value as BlockNode[])
        .flatMap(blockLines)
        .filter((line) => line.trim() !== '')
        .join('\n')
    : '';

function scalarText(value: unknown, attribute: AttributeSchema | undefined): string {
  if (value === null || value === undefined) return '';
  if (attribute?.type === 'blocks') return blocksText(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function collect(into: SourceText, path: string, value: unknown, attribute: AttributeSchema | undefined, schemas: Schemas): void {
  if (attribute?.type === 'component') {
    const attributes = schemas.components[attribute.component!]?.attributes ?? {};
    const entries = Array.isArray(value) ? value : value ? [value] : [];
    entries.forEach((entry, index) => {
      const prefix = Array.isArray(value) ? `${path}[${index + 1}]` : path;
      for (const [name, nested] of Object.entries(attributes)) {
        if (SKIPPED_TYPES.has(nested.type) || BOOKKEEPING.has(name)) continue;
        collect(into, `${prefix}.${name}`, (entry as Record<string, unknown>)?.[name], nested, schemas);
      }
    });
    return;
  }
  const text = scalarText(value, attribute);
  if (text !== '') into[path] = text;
}

/** The translated fields of one version as plain text, in the content type's field order. */
export function sourceText(version: Record<string, unknown>, schemas: Schemas): SourceText {
  const translated = new Set(translatedFields(schemas.attributes));
  const text: SourceText = {};
  for (const [field, attribute] of Object.entries(schemas.attributes)) {
    if (translated.has(field)) collect(text, field, version[field], attribute, schemas);
  }
  return text;
}

/** The fields whose text differs, in the order of the source as it is now (fields since emptied last). */
export function changedFields(before: SourceText, after: SourceText): FieldChange[] {
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return fields
    .map((field) => ({ field, before: before[field] ?? '', after: after[field] ?? '' }))
    .filter((change) => change.before !== change.after);
}

/**
 * What a translation's record keeps of its source's text after a refresh (undefined: leave it as
 * it is). Brought up to date now (created, edited, reviewed): the source's text as it is now; so
 * for a current one recorded before the texts were kept. An outdated one of that time cannot know
 * what its source said, and `fields: null` says so. The source's own record keeps none.
 */
export function sourceTextToKeep({
  kept,
  isSource,
  broughtUpToDate,
  current,
  source,
}: {
  kept: SourceTextSeen | null;
  isSource: boolean;
  broughtUpToDate: boolean;
  /** The translation saw the source as it is now (before this refresh). */
  current: boolean;
  /** The source's text now; null when the document has no source version. */
  source: SourceTextSeen | null;
}): SourceTextSeen | null | undefined {
  if (isSource || !source) return kept ? null : undefined;
  if (broughtUpToDate) return source;
  if (kept?.locale === source.locale && kept.fields !== null) return undefined;
  if (current) return source;
  return kept?.locale === source.locale ? undefined : { locale: source.locale, fields: null };
}
