import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/compare/diagnose';
import { parseCurl } from '../../src/compare/parse-curl';
import type { ParsedRequest } from '../../src/compare/paste-types';
import { tokenizeShell } from '../../src/compare/tokenize-shell';

function readCommand(name: string): string {
  return readFileSync(join(import.meta.dirname, '..', 'data', 'curl', name), 'utf8');
}

/** The words a real bash passes to curl, as the independent reference for the tokenizer. */
function splitWithBash(command: string): string[] {
  const script = `curl() { printf '%s\\0' curl "$@"; }\n${command}`;
  const output = execFileSync('bash', ['-c', script], { env: { LC_ALL: 'C.UTF-8' } });
  return output.toString('utf8').split('\0').slice(0, -1);
}

function parse(command: string): ParsedRequest {
  const result = parseCurl(command);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function header(request: ParsedRequest, name: string) {
  return request.headers.filter((h) => h.name.toLowerCase() === name.toLowerCase());
}

describe('tokenizeShell', () => {
  it.each([
    'chrome-post-json.sh',
    'chrome-ansi-c.sh',
    'firefox-post-json.sh',
    'firefox-get-multiline.sh',
  ])('splits %s into the words bash gives curl', (name) => {
    const command = readCommand(name);
    expect(tokenizeShell(command)).toEqual({ ok: true, value: splitWithBash(command) });
  });

  it.each([
    ['a code point beyond U+FFFF', "curl https://h -d $'\\U0001F600' -d $'a\\U1F600z'"],
    ['a short \\U escape and an escaped backslash', "curl https://h -d $'\\U41\\\\U0001F600'"],
    ['a \\U escape outside $', 'curl https://h -d \'\\U0001F600\' -d "\\U0001F600"'],
  ])('splits %s as bash does', (_, command) => {
    expect(tokenizeShell(command)).toEqual({ ok: true, value: splitWithBash(command) });
  });

  it('reads a command copied with CRLF line ends as bash reads it with LF', () => {
    const command = readCommand('firefox-get-multiline.sh');
    expect(tokenizeShell(command.replace(/\n/g, '\r\n'))).toEqual({
      ok: true,
      value: splitWithBash(command),
    });
  });

  it('reports where an unclosed single quote opens', () => {
    const result = tokenizeShell("curl 'https://host/a' \\\n  -H 'x-date: Fri");
    expect(result).toMatchObject({ ok: false, error: { position: { line: 2, column: 6 } } });
    if (!result.ok)
      expect(result.error.message).toMatch(/' opened at line 2, column 6 is never closed/);
  });

  it("reports where an unclosed $'…' string opens", () => {
    const result = tokenizeShell("curl https://host --data-raw $'a\\'b");
    expect(result).toMatchObject({ ok: false, error: { position: { line: 1, column: 30 } } });
    if (!result.ok) expect(result.error.message).toContain("$'");
  });

  it('reports a command that ends with a line continuation', () => {
    const result = tokenizeShell("curl 'https://host/a' \\");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/ends with a backslash/);
  });
});

describe('parseCurl on devtools output', () => {
  it("reads Chrome's Copy as cURL of a JSON POST: method, URL, headers and body", () => {
    const request = parse(readCommand('chrome-post-json.sh'));
    expect(request.method).toBe('POST');
    expect(request.url).toBe(
      'https://service-q1w2e3r4-1300000000.gz.apigw.tencentcs.com/release/v1/pay',
    );
    expect(request.body).toBe('{"orderId":"A1001","amount":25}');
    expect(header(request, 'accept').map((h) => h.value)).toEqual(['application/json']);
    expect(header(request, 'cookie').map((h) => h.value)).toEqual([
      'sessionid=8f14e45f; theme=dark',
    ]);
    expect(header(request, 'sec-ch-ua')[0]?.value).toBe(
      '"Chromium";v="142", "Google Chrome";v="142", "Not_A Brand";v="99"',
    );
    expect(request.warnings).toEqual([]);
  });

  it("decodes Chrome's $'…' strings: \\', \\u0021, \\n, \\t, \\\\ and \\u00e9", () => {
    const request = parse(readCommand('chrome-ansi-c.sh'));
    expect(request.method).toBe('PUT');
    expect(request.body).toBe('it\'s done!\nline two\tand a tab, café in JSON: {"a":"b\\nc"}');
  });

  it("reads Firefox's one-line Copy as cURL with -X POST", () => {
    const request = parse(readCommand('firefox-post-json.sh'));
    expect(request.method).toBe('POST');
    expect(header(request, 'x-date')[0]?.value).toBe('Fri, 20 Nov 2026 09:15:00 GMT');
    expect(header(request, 'accept-encoding')).toHaveLength(1);
    expect(request.warnings).toEqual([]);
  });

  it("reads Firefox's multi-line GET with --compressed, keeping its own Accept-Encoding", () => {
    const request = parse(readCommand('firefox-get-multiline.sh'));
    expect(request.method).toBe('GET');
    expect(header(request, 'accept-encoding').map((h) => h.origin)).toEqual(['pasted']);
    expect(header(request, 'accept').map((h) => h.value)).toEqual(['*/*']);
  });

  it("reads Firefox's \\xHH escapes as the characters the browser sent", () => {
    // Firefox writes code points under 256 as \xHH; bash would emit one raw byte, which is
    // not what the browser sent, so here the browser's meaning wins over bash's.
    const request = parse(readCommand('firefox-ansi-c-hex.sh'));
    expect(request.body).toBe('{"name":"张三","city":"São Paulo","note":"it\'s"}');
  });

  it.each(['chrome-post-json.sh', 'firefox-post-json.sh'])(
    'finds md5-raw-digest in the %s copy of the content-md5-of-raw-digest case',
    async (name) => {
      const diagnosis = await diagnose({
        request: readCommand(name),
        serverResponse: '',
        clientSigningString: '',
        secret: 'case-secret',
        now: 0,
      });
      expect(diagnosis.causes.map((cause) => cause.id)).toEqual(['md5-raw-digest']);
      expect(diagnosis.expected?.signature).toBe('Ngc4S2HYeKgpXLv8oNwHneZucx0=');
    },
  );
});

describe('parseCurl options', () => {
  it('adds what curl sends on its own: Host, User-Agent, Accept */* and, with -d, a form Content-Type', () => {
    const request = parse("curl https://host.example/release/a -d 'x=1'");
    expect(request.headers.map((h) => [h.name, h.value, h.origin])).toEqual([
      ['Host', 'host.example', 'curl'],
      ['User-Agent', 'curl/8.x', 'curl'],
      ['Accept', '*/*', 'curl'],
      ['Content-Type', 'application/x-www-form-urlencoded', 'curl'],
    ]);
    expect(request.method).toBe('POST');
  });

  it("drops curl's Accept when told -H 'Accept:', and sends an empty one for -H 'Accept;'", () => {
    expect(header(parse("curl https://h/a -H 'Accept:'"), 'accept')).toEqual([]);
    expect(header(parse("curl https://h/a -H 'Accept;'"), 'accept').map((h) => h.value)).toEqual([
      '',
    ]);
  });

  it('joins several -d with & and moves them into the query with -G', () => {
    const request = parse('curl -G https://h/a?z=0 -d a=1 --data b=2 --data-binary c=3');
    expect(request.url).toBe('https://h/a?z=0&a=1&b=2&c=3');
    expect(request.body).toBe('');
    expect(request.method).toBe('GET');
  });

  it('percent-encodes --data-urlencode values as curl does, name= kept', () => {
    const request = parse(
      "curl https://h/a --data-urlencode 'q=a b&c!' --data-urlencode '=x y' --data-urlencode 'plain*'",
    );
    expect(request.body).toBe('q=a%20b%26c%21&x%20y&plain%2A');
  });

  it('reads --url, -A, -e, -b, -XPOST and -sSL together', () => {
    const request = parse(
      "curl -sSL -XPOST --url https://h/a -A 'agent/1' -e https://ref/ -b 'k=v'",
    );
    expect(request.method).toBe('POST');
    expect(request.url).toBe('https://h/a');
    expect(header(request, 'user-agent').map((h) => h.value)).toEqual(['agent/1']);
    expect(header(request, 'referer').map((h) => h.value)).toEqual(['https://ref/']);
    expect(header(request, 'cookie').map((h) => h.value)).toEqual(['k=v']);
    expect(request.warnings).toEqual([]);
  });

  it('keeps the spaces written around a header value apart from the value the server receives', () => {
    const [source] = header(parse("curl https://h/a -H 'source:  web  '"), 'source');
    expect(source).toMatchObject({ value: 'web', written: '  web  ' });
  });

  it('reports an unknown option and goes on', () => {
    const request = parse('curl --frobnicate https://h/a');
    expect(request.url).toBe('https://h/a');
    expect(request.warnings.map((w) => w.message)).toEqual([
      'Unknown option --frobnicate: ignored, and taken to have no argument.',
    ]);
  });

  it('reports what it cannot follow: a body from a file, -F, -u, a trailing -H', () => {
    const request = parse('curl https://h/a -d @body.json -F f=1 -u me:pw -H');
    const messages = request.warnings.map((w) => w.message).join('\n');
    expect(messages).toMatch(/@body.json reads the body from a file/);
    expect(messages).toMatch(/-F sends a multipart body/);
    expect(messages).toMatch(/-u makes curl send "Authorization: Basic/);
    expect(messages).toMatch(/-H at the end has no argument/);
  });

  // What curl 7.88.1 sent to a listener on 127.0.0.1 for each command.
  it.each([
    ['--json \'{"a":1}\' --json \'{"b":2}\'', '{"a":1}{"b":2}'],
    ['-d x=1 --json \'{"a":1}\'', 'x=1{"a":1}'],
    ['--json \'{"a":1}\' -d x=1', '{"a":1}&x=1'],
    ['-d x=1 -d y=2 --json z -d w', 'x=1&y=2z&w'],
  ])('joins the body of %s as curl does', (options, body) => {
    const request = parse(`curl https://h/a ${options}`);
    expect(request.body).toBe(body);
    expect(header(request, 'content-type').map((h) => h.value)).toEqual(['application/json']);
    expect(header(request, 'accept').map((h) => h.value)).toEqual(['application/json']);
  });

  it('keeps an Accept given beside --json, as curl does', () => {
    const request = parse("curl https://h/a --json '{}' -H 'Accept: text/plain'");
    expect(header(request, 'accept').map((h) => h.value)).toEqual(['text/plain']);
    expect(header(request, 'content-type').map((h) => h.value)).toEqual(['application/json']);
  });

  it('stops at a pipe and says so', () => {
    const request = parse("curl https://h/a -H 'x: 1' | jq .");
    expect(header(request, 'x').map((h) => h.value)).toEqual(['1']);
    expect(request.warnings[0]?.message).toMatch(/Stopped reading at "\|"/);
  });

  it('takes http:// for a URL without a scheme, as curl does, and says so', () => {
    const request = parse('curl h.example/a');
    expect(request.url).toBe('http://h.example/a');
    expect(request.warnings[0]?.message).toMatch(/no scheme/);
  });
});
