import { useId, useState, type Dispatch } from 'react';
import type { Md5Encoding, ParameterValues, SigningOptions } from '../signing/types';
import { Field } from './Field';
import type { FormAction } from './form-reducer';

export interface VariantControlsProps {
  readonly options: SigningOptions;
  readonly dispatch: Dispatch<FormAction>;
}

/** The switches of the rules that real clients flip (spec §2), folded away by default. */
export function VariantControls({ options, dispatch }: VariantControlsProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const set = (change: Partial<SigningOptions>) =>
    dispatch({ type: 'setOptions', options: change });
  const changed =
    options.md5Encoding !== 'hex' || options.parameterValues !== 'decoded' || !options.removeStage;

  return (
    <fieldset className={open ? 'variants' : 'variants closed'}>
      <legend>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          Variants
        </button>
        {changed && <span className="badge">not the default</span>}
      </legend>
      <div id={panelId} hidden={!open}>
        <p className="hint">
          Rules that some official samples and clients sign differently. The default is what the
          spec gives; switch one to reproduce what a client does.
        </p>
        <Field id="md5-encoding" label="Content-MD5 encoding">
          {(control) => (
            <select
              {...control}
              value={options.md5Encoding}
              onChange={(e) => set({ md5Encoding: e.target.value as Md5Encoding })}
            >
              <option value="hex">hex: Base64 of the hex digest (default)</option>
              <option value="raw">raw: Base64 of the 16-byte digest</option>
            </select>
          )}
        </Field>
        <Field id="parameter-values" label="Parameter values">
          {(control) => (
            <select
              {...control}
              value={options.parameterValues}
              onChange={(e) => set({ parameterValues: e.target.value as ParameterValues })}
            >
              <option value="decoded">decoded (default)</option>
              <option value="raw">raw: as sent, percent-encoded</option>
            </select>
          )}
        </Field>
        <div className="checkbox">
          <input
            id="remove-stage"
            type="checkbox"
            checked={options.removeStage}
            onChange={(e) => set({ removeStage: e.target.checked })}
          />
          <label htmlFor="remove-stage">Remove stage prefix</label>
        </div>
      </div>
    </fieldset>
  );
}
