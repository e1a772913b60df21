import { describe, expect, it } from 'vitest';
import { CadenceSchema } from '@/lib/schema/metrics';
import { type PostReadingInput, PostReadingSchema } from '@/lib/schema/reading';
import { cadenceFrom } from './cadence';
import { DAY_MS } from './growth';

const post = (id: string, takenAt: number | null, extra: Partial<PostReadingInput> = {}) =>
  PostReadingSchema.parse({ id, url: `https://www.instagram.com/p/${id}/`, takenAt, ...extra });

// Publication times (seconds) of the 12 posts in the legacy Instagram capture.
const RDJ_TIMES = [
  1589313961, 1589122274, 1588956866, 1588192627, 1587575951, 1587058131, 1586880343, 1586575188, 1586031445,
  1582755356, 1582259731, 1581802167,
];
const RDJ = RDJ_TIMES.map((t, i) => post(`p${i}`, t * 1000));

describe('cadenceFrom', () => {
  it('computes posts per week, longest gap and days since the last post by hand', () => {
    const now = 1589313961_000 + 3 * DAY_MS;
    const c = cadenceFrom(RDJ, now);
    const spanDays = (1589313961 - 1581802167) / 86_400; // 86.94 days
    expect(c.known).toBe(true);
    if (!c.known) return;
    expect(c.postsPerWeek).toBeCloseTo((11 / spanDays) * 7, 12); // ≈ 0.886
    expect(c.longestGapDays).toBeCloseTo((1586031445 - 1582755356) / 86_400, 12); // ≈ 37.9
    expect(c.daysSinceLastPost).toBe(3);
    expect(c.postsUsed).toBe(12);
    expect(CadenceSchema.safeParse(c).success).toBe(true);
  });

  it('ignores pinned and undated posts', () => {
    const posts = [
      post('old-pinned', Date.UTC(2019, 0, 1), { pinned: true }),
      post('a', Date.UTC(2025, 0, 1)),
      post('b', Date.UTC(2025, 0, 8)),
      post('c', null),
    ];
    const c = cadenceFrom(posts, Date.UTC(2025, 0, 10));
    expect(c).toEqual({
      known: true,
      postsPerWeek: 1,
      longestGapDays: 7,
      daysSinceLastPost: 2,
      postsUsed: 2,
    });
  });

  it('keeps two posts on the same day from reading as hundreds per week', () => {
    const c = cadenceFrom([post('a', 1_000), post('b', 2_000)], 2_000);
    expect(c.known && c.postsPerWeek).toBe(7);
  });

  it('needs two dated posts', () => {
    expect(cadenceFrom([post('a', 1_000), post('b', null)], 5_000)).toEqual({
      known: false,
      reason: 'no-dates',
    });
    expect(cadenceFrom([], 5_000)).toEqual({ known: false, reason: 'no-dates' });
  });

  it('never reports a negative time since the last post', () => {
    const c = cadenceFrom([post('a', 1_000), post('b', 10 * DAY_MS)], 5 * DAY_MS);
    expect(c.known && c.daysSinceLastPost).toBe(0);
  });
});
