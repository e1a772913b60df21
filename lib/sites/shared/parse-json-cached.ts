/**
 * JSON.parse for the pages' embedded data, remembering the last few texts.
 * A page is read several times from the same scripts (while it parses, at
 * DOMContentLoaded, again as posts load while the marketer scrolls), and
 * TikTok's rehydration JSON or Instagram's data blocks are hundreds of KB:
 * parsing each once per page instead of once per read takes milliseconds off
 * every read. Callers only read the value, never change it.
 */
const KEPT = 4;
const recent: Array<{ text: string; value: unknown }> = [];

/** The parsed value, or `undefined` when the text is not JSON. */
export function parseJsonCached(text: string): unknown {
  const hit = recent.find((r) => r.text === text);
  if (hit) return hit.value;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  recent.unshift({ text, value });
  if (recent.length > KEPT) recent.length = KEPT;
  return value;
}
