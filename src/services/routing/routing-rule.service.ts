import { Role, type TicketCategory, type TicketPriority, type TicketSource } from '../../entities/enums';
import { RoutingRule } from '../../entities/routing-rule.entity';
import { User } from '../../entities/user.entity';
import { NotFoundError, ValidationError, type FieldError } from '../../errors';
import { fromGlobalId, toGlobalId } from '../../ids';
import { requireRole } from '../identity/policy';
import type { ServiceContext } from '../shared/service-context';
import { checkTags, checkText, LIMITS } from '../tickets/ticket-validation';

/** The longest pattern a rule may hold: with tickets' own length limits, matching one stays cheap. */
export const MAX_PATTERN_LENGTH = 200;
/** The most agents in one rotation. */
export const MAX_AGENTS = 50;

/** Back references (`\1`..`\9`) are the one construct that makes PostgreSQL's matcher backtrack. */
const BACK_REFERENCE = /\\[1-9]/;
/** A word or phrase must hold something to search for; "!!!" would match nothing. */
const SEARCHABLE = /[\p{L}\p{N}]/u;

export interface RoutingRuleInput {
  name?: string | null;
  /** 1-based; a new rule goes last by default. */
  position?: number | null;
  categories?: TicketCategory[] | null;
  priorities?: TicketPriority[] | null;
  sources?: TicketSource[] | null;
  tags?: string[] | null;
  words?: string[] | null;
  /** An empty string removes the pattern. */
  pattern?: string | null;
  /** Global ids of the agents. */
  agentIds?: string[] | null;
  active?: boolean | null;
}

/** A rule with its agents as they are now (deactivated ones included: they are skipped when routing). */
export interface RoutingRuleWithAgents {
  rule: RoutingRule;
  agents: User[];
}

/** Routing rules (ADMIN): which agent, or which rotation of agents, a classified ticket goes to. */
export class RoutingRuleService {
  constructor(private readonly ctx: ServiceContext) {}

  private get rules() {
    return this.ctx.em.getRepository(RoutingRule);
  }

  async list(): Promise<RoutingRuleWithAgents[]> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'manage routing rules');
    // Positions are renumbered in SQL: read them afresh.
    return this.withAgents(await this.ctx.em.find(RoutingRule, {}, { orderBy: { position: 'asc', id: 'asc' }, refresh: true }));
  }

  async get(id: string): Promise<RoutingRuleWithAgents> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'manage routing rules');
    const [found] = await this.withAgents([await this.find(this.ctx.em, id)]);
    return found!;
  }

  async create(input: RoutingRuleInput): Promise<RoutingRuleWithAgents> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'manage routing rules');
    const errors: FieldError[] = [];
    if (input.name == null) errors.push({ field: 'name', message: 'is required' });
    if (input.agentIds == null) errors.push({ field: 'agentIds', message: 'is required' });
    const checked = await this.check(input, errors);
    const rule = await this.ctx.em.transactional(async (em) => {
      const repository = em.getRepository(RoutingRule);
      await repository.lockList();
      const count = await em.count(RoutingRule, {});
      const position = this.checkPosition(input.position, count + 1, errors);
      if (errors.length) throw new ValidationError(errors);
      const rule = Object.assign(new RoutingRule(checked.name!, position, checked.agentIds!), checked);
      await em.persist(rule).flush();
      await repository.renumber(rule.id, 'before');
      return rule;
    });
    return this.get(rule.id);
  }

  async update(id: string, input: RoutingRuleInput): Promise<RoutingRuleWithAgents> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'manage routing rules');
    const errors: FieldError[] = [];
    const checked = await this.check(input, errors);
    if (errors.length) throw new ValidationError(errors);
    await this.ctx.em.transactional(async (em) => {
      const repository = em.getRepository(RoutingRule);
      await repository.lockList();
      const rule = await this.find(em, id);
      const moved = input.position == null ? undefined : this.checkPosition(input.position, await em.count(RoutingRule, {}), errors);
      if (errors.length) throw new ValidationError(errors);
      const from = rule.position;
      Object.assign(rule, checked, { updatedAt: new Date() });
      if (moved !== undefined) rule.position = moved;
      await em.flush();
      // Moving down, the rule goes after the one it lands on; moving up, before it.
      if (moved !== undefined && moved !== from) await repository.renumber(rule.id, moved > from ? 'after' : 'before');
    });
    return this.get(id);
  }

  async delete(id: string): Promise<void> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'manage routing rules');
    await this.ctx.em.transactional(async (em) => {
      const repository = em.getRepository(RoutingRule);
      await repository.lockList();
      await em.remove(await this.find(em, id)).flush();
      await repository.renumber(null, 'before');
    });
  }

  private async find(em: ServiceContext['em'], id: string): Promise<RoutingRule> {
    const rule = await em.findOne(RoutingRule, id, { refresh: true });
    if (!rule) throw new NotFoundError('RoutingRule', toGlobalId('RoutingRule', id));
    return rule;
  }

  private async withAgents(rules: RoutingRule[]): Promise<RoutingRuleWithAgents[]> {
    const ids = [...new Set(rules.flatMap((rule) => rule.agentIds))];
    const users = new Map((ids.length ? await this.ctx.em.find(User, { id: { $in: ids } }) : []).map((user) => [user.id, user]));
    return rules.map((rule) => ({ rule, agents: rule.agentIds.flatMap((id) => users.get(id) ?? []) }));
  }

  private checkPosition(position: number | null | undefined, last: number, errors: FieldError[]): number {
    if (position == null) return last;
    if (!Number.isInteger(position) || position < 1 || position > last) errors.push({ field: 'position', message: `must be from 1 to ${last}` });
    return position;
  }

  /** The input's fields, checked (errors collected, not thrown); what it leaves out stays undefined. */
  private async check(input: RoutingRuleInput, errors: FieldError[]): Promise<Partial<RoutingRule>> {
    const fields: Partial<RoutingRule> = {};
    if (input.name != null) fields.name = checkText(input.name, 'name', { min: 1, max: LIMITS.shortText }, errors);
    if (input.categories != null) fields.categories = [...new Set(input.categories)];
    if (input.priorities != null) fields.priorities = [...new Set(input.priorities)];
    if (input.sources != null) fields.sources = [...new Set(input.sources)];
    if (input.tags != null) fields.tags = checkTags(input.tags, errors, 'tags');
    if (input.words != null) {
      fields.words = checkTags(input.words, errors, 'words');
      input.words.forEach((word, i) => {
        if (word.trim() !== '' && !SEARCHABLE.test(word)) errors.push({ field: `words[${i}]`, message: 'must hold a letter or digit' });
      });
    }
    if (input.pattern != null) fields.pattern = input.pattern === '' ? null : await this.checkPattern(input.pattern, errors);
    if (input.agentIds != null) fields.agentIds = await this.checkAgents(input.agentIds, errors);
    if (input.active != null) fields.active = input.active;
    return fields;
  }

  private async checkPattern(pattern: string, errors: FieldError[]): Promise<string | null> {
    if (pattern.length > MAX_PATTERN_LENGTH) {
      errors.push({ field: 'pattern', message: `must be at most ${MAX_PATTERN_LENGTH} characters` });
    } else if (pattern.includes('\u0000')) {
      errors.push({ field: 'pattern', message: 'must not contain NUL characters' });
    } else if (BACK_REFERENCE.test(pattern)) {
      errors.push({ field: 'pattern', message: 'must not use back references (\\1 to \\9)' });
    } else {
      const refused = await this.rules.patternError(pattern);
      if (refused) errors.push({ field: 'pattern', message: `is not a valid regular expression: ${refused}` });
    }
    return pattern;
  }

  /** Agents by global id: each an active agent or admin, each once. */
  private async checkAgents(globalIds: string[], errors: FieldError[]): Promise<string[]> {
    if (globalIds.length === 0 || globalIds.length > MAX_AGENTS) {
      errors.push({ field: 'agentIds', message: `must name 1 to ${MAX_AGENTS} agents` });
      return [];
    }
    const ids = globalIds.map((globalId) => {
      const parsed = fromGlobalId(globalId);
      return parsed?.type === 'User' ? parsed.id : undefined;
    });
    const known = ids.filter((id): id is string => id !== undefined);
    const users = new Map((known.length ? await this.ctx.em.find(User, { id: { $in: known } }) : []).map((user) => [user.id, user]));
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      const user = id && users.get(id);
      const field = `agentIds[${i}]`;
      if (!user) errors.push({ field, message: `is not a user: ${globalIds[i]}` });
      else if (user.role === Role.CUSTOMER) errors.push({ field, message: `is a customer, not an agent: ${user.username}` });
      else if (!user.isActive) errors.push({ field, message: `is deactivated: ${user.username}` });
      else if (seen.has(user.id)) errors.push({ field, message: `names ${user.username} a second time` });
      else seen.add(user.id);
    });
    return known;
  }
}
