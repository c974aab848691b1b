import { describe, expect, test } from 'vitest';
import { DeviceType, TicketCategory, TicketPriority, TicketSource, TicketStatus } from '../../src/entities/enums';
import {
  ticketFromRecord, TICKET_CSV_COLUMNS,
} from '../../src/services/import';
import { generateTestTickets, testTicketsCsv } from '../../src/services/jobs/test-tickets.generator';
import { checkNewTicket } from '../../src/services/tickets/ticket-validation';
import { parseAll } from './import-test-files';

describe('generateTestTickets', () => {
  test('the same seed gives the same tickets, another seed others', () => {
    const first = generateTestTickets(50, 7);
    expect(generateTestTickets(50, 7)).toEqual(first);
    expect(generateTestTickets(50, 8)).not.toEqual(first);
    expect(generateTestTickets(0, 7)).toEqual([]);
    expect(() => generateTestTickets(-1)).toThrow('count must be a non-negative integer (got -1)');
    expect(() => generateTestTickets(1.5)).toThrow('count must be a non-negative integer (got 1.5)');
  });

  test('a known seed gives a known first ticket', () => {
    expect(generateTestTickets(1, 42)[0]).toEqual({
      customer: { id: 'CUST-70276', email: 'priya.larsen76@initech.example', name: 'Priya Larsen' },
      subject: 'Card declined but plan still active',
      description:
        'Dear support,\n\nWe would like to switch from monthly to annual billing, if there is a discount. ' +
        'Please send the invoice to our finance address instead of mine.\n\nCheers.',
      category: 'BILLING_QUESTION',
      priority: 'URGENT',
      status: 'NEW',
      tags: ['refund'],
      metadata: { source: 'EMAIL', browser: null, deviceType: null },
    });
  });

  test('every ticket passes the service’s validation, and they vary across every enum', () => {
    const tickets = generateTestTickets(2000, 1);
    for (const ticket of tickets) expect(checkNewTicket(ticket).errors).toEqual([]);

    const seen = (values: (string | null)[]) => new Set(values.filter((value) => value !== null));
    expect(seen(tickets.map((t) => t.category))).toEqual(new Set(Object.values(TicketCategory)));
    expect(seen(tickets.map((t) => t.priority))).toEqual(new Set(Object.values(TicketPriority)));
    expect(seen(tickets.map((t) => t.status))).toEqual(new Set(Object.values(TicketStatus)));
    expect(seen(tickets.map((t) => t.metadata.source))).toEqual(new Set(Object.values(TicketSource)));
    expect(seen(tickets.map((t) => t.metadata.deviceType))).toEqual(new Set(Object.values(DeviceType)));

    const lengths = tickets.map((t) => t.description.length).sort((a, b) => a - b);
    expect(lengths[0]).toBeGreaterThanOrEqual(10);
    expect(lengths[0]).toBeLessThan(60);
    expect(lengths.at(-1)).toBeGreaterThan(1500);
    expect(lengths.at(-1)).toBeLessThanOrEqual(2000);
    expect(new Set(tickets.map((t) => t.customer.email)).size).toBeGreaterThan(1000);
    expect(new Set(tickets.map((t) => t.subject)).size).toBeGreaterThan(100);
    expect(tickets.some((t) => t.description.includes('\n'))).toBe(true);
    expect(tickets.some((t) => t.description.includes('"'))).toBe(true);
    expect(tickets.some((t) => t.customer.name.includes(','))).toBe(true);
    expect(tickets.some((t) => t.tags.length === 0) && tickets.some((t) => t.tags.length >= 3)).toBe(true);
    // Nothing a spreadsheet would run, so the CSV carries the text unchanged.
    expect(tickets.filter((t) => /^[=+\-@]/.test(t.subject) || /^[=+\-@]/.test(t.description))).toEqual([]);
  });

  test('lengths stay within the rules over many seeds', () => {
    const tickets = Array.from({ length: 40 }, (_, seed) => generateTestTickets(1000, seed)).flat();
    expect(tickets.filter((t) => t.description.length < 10 || t.description.length > 2000 || t.subject.length > 200)).toEqual([]);
  });

  test('the CSV has the seed’s columns and imports back to the same tickets', async () => {
    const tickets = generateTestTickets(300, 3);
    const csv = testTicketsCsv(tickets);
    expect(csv.slice(0, csv.indexOf('\r\n'))).toBe(TICKET_CSV_COLUMNS.join(','));
    expect(TICKET_CSV_COLUMNS).toEqual([
      'customer_id', 'customer_email', 'customer_name', 'subject', 'description', 'category', 'priority', 'status',
      'tags', 'source', 'browser', 'device_type',
    ]);

    const records = await parseAll(csv, 'CSV');
    expect(records.map((record) => record.row)).toEqual(tickets.map((_, i) => i + 1));
    const imported = records.map((record) => ticketFromRecord(record.fields));
    expect(imported.map((mapped) => mapped.errors)).toEqual(tickets.map(() => []));
    // CSV line breaks are CRLF; the generator's descriptions use LF inside quoted fields, kept as is.
    expect(imported.map((mapped) => mapped.value)).toEqual(
      tickets.map((ticket) => ({ ...ticket, metadata: { ...ticket.metadata, extra: null } })),
    );
  });
});
