/**
 * A modal confirm built on <dialog>: the browser traps focus, Escape cancels,
 * and focus returns to the control that opened it.
 */
import { useEffect, useRef } from 'preact/hooks';
import { useEnv } from './env';

interface Props {
  title: string;
  body: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog(props: Props) {
  const { t } = useEnv();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelBtn = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const d = ref.current;
    if (d && typeof d.showModal === 'function' && !d.open) d.showModal();
    // The safe choice gets focus first.
    cancelBtn.current?.focus();
    return () => opener?.focus?.();
  }, []);
  return (
    <dialog
      ref={ref}
      class="ml-dialog"
      aria-labelledby="ml-confirm-title"
      aria-describedby="ml-confirm-body"
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id="ml-confirm-title">{props.title}</h2>
      <p id="ml-confirm-body">{props.body}</p>
      <div class="ml-actions">
        <button ref={cancelBtn} type="button" class="ml-btn" onClick={props.onCancel}>
          {t('cancel')}
        </button>
        <button
          type="button"
          class={`ml-btn ${props.danger ? 'ml-btn-danger' : 'ml-btn-primary'}`}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
