import { base64, base64nopad, base64url, base64urlnopad, hex } from '@scure/base';

/** How a client wrote its signature; only `base64` is what the gateway reads (spec §1.4). */
export type SignatureEncoding =
  'base64' | 'hex' | 'base64-unpadded' | 'base64url' | 'url-encoded-base64' | 'unknown';

export interface DecodedSignature {
  readonly encoding: SignatureEncoding;
  /** The HMAC bytes, when the text could be decoded. */
  readonly bytes?: Uint8Array;
}

// HMAC output sizes in bytes: SHA-1, SHA-256, SHA-384, SHA-512.
const HMAC_SIZES = [20, 32, 48, 64];

/**
 * Reads the signature a client sent, in whatever encoding it chose, so that its bytes can be
 * compared with the right HMAC: standard Base64 (RFC 4648 §4), hex, Base64 without padding,
 * base64url (§5), or Base64 percent-encoded as in a URL.
 */
export function decodeSignature(text: string): DecodedSignature {
  if (typeof text !== 'string') throw new TypeError('decodeSignature: text must be a string');

  if (/^[0-9a-fA-F]+$/.test(text) && HMAC_SIZES.includes(text.length / 2)) {
    return { encoding: 'hex', bytes: hex.decode(text.toLowerCase()) };
  }
  if (/%[0-9a-fA-F]{2}/.test(text)) {
    const inner = decodeSignature(safeDecode(text));
    return inner.bytes ? { encoding: 'url-encoded-base64', bytes: inner.bytes } : inner;
  }
  const attempts: [SignatureEncoding, (value: string) => Uint8Array][] = [
    ['base64', (value) => base64.decode(value)],
    ['base64-unpadded', (value) => base64nopad.decode(value)],
    ['base64url', (value) => base64url.decode(value)],
    ['base64url', (value) => base64urlnopad.decode(value)],
  ];
  for (const [encoding, decode] of attempts) {
    const bytes = tryDecode(decode, text);
    if (bytes) return { encoding, bytes };
  }
  return { encoding: 'unknown' };
}

function tryDecode(decode: (value: string) => Uint8Array, text: string): Uint8Array | undefined {
  try {
    return decode(text);
  } catch {
    return undefined;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
