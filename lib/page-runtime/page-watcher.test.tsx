// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchPage } from './page-watcher';

/** Lets MutationObserver records reach the watcher, then runs due timers. */
async function settle(ms: number) {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

function addPostLink(id: string) {
  const a = document.createElement('a');
  a.href = `/gdg_rbu/p/${id}/`;
  document.body.append(a);
}

describe('watchPage', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
    ctx = new ContentScriptContext('test');
  });
  afterEach(() => {
    ctx.notifyInvalidated();
    vi.useRealTimers();
  });

  it('ignores mutations that change no figure or link', async () => {
    const onChange = vi.fn();
    watchPage(ctx, onChange, () => true);
    for (let i = 0; i < 50; i++) document.body.append(document.createElement('div'));
    await settle(2_000);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('coalesces a burst of new posts into one re-read', async () => {
    const onChange = vi.fn();
    watchPage(ctx, onChange, () => true);
    for (let i = 0; i < 10; i++) addPostLink(`P${i}`);
    await settle(2_000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('checks once a burst of posts goes quiet, whatever unrelated churn goes on', async () => {
    const onChange = vi.fn();
    watchPage(ctx, onChange, () => true);
    addPostLink('first');
    // Unrelated nodes every 200 ms do not postpone the check.
    for (let t = 0; t < 1_600; t += 200) {
      document.body.append(document.createElement('span'));
      await settle(200);
    }
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('does not let a steady stream of new posts postpone the check beyond the maximum wait', async () => {
    const onChange = vi.fn();
    watchPage(ctx, onChange, () => true);
    // A row of posts every 200 ms (the user keeps scrolling) never goes quiet.
    for (let t = 0; t < 8_200; t += 200) {
      addPostLink(`row${t}`);
      await settle(200);
    }
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('notices post links inside an added row, and a changed count in the header', async () => {
    const header = document.createElement('header');
    const count = document.createElement('span');
    count.textContent = '3,351';
    header.append(count);
    document.body.append(header);
    const onChange = vi.fn();
    watchPage(ctx, onChange, () => true);

    const row = document.createElement('div');
    const inner = document.createElement('div');
    const link = document.createElement('a');
    link.href = '/gdg_rbu/reel/R1/';
    inner.append(link);
    row.append(inner);
    document.body.append(row);
    await settle(2_000);
    expect(onChange).toHaveBeenCalledTimes(1);

    count.firstChild!.nodeValue = '13,351';
    await settle(2_000);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('on non-creator pages reacts to the URL only', async () => {
    const onChange = vi.fn();
    watchPage(ctx, onChange, () => false);
    addPostLink('feed-post');
    await settle(2_000);
    expect(onChange).not.toHaveBeenCalled();
    history.pushState({}, '', '/gdg_rbu/');
    document.body.append(document.createElement('div'));
    await settle(2_000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops when the extension context is invalidated', async () => {
    const onChange = vi.fn();
    watchPage(ctx, onChange, () => true);
    ctx.notifyInvalidated();
    addPostLink('late');
    await settle(2_000);
    expect(onChange).not.toHaveBeenCalled();
  });
});
