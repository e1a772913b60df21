/**
 * Email addresses in a creator's own text. Plain addresses, and the one common
 * obfuscation whose reading is unambiguous: "name [at] domain dot com" with the
 * "at" in brackets ([at], (at), {at}, [@]). A bare "name at domain dot com" is
 * NOT read: "meet us at kemang dot com" must never become an address.
 */

const LOCAL = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*";
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const TLD = '[A-Za-z]{2,24}';

/** local@label.label.tld, not glued to more address characters on either side. */
const PLAIN = new RegExp(
  `(?<![A-Za-z0-9._%+-])(${LOCAL})@((?:${LABEL}\\.)+${TLD})(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`,
  'g',
);

const OPEN = '[\\[\\(\\{]';
const CLOSE = '[\\]\\)\\}]';
/** "[at]" / "(at)" / "{@}" / "[ at ]". */
const AT = `\\s*${OPEN}\\s*(?:at|@)\\s*${CLOSE}\\s*`;
/** "." or "[dot]" / "(dot)" / " dot " / "[titik]" (Indonesian for dot). */
const DOT = `(?:\\.|\\s*${OPEN}\\s*(?:dot|titik)\\s*${CLOSE}\\s*|\\s+(?:dot|titik)\\s+)`;
const OBFUSCATED = new RegExp(
  `(?<![A-Za-z0-9._%+-])(${LOCAL})${AT}(${LABEL}(?:${DOT}${LABEL})*${DOT}${TLD})(?![A-Za-z0-9-])`,
  'gi',
);
const DOT_ONLY = new RegExp(DOT, 'gi');

function normalise(local: string, domain: string): string | null {
  const address = `${local}@${domain}`.toLowerCase();
  // RFC 5321 limits; longer is not an address anyone can write to.
  if (local.length > 64 || address.length > 254) return null;
  return address;
}

/** Addresses in the text, in order of appearance (obfuscated ones in their place), lower-cased. */
export function findEmails(text: string): { address: string; at: number }[] {
  const found: { address: string; at: number }[] = [];
  for (const m of text.matchAll(PLAIN)) {
    const address = normalise(m[1] as string, m[2] as string);
    if (address) found.push({ address, at: m.index });
  }
  for (const m of text.matchAll(OBFUSCATED)) {
    const domain = (m[2] as string).replace(DOT_ONLY, '.');
    const address = normalise(m[1] as string, domain);
    if (address) found.push({ address, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Spans of the text that are email addresses, so the phone and link finders skip them. */
export function emailSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const re of [PLAIN, OBFUSCATED]) {
    for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** The address in a mailto: link ("mailto:a@b.com?subject=…"), or null. */
export function mailtoAddress(href: string): string | null {
  const m = /^\s*mailto:([^?#]+)/i.exec(href);
  if (!m) return null;
  let target: string;
  try {
    target = decodeURIComponent(m[1] as string);
  } catch {
    return null;
  }
  const found = findEmails(target.trim());
  return found.length === 1 && found[0]?.address === target.trim().toLowerCase() ? found[0].address : null;
}
