import pino, { type Logger } from 'pino';

/** A real pino logger whose lines land in `lines`, parsed, for assertions on what operators see. */
export function captureLogger(level: pino.Level = 'debug'): { logger: Logger; lines: Array<Record<string, any>> } {
  const lines: Array<Record<string, any>> = [];
  const logger = pino({ level, base: undefined }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, lines };
}
