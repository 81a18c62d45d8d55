/** `reader preview`: the paged HTML on localhost, rebuilt and reloaded on every change. */
export { startPreview, DEFAULT_PREVIEW_PORT, type Preview, type PreviewOptions, type PreviewBuildEvent } from './start-preview.ts';
export { buildPreview } from '../pipeline/preview.ts';
export { injectReload } from './inject.ts';
export { errorPage, describeFailure } from './error-page.ts';
export { RELOAD_SCRIPT } from './reload-client.ts';
