/**
 * Folds what the page's own API responses said (via the page-data bridge) into
 * the reading taken from the DOM. Page data can only ADD figures: it fills
 * unknowns and replaces rounded counts with exact ones; it never removes a
 * post or overrides an exact DOM figure.
 */
import type { Count, PostReading, Reading } from './schema/reading';

/** Figures the page data gave for a creator's header, as readingFromPageData returns them. */
export type ProfilePart = Partial<Reading>;

export interface PageDataPart {
  posts: PostReading[];
  profile?: ProfilePart | null;
}

const MAX_POSTS = 500;
const COUNT_FIELDS = ['views', 'likes', 'comments', 'shares', 'saves'] as const;
const PROFILE_COUNTS = ['followers', 'following', 'posts', 'likesTotal', 'videoCount'] as const;
const PROFILE_FACTS = ['displayName', 'verified', 'private', 'bio', 'externalUrl'] as const;

/** Accepts readingFromPageData's answer in either agreed shape (a list, or {posts, profile}). */
export function normalizePageData(value: unknown): PageDataPart | null {
  if (Array.isArray(value)) return { posts: value as PostReading[] };
  if (value && typeof value === 'object' && Array.isArray((value as PageDataPart).posts)) {
    const v = value as PageDataPart;
    return { posts: v.posts, profile: v.profile ?? null };
  }
  return null;
}

/** An exact count beats a rounded one; otherwise the one we already have stays. */
function betterCount(kept: Count | null, other: Count | null): Count | null {
  if (!kept) return other;
  if (other?.exact && !kept.exact) return other;
  return kept;
}

/** One post seen twice: keep every known figure, prefer exact counts. */
export function combinePosts(kept: PostReading, other: PostReading): PostReading {
  const out: PostReading = { ...kept };
  for (const f of COUNT_FIELDS) out[f] = betterCount(kept[f], other[f]);
  out.author ??= other.author;
  out.pinned ??= other.pinned;
  out.isVideo ??= other.isVideo;
  out.caption ??= other.caption;
  out.takenAt ??= other.takenAt;
  out.paidPartnership ??= other.paidPartnership;
  out.likesHidden = kept.likesHidden || other.likesHidden;
  if (kept.hashtags.length === 0) out.hashtags = other.hashtags;
  if (kept.mentions.length === 0) out.mentions = other.mentions;
  return out;
}

/**
 * Remembers page-data posts and header figures per creator while the user stays
 * on the site, bounded so a long scroll session cannot grow it without end.
 */
export class PageDataBuffer {
  private posts = new Map<string, { post: PostReading; handle: string | null }>();
  private profiles = new Map<string, ProfilePart>();

  /**
   * Adds one response's findings. `pageHandle` is the creator whose page was
   * open when it arrived: posts without an author are attributed to it.
   */
  add(part: PageDataPart, pageHandle: string | null): void {
    for (const post of part.posts) {
      const handle = post.author?.toLowerCase() ?? pageHandle;
      const known = this.posts.get(post.id);
      // Re-insert so the newest stay when the buffer is trimmed.
      this.posts.delete(post.id);
      this.posts.set(post.id, { post: known ? combinePosts(post, known.post) : post, handle });
    }
    while (this.posts.size > MAX_POSTS) {
      const oldest = this.posts.keys().next().value;
      if (oldest === undefined) break;
      this.posts.delete(oldest);
    }
    const profile = part.profile;
    const handle = (typeof profile?.handle === 'string' ? profile.handle : pageHandle)?.toLowerCase();
    if (profile && handle) this.profiles.set(handle, { ...this.profiles.get(handle), ...profile });
  }

  get size(): number {
    return this.posts.size;
  }

  /** The reading with every buffered figure about its creator / post added. */
  mergeInto(reading: Reading): Reading {
    const out: Reading = { ...reading, sources: { ...reading.sources } };
    if (out.post) {
      const extra = this.posts.get(out.post.id);
      if (extra) out.post = combinePosts(out.post, extra.post);
    }
    const handle = out.handle;
    if (!handle || out.pageKind !== 'profile') return out;

    const byId = new Map(out.recentPosts.map((p) => [p.id, p] as const));
    for (const { post, handle: owner } of this.posts.values()) {
      if (owner !== handle) continue;
      const known = byId.get(post.id);
      byId.set(post.id, known ? combinePosts(known, post) : post);
    }
    out.recentPosts = [...byId.values()].slice(0, MAX_POSTS);

    const profile = this.profiles.get(handle);
    if (profile) {
      for (const f of PROFILE_COUNTS) {
        const next = betterCount(out[f], profile[f] ?? null);
        if (next !== out[f] && next) {
          out[f] = next;
          out.sources[f] = { source: next.source, exact: next.exact };
        }
      }
      for (const f of PROFILE_FACTS) {
        if (out[f] === null && profile[f] !== undefined && profile[f] !== null) {
          (out as Record<string, unknown>)[f] = profile[f];
        }
      }
    }
    return out;
  }
}
