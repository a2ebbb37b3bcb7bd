import { VARIANTS, type Variant } from './variant-catalogue';
import {
  applyChoices,
  DEFAULT_SETTINGS,
  type Aspect,
  type VariantSettings,
} from './variant-settings';

/**
 * The fewest variants, among those of the given aspects, under which `produce` gives the
 * target text: every combination is tried, smallest first, catalogue order breaking ties.
 * Undefined when none does. Meant for the few aspects of one line, where the combinations
 * number in the hundreds.
 */
export function findSmallestChange(
  aspects: readonly Aspect[],
  produce: (settings: VariantSettings) => string,
  target: string,
): readonly Variant[] | undefined {
  let combinations: Variant[][] = [[]];
  for (const aspect of aspects) {
    const options = VARIANTS.filter((variant) => variant.choice.aspect === aspect);
    combinations = combinations.flatMap((combination) => [
      combination,
      ...options.map((option) => [...combination, option]),
    ]);
  }
  combinations.sort((a, b) => a.length - b.length);

  return combinations.find((combination) => {
    const settings = applyChoices(
      DEFAULT_SETTINGS,
      combination.map((variant) => variant.choice),
    );
    return produce(settings) === target;
  });
}
