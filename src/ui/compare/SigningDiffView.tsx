import type { DiffRow, DiffSegment } from '../../compare/diff-signing-strings';
import type { ComparedStrings } from '../../compare/diagnosis-types';
import { showInvisibles } from '../../compare/show-invisibles';

/** One comparison of two signing strings, line by line, differences marked and named. */
export function SigningDiffView({ comparison }: { readonly comparison: ComparedStrings }) {
  const { title, expectedName, foundName, diff } = comparison;
  const differing = diff.rows.filter((row) => row.status !== 'same').length;

  return (
    <section className="compare-block">
      <h4>{title}</h4>
      <p className="hint">
        {diff.identical
          ? 'Identical.'
          : `${differing} ${differing === 1 ? 'line differs' : 'lines differ'}. Struck-out text is only on the ${expectedName} side, underlined text only on the ${foundName} side.`}
      </p>
      {!diff.identical && (
        <ol className="diff">
          {diff.rows.map((row, index) => (
            <DiffRowView key={index} row={row} expectedName={expectedName} foundName={foundName} />
          ))}
        </ol>
      )}
    </section>
  );
}

interface DiffRowProps {
  readonly row: DiffRow;
  readonly expectedName: string;
  readonly foundName: string;
}

function DiffRowView({ row, expectedName, foundName }: DiffRowProps) {
  const number = row.expectedLine ?? row.foundLine;
  if (row.status === 'same') {
    return (
      <li className="diff-row diff-same">
        <span className="diff-label">
          {number} {row.label}
        </span>
        <code className="diff-text">
          <Segments segments={row.expected} />
        </code>
      </li>
    );
  }

  return (
    <li className={`diff-row diff-${row.status}`}>
      <span className="diff-label">
        {number} {row.label}: <strong>{row.summary}</strong>
      </span>
      {row.expected.length > 0 && (
        <span className="diff-side">
          <span className="diff-name">{expectedName}</span>
          <code className="diff-text">
            <Segments segments={row.expected} />
          </code>
        </span>
      )}
      {row.status !== 'missing' && (
        <span className="diff-side">
          <span className="diff-name">{foundName}</span>
          <code className="diff-text">
            <Segments segments={row.found} />
          </code>
        </span>
      )}
    </li>
  );
}

function Segments({ segments }: { readonly segments: readonly DiffSegment[] }) {
  if (segments.every((segment) => segment.text === '')) {
    return <em className="empty">(empty line)</em>;
  }
  return (
    <>
      {segments.map((segment, index) => {
        if (segment.change === 'removed')
          return <del key={index}>{showInvisibles(segment.text, true)}</del>;
        if (segment.change === 'added')
          return <ins key={index}>{showInvisibles(segment.text, true)}</ins>;
        return <span key={index}>{showInvisibles(segment.text)}</span>;
      })}
    </>
  );
}
