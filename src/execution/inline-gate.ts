// When an operation may skip the worker pool. Handing an operation to a worker costs about a
// millisecond on these machines (two thread wake-ups and the result's JSON): a fifth of an
// ordinary article page. So a cheap operation runs on the HTTP thread when it is the only request
// in flight: then it delays no one. Prices bound time only roughly (a search's time depends on
// how common its words are), so the gate also watches: once an operation run here takes long,
// none runs here for a while, and one client sending such requests back to back cannot hold
// the HTTP thread more than once per cool-off.
export interface InlineGateOptions {
  /** Operations costing more always go to the pool. */
  maxCost: number;
  /** An inline operation slower than this closes the gate... */
  slowMs: number;
  /** ...for this long. */
  coolOffMs: number;
}

/** The defaults: ordinary pages (an article list of 20 costs 2,950) run inline when idle. */
export const INLINE_GATE: InlineGateOptions = { maxCost: 5_000, slowMs: 50, coolOffMs: 30_000 };

export class InlineGate {
  private executing = 0;
  private closedUntil = 0;
  /** GraphQL requests in flight at the HTTP layer, this one included (set by admission). */
  private requests = 0;

  constructor(private readonly options: InlineGateOptions = INLINE_GATE) {}

  /** Whether an operation of `cost` (undefined: not priced) may run on the HTTP thread now. */
  admits(cost: number | undefined, now = Date.now()): boolean {
    return this.requests <= 1 && this.executing === 0 && cost !== undefined && cost <= this.options.maxCost && now >= this.closedUntil;
  }

  /** How many GraphQL requests are in flight (others being parsed or waiting count too). */
  load(requests: number): void {
    this.requests = requests;
  }

  /** Counts an operation as executing until `work` settles, wherever it runs. */
  track<T>(work: Promise<T>): Promise<T> {
    this.executing += 1;
    return work.finally(() => {
      this.executing -= 1;
    });
  }

  /** An operation that ran on the HTTP thread took `ms`. */
  ranInline(ms: number, now = Date.now()): void {
    if (ms > this.options.slowMs) this.closedUntil = now + this.options.coolOffMs;
  }
}
