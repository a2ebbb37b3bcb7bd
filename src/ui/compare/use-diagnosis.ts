import { useDeferredValue, useEffect, useState } from 'react';
import { diagnose } from '../../compare/diagnose';
import type { Diagnosis } from '../../compare/diagnosis-types';

/** What the user pasted in the Compare panel. */
export interface ComparePastes {
  readonly request: string;
  readonly serverResponse: string;
  readonly clientSigningString: string;
  /** The user says the request was sent just now, so x-date's age counts. */
  readonly sentJustNow: boolean;
}

export type DiagnosisState =
  | { readonly status: 'pending'; readonly previous?: Diagnosis }
  | { readonly status: 'ready'; readonly diagnosis: Diagnosis }
  | { readonly status: 'failed'; readonly message: string };

interface Settled {
  readonly pastes: ComparePastes;
  readonly secret: string;
  readonly state: DiagnosisState;
}

/**
 * Diagnoses the pastes live, on a deferred copy so that typing stays responsive; a result is
 * shown only for the inputs it was computed from, the last one meanwhile.
 */
export function useDiagnosis(pastes: ComparePastes, secret: string): DiagnosisState {
  const current = useDeferredValue(pastes);
  const currentSecret = useDeferredValue(secret);
  const [settled, setSettled] = useState<Settled>();

  useEffect(() => {
    let live = true;
    const now = Date.now();
    const input = {
      request: current.request,
      serverResponse: current.serverResponse,
      clientSigningString: current.clientSigningString,
      secret: currentSecret,
      now,
      ...(current.sentJustNow ? { sentAt: now } : {}),
    };
    const settle = (state: DiagnosisState) =>
      live && setSettled({ pastes: current, secret: currentSecret, state });
    diagnose(input).then(
      (diagnosis) => settle({ status: 'ready', diagnosis }),
      (error: unknown) =>
        settle({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [current, currentSecret]);

  if (settled && settled.pastes === pastes && settled.secret === secret) return settled.state;
  const previous = settled?.state.status === 'ready' ? settled.state.diagnosis : undefined;
  return previous ? { status: 'pending', previous } : { status: 'pending' };
}

/** The diagnosis to show: while a new one is computed the last stays, so nothing flickers. */
export function shownDiagnosis(state: DiagnosisState): Diagnosis | undefined {
  return state.status === 'ready'
    ? state.diagnosis
    : state.status === 'pending'
      ? state.previous
      : undefined;
}
