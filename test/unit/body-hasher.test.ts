import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import type { BodyDigest } from '../../src/signing/body-digest';
import { digestBody } from '../../src/signing/body-digest';
import { createBodyHasher } from '../../src/ui/hashing/body-hasher';
import type { HashRequest } from '../../src/ui/hashing/md5-worker';

/** A stand-in for the worker: answers each request a tick later, as the real one would. */
class FakeWorker extends EventTarget {
  readonly received: string[] = [];
  terminated = false;

  postMessage(request: HashRequest) {
    this.received.push(request.body);
    setTimeout(() => {
      const { md5, byteLength } = digestBody(request.body);
      const data = { job: request.job, md5, byteLength };
      this.dispatchEvent(new MessageEvent('message', { data }));
    }, 1);
  }

  terminate() {
    this.terminated = true;
  }
}

function md5Hex(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}

function hex(digest: BodyDigest): string {
  return Buffer.from(digest.md5).toString('hex');
}

function hashNow(hasher: ReturnType<typeof createBodyHasher>, body: string) {
  return new Promise<BodyDigest>((resolve) => hasher.hash(body, resolve));
}

describe('the body hasher', () => {
  it('hashes in the worker and gives the MD5 node:crypto gives', async () => {
    const worker = new FakeWorker();
    const hasher = createBodyHasher(() => worker as unknown as Worker);

    const digest = await hashNow(hasher, 'x'.repeat(100_000));

    expect(worker.received).toHaveLength(1);
    expect(hex(digest)).toBe(md5Hex('x'.repeat(100_000)));
    expect(digest.byteLength).toBe(100_000);
  });

  it('hashes only the newest of the bodies asked for while it is busy', async () => {
    const worker = new FakeWorker();
    const hasher = createBodyHasher(() => worker as unknown as Worker);
    const done = vi.fn();

    hasher.hash('first', done);
    hasher.hash('second', done);
    const last = await hashNow(hasher, 'third');

    expect(worker.received).toEqual(['first', 'third']);
    expect(hex(last)).toBe(md5Hex('third'));
    expect(done).toHaveBeenCalledTimes(1);
    expect(done.mock.calls[0]?.[0]).toMatchObject({ body: 'first' });
  });

  it('hashes on the main thread when the worker fails to load', async () => {
    const worker = new FakeWorker();
    worker.postMessage = () => worker.dispatchEvent(new Event('error'));
    const hasher = createBodyHasher(() => worker as unknown as Worker);

    const digest = await hashNow(hasher, 'ü🙂');

    expect(worker.terminated).toBe(true);
    expect(hex(digest)).toBe(md5Hex('ü🙂'));
    expect(digest.byteLength).toBe(6);
  });

  it('hashes on the main thread where no worker can start', async () => {
    const hasher = createBodyHasher(() => {
      throw new ReferenceError('Worker is not defined');
    });

    const digest = await hashNow(hasher, 'body');

    expect(hex(digest)).toBe(md5Hex('body'));
  });

  it('drops what it was doing when disposed', async () => {
    const worker = new FakeWorker();
    const hasher = createBodyHasher(() => worker as unknown as Worker);
    const done = vi.fn();

    hasher.hash('body', done);
    hasher.dispose();
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(worker.terminated).toBe(true);
    expect(done).not.toHaveBeenCalled();
  });
});
