import type { SigningLine } from '../signing/signing-lines';
import { LabelledValue } from './LabelledValue';
import { VisibleText } from './VisibleText';

export interface SigningStringViewProps {
  readonly lines: readonly SigningLine[];
  readonly signingString: string;
}

/** The signing string line by line, each with its field and where its value came from. */
export function SigningStringView({ lines, signingString }: SigningStringViewProps) {
  return (
    <section className="panel">
      <h2>Signing string, line by line</h2>
      <p className="hint">
        Header lines each end in a line feed; the five lines after them are joined by line feeds,
        with nothing after the last. <span className="ws-key">·</span> is a space,{' '}
        <span className="ws-key">→</span> a tab, <span className="ws-key">↵</span> a line feed.
      </p>
      <ol className="signing-lines">
        {lines.map((line, index) => (
          <li key={`${line.kind}-${line.label}-${index}`} className={`line line-${line.kind}`}>
            <span className="line-label">{line.label}</span>
            <code className="line-value">
              {line.value === '' ? (
                <em className="empty">(empty line)</em>
              ) : (
                <VisibleText text={line.value} />
              )}
              {index < lines.length - 1 ? (
                <span className="ws" title="line feed" role="img" aria-label="line feed">
                  ↵
                </span>
              ) : (
                <span className="end">end, no newline</span>
              )}
            </code>
            <span className="line-reason">{line.reason}</span>
            {line.doubt && <span className="line-doubt">Unsure: {line.doubt}</span>}
          </li>
        ))}
      </ol>
      <LabelledValue id="signing-string-exact" label="Signing string" value={signingString} code />
    </section>
  );
}
