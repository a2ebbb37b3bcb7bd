import { useCallback, useReducer, useState } from 'react';
import type { SigningRequest } from '../compare/to-signing-request';
import { ComparePanel } from './compare/ComparePanel';
import { loadIntoForm } from './compare/load-into-form';
import { reduceForm } from './form-reducer';
import { EXAMPLE_FORM, type FormState } from './form-state';
import { RequestForm } from './RequestForm';
import { CurlExport } from './export/CurlExport';
import { SnippetExport } from './export/SnippetExport';
import { useExportedRequest } from './export/use-exports';
import { NoticeBanner } from './share/NoticeBanner';
import type { Notice } from './share/share-form';
import { ShareLink } from './share/ShareLink';
import { useShareNavigation } from './share/use-share-navigation';
import { SignatureOutputs } from './SignatureOutputs';
import { SigningStringView } from './SigningStringView';
import { useClock } from './use-clock';
import { useSigning } from './use-signing';

export interface AppProps {
  /** The form the page opens on; the provider's documented example by default. */
  readonly initialForm?: FormState;
  /** A message to show first, such as why a share link could not be opened. */
  readonly initialNotice?: Notice;
}

/** The playground: the request on one side, everything derived from it on the other. */
export function App({ initialForm = EXAMPLE_FORM, initialNotice }: AppProps) {
  const [form, dispatch] = useReducer(reduceForm, initialForm);
  const [notice, setNotice] = useState(initialNotice);
  const { issues, built, signingString, signature, snapshot, isStale, isHashing } =
    useSigning(form);
  const tick = useCallback((epochMs: number) => dispatch({ type: 'tick', epochMs }), []);
  useClock(form.xDateMode === 'live', tick);
  useShareNavigation(form.secret, dispatch, setNotice);
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
      {notice && <NoticeBanner notice={notice} onDismiss={() => setNotice(undefined)} />}
      <main className="layout">
        <RequestForm form={form} issues={issues} dispatch={dispatch} />
        <div className="results" data-stale={isStale} aria-busy={isStale}>
          {built ? (
            <SigningStringView lines={built.lines} signingString={signingString} />
          ) : (
            <section className="panel">
              <h2>Signing string</h2>
              <p className="prompt">
                {isHashing
                  ? 'Hashing the body for its Content-MD5…'
                  : 'Enter a full URL (https://host/path) to build the signing string.'}
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
          <ShareLink form={form} />
        </div>
      </main>
      <ComparePanel secret={form.secret} onLoad={load} />
    </div>
  );
}
