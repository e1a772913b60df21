/** Actions on the selected rows: status, tag, remove (with confirm), export. */
import { useState } from 'preact/hooks';
import { useEnv } from '@/components/dashboard/shared/env';
import { t as tc } from '@/lib/i18n';
import { ShortlistStatusSchema } from '@/lib/schema/creator';

interface Props {
  count: number;
  onSetStatus: (status: (typeof ShortlistStatusSchema.options)[number]) => void;
  onAddTag: (tag: string) => void;
  onRemove: () => void;
  onClear: () => void;
  exportButton: preact.ComponentChildren;
}

export function BulkBar(props: Props) {
  const { t, lang } = useEnv();
  const [tag, setTag] = useState('');
  return (
    <section class="ml-bulk" aria-label={t('bulk.selected', { n: props.count })}>
      <strong class="ml-bulk-count" aria-live="polite">
        {t('bulk.selected', { n: props.count })}
      </strong>
      <label class="ml-inline">
        <span>{t('bulk.setStatus')}</span>
        <select
          value=""
          onChange={(e) => {
            const v = ShortlistStatusSchema.safeParse((e.currentTarget as HTMLSelectElement).value);
            if (v.success) props.onSetStatus(v.data);
            (e.currentTarget as HTMLSelectElement).value = '';
          }}
        >
          <option value="">…</option>
          {ShortlistStatusSchema.options.map((s) => (
            <option key={s} value={s}>
              {tc(lang, `status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <form
        class="ml-inline"
        onSubmit={(e) => {
          e.preventDefault();
          const clean = tag.trim().slice(0, 40).trim();
          if (clean) props.onAddTag(clean);
          setTag('');
        }}
      >
        <label class="ml-inline">
          <span>{t('bulk.addTag')}</span>
          <input
            value={tag}
            size={12}
            placeholder={t('bulk.addTagPlaceholder')}
            onInput={(e) => setTag((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="ml-btn ml-btn-small" disabled={!tag.trim()}>
          {t('bulk.apply')}
        </button>
      </form>
      {props.exportButton}
      <button type="button" class="ml-btn ml-btn-danger-quiet" onClick={props.onRemove}>
        {t('bulk.remove')}
      </button>
      <button type="button" class="ml-btn ml-btn-quiet" onClick={props.onClear}>
        {t('bulk.clear')}
      </button>
    </section>
  );
}
