/**
 * The bits of Instagram's JSON the reader uses, read leniently (lib/sites/shared/lenient.ts):
 * every field is optional and undefined when malformed, so a changed or broken
 * field is ignored instead of failing the whole object. Other keys are never read.
 */
import {
  anyValue,
  bool,
  type Field,
  list,
  nullable,
  num,
  type Read,
  record,
  str,
  strOrNum,
} from '@/lib/sites/shared/lenient';

const edgeCount = record({ count: num });
const captionEdges = record({ edges: list(record({ node: record({ text: str }) }), 50) });
const userRef = record({ id: strOrNum, pk: strOrNum, username: str });

const graphNodeShape = {
  id: str,
  shortcode: str,
  is_video: bool,
  product_type: str,
  taken_at_timestamp: num,
  edge_liked_by: edgeCount,
  edge_media_preview_like: edgeCount,
  edge_media_to_comment: edgeCount,
  edge_media_to_parent_comment: edgeCount,
  edge_media_preview_comment: edgeCount,
  video_view_count: num,
  video_play_count: num,
  edge_media_to_caption: captionEdges,
  owner: userRef,
  pinned_for_users: list(anyValue, 100),
  like_and_view_counts_disabled: bool,
  /** Branded-content ("Paid partnership") sponsor tags. */
  edge_media_to_sponsor_user: record({ edges: list(anyValue, 50) }),
  is_paid_partnership: bool,
};
/** GraphQL timeline node (`edge_owner_to_timeline_media.edges[].node`, legacy `_sharedData`). */
export const readGraphNode: Field<Read<typeof graphNodeShape>> = record(graphNodeShape);

const mediaShape = {
  pk: strOrNum,
  id: str,
  code: str,
  media_type: num,
  product_type: str,
  taken_at: num,
  like_count: num,
  comment_count: num,
  play_count: num,
  ig_play_count: num,
  view_count: num,
  caption: nullable(record({ text: str })),
  user: nullable(userRef),
  owner: nullable(userRef),
  is_paid_partnership: bool,
  like_and_view_counts_disabled: bool,
  timeline_pinned_user_ids: nullable(list(anyValue, 100)),
  clips_tab_pinned_user_ids: nullable(list(anyValue, 100)),
};
/** REST-style media (`/api/v1/…`, clips `items[].media`, xdt GraphQL connections). */
export const readMedia: Field<Read<typeof mediaShape>> = record(mediaShape);
export type Media = Read<typeof mediaShape>;

const userShape = {
  id: strOrNum,
  pk: strOrNum,
  username: str,
  full_name: nullable(str),
  biography: nullable(str),
  external_url: nullable(str),
  is_verified: bool,
  is_private: bool,
  hide_like_and_view_counts: bool,
  edge_followed_by: edgeCount,
  edge_follow: edgeCount,
  follower_count: num,
  following_count: num,
  media_count: num,
  edge_owner_to_timeline_media: record({ count: num, edges: list(anyValue, 500) }),
};
/** A user object: GraphQL (`edge_followed_by`) or REST (`follower_count`) style. */
export const readUser: Field<Read<typeof userShape>> = record(userShape);

/** `{ edges: [{ node }] }` connections (xdt GraphQL). */
export const readConnection = record({ edges: list(record({ node: anyValue }), 500) });

/** `{ items: [...] }` lists: clips (`items[].media`), feed and post info (media directly). */
export const readItems = record({ items: list(anyValue, 500) });
