import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { getLastName, skipTypeWrappers } from '../program/ast.js';

const LOG_METHODS = new Set([
  'critical',
  'debug',
  'error',
  'exception',
  'fatal',
  'info',
  'log',
  'silly',
  'trace',
  'verbose',
  'warn',
  'warning',
]);

/** `console`, `log`, `logger`, `_logger`, `LOG`, `this.#log`... */
const LOGGER_NAME = /^_*(?:console|log|logger)$/iu;
/** `requestLogger`, `this.auditLogger`, `request_logger`. */
const LOGGER_SUFFIX = /(?:Logger|_logger)$/u;


/**
 * True when `call` writes a log line: `console.error(…)`, `logger.warn(…)`, `this.log.debug(…)`,
 * `this.#logger.info(…)`. Logging is how a cleanup failure is reported, so it is never itself the hazard.
 */
export function isLoggingCall(call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return false;
  if (callee.property.type !== AST_NODE_TYPES.Identifier || !LOG_METHODS.has(callee.property.name)) return false;
  const receiver = getLastName(callee.object);
  return receiver !== null && (LOGGER_NAME.test(receiver) || LOGGER_SUFFIX.test(receiver));
}
