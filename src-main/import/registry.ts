/**
 * Every record set the engine imports, by name. Each area keeps its definition in its own folder.
 */
import type { RecordSet } from '../../shared/import/schema';
import { delegatesImport } from '../congress/import/delegates';
import { motionsImport } from '../congress/import/motions';
import { noticesImport } from '../disclosure/import/notices';
import { hardshipImport } from '../welfare/import/hardship';
import { duesImport } from '../dues/import/payments';
import { visitsImport } from '../welfare/import/visits';
import { activitiesImport } from '../activities/import/activities';
import { honoursImport } from '../honours/import/honours';
import { schoolsImport } from '../district/import/schools';
import { membersImport } from '../members/roster/definition';
import type { AnyRecordSet } from './definition';

const REGISTRY: Record<RecordSet, AnyRecordSet> = {
  members: membersImport,
  visits: visitsImport,
  delegates: delegatesImport,
  motions: motionsImport,
  notices: noticesImport,
  hardship: hardshipImport,
  activities: activitiesImport,
  honours: honoursImport,
  dues: duesImport,
  schools: schoolsImport,
};

export function recordSet(set: RecordSet): AnyRecordSet {
  return REGISTRY[set];
}
