import { isDue, nextWakeUpIn, outcomeOf, shuffled } from './timing';

const now = new Date('2026-12-01T02:00:00.000Z');
const at = (ms: number) => new Date(now.getTime() + ms);

describe('nextWakeUpIn', () => {
  it('wakes at the next due time', () => {
    expect(nextWakeUpIn(at(1500), now, 5000)).toBe(1500);
  });

  it('rescans when nothing is due sooner, or nothing is pending', () => {
    expect(nextWakeUpIn(at(3_600_000), now, 5000)).toBe(5000);
    expect(nextWakeUpIn(null, now, 5000)).toBe(5000);
  });

  it('wakes at once for what is overdue', () => {
    expect(nextWakeUpIn(at(-60_000), now, 5000)).toBe(0);
  });
});

describe('isDue', () => {
  it('is never true before the instant', () => {
    expect(isDue(at(1), now)).toBe(false);
    expect(isDue(at(0), now)).toBe(true);
    expect(isDue(at(-1), now)).toBe(true);
  });
});

describe('outcomeOf', () => {
  it('records lateness, and late beyond the allowance', () => {
    expect(outcomeOf(now, at(120), 2000)).toEqual({ status: 'done', lateByMs: 120 });
    expect(outcomeOf(now, at(2000), 2000)).toEqual({ status: 'done', lateByMs: 2000 });
    expect(outcomeOf(now, at(3_600_000), 2000)).toEqual({ status: 'late', lateByMs: 3_600_000 });
  });
});

describe('shuffled', () => {
  it('keeps every item once', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect([...shuffled(items)].sort((a, b) => a - b)).toEqual(items);
  });

  it('uses the random source given', () => {
    expect(shuffled([1, 2, 3], () => 0)).toEqual([2, 3, 1]);
  });
});
