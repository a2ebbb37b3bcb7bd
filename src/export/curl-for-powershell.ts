import { encodeBase64 } from '../signing/base64';
import { formatCurlHeader } from './curl-arguments';
import type { ExportedRequest } from './exported-request';
import { formatCurlConfigLine } from './quote-curl-config';
import { quotePowerShell } from './quote-powershell';

/**
 * The curl command for PowerShell. The request goes to curl.exe in a config file rather than as
 * arguments: Windows PowerShell 5.1 (and PowerShell before 7.3) drops the double quotes inside
 * an argument such as Authorization, and Windows may pass non-ASCII arguments through the ANSI
 * code page. The file is written as UTF-8 without a BOM, so curl reads exactly the bytes signed.
 * `curl.exe` is named in full because `curl` is an alias of Invoke-WebRequest in 5.1.
 */
export function formatCurlForPowerShell(request: ExportedRequest): string {
  if (!Array.isArray(request.headers)) {
    throw new TypeError('formatCurlForPowerShell: request.headers must be an array');
  }

  const bodyFile = request.body.includes('\0') || request.body.startsWith('@');
  const lines = [
    '# curl.exe reads the request from a file: PowerShell 5.1 would drop the " inside arguments',
    "$config = Join-Path ([IO.Path]::GetTempPath()) 'apigw-request.curlrc'",
    ...(bodyFile ? writeBodyFile(request.body) : []),
    '$lines = @(',
    ...buildConfigItems(request, bodyFile).map((item) => `  ${item}`),
    ')',
    '[IO.File]::WriteAllText($config, ($lines -join "`n"), (New-Object Text.UTF8Encoding $false))',
    'curl.exe --config $config',
    bodyFile ? 'Remove-Item $config, $body' : 'Remove-Item $config',
  ];
  return lines.join('\n');
}

function buildConfigItems(request: ExportedRequest, bodyFile: boolean): string[] {
  const method =
    request.method === 'HEAD' ? ['head'] : [formatCurlConfigLine('request', request.method)];
  const lines = [
    'globoff',
    'path-as-is',
    ...method,
    formatCurlConfigLine('url', request.url),
    ...request.headers.map((header) => formatCurlConfigLine('header', formatCurlHeader(header))),
  ].map(quotePowerShell);

  if (request.body === '') return lines;
  if (!bodyFile)
    return [...lines, quotePowerShell(formatCurlConfigLine('data-binary', request.body))];
  // The path is only known on the user's machine; its backslashes are escaped for curl there.
  return [...lines, `('data-binary = "@' + $body.Replace('\\', '\\\\') + '"')`];
}

/**
 * A body with NUL characters cannot go in the config file, and one starting with `@` would be
 * read as a file name, so its bytes go in a file of their own.
 */
function writeBodyFile(body: string): string[] {
  const base64 = encodeBase64(new TextEncoder().encode(body));
  return [
    "$body = Join-Path ([IO.Path]::GetTempPath()) 'apigw-request.body'",
    `[IO.File]::WriteAllBytes($body, [Convert]::FromBase64String('${base64}'))`,
  ];
}
