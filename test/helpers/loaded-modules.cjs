// Preloaded (`NODE_OPTIONS=--require ...`) by a test into `npm start`: in the API process (not npm's
// own), writes the files it loaded through require, at its exit, to LOADED_MODULES_FILE.
const { writeFileSync } = require('node:fs');

if (process.argv.some((arg) => arg.endsWith('src/main.ts'))) {
  process.on('exit', () => writeFileSync(process.env.LOADED_MODULES_FILE, JSON.stringify(Object.keys(require.cache))));
}
