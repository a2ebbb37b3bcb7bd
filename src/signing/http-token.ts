import { requireString } from './require-argument';
/** An HTTP field name: a `token` of RFC 9110 §5.6.2. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Whether a header name is an HTTP token, the only form a field name may take on the wire. */
export function isHttpToken(name: string): boolean {
  requireString(name, 'isHttpToken: name');
  return TOKEN.test(name);
}

/** Spaces and tabs that HTTP strips from both ends of a field value (RFC 9110 §5.5). */
export function trimHeaderValue(value: string): string {
  requireString(value, 'trimHeaderValue: value');
  return value.replace(/^[ \t]+|[ \t]+$/g, '');
}
