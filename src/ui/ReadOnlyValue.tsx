export interface ReadOnlyValueProps {
  readonly id: string;
  readonly value: string;
  readonly prompt?: boolean;
  /** Code keeps its lines as they are and scrolls sideways: a wrapped line would look like two. */
  readonly code?: boolean;
}

/**
 * A computed value in a read-only text area: its text is exactly the value (React mirrors it
 * into the element's content), it can be selected and scrolled, and a label names it.
 */
export function ReadOnlyValue({ id, value, prompt = false, code = false }: ReadOnlyValueProps) {
  const className = ['value', prompt ? 'prompt' : '', code && !prompt ? 'code' : ''];
  return (
    <textarea
      id={id}
      className={className.filter(Boolean).join(' ')}
      wrap={code && !prompt ? 'off' : 'soft'}
      value={value}
      readOnly
      rows={1}
      spellCheck={false}
      autoComplete="off"
    />
  );
}
