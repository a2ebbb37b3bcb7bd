import { useMemo } from 'react';
import { formatCurlForBash } from '../../export/curl-for-bash';
import { formatCurlForCmd, type CmdCommand } from '../../export/curl-for-cmd';
import { formatCurlForPowerShell } from '../../export/curl-for-powershell';
import { findCurlProblems } from '../../export/find-curl-problems';
import { buildExportedRequest, type ExportResult } from '../../export/exported-request';
import type { SignedSnapshot } from '../use-signing';

export type Shell = 'bash' | 'powershell' | 'cmd';

/** A curl command for one shell, or why none can be written; only cmd ever needs a body file. */
export type CurlText = CmdCommand;

/** The exported request for what the page signed, or undefined while nothing is signed. */
export function useExportedRequest(snapshot: SignedSnapshot | undefined): ExportResult | undefined {
  return useMemo(
    () =>
      snapshot &&
      buildExportedRequest(snapshot.form.url, snapshot.form.body, snapshot.built, snapshot.signed),
    [snapshot],
  );
}

/** The curl command for one shell, or why none can be written. */
export function formatCurl(exported: ExportResult, shell: Shell): CurlText {
  if (!exported.ok) return exported;
  const problems = findCurlProblems(exported.request);
  if (problems.length > 0) return { ok: false, problems };
  if (shell === 'cmd') return formatCurlForCmd(exported.request);
  const format = shell === 'bash' ? formatCurlForBash : formatCurlForPowerShell;
  return { ok: true, text: format(exported.request), notes: [] };
}
