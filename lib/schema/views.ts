/**
 * What the worker hands to the extension's pages and what they hand back: the
 * views of stored records (a shortlist row, a creator's view, the summary), a
 * shortlist change and an import's report. Data types, not messages: the store,
 * the CSV and the UI use them, and the protocol (lib/protocol/messages.ts)
 * names them in its replies.
 */
import { z } from 'zod';
import { type Creator, CurrencySchema, type ShortlistEntry, ShortlistStatusSchema } from './creator';
import type { AuthenticitySignal, FitResult } from './fit';

export const ShortlistPatchSchema = z
  .object({
    status: ShortlistStatusSchema.optional(),
    notes: z.string().max(20_000).optional(),
    tags: z.array(z.string().trim().min(1).max(40)).max(50).optional(),
    /** Bulk tagging: added to each entry's own tags where missing (case-insensitive), after `tags`. */
    addTags: z.array(z.string().trim().min(1).max(40)).max(50).optional(),
    /** Bulk untagging: removed from each entry's own tags (case-insensitive), before `addTags`. */
    removeTags: z.array(z.string().trim().min(1).max(40)).max(50).optional(),
    rate: z
      .object({ amount: z.number().nonnegative().finite(), currency: CurrencySchema })
      .nullable()
      .optional(),
  })
  .strict();
export type ShortlistPatch = z.infer<typeof ShortlistPatchSchema>;

/**
 * One shortlist row as `shortlist:page` returns it: what the table, the CSV and
 * the planner need, read without loading posts. `fits` is each brief's cached
 * score, best first, whose `reasons` hold ONLY the missed must-haves (hard
 * reasons). Every reason and the authenticity signals come from `creator:get`
 * when a creator is opened. A CreatorView is a ShortlistItem too.
 */
export interface ShortlistItem {
  creator: Creator;
  entry: ShortlistEntry | null;
  fits: FitResult[];
}

/** What a creator page, the popup and the dashboard show about one creator. */
export interface CreatorView {
  creator: Creator;
  entry: ShortlistEntry | null;
  /** Fit against every saved brief, best first. */
  fits: FitResult[];
  signals: AuthenticitySignal[];
}

export interface ShortlistSummary {
  total: number;
  byStatus: Record<string, number>;
  creatorsKnown: number;
}

export interface ImportReport {
  added: Record<string, number>;
  updated: Record<string, number>;
  unchanged: Record<string, number>;
  rejected: { where: string; reason: string }[];
  /**
   * Set when a big import (written in several transactions) stopped part-way:
   * everything counted above IS in the store; the records counted here were
   * not written (the store is consistent either way; import again to finish).
   */
  incomplete?: { reason: string; notWritten: Record<string, number> };
}
