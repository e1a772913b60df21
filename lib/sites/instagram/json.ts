/**
 * Data Instagram embeds in the page: the legacy `window._sharedData` script and
 * the modern `<script type="application/json">` blocks (server-side data for the
 * web app). Only blocks that contain a marker for the creator are parsed: the
 * page holds ~60 blocks and ~1 MB of JSON, most of it config.
 */

import type { PostReading } from '@/lib/schema/reading';
import { parseJsonCached } from '@/lib/sites/shared/parse-json-cached';
import { type InstagramData, instagramFromData, type ProfilePart, postFromGraphNode } from './api';
import { INSTAGRAM } from './selectors';

export type EmbeddedData = InstagramData & { post: PostReading | null };

/** Keys of objects in the modern blocks that hold a response the page would otherwise fetch. */
const DATA_KEYS = [
  'xdt_api__v1__feed__user_timeline_graphql_connection', // profile grid with like/comment counts
  'xdt_api__v1__clips__user__connection_v2', // reels tab
  'xdt_api__v1__media__shortcode__web_info', // post page
] as const;

/** Bound on objects visited per block, so a huge or hostile block cannot stall the page. */
const WALK_LIMIT = 200_000;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const parseJson = parseJsonCached;

/** `window._sharedData = {...};` → the object. */
function sharedData(text: string): unknown {
  const start = text.indexOf('{', text.indexOf('_sharedData'));
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  return parseJson(text.slice(start, end + 1));
}

function mergeInto(acc: EmbeddedData, part: InstagramData): void {
  if (part.profile && !acc.profile) acc.profile = part.profile;
  const ids = new Set(acc.posts.map((p) => p.id));
  for (const p of part.posts) if (!ids.has(p.id)) acc.posts.push(p);
}

function readLegacy(root: Document, handle: string | null, postId: string | null, acc: EmbeddedData): void {
  for (const script of root.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    if (!text.includes('window._sharedData') || !text.includes('entry_data')) continue;
    const data = sharedData(text);
    if (!isRecord(data) || !isRecord(data.entry_data)) continue;
    const entry = data.entry_data;
    const profilePage = Array.isArray(entry.ProfilePage) ? entry.ProfilePage[0] : undefined;
    if (isRecord(profilePage)) mergeInto(acc, instagramFromData(profilePage, 'json', handle));
    const postPage = Array.isArray(entry.PostPage) ? entry.PostPage[0] : undefined;
    const media = isRecord(postPage) && isRecord(postPage.graphql) ? postPage.graphql.shortcode_media : null;
    const post = media ? postFromGraphNode(media, 'json') : null;
    if (post && (postId === null || post.id === postId)) acc.post = post;
    return;
  }
}

/** Visits records depth-first (bounded) and reads those that hold a user or a known response. */
function walk(value: unknown, handle: string | null, postId: string | null, acc: EmbeddedData): void {
  const stack: unknown[] = [value];
  let visited = 0;
  while (stack.length > 0 && visited < WALK_LIMIT) {
    const v = stack.pop();
    visited++;
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === 'object' && x !== null) stack.push(x);
      continue;
    }
    if (!isRecord(v)) continue;
    if (DATA_KEYS.some((k) => k in v)) {
      const part = instagramFromData({ data: v }, 'json', handle);
      mergeInto(acc, part);
      const match = postId ? part.posts.find((p) => p.id === postId) : undefined;
      if (match && !acc.post) acc.post = match;
    }
    if (handle !== null && v.username === handle && isRecord(v) && !acc.profile) {
      mergeInto(acc, instagramFromData({ user: v }, 'json', handle));
    }
    for (const k in v) {
      const x = v[k];
      if (typeof x === 'object' && x !== null) stack.push(x);
    }
  }
}

function blockIsRelevant(text: string, handle: string | null, postId: string | null): boolean {
  if (postId !== null && text.includes(postId) && /"(?:like_count|edge_liked_by)"/.test(text)) return true;
  if (handle === null || !text.includes(`"username":"${handle}"`)) return false;
  return (
    text.includes('"edge_followed_by"') ||
    text.includes('"follower_count"') ||
    DATA_KEYS.some((k) => text.includes(k))
  );
}

function readModern(root: Document, handle: string | null, postId: string | null, acc: EmbeddedData): void {
  for (const script of root.querySelectorAll(INSTAGRAM.dataBlocks)) {
    const text = script.textContent ?? '';
    if (!blockIsRelevant(text, handle, postId)) continue;
    const value = parseJson(text);
    if (value !== undefined) walk(value, handle, postId, acc);
  }
}

/** Everything the page embeds about this creator (profile pages) or this post (post pages). */
export function readEmbeddedData(root: Document, handle: string | null, postId: string | null): EmbeddedData {
  const acc: EmbeddedData = { profile: null, posts: [], post: null };
  readLegacy(root, handle, postId, acc);
  if (!acc.profile || (postId !== null && !acc.post)) readModern(root, handle, postId, acc);
  return acc;
}

export type { ProfilePart };
