/**
 * The overlay's own CSS, injected inline into its shadow root. Placement:
 * fixed at the right edge, above the bottom corner where Instagram's Messages
 * button and TikTok's "Get app"/back-to-top buttons sit, clear of Instagram's
 * left navigation and both sites' top bars. Neither site leaves a gutter wide
 * enough for a card at 1280-1440 px, so the card is compact by default (about
 * 360 px tall, 288 px wide) and covers part of one grid column at most; the
 * rest of the figures open on demand. Pixel units because the page's root
 * font size is not ours.
 */
import { figuresCss, tokensCss } from '@/components/shared/styles';

const overlayOwnCss = `
.ml-dock.ml-root{background:transparent}
.ml-dock{position:fixed;right:16px;bottom:112px;z-index:2147483000;max-width:calc(100vw - 32px)}
.ml-card{width:288px;max-height:calc(100vh - 180px);overflow:auto;padding:12px 14px 12px;border:1px solid var(--ml-border);
  border-radius:14px;box-shadow:var(--ml-shadow);display:flex;flex-direction:column;gap:10px;background:var(--ml-bg)}
.ml-head{display:flex;align-items:center;gap:8px;min-width:0}
.ml-logo{flex:none;width:24px;height:24px;border-radius:7px;background:var(--ml-accent);color:var(--ml-accent-fg);
  display:inline-flex;align-items:center;justify-content:center;font-weight:800;font-size:13px}
.ml-who{flex:1;min-width:0;display:flex;flex-direction:column}
.ml-name{font-weight:700;font-size:14px;line-height:1.25;overflow:hidden;overflow-wrap:anywhere;
  display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical}
.ml-handle{font-size:12px;color:var(--ml-muted)}
.ml-more{align-self:flex-start;margin:-4px 0 -2px;padding:2px 0;border:0;background:none;color:var(--ml-accent);
  cursor:pointer;font-size:12px;font-weight:600}
.ml-more::after{content:" ▾"}
.ml-more[aria-expanded="true"]::after{content:" ▴"}
.ml-foot{display:flex;align-items:center;gap:8px;padding-top:8px;border-top:1px solid var(--ml-border)}
.ml-notice{margin:0;font-size:11px;line-height:1.35;color:var(--ml-muted);white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.ml-fresh{flex:1;min-width:0;font-size:11px;color:var(--ml-muted)}
.ml-fit-brief{font-size:11px;color:var(--ml-muted)}
.ml-pill{display:inline-flex;align-items:center;gap:8px;max-width:260px;padding:6px 12px 6px 6px;border-radius:999px;
  border:1px solid var(--ml-border);background:var(--ml-bg);color:var(--ml-fg);box-shadow:var(--ml-shadow);cursor:pointer;
  font-weight:700;font-variant-numeric:tabular-nums}
.ml-pill .ml-logo{width:22px;height:22px;border-radius:999px}
.ml-pill-text{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.ml-pill-saved{color:var(--ml-good)}
`;

export const overlayCss = tokensCss + figuresCss + overlayOwnCss;
