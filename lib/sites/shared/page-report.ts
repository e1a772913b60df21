/**
 * "Report this page": a redacted copy of a page Microlens read, with what it read,
 * as one file the user can save and send, so a layout change can become a fixture
 * within a day. Nothing is sent anywhere: the caller offers the file for download.
 *
 * What is kept: the page's markup (elements, their structure, the attributes the
 * readers look at), the head's description / og: metas and canonical link, the
 * creator's own embedded data (TikTok's user-detail / video-detail / reflow
 * scopes, schema.org ld+json) and the reading.
 * What is removed: every other script (config, viewer, tokens), forms and inputs,
 * iframes, comments, site navigation (where the viewer's own profile link sits),
 * event handlers, styles, image sources (signed URLs), every attribute not in the
 * allow-list, query strings of URLs, links to anyone but the creator, keys that
 * name tokens, cookies or sessions, and every occurrence of the viewer's own
 * identifiers (handle, id, name) that the caller passes in.
 *
 * Pure: works on a Document the caller gives (the live page's clone in the content
 * script, a parsed file in tests) and returns text; it never touches the network.
 */
import type { Platform, Reading } from '@/lib/schema/reading';

export type ReportInput = {
  platform: Platform;
  /** The creator the page is about (lower-case handle), or null when unknown. */
  handle: string | null;
  url: string;
  /** What Microlens read from the page. */
  reading: Reading | null;
  /** The viewer's own identifiers the page may hold (handle, numeric id, display name): replaced everywhere. */
  viewer: readonly string[];
  savedAt: number;
};

export type PageReport = {
  format: 'microlens-page-report';
  version: 1;
  platform: Platform;
  /** The page URL without query string or fragment. */
  url: string;
  savedAt: string;
  reading: Reading | null;
  /** The redacted page, a complete HTML document. */
  html: string;
};

/** Elements that are never page markup worth keeping, or carry the viewer's data. */
const DROP =
  'script, noscript, iframe, object, embed, template, form, input, textarea, select, style, link, meta, base, nav, [role="navigation"], [data-e2e="nav-profile"], [data-e2e="profile-icon"]';

/** Attributes the readers look at (selectors.ts of both sites) and that describe layout. */
const KEEP_ATTRIBUTES = new Set([
  'id',
  'class',
  'role',
  'dir',
  'lang',
  'href',
  'title',
  'alt',
  'aria-label',
  'data-e2e',
  'datetime',
  'type',
  'rel',
  'property',
  'name',
  'content',
  'fill',
  'width',
  'height',
  'viewbox',
  'd',
  'cx',
  'cy',
  'r',
]);

/** Head tags kept: the summaries and the canonical address. */
const KEEP_HEAD = 'meta[name="description"], meta[property^="og:"], link[rel="canonical"]';

/** Embedded data scopes that describe the creator or the post, never the viewer. */
const TIKTOK_SCOPES = ['webapp.user-detail', 'webapp.video-detail', 'webapp.reflow.video.detail'];

/** JSON keys that name secrets or the session: dropped with their value. */
const SECRET_KEY =
  /token|cookie|csrf|session|passport|^auth(?!or)|signature|ttwid|fb_dtsg|^lsd$|nonce|secret|password/i;

/** A URL's origin and path only: query strings carry signatures, share tokens and tracking. */
export function bareUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '';
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces the viewer's identifiers (whole words, case-insensitive) with a placeholder. */
function viewerScrubber(viewer: readonly string[]): (text: string) => string {
  const ids = viewer.map((v) => v.trim()).filter((v) => v.length >= 2);
  if (ids.length === 0) return (t) => t;
  const re = new RegExp(`(?<![\\p{L}\\p{N}._])(?:${ids.map(escapeRe).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  return (t) => t.replace(re, 'viewer.example');
}

/** JSON without secret keys, with bare URLs, and with the viewer scrubbed from every string. */
function cleanJson(value: unknown, scrub: (t: string) => string, depth = 0): unknown {
  if (depth > 40) return null;
  if (typeof value === 'string') return scrub(/^https?:\/\//i.test(value) ? bareUrl(value) : value);
  if (Array.isArray(value)) return value.slice(0, 500).map((v) => cleanJson(v, scrub, depth + 1));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (!SECRET_KEY.test(k)) out[k] = cleanJson(v, scrub, depth + 1);
    }
    return out;
  }
  return value;
}

/** A link stays only when it leads to the creator (profile, posts, lists) or nowhere ("#"). */
function creatorHref(href: string, platform: Platform, handle: string | null): string {
  if (href === '#') return href;
  let path: string;
  try {
    path = new URL(href, platform === 'instagram' ? 'https://www.instagram.com/' : 'https://www.tiktok.com/')
      .pathname;
  } catch {
    return '#';
  }
  if (handle === null) return '#';
  const own =
    platform === 'tiktok'
      ? path.toLowerCase() === `/@${handle}` || path.toLowerCase().startsWith(`/@${handle}/`)
      : path.toLowerCase().startsWith(`/${handle}/`) ||
        /^\/(?:p|reel|tv)\/[A-Za-z0-9_-]+\/(?:liked_by\/)?$/.test(path);
  return own ? path : '#';
}

function keptData(doc: Document, platform: Platform, scrub: (t: string) => string): string[] {
  const out: string[] = [];
  if (platform === 'tiktok') {
    const el = doc.querySelector('script#__UNIVERSAL_DATA_FOR_REHYDRATION__');
    try {
      const data = JSON.parse(el?.textContent ?? 'null') as {
        __DEFAULT_SCOPE__?: Record<string, unknown>;
      } | null;
      const scope = data?.__DEFAULT_SCOPE__ ?? {};
      const kept: Record<string, unknown> = {};
      for (const key of TIKTOK_SCOPES) if (key in scope) kept[key] = cleanJson(scope[key], scrub);
      if (Object.keys(kept).length > 0) {
        out.push(`{"__DEFAULT_SCOPE__":${JSON.stringify(kept)}}`);
      }
    } catch {
      // Unreadable data is left out.
    }
  }
  return out;
}

function ldJson(doc: Document, scrub: (t: string) => string): string[] {
  const out: string[] = [];
  for (const el of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      out.push(JSON.stringify(cleanJson(JSON.parse(el.textContent ?? ''), scrub)));
    } catch {
      // Not JSON: left out.
    }
  }
  return out;
}

/** Text safe inside a <script> element: no "</script", no "<!--". */
function scriptSafe(json: string): string {
  return json.replace(/</g, '\\u003c');
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The redacted page as HTML. The given document is not changed (a clone is redacted). */
export function redactPage(source: Document, input: Omit<ReportInput, 'reading' | 'savedAt'>): string {
  const doc = source.cloneNode(true) as Document;
  const scrub = viewerScrubber(input.viewer);
  const head = [...doc.querySelectorAll(KEEP_HEAD)].map((el) => {
    const attrs = ['name', 'property', 'content', 'rel', 'href']
      .filter((a) => el.hasAttribute(a))
      .map((a) => {
        let v = el.getAttribute(a) ?? '';
        if (a === 'href' || (a === 'content' && /^https?:\/\//i.test(v))) v = bareUrl(v);
        return `${a}="${escapeAttr(scrub(v))}"`;
      });
    return `<${el.tagName.toLowerCase()} ${attrs.join(' ')}>`;
  });
  // Data is read from the page as given (read only): the clone is for redacting markup.
  const data = keptData(source, input.platform, scrub);
  const ld = ldJson(source, scrub);

  const body = doc.body ?? doc.documentElement;
  for (const el of [...body.querySelectorAll(DROP)]) el.remove();
  const walker = doc.createTreeWalker(body, 0x80 | 0x4 | 0x1);
  const comments: Node[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType === 8) comments.push(node);
    else if (node.nodeType === 3) node.nodeValue = scrub(node.nodeValue ?? '');
    else if (node.nodeType === 1) {
      const el = node as Element;
      for (const attr of [...el.attributes]) {
        const name = attr.name.toLowerCase();
        if (!KEEP_ATTRIBUTES.has(name)) el.removeAttribute(attr.name);
        else if (name === 'href')
          el.setAttribute('href', creatorHref(attr.value, input.platform, input.handle));
        else el.setAttribute(attr.name, scrub(attr.value));
      }
    }
  }
  for (const c of comments) c.parentNode?.removeChild(c);

  const lang = escapeAttr(doc.documentElement.getAttribute('lang') ?? '');
  const title = scrub(doc.title ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
  const scripts = [
    ...data.map(
      (d) =>
        `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${scriptSafe(d)}</script>`,
    ),
    ...ld.map((d) => `<script type="application/ld+json">${scriptSafe(d)}</script>`),
  ];
  return [
    '<!doctype html>',
    `<html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>`,
    ...head,
    '</head>',
    body.outerHTML.startsWith('<body') ? body.outerHTML : `<body>${body.outerHTML}</body>`,
    ...scripts,
    '</html>',
  ].join('\n');
}

/** The file the user saves: the redacted page with the reading, as JSON. */
export function pageReport(doc: Document, input: ReportInput): PageReport {
  const scrub = viewerScrubber(input.viewer);
  return {
    format: 'microlens-page-report',
    version: 1,
    platform: input.platform,
    url: bareUrl(input.url),
    savedAt: new Date(input.savedAt).toISOString(),
    reading:
      input.reading === null
        ? null
        : (cleanJson({ ...input.reading, url: bareUrl(input.reading.url) }, scrub) as Reading),
    html: redactPage(doc, input),
  };
}

/** A file name for the report: site, creator and date, nothing else. */
export function reportFileName(report: PageReport, handle: string | null): string {
  const who = (handle ?? 'page').replace(/[^a-z0-9._-]/gi, '_').slice(0, 40);
  return `microlens-report-${report.platform}-${who}-${report.savedAt.slice(0, 10)}.json`;
}

/**
 * The viewer's own identifiers a page shows, to scrub from a report: TikTok's
 * app context (the logged-in user) and, on both sites, the profile picture
 * link in the site's navigation ("rina's profile picture" outside the creator's
 * header and main column). Best effort: navigation and data scripts are dropped
 * from the report anyway; this also catches the viewer's name in page text.
 */
export function viewerIdentifiers(doc: Document, platform: Platform, creator: string | null): string[] {
  const out = new Set<string>();
  if (platform === 'tiktok') {
    try {
      const el = doc.querySelector('script#__UNIVERSAL_DATA_FOR_REHYDRATION__');
      const data = JSON.parse(el?.textContent ?? 'null') as {
        __DEFAULT_SCOPE__?: { 'webapp.app-context'?: { user?: Record<string, unknown> } };
      } | null;
      const user = data?.__DEFAULT_SCOPE__?.['webapp.app-context']?.user ?? {};
      for (const key of ['uniqueId', 'uid', 'nickName', 'nickname', 'secUid']) {
        const v = user[key];
        if (typeof v === 'string' && v.length >= 2) out.add(v);
      }
    } catch {
      // No readable app context.
    }
  }
  for (const img of doc.querySelectorAll(
    'nav img[alt], [role="navigation"] img[alt], [data-e2e="nav-profile"] img[alt]',
  )) {
    const alt = img.getAttribute('alt') ?? '';
    const who = /^(.{2,60}?)['’]s profile picture$/i.exec(alt)?.[1] ?? (alt.length <= 60 ? alt : '');
    if (who.length >= 2) out.add(who);
  }
  if (creator !== null) out.delete(creator);
  return [...out];
}
