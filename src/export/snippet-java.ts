import { formatStringLiteral } from './format-string-literal';
import { SECRET_VARIABLE, type SnippetRequest } from './snippet-request';

/**
 * A Java 11+ program (java.net.http) that signs the request when it runs, by the rules of spec
 * §1 with the page's variant switches, and sends it over HTTP/1.1 (the HTTP/2 upgrade would add
 * headers of its own). Literals escape non-ASCII as `\uXXXX`, so the source file's encoding
 * does not matter.
 */
export function generateJavaSnippet(request: SnippetRequest): string {
  if (typeof request.body !== 'string') {
    throw new TypeError('generateJavaSnippet: request.body must be a string');
  }

  const text = formatJavaString;
  const headers = request.signedHeaders.map(({ name, value }) => `{${text(name)}, ${text(value)}}`);
  return [
    '// Signs one request for Tencent Cloud API Gateway (app authentication) and sends it.',
    '// Save as SignRequest.java and run with Java 11 or later: java SignRequest.java',
    ...JAVA_IMPORTS,
    '',
    'public class SignRequest {',
    `  static final String METHOD = ${text(request.method)};`,
    `  static final String URL = ${text(request.url)};`,
    `  static final String ACCEPT = ${text(request.accept)};`,
    `  static final String CONTENT_TYPE = ${text(request.contentType)};`,
    `  static final byte[] BODY = ${text(request.body)}.getBytes(StandardCharsets.UTF_8);`,
    `  static final String[][] SIGNED_HEADERS = {${headers.join(', ')}}; // besides x-date`,
    `  static final String KEY = ${text(request.key)};`,
    `  static final String ALGORITHM = ${text(request.algorithm)};`,
    `  static final String MD5_ENCODING = ${text(request.options.md5Encoding)}; // or "raw" (variant)`,
    `  static final boolean DECODE_PARAMETERS = ${request.options.parameterValues === 'decoded'};`,
    `  static final boolean REMOVE_STAGE = ${request.options.removeStage};`,
    '',
    ...formatSecret(request),
    '',
    ...JAVA_BODY,
    '}',
  ].join('\n');
}

function formatJavaString(value: string): string {
  return formatStringLiteral(value, 'utf16');
}

function formatSecret(request: SnippetRequest): string[] {
  if (request.secret === undefined) {
    return [
      '  static String readSecret() {',
      `    String secret = System.getenv("${SECRET_VARIABLE}");`,
      '    if (secret == null || secret.isEmpty()) {',
      `      throw new IllegalStateException("Set ${SECRET_VARIABLE} to the ApiAppSecret");`,
      '    }',
      '    return secret;',
      '  }',
    ];
  }
  return [
    '  // The ApiAppSecret is embedded: anyone who can read this file can sign as you.',
    `  static String readSecret() { return ${formatJavaString(request.secret)}; }`,
  ];
}

const JAVA_IMPORTS = `import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;`.split('\n');

const JAVA_BODY = `  static boolean isForm(String type) {
    String mediaType = type.split(";", -1)[0].trim().toLowerCase(Locale.ROOT);
    return mediaType.equals("application/x-www-form-urlencoded");
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  // Signed decoded as UTF-8; a malformed escape or invalid UTF-8 leaves the text as sent.
  static String decode(String text) {
    if (!DECODE_PARAMETERS) return text;
    byte[] raw = utf8(text.replace('+', ' '));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] != '%') {
        out.write(raw[i]);
        continue;
      }
      if (i + 2 >= raw.length) return text;
      int high = Character.digit(raw[i + 1], 16);
      int low = Character.digit(raw[i + 2], 16);
      if (high < 0 || low < 0) return text;
      out.write(high * 16 + low);
      i += 2;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(out.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return text;
    }
  }

  static List<String[]> pairs(String text) {
    List<String[]> result = new ArrayList<>();
    for (String part : text.split("&", -1)) {
      if (part.isEmpty()) continue;
      int at = part.indexOf('=');
      String key = at < 0 ? part : part.substring(0, at);
      String value = at < 0 ? "" : part.substring(at + 1);
      result.add(new String[] {decode(key), decode(value)});
    }
    return result;
  }

  static String pathAndParameters(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    for (String stage : REMOVE_STAGE ? new String[] {"/release", "/prepub", "/test"} : new String[0]) {
      if (path.equals(stage) || path.startsWith(stage + "/")) {
        path = path.equals(stage) ? "/" : path.substring(stage.length());
        break;
      }
    }
    List<String[]> params = pairs(uri.getRawQuery() == null ? "" : uri.getRawQuery());
    if (isForm(CONTENT_TYPE)) params.addAll(pairs(new String(BODY, StandardCharsets.UTF_8)));
    // Sorted by key, then value, in UTF-8 byte order; an empty value is written as the key alone.
    params.sort((a, b) -> {
      int byKey = Arrays.compareUnsigned(utf8(a[0]), utf8(b[0]));
      return byKey != 0 ? byKey : Arrays.compareUnsigned(utf8(a[1]), utf8(b[1]));
    });
    List<String> parts = new ArrayList<>();
    for (String[] p : params) parts.add(p[1].isEmpty() ? p[0] : p[0] + "=" + p[1]);
    return parts.isEmpty() ? path : path + "?" + String.join("&", parts);
  }

  static String contentMd5() throws Exception {
    if (BODY.length == 0 || isForm(CONTENT_TYPE)) return "";
    byte[] digest = MessageDigest.getInstance("MD5").digest(BODY);
    if (MD5_ENCODING.equals("raw")) return Base64.getEncoder().encodeToString(digest);
    StringBuilder hex = new StringBuilder();
    for (byte b : digest) hex.append(String.format("%02x", b));
    return Base64.getEncoder().encodeToString(utf8(hex.toString()));
  }

  public static void main(String[] args) throws Exception {
    // java.net.http refuses to set Host unless allowed before its first use.
    System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
    URI uri = URI.create(URL);
    DateTimeFormatter rfc1123 =
        DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);
    String xDate = rfc1123.format(ZonedDateTime.now(ZoneOffset.UTC));
    String md5 = contentMd5();

    List<String[]> signed = new ArrayList<>();
    signed.add(new String[] {"x-date", xDate});
    for (String[] h : SIGNED_HEADERS) signed.add(new String[] {h[0].toLowerCase(Locale.ROOT), h[1]});
    signed.sort((a, b) -> Arrays.compareUnsigned(utf8(a[0]), utf8(b[0])));

    // Each header line ends in a line feed; the five fields are joined by one, with none after.
    StringBuilder signingString = new StringBuilder();
    List<String> names = new ArrayList<>();
    for (String[] h : signed) {
      signingString.append(h[0]).append(": ").append(h[1]).append('\\n');
      names.add(h[0]);
    }
    signingString.append(String.join("\\n",
        METHOD.toUpperCase(Locale.ROOT), ACCEPT, CONTENT_TYPE, md5, pathAndParameters(uri)));

    String hmac = ALGORITHM.equals("hmac-sha256") ? "HmacSHA256" : "HmacSHA1";
    Mac mac = Mac.getInstance(hmac);
    mac.init(new SecretKeySpec(utf8(readSecret()), hmac));
    String signature =
        Base64.getEncoder().encodeToString(mac.doFinal(utf8(signingString.toString())));

    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .version(HttpClient.Version.HTTP_1_1)
        .header("x-date", xDate);
    // Accept, Content-Type and Content-MD5 have their own lines: each name is sent once.
    List<String> ownLines = List.of("accept", "content-type", "content-md5");
    for (String[] h : SIGNED_HEADERS) {
      if (!ownLines.contains(h[0].toLowerCase(Locale.ROOT))) request.header(h[0], h[1]);
    }
    request.header("Accept", ACCEPT).header("Content-Type", CONTENT_TYPE);
    if (!md5.isEmpty()) request.header("Content-MD5", md5);
    request.header("Authorization", String.format(
        "hmac id=\\"%s\\", algorithm=\\"%s\\", headers=\\"%s\\", signature=\\"%s\\"",
        KEY, ALGORITHM, String.join(" ", names), signature));
    request.method(METHOD, BODY.length == 0
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(BODY));

    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    System.out.println(response.statusCode());
    System.out.println(response.body());
  }`.split('\n');
