/**
 * Every way a client's signing can depart from the spec's default, one aspect per key
 * (spec §2 and causes.md). The first value of each is the spec's rule.
 */
export interface VariantSettings {
  readonly headerLine: 'lower-space' | 'no-space' | 'sent-case' | 'sent-case-no-space';
  readonly headerOrder: 'sorted' | 'as-listed' | 'as-sent';
  readonly headerValue: 'trimmed' | 'as-written';
  readonly headerSet: 'listed' | 'x-date-only';
  readonly method: 'upper' | 'lower';
  readonly accept: 'as-sent' | 'empty';
  readonly contentType:
    'as-sent' | 'empty' | 'media-type-only' | 'charset-added' | 'charset-added-compact';
  readonly md5: 'base64-hex' | 'base64-raw' | 'hex' | 'empty' | 'on-form' | 'as-sent-header';
  readonly stage: 'whole-segment' | 'kept' | 'string-prefix';
  readonly values: 'decoded' | 'as-sent';
  readonly order: 'by-key' | 'as-sent' | 'whole-string' | 'query-then-form';
  readonly emptyValue: 'key-alone' | 'key-equals';
  readonly repeated: 'all' | 'first' | 'last';
  readonly form: 'merged' | 'left-out';
  readonly lineEnds: 'lf' | 'crlf' | 'trailing-lf' | 'blank-after-headers' | 'empty-lines-dropped';
  readonly algorithm: 'declared' | 'other';
  readonly secret: 'as-given' | 'trailing-lf' | 'trailing-crlf' | 'trailing-space' | 'trimmed';
}

export type Aspect = keyof VariantSettings;

/** One aspect set to one value. */
export type VariantChoice = {
  readonly [A in Aspect]: { readonly aspect: A; readonly value: VariantSettings[A] };
}[Aspect];

export const DEFAULT_SETTINGS: VariantSettings = {
  headerLine: 'lower-space',
  headerOrder: 'sorted',
  headerValue: 'trimmed',
  headerSet: 'listed',
  method: 'upper',
  accept: 'as-sent',
  contentType: 'as-sent',
  md5: 'base64-hex',
  stage: 'whole-segment',
  values: 'decoded',
  order: 'by-key',
  emptyValue: 'key-alone',
  repeated: 'all',
  form: 'merged',
  lineEnds: 'lf',
  algorithm: 'declared',
  secret: 'as-given',
};

/** The settings with some choices applied over them. */
export function applyChoices(
  settings: VariantSettings,
  choices: readonly VariantChoice[],
): VariantSettings {
  const result: Record<string, string> = { ...settings };
  for (const choice of choices) result[choice.aspect] = choice.value;
  return result as unknown as VariantSettings;
}
