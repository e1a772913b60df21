/**
 * What one source (embedded JSON, the DOM, the meta description, an API body)
 * says about a TikTok creator. The entry (tiktok.ts) merges these per field.
 */
import type { Count } from '@/lib/schema/reading';

export type TiktokProfileFacts = {
  handle: string | null;
  displayName: string | null;
  verified: boolean | null;
  private: boolean | null;
  bio: string | null;
  externalUrl: string | null;
  followers: Count | null;
  following: Count | null;
  likesTotal: Count | null;
  videoCount: Count | null;
};

export const COUNT_FIELDS = ['followers', 'following', 'likesTotal', 'videoCount'] as const;
export type TiktokCountField = (typeof COUNT_FIELDS)[number];

export function emptyProfileFacts(handle: string | null = null): TiktokProfileFacts {
  return {
    handle,
    displayName: null,
    verified: null,
    private: null,
    bio: null,
    externalUrl: null,
    followers: null,
    following: null,
    likesTotal: null,
    videoCount: null,
  };
}
