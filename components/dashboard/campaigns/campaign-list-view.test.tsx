// @vitest-environment happy-dom
/**
 * The campaign list in English and Indonesian, on a fake worker answering
 * campaigns:overview with real progress figures (lib/campaigns/progress.ts).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EnvContext, makeEnv } from '@/components/dashboard/shared/env';
import { campaignProgress } from '@/lib/campaigns/progress';
import type { Lang } from '@/lib/i18n';
import type { CampaignRequest, CampaignResponseMap } from '@/lib/protocol/campaign-messages';
import type { CampaignSend, Send } from '@/lib/protocol/client';
import type { Campaign } from '@/lib/schema/campaign';
import { campaignIdFrom } from '@/lib/schema/campaign';
import { campaign, DAY, entry, figures, post, T0 } from '@/tests/support/campaigns/fixtures';
import { CampaignListView, localDay } from './campaign-list-view';

const RAMADAN = campaign();
const ARCHIVED: Campaign = campaign({
  id: campaignIdFrom('9'.repeat(12)),
  name: 'Lebaran 2026',
  client: '',
  archived: true,
  budget: null,
  startDate: null,
  endDate: null,
  targetCreators: null,
});

function overview(includeArchived: boolean, today: string): CampaignResponseMap['campaigns:overview'] {
  const entries = [
    entry('instagram:rina.makeup', {
      stage: 'agreed',
      fee: { amount: 8_000_000, currency: 'IDR' },
      deliverables: [{ id: 'r', kind: 'video', count: 2, due: ['2027-02-05', '2027-01-20'] }],
    }),
    entry('tiktok:bang.ozi.main', { stage: 'contacted' }),
    entry('tiktok:hijab.daily.salsa', { stage: 'agreed' }),
  ];
  const posts = [
    post('instagram:rina.makeup', 'instagram:R1', [
      figures(T0 + DAY, { views: 12_500, likes: 900, comments: 35 }),
    ]),
  ];
  const list = [{ campaign: RAMADAN, progress: campaignProgress(RAMADAN, entries, posts, today) }];
  if (includeArchived) list.push({ campaign: ARCHIVED, progress: campaignProgress(ARCHIVED, [], [], today) });
  return list;
}

let root: HTMLDivElement;
let log: CampaignRequest[];
let fail: string | null;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  log = [];
  fail = null;
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const send = (async (req: CampaignRequest) => {
  log.push(req);
  if (fail) throw new Error(fail);
  if (req.type !== 'campaigns:overview') throw new Error(`unexpected ${req.type}`);
  return overview(req.includeArchived ?? false, req.today);
}) as CampaignSend;

async function flush() {
  for (let i = 0; i < 3; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

async function mount(lang: Lang) {
  const env = makeEnv(send as unknown as Send, lang, () => T0);
  await act(async () => {
    render(
      <EnvContext.Provider value={env}>
        <CampaignListView send={send} />
      </EnvContext.Provider>,
      root,
    );
  });
  await flush();
}

const cards = () => [...root.querySelectorAll<HTMLElement>('[data-testid="ml-campaign-card"]')];
const text = (card: HTMLElement, id: string) =>
  card.querySelector(`[data-testid="${id}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('campaign list', () => {
  it('English: progress per campaign, asked for the user’s own day', async () => {
    await mount('en');
    expect(log).toEqual([{ type: 'campaigns:overview', today: localDay(T0), includeArchived: false }]);
    const [card] = cards();
    expect(cards()).toHaveLength(1);
    expect(card!.querySelector('h2')?.textContent).toBe('Ramadan 2027');
    expect(card!.textContent).toContain('Kopi Kenangan');
    expect(text(card!, 'ml-campaign-creators')).toBe('3 of 10 creators');
    expect([...card!.querySelectorAll('.ml-stage')].map((s) => s.textContent)).toEqual([
      'Contacted: 1',
      'Agreed: 2',
    ]);
    const budget = text(card!, 'ml-campaign-budget')!;
    expect(budget).toContain('of');
    expect(budget).toMatch(/8,000,000 of .*50,000,000 committed \(16%\)/);
    expect(budget).toContain('1 agreed creator has no fee yet');
    expect(Number(card!.querySelector('meter')?.getAttribute('value'))).toBeCloseTo(0.16, 10);
    expect(text(card!, 'ml-campaign-due')).toBe('1 deliverable due this week · 1 overdue');
    expect(text(card!, 'ml-campaign-delivered')).toMatch(
      /^1 post live · 12,500 views · 935 engagements · .*per engagement$/,
    );
  });

  it('Indonesian: natural words, Indonesian number formats', async () => {
    await mount('id');
    const [card] = cards();
    expect(root.querySelector('h1')?.textContent).toBe('Kampanye');
    expect(text(card!, 'ml-campaign-creators')).toBe('3 dari 10 kreator');
    expect([...card!.querySelectorAll('.ml-stage')].map((s) => s.textContent)).toEqual([
      'Dihubungi: 1',
      'Sepakat: 2',
    ]);
    expect(text(card!, 'ml-campaign-budget')).toMatch(
      /8\.000\.000 dari .*50\.000\.000 sudah dialokasikan \(16%\)/,
    );
    expect(text(card!, 'ml-campaign-budget')).toContain('1 kreator sudah sepakat tapi fee-nya belum diisi');
    expect(text(card!, 'ml-campaign-due')).toBe('1 konten jatuh tempo minggu ini · 1 lewat tenggat');
    expect(text(card!, 'ml-campaign-delivered')).toMatch(
      /^1 konten tayang · 12\.500 tayangan · 935 engagement/,
    );
    for (const english of ['creators', 'committed', 'due this week', 'views']) {
      expect(root.textContent).not.toContain(english);
    }
  });

  it('archived campaigns on request; a campaign without budget or client says so', async () => {
    await mount('en');
    const toggle = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    await act(async () => {
      toggle.click();
    });
    await flush();
    expect(log.at(-1)).toMatchObject({ type: 'campaigns:overview', includeArchived: true });
    const archived = cards().find((c) => c.textContent?.includes('Lebaran 2026'))!;
    expect(archived.textContent).toContain('Archived');
    expect(archived.textContent).toContain('No client set');
    expect(text(archived, 'ml-campaign-budget')).toBe('No budget set');
    expect(archived.querySelector('meter')).toBeNull();
    expect(text(archived, 'ml-campaign-delivered')).toBe('No posts live yet');
  });

  it('a failed load says why and tries again', async () => {
    fail = 'The local database failed';
    await mount('en');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('The local database failed');
    fail = null;
    await act(async () => {
      root.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    });
    await flush();
    expect(cards()).toHaveLength(1);
  });

  it('hostile names stay text', async () => {
    const evil = campaign({ name: '<img src=x onerror=alert(1)>', client: '"><script>alert(1)</script>' });
    const hostile = (async () => [
      { campaign: evil, progress: campaignProgress(evil, [], [], '2027-02-03') },
    ]) as unknown as CampaignSend;
    const env = makeEnv(hostile as unknown as Send, 'en', () => T0);
    await act(async () => {
      render(
        <EnvContext.Provider value={env}>
          <CampaignListView send={hostile} />
        </EnvContext.Provider>,
        root,
      );
    });
    await flush();
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('h2')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
