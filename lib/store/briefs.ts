/** Saved brand briefs. */
import { type Brief, BriefSchema } from '@/lib/schema/brief';
import type { StoreContext } from './context';
import { readTx, writeTx } from './tx';
import { type CorruptSink, forWrite, rawKey, readAllValid, readValid } from './validate';

export async function briefsIn(store: { getAll(): Promise<unknown[]> }, sink: CorruptSink): Promise<Brief[]> {
  return readAllValid(BriefSchema, await store.getAll(), 'briefs', rawKey('id'), sink);
}

export function listBriefs(ctx: StoreContext): Promise<Brief[]> {
  return ctx.connection.use((db) =>
    readTx(db, ['briefs'], (tx) => briefsIn(tx.objectStore('briefs'), ctx.reportCorrupt)),
  );
}

/** Saves (creates or replaces) a brief, keeping its creation time. */
export async function saveBrief(ctx: StoreContext, input: unknown, now: number): Promise<Brief> {
  const brief = forWrite(BriefSchema, input, 'brief');
  return ctx.connection.use((db) =>
    writeTx(db, ['briefs'], async (tx) => {
      const store = tx.objectStore('briefs');
      const existing = readValid(
        BriefSchema,
        await store.get(brief.id),
        'briefs',
        brief.id,
        ctx.reportCorrupt,
      );
      const saved = forWrite(
        BriefSchema,
        { ...brief, createdAt: existing?.createdAt ?? brief.createdAt ?? now, updatedAt: now },
        'brief',
      );
      await store.put(saved);
      return saved;
    }),
  );
}

export function deleteBrief(ctx: StoreContext, id: string): Promise<boolean> {
  return ctx.connection.use((db) =>
    writeTx(db, ['briefs'], async (tx) => {
      const store = tx.objectStore('briefs');
      const existed = (await store.getKey(id)) !== undefined;
      if (existed) await store.delete(id);
      return existed;
    }),
  );
}
