// @vitest-environment happy-dom
/** Escape closes the creator panel whatever has focus, and only the panel. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashboardApp } from '@/components/dashboard/app';
import { EnvContext, makeEnv } from '@/components/dashboard/shared/env';
import { FAKE_BRIEFS, fakeView, NOW } from '@/tests/support/dashboard/fake-views';
import { mockSend } from '@/tests/support/preview/dashboard/mock-send';
import { CreatorPanel } from './creator-panel';

let root: HTMLDivElement;

beforeEach(() => {
  localStorage.clear();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  for (const extra of document.body.querySelectorAll('dialog.ml-test-other')) extra.remove();
});

async function flush(times = 3) {
  for (let i = 0; i < times; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

async function mountPanel() {
  const onClose = vi.fn();
  const env = makeEnv(mockSend({ log: [] }), 'en', () => NOW);
  const actions = { open: () => {}, update: async () => true, defaultCurrency: 'IDR' as const };
  await act(async () => {
    render(
      <EnvContext.Provider value={env}>
        <CreatorPanel view={fakeView(1)} briefs={FAKE_BRIEFS} actions={actions} onClose={onClose} />
      </EnvContext.Provider>,
      root,
    );
  });
  await flush();
  const dialog = root.querySelector<HTMLDialogElement>('dialog.ml-panel')!;
  return { onClose, dialog };
}

function escapeOn(target: EventTarget): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
  target.dispatchEvent(e);
  return e;
}

describe('creator panel and Escape', () => {
  it('closes on Escape from inside the panel, and takes the key from the browser', async () => {
    const { onClose, dialog } = await mountPanel();
    const e = escapeOn(dialog.querySelector('#ml-notes') ?? dialog.querySelector('button')!);
    expect(onClose).toHaveBeenCalledTimes(1);
    // The browser's own dialog close would otherwise run as well.
    expect(e.defaultPrevented).toBe(true);
  });

  it('closes on Escape when focus has fallen to the page body', async () => {
    const { onClose } = await mountPanel();
    escapeOn(document.body);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('leaves an Escape that something else used or that belongs to another dialog', async () => {
    const { onClose, dialog } = await mountPanel();
    const editor = dialog.querySelector('button')!;
    const consume = (e: Event) => e.preventDefault();
    editor.addEventListener('keydown', consume);
    escapeOn(editor);
    editor.removeEventListener('keydown', consume);
    const other = document.createElement('dialog');
    other.className = 'ml-test-other';
    other.append(document.createElement('button'));
    document.body.append(other);
    const e = escapeOn(other.querySelector('button')!);
    expect(e.defaultPrevented).toBe(false);
    const ignored = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, isComposing: true });
    dialog.dispatchEvent(ignored);
    escapeOn(dialog);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('follows the browser when it cancels or closes the dialog itself', async () => {
    const { onClose, dialog } = await mountPanel();
    const cancel = new Event('cancel', { cancelable: true });
    dialog.dispatchEvent(cancel);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(cancel.defaultPrevented).toBe(true);
    dialog.dispatchEvent(new Event('close'));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('stops listening once closed', async () => {
    const { onClose } = await mountPanel();
    await act(async () => render(null, root));
    escapeOn(document.body);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes the open panel in the dashboard on Escape, with focus on the page body', async () => {
    await act(async () => {
      render(
        <DashboardApp
          send={mockSend({ rows: 5, log: [] })}
          browserLanguages={['en-US']}
          now={() => NOW}
          initialTab="shortlist"
        />,
        root,
      );
    });
    await flush();
    const name = root.querySelector<HTMLButtonElement>('[data-testid="ml-shortlist-row"] button.ml-name')!;
    await act(async () => name.click());
    await flush();
    expect(root.querySelector('dialog.ml-panel')).not.toBeNull();
    (document.activeElement as HTMLElement | null)?.blur();
    await act(async () => {
      escapeOn(document.activeElement ?? document.body);
    });
    await flush();
    expect(root.querySelector('dialog.ml-panel')).toBeNull();
  });
});
