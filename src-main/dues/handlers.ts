import type { AreaHandlers } from '../api/define';
import { copyBases, setBases } from './bases';
import { duesWorkbook } from './export';
import { duesLedger } from './ledger';
import { collectPayments, createPayment, deletePayment, listPayments } from './payments';
import { getDuesSettings, updateDuesSettings } from './settings';

export const duesHandlers: AreaHandlers<'dues.'> = {
  'dues.settings.get': ({ db }) => getDuesSettings(db),
  'dues.settings.update': ({ db }, input) => updateDuesSettings(db, input),
  'dues.ledger': ({ db }, { year }) => duesLedger(db, year),
  'dues.bases.set': ({ db }, { year, items }) => setBases(db, year, items),
  'dues.bases.copy': ({ db }, { year }) => copyBases(db, year),
  'dues.payments.list': ({ db }, { year, memberId }) => listPayments(db, year, memberId),
  'dues.payments.create': ({ db }, input) => createPayment(db, input),
  'dues.payments.collect': ({ db }, input) => collectPayments(db, input),
  'dues.payments.delete': ({ db }, { id }) => (deletePayment(db, id), { deleted: true as const }),
  'dues.export': ({ db }, { year }) => duesWorkbook(db, year),
};
