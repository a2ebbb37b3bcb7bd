const SIZE_LINE = /^([0-9a-fA-F]+)[ \t]*(?:;[^\r\n]*)?\r?\n/;

/**
 * Decodes a body sent with `Transfer-Encoding: chunked` (RFC 9112 §7.1): each chunk is a hex
 * size, a line end, that many bytes and a line end; a chunk of size 0 ends the body, and any
 * trailer lines after it are dropped. LF alone is accepted where CRLF belongs, since pastes
 * often lose the CR. Returns why it could not, rather than throwing, for a paste.
 */
export function decodeChunked(
  text: string,
): { readonly ok: true; readonly body: string } | { readonly ok: false; readonly reason: string } {
  if (typeof text !== 'string') throw new TypeError('decodeChunked: text must be a string');

  const bytes = new TextEncoder().encode(text);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: Uint8Array[] = [];
  let at = 0;
  for (;;) {
    // Chunk sizes and line ends are ASCII, so reading them from a Latin-1 view is exact.
    const rest = String.fromCharCode(...bytes.subarray(at, at + 40));
    const line = SIZE_LINE.exec(rest);
    if (!line) return { ok: false, reason: `expected a chunk size in hex at byte ${at}` };
    const size = Number.parseInt(line[1] ?? '', 16);
    at += line[0].length;
    if (size === 0) break;
    if (at + size > bytes.length) {
      return { ok: false, reason: `a chunk of ${size} bytes runs past the end of the paste` };
    }
    parts.push(bytes.subarray(at, at + size));
    at += size;
    const end = /^\r?\n/.exec(String.fromCharCode(...bytes.subarray(at, at + 2)));
    if (!end) return { ok: false, reason: `expected a line end after the chunk at byte ${at}` };
    at += end[0].length;
  }

  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  try {
    return { ok: true, body: decoder.decode(joined) };
  } catch {
    return { ok: false, reason: 'the chunks join into bytes that are not UTF-8 text' };
  }
}
