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
  const describedBy = describedByOf(props);
  return (
    <div class={`ml-form-field${props.error ? ' ml-has-error' : ''} ${props.class ?? ''}`}>
      <label for={props.id} class="ml-form-label">
        {props.label}
      </label>
      {props.children({ id: props.id, describedBy, invalid: props.error ? 'true' : undefined })}
      <FieldNotes id={props.id} hint={props.hint} error={props.error} />
    </div>
  );
}

/**
 * A control in an editable table's cell: the column header names it (the
 * control carries an aria-label), its error sits under it. `alsoDescribedBy`
 * and `alsoInvalid` tie it to a message about the whole table.
 */
export function CellField(props: {
  id: string;
  error?: string | undefined;
  alsoDescribedBy?: string | undefined;
  alsoInvalid?: boolean;
  children: (ids: FieldIds) => ComponentChildren;
}) {
  const describedBy = [describedByOf(props), props.alsoDescribedBy].filter(Boolean).join(' ') || undefined;
  const invalid = props.error || props.alsoInvalid ? 'true' : undefined;
  return (
    <>
      {props.children({ id: props.id, describedBy, invalid })}
      <FieldNotes id={props.id} error={props.error} />
    </>
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
  const describedBy = describedByOf(props);
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
      <FieldNotes id={props.id} hint={props.hint} error={props.error} />
    </fieldset>
  );
}

/** The ids of the hint and the error a control is described by, when there are any. */
function describedByOf(props: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    [props.hint ? `${props.id}-hint` : null, props.error ? `${props.id}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined
  );
}

/** The hint under a field and its error, with the ids describedByOf() points at. */
function FieldNotes(props: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {props.hint ? (
        <p id={`${props.id}-hint`} class="ml-hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={`${props.id}-error`} class="ml-field-error" data-error-for={props.id}>
          {props.error}
        </p>
      ) : null}
    </>
  );
}
