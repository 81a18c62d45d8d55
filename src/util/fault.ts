/**
 * Fault injection for the reliability tests only: `READER_FAULT` holds a comma-separated
 * list of faults (`enospc`, `enospc-cache`, `crash`, `crash-once`, `hang`). Unset in normal use.
 */
export function faultOn(name: string): boolean {
  const v = process.env.READER_FAULT;
  return (
    !!v &&
    v
      .split(',')
      .map((s) => s.trim())
      .includes(name)
  );
}
