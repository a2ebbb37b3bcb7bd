import type { Algorithm, HeaderEntry, SigningOptions } from '../signing/types';

/**
 * What a share link carries: the request, the ApiAppKey and the variant settings. There is no
 * field for the ApiAppSecret, so no link can carry one.
 */
export interface SharedRequest {
  readonly key: string;
  readonly algorithm: Algorithm;
  readonly method: string;
  readonly url: string;
  readonly accept: string;
  readonly contentType: string;
  readonly body: string;
  /** The x-date as typed, or null when it followed the clock: the link then opens live too. */
  readonly xDate: string | null;
  readonly signedHeaders: readonly HeaderEntry[];
  readonly options: SigningOptions;
}

/**
 * The link format this page writes and reads. A change to what a link carries, or how, gets a
 * new number, so that an old page refuses a new link with a clear message instead of misreading it.
 */
export const SHARE_FORMAT = 1;

/** The name of the fragment parameter that holds a shared request: `#share=1.…`. */
export const SHARE_PARAMETER = 'share';
