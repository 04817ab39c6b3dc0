/**
 * 导出年度台账: says what the workbook holds (personal information among it) and lets the chair
 * choose full ID numbers and phones; masked is the default, as in every other list and printout.
 */
import { App, Checkbox, Modal, Typography } from 'antd';
import { useState } from 'react';
import { saveDownload } from '../api/platform';
import { errorMessage } from '../components/form-errors';
import { JobProgress } from '../jobs/JobProgress';
import { isCancelled, useJob } from '../jobs/useJob';

const SHEETS = '会员花名册、会员变动、教代会提案、票决、校务公开、异议处理、慰问记录、困难职工档案、活动记录、评优评先、会费收缴台账、会费收缴记录';

export function LedgerExportModal({ year, open, onClose }: { year: number; open: boolean; onClose: () => void }) {
  const job = useJob();
  const { message } = App.useApp();
  const [fullIds, setFullIds] = useState(false);
  const [busy, setBusy] = useState(false);

  const exportLedger = async () => {
    setBusy(true);
    try {
      const file = await job.run('report.ledger', { year, fullIds }, `导出${year}年度台账`);
      const result = await saveDownload(file);
      if (result.saved) {
        message.success(`已导出 ${file.fileName}`);
        onClose();
      }
    } catch (error) {
      if (isCancelled(error)) message.info('已取消导出。');
      else message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={`导出${year}年度台账`}
      okText="导出"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => void exportLedger()}
      onCancel={onClose}
      afterClose={() => setFullIds(false)}
    >
      <Typography.Paragraph>
        导出一个 Excel 工作簿（.xlsx），第一张表是<b>年度汇总</b>（各项数字、上年对比和工作总结用语），其后每类记录一张表：{SHEETS}。
      </Typography.Paragraph>
      <Typography.Paragraph type="warning">
        工作簿中含有会员的姓名、出生日期、身份证号、联系电话等个人信息，请妥善保管，只交给需要的人（个人信息保护法）。
      </Typography.Paragraph>
      <Checkbox checked={fullIds} onChange={(e) => setFullIds(e.target.checked)}>
        导出完整的身份证号和联系电话（不勾选时隐去中间数字）
      </Checkbox>
      {job.progress ? (
        <div style={{ marginTop: 16 }}>
          <JobProgress job={job.progress} onCancel={() => void job.cancel()} cancelRefused={job.cancelRefused} />
        </div>
      ) : null}
    </Modal>
  );
}
