import { CopyButton } from './CopyButton';
import { ReadOnlyValue } from './ReadOnlyValue';

export interface LabelledValueProps {
  readonly id: string;
  readonly label: string;
  /** The value; absent while there is none, and `prompt` says why. */
  readonly value: string | undefined;
  readonly prompt?: string;
  /**
   * The most characters drawn; Copy still copies the whole value. The layout of a text area
   * holding megabytes would freeze the page on every change.
   */
  readonly limit?: number;
}

/** A computed value with its label and a copy button that copies the value, all of it. */
export function LabelledValue({ id, label, value, prompt = '', limit }: LabelledValueProps) {
  const cut = value !== undefined && limit !== undefined && value.length > limit;
  const shown = cut ? value.slice(0, limit) : value;

  return (
    <>
      <div className="output-head">
        <label htmlFor={id}>{label}</label>
        <CopyButton label={`Copy ${label}`} text={value ?? ''} disabled={value === undefined} />
      </div>
      <ReadOnlyValue id={id} value={shown ?? prompt} prompt={value === undefined} />
      {cut && (
        <p className="hint">
          Shows the first {limit.toLocaleString('en')} of {value.length.toLocaleString('en')}{' '}
          characters; Copy copies them all.
        </p>
      )}
    </>
  );
}
