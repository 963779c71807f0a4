import { formatInZone, formatOffset, instantOf, isTimeZone, parseWallTime } from './time-zones';

const instant = (text: string, zone: string) => {
  const result = instantOf(text, zone);
  if (!result.ok) throw new Error(result.message);
  return result;
};

describe('instantOf', () => {
  it('reads 10:00 Beijing time as 02:00 UTC', () => {
    expect(instant('2026-12-01T10:00', 'Asia/Shanghai').instant.toISOString()).toBe('2026-12-01T02:00:00.000Z');
  });

  it('does not depend on the zone of the process (TZ is whatever the server has)', () => {
    expect(instant('2026-12-01T10:00:30', 'Europe/Moscow').instant.toISOString()).toBe('2026-12-01T07:00:30.000Z');
    expect(instant('2026-12-01 10:00', 'UTC').instant.toISOString()).toBe('2026-12-01T10:00:00.000Z');
  });

  it('follows daylight saving: the same wall time is an hour apart in UTC in winter and summer', () => {
    expect(instant('2027-01-15T09:00', 'Europe/Berlin').instant.toISOString()).toBe('2027-01-15T08:00:00.000Z');
    expect(instant('2027-07-15T09:00', 'Europe/Berlin').instant.toISOString()).toBe('2027-07-15T07:00:00.000Z');
    expect(instant('2027-03-14T12:00', 'America/New_York').instant.toISOString()).toBe('2027-03-14T16:00:00.000Z');
  });

  it('refuses a time the clocks skip (spring forward), naming the change', () => {
    // Berlin, 28 March 2027: 02:00 becomes 03:00.
    const result = instantOf('2027-03-28T02:30', 'Europe/Berlin');
    expect(result).toMatchObject({ ok: false, reason: 'skipped' });
    expect(!result.ok && result.message).toMatch(/does not exist in Europe\/Berlin/);
    expect(instant('2027-03-28T03:00', 'Europe/Berlin').instant.toISOString()).toBe('2027-03-28T01:00:00.000Z');
    expect(instant('2027-03-28T01:59', 'Europe/Berlin').instant.toISOString()).toBe('2027-03-28T00:59:00.000Z');
  });

  it('resolves a time the clocks pass twice (fall back) to the earlier instant', () => {
    // Berlin, 31 October 2027: 03:00 becomes 02:00; 02:30 happens at 00:30 and at 01:30 UTC.
    const result = instant('2027-10-31T02:30', 'Europe/Berlin');
    expect(result.instant.toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(result.ambiguous).toBe(true);
    expect(instant('2027-10-31T03:30', 'Europe/Berlin').ambiguous).toBe(false);
  });

  it('handles zones with half- and quarter-hour offsets', () => {
    expect(instant('2026-12-01T10:00', 'Asia/Kathmandu').instant.toISOString()).toBe('2026-12-01T04:15:00.000Z');
    expect(instant('2026-12-01T10:00', 'Asia/Kolkata').instant.toISOString()).toBe('2026-12-01T04:30:00.000Z');
  });

  it('refuses malformed times and unknown zones, saying what is expected', () => {
    expect(instantOf('2026-02-30T10:00', 'UTC')).toMatchObject({ ok: false, reason: 'format' });
    expect(instantOf('2026-12-01T25:00', 'UTC')).toMatchObject({ ok: false, reason: 'format' });
    expect(instantOf('2026-12-01T10:00Z', 'UTC')).toMatchObject({ ok: false, reason: 'format' });
    expect(instantOf('2026-12-01T10:00', 'Mars/Olympus')).toMatchObject({ ok: false, reason: 'zone' });
  });
});

describe('parseWallTime and isTimeZone', () => {
  it('parses seconds when given', () => {
    expect(parseWallTime('2026-12-01T10:00:05')).toEqual({ year: 2026, month: 12, day: 1, hour: 10, minute: 0, second: 5 });
  });

  it('knows IANA names only', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Beijing')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone(8)).toBe(false);
  });
});

describe('formatInZone', () => {
  it('shows an instant on the zone wall clock with its offset', () => {
    const at = new Date('2026-12-01T02:00:00Z');
    expect(formatInZone(at, 'Asia/Shanghai')).toBe('2026-12-01T10:00:00+08:00');
    expect(formatInZone(at, 'America/New_York')).toBe('2026-11-30T21:00:00-05:00');
    expect(formatInZone(new Date('2027-07-15T07:00:00Z'), 'Europe/Berlin')).toBe('2027-07-15T09:00:00+02:00');
  });

  it('writes negative and fractional offsets', () => {
    expect(formatOffset(-4 * 3_600_000)).toBe('-04:00');
    expect(formatOffset(5.75 * 3_600_000)).toBe('+05:45');
  });
});
