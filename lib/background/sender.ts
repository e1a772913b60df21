/**
 * Who sent a message. Extension pages (popup, dashboard — even when the
 * dashboard is open in a tab) may do everything; content scripts run inside
 * instagram.com / tiktok.com pages and may only send the few requests in
 * CONTENT_SCRIPT_ALLOWED, so a compromised page cannot wipe or export the store.
 */
import { z } from 'zod';

export const SenderSchema = z.object({
  kind: z.enum(['extension-page', 'content-script']),
  url: z.string().optional(),
});
export type Sender = z.infer<typeof SenderSchema>;

/** The parts of runtime.MessageSender we look at. */
export interface RuntimeSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Classifies a runtime sender; null when it is not this extension at all. The
 * URL decides, not `tab`: the dashboard is an extension page shown in a tab.
 */
export function senderOf(
  sender: RuntimeSender,
  extensionId: string,
  extensionBaseUrl: string,
): Sender | null {
  if (sender.id !== extensionId) return null;
  if (sender.url?.startsWith(extensionBaseUrl)) return { kind: 'extension-page', url: sender.url };
  return { kind: 'content-script', ...(sender.url ? { url: sender.url } : {}) };
}
