/**
 * Screenshot preview: the real dashboard components with the mock worker.
 * Query: ?lang=en|id&tab=shortlist|briefs|planner|settings|backup&open=<key>&rows=N
 */
import { render } from 'preact';
import { DashboardApp, type Tab } from '@/components/dashboard/app';
import { mountDashboardStyles } from '@/components/dashboard/shared/styles';
import type { CreatorKey } from '@/lib/schema/creator';
import { NOW } from '@/tests/support/dashboard/fake-views';
import { mockSend } from './mock-send';

const q = new URLSearchParams(location.search);
const lang = q.get('lang') === 'id' ? 'id-ID' : 'en-US';
mountDashboardStyles(document);
render(
  <DashboardApp
    send={mockSend({ rows: Number(q.get('rows') ?? 240) })}
    browserLanguages={[lang]}
    now={() => NOW}
    initialTab={(q.get('tab') as Tab | null) ?? 'shortlist'}
    initialOpen={(q.get('open') as CreatorKey | null) ?? undefined}
  />,
  document.getElementById('app')!,
);
