/** The one settings record: defaults until saved, re-validated on every read. */
import { type Settings, SettingsSchema } from '@/lib/schema/settings';
import type { StoreContext } from './context';
import { SETTINGS_KEY } from './db-schema';
import { defaultSettings } from './default-settings';
import { readTx, writeTx } from './tx';
import { type CorruptSink, forWrite, readValid } from './validate';

/** Reads from any transaction that includes the settings store. */
export async function settingsIn(
  store: { get(key: string): Promise<unknown> },
  sink: CorruptSink,
): Promise<Settings> {
  const raw = await store.get(SETTINGS_KEY);
  // A corrupt settings record is reported and the defaults are used, so the UI still works.
  return readValid(SettingsSchema, raw, 'settings', SETTINGS_KEY, sink) ?? defaultSettings();
}

export function getSettings(ctx: StoreContext): Promise<Settings> {
  return ctx.connection.use((db) =>
    readTx(db, ['settings'], (tx) => settingsIn(tx.objectStore('settings'), ctx.reportCorrupt)),
  );
}

export async function saveSettings(ctx: StoreContext, settings: unknown): Promise<Settings> {
  const valid = forWrite(SettingsSchema, settings, 'settings record');
  return ctx.connection.use((db) =>
    writeTx(db, ['settings'], async (tx) => {
      await tx.objectStore('settings').put(valid, SETTINGS_KEY);
      return valid;
    }),
  );
}
