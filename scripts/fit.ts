/**
 * Brief fit from the command line: scores creators (the inspector's JSON
 * output) against briefs and prints JSON, one entry per creator and brief
 * (each creator's briefs best first), with every reason and its English text.
 *
 *   npm run --silent fit -- --briefs <briefs.json> --creators <creators.json>
 *
 * briefs.json: an array (or one object) of
 *   {id, name, keywords[], excludeKeywords?, niches?, platforms?, followers?: {min?, max?},
 *    minEngagementRate?, languages?, locationWords?, places?, contentTypes?, tiers?}
 *   places: cities, regions or areas, English or Indonesian ("Jakarta", "Jawa Barat", "West Java",
 *   "Jabodetabek" = Jakarta, Bogor, Depok, Tangerang, Bekasi): where the creator must be.
 * creators.json: one inspector output object or an array of them
 *   (platform, handle, followers, bio, recentPosts[].caption/likes/comments/views, metrics.engagement?).
 *
 * Exit codes: 0 scored; 1 a file is unreadable or invalid; 2 usage. Errors are one line on stderr.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describeReason } from '@/lib/fit/explain';
import { createFitScorer } from '@/lib/fit/score';
import { InspectorCreatorSchema, subjectFromInspector } from '@/lib/fit/subject';
import { BriefSchema } from '@/lib/schema/brief';

class FitCliError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}

const USAGE = 'usage: npm run --silent fit -- --briefs <briefs.json> --creators <creators.json>';

function parseArgs(argv: readonly string[]): { briefs: string; creators: string } {
  let briefs: string | null = null;
  let creators: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=')
      ? (arg.split(/=(.*)/s, 2) as [string, string])
      : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new FitCliError(`${flag} needs a file path. ${USAGE}`, 2);
      return v;
    };
    if (flag === '--briefs') briefs = value();
    else if (flag === '--creators') creators = value();
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else throw new FitCliError(`unknown argument ${arg}. ${USAGE}`, 2);
  }
  if (!briefs || !creators) throw new FitCliError(`missing --briefs or --creators. ${USAGE}`, 2);
  return { briefs, creators };
}

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new FitCliError(
      `cannot read ${what} file ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
      1,
    );
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new FitCliError(`${what} file ${path} is not valid JSON: ${(e as Error).message}`, 1);
  }
}

/** First zod issue as "path: message", one line. */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return `${path.replace(/^\./, '') || '(root)'}: ${issue.message}`.replace(/\s+/g, ' ');
}

/** A file holds one item or a non-empty array; parsed as what it is, so errors point at the field. */
function parseOneOrMany<T extends z.ZodType>(schema: T, raw: unknown) {
  return Array.isArray(raw)
    ? z.array(schema).min(1).safeParse(raw)
    : schema.transform((v) => [v]).safeParse(raw);
}

const BriefListSchema = z
  .array(BriefSchema)
  .refine((briefs) => new Set(briefs.map((b) => b.id)).size === briefs.length, {
    message: 'brief ids must be unique',
  });

function runFit(argv: readonly string[]): unknown[] {
  const args = parseArgs(argv);
  const parsed = parseOneOrMany(BriefSchema, readJson(args.briefs, 'briefs'));
  const briefs = parsed.success ? BriefListSchema.safeParse(parsed.data) : parsed;
  if (!briefs.success)
    throw new FitCliError(`invalid briefs file ${args.briefs}: ${firstIssue(briefs.error)}`, 1);
  const creators = parseOneOrMany(InspectorCreatorSchema, readJson(args.creators, 'creators'));
  if (!creators.success) {
    throw new FitCliError(`invalid creators file ${args.creators}: ${firstIssue(creators.error)}`, 1);
  }
  const score = createFitScorer(briefs.data);
  const out: unknown[] = [];
  for (const json of creators.data) {
    const subject = subjectFromInspector(json);
    for (const r of score(subject)) {
      out.push({
        brief: r.briefId,
        creator: `${subject.platform}:${subject.handle}`,
        score: r.score,
        reasons: r.reasons.map((reason) => ({ ...reason, text: describeReason(reason, 'en') })),
      });
    }
  }
  return out;
}

try {
  process.stdout.write(`${JSON.stringify(runFit(process.argv.slice(2)), null, 2)}\n`);
} catch (e) {
  const code = e instanceof FitCliError ? e.code : 1;
  process.stderr.write(`fit: ${(e as Error).message.split('\n')[0]}\n`);
  process.exit(code);
}
