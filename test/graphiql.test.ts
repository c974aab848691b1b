import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CreateTicketDocument } from './gql/graphql';
import { ticketInput } from './helpers/factories';
import { startTestServer } from './helpers/harness';
import { register, run } from './helpers/http-client';

// Debian's chromium (installed by .ci/run). Without it this test cannot run, and says so.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`GraphiQL browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

beforeAll(async () => {
  if (!hasChromium) return;
  server = await startTestServer();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test.skipIf(!hasChromium)('GraphiQL is served by the API itself and runs a query from the page', async () => {
  const { accessToken } = await register(server.url, 'admin');
  await run(server.url, CreateTicketDocument, { input: ticketInput({ subject: 'Seen from GraphiQL' }) }, accessToken);
  const page = await browser.newPage();
  const origin = new URL(server.url).origin;
  const foreign: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });

  const response = await page.goto(server.url);
  expect(response!.status()).toBe(200);
  expect(response!.headers()['content-type']).toBe('text/html; charset=utf-8');
  await page.locator('.graphiql-container').waitFor({ timeout: 15_000 });
  // As a user does once: the Authorization header, kept by GraphiQL across visits.
  await page.evaluate((token) => {
    (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('graphiql:headers', JSON.stringify({ Authorization: `Bearer ${token}` }));
  }, accessToken);
  await page.reload();
  await page.locator('.graphiql-container').waitFor({ timeout: 15_000 });
  // The page holds two operations: GraphiQL asks which one to run, once it has parsed the editor's
  // text. A click before that (a loaded machine) opens no menu, so the click is repeated until it does.
  const latest = page.getByRole('menuitem', { name: 'LatestTickets' });
  for (let attempt = 1; ; attempt++) {
    await page.locator('.graphiql-execute-button').click();
    const opened = await latest.waitFor({ timeout: 2_000 }).then(() => true, () => false);
    if (opened) break;
    if (attempt === 5) throw new Error('GraphiQL offered no choice of operation after 5 clicks on Execute');
  }
  await latest.click();
  await page.getByText('Seen from GraphiQL').first().waitFor({ timeout: 15_000 });
  const result = await page.locator('.result-window').innerText();
  expect(result).toContain('"key": "TICKET-000001"');
  expect(result).toContain('"totalCount": 1');

  expect(foreign).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
