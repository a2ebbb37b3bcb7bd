import type { CauseId } from './cause-catalogue';
import type { VariantChoice } from './variant-settings';

/** A way of signing that a real client uses, the cause it stands for, and what it does. */
export interface Variant {
  readonly cause: CauseId;
  readonly choice: VariantChoice;
  /** What the client did, to follow "the client …". */
  readonly description: string;
}

const variant = (cause: CauseId, choice: VariantChoice, description: string): Variant => ({
  cause,
  choice,
  description,
});

/**
 * The variants of spec §2 that the diagnosis recomputes, in the order a tie is named:
 * the more common habit first.
 */
export const VARIANTS: readonly Variant[] = [
  variant('accept-mismatch', { aspect: 'accept', value: 'empty' }, 'signed an empty Accept'),
  variant(
    'content-type-mismatch',
    { aspect: 'contentType', value: 'media-type-only' },
    'signed the Content-Type without its parameters',
  ),
  variant(
    'content-type-mismatch',
    { aspect: 'contentType', value: 'charset-added' },
    'signed the Content-Type with "; charset=utf-8" added',
  ),
  variant(
    'content-type-mismatch',
    { aspect: 'contentType', value: 'charset-added-compact' },
    'signed the Content-Type with ";charset=UTF-8" added',
  ),
  variant(
    'content-type-mismatch',
    { aspect: 'contentType', value: 'empty' },
    'signed an empty Content-Type',
  ),
  variant(
    'md5-raw-digest',
    { aspect: 'md5', value: 'base64-raw' },
    'signed Base64 of the raw MD5 digest',
  ),
  variant('md5-hex', { aspect: 'md5', value: 'hex' }, 'signed the MD5 as plain hex'),
  variant('md5-missing', { aspect: 'md5', value: 'empty' }, 'left the Content-MD5 line empty'),
  variant('md5-on-form', { aspect: 'md5', value: 'on-form' }, 'signed an MD5 of the form body'),
  variant('stage-kept', { aspect: 'stage', value: 'kept' }, 'kept the stage in the signed path'),
  variant(
    'stage-prefix-cut',
    { aspect: 'stage', value: 'string-prefix' },
    'cut the stage name as a bare string prefix',
  ),
  variant(
    'params-encoded',
    { aspect: 'values', value: 'as-sent' },
    'signed the parameters still percent-encoded',
  ),
  variant(
    'params-unsorted',
    { aspect: 'order', value: 'as-sent' },
    'signed the parameters in the order sent',
  ),
  variant(
    'params-string-sort',
    { aspect: 'order', value: 'whole-string' },
    'sorted whole key=value strings',
  ),
  variant(
    'params-unsorted',
    { aspect: 'order', value: 'query-then-form' },
    'sorted the query and the form parameters separately',
  ),
  variant(
    'empty-value-equals',
    { aspect: 'emptyValue', value: 'key-equals' },
    'signed key= for an empty value',
  ),
  variant(
    'duplicate-keys',
    { aspect: 'repeated', value: 'first' },
    'signed only the first value of a repeated key',
  ),
  variant(
    'duplicate-keys',
    { aspect: 'repeated', value: 'last' },
    'signed only the last value of a repeated key',
  ),
  variant(
    'form-params-missing',
    { aspect: 'form', value: 'left-out' },
    'left the form parameters out',
  ),
  variant('method-case', { aspect: 'method', value: 'lower' }, 'signed the method in lower case'),
  variant(
    'header-line-format',
    { aspect: 'headerLine', value: 'no-space' },
    'wrote header lines as name:value, without the space',
  ),
  variant(
    'header-line-format',
    { aspect: 'headerLine', value: 'sent-case' },
    "kept the header names' case as sent",
  ),
  variant(
    'header-line-format',
    { aspect: 'headerLine', value: 'sent-case-no-space' },
    "kept the names' case and left out the space",
  ),
  variant(
    'headers-unsorted',
    { aspect: 'headerOrder', value: 'as-listed' },
    'wrote the header lines in the order of headers="…"',
  ),
  variant(
    'headers-unsorted',
    { aspect: 'headerOrder', value: 'as-sent' },
    'wrote the header lines in the order sent',
  ),
  variant(
    'header-value-space',
    { aspect: 'headerValue', value: 'as-written' },
    'signed the header values with their spaces',
  ),
  variant(
    'header-list-mismatch',
    { aspect: 'headerSet', value: 'x-date-only' },
    'signed only x-date, though headers="…" lists more',
  ),
  variant('line-ends', { aspect: 'lineEnds', value: 'crlf' }, 'joined the lines with CRLF'),
  variant(
    'line-ends',
    { aspect: 'lineEnds', value: 'trailing-lf' },
    'added a line break after the path',
  ),
  variant(
    'line-ends',
    { aspect: 'lineEnds', value: 'blank-after-headers' },
    'put a blank line after the header lines',
  ),
  variant(
    'line-ends',
    { aspect: 'lineEnds', value: 'empty-lines-dropped' },
    'left out the empty lines',
  ),
  variant(
    'algorithm-mismatch',
    { aspect: 'algorithm', value: 'other' },
    'computed the HMAC with the other algorithm',
  ),
  variant(
    'secret-whitespace',
    { aspect: 'secret', value: 'trailing-lf' },
    'used the secret with a line break after it',
  ),
  variant(
    'secret-whitespace',
    { aspect: 'secret', value: 'trailing-crlf' },
    'used the secret with CRLF after it',
  ),
  variant(
    'secret-whitespace',
    { aspect: 'secret', value: 'trailing-space' },
    'used the secret with a space after it',
  ),
  variant(
    'secret-whitespace',
    { aspect: 'secret', value: 'trimmed' },
    'used the secret without the spaces it has here',
  ),
];
