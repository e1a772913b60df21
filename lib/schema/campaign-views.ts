/**
 * What campaign operations answer (the store returns them, the protocol carries
 * them, the dashboard shows them): named here so none of the three has to import
 * another to name its data.
 */
import type { Campaign, CampaignEntry, CampaignPost } from './campaign';

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
