/**
 * The card's title and pill, worded the same whether the worker builds the
 * card (build-card.ts) or the content script paints the page's own figures
 * first (components/overlay/provisional-card.ts). No string tables here:
 * content scripts import it.
 */
import type { OverlayCard } from './model';

/** The sites' names as they write them: the card's title without a name or handle, "Hide on {site}". */
export const SITE_NAMES: Readonly<Record<OverlayCard['platform'], string>> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
};

/** The title (display name, else @handle, else the site) and the @handle line under a name. */
export function cardTitle(
  platform: OverlayCard['platform'],
  name: string | null,
  handle: string | null,
): Pick<OverlayCard, 'who' | 'handle'> {
  return {
    // The full name stays reachable on hover when two lines cannot hold it (the renderer's title).
    who: name ?? (handle ? `@${handle}` : SITE_NAMES[platform]),
    handle: handle && name ? `@${handle}` : null,
  };
}

/** The collapsed pill: the known figures among `parts` ("3,351 · 5.34%"), else @handle, else the product. */
export function pillText(parts: readonly (string | null)[], handle: string | null): string {
  return parts.filter(Boolean).join(' · ') || (handle ? `@${handle}` : 'Microlens');
}
