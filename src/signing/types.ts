/** HMAC algorithms the gateway accepts for app authentication (spec §1.4). */
export type Algorithm = 'hmac-sha1' | 'hmac-sha256';

export const ALGORITHMS: readonly Algorithm[] = ['hmac-sha1', 'hmac-sha256'];

/** How the Content-MD5 digest is written: Base64 of the hex digest (default) or of the raw digest. */
export type Md5Encoding = 'hex' | 'raw';

/** Whether parameters are signed percent-decoded (default) or exactly as sent. */
export type ParameterValues = 'decoded' | 'raw';

/** The switches of the rules that real clients flip (spec §2). */
export interface SigningOptions {
  readonly md5Encoding: Md5Encoding;
  readonly parameterValues: ParameterValues;
  readonly removeStage: boolean;
}

export const DEFAULT_OPTIONS: SigningOptions = {
  md5Encoding: 'hex',
  parameterValues: 'decoded',
  removeStage: true,
};

/** A header the client signs besides x-date, as the user typed it. */
export interface HeaderEntry {
  readonly name: string;
  readonly value: string;
}

/** A request as a user types it, before any rule is applied. */
export interface SigningInput {
  readonly method: string;
  readonly url: string;
  readonly accept: string;
  readonly contentType: string;
  readonly body: string;
  readonly xDate: string;
  readonly signedHeaders: readonly HeaderEntry[];
}

/** The fields a problem can be tied to, so the page shows it beside the right input. */
export type Field =
  | 'key'
  | 'secret'
  | 'method'
  | 'url'
  | 'accept'
  | 'contentType'
  | 'body'
  | 'xDate'
  | `signedHeaders.${number}.name`
  | `signedHeaders.${number}.value`;

/** Something wrong or doubtful in what the user typed. Errors stop signing; warnings do not. */
export interface InputIssue {
  readonly field: Field;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}
