import { buildExportedRequest, type ExportedRequest } from '../../../src/export/exported-request';
import { buildSigningLines, type SigningLines } from '../../../src/signing/signing-lines';
import { signRequest } from '../../../src/signing/sign-request';
import type { AppAuthVector } from '../../support/vectors';
import type { VerifierOptions } from './verify-app-auth';

/** A vector's URL with its origin swapped for a local listener's; the path and query as typed. */
export function moveToOrigin(url: string, origin: string): string {
  return url.replace(/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*/, origin);
}

/** The path and query a client sends for a vector's URL: as typed, without the fragment. */
export function expectedTarget(url: string): string {
  const target = (moveToOrigin(url.trim(), '').split('#')[0] ?? '') || '/';
  return target.startsWith('?') ? `/${target}` : target;
}

export interface ExportedVector {
  readonly built: SigningLines;
  readonly request: ExportedRequest;
}

/** Signs a vector against a listener's origin and exports it, as the page would. */
export async function exportVector(vector: AppAuthVector, origin: string): Promise<ExportedVector> {
  const url = moveToOrigin(vector.input.url, origin);
  const built = buildSigningLines({ ...vector.input, url }, vector.options);
  if (!built) throw new Error(`${vector.name}: the URL did not parse`);
  const signed = await signRequest(built, {
    key: vector.key,
    secret: vector.secret,
    algorithm: vector.algorithm,
  });
  const exported = buildExportedRequest(url, vector.input.body, built, signed);
  if (!exported.ok) throw new Error(`${vector.name}: ${exported.problems.join('; ')}`);
  return { built, request: exported.request };
}

/** The vector's variant switches as the verifier names them. */
export function verifierOptions(vector: AppAuthVector): VerifierOptions {
  return {
    md5: vector.options.md5Encoding,
    values: vector.options.parameterValues,
    stripStage: vector.options.removeStage,
  };
}

/** The headers a client must send for a vector (spec §1.5), taken from vectors.json alone. */
export function expectedHeaders(vector: AppAuthVector): [string, string][] {
  const trim = (value: string) => value.replace(/^[ \t]+|[ \t]+$/g, '');
  const headers: [string, string][] = [['x-date', trim(vector.input.xDate)]];
  for (const { name, value } of vector.input.signedHeaders) {
    headers.push([name.trim().toLowerCase(), trim(value)]);
  }
  headers.push(['accept', trim(vector.input.accept)]);
  headers.push(['content-type', trim(vector.input.contentType)]);
  if (vector.expected.contentMD5 !== '') headers.push(['content-md5', vector.expected.contentMD5]);
  headers.push(['authorization', vector.expected.authorization]);
  return headers;
}
