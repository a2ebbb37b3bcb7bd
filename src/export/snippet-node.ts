import { formatStringLiteral } from './format-string-literal';
import { SECRET_VARIABLE, type SnippetRequest } from './snippet-request';

/**
 * A Node.js 18+ ES module (node:http, node:https and node:crypto) that signs the request when it
 * runs, by the rules of spec §1 with the page's variant switches, and sends it. Not fetch: fetch
 * sends the path as the WHATWG parser rewrites it (`..`, `\\`), refuses a URL with a user name
 * and a GET or HEAD with a body. node:http sends the path and query exactly as typed.
 */
export function generateNodeSnippet(request: SnippetRequest): string {
  if (typeof request.body !== 'string') {
    throw new TypeError('generateNodeSnippet: request.body must be a string');
  }

  const text = (value: string) => formatStringLiteral(value, 'utf16');
  const headers = request.signedHeaders.map(({ name, value }) => `[${text(name)}, ${text(value)}]`);
  return [
    '// Signs one request for Tencent Cloud API Gateway (app authentication) and sends it.',
    '// Save as sign-request.mjs and run with Node.js 18 or later: node sign-request.mjs',
    "import { createHash, createHmac } from 'node:crypto';",
    "import { request as httpRequest } from 'node:http';",
    "import { request as httpsRequest } from 'node:https';",
    '',
    `const METHOD = ${text(request.method)};`,
    `const URL_TEXT = ${text(request.url)};`,
    `const ACCEPT = ${text(request.accept)};`,
    `const CONTENT_TYPE = ${text(request.contentType)};`,
    `const BODY = Buffer.from(${text(request.body)}, 'utf8');`,
    `const SIGNED_HEADERS = [${headers.join(', ')}]; // signed besides x-date`,
    `const KEY = ${text(request.key)};`,
    `const ALGORITHM = ${text(request.algorithm)};`,
    `const MD5_ENCODING = ${text(request.options.md5Encoding)}; // 'hex' (default) or 'raw' (variant)`,
    `const DECODE_PARAMETERS = ${request.options.parameterValues === 'decoded'};`,
    `const REMOVE_STAGE = ${request.options.removeStage};`,
    ...formatSecret(request),
    '',
    ...NODE_BODY,
  ].join('\n');
}

function formatSecret(request: SnippetRequest): string[] {
  if (request.secret === undefined) {
    return [
      `const SECRET = process.env.${SECRET_VARIABLE};`,
      `if (!SECRET) throw new Error('Set ${SECRET_VARIABLE} to the ApiAppSecret');`,
    ];
  }
  return [
    '// The ApiAppSecret is embedded: anyone who can read this file can sign as you.',
    `const SECRET = ${formatStringLiteral(request.secret, 'utf16')};`,
  ];
}

const NODE_BODY = [
  "const FORM = 'application/x-www-form-urlencoded';",
  "const isForm = (type) => type.split(';')[0].trim().toLowerCase() === FORM;",
  'const byBytes = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));',
  '',
  'function decode(text) {',
  '  if (!DECODE_PARAMETERS) return text;',
  '  try {',
  "    return decodeURIComponent(text.replace(/\\+/g, ' '));",
  '  } catch {',
  '    return text; // a malformed escape is signed as sent',
  '  }',
  '}',
  '',
  'function pairs(text) {',
  "  return text.split('&').filter(Boolean).map((part) => {",
  "    const at = part.indexOf('=');",
  "    const [key, value] = at === -1 ? [part, ''] : [part.slice(0, at), part.slice(at + 1)];",
  '    return [decode(key), decode(value)];',
  '  });',
  '}',
  '',
  'function pathAndParameters(target, contentType, body) {',
  "  const at = target.indexOf('?');",
  "  let path = (at === -1 ? target : target.slice(0, at)) || '/';",
  "  for (const stage of REMOVE_STAGE ? ['/release', '/prepub', '/test'] : []) {",
  '    if (path === stage || path.startsWith(`${stage}/`)) {',
  "      path = path.slice(stage.length) || '/';",
  '      break;',
  '    }',
  '  }',
  "  const params = pairs(at === -1 ? '' : target.slice(at + 1));",
  "  if (isForm(contentType)) params.push(...pairs(body.toString('utf8')));",
  '  // Sorted by key, then value, in UTF-8 byte order; an empty value is written as the key alone.',
  '  params.sort(([k1, v1], [k2, v2]) => byBytes(k1, k2) || byBytes(v1, v2));',
  "  const query = params.map(([k, v]) => (v === '' ? k : `${k}=${v}`)).join('&');",
  '  return query ? `${path}?${query}` : path;',
  '}',
  '',
  'function contentMd5(contentType, body) {',
  "  if (body.length === 0 || isForm(contentType)) return '';",
  "  const digest = createHash('md5').update(body);",
  "  const raw = MD5_ENCODING === 'raw' ? digest.digest() : Buffer.from(digest.digest('hex'));",
  "  return raw.toString('base64');",
  '}',
  '',
  '// The path and query are sent as typed; the user name and password are never sent.',
  'const [, scheme, authority, typedTarget] = /^([^:]+):\\/\\/([^/?#]*)([^#]*)/.exec(URL_TEXT);',
  "const target = typedTarget.startsWith('/') ? typedTarget : `/${typedTarget}`;",
  "const url = new URL(`${scheme}://${authority.slice(authority.lastIndexOf('@') + 1)}`);",
  'const xDate = new Date().toUTCString();',
  'const md5 = contentMd5(CONTENT_TYPE, BODY);',
  "const signed = [['x-date', xDate], ...SIGNED_HEADERS.map(([n, v]) => [n.toLowerCase(), v])];",
  'signed.sort(([a], [b]) => byBytes(a, b));',
  'const fields = [METHOD.toUpperCase(), ACCEPT, CONTENT_TYPE, md5];',
  'fields.push(pathAndParameters(target, CONTENT_TYPE, BODY));',
  '// Each header line ends in a line feed; the five fields are joined by one, with none after.',
  "const signingString = signed.map(([n, v]) => `${n}: ${v}\\n`).join('') + fields.join('\\n');",
  "const hash = ALGORITHM === 'hmac-sha256' ? 'sha256' : 'sha1';",
  "const signature = createHmac(hash, SECRET).update(signingString, 'utf8').digest('base64');",
  "const names = signed.map(([n]) => n).join(' ');",
  '',
  '// node:http writes header values as Latin-1: pass the UTF-8 bytes that way.',
  "const latin1 = (value) => Buffer.from(value, 'utf8').toString('latin1');",
  '// Accept, Content-Type and Content-MD5 have their own lines: each name is sent once.',
  "const OWN_LINES = new Set(['accept', 'content-type', 'content-md5']);",
  "const headers = { 'x-date': xDate };",
  'for (const [name, value] of SIGNED_HEADERS) {',
  '  if (!OWN_LINES.has(name.toLowerCase())) headers[name] = latin1(value);',
  '}',
  'headers.Accept = latin1(ACCEPT);',
  "headers['Content-Type'] = latin1(CONTENT_TYPE);",
  "if (md5) headers['Content-MD5'] = md5;",
  '// Stated, since node:http would otherwise send no body length for GET or HEAD.',
  "if (BODY.length > 0) headers['Content-Length'] = BODY.length;",
  'headers.Authorization =',
  '  `hmac id="${KEY}", algorithm="${ALGORITHM}", headers="${names}", signature="${signature}"`;',
  '',
  "const send = url.protocol === 'https:' ? httpsRequest : httpRequest;",
  "const hostname = url.hostname.replace(/^\\[|\\]$/g, '');",
  'const options = { method: METHOD, hostname, port: url.port, path: target, headers };',
  'const response = await new Promise((resolve, reject) => {',
  '  const request = send(options, resolve);',
  "  request.on('error', reject);",
  '  request.end(BODY.length === 0 ? undefined : BODY);',
  '});',
  'const reply = [];',
  'for await (const chunk of response) reply.push(chunk);',
  'console.log(response.statusCode, response.statusMessage);',
  "console.log(Buffer.concat(reply).toString('utf8'));",
];
