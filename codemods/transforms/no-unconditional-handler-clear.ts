// jscodeshift transform: applies the fixes and designated cures of concurrency/no-unconditional-handler-clear (see docs/codemods.md).
import { createTransform } from '../engine/transform.js';

export default createTransform(['no-unconditional-handler-clear']);
