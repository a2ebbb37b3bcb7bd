import { requireString } from './require-argument';

// An unpaired UTF-16 surrogate has no UTF-8 form (RFC 3629 §3): TextEncoder, and with it every
// HMAC and MD5 here, writes U+FFFD in its place.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** The first unpaired UTF-16 surrogate in a text, as `U+D800`, or undefined. */
export function findLoneSurrogate(text: string): string | undefined {
  requireString(text, 'findLoneSurrogate: text');
  const found = LONE_SURROGATE.exec(text)?.[0];
  return found && `U+${found.charCodeAt(0).toString(16).toUpperCase()}`;
}

/**
 * Replaces each unpaired UTF-16 surrogate by U+FFFD, which is what UTF-8 encoding makes of it:
 * text must be sorted and written as the bytes the gateway receives, not as the text typed.
 */
export function toWellFormed(text: string): string {
  requireString(text, 'toWellFormed: text');
  return text.replace(LONE_SURROGATES, '\uFFFD');
}
