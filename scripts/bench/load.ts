// One load measurement with autocannon: a fixed POST body at a number of connections for a
// number of seconds. Every response time is kept (autocannon's 'response' event, in ms with
// sub-millisecond precision), so any percentile can be read, p95 included; autocannon's own
// summary only has p50/p90/p97.5/p99 and rounds to whole milliseconds.
import autocannon from 'autocannon';

export interface LoadResult {
  /** Successful (2xx) responses per second. */
  rps: number;
  requests: number;
  /** Non-2xx responses and connection errors: must be 0. */
  errors: number;
  /** Responses slower than the timeout (overload, not failure). */
  timeouts: number;
  max: number;
  p50: number;
  p95: number;
  p99: number;
}

/** A response slower than this is given up on (and counted in `timeouts`). */
export const TIMEOUT_SECONDS = 60;

export function percentile(sorted: Float64Array | number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The raw outcome of one load run; several can be merged (interleaved slices of one measurement). */
export interface LoadSample {
  times: number[];
  seconds: number;
  errors: number;
  timeouts: number;
}

export async function sample(url: string, body: string, connections: number, seconds: number): Promise<LoadSample> {
  const times: number[] = [];
  let bad = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration: seconds, timeout: TIMEOUT_SECONDS },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      if (status >= 200 && status < 300) times.push(responseTime);
      else bad++;
    });
  });
  // autocannon counts a timeout as an error too.
  return { times, seconds: result.duration || seconds, errors: bad + result.errors - result.timeouts, timeouts: result.timeouts };
}

export function summarise(samples: LoadSample[]): LoadResult {
  const sorted = Float64Array.from(samples.flatMap((s) => s.times)).sort();
  const seconds = samples.reduce((a, s) => a + s.seconds, 0);
  return {
    rps: sorted.length / seconds,
    requests: sorted.length,
    errors: samples.reduce((a, s) => a + s.errors, 0),
    timeouts: samples.reduce((a, s) => a + s.timeouts, 0),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
  };
}

export async function measure(url: string, body: string, connections: number, seconds: number): Promise<LoadResult> {
  return summarise([await sample(url, body, connections, seconds)]);
}
