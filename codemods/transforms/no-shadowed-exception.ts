// jscodeshift transform: applies the fixes and designated cures of concurrency/no-shadowed-exception (see docs/codemods.md).
import { createTransform } from '../engine/transform.js';

export default createTransform(['no-shadowed-exception']);
