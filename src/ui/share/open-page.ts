import { EXAMPLE_FORM, type FormState } from '../form-state';
import { openShareLink, type Notice } from './share-form';

/**
 * The form the page opens on: a shared request when the address carries one, else the
 * documented example; and, for a link that could not be read, a notice saying so.
 */
export function openPage(
  fragment: string,
  epochMs: number,
): { readonly form: FormState; readonly notice?: Notice } {
  const opened = openShareLink(fragment, epochMs);
  if (!opened) return { form: EXAMPLE_FORM };
  if (opened.form) return { form: opened.form, notice: opened.notice };

  const text = `${opened.notice.text} The page shows the documented example instead.`;
  return { form: EXAMPLE_FORM, notice: { ...opened.notice, text } };
}
