import type { TestTicket } from './test-tickets.generator';

/**
 * Generated tickets as JSON and XML import files, in the seed's lower-case spellings and the
 * nested shapes those formats use (`customer: { id, email, name }`, `<tags><tag>…</tag></tags>`).
 * CSV is `testTicketsCsv`. For trying out and benchmarking imports of every format.
 */
export function testTicketsJson(tickets: readonly TestTicket[]): string {
  return `[\n${tickets.map((ticket) => JSON.stringify(jsonTicket(ticket))).join(',\n')}\n]\n`;
}

export function testTicketsXml(tickets: readonly TestTicket[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tickets>\n${tickets.map(xmlTicket).join('')}</tickets>\n`;
}

/** One ticket as an element of the JSON array. */
export function jsonTicket(ticket: TestTicket): Record<string, unknown> {
  return {
    customer: ticket.customer,
    subject: ticket.subject,
    description: ticket.description,
    category: ticket.category.toLowerCase(),
    priority: ticket.priority.toLowerCase(),
    status: ticket.status.toLowerCase(),
    tags: ticket.tags,
    metadata: {
      source: ticket.metadata.source.toLowerCase(),
      browser: ticket.metadata.browser,
      deviceType: ticket.metadata.deviceType?.toLowerCase() ?? null,
    },
  };
}

/** One `<ticket>` element, on a line of its own. */
export function xmlTicket(ticket: TestTicket): string {
  const element = (name: string, value: string | null | undefined) => (value ? `<${name}>${escapeXml(value)}</${name}>` : '');
  const { customer, metadata } = ticket;
  return (
    '  <ticket>' +
    `<customer>${element('id', customer.id)}${element('email', customer.email)}${element('name', customer.name)}</customer>` +
    element('subject', ticket.subject) +
    element('description', ticket.description) +
    element('category', ticket.category.toLowerCase()) +
    element('priority', ticket.priority.toLowerCase()) +
    element('status', ticket.status.toLowerCase()) +
    (ticket.tags.length ? `<tags>${ticket.tags.map((tag) => element('tag', tag)).join('')}</tags>` : '') +
    `<metadata>${element('source', metadata.source.toLowerCase())}${element('browser', metadata.browser)}` +
    `${element('device_type', metadata.deviceType?.toLowerCase())}</metadata>` +
    '</ticket>\n'
  );
}

function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}
