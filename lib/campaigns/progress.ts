/**
 * A campaign's progress from its records (pure): creators per stage, budget
 * committed against budget, deliverables due this week, and what the delivered
 * posts brought (views, engagements, cost per engagement), with a timeline per
 * creator for long relationships.
 *
 * Correct or unknown: money is never converted between currencies (a fee in
 * another currency than the budget is listed apart, not added); a post whose
 * likes or comments were not shown counts as a post with unknown engagement,
 * never as zero; a ratio with nothing to divide by is null.
 */
import {
  CAMPAIGN_STAGES,
  type Campaign,
  type CampaignEntry,
  type CampaignPost,
  type CampaignStage,
  COMMITTED_STAGES,
  type DeliverableKind,
  type IsoDate,
  type Money,
  type PostFigures,
} from '@/lib/schema/campaign';

export interface DueItem {
  creatorKey: string;
  deliverableId: string;
  kind: DeliverableKind;
  date: IsoDate;
}

export interface CommittedMoney {
  /** Agreed fees (stages agreed, content live, done) in the budget's currency (or the first seen, with no budget). */
  amount: number;
  currency: Money['currency'] | null;
  /** Creators whose fee is counted in `amount`. */
  creators: number;
  /** Fees in another currency: shown apart, never converted. */
  otherCurrencies: { currency: Money['currency']; amount: number; creators: number }[];
  /** Creators at a committed stage with no fee set yet: the commitment is incomplete. */
  withoutFee: number;
}

export interface TimelinePoint {
  at: number;
  views: number | null;
  engagements: number | null;
  exact: boolean;
}

export interface CreatorTimeline {
  creatorKey: string;
  posts: { postKey: string; url: string; takenAt: number | null; points: TimelinePoint[] }[];
  /** Sum over the creator's posts of their latest figures (null: no post showed that figure). */
  views: number | null;
  engagements: number | null;
}

export interface DeliveredTotals {
  posts: number;
  /** Latest views summed over the posts that showed views. */
  views: number | null;
  postsWithViews: number;
  /** Latest likes + comments (+ shares and saves where shown) over the posts that showed likes and comments. */
  engagements: number | null;
  postsWithEngagements: number;
  /**
   * Agreed fees of the creators whose posts have known engagements, divided by
   * those engagements (budget currency). Null when either side is missing.
   */
  costPerEngagement: number | null;
  /** The whole budget divided by all known engagements so far. */
  budgetPerEngagement: number | null;
  /** False when any figure summed was a rounded display: the totals are estimates. */
  exact: boolean;
}

export interface CampaignProgress {
  campaignId: string;
  creators: number;
  target: number | null;
  byStage: Record<CampaignStage, number>;
  budget: Money | null;
  committed: CommittedMoney;
  /** committed / budget (0.42 = 42%); null without a budget in the fees' currency. */
  committedShare: number | null;
  /** Budget minus committed (negative: over budget); null without a budget. */
  remaining: number | null;
  /** Monday..Sunday around `today`. */
  week: { start: IsoDate; end: IsoDate };
  dueThisWeek: DueItem[];
  /** Due before this week, by a creator not yet done or declined. */
  overdue: DueItem[];
  delivered: DeliveredTotals;
  timelines: CreatorTimeline[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

function isoDay(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The Monday-to-Sunday week (ISO 8601, as Indonesian calendars count it) that holds `today`. */
export function weekOf(today: IsoDate): { start: IsoDate; end: IsoDate } {
  const ms = Date.parse(`${today}T00:00:00Z`);
  const sinceMonday = (new Date(ms).getUTCDay() + 6) % 7;
  const start = ms - sinceMonday * DAY_MS;
  return { start: isoDay(start), end: isoDay(start + 6 * DAY_MS) };
}

/** A post's engagements at one observation; null when likes or comments were not shown. */
export function engagementsOf(f: Omit<PostFigures, 'at'>): number | null {
  if (f.likes === null || f.comments === null) return null;
  return f.likes + f.comments + (f.shares ?? 0) + (f.saves ?? 0);
}

function committedMoney(entries: readonly CampaignEntry[], budget: Money | null): CommittedMoney {
  const out: CommittedMoney = {
    amount: 0,
    currency: budget?.currency ?? null,
    creators: 0,
    otherCurrencies: [],
    withoutFee: 0,
  };
  for (const e of entries) {
    if (!COMMITTED_STAGES.includes(e.stage)) continue;
    if (!e.fee) {
      out.withoutFee++;
      continue;
    }
    out.currency ??= e.fee.currency;
    if (e.fee.currency === out.currency) {
      out.amount += e.fee.amount;
      out.creators++;
      continue;
    }
    const other = out.otherCurrencies.find((o) => o.currency === e.fee?.currency);
    if (other) {
      other.amount += e.fee.amount;
      other.creators++;
    } else out.otherCurrencies.push({ currency: e.fee.currency, amount: e.fee.amount, creators: 1 });
  }
  return out;
}

function dueItems(entries: readonly CampaignEntry[], week: { start: IsoDate; end: IsoDate }) {
  const dueThisWeek: DueItem[] = [];
  const overdue: DueItem[] = [];
  for (const e of entries) {
    if (e.stage === 'declined' || e.stage === 'done') continue;
    for (const d of e.deliverables) {
      for (const date of d.due) {
        const item = { creatorKey: e.creatorKey, deliverableId: d.id, kind: d.kind, date };
        if (date >= week.start && date <= week.end) dueThisWeek.push(item);
        else if (date < week.start) overdue.push(item);
      }
    }
  }
  const byDate = (a: DueItem, b: DueItem) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  return { dueThisWeek: dueThisWeek.sort(byDate), overdue: overdue.sort(byDate) };
}

function addKnown(sum: number | null, value: number | null): number | null {
  return value === null ? sum : (sum ?? 0) + value;
}

function timelines(posts: readonly CampaignPost[]): CreatorTimeline[] {
  const byCreator = new Map<string, CreatorTimeline>();
  for (const p of posts) {
    let t = byCreator.get(p.creatorKey);
    if (!t) {
      t = { creatorKey: p.creatorKey, posts: [], views: null, engagements: null };
      byCreator.set(p.creatorKey, t);
    }
    const points = p.timeline.map((f) => ({
      at: f.at,
      views: f.views,
      engagements: engagementsOf(f),
      exact: f.exact,
    }));
    t.posts.push({ postKey: p.postKey, url: p.url, takenAt: p.takenAt, points });
    const latest = points[points.length - 1];
    t.views = addKnown(t.views, latest?.views ?? null);
    t.engagements = addKnown(t.engagements, latest?.engagements ?? null);
  }
  for (const t of byCreator.values())
    t.posts.sort((a, b) => (a.takenAt ?? a.points[0]!.at) - (b.takenAt ?? b.points[0]!.at));
  return [...byCreator.values()];
}

function delivered(
  posts: readonly CampaignPost[],
  entries: readonly CampaignEntry[],
  lines: readonly CreatorTimeline[],
  budget: Money | null,
): DeliveredTotals {
  let views: number | null = null;
  let engagements: number | null = null;
  let postsWithViews = 0;
  let postsWithEngagements = 0;
  let exact = true;
  for (const p of posts) {
    const latest = p.timeline[p.timeline.length - 1]!;
    exact &&= latest.exact;
    if (latest.views !== null) {
      views = (views ?? 0) + latest.views;
      postsWithViews++;
    }
    const e = engagementsOf(latest);
    if (e !== null) {
      engagements = (engagements ?? 0) + e;
      postsWithEngagements++;
    }
  }
  // Fees of creators whose delivered posts have known engagements, in the budget's currency.
  const feeOf = new Map(entries.map((e) => [e.creatorKey, e.fee]));
  const currency = budget?.currency ?? null;
  let fees = 0;
  let feeEngagements = 0;
  let anyFee = false;
  for (const t of lines) {
    const fee = feeOf.get(t.creatorKey);
    if (!fee || t.engagements === null || (currency !== null && fee.currency !== currency)) continue;
    if (currency === null && anyFee) continue;
    fees += fee.amount;
    feeEngagements += t.engagements;
    anyFee = true;
  }
  return {
    posts: posts.length,
    views,
    postsWithViews,
    engagements,
    postsWithEngagements,
    costPerEngagement: anyFee && feeEngagements > 0 ? fees / feeEngagements : null,
    budgetPerEngagement: budget && engagements ? budget.amount / engagements : null,
    exact,
  };
}

/**
 * Progress of one campaign. `entries` and `posts` are the live ones (removed
 * records are not progress); `today` is the user's local calendar day.
 */
export function campaignProgress(
  campaign: Campaign,
  entries: readonly CampaignEntry[],
  posts: readonly CampaignPost[],
  today: IsoDate,
): CampaignProgress {
  const live = entries.filter((e) => e.removed === null && e.campaignId === campaign.id);
  const livePosts = posts.filter((p) => p.removed === null && p.campaignId === campaign.id);
  const byStage = Object.fromEntries(CAMPAIGN_STAGES.map((s) => [s, 0])) as Record<CampaignStage, number>;
  for (const e of live) byStage[e.stage]++;
  const committed = committedMoney(live, campaign.budget);
  const budget = campaign.budget;
  const week = weekOf(today);
  const lines = timelines(livePosts);
  return {
    campaignId: campaign.id,
    creators: live.length,
    target: campaign.targetCreators,
    byStage,
    budget,
    committed,
    committedShare: budget && budget.amount > 0 ? committed.amount / budget.amount : null,
    remaining: budget ? budget.amount - committed.amount : null,
    week,
    ...dueItems(live, week),
    delivered: delivered(livePosts, live, lines, budget),
    timelines: lines,
  };
}
