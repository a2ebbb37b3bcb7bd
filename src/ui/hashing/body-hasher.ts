import { digestBody, type BodyDigest } from '../../signing/body-digest';
import { createMd5Worker } from './create-md5-worker';
import type { HashRequest, HashResponse } from './md5-worker';

/** Hashes bodies off the main thread, the latest one first. */
export interface BodyHasher {
  /** Hashes `body` and calls `done` with its digest, unless a newer body is asked for first. */
  hash(body: string, done: (digest: BodyDigest) => void): void;
  /** Stops the worker; a later `hash` starts a new one. */
  dispose(): void;
}

interface Job {
  readonly id: number;
  readonly body: string;
  readonly done: (digest: BodyDigest) => void;
}

/**
 * A hasher backed by one Web Worker. While the worker hashes one body, only the newest of the
 * bodies asked for since waits: the ones in between are never shown, so never hashed. Where no
 * worker can run (jsdom, or a worker that fails to start), it hashes on the main thread in a
 * task of its own, so the page still signs, only less smoothly.
 */
export function createBodyHasher(startWorker: () => Worker = createMd5Worker): BodyHasher {
  let worker: Worker | undefined;
  let broken = false;
  let running: Job | undefined;
  let waiting: Job | undefined;
  let jobs = 0;

  const finish = (job: Job, digest: BodyDigest) => {
    running = undefined;
    job.done(digest);
    startNext();
  };

  const hashHere = (job: Job) => {
    setTimeout(() => running === job && finish(job, digestBody(job.body)), 0);
  };

  const getWorker = (): Worker | undefined => {
    if (broken) return undefined;
    if (worker) return worker;
    try {
      worker = startWorker();
    } catch {
      broken = true;
      return undefined;
    }
    worker.addEventListener('message', (event: MessageEvent<HashResponse>) => {
      const job = running;
      if (!job || event.data.job !== job.id) return;
      finish(job, { body: job.body, md5: event.data.md5, byteLength: event.data.byteLength });
    });
    worker.addEventListener('error', () => {
      broken = true;
      worker?.terminate();
      worker = undefined;
      if (running) hashHere(running);
    });
    return worker;
  };

  const startNext = () => {
    if (running || !waiting) return;
    running = waiting;
    waiting = undefined;
    const target = getWorker();
    if (!target) return hashHere(running);
    const request: HashRequest = { job: running.id, body: running.body };
    target.postMessage(request);
  };

  return {
    hash(body, done) {
      jobs += 1;
      waiting = { id: jobs, body, done };
      startNext();
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
      running = undefined;
      waiting = undefined;
    },
  };
}
