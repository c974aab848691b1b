import { NotFoundError } from '../errors';
import { fromGlobalId, type NodeType } from '../ids';

/** The database id behind a global id of the expected type; anything else is NOT_FOUND. */
export function dbIdOf(globalId: string, type: NodeType): string {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type) throw new NotFoundError(type, globalId);
  return parsed.id;
}
