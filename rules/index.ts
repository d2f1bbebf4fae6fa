import noUnguardedLazyLock from './no-unguarded-lazy-lock.js';

/** Every rule of the plugin, by id. */
export const rules = {
  'no-unguarded-lazy-lock': noUnguardedLazyLock,
};
