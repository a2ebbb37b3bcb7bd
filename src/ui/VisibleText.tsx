/** The longest value drawn with visible whitespace; the exact text is always in the output. */
const SHOWN = 2000;

const MARKS: Record<string, { glyph: string; name: string }> = {
  ' ': { glyph: '·', name: 'space' },
  '\t': { glyph: '→', name: 'tab' },
  '\r': { glyph: '\\r', name: 'carriage return' },
  '\n': { glyph: '↵', name: 'line feed' },
  '\0': { glyph: '\\0', name: 'NUL' },
};

/** Draws a value with its spaces, tabs and line breaks made visible. */
export function VisibleText({ text }: { readonly text: string }) {
  const shown = text.length > SHOWN ? text.slice(0, SHOWN) : text;
  const parts = shown.split(/([ \t\r\n\0])/);

  return (
    <>
      {parts.map((part, index) => {
        const mark = MARKS[part];
        if (!mark) return part;
        return (
          <span key={index} className="ws" title={mark.name} role="img" aria-label={mark.name}>
            {mark.glyph}
          </span>
        );
      })}
      {text.length > SHOWN && (
        <span className="truncated"> … {text.length - SHOWN} more characters</span>
      )}
    </>
  );
}
