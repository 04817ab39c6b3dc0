import { deleted, type AreaHandlers } from '../api/define';
import { getIssue, createIssue, deleteIssue, listIssues, nextIssueNumber, updateIssue } from './issues';
import { getNoticeDetail } from './notice-detail';
import { createNotice, deleteNotice, updateNotice } from './notices';
import { addObjection, deleteObjection, resolveObjection, updateObjection } from './objections';
import { disclosureDashboard, exportRegister, listRegister } from './register';
import { readDisclosureSettings, updateDisclosureSettings } from './settings';
import { approveNotice, archiveNotice, publishNotice, withdrawNotice } from './states';

export const disclosureHandlers: AreaHandlers<'disclosure.'> = {
  'disclosure.notices.list': ({ db }, query) => listRegister(db, query),
  'disclosure.notices.get': ({ db }, { id }) => getNoticeDetail(db, id),
  'disclosure.notices.create': ({ db }, data) => createNotice(db, data),
  'disclosure.notices.update': ({ db }, { id, data }) => updateNotice(db, id, data),
  'disclosure.notices.delete': ({ db }, { id }) => deleted(() => deleteNotice(db, id)),
  'disclosure.notices.approve': ({ db }, input) => approveNotice(db, input),
  'disclosure.notices.publish': ({ db }, input) => publishNotice(db, input),
  'disclosure.notices.withdraw': ({ db }, input) => withdrawNotice(db, input),
  'disclosure.notices.archive': ({ db }, input) => archiveNotice(db, input),
  'disclosure.objections.add': ({ db }, input) => addObjection(db, input),
  'disclosure.objections.update': ({ db }, input) => updateObjection(db, input),
  'disclosure.objections.resolve': ({ db }, input) => resolveObjection(db, input),
  'disclosure.objections.delete': ({ db }, { id }) => deleted(() => deleteObjection(db, id)),
  'disclosure.issues.list': ({ db }) => listIssues(db),
  'disclosure.issues.get': ({ db }, { id }) => getIssue(db, id),
  'disclosure.issues.nextNumber': ({ db }, { year }) => ({ number: nextIssueNumber(db, year) }),
  'disclosure.issues.create': ({ db }, data) => createIssue(db, data),
  'disclosure.issues.update': ({ db }, { id, data }) => updateIssue(db, id, data),
  'disclosure.issues.delete': ({ db }, { id }) => deleted(() => deleteIssue(db, id)),
  'disclosure.register.export': ({ db }, query) => exportRegister(db, query),
  'disclosure.dashboard': ({ db }) => disclosureDashboard(db),
  'disclosure.settings.get': ({ db }) => readDisclosureSettings(db),
  'disclosure.settings.update': ({ db }, patch) => updateDisclosureSettings(db, patch),
};
