import { createWorker, type Worker } from 'tesseract.js';
import { MODEL_CALLS } from '../ai-status/model-calls';

/** The largest image whose text is read: 40 megapixels (8,000 x 5,000). */
export const MAX_IMAGE_PIXELS = 40_000_000;
/** An OCR worker unused this long is stopped (its thread and its 30 MB of model). */
const IDLE_MS = 60_000;

/** Width and height from an image's header, for the formats whose header is simple to read; undefined otherwise. */
export function imageDimensions(bytes: Buffer, contentType: string): { width: number; height: number } | undefined {
  switch (contentType) {
    case 'image/png':
      return bytes.length >= 24 ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : undefined;
    case 'image/gif':
      return bytes.length >= 10 ? { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) } : undefined;
    case 'image/bmp':
      return bytes.length >= 26 ? { width: Math.abs(bytes.readInt32LE(18)), height: Math.abs(bytes.readInt32LE(22)) } : undefined;
    case 'image/jpeg':
      return jpegDimensions(bytes);
    case 'image/webp':
      return webpDimensions(bytes);
    default:
      return undefined;
  }
}

function jpegDimensions(bytes: Buffer): { width: number; height: number } | undefined {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1]!;
    // Start-of-frame markers (not DHT, JPG or DAC) carry the size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
    }
    offset += 2 + bytes.readUInt16BE(offset + 2);
  }
  return undefined;
}

function webpDimensions(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length < 30) return undefined;
  const chunk = bytes.toString('latin1', 12, 16);
  if (chunk === 'VP8X') return { width: 1 + bytes.readUIntLE(24, 3), height: 1 + bytes.readUIntLE(27, 3) };
  if (chunk === 'VP8L') {
    const bits = bytes.readUInt32LE(21);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
  }
  if (chunk === 'VP8 ') return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
  return undefined;
}

let worker: Promise<Worker> | undefined;
let idle: NodeJS.Timeout | undefined;

/** Tesseract with the English model of @tesseract.js-data/eng, read from its package folder (no download); on a thread of its own. */
function ocrWorker(): Promise<Worker> {
  if (!worker) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const eng = require('@tesseract.js-data/eng') as { langPath: string; gzip: boolean };
    // The failed job's promise rejects with the error; without an errorHandler tesseract.js would
    // also throw it from its message listener, an uncaught exception that ends the process.
    worker = createWorker('eng', 1, { langPath: eng.langPath, gzip: eng.gzip, cacheMethod: 'none', errorHandler: () => undefined });
    worker.catch(() => (worker = undefined));
  }
  return worker;
}

/** Stops the OCR worker, if one runs. */
export async function stopOcr(): Promise<void> {
  clearTimeout(idle);
  const running = worker;
  worker = undefined;
  await (await running?.catch(() => undefined))?.terminate();
}

/**
 * The text in an image, read by Tesseract on its own thread. Past `timeoutMs` the worker is stopped
 * (the next image starts a new one) and this rejects with a TimeoutError.
 */
export function recognizeText(bytes: Buffer, timeoutMs: number): Promise<{ text: string; confidence: number }> {
  return MODEL_CALLS.ocr.time(() => recognize(bytes, timeoutMs));
}

/** Whether the OCR worker is up (it starts at the first image and stops when idle). */
export function ocrRunning(): boolean {
  return worker !== undefined;
}

async function recognize(bytes: Buffer, timeoutMs: number): Promise<{ text: string; confidence: number }> {
  clearTimeout(idle);
  const ocr = await ocrWorker();
  let timer: NodeJS.Timeout | undefined;
  try {
    const result = await Promise.race([
      ocr.recognize(bytes),
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => {
          void stopOcr();
          reject(new OcrTimeoutError());
        }, timeoutMs);
      }),
    ]);
    return { text: result.data.text, confidence: result.data.confidence };
  } finally {
    clearTimeout(timer);
    idle = setTimeout(() => void stopOcr(), IDLE_MS).unref();
  }
}

export class OcrTimeoutError extends Error {
  constructor() {
    super('OCR took too long');
  }
}
