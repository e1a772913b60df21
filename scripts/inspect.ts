/**
 * Page inspector: runs the extension's own site readers on a saved page (or a
 * saved response the page loaded) and prints what Microlens would read and
 * compute, as JSON. Contract: scripts/inspect.md.
 *
 *   npm run --silent inspect -- --url <page URL> <saved-page.html | response.json> [--now <epoch ms>]
 *
 * Exit codes: 0 read; 1 the file could not be read or holds nothing readable;
 * 2 usage (missing --url or file, unsupported or non-creator URL). Errors are one
 * line on stderr.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { computeCreatorMetrics } from '@/lib/metrics/compute-metrics';
import { TIER_PRESETS } from '@/lib/metrics/tiers';
import type { Reading } from '@/lib/schema/reading';
import { INSTAGRAM } from '@/lib/sites/instagram/selectors';
import { readingFromPageData } from '@/lib/sites/page-data';
import { pageKindFor, readPage } from '@/lib/sites/read-page';
import { matchedAnchors } from '@/lib/sites/shared/anchors';
import { TIKTOK } from '@/lib/sites/tiktok/selectors';
import { type Inspection, inspectionFrom } from './inspect-output';

class InspectError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}

type Args = { url: string; file: string; now: number };

function parseArgs(argv: string[]): Args {
  let url: string | undefined;
  let file: string | undefined;
  let now = Date.now();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const next = argv[++i];
      if (next === undefined) throw new InspectError(`${name} needs a value`, 2);
      return next;
    };
    if (a === '--url' || a.startsWith('--url=')) url = value('--url');
    else if (a === '--now' || a.startsWith('--now=')) {
      const n = Number(value('--now'));
      if (!Number.isSafeInteger(n) || n < 0) throw new InspectError('--now must be epoch milliseconds', 2);
      now = n;
    } else if (a.startsWith('--')) throw new InspectError(`unknown option ${a}`, 2);
    else if (file === undefined) file = a;
    else throw new InspectError('give one file', 2);
  }
  if (!url) throw new InspectError('missing --url <page URL the file was saved from>', 2);
  if (!file) throw new InspectError('missing file: a saved page (.html) or response (.json)', 2);
  return { url, file, now };
}

/** Charset of a saved page: BOM, then <meta charset> or http-equiv in the first 4 KB; UTF-8 otherwise. */
function decodeHtml(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase() ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new InspectError(`cannot read ${file}: ${why}`, 1);
  }
}

function looksLikeJson(file: string, bytes: Buffer): boolean {
  if (/\.json$/i.test(file)) return true;
  const start = bytes
    .subarray(0, 64)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return start.startsWith('{') || start.startsWith('[');
}

/** Which entries of the site's selector table the page matched, and which it did not. */
export type AnchorReport = { matched: string[]; missing: string[] };

function anchorReport(doc: Document, platform: Reading['platform']): AnchorReport {
  const table = platform === 'instagram' ? INSTAGRAM : TIKTOK;
  const matched = matchedAnchors(doc, table);
  return { matched, missing: Object.keys(table).filter((k) => !matched.includes(k)) };
}

async function readHtml(
  bytes: Buffer,
  url: string,
  now: number,
): Promise<{ reading: Reading; anchors: AnchorReport }> {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(decodeHtml(bytes), 'text/html') as unknown as Document;
    const reading = readPage(doc, url, now);
    if ('error' in reading) throw new InspectError(reading.error, 2);
    return { reading, anchors: anchorReport(doc, reading.platform) };
  } finally {
    await window.happyDOM.close();
  }
}

function readJson(bytes: Buffer, file: string, url: string, now: number): Reading {
  const kind = pageKindFor(url);
  if (!kind) throw new InspectError('unsupported URL: only instagram.com and tiktok.com pages', 2);
  let body: unknown;
  try {
    // A response saved by some tools (and Windows editors) starts with a UTF-8 byte-order mark.
    body = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new InspectError(`${file} is not valid JSON`, 1);
  }
  const data = readingFromPageData(kind.platform, url, body, now);
  if (!data) throw new InspectError(`nothing readable for ${kind.platform} in ${file}`, 1);
  const profile = data.profile ?? {};
  return {
    platform: kind.platform,
    pageKind: kind.kind,
    url,
    readAt: now,
    handle: profile.handle ?? kind.handle,
    displayName: profile.displayName ?? null,
    verified: profile.verified ?? null,
    private: profile.private ?? null,
    bio: profile.bio ?? null,
    externalUrl: profile.externalUrl ?? null,
    followers: profile.followers ?? null,
    following: profile.following ?? null,
    posts: profile.posts ?? null,
    likesTotal: profile.likesTotal ?? null,
    videoCount: profile.videoCount ?? null,
    recentPosts: data.posts,
    post: null,
    sources: profile.sources ?? {},
    disagreements: [],
    notices: [],
  };
}

async function inspect(argv: string[]): Promise<Inspection & { anchors: AnchorReport | null }> {
  const args = parseArgs(argv);
  const kind = pageKindFor(args.url);
  if (!kind)
    throw new InspectError(`unsupported URL ${args.url}: only instagram.com and tiktok.com pages`, 2);
  const bytes = readBytes(args.file);
  const { reading, anchors } = looksLikeJson(args.file, bytes)
    ? { reading: readJson(bytes, args.file, args.url, args.now), anchors: null }
    : await readHtml(bytes, args.url, args.now);
  const posts = reading.recentPosts.length > 0 ? reading.recentPosts : reading.post ? [reading.post] : [];
  const metrics = computeCreatorMetrics({
    platform: reading.platform,
    followers: reading.followers,
    posts,
    snapshots: [],
    scheme: TIER_PRESETS.standard,
    now: args.now,
  });
  return { ...inspectionFrom(reading, metrics), anchors };
}

async function main(): Promise<void> {
  try {
    const out = await inspect(process.argv.slice(2));
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    process.exitCode = 0;
  } catch (e) {
    const code = e instanceof InspectError ? e.code : 1;
    const message = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').slice(0, 300);
    process.stderr.write(`inspect: ${message}\n`);
    process.exitCode = code;
  }
}

await main();
