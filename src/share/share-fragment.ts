import { SHARE_PARAMETER } from './shared-request';

/**
 * The page's address with a shared request in its fragment. The fragment is never sent to a
 * server (RFC 3986 §3.5), so the request stays between the people who pass the link on.
 */
export function formatShareLink(pageUrl: string, encoded: string): string {
  if (typeof pageUrl !== 'string') throw new TypeError('formatShareLink: pageUrl must be a string');
  if (typeof encoded !== 'string') throw new TypeError('formatShareLink: encoded must be a string');

  const base = pageUrl.split('#')[0] ?? '';
  return `${base}#${SHARE_PARAMETER}=${encoded}`;
}

/** The encoded request in a URL fragment (`#share=…`), or undefined when it carries none. */
export function findSharedRequest(fragment: string): string | undefined {
  if (typeof fragment !== 'string') {
    throw new TypeError('findSharedRequest: fragment must be a string');
  }

  const prefix = `#${SHARE_PARAMETER}=`;
  return fragment.startsWith(prefix) ? fragment.slice(prefix.length) : undefined;
}
