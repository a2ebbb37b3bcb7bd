import type { ParseResult } from './paste-types';

/** Something wrong in an Authorization header, at a column of its value (from 1). */
export interface AuthorizationIssue {
  readonly message: string;
  readonly column: number;
}

/** An Authorization header read leniently, with everything that departs from spec §1.4. */
export interface ParsedAuthorization {
  readonly scheme: string;
  readonly id?: string;
  readonly algorithm?: string;
  /** The signed header names as listed, read past commas so that diagnosis can go on. */
  readonly headerNames: readonly string[];
  readonly signature?: string;
  readonly issues: readonly AuthorizationIssue[];
}

interface Parameter {
  readonly name: string;
  readonly value: string;
  readonly column: number;
  readonly valueColumn: number;
}

const KNOWN = ['id', 'algorithm', 'headers', 'signature'];

const EMPTY_MEANS: Readonly<Record<string, string>> = {
  id: 'expected the ApiAppKey; the gateway answers "HMAC id or signature missing"',
  algorithm: 'expected hmac-sha1 or hmac-sha256',
  headers: 'expected the signed header names, at least x-date',
  signature: 'expected the Base64 HMAC; the gateway answers "HMAC id or signature missing"',
};
const ALGORITHMS = ['hmac-sha1', 'hmac-sha256', 'hmac-sha384', 'hmac-sha512'];

/**
 * Reads `hmac id="…", algorithm="…", headers="…", signature="…"` (spec §1.4). It reads on past
 * mistakes, so that one slip does not hide the rest, and names each with its column: the
 * scheme, unknown, repeated or missing parameters, unquoted values, missing commas, and a
 * headers list that is not lower-case names separated by single spaces.
 */
export function parseAuthorization(value: string): ParseResult<ParsedAuthorization> {
  if (typeof value !== 'string') throw new TypeError('parseAuthorization: value must be a string');

  const text = value.trim();
  const offset = value.indexOf(text) + 1;
  if (text === '') {
    return {
      ok: false,
      error: {
        message:
          'The Authorization header is empty: expected hmac id="…", algorithm="…", headers="…", signature="…".',
      },
    };
  }

  const issues: AuthorizationIssue[] = [];
  const scheme = /^\S+/.exec(text)?.[0] ?? '';
  if (scheme !== 'hmac') {
    issues.push({
      message:
        scheme.toLowerCase() === 'hmac'
          ? `The scheme is written "${scheme}"; the gateway's documentation writes it hmac, in lower case.`
          : `Expected the scheme hmac at the start, found "${scheme}".`,
      column: offset,
    });
  }

  const parameters = readParameters(text, scheme.length, issues);
  if (parameters.length === 0) {
    return {
      ok: false,
      error: {
        message: `No parameters after "${scheme}": expected id="…", algorithm="…", headers="…", signature="…".`,
        position: { line: 1, column: offset + scheme.length },
      },
    };
  }
  const byName = checkParameters(parameters, issues);
  const headers = byName.get('headers');
  const headerNames = headers ? readHeaderList(headers, issues) : [];

  return {
    ok: true,
    value: {
      scheme,
      ...optional('id', byName.get('id')?.value),
      ...optional('algorithm', byName.get('algorithm')?.value),
      headerNames,
      // An empty signature is no signature: the gateway answers "id or signature missing".
      ...optional('signature', byName.get('signature')?.value || undefined),
      issues: issues.map((issue) => ({ ...issue, column: issue.column + offset - 1 })),
    },
  };
}

function readParameters(text: string, start: number, issues: AuthorizationIssue[]): Parameter[] {
  const parameters: Parameter[] = [];
  let i = start;
  const skipSpaces = () => {
    while (text[i] === ' ' || text[i] === '\t') i++;
  };

  skipSpaces();
  while (i < text.length) {
    const name = /^[A-Za-z][\w-]*/.exec(text.slice(i))?.[0];
    if (name === undefined) {
      issues.push({
        message: `Expected a parameter name such as signature at column ${i + 1}, found "${text.slice(i, i + 12)}".`,
        column: i + 1,
      });
      break;
    }
    const column = i + 1;
    i += name.length;
    skipSpaces();
    if (text[i] !== '=') {
      issues.push({ message: `Expected = after ${name} at column ${i + 1}.`, column: i + 1 });
      break;
    }
    i++;
    skipSpaces();
    const read = readValue(text, i, name, issues);
    // The value's first character, inside its quote when it has one.
    const valueColumn = text[i] === '"' ? i + 2 : i + 1;
    parameters.push({ name, value: read.value, column, valueColumn });
    i = read.end;
    skipSpaces();
    if (i >= text.length) break;
    if (text[i] === ',') i++;
    else
      issues.push({
        message: `Expected a comma before column ${i + 1}, after ${name}="…".`,
        column: i + 1,
      });
    skipSpaces();
  }
  return parameters;
}

function readValue(text: string, start: number, name: string, issues: AuthorizationIssue[]) {
  if (text[start] === '"') {
    const close = text.indexOf('"', start + 1);
    if (close === -1) {
      issues.push({
        message: `The quote opened at column ${start + 1} for ${name} is never closed.`,
        column: start + 1,
      });
      return { value: text.slice(start + 1), end: text.length };
    }
    return { value: text.slice(start + 1, close), end: close + 1 };
  }
  const value = /^[^,\s]*/.exec(text.slice(start))?.[0] ?? '';
  issues.push({
    message: `The value of ${name} at column ${start + 1} is not in double quotes: expected ${name}="${value}".`,
    column: start + 1,
  });
  return { value, end: start + value.length };
}

function checkParameters(parameters: readonly Parameter[], issues: AuthorizationIssue[]) {
  const byName = new Map<string, Parameter>();
  for (const parameter of parameters) {
    const known = KNOWN.includes(parameter.name);
    if (!known) {
      const hint = KNOWN.find((name) => name === parameter.name.toLowerCase());
      issues.push({
        message: hint
          ? `Parameter names are lower case: expected ${hint}, found ${parameter.name}.`
          : `Unknown parameter ${parameter.name}: expected only id, algorithm, headers and signature.`,
        column: parameter.column,
      });
    } else if (byName.has(parameter.name)) {
      issues.push({ message: `${parameter.name} is given twice.`, column: parameter.column });
    } else byName.set(parameter.name, parameter);
  }

  for (const name of KNOWN) {
    const given = byName.get(name);
    if (given?.value === '') {
      issues.push({
        message: `${name}="" is empty: ${EMPTY_MEANS[name] ?? 'expected a value'}.`,
        column: given.valueColumn,
      });
    } else if (!given)
      issues.push({
        message: `${name}="…" is missing${name === 'id' || name === 'signature' ? ': the gateway answers "HMAC id or signature missing"' : ''}.`,
        column: 1,
      });
  }
  const algorithm = byName.get('algorithm');
  if (algorithm && !ALGORITHMS.includes(algorithm.value)) {
    issues.push({
      message: `algorithm="${algorithm.value}" is not one the gateway names: expected hmac-sha1 or hmac-sha256, in lower case.`,
      column: algorithm.valueColumn,
    });
  }
  return byName;
}

function readHeaderList(parameter: Parameter, issues: AuthorizationIssue[]): string[] {
  const list = parameter.value;
  const comma = list.indexOf(',');
  if (comma !== -1) {
    issues.push({
      message: `The headers list is separated by commas ("${list}"): expected single spaces, as in headers="${list
        .split(/[\s,]+/)
        .filter(Boolean)
        .join(' ')}".`,
      column: parameter.valueColumn + comma,
    });
  } else if (/^ | $| {2}|\t/.test(list)) {
    issues.push({
      message: `The headers list has extra spaces ("${list}"): expected names separated by single spaces.`,
      column: parameter.valueColumn,
    });
  }
  const names = list.split(/[\s,]+/).filter(Boolean);
  if (names.some((name) => name !== name.toLowerCase())) {
    issues.push({
      message: `The headers list names are not all lower case ("${list}").`,
      column: parameter.valueColumn,
    });
  }
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined)
    issues.push({
      message: `${repeated} is listed twice in headers.`,
      column: parameter.valueColumn,
    });
  return names;
}

function optional<K extends string>(key: K, value: string | undefined) {
  return (value === undefined ? {} : { [key]: value }) as Partial<Record<K, string>>;
}
