/**
 * What the rendered Instagram page shows, through the entries of selectors.ts.
 *
 * Header figures are found by language-independent anchors first (links to
 * /<handle>/followers/ and /following/, exact numbers in `title` attributes),
 * then by the label words beside them in the page's language: the 2026 header
 * has no `ul li` and may render followers/following as href="#" links.
 * Whose header it is: no anchor in it may name another creator (the app changes
 * the URL before it re-renders), and at least one must name this one.
 */
import type { Count, PostReading } from '@/lib/schema/reading';
import { labelIn } from '@/lib/sites/shared/labels';
import { visibleText } from '@/lib/sites/shared/page-text';
import { countsAgree } from '@/lib/sites/shared/pick-count';
import { completePost } from '@/lib/sites/shared/reading-defaults';
import { countFromShown, type Lang } from '@/lib/sites/shared/shown-count';
import { hashtagsIn, mentionsIn } from './caption';
import { dayFromText } from './meta';
import { INSTAGRAM, INSTAGRAM_LABELS, INSTAGRAM_MARKS, type InstagramLabelField, ORIGIN } from './selectors';

/**
 * Languages whose mark words were checked on real pages: only there does a missing
 * verified badge or paid-partnership label mean "no". Elsewhere a found word still
 * means "yes", but its absence stays unknown (our word may not be Instagram's).
 */
const ABSENCE_PROVES = new Set<Lang | null>(['en', 'id']);

function marked(label: string, field: keyof typeof INSTAGRAM_MARKS, lang: Lang | null): boolean {
  return labelIn(label, { [field]: INSTAGRAM_MARKS[field] }, lang) === field;
}

/** A tile's icons are a handful of svgs: their label (or <title>) names a pinned post. */
function hasPinIcon(tile: Element, lang: Lang | null): boolean {
  for (const svg of tile.querySelectorAll('svg')) {
    const label = svg.getAttribute('aria-label') ?? svg.querySelector('title')?.textContent ?? '';
    if (marked(label.trim(), 'pinned', lang)) return true;
  }
  return false;
}

/**
 * One header figure: the exact `title` attribute when present (Instagram puts
 * "3,351" there even when it shows "3.3K"), else the element's text. When
 * attribute and text contradict each other, the element is not trusted at all.
 */
function figureIn(el: Element, lang: Lang | null): Count | null {
  const titled = el.hasAttribute('title') ? el : el.querySelector('[title]');
  const attrCount = titled ? countFromShown(titled.getAttribute('title'), lang, 'attribute') : null;
  const attr = attrCount?.exact ? attrCount : null;
  // The figure's own element when it has one ("<span>1.234</span> postingan"), else the whole text.
  let text: Count | null = null;
  for (const span of el.querySelectorAll('span')) {
    if (span.children.length > 1) continue;
    text = countFromShown(visibleText(span), lang, 'dom');
    if (text) break;
  }
  text ??= countFromShown(visibleText(el), lang, 'dom');
  if (attr && text && !countsAgree(attr, text)) return null;
  return attr ?? text;
}

/** Browsers' "Save page as" rewrite links to absolute URLs; the live page uses paths. */
function sitePath(href: string | null): string {
  if (!href) return '';
  return href.startsWith(ORIGIN) ? href.slice(ORIGIN.length) : href;
}

/** Instagram wraps outbound links as https://l.instagram.com/?u=<target>. */
function unwrapLink(href: string | null): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, 'https://www.instagram.com/');
    const target = u.hostname === 'l.instagram.com' ? u.searchParams.get('u') : null;
    const out = target ?? href;
    return /^https?:\/\//i.test(out) ? out.slice(0, 2000) : null;
  } catch {
    return null;
  }
}

function isPrivateNotice(root: Document, lang: Lang | null): boolean {
  for (const h of root.querySelectorAll('h1, h2, h3')) {
    const t = visibleText(h) ?? '';
    if (t.length < 60 && marked(t, 'private', lang)) return true;
  }
  return false;
}

/** Handle a follower/following link or profile URL names: "/x/followers/", "https://www.instagram.com/x/". */
export function handleInPath(href: string | null | undefined): string | null {
  const m = /^\/([a-z0-9._]{1,30})\/(?:follow(?:ers|ing)\/)?$/i.exec(
    sitePath(href ?? '').split(/[?#]/)[0] ?? '',
  );
  return m?.[1]?.toLowerCase() ?? null;
}

export type HeaderIdentity = { agreeing: string[]; other: string | null };

/**
 * Anchors in the header that name a creator: follower/following links, the
 * heading (username), the avatar's alt. Any naming someone else → `other`.
 */
export function headerIdentity(header: Element, handle: string): HeaderIdentity {
  const agreeing: string[] = [];
  let other: string | null = null;
  for (const a of header.querySelectorAll(`${INSTAGRAM.followersLink}, ${INSTAGRAM.followingLink}`)) {
    const owner = handleInPath(a.getAttribute('href'));
    if (owner === handle) agreeing.includes('links') || agreeing.push('links');
    else if (owner !== null) other ??= owner;
  }
  for (const h of header.querySelectorAll(INSTAGRAM.heading)) {
    if (visibleText(h)?.toLowerCase() === handle) agreeing.includes('heading') || agreeing.push('heading');
  }
  const alt = header.querySelector(INSTAGRAM.avatar)?.getAttribute('alt')?.toLowerCase() ?? '';
  if (new RegExp(`(^|[^a-z0-9._])${handle.replace(/\./g, '\\.')}($|[^a-z0-9._])`).test(alt))
    agreeing.push('avatar');
  return { agreeing, other };
}

export type DomProfile = {
  followers: Count | null;
  following: Count | null;
  posts: Count | null;
  verified: boolean | null;
  private: boolean | null;
  externalUrl: string | null;
  /** True when the profile header rendered its figures (so an absent badge means "not verified"). */
  headerSeen: boolean;
  /** Anchors that name this creator (header and page). */
  identity: string[];
  /** A creator another header anchor names (the page still shows the previous profile). */
  otherHandle: string | null;
  /** The header is this creator's but none of its figures could be found (a markup change). */
  figuresMissing: boolean;
};

/**
 * The header's figures by label: the smallest header element whose text holds one
 * count and one label word of the field. Links to /followers/ and /following/ win.
 */
function headerFigures(
  header: Element,
  handle: string,
  lang: Lang | null,
): Record<InstagramLabelField, Count | null> {
  const out: Record<InstagramLabelField, Count | null> = { posts: null, followers: null, following: null };
  const best: Record<InstagramLabelField, number> = { posts: 61, followers: 61, following: 61 };
  for (const el of header.querySelectorAll('li, a, button, div, span')) {
    // Cheap native test first: most of the header (bio, highlights) holds no short figure.
    const raw = el.textContent ?? '';
    if (raw.length > 400 || !/\p{N}/u.test(raw)) continue;
    const text = visibleText(el);
    if (text === null || text.length > 60 || !/\p{N}/u.test(text)) continue;
    const field = labelIn(text, INSTAGRAM_LABELS, lang);
    if (field === null || text.length >= best[field]) continue;
    const count = figureIn(el, lang);
    if (count === null) continue;
    out[field] = count;
    best[field] = text.length;
  }
  for (const field of ['followers', 'following'] as const) {
    const link = header.querySelector(
      [`a[href="/${handle}/${field}/"]`, `a[href="${ORIGIN}/${handle}/${field}/"]`].join(', '),
    );
    const count = link ? figureIn(link, lang) : null;
    if (count !== null) out[field] = count;
  }
  return out;
}

export function readDomProfile(root: Document, handle: string, lang: Lang | null): DomProfile {
  const found = root.querySelector(INSTAGRAM.header);
  const id = found ? headerIdentity(found, handle) : { agreeing: [], other: null };
  const header = found && id.other === null ? found : null;
  const out: DomProfile = {
    followers: null,
    following: null,
    posts: null,
    verified: null,
    private: isPrivateNotice(root, lang) ? true : null,
    externalUrl: null,
    headerSeen: false,
    identity: id.agreeing,
    otherHandle: id.other,
    figuresMissing: false,
  };
  if (!header) return out;
  Object.assign(out, headerFigures(header, handle, lang));
  out.headerSeen = out.followers !== null || out.following !== null || out.posts !== null;
  out.figuresMissing = !out.headerSeen && id.agreeing.length > 0 && out.private !== true;
  const badge = [...header.querySelectorAll('svg[aria-label]')].some((svg) =>
    marked(svg.getAttribute('aria-label') ?? '', 'verified', lang),
  );
  if (badge) out.verified = true;
  else if (out.headerSeen && ABSENCE_PROVES.has(lang)) out.verified = false;
  out.externalUrl = unwrapLink(header.querySelector(INSTAGRAM.externalLink)?.getAttribute('href') ?? null);
  return out;
}

/** Auto-generated image descriptions: "Photo by NAME on January 18, 2025…", "Foto oleh NAME pada 18 Januari 2025". */
const AUTO_ALT =
  /^(?:photo|video|foto)(?: shared| dibagikan)? (?:by|oleh) .{1,120}? (?:on|pada) (.{6,30}?\d{4})/i;

function tileText(link: Element): { caption: string | null; takenAt: number | null } {
  const alt = link.querySelector(INSTAGRAM.tileImage)?.getAttribute('alt')?.trim() ?? '';
  if (alt.length === 0) return { caption: null, takenAt: null };
  const auto = AUTO_ALT.exec(alt);
  if (auto?.[1]) return { caption: null, takenAt: dayFromText(auto[1]) };
  // Otherwise the alt text is the creator's own caption (reels use it so).
  return { caption: alt.slice(0, 10_000), takenAt: null };
}

/**
 * Hover overlay of a grid tile: two items, likes then comments, as Instagram
 * always orders them. Anything else (one item when likes are hidden) is not read.
 */
function tileCounts(link: Element, lang: Lang | null): { likes: Count | null; comments: Count | null } {
  const items = [...link.querySelectorAll(INSTAGRAM.tileCounts)];
  if (items.length !== 2) return { likes: null, comments: null };
  const [a, b] = items.map((li) => figureIn(li, lang));
  if (!a || !b) return { likes: null, comments: null };
  return { likes: a, comments: b };
}

const TILE_PATH = /^\/(?:([a-z0-9._]{1,30})\/)?(p|reel|tv)\/([A-Za-z0-9_-]{5,64})\/?$/;
const MAX_TILES = 60;

/** Grid tiles of the profile: post links in page order, with what each tile shows. */
export function readDomPosts(root: Document, handle: string, lang: Lang | null): PostReading[] {
  const scope = root.querySelector(INSTAGRAM.main) ?? root;
  const selector = [
    `a[href^="/${handle}/p/"]`, // grid tile, 2024+ layout
    `a[href^="/${handle}/reel/"]`, // reel tile, 2024+ layout
    'a[href^="/p/"]', // grid tile, older layout
    'a[href^="/reel/"]', // reel tile, older layout
    `a[href^="${ORIGIN}/${handle}/p/"]`, // the same, in a page saved by a browser (absolute links)
    `a[href^="${ORIGIN}/${handle}/reel/"]`,
    `a[href^="${ORIGIN}/p/"]`,
    `a[href^="${ORIGIN}/reel/"]`,
  ].join(', ');
  const out: PostReading[] = [];
  const seen = new Set<string>();
  for (const link of scope.querySelectorAll(selector)) {
    if (out.length >= MAX_TILES) break;
    if (link.closest(INSTAGRAM.header)) continue;
    const m = TILE_PATH.exec(sitePath(link.getAttribute('href')));
    const owner = m?.[1];
    const code = m?.[3];
    if (!m || !code || seen.has(code) || (owner !== undefined && owner !== handle)) continue;
    seen.add(code);
    const reel = m[2] === 'reel';
    const { caption, takenAt } = tileText(link);
    const { likes, comments } = tileCounts(link, lang);
    out.push(
      completePost({
        id: code,
        url: `https://www.instagram.com/${reel ? 'reel' : 'p'}/${code}/`,
        author: owner ?? null,
        pinned: hasPinIcon(link, lang),
        isVideo: reel || link.querySelector(INSTAGRAM.videoIcon) !== null ? true : null,
        likes,
        comments,
        caption,
        hashtags: hashtagsIn(caption),
        mentions: mentionsIn(caption),
        takenAt,
      }),
    );
  }
  return out;
}

export type DomPost = {
  likes: Count | null;
  takenAt: number | null;
  paidPartnership: boolean | null;
  /** A login wall covers the post: what it lacks proves nothing. */
  loginWall: boolean;
};

/**
 * A post page as rendered: likes link, time element, partnership label. The
 * label is looked for in the post's own header, the one linking to its author;
 * its absence means "not labelled" only there. A mobile login wall has a header
 * of its own (a banner with log-in links): then the answer is unknown, never false.
 */
export function readDomPost(
  root: Document,
  postId: string,
  lang: Lang | null,
  author: string | null,
): DomPost {
  const scope = root.querySelector(INSTAGRAM.main) ?? root;
  const likedBy = scope.querySelector(`a[href$="/${postId}/liked_by/"]`);
  const likes = likedBy ? figureIn(likedBy, lang) : null;
  const datetime = scope.querySelector(INSTAGRAM.time)?.getAttribute('datetime');
  const t = datetime ? Date.parse(datetime) : Number.NaN;
  const loginWall =
    root.querySelector(INSTAGRAM.loginLink) !== null || root.querySelector('input[name="password"]') !== null;
  let paid: boolean | null = null;
  for (const header of scope.querySelectorAll(INSTAGRAM.header)) {
    const text = visibleText(header) ?? '';
    if (marked(text.slice(0, 300), 'paid', lang)) {
      paid = true;
      break;
    }
    const ownHeader =
      author !== null &&
      [...header.querySelectorAll('a[href]')].some((a) => handleInPath(a.getAttribute('href')) === author);
    const trusted = ownHeader && !loginWall && ABSENCE_PROVES.has(lang);
    if (trusted && header.querySelector(INSTAGRAM.loginLink) === null) paid = false;
  }
  return { likes, takenAt: Number.isFinite(t) ? t : null, paidPartnership: paid, loginWall };
}
