import type { CauseId } from './cause-catalogue';

/**
 * Where a finding comes from, most certain first: what the request itself shows, what the
 * client's signing string shows, what the gateway's echo shows, or which variant reproduces
 * the client's signature.
 */
export type FindingSource = 'request' | 'signing-string' | 'server' | 'search';

/** One cause found, with a sentence about this very request. */
export interface Finding {
  readonly cause: CauseId;
  readonly source: FindingSource;
  readonly sentence: string;
}
