import { decodeChunked } from './decode-chunked';
import type { PasteWarning, RequestHeader } from './paste-types';

/** The body a server reads from a raw request, and what the user should know about it. */
export interface HttpBody {
  readonly body: string;
  readonly warnings: readonly PasteWarning[];
  /** Why the body read may not be the bytes the client hashed and signed. */
  readonly doubt?: string;
}

/**
 * Reads the body as a server frames it (RFC 9112 §6.3): chunked framing is decoded, and a
 * body longer than Content-Length is cut there, since a server stops reading at that byte.
 * Transfer-Encoding wins over Content-Length.
 */
export function readHttpBody(headers: readonly RequestHeader[], pasted: string): HttpBody {
  const value = (name: string) =>
    headers.find((header) => header.name.toLowerCase() === name)?.value;
  const transferEncoding = value('transfer-encoding');
  if (transferEncoding !== undefined) return readTransferEncoded(transferEncoding, pasted);

  const declared = value('content-length');
  if (declared === undefined) return { body: pasted, warnings: [] };
  return readWithLength(declared, pasted);
}

function readTransferEncoded(codings: string, pasted: string): HttpBody {
  if (codings.trim().toLowerCase() === 'chunked') {
    const decoded = decodeChunked(pasted);
    if (decoded.ok) {
      const message = `The body is sent chunked (Transfer-Encoding: chunked); its chunks are joined, as the gateway reads them, before hashing: ${byteCount(decoded.body)}.`;
      return { body: decoded.body, warnings: [{ message }] };
    }
    const doubt = `The chunked body could not be decoded (${decoded.reason}), so it is read as pasted, framing included.`;
    return { body: pasted, warnings: [{ message: doubt }], doubt };
  }
  const doubt = `Transfer-Encoding "${codings}" is not decoded here, so the body is read as pasted, which is not what the client hashed.`;
  return { body: pasted, warnings: [{ message: doubt }], doubt };
}

function readWithLength(declared: string, pasted: string): HttpBody {
  const bytes = new TextEncoder().encode(pasted);
  const length = /^\d+$/.test(declared) ? Number(declared) : Number.NaN;
  if (Number.isNaN(length)) {
    const message = `Content-Length "${declared}" is not a number of bytes; the body is read as pasted.`;
    return { body: pasted, warnings: [{ message }] };
  }
  if (length > bytes.length) {
    const message = `Content-Length says ${length} bytes, but the body pasted has ${bytes.length}: it is read as pasted. Was it cut off in copying?`;
    const doubt = `The body pasted is shorter than its Content-Length, so it is not all that the client hashed.`;
    return { body: pasted, warnings: [{ message }], doubt };
  }
  if (length === bytes.length) return { body: pasted, warnings: [] };

  const extra = bytes.length - length;
  const body = new TextDecoder().decode(bytes.subarray(0, length));
  const message = `The body pasted has ${extra} byte${extra === 1 ? '' : 's'} more than Content-Length (${length}), such as a line break added in copying; a server stops reading at Content-Length, so ${extra === 1 ? 'it is' : 'they are'} left out.`;
  return { body, warnings: [{ message }] };
}

function byteCount(body: string): string {
  const size = new TextEncoder().encode(body).length;
  return `${size} byte${size === 1 ? '' : 's'}`;
}
