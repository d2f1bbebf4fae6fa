import noStateFlagAfterAwait from './no-state-flag-after-await.js';
import noUnguardedLazyLock from './no-unguarded-lazy-lock.js';

/** Every rule of the plugin, by id. */
export const rules = {
  'no-state-flag-after-await': noStateFlagAfterAwait,
  'no-unguarded-lazy-lock': noUnguardedLazyLock,
};
