/**
 * One line for the terminal about what the analysis decided on its own (name variants merged,
 * weak sources left out), with the count and where each is listed: a build should not hide
 * its editorial calls in a file nobody opens.
 */
import type { BuildMessage } from '../pipeline/index.ts';

/** `names     14 name variants merged, 1 name of no person left out (a work's title, a ship, a paper, a publisher), 3 weak sources left out: each with its place in out/build.json ("log")`, or nothing. */
export function analysisSummary(log: BuildMessage[], buildJson: string): string | undefined {
  const merges = log.filter((l) => l.rule === 'name-merge').length;
  const weak = log.filter((l) => l.rule === 'source-weak').length;
  const leftOut = log.filter((l) => l.rule === 'name-left-out').length;
  const notPerson = log.filter((l) => l.rule === 'name-not-person').length;
  if (!merges && !weak && !leftOut && !notPerson) return undefined;
  const parts = [
    ...(merges ? [`${merges} name ${merges === 1 ? 'variant' : 'variants'} merged`] : []),
    ...(leftOut ? [`${leftOut} ${leftOut === 1 ? 'name' : 'names'} of no person left out (a work's title, a ship, a paper, a publisher)`] : []),
    ...(notPerson ? [`${notPerson} capitalized ${notPerson === 1 ? 'word' : 'words'} taken for no person (a place, a body, an office, a common word)`] : []),
    ...(weak ? [`${weak} weak ${weak === 1 ? 'source' : 'sources'} left out`] : []),
  ];
  return `${'names'.padEnd(9)} ${parts.join(', ')}: each with its place in ${buildJson} ("log"); name_index in reader.yaml changes them`;
}
