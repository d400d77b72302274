/** The little a store needs from a SQL database: PGlite and pg both fit behind it. */
export interface SqlRunner {
  /** One statement with `$1`-style parameters. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  /** Several statements without parameters. */
  exec(sql: string): Promise<void>;
}

/** A SQL database: a runner, transactions, and closing. */
export interface SqlDatabase extends SqlRunner {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
