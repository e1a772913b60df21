/**
 * What the rendered Instagram page shows. Selectors use link targets, ARIA labels,
 * `title` attributes and element structure only: class names are generated and
 * change with every release, so they are never used.
 */
import type { CountLocale } from '../../counts/parse-count';
import type { Count, PostReading } from '../../schema/reading';
import { countsAgree } from '../shared/pick-count';
import { completePost } from '../shared/reading-defaults';
import { hashtagsIn, mentionsIn } from './caption';
import { shownCount } from './count';
import { dayFromText } from './meta';

export type DomProfile = {
  followers: Count | null;
  following: Count | null;
  posts: Count | null;
  verified: boolean | null;
  private: boolean | null;
  externalUrl: string | null;
  /** True when the profile header rendered (so an absent badge means "not verified"). */
  headerSeen: boolean;
};

/** Interface language from `<html lang>`: Indonesian writes "1.234" and "12,5 rb". */
export function pageLocale(root: Document): CountLocale {
  const lang = root.documentElement?.getAttribute('lang')?.toLowerCase() ?? '';
  return lang === 'id' || lang.startsWith('id-') || lang === 'in' ? 'id' : 'en';
}

/** Label words beside each header figure, English and Indonesian. */
const LABEL = {
  followers: /\b(?:followers?|pengikut)\b/i,
  following: /\b(?:following|mengikuti|diikuti)\b/i,
  posts: /\b(?:posts?|postingan|kiriman)\b/i,
} as const;

/** Verified badge: its ARIA label in English and Indonesian. */
const VERIFIED_SELECTORS = [
  'svg[aria-label="Verified"]', // English interface
  'svg[aria-label="Terverifikasi"]', // Indonesian interface
].join(', ');

/** Pinned-post icon on a grid tile: its ARIA label, English and Indonesian. */
const PINNED_LABELS = [
  'pinned post', // English
  'pinned post icon', // English, older builds
  'postingan yang disematkan', // Indonesian
  'disematkan', // Indonesian, short form
];

/** A tile's icons are a handful of svgs: compare their label (or <title>) case-insensitively. */
function hasPinIcon(tile: Element): boolean {
  for (const svg of tile.querySelectorAll('svg')) {
    const label = svg.getAttribute('aria-label') ?? svg.querySelector('title')?.textContent ?? '';
    if (PINNED_LABELS.includes(label.trim().toLowerCase())) return true;
  }
  return false;
}

/** Tile icons that mean a video (reel or clip), English and Indonesian. */
const VIDEO_SELECTORS = [
  'svg[aria-label="Clip"]', // English: reel tile
  'svg[aria-label="Klip"]', // Indonesian: reel tile
  'svg[aria-label="Reel"]', // English, older builds
  'svg[aria-label="Video"]', // both languages: video post
].join(', ');

/** Private-account notice, English and Indonesian (lower-case). */
const PRIVATE_TEXTS = ['this account is private', 'akun ini bersifat pribadi', 'akun ini privat'];

/**
 * One header figure: the exact `title` attribute when present (Instagram puts
 * "3,351" there even when it shows "3.3K"), else the text of the one element that
 * holds only the figure. When attribute and text contradict each other, the
 * element is not trusted at all.
 */
function figureIn(el: Element, locale: CountLocale): Count | null {
  const titled = el.querySelector('span[title]') ?? (el.hasAttribute('title') ? el : null);
  const attr = titled ? shownCount(titled.getAttribute('title'), locale, 'attribute') : null;
  let text: Count | null = null;
  for (const span of el.querySelectorAll('span')) {
    if (span.children.length > 1) continue;
    text = shownCount(span.textContent, locale, 'dom');
    if (text) break;
  }
  if (attr && text && !countsAgree(attr, text)) return null;
  return attr ?? text;
}

function headerItems(header: Element): Element[] {
  return [...header.querySelectorAll('ul li')].slice(0, 8);
}

function countFor(
  header: Element,
  handle: string,
  field: keyof typeof LABEL,
  locale: CountLocale,
): Count | null {
  // Followers and following are links to their lists; posts is plain text.
  if (field !== 'posts') {
    const link = header.querySelector(
      [`a[href="/${handle}/${field}/"]`, `a[href="${ORIGIN}/${handle}/${field}/"]`].join(', '),
    );
    if (link) return figureIn(link, locale);
  }
  for (const li of headerItems(header)) {
    const text = li.textContent ?? '';
    if (!LABEL[field].test(text)) continue;
    // "followers" must not match the "following" item and vice versa.
    const others = (Object.keys(LABEL) as Array<keyof typeof LABEL>).filter((k) => k !== field);
    if (others.some((k) => LABEL[k].test(text))) continue;
    return figureIn(li, locale);
  }
  return null;
}

/**
 * Browsers' "Save page as" rewrite links to absolute URLs; the live page uses
 * paths. Selectors and path patterns accept both.
 */
const ORIGIN = 'https://www.instagram.com';

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

function isPrivateNotice(root: Document): boolean {
  for (const h of root.querySelectorAll('h1, h2, h3')) {
    const t = (h.textContent ?? '').trim().toLowerCase();
    if (t.length < 60 && PRIVATE_TEXTS.some((p) => t.includes(p))) return true;
  }
  return false;
}

/**
 * True when the header links to ANOTHER profile's follower/following lists: the
 * app has already changed the URL (in-app navigation) but still shows the
 * previous profile. Its figures must not be read as this creator's.
 */
function headerOfOtherProfile(header: Element, handle: string): boolean {
  for (const a of header.querySelectorAll('a[href$="/followers/"], a[href$="/following/"]')) {
    const owner = /^\/([^/]+)\/follow(?:ers|ing)\/$/.exec(sitePath(a.getAttribute('href')))?.[1];
    if (owner !== undefined && owner.toLowerCase() !== handle.toLowerCase()) return true;
  }
  return false;
}

export function readDomProfile(root: Document, handle: string, locale: CountLocale): DomProfile {
  const found = root.querySelector('header');
  const header = found && !headerOfOtherProfile(found, handle) ? found : null;
  const out: DomProfile = {
    followers: null,
    following: null,
    posts: null,
    verified: null,
    private: isPrivateNotice(root) ? true : null,
    externalUrl: null,
    headerSeen: false,
  };
  if (!header) return out;
  out.followers = countFor(header, handle, 'followers', locale);
  out.following = countFor(header, handle, 'following', locale);
  out.posts = countFor(header, handle, 'posts', locale);
  out.headerSeen = out.followers !== null || out.following !== null || out.posts !== null;
  if (header.querySelector(VERIFIED_SELECTORS)) out.verified = true;
  else if (out.headerSeen) out.verified = false;
  out.externalUrl = unwrapLink(
    header.querySelector('a[href*="l.instagram.com/"]')?.getAttribute('href') ?? null,
  );
  return out;
}

/** Auto-generated image descriptions: "Photo by NAME on January 18, 2025…", "Foto oleh NAME pada 18 Januari 2025". */
const AUTO_ALT =
  /^(?:photo|video|foto)(?: shared| dibagikan)? (?:by|oleh) .{1,120}? (?:on|pada) (.{6,30}?\d{4})/i;

function tileText(link: Element): { caption: string | null; takenAt: number | null } {
  const alt = link.querySelector('img[alt]')?.getAttribute('alt')?.trim() ?? '';
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
function tileCounts(link: Element, locale: CountLocale): { likes: Count | null; comments: Count | null } {
  const items = [...link.querySelectorAll('ul li')];
  if (items.length !== 2) return { likes: null, comments: null };
  const [a, b] = items.map((li) => figureIn(li, locale));
  if (!a || !b) return { likes: null, comments: null };
  return { likes: a, comments: b };
}

const TILE_PATH = /^\/(?:([a-z0-9._]{1,30})\/)?(p|reel|tv)\/([A-Za-z0-9_-]{5,64})\/?$/;
const MAX_TILES = 60;

/** Grid tiles of the profile: post links in page order, with what each tile shows. */
export function readDomPosts(root: Document, handle: string, locale: CountLocale): PostReading[] {
  const scope = root.querySelector('main') ?? root;
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
    if (link.closest('header')) continue;
    const m = TILE_PATH.exec(sitePath(link.getAttribute('href')));
    const owner = m?.[1];
    const code = m?.[3];
    if (!m || !code || seen.has(code) || (owner !== undefined && owner !== handle)) continue;
    seen.add(code);
    const reel = m[2] === 'reel';
    const { caption, takenAt } = tileText(link);
    const { likes, comments } = tileCounts(link, locale);
    out.push(
      completePost({
        id: code,
        url: `https://www.instagram.com/${reel ? 'reel' : 'p'}/${code}/`,
        author: owner ?? null,
        pinned: hasPinIcon(link),
        isVideo: reel || link.querySelector(VIDEO_SELECTORS) !== null ? true : null,
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

/** Platform "Paid partnership" label above a post, English and Indonesian. */
const PAID_TEXTS = ['paid partnership', 'kemitraan berbayar'];

export type DomPost = {
  likes: Count | null;
  takenAt: number | null;
  paidPartnership: boolean | null;
};

/** A post page as rendered for a logged-in viewer: likes link, time element, partnership label. */
export function readDomPost(root: Document, postId: string, locale: CountLocale): DomPost {
  const scope = root.querySelector('main') ?? root;
  const likedBy = scope.querySelector(`a[href$="/${postId}/liked_by/"]`);
  const likes = likedBy ? figureIn(likedBy, locale) : null;
  const datetime = scope.querySelector('time[datetime]')?.getAttribute('datetime');
  const t = datetime ? Date.parse(datetime) : Number.NaN;
  let paid: boolean | null = null;
  const header = scope.querySelector('header');
  if (header) {
    const text = (header.textContent ?? '').toLowerCase();
    paid = PAID_TEXTS.some((p) => text.includes(p));
  }
  return { likes, takenAt: Number.isFinite(t) ? t : null, paidPartnership: paid };
}
