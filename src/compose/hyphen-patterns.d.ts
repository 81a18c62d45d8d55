// The `hyphen` package's pattern modules (CommonJS, untyped): see liang.ts for their shape.
declare module 'hyphen/patterns/en-us.js' {
  import type { HyphenPatterns } from './liang.ts';
  const patterns: HyphenPatterns;
  export default patterns;
}
