import net from 'node:net';
import tls from 'node:tls';

/** One request as it arrived on the wire. */
export interface ReceivedRequest {
  readonly method: string;
  readonly target: string;
  /** Names as sent, values without the spaces around them, in the order received. */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Buffer;
}

export interface RawListenerOptions {
  /** A key and certificate (PEM) to answer over TLS, as an https origin does. */
  readonly tls?: { readonly key: string; readonly cert: string };
}

export interface RawListener {
  readonly origin: string;
  readonly port: number;
  /** The next request received, or a rejection after `timeoutMs`. */
  next(timeoutMs?: number): Promise<ReceivedRequest>;
  close(): Promise<void>;
}

/**
 * A plain TCP listener on 127.0.0.1 that reads HTTP/1.1 requests byte for byte, so that a test
 * sees exactly what a client sent (Node's own HTTP parser would normalise it), and answers each
 * with 200. With `tls` it reads the same bytes from inside a TLS connection.
 */
export async function startRawListener(options: RawListenerOptions = {}): Promise<RawListener> {
  const received: ReceivedRequest[] = [];
  const waiting: ((request: ReceivedRequest) => void)[] = [];
  const deliver = (request: ReceivedRequest) => {
    const waiter = waiting.shift();
    if (waiter) waiter(request);
    else received.push(request);
  };

  const handle = (socket: net.Socket) => readRequest(socket, deliver);
  const server = options.tls ? tls.createServer(options.tls, handle) : net.createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('listener has no port');

  return {
    origin: `${options.tls ? 'https' : 'http'}://127.0.0.1:${address.port}`,
    port: address.port,
    next(timeoutMs = 20_000) {
      const ready = received.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no request arrived')), timeoutMs);
        waiting.push((request) => {
          clearTimeout(timer);
          resolve(request);
        });
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function readRequest(socket: net.Socket, deliver: (request: ReceivedRequest) => void) {
  let buffer = Buffer.alloc(0);
  let head: { method: string; target: string; headers: [string, string][] } | undefined;
  let length = 0;

  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    if (!head) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end === -1) return;
      head = parseHead(buffer.subarray(0, end).toString('latin1'));
      buffer = buffer.subarray(end + 4);
      const contentLength = head.headers.find(([name]) => name.toLowerCase() === 'content-length');
      length = Number(contentLength?.[1] ?? 0);
      const expect = head.headers.some(([name]) => name.toLowerCase() === 'expect');
      if (expect) socket.write('HTTP/1.1 100 Continue\r\n\r\n');
    }
    if (buffer.length < length) return;

    deliver({ ...head, body: buffer.subarray(0, length) });
    socket.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok');
  });
  socket.on('error', () => socket.destroy());
}

function parseHead(text: string) {
  const [requestLine = '', ...lines] = text.split('\r\n');
  const [method = '', target = ''] = requestLine.split(' ');
  const headers = lines.map((line): [string, string] => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon), line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '')];
  });
  return { method, target, headers };
}

/** Header values arrive as bytes; read them as UTF-8, as the gateway signs them. */
export function decodeHeaderValue(value: string): string {
  return Buffer.from(value, 'latin1').toString('utf8');
}
