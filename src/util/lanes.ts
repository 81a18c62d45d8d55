import { availableParallelism } from 'node:os';

/** How many pages lay out at once (each in a renderer of its own): as asked, else one per core; at least one. */
export function laneCount(requested?: number): number {
  return Math.max(1, requested ?? availableParallelism());
}
