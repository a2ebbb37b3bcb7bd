import { useCallback, useReducer } from 'react';
import type { SigningRequest } from '../compare/to-signing-request';
import { ComparePanel } from './compare/ComparePanel';
import { loadIntoForm } from './compare/load-into-form';
import { reduceForm } from './form-reducer';
import { EXAMPLE_FORM, type FormState } from './form-state';
import { RequestForm } from './RequestForm';
import { CurlExport } from './export/CurlExport';
import { SnippetExport } from './export/SnippetExport';
import { useExportedRequest } from './export/use-exports';
import { SignatureOutputs } from './SignatureOutputs';
import { SigningStringView } from './SigningStringView';
import { useClock } from './use-clock';
import { useSigning } from './use-signing';

export interface AppProps {
  /** The form the page opens on; the provider's documented example by default. */
  readonly initialForm?: FormState;
}

/** The playground: the request on one side, everything derived from it on the other. */
export function App({ initialForm = EXAMPLE_FORM }: AppProps) {
  const [form, dispatch] = useReducer(reduceForm, initialForm);
  const { issues, built, signingString, signature, snapshot } = useSigning(form);
  const tick = useCallback((epochMs: number) => dispatch({ type: 'tick', epochMs }), []);
  useClock(form.xDateMode === 'live', tick);
  const exported = useExportedRequest(snapshot);
  // A fixed x-date, unlike the form's Now: the command then stays as copied, and the time
  // it has left counts down.
  const refreshXDate = useCallback(() => dispatch({ type: 'fixXDate', epochMs: Date.now() }), []);
  const load = (request: SigningRequest) => {
    dispatch({ type: 'load', form: loadIntoForm(form, request) });
    document.getElementById('url')?.focus();
  };

  return (
    <div className="app">
      <header className="masthead">
        <h1>API Gateway signature playground</h1>
        <p>
          Application authentication for Tencent Cloud API Gateway: type a request and watch its
          signing string, signature and headers. Everything is computed in this page; the secret
          never leaves it. A client that fails? <a href="#compare">Compare</a> what it sent.
        </p>
      </header>
      <main className="layout">
        <RequestForm form={form} issues={issues} dispatch={dispatch} />
        <div className="results">
          {built ? (
            <SigningStringView lines={built.lines} signingString={signingString} />
          ) : (
            <section className="panel">
              <h2>Signing string</h2>
              <p className="prompt">
                Enter a full URL (https://host/path) to build the signing string.
              </p>
            </section>
          )}
          <SignatureOutputs state={signature} />
          <CurlExport
            exported={exported}
            signedForm={snapshot?.form}
            onRefreshXDate={refreshXDate}
          />
          <SnippetExport snapshot={snapshot} exported={exported} />
        </div>
      </main>
      <ComparePanel secret={form.secret} onLoad={load} />
    </div>
  );
}
