import { digestBody } from '../../signing/body-digest';

/** What the page asks the worker: hash this body, and answer with this job number. */
export interface HashRequest {
  readonly job: number;
  readonly body: string;
}

/** The worker's answer; the body itself stays with the page, which still holds it. */
export interface HashResponse {
  readonly job: number;
  readonly md5: Uint8Array;
  readonly byteLength: number;
}

// Runs in a dedicated worker, so that hashing a body of megabytes never blocks typing.
globalThis.addEventListener('message', (event: MessageEvent<HashRequest>) => {
  const { job, body } = event.data;
  const { md5, byteLength } = digestBody(body);
  const response: HashResponse = { job, md5, byteLength };
  globalThis.postMessage(response, { transfer: [md5.buffer] });
});
