import type { SignedRequest } from '../signing/sign-request';
import type { SigningLines } from '../signing/signing-lines';

/** A header a command or snippet sends explicitly, with the value that was signed. */
export interface HeaderField {
  readonly name: string;
  readonly value: string;
}

/** The request a command must deliver, byte for byte, to match what was signed. */
export interface ExportedRequest {
  /** The method as signed, in upper case. */
  readonly method: string;
  /** The URL as typed, without the #fragment a client never sends. */
  readonly url: string;
  /** Every header the client sets itself; Host is left to the client, which takes it from the URL. */
  readonly headers: readonly HeaderField[];
  readonly body: string;
}

export type ExportResult =
  | { readonly ok: true; readonly request: ExportedRequest }
  | { readonly ok: false; readonly problems: readonly string[] };

// curl refuses white space and control characters in a URL (exit code 3).
const UNSENDABLE_IN_URL = /[\x00-\x20\x7f]/;

/**
 * The request to export for a signed one: the signed method, the URL as typed, the headers of
 * spec §1.5 with exactly the signed values, and the body. Returns problems instead when no
 * client could send what was signed.
 */
export function buildExportedRequest(
  url: string,
  body: string,
  built: SigningLines,
  signed: SignedRequest,
): ExportResult {
  if (typeof url !== 'string') throw new TypeError('buildExportedRequest: url must be a string');
  if (typeof body !== 'string') throw new TypeError('buildExportedRequest: body must be a string');

  const target = url.trim().split('#')[0] ?? '';
  const problems = findUrlProblems(target, built.target.path);
  const headers = collectHeaders(built, signed, problems);
  if (problems.length > 0) return { ok: false, problems };

  const method = built.lines.find((line) => line.kind === 'method')?.value ?? '';
  return { ok: true, request: { method, url: target, headers, body } };
}

function findUrlProblems(url: string, path: string): string[] {
  const problems: string[] = [];
  if (UNSENDABLE_IN_URL.test(url)) {
    problems.push(
      'The URL contains spaces or control characters, which no client sends as they are: ' +
        'percent-encode them (a space is %20) so that what is signed is what is sent',
    );
  }
  // Clients percent-encode such characters in the path, so the gateway would sign another path;
  // in the query they are decoded before signing, so either form signs the same.
  if (/[^\x00-\x7f]/.test(path)) {
    problems.push(
      'The path contains non-ASCII characters, which clients percent-encode before sending, ' +
        'so the gateway would sign another path: percent-encode them in the URL',
    );
  }
  return problems;
}

function collectHeaders(built: SigningLines, signed: SignedRequest, problems: string[]) {
  const signedNames = new Set(built.signedHeaders.map((header) => header.name));
  const headers: HeaderField[] = [];
  const seen = new Map<string, string>();

  for (const { name, value } of signed.headers) {
    const key = name.toLowerCase();
    if (key === 'host' && !signedNames.has('host')) continue;
    const earlier = seen.get(key);
    if (earlier === value) continue;
    if (earlier !== undefined) {
      problems.push(
        `${name} would be sent twice, as "${earlier}" and as "${value}": ` +
          'the gateway refuses a signed header sent twice, so give both the same value',
      );
      continue;
    }
    seen.set(key, value);
    headers.push({ name, value });
  }
  return headers;
}
