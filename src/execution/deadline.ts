// Every operation runs under a deadline (REQUEST_TIMEOUT_MS): when it passes, or when the client
// goes away, the client gets its answer at once and the work is told to stop (its next database
// call throws, see ./guard.ts). With a pool the work runs on a worker thread, except a cheap
// operation while nothing else executes (./inline-gate.ts); without one (EXECUTION_WORKERS=0:
// tests, debugging) it runs here, and SQLite statements are not stopped.
import { GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { newGuard, runGuarded, stop, timeoutError, type Guard } from './guard.js';
import { priceOf } from '../api/cost-limit.js';
import { InlineGate } from './inline-gate.js';
import type { ExecutionPool } from './pool.js';

export interface DeadlineOptions {
  timeoutMs: number;
  /** Runs operations on worker threads; without it they run on this thread. */
  pool?: ExecutionPool;
  /** With a pool: which cheap operations may still run here (./inline-gate.ts). */
  gate?: InlineGate;
}

function clientGone(): GraphQLError {
  return new GraphQLError('The client closed the request.', { extensions: { code: 'CLIENT_CLOSED_REQUEST', http: { status: 499 } } });
}

/** The work's result, or a timeout (or client-gone) result, whichever comes first. */
async function within(work: Promise<ExecutionResult>, guard: Guard, timeoutMs: number, client: AbortSignal | undefined): Promise<ExecutionResult> {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const cut = new Promise<ExecutionResult>((resolve) => {
    timer = setTimeout(() => resolve({ errors: [timeoutError(timeoutMs)] }), Math.max(0, guard.deadline - Date.now()));
    onAbort = () => resolve({ errors: [clientGone()] });
    if (client?.aborted) onAbort();
    else client?.addEventListener('abort', onAbort, { once: true });
  });
  // Once cut off, nobody waits for the work's own outcome.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, cut]);
  } finally {
    clearTimeout(timer);
    if (onAbort) client?.removeEventListener('abort', onAbort);
    stop(guard);
  }
}

export function useDeadline({ timeoutMs, pool, gate = new InlineGate() }: DeadlineOptions): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args: ExecutionArgs) => {
        const guard = newGuard(timeoutMs);
        const client = (args.contextValue as { request?: Request } | undefined)?.request?.signal;
        const here = () => Promise.resolve(runGuarded(guard, () => executeFn(args) as Promise<ExecutionResult> | ExecutionResult));
        let work: Promise<ExecutionResult>;
        if (!pool) work = here();
        else if (gate.admits(priceOf(args.contextValue))) {
          const started = performance.now();
          work = here().finally(() => gate.ranInline(performance.now() - started));
        } else work = pool.run(args, guard);
        return within(gate.track(work), guard, timeoutMs, client);
      });
    },
  };
}
