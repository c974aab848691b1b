import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';

const USAGE = 'usage: ticketgraph [serve | worker]   (serve: the API, the default; worker: job workers only)';

async function main(): Promise<void> {
  const command = process.argv[2] ?? 'serve';
  if (command !== 'serve' && command !== 'worker') {
    console.error(USAGE);
    process.exit(2);
  }
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
  const logger = createLogger(config);
  // Tracing hooks the modules the app loads, so it starts first; unset, none of it is loaded.
  const tracing = config.tracing.endpoint ? (await import('./telemetry/open-telemetry.js')).startTracing(config) : undefined;
  const { startApp, startWorker } = await import('./app.js');
  let app: { stop(): Promise<void> };
  try {
    app = command === 'worker' ? await startWorker(config, logger) : await startApp(config, logger);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    logger.fatal({ err: error }, 'ticketgraph could not start');
    process.exit(1);
  }

  // npm and tsx relay the terminal's Ctrl+C to a process that the terminal signals too: a repeat
  // within a few seconds is that echo, a later one is the operator insisting.
  let firstSignalAt: number | undefined;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (firstSignalAt !== undefined) {
      if (Date.now() - firstSignalAt < 3000) return;
      logger.warn({ signal }, 'signal repeated: exiting without finishing the shutdown');
      process.exit(1);
    }
    firstSignalAt = Date.now();
    logger.info({ signal }, command === 'worker' ? 'shutting down: handing running jobs back' : 'shutting down: draining requests');
    app.stop().then(() => tracing?.stop()).then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'unclean shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

void main();
