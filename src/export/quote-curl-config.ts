const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
};

/**
 * One line of a curl config file (`curl --config`): `name = "value"`, the value in double
 * quotes with the escapes curl's config reader undoes (`\\`, `\"`, `\n`, `\r`, `\t`, `\v`).
 * The file holds bytes, so non-ASCII text arrives as its UTF-8 bytes. A value cannot hold NUL:
 * curl reads each value as a C string.
 */
export function formatCurlConfigLine(name: string, value: string): string {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) {
    throw new RangeError(`formatCurlConfigLine: "${name}" is not a long option name`);
  }
  if (value.includes('\0')) throw new RangeError('formatCurlConfigLine: value must not hold NUL');

  const escaped = value.replace(/[\\"\n\r\t\v]/g, (character) => ESCAPES[character] ?? character);
  return `${name} = "${escaped}"`;
}
