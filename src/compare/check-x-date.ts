import { parseXDate, X_DATE_WINDOW_SECONDS } from '../signing/x-date';
import type { Finding } from './finding';

const ISO_8601 = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/**
 * Checks x-date against spec §1.6: present, an RFC 1123 date in GMT, and, when the time the
 * request was sent is known, within 900 seconds of it. Without that time no age is judged:
 * a request pasted from a log may be days old and still have been sent on time.
 */
export function checkXDate(xDate: string | undefined, sentAt?: number): Finding[] {
  if (xDate === undefined || xDate.trim() === '') {
    return [
      finding(
        'date-format',
        'The request sends no x-date header; the gateway answers "a valid x-date header is required".',
      ),
    ];
  }
  const value = xDate.trim();
  const epochMs = parseXDate(value);
  if (epochMs === undefined) return [finding('date-format', describeBadDate(value))];
  if (sentAt === undefined) return [];

  const seconds = Math.round((sentAt - epochMs) / 1000);
  if (Math.abs(seconds) <= X_DATE_WINDOW_SECONDS) return [];
  const direction = seconds > 0 ? 'before' : 'after';
  return [
    finding(
      'date-expired',
      `x-date is ${describeSeconds(Math.abs(seconds))} ${direction} the time the request was sent; the gateway allows ${X_DATE_WINDOW_SECONDS} seconds and answers "the x-date header is out of date".`,
    ),
  ];
}

/** A duration in words, to the largest unit that fits: "3 days", "2 hours", "45 seconds". */
export function describeSeconds(seconds: number): string {
  const units: [number, string][] = [
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
    [1, 'second'],
  ];
  const [size, name] = units.find(([unitSize]) => seconds >= unitSize) ?? [1, 'second'];
  const count = Math.floor(seconds / size);
  return `${count} ${name}${count === 1 ? '' : 's'}`;
}

function describeBadDate(value: string): string {
  const example = 'an RFC 1123 GMT date such as "Mon, 02 Jan 2006 15:04:05 GMT"';
  if (ISO_8601.test(value))
    return `x-date "${value}" is an ISO 8601 date; the gateway expects ${example}.`;
  if (/\bGMT$/.test(value)) {
    return `x-date "${value}" is not quite RFC 1123: check the two-digit day, the English day and month names, and that the weekday fits the date. Expected ${example}.`;
  }
  if (/[+-]\d{4}$|\b(UTC|CST|[A-Z]{3})$/.test(value)) {
    return `x-date "${value}" is not in GMT written as "GMT"; the gateway expects ${example}.`;
  }
  return `x-date "${value}" is not ${example}.`;
}

function finding(cause: Finding['cause'], sentence: string): Finding {
  return { cause, source: 'request', sentence };
}
