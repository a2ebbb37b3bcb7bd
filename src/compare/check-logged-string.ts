import { signHmac } from '../signing/hmac';
import type { Algorithm } from '../signing/types';
import type { Finding } from './finding';
import { equalBytes } from './search-variants';

export interface LoggedStringCheck {
  readonly findings: readonly Finding[];
  /** Whether the logged string, signed with the secret, gives the client's signature. */
  readonly reproduces: boolean;
}

/**
 * Signs the string the client logged with the secret here, to learn whether the secret is
 * the client's. When it is not, a secret with white space around it or the other algorithm
 * is tried before the secret itself is blamed.
 */
export async function checkLoggedString(
  logged: string,
  secret: string,
  algorithm: Algorithm,
  signature: Uint8Array,
): Promise<LoggedStringCheck> {
  const gives = async (key: string, hash: Algorithm) =>
    key !== '' && equalBytes(await signHmac(hash, key, logged), signature);
  if (await gives(secret, algorithm)) return { findings: [], reproduces: true };

  const other: Algorithm = algorithm === 'hmac-sha1' ? 'hmac-sha256' : 'hmac-sha1';
  const tries: [string, Algorithm, Finding][] = [
    [`${secret}\n`, algorithm, whitespace('followed by a line break')],
    [`${secret}\r\n`, algorithm, whitespace('followed by CRLF')],
    [`${secret} `, algorithm, whitespace('followed by a space')],
    [secret.trim(), algorithm, whitespace('trimmed of the white space it has here')],
    [
      secret,
      other,
      {
        cause: 'algorithm-mismatch',
        source: 'signing-string',
        sentence: `The client's logged string gives its signature under ${other}, not the declared ${algorithm}.`,
      },
    ],
  ];
  for (const [key, hash, finding] of tries) {
    if (key !== secret || hash !== algorithm) {
      if (await gives(key, hash)) return { findings: [finding], reproduces: true };
    }
  }
  return {
    findings: [
      {
        cause: 'secret-mismatch',
        source: 'signing-string',
        sentence: `The client's logged signing string, signed with this ApiAppSecret (${algorithm}), does not give the client's signature: the client used another secret, or logged something other than what it signed.`,
      },
    ],
    reproduces: false,
  };
}

function whitespace(how: string): Finding {
  return {
    cause: 'secret-whitespace',
    source: 'signing-string',
    sentence: `The client's logged string gives its signature with the secret ${how}.`,
  };
}
