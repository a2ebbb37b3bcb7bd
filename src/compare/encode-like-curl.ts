/**
 * Percent-encodes text as curl's --data-urlencode does (curl_easy_escape): every byte of its
 * UTF-8 form except the unreserved characters of RFC 3986 §2.3. encodeURIComponent also keeps
 * `!'()*`, so those are encoded here.
 */
export function encodeLikeCurl(text: string): string {
  if (typeof text !== 'string') throw new TypeError('encodeLikeCurl: text must be a string');

  // A lone surrogate (from bash's `$'\ud800'`) makes encodeURIComponent throw; bash writes it
  // as the three bytes UTF-8 would give its code point, and curl escapes each of them.
  return text
    .split(/([\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff])/)
    .map((part, index) => (index % 2 === 1 ? encodeSurrogate(part) : encodePart(part)))
    .join('');
}

function encodePart(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function encodeSurrogate(unit: string): string {
  const code = unit.charCodeAt(0);
  const bytes = [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
  return bytes.map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
}
