/**
 * The one rule, for both sites, for choosing a count among a page's sources
 * (embedded JSON, a response the page loaded, an exact `title` attribute, the
 * visible text, the meta description) and noting where they disagree.
 *
 * - Sources that agree within rounding (their ranges overlap): exact beats
 *   rounded; then the fresher source (json → api → attribute → dom → meta → url);
 *   then the narrower range.
 * - Sources that disagree beyond rounding: what the user sees wins (attribute
 *   or visible text, which the sites update live while metas and embedded data
 *   lag), upgraded only by a more exact source that agrees with it. Every other
 *   value is kept as a Disagreement, so the inspector and the card can show it.
 */
import type { Count, Disagreement, FieldSource, Source } from '@/lib/schema/reading';

const ORDER: readonly Source[] = ['json', 'api', 'attribute', 'dom', 'meta', 'url'];
const VISIBLE: ReadonlySet<Source> = new Set(['attribute', 'dom']);
const MAX_DISAGREEMENTS = 50;

export type Picked = { count: Count | null; source: FieldSource | null; disagreements: Disagreement[] };

/** Two counts agree when their ranges overlap (a rounded figure stands for a range). */
export function countsAgree(a: Count, b: Count): boolean {
  return a.min <= b.max && b.min <= a.max;
}

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
  if (all.length === 0) return { count: null, source: null, disagreements: [] };
  const sorted = [...all].sort(better);
  const visible = sorted.find((c) => VISIBLE.has(c.source));

  let kept = sorted[0] as Count;
  if (visible && all.some((c) => !countsAgree(c, visible))) {
    kept = sorted.find((c) => countsAgree(c, visible) && (c.exact || c === visible)) ?? visible;
  }

  const disagreements: Disagreement[] = [];
  const seen = new Set<string>();
  for (const c of sorted) {
    if (c === kept || countsAgree(c, kept) || disagreements.length >= MAX_DISAGREEMENTS) continue;
    const key = `${c.source}:${c.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    disagreements.push({
      field: field.slice(0, 50),
      kept: { value: kept.value, source: kept.source },
      other: { value: c.value, source: c.source },
    });
  }
  return { count: kept, source: { source: kept.source, exact: kept.exact }, disagreements };
}
