import { useState } from 'react';
import type { ExportResult } from '../../export/exported-request';
import { CopyButton } from '../CopyButton';
import type { FormState } from '../form-state';
import { ReadOnlyValue } from '../ReadOnlyValue';
import { CommandValidity } from './CommandValidity';
import { formatCurl, type CurlText, type Shell } from './use-exports';

export interface CurlExportProps {
  readonly exported: ExportResult | undefined;
  /** The form the exported request was signed from. */
  readonly signedForm: FormState | undefined;
  readonly onRefreshXDate: () => void;
}

const SHELLS: readonly { readonly value: Shell; readonly label: string }[] = [
  { value: 'bash', label: 'bash / zsh' },
  { value: 'powershell', label: 'PowerShell' },
  { value: 'cmd', label: 'Windows cmd' },
];

/** The signed request as a curl command for a chosen shell, with how long it stays valid. */
export function CurlExport({ exported, signedForm, onRefreshXDate }: CurlExportProps) {
  const [shell, setShell] = useState<Shell>('bash');
  const curl = exported ? formatCurl(exported, shell) : undefined;
  const text = curl?.ok ? curl.text : '';

  return (
    <section className="panel" aria-labelledby="curl-heading">
      <h2 id="curl-heading">Ready-made request</h2>
      <div className="output-head">
        <label htmlFor="curl-shell">Shell</label>
        <select id="curl-shell" value={shell} onChange={(e) => setShell(e.target.value as Shell)}>
          {SHELLS.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <CopyButton label="Copy curl" text={text} disabled={!curl?.ok} />
      </div>
      {exported?.ok && signedForm && (
        <CommandValidity
          xDate={signedForm.xDate}
          live={signedForm.xDateMode === 'live'}
          onRefreshXDate={onRefreshXDate}
        />
      )}
      {curl && !curl.ok && (
        <ul className="message message-error callout callout-error" role="alert">
          {curl.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {curl?.ok && curl.notes.length > 0 && (
        <ul className="message callout">
          {curl.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {curl?.ok && curl.bodyFile !== undefined && exported?.ok && (
        <p className="actions">
          <button
            type="button"
            onClick={() => saveBody(curl.bodyFile ?? '', exported.request.body)}
          >
            Download {curl.bodyFile}
          </button>
        </p>
      )}
      <label htmlFor="curl" className="visually-hidden">
        curl
      </label>
      <ReadOnlyValue
        id="curl"
        value={curl?.ok ? text : describeMissing(curl)}
        prompt={!curl?.ok}
        code
      />
    </section>
  );
}

function describeMissing(curl: CurlText | undefined): string {
  return curl
    ? 'No command for this shell: the reason is above.'
    : 'Sign the request to get a curl command.';
}

/**
 * Saves the body as the browser's download, made in the page from what was signed: UTF-8, no
 * byte order mark, line breaks as typed, which an editor could not be trusted to keep.
 */
function saveBody(name: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Not revoked at once: the browser may read the URL after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
