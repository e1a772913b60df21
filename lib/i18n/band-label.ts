/**
 * A benchmark row's label in the UI language. The rows (lib/metrics/benchmarks.ts) name
 * themselves in English ("Instagram, 10k–50k followers", "TikTok by views, under 10k
 * followers") and that label is stored inside signals, so it is translated where it is
 * shown: each part is rewritten ("followers" → "pengikut", "10k" → "10 rb", "under" →
 * "di bawah"). A label that does not follow that shape is shown as written rather than
 * half-translated.
 */
import type { Lang } from './core';

const SHAPE =
  /^(Instagram|TikTok)( by views)?, (under )?(\d+(?:\.\d+)?[kM])(?:–(\d+(?:\.\d+)?[kM]))?(\+)? followers$/;

/** "10k" → "10 rb", "1M" → "1 jt", "1.5M" → "1,5 jt" (the abbreviations Indonesian sites print). */
function idAmount(short: string): string {
  const unit = short.endsWith('M') ? 'jt' : 'rb';
  return `${short.slice(0, -1).replace('.', ',')} ${unit}`;
}

export function benchmarkLabel(label: string, lang: Lang): string {
  if (lang === 'en') return label;
  const m = SHAPE.exec(label);
  if (!m) return label;
  const [, platform, byViews, under, from, to, plus] = m;
  const who = `${platform}${byViews ? ' per tayangan' : ''}`;
  const size = under
    ? `di bawah ${idAmount(from!)}`
    : to
      ? `${idAmount(from!)}–${idAmount(to)}`
      : `${idAmount(from!)}${plus ? ' ke atas' : ''}`;
  return `${who}, pengikut ${size}`;
}
