/**
 * A benchmark band's label in the UI language. The benchmark sets
 * (lib/metrics/benchmark-sets/sets.ts) name their rows as published, in English ("micro
 * 10k–50k", "under 5k", "mega 1M+"), a band between two rows joins them with " ↔ ", and the
 * label is stored inside signals, so it is translated where it is shown: each part is
 * rewritten ("micro" → "mikro", "10k" → "10 rb", "under" → "di bawah"). A label of any other
 * shape (a marketer's own set) is shown as written rather than half-translated.
 */
import type { Lang } from './core';

const PART =
  /^(?:(nano|micro|mid-tier|macro|mega) )?(under |over )?(\d+(?:\.\d+)?[kM])(?:–(\d+(?:\.\d+)?[kM]))?(\+)?$/;
const TIER: Record<string, string> = {
  nano: 'nano',
  micro: 'mikro',
  'mid-tier': 'menengah',
  macro: 'makro',
  mega: 'mega',
};

/** "10k" → "10 rb", "1M" → "1 jt", "1.5M" → "1,5 jt" (the abbreviations Indonesian sites print). */
function idAmount(short: string): string {
  return `${short.slice(0, -1).replace('.', ',')} ${short.endsWith('M') ? 'jt' : 'rb'}`;
}

function idPart(part: string): string | null {
  const m = PART.exec(part.trim());
  if (!m) return null;
  const [, tier, side, from, to, plus] = m;
  const size = to ? `${idAmount(from!)}–${idAmount(to)}` : `${idAmount(from!)}${plus ? ' ke atas' : ''}`;
  const bound = side === 'under ' ? 'di bawah ' : side === 'over ' ? 'di atas ' : '';
  return `${tier ? `${TIER[tier]} ` : ''}${bound}${size}`;
}

export function benchmarkLabel(label: string, lang: Lang): string {
  if (lang === 'en') return label;
  const parts = label.split(' ↔ ').map(idPart);
  return parts.every((p) => p !== null) ? parts.join(' ↔ ') : label;
}
