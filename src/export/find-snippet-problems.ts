import { findCurlProblems } from './find-curl-problems';
import type { SnippetRequest } from './snippet-request';

/** The languages the page writes code in. */
export type SnippetLanguage = 'python' | 'node' | 'go' | 'java' | 'bash';

const AUTHORITY = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*/;
// RFC 3986 pchar and query characters; java.net.URI and urllib3 accept nothing else unescaped.
const STRICT_URI_TEXT = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*$/;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Why a language's HTTP library would send other bytes than were signed, or fail, for this
 * request; empty when the snippet sends exactly the signed request. The page refuses to write
 * code rather than write code that cannot match.
 */
export function findSnippetProblems(request: SnippetRequest, language: SnippetLanguage): string[] {
  if (typeof request.url !== 'string') {
    throw new TypeError('findSnippetProblems: request.url must be a string');
  }

  const target = request.url.replace(AUTHORITY, '');
  const path = target.split('?')[0] ?? '';
  const problems: string[] = [];
  if (language === 'python' && !STRICT_URI_TEXT.test(target)) {
    problems.push(
      'requests (urllib3) percent-encodes characters such as ` [ ] { } \\ | ^ " < > and ' +
        'non-ASCII in the URL, and every % once one % does not start an escape like %2F, so it ' +
        'would send another path or query than was signed',
    );
  }
  if (language === 'java' && !STRICT_URI_TEXT.test(target)) {
    problems.push(
      'java.net.URI refuses characters such as ` [ ] { } \\ | ^ " < > in the path or query, ' +
        'a % that does not start an escape like %2F, and java.net.http would not send ' +
        'non-ASCII as typed: percent-encode them in the URL',
    );
  }
  if (language === 'go' && !STRICT_URI_TEXT.test(path)) {
    problems.push(
      'Go (net/url) re-encodes characters such as ` { } \\ | ^ in the path and refuses a % ' +
        'that does not start an escape like %2F, so it would send another path than was signed',
    );
  }
  if (language === 'node' && NON_ASCII.test(target)) {
    problems.push(
      'node:http cannot send non-ASCII characters in the path or query as typed: ' +
        'percent-encode them in the URL',
    );
  }
  if (language === 'java' && findSentHeaderValues(request).some((v) => NON_ASCII.test(v))) {
    problems.push(
      'java.net.http sends every non-ASCII character of a header value as "?", so the ' +
        'gateway would sign another value: use ASCII in Accept, Content-Type and signed headers',
    );
  }
  if (language === 'bash') problems.push(...findCurlProblems(request));
  return problems;
}

function findSentHeaderValues(request: SnippetRequest): string[] {
  return [request.accept, request.contentType, ...request.signedHeaders.map((h) => h.value)];
}
