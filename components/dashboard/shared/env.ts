/**
 * What every dashboard component needs: the message client, the language and
 * its strings, and a clock. Passed by context so tests and the screenshot
 * preview can give a fake client instead of the extension runtime.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createT, type Lang, type T } from '@/lib/i18n';
import { type DashboardKey, dashboardStrings } from '@/lib/i18n/strings/dashboard';
import type { Send } from '@/lib/protocol/client';

export interface DashboardEnv {
  send: Send;
  lang: Lang;
  t: T<DashboardKey>;
  now: () => number;
}

export function makeEnv(send: Send, lang: Lang, now: () => number): DashboardEnv {
  return { send, lang, t: createT(lang, dashboardStrings), now };
}

export const EnvContext = createContext<DashboardEnv | null>(null);

export function useEnv(): DashboardEnv {
  const env = useContext(EnvContext);
  if (!env) throw new Error('dashboard component rendered outside EnvContext');
  return env;
}

/** A thrown value as words for the user. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
