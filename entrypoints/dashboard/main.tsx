/** The dashboard page: mounts the Preact app with the real message client. */
// First: zod must never evaluate code (see lib/schema/zod-jitless.ts).
import '@/lib/schema/zod-jitless';
import { render } from 'preact';
import { DashboardApp } from '@/components/dashboard/app';
import { mountDashboardStyles } from '@/components/dashboard/shared/styles';
import { send } from '@/components/shared/send';

mountDashboardStyles(document);
render(<DashboardApp send={send} browserLanguages={navigator.languages} />, document.getElementById('app')!);
