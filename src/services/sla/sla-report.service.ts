import { BusinessCalendar } from '../../entities/business-calendar.entity';
import { Role, type SlaReportGrouping } from '../../entities/enums';
import { ValidationError } from '../../errors';
import type { SlaReportRecord } from '../../repositories/sla/business-calendar.repository';
import { requireRole } from '../identity/policy';
import type { ServiceContext } from '../shared/service-context';

/** The longest window one report covers. */
export const MAX_REPORT_DAYS = 366;

export interface SlaReportRow extends SlaReportRecord {
  /** Met among the tickets whose outcome is known (met or breached); null when none is. */
  metShare: number | null;
}

/** How well SLAs were kept, for the tickets created in a window (staff). */
export class SlaReportService {
  constructor(private readonly ctx: ServiceContext) {}

  async report(from: Date, to: Date, groupBy: SlaReportGrouping): Promise<SlaReportRow[]> {
    requireRole(this.ctx.viewer, [Role.ADMIN, Role.AGENT], 'see SLA reports');
    if (to <= from) throw new ValidationError([{ field: 'to', message: 'must be later than from' }]);
    if (to.getTime() - from.getTime() > MAX_REPORT_DAYS * 86_400_000) {
      throw new ValidationError([{ field: 'to', message: `must be at most ${MAX_REPORT_DAYS} days after from` }]);
    }
    const rows = await this.ctx.em.getRepository(BusinessCalendar).report(from, to, groupBy, new Date());
    return rows.map((row) => ({ ...row, metShare: row.met + row.breached ? row.met / (row.met + row.breached) : null }));
  }
}
