import type { SigningLines } from '../signing/signing-lines';
import type { Algorithm, SigningOptions } from '../signing/types';
import type { ExportedRequest, HeaderField } from './exported-request';
import { toWellFormed } from '../signing/well-formed-text';

/** Everything a snippet hard-codes; x-date, Content-MD5 and the signature it computes itself. */
export interface SnippetRequest {
  readonly method: string;
  readonly url: string;
  /** Accept and Content-Type as signed: trimmed, possibly empty. */
  readonly accept: string;
  readonly contentType: string;
  readonly body: string;
  /** Signed headers besides x-date, names as typed (trimmed), values as signed. */
  readonly signedHeaders: readonly HeaderField[];
  readonly key: string;
  readonly algorithm: Algorithm;
  readonly options: SigningOptions;
  /** The ApiAppSecret, only when the user asks to embed it; otherwise read from the environment. */
  readonly secret?: string;
}

export interface SnippetCredentials {
  readonly key: string;
  readonly algorithm: Algorithm;
  readonly secret?: string;
}

/** The name of the environment variable every snippet reads the secret from. */
export const SECRET_VARIABLE = 'APIGW_APP_SECRET';

// A user name and password in a URL are never sent as typed: clients turn them into an
// Authorization: Basic header, which would replace the signature's. The signature covers neither.
const USERINFO = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)[^/?#]*@/;

/** The request a snippet sends, taken from the exported request and its signing lines. */
export function buildSnippetRequest(
  request: ExportedRequest,
  built: SigningLines,
  credentials: SnippetCredentials,
  options: SigningOptions,
): SnippetRequest {
  if (!Array.isArray(built.lines))
    throw new TypeError('buildSnippetRequest: built.lines must be an array');

  // A lone UTF-16 surrogate is signed as U+FFFD (UTF-8 of the text); code in another
  // language must hold the same character, and most cannot hold a lone surrogate at all.
  const field = (kind: string) => built.lines.find((line) => line.kind === kind)?.value ?? '';
  const signedHeaders = built.signedHeaders
    .filter((header) => header.name !== 'x-date')
    .map((header) => ({
      name: toWellFormed(header.typed.name.trim()),
      value: toWellFormed(header.value),
    }));
  return {
    method: request.method,
    url: request.url.replace(USERINFO, '$1'),
    accept: toWellFormed(field('accept')),
    contentType: toWellFormed(field('contentType')),
    body: toWellFormed(request.body),
    signedHeaders,
    key: credentials.key,
    algorithm: credentials.algorithm,
    options,
    ...(credentials.secret === undefined ? {} : { secret: toWellFormed(credentials.secret) }),
  };
}
