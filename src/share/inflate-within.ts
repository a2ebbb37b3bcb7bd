import { Inflate } from 'fflate';

/** Compressed bytes fed to the inflater at a time: each can grow to at most about 1 MiB. */
const STEP = 1024;

/**
 * Inflates DEFLATE data (RFC 1951), or returns undefined when it is malformed or would grow past
 * `limit` bytes. A link comes from anywhere: a few kilobytes can inflate to gigabytes, so the
 * data goes in small steps and stops as soon as the output passes the limit.
 */
export function inflateWithin(data: Uint8Array, limit: number): Uint8Array | undefined {
  if (!ArrayBuffer.isView(data)) throw new TypeError('inflateWithin: data must be a Uint8Array');
  if (!(limit >= 0)) throw new RangeError('inflateWithin: limit must be a number of bytes');

  const chunks: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    chunks.push(chunk);
    size += chunk.length;
    ended ||= final;
  });

  try {
    for (let at = 0; at < data.length && size <= limit; at += STEP) {
      inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
    }
  } catch {
    return undefined;
  }
  if (size > limit || !ended) return undefined;
  return joinChunks(chunks, size);
}

function joinChunks(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const joined = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
}
