/** Puts the shared colour tokens and figure styles on the page; dashboard.css is bundled by Vite. */
import './dashboard.css';
import { figuresCss, fitCss, tokensCss } from '@/components/shared/styles';

export function mountDashboardStyles(doc: Document): void {
  if (doc.getElementById('ml-shared-css')) return;
  const style = doc.createElement('style');
  style.id = 'ml-shared-css';
  // Static CSS strings from our own source, never page data.
  style.textContent = tokensCss + figuresCss + fitCss;
  doc.head.prepend(style);
}
