import type { ReactNode } from 'react';
import type { Field as FieldName, InputIssue } from '../signing/types';

export interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly issues?: readonly InputIssue[];
  /** The core's name for the field, to pick its issues; absent for a control that has none. */
  readonly field?: FieldName;
  readonly hint?: ReactNode;
  readonly actions?: ReactNode;
  readonly children: (control: ControlProps) => ReactNode;
}

/** What a control needs to be tied to its label and to its messages. */
export interface ControlProps {
  readonly id: string;
  readonly 'aria-describedby'?: string;
  readonly 'aria-invalid'?: boolean;
}

/** A labelled control with its issues beside it, wired with aria-describedby. */
export function Field({ id, label, issues = [], field, hint, actions, children }: FieldProps) {
  const own = field === undefined ? [] : issues.filter((issue) => issue.field === field);
  const messageId = `${id}-messages`;
  const hasError = own.some((issue) => issue.severity === 'error');
  const describedBy = own.length > 0 || hint ? messageId : undefined;

  return (
    <div className={`field${hasError ? ' field-error' : ''}`}>
      <div className="field-head">
        <label htmlFor={id}>{label}</label>
        {actions}
      </div>
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(hasError ? { 'aria-invalid': true } : {}),
      })}
      {describedBy && (
        <div id={messageId} className="field-messages">
          {own.map((issue) => (
            <p key={issue.message} className={`message message-${issue.severity}`}>
              <span className="message-kind">
                {issue.severity === 'error' ? 'Error:' : 'Note:'}
              </span>{' '}
              {issue.message}
            </p>
          ))}
          {hint && <p className="hint">{hint}</p>}
        </div>
      )}
    </div>
  );
}
