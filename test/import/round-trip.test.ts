import { describe, expect, test } from 'vitest';
import { ticketFromRecord, type ImportFormat } from '../../src/services/import';
import { testTicketsJson, testTicketsXml } from '../../src/services/jobs/test-tickets.formats';
import { generateTestTickets, testTicketsCsv, type TestTicket } from '../../src/services/jobs/test-tickets.generator';
import { parseAll, randomChunkBytes } from './import-test-files';

const writers: Record<ImportFormat, (tickets: TestTicket[]) => string> = {
  CSV: testTicketsCsv,
  JSON: testTicketsJson,
  XML: testTicketsXml,
};

describe.each(['CSV', 'JSON', 'XML'] as const)('%s round trip', (format) => {
  const tickets = generateTestTickets(400, 11);
  const file = writers[format](tickets);

  test('generated tickets written as a file import back unchanged', async () => {
    const records = await parseAll(file, format);
    expect(records.map((record) => record.row)).toEqual(tickets.map((_, i) => i + 1));
    expect(records.map((record) => ticketFromRecord(record.fields))).toEqual(
      tickets.map((ticket) => ({ value: { ...ticket, metadata: { ...ticket.metadata, extra: null } }, errors: [] })),
    );
  });

  test.each([
    [1, 16],
    [2, 512],
    [3, 4096],
  ])('chunks of random sizes give the same rows (seed %i, up to %i bytes)', async (seed, max) => {
    const whole = await parseAll(file, format);
    // Every chunk a different size: boundaries fall everywhere.
    expect(await parseAll(file, format, { chunkBytes: randomChunkBytes(seed, max) })).toEqual(whole);
  });
});
