/**
 * A value with an explanation on hover (title) and for screen readers
 * (aria-describedby): the exact/estimate note, or why a figure is unknown.
 *
 * A class with an id fixed per instance rather than useId(): this renders in
 * the overlay's content script, which otherwise needs no hooks, and preact/hooks
 * would add ~2.5 KB to every Instagram/TikTok page.
 */
import { Component, type ComponentChildren } from 'preact';

let lastId = 0;

type DescribedProps = {
  desc: string;
  class?: string;
  /** Unknown figures take focus so keyboard users can reach the reason too. */
  focusable?: boolean;
  children: ComponentChildren;
};

export class Described extends Component<DescribedProps> {
  private readonly id = `ml-desc-${++lastId}`;

  override render(props: DescribedProps) {
    return (
      <>
        <span
          class={props.class}
          title={props.desc}
          aria-describedby={this.id}
          tabIndex={props.focusable ? 0 : undefined}
        >
          {props.children}
        </span>
        <span id={this.id} class="ml-sr">
          {props.desc}
        </span>
      </>
    );
  }
}
