/**
 * Lenient zod schemas for the bits of Instagram's JSON the reader uses. Every
 * field is optional and falls back to undefined when malformed (`.catch`), so a
 * changed or broken field is ignored instead of failing the whole object.
 * Unknown keys pass through (looseObject) and are never read.
 */
import { z } from 'zod';

/** Optional field that becomes undefined when it has the wrong type. */
function opt<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined);
}

const edgeCount = z.looseObject({ count: opt(z.number()) });
const captionEdges = z.looseObject({
  edges: opt(z.array(z.looseObject({ node: opt(z.looseObject({ text: opt(z.string()) })) })).max(50)),
});
const userRef = z.looseObject({
  id: opt(z.union([z.string(), z.number()])),
  pk: opt(z.union([z.string(), z.number()])),
  username: opt(z.string()),
});

/** GraphQL timeline node (`edge_owner_to_timeline_media.edges[].node`, legacy `_sharedData`). */
export const GraphNodeSchema = z.looseObject({
  id: opt(z.string()),
  shortcode: opt(z.string()),
  is_video: opt(z.boolean()),
  product_type: opt(z.string()),
  taken_at_timestamp: opt(z.number()),
  edge_liked_by: opt(edgeCount),
  edge_media_preview_like: opt(edgeCount),
  edge_media_to_comment: opt(edgeCount),
  edge_media_to_parent_comment: opt(edgeCount),
  edge_media_preview_comment: opt(edgeCount),
  video_view_count: opt(z.number()),
  video_play_count: opt(z.number()),
  edge_media_to_caption: opt(captionEdges),
  owner: opt(userRef),
  pinned_for_users: opt(z.array(z.unknown()).max(100)),
  like_and_view_counts_disabled: opt(z.boolean()),
  /** Branded-content ("Paid partnership") sponsor tags. */
  edge_media_to_sponsor_user: opt(z.looseObject({ edges: opt(z.array(z.unknown()).max(50)) })),
  is_paid_partnership: opt(z.boolean()),
});
export type GraphNode = z.infer<typeof GraphNodeSchema>;

/** REST-style media (`/api/v1/…`, clips `items[].media`, xdt GraphQL connections). */
export const MediaSchema = z.looseObject({
  pk: opt(z.union([z.string(), z.number()])),
  id: opt(z.string()),
  code: opt(z.string()),
  media_type: opt(z.number()),
  product_type: opt(z.string()),
  taken_at: opt(z.number()),
  like_count: opt(z.number()),
  comment_count: opt(z.number()),
  play_count: opt(z.number()),
  ig_play_count: opt(z.number()),
  view_count: opt(z.number()),
  caption: opt(z.looseObject({ text: opt(z.string()) }).nullable()),
  user: opt(userRef.nullable()),
  owner: opt(userRef.nullable()),
  is_paid_partnership: opt(z.boolean()),
  like_and_view_counts_disabled: opt(z.boolean()),
  timeline_pinned_user_ids: opt(z.array(z.unknown()).max(100).nullable()),
  clips_tab_pinned_user_ids: opt(z.array(z.unknown()).max(100).nullable()),
});
export type Media = z.infer<typeof MediaSchema>;

/** A user object: GraphQL (`edge_followed_by`) or REST (`follower_count`) style. */
export const UserSchema = z.looseObject({
  id: opt(z.union([z.string(), z.number()])),
  pk: opt(z.union([z.string(), z.number()])),
  username: opt(z.string()),
  full_name: opt(z.string().nullable()),
  biography: opt(z.string().nullable()),
  external_url: opt(z.string().nullable()),
  is_verified: opt(z.boolean()),
  is_private: opt(z.boolean()),
  hide_like_and_view_counts: opt(z.boolean()),
  edge_followed_by: opt(edgeCount),
  edge_follow: opt(edgeCount),
  follower_count: opt(z.number()),
  following_count: opt(z.number()),
  media_count: opt(z.number()),
  edge_owner_to_timeline_media: opt(
    z.looseObject({ count: opt(z.number()), edges: opt(z.array(z.unknown()).max(500)) }),
  ),
});
export type User = z.infer<typeof UserSchema>;

/** `{ edges: [{ node }] }` connections (xdt GraphQL). */
export const ConnectionSchema = z.looseObject({
  edges: opt(z.array(z.looseObject({ node: opt(z.unknown()) })).max(500)),
});

/** `{ items: [...] }` lists: clips (`items[].media`), feed and post info (media directly). */
export const ItemsSchema = z.looseObject({ items: opt(z.array(z.unknown()).max(500)) });
