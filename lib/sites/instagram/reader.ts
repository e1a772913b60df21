/**
 * Reads an Instagram page (profile or post) into a Reading. Sources, best first:
 * embedded JSON (exact), the rendered DOM (`title` attributes, then visible
 * text), then meta descriptions (rounded, may lag). See shared/pick-count.ts for
 * how sources that disagree are settled. Never throws: a page that cannot be
 * read gives a reading of unknowns with a notice.
 */
import type {
  Count,
  Disagreement,
  FieldSource,
  PostReading,
  Reading,
  ReadingInput,
} from '@/lib/schema/reading';
import type { PageKindResult } from '@/lib/sites/shared/page-kind';
import { pageLang } from '@/lib/sites/shared/page-text';
import { pickCount } from '@/lib/sites/shared/pick-count';
import { completeReading } from '@/lib/sites/shared/reading-defaults';
import { combinePostViews } from './combine';
import { readDomPost, readDomPosts, readDomProfile } from './dom';
import { readEmbeddedData } from './json';
import { readMetaPost, readMetaProfile } from './meta';
import { instagramPageKind } from './page-kind';
import { timeFromShortcode } from './shortcode';

export { instagramPageKind } from './page-kind';

export const NOTICES = {
  notCreatorPage: 'Not an Instagram profile or post page.',
  metaOnly:
    'Only the page summary was readable (logged-out view?): counts may be rounded or lag, posts are not listed.',
  noCounts: 'No follower, following or post counts on this page.',
  private: 'This account is private: its posts are not visible.',
  noPostCounts: 'No like or comment counts on this page.',
  likesHidden: 'The creator hides like counts.',
  unreadable: 'This page could not be read reliably; figures are left unknown.',
  siteChanged:
    'Instagram changed its page: the creator is here, but not the follower, following or post counts in its header. Until Microlens is updated they are unknown or from the rounded page summary.',
  otherPost: 'The page summary is about another post: not read.',
  loginWall: 'A login wall hides this post: paid partnership unknown.',
} as const;

type Collected = {
  sources: Record<string, FieldSource>;
  disagreements: Disagreement[];
};

function keep(field: string, candidates: Array<Count | null | undefined>, into: Collected): Count | null {
  const picked = pickCount(field, candidates);
  if (picked.source) into.sources[field] = picked.source;
  into.disagreements.push(...picked.disagreements);
  return picked.count;
}

function base(kind: PageKindResult | null, url: string, now: number): ReadingInput {
  return {
    platform: 'instagram',
    pageKind: kind?.kind ?? 'other',
    url: url.slice(0, 2000),
    readAt: Math.trunc(now),
    handle: kind?.handle ?? null,
  };
}

function readProfile(
  root: Document,
  kind: PageKindResult & { handle: string },
  url: string,
  now: number,
): ReadingInput {
  const handle = kind.handle;
  const lang = pageLang(root);
  const embedded = readEmbeddedData(root, handle, null);
  const dom = readDomProfile(root, handle, lang);
  const meta = readMetaProfile(root, handle, lang);
  const json = embedded.profile;
  const c: Collected = { sources: { handle: { source: 'url', exact: true } }, disagreements: [] };

  const followers = keep('followers', [json?.followers, dom.followers, meta.followers], c);
  const following = keep('following', [json?.following, dom.following, meta.following], c);
  const posts = keep('posts', [json?.posts, dom.posts, meta.posts], c);

  const displayName = json?.displayName ?? meta.displayName ?? null;
  if (displayName) c.sources.displayName = { source: json?.displayName ? 'json' : 'meta', exact: true };
  const bio = json?.bio ?? meta.bio ?? null;
  if (bio) c.sources.bio = { source: json?.bio ? 'json' : 'meta', exact: true };
  const verified = json?.verified ?? dom.verified;
  if (verified !== null)
    c.sources.verified = { source: json?.verified !== undefined ? 'json' : 'dom', exact: true };
  // A rendered "This account is private" notice is what the viewer faces, whatever the data says.
  const isPrivate = dom.private === true ? true : (json?.private ?? null);
  if (isPrivate !== null) c.sources.private = { source: dom.private ? 'dom' : 'json', exact: true };

  const likesHidden = json?.likesHidden === true;
  const tiles = dom.otherHandle === null ? readDomPosts(root, handle, lang) : [];
  const recentPosts = combinePostViews(tiles, embedded.posts, likesHidden);

  const notices: string[] = [];
  if (dom.figuresMissing && !json) notices.push(NOTICES.siteChanged);
  const counts = [followers, following, posts].filter((x): x is Count => x !== null);
  if (counts.length === 0) notices.push(NOTICES.noCounts);
  else if (counts.every((x) => x.source === 'meta') && !dom.headerSeen) notices.push(NOTICES.metaOnly);
  if (isPrivate) notices.push(NOTICES.private);
  if (likesHidden) notices.push(NOTICES.likesHidden);

  return {
    ...base(kind, url, now),
    displayName: displayName?.slice(0, 300) ?? null,
    verified,
    private: isPrivate,
    bio,
    externalUrl: json?.externalUrl ?? dom.externalUrl ?? null,
    followers,
    following,
    posts,
    recentPosts,
    sources: c.sources,
    disagreements: c.disagreements,
    notices,
  };
}

function readPost(
  root: Document,
  kind: PageKindResult & { postId: string },
  url: string,
  now: number,
): ReadingInput {
  const lang = pageLang(root);
  const embedded = readEmbeddedData(root, kind.handle, kind.postId);
  const data = embedded.post;
  const meta = readMetaPost(root, kind.postId, lang);
  const dom = readDomPost(root, kind.postId, lang, data?.author ?? meta.author ?? kind.handle);
  const c: Collected = { sources: {}, disagreements: [] };

  const likesHidden = data?.likesHidden === true;
  const likes = likesHidden ? null : keep('post.likes', [data?.likes, dom.likes, meta.likes], c);
  const comments = keep('post.comments', [data?.comments, meta.comments], c);
  const views = data?.views ?? null;
  if (views) c.sources['post.views'] = { source: views.source, exact: views.exact };
  const author = data?.author ?? meta.author ?? kind.handle ?? null;
  if (author)
    c.sources.handle = { source: data?.author ? 'json' : meta.author ? 'meta' : 'url', exact: true };
  const caption = data?.caption ?? meta.caption;

  const post: PostReading = {
    id: kind.postId,
    url: data?.url ?? `https://www.instagram.com/${/\/reel\//.test(url) ? 'reel' : 'p'}/${kind.postId}/`,
    author,
    pinned: data?.pinned ?? null,
    isVideo: data?.isVideo ?? (/\/reel\//.test(url) ? true : null),
    views,
    likes,
    comments,
    shares: null,
    saves: null,
    likesHidden,
    caption,
    hashtags: data?.caption ? data.hashtags : meta.hashtags,
    mentions: data?.caption ? data.mentions : meta.mentions,
    takenAt: data?.takenAt ?? dom.takenAt ?? meta.takenAt,
    paidPartnership: data?.paidPartnership ?? dom.paidPartnership,
  };

  const notices: string[] = [];
  if (meta.otherPost) notices.push(NOTICES.otherPost);
  if (dom.loginWall && post.paidPartnership === null) notices.push(NOTICES.loginWall);
  if (!likes && !comments) notices.push(likesHidden ? NOTICES.likesHidden : NOTICES.noPostCounts);
  else if (likesHidden) notices.push(NOTICES.likesHidden);

  return {
    ...base(kind, url, now),
    handle: author,
    post,
    sources: c.sources,
    disagreements: c.disagreements,
    notices,
  };
}

/** The same page kind with nothing read: used when reading failed. */
export function unknownInstagramReading(
  kind: PageKindResult | null,
  url: string,
  now: number,
  notice: string,
): Reading {
  return completeReading({ ...base(kind, url, now), notices: [notice] });
}

/** Posts the page gives no date for are dated from their shortcode, so "newest first" is real. */
function withDates(reading: Reading, now: number): Reading {
  const dated = (p: PostReading): PostReading =>
    p.takenAt === null ? { ...p, takenAt: timeFromShortcode(p.id, now) } : p;
  return {
    ...reading,
    recentPosts: reading.recentPosts.map(dated),
    post: reading.post && dated(reading.post),
  };
}

/**
 * The reading of an Instagram page, without zod (it runs in the content script:
 * see reading-defaults.ts). read-page.ts's readInstagramPage adds the schema check.
 */
export function extractInstagramPage(root: Document, url: string, now: number): Reading {
  let kind: PageKindResult | null = null;
  try {
    kind = instagramPageKind(url);
    let input: ReadingInput;
    if (kind?.kind === 'profile' && kind.handle) {
      input = readProfile(root, { ...kind, handle: kind.handle }, url, now);
    } else if (kind?.kind === 'post' && kind.postId) {
      input = readPost(root, { ...kind, postId: kind.postId }, url, now);
    } else {
      return unknownInstagramReading(kind, url, now, NOTICES.notCreatorPage);
    }
    return withDates(completeReading(input), now);
  } catch {
    return unknownInstagramReading(kind, url, now, NOTICES.unreadable);
  }
}
