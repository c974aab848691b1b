/**
 * Storage keys of this process's uploads between their first byte and their row's commit (or the
 * object's removal): the leftover sweep never takes one, whatever ATTACHMENT_LEFTOVER_AGE_SECONDS
 * says. Uploads on other instances are protected by that age alone: an object is a leftover only
 * once it is older than the time between its write and its row.
 */
class UploadsInFlight {
  private readonly keys = new Set<string>();

  has(key: string): boolean {
    return this.keys.has(key);
  }

  async during<T>(key: string, work: () => Promise<T>): Promise<T> {
    this.keys.add(key);
    try {
      return await work();
    } finally {
      this.keys.delete(key);
    }
  }
}

export const uploadsInFlight = new UploadsInFlight();
