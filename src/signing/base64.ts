import { base64 } from '@scure/base';

/**
 * Standard Base64 with padding (RFC 4648 §4), the encoding the gateway expects for the
 * signature and for Content-MD5.
 */
export function encodeBase64(bytes: Uint8Array): string {
  if (!ArrayBuffer.isView(bytes)) throw new TypeError('encodeBase64: bytes must be a Uint8Array');
  return base64.encode(bytes);
}
