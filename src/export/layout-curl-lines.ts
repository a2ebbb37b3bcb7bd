const OPTIONS_WITH_VALUE = new Set(['-X', '-H', '--data-binary']);

/**
 * Lays out quoted curl words as lines: the switches, method and URL first, then one line per
 * header and one for the body, each option beside its value, so that a reader can check every
 * header against the signing string.
 */
export function layoutCurlLines(words: readonly string[]): string[] {
  if (!Array.isArray(words)) throw new TypeError('layoutCurlLines: words must be an array');

  const lines: string[][] = [[]];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] ?? '';
    const line = OPTIONS_WITH_VALUE.has(word) ? [word, words[(index += 1)] ?? ''] : [word];
    const last = lines[lines.length - 1] ?? [];
    if (lines.length === 1 && line[0] !== '-H' && line[0] !== '--data-binary') last.push(...line);
    else lines.push(line);
  }
  return lines.filter((line) => line.length > 0).map((line) => line.join(' '));
}
