const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The first lone surrogate in a text, as `U+D800`, or undefined. Such a UTF-16 unit has no
 * UTF-8 form (RFC 3629 §3): TextEncoder, and with it every HMAC and MD5 here, writes U+FFFD in
 * its place, and encodeURIComponent throws on it.
 */
export function findLoneSurrogate(text: string): string | undefined {
  if (typeof text !== 'string') throw new TypeError('findLoneSurrogate: text must be a string');
  const found = LONE_SURROGATE.exec(text)?.[0];
  return found && `U+${found.charCodeAt(0).toString(16).toUpperCase()}`;
}
