import { decodeSignature } from './decode-signature';
import type { Finding } from './finding';
import type { ParsedAuthorization } from './parse-authorization';
import type { ParsedRequest } from './paste-types';

const HMAC_SIZES: Readonly<Record<number, string>> = {
  20: 'hmac-sha1',
  32: 'hmac-sha256',
  48: 'hmac-sha384',
  64: 'hmac-sha512',
};

const ENCODINGS = {
  hex: 'hexadecimal text',
  'base64-unpadded': 'Base64 without its = padding',
  base64url: 'base64url (with - and _)',
  'url-encoded-base64': 'Base64 percent-encoded as in a URL',
} as const;

/**
 * Checks the Authorization header of a request (spec §1.4 and §1.7): its syntax, that the
 * headers it lists are sent exactly once with x-date among them, and that the signature is
 * standard Base64 of the size the declared algorithm gives.
 */
export function checkAuthorization(request: ParsedRequest, parsed: ParsedAuthorization): Finding[] {
  const findings: Finding[] = parsed.issues.map((issue) => ({
    cause: 'auth-syntax',
    source: 'request',
    sentence: `Authorization, column ${issue.column}: ${issue.message}`,
  }));
  findings.push(...checkHeaderList(request, parsed.headerNames));
  if (parsed.signature !== undefined)
    findings.push(...checkSignature(parsed.signature, parsed.algorithm));
  return findings;
}

function checkHeaderList(request: ParsedRequest, names: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const add = (sentence: string) =>
    findings.push({ cause: 'header-list-mismatch', source: 'request', sentence });
  const lower = names.map((name) => name.toLowerCase());

  if (names.length > 0 && !lower.includes('x-date')) {
    add(`headers="${names.join(' ')}" does not list x-date, which is always signed.`);
  }
  for (const name of new Set(lower)) {
    const count = request.headers.filter((header) => header.name.toLowerCase() === name).length;
    if (count === 0) {
      add(
        `headers="…" lists ${name}, but the request sends no ${name} header; the gateway answers "a valid ${name} header is required".`,
      );
    } else if (count > 1) {
      add(
        `The signed header ${name} is sent ${count} times; the gateway answers "HMAC do not support multiple HTTP header".`,
      );
    }
  }
  return findings;
}

function checkSignature(signature: string, algorithm: string | undefined): Finding[] {
  const decoded = decodeSignature(signature);
  const findings: Finding[] = [];
  if (decoded.encoding === 'unknown') {
    return [
      {
        cause: 'signature-encoding',
        source: 'request',
        sentence: `The signature "${signature}" is neither Base64 nor hex, so it cannot be an HMAC as written.`,
      },
    ];
  }
  if (decoded.encoding !== 'base64') {
    findings.push({
      cause: 'signature-encoding',
      source: 'request',
      sentence: `The signature is written as ${ENCODINGS[decoded.encoding]}; the gateway reads standard Base64 with padding.`,
    });
  }

  const size = decoded.bytes?.length ?? 0;
  const sizeAlgorithm = HMAC_SIZES[size];
  if (
    algorithm !== undefined &&
    sizeAlgorithm !== undefined &&
    sizeAlgorithm !== algorithm &&
    Object.values(HMAC_SIZES).includes(algorithm)
  ) {
    findings.push({
      cause: 'algorithm-mismatch',
      source: 'request',
      sentence: `The signature has ${size} bytes, the size of ${sizeAlgorithm}, but algorithm="${algorithm}" is declared.`,
    });
  }
  return findings;
}
