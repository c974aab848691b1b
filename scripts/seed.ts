import 'reflect-metadata';
import { closeDeps, createDeps, openDatabase } from '../src/app';
import { loadConfig } from '../src/config';
import { systemContext } from '../src/services/shared/service-context';
import { createLogger } from '../src/logger';
import { seedStarterData } from '../src/services/seed/seed.service';

/**
 * `npm run seed`: the starter FAQs and demo tickets, into the database the configuration names
 * (the embedded one by default: stop the API first, as both would start it). Safe to run again.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config);
  const { orm, embedded } = await openDatabase(config, logger);
  try {
    const deps = await createDeps(config, logger, orm);
    try {
      const result = await seedStarterData(systemContext(deps));
      console.log(`seeded: ${result.faqsAdded} FAQ entries and ${result.ticketsAdded} demo tickets added`);
    } finally {
      await closeDeps(deps);
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
