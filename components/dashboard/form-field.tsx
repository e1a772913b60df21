/**
 * A labelled form field with its hint and error beside it. The control gets
 * aria-invalid and aria-describedby pointing at the hint and the error, so a
 * screen reader reads why a value was refused.
 */
import type { ComponentChildren } from 'preact';

export interface FieldIds {
  id: string;
  describedBy: string | undefined;
  invalid: 'true' | undefined;
}

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  class?: string;
  children: (ids: FieldIds) => ComponentChildren;
}

export function FormField(props: Props) {
  const hintId = props.hint ? `${props.id}-hint` : null;
  const errorId = props.error ? `${props.id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`ml-form-field${props.error ? ' ml-has-error' : ''} ${props.class ?? ''}`}>
      <label for={props.id} class="ml-form-label">
        {props.label}
      </label>
      {props.children({ id: props.id, describedBy, invalid: props.error ? 'true' : undefined })}
      {props.hint ? (
        <p id={hintId ?? undefined} class="ml-hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={errorId ?? undefined} class="ml-field-error" data-error-for={props.id}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** A group of checkboxes with a legend, a hint and an error. */
export function CheckGroup<V extends string>(props: {
  id: string;
  legend: string;
  options: readonly { value: V; label: string }[];
  value: readonly V[];
  onChange: (v: V[]) => void;
  hint?: string;
  error?: string | undefined;
  columns?: number;
}) {
  const hintId = props.hint ? `${props.id}-hint` : null;
  const errorId = props.error ? `${props.id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      id={props.id}
      class={`ml-checkgroup${props.error ? ' ml-has-error' : ''}`}
      aria-describedby={describedBy}
    >
      <legend class="ml-form-label">{props.legend}</legend>
      <div
        class="ml-checks"
        style={
          props.columns ? { gridTemplateColumns: `repeat(${props.columns}, minmax(0, 1fr))` } : undefined
        }
      >
        {props.options.map((o) => (
          <label key={o.value} class="ml-check">
            <input
              type="checkbox"
              checked={props.value.includes(o.value)}
              aria-invalid={props.error ? 'true' : undefined}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                props.onChange(on ? [...props.value, o.value] : props.value.filter((v) => v !== o.value));
              }}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {props.hint ? (
        <p id={hintId ?? undefined} class="ml-hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={errorId ?? undefined} class="ml-field-error" data-error-for={props.id}>
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}
