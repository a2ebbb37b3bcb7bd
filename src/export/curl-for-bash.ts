import { buildCurlArguments } from './curl-arguments';
import type { ExportedRequest } from './exported-request';
import { layoutCurlLines } from './layout-curl-lines';
import { quotePosix } from './quote-posix';

/**
 * The curl command for bash and zsh, one option per line joined by `\` line continuations.
 * A body with NUL characters cannot be an argument in any shell, and curl would read a body
 * starting with `@` as a file name, so printf writes such a body, each NUL as `\0` between
 * `%s` parts, and curl reads it with `--data-binary @-`.
 */
export function formatCurlForBash(request: ExportedRequest): string {
  if (typeof request.body !== 'string') {
    throw new TypeError('formatCurlForBash: request.body must be a string');
  }

  const piped = request.body.includes('\0') || request.body.startsWith('@');
  const words = buildCurlArguments(request, piped).map(quotePosix);
  const [first = '', ...rest] = layoutCurlLines(words);
  const command = [`curl ${first}`, ...rest].join(' \\\n  ');
  return piped ? `${formatPrintf(request.body)} |\n  ${command}` : command;
}

function formatPrintf(body: string): string {
  const parts = body.split('\0');
  const format = parts.map(() => '%s').join('\\0');
  return ['printf', `'${format}'`, ...parts.map(quotePosix)].join(' ');
}
