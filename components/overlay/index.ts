export { createOverlay, OVERLAY_TAG, type OverlayController } from './create-overlay';
export type { OverlayMode } from './OverlayApp';
export type { OverlayState } from './overlay-figures';
