/** Small pieces of the Instagram reader: source merging, meta sentences, dates, captions. */
import { afterAll, describe, expect, it } from 'vitest';
import type { Count } from '../../../lib/schema/reading';
import { hashtagsIn, mentionsIn } from '../../../lib/sites/instagram/caption';
import { dayFromText, readMetaPost, readMetaProfile } from '../../../lib/sites/instagram/meta';
import { closeDocuments, documentFromHtml } from './instagram-doc';

afterAll(closeDocuments);

const exact = (value: number, source: Count['source']): Count => ({
  value,
  exact: true,
  min: value,
  max: value,
  source,
});
const rounded = (value: number, min: number, max: number, source: Count['source']): Count => ({
  value,
  exact: false,
  min,
  max,
  source,
});

function head(metas: string, lang = 'en'): Document {
  return documentFromHtml(
    `<html lang="${lang}"><head>${metas}</head><body></body></html>`,
    'https://www.instagram.com/',
  );
}

describe('meta sentences', () => {
  it('singular labels and rounded Indonesian figures', () => {
    const en = readMetaProfile(
      head(
        '<meta property="og:description" content="1 Follower, 0 Following, 1 Post - See Instagram photos and videos from A (@a.b)">',
      ),
      'a.b',
      'en',
    );
    expect([en.followers?.value, en.following?.value, en.posts?.value]).toEqual([1, 0, 1]);
    const id = readMetaProfile(
      head(
        '<meta property="og:description" content="1,1 jt Pengikut, 1.024 Mengikuti, 255 Postingan - Lihat foto dan video Instagram dari Bu Rina (@rina)">',
      ),
      'rina',
      'en',
    );
    expect(id.followers).toMatchObject({ value: 1_100_000, exact: false, source: 'meta' });
    expect(id.following).toMatchObject({ value: 1_024, exact: true });
    expect(id.displayName).toBe('Bu Rina');
  });

  it('ignores a description about another account (a stale head after in-app navigation)', () => {
    const r = readMetaProfile(
      head(
        '<meta property="og:description" content="9 Followers, 9 Following, 9 Posts - See Instagram photos and videos from X (@someone_else)">',
      ),
      'gdg_rbu',
      'en',
    );
    expect(r.followers).toBeNull();
  });

  it('post meta without likes (hidden) still gives comments, author and date', () => {
    const r = readMetaPost(
      head(
        '<meta name="description" content="1,024 comments - sari.kopi on December 6, 2024: &quot;Hi #kopi&quot;">',
      ),
      null,
      'en',
    );
    expect(r.likes).toBeNull();
    expect(r.comments?.value).toBe(1_024);
    expect(r.author).toBe('sari.kopi');
    expect(r.takenAt).toBe(Date.UTC(2024, 11, 6, 12));
    expect(r.hashtags).toEqual(['kopi']);
  });

  it('dates in English and Indonesian; impossible dates are unknown', () => {
    expect(dayFromText('May 29, 2021')).toBe(Date.UTC(2021, 4, 29, 12));
    expect(dayFromText('29 Mei 2021')).toBe(Date.UTC(2021, 4, 29, 12));
    expect(dayFromText('1 Agustus 2023')).toBe(Date.UTC(2023, 7, 1, 12));
    expect(dayFromText('February 30, 2021')).toBeNull();
    expect(dayFromText('Smarch 3, 2021')).toBeNull();
  });
});

describe('captions', () => {
  it('hashtags and mentions, lower-cased, unique, sentence dots trimmed', () => {
    expect(hashtagsIn('Kopi #Kopi #kopi_susu #2024 email#not')).toEqual(['kopi', 'kopi_susu']);
    expect(mentionsIn('with @Mitra.Roastery. and @teman, mail a@b.com')).toEqual(['mitra.roastery', 'teman']);
  });
});
