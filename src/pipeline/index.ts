/**
 * The one orchestrator: every run (build, pack, watch, preview, normalize) goes through here.
 * prepare (manifest -> ingest -> normalize -> analyze) -> lay out (compose -> render) ->
 * finish (the tagged PDF) -> outputs (src/outputs/), written through one locked, staged
 * output folder, with the report.
 */
export { build, type BuildOptions, type BuildResult } from './build.ts';
export { buildRequest } from './output-runner.ts';
export { buildPacks, type PackOptions, type PacksResult } from './pack.ts';
export { buildPreview, type AssetCache, type PreviewBuildResult } from './preview.ts';
export { watchBuild, type WatchBuildOptions } from './watch.ts';
export { normalizeFile } from './normalize-file.ts';
export { prepare, type PrepareOptions, type PrepareResult } from './prepare.ts';
export { createBuildSession, type BuildSession, type ProgressEvent } from './session.ts';
export { finishOutputs, keepIfUpToDate, upToDate, type KeptBuild } from './up-to-date.ts';
export { formatMessage, type BuildMessage, type BuildReport } from './report.ts';
