/**
 * 活动记录表: one activity on A4 portrait, as a branch files it in its 活动台账: the facts, the
 * record, the participants, the photos (two a row), and the lines for the signatures.
 */
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import type { Attachment } from '../../../shared/activities/schema';
import { formatFen } from '../../../shared/domain/money';
import { useApi } from '../../api/context';
import { useApiQuery } from '../../api/hooks';
import { errorMessage } from '../../components/form-errors';
import { PrintFrame } from '../../print/PrintFrame';
import { dateRange } from '../ActivitiesPage';
import './activities-print.css';

interface Photo {
  file: Attachment;
  url: string;
}

/** Loads every image of the activity; resolves to null until all have arrived. */
function usePhotos(files: Attachment[] | undefined): { photos: Photo[] | null; error: string | null } {
  const api = useApi();
  const [photos, setPhotos] = useState<Photo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = files?.map((f) => f.id).join(',');
  useEffect(() => {
    if (!files) return;
    let live = true;
    const images = files.filter((f) => f.mime.startsWith('image/'));
    Promise.all(images.map(async (file) => ({ file, url: await api.call('activities.files.get', { fileId: file.id }).then((c) => `data:${c.mime};base64,${c.contentBase64}`) })))
      .then((list) => live && setPhotos(list))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
    // The ids say whether the files changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, api]);
  return { photos, error };
}

export function ActivityRecordPrint() {
  const { id } = useParams();
  const activityId = Number(id);
  const valid = Number.isInteger(activityId) && activityId > 0;
  const activity = useApiQuery('activities.get', { id: activityId }, { enabled: valid });
  const settings = useApiQuery('settings.get', undefined);
  const a = activity.data;
  const { photos, error } = usePhotos(a?.attachments);
  const [loaded, setLoaded] = useState(0);
  const org = settings.data ? settings.data.unionName || settings.data.schoolName : '';
  const scans = a?.attachments.filter((f) => !f.mime.startsWith('image/')) ?? [];
  const ready = Boolean(a && settings.data && photos);
  return (
    <PrintFrame
      title="活动记录表"
      pageSize="A4"
      landscape={false}
      ready={ready}
      settling={ready && photos !== null && loaded < photos.length}
      error={!valid ? '活动编号不正确' : activity.error ? errorMessage(activity.error) : error}
    >
      {a && photos ? (
        <>
          <h1>工会活动记录表</h1>
          <p className="print-subtitle">填报单位：{org || '＿＿＿＿＿＿＿＿'}</p>
          <table className="activity-form">
            <colgroup>
              <col style={{ width: '15%' }} />
              <col style={{ width: '35%' }} />
              <col style={{ width: '15%' }} />
              <col style={{ width: '35%' }} />
            </colgroup>
            <tbody>
              <tr>
                <th>活动名称</th>
                <td colSpan={3}>{a.name}</td>
              </tr>
              <tr>
                <th>活动类型</th>
                <td>{a.type}</td>
                <th>主办方</th>
                <td>{a.organiser}</td>
              </tr>
              <tr>
                <th>活动时间</th>
                <td>{dateRange(a.startDate, a.endDate)}</td>
                <th>活动地点</th>
                <td>{a.place ?? ''}</td>
              </tr>
              <tr>
                <th>参加人数</th>
                <td>{a.participants} 人</td>
                <th>活动经费</th>
                <td>{a.spendingFen ? formatFen(a.spendingFen) : '无'}</td>
              </tr>
              {a.members.length ? (
                <tr>
                  <th>参加会员</th>
                  <td colSpan={3} className="members">
                    {a.members.map((m) => m.name).join('、')}（{a.members.length} 人）
                  </td>
                </tr>
              ) : null}
              <tr>
                <th>内容与成效</th>
                <td colSpan={3} className="record">
                  {a.record ?? ''}
                </td>
              </tr>
              {a.notes ? (
                <tr>
                  <th>备注</th>
                  <td colSpan={3}>{a.notes}</td>
                </tr>
              ) : null}
              <tr>
                <th>活动照片</th>
                <td colSpan={3}>
                  {photos.length ? (
                    <div className="activity-photos">
                      {photos.map((p) => {
                        // The caption as it is now (the images are loaded once, by id).
                        const caption = a.attachments.find((f) => f.id === p.file.id)?.caption;
                        return (
                          <figure key={p.file.id}>
                            <img src={p.url} alt={caption ?? p.file.fileName} onLoad={() => setLoaded((n) => n + 1)} onError={() => setLoaded((n) => n + 1)} />
                            {caption ? <figcaption>{caption}</figcaption> : null}
                          </figure>
                        );
                      })}
                    </div>
                  ) : (
                    '（未附照片）'
                  )}
                  {scans.length ? <div>另附扫描件：{scans.map((s) => s.fileName).join('、')}</div> : null}
                </td>
              </tr>
            </tbody>
          </table>
          <div className="activity-sign">
            <span>记录人：＿＿＿＿＿＿</span>
            <span>工会主席（签字）：＿＿＿＿＿＿</span>
            <span>日期：＿＿＿＿年＿＿月＿＿日</span>
          </div>
        </>
      ) : null}
    </PrintFrame>
  );
}
