/**
 * The default rate card for "Restore defaults". The one place the dashboard
 * depends on it. Interim: the store's fresh-install card until
 * lib/cost/rate-card.ts (DEFAULT_RATE_CARD) lands; then re-export that.
 */
import { defaultSettings } from '../../lib/store/default-settings';

export const DEFAULT_RATES = defaultSettings().rateCard;
