import { isHttpToken } from './http-token';
import { parseRequestUrl } from './parse-url';
import type { Field, InputIssue, SigningInput } from './types';
import { parseXDate } from './x-date';
import { requireObject, requireSigningInput, requireString } from './require-argument';

const LINE_BREAK = /[\r\n]/;
const NUL = /\0/;
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
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
  if (/["\\\r\n]/.test(credentials.key))
    error('key', 'The ApiAppKey cannot contain quotes, backslashes or line breaks');
  if (credentials.secret === '') error('secret', 'Enter the ApiAppSecret to compute the signature');
  else if (credentials.secret !== credentials.secret.trim()) {
    warn('secret', 'The secret starts or ends with white space, which is signed as part of it');
  }

  if (!isHttpToken(input.method)) error('method', 'The method must be a word such as GET or POST');

  const url = parseRequestUrl(input.url);
  if (!url.ok) error('url', url.message);
  else {
    if (input.url.includes('#')) warn('url', 'The #fragment is never sent, so it is not signed');
    if (/[^\x21-\x7e]/.test(input.url.trim())) {
      warn(
        'url',
        'Spaces or non-ASCII characters here are signed as typed; clients percent-encode them before sending',
      );
    }
  }

  checkHeaderValue('accept', 'Accept', input.accept, error, warn);
  checkHeaderValue('contentType', 'Content-Type', input.contentType, error, warn);
  checkXDate(input.xDate, error, warn);
  checkSignedHeaders(input, error, warn);

  if (NUL.test(input.body))
    warn('body', 'The body contains NUL characters; they are sent and hashed as the byte 0x00');
  if (UNPAIRED_SURROGATE.test(input.body)) {
    warn(
      'body',
      'The body has an unpaired UTF-16 surrogate; it is encoded as U+FFFD (EF BF BD) before hashing',
    );
  }
  return issues;
}

type Report = (field: Field, message: string) => void;

function checkHeaderValue(field: Field, label: string, value: string, error: Report, warn: Report) {
  if (LINE_BREAK.test(value)) error(field, `${label} cannot contain a line break (CR or LF)`);
  else if (NUL.test(value)) error(field, `${label} cannot contain a NUL character`);
  else if (UNPAIRED_SURROGATE.test(value))
    error(field, `${label} has an unpaired UTF-16 surrogate`);
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
    if (!isHttpToken(header.name.trim())) {
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
