import type { SigningLine } from '../signing/signing-lines';
import type { Algorithm } from '../signing/types';
import type { LineDifference } from './analyse-signing-string';
import type { SignatureEncoding } from './decode-signature';
import type { SigningStringDiff } from './diff-signing-strings';
import type { Cause } from './merge-findings';
import type { ParsedAuthorization } from './parse-authorization';
import type { ServerError } from './parse-server-response';
import type { ParsedRequest, PasteError, PasteWarning } from './paste-types';

/** What a user pastes to learn why a client's signature fails. */
export interface DiagnoseInput {
  /** A curl command or a raw HTTP request. */
  readonly request: string;
  /** The gateway's error, or empty. */
  readonly serverResponse: string;
  /** The signing string the client logged, or empty. */
  readonly clientSigningString: string;
  readonly secret: string;
  /** The current time in epoch milliseconds, for a note on how old x-date is. */
  readonly now: number;
  /** When the request was sent, in epoch milliseconds; only then is x-date's age a cause. */
  readonly sentAt?: number;
}

export type PastedField = 'request' | 'serverResponse' | 'clientSigningString';

/**
 * Whether the client's signature is the right one: `same-bytes` when it holds the right HMAC
 * in another encoding, `unknown` when there is nothing to compare.
 */
export type Verdict = 'matches' | 'same-bytes' | 'differs' | 'unknown';

/** The signing string, signature and Authorization the rules give for the pasted request. */
export interface ExpectedSigning {
  readonly lines: readonly SigningLine[];
  readonly signingString: string;
  readonly algorithm: Algorithm;
  /** Absent when there is no secret to sign with. */
  readonly signature?: string;
  readonly authorization?: string;
}

export interface ComparedStrings {
  readonly title: string;
  readonly expectedName: string;
  readonly foundName: string;
  readonly diff: SigningStringDiff;
}

export interface Diagnosis {
  /** Why a pasted field could not be read, by field. */
  readonly errors: Partial<Record<PastedField | 'secret', PasteError>>;
  readonly warnings: Partial<Record<PastedField, readonly PasteWarning[]>>;
  readonly request?: ParsedRequest;
  readonly authorization?: ParsedAuthorization;
  readonly expected?: ExpectedSigning;
  readonly clientSignature?: { readonly text: string; readonly encoding: SignatureEncoding };
  readonly verdict: Verdict;
  readonly causes: readonly Cause[];
  readonly unexplained: readonly LineDifference[];
  readonly comparisons: readonly ComparedStrings[];
  readonly serverError?: ServerError;
  /** Sentences that inform without naming a cause: x-date's age, the echo agreeing. */
  readonly notes: readonly string[];
}
