import { SECRET_VARIABLE, type SnippetRequest } from './snippet-request';

/**
 * A Node.js 18+ ES module (fetch and node:crypto) that signs the request when it runs, by the
 * rules of spec §1 with the page's variant switches, and sends it. fetch sends the URL as the
 * WHATWG parser writes it, so the module signs that form of the path and query.
 */
export function generateNodeSnippet(request: SnippetRequest): string {
  if (typeof request.body !== 'string') {
    throw new TypeError('generateNodeSnippet: request.body must be a string');
  }

  const text = (value: string) => JSON.stringify(value);
  const headers = request.signedHeaders.map(({ name, value }) => `[${text(name)}, ${text(value)}]`);
  return [
    '// Signs one request for Tencent Cloud API Gateway (app authentication) and sends it.',
    '// Save as sign-request.mjs and run with Node.js 18 or later: node sign-request.mjs',
    "import { createHash, createHmac } from 'node:crypto';",
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
    `const SECRET = ${JSON.stringify(request.secret)};`,
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
  'function pathAndParameters(url, contentType, body) {',
  "  let path = url.pathname || '/';",
  "  for (const stage of REMOVE_STAGE ? ['/release', '/prepub', '/test'] : []) {",
  '    if (path === stage || path.startsWith(`${stage}/`)) {',
  "      path = path.slice(stage.length) || '/';",
  '      break;',
  '    }',
  '  }',
  '  const params = pairs(url.search.slice(1));',
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
  'const url = new URL(URL_TEXT);',
  'const xDate = new Date().toUTCString();',
  'const md5 = contentMd5(CONTENT_TYPE, BODY);',
  "const signed = [['x-date', xDate], ...SIGNED_HEADERS.map(([n, v]) => [n.toLowerCase(), v])];",
  'signed.sort(([a], [b]) => byBytes(a, b));',
  'const fields = [METHOD.toUpperCase(), ACCEPT, CONTENT_TYPE, md5];',
  'fields.push(pathAndParameters(url, CONTENT_TYPE, BODY));',
  '// Each header line ends in a line feed; the five fields are joined by one, with none after.',
  "const signingString = signed.map(([n, v]) => `${n}: ${v}\\n`).join('') + fields.join('\\n');",
  "const hash = ALGORITHM === 'hmac-sha256' ? 'sha256' : 'sha1';",
  "const signature = createHmac(hash, SECRET).update(signingString, 'utf8').digest('base64');",
  "const names = signed.map(([n]) => n).join(' ');",
  '',
  '// fetch wants header values as Latin-1 strings: pass the UTF-8 bytes that way.',
  "const latin1 = (value) => Buffer.from(value, 'utf8').toString('latin1');",
  'const headers = new Headers();',
  "headers.set('x-date', xDate);",
  'for (const [name, value] of SIGNED_HEADERS) headers.set(name, latin1(value));',
  "headers.set('Accept', latin1(ACCEPT));",
  "headers.set('Content-Type', latin1(CONTENT_TYPE));",
  "if (md5) headers.set('Content-MD5', md5);",
  'headers.set(',
  "  'Authorization',",
  '  `hmac id="${KEY}", algorithm="${ALGORITHM}", headers="${names}", signature="${signature}"`,',
  ');',
  '',
  'const body = BODY.length === 0 ? undefined : BODY;',
  'const response = await fetch(url, { method: METHOD, headers, body });',
  'console.log(response.status, response.statusText);',
  'console.log(await response.text());',
];
