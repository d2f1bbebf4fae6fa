// jscodeshift transform: applies the fixes and designated cures of concurrency/no-unguarded-lazy-lock (see docs/codemods.md), and collapses the
// design note's double-checked lock initialization into field initializers.
import { createTransform } from '../engine/transform.js';

export default createTransform(['no-unguarded-lazy-lock']);
