import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { BodyDigest } from '../signing/body-digest';
import { isFormContentType } from '../signing/content-md5';
import { signRequest, type SignedRequest } from '../signing/sign-request';
import { buildSigningLines, joinSigningLines, type SigningLines } from '../signing/signing-lines';
import type { InputIssue, SigningInput } from '../signing/types';
import { validateInput } from '../signing/validate-input';
import type { FormState } from './form-state';
import { useBodyDigest } from './hashing/use-body-digest';

export type SignatureState =
  | { readonly status: 'ready'; readonly signed: SignedRequest }
  | { readonly status: 'pending' }
  | { readonly status: 'blocked'; readonly message: string }
  | { readonly status: 'failed'; readonly message: string };

/** Turns the form into the core's input: the rows lose their React ids. */
export function toSigningInput(form: FormState): SigningInput {
  return {
    method: form.method,
    url: form.url,
    accept: form.accept,
    contentType: form.contentType,
    body: form.body,
    xDate: form.xDate,
    signedHeaders: form.signedHeaders.map(({ name, value }) => ({ name, value })),
  };
}

/** A form whose body digest is known, so that its signing lines can be built. */
interface Hashed {
  readonly form: FormState;
  readonly input: SigningInput;
  readonly digest: BodyDigest | undefined;
}

interface Settled {
  readonly built: SigningLines;
  /** The form signed: the request of the lines, with the credentials of the signature. */
  readonly form: FormState;
  readonly state: SignatureState;
}

/** A signature together with the form and signing lines it was computed from. */
export interface SignedSnapshot {
  readonly form: FormState;
  readonly built: SigningLines;
  readonly signed: SignedRequest;
}

/**
 * Derives everything the page shows from the form: issues at once, signing lines once the
 * body's MD5 is known, the signature from Web Crypto. Works on a deferred copy of the form so
 * that typing stays responsive. While a worker hashes a large body, the lines of the last
 * hashed form stay on screen, marked stale, rather than flickering to a placeholder.
 */
export function useSigning(form: FormState) {
  const current = useDeferredValue(form);
  const input = useMemo(() => toSigningInput(current), [current]);
  const issues: InputIssue[] = useMemo(
    () => validateInput(input, { key: current.key, secret: current.secret }),
    [input, current.key, current.secret],
  );

  const needsDigest = current.body !== '' && !isFormContentType(current.contentType);
  const digest = useBodyDigest(current.body, needsDigest);
  const hashed = useLastReady<Hashed>(
    useMemo(
      () => (digest === 'pending' ? undefined : { form: current, input, digest }),
      [digest, current, input],
    ),
  );
  const built = useMemo(
    () => hashed && buildSigningLines(hashed.input, hashed.form.options, hashed.digest),
    [hashed],
  );
  const signingString = useMemo(() => (built ? joinSigningLines(built.lines) : ''), [built]);

  const isHashing = digest === 'pending';
  const { signature, snapshot } = useSignature(hashed?.form, built, current, issues, isHashing);
  const isStale = current !== form || hashed?.form !== current;
  return { issues, built, signingString, signature, snapshot, isStale, isHashing };
}

function useSignature(
  request: FormState | undefined,
  built: SigningLines | undefined,
  { key, secret, algorithm }: FormState,
  issues: readonly InputIssue[],
  isHashing: boolean,
) {
  const blockedBy = issues.find((issue) => issue.severity === 'error');
  const [settled, setSettled] = useState<Settled>();

  useEffect(() => {
    if (!request || !built || blockedBy) return;
    let live = true;
    const form = { ...request, key, secret, algorithm };
    const done = (state: SignatureState) => live && setSettled({ built, form, state });
    signRequest(built, { key, secret, algorithm }).then(
      (signed) => done({ status: 'ready', signed }),
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        done({ status: 'failed', message });
      },
    );
    return () => {
      live = false;
    };
  }, [request, built, blockedBy, key, secret, algorithm]);

  // Exports take the form, lines and signature of one settled signing, never the form being
  // typed, or a command could pair a new body with the previous signature. While the next
  // signature is computed they keep the last one, so that a command does not blink out every
  // second while x-date follows the clock.
  const usable = Boolean(built) && !blockedBy;
  const snapshot: SignedSnapshot | undefined = useMemo(
    () =>
      usable && settled?.state.status === 'ready'
        ? { form: settled.form, built: settled.built, signed: settled.state.signed }
        : undefined,
    [usable, settled],
  );
  return { signature: describeSignature(), snapshot };

  function describeSignature(): SignatureState {
    if (blockedBy) return { status: 'blocked', message: blockedBy.message };
    if (!built && isHashing) return { status: 'pending' };
    if (!built) return { status: 'blocked', message: 'Fix the URL to sign the request' };
    const fresh =
      settled?.built === built &&
      settled.form.key === key &&
      settled.form.secret === secret &&
      settled.form.algorithm === algorithm;
    return fresh ? settled.state : { status: 'pending' };
  }
}

/** The latest value that was not undefined: kept on screen while a newer one is prepared. */
function useLastReady<T>(value: T | undefined): T | undefined {
  const [last, setLast] = useState(value);
  if (value !== undefined && value !== last) setLast(value);
  return value ?? last;
}
