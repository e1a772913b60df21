/**
 * What a reading means for campaigns, run by the router after recording it: a
 * creator's profile read counts as visited in every visit queue holding it, and a
 * post page updates the figures of that post where it is already attached.
 * Nothing is ever added to a campaign from a page.
 */
import { sightingFromReading } from '@/lib/campaigns/post-sighting';
import { creatorKey, isCreatorKey } from '@/lib/schema/plain';
import type { Reading } from '@/lib/schema/reading';
import type { Store } from '@/lib/store/store';

export async function campaignsSawReading(store: Store, reading: Reading, now: number): Promise<void> {
  if (reading.pageKind === 'profile' && reading.handle) {
    const key = creatorKey(reading.platform, reading.handle);
    if (isCreatorKey(key)) await store.campaigns.markVisited(key, now);
  }
  const sighting = sightingFromReading(reading);
  if (sighting) await store.campaigns.observePost(sighting.postKey, sighting.figures, now);
}
