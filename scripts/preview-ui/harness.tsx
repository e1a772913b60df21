/**
 * A static page that renders the overlay and the popup with sample views, for
 * screenshots (scripts/preview-ui.ts). The overlay sits in an open shadow root
 * on a mock site page, as on Instagram/TikTok; the popup at its real width.
 * Query: ?ui=overlay|popup&lang=en|id&sample=ig|tiktok|unknown|pending|summary&mode=shown|collapsed&details=1
 */
import { render } from 'preact';
import { provisionalCard } from '@/components/overlay/provisional-card';
import { type OverlayMode, renderCard } from '@/components/overlay/render-card';
import { overlayCss } from '@/components/overlay/styles';
import type { PopupDeps } from '@/components/popup/load-popup';
import { PopupApp } from '@/components/popup/popup-app';
import { popupCss } from '@/components/popup/styles';
import type { Lang } from '@/lib/i18n';
import { buildOverlayCard } from '@/lib/overlay-card/build-card';
import { cardLabels } from '@/lib/overlay-card/labels';
import type { Send } from '@/lib/protocol/client';
import type { CreatorView } from '@/lib/schema/views';
import {
  NOW,
  sampleReading,
  sampleTiktokReading,
  sampleTiktokView,
  sampleUnknownView,
  sampleView,
} from '@/tests/support/ui-sample-views';

const q = new URLSearchParams(location.search);
const lang = (q.get('lang') ?? 'en') as Lang;
const sample = q.get('sample') ?? 'ig';
const mode = (q.get('mode') ?? 'shown') as OverlayMode;
let details = q.get('details') === '1';

function pick(): { reading: ReturnType<typeof sampleReading>; view: CreatorView | null } {
  if (sample === 'tiktok') return { reading: sampleTiktokReading(), view: sampleTiktokView() };
  if (sample === 'unknown') return { reading: sampleReading(), view: sampleUnknownView() };
  if (sample === 'pending') return { reading: sampleTiktokReading(), view: null };
  if (sample === 'saved')
    return {
      reading: sampleReading(),
      view: sampleView({
        entry: {
          creatorKey: 'instagram:sari.kuliner',
          status: 'negotiating',
          notes: 'Quoted Rp 1.500.000 per reel, replies fast on WhatsApp.',
          tags: [],
          rate: null,
          addedAt: NOW,
          updatedAt: NOW,
        },
      }),
    };
  return { reading: sampleReading(), view: sampleView() };
}

const send = (async (req: { type: string }) => {
  const { view } = pick();
  switch (req.type) {
    case 'settings:get':
      return {
        language: lang,
        overlay: { instagram: sample === 'summary' ? 'hidden' : 'shown', tiktok: 'shown' },
      };
    case 'creator:get':
      return sample === 'summary' ? null : view;
    case 'shortlist:summary':
      return {
        total: 42,
        byStatus: { saved: 30, contacted: 7, negotiating: 0, active: 3, done: 2, rejected: 0 },
        creatorsKnown: 10_000,
      };
    default:
      return view;
  }
}) as unknown as Send;

const app = document.getElementById('app')!;
if (q.get('ui') === 'popup') {
  document.body.className = 'popup';
  const style = document.createElement('style');
  style.textContent = popupCss;
  document.head.append(style);
  const { reading } = pick();
  const deps: PopupDeps = {
    send,
    activeTabUrl: async () => (sample === 'summary' ? 'https://www.instagram.com/explore/' : reading.url),
    openDashboard: () => {},
    languages: [lang],
  };
  render(<PopupApp deps={deps} />, app);
} else {
  document.body.className = `site site-${sample === 'tiktok' || sample === 'pending' ? 'tiktok' : 'instagram'}`;
  const host = document.createElement('microlens-overlay');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = overlayCss;
  const dock = document.createElement('div');
  dock.className = 'ml-root ml-dock';
  shadow.append(style, dock);
  // The card as the worker words it, or the page's provisional one while it computes.
  const { reading, view } = pick();
  const card = view
    ? buildOverlayCard({ reading, view, lang, now: NOW })
    : provisionalCard(reading, cardLabels(lang), { recording: true });
  const paint = (m: OverlayMode) => {
    const root = renderCard(
      card,
      { mode: m, details, busy: false, saveError: null },
      {
        onMode: paint,
        onDetails: (open) => {
          details = open;
          paint(m);
        },
        onSave: () => {},
      },
    );
    dock.replaceChildren(...(root ? [root] : []));
  };
  paint(mode);
}
