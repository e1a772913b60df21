/**
 * The figure wording (text plus hover note, or the reason a figure is unknown)
 * lives in lib/i18n/shown.ts, where the worker's overlay card model uses it
 * too; the popup and dashboard keep importing it from here.
 */
export * from '@/lib/i18n/shown';
