import type { SigningRequest } from '../../compare/to-signing-request';
import { DEFAULT_OPTIONS } from '../../signing/types';
import type { FormState } from '../form-state';

/**
 * The signing form holding a pasted request, with the user's own secret kept and the spec's
 * default rules, so that the form signs what the diagnosis calls correct.
 */
export function loadIntoForm(form: FormState, request: SigningRequest): FormState {
  return {
    ...form,
    key: request.key,
    algorithm: request.algorithm,
    ...request.input,
    xDateMode: 'typed',
    signedHeaders: request.input.signedHeaders.map((header, index) => ({
      id: index + 1,
      ...header,
    })),
    options: DEFAULT_OPTIONS,
  };
}
