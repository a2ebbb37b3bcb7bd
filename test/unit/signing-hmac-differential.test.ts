import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../src/signing/base64';
import { signHmac } from '../../src/signing/hmac';
import type { Algorithm } from '../../src/signing/types';

const NODE_NAMES: Record<Algorithm, string> = { 'hmac-sha1': 'sha1', 'hmac-sha256': 'sha256' };

describe('HMAC through Web Crypto', () => {
  it('agrees with node:crypto on generated secrets and messages', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Algorithm>('hmac-sha1', 'hmac-sha256'),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }),
        fc.string({ unit: 'binary', maxLength: 400 }),
        async (algorithm, secret, message) => {
          const ours = encodeBase64(await signHmac(algorithm, secret, message));
          const node = createHmac(NODE_NAMES[algorithm], Buffer.from(secret, 'utf8'))
            .update(Buffer.from(message, 'utf8'))
            .digest('base64');
          expect(ours).toBe(node);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with node:crypto on a secret longer than the hash block', async () => {
    const secret = 'k'.repeat(200);
    const ours = encodeBase64(await signHmac('hmac-sha256', secret, 'message'));
    expect(ours).toBe(createHmac('sha256', secret).update('message').digest('base64'));
  });

  it('matches the RFC 2202 test case 2 for HMAC-SHA1', async () => {
    const mac = await signHmac('hmac-sha1', 'Jefe', 'what do ya want for nothing?');
    expect(Buffer.from(mac).toString('hex')).toBe('effcdf6ae5eb2fa2d27416d5f184df9c259a7c79');
  });

  it('matches the RFC 4231 test case 2 for HMAC-SHA256', async () => {
    const mac = await signHmac('hmac-sha256', 'Jefe', 'what do ya want for nothing?');
    expect(Buffer.from(mac).toString('hex')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });
});
