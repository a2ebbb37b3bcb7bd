import { ALGORITHMS, type Algorithm } from './types';
import { requireArray, requireObject, requireString } from './require-argument';

export interface AuthorizationParts {
  readonly key: string;
  readonly algorithm: Algorithm;
  /** Signed header names, lower case, already sorted. */
  readonly headerNames: readonly string[];
  readonly signature: string;
}

/**
 * The Authorization header value (spec §1.4): parameters in this order, separated by a comma
 * and one space, values quoted, header names separated by single spaces.
 */
export function formatAuthorization(parts: AuthorizationParts): string {
  requireObject(parts, 'formatAuthorization: parts');
  requireString(parts.key, 'formatAuthorization: key');
  requireString(parts.signature, 'formatAuthorization: signature');
  requireArray(parts.headerNames, 'formatAuthorization: headerNames');
  if (!ALGORITHMS.includes(parts.algorithm)) {
    throw new RangeError(`formatAuthorization: unknown algorithm ${String(parts.algorithm)}`);
  }
  const headers = parts.headerNames.join(' ');
  return (
    `hmac id="${parts.key}", algorithm="${parts.algorithm}", ` +
    `headers="${headers}", signature="${parts.signature}"`
  );
}
