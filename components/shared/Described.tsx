/**
 * A value with an explanation on hover (title) and for screen readers
 * (aria-describedby): the exact/estimate note, or why a figure is unknown.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export function Described(props: {
  desc: string;
  class?: string;
  /** Unknown figures take focus so keyboard users can reach the reason too. */
  focusable?: boolean;
  children: ComponentChildren;
}) {
  const id = useId();
  return (
    <>
      <span
        class={props.class}
        title={props.desc}
        aria-describedby={id}
        tabIndex={props.focusable ? 0 : undefined}
      >
        {props.children}
      </span>
      <span id={id} class="ml-sr">
        {props.desc}
      </span>
    </>
  );
}
