// The messages between the benchmark and the server children it forks (IPC channel).

/** Parent to child: how many SQL statements so far? (only children that count answer). */
export interface ChildRequest {
  type: 'sql-count';
}

/** Child to parent: listening on `port`, or the running statement total. */
export type ChildReply = { type: 'ready'; port: number } | { type: 'sql-count'; statements: number };
