import { CAUSE_CATALOGUE, type CauseId } from './cause-catalogue';
import type { Finding, FindingSource } from './finding';

/** A cause as the diagnosis shows it: the catalogue's id, field and fix, and what was found. */
export interface Cause {
  readonly id: CauseId;
  readonly field: string;
  /** The first and most certain sentence about this request. */
  readonly sentence: string;
  /** Further evidence for the same cause, from other checks. */
  readonly details: readonly string[];
  readonly fix: string;
  readonly source: FindingSource;
}

const RANK: Readonly<Record<FindingSource, number>> = {
  request: 0,
  'signing-string': 1,
  server: 2,
  search: 3,
};

/**
 * Turns findings into causes, most certain first: what the request shows outright, then what
 * the client's signing string shows, then the gateway's word, then what recomputing found.
 * Findings of one cause become one entry, its first sentence leading.
 */
export function mergeFindings(findings: readonly Finding[]): Cause[] {
  const ordered = [...findings].sort((a, b) => RANK[a.source] - RANK[b.source]);
  const causes = new Map<CauseId, { first: Finding; details: string[] }>();
  for (const finding of ordered) {
    const known = causes.get(finding.cause);
    if (!known) causes.set(finding.cause, { first: finding, details: [] });
    else if (
      !known.details.includes(finding.sentence) &&
      known.first.sentence !== finding.sentence
    ) {
      known.details.push(finding.sentence);
    }
  }
  return [...causes.values()].map(({ first, details }) => ({
    id: first.cause,
    field: CAUSE_CATALOGUE[first.cause].field,
    sentence: first.sentence,
    details,
    fix: CAUSE_CATALOGUE[first.cause].fix,
    source: first.source,
  }));
}
