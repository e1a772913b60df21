/**
 * DOM checks for the screen-size test, run inside the page (page.evaluate):
 * each function is self-contained, since Playwright sends its source text.
 */
import type { Page } from 'playwright-core';

/**
 * Chips, badges, statuses and best-fit briefs whose text does not fit their box
 * (scrollWidth > clientWidth), and any other ellipsis-cut text that has no
 * title carrying the full text. A <select> is measured by its chosen option; a chip
 * that sticks out of its table cell counts as cut too.
 */
export function cutText(): string[] {
  // Table cells too: a cell clips what does not fit, with no ellipsis to show it.
  const MUST_FIT =
    '.ml-chip, .ml-badge, .ml-fit-miss, .ml-status-select, .ml-bestfit-name, .ml-tag, .ml-sort-label, .ml-row .ml-cell';
  const problems: string[] = [];
  const canvas = document.createElement('canvas').getContext('2d')!;
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && !el.closest('.ml-sr, [hidden]');
  };
  for (const el of document.querySelectorAll<HTMLElement>('body *')) {
    if (!visible(el)) continue;
    const cs = getComputedStyle(el);
    const must = el.matches(MUST_FIT);
    let cut = false;
    let text = (el.textContent ?? '').trim().slice(0, 60);
    if (el instanceof HTMLSelectElement) {
      if (!must) continue;
      const option = el.selectedOptions[0];
      text = option?.textContent?.trim() ?? '';
      canvas.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const room = el.clientWidth - Number.parseFloat(cs.paddingLeft) - Number.parseFloat(cs.paddingRight);
      // A native select draws its arrow inside the padding box unless the page styles it away.
      const arrow = cs.appearance === 'none' ? 0 : 20;
      cut = canvas.measureText(text).width > room - arrow + 1;
    } else if (cs.display !== 'inline' && el.clientWidth > 0) {
      const clips = cs.overflowX !== 'visible' || cs.textOverflow === 'ellipsis';
      cut = clips && el.scrollWidth > el.clientWidth + 1;
      if (cut && !must) {
        // Clipped text elsewhere is allowed only with the full text in a title and only when the
        // element is text (not a box that merely scrolls, like the table's own scroller).
        const scroller = cs.overflowX === 'auto' || cs.overflowX === 'scroll';
        const titled = (el.getAttribute('title') ?? '').trim().length >= text.length - 1;
        cut = cs.textOverflow === 'ellipsis' && !scroller && !titled;
      }
    }
    // A chip that fits its own box but sticks out of the table cell is cut by the cell.
    const cell = must ? el.parentElement?.closest('.ml-cell') : null;
    if (!cut && cell && el.getBoundingClientRect().right > cell.getBoundingClientRect().right + 1) cut = true;
    if (cut) problems.push(`${el.className || el.tagName}: "${text}"`);
  }
  return problems;
}

/**
 * Text below WCAG 2.1 AA contrast: 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold).
 * The background is found by compositing the element's and its ancestors' background
 * colours; text over an image or gradient is skipped (it cannot be computed from styles).
 * Disabled controls and visually hidden text are exempt, as WCAG allows.
 */
export function contrastProblems(): string[] {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  // Any CSS colour (rgb, hex, oklch, color-mix…) to sRGB bytes, by painting it.
  const rgba = (css: string): [number, number, number, number] => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = '#000';
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const d = ctx.getImageData(0, 0, 1, 1).data;
    return [d[0]!, d[1]!, d[2]!, d[3]! / 255];
  };
  const over = (top: number[], under: number[]) => {
    const a = top[3]!;
    return [0, 1, 2].map((i) => top[i]! * a + under[i]! * (1 - a)).concat(1);
  };
  const luminance = (c: number[]) => {
    const lin = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(c[0]!) + 0.7152 * lin(c[1]!) + 0.0722 * lin(c[2]!);
  };
  const ratio = (a: number[], b: number[]) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };
  const background = (el: Element): number[] | null => {
    const layers: number[][] = [];
    for (let e: Element | null = el; e; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.backgroundImage !== 'none') return null;
      const c = rgba(cs.backgroundColor);
      if (c[3]! > 0) layers.push(c);
      if (c[3] === 1) break;
    }
    let bg = [255, 255, 255, 1];
    for (const layer of layers.reverse()) bg = over(layer, bg);
    return bg;
  };
  const problems: string[] = [];
  for (const el of document.querySelectorAll<HTMLElement>('body *')) {
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    if (!own && !(el instanceof HTMLSelectElement)) continue;
    if (el.closest('.ml-sr, [hidden], [aria-hidden="true"], option, script, style, title')) continue;
    if ((el as HTMLButtonElement).disabled || el.closest('[disabled], [aria-disabled="true"]')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const cs = getComputedStyle(el);
    if (cs.visibility === 'hidden' || Number(cs.opacity) === 0) continue;
    const bg = background(el);
    if (!bg) continue;
    const fg = over(rgba(cs.color), bg);
    const size = Number.parseFloat(cs.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700);
    const need = large ? 3 : 4.5;
    const got = ratio(fg, bg);
    if (got < need) {
      const text =
        (el instanceof HTMLSelectElement ? el.selectedOptions[0]?.textContent : el.textContent) ?? '';
      problems.push(
        `${el.className || el.tagName} "${text.trim().slice(0, 40)}": ${got.toFixed(2)} < ${need}`,
      );
    }
  }
  return [...new Set(problems)];
}

/**
 * Presses Tab up to `stops` times from the top of the page and reports each stop that
 * shows no ring (no outline and no box-shadow). Focus back on the body ends the round
 * (every control was passed), unless it happens at the first press: nothing reachable.
 */
export async function focusProblems(page: Page, stops: number): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur?.();
    window.scrollTo(0, 0);
  });
  const problems: string[] = [];
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { what: 'body', ring: false };
      const cs = getComputedStyle(el);
      const ring =
        (cs.outlineStyle !== 'none' && Number.parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none';
      const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
      return { what, ring };
    });
    if (stop.what === 'body') {
      if (i === 0) problems.push('Tab 1: nothing on the page takes focus');
      break;
    }
    if (!stop.ring) problems.push(`Tab ${i + 1}: ${stop.what} has no visible focus`);
  }
  return problems;
}
