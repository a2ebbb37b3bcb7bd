/** Where something sits in a paste: 1-based line and column, as an editor shows them. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** Why a paste could not be read: what was expected, and where it broke. */
export interface PasteError {
  readonly message: string;
  readonly position?: TextPosition;
}

/** Something read from a paste that the user should know, but that does not stop reading. */
export interface PasteWarning {
  readonly message: string;
  readonly position?: TextPosition;
}

/** A parser's answer: what it read, or why it could not. */
export type ParseResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: PasteError };

/** One header of a pasted request. */
export interface RequestHeader {
  /** The name as written. */
  readonly name: string;
  /** The value as the server receives it: spaces and tabs around it removed (RFC 9110 §5.5). */
  readonly value: string;
  /** The value as written after the colon, spaces kept, since some clients sign it so. */
  readonly written: string;
  /** Who put the header on the wire: the paste itself, or curl on its own. */
  readonly origin: 'pasted' | 'curl';
}

/** A pasted request as the server would receive it. */
export interface ParsedRequest {
  readonly format: 'curl' | 'http';
  readonly method: string;
  /** A full URL, scheme and host included, path and query exactly as sent. */
  readonly url: string;
  readonly headers: readonly RequestHeader[];
  readonly body: string;
  readonly warnings: readonly PasteWarning[];
  /** Why the body read may not be the bytes the client hashed, so a mismatch is not the secret's. */
  readonly bodyDoubt?: string;
}
