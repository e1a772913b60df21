/** The Briefs tab: the list of briefs and the editor (create, edit, delete). */
import { useState } from 'preact/hooks';
import { ConfirmDialog } from '@/components/dashboard/shared/confirm-dialog';
import { errorText, useEnv } from '@/components/dashboard/shared/env';
import type { Brief } from '@/lib/schema/brief';
import type { Settings } from '@/lib/schema/settings';
import { BriefEditor } from './brief-editor';

interface Props {
  briefs: Brief[];
  settings: Settings;
  onChanged: (briefs: Brief[]) => void;
  notify: (message: string, isError?: boolean) => void;
}

function newId(): string {
  return `brief-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function BriefsView({ briefs, settings, onChanged, notify }: Props) {
  const { t, send } = useEnv();
  const [editing, setEditing] = useState<{ brief: Brief | null; id: string } | null>(null);
  const [deleting, setDeleting] = useState<Brief | null>(null);

  const save = async (brief: Brief) => {
    const saved = await send({ type: 'briefs:save', brief });
    const exists = briefs.some((b) => b.id === saved.id);
    onChanged(exists ? briefs.map((b) => (b.id === saved.id ? saved : b)) : [...briefs, saved]);
    setEditing(null);
    notify(t('briefs.saved'));
  };

  const remove = async (brief: Brief) => {
    try {
      await send({ type: 'briefs:delete', id: brief.id });
      onChanged(briefs.filter((b) => b.id !== brief.id));
      notify(t('briefs.deleted'));
    } catch (e) {
      notify(t('load.error', { message: errorText(e) }), true);
    }
  };

  if (editing) {
    return (
      <BriefEditor
        key={editing.id}
        brief={editing.brief}
        newId={editing.id}
        settings={settings}
        onSave={save}
        onCancel={() => setEditing(null)}
      />
    );
  }

  return (
    <section class="ml-section" aria-labelledby="ml-briefs-h">
      <div class="ml-toolbar">
        <h1 id="ml-briefs-h" class="ml-h1">
          {t('briefs.title')}
        </h1>
        <button
          type="button"
          class="ml-btn ml-btn-primary"
          onClick={() => setEditing({ brief: null, id: newId() })}
        >
          + {t('briefs.new')}
        </button>
      </div>
      <p class="ml-intro">{t('briefs.intro')}</p>
      {briefs.length === 0 ? (
        <p class="ml-empty">{t('briefs.empty')}</p>
      ) : (
        <ul class="ml-cards">
          {briefs.map((b) => (
            <li key={b.id} class="ml-card">
              <div class="ml-card-main">
                <h2 class="ml-card-title">
                  <bdi>{b.name}</bdi>
                </h2>
                <p class="ml-muted ml-small">
                  {t('briefs.summary', { niches: b.niches.length, keywords: b.keywords.length })}
                  {b.platforms.length
                    ? ` · ${b.platforms.map((p) => (p === 'instagram' ? 'Instagram' : 'TikTok')).join(', ')}`
                    : ''}
                  {b.tiers.length ? ` · ${b.tiers.join(', ')}` : ''}
                </p>
              </div>
              <div class="ml-card-actions">
                <button
                  type="button"
                  class="ml-btn ml-btn-small"
                  aria-label={`${t('edit')}: ${b.name}`}
                  onClick={() => setEditing({ brief: b, id: b.id })}
                >
                  {t('edit')}
                </button>
                <button
                  type="button"
                  class="ml-btn ml-btn-small ml-btn-danger-quiet"
                  aria-label={`${t('delete')}: ${b.name}`}
                  onClick={() => setDeleting(b)}
                >
                  {t('delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('briefs.deleteConfirm', { name: deleting.name })}
          body={t('briefs.intro')}
          confirmLabel={t('delete')}
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const b = deleting;
            setDeleting(null);
            void remove(b);
          }}
        />
      )}
    </section>
  );
}
