import { describe, expect, it } from 'vitest';
import { type PostReadingInput, PostReadingSchema } from '@/lib/schema/reading';
import { isSponsoredPost } from './sponsored';

const post = (p: Partial<PostReadingInput>) =>
  PostReadingSchema.parse({ id: 'x1', url: 'https://www.instagram.com/p/x1/', ...p });
const check = (caption: string, extra: Partial<PostReadingInput> = {}) =>
  isSponsoredPost(post({ caption, ...extra }));

describe('isSponsoredPost', () => {
  it('trusts the platform paid-partnership label', () => {
    expect(isSponsoredPost(post({ paidPartnership: true }))).toEqual({
      sponsored: true,
      why: ['paid-partnership-label'],
    });
  });

  it.each([
    ['New drop! #ad', 'hashtag:#ad'],
    ['Seru banget #Iklan', 'hashtag:#iklan'],
    ['#SPONSORED skincare routine', 'hashtag:#sponsored'],
    ['Cobain deh #endorse #skincare', 'hashtag:#endorse'],
    ['Makasih kak #paidpromote', 'hashtag:#paidpromote'],
    ['Review jujur #kerjasama', 'hashtag:#kerjasama'],
    ['Loving this look — paid partnership with @brand', 'phrase:paid partnership'],
    ['Kemitraan berbayar dengan @brand', 'phrase:kemitraan berbayar'],
    ['This trip was sponsored by @airline', 'phrase:sponsored by'],
    ['Acara ini disponsori oleh @bank', 'phrase:disponsori oleh'],
    ['Dalam rangka kerja sama dengan @brand.id, aku cobain…', 'phrase:kerja sama'],
    ['Kerjasama @brand.id x aku 🙌', 'phrase:kerja sama'],
    ['[Iklan] Promo akhir tahun', 'label:ad'],
    ['(ad) my favourite serum', 'label:ad'],
    ['Paid promote by @shop', 'phrase:paid promote'],
    ['Terima kasih @shop, paid promote ya', 'phrase:paid promote'],
  ])('"%s" is sponsored (%s)', (caption, marker) => {
    const r = check(caption);
    expect(r.sponsored).toBe(true);
    expect(r.why).toContain(marker);
  });

  it.each([
    'Went to @burgerking_es with friends, best whopper ever',
    'Love my new #adidas shoes #adventure #reading',
    'Terima kasih atas kerja samanya, tim hebat!',
    'Kerja sama tim itu penting',
    'Open endorse & paid promote, DM ya',
    'Terima paid promote, cek highlight',
    'Bermitra dengan komunitas lokal untuk bersih pantai',
    'Thanks @brand for the #gifted box #collab',
    'I made an ad for my own shop',
    '',
  ])('"%s" is not sponsored', (caption) => {
    expect(check(caption)).toEqual({ sponsored: false, why: [] });
  });

  it('reads hashtags from the hashtags field too, with or without "#" and any case', () => {
    expect(isSponsoredPost(post({ hashtags: ['#Ad', 'travel'] })).why).toEqual(['hashtag:#ad']);
    expect(isSponsoredPost(post({ hashtags: ['IKLAN'] })).sponsored).toBe(true);
  });

  it('does not call a post sponsored when the label is false or unknown and nothing else says so', () => {
    expect(isSponsoredPost(post({ paidPartnership: false, mentions: ['brand'] })).sponsored).toBe(false);
    expect(isSponsoredPost(post({ paidPartnership: null, caption: null })).sponsored).toBe(false);
  });

  it('lists every marker once', () => {
    const r = check('#ad #AD paid partnership', { hashtags: ['ad'], paidPartnership: true });
    expect(r.why).toEqual(['paid-partnership-label', 'hashtag:#ad', 'phrase:paid partnership']);
  });
});
