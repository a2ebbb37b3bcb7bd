import { CURL_OPTIONS, CURL_SHORT_OPTIONS } from './curl-options';

/** One word of a curl command read as an option with its argument, or a bare argument. */
export type CurlWord =
  | { readonly kind: 'option'; readonly name: string; readonly argument?: string }
  | { readonly kind: 'positional'; readonly text: string }
  | { readonly kind: 'unknown'; readonly text: string }
  | { readonly kind: 'missing-argument'; readonly text: string };

/**
 * Reads the words after `curl` as curl does: long options (`--data-raw x`), short ones with
 * their argument attached or apart (`-XPOST`, `-X POST`), and short flags run together
 * (`-sSL`). An unknown option is kept as such, and assumed to take no argument.
 */
export function splitCurlOptions(words: readonly string[]): CurlWord[] {
  if (!Array.isArray(words)) throw new TypeError('splitCurlOptions: words must be an array');

  const result: CurlWord[] = [];
  let i = 0;
  const next = () => words[++i];

  for (; i < words.length; i++) {
    const word = words[i] ?? '';
    if (word.startsWith('--') && word.length > 2) {
      const name = word.slice(2);
      const known = CURL_OPTIONS[name];
      if (!known) result.push({ kind: 'unknown', text: word });
      else if (!known.takesArgument) result.push({ kind: 'option', name });
      else result.push(withArgument(name, word, next()));
    } else if (word.startsWith('-') && word.length > 1) {
      result.push(...readShortOptions(word, next));
    } else {
      result.push({ kind: 'positional', text: word });
    }
  }
  return result;
}

function readShortOptions(word: string, next: () => string | undefined): CurlWord[] {
  const result: CurlWord[] = [];
  for (let j = 1; j < word.length; j++) {
    const letter = word[j] ?? '';
    const name = CURL_SHORT_OPTIONS[letter];
    if (name === undefined) {
      result.push({ kind: 'unknown', text: `-${letter}` });
      continue;
    }
    if (!CURL_OPTIONS[name]?.takesArgument) {
      result.push({ kind: 'option', name });
      continue;
    }
    const attached = word.slice(j + 1);
    result.push(withArgument(name, `-${letter}`, attached === '' ? next() : attached));
    break;
  }
  return result;
}

function withArgument(name: string, text: string, argument: string | undefined): CurlWord {
  return argument === undefined
    ? { kind: 'missing-argument', text }
    : { kind: 'option', name, argument };
}
