/**
 * Argument checks shared by the helpers. Arguments are checked at the call site so a mistake surfaces
 * where it was made, not later inside a queued callback. (Async helpers reject with the TypeError.)
 */

/** Throws a TypeError naming `where` and `what` unless `value` is callable. */
export function assertFunction(value: unknown, where: string, what: string): asserts value is (...args: never[]) => unknown {
  if (typeof value !== 'function') {
    throw new TypeError(`${where}: ${what} must be a function, got ${describeType(value)}`);
  }
}

/** Throws a TypeError unless `value` is `undefined` or a boolean. */
export function assertOptionalBoolean(value: unknown, where: string, what: string): asserts value is boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new TypeError(`${where}: ${what} must be a boolean, got ${describeType(value)}`);
  }
}

/** Throws a TypeError unless `value` is `undefined` or a non-null object (an options bag). */
export function assertOptionsObject(value: unknown, where: string): asserts value is object | undefined {
  if (value !== undefined && (typeof value !== 'object' || value === null)) {
    throw new TypeError(`${where}: options must be an object, got ${describeType(value)}`);
  }
}

/** Returns a short human description of a value's type for error messages (`null`, `array`, `string`, ...). */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
