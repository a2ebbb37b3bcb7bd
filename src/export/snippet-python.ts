import { formatStringLiteral } from './format-string-literal';
import { SECRET_VARIABLE, type SnippetRequest } from './snippet-request';

/**
 * A Python 3 program (requests) that signs the request when it runs, by the default rules of
 * spec §1 with the variant switches the page was set to, and sends it. Literals escape every
 * character outside printable ASCII, so the file's encoding does not matter.
 */
export function generatePythonSnippet(request: SnippetRequest): string {
  if (typeof request.body !== 'string') {
    throw new TypeError('generatePythonSnippet: request.body must be a string');
  }

  const text = (value: string) => formatStringLiteral(value, 'code-point');
  const headers = request.signedHeaders.map(({ name, value }) => `${text(name)}: ${text(value)}`);
  return [
    '# Signs one request for Tencent Cloud API Gateway (app authentication) and sends it.',
    '# Needs Python 3.8+ and requests (pip install requests).',
    'import base64, hashlib, hmac, os, re, sys',
    'from email.utils import formatdate',
    'from urllib.parse import unquote_to_bytes, urlsplit',
    '',
    'import requests',
    '',
    `METHOD = ${text(request.method)}`,
    `URL = ${text(request.url)}`,
    `ACCEPT = ${text(request.accept)}`,
    `CONTENT_TYPE = ${text(request.contentType)}`,
    `BODY = ${text(request.body)}.encode("utf-8")`,
    `SIGNED_HEADERS = {${headers.join(', ')}}  # signed besides x-date`,
    `KEY = ${text(request.key)}`,
    `ALGORITHM = ${text(request.algorithm)}`,
    `MD5_ENCODING = ${text(request.options.md5Encoding)}  # "hex" (default) or "raw" (variant)`,
    `DECODE_PARAMETERS = ${request.options.parameterValues === 'decoded' ? 'True' : 'False'}`,
    `REMOVE_STAGE = ${request.options.removeStage ? 'True' : 'False'}`,
    ...formatSecret(request),
    '',
    ...PYTHON_BODY,
  ].join('\n');
}

function formatSecret(request: SnippetRequest): string[] {
  if (request.secret === undefined) {
    return [
      `SECRET = os.environ.get("${SECRET_VARIABLE}")`,
      'if not SECRET:',
      `    sys.exit("Set ${SECRET_VARIABLE} to the ApiAppSecret")`,
    ];
  }
  return [
    '# The ApiAppSecret is embedded: anyone who can read this file can sign as you.',
    `SECRET = ${formatStringLiteral(request.secret, 'code-point')}`,
  ];
}

const PYTHON_BODY = [
  'FORM = "application/x-www-form-urlencoded"',
  'STAGES = ("/release", "/prepub", "/test")',
  '',
  '',
  'def is_form(content_type):',
  '    return content_type.split(";")[0].strip().lower() == FORM',
  '',
  '',
  'def decode(text):',
  '    # Signed decoded as UTF-8; a malformed escape leaves the text as sent.',
  '    if not DECODE_PARAMETERS or re.search(r"%(?![0-9A-Fa-f]{2})", text):',
  '        return text',
  '    try:',
  '        return unquote_to_bytes(text.replace("+", " ")).decode("utf-8")',
  '    except UnicodeDecodeError:',
  '        return text',
  '',
  '',
  'def pairs(text):',
  '    for part in text.split("&"):',
  '        if part:',
  '            key, _, value = part.partition("=")',
  '            yield decode(key), decode(value)',
  '',
  '',
  'def path_and_parameters(url, content_type, body):',
  '    parts = urlsplit(url)',
  '    path = parts.path or "/"',
  '    for stage in STAGES if REMOVE_STAGE else ():',
  '        if path == stage or path.startswith(stage + "/"):',
  '            path = path[len(stage):] or "/"',
  '            break',
  '    params = list(pairs(parts.query))',
  '    if is_form(content_type):',
  '        params += pairs(body.decode("utf-8", "replace"))',
  '    # Sorted by key, then value, in UTF-8 byte order; an empty value is written as the key alone.',
  '    params.sort(key=lambda p: (p[0].encode("utf-8"), p[1].encode("utf-8")))',
  '    query = "&".join(k if v == "" else k + "=" + v for k, v in params)',
  '    return path + "?" + query if query else path',
  '',
  '',
  'def content_md5(content_type, body):',
  '    if not body or is_form(content_type):',
  '        return ""',
  '    digest = hashlib.md5(body)',
  '    raw = digest.digest() if MD5_ENCODING == "raw" else digest.hexdigest().encode()',
  '    return base64.b64encode(raw).decode()',
  '',
  '',
  'x_date = formatdate(usegmt=True)',
  'md5 = content_md5(CONTENT_TYPE, BODY)',
  'signed = {"x-date": x_date, **{k.lower(): v for k, v in SIGNED_HEADERS.items()}}',
  'names = sorted(signed, key=lambda name: name.encode("utf-8"))',
  'fields = [METHOD.upper(), ACCEPT, CONTENT_TYPE, md5, path_and_parameters(URL, CONTENT_TYPE, BODY)]',
  '# Each header line ends in a line feed; the five fields are joined by one, with none after.',
  'signing_string = "".join(n + ": " + signed[n] + "\\n" for n in names) + "\\n".join(fields)',
  'digestmod = hashlib.sha256 if ALGORITHM == "hmac-sha256" else hashlib.sha1',
  'mac = hmac.new(SECRET.encode("utf-8"), signing_string.encode("utf-8"), digestmod)',
  'signature = base64.b64encode(mac.digest()).decode()',
  '',
  'headers = {"x-date": x_date, **SIGNED_HEADERS, "Accept": ACCEPT, "Content-Type": CONTENT_TYPE}',
  'if md5:',
  '    headers["Content-MD5"] = md5',
  'headers["Authorization"] = (',
  '    f\'hmac id="{KEY}", algorithm="{ALGORITHM}", \'',
  '    f\'headers="{" ".join(names)}", signature="{signature}"\'',
  ')',
  '',
  'session = requests.Session()',
  '# Header values as UTF-8 bytes: http.client would encode text as Latin-1.',
  'raw_headers = {name: value.encode("utf-8") for name, value in headers.items()}',
  'prepared = session.prepare_request(requests.Request(METHOD, URL, raw_headers, data=BODY))',
  '# requests would re-encode the URL; send the one that was signed.',
  'prepared.url = URL.split("#")[0]',
  'response = session.send(prepared)',
  'print(response.status_code, response.reason)',
  'print(response.text)',
];
