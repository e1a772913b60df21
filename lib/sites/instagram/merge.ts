/**
 * Choosing one count among the page's sources, and noting where they disagree.
 *
 * Rules ("correct or unknown, never wrong"):
 * - Sources that agree within rounding (ranges overlap): the most exact wins,
 *   in the order data (json, api) → exact attribute → visible text → meta.
 * - Sources that disagree beyond rounding: what the user sees wins (attribute or
 *   visible text, which Instagram updates live), and every other value is kept
 *   as a Disagreement. Server-rendered metas lag the DOM by a few followers.
 */
import type { Count, Disagreement, Source } from '../../schema/reading';
import { countsAgree } from './count';

const ORDER: readonly Source[] = ['json', 'api', 'attribute', 'dom', 'meta', 'url'];
const VISIBLE: ReadonlySet<Source> = new Set(['attribute', 'dom']);

export type Picked = { count: Count | null; disagreements: Disagreement[] };

function rank(c: Count): number {
  const i = ORDER.indexOf(c.source);
  return i < 0 ? ORDER.length : i;
}

/** Best first: exact before rounded, then by source order, then narrower range. */
function better(a: Count, b: Count): number {
  if (a.exact !== b.exact) return a.exact ? -1 : 1;
  const r = rank(a) - rank(b);
  if (r !== 0) return r;
  return a.max - a.min - (b.max - b.min);
}

export function pickCount(field: string, candidates: ReadonlyArray<Count | null | undefined>): Picked {
  const all = candidates.filter((c): c is Count => c != null);
  if (all.length === 0) return { count: null, disagreements: [] };
  const sorted = [...all].sort(better);
  const visible = [...all].filter((c) => VISIBLE.has(c.source)).sort(better)[0];

  let kept = sorted[0] as Count;
  if (visible && all.some((c) => !countsAgree(c, visible))) {
    // Sources disagree: keep what the user sees; upgrade it only with a source that agrees and is more exact.
    kept = sorted.find((c) => countsAgree(c, visible) && (c.exact || c === visible)) ?? visible;
  }

  const disagreements: Disagreement[] = [];
  const seen = new Set<string>();
  for (const c of sorted) {
    if (c === kept || countsAgree(c, kept)) continue;
    const key = `${c.source}:${c.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    disagreements.push({
      field,
      kept: { value: kept.value, source: kept.source },
      other: { value: c.value, source: c.source },
    });
  }
  return { count: kept, disagreements };
}
