import type { IntegrationPlatform } from '../../entities/enums';
import { githubAdapter } from './adapters/github.adapter';
import { jiraAdapter } from './adapters/jira.adapter';
import { slackAdapter } from './adapters/slack.adapter';
import { teamsAdapter } from './adapters/teams.adapter';
import type { PlatformAdapter } from './platform-adapter';

/** The platforms with an adapter; `integrationPlatforms` lists the others as not available yet. */
export const ADAPTERS: ReadonlyMap<IntegrationPlatform, PlatformAdapter> = new Map(
  [slackAdapter, teamsAdapter, jiraAdapter, githubAdapter].map((adapter) => [adapter.platform, adapter]),
);
