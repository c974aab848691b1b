import { Migration } from '@mikro-orm/migrations';

export class Migration20261203_16a_job_monitoring extends Migration {
  override async up(): Promise<void> {
    // `cancelClassificationJob` ends a job CANCELLED.
    this.addSql('alter table classification_jobs drop constraint classification_jobs_status_check');
    this.addSql(`alter table classification_jobs add constraint classification_jobs_status_check
      check (status in ('PENDING', 'PROCESSING', 'COMPLETED', 'FAILED', 'CANCELLED'))`);
    // `classificationJobs`: newest first, for staff (all jobs) and for an importer (their own).
    this.addSql('create index classification_jobs_created_idx on classification_jobs (created_at desc, id desc)');
    this.addSql('create index classification_jobs_creator_idx on classification_jobs (created_by, created_at desc, id desc) where created_by is not null');
  }

  override async down(): Promise<void> {
    this.addSql('drop index classification_jobs_creator_idx');
    this.addSql('drop index classification_jobs_created_idx');
    this.addSql(`update classification_jobs set status = 'FAILED' where status = 'CANCELLED'`);
    this.addSql('alter table classification_jobs drop constraint classification_jobs_status_check');
    this.addSql(`alter table classification_jobs add constraint classification_jobs_status_check
      check (status in ('PENDING', 'PROCESSING', 'COMPLETED', 'FAILED'))`);
  }
}
