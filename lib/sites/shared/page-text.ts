/**
 * Reading text off a page the way the user sees it, for both sites.
 */
import { type Lang, langOf } from './shown-count';

/** Elements whose text the user never sees: their content is code or styling, not page text. */
const UNSEEN = new Set(['STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE']);

/**
 * An element's text without what is inside <style>, <script>, <noscript> and
 * <template> (a 2023 TikTok bio link's textContent began with its CSS rules),
 * whitespace collapsed; null when empty.
 */
export function visibleText(el: Element | null | undefined): string | null {
  if (!el) return null;
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !UNSEEN.has((child as Element).tagName.toUpperCase())) {
        walk(child);
        out += ' ';
      }
      if (out.length > 20_000) return;
    }
  };
  if (UNSEEN.has(el.tagName.toUpperCase())) return null;
  walk(el);
  const t = out.replace(/\s+/g, ' ').trim();
  return t.length > 0 ? t : null;
}

/** The interface language the page declares (`<html lang>`), or null when it is not one we read. */
export function pageLang(root: Document): Lang | null {
  return langOf(root.documentElement?.getAttribute('lang'));
}

/** A meta tag's content, trimmed; null when absent or empty. */
export function metaContent(root: Document, selector: string): string | null {
  const v = root.querySelector(selector)?.getAttribute('content');
  return v && v.trim().length > 0 ? v.trim().slice(0, 5_000) : null;
}
