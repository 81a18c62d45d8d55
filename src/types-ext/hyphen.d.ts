// The `hyphen` package ships no types for its per-language entry points (CommonJS modules).
declare module 'hyphen/en-us/index.js' {
  const hyphen: { hyphenateSync(text: string, options?: { minWordLength?: number; hyphenChar?: string }): string };
  export default hyphen;
}
