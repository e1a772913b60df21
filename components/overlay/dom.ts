/**
 * The overlay's whole rendering toolkit: elements built with createElement and
 * text nodes, so no page-supplied string is ever parsed as markup. A UI
 * library would add ~11 KB to every Instagram and TikTok page for one small
 * card that repaints a handful of times per visit.
 */
export type Attrs = Record<string, string | null | undefined | false>;
export type Child = Node | string | null | undefined | false;

/** `<tag attrs>children</tag>`: null, undefined or false attributes and children are left out. */
export function h(tag: string, attrs: Attrs | null, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  for (const child of children) if (child != null && child !== false) el.append(child);
  return el;
}

function setAttrs(el: Element, attrs: Attrs | null): void {
  if (!attrs) return;
  for (const [name, value] of Object.entries(attrs)) {
    if (value != null && value !== false) el.setAttribute(name, value);
  }
}

const SVG = 'http://www.w3.org/2000/svg';

/** A 16×16 stroked icon (collapse, close): decorative, its button carries the label. */
export function icon(path: string): SVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  setAttrs(svg, { viewBox: '0 0 16 16', 'aria-hidden': 'true' });
  const p = document.createElementNS(SVG, 'path');
  p.setAttribute('d', path);
  svg.append(p);
  return svg;
}

/** A button that acts on click (the shadow root already drops clicks a page script made). */
export function button(attrs: Attrs, onClick: () => void, ...children: Child[]): HTMLButtonElement {
  const b = h('button', { type: 'button', ...attrs }, ...children) as HTMLButtonElement;
  b.addEventListener('click', onClick);
  return b;
}
