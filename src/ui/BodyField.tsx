import type { ClipboardEvent } from 'react';
import type { InputIssue } from '../signing/types';
import { Field } from './Field';

/**
 * The longest body kept in an editable text box. Chromium lays out a text box's whole value
 * on every keystroke: about 0.1 s per MiB, so 2 s for a 10 MiB body (scripts/bench-large-input.mjs).
 * A longer body is held by the page and shown as a read-only preview.
 */
export const EDITABLE_BODY_LIMIT = 512 * 1024;

/** How much of a body too large to edit the preview shows. */
const PREVIEW_CHARACTERS = 2000;

export interface BodyFieldProps {
  readonly body: string;
  readonly issues: readonly InputIssue[];
  readonly onChange: (body: string) => void;
}

/**
 * The request body. A paste that would make it too large to edit goes straight into the form,
 * never through the text box, so the page never lays out megabytes of text.
 */
export function BodyField({ body, issues, onChange }: BodyFieldProps) {
  const large = body.length > EDITABLE_BODY_LIMIT;

  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = normalizeLineBreaks(event.clipboardData.getData('text/plain'));
    const box = event.currentTarget;
    const next = large
      ? pasted
      : body.slice(0, box.selectionStart) + pasted + body.slice(box.selectionEnd);
    if (!large && next.length <= EDITABLE_BODY_LIMIT) return;
    event.preventDefault();
    onChange(next);
  };

  return (
    <Field
      id="body"
      label="Body"
      field="body"
      issues={issues}
      hint={large ? describeLargeBody(body) : HINT}
      actions={
        large && (
          <button type="button" className="link" onClick={() => onChange('')}>
            Clear body
          </button>
        )
      }
    >
      {(control) => (
        <textarea
          {...control}
          value={large ? body.slice(0, PREVIEW_CHARACTERS) : body}
          readOnly={large}
          rows={4}
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
          onPaste={paste}
          placeholder="no body"
        />
      )}
    </Field>
  );
}

const HINT = "Exactly the bytes sent (as UTF-8). A form body's parameters are signed in the path.";

function describeLargeBody(body: string): string {
  const megabytes = (body.length / (1024 * 1024)).toFixed(1);
  return (
    `This body holds ${body.length.toLocaleString('en')} characters (${megabytes} MiB), too many to edit here ` +
    `without freezing the page. It is signed whole; the box shows its first ${PREVIEW_CHARACTERS.toLocaleString('en')}. ` +
    'Paste into the box to replace it, or clear it.'
  );
}

/** What a text box does to pasted text: CRLF and lone CR become LF (HTML's value normalisation). */
function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
