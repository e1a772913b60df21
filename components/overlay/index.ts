export { createOverlay, OVERLAY_TAG, type OverlayController } from './create-overlay';
export type { OverlayMode } from './render-card';
