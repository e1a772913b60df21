/**
 * What campaign operations answer (the store returns them, the protocol carries
 * them, the dashboard shows them): named here so none of the three has to import
 * another to name its data.
 */
import type { CreatorTimeline } from '@/lib/campaigns/progress';
import type { ContactLists } from '@/lib/contacts/model';
import type { Campaign, CampaignEntry, CampaignPost } from './campaign';
import type { Creator } from './creator';
import type { FitResult } from './fit';

/** A creator an operation left alone, and why. */
export interface Skipped {
  key: string;
  reason: string;
}

export interface AddResult {
  added: number;
  /** Taken out earlier and brought back with their notes, fee and deliverables. */
  restored: number;
  /** Already in the campaign: left as they were. */
  already: number;
  skipped: Skipped[];
}

/** One campaign with its creators (live and removed, for undo) and delivered posts. */
export interface CampaignData {
  campaign: Campaign;
  entries: CampaignEntry[];
  /** Creators taken out of the campaign, most recent first: what "undo" can bring back. */
  removed: CampaignEntry[];
  posts: CampaignPost[];
}

/**
 * One creator of a campaign with what the worker knows of them: what the
 * campaign table and both CSV presets need.
 */
export interface CampaignCreatorRow {
  entry: CampaignEntry;
  /** Null until the profile has been visited (a creator imported through the queue). */
  creator: Creator | null;
  /** Fit against the campaign's briefs, best first. */
  fits: FitResult[];
  /** The creator's delivered posts (lib/campaigns/progress.ts), null when none. */
  delivered: CreatorTimeline | null;
  /** Read in the worker from the creator's own bio and link (lib/contacts); null before a visit. */
  contacts: ContactLists | null;
}
