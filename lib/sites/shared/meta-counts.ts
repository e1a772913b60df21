/**
 * Figures in a server-rendered sentence of counts, in any interface language:
 *   "3,353 Followers, 200 Following, 177 Posts"      "3.9M Likes. 783.4K Followers."
 *   "팔로워 862명, 팔로잉 106명, 게시물 58개"            "1M j'aime. 139.1K followers"
 *   "フォロワー862人、フォロー中106人、投稿58件"          "25,5 rb Suka, 146 Komentar."
 * Each segment must hold exactly one count and one label word of the site's
 * table; reading stops at the first segment that does not (the bio or caption
 * follows, and its numbers are never figures).
 */
import type { Count } from '@/lib/schema/reading';
import { type LabelTable, labelIn } from './labels';
import { countFromShown, type Lang } from './shown-count';

/** Segment ends: ". " or ", " (not inside "1.234" or "1,2"), "、", "，", "。", " · ", " | ". */
const SEGMENT_END = /(?:[.,;]\s+|[、，。；]\s*|\s+[·•|]\s+)/;

export function labelledCounts<F extends string>(
  text: string,
  table: LabelTable<F>,
  lang: Lang | null,
): Partial<Record<F, Count>> {
  const found = countsIn(text, table, lang);
  // A summary in another language than the page declares ("1,1 jt Pengikut" on an English page):
  // every language's words, where only unambiguous units read.
  return lang !== null && Object.keys(found).length === 0 ? countsIn(text, table, null) : found;
}

function countsIn<F extends string>(
  text: string,
  table: LabelTable<F>,
  lang: Lang | null,
): Partial<Record<F, Count>> {
  const out: Partial<Record<F, Count>> = {};
  for (const raw of text.slice(0, 600).split(SEGMENT_END).slice(0, 8)) {
    const segment = raw.trim();
    if (segment.length === 0) continue;
    const field = segment.length <= 60 ? labelIn(segment, table, lang) : null;
    const figure = field === null ? null : countFromShown(segment, lang, 'meta');
    if (field === null || figure === null) break;
    out[field] ??= figure;
  }
  return out;
}
