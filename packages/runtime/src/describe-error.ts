/**
 * Returns a one-line description of a thrown value for log messages: `String(value)` (so an Error
 * reads `Name: message`, as in a template literal), falling back to a tag when conversion itself throws,
 * because a logging path must never throw in place of the error it reports.
 */
export function describeError(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
