// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchWhileParsing } from './parse-watcher';

/** Lets MutationObserver records reach the watcher. */
const flush = async () => {
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
};
const isData = (el: Element) => el.tagName === 'SCRIPT' && el.id === 'data';
const addData = () => {
  const s = document.createElement('script');
  s.id = 'data';
  s.type = 'application/json';
  document.body.append(s);
};
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

  it('reads when a data element arrives, not for other nodes', async () => {
    const read = vi.fn(() => true);
    watchWhileParsing(ctx, isData, read);
    for (let i = 0; i < 20; i++) addOther();
    await flush();
    expect(read).not.toHaveBeenCalled();
    addData();
    await flush();
    expect(read).toHaveBeenCalledTimes(1);
    // Found what it needed: no more reads, whatever arrives.
    addData();
    await flush();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('looks once more after the next chunk when the data was incomplete, then waits for new data', async () => {
    const read = vi.fn(() => false);
    watchWhileParsing(ctx, isData, read);
    addData();
    await flush();
    expect(read).toHaveBeenCalledTimes(1);
    addOther();
    await flush();
    expect(read).toHaveBeenCalledTimes(2);
    addOther();
    await flush();
    expect(read).toHaveBeenCalledTimes(2);
    addData();
    await flush();
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('stops after a bounded number of reads, and at DOMContentLoaded', async () => {
    const read = vi.fn(() => false);
    watchWhileParsing(ctx, isData, read);
    for (let i = 0; i < 30; i++) {
      addData();
      await flush();
    }
    expect(read.mock.calls.length).toBeLessThanOrEqual(8);
    expect(read.mock.calls.length).toBeGreaterThan(2);

    const later = vi.fn(() => false);
    const ctx2 = new ContentScriptContext('test2');
    watchWhileParsing(ctx2, isData, later);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    addData();
    await flush();
    expect(later).not.toHaveBeenCalled();
    ctx2.notifyInvalidated();
  });

  it('does nothing once the document is parsed (the caller reads it whole)', async () => {
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'interactive' });
    const read = vi.fn(() => false);
    watchWhileParsing(ctx, isData, read);
    addData();
    await flush();
    expect(read).not.toHaveBeenCalled();
  });
});
