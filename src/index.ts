/**
 * reader press as a library: build a reader, its packs or its outputs from a script, without
 * the command line. `reader build` is `build({ config: 'reader.yaml' })`.
 */
export {
  build,
  buildPacks,
  buildPreview,
  createBuildSession,
  finishOutputs,
  formatMessage,
  keepIfUpToDate,
  normalizeFile,
  prepare,
  watchBuild,
  type BuildMessage,
  type BuildOptions,
  type BuildReport,
  type BuildResult,
  type BuildSession,
  type PackOptions,
  type PacksResult,
  type PrepareOptions,
  type ProgressEvent,
  type WatchBuildOptions,
} from './pipeline/index.ts';
export { OUTPUTS, defineOutput, type Output, type OutputContext, type OutputFiles, type OutputRequest, type Stage, type StageFacts } from './outputs/index.ts';
export { startPreview, type Preview, type PreviewOptions } from './preview/index.ts';
export { ReaderError, isReaderError } from './errors.ts';
export { launchBrowser } from './render/index.ts';
export { closeBrowser } from './render/retry.ts';
export type { Manifest, ManifestInput, ManifestText } from './manifest/schema.ts';
export type { PreparedText } from './types.ts';
