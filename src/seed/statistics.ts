// When a seed run refreshes the planner statistics (store/statistics.ts): during the run each
// time the articles have doubled since the last refresh, so an API reading while a long run
// writes keeps good plans; at the end when the run changed at least 50 articles plus 10% of
// those there were (PostgreSQL autovacuum's default rule for re-analysing a table).

/** Below this growth a refresh during the run is not worth it: any plan is fast on so few rows. */
const MIN_GROWTH = 1_000;
const END_THRESHOLD = 50;
const END_FRACTION = 0.1;

export class StatisticsSchedule {
  private created = 0;
  private changed = 0;

  /** `articles`: how many there are at the start of the run. */
  constructor(private articles: number) {}

  /** Records an article created or updated; true when the statistics should be refreshed now. */
  record(outcome: 'created' | 'updated'): boolean {
    this.changed++;
    if (outcome === 'created') this.created++;
    return this.created >= Math.max(MIN_GROWTH, this.articles);
  }

  /** True at the end of a run when enough changed since the last refresh. */
  dueAtEnd(): boolean {
    return this.changed >= END_THRESHOLD + END_FRACTION * this.articles;
  }

  refreshed(): void {
    this.articles += this.created;
    this.created = 0;
    this.changed = 0;
  }
}
