import { base64urlnopad } from '@scure/base';
import { inflateWithin } from './inflate-within';
import { readSharedRequest } from './read-shared-request';
import { SHARE_FORMAT, type SharedRequest } from './shared-request';

/** What reading a link gave: the request, or why there is none. */
export type DecodedShare =
  | { readonly ok: true; readonly request: SharedRequest }
  | { readonly ok: false; readonly problem: 'damaged'; readonly detail: string }
  | { readonly ok: false; readonly problem: 'other-format'; readonly format: string };

/** The most JSON a link may inflate to; links are only made for requests well below it. */
const MAX_JSON_BYTES = 16 * 1024 * 1024;

/**
 * Reads what encodeSharedRequest wrote. A link is text from anywhere, so nothing here throws:
 * a link from another format, or one damaged on the way (cut short, mistyped, re-encoded),
 * comes back as a problem with a sentence for the user.
 */
export function decodeSharedRequest(text: string): DecodedShare {
  if (typeof text !== 'string') throw new TypeError('decodeSharedRequest: text must be a string');

  const match = /^(\d+)\.([A-Za-z0-9_-]*)$/.exec(text);
  if (!match) return damaged('it is not a format number followed by base64url text');
  const [, format = '', payload = ''] = match;
  if (format !== String(SHARE_FORMAT)) return { ok: false, problem: 'other-format', format };

  const packed = decodeBase64url(payload);
  if (!packed) return damaged('its text is not valid base64url');
  const bytes = inflateWithin(packed, MAX_JSON_BYTES);
  if (!bytes) return damaged('its data does not decompress; it may be cut short');
  const json = parseJson(bytes);
  if (json === undefined) return damaged('its data is not the JSON this page writes');

  const request = readSharedRequest(json);
  return typeof request === 'string' ? damaged(request) : { ok: true, request };
}

function damaged(detail: string): DecodedShare {
  return { ok: false, problem: 'damaged', detail };
}

function decodeBase64url(text: string): Uint8Array | undefined {
  try {
    return base64urlnopad.decode(text);
  } catch {
    return undefined;
  }
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}
