import { trimHeaderValue } from '../signing/http-token';
import { applyCurlOption, setUrl } from './apply-curl-option';
import { checkPaste } from './check-paste';
import { findLoneSurrogate } from '../signing/well-formed-text';
import { createCurlState, type CurlState } from './curl-state';
import type { ParsedRequest, ParseResult, RequestHeader } from './paste-types';
import { splitCurlOptions } from './split-curl-options';
import { tokenizeShell } from './tokenize-shell';

const SHELL_OPERATORS = new Set(['|', '||', '&&', ';', '&', '>', '>>', '<', '2>&1']);

// What curl 8 sends by itself when the command does not say otherwise.
const CURL_USER_AGENT = 'curl/8.x';
const CURL_ACCEPT_ENCODING = 'deflate, gzip, br, zstd';
const FORM = 'application/x-www-form-urlencoded';

/**
 * Reads a curl command in bash syntax, as typed or as devtools' "Copy as cURL (bash)" writes
 * it, into the request curl would send: its method, URL, headers (with those curl adds on its
 * own, such as `Accept: *\/*`), and body. Unknown options are reported, not fatal.
 */
export function parseCurl(text: string): ParseResult<ParsedRequest> {
  const pasteError = checkPaste(text, 'a curl command');
  if (pasteError) return { ok: false, error: pasteError };
  if (/\^"/.test(text)) {
    return {
      ok: false,
      error: {
        message:
          'This is the Windows cmd form of curl (with ^" escapes). Expected bash syntax: use "Copy as cURL (bash)" in devtools.',
      },
    };
  }

  const tokens = tokenizeShell(text.trim().replace(/^\$ /, ''));
  if (!tokens.ok) return tokens;
  const [first, ...rest] = tokens.value;
  if (first !== 'curl' && first !== 'curl.exe') {
    return {
      ok: false,
      error: {
        message: `Expected the command to start with curl, found "${first ?? ''}".`,
        position: { line: 1, column: 1 },
      },
    };
  }

  const state = readCurlWords(rest);
  warnOfSurrogates(rest, state);
  if (state.url === undefined) {
    return {
      ok: false,
      error: {
        message:
          'No URL found: expected one after curl, such as curl https://service-….apigateway.myqcloud.com/release/path. Is the command cut off?',
      },
    };
  }
  return { ok: true, value: finishRequest(state, state.url) };
}

function readCurlWords(words: readonly string[]): CurlState {
  const state = createCurlState();
  const end = words.findIndex((word) => SHELL_OPERATORS.has(word));
  if (end !== -1) {
    state.warnings.push({
      message: `Stopped reading at "${words[end] ?? ''}": only the curl command before it is read.`,
    });
  }

  for (const word of splitCurlOptions(end === -1 ? words : words.slice(0, end))) {
    if (word.kind === 'positional') setUrl(state, word.text);
    else if (word.kind === 'option') applyCurlOption(state, word.name, word.argument);
    else if (word.kind === 'unknown') {
      state.warnings.push({
        message: `Unknown option ${word.text}: ignored, and taken to have no argument.`,
      });
    } else {
      state.warnings.push({
        message: `${word.text} at the end has no argument: expected one after it. Is the command cut off?`,
      });
    }
  }
  return state;
}

function warnOfSurrogates(words: readonly string[], state: CurlState) {
  const found = words.map(findLoneSurrogate).find((unit) => unit !== undefined);
  if (found === undefined) return;
  state.warnings.push({
    message: `The command holds a lone surrogate ${found}, half of a character with no UTF-8 form: bash writes it as three bytes that are not UTF-8. --data-urlencode sends them percent-encoded, as curl does; anywhere else, signing and Content-MD5 here turn it into U+FFFD (EF BF BD), which may not be what the gateway receives.`,
  });
}

function finishRequest(state: CurlState, typedUrl: string): ParsedRequest {
  const warnings = [...state.warnings];
  let url = typedUrl;
  if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(url)) {
    url = `http://${url}`;
    warnings.push({
      message: `The URL has no scheme; curl then uses http://, and so does this page.`,
    });
  }
  for (const extra of state.extraUrls) {
    warnings.push({
      message: `A second URL "${extra}" is ignored: only the first request is read.`,
    });
  }

  let body = state.data.join('&');
  if (state.get && body !== '') {
    url += (url.includes('?') ? '&' : '?') + body;
    body = '';
  }
  const method = state.method ?? (state.head ? 'HEAD' : body !== '' ? 'POST' : 'GET');
  const headers = addCurlDefaults(state, url, body !== '');
  return { format: 'curl', method, url, headers, body, warnings };
}

function addCurlDefaults(state: CurlState, url: string, hasData: boolean): RequestHeader[] {
  const given = new Set(state.headers.map((header) => header.name.toLowerCase()));
  const defaults: [string, string][] = [
    ['Host', hostOf(url)],
    ['User-Agent', CURL_USER_AGENT],
    ['Accept', state.json ? 'application/json' : '*/*'],
  ];
  if (state.compressed) defaults.push(['Accept-Encoding', CURL_ACCEPT_ENCODING]);
  if (hasData) defaults.push(['Content-Type', state.json ? 'application/json' : FORM]);

  const added: RequestHeader[] = defaults
    .filter(([name]) => !given.has(name.toLowerCase()) && !state.removed.has(name.toLowerCase()))
    .map(([name, value]) => ({ name, value, written: value, origin: 'curl' }));
  const pasted: RequestHeader[] = state.headers
    .filter((header) => !state.removed.has(header.name.toLowerCase()))
    .map(({ name, written }) => ({
      name,
      value: trimHeaderValue(written),
      written,
      origin: 'pasted',
    }));
  return [...added, ...pasted];
}

function hostOf(url: string): string {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/([^/?#]*)/.exec(url)?.[1] ?? '';
}
