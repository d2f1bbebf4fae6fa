// jscodeshift transform: applies the fixes and designated cures of every rule of the plugin (see docs/codemods.md).
import { RULE_IDS } from '../engine/rewrite.js';
import { createTransform } from '../engine/transform.js';

export default createTransform(RULE_IDS);
