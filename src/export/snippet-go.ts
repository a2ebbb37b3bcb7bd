import { formatStringLiteral } from './format-string-literal';
import { SECRET_VARIABLE, type SnippetRequest } from './snippet-request';

/**
 * A Go program (net/http) that signs the request when it runs, by the rules of spec §1 with the
 * page's variant switches, and sends it. It signs the path and query exactly as net/http will
 * send them (`URL.EscapedPath`, `URL.RawQuery`). Literals escape every character outside printable
 * ASCII, since Go refuses a BOM in mid-file.
 */
export function generateGoSnippet(request: SnippetRequest): string {
  if (typeof request.body !== 'string') {
    throw new TypeError('generateGoSnippet: request.body must be a string');
  }

  const text = (value: string) => formatStringLiteral(value, 'code-point');
  const headers = request.signedHeaders.map(({ name, value }) => `{${text(name)}, ${text(value)}}`);
  return [
    '// Signs one request for Tencent Cloud API Gateway (app authentication) and sends it.',
    '// Save as main.go and run: go run main.go',
    'package main',
    '',
    formatImports(request.secret === undefined),
    '',
    'const (',
    `\tmethod      = ${text(request.method)}`,
    `\trequestURL  = ${text(request.url)}`,
    `\taccept      = ${text(request.accept)}`,
    `\tcontentType = ${text(request.contentType)}`,
    `\tbody        = ${text(request.body)}`,
    `\tkey         = ${text(request.key)}`,
    `\talgorithm   = ${text(request.algorithm)}`,
    `\tmd5Encoding = ${text(request.options.md5Encoding)} // "hex" (default) or "raw" (variant)`,
    `\tdecodeParameters = ${request.options.parameterValues === 'decoded'}`,
    `\tremoveStage      = ${request.options.removeStage}`,
    ')',
    '',
    '// Signed besides x-date.',
    `var signedHeaders = [][2]string{${headers.join(', ')}}`,
    '',
    ...formatSecret(request),
    '',
    ...GO_BODY,
  ].join('\n');
}

function formatSecret(request: SnippetRequest): string[] {
  if (request.secret === undefined) {
    return [
      'func readSecret() string {',
      `\tsecret := os.Getenv("${SECRET_VARIABLE}")`,
      '\tif secret == "" {',
      `\t\tfmt.Fprintln(os.Stderr, "Set ${SECRET_VARIABLE} to the ApiAppSecret")`,
      '\t\tos.Exit(1)',
      '\t}',
      '\treturn secret',
      '}',
    ];
  }
  return [
    '// The ApiAppSecret is embedded: anyone who can read this file can sign as you.',
    `func readSecret() string { return ${formatStringLiteral(request.secret, 'code-point')} }`,
  ];
}

// Go refuses to compile an unused import, and only reading the secret from the environment uses os.
function formatImports(readsEnvironment: boolean): string {
  const imports = readsEnvironment ? GO_IMPORTS : GO_IMPORTS.filter((name) => name !== 'os');
  return ['import (', ...imports.map((name) => `\t"${name}"`), ')'].join('\n');
}

const GO_IMPORTS = [
  'bytes',
  'crypto/hmac',
  'crypto/md5',
  'crypto/sha1',
  'crypto/sha256',
  'encoding/base64',
  'encoding/hex',
  'fmt',
  'io',
  'net/http',
  'net/url',
  'os',
  'sort',
  'strings',
  'time',
  'unicode/utf8',
];

const GO_BODY = `func isForm(value string) bool {
\tmediaType := strings.SplitN(value, ";", 2)[0]
\treturn strings.ToLower(strings.TrimSpace(mediaType)) == "application/x-www-form-urlencoded"
}

// decode signs a component decoded as UTF-8; a malformed escape leaves it as sent.
func decode(text string) string {
\tif !decodeParameters {
\t\treturn text
\t}
\tdecoded, err := url.QueryUnescape(text)
\tif err != nil || !utf8.ValidString(decoded) {
\t\treturn text
\t}
\treturn decoded
}

func pairs(text string) [][2]string {
\tvar result [][2]string
\tfor _, part := range strings.Split(text, "&") {
\t\tif part == "" {
\t\t\tcontinue
\t\t}
\t\tk, v, _ := strings.Cut(part, "=")
\t\tresult = append(result, [2]string{decode(k), decode(v)})
\t}
\treturn result
}

func pathAndParameters(target *url.URL) string {
\tpath := target.EscapedPath()
\tif path == "" {
\t\tpath = "/"
\t}
\tif removeStage {
\t\tfor _, stage := range []string{"/release", "/prepub", "/test"} {
\t\t\tif path == stage || strings.HasPrefix(path, stage+"/") {
\t\t\t\tpath = strings.TrimPrefix(path, stage)
\t\t\t\tif path == "" {
\t\t\t\t\tpath = "/"
\t\t\t\t}
\t\t\t\tbreak
\t\t\t}
\t\t}
\t}
\tparams := pairs(target.RawQuery)
\tif isForm(contentType) {
\t\tparams = append(params, pairs(body)...)
\t}
\t// Sorted by key, then value, in byte order; an empty value is written as the key alone.
\tsort.SliceStable(params, func(i, j int) bool {
\t\tif params[i][0] != params[j][0] {
\t\t\treturn params[i][0] < params[j][0]
\t\t}
\t\treturn params[i][1] < params[j][1]
\t})
\tparts := make([]string, len(params))
\tfor i, p := range params {
\t\tparts[i] = p[0]
\t\tif p[1] != "" {
\t\t\tparts[i] += "=" + p[1]
\t\t}
\t}
\tif len(parts) == 0 {
\t\treturn path
\t}
\treturn path + "?" + strings.Join(parts, "&")
}

func contentMD5() string {
\tif body == "" || isForm(contentType) {
\t\treturn ""
\t}
\tdigest := md5.Sum([]byte(body))
\tif md5Encoding == "raw" {
\t\treturn base64.StdEncoding.EncodeToString(digest[:])
\t}
\treturn base64.StdEncoding.EncodeToString([]byte(hex.EncodeToString(digest[:])))
}

func main() {
\treq, err := http.NewRequest(method, requestURL, bytes.NewReader([]byte(body)))
\tif err != nil {
\t\tpanic(err)
\t}
\txDate := time.Now().UTC().Format(http.TimeFormat)
\tmd5Value := contentMD5()
\tsigned := [][2]string{{"x-date", xDate}}
\tfor _, h := range signedHeaders {
\t\tsigned = append(signed, [2]string{strings.ToLower(h[0]), h[1]})
\t}
\tsort.Slice(signed, func(i, j int) bool { return signed[i][0] < signed[j][0] })

\t// Each header line ends in a line feed; the five fields are joined by one, with none after.
\tvar signingString strings.Builder
\tnames := make([]string, len(signed))
\tfor i, h := range signed {
\t\tsigningString.WriteString(h[0] + ": " + h[1] + "\\n")
\t\tnames[i] = h[0]
\t}
\tfields := []string{strings.ToUpper(method), accept, contentType, md5Value, pathAndParameters(req.URL)}
\tsigningString.WriteString(strings.Join(fields, "\\n"))

\tnewHash := sha1.New
\tif algorithm == "hmac-sha256" {
\t\tnewHash = sha256.New
\t}
\tmac := hmac.New(newHash, []byte(readSecret()))
\tmac.Write([]byte(signingString.String()))
\tsignature := base64.StdEncoding.EncodeToString(mac.Sum(nil))

\t// Set directly rather than with Header.Set, which would drop nothing but reads less plainly.
\treq.Header["X-Date"] = []string{xDate}
\tfor _, h := range signedHeaders {
\t\t// net/http sends Host from req.Host and ignores it among the headers.
\t\tif strings.EqualFold(h[0], "host") {
\t\t\treq.Host = h[1]
\t\t\tcontinue
\t\t}
\t\treq.Header[http.CanonicalHeaderKey(h[0])] = []string{h[1]}
\t}
\treq.Header["Accept"] = []string{accept}
\treq.Header["Content-Type"] = []string{contentType}
\tif md5Value != "" {
\t\treq.Header["Content-Md5"] = []string{md5Value}
\t}
\treq.Header["Authorization"] = []string{fmt.Sprintf(
\t\t\`hmac id="%s", algorithm="%s", headers="%s", signature="%s"\`,
\t\tkey, algorithm, strings.Join(names, " "), signature)}

\tresponse, err := http.DefaultClient.Do(req)
\tif err != nil {
\t\tpanic(err)
\t}
\tdefer response.Body.Close()
\treply, _ := io.ReadAll(response.Body)
\tfmt.Println(response.Status)
\tfmt.Println(string(reply))
}`.split('\n');
