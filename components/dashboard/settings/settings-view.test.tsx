// @vitest-environment happy-dom
/** Saving Settings says so in the language just saved, which may differ from the form's. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DashboardApp } from '@/components/dashboard/app';
import { NOW } from '@/tests/support/dashboard/fake-views';
import { mockSend } from '@/tests/support/preview/dashboard/mock-send';

let root: HTMLDivElement;

beforeEach(() => {
  localStorage.clear();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function flush(times = 4) {
  for (let i = 0; i < times; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

async function mountSettings(browserLanguage: string) {
  await act(async () => {
    render(
      <DashboardApp
        send={mockSend({ rows: 3, log: [] })}
        browserLanguages={[browserLanguage]}
        now={() => NOW}
        initialTab="settings"
      />,
      root,
    );
  });
  await flush();
}

async function saveLanguage(value: 'auto' | 'en' | 'id') {
  const select = root.querySelector<HTMLSelectElement>('#ml-set-language')!;
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await act(async () => {
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  });
  await flush();
}

const toasts = () => [...root.querySelectorAll('.ml-notice')].map((n) => n.textContent ?? '');

describe('settings saved message', () => {
  it('is in Indonesian when Indonesian was just chosen in an English dashboard', async () => {
    await mountSettings('en-US');
    expect(root.querySelector('#ml-settings-h')?.textContent).toBe('Settings');
    await saveLanguage('id');
    expect(root.querySelector('#ml-settings-h')?.textContent).toBe('Pengaturan');
    expect(toasts().filter((t) => t.includes('Pengaturan tersimpan.'))).toHaveLength(1);
    expect(toasts().some((t) => t.includes('Settings saved.'))).toBe(false);
  });

  it('is in English when going back to automatic in an English browser', async () => {
    await mountSettings('en-US');
    await saveLanguage('id');
    await saveLanguage('auto');
    expect(root.querySelector('#ml-settings-h')?.textContent).toBe('Settings');
    // One message per save, each in the language that save chose.
    expect(toasts().map((t) => t.replace(/×$/, '').trim())).toEqual([
      'Pengaturan tersimpan.',
      'Settings saved.',
    ]);
  });
});

describe('settings tables', () => {
  async function typeInto(input: HTMLInputElement, value: string) {
    await act(async () => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }

  it('puts a refused cell’s error under it, tied to it for screen readers', async () => {
    await mountSettings('en-US');
    const tierMin = root.querySelector<HTMLInputElement>('#ml-tier-0-min')!;
    const rateMin = root.querySelector<HTMLInputElement>('#ml-rate-0-min')!;
    expect(tierMin.getAttribute('aria-invalid')).toBeNull();
    await typeInto(tierMin, 'lots');
    await typeInto(rateMin, 'abc');
    await act(async () => {
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    });
    await flush();
    for (const input of [tierMin, rateMin]) {
      expect(input.getAttribute('aria-invalid')).toBe('true');
      const error = root.querySelector(`#${input.id}-error`);
      expect(error?.textContent).not.toBe('');
      expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(`${input.id}-error`);
      // The error sits in the same cell as its control.
      expect(error?.closest('td')).toBe(input.closest('td'));
    }
    // A valid neighbour stays unmarked.
    expect(root.querySelector('#ml-rate-0-max')?.getAttribute('aria-invalid')).toBeNull();
  });
});

describe('benchmark set in settings', () => {
  it('shows the chosen set’s figures and sources, switches set, and saves an edited copy', async () => {
    const log: { type: string; body: unknown }[] = [];
    await act(async () => {
      render(
        <DashboardApp
          send={mockSend({ rows: 3, log })}
          browserLanguages={['en']}
          now={() => NOW}
          initialTab="settings"
        />,
        root,
      );
    });
    await flush();
    const box = root.querySelector('[data-testid="ml-benchmark-settings"]')!;
    expect(box.querySelector('[data-testid="ml-bench-source-instagram"]')?.textContent).toContain(
      'HypeAuditor (reported by EMARKETER), State of Influencer Marketing 2026 (2026)',
    );
    expect(box.textContent).toContain('1.78%');
    const select = root.querySelector<HTMLSelectElement>('#ml-set-benchmarks')!;
    await act(async () => {
      select.value = 'popular-articles';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(box.querySelector('[data-testid="ml-bench-source-tiktok"]')?.textContent).toContain('Untapper');
    // Edit a copy: its figures become inputs, its source says it was edited.
    const edit = [...box.querySelectorAll('button')].find(
      (b) => b.textContent === 'Edit a copy of this set',
    )!;
    await act(async () => edit.click());
    expect(box.querySelector('[data-testid="ml-bench-source-instagram"]')?.textContent).toContain(
      'Untapper — edited',
    );
    const first = box.querySelector<HTMLInputElement>('table input')!;
    expect(first.value).toBe('3');
    await act(async () => {
      first.value = '2.5';
      first.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    });
    await flush();
    const saved = log.filter((m) => m.type === 'settings:save').at(-1)?.body as {
      settings: { benchmarkSet: string; customBenchmarks: { instagram: { rows: { min: number }[] } } };
    };
    expect(saved.settings.benchmarkSet).toBe('custom');
    expect(saved.settings.customBenchmarks.instagram.rows[0]?.min).toBeCloseTo(0.025, 12);
  });
});
