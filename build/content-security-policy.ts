/** A Content-Security-Policy as directive names mapped to their source lists (CSP Level 3). */
export type Policy = ReadonlyMap<string, readonly string[]>;

const POLICY_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;

/** Reads a serialized policy (`default-src 'self'; img-src data:`) into its directives. */
export function parsePolicy(text: string): Policy {
  if (typeof text !== 'string') throw new TypeError('parsePolicy: text must be a string');

  const policy = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Writes a policy back in the serialized form, directives in their original order. */
export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Reads the policy of an HTML page's CSP meta tag, or undefined when it has none. */
export function readPolicyMeta(html: string): Policy | undefined {
  const match = POLICY_META.exec(html);
  return match ? parsePolicy(match[1] ?? '') : undefined;
}

/**
 * Rewrites the policy in an HTML page's CSP meta tag. Throws when the page has none: a build
 * that lost its policy must fail rather than ship a page without it.
 */
export function rewritePolicyMeta(html: string, rewrite: (policy: Policy) => Policy): string {
  const match = POLICY_META.exec(html);
  if (!match)
    throw new RangeError('rewritePolicyMeta: the page has no Content-Security-Policy meta');

  const content = formatPolicy(rewrite(parsePolicy(match[1] ?? '')));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${content}" />`;
  return html.slice(0, match.index) + meta + html.slice(match.index + match[0].length);
}

/**
 * Moves the CSP meta tag to the top of `<head>`. A policy applies only to what follows it, and
 * the dev server puts its own scripts at the top of `<head>`.
 */
export function hoistPolicyMeta(html: string): string {
  const match = POLICY_META.exec(html);
  const head = /<head[^>]*>/i.exec(html);
  if (!match || !head) throw new RangeError('hoistPolicyMeta: the page has no head or no policy');

  const without = html.slice(0, match.index) + html.slice(match.index + match[0].length);
  const at = head.index + head[0].length;
  return `${without.slice(0, at)}\n    ${match[0]}${without.slice(at)}`;
}

/**
 * Adds sources to a directive. `'none'` goes, since it must stand alone: beside another source
 * browsers ignore it and warn on the console.
 */
export function addSources(policy: Policy, name: string, sources: readonly string[]): Policy {
  const kept = (policy.get(name) ?? []).filter((source) => source !== "'none'");
  return new Map(policy).set(name, [...new Set([...kept, ...sources])]);
}

/** Removes a source from every directive; a directive left empty becomes `'none'`. */
export function removeSource(policy: Policy, source: string): Policy {
  const entries = [...policy].map(([name, sources]): [string, readonly string[]] => {
    const kept = sources.filter((each) => each !== source);
    return [name, kept.length > 0 || sources.length === 0 ? kept : ["'none'"]];
  });
  return new Map(entries);
}
