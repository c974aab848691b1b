/** A stored object's key: a UUID the server made (never a file's name). */
export const STORAGE_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Keys handed to the leftover sweep at a time, each batch looked up in one statement. */
export const KEYS_PER_BATCH = 500;
