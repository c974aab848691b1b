import path from 'node:path';

/** Where package.json is: models and the corpus ship beside the code. */
export const PROJECT_ROOT = path.resolve(__dirname, '..');

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly http: {
    readonly port: number;
    /** Undefined: every interface (IPv6 and IPv4 where available). */
    readonly host: string | undefined;
    readonly bodyLimitBytes: number;
    readonly shutdownTimeoutMs: number;
    /** Largest WebSocket message. */
    readonly wsMaxPayloadBytes: number;
    /** WebSocket connections not signed in (not yet initialised, or anonymous), per client address and in all. */
    readonly wsMaxPendingPerAddress: number;
    readonly wsMaxPending: number;
  };
  readonly database: {
    /** Undefined: start the embedded PostgreSQL under `dataDir`. */
    readonly url: string | undefined;
    readonly poolMax: number;
    readonly embeddedPort: number;
  };
  readonly redis: {
    readonly url: string | undefined;
    /** Namespace of every key and channel, so environments can share one Redis. */
    readonly prefix: string;
  };
  readonly dataDir: string;
  readonly logLevel: LogLevel;
  readonly graphiql: boolean;
  readonly introspection: boolean;
  /** Take the client address from X-Forwarded-For (behind a trusted proxy only). */
  /** Proxies in front of the API that append to X-Forwarded-For (0: none, the socket's address is the client's). */
  readonly trustProxy: number;
  /** Origins browsers may call the API from; `*` for any (the API uses bearer tokens, not cookies). */
  readonly corsOrigins: readonly string[];
  /** Bearer token `/metrics` requires; undefined: it answers anyone (keep it off the public network). */
  readonly metricsToken: string | undefined;
  /** How long each readiness check may take before it counts as down. */
  readonly healthCheckTimeoutMs: number;
  /** The commit `/health` reports: COMMIT_SHA, else the checkout's HEAD (read at start), else undefined. */
  readonly commitSha: string | undefined;
  /** OpenTelemetry traces, sent over OTLP/HTTP; no endpoint: nothing of the SDK is loaded. */
  readonly tracing: {
    /** The collector's base URL (`/v1/traces` is added), as OTEL_EXPORTER_OTLP_ENDPOINT means it. */
    readonly endpoint: string | undefined;
    readonly protocol: 'http/protobuf' | 'http/json';
    readonly serviceName: string;
  };
  readonly auth: {
    /** Undefined: a secret made on first start and kept in the database. */
    readonly jwtSecret: string | undefined;
    readonly accessTokenTtlSeconds: number;
    readonly refreshTokenTtlDays: number;
    readonly passwordMinLength: number;
    readonly integrationTokenHourlyLimit: number;
  };
  readonly classifier: {
    /** The shipped model file, used until an admin retrains. */
    readonly modelPath: string;
    /** The labeled corpus that retraining starts from. */
    readonly corpusDir: string;
    /** How much one agent's correction counts against one corpus example when retraining. */
    readonly correctionWeight: number;
  };
  readonly imports: {
    readonly maxBytes: number;
    readonly maxRows: number;
    readonly maxFieldBytes: number;
  };
  readonly attachments: {
    /** Largest file; a larger one is refused while it streams in. */
    readonly maxBytes: number;
    /** Most bytes of files one ticket may hold. */
    readonly ticketMaxBytes: number;
    /** How long a `downloadUrl` works. */
    readonly urlTtlSeconds: number;
    /** Limit of one file's text extraction, which runs in a worker thread. */
    readonly processingTimeoutMs: number;
    /** Most pages of a PDF whose text is extracted. */
    readonly maxPages: number;
    /**
     * Age after which a stored object that no attachment names, or a write that never finished
     * (its process died mid-upload), is removed by the maintenance round.
     */
    readonly leftoverAgeSeconds: number;
    /** Where the files' bytes are kept: a folder (under DATA_DIR by default), or an S3-compatible bucket. */
    readonly storage:
      | { readonly kind: 'local'; readonly dir: string }
      | {
          readonly kind: 's3';
          readonly bucket: string;
          /** Key prefix of every object. */
          readonly prefix: string;
          /** Undefined: AWS's own endpoint for the region. */
          readonly endpoint: string | undefined;
          readonly region: string;
          /** Undefined: the AWS SDK's default credential chain (instance role, ...). */
          readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string } | undefined;
          readonly forcePathStyle: boolean;
          /** Folder where an upload is spooled before it is sent (S3 wants its length up front). */
          readonly spoolDir: string;
          /**
           * Hours between listings of the bucket for objects no attachment names (0: never). Opt-in:
           * the sweep deletes every such object under the prefix, so the prefix must be this
           * deployment's alone.
           */
          readonly sweepHours: number;
        };
  };
  readonly jobs: {
    /** Run the job workers inside the API process; false when `ticketgraph worker` processes do. */
    readonly inProcess: boolean;
    /** How long a worker's hold on a job lasts unless renewed: a job whose worker died resumes after it. */
    readonly leaseSeconds: number;
    /** Classification jobs one process runs at once. */
    readonly concurrency: number;
  };
  /** Signed POSTs (job callbacks): attempts after the first, and the first retry's delay (doubling each time). */
  readonly deliveries: {
    readonly retryLimit: number;
    readonly retryDelaySeconds: number;
  };
  readonly signedUploads: {
    /** Undefined: a secret made on first start and kept in the database. */
    readonly secret: string | undefined;
    /** How far a signed upload's timestamp may be from the server's clock. */
    readonly windowSeconds: number;
  };
  readonly integrations: {
    /** 32 bytes (as hex) that encrypt integration credentials; undefined: a key made on first start and kept in the database. */
    readonly encryptionKey: string | undefined;
    /** Failed calls in a row that open an integration's circuit breaker. */
    readonly breakerThreshold: number;
    /** How long an open breaker waits before a probe. */
    readonly breakerCooldownSeconds: number;
    /** How long one call to a platform may take. */
    readonly timeoutMs: number;
    /** Largest body `POST /integrations/<id>/inbound` accepts. */
    readonly inboundMaxBytes: number;
    /** Calls one integration's `POST /integrations/<id>/inbound` takes per minute; more get 429. */
    readonly inboundPerMinute: number;
  };
  /** Callbacks and webhooks may target private and loopback addresses (off in production: SSRF). */
  readonly allowPrivateCallbacks: boolean;
  /** Hours from creation to the SLA due date, per priority; time waiting for the customer does not count. */
  readonly slaHours: Readonly<Record<'URGENT' | 'HIGH' | 'MEDIUM' | 'LOW', number>>;
  /** An OpenAI-compatible model (OpenAI, Azure, Ollama, vLLM); undefined: embedded models only. */
  readonly openai:
    | {
        readonly apiKey: string;
        readonly baseURL: string | undefined;
        readonly model: string;
        /** Model of the `/audio/transcriptions` endpoint, for attached recordings. */
        readonly transcriptionModel: string;
        readonly timeoutMs: number;
        readonly maxRetries: number;
        readonly maxConcurrency: number;
      }
    | undefined;
  readonly limits: {
    readonly userPerMinute: number;
    readonly anonymousPerMinute: number;
    readonly authPerMinute: number;
    readonly queryMaxDepth: number;
    readonly queryMaxCost: number;
    readonly queryMaxAliases: number;
    /** Lexical tokens of a document: the parser stops past them, before doing work in proportion to a huge document. */
    readonly queryMaxTokens: number;
    /** Fields a document selects, each fragment counted where it is spread: checked before validation. */
    readonly queryMaxFields: number;
    /** Directives in a document: checked before validation. */
    readonly queryMaxDirectives: number;
    readonly batchMaxOperations: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads and validates every setting once. Nothing else in the code base reads the environment;
 * tests build their own configuration by passing an object.
 */
export function loadConfig(env: Env): Config {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);

  const nodeEnv = read.oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const config: Config = {
    env: nodeEnv,
    http: {
      port: read.integer('PORT', 4000, 0, 65535),
      host: read.string('HOST'),
      bodyLimitBytes: read.integer('REQUEST_BODY_LIMIT_BYTES', 16 * 1024 * 1024, 1024, 1_073_741_824),
      shutdownTimeoutMs: read.integer('SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
      wsMaxPayloadBytes: read.integer('WS_MAX_PAYLOAD_BYTES', 1024 * 1024, 1024, 104_857_600),
      wsMaxPendingPerAddress: read.integer('WS_MAX_PENDING_PER_ADDRESS', 50, 1, 100_000),
      wsMaxPending: read.integer('WS_MAX_PENDING', 1000, 1, 1_000_000),
    },
    database: {
      url: read.url('DATABASE_URL', ['postgres:', 'postgresql:']),
      poolMax: read.integer('DATABASE_POOL_MAX', 10, 1, 1000),
      embeddedPort: read.integer('EMBEDDED_POSTGRES_PORT', 0, 0, 65535),
    },
    redis: {
      url: read.url('REDIS_URL', ['redis:', 'rediss:']),
      prefix: read.string('REDIS_PREFIX') ?? 'ticketgraph:',
    },
    dataDir: path.resolve(read.string('DATA_DIR') ?? '.data'),
    logLevel: read.oneOf(
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      nodeEnv === 'test' ? 'silent' : 'info',
    ),
    graphiql: read.boolean('GRAPHIQL', nodeEnv !== 'production'),
    introspection: read.boolean('INTROSPECTION', nodeEnv !== 'production'),
    trustProxy: read.proxyHops('TRUST_PROXY'),
    corsOrigins: (read.string('CORS_ORIGINS') ?? '*').split(',').map((origin) => origin.trim()).filter(Boolean),
    metricsToken: read.string('METRICS_TOKEN'),
    healthCheckTimeoutMs: read.integer('HEALTH_CHECK_TIMEOUT_MS', 2000, 100, 60_000),
    commitSha: read.string('COMMIT_SHA'),
    tracing: {
      endpoint: read.url('OTEL_EXPORTER_OTLP_ENDPOINT', ['http:', 'https:']),
      protocol: read.oneOf('OTEL_EXPORTER_OTLP_PROTOCOL', ['http/protobuf', 'http/json'] as const, 'http/protobuf'),
      serviceName: read.string('OTEL_SERVICE_NAME') ?? 'ticketgraph',
    },
    auth: {
      jwtSecret: read.string('JWT_SECRET'),
      accessTokenTtlSeconds: read.integer('ACCESS_TOKEN_TTL_SECONDS', 900, 1, 86_400),
      refreshTokenTtlDays: read.integer('REFRESH_TOKEN_TTL_DAYS', 30, 1, 365),
      passwordMinLength: read.integer('PASSWORD_MIN_LENGTH', 8, 6, 128),
      integrationTokenHourlyLimit: read.integer('INTEGRATION_TOKEN_HOURLY_LIMIT', 1000, 1, 10_000_000),
    },
    classifier: {
      modelPath: path.resolve(read.string('CLASSIFIER_MODEL_PATH') ?? path.join(PROJECT_ROOT, 'models', 'classifier.json')),
      corpusDir: path.resolve(read.string('CLASSIFIER_CORPUS_DIR') ?? path.join(PROJECT_ROOT, 'corpus')),
      correctionWeight: read.number('CLASSIFIER_CORRECTION_WEIGHT', 3, 0.1, 100),
    },
    imports: {
      maxBytes: read.integer('IMPORT_MAX_BYTES', 200 * 1024 * 1024, 1024, 10 * 1024 ** 3),
      maxRows: read.integer('IMPORT_MAX_ROWS', 1_000_000, 1, 100_000_000),
      maxFieldBytes: read.integer('IMPORT_MAX_FIELD_BYTES', 64 * 1024, 256, 16 * 1024 * 1024),
    },
    attachments: {
      maxBytes: read.integer('ATTACHMENT_MAX_BYTES', 25 * 1024 * 1024, 1, 10 * 1024 ** 3),
      ticketMaxBytes: read.integer('ATTACHMENT_TICKET_MAX_BYTES', 250 * 1024 * 1024, 1, 1024 ** 4),
      urlTtlSeconds: read.integer('ATTACHMENT_URL_TTL_SECONDS', 300, 1, 86_400),
      processingTimeoutMs: read.integer('ATTACHMENT_PROCESSING_TIMEOUT_MS', 60_000, 1000, 3_600_000),
      maxPages: read.integer('ATTACHMENT_MAX_PAGES', 2000, 1, 1_000_000),
      leftoverAgeSeconds: read.integer('ATTACHMENT_LEFTOVER_AGE_SECONDS', 3600, 0, 30 * 86_400),
      storage: attachmentStorage(read),
    },
    jobs: {
      inProcess: read.boolean('JOBS_IN_PROCESS', true),
      leaseSeconds: read.integer('JOB_LEASE_SECONDS', 30, 2, 3600),
      concurrency: read.integer('JOB_CONCURRENCY', 2, 1, 64),
    },
    deliveries: {
      retryLimit: read.integer('DELIVERY_RETRY_LIMIT', 8, 0, 50),
      retryDelaySeconds: read.integer('DELIVERY_RETRY_DELAY_SECONDS', 5, 1, 3600),
    },
    signedUploads: {
      secret: read.string('CSV_SIGNING_SECRET'),
      windowSeconds: read.integer('SIGNED_UPLOAD_WINDOW_SECONDS', 900, 1, 86_400),
    },
    integrations: {
      encryptionKey: read.key32('INTEGRATION_ENCRYPTION_KEY'),
      breakerThreshold: read.integer('INTEGRATION_BREAKER_THRESHOLD', 5, 1, 1000),
      breakerCooldownSeconds: read.integer('INTEGRATION_BREAKER_COOLDOWN_SECONDS', 30, 1, 86_400),
      timeoutMs: read.integer('INTEGRATION_TIMEOUT_MS', 10_000, 100, 120_000),
      inboundMaxBytes: read.integer('INTEGRATION_INBOUND_MAX_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
      inboundPerMinute: read.integer('INTEGRATION_INBOUND_PER_MINUTE', 600, 1, 1_000_000),
    },
    allowPrivateCallbacks: read.boolean('ALLOW_PRIVATE_CALLBACKS', nodeEnv !== 'production'),
    slaHours: {
      URGENT: read.number('SLA_URGENT_HOURS', 1, 0.01, 10_000),
      HIGH: read.number('SLA_HIGH_HOURS', 4, 0.01, 10_000),
      MEDIUM: read.number('SLA_MEDIUM_HOURS', 24, 0.01, 10_000),
      LOW: read.number('SLA_LOW_HOURS', 72, 0.01, 10_000),
    },
    openai: openaiConfig(read),
    limits: {
      userPerMinute: read.integer('RATE_LIMIT_USER_PER_MINUTE', 60, 1, 1_000_000),
      anonymousPerMinute: read.integer('RATE_LIMIT_ANONYMOUS_PER_MINUTE', 60, 1, 1_000_000),
      authPerMinute: read.integer('RATE_LIMIT_AUTH_PER_MINUTE', 10, 1, 1_000_000),
      queryMaxDepth: read.integer('QUERY_MAX_DEPTH', 12, 2, 100),
      queryMaxCost: read.integer('QUERY_MAX_COST', 5000, 10, 10_000_000),
      queryMaxAliases: read.integer('QUERY_MAX_ALIASES', 30, 0, 1000),
      queryMaxTokens: read.integer('QUERY_MAX_TOKENS', 10_000, 100, 1_000_000),
      queryMaxFields: read.integer('QUERY_MAX_FIELDS', 500, 10, 100_000),
      queryMaxDirectives: read.integer('QUERY_MAX_DIRECTIVES', 50, 0, 10_000),
      batchMaxOperations: read.integer('BATCH_MAX_OPERATIONS', 10, 1, 100),
    },
  };
  const storage = config.attachments.storage;
  if (storage.kind === 's3' && storage.sweepHours > 0 && config.attachments.leftoverAgeSeconds < 300) {
    problems.push('ATTACHMENT_LEFTOVER_AGE_SECONDS must be at least 300 when ATTACHMENT_S3_SWEEP_HOURS is set: uploads on other instances are protected by that age alone');
  }
  if (config.metricsToken !== undefined && config.metricsToken.length < 16) {
    problems.push('METRICS_TOKEN must be at least 16 characters');
  }
  if (config.commitSha !== undefined && !/^[0-9a-f]{7,40}$/i.test(config.commitSha)) {
    problems.push(`COMMIT_SHA must be a git commit id (7-40 hex digits), got "${config.commitSha}"`);
  }
  if (config.auth.jwtSecret !== undefined && config.auth.jwtSecret.length < 32) {
    problems.push('JWT_SECRET must be at least 32 characters');
  }

  if (config.database.embeddedPort === 5432) {
    problems.push('EMBEDDED_POSTGRES_PORT must not be 5432, the port of a system PostgreSQL');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return deepFreeze(config);
}

function attachmentStorage(read: EnvReader): Config['attachments']['storage'] {
  const dataDir = read.string('DATA_DIR') ?? '.data';
  const kind = read.oneOf('ATTACHMENT_STORAGE', ['local', 's3'] as const, 'local');
  if (kind === 'local') return { kind, dir: path.resolve(read.string('ATTACHMENT_DIR') ?? path.join(dataDir, 'attachments')) };
  const bucket = read.string('ATTACHMENT_S3_BUCKET');
  if (!bucket) read.problem('ATTACHMENT_S3_BUCKET is required when ATTACHMENT_STORAGE is s3');
  const accessKeyId = read.string('ATTACHMENT_S3_ACCESS_KEY_ID');
  const secretAccessKey = read.string('ATTACHMENT_S3_SECRET_ACCESS_KEY');
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    read.problem('ATTACHMENT_S3_ACCESS_KEY_ID and ATTACHMENT_S3_SECRET_ACCESS_KEY must be set together');
  }
  return {
    kind,
    bucket: bucket ?? '',
    prefix: read.string('ATTACHMENT_S3_PREFIX') ?? 'attachments/',
    endpoint: read.url('ATTACHMENT_S3_ENDPOINT', ['http:', 'https:']),
    region: read.string('ATTACHMENT_S3_REGION') ?? 'us-east-1',
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    forcePathStyle: read.boolean('ATTACHMENT_S3_FORCE_PATH_STYLE', false),
    spoolDir: path.resolve(path.join(dataDir, 'attachment-uploads')),
    sweepHours: read.integer('ATTACHMENT_S3_SWEEP_HOURS', 0, 0, 8760),
  };
}

function openaiConfig(read: EnvReader): Config['openai'] {
  const apiKey = read.string('OPENAI_API_KEY');
  const settings = {
    baseURL: read.url('OPENAI_BASE_URL', ['http:', 'https:']),
    model: read.string('OPENAI_MODEL') ?? 'gpt-4o-mini',
    transcriptionModel: read.string('OPENAI_TRANSCRIPTION_MODEL') ?? 'whisper-1',
    timeoutMs: read.integer('OPENAI_TIMEOUT_MS', 15_000, 1000, 120_000),
    maxRetries: read.integer('OPENAI_MAX_RETRIES', 2, 0, 10),
    maxConcurrency: read.integer('OPENAI_MAX_CONCURRENCY', 4, 1, 64),
  };
  return apiKey ? { apiKey, ...settings } : undefined;
}

class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  problem(message: string): void {
    this.problems.push(message);
  }

  string(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  number(name: string, fallback: number, min: number, max: number): number {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max) {
      this.problems.push(`${name} must be a number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.string(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    this.problems.push(`${name} must be true or false, got "${raw}"`);
    return fallback;
  }

  /** 32 bytes, given as 64 hex digits or base64; returned as hex (config is frozen, a Buffer cannot be). */
  key32(name: string): string | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    const key = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
    if (key.length !== 32) {
      this.problems.push(`${name} must be 32 bytes, as 64 hex digits or base64 (e.g. \`openssl rand -hex 32\`)`);
      return undefined;
    }
    return key.toString('hex');
  }

  /** false (0), true (1) or a number of proxies. */
  proxyHops(name: string): number {
    const raw = this.string(name)?.toLowerCase();
    if (raw === undefined || ['0', 'false', 'no', 'off'].includes(raw)) return 0;
    if (['true', 'yes', 'on'].includes(raw)) return 1;
    if (/^[1-9]$/.test(raw)) return Number(raw);
    this.problems.push(`${name} must be false, true (one proxy) or the number of proxies (1-9), got "${raw}"`);
    return 0;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
    return fallback;
  }

  url(name: string, protocols: string[]): string | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    let protocol: string;
    try {
      protocol = new URL(raw).protocol;
    } catch {
      this.problems.push(`${name} is not a valid URL`);
      return undefined;
    }
    if (!protocols.includes(protocol)) {
      this.problems.push(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
      return undefined;
    }
    return raw;
  }
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child !== null && typeof child === 'object') deepFreeze(child);
  }
  return Object.freeze(value);
}
