import { digestBody, type BodyDigest } from './body-digest';
import { formatContentMd5, isFormContentType } from './content-md5';
import { parseRequestUrl, type RequestTarget } from './parse-url';
import { buildPathAndParameters, type PathAndParameters } from './path-and-parameters';
import { collectSignedHeaders, formatHeaderLine, type SignedHeader } from './signed-headers';
import { trimHeaderValue } from './http-token';
import type { SigningInput, SigningOptions } from './types';
import { requireArray, requireOptions, requireSigningInput } from './require-argument';

export type LineKind = 'header' | 'method' | 'accept' | 'contentType' | 'contentMd5' | 'path';

/** One line of the signing string, with where its value came from. */
export interface SigningLine {
  readonly kind: LineKind;
  /** The header's name for header lines; the field's name otherwise. */
  readonly label: string;
  /** The value without its line end. */
  readonly value: string;
  /** A short sentence on where the value came from. */
  readonly reason: string;
  /** Where the spec is unsure, a sentence saying so (spec §6). */
  readonly doubt?: string;
}

export interface SigningLines {
  readonly target: RequestTarget;
  readonly lines: readonly SigningLine[];
  readonly signedHeaders: readonly SignedHeader[];
  readonly contentMd5: string;
  readonly pathAndParameters: PathAndParameters;
}

/**
 * Every line of the signing string for a request (spec §1.1), or undefined when the URL does
 * not parse. Call validateInput first to learn why. `bodyDigest`, when given, is the body's
 * MD5 computed elsewhere (a large body is hashed off the main thread); it must be that body's.
 */
export function buildSigningLines(
  input: SigningInput,
  options: SigningOptions,
  bodyDigest?: BodyDigest,
): SigningLines | undefined {
  requireSigningInput(input, 'buildSigningLines: input');
  requireOptions(options, 'buildSigningLines: options');
  if (bodyDigest !== undefined && bodyDigest.body !== input.body) {
    throw new RangeError('buildSigningLines: bodyDigest was computed for another body');
  }

  const url = parseRequestUrl(input.url);
  if (!url.ok) return undefined;

  const accept = trimHeaderValue(input.accept);
  const contentType = trimHeaderValue(input.contentType);
  const signedHeaders = collectSignedHeaders(input.xDate, input.signedHeaders);
  const pathAndParameters = buildPathAndParameters(url.target, contentType, input.body, options);
  const md5 = describeContentMd5(input.body, contentType, options, bodyDigest);

  const lines: SigningLine[] = [
    ...signedHeaders.map(describeHeader),
    describeMethod(input.method),
    describeField('accept', 'Accept', accept),
    describeContentType(contentType),
    md5.line,
    describePath(pathAndParameters, url.target.query),
  ];
  return {
    target: url.target,
    lines,
    signedHeaders,
    contentMd5: md5.line.value,
    pathAndParameters,
  };
}

/**
 * Joins the lines into the exact string that is signed: header lines each end in `\n`, the
 * five field lines are joined by `\n`, and nothing follows PathAndParameters.
 */
export function joinSigningLines(lines: readonly SigningLine[]): string {
  requireArray(lines, 'joinSigningLines: lines');
  const headers = lines.filter((line) => line.kind === 'header');
  const fields = lines.filter((line) => line.kind !== 'header');
  const headerBlock = headers.map((line) =>
    formatHeaderLine({ name: line.label, value: line.value }),
  );
  return headerBlock.join('') + fields.map((line) => line.value).join('\n');
}

function describeHeader(header: SignedHeader): SigningLine {
  const changes: string[] = [];
  if (header.typed.name !== header.name) changes.push('name lower-cased');
  if (header.typed.value !== header.value) changes.push('spaces around the value removed');
  const origin = header.name === 'x-date' ? 'x-date is always signed' : 'extra signed header';
  return {
    kind: 'header',
    label: header.name,
    value: header.value,
    reason: [origin, ...changes].join('; '),
  };
}

function describeMethod(method: string): SigningLine {
  const signed = method.toUpperCase();
  const reason = signed === method ? 'the HTTP method' : `typed ${method}, signed in upper case`;
  return { kind: 'method', label: 'HTTPMethod', value: signed, reason };
}

function describeField(kind: 'accept' | 'contentType', label: string, value: string): SigningLine {
  const reason =
    value === ''
      ? `no ${label}, so empty; send none, or an empty one: clients add a default on their own`
      : `the ${label} header exactly as sent`;
  return { kind, label, value, reason };
}

function describeContentType(contentType: string): SigningLine {
  const line = describeField('contentType', 'Content-Type', contentType);
  const hasParameters = contentType.includes(';');
  if (!(isFormContentType(contentType) && hasParameters)) return line;
  return {
    ...line,
    doubt:
      'A form type with parameters such as charset is taken as a form here; the spec leaves this open (§6)',
  };
}

function describeContentMd5(
  body: string,
  contentType: string,
  options: SigningOptions,
  bodyDigest: BodyDigest | undefined,
) {
  const label = 'Content-MD5';
  if (body === '') {
    return { line: { kind: 'contentMd5', label, value: '', reason: 'no body, so empty' } as const };
  }
  if (isFormContentType(contentType)) {
    const reason = 'form body, so empty: its parameters are signed in the path instead';
    return { line: { kind: 'contentMd5', label, value: '', reason } as const };
  }

  const digest = bodyDigest ?? digestBody(body);
  const value = formatContentMd5(digest.md5, options.md5Encoding);
  const size = `${digest.byteLength} ${digest.byteLength === 1 ? 'byte' : 'bytes'}`;
  const reason =
    options.md5Encoding === 'hex'
      ? `Base64 of the hex MD5 of ${size}`
      : `Base64 of the raw 16-byte MD5 digest of ${size} (variant)`;
  const doubt =
    'Which Content-MD5 encoding the gateway checks is unconfirmed (spec §6); its echo settles it';
  return { line: { kind: 'contentMd5', label, value, reason, doubt } as const };
}

function describePath(result: PathAndParameters, query: string): SigningLine {
  const parts: string[] = [];
  if (result.stageRemoved) parts.push(`stage ${result.stageRemoved} removed`);
  const total = result.queryCount + result.formCount;
  if (total === 0) parts.push('no parameters, so no ?');
  else {
    const counts = [
      result.queryCount ? `${result.queryCount} query` : '',
      result.formCount ? `${result.formCount} form` : '',
    ].filter(Boolean);
    parts.push(
      `${counts.join(' and ')} ${total === 1 ? 'parameter' : 'parameters'}, sorted by key`,
    );
  }
  for (const problem of result.decodeProblems)
    parts.push(`"${problem.text}" has a bad % escape, signed as sent`);

  const doubts: string[] = [];
  if (/%[0-9A-Fa-f]{2}/.test(result.value.split('?')[0] ?? '')) {
    doubts.push(
      'the path is signed with its % escapes as sent; whether the gateway decodes it is open (§6)',
    );
  }
  if (query.includes('+')) {
    doubts.push('+ in the query is read as a space, as in a form; unconfirmed (§6)');
  }
  const reason = parts.join('; ');
  return doubts.length === 0
    ? { kind: 'path', label: 'PathAndParameters', value: result.value, reason }
    : {
        kind: 'path',
        label: 'PathAndParameters',
        value: result.value,
        reason,
        doubt: capitalize(doubts.join('; ')),
      };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
