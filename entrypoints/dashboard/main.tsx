/** The dashboard page: mounts the Preact app with the real message client. */
import { render } from 'preact';
import { DashboardApp } from '@/components/dashboard/app';
import { mountDashboardStyles } from '@/components/dashboard/styles';
import { send } from '@/components/shared/send';

mountDashboardStyles(document);
render(<DashboardApp send={send} browserLanguages={navigator.languages} />, document.getElementById('app')!);
