/**
 * Inline-editable cells of a shortlist row: status select, tags and rate.
 * Edits go through `actions.update`, which applies them at once (optimistic)
 * and undoes them with a visible message when the worker refuses.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useEnv } from '@/components/dashboard/shared/env';
import { formatMoney } from '@/components/dashboard/shared/money';
import { t as tc } from '@/lib/i18n';
import { type CreatorKey, type Currency, CurrencySchema, ShortlistStatusSchema } from '@/lib/schema/creator';
import type { ShortlistPatch } from '@/lib/schema/views';
import { parseTags, type ShortlistRow } from './table-model';

export interface RowActions {
  open: (key: CreatorKey) => void;
  update: (keys: CreatorKey[], patch: ShortlistPatch) => Promise<boolean>;
  defaultCurrency: Currency;
}

interface CellProps {
  row: ShortlistRow;
  actions: RowActions;
  tabbable: boolean;
}

/** Keys typed inside an editor must not reach the grid's row navigation. */
const stop = (e: Event) => e.stopPropagation();

export function StatusCell({ row, actions, tabbable }: CellProps) {
  const { t, lang } = useEnv();
  if (!row.status) return <span class="ml-muted">{t('none')}</span>;
  return (
    <select
      class={`ml-status-select ml-status-${row.status}`}
      value={row.status}
      tabIndex={tabbable ? 0 : -1}
      aria-label={t('row.status', { handle: `@${row.handle}` })}
      onKeyDown={stop}
      onChange={(e) => {
        const status = ShortlistStatusSchema.parse((e.currentTarget as HTMLSelectElement).value);
        void actions.update([row.key], { status });
      }}
    >
      {ShortlistStatusSchema.options.map((s) => (
        <option key={s} value={s}>
          {tc(lang, `status.${s}`)}
        </option>
      ))}
    </select>
  );
}

export function TagsCell({ row, actions, tabbable }: CellProps) {
  const { t } = useEnv();
  const [editing, setEditing] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (editing) input.current?.focus();
  }, [editing]);
  if (!row.view.entry) return null;
  const finish = (save: boolean) => {
    if (save && input.current) {
      const tags = parseTags(input.current.value);
      if (tags.join('\u0000') !== row.tags.join('\u0000')) void actions.update([row.key], { tags });
    }
    setEditing(false);
    // Give focus back to the cell so keyboard users stay where they were.
    setTimeout(() => button.current?.focus(), 0);
  };
  if (editing) {
    return (
      <input
        ref={input}
        class="ml-cell-input"
        defaultValue={row.tags.join(', ')}
        aria-label={t('row.tags', { handle: `@${row.handle}` })}
        title={t('tags.hint')}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') finish(true);
          if (e.key === 'Escape') finish(false);
        }}
        onBlur={() => finish(true)}
      />
    );
  }
  return (
    <button
      ref={button}
      type="button"
      class="ml-cellbtn ml-tags"
      title={row.tags.join(', ') || undefined}
      tabIndex={tabbable ? 0 : -1}
      aria-label={`${t('row.tags', { handle: `@${row.handle}` })}: ${row.tags.join(', ') || t('none')}. ${t('row.editTags')}`}
      onClick={() => setEditing(true)}
    >
      {row.tags.length ? (
        <>
          {/* Chips that fit the cell; the rest is counted (all are in the label, title and editor). */}
          {row.tags.slice(0, chipsShown(row.tags)).map((tag) => (
            <span key={tag} class="ml-tag">
              {tag}
            </span>
          ))}
          {row.tags.length > chipsShown(row.tags) ? (
            <span class="ml-tag-more">+{row.tags.length - chipsShown(row.tags)}</span>
          ) : null}
        </>
      ) : (
        <span class="ml-muted ml-add">+ {t('row.addTags')}</span>
      )}
    </button>
  );
}

/**
 * Two short tags fit the cell side by side; otherwise one chip and a count. Chips are never
 * shortened, so a first tag too long for the cell (over 14 letters) is counted, not shown.
 */
export function chipsShown(tags: readonly string[]): number {
  const [a, b] = tags;
  if (a !== undefined && a.length > 14) return 0;
  return a !== undefined && b !== undefined && a.length + b.length <= 10 ? 2 : Math.min(1, tags.length);
}

export function RateCell({ row, actions, tabbable }: CellProps) {
  const { t, lang } = useEnv();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const amount = useRef<HTMLInputElement>(null);
  const currency = useRef<HTMLSelectElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (editing) amount.current?.focus();
  }, [editing]);
  const rate = row.view.entry?.rate ?? null;
  if (!row.view.entry) return null;
  const close = () => {
    setEditing(false);
    setError(null);
    setTimeout(() => button.current?.focus(), 0);
  };
  const commit = () => {
    const text = amount.current?.value.trim().replace(/\s/g, '') ?? '';
    if (text === '') {
      if (rate) void actions.update([row.key], { rate: null });
      close();
      return;
    }
    // Accept "1.500.000" or "1,500,000" as thousands, "2,5" / "2.5" as decimals.
    const n = parseAmount(text);
    if (n === null) {
      setError(t('error.number'));
      return;
    }
    const cur = CurrencySchema.parse(currency.current?.value ?? actions.defaultCurrency);
    if (!rate || rate.amount !== n || rate.currency !== cur)
      void actions.update([row.key], { rate: { amount: n, currency: cur } });
    close();
  };
  if (editing) {
    return (
      <fieldset
        ref={box}
        class="ml-rate-edit"
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') close();
        }}
        onFocusOut={(e) => {
          // Leaving the amount+currency pair saves; moving between them does not.
          if (!box.current?.contains(e.relatedTarget as Node | null)) commit();
        }}
      >
        <legend class="ml-sr">{t('row.rate', { handle: `@${row.handle}` })}</legend>
        <input
          ref={amount}
          class="ml-cell-input ml-rate-amount"
          inputMode="decimal"
          defaultValue={rate ? String(rate.amount) : ''}
          aria-label={`${t('row.rate', { handle: `@${row.handle}` })}: ${t('rate.amount')}`}
          aria-invalid={error ? 'true' : undefined}
          title={error ?? undefined}
        />
        <select
          ref={currency}
          class="ml-cell-input ml-rate-cur"
          defaultValue={rate?.currency ?? actions.defaultCurrency}
          aria-label={t('rate.currency')}
        >
          {CurrencySchema.options.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </fieldset>
    );
  }
  return (
    <button
      ref={button}
      type="button"
      class="ml-cellbtn ml-rate"
      tabIndex={tabbable ? 0 : -1}
      aria-label={`${t('row.rate', { handle: `@${row.handle}` })}: ${rate ? formatMoney(rate.amount, rate.currency, lang) : t('none')}. ${t('row.editRate')}`}
      onClick={() => setEditing(true)}
    >
      {rate ? (
        // Compact in the narrow cell ("Rp 4,75 jt"); the full amount is in the label and title.
        <span title={formatMoney(rate.amount, rate.currency, lang)}>
          {formatMoney(rate.amount, rate.currency, lang, rate.amount >= 1_000_000)}
        </span>
      ) : (
        <span class="ml-muted ml-add">+ {t('row.addRate')}</span>
      )}
    </button>
  );
}

/**
 * A typed amount: "1500000", "1.500.000", "1,500,000", "2,5", "2.5", "250000.50".
 * A separator followed by exactly three digits (repeated) is a thousands
 * separator; otherwise the last separator is the decimal point.
 */
export function parseAmount(text: string): number | null {
  const s = text.replace(/^(rp|idr|\$|usd)/i, '').trim();
  if (!/^\d[\d.,]*$/.test(s)) return null;
  let normal: string;
  if (/^\d{1,3}([.,]\d{3})+$/.test(s)) {
    // "1.500", "1,500,000": in rates, groups of three are thousands.
    normal = s.replace(/[.,]/g, '');
  } else {
    const last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
    normal = last < 0 ? s : `${s.slice(0, last).replace(/[.,]/g, '')}.${s.slice(last + 1)}`;
  }
  const n = Number(normal);
  return Number.isFinite(n) && n >= 0 ? n : null;
}
