/** Turning a feed's polling on or off from the admin panel: `{ "data": { "enabled": true } }`. Pure. */
export type FeedSwitchCheck = { ok: true; enabled: boolean } | { ok: false; parameter: string; error: string };

export function checkFeedSwitch(body: unknown): FeedSwitchCheck {
  const data = (body as { data?: unknown } | null)?.data;
  const enabled = (data as { enabled?: unknown } | null)?.enabled;
  if (typeof enabled !== 'boolean') {
    return { ok: false, parameter: 'enabled', error: 'enabled must be true or false: send { "data": { "enabled": true } }' };
  }
  const other = Object.keys(data as object).find((key) => key !== 'enabled');
  if (other) {
    return {
      ok: false,
      parameter: other,
      error: `${other} cannot be changed here: only enabled can; edit the feed in the Content Manager`,
    };
  }
  return { ok: true, enabled };
}
