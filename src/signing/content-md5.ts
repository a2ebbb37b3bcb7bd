import { md5 } from '@noble/hashes/legacy.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { encodeBase64 } from './base64';
import type { Md5Encoding } from './types';
import { requireString } from './require-argument';

const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded';

/**
 * Whether a Content-Type names a form body, whatever parameters such as `charset` follow the
 * media type (spec §1.2 step 2). Media types are case-insensitive (RFC 9110 §8.3.1).
 */
export function isFormContentType(contentType: string): boolean {
  requireString(contentType, 'isFormContentType: contentType');
  const mediaType = contentType.split(';')[0] ?? '';
  return mediaType.trim().toLowerCase() === FORM_MEDIA_TYPE;
}

/**
 * The Content-MD5 value signed and sent for a body (spec §1.3): Base64 of the 32-character
 * lower-case hex digest by default, as every official sample does; Base64 of the raw 16-byte
 * digest (RFC 1864) under the `raw` variant.
 */
export function computeContentMd5(body: Uint8Array, encoding: Md5Encoding): string {
  if (!ArrayBuffer.isView(body)) {
    throw new TypeError('computeContentMd5: body must be a Uint8Array');
  }
  if (encoding !== 'hex' && encoding !== 'raw') {
    throw new RangeError(`computeContentMd5: encoding must be "hex" or "raw", got ${encoding}`);
  }

  return formatContentMd5(md5(body), encoding);
}

/**
 * Writes an MD5 digest (RFC 1321) as the Content-MD5 value: Base64 of its 32-character
 * lower-case hex form by default, Base64 of the 16 raw bytes under the `raw` variant. Lets a
 * caller that hashed the body elsewhere (a Web Worker, for a large body) format the result.
 */
export function formatContentMd5(digest: Uint8Array, encoding: Md5Encoding): string {
  if (!ArrayBuffer.isView(digest) || digest.length !== 16) {
    throw new TypeError('formatContentMd5: digest must be a 16-byte Uint8Array');
  }
  if (encoding !== 'hex' && encoding !== 'raw') {
    throw new RangeError(`formatContentMd5: encoding must be "hex" or "raw", got ${encoding}`);
  }

  const hex = new TextEncoder().encode(bytesToHex(digest));
  return encodeBase64(encoding === 'hex' ? hex : digest);
}
