/**
 * Property-based tests: fast-check's scheduler (fc.scheduler()) decides the order in which every
 * scheduled promise settles, so each run explores a different interleaving of callers, lock hand-overs,
 * factory calls and cleanup steps. Invariants are checked after the scheduler is idle.
 */
import './leak-guard.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from './captured-log.js';
import { createCapturingLogger, useCapturedLog } from './captured-log.js';
import { flushMicrotasks } from './deferred.js';
import { Lifecycle, Mutex, idempotent, lazy } from '../../packages/runtime/src/index.js';

useCapturedLog();

const RUNS = { numRuns: 500 } as const;

/** Releases every scheduled task, then lets the unscheduled continuations after the last one run. */
async function runToIdle(s: fc.Scheduler): Promise<void> {
  await s.waitIdle();
  await flushMicrotasks();
}

type Settled<T> = { status: 'fulfilled'; value: T } | { status: 'rejected'; reason: unknown };

/** The value or the rejection reason of a settled promise (undefined while pending). */
function payloadOf<T>(outcome: Settled<T> | undefined): unknown {
  return outcome?.status === 'rejected' ? outcome.reason : outcome?.value;
}

/**
 * Returns, per caller, whether it got exactly `expected[i]` (same object, not just an equal one).
 * Compared as a whole array against all-true so a failure names the caller without a loop of asserts.
 */
function sameObjects<T>(settled: Array<Settled<T> | undefined>, expected: unknown[]): boolean[] {
  return expected.map((object, i) => Object.is(payloadOf(settled[i]), object));
}

function track<T>(promise: Promise<T>, into: Array<Settled<T> | undefined>, index: number): void {
  promise.then(
    (value) => {
      into[index] = { status: 'fulfilled', value };
    },
    (reason: unknown) => {
      into[index] = { status: 'rejected', reason };
    },
  );
}

describe('Mutex under random interleavings', () => {
  const taskArbitrary = fc.record({
    outcome: fc.constantFrom('ok', 'throw', 'reject'),
    viaAcquire: fc.boolean(),
    releaseTwice: fc.boolean(),
  });

  it('never has two holders, grants in request order, releases however the holder ends, passes errors on unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(taskArbitrary, { minLength: 1, maxLength: 8 }), async (s, tasks) => {
        const mutex = new Mutex();
        const requested: number[] = [];
        const entered: number[] = [];
        const errors = tasks.map((_, i) => new Error(`task ${i}`));
        const settled: Array<Settled<number> | undefined> = [];
        let holders = 0;
        let maxHolders = 0;

        const critical = (i: number): number | Promise<number> => {
          holders += 1;
          maxHolders = Math.max(maxHolders, holders);
          entered.push(i);
          if (tasks[i]!.outcome === 'throw') {
            holders -= 1;
            throw errors[i];
          }
          return s.schedule(Promise.resolve(i), `work ${i}`).then((value) => {
            holders -= 1;
            if (tasks[i]!.outcome === 'reject') throw errors[i];
            return value;
          });
        };

        const viaAcquire = async (i: number): Promise<number> => {
          const release = await mutex.acquire();
          try {
            return await critical(i);
          } finally {
            release();
            if (tasks[i]!.releaseTwice) release();
          }
        };

        tasks.forEach((task, i) => {
          const outcome = s.schedule(Promise.resolve(), `arrive ${i}`).then(() => {
            requested.push(i);
            return task.viaAcquire ? viaAcquire(i) : mutex.runExclusive(() => critical(i));
          });
          track(outcome, settled, i);
        });
        await runToIdle(s);

        expect(maxHolders).toBe(1);
        expect(entered).toEqual(requested);
        expect(mutex.isLocked()).toBe(false);
        expect(mutex.waitingCount).toBe(0);
        expect(settled).toEqual(
          tasks.map((task, i) =>
            task.outcome === 'ok' ? { status: 'fulfilled', value: i } : { status: 'rejected', reason: errors[i] },
          ),
        );
        // Identity, not just equality: the caller gets the very object its holder threw or returned.
        const expectedObjects = tasks.map((task, i) => (task.outcome === 'ok' ? i : errors[i]));
        expect(sameObjects(settled, expectedObjects)).toEqual(tasks.map(() => true));
      }),
      RUNS,
    );
  });
});

describe('lazy under random interleavings', () => {
  it('runs at most one factory call at a time, starts a new one only after a failure with retryOnFailure, and gives every caller exactly its call’s value or error object', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        fc.boolean(),
        async (s, callerCount, attemptFails, retryOnFailure) => {
          interface Attempt {
            fails: boolean;
            value: { attempt: number };
            error: Error;
          }
          const attempts: Attempt[] = [];
          let inFlight = 0;
          let maxInFlight = 0;
          const cached = lazy(
            () => {
              const index = attempts.length;
              const attempt: Attempt = {
                fails: attemptFails[index] ?? false,
                value: { attempt: index },
                error: new Error(`attempt ${index}`),
              };
              attempts.push(attempt);
              inFlight += 1;
              maxInFlight = Math.max(maxInFlight, inFlight);
              return s.schedule(Promise.resolve(), `factory ${index}`).then(() => {
                inFlight -= 1;
                if (attempt.fails) throw attempt.error;
                return attempt.value;
              });
            },
            { retryOnFailure },
          );

          // Each caller calls get(); a caller that sees a rejection calls get() once more.
          const firstAttempt: number[] = [];
          const secondAttempt: Array<number | undefined> = [];
          const settled: Array<Settled<{ attempt: number }> | undefined> = [];
          for (let i = 0; i < callerCount; i += 1) {
            const outcome = s.schedule(Promise.resolve(), `caller ${i}`).then(() => {
              const first = cached.get();
              // The call a get() is bound to is always the latest one: the one in flight, cached, or just started.
              firstAttempt[i] = attempts.length - 1;
              return first.catch(() => {
                const second = cached.get();
                secondAttempt[i] = attempts.length - 1;
                return second;
              });
            });
            track(outcome, settled, i);
          }
          await runToIdle(s);

          const expectedOutcome = (index: number): Settled<{ attempt: number }> => {
            const attempt = attempts[index]!;
            return attempt.fails ? { status: 'rejected', reason: attempt.error } : { status: 'fulfilled', value: attempt.value };
          };
          expect(maxInFlight).toBe(1);
          // A caller that saw a failure starts a new call with retryOnFailure, and sees the same error without.
          expect(firstAttempt.map((first, i) => (secondAttempt[i] === undefined ? 'no retry' : secondAttempt[i]! > first))).toEqual(
            firstAttempt.map((first) => (attempts[first]!.fails ? retryOnFailure : 'no retry')),
          );
          expect(settled).toEqual(firstAttempt.map((first, i) => expectedOutcome(secondAttempt[i] ?? first)));
          const expectedObjects = firstAttempt.map((first, i) => {
            const attempt = attempts[secondAttempt[i] ?? first]!;
            return attempt.fails ? attempt.error : attempt.value;
          });
          expect(sameObjects(settled, expectedObjects)).toEqual(firstAttempt.map(() => true));
          // A new call starts only after a failure, and never after a success or a cached failure.
          expect(attempts.slice(0, -1).filter((attempt) => !attempt.fails)).toEqual([]);
          if (!retryOnFailure) expect(attempts).toHaveLength(1);
          const last = attempts.at(-1)!;
          expect(cached.initialized).toBe(!last.fails);
          expect(cached.peek()).toBe(last.fails ? undefined : last.value);
        },
      ),
      RUNS,
    );
  });
});

describe('idempotent under random interleavings', () => {
  it('runs op once at a time (once in all without retry), every outside caller waits for its run, re-entrant calls never wait, no error is lost', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
        async (s, callerCount, runFails, retryOnFailure, reenterAfterAwait) => {
          interface Run {
            fails: boolean;
            finished: boolean;
            value: { run: number };
            error: Error;
            reentrant: Array<{ value: unknown; runFinished: boolean }>;
          }
          const runs: Run[] = [];
          let active = 0;
          let maxActive = 0;

          const shutdown = idempotent(
            async () => {
              const index = runs.length;
              const run: Run = {
                fails: runFails[index] ?? false,
                finished: false,
                value: { run: index },
                error: new Error(`run ${index}`),
                reentrant: [],
              };
              runs.push(run);
              active += 1;
              maxActive = Math.max(maxActive, active);
              // Re-entry before the first await (synchronous part of op).
              void shutdown().then((value) => run.reentrant.push({ value, runFinished: run.finished }));
              await s.schedule(Promise.resolve(), `run ${index} work`);
              if (reenterAfterAwait) {
                const value = await shutdown();
                run.reentrant.push({ value, runFinished: run.finished });
              }
              await s.schedule(Promise.resolve(), `run ${index} cleanup`);
              active -= 1;
              run.finished = true;
              if (run.fails) throw run.error;
              return run.value;
            },
            { retryOnFailure },
          );

          interface Caller {
            run: number;
            joinedCompleted: boolean;
            runFinishedAtSettle?: boolean;
          }
          const callers: Caller[] = [];
          const settled: Array<Settled<{ run: number } | undefined> | undefined> = [];
          for (let i = 0; i < callerCount; i += 1) {
            const outcome = s.schedule(Promise.resolve(), `caller ${i}`).then(() => {
              const joinedCompleted = shutdown.complete;
              const result = shutdown();
              const caller: Caller = { run: runs.length - 1, joinedCompleted };
              callers[i] = caller;
              return result.finally(() => {
                caller.runFinishedAtSettle = runs[caller.run]!.finished;
              });
            });
            track(outcome, settled, i);
          }
          await runToIdle(s);

          expect(maxActive).toBe(1);
          if (!retryOnFailure) expect(runs).toHaveLength(1);
          expect(runs.slice(0, -1).filter((run) => !run.fails)).toEqual([]);
          // Every caller waited for the run it joined (cleanup included).
          expect(callers.map((caller) => caller.runFinishedAtSettle)).toEqual(callers.map(() => true));
          // Every caller of a failed run got that run's error object; later callers got the value or undefined.
          expect(settled).toEqual(
            callers.map((caller) => {
              const run = runs[caller.run]!;
              if (caller.joinedCompleted) return { status: 'fulfilled', value: run.fails ? undefined : run.value };
              return run.fails ? { status: 'rejected', reason: run.error } : { status: 'fulfilled', value: run.value };
            }),
          );
          const expectedObjects = callers.map((caller) => {
            const run = runs[caller.run]!;
            if (run.fails) return caller.joinedCompleted ? undefined : run.error;
            return run.value;
          });
          expect(sameObjects(settled, expectedObjects)).toEqual(callers.map(() => true));
          // Re-entrant calls resolved with undefined while their run was still going: no self-deadlock.
          expect(runs.map((run) => run.reentrant)).toEqual(
            runs.map(() => Array.from({ length: reenterAfterAwait ? 2 : 1 }, () => ({ value: undefined, runFinished: false }))),
          );
          const last = runs.at(-1)!;
          expect(shutdown.inProgress).toBe(false);
          expect(shutdown.complete).toBe(!retryOnFailure || !last.fails);
        },
      ),
      RUNS,
    );
  });
});

describe('Lifecycle under random interleavings', () => {
  type State = 'disconnected' | 'connecting' | 'connected' | 'disconnecting';

  it('serialises connect/disconnect through atomic transitions: the client never sees overlapping or redundant calls, every transition is logged in order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.array(fc.record({ op: fc.constantFrom('connect', 'disconnect'), clientFails: fc.boolean() }), { minLength: 1, maxLength: 8 }),
        async (s, operations) => {
          const clientCalls: string[] = [];
          let clientBusy = 0;
          let maxClientBusy = 0;
          let clientOpen = false;
          const clientCall = async (kind: 'connect' | 'disconnect', fails: boolean): Promise<void> => {
            clientCalls.push(kind);
            clientBusy += 1;
            maxClientBusy = Math.max(maxClientBusy, clientBusy);
            await s.schedule(Promise.resolve(), `client ${kind}`);
            clientBusy -= 1;
            if (fails) throw new Error(`${kind} failed`);
            clientOpen = kind === 'connect';
          };

          const log: LogEntry[] = [];
          const life = new Lifecycle<State>('disconnected', { logger: createCapturingLogger(log) });
          const connect = async (fails: boolean): Promise<void> => {
            if (!life.transition('disconnected', 'connecting')) return;
            try {
              await clientCall('connect', fails);
            } catch {
              life.transition('connecting', 'disconnected');
              return;
            }
            life.transition('connecting', 'connected');
          };
          const disconnect = async (fails: boolean): Promise<void> => {
            if (!life.transition('connected', 'disconnecting')) return;
            try {
              await clientCall('disconnect', fails).catch(() => {
                // The note: don't reset the flag, we're disconnected either way.
                clientOpen = false;
              });
            } finally {
              life.transition('disconnecting', 'disconnected');
            }
          };

          const flippedImmediately: boolean[] = [];
          const settled: Array<Settled<void> | undefined> = [];
          operations.forEach(({ op, clientFails }, i) => {
            const outcome = s.schedule(Promise.resolve(), `${op} ${i}`).then(() => {
              const before = life.state;
              const done = op === 'connect' ? connect(clientFails) : disconnect(clientFails);
              // Pattern 2: the state changes synchronously when the operation starts, not after its await.
              if (op === 'connect' && before === 'disconnected') flippedImmediately.push(life.state === 'connecting');
              if (op === 'disconnect' && before === 'connected') flippedImmediately.push(life.state === 'disconnecting');
              return done;
            });
            track(outcome, settled, i);
          });
          await runToIdle(s);

          expect(settled).toEqual(operations.map(() => ({ status: 'fulfilled', value: undefined })));
          expect(maxClientBusy).toBeLessThanOrEqual(1);
          expect(flippedImmediately).toEqual(flippedImmediately.map(() => true));
          expect(life.is(['connected', 'disconnected'])).toBe(true);
          expect(clientOpen).toBe(life.is('connected'));
          // Each logged transition starts where the previous one ended: check and set were atomic.
          const steps = log.map((entry) => /^state transition: (\w+) -> (\w+)$/.exec(entry.message)?.slice(1));
          expect(steps.map((step) => step?.[0])).toEqual(steps.map((_, i) => (i === 0 ? 'disconnected' : steps[i - 1]?.[1])));
          expect(steps.at(-1)?.[1] ?? 'disconnected').toBe(life.state);
          expect(log.map((entry) => entry.level)).toEqual(log.map(() => 'debug'));
          // Every client call was one the state machine asked for: connects and disconnects alternate.
          expect(clientCalls.filter((kind, i) => kind === 'disconnect' && clientCalls[i - 1] !== 'connect')).toEqual([]);
        },
      ),
      RUNS,
    );
  });
});
