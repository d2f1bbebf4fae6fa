/** Lines of context around each change, as in `diff -u` and `git diff`. */
const CONTEXT = 3;

type Operation = { readonly kind: ' ' | '-' | '+'; readonly line: string };

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * The edit script from `before` to `after` by Myers' O((N+M)·D) algorithm: linear in the file for the few,
 * local changes a codemod makes, where a table of all line pairs would be quadratic.
 */
function getOperations(before: readonly string[], after: readonly string[]): Operation[] {
  const max = before.length + after.length;
  const offset = max + 1;
  const frontier = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  search: for (let distance = 0; distance <= max; distance++) {
    trace.push(frontier.slice());
    for (let diagonal = -distance; diagonal <= distance; diagonal += 2) {
      const isDown = diagonal === -distance || (diagonal !== distance && frontier[offset + diagonal - 1]! < frontier[offset + diagonal + 1]!);
      let x = isDown ? frontier[offset + diagonal + 1]! : frontier[offset + diagonal - 1]! + 1;
      let y = x - diagonal;
      while (x < before.length && y < after.length && before[x] === after[y]) {
        x++;
        y++;
      }
      frontier[offset + diagonal] = x;
      if (x >= before.length && y >= after.length) break search;
    }
  }
  const operations: Operation[] = [];
  let x = before.length;
  let y = after.length;
  for (let distance = trace.length - 1; distance >= 0; distance--) {
    const previous = trace[distance]!;
    const diagonal = x - y;
    const isDown = diagonal === -distance || (diagonal !== distance && previous[offset + diagonal - 1]! < previous[offset + diagonal + 1]!);
    const previousDiagonal = isDown ? diagonal + 1 : diagonal - 1;
    const previousX = previous[offset + previousDiagonal]!;
    const previousY = previousX - previousDiagonal;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      operations.push({ kind: ' ', line: before[x]! });
    }
    if (distance > 0) operations.push(isDown ? { kind: '+', line: after[--y]! } : { kind: '-', line: before[--x]! });
  }
  return operations.reverse();
}

function formatRange(start: number, count: number): string {
  return count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;
}

/** A unified diff of `before` and `after` (`--- a/file`, `+++ b/file`, hunks with 3 lines of context); '' when equal. */
export function getUnifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const operations = getOperations(splitLines(before), splitLines(after));
  const output = [`--- a/${file}`, `+++ b/${file}`];
  let index = 0;
  while (index < operations.length) {
    const firstChange = operations.findIndex((operation, position) => position >= index && operation.kind !== ' ');
    if (firstChange === -1) break;
    const start = Math.max(firstChange - CONTEXT, index);
    let end = firstChange;
    // Extend the hunk while the next change is within two contexts of the last one.
    for (let position = firstChange; position < operations.length; position++) {
      if (operations[position]!.kind !== ' ') end = position;
      else if (position - end > 2 * CONTEXT) break;
    }
    end = Math.min(end + CONTEXT, operations.length - 1);
    let oldStart = 1;
    let newStart = 1;
    for (const operation of operations.slice(0, start)) {
      if (operation.kind !== '+') oldStart++;
      if (operation.kind !== '-') newStart++;
    }
    const hunk = operations.slice(start, end + 1);
    const oldCount = hunk.filter((operation) => operation.kind !== '+').length;
    const newCount = hunk.filter((operation) => operation.kind !== '-').length;
    output.push(`@@ -${formatRange(oldStart, oldCount)} +${formatRange(newStart, newCount)} @@`, ...hunk.map((operation) => operation.kind + operation.line));
    index = end + 1;
  }
  return `${output.join('\n')}\n`;
}
