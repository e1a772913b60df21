/**
 * A shortlist entry's tags after a patch: `tags` replaces, then `removeTags`
 * drops and `addTags` appends where missing — both case-insensitive, so bulk
 * tagging keeps each creator's own tags and never doubles "VIP"/"vip". Used by
 * the store and by the dashboard's optimistic update, so both agree.
 */
export const MAX_TAGS = 50;

export interface TagPatch {
  tags?: string[];
  addTags?: string[];
  removeTags?: string[];
}

export function patchTags(current: readonly string[], patch: TagPatch): string[] {
  let tags = [...(patch.tags ?? current)];
  if (patch.removeTags?.length) {
    const drop = new Set(patch.removeTags.map((t) => t.trim().toLowerCase()));
    tags = tags.filter((t) => !drop.has(t.toLowerCase()));
  }
  for (const raw of patch.addTags ?? []) {
    const tag = raw.trim();
    if (tag && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
  }
  // Beyond the limit, the newest additions are the ones left out (the entry stays valid).
  return tags.slice(0, MAX_TAGS);
}
