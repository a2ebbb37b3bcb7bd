import type { PasteWarning } from './paste-types';

/** A header as given with -H and its relatives, before curl adds its own. */
export interface CurlHeader {
  readonly name: string;
  readonly written: string;
}

/** What a curl command asks for, gathered option by option. */
export interface CurlState {
  method?: string;
  url?: string;
  readonly extraUrls: string[];
  readonly headers: CurlHeader[];
  /** Names whose header curl must not send (`-H 'Accept:'`), lower case. */
  readonly removed: Set<string>;
  readonly data: string[];
  get: boolean;
  head: boolean;
  compressed: boolean;
  /** --json was given: curl then sends JSON's Content-Type and Accept unless told others. */
  json: boolean;
  readonly warnings: PasteWarning[];
}

export function createCurlState(): CurlState {
  return {
    extraUrls: [],
    headers: [],
    removed: new Set(),
    data: [],
    get: false,
    head: false,
    compressed: false,
    json: false,
    warnings: [],
  };
}
