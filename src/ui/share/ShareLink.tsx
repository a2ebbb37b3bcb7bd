import { useDeferredValue, useMemo } from 'react';
import type { FormState } from '../form-state';
import { LabelledValue } from '../LabelledValue';
import { makeShareLink } from './share-form';

/** A link that opens this request elsewhere: every field but the secret, in the fragment. */
export function ShareLink({ form }: { readonly form: FormState }) {
  const deferred = useDeferredValue(form);
  const result = useMemo(() => makeShareLink(deferred, window.location.href), [deferred]);

  return (
    <section className="panel">
      <h2>Share</h2>
      <LabelledValue
        id="share-link"
        label="Share link"
        value={result.ok ? result.link : undefined}
        prompt={result.ok ? '' : result.message}
      />
      <p className="hint">
        Opens this request, its x-date and its variant settings in any browser, with every field but
        the ApiAppSecret: a link never carries it. The request rides in the part after #, which
        browsers do not send to any server; whoever holds the link can read the request and the
        ApiAppKey.
      </p>
    </section>
  );
}
