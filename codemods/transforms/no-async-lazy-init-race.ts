// jscodeshift transform: applies the fixes and designated cures of concurrency/no-async-lazy-init-race (see docs/codemods.md).
import { createTransform } from '../engine/transform.js';

export default createTransform(['no-async-lazy-init-race']);
