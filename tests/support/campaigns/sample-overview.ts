/**
 * A campaign list to look at (dashboard preview and tests): three campaigns of
 * an Indonesian agency at different points, with real progress figures
 * computed by lib/campaigns/progress.ts from invented records.
 */
import { campaignProgress } from '@/lib/campaigns/progress';
import type { CampaignResponseMap } from '@/lib/protocol/campaign-messages';
import { campaignIdFrom } from '@/lib/schema/campaign';
import { campaign, DAY, entry, figures, post, T0 } from './fixtures';

/** The calendar day `days` after `today`. */
function shift(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

export function sampleOverview(
  today: string,
  includeArchived = false,
): CampaignResponseMap['campaigns:overview'] {
  const ramadan = campaign({ targetCreators: 16, startDate: shift(today, -20), endDate: shift(today, 40) });
  const sekolah = campaign({
    id: campaignIdFrom('5'.repeat(12)),
    name: 'Back to school — alat tulis',
    client: 'Joyko',
    budget: { amount: 2_500, currency: 'USD' },
    startDate: shift(today, -30),
    endDate: shift(today, 10),
    targetCreators: 8,
  });
  const lebaran = campaign({
    id: campaignIdFrom('7'.repeat(12)),
    name: 'Lebaran 2026',
    client: 'Wardah',
    archived: true,
    budget: { amount: 30_000_000, currency: 'IDR' },
    startDate: '2026-03-01',
    endDate: '2026-04-15',
  });
  const stages = ['saved', 'contacted', 'negotiating', 'agreed', 'content-live', 'done', 'declined'] as const;
  const ramadanEntries = Array.from({ length: 14 }, (_, i) =>
    entry(`instagram:creator_${i}`, {
      stage: stages[i % stages.length],
      fee:
        i % stages.length >= 3 && i % stages.length <= 5
          ? { amount: 3_500_000 + i * 100_000, currency: 'IDR' }
          : null,
      // Due dates around today, so the preview shows work due this week and some overdue.
      deliverables: [
        { id: 'r', kind: 'video', count: 2, due: [shift(today, (i % 4) - 2), shift(today, 14)] },
      ],
    }),
  );
  const ramadanPosts = [
    post('instagram:creator_4', 'instagram:A1', [
      figures(T0 - 3 * DAY, { views: 8_000, likes: 600, comments: 40 }),
      figures(T0, { views: 21_000, likes: 1_350, comments: 88 }),
    ]),
    post('instagram:creator_5', 'instagram:A2', [figures(T0, { views: 15_200, likes: 980, comments: 61 })]),
  ];
  const sekolahEntries = [
    entry('tiktok:bang.ozi.main', {
      campaignId: sekolah.id,
      stage: 'agreed',
      fee: { amount: 1_800, currency: 'USD' },
    }),
    entry('tiktok:hijab.daily.salsa', {
      campaignId: sekolah.id,
      stage: 'agreed',
      fee: { amount: 900, currency: 'USD' },
    }),
    entry('instagram:kopi.kelana', { campaignId: sekolah.id, stage: 'negotiating' }),
  ];
  const list = [
    { campaign: ramadan, progress: campaignProgress(ramadan, ramadanEntries, ramadanPosts, today) },
    { campaign: sekolah, progress: campaignProgress(sekolah, sekolahEntries, [], today) },
  ];
  if (includeArchived) list.push({ campaign: lebaran, progress: campaignProgress(lebaran, [], [], today) });
  return list;
}
