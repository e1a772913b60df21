export { createOverlay, OVERLAY_TAG, type OverlayController, type OverlayState } from './create-overlay';
export type { OverlayMode } from './render-card';
