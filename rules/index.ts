import noAsyncLazyInitRace from './no-async-lazy-init-race.js';
import noMixedErrorZones from './no-mixed-error-zones.js';
import noShadowedException from './no-shadowed-exception.js';
import noStateFlagAfterAwait from './no-state-flag-after-await.js';
import noUnconditionalHandlerClear from './no-unconditional-handler-clear.js';
import noUnguardedLazyLock from './no-unguarded-lazy-lock.js';
import requireIdempotentTeardown from './require-idempotent-teardown.js';

/** Every rule of the plugin, by id. */
export const rules = {
  'no-async-lazy-init-race': noAsyncLazyInitRace,
  'no-mixed-error-zones': noMixedErrorZones,
  'no-shadowed-exception': noShadowedException,
  'no-state-flag-after-await': noStateFlagAfterAwait,
  'no-unconditional-handler-clear': noUnconditionalHandlerClear,
  'no-unguarded-lazy-lock': noUnguardedLazyLock,
  'require-idempotent-teardown': requireIdempotentTeardown,
};
