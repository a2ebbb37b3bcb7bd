const UNITS = [
  { name: 'year', seconds: 365 * 86_400, plural: true },
  { name: 'day', seconds: 86_400, plural: true },
  { name: 'h', seconds: 3_600, plural: false },
  { name: 'min', seconds: 60, plural: false },
  { name: 's', seconds: 1, plural: false },
] as const;

/**
 * A duration as a person reads it at a glance: its largest unit and the next one, as in
 * `14 min 59 s` or `3 days 4 h`; years alone, since `20 years` needs no days beside it.
 */
export function formatDuration(totalSeconds: number): string {
  if (!Number.isInteger(totalSeconds) || totalSeconds < 0) {
    throw new RangeError('formatDuration: totalSeconds must be a whole number, 0 or more');
  }

  const index = UNITS.findIndex((unit) => totalSeconds >= unit.seconds);
  const largest = UNITS[index];
  if (!largest) return '0 s';

  const first = formatCount(Math.floor(totalSeconds / largest.seconds), largest);
  const next = UNITS[index + 1];
  if (largest.name === 'year' || !next) return first;
  const rest = Math.floor((totalSeconds % largest.seconds) / next.seconds);
  return rest === 0 ? first : `${first} ${formatCount(rest, next)}`;
}

function formatCount(count: number, unit: (typeof UNITS)[number]): string {
  return `${count} ${unit.name}${unit.plural && count !== 1 ? 's' : ''}`;
}
