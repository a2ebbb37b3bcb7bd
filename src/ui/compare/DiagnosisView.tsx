import type { Diagnosis } from '../../compare/diagnosis-types';
import { LabelledValue } from '../LabelledValue';
import { CauseList } from './CauseList';
import { RequestSummary } from './RequestSummary';
import { SigningDiffView } from './SigningDiffView';
import { shownDiagnosis, type DiagnosisState } from './use-diagnosis';

const ENCODINGS: Readonly<Record<string, string>> = {
  base64: 'Base64',
  hex: 'hex',
  'base64-unpadded': 'Base64 without padding',
  base64url: 'base64url',
  'url-encoded-base64': 'URL-encoded Base64',
  unknown: 'no known encoding',
};

/** Everything the diagnosis found, in the order a user reads it: verdict, causes, evidence. */
export function DiagnosisView({ state }: { readonly state: DiagnosisState }) {
  const diagnosis = shownDiagnosis(state);

  return (
    <section
      className="panel diagnosis"
      aria-label="Diagnosis"
      aria-busy={state.status === 'pending'}
    >
      <h3>Diagnosis</h3>
      {state.status === 'failed' && (
        <p className="message message-error" role="alert">
          The diagnosis failed: {state.message}
        </p>
      )}
      {diagnosis ? (
        <Findings diagnosis={diagnosis} />
      ) : (
        state.status === 'pending' && <p className="prompt">Diagnosing…</p>
      )}
    </section>
  );
}

function Findings({ diagnosis }: { readonly diagnosis: Diagnosis }) {
  const { request, expected, clientSignature } = diagnosis;
  if (!request) {
    return (
      <p className="prompt" aria-live="polite">
        Paste a failing request to see what is wrong with its signature.
      </p>
    );
  }

  return (
    <>
      <p className={`verdict verdict-${diagnosis.verdict}`} aria-live="polite">
        {describeVerdict(diagnosis)}
      </p>
      {clientSignature && (
        <p className="hint">
          The client sent the signature <code>{clientSignature.text}</code> (
          {ENCODINGS[clientSignature.encoding]}).
        </p>
      )}
      <CauseList causes={diagnosis.causes} unexplained={diagnosis.unexplained} />
      {diagnosis.notes.map((note) => (
        <p key={note} className="note">
          <span className="message-kind">Note:</span> {note}
        </p>
      ))}
      {expected && (
        <section className="compare-block" aria-labelledby="correct-heading">
          <h3 id="correct-heading">Correct under the spec's rules</h3>
          <LabelledValue
            id="correct-signing-string"
            label="Correct signing string"
            value={expected.signingString}
          />
          {expected.signature && (
            <LabelledValue
              id="correct-signature"
              label="Correct signature"
              value={expected.signature}
            />
          )}
          {expected.authorization && (
            <LabelledValue
              id="correct-authorization"
              label="Correct Authorization"
              value={expected.authorization}
            />
          )}
        </section>
      )}
      {diagnosis.comparisons.map((comparison) => (
        <SigningDiffView key={comparison.title} comparison={comparison} />
      ))}
      <RequestSummary request={request} />
    </>
  );
}

function describeVerdict(diagnosis: Diagnosis): string {
  const count = diagnosis.causes.length;
  const found = `${count} ${count === 1 ? 'cause' : 'causes'} found`;
  switch (diagnosis.verdict) {
    case 'matches':
      return count === 0
        ? "The client's signature matches: its signing is right."
        : `The client's signature matches, but the gateway will still refuse the request: ${found}.`;
    case 'same-bytes':
      return `The client's signature holds the right HMAC in the wrong encoding, so it does not match: ${found}.`;
    case 'differs':
      return `The client's signature does not match: ${found}.`;
    case 'unknown':
      if (diagnosis.errors.secret)
        return 'Enter the ApiAppSecret in the form to check the signature.';
      return count === 0
        ? 'There is no signature to compare.'
        : `No signature to compare: ${found}.`;
  }
}
