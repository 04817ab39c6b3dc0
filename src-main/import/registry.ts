/**
 * Every record set the engine imports, by name. Each area keeps its definition in its own folder.
 */
import type { RecordSet } from '../../shared/import/schema';
import { delegatesImport } from '../congress/import/delegates';
import { motionsImport } from '../congress/import/motions';
import { duesImport } from '../dues/import/payments';
import { visitsImport } from '../welfare/import/visits';
import type { AnyRecordSet } from './definition';

const REGISTRY: Record<RecordSet, AnyRecordSet> = {
  visits: visitsImport,
  delegates: delegatesImport,
  motions: motionsImport,
  dues: duesImport,
};

export function recordSet(set: RecordSet): AnyRecordSet {
  return REGISTRY[set];
}
