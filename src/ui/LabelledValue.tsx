import { CopyButton } from './CopyButton';
import { ReadOnlyValue } from './ReadOnlyValue';

export interface LabelledValueProps {
  readonly id: string;
  readonly label: string;
  /** The value; absent while there is none, and `prompt` says why. */
  readonly value: string | undefined;
  readonly prompt?: string;
  /** Lines kept as they are, scrolling sideways: a wrapped line would look like two. */
  readonly code?: boolean;
}

/** A computed value with its label and a copy button that copies exactly what is shown. */
export function LabelledValue({ id, label, value, prompt = '', code = false }: LabelledValueProps) {
  return (
    <>
      <div className="output-head">
        <label htmlFor={id}>{label}</label>
        <CopyButton label={`Copy ${label}`} text={value ?? ''} disabled={value === undefined} />
      </div>
      <ReadOnlyValue id={id} value={value ?? prompt} prompt={value === undefined} code={code} />
    </>
  );
}
