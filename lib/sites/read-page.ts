/**
 * The one entry point content scripts and the inspector use: which site and
 * page kind a URL is, and the reading of that page.
 */
import type { Reading } from '../schema/reading';
import { readInstagramPage } from './instagram';
import { instagramPageKind } from './instagram-page-kind';
import type { PageKindResult } from './page-kind';
import { readTiktokPage, tiktokPageKind } from './tiktok';

export type { PageKindResult } from './page-kind';

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
 * Reads a profile, post or video page. Other pages of a supported site
 * (explore, feeds, search, messages…) and other sites give `{ error }`, never a reading.
 */
export function readPage(root: Document, url: string, now: number): Reading | { error: string } {
  const kind = pageKindFor(url);
  if (!kind) return { error: READ_ERRORS.unsupported };
  if (kind.kind === 'other') return { error: READ_ERRORS.notCreator };
  return kind.platform === 'instagram' ? readInstagramPage(root, url, now) : readTiktokPage(root, url, now);
}
