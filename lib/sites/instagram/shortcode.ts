/**
 * When an Instagram post was published, from its shortcode, for grids that show no date.
 * A shortcode is the media id in URL-safe base64; the id's bits above the lowest 23 are
 * milliseconds since Instagram's epoch (1314220021721, 2011-08-24). Checked on the real
 * captures: CPeC-Eenc8l → 2021-05-29 (its meta says "May 29, 2021"), CAGcDKplv2X →
 * 2020-05-12T20:06:01Z (its JSON says taken_at 1589313961, the same second).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INSTAGRAM_EPOCH_MS = 1_314_220_021_721n;
/** Instagram opened in October 2010. */
const EARLIEST = Date.UTC(2010, 9, 6);

/** Null for anything that is not an 11-character public shortcode with a plausible date. */
export function timeFromShortcode(code: string, now: number): number | null {
  if (!/^[A-Za-z0-9_-]{11}$/.test(code)) return null;
  let id = 0n;
  for (const ch of code) id = id * 64n + BigInt(ALPHABET.indexOf(ch));
  const ms = Number((id >> 23n) + INSTAGRAM_EPOCH_MS);
  return ms >= EARLIEST && ms <= now + 86_400_000 ? ms : null;
}
