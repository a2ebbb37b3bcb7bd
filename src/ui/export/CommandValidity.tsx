import { useCallback, useState } from 'react';
import {
  computeValidityWindow,
  describeValidity,
  formatValidUntil,
} from '../../export/command-validity';
import { X_DATE_WINDOW_SECONDS } from '../../signing/x-date';
import { formatDuration } from '../format-duration';
import { useClock } from '../use-clock';

export interface CommandValidityProps {
  /** The x-date the command was signed with. */
  readonly xDate: string;
  /** Whether x-date follows the clock, so that the command is signed anew every second. */
  readonly live: boolean;
  readonly onRefreshXDate: () => void;
}

const WINDOW = `${X_DATE_WINDOW_SECONDS} s (${formatDuration(X_DATE_WINDOW_SECONDS)})`;

/**
 * How long the gateway accepts the command, counted down every second, and a way to sign it
 * again with the time now. Not a live region: a countdown read aloud every second would drown
 * everything else out.
 */
export function CommandValidity({ xDate, live, onRefreshXDate }: CommandValidityProps) {
  const [now, setNow] = useState(() => Date.now());
  const tick = useCallback((epochMs: number) => setNow(epochMs), []);
  useClock(true, tick);
  const { text, usable } = describe(xDate, live, now);

  return (
    <div className={usable ? 'validity' : 'validity validity-stale'}>
      <p>{text}</p>
      <button type="button" onClick={onRefreshXDate}>
        Refresh x-date
      </button>
    </div>
  );
}

function describe(xDate: string, live: boolean, now: number) {
  const window = computeValidityWindow(xDate);
  if (!window) {
    return {
      usable: false,
      text: 'x-date is not an RFC 1123 date, so the gateway refuses this command at any time.',
    };
  }
  if (live) {
    return {
      usable: true,
      text: `x-date follows the clock, so the command is signed anew every second. Once copied, it is valid for ${formatDuration(X_DATE_WINDOW_SECONDS)}.`,
    };
  }

  const state = describeValidity(window, now);
  switch (state.state) {
    case 'valid':
      return {
        usable: true,
        text: `Valid for another ${formatDuration(state.secondsLeft)}, until ${formatValidUntil(window)}: the gateway accepts a command up to ${WINDOW} after its x-date.`,
      };
    case 'expired':
      return {
        usable: false,
        text: `Expired ${formatDuration(state.secondsAgo)} ago: the gateway accepts a command only up to ${WINDOW} after its x-date. Refresh x-date to sign it with the time now.`,
      };
    case 'not-yet':
      return {
        usable: false,
        text: `Not valid for another ${formatDuration(state.secondsUntilValid)}: x-date is more than ${WINDOW} ahead of this computer's clock.`,
      };
  }
}
