/**
 * One campaign's progress in words for its card on the campaign list (pure):
 * what the card says, in the user's language, from the worker's figures. Every
 * "unknown" stays visible as such: no budget, fees not set, estimates.
 */

import { formatMoney } from '@/components/dashboard/shared/money';
import type { CampaignProgress } from '@/lib/campaigns/progress';
import { createT, formatDate, formatNumber, formatPercent, type Lang } from '@/lib/i18n';
import { campaignStrings } from '@/lib/i18n/strings/campaigns';
import { CAMPAIGN_STAGES, type Campaign, type CampaignStage } from '@/lib/schema/campaign';

export interface CampaignCard {
  id: string;
  name: string;
  client: string;
  dates: string | null;
  archived: boolean;
  creators: string;
  /** Stages with at least one creator, in pipeline order. */
  stages: { stage: CampaignStage; label: string; n: number }[];
  budget: string;
  budgetNotes: string[];
  /** Share of the budget committed, 0..1 (null: no budget); the bar shows at most 1. */
  budgetShare: number | null;
  overBudget: boolean;
  due: string;
  overdue: string | null;
  delivered: string;
  estimate: string | null;
}

function day(iso: string, lang: Lang): string {
  return formatDate(Date.parse(`${iso}T00:00:00Z`), lang);
}

export function campaignCard(campaign: Campaign, p: CampaignProgress, lang: Lang): CampaignCard {
  const t = createT(lang, campaignStrings);
  const money = (amount: number, currency: string) => formatMoney(amount, currency, lang);
  const num = (n: number) => formatNumber(n, lang, { maximumFractionDigits: 0 });
  const { startDate: start, endDate: end } = campaign;
  const dates =
    start && end
      ? t('card.dates', { start: day(start, lang), end: day(end, lang) })
      : start
        ? t('card.from', { start: day(start, lang) })
        : end
          ? t('card.until', { end: day(end, lang) })
          : null;
  const c = p.committed;
  const budgetNotes: string[] = [];
  for (const other of c.otherCurrencies)
    budgetNotes.push(t('card.otherCurrency', { amount: money(other.amount, other.currency) }));
  if (c.withoutFee > 0) budgetNotes.push(t('card.withoutFee', { n: c.withoutFee }));
  const overBudget = p.remaining !== null && p.remaining < 0;
  if (overBudget && p.budget)
    budgetNotes.push(t('card.overBudget', { amount: money(-p.remaining!, p.budget.currency) }));
  const budget = p.budget
    ? t('card.budget', {
        committed: money(c.amount, p.budget.currency),
        budget: money(p.budget.amount, p.budget.currency),
        share: formatPercent(p.committedShare ?? 0, lang, 0),
      })
    : c.amount > 0 && c.currency
      ? t('card.committedNoBudget', { committed: money(c.amount, c.currency) })
      : t('card.budgetNone');
  const d = p.delivered;
  const deliveredParts =
    d.posts === 0
      ? [t('card.nothingLive')]
      : [
          t('card.delivered', { posts: d.posts }),
          ...(d.views !== null ? [t('card.views', { views: num(d.views) })] : []),
          ...(d.engagements !== null ? [t('card.engagements', { engagements: num(d.engagements) })] : []),
          ...(d.costPerEngagement !== null && p.budget
            ? [t('card.cpe', { cost: money(d.costPerEngagement, p.budget.currency) })]
            : []),
        ];
  return {
    id: campaign.id,
    name: campaign.name,
    client: campaign.client || t('card.noClient'),
    dates,
    archived: campaign.archived,
    creators:
      p.target !== null
        ? t('card.creatorsOfTarget', { n: p.creators, target: p.target })
        : t('card.creators', { n: p.creators }),
    stages: CAMPAIGN_STAGES.filter((s) => p.byStage[s] > 0).map((s) => ({
      stage: s,
      label: t(`stage.${s}`),
      n: p.byStage[s],
    })),
    budget,
    budgetNotes,
    budgetShare: p.committedShare,
    overBudget,
    due: p.dueThisWeek.length > 0 ? t('card.dueThisWeek', { n: p.dueThisWeek.length }) : t('card.nothingDue'),
    overdue: p.overdue.length > 0 ? t('card.overdue', { n: p.overdue.length }) : null,
    delivered: deliveredParts.join(' · '),
    estimate: d.posts > 0 && !d.exact ? t('card.estimate') : null,
  };
}
