// jscodeshift transform: applies the fixes and designated cures of concurrency/no-mixed-error-zones (see docs/codemods.md).
import { createTransform } from '../engine/transform.js';

export default createTransform(['no-mixed-error-zones']);
