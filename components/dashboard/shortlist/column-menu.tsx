/**
 * The shortlist's column chooser: which figures to show and which briefs get
 * their own fit column. A <details> disclosure, so it opens with Enter/Space
 * and works without script; Escape or a click elsewhere closes it.
 */
import { useEffect, useRef } from 'preact/hooks';
import { useEnv } from '@/components/dashboard/shared/env';
import type { Brief } from '@/lib/schema/brief';
import {
  briefColumnIds,
  type ColumnPrefs,
  DEFAULT_COLUMN_PREFS,
  OPTIONAL_COLUMNS,
  toggleBriefColumn,
  toggleColumn,
} from './column-prefs';

interface Props {
  prefs: ColumnPrefs;
  briefs: Brief[];
  onChange: (prefs: ColumnPrefs) => void;
}

export function ColumnMenu({ prefs, briefs, onChange }: Props) {
  const { t } = useEnv();
  const box = useRef<HTMLDetailsElement>(null);
  const briefIds = briefs.map((b) => b.id);
  const shownBriefs = new Set(briefColumnIds(briefIds, prefs));

  useEffect(() => {
    const close = (e: Event) => {
      const d = box.current;
      if (d?.open && !d.contains(e.target as Node)) d.open = false;
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, []);

  return (
    <details
      ref={box}
      class="ml-colmenu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && box.current?.open) {
          box.current.open = false;
          box.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary class="ml-btn" title={t('cols.label')}>
        <span aria-hidden="true" class="ml-colmenu-icon">
          ☰
        </span>
        {t('cols.button')}
      </summary>
      <div class="ml-colmenu-pop">
        <fieldset class="ml-colmenu-group">
          <legend>{t('cols.show')}</legend>
          {OPTIONAL_COLUMNS.map((id) => (
            <label key={id} class="ml-check">
              <input
                type="checkbox"
                checked={!prefs.hidden.includes(id)}
                onChange={(e) =>
                  onChange(toggleColumn(prefs, id, (e.currentTarget as HTMLInputElement).checked))
                }
              />
              {t(`col.${id}`)}
            </label>
          ))}
        </fieldset>
        {briefs.length > 0 ? (
          <fieldset class="ml-colmenu-group">
            <legend>{t('cols.fitPerBrief')}</legend>
            {briefs.map((b) => (
              <label key={b.id} class="ml-check" title={b.name}>
                <input
                  type="checkbox"
                  checked={shownBriefs.has(b.id)}
                  onChange={(e) =>
                    onChange(
                      toggleBriefColumn(briefIds, prefs, b.id, (e.currentTarget as HTMLInputElement).checked),
                    )
                  }
                />
                <bdi class="ml-colmenu-brief">{b.name}</bdi>
              </label>
            ))}
          </fieldset>
        ) : null}
        <button
          type="button"
          class="ml-btn ml-btn-small ml-btn-quiet"
          onClick={() => onChange(DEFAULT_COLUMN_PREFS)}
        >
          {t('cols.reset')}
        </button>
      </div>
    </details>
  );
}
