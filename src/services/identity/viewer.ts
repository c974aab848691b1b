import type { Role } from '../../entities/enums';

/** Who is calling; `actor` is the name history records. */
export type Viewer =
  | { readonly kind: 'anonymous'; readonly actor: null; readonly ip: string }
  | {
      readonly kind: 'user';
      readonly actor: string;
      readonly userId: string;
      readonly role: Role;
      readonly username: string;
      readonly email: string;
      /** The session (refresh-token family) the access token belongs to. */
      readonly sessionId: string;
      readonly ip: string;
    }
  | { readonly kind: 'token'; readonly actor: string; readonly tokenId: string; readonly name: string; readonly hourlyLimit: number; readonly ip: string }
  /** The server itself; `actor` is 'system', or what an integration acts as (`github:octocat via Support repo`). */
  | { readonly kind: 'system'; readonly actor: string; readonly ip: null };

export const SYSTEM_VIEWER: Viewer = { kind: 'system', actor: 'system', ip: null };
