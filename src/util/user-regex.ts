import { RE2JS } from 're2js';

/**
 * Regexes a user writes in reader.yaml (`topics[].patterns`, `texts[].rules.drop`) run on
 * every line or paragraph of a text. JavaScript's engine backtracks: `(a+)+$` on a line of
 * 40 a's takes minutes, holding the only thread (Ctrl-C unanswered). These run on RE2
 * (re2js), whose time grows linearly with the text whatever the pattern. RE2 has no
 * lookaround and no backreferences: a pattern that uses them is refused with a clear error.
 */
export interface UserRegex {
  source: string;
  test(text: string): boolean;
  /** `[start, end)` of every non-empty match, in UTF-16 offsets. */
  ranges(text: string): Array<[number, number]>;
}

/** Compile a user's pattern; throws the engine's reason (see userRegexProblem). */
export function compileUserRegex(source: string, options: { ignoreCase?: boolean } = {}): UserRegex {
  const re = RE2JS.compile(source, options.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
  return {
    source,
    test: (text) => re.matcher(text).find(),
    ranges(text) {
      const out: Array<[number, number]> = [];
      const m = re.matcher(text);
      while (m.find()) if (m.end() > m.start()) out.push([m.start(), m.end()]);
      return out;
    },
  };
}

/** Why a pattern cannot be used (for an error at its place in reader.yaml), or undefined. */
export function userRegexProblem(source: string): string | undefined {
  try {
    compileUserRegex(source);
    return undefined;
  } catch (e) {
    const why = String((e as Error).message ?? e).replace(/^error parsing regexp: /, '');
    try {
      new RegExp(source, 'u');
    } catch {
      return why;
    }
    // Valid for JavaScript, not for RE2: say which feature it needs.
    return /\(\?<?[=!]/.test(source)
      ? 'lookahead and lookbehind (`(?=`, `(?!`, `(?<=`, `(?<!`) are not supported'
      : /\\[1-9]/.test(source)
        ? 'backreferences (`\\1`) are not supported'
        : why;
  }
}
