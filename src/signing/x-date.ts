import { requireString } from './require-argument';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RFC_1123 =
  /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat), (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;

/** The x-date window: the gateway rejects a request more than 900 s from its clock (spec §1.6). */
export const X_DATE_WINDOW_SECONDS = 900;

/**
 * An instant written as the gateway wants x-date: RFC 1123 in GMT with English names,
 * `Mon, 02 Jan 2006 15:04:05 GMT` (spec §1.6). Takes epoch milliseconds so that the caller
 * owns the clock; `toUTCString` has produced exactly this layout since ES2018.
 */
export function formatXDate(epochMs: number): string {
  if (typeof epochMs !== 'number') throw new TypeError('formatXDate: epochMs must be a number');
  if (!Number.isFinite(epochMs) || Math.abs(epochMs) > 8.64e15) {
    throw new RangeError(`formatXDate: epochMs must be a finite time, got ${epochMs}`);
  }
  return new Date(epochMs).toUTCString();
}

/**
 * Reads an RFC 1123 GMT date and returns its epoch milliseconds, or undefined when the text is
 * not one: another layout, a zone other than GMT, an impossible day, or a weekday that does not
 * match the date.
 */
export function parseXDate(text: string): number | undefined {
  requireString(text, 'parseXDate: text');

  const match = RFC_1123.exec(text);
  if (!match) return undefined;
  const [, , day, month, year, hour, minute, second] = match;
  const monthIndex = MONTHS.indexOf(month ?? '');
  if (monthIndex === -1) return undefined;

  const epochMs = Date.UTC(
    Number(year),
    monthIndex,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
  );
  return formatXDate(epochMs) === text ? epochMs : undefined;
}
