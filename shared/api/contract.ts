/**
 * The whole API: method name → input schema → output schema. The renderer calls it through
 * shared/api/client.ts; the main process serves it over IPC (electron/) and HTTP (web/) with the
 * same handler table. Each record area adds its methods in its own contract file.
 */
import type { z } from 'zod';
import './field-labels';
import { congressContract } from '../congress/contract';
import { disclosureContract } from '../disclosure/contract';
import { duesContract } from '../dues/contract';
import { districtContract } from '../district/contract';
import { importContract } from '../import/contract';
import { membersContract } from '../members/contract';
import { rosterContract } from '../members/roster/contract';
import { reportContract } from '../report/contract';
import { welfareContract } from '../welfare/contract';
import { activitiesContract } from '../activities/contract';
import { honoursContract } from '../honours/contract';
import { settingsContract } from '../settings/contract';
import { systemContract } from '../system/contract';
import { jobsContract } from '../jobs/contract';

export const contract = {
  ...systemContract,
  ...settingsContract,
  ...membersContract,
  ...rosterContract,
  ...congressContract,
  ...disclosureContract,
  ...welfareContract,
  ...activitiesContract,
  ...honoursContract,
  ...duesContract,
  ...importContract,
  ...reportContract,
  ...jobsContract,
  ...districtContract,
};

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller passes (before defaults and transforms). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives (after validation). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export const METHODS = Object.keys(contract) as Method[];

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
