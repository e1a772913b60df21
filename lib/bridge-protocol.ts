/**
 * The page-data bridge: a tiny main-world script hands the content script the
 * JSON of API responses the page itself loaded. This file says which responses
 * may cross (by origin + path) and what a bridge message looks like.
 *
 * The allowed-URL list itself lives in ./bridge-urls (no zod) so the
 * main-world script can import it and stay tiny.
 */
import { z } from 'zod';

import { BRIDGE_CHANNEL, isAllowedApiUrl, MAX_BRIDGE_BODY_CHARS } from './bridge-urls';

export { BRIDGE_CHANNEL, isAllowedApiUrl, MAX_BRIDGE_BODY_CHARS, platformOfApiUrl } from './bridge-urls';

/** What the main-world script posts; validated by the receiver before anything is read. */
export const BridgeMessageSchema = z
  .object({
    channel: z.literal(BRIDGE_CHANNEL),
    url: z
      .string()
      .max(4_000)
      .refine((u) => isAllowedApiUrl(u), { message: 'URL not allowed' }),
    body: z.string().max(MAX_BRIDGE_BODY_CHARS),
  })
  .strict();
export type BridgeMessage = z.infer<typeof BridgeMessageSchema>;

/** JSON.parse that never throws: the body is page-controlled text. */
export function parseJsonSafely(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
