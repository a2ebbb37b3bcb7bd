import { createHash, createHmac } from 'node:crypto';
import { decodeHeaderValue, type ReceivedRequest } from './raw-listener';

export interface VerifierOptions {
  readonly md5: 'hex' | 'raw';
  readonly values: 'decoded' | 'raw';
  readonly stripStage: boolean;
}

export interface Verification {
  readonly signingString: string;
  readonly expectedSignature: string;
  readonly sentSignature: string | undefined;
  readonly problems: readonly string[];
}

/**
 * Checks a received request's Authorization by the rules of the spec (app-auth.md §1), written
 * here apart from src/signing with node:crypto, the way a gateway would: from what arrived.
 */
export function verifyAppAuth(
  request: ReceivedRequest,
  secret: string,
  options: VerifierOptions,
): Verification {
  const problems: string[] = [];
  const header = (name: string) => {
    const found = request.headers.filter(([key]) => key.toLowerCase() === name);
    if (found.length > 1) problems.push(`${name} arrived ${found.length} times`);
    return found[0] === undefined ? undefined : decodeHeaderValue(found[0][1]);
  };

  const authorization = header('authorization') ?? '';
  const fields = new Map(
    [...authorization.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
  const algorithm = fields.get('algorithm') === 'hmac-sha256' ? 'sha256' : 'sha1';
  const names = (fields.get('headers') ?? '').split(' ');

  const headerLines = names.map((name) => {
    const value = header(name);
    if (value === undefined) problems.push(`signed header ${name} did not arrive`);
    return `${name}: ${value ?? ''}\n`;
  });
  const accept = header('accept') ?? '';
  const contentType = header('content-type') ?? '';
  const md5 = expectContentMd5(request.body, contentType, options.md5);
  if ((header('content-md5') ?? '') !== md5) problems.push('Content-MD5 does not match the body');

  const lines = [
    request.method,
    accept,
    contentType,
    md5,
    pathAndParameters(request, contentType, options),
  ];
  const signingString = headerLines.join('') + lines.join('\n');
  const expectedSignature = createHmac(algorithm, secret).update(signingString).digest('base64');
  return { signingString, expectedSignature, sentSignature: fields.get('signature'), problems };
}

function isForm(contentType: string): boolean {
  return contentType.split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded';
}

function expectContentMd5(body: Buffer, contentType: string, encoding: 'hex' | 'raw'): string {
  if (body.length === 0 || isForm(contentType)) return '';
  const digest = createHash('md5').update(body);
  return encoding === 'raw'
    ? digest.digest('base64')
    : Buffer.from(digest.digest('hex')).toString('base64');
}

function pathAndParameters(
  request: ReceivedRequest,
  contentType: string,
  options: VerifierOptions,
) {
  // Kept as Latin-1 text, one character per byte, until each part is decoded as UTF-8.
  const target = request.target;
  const at = target.indexOf('?');
  let path = at === -1 ? target : target.slice(0, at);
  const query = at === -1 ? '' : target.slice(at + 1);
  if (options.stripStage) {
    const stage = /^\/(release|prepub|test)(?=\/|$)/.exec(path);
    if (stage) path = path.slice(stage[0].length) || '/';
  }

  const form = isForm(contentType) ? request.body.toString('latin1') : '';
  const read = options.values === 'raw' ? decodeHeaderValue : decode;
  const pairs = [...split(query), ...split(form)].map(([key, value]) => [read(key), read(value)]);
  const bytes = (text = '') => Buffer.from(text, 'utf8');
  pairs.sort(
    (a, b) => Buffer.compare(bytes(a[0]), bytes(b[0])) || Buffer.compare(bytes(a[1]), bytes(b[1])),
  );
  const joined = pairs.map(([key, value]) => (value === '' ? key : `${key}=${value}`)).join('&');
  const signedPath = decodeHeaderValue(path) || '/';
  return joined === '' ? signedPath : `${signedPath}?${joined}`;
}

function split(text: string): [string, string][] {
  return text
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const at = part.indexOf('=');
      return at === -1 ? [part, ''] : [part.slice(0, at), part.slice(at + 1)];
    });
}

/** Percent-decodes Latin-1 text (one character per byte) and reads the bytes as UTF-8. */
function decode(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  if (/%(?![0-9A-Fa-f]{2})/.test(spaced)) return decodeHeaderValue(text);
  const unescaped = spaced.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(unescaped, 'latin1'));
  } catch {
    return decodeHeaderValue(text);
  }
}
