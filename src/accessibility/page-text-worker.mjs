// Bootstrap for the page-text worker thread: loader hooks are per thread in Node 20, so
// register tsx here before importing the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./page-text-worker.ts');
