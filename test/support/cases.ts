import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A failing request with the causes it must yield and its correct signature. */
export interface FailingCase {
  readonly name: string;
  readonly story: string;
  readonly secret: string;
  readonly input: {
    readonly curl?: string;
    readonly http?: string;
    readonly serverResponse?: string;
    readonly clientSigningString?: string;
  };
  readonly expect: { readonly causes: readonly string[]; readonly correctSignature: string };
}

function loadCases(folder: string): FailingCase[] {
  const directory = join(import.meta.dirname, '..', 'data', folder);
  return readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(directory, file), 'utf8')) as FailingCase);
}

/** The cases of the shared spec, copied into test/data/cases. */
export const sharedCases = loadCases('cases');

/** Further failing requests written for this project, signatures computed with Python. */
export const extraCases = loadCases('cases-extra');
