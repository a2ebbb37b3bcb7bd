import type { LineDifference } from '../../compare/analyse-signing-string';
import type { FindingSource } from '../../compare/finding';
import type { Cause } from '../../compare/merge-findings';

const SOURCES: Readonly<Record<FindingSource, string>> = {
  request: 'seen in the request',
  'signing-string': "seen in the client's signing string",
  server: "from the gateway's answer",
  search: 'found by recomputing the signature',
};

export interface CauseListProps {
  readonly causes: readonly Cause[];
  readonly unexplained: readonly LineDifference[];
}

/** Every cause found, most certain first, each with its id, field, sentence and fix. */
export function CauseList({ causes, unexplained }: CauseListProps) {
  return (
    <>
      {causes.length > 0 && (
        <ol className="causes" aria-label="Causes">
          {causes.map((cause) => (
            <li key={cause.id} className="cause">
              <p className="cause-head">
                <code className="cause-id">{cause.id}</code>
                <span className="cause-field">{cause.field}</span>
                <span className="cause-source">{SOURCES[cause.source]}</span>
              </p>
              <p className="cause-sentence">{cause.sentence}</p>
              {cause.details.map((detail) => (
                <p key={detail} className="cause-detail">
                  Also: {detail}
                </p>
              ))}
              <p className="cause-fix">
                <strong>Fix:</strong> {cause.fix}
              </p>
            </li>
          ))}
        </ol>
      )}
      {unexplained.length > 0 && (
        <div className="unexplained">
          <h4>Differences no known cause explains</h4>
          <ul>
            {unexplained.map((difference) => (
              <li key={difference.label}>
                {difference.label}: the client signed <code>{difference.found}</code> where the
                rules give <code>{difference.expected}</code>.
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
