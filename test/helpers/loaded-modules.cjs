// Preloaded (`node --require`) into an API process by a test: at exit, writes the files the process
// loaded through require to the file LOADED_MODULES_FILE names.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  writeFileSync(process.env.LOADED_MODULES_FILE, JSON.stringify(Object.keys(require.cache)));
});
