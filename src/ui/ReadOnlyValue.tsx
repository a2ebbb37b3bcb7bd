export interface ReadOnlyValueProps {
  readonly id: string;
  readonly value: string;
  readonly prompt?: boolean;
}

/**
 * A computed value in a read-only text area: its text is exactly the value (React mirrors it
 * into the element's content), it can be selected and scrolled, and a label names it.
 */
export function ReadOnlyValue({ id, value, prompt = false }: ReadOnlyValueProps) {
  return (
    <textarea
      id={id}
      className={prompt ? 'value prompt' : 'value'}
      value={value}
      readOnly
      rows={1}
      spellCheck={false}
      autoComplete="off"
    />
  );
}
