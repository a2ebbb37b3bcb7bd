/**
 * Why curl cannot send this request as signed; empty when it can. A HEAD request with a body
 * cannot be sent: `--head` sends no body, and with `-X HEAD` curl sends it but then waits for a
 * response body of Content-Length bytes that a HEAD response never carries.
 */
export function findCurlProblems(request: { readonly method: string; readonly body: string }) {
  if (typeof request.method !== 'string') {
    throw new TypeError('findCurlProblems: request.method must be a string');
  }

  if (request.method !== 'HEAD' || request.body === '') return [];
  return [
    'curl cannot send a HEAD request with a body: --head sends none, and with -X HEAD curl ' +
      'waits for a response body that never comes. Remove the body, or sign another method',
  ];
}
