/**
 * Web addresses a creator shows: the link-in-bio and addresses typed in the bio.
 * The sites wrap outgoing links in their own redirectors (l.instagram.com/?u=…,
 * tiktok.com/link/v2?target=…); the address the creator set is the one inside.
 * mailto:, tel: and WhatsApp links are recognised so they can be listed as the
 * email or phone they are.
 */

/** Redirect wrappers: host → the query parameter holding the real address. */
const REDIRECTORS: Record<string, string> = {
  'l.instagram.com': 'u',
  'l.facebook.com': 'u',
  'lm.facebook.com': 'u',
  'www.tiktok.com': 'target',
  'tiktok.com': 'target',
};

/**
 * Bare domains (no scheme, no "www.") are only taken with a path after a known
 * ending, or as a known link-in-bio host: "kopi.kelana.id" alone may well be a
 * handle, "lynk.id/kopikelana" is an address.
 */
const BARE_TLDS =
  'com|id|co\\.id|my\\.id|biz\\.id|web\\.id|or\\.id|net|org|ee|ly|io|ai|link|app|shop|store|site|xyz|info|co|tv|gg|bio|page|cc|sg';
const LINK_HOSTS =
  'linktr\\.ee|lynk\\.id|s\\.id|bit\\.ly|beacons\\.ai|heylink\\.me|msha\\.ke|taplink\\.cc|linkin\\.bio|tr\\.ee|wa\\.me|wa\\.link';
const LABELS = '(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+';

/** Addresses in text: with a scheme, with "www.", or a bare domain as above. */
const URL_IN_TEXT = new RegExp(
  `(?<![\\w@.\\-/])(?:https?:\\/\\/[^\\s<>"']+|www\\.[^\\s<>"']+|(?:${LINK_HOSTS})(?![a-z0-9.-])(?:\\/[^\\s<>"']*)?|${LABELS}(?:${BARE_TLDS})\\/[^\\s<>"']*)`,
  'gi',
);

/** Punctuation that ends a sentence, not the address. */
const TRAILING = /[).,;:!?'"»”’\]]+$/;

export type LinkKind =
  | { kind: 'web'; url: string }
  | { kind: 'whatsapp'; number: string }
  | { kind: 'email'; href: string }
  | { kind: 'phone'; number: string };

function parseUrl(text: string): URL | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    return url;
  } catch {
    return null;
  }
}

/** The address behind a site's redirector, or the URL itself. */
function unwrap(url: URL): URL {
  const param = REDIRECTORS[url.hostname.toLowerCase()];
  if (!param) return url;
  // TikTok's own pages are not redirects: only /link/ URLs carry a target.
  if (url.hostname.endsWith('tiktok.com') && !url.pathname.startsWith('/link')) return url;
  const inner = url.searchParams.get(param);
  const parsed = inner ? parseUrl(inner) : null;
  return parsed && /^https?:$/.test(parsed.protocol) ? parsed : url;
}

const WA_HOSTS = new Set([
  'wa.me',
  'www.wa.me',
  'api.whatsapp.com',
  'web.whatsapp.com',
  'whatsapp.com',
  'www.whatsapp.com',
]);

/** The number in a WhatsApp link (wa.me/62812…, api.whatsapp.com/send?phone=62812…); null when it has none (wa.link short links). */
function whatsappNumber(url: URL): string | null {
  const host = url.hostname.toLowerCase();
  if (!WA_HOSTS.has(host)) return null;
  const raw = host.endsWith('wa.me')
    ? decodeURIComponent(url.pathname.slice(1).split('/')[0] ?? '')
    : url.searchParams.get('phone');
  if (!raw || !/^\+?[\d\s-]{8,20}$/.test(raw.trim())) return null;
  const digits = raw.replace(/\D/g, '');
  // wa.me always writes the number internationally, without "+"; a national 08… (a common slip) stays national.
  return digits.startsWith('0') ? digits : `+${digits}`;
}

/** What one link is: a web address (redirect removed), a WhatsApp number, a mail or a phone link. */
export function classifyLink(text: string): LinkKind | null {
  const trimmed = text.trim().replace(TRAILING, '');
  if (!trimmed || trimmed.length > 2_000) return null;
  if (/^mailto:/i.test(trimmed)) return { kind: 'email', href: trimmed };
  if (/^tel:/i.test(trimmed)) {
    let number: string;
    try {
      number = decodeURIComponent(trimmed.slice(4));
    } catch {
      return null;
    }
    return { kind: 'phone', number };
  }
  const parsed = parseUrl(trimmed);
  if (!parsed || !/^https?:$/.test(parsed.protocol) || !parsed.hostname.includes('.')) return null;
  const url = unwrap(parsed);
  const number = whatsappNumber(url);
  if (number) return { kind: 'whatsapp', number };
  return { kind: 'web', url: url.href };
}

/** Addresses typed in free text, in order. */
export function findLinks(text: string): { text: string; at: number; end: number }[] {
  const out: { text: string; at: number; end: number }[] = [];
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const clean = m[0].replace(TRAILING, '');
    out.push({ text: clean, at: m.index, end: m.index + clean.length });
  }
  return out;
}
