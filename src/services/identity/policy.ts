import { Role } from '../../entities/enums';
import { ForbiddenError, UnauthenticatedError } from '../../errors';
import type { TicketScope } from '../../repositories/tickets/ticket-filter';
import type { Viewer } from './viewer';

// Who may do what (DESIGN.md, "Identity"). Services ask here before they act; a ticket the caller
// may not see is reported as not found, so refusals never reveal that something exists.

export type SignedInViewer = Exclude<Viewer, { kind: 'anonymous' }>;

export function requireSignedIn(viewer: Viewer): SignedInViewer {
  if (viewer.kind === 'anonymous') throw new UnauthenticatedError();
  return viewer;
}

/** Users with one of the roles (and the system); tokens and other roles are refused. */
export function requireRole(viewer: Viewer, roles: Role[], action: string): void {
  const signedIn = requireSignedIn(viewer);
  if (signedIn.kind === 'system') return;
  if (signedIn.kind === 'user' && roles.includes(signedIn.role)) return;
  throw new ForbiddenError(`Only ${roles.map((r) => r.toLowerCase()).join(' or ')} users may ${action}`);
}

export function isStaff(viewer: Viewer): boolean {
  return viewer.kind === 'system' || (viewer.kind === 'user' && viewer.role !== Role.CUSTOMER);
}

export function isCustomer(viewer: Viewer): viewer is Extract<Viewer, { kind: 'user' }> {
  return viewer.kind === 'user' && viewer.role === Role.CUSTOMER;
}

export function ticketScope(viewer: Viewer): TicketScope {
  const signedIn = requireSignedIn(viewer);
  if (signedIn.kind === 'token') return { createdByTokenId: signedIn.tokenId };
  if (isCustomer(signedIn)) return { ownerId: signedIn.userId };
  return { all: true };
}

/** Internal comments are for agents, admins and integrations, never for customers. */
export function seesInternalComments(viewer: Viewer): boolean {
  return viewer.kind !== 'anonymous' && !isCustomer(viewer);
}

/** Changing a ticket: staff on any ticket, a token on its own; customers only comment. */
export function requireTicketEditor(viewer: Viewer, action: string): void {
  const signedIn = requireSignedIn(viewer);
  if (isCustomer(signedIn)) throw new ForbiddenError(`Customers may not ${action}`);
}

/** A stable name for the caller: what per-caller records (idempotency keys, a job's creator) are keyed by. */
export function viewerKey(viewer: Viewer): string {
  switch (viewer.kind) {
    case 'user':
      return `user:${viewer.userId}`;
    case 'token':
      return `token:${viewer.tokenId}`;
    case 'anonymous':
      return `ip:${viewer.ip}`;
    case 'system':
      return 'system';
  }
}
