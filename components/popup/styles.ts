/** The popup's CSS: 360px wide, shared tokens and figures, plus its own layout. */
import { figuresCss, fitCss, popupSharedCss, tokensCss } from '@/components/shared/styles';

const popupOwnCss = `
html,body{margin:0;padding:0}
body{width:360px;min-height:200px;background:#ffffff}
@media (prefers-color-scheme:dark){body{background:#16181d}}
.ml-popup{display:flex;flex-direction:column;min-height:200px}
.ml-bar-top{display:flex;align-items:center;gap:8px;padding:10px 14px;border-bottom:1px solid var(--ml-border)}
.ml-logo{flex:none;width:22px;height:22px;border-radius:6px;background:var(--ml-accent);color:var(--ml-accent-fg);
  display:inline-flex;align-items:center;justify-content:center;font-weight:800;font-size:12px}
.ml-brand{font-weight:800;font-size:14px;letter-spacing:.01em}
.ml-main{padding:12px 14px;display:flex;flex-direction:column;gap:12px}
.ml-popup-foot{padding:10px 14px 14px;border-top:1px solid var(--ml-border);background:var(--ml-bg2)}
.ml-btn-block{width:100%}
.ml-creator{display:flex;flex-direction:column;gap:12px}
.ml-creator-head{display:flex;align-items:center;gap:10px;min-width:0}
.ml-avatar{flex:none;width:44px;height:44px;border-radius:999px;display:inline-flex;align-items:center;justify-content:center;
  font-weight:800;font-size:16px;color:#fff;background:hsl(var(--ml-hue,240) 55% 42%)}
.ml-who{flex:1;min-width:0;display:flex;flex-direction:column}
.ml-name{font-weight:750;font-size:15px}
.ml-handle{font-size:12px;color:var(--ml-muted)}
.ml-grid-3{grid-template-columns:1fr 1fr 1.15fr}
.ml-grid-3 [data-testid="ml-views-engagement"]{grid-column:1 / -1}
.ml-section{display:flex;flex-direction:column;gap:8px}
.ml-h{margin:0;font-size:11px;font-weight:750;letter-spacing:.05em;text-transform:uppercase;color:var(--ml-muted)}
.ml-actions{display:flex;flex-direction:column;gap:8px}
.ml-row{display:flex;align-items:flex-end;gap:8px}
.ml-grow{flex:1;min-width:0}
.ml-field{display:flex;flex-direction:column;gap:4px}
.ml-note-state{margin-inline-start:8px;font-weight:500;text-transform:none;letter-spacing:0;color:var(--ml-good)}
.ml-select,.ml-textarea{width:100%;border:1px solid var(--ml-border);border-radius:8px;background:var(--ml-bg);color:var(--ml-fg);
  padding:6px 8px;min-height:32px}
.ml-textarea{resize:vertical;min-height:64px}
.ml-signals{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:4px;font-size:12px}
.ml-signal{display:flex;gap:8px;align-items:baseline;overflow-wrap:anywhere}
.ml-signal-mark{flex:none;width:16px;height:16px;border-radius:999px;display:inline-flex;align-items:center;justify-content:center;
  font-size:10px;font-weight:800}
.ml-signal-ok .ml-signal-mark{background:var(--ml-good-bg);color:var(--ml-good)}
.ml-signal-watch .ml-signal-mark{background:var(--ml-fair-bg);color:var(--ml-fair)}
.ml-signal-concern .ml-signal-mark{background:var(--ml-bad-bg);color:var(--ml-bad)}
.ml-summary{display:flex;flex-direction:column;gap:8px}
.ml-hint{margin:0;padding:10px;border-radius:10px;background:var(--ml-accent-soft);font-size:12px}
.ml-total{margin:0;font-size:16px;font-weight:750}
.ml-status-list{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:1fr 1fr;gap:6px}
.ml-status-item{display:flex;align-items:center;justify-content:space-between;gap:6px;padding:6px 8px;border:1px solid var(--ml-border);border-radius:8px}
.ml-status-count{font-weight:750;font-variant-numeric:tabular-nums}
.ml-small{font-size:11px;margin:0}
.ml-creator>.ml-section{padding-top:12px;border-top:1px solid var(--ml-border)}
.ml-btn-quiet{border-color:transparent;background:transparent;color:var(--ml-muted);font-weight:600}
.ml-btn-quiet:hover{background:var(--ml-bad-bg);color:var(--ml-bad)}
.ml-fit-row{padding:6px 10px}
.ml-fit-list{gap:5px}
.ml-fit-row .ml-reasons{margin-top:4px}
.ml-fit-row .ml-link{padding:0}
.ml-creator{gap:8px}
.ml-creator>.ml-section{padding-top:8px}
.ml-popup-foot .ml-btn{color:var(--ml-accent)}
`;

export const popupCss = tokensCss + figuresCss + popupSharedCss + fitCss + popupOwnCss;
