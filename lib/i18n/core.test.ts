import { describe, expect, it } from 'vitest';
import { commonStrings } from '@/lib/i18n/strings/common';
import { checkStrings, createT, defineStrings, interpolate, resolveLang } from './core';
import { t } from './index';

describe('resolveLang', () => {
  it('keeps an explicit choice whatever the browser says', () => {
    expect(resolveLang('id', ['en-US'])).toBe('id');
    expect(resolveLang('en', ['id-ID'])).toBe('en');
  });
  it('follows the first supported browser language on auto', () => {
    expect(resolveLang('auto', ['id-ID', 'en-US'])).toBe('id');
    expect(resolveLang('auto', ['fr-FR', 'in', 'en'])).toBe('id');
    expect(resolveLang('auto', ['de', 'en-GB', 'id'])).toBe('en');
    expect(resolveLang('auto', ['ID_id'])).toBe('id');
  });
  it('falls back to English when nothing matches', () => {
    expect(resolveLang('auto', [])).toBe('en');
    expect(resolveLang('auto', ['ja-JP', 'ms-MY'])).toBe('en');
  });
});

describe('interpolate', () => {
  it('formats numeric parameters per language', () => {
    expect(interpolate('from {n} posts', 'en', { n: 12345 })).toBe('from 12,345 posts');
    expect(interpolate('dari {n} postingan', 'id', { n: 12345 })).toBe('dari 12.345 postingan');
  });
  it('chooses the plural word by the language rules', () => {
    expect(interpolate('{n} {n|post|posts}', 'en', { n: 1 })).toBe('1 post');
    expect(interpolate('{n} {n|post|posts}', 'en', { n: 4 })).toBe('4 posts');
  });
  it('leaves unknown placeholders visible', () => {
    expect(interpolate('hello {who}', 'en', {})).toBe('hello {who}');
  });
  it('inserts text parameters literally, markup included', () => {
    expect(interpolate('by {name}', 'en', { name: '<b>{n}</b>' })).toBe('by <b>{n}</b>');
  });
});

describe('createT', () => {
  const dict = defineStrings({
    en: { hi: 'Hi {name}', only: 'English' },
    id: { hi: 'Halo {name}', only: '' },
  });
  it('looks up the language and falls back to English for empty entries', () => {
    expect(createT('id', dict)('hi', { name: 'Sari' })).toBe('Halo Sari');
    expect(createT('id', dict)('only')).toBe('English');
  });
  it('shared t() translates common keys', () => {
    expect(t('en', 'unknown')).toBe('unknown');
    expect(t('id', 'unknown')).toBe('tidak diketahui');
    expect(t('id', 'fromPosts', { n: 12 })).toBe('dari 12 postingan');
    expect(t('en', 'fromPosts', { n: 1 })).toBe('from 1 post');
  });
});

describe('checkStrings', () => {
  it('reports keys missing in one language and empty strings', () => {
    const problems = checkStrings({ en: { a: 'A', b: 'B' }, id: { a: ' ', c: 'C' } });
    expect(problems).toEqual(['b: missing in id', 'c: missing in en', 'a: empty in id']);
  });
  it('finds the common table sound', () => {
    expect(checkStrings(commonStrings)).toEqual([]);
  });
});
