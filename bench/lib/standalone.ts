/** Runs a benchmark started on its own (`npx tsx bench/<name>.bench.ts`) and prints its figures, one per line. */
export function printWhenMain(mod: NodeModule, run: () => Promise<Record<string, unknown>>): void {
  if (require.main !== mod) return;
  run().then(
    (results) => {
      for (const [name, value] of Object.entries(results)) console.log(`${name}: ${value}`);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
