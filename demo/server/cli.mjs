/** Command-line parsing for demo/server/index.mjs, apart so tests can call it. */

/**
 * Parses the command line.
 * @param {string[]} argv arguments after the script name
 * @param {Record<string, string | undefined>} env
 */
export function parseArgs(argv, env) {
  /** @type {import('./app.mjs').DemoServerOptions} */
  const options = { port: env.PORT === undefined || env.PORT === '' ? 5173 : Number(env.PORT) };
  if (env.DATABASE_URL) options.databaseUrl = env.DATABASE_URL;
  if (env.HEARKEN_DASHBOARD_TOKEN) options.dashboardToken = env.HEARKEN_DASHBOARD_TOKEN;
  if (env.HEARKEN_WEBHOOK_URL) options.webhook = env.HEARKEN_WEBHOOK_URL;
  /** @type {import('./faults.mjs').FaultOptions | undefined} */
  let faults;
  for (const arg of argv) {
    const [name, value] = arg.split(/=(.*)/s);
    if (name == '--faults') faults = { ...faults, rate: value === undefined ? 0.3 : Number(value) };
    else if (name == '--seed') faults = { ...faults, seed: Number(value) };
    else if (name == '--data') options.dataDir = value;
    else if (name == '--no-csp') options.csp = false;
    else if (name == '--quiet') options.quiet = true;
    else if (name == '--webhook') options.webhook = value;
    else throw new Error(`[hearken] unknown option ${arg}`);
  }
  if (faults && faults.rate !== undefined) options.faults = faults;
  if (!Number.isInteger(options.port) || /** @type {number} */ (options.port) < 0 || /** @type {number} */ (options.port) > 65535) {
    throw new Error(`[hearken] PORT must be a port number, got ${env.PORT}`);
  }
  if (options.webhook !== undefined && !/^https?:\/\/\S+$/.test(options.webhook)) {
    throw new Error(`[hearken] the webhook (--webhook or HEARKEN_WEBHOOK_URL) must be an http(s) URL, got ${JSON.stringify(options.webhook)}`);
  }
  return options;
}
