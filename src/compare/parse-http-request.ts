import { isHttpToken, trimHeaderValue } from '../signing/http-token';
import { checkPaste } from './check-paste';
import { readHttpBody } from './read-http-body';
import type { ParsedRequest, ParseResult, PasteWarning, RequestHeader } from './paste-types';

const REQUEST_LINE = /^(\S+)[ \t]+(\S+)(?:[ \t]+(\S+))?[ \t]*$/;
const VERSION = /^HTTP\/1\.[01]$/;

// RFC 3986 §3.2.2 and §3.2.3: an IP literal in brackets or a reg-name, then an optional port.
// Anything else (`#`, `/`, `?`, `@`, a space) would move into the path once joined to a URL.
const HOST = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9\-._~!$&'()*+,;=%]+)(?::\d*)?$/;

/**
 * Reads a raw HTTP/1.1 request (RFC 9112): request line, header lines, a blank line, and the
 * body exactly as written. Line ends may be CRLF, as on the wire, or LF, as in most pastes.
 * A target in origin form (`/path`) is completed with the Host header and https, since the
 * scheme is not signed.
 */
export function parseHttpRequest(text: string): ParseResult<ParsedRequest> {
  const pasteError = checkPaste(text, 'a raw HTTP request');
  if (pasteError) return { ok: false, error: pasteError };

  // RFC 9112 §2.2: a server ignores empty lines before the request line.
  const start = /^(?:\r?\n)*/.exec(text)?.[0].length ?? 0;
  const lines = splitHead(text.slice(start));
  const firstLine = 1 + (text.slice(0, start).match(/\n/g)?.length ?? 0);

  const requestLine = readRequestLine(lines.head[0] ?? '', firstLine);
  if (!requestLine.ok) return requestLine;
  const headers = readHeaderLines(lines.head.slice(1), firstLine + 1);
  if (!headers.ok) return headers;

  const warnings: PasteWarning[] = [...requestLine.value.warnings];
  const url = buildUrl(requestLine.value.target, headers.value, warnings);
  if (!url.ok) return url;
  const body = readHttpBody(headers.value, lines.body);
  warnings.push(...body.warnings);
  return {
    ok: true,
    value: {
      format: 'http',
      method: requestLine.value.method,
      url: url.value,
      headers: headers.value,
      body: body.body,
      warnings,
      ...(body.doubt === undefined ? {} : { bodyDoubt: body.doubt }),
    },
  };
}

function splitHead(text: string): { head: string[]; body: string } {
  const blank = /\r?\n\r?\n/.exec(text);
  const headText = blank ? text.slice(0, blank.index) : text.replace(/\r?\n$/, '');
  const body = blank ? text.slice(blank.index + blank[0].length) : '';
  return { head: headText.split(/\r?\n/), body };
}

function readRequestLine(line: string, lineNumber: number) {
  const match = REQUEST_LINE.exec(line);
  const position = { line: lineNumber, column: 1 };
  if (!match) {
    return fail(
      `Expected a request line such as "GET /v1/ping HTTP/1.1", found "${clip(line)}".`,
      position,
    );
  }
  const [, method = '', target = '', version] = match;
  if (version === undefined) {
    return fail(
      `The request line "${clip(line)}" has no HTTP version: expected "${method} ${clip(target)} HTTP/1.1".`,
      { line: lineNumber, column: line.length + 1 },
    );
  }
  if (!isHttpToken(method)) {
    return fail(
      `"${clip(method)}" is not an HTTP method: expected a word such as GET or POST.`,
      position,
    );
  }
  const warnings: PasteWarning[] = [];
  if (!VERSION.test(version)) {
    const column = line.lastIndexOf(version) + 1;
    if (!/^HTTP\/[\d.]+$/.test(version)) {
      return fail(
        `Expected the version HTTP/1.1 at the end of the request line, found "${clip(version)}".`,
        {
          line: lineNumber,
          column,
        },
      );
    }
    warnings.push({
      message: `${version} is read as HTTP/1.1; signing does not depend on it.`,
      position: { line: lineNumber, column },
    });
  }
  return { ok: true as const, value: { method, target, warnings } };
}

function readHeaderLines(
  lines: readonly string[],
  firstLine: number,
): ParseResult<RequestHeader[]> {
  const headers: RequestHeader[] = [];
  for (const [index, line] of lines.entries()) {
    const position = { line: firstLine + index, column: 1 };
    const previous = headers.at(-1);
    if (/^[ \t]/.test(line) && previous) {
      // Obsolete line folding (RFC 9112 §5.2): the line continues the previous value.
      const written = `${previous.written} ${line.trim()}`;
      headers[headers.length - 1] = { ...previous, written, value: trimHeaderValue(written) };
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) {
      return fail(
        `Expected a header line "Name: value" at line ${position.line}, found "${clip(line)}". A blank line must separate the headers from the body.`,
        position,
      );
    }
    const name = line.slice(0, colon);
    if (!isHttpToken(name)) {
      return fail(
        `"${clip(name)}" at line ${position.line} is not a header name: expected letters, digits or -, with no space before the colon.`,
        position,
      );
    }
    const written = line.slice(colon + 1);
    headers.push({ name, value: trimHeaderValue(written), written, origin: 'pasted' });
  }
  return { ok: true, value: headers };
}

function buildUrl(
  target: string,
  headers: readonly RequestHeader[],
  warnings: PasteWarning[],
): ParseResult<string> {
  if (/^https?:\/\//i.test(target)) return { ok: true, value: target };
  if (!target.startsWith('/')) {
    return fail(
      `Expected the target to be a path starting with / or a full URL, found "${clip(target)}".`,
      { line: 1, column: 1 },
    );
  }
  const host = headers.find((header) => header.name.toLowerCase() === 'host')?.value;
  if (host === undefined || host === '') {
    warnings.push({
      message:
        'No Host header: the host is shown as host.invalid. The host is not signed, so the signature is unaffected.',
    });
    return { ok: true, value: `https://host.invalid${target}` };
  }
  if (!HOST.test(host)) {
    warnings.push({
      message: `The Host header "${clip(host)}" is not a host name with an optional port (RFC 9110 §7.2): the host is shown as host.invalid, and the path is read from the request line. The host is not signed.`,
    });
    return { ok: true, value: `https://host.invalid${target}` };
  }
  warnings.push({
    message:
      'A raw request does not say http or https; https is assumed. The scheme is not signed.',
  });
  return { ok: true, value: `https://${host}${target}` };
}

function fail(message: string, position: { line: number; column: number }) {
  return { ok: false as const, error: { message, position } };
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
