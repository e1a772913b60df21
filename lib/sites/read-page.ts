/**
 * The one entry point content scripts and the inspector use: which site and
 * page kind a URL is, and the reading of that page.
 */
import { type Reading, ReadingSchema } from '@/lib/schema/reading';
import { instagramPageKind } from '@/lib/sites/instagram/page-kind';
import {
  extractInstagramPage,
  NOTICES as INSTAGRAM_NOTICES,
  unknownInstagramReading,
} from '@/lib/sites/instagram/reader';
import type { PageKindResult } from '@/lib/sites/shared/page-kind';
import { extractTiktokPage, tiktokPageKind, unknownTiktokReading } from '@/lib/sites/tiktok/reader';

export type { PageKindResult } from '@/lib/sites/shared/page-kind';

/** Platform, kind, handle and post id from the URL alone; null for sites Microlens does not read. */
export function pageKindFor(url: string): PageKindResult | null {
  if (typeof url !== 'string') return null;
  return instagramPageKind(url) ?? tiktokPageKind(url);
}

export const READ_ERRORS = {
  unsupported: 'unsupported site: only instagram.com and tiktok.com pages are read',
  notCreator: 'not a creator page: open a profile, post or video',
} as const;

/**
 * A reader's output checked against ReadingSchema; a reading that fails the
 * check becomes one of unknowns with a notice, never a half-valid figure.
 */
function checked(reading: Reading, unknown: () => Reading): Reading {
  const parsed = ReadingSchema.safeParse(reading);
  return parsed.success ? parsed.data : ReadingSchema.parse(unknown());
}

/** An Instagram page's reading, validated. Never throws. */
export function readInstagramPage(root: Document, url: string, now: number): Reading {
  return checked(extractInstagramPage(root, url, now), () =>
    unknownInstagramReading(instagramPageKind(url), url, now, INSTAGRAM_NOTICES.unreadable),
  );
}

/** A TikTok page's reading, validated. Never throws. */
export function readTiktokPage(root: Document, url: string, now: number): Reading {
  return checked(extractTiktokPage(root, url, now), () =>
    unknownTiktokReading(url, now, tiktokPageKind(url), new Error('the reading failed its schema check')),
  );
}

/**
 * Reads a profile, post or video page. Other pages of a supported site
 * (explore, feeds, search, messages…) and other sites give `{ error }`, never a reading.
 */
export function readPage(root: Document, url: string, now: number): Reading | { error: string } {
  const kind = pageKindFor(url);
  if (!kind) return { error: READ_ERRORS.unsupported };
  if (kind.kind === 'other') return { error: READ_ERRORS.notCreator };
  return kind.platform === 'instagram' ? readInstagramPage(root, url, now) : readTiktokPage(root, url, now);
}
