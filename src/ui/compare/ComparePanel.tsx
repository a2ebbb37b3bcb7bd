import { useState } from 'react';
import { toSigningRequest } from '../../compare/to-signing-request';
import type { SigningRequest } from '../../compare/to-signing-request';
import { DiagnosisView } from './DiagnosisView';
import { PasteField } from './PasteField';
import { shownDiagnosis, useDiagnosis, type ComparePastes } from './use-diagnosis';

export interface ComparePanelProps {
  /** The ApiAppSecret of the main form. */
  readonly secret: string;
  /** Puts a pasted request into the main form. */
  readonly onLoad: (request: SigningRequest) => void;
}

const EMPTY: ComparePastes = {
  request: '',
  serverResponse: '',
  clientSigningString: '',
  sentJustNow: false,
};

/** Compare: paste what a failing client sent and read why its signature does not match. */
export function ComparePanel({ secret, onLoad }: ComparePanelProps) {
  const [pastes, setPastes] = useState(EMPTY);
  const [loaded, setLoaded] = useState('');
  const state = useDiagnosis(pastes, secret);
  const diagnosis = shownDiagnosis(state);
  const set = (field: keyof ComparePastes) => (value: string | boolean) => {
    setPastes((previous) => ({ ...previous, [field]: value }));
    setLoaded('');
  };

  const load = () => {
    if (!diagnosis?.request) return;
    onLoad(toSigningRequest(diagnosis.request, diagnosis.authorization));
    setLoaded('Loaded into the form above: change it to see how the signature follows.');
  };

  return (
    <section id="compare" className="compare" aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare</h2>
      <p className="lead">
        Find why a client gets "HMAC signature does not match": paste what it sent, and, if you have
        them, the gateway's answer and the signing string it logged. The ApiAppSecret is the one in
        the form above; nothing leaves this page.
      </p>
      <div className="compare-layout">
        <form className="panel compare-inputs" onSubmit={(event) => event.preventDefault()}>
          <PasteField
            id="failing-request"
            label="Failing request"
            value={pastes.request}
            onChange={set('request')}
            rows={8}
            placeholder={
              "curl 'https://service-….apigw.tencentcs.com/release/path' -H 'x-date: …' -H 'Authorization: hmac …'"
            }
            hint='A curl command in bash syntax (devtools: "Copy as cURL (bash)"), or a raw HTTP request: request line, headers, a blank line, the body.'
            {...optional('error', diagnosis?.errors.request)}
            {...optional('warnings', diagnosis?.warnings.request)}
          />
          <PasteField
            id="server-response"
            label="Server response"
            value={pastes.serverResponse}
            onChange={set('serverResponse')}
            rows={3}
            placeholder='{"message":"HMAC signature does not match, Server StringToSign:…"}'
            hint="Optional: the gateway's error, as a JSON body or a header value. Its # and \/ escapes are undone."
            {...optional('error', diagnosis?.errors.serverResponse)}
            {...optional('warnings', diagnosis?.warnings.serverResponse)}
          />
          <PasteField
            id="client-signing-string"
            label="Client signing string"
            value={pastes.clientSigningString}
            onChange={set('clientSigningString')}
            rows={6}
            placeholder={'x-date: …\\nGET\\napplication/json\\n\\n\\n/path'}
            hint="Optional: what the client logged before signing, with real line breaks or \n escapes. A final line break from pasting is ignored."
            {...optional('error', diagnosis?.errors.clientSigningString)}
            {...optional('warnings', diagnosis?.warnings.clientSigningString)}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={pastes.sentJustNow}
              onChange={(event) => set('sentJustNow')(event.target.checked)}
            />
            The client sent this request just now
          </label>
          <p className="hint">
            Only then is an x-date more than 900 seconds from now a cause (date-expired). A request
            copied from a log is judged by when it was sent, so by default its age is only a note.
          </p>
          {diagnosis?.errors.secret && (
            <p className="message message-warning">{diagnosis.errors.secret.message}</p>
          )}
          <div className="load">
            <button type="button" onClick={load} disabled={!diagnosis?.request}>
              Load into the form
            </button>
            <span className="hint" role="status">
              {loaded}
            </span>
          </div>
        </form>
        <DiagnosisView state={state} />
      </div>
    </section>
  );
}

function optional<K extends string, V>(key: K, value: V | undefined) {
  return (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
}
