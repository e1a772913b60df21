/**
 * Fills a reader's partial output with the schema's defaults, without zod.
 *
 * Why not ReadingSchema.parse? Readers run inside content scripts, and zod's
 * schemas would make each content script several times larger than its
 * budget. The background worker validates every reading with ReadingSchema on
 * arrival (lib/messages.ts), and the inspector and tests validate through
 * readPage (read-page.ts), so nothing reaches storage or output unvalidated.
 * reading-defaults.test.ts keeps these defaults identical to the schema's.
 */
import type { PostReading, PostReadingInput, Reading, ReadingInput } from '@/lib/schema/reading';

/**
 * Explicit bidi embeddings, overrides and isolates (U+202A–U+202E LRE RLE PDF
 * LRO RLO, U+2066–U+2069 LRI RLI FSI PDI). A display name "\u202E=1+1 gnp.exe"
 * renders as "exe.png 1+1=": page text uses them to spoof what the marketer
 * reads, and an unclosed one reorders whatever text follows it. Ordinary
 * right-to-left letters (Arabic, Hebrew) need none of them and are untouched.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const HAS_BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** Page text without explicit bidi controls (the text itself, unchanged, when it has none). */
export function stripBidiControls(text: string): string {
  return HAS_BIDI_CONTROL.test(text) ? text.replace(BIDI_CONTROLS, '') : text;
}

/**
 * Page text can be any length: clamp it to the schema's limits here, so one
 * overlong caption shortens that caption instead of getting the whole reading
 * refused by the background's validation. Bidi controls go first, so the clamp
 * counts what is kept.
 */
function clip(text: string | null | undefined, max: number): string | null {
  return typeof text === 'string' ? stripBidiControls(text).slice(0, max) : null;
}

function clipList(list: readonly string[] | undefined, maxItems: number, maxLength: number): string[] {
  const kept: string[] = [];
  for (const item of list ?? []) {
    const t = stripBidiControls(item);
    if (t.length > 0 && t.length <= maxLength) kept.push(t);
    if (kept.length === maxItems) break;
  }
  return kept;
}

export function completePost(p: PostReadingInput): PostReading {
  return {
    id: p.id,
    url: p.url.slice(0, 2_000),
    author: clip(p.author, 300),
    pinned: p.pinned ?? null,
    isVideo: p.isVideo ?? null,
    views: p.views ?? null,
    likes: p.likes ?? null,
    comments: p.comments ?? null,
    shares: p.shares ?? null,
    saves: p.saves ?? null,
    likesHidden: p.likesHidden ?? false,
    caption: clip(p.caption, 10_000),
    hashtags: clipList(p.hashtags, 200, 300),
    mentions: clipList(p.mentions, 200, 300),
    takenAt: p.takenAt ?? null,
    paidPartnership: p.paidPartnership ?? null,
  };
}

export function completeReading(r: ReadingInput): Reading {
  return {
    platform: r.platform,
    pageKind: r.pageKind,
    url: r.url.slice(0, 2_000),
    readAt: r.readAt,
    handle: r.handle,
    displayName: clip(r.displayName, 300),
    verified: r.verified ?? null,
    private: r.private ?? null,
    bio: clip(r.bio, 10_000),
    externalUrl: clip(r.externalUrl, 2_000),
    followers: r.followers ?? null,
    following: r.following ?? null,
    posts: r.posts ?? null,
    likesTotal: r.likesTotal ?? null,
    videoCount: r.videoCount ?? null,
    // A post id that long is not a real id: such a post is left out, not cut.
    recentPosts: (r.recentPosts ?? [])
      .filter((p) => p.id.length > 0 && p.id.length <= 100)
      .slice(0, 500)
      .map(completePost),
    post: r.post && r.post.id.length > 0 && r.post.id.length <= 100 ? completePost(r.post) : null,
    sources: r.sources ?? {},
    disagreements: (r.disagreements ?? []).slice(0, 50),
    notices: clipList(r.notices, 20, 300),
  };
}

/** A count is usable when its range holds its value and an exact one has no range. */
export function countIsConsistent(c: { value: number; exact: boolean; min: number; max: number }): boolean {
  const whole = [c.value, c.min, c.max].every((n) => Number.isSafeInteger(n) && n >= 0);
  return (
    whole && c.min <= c.value && c.value <= c.max && (!c.exact || (c.min === c.value && c.max === c.value))
  );
}
