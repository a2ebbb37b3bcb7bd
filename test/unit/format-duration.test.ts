import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/ui/format-duration';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [59, '59 s'],
    [60, '1 min'],
    [900, '15 min'],
    [899, '14 min 59 s'],
    [2 * HOUR + 5 * MINUTE + 7, '2 h 5 min'],
    [DAY, '1 day'],
    [3 * DAY + 4 * HOUR + 59, '3 days 4 h'],
    [364 * DAY + 23 * HOUR, '364 days 23 h'],
    [365 * DAY, '1 year'],
    [20 * 365 * DAY + 200 * DAY, '20 years'],
  ])('writes %i seconds as "%s"', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s seconds', (seconds) => {
    expect(() => formatDuration(seconds)).toThrow(RangeError);
  });
});
