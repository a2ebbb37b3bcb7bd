import { ALGORITHMS, type Algorithm, type SigningInput } from '../signing/types';
import type { ParsedAuthorization } from './parse-authorization';
import type { ParsedRequest } from './paste-types';
import { findHeader } from './variant-context';

/** A pasted request in the shape the signing form takes, to go on experimenting with it. */
export interface SigningRequest {
  readonly input: SigningInput;
  readonly key: string;
  readonly algorithm: Algorithm;
}

/**
 * Turns a pasted request into what the signing form holds: the method in upper case, the
 * values the server receives, the headers listed in Authorization as extra signed headers,
 * and the key and algorithm the client declared (hmac-sha1 when it declared none the page
 * signs).
 */
export function toSigningRequest(
  request: ParsedRequest,
  authorization: ParsedAuthorization | undefined,
): SigningRequest {
  const value = (name: string) => findHeader(request, name)?.value ?? '';
  const listed = [...new Set((authorization?.headerNames ?? []).map((n) => n.toLowerCase()))];
  const signedHeaders = listed
    .filter((name) => name !== 'x-date')
    .flatMap((name) => {
      const header = findHeader(request, name);
      return header ? [{ name: header.name, value: header.value }] : [];
    });

  return {
    input: {
      method: request.method.toUpperCase(),
      url: request.url,
      accept: value('accept'),
      contentType: value('content-type'),
      body: request.body,
      xDate: value('x-date'),
      signedHeaders,
    },
    key: authorization?.id ?? '',
    algorithm: ALGORITHMS.find((name) => name === authorization?.algorithm) ?? 'hmac-sha1',
  };
}
