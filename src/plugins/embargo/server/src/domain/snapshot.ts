/**
 * "As scheduled" versions: a snapshot of a locale's draft as publish would copy it (its fields,
 * components, relations by documentId, media by id), in the shape the Document Service's `update`
 * takes back, and a fingerprint that tells whether the draft changed since. Pure: the schemas come
 * in as a lookup, the draft as the Document Service read it with `populateFor`.
 */
import { createHash } from 'crypto';

export interface Attribute {
  type: string;
  component?: string;
  components?: string[];
  relation?: string;
  multiple?: boolean;
  target?: string;
  writable?: boolean;
  private?: boolean;
}
export interface Schema {
  attributes: Record<string, Attribute>;
}
export type SchemaOf = (uid: string) => Schema;

/** What a snapshot is: the draft's content for `update({ data })`, and its fingerprint. */
export interface Snapshot {
  fingerprint: string;
  takenAtMs: number;
  data: Record<string, unknown>;
}

/** Attributes that are the version's identity or bookkeeping, not its content. */
const NOT_CONTENT = new Set([
  'id',
  'documentId',
  'locale',
  'localizations',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
]);

const contentAttributes = (schema: Schema) =>
  Object.entries(schema.attributes).filter(([name, attribute]) => !NOT_CONTENT.has(name) && attribute.writable !== false);

const isToMany = (attribute: Attribute) => /Many$/.test(attribute.relation ?? '') || attribute.relation === 'morphToMany';

/** The Document Service `populate` that reads everything a snapshot holds, components nested. */
export function populateFor(uid: string, schemaOf: SchemaOf): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of contentAttributes(schemaOf(uid))) {
    if (attribute.type === 'component') populate[name] = { populate: populateFor(attribute.component!, schemaOf) };
    else if (attribute.type === 'dynamiczone') {
      populate[name] = {
        on: Object.fromEntries(
          (attribute.components ?? []).map((component) => [component, { populate: populateFor(component, schemaOf) }])
        ),
      };
    } else if (attribute.type === 'relation' && !attribute.relation?.startsWith('morph')) populate[name] = { fields: ['documentId'] };
    else if (attribute.type === 'media') populate[name] = { fields: ['id'] };
  }
  return populate;
}

const documentIdOf = (related: any) => (related && typeof related === 'object' ? (related.documentId ?? null) : null);
const mediaIdOf = (file: any) => (file && typeof file === 'object' ? (file.id ?? null) : null);

/** A populated draft (or component) as `update` data: components without ids, relations as documentIds, media as ids. */
export function snapshotData(entry: Record<string, any>, uid: string, schemaOf: SchemaOf): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [name, attribute] of contentAttributes(schemaOf(uid))) {
    const value = entry[name];
    if (attribute.type === 'relation' && attribute.relation?.startsWith('morph')) continue;
    if (value === undefined) continue;
    switch (attribute.type) {
      case 'component':
        data[name] = Array.isArray(value)
          ? value.map((item) => snapshotData(item, attribute.component!, schemaOf))
          : value === null
            ? null
            : snapshotData(value, attribute.component!, schemaOf);
        break;
      case 'dynamiczone':
        data[name] = (value ?? []).map((item: any) => ({
          __component: item.__component,
          ...snapshotData(item, item.__component, schemaOf),
        }));
        break;
      case 'relation':
        data[name] = isToMany(attribute) ? (value ?? []).map(documentIdOf).filter(Boolean) : documentIdOf(value);
        break;
      case 'media':
        data[name] = attribute.multiple ? (value ?? []).map(mediaIdOf).filter((id: unknown) => id !== null) : mediaIdOf(value);
        break;
      default:
        data[name] = value;
    }
  }
  return data;
}

/** JSON with object keys sorted at every depth: the same content gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export const fingerprintOf = (data: Record<string, unknown>) => createHash('sha256').update(canonicalJson(data)).digest('hex');

export const snapshotOf = (data: Record<string, unknown>, now: Date): Snapshot => ({
  fingerprint: fingerprintOf(data),
  takenAtMs: now.getTime(),
  data,
});

/**
 * What to do for one locale at the instant: publish the draft as it is (no snapshot: "latest", or
 * a locale that joined an all-locales action later; or a draft unchanged since), or publish the
 * snapshot and keep the later edits as the draft.
 */
export function publishPlan(snapshot: Snapshot | undefined, current: Record<string, unknown>): 'draft' | 'snapshot' {
  return !snapshot || snapshot.fingerprint === fingerprintOf(current) ? 'draft' : 'snapshot';
}

/** The locales to take a snapshot of: those `existing` has none for, or every covered one when retaking. */
export function snapshotLocalesToTake(covered: string[], existing: Record<string, Snapshot> | null, retake: boolean): string[] {
  return retake || !existing ? covered : covered.filter((locale) => !existing[locale]);
}

/**
 * How an action's locales go out at the instant: the drafts as they are, all in one Document
 * Service publish (one pass of its reads and of every document middleware, not one per locale),
 * and each locale whose snapshot must go out instead of its later draft, one by one.
 */
export interface PublishSteps {
  drafts: string[];
  snapshots: string[];
}

export function publishSteps(
  locales: string[],
  snapshots: Record<string, Snapshot>,
  currentDrafts: Record<string, Record<string, unknown> | null>
): PublishSteps {
  const steps: PublishSteps = { drafts: [], snapshots: [] };
  for (const locale of locales) {
    const current = currentDrafts[locale];
    if (!current || publishPlan(snapshots[locale], current) === 'draft') steps.drafts.push(locale);
    else steps.snapshots.push(locale);
  }
  return steps;
}

/** The Document Service `locale` parameter for a set of locales: one code, or the list (as bulk publish sends it). */
export const localeParameter = (locales: string[]): string | string[] => (locales.length === 1 ? locales[0] : locales);
