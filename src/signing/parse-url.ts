import { requireString } from './require-argument';
/** The parts of a request URL that signing needs, with the path and query exactly as typed. */
export interface RequestTarget {
  readonly origin: string;
  readonly host: string;
  /** The path as sent, percent-encoding kept; `/` when the URL has none. */
  readonly path: string;
  /** The query without its `?`, as sent; empty when there is none. */
  readonly query: string;
}

export type ParseUrlResult =
  | { readonly ok: true; readonly target: RequestTarget }
  | { readonly ok: false; readonly message: string };

const SCHEME_AND_AUTHORITY = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#]*)/;

/**
 * Splits a full URL (scheme, host, path, query) into what is signed. The WHATWG parser checks
 * the URL, but its normalised path would re-encode characters, so the path and query are cut
 * from the text itself: the gateway signs what the client sent.
 */
export function parseRequestUrl(url: string): ParseUrlResult {
  requireString(url, 'parseRequestUrl: url');

  const text = url.trim();
  if (text === '') return { ok: false, message: 'Enter the full URL, e.g. https://host/path' };
  const head = SCHEME_AND_AUTHORITY.exec(text);
  if (!head) {
    return { ok: false, message: 'Expected a full URL starting with http:// or https://' };
  }
  const scheme = (head[1] ?? '').toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') {
    return { ok: false, message: `Expected http or https, found "${head[1]}:"` };
  }
  const parsed = tryParseUrl(text);
  if (!parsed) {
    return { ok: false, message: 'This URL does not parse: check the host name and port' };
  }

  const rest = text.slice(head[0].length).split('#')[0] ?? '';
  const queryAt = rest.indexOf('?');
  const rawPath = queryAt === -1 ? rest : rest.slice(0, queryAt);
  const query = queryAt === -1 ? '' : rest.slice(queryAt + 1);

  return {
    ok: true,
    target: { origin: parsed.origin, host: parsed.host, path: rawPath || '/', query },
  };
}

function tryParseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
