/**
 * One 公示 in its standard form: 关于…的公示, the body, 公示期 X年X月X日至X年X月X日, how to object,
 * the issuer and date with room for the seal.
 */
import { useParams, useSearchParams } from 'react-router-dom';
import { formatDateCn } from '../../../shared/domain/dates';
import { formalTitle } from '../../../shared/disclosure/schema';
import { useApiQuery } from '../../api/hooks';
import { errorMessage } from '../../components/form-errors';
import { PrintFrame } from '../../print/PrintFrame';
import { NoticeBody, printChoiceFrom } from '../common';
import { pageFooterCss } from './BoardPrintView';
import './board.css';

export function NoticePrintView() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const { pageSize, landscape } = printChoiceFrom(params, { pageSize: 'A4', landscape: false });
  const notice = useApiQuery('disclosure.notices.get', { id: Number(id) });
  const general = useApiQuery('settings.get', undefined);
  const settings = useApiQuery('disclosure.settings.get', undefined);
  const error = notice.error ?? general.error ?? settings.error;
  const n = notice.data;
  const g = general.data;
  const issuer = n?.issuer || settings.data?.issuingBody || g?.unionName || g?.schoolName || '';
  const contact = n?.objectionContact?.replace(/^如有异议[，,]?/, '');
  const supervision = [g?.supervisionPhone ? `监督电话：${g.supervisionPhone}` : '', g?.supervisionEmail ? `监督邮箱：${g.supervisionEmail}` : '']
    .filter(Boolean)
    .join('，');

  return (
    <PrintFrame
      title={n ? formalTitle(n.title) : '公示'}
      pageSize={pageSize}
      landscape={landscape}
      ready={Boolean(n && g && settings.data)}
      error={error ? errorMessage(error) : null}
      marginMm={20}
    >
      {n ? <style>{pageFooterCss('')}</style> : null}
      {n ? (
        <div className="notice-doc">
          <h1>{formalTitle(n.title)}</h1>
          <NoticeBody html={n.body} />
          <p className="notice-doc-para">
            公示期：{formatDateCn(n.publishDate)}至{formatDateCn(n.endDate)}。
          </p>
          <p className="notice-doc-para">
            公示期间，如对公示内容有异议，{contact ? contact : `请以书面形式实名向${issuer || '学校'}反映`}
            {/[。.]$/.test(contact ?? '') ? '' : '。'}
            {supervision ? `${supervision}。` : ''}
          </p>
          <div className="notice-doc-sign">
            <div className="notice-doc-seal" aria-hidden />
            <div>{issuer}</div>
            <div>{formatDateCn(n.publishDate)}</div>
          </div>
        </div>
      ) : null}
    </PrintFrame>
  );
}
