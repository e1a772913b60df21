/**
 * The campaign list: every campaign with its progress (creators per stage
 * against the target, budget committed against the budget, deliverables due
 * this week, posts live). Reads `campaigns:overview` from the worker; the words
 * come from card-model.ts.
 */
import './campaigns.css';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorText, useEnv } from '@/components/dashboard/shared/env';
import { ErrorBanner, LoadingSkeleton } from '@/components/dashboard/shared/load-states';
import { createT } from '@/lib/i18n';
import { campaignStrings } from '@/lib/i18n/strings/campaigns';
import type { CampaignSend } from '@/lib/protocol/client';
import { type CampaignCard, campaignCard } from './card-model';

/** The user's calendar day (local time), as the worker's progress expects it. */
export function localDay(now: number): string {
  const d = new Date(now);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

interface Props {
  send: CampaignSend;
}

export function CampaignListView({ send }: Props) {
  const { lang, now } = useEnv();
  const t = createT(lang, campaignStrings);
  const [showArchived, setShowArchived] = useState(false);
  const [cards, setCards] = useState<CampaignCard[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      const overview = await send({
        type: 'campaigns:overview',
        today: localDay(now()),
        includeArchived: showArchived,
      });
      setCards(overview.map(({ campaign, progress }) => campaignCard(campaign, progress, lang)));
    } catch (e) {
      setError(errorText(e));
    }
  }, [send, now, lang, showArchived]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section class="ml-section" aria-labelledby="ml-campaigns-h">
      <div class="ml-toolbar">
        <h1 id="ml-campaigns-h" class="ml-h1">
          {t('list.title')}
        </h1>
        <label class="ml-check">
          <input
            type="checkbox"
            checked={showArchived}
            onChange={(e) => setShowArchived((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {t('list.showArchived')}
        </label>
      </div>
      <p class="ml-intro">{t('list.intro')}</p>
      {error !== null ? (
        <ErrorBanner message={error} onRetry={() => void load()} />
      ) : cards === null ? (
        <LoadingSkeleton />
      ) : cards.length === 0 ? (
        <p class="ml-empty">{t('list.empty')}</p>
      ) : (
        <ul class="ml-cards ml-campaigns" aria-label={t('list.label')}>
          {cards.map((card) => (
            <CampaignCardView
              key={card.id}
              card={card}
              archivedWord={t('list.archived')}
              stagesLabel={t('card.stagesLabel')}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function CampaignCardView({
  card,
  archivedWord,
  stagesLabel,
}: {
  card: CampaignCard;
  archivedWord: string;
  stagesLabel: string;
}) {
  const share = card.budgetShare === null ? null : Math.min(1, Math.max(0, card.budgetShare));
  return (
    <li class="ml-card ml-campaign" data-testid="ml-campaign-card" data-campaign={card.id}>
      <div class="ml-card-main">
        <h2 class="ml-card-title">
          <bdi>{card.name}</bdi>
          {card.archived ? <span class="ml-pill ml-pill-muted"> {archivedWord}</span> : null}
        </h2>
        <p class="ml-campaign-meta">
          <bdi>{card.client}</bdi>
          {card.dates ? <span> · {card.dates}</span> : null}
        </p>
        <p class="ml-campaign-creators" data-testid="ml-campaign-creators">
          {card.creators}
        </p>
        {card.stages.length > 0 ? (
          <ul class="ml-campaign-stages" aria-label={stagesLabel}>
            {card.stages.map((s) => (
              <li key={s.stage} class={`ml-stage ml-stage-${s.stage}`}>
                {s.label}: <strong>{s.n}</strong>
              </li>
            ))}
          </ul>
        ) : null}
        <div class="ml-campaign-budget" data-testid="ml-campaign-budget">
          <p>{card.budget}</p>
          {share !== null ? (
            <meter
              class={`ml-meter${card.overBudget ? ' ml-meter-over' : ''}`}
              min={0}
              max={1}
              value={share}
              aria-label={card.budget}
            />
          ) : null}
          {card.budgetNotes.map((note) => (
            <p key={note} class="ml-hint">
              {note}
            </p>
          ))}
        </div>
        <p class="ml-campaign-due" data-testid="ml-campaign-due">
          {card.due}
          {card.overdue ? <span class="ml-overdue"> · {card.overdue}</span> : null}
        </p>
        <p class="ml-campaign-delivered" data-testid="ml-campaign-delivered">
          {card.delivered}
          {card.estimate ? <span class="ml-hint"> ({card.estimate})</span> : null}
        </p>
      </div>
    </li>
  );
}
