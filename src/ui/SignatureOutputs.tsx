import type { SignatureState } from './use-signing';
import { CopyButton } from './CopyButton';
import { LabelledValue } from './LabelledValue';

/** The signature, the Authorization header and every header the client must send. */
export function SignatureOutputs({ state }: { readonly state: SignatureState }) {
  const signed = state.status === 'ready' ? state.signed : undefined;
  const placeholder =
    state.status === 'pending' ? 'Signing…' : state.status === 'ready' ? '' : state.message;
  const headerText =
    signed?.headers.map((header) => `${header.name}: ${header.value}`).join('\n') ?? '';

  return (
    <section className="panel">
      <h2>Signature and headers</h2>
      {state.status === 'failed' && (
        <p className="message message-error" role="alert">
          Signing failed: {state.message}
        </p>
      )}
      <LabelledValue
        id="signature"
        label="Signature"
        value={signed?.signature}
        prompt={placeholder}
      />
      <LabelledValue
        id="authorization"
        label="Authorization"
        value={signed?.authorization}
        prompt={placeholder}
      />

      <div className="output-head">
        <h3 id="headers-heading">Headers to send</h3>
        <CopyButton label="Copy headers" text={headerText} disabled={!signed} />
      </div>
      {signed ? (
        <table className="headers" aria-labelledby="headers-heading">
          <thead>
            <tr>
              <th scope="col">Header</th>
              <th scope="col">Value</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {signed.headers.map((header) => (
              <tr key={header.name}>
                <th scope="row">{header.name}</th>
                <td>
                  <code>
                    {header.value === '' ? <em className="empty">(empty)</em> : header.value}
                  </code>
                </td>
                <td>{header.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="prompt">{placeholder}</p>
      )}
    </section>
  );
}
