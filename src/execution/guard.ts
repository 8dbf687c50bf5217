// Cooperative cancellation. Every request runs with a guard: its deadline, and a flag the HTTP
// side raises when the client goes away. Each database call first checks the guard (see
// guardedDb), so a request past its deadline stops at its next query instead of running on.
// The flag lives in shared memory, so a guard works the same on a worker thread.
import { AsyncLocalStorage } from 'node:async_hooks';
import { GraphQLError } from 'graphql';

export interface Guard {
  /** Epoch milliseconds after which the request's work stops. */
  deadline: number;
  /** [0] is set to 1 when the request was abandoned (client gone, or the deadline passed). */
  stopped: Int32Array;
}

const current = new AsyncLocalStorage<Guard>();

export function newGuard(timeoutMs: number): Guard {
  return { deadline: Date.now() + timeoutMs, stopped: new Int32Array(new SharedArrayBuffer(4)) };
}

/** Marks a guard's request as abandoned; its next database call throws. */
export function stop(guard: Guard): void {
  Atomics.store(guard.stopped, 0, 1);
}

/** Runs `fn` (and everything it awaits) under `guard`. */
export function runGuarded<T>(guard: Guard, fn: () => T): T {
  return current.run(guard, fn);
}

/** The error a request gets when it ran past REQUEST_TIMEOUT_MS. */
export function timeoutError(timeoutMs: number): GraphQLError {
  return new GraphQLError(`The request took longer than ${timeoutMs} ms (REQUEST_TIMEOUT_MS) and was stopped; ask for less.`, {
    extensions: { code: 'TIMEOUT', http: { status: 504 } },
  });
}

const STOPPED = 'The request was stopped: its deadline passed or its client went away.';

/** Throws when the current request (if any) is past its deadline or abandoned. */
export function checkGuard(): void {
  const guard = current.getStore();
  if (!guard) return;
  if (Atomics.load(guard.stopped, 0) === 1 || Date.now() > guard.deadline) {
    throw new GraphQLError(STOPPED, { extensions: { code: 'TIMEOUT' } });
  }
}
