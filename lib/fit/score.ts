/**
 * Brief fit: a 0–100 score per creator × brief, from bio, captions and hashtags,
 * with the reasons behind it (codes + parameters, said in English or Indonesian
 * by lib/fit/explain).
 *
 * How the score is made (WHY each step):
 * - Topic evidence per niche or keyword set is the SHARE of recent posts that
 *   mention it, with diminishing returns, times a confidence that grows with the
 *   number of such posts — one mention in twelve posts is not a niche. Words in
 *   the bio (how creators describe themselves) count on top, with diminishing
 *   returns too (1 − (1 − posts)(1 − bio)).
 * - A brief's topic is its best niche (others add a little) blended with its
 *   keywords (60 % the stronger of the two, 40 % the weaker: the keywords are
 *   what the marketer typed, so missing all of them should cost more than a
 *   broad niche can make up).
 * - Location words and wanted content types add up to 5 points each, scaled by
 *   the topic so they never lift an off-topic creator.
 * - An excluded word in the bio or in two or more posts is a hard fail (score
 *   × 0.1); a single mention halves the score.
 * - A missed hard constraint (platform, followers, tier, engagement, language,
 *   place) multiplies by 0.2, so the score is at most 20 but still ranks by topic.
 *   An unknown figure is an 'info' reason and never counts as met.
 * - Negated words ("no endorse obat", "bukan dokter", "tanpa gula": lib/fit/negation)
 *   are neither evidence nor excluded words; the reasons say they were seen.
 * - A brief with niches and a creator with no evidence for any of them scores at most
 *   NO_NICHE_CAP, whatever else matches: keywords alone cannot make a coffee brief
 *   fit a baby-food creator.
 * - Places: the bio names where a creator is; a brief's places (areas expanded to their
 *   cities) are a constraint. A bio naming only other places, or posts naming only
 *   other places (two or more), misses it; no place named at all is unknown (× 0.7:
 *   not met, not missed).
 * Deterministic: no randomness, results sorted by score then brief id.
 */

import { maskNegations } from '@/lib/fit/negation';
import { allPlaceNames, expandPlaces, namesOf, placeLabel } from '@/lib/fit/places';
import { PrefixFilter } from '@/lib/fit/prefix-filter';
import { EN_STOPWORDS, ID_STOPWORDS } from '@/lib/fit/stopwords';
import { type FitSubject, subjectFromCreator, subjectFromInspector } from '@/lib/fit/subject';
import { CONTENT_TYPE_TERMS, SEGMENTATION_EXTRA_WORDS, TAXONOMY } from '@/lib/fit/taxonomy';
import { TermIndex } from '@/lib/fit/term-index';
import { addHashtag, fold, Segmenter, type TokenizedText, tokenize } from '@/lib/fit/tokenize';
import { TIER_PRESETS, tierFor } from '@/lib/metrics/tiers';
import type { Brief } from '@/lib/schema/brief';
import type { FitReason, FitResult } from '@/lib/schema/fit';
import type { TierScheme } from '@/lib/schema/settings';

export type { FitSubject } from '@/lib/fit/subject';
export { subjectFromCreator, subjectFromInspector };

export interface FitOptions {
  /** Tier scheme a brief's `tiers` names refer to; the standard preset by default. */
  scheme?: TierScheme;
}

/** Evidence below this is "mentioned" rather than "talks about". */
const STRONG_EVIDENCE = 0.35;
/** Score multiplier for a missed hard constraint (keeps the score ≤ 20). */
const HARD_MISS_FACTOR = 0.2;
/** Score multiplier for an excluded word used in earnest (bio or ≥ 2 posts). */
const EXCLUDED_HARD_FACTOR = 0.1;
/** Score multiplier for an excluded word seen once in the posts. */
const EXCLUDED_ONCE_FACTOR = 0.5;
/** Highest score without any evidence for a brief's niches. */
const NO_NICHE_CAP = 15;
/**
 * Score multiplier when a brief names places and the creator names none: not a miss, but not
 * met either, so a creator known to be there ranks above one who may be anywhere.
 */
const PLACE_UNKNOWN_FACTOR = 0.7;
/** Posts naming only other places before a creator counts as being elsewhere. */
const ELSEWHERE_POSTS = 2;
/** Points each for location words and content types, when a brief asks for them. */
const BONUS_POINTS = 5;
/** How many matched terms an explanation lists. */
const TERMS_SHOWN = 4;
/** Stopword hits needed before the content language is called. */
const MIN_LANGUAGE_EVIDENCE = 4;
/** Share of one language's stopwords needed to call the text that language. */
const LANGUAGE_MAJORITY = 0.75;

type ContentType = keyof typeof CONTENT_TYPE_TERMS;
const CONTENT_TYPES = Object.keys(CONTENT_TYPE_TERMS) as ContentType[];

interface BriefPlan {
  brief: Brief;
  niches: { id: string; group: number }[];
  /** Keywords plus niche ids the taxonomy does not know (matched as words). */
  keywordGroup: number | null;
  keywordTexts: string[];
  /** Explanation strings that depend on the brief only, made once rather than per creator. */
  text: {
    keywordsMissing: string;
    locationMissing: string;
    typesMissing: string;
    platforms: string;
    tiers: string;
    languages: string;
  };
  excluded: { text: string; group: number }[];
  locationGroup: number | null;
  contentTypes: { type: ContentType; group: number }[];
  /** The brief's places as one group of every name they may be written with; null without places. */
  placeGroup: number | null;
}

interface Matcher {
  index: TermIndex;
  segmenter: Segmenter;
  groupCount: number;
  /** Scratch: last unit stamp seen per term and per group (avoids per-creator allocations). */
  termStamp: Int32Array;
  groupStamp: Int32Array;
  stamp: number;
  /** Group of every known place name (null when no brief names places). */
  allPlacesGroup: number | null;
  /** Scratch: per term, the creator stamp and position in that creator's hit list. */
  slotStamp: Int32Array;
  slot: Int32Array;
  creatorStamp: number;
}

/** What one creator's text says, per evidence group. Computed once per creator and brief set. */
interface Profile {
  postCount: number;
  /** Posts (units) with at least one term of the group. */
  postsHit: number[];
  /** Distinct terms of the group in the bio. */
  bioTerms: number[];
  /** Distinct terms found, in order of first appearance (the bio's come first). */
  hitTerms: number[];
  /** Per entry of hitTerms: number of units (bio included) the term appeared in. */
  hitUnits: number[];
  /** How many of hitTerms were found in the bio (they lead the list). */
  bioHits: number;
  /** hitTerms by units, most first (ties by id); made when an explanation first needs it. */
  ranked: number[] | null;
  /** Explanation term lists already built (several briefs share a niche). */
  termText: (string | undefined)[];
  language: 'en' | 'id' | 'mixed' | null;
  hasText: boolean;
  /** Term ids found only in negated words ("no endorse obat"), with the units they were in. */
  negatedTerms: number[];
}

export type FitScorer = (subject: FitSubject) => FitResult[];

/**
 * Precomputes the matchers for a set of briefs once; the returned function
 * scores one creator against all of them, best first.
 */
export function createFitScorer(briefs: readonly Brief[], options: FitOptions = {}): FitScorer {
  const scheme = options.scheme ?? TIER_PRESETS.standard;
  const index = new TermIndex();
  let groupCount = 0;
  const nicheGroups = new Map<string, number>();
  for (const niche of TAXONOMY) {
    const g = groupCount++;
    nicheGroups.set(niche.id, g);
    for (const t of [...niche.terms.en, ...niche.terms.id, ...niche.hashtags]) index.add(t, g);
  }
  const typeGroups = new Map<ContentType, number>();
  for (const type of CONTENT_TYPES) {
    const g = groupCount++;
    typeGroups.set(type, g);
    for (const t of CONTENT_TYPE_TERMS[type]) index.add(t, g);
  }
  const plans: BriefPlan[] = briefs.map((brief) => {
    const niches: BriefPlan['niches'] = [];
    const keywordTexts = [...brief.keywords];
    for (const id of brief.niches) {
      const g = nicheGroups.get(id);
      if (g !== undefined) niches.push({ id, group: g });
      else keywordTexts.push(id.replace(/[-_]/g, ' '));
    }
    let keywordGroup: number | null = null;
    if (keywordTexts.length > 0) {
      const g = groupCount++;
      let any = false;
      for (const k of keywordTexts) if (index.add(k, g)) any = true;
      keywordGroup = any ? g : null;
    }
    const excluded: BriefPlan['excluded'] = [];
    for (const k of brief.excludeKeywords) {
      const g = groupCount++;
      if (index.add(k, g)) excluded.push({ text: k, group: g });
    }
    let locationGroup: number | null = null;
    if (brief.locationWords.length > 0) {
      const g = groupCount++;
      let any = false;
      for (const w of brief.locationWords) if (index.add(w, g)) any = true;
      locationGroup = any ? g : null;
    }
    const contentTypes = brief.contentTypes.map((type) => ({ type, group: typeGroups.get(type)! }));
    const text: BriefPlan['text'] = {
      keywordsMissing: keywordTexts.slice(0, 6).join(', '),
      locationMissing: brief.locationWords.slice(0, 6).join(', '),
      typesMissing: contentTypes.map((c) => c.type).join(', '),
      platforms: brief.platforms.join(', '),
      tiers: brief.tiers.join(', '),
      languages: brief.languages.join(', '),
    };
    return {
      brief,
      niches,
      keywordGroup,
      keywordTexts,
      text,
      excluded,
      locationGroup,
      contentTypes,
      placeGroup: null as number | null,
    };
  });
  const vocabulary = index.vocabulary();
  for (const w of SEGMENTATION_EXTRA_WORDS) vocabulary.add(w);
  // Place names join the index after the segmentation vocabulary is taken, so briefs without
  // places split hashtags exactly as before.
  let allPlacesGroup: number | null = null;
  if (plans.some((p) => p.brief.places.length > 0)) {
    allPlacesGroup = groupCount++;
    for (const name of allPlaceNames()) index.add(placeLabel(name), allPlacesGroup);
    for (const plan of plans) {
      if (plan.brief.places.length === 0) continue;
      const { ids, unknown } = expandPlaces(plan.brief.places);
      const g = groupCount++;
      for (const name of [...namesOf(ids).map(placeLabel), ...unknown]) {
        index.add(name, g);
        // A place the list does not know still counts as a place when a creator names it.
        index.add(name, allPlacesGroup);
      }
      plan.placeGroup = g;
    }
  }
  const matcher: Matcher = {
    index,
    segmenter: new Segmenter(vocabulary),
    groupCount,
    termStamp: new Int32Array(index.terms.length),
    groupStamp: new Int32Array(groupCount),
    stamp: 0,
    allPlacesGroup,
    slotStamp: new Int32Array(index.terms.length),
    slot: new Int32Array(index.terms.length),
    creatorStamp: 0,
  };
  const profiles = new WeakMap<FitSubject, Profile>();

  return (subject) => {
    let profile = profiles.get(subject);
    if (!profile) {
      profile = analyze(subject, matcher);
      profiles.set(subject, profile);
    }
    const results = plans.map((plan) => scoreBrief(subject, profile, plan, matcher, scheme));
    return sortResults(results);
  };
}

/** The last brief set's scorer, keyed by the briefs' content so an edited brief is never scored stale. */
let lastScorer: { signature: string; scorer: FitScorer } | null = null;

/**
 * Fit of one creator against every brief, best first. Reuses the matchers while
 * the briefs are unchanged; for thousands of creators use createFitScorer once.
 */
export function fitCreator(subject: FitSubject, briefs: Brief[], options: FitOptions = {}): FitResult[] {
  if (options.scheme) return createFitScorer(briefs, options)(subject);
  const signature = JSON.stringify(briefs);
  if (lastScorer?.signature !== signature) lastScorer = { signature, scorer: createFitScorer(briefs) };
  return lastScorer.scorer(subject);
}

export function sortResults(results: FitResult[]): FitResult[] {
  return results.sort(
    (a, b) => b.score - a.score || (a.briefId < b.briefId ? -1 : a.briefId > b.briefId ? 1 : 0),
  );
}

function analyze(subject: FitSubject, m: Matcher): Profile {
  const isTerm = (a: string, b: string) => m.index.has(`${a} ${b}`);
  // What negation took away: terms the text matches as written but not once negated words are
  // masked (a phrase cut by the mask counts too). Said in the reasons, counted nowhere.
  const negatedTerms: number[] = [];
  const termsOf = (t: TokenizedText) => {
    const found = new Set<number>();
    m.index.match(t, (id) => found.add(id));
    return found;
  };
  const read = (text: string) => {
    const masked = maskNegations(text, isTerm);
    const tokens = tokenize(masked.text, m.segmenter);
    if (masked.negated.length > 0) {
      const kept = termsOf(tokens);
      for (const id of termsOf(tokenize(text, m.segmenter))) {
        if (!kept.has(id) && !negatedTerms.includes(id)) negatedTerms.push(id);
      }
    }
    return tokens;
  };
  const bio = read(subject.bio ?? '');
  const posts = subject.captions.map(read);
  // Hashtags the subject lists but no caption carries: one more post's worth.
  const seen = new Set<string>();
  for (const p of posts) for (const h of p.hashtags) seen.add(h);
  const extra: TokenizedText = { sequences: [], hashtags: [], mentions: [], aliases: [] };
  for (const raw of subject.hashtags) {
    const body = raw.replace(/^#/, '');
    if (!seen.has(fold(body).replace(/_/g, ''))) {
      addHashtag(body, m.segmenter, extra.hashtags, extra.aliases, extra.sequences);
    }
  }
  if (extra.hashtags.length > 0) posts.push(extra);

  // Plain arrays: small typed arrays per creator cost more to allocate than they save.
  const postsHit: number[] = new Array(m.groupCount).fill(0);
  const bioTerms: number[] = new Array(m.groupCount).fill(0);
  // Shared scratch arrays, told apart per text unit by an ever-increasing stamp.
  const { groupStamp, termStamp } = m;
  // Flat lists rather than per-group maps: a creator hits a few dozen terms at most.
  const hitTerms: number[] = [];
  const hitUnits: number[] = [];
  const slotStamp = m.slotStamp;
  const slot = m.slot;
  const creator = ++m.creatorStamp;
  let bioHits = 0;
  const units = [bio, ...posts];
  for (let u = 0; u < units.length; u++) {
    const stamp = ++m.stamp;
    m.index.match(units[u]!, (termId) => {
      if (termStamp[termId] === stamp) return;
      termStamp[termId] = stamp;
      if (slotStamp[termId] === creator) hitUnits[slot[termId]!]!++;
      else {
        slotStamp[termId] = creator;
        slot[termId] = hitTerms.length;
        hitTerms.push(termId);
        hitUnits.push(1);
        if (u === 0) bioHits++;
      }
      const term = m.index.terms[termId]!;
      for (const g of term.groups) {
        if (u === 0) bioTerms[g]!++;
        else if (groupStamp[g] !== stamp) {
          groupStamp[g] = stamp;
          postsHit[g]!++;
        }
      }
    });
  }
  const hasText = units.some((t) => t.sequences.some((s) => s.length > 0) || t.aliases.length > 0);
  return {
    postCount: posts.length,
    postsHit,
    bioTerms,
    hitTerms,
    hitUnits,
    bioHits,
    ranked: null,
    termText: [],
    language: detectLanguage(units) ?? subject.languageHint ?? null,
    hasText,
    negatedTerms,
  };
}

/** Which language a stopword belongs to, English first (as the two lists are checked): one lookup per token. */
const STOPWORD_LANGUAGE: ReadonlyMap<string, 'en' | 'id'> = new Map([
  ...[...ID_STOPWORDS].map((w) => [w, 'id'] as const),
  ...[...EN_STOPWORDS].map((w) => [w, 'en'] as const),
]);
const STOPWORD_PREFIXES = new PrefixFilter();
for (const w of STOPWORD_LANGUAGE.keys()) STOPWORD_PREFIXES.add(w);

/** English or Indonesian (or both) from which language's function words the text uses. */
export function detectLanguage(units: readonly TokenizedText[]): 'en' | 'id' | 'mixed' | null {
  let en = 0;
  let id = 0;
  for (const unit of units) {
    for (const tok of unit.sequences[0] ?? []) {
      if (!STOPWORD_PREFIXES.mayContain(tok)) continue;
      const lang = STOPWORD_LANGUAGE.get(tok);
      if (lang === 'en') en++;
      else if (lang === 'id') id++;
    }
  }
  const total = en + id;
  if (total < MIN_LANGUAGE_EVIDENCE) return null;
  if (en / total >= LANGUAGE_MAJORITY) return 'en';
  if (id / total >= LANGUAGE_MAJORITY) return 'id';
  return 'mixed';
}

/**
 * 0–1 evidence for one group. Posts: share with diminishing returns
 * ((1 − e^(−3·share)) / (1 − e^(−3))) times confidence (1 − e^(−posts)).
 * Bio: 0.5 for one term, 0.7 for more — reduced when many posts never show it.
 */
export function evidence(postsHit: number, postCount: number, bioTerms: number): number {
  let postPart = 0;
  if (postCount > 0 && postsHit > 0) {
    const share = postsHit / postCount;
    postPart = ((1 - Math.exp(-3 * share)) / (1 - Math.exp(-3))) * (1 - Math.exp(-postsHit));
  }
  let bioPart = bioTerms === 0 ? 0 : bioTerms === 1 ? 0.5 : 0.7;
  if (postsHit === 0 && postCount >= 5) bioPart *= 0.6;
  return 1 - (1 - postPart) * (1 - bioPart);
}

function groupEvidence(p: Profile, g: number): number {
  return evidence(p.postsHit[g]!, p.postCount, p.bioTerms[g]!);
}

/** The group's most frequent matched terms, for the explanation ("serum, sunscreen, #skincarelokal"). */
function topTerms(p: Profile, g: number, m: Matcher): string {
  const known = p.termText[g];
  if (known !== undefined) return known;
  // All hit terms ranked once per creator (most units first, ties by term id); each group takes its first few.
  if (!p.ranked) {
    const { hitTerms, hitUnits } = p;
    const order = hitTerms.map((_, i) => i);
    order.sort((a, b) => hitUnits[b]! - hitUnits[a]! || hitTerms[a]! - hitTerms[b]!);
    p.ranked = order.map((i) => hitTerms[i]!);
  }
  const ids: number[] = [];
  for (let i = 0; i < p.ranked.length && ids.length < TERMS_SHOWN; i++) {
    const id = p.ranked[i]!;
    if (m.index.terms[id]!.groups.includes(g)) ids.push(id);
  }
  const text = termList(ids, m);
  p.termText[g] = text;
  return text;
}

function termList(ids: readonly number[], m: Matcher): string {
  let text = '';
  for (let i = 0; i < ids.length; i++) text += (i > 0 ? ', ' : '') + m.index.terms[ids[i]!]!.text;
  return text;
}

function reason(
  code: string,
  polarity: FitReason['polarity'],
  params: FitReason['params'] = {},
  hard = false,
): FitReason {
  return { code, polarity, hard, params };
}

function scoreBrief(s: FitSubject, p: Profile, plan: BriefPlan, m: Matcher, scheme: TierScheme): FitResult {
  const { brief } = plan;
  const reasons: FitReason[] = [];
  const total = p.postCount;
  if (!p.hasText) reasons.push(reason('no-content', 'info'));

  // Topic: niches.
  const nicheScores: number[] = [];
  for (const { id, group } of plan.niches) {
    const e = groupEvidence(p, group);
    nicheScores.push(e);
    const posts = p.postsHit[group]!;
    const bio = p.bioTerms[group]! > 0;
    if (bio) reasons.push(reason('niche-in-bio', 'positive', { niche: id, terms: topTermsIn(p, group, m) }));
    if (posts > 0) {
      const strong = e >= STRONG_EVIDENCE;
      reasons.push(
        reason(strong ? 'niche-match' : 'niche-weak', strong ? 'positive' : 'negative', {
          niche: id,
          posts,
          total,
          terms: topTerms(p, group, m),
        }),
      );
    } else if (!bio) {
      reasons.push(reason('niche-missing', 'negative', { niche: id }));
    }
  }
  nicheScores.sort((a, b) => b - a);
  const nicheTopic =
    nicheScores.length === 0
      ? null
      : Math.min(1, nicheScores[0]! + 0.1 * nicheScores.slice(1).reduce((a, b) => a + b, 0));

  // Topic: keywords.
  let keywordTopic: number | null = null;
  if (plan.keywordGroup !== null) {
    const g = plan.keywordGroup;
    keywordTopic = groupEvidence(p, g);
    const posts = p.postsHit[g]!;
    const bio = p.bioTerms[g]! > 0;
    if (bio) reasons.push(reason('keyword-in-bio', 'positive', { terms: topTermsIn(p, g, m) }));
    if (posts > 0) {
      const strong = keywordTopic >= STRONG_EVIDENCE;
      reasons.push(
        reason(strong ? 'keyword-match' : 'keyword-weak', strong ? 'positive' : 'negative', {
          posts,
          total,
          terms: topTerms(p, g, m),
        }),
      );
    } else if (!bio) {
      reasons.push(reason('keyword-missing', 'negative', { terms: plan.text.keywordsMissing }));
    }
  }
  let topic: number;
  if (nicheTopic !== null && keywordTopic !== null) {
    topic = 0.6 * Math.max(nicheTopic, keywordTopic) + 0.4 * Math.min(nicheTopic, keywordTopic);
  } else topic = nicheTopic ?? keywordTopic ?? 0;

  // Bonuses: location words and content types.
  let bonusMax = 0;
  let bonus = 0;
  if (brief.locationWords.length > 0) {
    bonusMax += BONUS_POINTS;
    const g = plan.locationGroup;
    const hits = g === null ? 0 : p.postsHit[g]! + p.bioTerms[g]!;
    if (g !== null && hits > 0) {
      bonus += BONUS_POINTS;
      reasons.push(reason('location-match', 'positive', { terms: topTerms(p, g, m) }));
    } else {
      reasons.push(reason('location-missing', 'info', { terms: plan.text.locationMissing }));
    }
  }
  if (plan.contentTypes.length > 0) {
    bonusMax += BONUS_POINTS;
    const found = plan.contentTypes.filter(({ group }) => p.postsHit[group]! > 0);
    if (found.length > 0) {
      const posts = Math.max(...found.map(({ group }) => p.postsHit[group]!));
      bonus += BONUS_POINTS * Math.min(1, posts / 2);
      reasons.push(
        reason('content-type-match', 'positive', {
          types: found.map((f) => f.type).join(', '),
          posts,
          total,
        }),
      );
    } else {
      reasons.push(reason('content-type-missing', 'info', { types: plan.text.typesMissing }));
    }
  }
  let score = (100 - bonusMax) * topic + bonus * Math.min(1, topic * 2);

  // Excluded words.
  let factor = 1;
  for (const { text, group } of plan.excluded) {
    const posts = p.postsHit[group]!;
    const bio = p.bioTerms[group]! > 0;
    if (!bio && posts === 0) continue;
    const hard = bio || posts >= 2;
    factor = Math.min(factor, hard ? EXCLUDED_HARD_FACTOR : EXCLUDED_ONCE_FACTOR);
    const where = bio && posts > 0 ? 'bio+posts' : bio ? 'bio' : 'posts';
    reasons.push(reason('excluded-term', 'negative', { term: text, where, posts, total }, hard));
  }

  // Words seen only after a negation: said, not counted.
  const negated = negatedFor(p, plan, m);
  if (negated) reasons.push(reason('negated-term', 'info', { terms: negated }));

  // No evidence for any of the brief's niches: low whatever else matches.
  if (plan.niches.length > 0 && nicheScores[0] === 0 && score > NO_NICHE_CAP) {
    score = NO_NICHE_CAP;
    reasons.push(reason('niche-none', 'negative', { niches: plan.niches.map((n) => n.id).join(', ') }));
  }

  // Hard constraints.
  const place = placeReason(p, plan, m);
  if (place) {
    reasons.push(place);
    if (place.hard) factor = Math.min(factor, HARD_MISS_FACTOR);
    else if (place.code === 'place-unknown') factor = Math.min(factor, PLACE_UNKNOWN_FACTOR);
  }
  const misses = constraintReasons(s, p, plan, scheme);
  for (const r of misses) {
    reasons.push(r);
    if (r.hard) factor = Math.min(factor, HARD_MISS_FACTOR);
  }
  score *= factor;
  return {
    briefId: brief.id,
    briefName: brief.name,
    score: Math.round(Math.max(0, Math.min(100, score)) * 10) / 10,
    reasons,
  };
}

/** Distinct brief terms (niche, keyword or excluded) that appeared only after a negation. */
function negatedFor(p: Profile, plan: BriefPlan, m: Matcher): string | null {
  if (p.negatedTerms.length === 0) return null;
  const groups = new Set<number>(plan.niches.map((n) => n.group));
  if (plan.keywordGroup !== null) groups.add(plan.keywordGroup);
  for (const e of plan.excluded) groups.add(e.group);
  const ids = p.negatedTerms.filter((id) => m.index.terms[id]!.groups.some((g) => groups.has(g)));
  return ids.length === 0 ? null : termList(ids.slice(0, TERMS_SHOWN), m);
}

/**
 * Where the creator is, against the brief's places. The bio is where creators say where they
 * are; posts name places they visit, so only several posts naming other places and none of the
 * wanted ones count against.
 */
function placeReason(p: Profile, plan: BriefPlan, m: Matcher): FitReason | null {
  const g = plan.placeGroup;
  const all = m.allPlacesGroup;
  if (g === null || all === null) return null;
  const wanted = plan.brief.places.join(', ');
  const bioWanted = p.bioTerms[g]!;
  const bioOther = p.bioTerms[all]! - bioWanted;
  const postsWanted = p.postsHit[g]!;
  const postsAny = p.postsHit[all]!;
  if (bioWanted > 0 || (bioOther === 0 && postsWanted > 0)) {
    const where = bioWanted > 0 ? topTermsIn(p, g, m) : topTerms(p, g, m);
    return reason('place-match', 'positive', { place: where, wanted });
  }
  if (bioOther > 0)
    return reason('place-elsewhere', 'negative', { place: topTermsIn(p, all, m), wanted }, true);
  if (postsAny >= ELSEWHERE_POSTS) {
    return reason('place-elsewhere', 'negative', { place: topTerms(p, all, m), wanted }, true);
  }
  return reason('place-unknown', 'info', { wanted });
}

/** The group's terms found in the bio, in the order they appear. */
function topTermsIn(p: Profile, g: number, m: Matcher): string {
  const ids: number[] = [];
  for (let i = 0; i < p.bioHits && ids.length < TERMS_SHOWN; i++) {
    const id = p.hitTerms[i]!;
    if (m.index.terms[id]!.groups.includes(g)) ids.push(id);
  }
  return termList(ids, m);
}

function constraintReasons(s: FitSubject, p: Profile, plan: BriefPlan, scheme: TierScheme): FitReason[] {
  const { brief } = plan;
  const out: FitReason[] = [];
  if (brief.platforms.length > 0) {
    const wanted = plan.text.platforms;
    out.push(
      brief.platforms.includes(s.platform)
        ? reason('platform-match', 'positive', { platform: s.platform })
        : reason('platform-mismatch', 'negative', { platform: s.platform, wanted }, true),
    );
  }
  const range = brief.followers;
  if (range && (range.min !== undefined || range.max !== undefined)) {
    out.push(followerReason(s, range));
  }
  if (brief.tiers.length > 0) {
    const wanted = plan.text.tiers;
    const count = s.followersRange ?? (s.followers !== null ? { min: s.followers, max: s.followers } : null);
    const tier = tierFor(count, scheme);
    if (!tier.known) out.push(reason('tier-unknown', 'info', { wanted }));
    else {
      const tiers = tier.tiers.join(', ');
      const inWanted = tier.tiers.filter((t) => brief.tiers.includes(t));
      if (inWanted.length === tier.tiers.length)
        out.push(reason('tier-match', 'positive', { tier: tiers, wanted }));
      else if (inWanted.length === 0)
        out.push(reason('tier-mismatch', 'negative', { tier: tiers, wanted }, true));
      // A rounded count straddling a boundary: part in, part out — unknown, not met.
      else out.push(reason('tier-uncertain', 'info', { tier: tiers, wanted }));
    }
  }
  if (brief.minEngagementRate !== undefined) {
    const min = brief.minEngagementRate;
    if (s.engagementRate === null) out.push(reason('engagement-unknown', 'info', { min }));
    else if (s.engagementRate >= min)
      out.push(reason('engagement-met', 'positive', { rate: s.engagementRate, min }));
    else out.push(reason('engagement-below', 'negative', { rate: s.engagementRate, min }, true));
  }
  if (brief.languages.length > 0) {
    const wanted = plan.text.languages;
    const lang = p.language;
    if (lang === null) out.push(reason('language-unknown', 'info', { wanted }));
    else if (lang === 'mixed' || brief.languages.includes(lang)) {
      out.push(reason('language-match', 'positive', { language: lang, wanted }));
    } else out.push(reason('language-mismatch', 'negative', { language: lang, wanted }, true));
  }
  return out;
}

function followerReason(
  s: FitSubject,
  range: { min?: number | undefined; max?: number | undefined },
): FitReason {
  const bounds: FitReason['params'] = {};
  if (range.min !== undefined) bounds.min = range.min;
  if (range.max !== undefined) bounds.max = range.max;
  if (s.followers === null) return reason('followers-unknown', 'info', bounds);
  const lo = s.followersRange?.min ?? s.followers;
  const hi = s.followersRange?.max ?? s.followers;
  const params = bounds;
  params.followers = s.followers;
  const belowAll = range.min !== undefined && hi < range.min;
  const aboveAll = range.max !== undefined && lo > range.max;
  if (belowAll) return reason('followers-below', 'negative', params, true);
  if (aboveAll) return reason('followers-above', 'negative', params, true);
  const straddles =
    (range.min !== undefined && lo < range.min) || (range.max !== undefined && hi > range.max);
  // A rounded count whose range crosses a bound cannot be called in or out.
  if (straddles) return reason('followers-uncertain', 'info', params);
  return reason('followers-in-range', 'positive', params);
}
