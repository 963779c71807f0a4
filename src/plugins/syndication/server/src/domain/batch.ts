/** The envelope of an ingest request: `{ "data": [ ...mentions ] }`. Pure. */
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
