/**
 * Is a post a paid placement? Only disclosures count: the platform's own "paid partnership"
 * label, ad hashtags, and disclosure phrases in the caption, in English and Indonesian.
 * A plain brand @mention is NOT sponsorship here (creators tag brands they simply like); brand
 * mentions are a separate signal elsewhere.
 *
 * Markers:
 * - `paidPartnership === true` (Instagram "Paid partnership" / "Kemitraan berbayar", TikTok
 *   "Paid partnership"/ad label, as read by the site readers).
 * - Hashtags, case-insensitive, exact tag (so #adidas is not #ad): see AD_HASHTAGS. Taken from
 *   `post.hashtags` and from the caption text.
 * - Caption phrases, case-insensitive, whole words: "paid partnership", "kemitraan berbayar",
 *   "sponsored by", "disponsori oleh", "paid promote"/"paid promotion" (Indonesian slang "PP"
 *   posts) unless "open"/"terima" comes earlier in the same sentence ("Open endorse & paid
 *   promote": a creator advertising that they take paid posts is not a paid post; "terima
 *   kasih" = thanks does not count as "terima"), and "kerja sama"/"kerjasama" only when followed by "dengan"
 *   or an @mention ("kerja sama dengan @brand", "in collaboration with"): alone the words also
 *   mean plain cooperation ("terima kasih atas kerja samanya").
 * - Bracketed labels at any position: "[ad]", "(ad)", "[iklan]", "(iklan)", "[sponsored]".
 * - Not markers, by choice: "bermitra" (partnering) and #collab / #partner / #gifted / #promo
 *   are used as often for unpaid collaborations, gifts and self-promotion; counting them would
 *   label ordinary posts as ads.
 */
import type { PostReading } from '@/lib/schema/reading';

/** Ad-disclosure hashtags, lower-case without "#". */
export const AD_HASHTAGS: ReadonlySet<string> = new Set([
  'ad', // FTC/ASA standard disclosure
  'ads',
  'advert',
  'advertisement',
  'sponsored',
  'sponsor',
  'sponsorship',
  'spon',
  'paidpartnership',
  'paidpartner',
  'paidpromote', // Indonesian "paid promote" posts
  'paidpromotion',
  'paidpromo',
  'endorse', // Indonesian: an "endorse" is a paid product post
  'endorsement',
  'iklan', // Indonesian: advertisement
  'bersponsor', // Indonesian: sponsored
  'disponsori',
  'kerjasama', // Indonesian: collaboration (as a tag it marks a brand deal)
  'kerjasamaberbayar',
  'kemitraanberbayar', // Indonesian Instagram's label for paid partnership
]);

type PhraseMarker = { pattern: RegExp; why: string };

// Word boundaries via lookarounds on letters/digits, so "kerja sama" in "bekerja sama" still needs
// its own boundary and "ad" never matches inside a word.
const PHRASES: readonly PhraseMarker[] = [
  { pattern: /(?<![\p{L}\p{N}])paid\s+partnership(?![\p{L}\p{N}])/iu, why: 'phrase:paid partnership' },
  { pattern: /(?<![\p{L}\p{N}])kemitraan\s+berbayar(?![\p{L}\p{N}])/iu, why: 'phrase:kemitraan berbayar' },
  { pattern: /(?<![\p{L}\p{N}])sponsored\s+by(?![\p{L}\p{N}])/iu, why: 'phrase:sponsored by' },
  { pattern: /(?<![\p{L}\p{N}])disponsori\s+oleh(?![\p{L}\p{N}])/iu, why: 'phrase:disponsori oleh' },
  {
    pattern:
      /(?<!(?:open|terima(?!\s+kasih))[^.!?\n]{0,40})(?<![\p{L}\p{N}])paid\s+promot(?:e|ion)(?![\p{L}\p{N}])/iu,
    why: 'phrase:paid promote',
  },
  {
    pattern: /(?<![\p{L}\p{N}])kerja\s*sama(?:nya)?\s+(?:dengan(?![\p{L}\p{N}])|@)/iu,
    why: 'phrase:kerja sama',
  },
  { pattern: /[[(]\s*(?:ad|iklan|sponsored)\s*[\])]/iu, why: 'label:ad' },
];

const CAPTION_HASHTAG = /#([\p{L}\p{N}_]+)/gu;

/** Whether the post discloses a paid placement, and which markers said so. */
/**
 * Whether a post can be judged at all: its caption or the platform's label is known. A grid
 * tile with only a view count says nothing about sponsorship, so it must not count as "no ad".
 */
export function canJudgeSponsorship(post: Pick<PostReading, 'caption' | 'paidPartnership'>): boolean {
  return post.caption !== null || post.paidPartnership !== null;
}

export function isSponsoredPost(post: PostReading): { sponsored: boolean; why: string[] } {
  const why: string[] = [];
  if (post.paidPartnership === true) why.push('paid-partnership-label');

  const caption = post.caption ?? '';
  const tags = new Set<string>();
  for (const tag of post.hashtags) tags.add(tag.replace(/^#/, '').toLowerCase());
  for (const m of caption.matchAll(CAPTION_HASHTAG)) if (m[1]) tags.add(m[1].toLowerCase());
  for (const tag of tags) if (AD_HASHTAGS.has(tag)) why.push(`hashtag:#${tag}`);

  for (const { pattern, why: reason } of PHRASES) if (pattern.test(caption)) why.push(reason);

  return { sponsored: why.length > 0, why };
}
