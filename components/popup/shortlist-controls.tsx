/**
 * Save/unsave, status and notes for the creator in the popup. Notes save
 * shortly after typing stops and on blur, so closing the popup loses little.
 * `part` renders only the save/status row or only the notes, so the popup can
 * keep the status near the top and the notes below the briefs.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { createT, type Lang, t } from '@/lib/i18n';
import { popupStrings } from '@/lib/i18n/strings/popup';
import type { Send } from '@/lib/protocol/client';
import { isShortlistStatus, SHORTLIST_STATUSES, type ShortlistStatusName } from '@/lib/schema/plain';
import type { CreatorView } from '@/lib/schema/views';

const NOTE_DEBOUNCE_MS = 700;

export function ShortlistControls(props: {
  view: CreatorView;
  lang: Lang;
  send: Send;
  onView: (view: CreatorView) => void;
  part?: 'status' | 'notes';
}) {
  const { view, lang, send } = props;
  const withStatus = props.part !== 'notes';
  const withNotes = props.part !== 'status';
  const tr = createT(lang, popupStrings);
  const key = view.creator.key;
  const entry = view.entry;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notes, setNotes] = useState(entry?.notes ?? '');
  const [noteState, setNoteState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastSaved = useRef(entry?.notes ?? '');

  // Another creator, or an entry changed elsewhere: start from its notes.
  useEffect(() => {
    setNotes(entry?.notes ?? '');
    lastSaved.current = entry?.notes ?? '';
  }, [key, entry === null]);

  const fail = (err: unknown) =>
    setError(tr('actionFailed', { message: err instanceof Error ? err.message : String(err) }));

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  const save = () => run(async () => props.onView(await send({ type: 'shortlist:save', key })));
  const remove = () =>
    run(async () => {
      await send({ type: 'shortlist:remove', keys: [key] });
      props.onView({ ...view, entry: null });
    });
  const setStatus = (status: ShortlistStatusName) =>
    run(async () => {
      await send({ type: 'shortlist:update', keys: [key], patch: { status } });
      if (entry) props.onView({ ...view, entry: { ...entry, status } });
    });

  async function flushNotes(text: string) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (text === lastSaved.current) return;
    setNoteState('saving');
    try {
      await send({ type: 'shortlist:update', keys: [key], patch: { notes: text } });
      lastSaved.current = text;
      setNoteState('saved');
    } catch (err) {
      setNoteState('idle');
      fail(err);
    }
  }

  function onNotesInput(text: string) {
    setNotes(text);
    setNoteState('idle');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushNotes(text), NOTE_DEBOUNCE_MS);
  }

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  if (!entry) {
    if (!withStatus) return null;
    return (
      <div class="ml-actions">
        <button
          type="button"
          class="ml-btn ml-btn-primary ml-btn-block"
          data-testid="ml-save"
          aria-pressed="false"
          disabled={busy}
          onClick={save}
        >
          {t(lang, 'saveHint')}
        </button>
        {error ? (
          <p class="ml-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <div class="ml-actions">
      {withStatus ? (
        <div class="ml-row">
          <label class="ml-field ml-grow">
            <span class="ml-label">{tr('status')}</span>
            <select
              class="ml-select"
              data-testid="ml-status"
              value={entry.status}
              disabled={busy}
              onChange={(e) => {
                const value = e.currentTarget.value;
                // Only the options below can be chosen; anything else is ignored, never sent.
                if (isShortlistStatus(value)) setStatus(value);
              }}
            >
              {SHORTLIST_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(lang, `status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            class="ml-btn ml-btn-quiet"
            data-testid="ml-save"
            aria-pressed="true"
            aria-label={tr('removeLabel', { handle: view.creator.handle })}
            disabled={busy}
            onClick={remove}
          >
            {tr('remove')}
          </button>
        </div>
      ) : null}
      {withNotes ? (
        <label class="ml-field">
          <span class="ml-label">
            {tr('notes')}
            <span class="ml-note-state" aria-live="polite">
              {noteState === 'saving' ? tr('noteSaving') : noteState === 'saved' ? tr('noteSaved') : ''}
            </span>
          </span>
          <textarea
            class="ml-textarea"
            data-testid="ml-notes"
            rows={3}
            maxLength={20_000}
            placeholder={tr('notesPlaceholder')}
            value={notes}
            onInput={(e) => onNotesInput(e.currentTarget.value)}
            onBlur={(e) => void flushNotes(e.currentTarget.value)}
          />
        </label>
      ) : null}
      {error ? (
        <p class="ml-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
