import type { Algorithm } from './types';

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
  if (!Array.isArray(parts.headerNames)) {
    throw new TypeError('formatAuthorization: headerNames must be an array');
  }
  const headers = parts.headerNames.join(' ');
  return (
    `hmac id="${parts.key}", algorithm="${parts.algorithm}", ` +
    `headers="${headers}", signature="${parts.signature}"`
  );
}
