/**
 * Applying the project's Content Manager views without undoing an administrator's hand changes.
 * Pure: no Strapi import. A view is Strapi's configuration shape (settings, metadatas, layouts);
 * each leaf we set (a label, a description, the edit layout as a whole...) is applied only where
 * the stored value is still Strapi's default or what we applied last time.
 */
export interface FieldView {
  edit?: { label?: string; description?: string; placeholder?: string; visible?: boolean; editable?: boolean; mainField?: string };
  list?: { label?: string; searchable?: boolean; sortable?: boolean };
}
export interface EditLayoutField {
  name: string;
  size: number;
}
export interface View {
  settings?: Record<string, unknown>;
  metadatas?: Record<string, FieldView>;
  layouts?: { list?: string[]; edit?: EditLayoutField[][] };
}
/** What we applied last time, leaf by leaf: path → value. */
export type AppliedLeaves = Record<string, unknown>;

const LAYOUT_PATHS = new Set(['layouts.list', 'layouts.edit']);

/** The leaves of a view: layouts count as one leaf each (an order is one decision). */
export function leavesOf(view: View): AppliedLeaves {
  const leaves: AppliedLeaves = {};
  const walk = (value: unknown, path: string) => {
    if (LAYOUT_PATHS.has(path) || value === null || typeof value !== 'object' || Array.isArray(value)) {
      leaves[path] = value;
      return;
    }
    for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
  };
  walk(view, '');
  return leaves;
}

const get = (object: unknown, path: string) =>
  path.split('.').reduce<any>((value, key) => (value == null ? undefined : value[key]), object);
function set(object: any, path: string, value: unknown) {
  const keys = path.split('.');
  let target = object;
  for (const key of keys.slice(0, -1)) target = target[key] ??= {};
  target[keys[keys.length - 1]] = value;
}
const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Strapi's own default for a leaf, where it is known: a field's label is its attribute name,
 * descriptions and placeholders are empty. Other leaves (layouts, main fields, sort) count as
 * default until we applied them once.
 */
function isStrapiDefault(path: string, value: unknown): boolean {
  const match = /^metadatas\.([^.]+)\.(edit|list)\.(\w+)$/.exec(path);
  if (!match) return true;
  const [, field, , key] = match;
  if (key === 'label') return value === undefined || value === field;
  if (key === 'description' || key === 'placeholder') return !value;
  return true;
}

/**
 * The configuration to store and the leaves to remember. A leaf is ours to set when the stored
 * value equals what we applied last, or, never applied, is still Strapi's default; otherwise an
 * administrator changed it by hand and it stays.
 */
export function mergeView<C extends object>(stored: C, desired: View, applied: AppliedLeaves | undefined) {
  const configuration = JSON.parse(JSON.stringify(stored));
  const remembered: AppliedLeaves = {};
  const kept: string[] = [];
  for (const [path, ours] of Object.entries(leavesOf(desired))) {
    const current = get(configuration, path);
    const ourLast = applied && path in applied;
    if (equal(current, ours) || (ourLast ? equal(current, applied[path]) : isStrapiDefault(path, current))) {
      set(configuration, path, ours);
      remembered[path] = ours;
    } else {
      kept.push(path);
      if (ourLast) remembered[path] = applied[path];
    }
  }
  return { configuration: configuration as C, applied: remembered, kept, changed: !equal(configuration, stored) };
}
