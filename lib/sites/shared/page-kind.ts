/** The shape every site's URL classifier returns (Instagram and TikTok alike). */
import type { PageKind, Platform } from '@/lib/schema/reading';

export type PageKindResult = {
  platform: Platform;
  kind: PageKind;
  /** Lower-case handle when the URL names a creator (profile, or a post under /<user>/p/…). */
  handle: string | null;
  /** Instagram shortcode or TikTok video id on post/video pages. */
  postId: string | null;
};

/** Parses a URL without throwing; null when it is not an absolute http(s) URL. */
export function safeUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}
