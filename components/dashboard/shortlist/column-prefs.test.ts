import { describe, expect, it } from 'vitest';
import {
  briefColumnIds,
  DEFAULT_COLUMN_PREFS,
  loadColumnPrefs,
  saveColumnPrefs,
  showsBestFit,
  toggleBriefColumn,
  toggleColumn,
} from './column-prefs';

function memory(initial: Record<string, string> = {}) {
  const data = { ...initial };
  return {
    data,
    getItem: (k: string) => data[k] ?? null,
    setItem: (k: string, v: string) => {
      data[k] = v;
    },
  };
}

describe('column preferences', () => {
  it('defaults per number of briefs: own column for one or two, best fit alone from three', () => {
    expect(briefColumnIds(['a'], DEFAULT_COLUMN_PREFS)).toEqual(['a']);
    expect(showsBestFit(['a'], DEFAULT_COLUMN_PREFS)).toBe(false);
    expect(briefColumnIds(['a', 'b'], DEFAULT_COLUMN_PREFS)).toEqual(['a', 'b']);
    expect(showsBestFit(['a', 'b'], DEFAULT_COLUMN_PREFS)).toBe(true);
    expect(briefColumnIds(['a', 'b', 'c'], DEFAULT_COLUMN_PREFS)).toEqual([]);
    expect(showsBestFit([], DEFAULT_COLUMN_PREFS)).toBe(false);
  });

  it('toggles from what is shown, in brief order, and drops deleted briefs', () => {
    const ids = ['a', 'b', 'c'];
    const one = toggleBriefColumn(ids, DEFAULT_COLUMN_PREFS, 'c', true);
    const two = toggleBriefColumn(ids, one, 'a', true);
    expect(briefColumnIds(ids, two)).toEqual(['a', 'c']);
    expect(briefColumnIds(['c'], two)).toEqual(['c']);
    // Unticking one of the two default columns keeps the other.
    expect(
      briefColumnIds(['a', 'b'], toggleBriefColumn(['a', 'b'], DEFAULT_COLUMN_PREFS, 'a', false)),
    ).toEqual(['b']);
    expect(toggleColumn(toggleColumn(DEFAULT_COLUMN_PREFS, 'rate', false), 'rate', true).hidden).toEqual([]);
  });

  it('round-trips through storage and ignores what does not parse', () => {
    const store = memory();
    const prefs = toggleColumn(
      toggleBriefColumn(['a', 'b', 'c'], DEFAULT_COLUMN_PREFS, 'b', true),
      'rate',
      false,
    );
    saveColumnPrefs(store, prefs);
    expect(loadColumnPrefs(store)).toEqual(prefs);
    expect(loadColumnPrefs(memory({ 'microlens:dashboard:columns': '{not json' }))).toEqual(
      DEFAULT_COLUMN_PREFS,
    );
    expect(
      loadColumnPrefs(
        memory({ 'microlens:dashboard:columns': '{"hidden":["creator"],"briefColumns":null}' }),
      ),
    ).toEqual(DEFAULT_COLUMN_PREFS);
    expect(loadColumnPrefs(null)).toEqual(DEFAULT_COLUMN_PREFS);
  });
});
