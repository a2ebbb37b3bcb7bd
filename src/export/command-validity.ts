import { X_DATE_WINDOW_SECONDS, formatXDate, parseXDate } from '../signing/x-date';

/** When a signed command is accepted, as epoch milliseconds, by the gateway's window. */
export interface ValidityWindow {
  readonly validFromMs: number;
  readonly validUntilMs: number;
}

export type ValidityState =
  | { readonly state: 'not-yet'; readonly secondsUntilValid: number }
  | { readonly state: 'valid'; readonly secondsLeft: number }
  | { readonly state: 'expired'; readonly secondsAgo: number };

const WINDOW_MS = X_DATE_WINDOW_SECONDS * 1000;

/**
 * The window in which the gateway accepts a request signed with this x-date: 900 s either side
 * of it, by the gateway's clock (spec §1.6). Undefined when x-date is not an RFC 1123 GMT date,
 * which the gateway refuses at any time.
 */
export function computeValidityWindow(xDate: string): ValidityWindow | undefined {
  if (typeof xDate !== 'string')
    throw new TypeError('computeValidityWindow: xDate must be a string');

  const signedAtMs = parseXDate(xDate.trim());
  if (signedAtMs === undefined) return undefined;
  return { validFromMs: signedAtMs - WINDOW_MS, validUntilMs: signedAtMs + WINDOW_MS };
}

/** Where `nowMs` stands in a window, in whole seconds; the caller owns the clock. */
export function describeValidity(window: ValidityWindow, nowMs: number): ValidityState {
  if (!Number.isFinite(nowMs)) throw new RangeError('describeValidity: nowMs must be finite');

  if (nowMs < window.validFromMs) {
    return { state: 'not-yet', secondsUntilValid: Math.ceil((window.validFromMs - nowMs) / 1000) };
  }
  if (nowMs <= window.validUntilMs) {
    return { state: 'valid', secondsLeft: Math.floor((window.validUntilMs - nowMs) / 1000) };
  }
  return { state: 'expired', secondsAgo: Math.floor((nowMs - window.validUntilMs) / 1000) };
}

/** The end of the window as the page shows it, in the x-date layout (GMT). */
export function formatValidUntil(window: ValidityWindow): string {
  return formatXDate(window.validUntilMs);
}
