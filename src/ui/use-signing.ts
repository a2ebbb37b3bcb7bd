import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { signRequest, type SignedRequest } from '../signing/sign-request';
import { buildSigningLines, joinSigningLines, type SigningLines } from '../signing/signing-lines';
import type { InputIssue, SigningInput } from '../signing/types';
import { validateInput } from '../signing/validate-input';
import type { FormState } from './form-state';

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

interface Settled {
  readonly inputs: string;
  readonly state: SignatureState;
  readonly form: FormState;
  readonly built: SigningLines;
}

/** A signature together with the form and signing lines it was computed from. */
export interface SignedSnapshot {
  readonly form: FormState;
  readonly built: SigningLines;
  readonly signed: SignedRequest;
}

/**
 * Derives everything the page shows from the form: issues and signing lines synchronously, the
 * signature from Web Crypto. Works on a deferred copy of the form so that typing in a large
 * body stays responsive; a result is shown only for the inputs it was computed from.
 */
export function useSigning(form: FormState) {
  const current = useDeferredValue(form);
  const input = useMemo(() => toSigningInput(current), [current]);
  const issues: InputIssue[] = useMemo(
    () => validateInput(input, { key: current.key, secret: current.secret }),
    [input, current.key, current.secret],
  );
  const built = useMemo(() => buildSigningLines(input, current.options), [input, current.options]);
  const signingString = useMemo(() => (built ? joinSigningLines(built.lines) : ''), [built]);

  const blockedBy = issues.find((issue) => issue.severity === 'error');
  const inputs = JSON.stringify([signingString, current.key, current.secret, current.algorithm]);
  const [settled, setSettled] = useState<Settled>();

  useEffect(() => {
    if (!built || blockedBy) return;
    let live = true;
    const parameters = { key: current.key, secret: current.secret, algorithm: current.algorithm };
    signRequest(built, parameters).then(
      (signed) =>
        live && setSettled({ inputs, state: { status: 'ready', signed }, form: current, built }),
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (live)
          setSettled({ inputs, state: { status: 'failed', message }, form: current, built });
      },
    );
    return () => {
      live = false;
    };
  }, [built, blockedBy, inputs, current]);

  const signature: SignatureState = blockedBy
    ? { status: 'blocked', message: blockedBy.message }
    : !built
      ? { status: 'blocked', message: 'Fix the URL to sign the request' }
      : settled?.inputs === inputs
        ? settled.state
        : { status: 'pending' };

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
  return { issues, built, signingString, signature, snapshot };
}
