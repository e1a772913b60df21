/**
 * The few schema facts the light UIs (popup) need, without zod: importing
 * lib/schema/creator.ts evaluates every zod schema in it and pulls zod into the
 * bundle, which the popup then parses and runs at every open. creator.ts builds
 * its schemas from these same values, so the two cannot drift apart.
 */

/** What a creator key looks like: "instagram:rina.makeup", "tiktok:illojuan". */
export const CREATOR_KEY_PATTERN = /^(instagram|tiktok):[a-z0-9._]{1,64}$/;

/** The key of a creator: platform and lower-cased handle. */
export function creatorKey(platform: 'instagram' | 'tiktok', handle: string): string {
  return `${platform}:${handle.toLowerCase()}`;
}

export function isCreatorKey(value: unknown): value is `${'instagram' | 'tiktok'}:${string}` {
  return typeof value === 'string' && CREATOR_KEY_PATTERN.test(value);
}

/** Shortlist statuses in pipeline order. */
export const SHORTLIST_STATUSES = [
  'saved',
  'contacted',
  'negotiating',
  'active',
  'done',
  'rejected',
] as const;
export type ShortlistStatusName = (typeof SHORTLIST_STATUSES)[number];

export function isShortlistStatus(value: unknown): value is ShortlistStatusName {
  return (SHORTLIST_STATUSES as readonly unknown[]).includes(value);
}
