import { useRef, useState, type Dispatch } from 'react';
import { ALGORITHMS, type Algorithm, type InputIssue } from '../signing/types';
import { BodyField } from './BodyField';
import { Field } from './Field';
import type { FormAction } from './form-reducer';
import { EXAMPLE_X_DATE, METHODS, type FormState } from './form-state';
import { SignedHeaderRows } from './SignedHeaderRows';
import { VariantControls } from './VariantControls';

export interface RequestFormProps {
  readonly form: FormState;
  readonly issues: readonly InputIssue[];
  readonly dispatch: Dispatch<FormAction>;
}

/** The request and credentials as the user types them. */
export function RequestForm({ form, issues, dispatch }: RequestFormProps) {
  const [showSecret, setShowSecret] = useState(false);
  const secretInput = useRef<HTMLInputElement>(null);
  // The secret lives only in this page's memory; forgetting it masks the field again and leaves
  // the cursor there, ready for the next one.
  const forgetSecret = () => {
    dispatch({ type: 'set', field: 'secret', value: '' });
    setShowSecret(false);
    secretInput.current?.focus();
  };
  const set = (field: Extract<FormAction, { type: 'set' }>['field']) => (value: string) =>
    dispatch({ type: 'set', field, value });

  return (
    <form className="request-form" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>Credentials</legend>
        <Field id="key" label="ApiAppKey" field="key" issues={issues}>
          {(control) => (
            <input
              {...control}
              value={form.key}
              onChange={(e) => set('key')(e.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </Field>
        <Field
          id="secret"
          label="ApiAppSecret"
          field="secret"
          issues={issues}
          hint="Stays in this page: signed with Web Crypto, never sent or stored."
          actions={
            <span className="secret-actions">
              <button
                type="button"
                className="link"
                aria-pressed={showSecret}
                onClick={() => setShowSecret(!showSecret)}
              >
                {showSecret ? 'Hide secret' : 'Show secret'}
              </button>
              <button type="button" className="link" onClick={forgetSecret}>
                Forget secret
              </button>
            </span>
          }
        >
          {(control) => (
            <input
              {...control}
              ref={secretInput}
              type={showSecret ? 'text' : 'password'}
              value={form.secret}
              onChange={(e) => set('secret')(e.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </Field>
        <Field id="algorithm" label="Algorithm">
          {(control) => (
            <select
              {...control}
              value={form.algorithm}
              onChange={(e) =>
                dispatch({ type: 'setAlgorithm', value: e.target.value as Algorithm })
              }
            >
              {ALGORITHMS.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>Request</legend>
        <div className="row method-url">
          <Field id="method" label="Method" field="method" issues={issues}>
            {(control) => (
              <select
                {...control}
                value={form.method}
                onChange={(e) => set('method')(e.target.value)}
              >
                {METHODS.map((method) => (
                  <option key={method}>{method}</option>
                ))}
                {/* A method loaded from Compare (PURGE, a WebDAV verb) must show as signed. */}
                {!METHODS.some((method) => method === form.method) && (
                  <option key={form.method}>{form.method}</option>
                )}
              </select>
            )}
          </Field>
          <Field id="url" label="URL" field="url" issues={issues}>
            {(control) => (
              <input
                {...control}
                type="url"
                value={form.url}
                onChange={(e) => set('url')(e.target.value)}
                spellCheck={false}
                placeholder="https://service-….apigw.tencentcs.com/release/path?a=1"
              />
            )}
          </Field>
        </div>
        <div className="row">
          <Field id="accept" label="Accept" field="accept" issues={issues}>
            {(control) => (
              <input
                {...control}
                value={form.accept}
                onChange={(e) => set('accept')(e.target.value)}
                spellCheck={false}
                placeholder="empty"
              />
            )}
          </Field>
          <Field id="content-type" label="Content-Type" field="contentType" issues={issues}>
            {(control) => (
              <input
                {...control}
                value={form.contentType}
                onChange={(e) => set('contentType')(e.target.value)}
                spellCheck={false}
                placeholder="empty"
              />
            )}
          </Field>
        </div>
        <BodyField body={form.body} issues={issues} onChange={set('body')} />
        <Field
          id="x-date"
          label="x-date"
          field="xDate"
          issues={issues}
          hint={describeXDate(form)}
          actions={
            <button
              type="button"
              className="link"
              onClick={() => dispatch({ type: 'setXDateNow', epochMs: Date.now() })}
            >
              Now
            </button>
          }
        >
          {(control) => (
            <input
              {...control}
              value={form.xDate}
              spellCheck={false}
              onChange={(e) => dispatch({ type: 'typeXDate', value: e.target.value })}
            />
          )}
        </Field>
        <SignedHeaderRows rows={form.signedHeaders} issues={issues} dispatch={dispatch} />
      </fieldset>

      <VariantControls options={form.options} dispatch={dispatch} />
    </form>
  );
}

function describeXDate(form: FormState): string {
  if (form.xDateMode === 'live') return 'Follows the clock; type a date to fix it.';
  if (form.xDate === EXAMPLE_X_DATE) {
    return "The documented example's date, so the signature can be checked against the spec. Now signs with the current time.";
  }
  return 'Fixed. The gateway accepts it for 900 s around its own clock.';
}
