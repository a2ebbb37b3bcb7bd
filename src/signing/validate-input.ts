import { isHttpToken, trimHeaderValue } from './http-token';
import { parseRequestUrl } from './parse-url';
import { findLoneSurrogate } from './well-formed-text';
import type { Field, InputIssue, SigningInput } from './types';
import { parseXDate } from './x-date';
import { requireObject, requireSigningInput, requireString } from './require-argument';

const LINE_BREAK = /[\r\n]/;
const NUL = /\0/;
/** RFC 9112 §3: servers should accept request lines of at least 8000 octets; many stop there. */
const REQUEST_LINE_OCTETS = 8000;
const NOT_SIGNABLE_AS_EXTRA = new Set(['authorization', 'x-date']);
const OWN_LINE = new Set(['accept', 'content-type', 'content-md5']);

/** Credentials are checked apart from the request, since only the Authorization needs them. */
export interface Credentials {
  readonly key: string;
  readonly secret: string;
}

/**
 * Everything wrong or doubtful in a request as typed, each issue tied to its field. What a user
 * types is not exceptional, so this returns data; errors stop signing, warnings do not.
 */
export function validateInput(input: SigningInput, credentials: Credentials): InputIssue[] {
  requireSigningInput(input, 'validateInput: input');
  requireObject(credentials, 'validateInput: credentials');
  requireString(credentials.key, 'validateInput: credentials.key');
  requireString(credentials.secret, 'validateInput: credentials.secret');

  const issues: InputIssue[] = [];
  const error = (field: Field, message: string) =>
    issues.push({ field, severity: 'error', message });
  const warn = (field: Field, message: string) =>
    issues.push({ field, severity: 'warning', message });

  if (credentials.key.trim() === '')
    warn('key', 'Enter the ApiAppKey: it becomes id="…" in Authorization');
  if (/["\\\r\n\0]/.test(credentials.key))
    error('key', 'The ApiAppKey cannot contain quotes, backslashes, line breaks or NUL characters');
  else if (findLoneSurrogate(credentials.key) !== undefined)
    error('key', 'The ApiAppKey has an unpaired UTF-16 surrogate, which cannot be sent');
  if (credentials.secret === '') error('secret', 'Enter the ApiAppSecret to compute the signature');
  else if (credentials.secret !== credentials.secret.trim()) {
    warn('secret', 'The secret starts or ends with white space, which is signed as part of it');
  }
  if (findLoneSurrogate(credentials.secret) !== undefined) {
    warn(
      'secret',
      'The secret has an unpaired UTF-16 surrogate; it is signed as U+FFFD (EF BF BD), so the key is not what was typed',
    );
  }

  if (!isHttpToken(input.method)) error('method', 'The method must be a word such as GET or POST');

  checkUrl(input.url, error, warn);

  checkHeaderValue('accept', 'Accept', input.accept, error, warn);
  checkHeaderValue('contentType', 'Content-Type', input.contentType, error, warn);
  checkXDate(input.xDate, error, warn);
  checkSignedHeaders(input, error, warn);

  if (input.body !== '' && /^(GET|HEAD)$/i.test(input.method.trim())) {
    warn(
      'body',
      `Many clients cannot send a body with ${input.method.trim().toUpperCase()} (fetch refuses, curl --head drops it); it is signed all the same`,
    );
  }
  if (NUL.test(input.body))
    warn('body', 'The body contains NUL characters; they are sent and hashed as the byte 0x00');
  if (findLoneSurrogate(input.body) !== undefined) {
    warn(
      'body',
      'The body has an unpaired UTF-16 surrogate; it is encoded as U+FFFD (EF BF BD) before hashing',
    );
  }
  return issues;
}

type Report = (field: Field, message: string) => void;

/**
 * Names what cannot travel in a header or a request line: a CR or LF would end the line and
 * start another (header injection), a NUL is refused by HTTP parsers (RFC 9110 §5.5), and an
 * unpaired surrogate has no UTF-8 form at all.
 */
function findUnsendable(text: string): string | undefined {
  if (LINE_BREAK.test(text)) return 'a line break (CR or LF)';
  if (NUL.test(text)) return 'a NUL character';
  if (findLoneSurrogate(text) !== undefined) return 'an unpaired UTF-16 surrogate';
  return undefined;
}

function checkUrl(text: string, error: Report, warn: Report) {
  const unsendable = findUnsendable(text) ?? (text.includes('\t') ? 'a tab' : undefined);
  if (unsendable) {
    error('url', `The URL cannot contain ${unsendable}; percent-encode it (%0A, %00, %09…)`);
    return;
  }
  const url = parseRequestUrl(text);
  if (!url.ok) {
    error('url', url.message);
    return;
  }

  if (text.includes('#')) warn('url', 'The #fragment is never sent, so it is not signed');
  if (/[^\x21-\x7e]/.test(text.trim())) {
    warn(
      'url',
      'Spaces or non-ASCII characters here are signed as typed; clients percent-encode them before sending',
    );
  }
  const { path, query } = url.target;
  const target = path.length + (query === '' ? 0 : query.length + 1);
  if (target > REQUEST_LINE_OCTETS) {
    warn(
      'url',
      `The path and query are ${target} characters long; HTTP (RFC 9112 §3) only asks servers to accept request lines of ${REQUEST_LINE_OCTETS} octets, so the gateway may refuse it (the spec states no limit)`,
    );
  }
}

function checkHeaderValue(field: Field, label: string, value: string, error: Report, warn: Report) {
  const unsendable = findUnsendable(value);
  if (unsendable) error(field, `${label} cannot contain ${unsendable}`);
  else if (/^[ \t]|[ \t]$/.test(value)) {
    warn(field, `HTTP strips the spaces around ${label}, so they are not signed`);
  }
}

function checkXDate(xDate: string, error: Report, warn: Report) {
  if (xDate.trim() === '') {
    warn('xDate', 'The gateway requires x-date: "a valid x-date header is required"');
    return;
  }
  checkHeaderValue('xDate', 'x-date', xDate, error, warn);
  if (parseXDate(xDate.trim()) === undefined) {
    warn(
      'xDate',
      'Not an RFC 1123 GMT date like "Mon, 02 Jan 2006 15:04:05 GMT"; signed as typed, but the gateway will refuse it',
    );
  }
}

/** The value a header already has on the wire apart from its signed line, where one is known. */
function sentValueOf(name: string, input: SigningInput): string | undefined {
  if (name === 'accept') return trimHeaderValue(input.accept);
  if (name === 'content-type') return trimHeaderValue(input.contentType);
  if (name === 'host') {
    const url = parseRequestUrl(input.url);
    return url.ok ? url.target.host : undefined;
  }
  return undefined;
}

function checkSignedHeaders(input: SigningInput, error: Report, warn: Report) {
  const seen = new Set(['x-date']);
  input.signedHeaders.forEach((header, index) => {
    const nameField: Field = `signedHeaders.${index}.name`;
    const valueField: Field = `signedHeaders.${index}.value`;
    const name = header.name.trim().toLowerCase();

    if (name === '') {
      if (header.value !== '') warn(nameField, 'Give this header a name, or it is left out');
      return;
    }
    const unsendable = findUnsendable(header.name);
    if (unsendable) {
      error(nameField, `A header name cannot contain ${unsendable}`);
    } else if (!isHttpToken(header.name.trim())) {
      error(
        nameField,
        "A header name is a single HTTP token: letters, digits and !#$%&'*+-.^_`|~, no spaces or colons",
      );
    } else if (NOT_SIGNABLE_AS_EXTRA.has(name)) {
      error(
        nameField,
        name === 'x-date'
          ? 'x-date is always signed; set it in the x-date field'
          : 'Authorization cannot sign itself',
      );
    } else if (seen.has(name)) {
      error(nameField, `${name} is already signed: the gateway refuses a header sent twice`);
    } else if (sentValueOf(name, input) !== undefined) {
      const sent = sentValueOf(name, input);
      if (sent !== trimHeaderValue(header.value)) {
        error(
          valueField,
          `${name} is sent once, as "${sent}": sign it with that value, or the gateway sees a header sent twice`,
        );
      }
    } else if (OWN_LINE.has(name)) {
      warn(
        nameField,
        `${name} also has its own line; the header is sent once, so both must carry the same value`,
      );
    }
    seen.add(name);
    checkHeaderValue(valueField, name, header.value, error, warn);
  });
}
