/** The number of lines `generateClasses` produces per class. */
export declare const LINES_PER_CLASS: number;
/** A TypeScript file of `classCount` generated async classes (every rule's shapes, reported and look-alike). */
export declare function generateClasses(classCount: number): string;
/** A file of about `lines` lines (whole classes). */
export declare function generateLines(lines: number): string;
