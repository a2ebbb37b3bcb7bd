// Tests type-check this file under the Node project too, which lacks Vite's client types.
/// <reference types="vite/client" />
import Md5Worker from './md5-worker?worker';

/**
 * Starts the worker that hashes large bodies. The single-file build aliases this import to
 * `?worker&inline` (see vite.config.ts), since a page opened from disk cannot load a second file.
 */
export function createMd5Worker(): Worker {
  return new Md5Worker({ name: 'md5' });
}
