import extra from '../data/vectors-extra.json' with { type: 'json' };
import vectors from '../data/vectors.json' with { type: 'json' };
import type { Algorithm, SigningInput, SigningOptions } from '../../src/signing/types';
import { DEFAULT_OPTIONS } from '../../src/signing/types';

/** One appAuth case of the spec's vectors.json, as the tests use it. */
export interface AppAuthVector {
  readonly name: string;
  readonly input: SigningInput;
  readonly key: string;
  readonly secret: string;
  readonly algorithm: Algorithm;
  readonly options: SigningOptions;
  readonly expected: {
    readonly signingString: string;
    readonly contentMD5: string;
    readonly signature: string;
    readonly authorization: string;
  };
}

type RawVector = (typeof vectors.appAuth)[number];

function toVector(vector: RawVector): AppAuthVector {
  const request = vector.request as typeof vector.request & {
    signedHeaders?: string[][];
    algorithm?: Algorithm;
    options?: { md5?: 'raw' | 'hex'; values?: 'raw' | 'decoded'; stripStage?: boolean };
  };
  return {
    name: vector.name,
    input: {
      method: request.method,
      url: request.url,
      accept: request.accept,
      contentType: request.contentType,
      body: request.body,
      xDate: request.xDate,
      signedHeaders: (request.signedHeaders ?? []).map(([name = '', value = '']) => ({
        name,
        value,
      })),
    },
    key: request.key,
    secret: request.secret,
    algorithm: request.algorithm ?? 'hmac-sha1',
    options: {
      md5Encoding: request.options?.md5 ?? DEFAULT_OPTIONS.md5Encoding,
      parameterValues: request.options?.values ?? DEFAULT_OPTIONS.parameterValues,
      removeStage: request.options?.stripStage ?? DEFAULT_OPTIONS.removeStage,
    },
    expected: vector.expected,
  };
}

/** The spec's public vectors (shared/spec/vectors.json). */
export const appAuthVectors: AppAuthVector[] = vectors.appAuth.map(toVector);

/** Further vectors computed by test/reference/sign_reference.py, written apart from the core. */
export const extraVectors: AppAuthVector[] = (extra.appAuth as RawVector[]).map(toVector);

export const allVectors: AppAuthVector[] = [...appAuthVectors, ...extraVectors];
