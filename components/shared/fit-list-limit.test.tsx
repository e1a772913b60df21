// @vitest-environment happy-dom
/** The popup's short fit list: the best three briefs, one reason each, the badge on its own line. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { FitResult } from '@/lib/schema/fit';
import { FitList } from './fit-list';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const fitOf = (id: string, score: number, hard = false): FitResult => ({
  briefId: id,
  briefName: `Brief ${id} with a long name — Jabodetabek`,
  score,
  reasons: [
    { code: 'followers-below', polarity: 'negative', hard, params: { followers: 3351, min: 10000 } },
    { code: 'platform-match', polarity: 'positive', hard: false, params: { platform: 'instagram' } },
  ],
});

describe('FitList with a limit', () => {
  it('shows the best three with one reason each, and the rest on demand', async () => {
    const fits = [fitOf('a', 20), fitOf('b', 90), fitOf('c', 64, true), fitOf('d', 71), fitOf('e', 35)];
    render(<FitList fits={fits} lang="en" lowReasons={1} topReasons={1} limit={3} />, root);
    const rows = () => [...root.querySelectorAll('[data-testid="ml-fit-row"]')];
    expect(rows().map((r) => r.getAttribute('data-score'))).toEqual(['90', '71', '64']);
    expect(rows().every((r) => r.querySelectorAll('.ml-reason').length === 1)).toBe(true);
    // The must-have badge sits under the name, not beside it: the name is never cut for it.
    const third = rows()[2]!;
    expect(third.querySelector('.ml-fit-head .ml-fit-miss')).toBeNull();
    expect(third.querySelector('.ml-fit-badges .ml-fit-miss')?.textContent).toBe('misses a must-have');
    expect(third.querySelector('.ml-fit-name')?.textContent).toBe('Brief c with a long name — Jabodetabek');
    const more = [...root.querySelectorAll<HTMLButtonElement>('button.ml-link')].find((b) =>
      b.textContent?.startsWith('All 5'),
    )!;
    expect(more.textContent).toBe('All 5 briefs');
    await act(async () => more.click());
    expect(rows()).toHaveLength(5);
    expect(more.textContent).toBe('Only the best 3');
  });
});
