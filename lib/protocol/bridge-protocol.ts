/**
 * The page-data bridge: a tiny main-world script hands the content script the
 * JSON of API responses the page itself loaded; the content script passes it
 * to the background as `page-data:record` (validated by RequestSchema in
 * lib/protocol/messages.ts). The allowed-URL list and the cheap shape check live in
 * ./bridge-urls (no imports) so the main-world and content scripts stay tiny.
 */
export {
  BRIDGE_CHANNEL,
  bridgePayload,
  isAllowedApiUrl,
  MAX_BRIDGE_BODY_CHARS,
  platformOfApiUrl,
} from './bridge-urls';

/** JSON.parse that never throws: the body is page-controlled text. */
export function parseJsonSafely(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
