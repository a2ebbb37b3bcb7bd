import { ALGORITHMS, type HeaderEntry, type SigningOptions } from '../signing/types';
import type { SharedRequest } from './shared-request';

/**
 * Checks the JSON of a format-1 link and returns the request, or a sentence naming the first
 * thing wrong. The JSON is an array of exactly ten items, in this order: key, algorithm,
 * method, url, accept, contentType, body, xDate (null: live), signed headers as [name, value]
 * pairs, and [md5Encoding, parameterValues, removeStage]. An item more, such as a secret, makes
 * the link damaged rather than half read.
 */
export function readSharedRequest(value: unknown): SharedRequest | string {
  if (!Array.isArray(value)) return 'it holds no request';
  if (value.length !== 10) return `it holds ${value.length} items where a request has 10`;
  const [key, algorithmName, method, url, accept, contentType, body, xDate, headers, variants] =
    value as unknown[];

  const texts = { key, method, url, accept, contentType, body };
  const notText = Object.entries(texts).find(([, text]) => typeof text !== 'string');
  if (notText) return `its ${notText[0]} is not text`;
  const algorithm = ALGORITHMS.find((known) => known === algorithmName);
  if (!algorithm) return 'its algorithm is not one this page knows';
  if (xDate !== null && typeof xDate !== 'string') return 'its x-date is not text';
  const signedHeaders = readHeaders(headers);
  if (!signedHeaders) return 'its signed headers are not name and value pairs';
  const options = readOptions(variants);
  if (!options) return 'its variant settings are not ones this page knows';

  return {
    key: String(key),
    algorithm,
    method: String(method),
    url: String(url),
    accept: String(accept),
    contentType: String(contentType),
    body: String(body),
    xDate,
    signedHeaders,
    options,
  };
}

function readHeaders(value: unknown): HeaderEntry[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const headers: HeaderEntry[] = [];
  for (const pair of value) {
    if (!Array.isArray(pair) || pair.length !== 2) return undefined;
    const [name, text] = pair as unknown[];
    if (typeof name !== 'string' || typeof text !== 'string') return undefined;
    headers.push({ name, value: text });
  }
  return headers;
}

function readOptions(value: unknown): SigningOptions | undefined {
  if (!Array.isArray(value) || value.length !== 3) return undefined;
  const [md5Encoding, parameterValues, removeStage] = value as unknown[];
  if (md5Encoding !== 'hex' && md5Encoding !== 'raw') return undefined;
  if (parameterValues !== 'decoded' && parameterValues !== 'raw') return undefined;
  if (typeof removeStage !== 'boolean') return undefined;
  return { md5Encoding, parameterValues, removeStage };
}
