/**
 * CSS shared by the overlay (inside its shadow root) and the popup: colour
 * tokens with a dark scheme, figures, chips; badges and fit rows for the
 * popup only. Plain strings so the overlay injects its part inline and loads
 * nothing from the network.
 */
export const tokensCss = `
.ml-root{
  --ml-bg:#ffffff;--ml-bg2:#f6f7f9;--ml-fg:#111827;--ml-muted:#4b5563;--ml-border:#dfe3e8;
  --ml-accent:#4338ca;--ml-accent-fg:#ffffff;--ml-accent-soft:#eef2ff;--ml-focus:#2563eb;
  --ml-good:#15803d;--ml-good-bg:#dcfce7;--ml-fair:#a16207;--ml-fair-bg:#fef9c3;
  --ml-bad:#b91c1c;--ml-bad-bg:#fee2e2;--ml-info:#1d4ed8;--ml-info-bg:#dbeafe;
  --ml-shadow:0 8px 28px rgba(15,23,42,.18),0 1px 3px rgba(15,23,42,.12);
  color:var(--ml-fg);background:var(--ml-bg);
  font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;
  -webkit-font-smoothing:antialiased;text-align:start;
}
@media (prefers-color-scheme:dark){.ml-root{
  --ml-bg:#16181d;--ml-bg2:#1f232a;--ml-fg:#f3f4f6;--ml-muted:#c2c8d0;--ml-border:#353b45;
  --ml-accent:#a5b4fc;--ml-accent-fg:#111827;--ml-accent-soft:#272c48;--ml-focus:#93c5fd;
  --ml-good:#86efac;--ml-good-bg:#12361f;--ml-fair:#fde68a;--ml-fair-bg:#3b300d;
  --ml-bad:#fca5a5;--ml-bad-bg:#451616;--ml-info:#93c5fd;--ml-info-bg:#172a4d;
  --ml-shadow:0 8px 28px rgba(0,0,0,.55),0 1px 3px rgba(0,0,0,.4);
}}
.ml-root *,.ml-root *::before,.ml-root *::after{box-sizing:border-box}
.ml-sr{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.ml-trunc{display:block;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
bdi,.ml-iso{unicode-bidi:isolate}
.ml-muted{color:var(--ml-muted)}
.ml-root button{font:inherit}
.ml-root :focus{outline:none}
.ml-root :focus-visible{outline:2px solid var(--ml-focus);outline-offset:2px;border-radius:6px}
.ml-btn{display:inline-flex;align-items:center;justify-content:center;gap:6px;min-height:32px;padding:6px 12px;
  border-radius:8px;border:1px solid var(--ml-border);background:var(--ml-bg);color:var(--ml-fg);font-weight:600;cursor:pointer}
.ml-btn:hover{background:var(--ml-bg2)}
.ml-btn:disabled{opacity:.55;cursor:default}
.ml-btn-primary{background:var(--ml-accent);border-color:var(--ml-accent);color:var(--ml-accent-fg)}
.ml-btn-primary:hover{background:var(--ml-accent);filter:brightness(1.08)}
.ml-btn-primary[aria-pressed="true"]{background:var(--ml-good-bg);border-color:var(--ml-good);color:var(--ml-good)}
.ml-icon-btn{display:inline-flex;align-items:center;justify-content:center;width:28px;height:28px;padding:0;border:0;
  border-radius:6px;background:transparent;color:var(--ml-muted);cursor:pointer;line-height:1}
.ml-icon-btn svg{width:16px;height:16px;stroke:currentColor;stroke-width:2;fill:none;stroke-linecap:round}
.ml-icon-btn:hover{background:var(--ml-bg2);color:var(--ml-fg)}
.ml-error{margin:0;padding:6px 8px;border-radius:6px;background:var(--ml-bad-bg);color:var(--ml-bad);font-size:12px;overflow-wrap:anywhere}
`;

export const figuresCss = `
.ml-grid{display:grid;grid-template-columns:1fr 1fr;gap:10px 12px;margin:0}
.ml-metric{min-width:0}
.ml-metric.ml-wide{grid-column:1 / -1}
.ml-label{margin:0;font-size:11px;font-weight:600;letter-spacing:.02em;color:var(--ml-muted);text-transform:uppercase}
.ml-value-row{margin:2px 0 0;display:flex;flex-wrap:wrap;align-items:center;gap:6px;min-width:0}
.ml-value{font-size:17px;font-weight:700;font-variant-numeric:tabular-nums;overflow-wrap:anywhere}
.ml-quiet .ml-value{font-size:13px;font-weight:600;color:var(--ml-muted)}
.ml-unknown{font-size:13px;font-weight:600;color:var(--ml-muted);text-decoration:underline dotted;text-underline-offset:3px;cursor:help}
.ml-pending{font-size:13px;color:var(--ml-muted);font-style:italic}
.ml-sub{margin:1px 0 0;font-size:11px;color:var(--ml-muted);overflow:hidden;overflow-wrap:anywhere;
  display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical}
.ml-chip{display:inline-block;padding:1px 7px;border-radius:999px;font-size:11px;font-weight:700;line-height:18px;white-space:nowrap}
.ml-band-low{background:var(--ml-fair-bg);color:var(--ml-fair)}
.ml-band-typical{background:var(--ml-info-bg);color:var(--ml-info)}
.ml-band-high{background:var(--ml-good-bg);color:var(--ml-good)}
.ml-band-unusually-high{background:var(--ml-bad-bg);color:var(--ml-bad)}
`;

/**
 * Popup-only pieces, kept out of the overlay's shadow root (and its content
 * script): status badges, text buttons, form controls.
 */
export const popupSharedCss = `
.ml-root select,.ml-root textarea{font:inherit}
.ml-link{border:0;background:none;padding:2px 0;color:var(--ml-accent);cursor:pointer;font-size:12px;font-weight:600}
.ml-badge{display:inline-block;padding:1px 7px;border-radius:999px;font-size:11px;font-weight:700;line-height:18px;white-space:nowrap}
.ml-badge{background:var(--ml-bg2);color:var(--ml-muted);border:1px solid var(--ml-border)}
.ml-status-saved,.ml-status-active{background:var(--ml-accent-soft);color:var(--ml-accent);border-color:transparent}
.ml-status-contacted,.ml-status-negotiating{background:var(--ml-info-bg);color:var(--ml-info);border-color:transparent}
.ml-status-done{background:var(--ml-good-bg);color:var(--ml-good);border-color:transparent}
.ml-status-rejected{background:var(--ml-bad-bg);color:var(--ml-bad);border-color:transparent}
`;

export const fitCss = `
.ml-fit-list{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:10px}
.ml-fit-row{padding:10px;border:1px solid var(--ml-border);border-radius:10px;background:var(--ml-bg)}
.ml-fit-head{display:flex;align-items:baseline;gap:8px}
.ml-fit-name{flex:1;min-width:0;font-weight:650;overflow-wrap:anywhere}
.ml-fit-badges{margin-top:2px}
.ml-fit-miss{flex:none;padding:0 7px;border-radius:999px;font-size:11px;font-weight:700;line-height:18px;white-space:nowrap;
  background:var(--ml-bad-bg);color:var(--ml-bad)}
.ml-fit-score{font-weight:800;font-size:16px;font-variant-numeric:tabular-nums}
/* Colour only for meaningful scores: a low score is grey, not an alarm (the reasons say why). */
.ml-fit-good{color:var(--ml-good)}.ml-fit-fair{color:var(--ml-fair)}.ml-fit-poor{color:var(--ml-muted)}
.ml-bar{height:6px;margin:6px 0 4px;border-radius:999px;background:var(--ml-bg2);overflow:hidden}
.ml-bar-fill{display:block;height:100%;border-radius:999px;background:currentColor}
.ml-reasons{list-style:none;margin:6px 0 2px;padding:0;display:flex;flex-direction:column;gap:3px;font-size:12px}
.ml-reason{display:flex;gap:6px;align-items:baseline;overflow-wrap:anywhere}
.ml-reason-mark{width:10px;flex:none;font-weight:800;text-align:center}
.ml-reason-positive .ml-reason-mark{color:var(--ml-good)}
.ml-reason-negative .ml-reason-mark,.ml-reason-hard .ml-reason-mark{color:var(--ml-bad)}
.ml-reason-info .ml-reason-mark{color:var(--ml-muted)}
.ml-hard{color:var(--ml-bad);font-weight:600}
`;
