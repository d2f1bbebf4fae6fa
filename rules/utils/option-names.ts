const nameSets = new WeakMap<readonly string[], Map<readonly string[], ReadonlySet<string>>>();

/**
 * `defaults` and the names an option adds (`cleanupMethods`, `teardownMethods`) as one set, built once per option
 * value: createRule hands a rule the same options object on every file with the same options.
 */
export function getOptionNames(defaults: readonly string[], added: readonly string[]): ReadonlySet<string> {
  let byDefaults = nameSets.get(added);
  if (!byDefaults) {
    byDefaults = new Map();
    nameSets.set(added, byDefaults);
  }
  let names = byDefaults.get(defaults);
  if (!names) {
    names = new Set([...defaults, ...added]);
    byDefaults.set(defaults, names);
  }
  return names;
}
