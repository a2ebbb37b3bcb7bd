import type { Algorithm } from './types';
import { requireString } from './require-argument';

/** A Web Crypto failure, with the browser's error as `cause`. */
export class SigningCryptoError extends Error {
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = 'SigningCryptoError';
  }
}

// SHA-1 because the gateway's default algorithm, and every official sample, uses it.
const HASHES: Record<Algorithm, string> = { 'hmac-sha1': 'SHA-1', 'hmac-sha256': 'SHA-256' };

/**
 * HMAC (RFC 2104) of a message under a secret, both taken as UTF-8, through Web Crypto.
 * Web Crypto exists only in a secure context (https or localhost); elsewhere this rejects with
 * a SigningCryptoError.
 */
export async function signHmac(
  algorithm: Algorithm,
  secret: string,
  message: string,
): Promise<Uint8Array> {
  if (!Object.hasOwn(HASHES, algorithm)) {
    throw new RangeError(`signHmac: unknown algorithm ${String(algorithm)}`);
  }
  requireString(secret, 'signHmac: secret');
  requireString(message, 'signHmac: message');
  if (secret === '') throw new RangeError('signHmac: secret must not be empty');

  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    throw new SigningCryptoError(
      'Web Crypto is unavailable: open the page over https or localhost',
      {
        cause: undefined,
      },
    );
  }

  // Uint8Array views, never bare ArrayBuffers: under jsdom a buffer from another realm is refused.
  const encoder = new TextEncoder();
  try {
    const hash = { name: 'HMAC', hash: HASHES[algorithm] };
    const key = await subtle.importKey('raw', encoder.encode(secret), hash, false, ['sign']);
    const signature = await subtle.sign('HMAC', key, encoder.encode(message));
    return new Uint8Array(signature);
  } catch (error) {
    throw new SigningCryptoError(`Web Crypto could not compute ${algorithm}`, { cause: error });
  }
}
