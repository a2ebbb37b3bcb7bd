import { md5 } from '@noble/hashes/legacy.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { computeContentMd5, isFormContentType } from '../signing/content-md5';
import type { Finding } from './finding';

// Ways a client's bytes commonly drift from the body it sends, with how to say so.
const BODY_CHANGES: readonly [string, (body: string) => string | undefined][] = [
  ['the body with its surrounding white space removed', (body) => body.trim()],
  ['the body with a line break added at the end', (body) => `${body}\n`],
  ['the body with LF line ends', (body) => body.replace(/\r\n/g, '\n')],
  ['the body with CRLF line ends', (body) => body.replace(/\r?\n/g, '\r\n')],
  ['the JSON re-serialised without spaces', (body) => reserialise(body, 0)],
  ['the JSON re-serialised with indentation', (body) => reserialise(body, 2)],
  ['the empty body', () => ''],
];

/**
 * Checks the Content-MD5 header sent against the body sent (spec §1.3), and names the
 * encoding or the bytes that explain a difference.
 */
export function checkContentMd5(
  header: string | undefined,
  body: string,
  contentType: string,
): Finding[] {
  if (header === undefined) return [];
  const sent = header.trim();
  if (isFormContentType(contentType) && body !== '') {
    return [
      finding(
        'md5-on-form',
        `The request sends Content-MD5 "${sent}" with a form body; for a form the Content-MD5 line is empty and the header is not sent.`,
      ),
    ];
  }

  const bytes = new TextEncoder().encode(body);
  if (sent === computeContentMd5(bytes, 'hex')) return [];
  if (sent === computeContentMd5(bytes, 'raw')) {
    return [
      finding(
        'md5-raw-digest',
        `The Content-MD5 header "${sent}" is Base64 of the raw 16-byte MD5 digest (24 characters); the gateway's rule is Base64 of the 32-character hex digest, "${computeContentMd5(bytes, 'hex')}".`,
      ),
    ];
  }
  if (sent.toLowerCase() === bytesToHex(md5(bytes))) {
    return [
      finding(
        'md5-hex',
        `The Content-MD5 header "${sent}" is the hex digest itself; the rule is its Base64, "${computeContentMd5(bytes, 'hex')}".`,
      ),
    ];
  }

  const change = BODY_CHANGES.find(([, transform]) => {
    const other = transform(body);
    if (other === undefined || other === body) return false;
    const otherBytes = new TextEncoder().encode(other);
    return (
      sent === computeContentMd5(otherBytes, 'hex') || sent === computeContentMd5(otherBytes, 'raw')
    );
  });
  const size = `${bytes.length} byte${bytes.length === 1 ? '' : 's'}`;
  return [
    finding(
      'md5-body-mismatch',
      change
        ? `The Content-MD5 header "${sent}" is the MD5 of ${change[0]}, not of the ${size} sent.`
        : `The Content-MD5 header "${sent}" is not the MD5 of the ${size} sent, in any known encoding: the client hashed other bytes.`,
    ),
  ];
}

function reserialise(body: string, indent: number): string | undefined {
  try {
    return JSON.stringify(JSON.parse(body), null, indent);
  } catch {
    return undefined;
  }
}

function finding(cause: Finding['cause'], sentence: string): Finding {
  return { cause, source: 'request', sentence };
}
