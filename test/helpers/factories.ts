import { randomBytes } from 'node:crypto';
import type { CreateTicketInput } from '../gql/graphql';

let sequence = 0;

/** A valid ticket input; override what the test is about. */
export function ticketInput(overrides: Partial<CreateTicketInput> = {}): CreateTicketInput {
  sequence++;
  const id = randomBytes(3).toString('hex');
  return {
    customer: { id: `cust-${id}`, email: `customer-${id}@example.com`, name: `Customer ${sequence}` },
    subject: `Cannot export the monthly report (${sequence})`,
    description: 'The export button spins forever and no file is downloaded.',
    category: 'TECHNICAL_ISSUE',
    priority: 'MEDIUM',
    tags: ['export'],
    metadata: { source: 'WEB_FORM', browser: 'Firefox 140', deviceType: 'DESKTOP' },
    ...overrides,
  };
}

/** A ticket as a customer files it: without a priority, which customers may not set (the classifier decides it). */
export function customerTicketInput(overrides: Partial<CreateTicketInput> = {}): CreateTicketInput {
  const { priority: _priority, ...input } = ticketInput(overrides);
  return input;
}
