import { isFormContentType } from './content-md5';
import {
  formatParameters,
  sortPairs,
  splitPairs,
  toSignedPairs,
  type DecodeProblem,
} from './parameters';
import type { RequestTarget } from './parse-url';
import { removeStagePrefix } from './remove-stage';
import type { SigningOptions } from './types';
import { requireObject, requireOptions, requireString } from './require-argument';

export interface PathAndParameters {
  readonly value: string;
  readonly stageRemoved?: string;
  readonly queryCount: number;
  readonly formCount: number;
  readonly decodeProblems: readonly DecodeProblem[];
}

/**
 * The last line of the signing string (spec §1.2): the path without its stage, then `?` and
 * the query and form parameters merged and sorted by key, or no `?` when there are none.
 */
export function buildPathAndParameters(
  target: Pick<RequestTarget, 'path' | 'query'>,
  contentType: string,
  body: string,
  options: SigningOptions,
): PathAndParameters {
  requireObject(target, 'buildPathAndParameters: target');
  requireString(target.path, 'buildPathAndParameters: target.path');
  requireString(target.query, 'buildPathAndParameters: target.query');
  requireString(contentType, 'buildPathAndParameters: contentType');
  requireString(body, 'buildPathAndParameters: body');
  requireOptions(options, 'buildPathAndParameters: options');

  const stage = options.removeStage ? removeStagePrefix(target.path) : { path: target.path };
  const problems: DecodeProblem[] = [];
  const values = options.parameterValues;

  const query = toSignedPairs(splitPairs(target.query), 'query', values, problems);
  const formText = isFormContentType(contentType) ? body : '';
  const form = toSignedPairs(splitPairs(formText), 'form', values, problems);
  const parameters = formatParameters(sortPairs([...query, ...form]));

  return {
    value: parameters === '' ? stage.path : `${stage.path}?${parameters}`,
    ...(stage.removed === undefined ? {} : { stageRemoved: stage.removed }),
    queryCount: query.length,
    formCount: form.length,
    decodeProblems: problems,
  };
}
