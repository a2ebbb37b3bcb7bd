import { useEffect, type Dispatch } from 'react';
import type { FormAction } from '../form-reducer';
import { openShareLink, type Notice } from './share-form';

const KEPT_SECRET =
  'Opened a shared request. Links never carry the ApiAppSecret; the one typed before is kept.';

/**
 * Opens a share link pasted into the address bar of a tab that already shows the page: the
 * browser then changes the fragment without loading the page again. The secret already typed
 * stays; a link that cannot be read leaves the form as it was.
 */
export function useShareNavigation(
  secret: string,
  dispatch: Dispatch<FormAction>,
  setNotice: (notice: Notice) => void,
) {
  useEffect(() => {
    const open = () => {
      const opened = openShareLink(window.location.hash, Date.now());
      if (!opened) return;
      if (!opened.form) {
        setNotice({ ...opened.notice, text: `${opened.notice.text} The form is as it was.` });
        return;
      }
      dispatch({ type: 'load', form: { ...opened.form, secret } });
      if (secret !== '') setNotice({ kind: 'info', text: KEPT_SECRET });
      else setNotice(opened.notice);
    };
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, [secret, dispatch, setNotice]);
}
