/**
 * The brief a creator fits best, as every screen names it: the highest score among briefs whose
 * must-haves are not missed, and only when it rounds to at least 1. Otherwise there is no best
 * fit ("no brief fits yet"), never a "Best fit 0".
 */
import type { FitResult } from '@/lib/schema/fit';

export function bestFitOf(fits: readonly FitResult[]): FitResult | null {
  let best: FitResult | null = null;
  for (const f of fits) {
    if (Math.round(f.score) < 1 || f.reasons.some((r) => r.hard)) continue;
    if (!best || f.score > best.score) best = f;
  }
  return best;
}
