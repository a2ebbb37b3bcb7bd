import type { SigningOptions } from '../signing/types';
import { formatXDate } from '../signing/x-date';
import type { FormState, HeaderRow } from './form-state';

type TextField = 'key' | 'secret' | 'method' | 'url' | 'accept' | 'contentType' | 'body';

export type FormAction =
  | { readonly type: 'set'; readonly field: TextField; readonly value: string }
  | { readonly type: 'setAlgorithm'; readonly value: FormState['algorithm'] }
  | { readonly type: 'typeXDate'; readonly value: string }
  | { readonly type: 'setXDateNow'; readonly epochMs: number }
  | { readonly type: 'fixXDate'; readonly epochMs: number }
  | { readonly type: 'tick'; readonly epochMs: number }
  | { readonly type: 'addHeader' }
  | { readonly type: 'editHeader'; readonly id: number; readonly row: Partial<HeaderRow> }
  | { readonly type: 'removeHeader'; readonly id: number }
  | { readonly type: 'setOptions'; readonly options: Partial<SigningOptions> }
  | { readonly type: 'load'; readonly form: FormState };

/** Applies one user action to the form. The clock comes in as an action, never read here. */
export function reduceForm(form: FormState, action: FormAction): FormState {
  switch (action.type) {
    case 'set':
      return { ...form, [action.field]: action.value };
    case 'setAlgorithm':
      return { ...form, algorithm: action.value };
    case 'typeXDate':
      return { ...form, xDate: action.value, xDateMode: 'typed' };
    case 'setXDateNow':
      return { ...form, xDate: formatXDate(action.epochMs), xDateMode: 'live' };
    case 'fixXDate':
      return { ...form, xDate: formatXDate(action.epochMs), xDateMode: 'typed' };
    case 'tick': {
      if (form.xDateMode !== 'live') return form;
      const xDate = formatXDate(action.epochMs);
      return xDate === form.xDate ? form : { ...form, xDate };
    }
    case 'addHeader': {
      const id = Math.max(0, ...form.signedHeaders.map((row) => row.id)) + 1;
      return { ...form, signedHeaders: [...form.signedHeaders, { id, name: '', value: '' }] };
    }
    case 'editHeader':
      return {
        ...form,
        signedHeaders: form.signedHeaders.map((row) =>
          row.id === action.id ? { ...row, ...action.row } : row,
        ),
      };
    case 'removeHeader':
      return { ...form, signedHeaders: form.signedHeaders.filter((row) => row.id !== action.id) };
    case 'setOptions':
      return { ...form, options: { ...form.options, ...action.options } };
    case 'load':
      return action.form;
  }
}
