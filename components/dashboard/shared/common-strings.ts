/** The shared (common) strings and tier labels, re-exported for dashboard components. */
export { t } from '../../lib/i18n';
export { tierLabel } from '../shared/figures';
