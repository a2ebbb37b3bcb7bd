import type { Dispatch } from 'react';
import type { InputIssue } from '../signing/types';
import { Field } from './Field';
import type { FormAction } from './form-reducer';
import type { HeaderRow } from './form-state';

export interface SignedHeaderRowsProps {
  readonly rows: readonly HeaderRow[];
  readonly issues: readonly InputIssue[];
  readonly dispatch: Dispatch<FormAction>;
}

/** Headers signed besides x-date, such as the documented example's `source`. */
export function SignedHeaderRows({ rows, issues, dispatch }: SignedHeaderRowsProps) {
  return (
    <div className="signed-headers">
      {rows.map((row, index) => (
        <div className="row header-row" key={row.id}>
          <Field
            id={`header-${row.id}-name`}
            label="Signed header name"
            field={`signedHeaders.${index}.name`}
            issues={issues}
          >
            {(control) => (
              <input
                {...control}
                value={row.name}
                spellCheck={false}
                placeholder="source"
                onChange={(e) =>
                  dispatch({ type: 'editHeader', id: row.id, row: { name: e.target.value } })
                }
              />
            )}
          </Field>
          <Field
            id={`header-${row.id}-value`}
            label="Signed header value"
            field={`signedHeaders.${index}.value`}
            issues={issues}
          >
            {(control) => (
              <input
                {...control}
                value={row.value}
                spellCheck={false}
                onChange={(e) =>
                  dispatch({ type: 'editHeader', id: row.id, row: { value: e.target.value } })
                }
              />
            )}
          </Field>
          <button
            type="button"
            className="remove"
            aria-label={`Remove signed header ${row.name || index + 1}`}
            onClick={() => dispatch({ type: 'removeHeader', id: row.id })}
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" onClick={() => dispatch({ type: 'addHeader' })}>
        Add signed header
      </button>
    </div>
  );
}
