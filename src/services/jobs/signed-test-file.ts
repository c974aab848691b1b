import { signCsv } from './csv-signature';
import { generateTestTickets, testTicketsCsv } from './test-tickets.generator';

export interface SignedTestFileRequest {
  ticketCount: number;
  /** The signing secret. */
  secret: string;
  sessionId: string;
  nonce: string;
  timestamp: string;
}

/**
 * A test file as `generateTestCsv` hands it out: generated tickets as CSV after `# X-...` comment
 * lines, signed, base64-encoded. Seconds of CPU for the largest: run off the main thread.
 */
export function buildSignedTestFile({ ticketCount, secret, sessionId, nonce, timestamp }: SignedTestFileRequest): {
  csvContent: string;
  signature: string;
} {
  const rows = testTicketsCsv(generateTestTickets(ticketCount));
  const signature = signCsv(secret, timestamp, nonce, rows);
  const comments = [`# X-Session-Id: ${sessionId}`, `# X-Signature: ${signature}`, `# X-Nonce: ${nonce}`, `# X-Timestamp: ${timestamp}`];
  return { csvContent: Buffer.from(`${comments.join('\r\n')}\r\n${rows}`, 'utf8').toString('base64'), signature };
}
