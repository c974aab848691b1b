import { Attachment } from '../../entities/attachment.entity';
import type { ServiceContext } from '../shared/service-context';
import { fileStorage } from './file-storage';
import { uploadsInFlight } from './uploads-in-flight';

/**
 * What a process that died mid-upload left in the file storage (the folder, or the bucket and the
 * local spool): a write that never finished, or an object stored just before the attachment's row
 * would have been. Each is removed once it is older than `ATTACHMENT_LEFTOVER_AGE_SECONDS` (far
 * longer than an upload between its writes, or between its last write and its row) and no upload
 * of this process is still writing it. The stored keys come a batch at a time, each batch looked
 * up in one statement.
 */
export class LeftoverFilesService {
  constructor(private readonly ctx: Pick<ServiceContext, 'config' | 'em'>) {}

  /** Removes the leftovers; returns how many. */
  async sweep(now = Date.now(), { listStore = true } = {}): Promise<number> {
    const storage = fileStorage(this.ctx.config);
    const before = new Date(now - this.ctx.config.attachments.leftoverAgeSeconds * 1000);
    let removed = await storage.removeUnfinished(before);
    if (!listStore) return removed;
    const attachments = this.ctx.em.getRepository(Attachment);
    for await (const keys of storage.storedKeys(before)) {
      // Taken before the lookup: an upload that commits its row between the two is then either
      // still in flight here or visible to the lookup, never neither.
      const inFlight = new Set(keys.filter((key) => uploadsInFlight.has(key)));
      const recorded = await attachments.recordedKeys(keys);
      for (const key of keys) {
        if (recorded.has(key) || inFlight.has(key)) continue;
        await storage.delete(key);
        removed++;
      }
    }
    return removed;
  }
}
