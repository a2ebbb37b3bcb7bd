/**
 * Percent-encodes text as curl's --data-urlencode does (curl_easy_escape): every byte of its
 * UTF-8 form except the unreserved characters of RFC 3986 §2.3. encodeURIComponent also keeps
 * `!'()*`, so those are encoded here.
 */
export function encodeLikeCurl(text: string): string {
  if (typeof text !== 'string') throw new TypeError('encodeLikeCurl: text must be a string');
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
