// jscodeshift transform: applies the fixes and designated cures of concurrency/no-state-flag-after-await (see docs/codemods.md).
import { createTransform } from '../engine/transform.js';

export default createTransform(['no-state-flag-after-await']);
