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

  const digest = md5(body);
  const hex = new TextEncoder().encode(bytesToHex(digest));
  return encodeBase64(encoding === 'hex' ? hex : digest);
}
