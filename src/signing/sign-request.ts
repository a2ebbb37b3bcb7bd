import { formatAuthorization } from './authorization';
import { encodeBase64 } from './base64';
import { buildHeadersToSend, type HeaderToSend } from './headers-to-send';
import { signHmac } from './hmac';
import type { SigningLines } from './signing-lines';
import { joinSigningLines } from './signing-lines';
import type { Algorithm } from './types';
import { requireArray, requireObject, requireString } from './require-argument';

export interface SignedRequest {
  readonly signingString: string;
  /** Standard Base64 of the HMAC. */
  readonly signature: string;
  /** The Authorization header's value. */
  readonly authorization: string;
  readonly headers: readonly HeaderToSend[];
}

export interface SignParameters {
  readonly key: string;
  readonly secret: string;
  readonly algorithm: Algorithm;
}

/** Signs the lines built for a request: HMAC, Base64, Authorization and the headers to send. */
export async function signRequest(
  built: SigningLines,
  parameters: SignParameters,
): Promise<SignedRequest> {
  requireObject(built, 'signRequest: built');
  requireArray(built.lines, 'signRequest: built.lines');
  requireObject(parameters, 'signRequest: parameters');
  requireString(parameters.key, 'signRequest: parameters.key');

  const signingString = joinSigningLines(built.lines);
  const mac = await signHmac(parameters.algorithm, parameters.secret, signingString);
  const signature = encodeBase64(mac);

  const authorization = formatAuthorization({
    key: parameters.key,
    algorithm: parameters.algorithm,
    headerNames: built.signedHeaders.map((header) => header.name),
    signature,
  });
  const field = (kind: string) => built.lines.find((line) => line.kind === kind)?.value ?? '';
  const headers = buildHeadersToSend({
    host: built.target.host,
    accept: field('accept'),
    contentType: field('contentType'),
    contentMd5: built.contentMd5,
    signedHeaders: built.signedHeaders,
    authorization,
  });
  return { signingString, signature, authorization, headers };
}
