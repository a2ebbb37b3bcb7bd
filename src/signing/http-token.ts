/** An HTTP field name: a `token` of RFC 9110 §5.6.2. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Whether a header name is an HTTP token, the only form a field name may take on the wire. */
export function isHttpToken(name: string): boolean {
  if (typeof name !== 'string') throw new TypeError('isHttpToken: name must be a string');
  return TOKEN.test(name);
}

/** Spaces and tabs that HTTP strips from both ends of a field value (RFC 9110 §5.5). */
export function trimHeaderValue(value: string): string {
  if (typeof value !== 'string') throw new TypeError('trimHeaderValue: value must be a string');
  return value.replace(/^[ \t]+|[ \t]+$/g, '');
}
