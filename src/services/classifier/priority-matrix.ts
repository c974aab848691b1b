import { Level, TicketPriority } from '../../entities/enums';

/**
 * Priority from urgency x impact, the ITIL way: both high is URGENT; one high and one medium is
 * HIGH; high against low, or both medium, is MEDIUM; the rest is LOW.
 */
const MATRIX: Record<Level, Record<Level, TicketPriority>> = {
  [Level.HIGH]: { [Level.HIGH]: TicketPriority.URGENT, [Level.MEDIUM]: TicketPriority.HIGH, [Level.LOW]: TicketPriority.MEDIUM },
  [Level.MEDIUM]: { [Level.HIGH]: TicketPriority.HIGH, [Level.MEDIUM]: TicketPriority.MEDIUM, [Level.LOW]: TicketPriority.LOW },
  [Level.LOW]: { [Level.HIGH]: TicketPriority.MEDIUM, [Level.MEDIUM]: TicketPriority.LOW, [Level.LOW]: TicketPriority.LOW },
};

export function priorityFor(urgency: Level, impact: Level): TicketPriority {
  return MATRIX[urgency][impact];
}
