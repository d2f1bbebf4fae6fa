// Types of ledger.js (plain JavaScript so `node` runs it without a build) for the TypeScript tests.

export type Verdict = 'real' | 'harmless' | 'false';
export type Tier = 'high' | 'medium' | 'low';

export interface LedgerEntry {
  package: string;
  file: string;
  line: number;
  messageId: string;
  fingerprint: string;
  verdict: Verdict | null;
  reason: string | null;
}

export interface LedgeredReport {
  package: string;
  file: string;
  line: number;
  messageId: string | undefined;
  fingerprint: string;
}

export interface MeasuredKind {
  tier: Tier;
  reports: number;
  real: number;
  harmless: number;
  false: number;
  untunedReports: number;
  untunedFalse: number;
}

export interface HoldOutSet {
  set: number;
  packages: string[];
  judged: Record<string, Record<string, { real: number; harmless: number; false: number }>>;
}

export type MeasuredPrecision = Record<string, Record<string, MeasuredKind>>;

export const LEDGER_DIR: string;
export const HOLD_OUTS_FILE: string;
export const VERDICTS: readonly Verdict[];
export function getFingerprint(lineText: string): string;
export function readLedgers(): Record<string, LedgerEntry[]>;
export function readHoldOuts(): HoldOutSet[];
export function getHoldOutFormatProblems(sets: unknown): string[];
export function formatLedger(entries: LedgerEntry[]): string;
export function getLedgerFormatProblems(entries: unknown): string[];
export function matchLedger<R extends LedgeredReport>(
  entries: LedgerEntry[],
  reports: R[],
  isInScope: (entry: LedgerEntry) => boolean,
): { matches: { report: R; entry: LedgerEntry }[]; unledgered: R[]; stale: LedgerEntry[] };
export function updateLedger(
  entries: LedgerEntry[],
  reports: LedgeredReport[],
  isInScope: (entry: LedgerEntry) => boolean,
): { entries: LedgerEntry[]; added: LedgerEntry[]; kept: number; stale: LedgerEntry[] };
export function getTier(judged: number, falseCount: number): Tier;
export function computeTiers(ledgers: Record<string, LedgerEntry[]>, holdOuts?: HoldOutSet[]): MeasuredPrecision;
