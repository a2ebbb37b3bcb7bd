import type { Finding } from './finding';
import type { VariantSearch } from './search-variants';

/**
 * The findings of a variant search: each variant of the match, or, when nothing reproduces
 * the client's signature, `secret-mismatch` with what was tried.
 */
export function describeSearch(search: VariantSearch, explainedElsewhere: boolean): Finding[] {
  const variants = search.match?.variants ?? [];
  if (variants.length === 1 && variants[0]) {
    const only = variants[0];
    return [
      {
        cause: only.cause,
        source: 'search',
        sentence: `Recomputing the signature as if the client ${only.description} reproduces its signature exactly.`,
      },
    ];
  }
  if (variants.length > 1) {
    const what = variants.map((variant) => variant.description).join(', and ');
    return variants.map((variant) => ({
      cause: variant.cause,
      source: 'search',
      sentence: `Recomputing the signature as if the client ${what} reproduces its signature exactly; neither change alone does.`,
    }));
  }
  if (explainedElsewhere) return [];

  const tried = search.tried.map((variant) => variant.description);
  return [
    {
      cause: 'secret-mismatch',
      source: 'search',
      sentence: `Nothing reproduces the client's signature: ${search.computed} signatures were computed under ${tried.length} variants (${tried.join('; ')}) and their pairs. The client signs with another secret than this ApiAppSecret, or departs from the rules in more than two ways.`,
    },
  ];
}
