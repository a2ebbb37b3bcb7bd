import { md5 } from '@noble/hashes/legacy.js';
import { requireString } from './require-argument';

/** The MD5 of a body's UTF-8 bytes, with the body it was computed from. */
export interface BodyDigest {
  /** The body text hashed; a digest applies to this text only. */
  readonly body: string;
  /** MD5 (RFC 1321) of the body's UTF-8 bytes. */
  readonly md5: Uint8Array;
  /** How many UTF-8 bytes were hashed. */
  readonly byteLength: number;
}

/**
 * Hashes a body as it is sent: its UTF-8 bytes (an unpaired surrogate becomes U+FFFD, as
 * TextEncoder writes it). MD5 is weak, but Content-MD5 (RFC 1864) names it, and the gateway
 * signs it. A large body is hashed in a Web Worker through this same function.
 */
export function digestBody(body: string): BodyDigest {
  requireString(body, 'digestBody: body');

  const bytes = new TextEncoder().encode(body);
  return { body, md5: md5(bytes), byteLength: bytes.length };
}
