/** The envelopes of ingest requests: `{ "data": [ ...mentions ] }`, or `{ "data": { ...one } }` by hand. Pure. */
export type BatchCheck = { ok: true; items: unknown[] } | { ok: false; error: string };

export function checkBatch(body: unknown, maxItems: number): BatchCheck {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, error: 'The body must be a JSON object: { "data": [ ...mentions ] }' };
  }
  const { data } = body as { data?: unknown };
  if (data === undefined) return { ok: false, error: 'data is missing: send { "data": [ ...mentions ] }' };
  if (!Array.isArray(data)) return { ok: false, error: 'data must be an array of mentions' };
  if (data.length === 0) return { ok: false, error: 'data is empty: send at least one mention' };
  if (data.length > maxItems) {
    return { ok: false, error: `data holds ${data.length} mentions; at most ${maxItems} are accepted per request` };
  }
  return { ok: true, items: data };
}

export type SingleCheck = { ok: true; item: Record<string, unknown> } | { ok: false; error: string };

/** A mention added by hand in the admin panel: `{ "data": { agency, url, title, date, language, ... } }`. */
export function checkSingleMention(body: unknown): SingleCheck {
  const isObject = (value: unknown): value is Record<string, unknown> =>
    value !== null && typeof value === 'object' && !Array.isArray(value);
  if (!isObject(body)) return { ok: false, error: 'The body must be a JSON object: { "data": { ...mention } }' };
  if (body.data === undefined) return { ok: false, error: 'data is missing: send { "data": { agency, url, title, date, language } }' };
  if (!isObject(body.data)) return { ok: false, error: 'data must be one mention: an object with agency, url, title, date and language' };
  return { ok: true, item: body.data };
}
