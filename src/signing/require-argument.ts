import type { SigningInput, SigningOptions } from './types';

/** Throws a TypeError naming the argument unless `value` is a string. */
export function requireString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string')
    throw new TypeError(`${name} must be a string, got ${typeof value}`);
}

/** Throws a TypeError naming the argument unless `value` is an array. */
export function requireArray(value: unknown, name: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) throw new TypeError(`${name} must be an array, got ${typeof value}`);
}

/** Throws a TypeError naming the argument unless `value` is a non-null object. */
export function requireObject(value: unknown, name: string): asserts value is object {
  if (typeof value !== 'object' || value === null) {
    throw new TypeError(`${name} must be an object, got ${value === null ? 'null' : typeof value}`);
  }
}

const INPUT_TEXT_FIELDS = ['method', 'url', 'accept', 'contentType', 'body', 'xDate'] as const;

/** Throws unless `input` has the shape of a SigningInput: every field a string, headers an array. */
export function requireSigningInput(input: unknown, name: string): asserts input is SigningInput {
  requireObject(input, name);
  const fields = input as Record<string, unknown>;
  for (const field of INPUT_TEXT_FIELDS) requireString(fields[field], `${name}.${field}`);
  requireArray(fields.signedHeaders, `${name}.signedHeaders`);
  fields.signedHeaders.forEach((header: unknown, index) => {
    requireObject(header, `${name}.signedHeaders[${index}]`);
    const entry = header as Record<string, unknown>;
    requireString(entry.name, `${name}.signedHeaders[${index}].name`);
    requireString(entry.value, `${name}.signedHeaders[${index}].value`);
  });
}

/** Throws unless `options` names a known value for every switch of the rules. */
export function requireOptions(options: unknown, name: string): asserts options is SigningOptions {
  requireObject(options, name);
  const { md5Encoding, parameterValues, removeStage } = options as Record<string, unknown>;
  if (md5Encoding !== 'hex' && md5Encoding !== 'raw') {
    throw new RangeError(`${name}.md5Encoding must be "hex" or "raw", got ${String(md5Encoding)}`);
  }
  if (parameterValues !== 'decoded' && parameterValues !== 'raw') {
    throw new RangeError(
      `${name}.parameterValues must be "decoded" or "raw", got ${String(parameterValues)}`,
    );
  }
  if (typeof removeStage !== 'boolean')
    throw new TypeError(`${name}.removeStage must be a boolean`);
}
