import type { IntegrationPlatform } from '../../entities/enums';
import { githubAdapter } from './adapters/github.adapter';
import { jiraAdapter } from './adapters/jira.adapter';
import { salesforceAdapter } from './adapters/salesforce.adapter';
import { servicenowAdapter } from './adapters/servicenow.adapter';
import { slackAdapter } from './adapters/slack.adapter';
import { teamsAdapter } from './adapters/teams.adapter';
import { zendeskAdapter } from './adapters/zendesk.adapter';
import { zoomAdapter } from './adapters/zoom.adapter';
import type { PlatformAdapter } from './platform-adapter';

/** Every platform's adapter; `integrationPlatforms` would list one without as not available yet. */
export const ADAPTERS: ReadonlyMap<IntegrationPlatform, PlatformAdapter> = new Map(
  [slackAdapter, teamsAdapter, jiraAdapter, githubAdapter, servicenowAdapter, salesforceAdapter, zendeskAdapter, zoomAdapter].map((adapter) => [adapter.platform, adapter]),
);
