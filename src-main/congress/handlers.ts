import { todayIso } from '../../shared/domain/dates';
import { deleted, type AreaHandlers } from '../api/define';
import { addDelegate, addDelegates, delegateCandidates, deleteDelegate, leaveDelegate, listDelegates, updateDelegate } from './delegates';
import { exportDelegates } from './delegates-export';
import { exportSummary } from './export';
import { createMotion, deleteMotion, getMotionDetail, listMotions, motionsForPrint, updateMotion } from './motions';
import { dashboardOverview, sessionOverview } from './overview';
import { unitStats } from './unit-stats';
import { urgeSheet } from './urge';
import { closeMotion, feedbackMotion, replyMotion, reviewMotion, setExcellent, updateImplementation } from './review';
import { createSession, deleteSession, getSession, listSessions, updateSession } from './sessions';
import { getCongressSettings, updateCongressSettings } from './settings';
import { createVote, deleteVote, getVote, listVotes, updateVote } from './votes';
import { getAttendance, setAttendance, signInSheet } from './attendance';
import { withdrawLast } from './withdraw';

export const congressHandlers: AreaHandlers<'congress.'> = {
  'congress.settings.get': ({ db }) => getCongressSettings(db),
  'congress.settings.update': ({ db }, patch) => updateCongressSettings(db, patch),

  'congress.sessions.list': ({ db }) => listSessions(db),
  'congress.sessions.get': ({ db }, { id }) => getSession(db, id),
  'congress.sessions.create': ({ db }, data) => createSession(db, data),
  'congress.sessions.update': ({ db }, { id, data }) => updateSession(db, id, data),
  'congress.sessions.delete': ({ db }, { id }) => deleted(() => deleteSession(db, id)),

  'congress.delegates.list': ({ db }, { term }) => listDelegates(db, term),
  'congress.delegates.add': ({ db }, data) => addDelegate(db, data),
  'congress.delegates.addMany': ({ db }, data) => addDelegates(db, data),
  'congress.delegates.candidates': ({ db }, { term, department }) => delegateCandidates(db, term, department),
  'congress.delegates.export': ({ db }, { term }) => exportDelegates(db, term),
  'congress.delegates.update': ({ db }, data) => updateDelegate(db, data),
  'congress.delegates.leave': ({ db }, data) => leaveDelegate(db, data),
  'congress.delegates.delete': ({ db }, { id }) => deleted(() => deleteDelegate(db, id)),

  'congress.motions.list': ({ db }, query) => listMotions(db, query),
  'congress.motions.get': ({ db }, { id }) => getMotionDetail(db, id),
  'congress.motions.forSession': ({ db }, { sessionId }) => motionsForPrint(db, sessionId),
  'congress.motions.create': ({ db }, data) => createMotion(db, data),
  'congress.motions.update': ({ db }, { id, data }) => updateMotion(db, id, data),
  'congress.motions.delete': ({ db }, { id }) => deleted(() => deleteMotion(db, id)),
  'congress.motions.review': ({ db }, input) => reviewMotion(db, input),
  'congress.motions.reply': ({ db }, input) => replyMotion(db, input),
  'congress.motions.implementation': ({ db }, input) => updateImplementation(db, input),
  'congress.motions.feedback': ({ db }, input) => feedbackMotion(db, input),
  'congress.motions.close': ({ db }, input) => closeMotion(db, input),
  'congress.motions.withdraw': ({ db }, input) => withdrawLast(db, input),
  'congress.motions.setExcellent': ({ db }, { id, excellent }) => setExcellent(db, id, excellent, todayIso()),

  'congress.votes.list': ({ db }, { sessionId }) => listVotes(db, sessionId),
  'congress.votes.get': ({ db }, { id }) => getVote(db, id),
  'congress.votes.create': ({ db }, data) => createVote(db, data),
  'congress.votes.update': ({ db }, { id, data }) => updateVote(db, id, data),
  'congress.votes.delete': ({ db }, { id }) => deleted(() => deleteVote(db, id)),

  'congress.attendance.get': ({ db }, { sessionId }) => getAttendance(db, sessionId),
  'congress.attendance.set': ({ db }, data) => setAttendance(db, data),
  'congress.attendance.sheet': ({ db }, { sessionId }) => signInSheet(db, sessionId),

  'congress.overview': ({ db }, { sessionId }) => sessionOverview(db, sessionId),
  'congress.unitStats': ({ db }, { sessionId }) => unitStats(db, sessionId),
  'congress.urgeSheet': ({ db }, { sessionId }) => urgeSheet(db, sessionId),
  'congress.dashboard': ({ db }) => dashboardOverview(db),
  'congress.export': ({ db }, { sessionId }) => exportSummary(db, sessionId),
};
