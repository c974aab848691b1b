import type { Integration } from '../../entities/integration.entity';
import { ValidationError, type FieldError } from '../../errors';
import type { ServiceContext } from '../shared/service-context';
import { validateCallbackUrl } from '../webhooks/delivery.service';
import { CREDENTIALS_SECRET, CredentialsCipher } from './credentials-cipher';
import type { PlatformAdapter } from './platform-adapter';

/** How a secret setting reads back: set, but never shown. */
export const MASK = '********';

const MAX_SETTING_LENGTH = 4096;

/** The settings split for storage: `visible` (secrets as MASK) and the secrets themselves. */
export interface SplitSettings {
  visible: Record<string, string>;
  secrets: Record<string, string>;
}

export async function credentialsCipher(ctx: ServiceContext): Promise<CredentialsCipher> {
  return new CredentialsCipher(await ctx.secrets.get(CREDENTIALS_SECRET));
}

/** Every setting of an integration, secrets decrypted: what its adapter works with. */
export async function settingsOf(ctx: ServiceContext, integration: Integration): Promise<Record<string, string>> {
  const secrets = (await credentialsCipher(ctx)).decrypt(integration.id, integration.credentials);
  return { ...integration.settings, ...secrets };
}

/**
 * Checks settings as given (a JSON object of strings) against the platform's, merged over the
 * current ones on an update (an empty string removes a setting); fills in defaults. All problems
 * at once, each naming its setting.
 */
export function checkSettings(
  adapter: PlatformAdapter,
  given: unknown,
  current: Record<string, string>,
  allowPrivate: boolean,
): SplitSettings {
  const errors: FieldError[] = [];
  const known = new Map(adapter.settings.map((spec) => [spec.name, spec]));
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    throw new ValidationError([{ field: 'settings', message: 'must be a JSON object of setting names and string values' }]);
  }
  const merged: Record<string, string> = { ...current };
  for (const [name, value] of Object.entries(given as Record<string, unknown>)) {
    const spec = known.get(name);
    const field = `settings.${name}`;
    if (!spec) {
      errors.push({ field, message: `is not a setting of ${adapter.platform}; its settings are ${[...known.keys()].join(', ')}` });
      continue;
    }
    if (typeof value !== 'string') {
      errors.push({ field, message: 'must be a string' });
      continue;
    }
    const text = value.trim();
    if (text.length > MAX_SETTING_LENGTH) errors.push({ field, message: `must be at most ${MAX_SETTING_LENGTH} characters` });
    else if (text === '') delete merged[name];
    else if (spec.url) {
      try {
        merged[name] = validateCallbackUrl(text, allowPrivate, field).replace(/\/$/, '');
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        errors.push(...error.fields);
      }
    } else merged[name] = text;
  }
  for (const spec of adapter.settings) {
    if (merged[spec.name] === undefined && spec.default !== undefined) merged[spec.name] = spec.default;
    const field = `settings.${spec.name}`;
    if (spec.required && merged[spec.name] === undefined && !errors.some((error) => error.field === field)) errors.push({ field, message: 'is required' });
  }
  if (errors.length === 0) errors.push(...(adapter.check?.(merged) ?? []));
  if (errors.length) throw new ValidationError(errors);
  const split: SplitSettings = { visible: {}, secrets: {} };
  for (const [name, value] of Object.entries(merged)) {
    if (known.get(name)!.secret) {
      split.secrets[name] = value;
      split.visible[name] = MASK;
    } else split.visible[name] = value;
  }
  return split;
}
