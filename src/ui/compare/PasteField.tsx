import type { PasteError, PasteWarning } from '../../compare/paste-types';

export interface PasteFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly rows: number;
  readonly placeholder: string;
  readonly hint: string;
  readonly error?: PasteError;
  readonly warnings?: readonly PasteWarning[];
}

/** A textarea for a paste, with why it could not be read and what to know, tied to it. */
export function PasteField(props: PasteFieldProps) {
  const { id, label, value, onChange, rows, placeholder, hint, warnings = [] } = props;
  const messagesId = `${id}-messages`;
  // An empty field is where everyone starts: say what it wants, but not as an error.
  const empty = value.trim() === '';
  const error = empty ? undefined : props.error;

  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <div className="field-head">
        <label htmlFor={id}>{label}</label>
      </div>
      <textarea
        id={id}
        value={value}
        rows={rows}
        spellCheck={false}
        autoComplete="off"
        placeholder={placeholder}
        aria-describedby={messagesId}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <div id={messagesId} className="field-messages">
        {empty && props.error && <p className="message">{props.error.message}</p>}
        {error && (
          <p className="message message-error">
            <span className="message-kind">Error:</span> {error.message}
          </p>
        )}
        {warnings.map((warning) => (
          <p key={warning.message} className="message message-warning">
            <span className="message-kind">Note:</span> {warning.message}
          </p>
        ))}
        <p className="hint">{hint}</p>
      </div>
    </div>
  );
}
