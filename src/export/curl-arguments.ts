import type { ExportedRequest, HeaderField } from './exported-request';

/**
 * The arguments after `curl` that send exactly an exported request (spec §1.5):
 * - `--globoff`, since curl reads `[]` and `{}` in a URL as patterns to expand;
 * - `--path-as-is`, since curl otherwise removes `.` and `..` segments from the path;
 * - `-X` with the signed method (`--head` for HEAD, where curl would wait for a body);
 * - one `-H` per header: `Name: value`, or `Name;` for an empty value, the only way curl sends
 *   an empty header; setting Accept and Content-Type also stops curl adding its own;
 * - `--data-binary`, which sends the body byte for byte where `-d` strips line breaks.
 *
 * The body is left out when `bodyFromStandardInput` is set: then `--data-binary @-` reads it.
 */
export function buildCurlArguments(
  request: ExportedRequest,
  bodyFromStandardInput = false,
): string[] {
  if (!Array.isArray(request.headers)) {
    throw new TypeError('buildCurlArguments: request.headers must be an array');
  }

  const method = request.method === 'HEAD' ? ['--head'] : ['-X', request.method];
  const headers = request.headers.flatMap((header) => ['-H', formatCurlHeader(header)]);
  const body = bodyFromStandardInput ? '@-' : request.body;
  const data = request.body === '' ? [] : ['--data-binary', body];

  return ['--globoff', '--path-as-is', ...method, request.url, ...headers, ...data];
}

/** One header as curl's `-H` takes it: `Name: value`, or `Name;` to send it empty. */
export function formatCurlHeader(header: HeaderField): string {
  return header.value === '' ? `${header.name};` : `${header.name}: ${header.value}`;
}
