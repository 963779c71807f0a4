import { formatTimeLeft, timeLeft } from './countdown';

const now = new Date('2026-12-01T00:00:00Z');

describe('timeLeft', () => {
  it('splits the time left, rounding a part second up (never shows 0 before the instant)', () => {
    expect(timeLeft(new Date('2026-12-03T03:04:05Z'), now)).toEqual({ days: 2, hours: 3, minutes: 4, seconds: 5, passed: false });
    expect(timeLeft(new Date(now.getTime() + 200), now)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 1, passed: false });
  });

  it('is zero and passed at and after the instant', () => {
    expect(timeLeft(now, now).passed).toBe(true);
    expect(timeLeft(new Date(now.getTime() - 5000), now).seconds).toBe(0);
  });
});

describe('formatTimeLeft', () => {
  it('shows days only when there are some', () => {
    expect(formatTimeLeft(timeLeft(new Date('2026-12-03T03:04:05Z'), now), 'd')).toBe('2 d 03:04:05');
    expect(formatTimeLeft(timeLeft(new Date('2026-12-01T00:01:00Z'), now), 'д')).toBe('00:01:00');
  });
});
