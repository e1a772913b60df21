/**
 * The benchmark sets Microlens ships. Every figure below was copied from the named page as
 * published (percent → fraction), and each set keeps its own source: where sources disagree the
 * marketer chooses (Settings → Benchmarks). Tiers a source does not publish are left out, not
 * filled in; lib/metrics/benchmark-sets/curve.ts joins the published rows.
 *
 * The README's "Benchmark sets" table lists the same figures and sources.
 */
import { type BenchmarkSet, type BenchmarkSetInput, BenchmarkSetSchema } from './schema';

/**
 * Research reports. Instagram: HypeAuditor's State of Influencer Marketing 2026, figures as
 * reported by EMARKETER ("Smaller creators deliver efficiency as ROI pressure mounts"): nano
 * 1.78%, micro 0.54%, mega 0.33%. The report's mid-tier and macro figures were not in what we
 * could read, so they are not entered. TikTok: Rival IQ's 2023 TikTok Benchmark Report, as
 * reported by SMK ("TikTok Engagement Now 12x Instagram"): engagement rate by view 3.8% under
 * 5,000 followers and 7.5% over one million (brand accounts, not creators; the report's own
 * middle rows were not in what we could read).
 */
const REPORTS: BenchmarkSetInput = {
  id: 'reports',
  name: 'Industry reports (HypeAuditor 2026 · Rival IQ 2023)',
  instagram: {
    basis: 'followers',
    source: {
      publisher: 'HypeAuditor (reported by EMARKETER)',
      report: 'State of Influencer Marketing 2026',
      year: 2026,
      where:
        'Instagram engagement rate by tier, as quoted in EMARKETER, "Smaller creators deliver efficiency as ROI pressure mounts"',
      url: 'https://www.emarketer.com/content/smaller-creators-deliver-efficiency-roi-pressure-mounts',
      definition:
        'Instagram engagement rate of influencer accounts by follower tier (interactions over followers); mean or median not stated in the article',
      sample: 'Not stated in the article (81.5% of Instagram creators are nano, 14.4% micro, 0.1% over 1M)',
    },
    rows: [
      { minFollowers: 1_000, maxFollowers: 10_000, label: 'nano 1k–10k', average: 0.0178 },
      { minFollowers: 10_000, maxFollowers: 50_000, label: 'micro 10k–50k', average: 0.0054 },
      { minFollowers: 1_000_000, maxFollowers: null, label: 'mega 1M+', average: 0.0033 },
    ],
  },
  tiktok: {
    basis: 'views',
    source: {
      publisher: 'Rival IQ (reported by SMK Social Media Knowledge)',
      report: '2023 TikTok Benchmark Report',
      year: 2023,
      where:
        'Engagement rate by view, by follower count, as quoted in SMK, "TikTok Engagement Now 12x Instagram"',
      url: 'https://smk.co/new-report-tiktok-organic-engagement-now-12x-instagram/',
      definition:
        'Engagements divided by views, per video, for BRAND accounts (not creators); average 4.14% across all sizes',
      sample: 'Not stated in the article',
    },
    rows: [
      { minFollowers: 0, maxFollowers: 5_000, label: 'under 5k', average: 0.038 },
      { minFollowers: 1_000_000, maxFollowers: null, label: 'over 1M', average: 0.075 },
    ],
  },
};

/**
 * Popular article ranges: the "average" columns of Untapper's "Influencer Marketing Benchmarks &
 * KPIs (2026)" page, the kind of table marketers quote. It does not say what data it rests on;
 * its ranges are several times the reports' figures, which is why it is a separate set.
 */
const UNTAPPER_SOURCE = {
  publisher: 'Untapper',
  report: 'Influencer Marketing Benchmarks & KPIs (2026)',
  year: 2026,
  url: 'https://untapper.com/influencer-marketing-benchmarks',
  sample: 'Not stated (no data source given on the page)',
};

const POPULAR: BenchmarkSetInput = {
  id: 'popular-articles',
  name: 'Popular article ranges (Untapper 2026)',
  instagram: {
    basis: 'followers',
    source: {
      ...UNTAPPER_SOURCE,
      where: '"Instagram engagement rate benchmarks by tier", column "Average ER"',
      definition: 'Instagram engagement rate by follower tier; the page does not say how it is computed',
    },
    rows: [
      { minFollowers: 1_000, maxFollowers: 10_000, label: 'nano 1k–10k', min: 0.03, max: 0.05 },
      { minFollowers: 10_000, maxFollowers: 50_000, label: 'micro 10k–50k', min: 0.02, max: 0.035 },
      { minFollowers: 50_000, maxFollowers: 500_000, label: 'mid-tier 50k–500k', min: 0.015, max: 0.025 },
      { minFollowers: 500_000, maxFollowers: 1_000_000, label: 'macro 500k–1M', min: 0.01, max: 0.018 },
      { minFollowers: 1_000_000, maxFollowers: null, label: 'mega 1M+', min: 0.007, max: 0.012 },
    ],
  },
  tiktok: {
    basis: 'views',
    source: {
      ...UNTAPPER_SOURCE,
      where: '"TikTok engagement rate benchmarks by tier", column "Average ER"',
      definition:
        'TikTok engagement rate by follower tier, "typically measured against views rather than followers"',
    },
    rows: [
      { minFollowers: 1_000, maxFollowers: 10_000, label: 'nano 1k–10k', min: 0.06, max: 0.1 },
      { minFollowers: 10_000, maxFollowers: 50_000, label: 'micro 10k–50k', min: 0.04, max: 0.07 },
      { minFollowers: 50_000, maxFollowers: 500_000, label: 'mid-tier 50k–500k', min: 0.03, max: 0.05 },
      { minFollowers: 500_000, maxFollowers: 1_000_000, label: 'macro 500k–1M', min: 0.02, max: 0.035 },
      { minFollowers: 1_000_000, maxFollowers: null, label: 'mega 1M+', min: 0.01, max: 0.02 },
    ],
  },
};

/** Parsed once, so a mistyped figure fails at load (and in tests), never at a creator. */
export const BENCHMARK_SETS: readonly BenchmarkSet[] = [REPORTS, POPULAR].map((s) =>
  BenchmarkSetSchema.parse(s),
);

export const DEFAULT_BENCHMARK_SET_ID = 'reports';

/** The built-in set with this id, or the user's own when the id is theirs; the default otherwise. */
export function benchmarkSetById(id: string, custom?: BenchmarkSet | null): BenchmarkSet {
  if (custom && custom.id === id) return custom;
  return BENCHMARK_SETS.find((s) => s.id === id) ?? (BENCHMARK_SETS[0] as BenchmarkSet);
}
