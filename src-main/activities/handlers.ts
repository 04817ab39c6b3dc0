import type { AreaHandlers } from '../api/define';
import { removeAttachment } from '../db/attachments';
import { createActivity, deleteActivity, getActivity, listActivities, updateActivity } from './activities';
import { addAttachment, attachmentContent, deleteAttachment, setAttachmentCaption } from './attachments';
import { exportActivities } from './sheet';
import { activityTypes, updateActivityTypes } from './types';

const deleted = { deleted: true } as const;

export const activitiesHandlers: AreaHandlers<'activities.'> = {
  'activities.list': ({ db }, query) => listActivities(db, query),
  'activities.get': ({ db }, { id }) => getActivity(db, id),
  'activities.create': ({ db }, data) => createActivity(db, data),
  'activities.update': ({ db }, { id, data }) => updateActivity(db, id, data),
  'activities.delete': ({ db, storePath }, { id }) => {
    for (const name of deleteActivity(db, id)) removeAttachment(storePath, name);
    return deleted;
  },
  'activities.types.get': ({ db }) => activityTypes(db),
  'activities.types.update': ({ db }, { types }) => updateActivityTypes(db, types),
  'activities.files.add': (ctx, input) => addAttachment(ctx, input),
  'activities.files.get': (ctx, { fileId }) => attachmentContent(ctx, fileId),
  'activities.files.caption': ({ db }, { fileId, caption }) => setAttachmentCaption(db, fileId, caption),
  'activities.files.delete': (ctx, { fileId }) => (deleteAttachment(ctx, fileId), deleted),
  'activities.export': ({ db }, { year }) => exportActivities(db, year),
};
