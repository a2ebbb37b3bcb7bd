export interface ReadOnlyValueProps {
  readonly id: string;
  readonly value: string;
  readonly prompt?: boolean;
  /** Code keeps its lines as they are and scrolls sideways: a wrapped line would look like two. */
  readonly code?: boolean;
}

/**
 * The most characters a value draws. A text area lays out its whole value on each change, and
 * a value of megabytes (the signing string of a large form body, a curl command carrying it)
 * would freeze the page; the copy buttons beside a value copy all of it.
 */
export const DRAWN_CHARACTERS = 20_000;

/**
 * A computed value in a read-only text area: its text is exactly the value (React mirrors it
 * into the element's content), it can be selected and scrolled, and a label names it. A value
 * longer than DRAWN_CHARACTERS shows its start, and says so.
 */
export function ReadOnlyValue({ id, value, prompt = false, code = false }: ReadOnlyValueProps) {
  const className = ['value', prompt ? 'prompt' : '', code && !prompt ? 'code' : ''];
  const cut = value.length > DRAWN_CHARACTERS;
  const noteId = `${id}-cut`;

  return (
    <>
      <textarea
        id={id}
        className={className.filter(Boolean).join(' ')}
        wrap={code && !prompt ? 'off' : 'soft'}
        value={cut ? value.slice(0, DRAWN_CHARACTERS) : value}
        readOnly
        rows={1}
        spellCheck={false}
        autoComplete="off"
        {...(cut ? { 'aria-describedby': noteId } : {})}
      />
      {cut && (
        <p id={noteId} className="hint">
          Shows the first {DRAWN_CHARACTERS.toLocaleString('en')} of{' '}
          {value.length.toLocaleString('en')} characters; Copy copies them all.
        </p>
      )}
    </>
  );
}
