import { useEffect, useMemo, useState } from 'react';
import { digestBody, type BodyDigest } from '../../signing/body-digest';
import { createBodyHasher } from './body-hasher';

/**
 * Bodies up to this many characters are hashed on the main thread: MD5 of 64 KiB takes about
 * a millisecond. Larger ones go to a Web Worker (10 MiB takes 150–300 ms).
 */
export const MAIN_THREAD_HASH_LIMIT = 64 * 1024;

/**
 * The MD5 digest of `body` when `needed`: at once for a small body, `pending` while a worker
 * hashes a large one, undefined when no Content-MD5 is signed (no body, or a form body).
 */
export function useBodyDigest(body: string, needed: boolean): BodyDigest | 'pending' | undefined {
  const small = needed && body.length <= MAIN_THREAD_HASH_LIMIT;
  const here = useMemo(() => (small ? digestBody(body) : undefined), [small, body]);
  const [hasher] = useState(createBodyHasher);
  const [hashed, setHashed] = useState<BodyDigest>();

  const wanted = needed && !small && hashed?.body !== body;
  useEffect(() => {
    if (wanted) hasher.hash(body, setHashed);
  }, [wanted, hasher, body]);
  useEffect(() => () => hasher.dispose(), [hasher]);

  if (!needed) return undefined;
  if (here) return here;
  return hashed?.body === body ? hashed : 'pending';
}
