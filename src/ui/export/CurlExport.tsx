import { useCallback, useState } from 'react';
import {
  computeValidityWindow,
  describeValidity,
  formatValidUntil,
} from '../../export/command-validity';
import type { ExportResult } from '../../export/exported-request';
import { CopyButton } from '../CopyButton';
import { ReadOnlyValue } from '../ReadOnlyValue';
import { useClock } from '../use-clock';
import { formatCurl, type Shell } from './use-exports';

export interface CurlExportProps {
  readonly exported: ExportResult | undefined;
  readonly xDate: string;
  readonly onRefreshXDate: () => void;
}

const SHELLS: readonly { readonly value: Shell; readonly label: string }[] = [
  { value: 'bash', label: 'bash / zsh' },
  { value: 'powershell', label: 'PowerShell' },
  { value: 'cmd', label: 'Windows cmd' },
];

/** The signed request as a curl command for a chosen shell, with how long it stays valid. */
export function CurlExport({ exported, xDate, onRefreshXDate }: CurlExportProps) {
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
      <Validity xDate={xDate} onRefreshXDate={onRefreshXDate} />
      {curl && !curl.ok && (
        <ul className="message message-error" role="alert">
          {curl.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {curl?.ok && curl.notes.length > 0 && (
        <ul className="message">
          {curl.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <label htmlFor="curl" className="visually-hidden">
        curl
      </label>
      <ReadOnlyValue
        id="curl"
        value={curl ? text : 'Sign the request to get a curl command.'}
        prompt={!curl?.ok}
      />
    </section>
  );
}

function Validity({ xDate, onRefreshXDate }: Omit<CurlExportProps, 'exported'>) {
  const [now, setNow] = useState(() => Date.now());
  const tick = useCallback((epochMs: number) => setNow(epochMs), []);
  useClock(true, tick);
  const window = computeValidityWindow(xDate);
  const state = window && describeValidity(window, now);

  return (
    <p className="validity">
      <span>
        {!window || !state
          ? 'x-date is not an RFC 1123 date: the gateway refuses this command.'
          : state.state === 'valid'
            ? `Valid until ${formatValidUntil(window)} (${formatSeconds(state.secondsLeft)} left).`
            : state.state === 'expired'
              ? `Expired ${formatSeconds(state.secondsAgo)} ago: the gateway allows 900 s after x-date.`
              : `Not valid for another ${formatSeconds(state.secondsUntilValid)}: x-date is ahead of the clock.`}
      </span>{' '}
      <button type="button" onClick={onRefreshXDate}>
        Refresh x-date
      </button>
    </p>
  );
}

function formatSeconds(total: number): string {
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes > 0 ? `${minutes} min ${seconds} s` : `${seconds} s`;
}
