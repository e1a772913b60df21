/**
 * One page that renders the real popup or the real dashboard (each view) with
 * fake data and no extension runtime, for the screen-size test
 * (tests/browser/screens.test.ts). Bundled by esbuild; the test drives it by query:
 *   ?ui=popup&lang=en|id            the popup on an Instagram creator with five briefs
 *   ?ui=dashboard&lang=en|id&tab=shortlist|briefs|planner|settings|backup[&open=first|<key>][&rows=N][&briefs=0]
 */
import { render } from 'preact';
import { DashboardApp, type Tab } from '@/components/dashboard/app';
import { mountDashboardStyles } from '@/components/dashboard/shared/styles';
import type { PopupDeps } from '@/components/popup/load-popup';
import { PopupApp } from '@/components/popup/popup-app';
import { popupCss } from '@/components/popup/styles';
import type { Send } from '@/lib/protocol/client';
import type { CreatorKey } from '@/lib/schema/creator';
import type { FitResult } from '@/lib/schema/fit';
import { fakeView, NOW } from '@/tests/support/dashboard/fake-views';
import { mockSend } from '@/tests/support/preview/dashboard/mock-send';
import { sampleReading, sampleView } from '@/tests/support/ui-sample-views';

const q = new URLSearchParams(location.search);
const lang = q.get('lang') === 'id' ? 'id' : 'en';
const app = document.getElementById('app')!;
document.documentElement.lang = lang;

/** Five briefs, long names, two that miss a must-have: what made the popup's badges cut names. */
function popupFits(): FitResult[] {
  const base = sampleView().fits;
  const miss = base[1]!.reasons;
  return [
    ...base,
    { briefId: 'b-lokal', briefName: 'Skincare lokal — Jabodetabek Q2', score: 64, reasons: miss },
    { briefId: 'b-travel', briefName: 'Travel hemat akhir tahun', score: 71, reasons: base[0]!.reasons },
    { briefId: 'b-coffee', briefName: 'Coffee shop openings', score: 35, reasons: miss },
  ];
}

if (q.get('ui') === 'popup') {
  const style = document.createElement('style');
  style.textContent = popupCss;
  document.head.append(style);
  const view = sampleView({
    fits: popupFits(),
    entry: {
      creatorKey: 'instagram:sari.kuliner',
      status: 'negotiating',
      notes: 'Quoted Rp 1.500.000 per reel, replies fast on WhatsApp.',
      tags: [],
      rate: null,
      addedAt: NOW,
      updatedAt: NOW,
    },
  });
  const send = (async (req: { type: string }) => {
    if (req.type === 'settings:get')
      return { language: lang, overlay: { instagram: 'shown', tiktok: 'shown' } };
    return view;
  }) as unknown as Send;
  const deps: PopupDeps = {
    send,
    activeTabUrl: async () => sampleReading().url,
    openDashboard: () => {},
    languages: [lang],
    // Present so the popup shows its "Report this page" link (never clicked here).
    askActiveTab: async () => null,
    saveFile: () => {},
  };
  render(<PopupApp deps={deps} />, app);
} else {
  // The dashboard's stylesheet (dashboard.css, bundled next to this script) only on dashboard
  // screens: its class names would restyle the popup.
  const sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = './harness.css';
  document.head.append(sheet);
  sheet.addEventListener('load', () => {
    app.classList.add('ml-root');
    mountDashboardStyles(document);
    render(
      <DashboardApp
        send={mockSend({
          rows: Number(q.get('rows') ?? 60),
          ...(q.get('briefs') === '0' ? { briefs: [] } : {}),
        })}
        browserLanguages={[lang === 'id' ? 'id-ID' : 'en-US']}
        now={() => NOW}
        initialTab={(q.get('tab') as Tab | null) ?? 'shortlist'}
        initialOpen={
          q.get('open') === 'first'
            ? fakeView(0).creator.key
            : ((q.get('open') as CreatorKey | null) ?? undefined)
        }
      />,
      app,
    );
  });
}
