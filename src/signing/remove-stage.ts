import { requireString } from './require-argument';
/** The stage names the gateway puts in front of every path (spec §1.2 step 1). */
export const STAGES = ['release', 'prepub', 'test'] as const;

export interface StageRemoval {
  readonly path: string;
  /** The segment removed, such as `/release`; absent when the path starts with no stage. */
  readonly removed?: string;
}

/**
 * Removes a leading stage segment from a path. Only a whole segment counts: `/release/a`
 * becomes `/a` and `/release` becomes `/`, but `/releases/a` and `/testing` are kept, since the
 * gateway routes on segments, not on string prefixes.
 */
export function removeStagePrefix(path: string): StageRemoval {
  requireString(path, 'removeStagePrefix: path');

  for (const stage of STAGES) {
    const prefix = `/${stage}`;
    if (path === prefix) return { path: '/', removed: prefix };
    if (path.startsWith(`${prefix}/`)) return { path: path.slice(prefix.length), removed: prefix };
  }
  return { path: path === '' ? '/' : path };
}
