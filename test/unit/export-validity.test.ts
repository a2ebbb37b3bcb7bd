import { describe, expect, it } from 'vitest';
import {
  computeValidityWindow,
  describeValidity,
  formatValidUntil,
} from '../../src/export/command-validity';

// Mon, 02 Jan 2006 15:04:05 GMT is 1136214245 s after the epoch (date -u -d @1136214245).
const SIGNED_AT_MS = 1_136_214_245_000;

describe('the validity of a signed command', () => {
  const window = computeValidityWindow('Mon, 02 Jan 2006 15:04:05 GMT');

  it('lasts until 900 seconds after x-date', () => {
    expect(window?.validUntilMs).toBe(SIGNED_AT_MS + 900_000);
    expect(window && formatValidUntil(window)).toBe('Mon, 02 Jan 2006 15:19:05 GMT');
  });

  it('counts the seconds left while valid', () => {
    expect(window && describeValidity(window, SIGNED_AT_MS + 60_500)).toEqual({
      state: 'valid',
      secondsLeft: 839,
    });
  });

  it('says how long ago it expired', () => {
    expect(window && describeValidity(window, SIGNED_AT_MS + 960_000)).toEqual({
      state: 'expired',
      secondsAgo: 60,
    });
  });

  it('is not valid yet when x-date is more than 900 seconds ahead of the clock', () => {
    expect(window && describeValidity(window, SIGNED_AT_MS - 901_000)).toEqual({
      state: 'not-yet',
      secondsUntilValid: 1,
    });
  });

  it('has no window when x-date is not an RFC 1123 date', () => {
    expect(computeValidityWindow('2006-01-02T15:04:05Z')).toBeUndefined();
  });
});
