/** A place in a file: what every message and error points at. */
export interface Place {
  file: string;
  line?: number;
  column?: number;
}

/** `file:line:col`, `file:line` or `file`: the one spelling of a place, in messages, errors and reports. */
export function formatPlace(place: Place): string {
  const pos = place.line ? `:${place.line}${place.column ? `:${place.column}` : ''}` : '';
  return `${place.file}${pos}`;
}
