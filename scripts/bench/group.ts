/** A bench group: a set of figures measured together, runnable alone with --only. */
import type { Figure, FigureSpec } from './figures';

export interface BenchGroup {
  name: string;
  title: string;
  /** Every figure the group reports, so a failed run still lists each as "not measured". */
  specs: FigureSpec[];
  /** Pushes figures into `out` as they are measured, so a later failure keeps earlier ones. */
  run(out: Figure[], log: (message: string) => void): Promise<void>;
}
