import { parseRequestUrl, type RequestTarget } from '../signing/parse-url';
import type { HeaderEntry, SigningInput } from '../signing/types';
import type { ParsedRequest, RequestHeader } from './paste-types';

/** What the variant builders need to know of a pasted request. */
export interface VariantContext {
  /** The request as the core signs it; header values as written, since the core trims them. */
  readonly input: SigningInput;
  readonly target: RequestTarget;
  /** Each signed header's name as sent, by its lower-case name. */
  readonly sentNames: ReadonlyMap<string, string>;
  /** Signed header names, lower case, in the order of headers="…". */
  readonly listedOrder: readonly string[];
  /** Signed header names, lower case, in the order the request sends them. */
  readonly sentOrder: readonly string[];
  /** The Content-MD5 header sent, trimmed, which many clients sign whatever it holds. */
  readonly sentContentMd5?: string;
}

/** The first header of a name, which is the one the gateway reads. */
export function findHeader(request: ParsedRequest, name: string): RequestHeader | undefined {
  const lower = name.toLowerCase();
  return request.headers.find((header) => header.name.toLowerCase() === lower);
}

/**
 * Prepares a pasted request for signing under every variant: the headers listed in
 * Authorization are signed with the values sent. Undefined when the URL does not parse.
 */
export function buildVariantContext(
  request: ParsedRequest,
  listed: readonly string[],
): VariantContext | undefined {
  const url = parseRequestUrl(request.url);
  if (!url.ok) return undefined;

  const listedOrder = listed.map((name) => name.toLowerCase());
  const signed = [...new Set(['x-date', ...listedOrder])];
  const sent = signed.filter((name) => findHeader(request, name) !== undefined);
  const extras: HeaderEntry[] = sent
    .filter((name) => name !== 'x-date')
    .map((name) => {
      const header = findHeader(request, name);
      return { name: header?.name ?? name, value: header?.written ?? '' };
    });

  const sentNames = new Map(sent.map((name) => [name, findHeader(request, name)?.name ?? name]));
  const sentOrder = request.headers
    .map((header) => header.name.toLowerCase())
    .filter((name, index, all) => sent.includes(name) && all.indexOf(name) === index);

  const contentMd5 = findHeader(request, 'content-md5')?.value;
  return {
    input: {
      method: request.method,
      url: request.url,
      accept: findHeader(request, 'accept')?.written ?? '',
      contentType: findHeader(request, 'content-type')?.written ?? '',
      body: request.body,
      xDate: findHeader(request, 'x-date')?.written ?? '',
      signedHeaders: extras,
    },
    target: url.target,
    sentNames,
    listedOrder,
    sentOrder,
    ...(contentMd5 === undefined ? {} : { sentContentMd5: contentMd5 }),
  };
}
