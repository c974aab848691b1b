import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122120000_tickets } from './Migration20261122120000_tickets';
import { Migration20261122130000_identity } from './Migration20261122130000_identity';
import { Migration20261122140000_classification } from './Migration20261122140000_classification';
import { Migration20261123090000_assistant } from './Migration20261123090000_assistant';
import { Migration20261123100000_jobs } from './Migration20261123100000_jobs';
import { Migration20261123120000_webhooks } from './Migration20261123120000_webhooks';
import { Migration20261203_17a_profile } from './Migration20261203_17a_profile';
import { Migration20261203_17b_token_rotation } from './Migration20261203_17b_token_rotation';
import { Migration20261203120000_14_integrations } from './Migration20261203120000_14_integrations';
import { Migration20261203_13a_attachments } from './Migration20261203_13a_attachments';
import { Migration20261203_14a_links_outlive_tickets } from './Migration20261203_14a_links_outlive_tickets';
import { Migration20261203_14b_inbound_deliveries } from './Migration20261203_14b_inbound_deliveries';
import { Migration20261203_15a_faq_revision } from './Migration20261203_15a_faq_revision';
import { Migration20261203_17c_token_usage } from './Migration20261203_17c_token_usage';
import { Migration20261203_15r_routing_rules } from './Migration20261203_15r_routing_rules';
import { Migration20261203_16a_job_monitoring } from './Migration20261203_16a_job_monitoring';
import { Migration20261203_17k_imports_and_changes } from './Migration20261203_17k_imports_and_changes';
import { Migration20261203_17s_business_sla } from './Migration20261203_17s_business_sla';
import { Migration20261203_17t_feed_for_owners } from './Migration20261203_17t_feed_for_owners';
import { Migration20261203_13b_message_citations } from './Migration20261203_13b_message_citations';
import { Migration20261203_13c_message_files } from './Migration20261203_13c_message_files';

/** Every migration, in order. Listed here rather than discovered, so the build needs no file scan. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261122120000_tickets', class: Migration20261122120000_tickets },
  { name: 'Migration20261122130000_identity', class: Migration20261122130000_identity },
  { name: 'Migration20261122140000_classification', class: Migration20261122140000_classification },
  { name: 'Migration20261123090000_assistant', class: Migration20261123090000_assistant },
  { name: 'Migration20261123100000_jobs', class: Migration20261123100000_jobs },
  { name: 'Migration20261123120000_webhooks', class: Migration20261123120000_webhooks },
  { name: 'Migration20261203_17a_profile', class: Migration20261203_17a_profile },
  { name: 'Migration20261203_17b_token_rotation', class: Migration20261203_17b_token_rotation },
  { name: 'Migration20261203120000_14_integrations', class: Migration20261203120000_14_integrations },
  { name: 'Migration20261203_13a_attachments', class: Migration20261203_13a_attachments },
  { name: 'Migration20261203_15a_faq_revision', class: Migration20261203_15a_faq_revision },
  { name: 'Migration20261203_17c_token_usage', class: Migration20261203_17c_token_usage },
  { name: 'Migration20261203_14a_links_outlive_tickets', class: Migration20261203_14a_links_outlive_tickets },
  { name: 'Migration20261203_14b_inbound_deliveries', class: Migration20261203_14b_inbound_deliveries },
  { name: 'Migration20261203_15r_routing_rules', class: Migration20261203_15r_routing_rules },
  { name: 'Migration20261203_16a_job_monitoring', class: Migration20261203_16a_job_monitoring },
  { name: 'Migration20261203_17k_imports_and_changes', class: Migration20261203_17k_imports_and_changes },
  { name: 'Migration20261203_17s_business_sla', class: Migration20261203_17s_business_sla },
  { name: 'Migration20261203_17t_feed_for_owners', class: Migration20261203_17t_feed_for_owners },
  { name: 'Migration20261203_13b_message_citations', class: Migration20261203_13b_message_citations },
  { name: 'Migration20261203_13c_message_files', class: Migration20261203_13c_message_files },
];
