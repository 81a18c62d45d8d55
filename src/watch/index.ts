/** Watch what a build reads and rebuild on change: shared by `reader preview` and `reader build --watch`. */
export { watchProject, changedLabel, type WatchOptions, type ProjectWatcher } from './watch-project.ts';
export { watchLoop, type WatchLoopOptions } from './watch-loop.ts';
