/** Hashtags and mentions in a caption, as Instagram links them. */

/** Hashtags: letters (any script), digits, underscore; Instagram stops at punctuation and spaces. */
const HASHTAG = /(?:^|[^\p{L}\p{N}_&#])#([\p{L}\p{N}_]{1,100})/gu;
/** Mentions follow username rules; a trailing dot ends a sentence, not the name. */
const MENTION = /(?:^|[^\p{L}\p{N}_.@])@([A-Za-z0-9._]{1,30})/gu;

const LIMIT = 200;

export function hashtagsIn(text: string | null | undefined): string[] {
  if (!text) return [];
  const out = new Set<string>();
  for (const m of text.matchAll(HASHTAG)) {
    if (m[1] && !/^\d+$/.test(m[1])) out.add(m[1].toLowerCase());
    if (out.size >= LIMIT) break;
  }
  return [...out];
}

export function mentionsIn(text: string | null | undefined): string[] {
  if (!text) return [];
  const out = new Set<string>();
  for (const m of text.matchAll(MENTION)) {
    const name = m[1]?.replace(/\.+$/, '').toLowerCase();
    if (name) out.add(name);
    if (out.size >= LIMIT) break;
  }
  return [...out];
}
