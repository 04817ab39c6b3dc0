import { deleted, type AreaHandlers } from '../api/define';
import {
  cancelScheduledMemberStatus,
  changeMemberStatus,
  createMember,
  deleteMember,
  getMemberDetail,
  listDepartments,
  listMembers,
  memberStats,
  updateMember,
} from './service';

export const membersHandlers: AreaHandlers<'members.'> = {
  'members.list': ({ db }, query) => listMembers(db, query),
  'members.get': ({ db }, { id }) => getMemberDetail(db, id),
  'members.create': ({ db }, data) => createMember(db, data),
  'members.update': ({ db }, { id, data }) => updateMember(db, id, data),
  'members.changeStatus': ({ db }, input) => changeMemberStatus(db, input),
  'members.cancelScheduledStatus': ({ db }, { id }) => cancelScheduledMemberStatus(db, id),
  'members.delete': ({ db }, { id }) => deleted(() => deleteMember(db, id)),
  'members.departments': ({ db }) => listDepartments(db),
  'members.stats': ({ db }) => memberStats(db),
};
