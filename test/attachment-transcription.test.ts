import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AttachmentNodeDocument, CreateTicketDocument, UploadAttachmentDocument } from './gql/graphql';
import { FakeOpenAiServer, errorReply, transcriptionReply } from './helpers/fake-openai-server';
import { ticketInput } from './helpers/factories';
import { startTestServer } from './helpers/harness';
import { register, run, upload } from './helpers/http-client';
import { wavFile } from './helpers/test-files';
import { waitFor } from './helpers/wait';

// Protocol tests: recordings are transcribed through an OpenAI-compatible /audio/transcriptions
// endpoint, here a local server speaking that multipart protocol.

let openai: FakeOpenAiServer;
let server: Awaited<ReturnType<typeof startTestServer>>;
let agent: string;

beforeAll(async () => {
  openai = await FakeOpenAiServer.start();
  server = await startTestServer({
    OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: openai.baseURL, OPENAI_TRANSCRIPTION_MODEL: 'whisper-test', OPENAI_MAX_RETRIES: '0',
    RATE_LIMIT_USER_PER_MINUTE: '100000',
  });
  agent = (await register(server.url, 'listener')).accessToken;
});
afterAll(async () => {
  await server?.close();
  await openai?.close();
});

async function processedRecording(name: string, content: Buffer) {
  const ticketId = (await run(server.url, CreateTicketDocument, { input: ticketInput() }, agent)).createTicket.id;
  const result = await upload(server.url, UploadAttachmentDocument, { ticketId }, { name, content }, { token: agent });
  expect(result.errors).toBeUndefined();
  const id = result.data!.uploadAttachment.id;
  return waitFor(
    async () => (await run(server.url, AttachmentNodeDocument, { id }, agent)).node as Record<string, unknown>,
    (attachment) => attachment.status === 'READY' || attachment.status === 'FAILED',
  );
}

describe('transcription of recordings', () => {
  test('a WAV is sent as multipart (file and model) with the bearer key; the transcript becomes its text', async () => {
    openai.replyToTranscription(transcriptionReply('Hello, my invoice shows a double charge.'));
    const wav = wavFile(1);
    const before = openai.requests.length;
    const attachment = await processedRecording('voicemail.wav', wav);
    expect(attachment).toMatchObject({
      status: 'READY', kind: 'AUDIO', text: 'Hello, my invoice shows a double charge.', textSource: 'TRANSCRIPT', durationSeconds: 1, error: null, note: null,
    });
    const [sent] = openai.requests.slice(before);
    expect(sent!.url).toBe('/v1/audio/transcriptions');
    expect(sent!.headers.authorization).toBe('Bearer sk-test');
    expect(sent!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const { file, ...fields } = sent!.body as { file: { name: string; type: string; bytes: Buffer } };
    expect(fields).toEqual({ model: 'whisper-test', response_format: 'json' });
    expect({ name: file.name, type: file.type, sha256: createHash('sha256').update(file.bytes).digest('hex') })
      .toEqual({ name: 'voicemail.wav', type: 'audio/wav', sha256: createHash('sha256').update(wav).digest('hex') });
  });

  test('a file the model refuses (HTTP 400) is FAILED with the reason; silence is READY with a note', async () => {
    openai.replyToTranscription(errorReply(400, 'invalid_file_format'));
    expect(await processedRecording('broken.wav', wavFile(0.2))).toMatchObject({
      status: 'FAILED', text: null, error: 'The speech model refused the file (HTTP 400): 400 test error invalid_file_format',
    });
    openai.replyToTranscription(transcriptionReply('  '));
    expect(await processedRecording('silence.wav', wavFile(0.2))).toMatchObject({
      status: 'READY', text: null, textSource: null, note: 'No speech was found in the recording',
    });
  });
});
