// @vitest-environment happy-dom
/** Shortlist cells that say what they do not know, and fit headers that keep the brief's whole name. */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeEnv } from '@/components/dashboard/shared/env';
import type { Lang } from '@/lib/i18n';
import type { Brief } from '@/lib/schema/brief';
import { FAKE_BRIEFS, fakeView, NOW } from '@/tests/support/dashboard/fake-views';
import { mockSend } from '@/tests/support/preview/dashboard/mock-send';
import { DEFAULT_COLUMN_PREFS } from './column-prefs';
import { buildColumns } from './columns';
import { toRow } from './table-model';

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const actions = { open: () => {}, update: async () => true, defaultCurrency: 'IDR' as const };

function engagementCell(lang: Lang, engagement: 'too-few-posts' | 'no-metrics') {
  const base = fakeView(3);
  // An Instagram row: its headline is the follower-based rate.
  const view = { ...base, creator: { ...base.creator, platform: 'instagram' as const } };
  const metrics = view.creator.metrics!;
  view.creator.metrics =
    engagement === 'no-metrics'
      ? null
      : { ...metrics, engagement: { known: false, reason: engagement, postsUsed: 1 } };
  const env = makeEnv(mockSend({ log: [] }), lang, () => NOW);
  const column = buildColumns(env, FAKE_BRIEFS, DEFAULT_COLUMN_PREFS).find((c) => c.id === 'engagement')!;
  render(<div>{column.render(toRow(view, []), { env, actions, tabbable: false })}</div>, root);
  return root.firstElementChild!;
}

describe('unknown engagement in the shortlist', () => {
  it('says "unknown", with the reason on hover and for screen readers', () => {
    const cell = engagementCell('en', 'too-few-posts');
    const word = cell.querySelector('.ml-unknown-cell')!;
    expect(word.textContent).toBe('unknown');
    const reason = 'Too few posts with visible counts yet. Open a few of their posts.';
    expect(word.getAttribute('title')).toBe(reason);
    const described = document.getElementById(word.getAttribute('aria-describedby')!);
    expect(described?.textContent).toBe(reason);
    expect(cell.textContent).not.toContain('?');
    // Not a Tab stop of its own: the grid keeps one per row.
    expect(word.hasAttribute('tabindex')).toBe(false);
  });

  it('says it in Indonesian', () => {
    const word = engagementCell('id', 'too-few-posts').querySelector('.ml-unknown-cell')!;
    expect(word.textContent).toBe('tidak diketahui');
    expect(word.getAttribute('title')).toBe(
      'Postingan dengan angka yang terlihat masih terlalu sedikit. Buka beberapa postingannya.',
    );
  });

  it('says "unknown" without a reason when no figures were computed yet', () => {
    const word = engagementCell('en', 'no-metrics').querySelector('.ml-unknown-cell')!;
    expect(word.textContent).toBe('unknown');
    expect(word.hasAttribute('title')).toBe(false);
  });
});

describe('engagement column on TikTok', () => {
  it('shows the views-based rate with its band, and the follower-based rate under it without one', () => {
    const base = fakeView(4);
    const m = base.creator.metrics!;
    const view = {
      ...base,
      creator: {
        ...base.creator,
        platform: 'tiktok' as const,
        metrics: {
          ...m,
          engagement: {
            known: true as const,
            byFollowers: { median: 0.0581, mean: 0.06 },
            byFollowersAllInteractions: null,
            postsUsed: 9,
            exact: true,
          },
          views: { known: true as const, byViews: { median: 0.0997, mean: 0.1 }, postsUsed: 9, exact: true },
          band: {
            known: true as const,
            band: 'typical' as const,
            benchmark: { min: 0.06, max: 0.1, label: 'nano 1k–10k', of: 'viewsEngagement' as const },
          },
        },
      },
    };
    const env = makeEnv(mockSend({ log: [] }), 'en', () => NOW);
    const column = buildColumns(env, FAKE_BRIEFS, DEFAULT_COLUMN_PREFS).find((c) => c.id === 'engagement')!;
    const row = toRow(view, []);
    expect(row.engagement).toBe(0.0997);
    render(<div>{column.render(row, { env, actions, tabbable: false })}</div>, root);
    const cell = root.firstElementChild!;
    const chip = cell.querySelector('[data-band]')!;
    expect(chip.getAttribute('data-band-of')).toBe('viewsEngagement');
    expect(chip.parentElement?.textContent).toContain('9.97%');
    const sub = cell.querySelector('[data-testid="ml-eng-by-followers"]')!;
    expect(sub.textContent).toBe('by views · Engagement by followers: 5.81%');
    expect(sub.querySelector('[data-band]')).toBeNull();
    expect(cell.querySelectorAll('[data-band]').length).toBe(1);
  });
});

describe('per-brief fit column header', () => {
  it('carries the whole brief name as its title, whatever its length', () => {
    const long: Brief = {
      ...FAKE_BRIEFS[0]!,
      id: 'b-long',
      name: 'Tech community & streaming, Jakarta 2026',
    };
    const env = makeEnv(mockSend({ log: [] }), 'en', () => NOW);
    const prefs = { ...DEFAULT_COLUMN_PREFS, briefColumns: ['b-long'] };
    const column = buildColumns(env, [long], prefs).find((c) => c.id === 'fit:b-long')!;
    expect(column.title).toBe('Fit: Tech community & streaming, Jakarta 2026');
    expect(column.label).toBe(column.title);
  });
});

describe('unknown followers in the shortlist', () => {
  it('says "unknown" with the reason, not a bare "?"', () => {
    const view = fakeView(4);
    const unknownFollowers = { ...view, creator: { ...view.creator, followers: null, metrics: null } };
    const env = makeEnv(mockSend({ log: [] }), 'en', () => NOW);
    const column = buildColumns(env, FAKE_BRIEFS, DEFAULT_COLUMN_PREFS).find((c) => c.id === 'followers')!;
    render(<div>{column.render(toRow(unknownFollowers, []), { env, actions, tabbable: false })}</div>, root);
    const word = root.querySelector('.ml-unknown-cell')!;
    expect(word.textContent).toBe('unknown');
    expect(word.getAttribute('title')).toContain('follower');
    expect(root.textContent).not.toContain('?');
  });
});
