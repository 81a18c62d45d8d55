// Worker entry for finish-pool.ts. Plain JS, so that a worker starts without the parent's
// loader: it registers tsx for itself, then loads the TypeScript that does the work.
import { register } from 'tsx/esm/api';

register();
await import('./finish-worker-main.ts');
