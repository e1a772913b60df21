// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchWhileParsing } from './parse-watcher';

/** Lets MutationObserver records reach the watcher (the end of a parser chunk). */
const flush = async () => {
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
};
const isData = (el: Element) => el.tagName === 'SCRIPT' && el.id === 'data';
const addData = () => {
  const s = document.createElement('script');
  s.id = 'data';
  s.type = 'application/json';
  document.body.append(s);
  return s;
};
/** The parser moving on: a node after everything so far. */
const addOther = () => document.body.append(document.createElement('div'));

describe('watchWhileParsing', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    document.body.replaceChildren();
    // The document as the content script finds it at document_start.
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    ctx = new ContentScriptContext('test');
  });
  afterEach(() => {
    ctx.notifyInvalidated();
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'complete' });
  });

  it('reads once a data element is complete (the parser moved past it), not for other nodes', async () => {
    const read = vi.fn(() => true);
    watchWhileParsing(ctx, isData, read);
    for (let i = 0; i < 20; i++) addOther();
    await flush();
    expect(read).not.toHaveBeenCalled();
    const script = addData();
    script.textContent = '{"followers": 3';
    await flush();
    // Still inside the script: its JSON may be cut.
    expect(read).not.toHaveBeenCalled();
    script.textContent = '{"followers": 3351}';
    addOther();
    await flush();
    expect(read).toHaveBeenCalledTimes(1);
    // Found what it needed: no more reads, whatever arrives.
    addData();
    addOther();
    await flush();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads a data <meta> as soon as it is inserted: it has no content to wait for', async () => {
    const read = vi.fn(() => false);
    watchWhileParsing(ctx, (el) => el.tagName === 'META', read);
    const meta = document.createElement('meta');
    meta.setAttribute('name', 'description');
    meta.setAttribute('content', '2,362 Followers, 136 Following, 224 Posts');
    // The last node so far, where the parser is: an element with content would wait here.
    document.body.append(meta);
    await flush();
    expect(read).toHaveBeenCalledTimes(1);
    meta.remove();
  });

  it('reads once per data arrival while the figures are not final', async () => {
    const read = vi.fn(() => false);
    watchWhileParsing(ctx, isData, read);
    addData();
    addOther();
    await flush();
    expect(read).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i++) addOther();
    await flush();
    expect(read).toHaveBeenCalledTimes(1);
    addData();
    addOther();
    await flush();
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('searches a script’s text once, when it is complete, however many chunks it arrives in', async () => {
    const read = vi.fn(() => true);
    const asked: string[] = [];
    const byText = (el: Element) => {
      if (el.tagName === 'SCRIPT') asked.push(el.textContent ?? '');
      return el.tagName === 'SCRIPT' && (el.textContent ?? '').includes('follower_count');
    };
    watchWhileParsing(ctx, byText, read);
    const s = document.createElement('script');
    document.body.append(s);
    await flush();
    for (const chunk of ['{"a": 1,', '"b": 2,', '"follower_count": 3351}']) {
      s.append(document.createTextNode(chunk));
      await flush();
    }
    addOther();
    await flush();
    expect(read).toHaveBeenCalledTimes(1);
    // Once as it was inserted (empty: a site may know it by its id), once complete.
    expect(asked).toEqual(['', '{"a": 1,"b": 2,"follower_count": 3351}']);
  });

  it('asks about an inline script again once its text is in (known by content, not id)', async () => {
    const read = vi.fn(() => true);
    const byText = (el: Element) =>
      el.tagName === 'SCRIPT' && (el.textContent ?? '').includes('follower_count');
    watchWhileParsing(ctx, byText, read);
    const s = document.createElement('script');
    document.body.append(s);
    await flush();
    s.textContent = '{"follower_count": 3351}';
    await flush();
    expect(read).not.toHaveBeenCalled();
    addOther();
    await flush();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('stops after a bounded number of reads, and at DOMContentLoaded', async () => {
    const read = vi.fn(() => false);
    watchWhileParsing(ctx, isData, read);
    for (let i = 0; i < 30; i++) {
      addData();
      addOther();
      await flush();
    }
    expect(read).toHaveBeenCalledTimes(8);

    const later = vi.fn(() => false);
    const ctx2 = new ContentScriptContext('test2');
    watchWhileParsing(ctx2, isData, later);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    addData();
    addOther();
    await flush();
    expect(later).not.toHaveBeenCalled();
    ctx2.notifyInvalidated();
  });

  it('does nothing once the document is parsed (the caller reads it whole)', async () => {
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'interactive' });
    const read = vi.fn(() => false);
    watchWhileParsing(ctx, isData, read);
    addData();
    addOther();
    await flush();
    expect(read).not.toHaveBeenCalled();
  });
});
