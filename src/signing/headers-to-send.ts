import type { SignedHeader } from './signed-headers';
import { requireArray, requireObject, requireString } from './require-argument';

/** A header the client must send, with why. */
export interface HeaderToSend {
  readonly name: string;
  readonly value: string;
  readonly reason: string;
}

export interface HeadersToSendInput {
  readonly host: string;
  readonly accept: string;
  readonly contentType: string;
  readonly contentMd5: string;
  readonly signedHeaders: readonly SignedHeader[];
  readonly authorization: string;
}

/**
 * The headers a client sends with the signed request (spec §1.5). Accept and Content-Type are
 * listed even when empty, because HTTP clients add defaults such as `Accept: *\/*` on their
 * own and the gateway then signs those instead.
 */
export function buildHeadersToSend(input: HeadersToSendInput): HeaderToSend[] {
  requireObject(input, 'buildHeadersToSend: input');
  requireArray(input.signedHeaders, 'buildHeadersToSend: signedHeaders');
  for (const name of ['host', 'accept', 'contentType', 'contentMd5', 'authorization'] as const) {
    requireString(input[name], `buildHeadersToSend: ${name}`);
  }

  const headers: HeaderToSend[] = [{ name: 'Host', value: input.host, reason: 'sent, not signed' }];

  for (const header of input.signedHeaders) {
    const name = header.name === 'x-date' ? 'x-date' : header.typed.name.trim();
    headers.push({ name, value: header.value, reason: 'signed header, value as signed' });
  }
  headers.push(describeOwnLine('Accept', input.accept));
  headers.push(describeOwnLine('Content-Type', input.contentType));
  if (input.contentMd5 !== '') {
    headers.push({ name: 'Content-MD5', value: input.contentMd5, reason: 'the value signed' });
  }
  headers.push({
    name: 'Authorization',
    value: input.authorization,
    reason: 'carries the signature',
  });
  return sendEachNameOnce(headers);
}

/**
 * Sends a header signed as an extra line and also on its own line (Accept, say) once, since
 * the gateway refuses a signed header sent twice ("HMAC do not support multiple HTTP header").
 * Two different values for one name are both kept, for validation and exports to refuse.
 */
function sendEachNameOnce(headers: readonly HeaderToSend[]): HeaderToSend[] {
  const byNameAndValue = new Map<string, HeaderToSend>();
  for (const header of headers) {
    const key = JSON.stringify([header.name.toLowerCase(), header.value]);
    const first = byNameAndValue.get(key);
    const merged = first ? { ...first, reason: `${first.reason}; ${header.reason}` } : header;
    byNameAndValue.set(key, merged);
  }
  return [...byNameAndValue.values()];
}

function describeOwnLine(name: string, value: string): HeaderToSend {
  const reason =
    value === ''
      ? 'signed empty: send it empty or stop your client adding a default'
      : 'exactly as signed';
  return { name, value, reason };
}
