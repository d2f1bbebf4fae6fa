// jscodeshift transform: applies the fixes and designated cures of concurrency/require-idempotent-teardown (see docs/codemods.md).
import { createTransform } from '../engine/transform.js';

export default createTransform(['require-idempotent-teardown']);
