/**
 * Why a creator fits a brief, and what looks off: reasons are codes with
 * parameters, so they can be said in English or Indonesian (lib/fit/explain).
 */
import { z } from 'zod';

const params = z.record(z.string().max(40), z.union([z.string().max(500), z.number()]));

export const FitReasonSchema = z.object({
  /** e.g. 'niche-match', 'keyword-match', 'excluded-term', 'followers-below', 'platform-mismatch'. */
  code: z.string().min(1).max(40),
  /** positive: counts for the fit; negative: against it; info: context only. */
  polarity: z.enum(['positive', 'negative', 'info']),
  /** True when a hard constraint of the brief is missed. */
  hard: z.boolean().default(false),
  params: params.default({}),
});
export type FitReason = z.infer<typeof FitReasonSchema>;

export const FitResultSchema = z.object({
  briefId: z.string(),
  briefName: z.string(),
  /** 0–100. */
  score: z.number().min(0).max(100),
  reasons: z.array(FitReasonSchema),
});
export type FitResult = z.infer<typeof FitResultSchema>;

export const AuthenticitySignalSchema = z.object({
  /** e.g. 'sponsored-share', 'many-brands', 'engagement-far-below', 'likes-without-comments'. */
  code: z.string().min(1).max(40),
  /** ok: reassuring; watch: worth a look; concern: likely a problem. Never a bare verdict. */
  level: z.enum(['ok', 'watch', 'concern']),
  params: params.default({}),
});
export type AuthenticitySignal = z.infer<typeof AuthenticitySignalSchema>;
