import { base64urlnopad } from '@scure/base';
import { deflateSync } from 'fflate';
import { SHARE_FORMAT, type SharedRequest } from './shared-request';

/**
 * Writes a shared request as `<format>.<payload>`. The payload is the format-1 array (see
 * readSharedRequest for its order) as JSON, UTF-8, DEFLATE (RFC 1951), then unpadded base64url
 * (RFC 4648 §5), which needs no escaping in a URL fragment. An array rather than an object
 * keeps the field names out of every link. The fields are picked one by one, so an object with
 * more in it (a form holding the secret) gives no more than these.
 */
export function encodeSharedRequest(request: SharedRequest): string {
  if (typeof request !== 'object' || request === null) {
    throw new TypeError('encodeSharedRequest: request must be an object');
  }

  // JSON.stringify writes an unpaired surrogate as a \u escape, so every string survives.
  const json = JSON.stringify([
    request.key,
    request.algorithm,
    request.method,
    request.url,
    request.accept,
    request.contentType,
    request.body,
    request.xDate,
    request.signedHeaders.map(({ name, value }) => [name, value]),
    [request.options.md5Encoding, request.options.parameterValues, request.options.removeStage],
  ]);
  const packed = deflateSync(new TextEncoder().encode(json), { level: 9 });
  return `${SHARE_FORMAT}.${base64urlnopad.encode(packed)}`;
}
